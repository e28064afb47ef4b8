//! The hash chain of Z reports. Each Z's hash is the SHA-256 of: a version line, its
//! till and number, the previous Z's hash, the marks its period runs between, its own
//! report (the JSON stored, byte for byte), and every row of its period in a canonical
//! encoding: one line per row, the table's name then its columns as a JSON array, in
//! row order. Editing, inserting or deleting a closed period's payment, status event,
//! book event or Z then changes a hash, or breaks the link to the next Z, and
//! `luxpay verify` names the first Z that no longer matches.
//!
//! What it cannot prove: someone who rewrites the whole chain from the changed row on,
//! recomputing every hash, leaves it intact; the printed Zs and the shop's copy are what
//! such a rewrite cannot reach. Rows after the last Z are covered from the next close.

use sha2::{Digest, Sha256};

use super::period::Marks;

/// The `prev_hash` of a till's first Z.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A Z's hash, as its parts are fed in.
pub struct Chain(Sha256);

impl Chain {
    /// Starts a Z's hash with what it says of itself.
    pub fn start(
        till: &str,
        number: u64,
        prev_hash: &str,
        from: Marks,
        upto: Marks,
        body: &str,
    ) -> Chain {
        let mut hash = Sha256::new();
        let head = serde_json::json!([
            till,
            number,
            prev_hash,
            [from.payments, from.events, from.books],
            [upto.payments, upto.events, upto.books],
        ]);
        hash.update(b"luxpay Z 1\n");
        hash.update(head.to_string().as_bytes());
        hash.update(b"\n");
        hash.update(body.as_bytes());
        hash.update(b"\n");
        Chain(hash)
    }

    /// Adds one row of the period: its table and its columns, as stored.
    pub fn row(&mut self, table: &str, columns: &[Option<String>]) {
        let line = serde_json::json!([table, columns]);
        self.0.update(line.to_string().as_bytes());
        self.0.update(b"\n");
    }

    /// The hash, as lowercase hex.
    pub fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(body: &str, rows: &[(&str, Vec<Option<String>>)]) -> String {
        let marks = Marks {
            payments: 2,
            events: 3,
            books: 1,
        };
        let mut chain = Chain::start("north", 1, GENESIS, Marks::default(), marks, body);
        for (table, columns) in rows {
            chain.row(table, columns);
        }
        chain.finish()
    }

    #[test]
    fn every_part_of_a_period_changes_the_hash() {
        let row = |v: &str| vec![Some("1".to_string()), Some(v.to_string()), None];
        let base = hash("{}", &[("payments", row("12.50"))]);
        assert_eq!(base.len(), 64);
        assert_eq!(base, hash("{}", &[("payments", row("12.50"))]));
        assert_ne!(base, hash("{}", &[("payments", row("12.51"))]));
        assert_ne!(base, hash("{ }", &[("payments", row("12.50"))]));
        assert_ne!(base, hash("{}", &[("books", row("12.50"))]));
        assert_ne!(base, hash("{}", &[]));
        // A column moved into its neighbour is another row, not the same text.
        let split = vec![
            Some("1".to_string()),
            Some("12".to_string()),
            Some(".50".into()),
        ];
        let joined = vec![Some("1".to_string()), Some("12.50".to_string()), None];
        assert_ne!(
            hash("{}", &[("payments", split)]),
            hash("{}", &[("payments", joined)])
        );
    }
}
