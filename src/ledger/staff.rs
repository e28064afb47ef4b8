//! The till's own staff list and every name's wrong PINs in a row (`staff` and
//! `pin_failures`, schema 6). A change is checked against the list in the transaction
//! that writes it, so two at once cannot both remove "the last manager but one".

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::Ledger;
use crate::staff::{Change, Member, Role, Streak, check_change};

fn members(c: &rusqlite::Connection) -> rusqlite::Result<Vec<Member>> {
    let mut stmt = c.prepare("SELECT name, role, pin_hash FROM staff ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        let role: String = r.get(1)?;
        Ok(Member {
            name: r.get(0)?,
            // A role this luxpay does not know gives no more than a cashier's rights.
            role: Role::from_word(&role).unwrap_or(Role::Cashier),
            pin_hash: r.get(2)?,
        })
    })?;
    rows.collect()
}

impl Ledger {
    /// The till's staff, by name.
    pub fn staff(&self) -> std::io::Result<Vec<Member>> {
        self.with(|c| members(c))
    }

    /// Makes `change` unless the list refuses it (the refusal, in words).
    pub fn change_staff(
        &self,
        change: &Change,
        at: jiff::Timestamp,
    ) -> std::io::Result<Result<(), String>> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Err(refused) = check_change(&members(&tx)?, change) {
                return Ok(Err(refused));
            }
            match change {
                Change::Add(m) => tx.execute(
                    "INSERT INTO staff (name, role, pin_hash, added_at) VALUES (?1, ?2, ?3, ?4)",
                    params![m.name, m.role.as_str(), m.pin_hash, super::stamp(at)],
                )?,
                Change::Remove(name) => {
                    tx.execute("DELETE FROM pin_failures WHERE name = ?1", params![name])?;
                    tx.execute("DELETE FROM staff WHERE name = ?1", params![name])?
                }
                Change::Pin(name, hash) => tx.execute(
                    "UPDATE staff SET pin_hash = ?2 WHERE name = ?1",
                    params![name, hash],
                )?,
            };
            tx.commit()?;
            Ok(Ok(()))
        })
    }

    /// Replaces the list with the shop's, as a copy for when it cannot be reached.
    pub fn keep_staff(&self, shop: &[Member]) -> std::io::Result<()> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if members(&tx)? == shop {
                return Ok(());
            }
            tx.execute("DELETE FROM staff", [])?;
            for m in shop {
                tx.execute(
                    "INSERT INTO staff (name, role, pin_hash, added_at) VALUES (?1, ?2, ?3, '')",
                    params![m.name, m.role.as_str(), m.pin_hash],
                )?;
            }
            tx.commit()
        })
    }

    /// A name's wrong PINs in a row at this till.
    pub fn pin_streak(&self, name: &str) -> std::io::Result<Streak> {
        self.with(|c| {
            let row: Option<(u32, String)> = c
                .query_row(
                    "SELECT failures, last_at FROM pin_failures WHERE name = ?1",
                    params![name],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            Ok(row.map_or_else(Streak::default, |(failures, last)| Streak {
                failures,
                last: last.parse().ok(),
            }))
        })
    }

    /// Keeps a name's streak after a PIN was tried (none: forgotten).
    pub fn note_pin(&self, name: &str, streak: Streak) -> std::io::Result<()> {
        self.with(|c| {
            match streak.last.filter(|_| streak.failures > 0) {
                Some(at) => c.execute(
                    "INSERT INTO pin_failures (name, failures, last_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (name) DO UPDATE SET failures = ?2, last_at = ?3",
                    params![name, streak.failures, super::stamp(at)],
                )?,
                None => c.execute("DELETE FROM pin_failures WHERE name = ?1", params![name])?,
            };
            Ok(())
        })
    }
}
