//! Taking in a JSON Lines ledger (the format luxpay 0.1 wrote): streamed line by line in
//! batches, idempotent by (API host, order id) and status event, so importing the same
//! file twice adds nothing. A torn or corrupt line is skipped and counted.

use std::io::{self, BufRead, BufReader};
use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::explain::explain;
use super::{Record, Source, rows};

/// Lines per transaction: large enough that commits do not dominate, small enough
/// that another luxpay process waiting to write is not kept waiting long.
const BATCH: usize = 5_000;

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Imported {
    /// Payments added (those already in the ledger are not counted).
    pub payments: u64,
    /// Status events added.
    pub status_events: u64,
    /// Lines that could not be read (torn by a crash, or corrupt).
    pub skipped: u64,
}

impl Imported {
    /// "; 2 unreadable line(s) skipped", or nothing.
    pub fn skipped_note(&self) -> String {
        if self.skipped == 0 {
            String::new()
        } else {
            format!(
                "; {} unreadable line(s) skipped, every other record is intact",
                self.skipped
            )
        }
    }
}

/// Imports `file` into the open ledger at `db` (named in errors). Payments without a
/// till get `till`, if given. `progress` hears the bytes read so far after each batch.
pub fn import_file(
    conn: &mut Connection,
    db: &Path,
    file: &Path,
    till: Option<&str>,
    mut progress: impl FnMut(u64),
) -> io::Result<Imported> {
    let mut reader = BufReader::with_capacity(1 << 16, std::fs::File::open(file)?);
    let mut imported = Imported::default();
    let mut read = 0u64;
    let mut line = Vec::new();
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| explain(db, e))?;
        let mut lines = 0;
        while lines < BATCH {
            line.clear();
            let n = reader.read_until(b'\n', &mut line)?;
            if n == 0 {
                break;
            }
            read += n as u64;
            lines += 1;
            add_line(&tx, &line, till, &mut imported).map_err(|e| explain(db, e))?;
        }
        if lines < BATCH {
            // The text index in one go: row by row it would take several times longer.
            rows::index_text(&tx).map_err(|e| explain(db, e))?;
        }
        tx.commit().map_err(|e| explain(db, e))?;
        progress(read);
        if lines < BATCH {
            return Ok(imported);
        }
    }
}

fn add_line(
    tx: &Connection,
    line: &[u8],
    till: Option<&str>,
    imported: &mut Imported,
) -> rusqlite::Result<()> {
    let text = line.strip_suffix(b"\n").unwrap_or(line);
    if text.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    match serde_json::from_slice::<Record>(text) {
        Ok(Record::Payment(p)) => {
            let mut p = p.sanitised();
            if let Some(till) = till.filter(|_| p.till.is_empty()) {
                till.clone_into(&mut p.till);
            }
            if rows::insert_payment(tx, &p)?.1 {
                imported.payments += 1;
            }
        }
        Ok(Record::Status(mut s)) => {
            s.api_host = crate::api::canonical_host(&s.api_host);
            s.source = Source::Import;
            if rows::insert_status(tx, &s)? == super::Noted::Recorded {
                imported.status_events += 1;
            }
        }
        Err(_) => imported.skipped += 1,
    }
    Ok(())
}
