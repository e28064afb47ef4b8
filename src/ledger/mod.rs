//! The ledger: every payment link luxpay made, in a SQLite database that nothing can lose
//! and that any SQLite tool can read (the schema is in `schema.rs` and the README).
//!
//! - A payment is committed (WAL, `synchronous = FULL`) before its link is shown; a
//!   status change is a new event row. Nothing is rewritten but the current-status
//!   columns, which a trigger keeps in step with the events.
//! - Before a create is sent, an intent row records the sale, so a sale whose answer
//!   was lost (luxpay killed mid-request) is found again (`intent.rs`).
//! - Several luxpay processes share the file: short transactions and a busy timeout.
//! - Every read is sized to what it shows: pages by keyset, days by the time index,
//!   exports streamed. Nothing loads the whole ledger.
//! - A damaged database or one from a newer luxpay is refused, never replaced or
//!   modified. Demo payments have their own file and never mix with live ones.

mod books;
mod chain;
mod explain;
mod filter;
mod import;
mod intent;
mod open;
mod outbox;
mod period;
mod reads;
mod record;
mod refusal;
mod rows;
mod schema;
mod staff;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, OptionalExtension, params};

pub use books::{Verdict, Verified};
pub use chain::{Chain, GENESIS};
pub use filter::Filter;
pub use import::Imported;
pub use intent::{Intent, IntentId, Outcome};
pub use open::refuse_link;
pub use outbox::{Backlog, Outbox, SentUpto};
pub use period::{BookEvent, Check, Kind, Marks, Paid, Period, StoredZ, Tender, cash_order_id};
pub use reads::{COUNT_CAP, Cursor, Direction, Page, PageQuery};
pub use record::{PaymentRecord, Record, Seller, Source, StatusRecord};
pub use refusal::{Broken, Refusal, said};
pub use rows::{items_json, stamp};
pub use schema::VERSION as SCHEMA_VERSION;

use crate::api::{OrderId, PaymentStatus};

/// How long a write waits for another process's transaction before giving up. Every
/// transaction luxpay runs is short; five seconds is a stuck process, not a busy one.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The ledger database for live or demo payments. Cloning shares one connection,
/// opened on first use (so a read-only data directory fails the write, not the app).
#[derive(Debug, Clone)]
pub struct Ledger {
    path: PathBuf,
    /// A JSON Lines ledger of luxpay 0.1 to take over on first open, if there is one.
    legacy: Option<PathBuf>,
    conn: Arc<Mutex<Option<Connection>>>,
    /// What opening did that the user should hear about once (an import).
    notes: Arc<Mutex<Vec<String>>>,
}

impl PartialEq for Ledger {
    fn eq(&self, other: &Ledger) -> bool {
        self.path == other.path
    }
}

/// A payment from the ledger with its current status.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    /// The payment as made.
    pub payment: PaymentRecord,
    /// Its last status recorded.
    pub status: PaymentStatus,
    /// When that status was seen.
    pub status_at: Option<jiff::Timestamp>,
    /// When it was voided (`luxpay void`), if it was: out of every total unless it was
    /// paid even so.
    pub voided_at: Option<jiff::Timestamp>,
    /// Its row in the database (0 for a payment not read from it): with `created_at`,
    /// the key pages are read by.
    pub row: i64,
}

impl LedgerEntry {
    /// The status people read, in every list and export: `VOIDED` for a voided link
    /// that was not paid (one paid even so is `PAID`: it counts), else the status's.
    pub fn word(&self) -> &str {
        if self.voided_at.is_some() && self.status != PaymentStatus::Success {
            "VOIDED"
        } else {
            self.status.word()
        }
    }
}

/// What recording a status that may be a repeat did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noted {
    /// A new status for the payment, recorded.
    Recorded,
    /// The payment has this status already: nothing changed.
    Unchanged,
    /// The ledger does not hold the payment.
    Unknown,
}

/// What `luxpay ledger check` and `doctor` report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Payments recorded.
    pub payments: u64,
    /// Status events recorded.
    pub status_events: u64,
    /// Sales sent whose answer is still unknown.
    pub open_intents: u64,
    /// The schema version.
    pub schema: i64,
    /// The database's size on disk, with its write-ahead log.
    pub bytes: u64,
}

/// When each order was made, where the ledger knows (the API's orders carry no time).
pub fn made_at(
    ledger: &Ledger,
    api_host: &str,
    orders: &[crate::api::Order],
) -> std::io::Result<Vec<Option<jiff::Timestamp>>> {
    ledger.with(|c| {
        let mut stmt = c.prepare_cached(
            "SELECT created_at FROM payments WHERE api_host = ?1 AND order_id = ?2",
        )?;
        orders
            .iter()
            .map(|o| {
                let at: Option<String> = stmt
                    .query_row(params![api_host, o.id.as_str()], |r| r.get(0))
                    .optional()?;
                Ok(at.and_then(|s| s.parse().ok()))
            })
            .collect()
    })
}

impl Ledger {
    /// The ledger in `data_dir`: `ledger.db`, or `ledger-demo.db` for the demo API. A
    /// `ledger.jsonl` (`ledger-demo.jsonl`) beside it is imported on first open.
    pub fn in_dir(data_dir: &Path, demo: bool) -> Ledger {
        let (name, legacy) = if demo {
            ("ledger-demo.db", "ledger-demo.jsonl")
        } else {
            ("ledger.db", "ledger.jsonl")
        };
        let mut ledger = Ledger::at(data_dir.join(name));
        ledger.legacy = Some(data_dir.join(legacy));
        ledger
    }

    /// The ledger in this exact file (nothing imported on open).
    pub fn at(path: PathBuf) -> Ledger {
        Ledger {
            path,
            legacy: None,
            conn: Arc::default(),
            notes: Arc::default(),
        }
    }

    /// The ledger's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opens the ledger now (creating and migrating it if need be) and returns what
    /// opening did that the user should hear, once: an import of a 0.1 ledger.
    pub fn open(&self) -> std::io::Result<Vec<String>> {
        self.with(|_| Ok(()))?;
        Ok(std::mem::take(
            &mut *self.notes.lock().unwrap_or_else(PoisonError::into_inner),
        ))
    }

    /// Runs `f` on the open connection, opening it first if need be. Errors say what
    /// went wrong with the ledger in words, with its path.
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>,
    ) -> std::io::Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        if conn.is_none() {
            let (opened, notes) = open::open(&self.path, self.legacy.as_deref())?;
            *conn = Some(opened);
            self.notes
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(notes);
        }
        let Some(c) = conn.as_mut() else {
            return Err(std::io::Error::other("the ledger is not open"));
        };
        f(c).map_err(|e| explain::explain(&self.path, e))
    }

    /// Imports a JSON Lines ledger (the format luxpay 0.1 wrote), giving payments
    /// without a till `till`; `progress` hears the bytes read so far.
    pub fn import(
        &self,
        file: &Path,
        till: Option<&str>,
        progress: impl FnMut(u64),
    ) -> std::io::Result<Imported> {
        let mut result = None;
        self.with(|c| {
            result = Some(import::import_file(c, &self.path, file, till, progress));
            Ok(())
        })?;
        result.unwrap_or_else(|| Err(std::io::Error::other("the import did not run")))
    }

    /// Writes one record and waits until it is on disk. A payment already recorded
    /// (same API host and order id) or a status event already known is not doubled.
    pub fn append(&self, record: &Record) -> std::io::Result<()> {
        self.with(|c| match record {
            Record::Payment(p) => {
                let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                rows::insert_payment(&tx, p)?;
                rows::index_text(&tx)?;
                tx.commit()
            }
            Record::Status(s) => {
                let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                rows::insert_status(&tx, s)?;
                tx.commit()
            }
        })
    }

    /// Records a status unless the payment has it already, or the rule of finality
    /// refuses it: for a source that repeats itself (a webhook is retried, and carries
    /// no event id) and for every caller that must know whether it was news.
    pub fn note_status(&self, status: &StatusRecord) -> std::io::Result<Noted> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let noted = rows::insert_status(&tx, status)?;
            tx.commit()?;
            Ok(noted)
        })
    }

    /// Claims the actions a final status calls for (the bell, `on_paid` or `on_expired`,
    /// the receipt) for this till: true the first time for an order and status, false
    /// ever after, in this process or any other using this ledger. Whoever hears first
    /// (a poll, the shop's NOTIFY, a webhook, a summary, `status --wait`) runs them.
    pub fn claim_actions(
        &self,
        api_host: &str,
        order_id: &OrderId,
        status: &PaymentStatus,
        at: jiff::Timestamp,
    ) -> std::io::Result<bool> {
        self.with(|c| {
            let added = c
                .prepare_cached(
                    "INSERT OR IGNORE INTO final_actions (api_host, order_id, status, ran_at)
                     VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    api_host,
                    order_id.as_str(),
                    status.as_str(),
                    rows::stamp(at)
                ])?;
            Ok(added > 0)
        })
    }

    /// The payment with this order id at this API, if the ledger holds it.
    pub fn entry(&self, api_host: &str, id: &OrderId) -> std::io::Result<Option<LedgerEntry>> {
        self.with(|c| rows::entry_of_order(c, api_host, id))
    }

    /// Counts, size and schema version.
    pub fn stats(&self) -> std::io::Result<Stats> {
        let (payments, status_events, open_intents, schema) = self.with(|c| {
            let count = |sql: &str| c.query_row(sql, [], |r| r.get::<_, u64>(0));
            Ok((
                count("SELECT count(*) FROM payments")?,
                count("SELECT count(*) FROM status_events")?,
                count("SELECT count(*) FROM intents WHERE outcome IS NULL")?,
                c.query_row("PRAGMA user_version", [], |r| r.get(0))?,
            ))
        })?;
        let size = |suffix: &str| {
            let mut name = self.path.clone().into_os_string();
            name.push(suffix);
            std::fs::metadata(name).map_or(0, |m| m.len())
        };
        Ok(Stats {
            payments,
            status_events,
            open_intents,
            schema,
            bytes: size("") + size("-wal"),
        })
    }

    /// SQLite's full integrity check: `["ok"]`, or what is wrong.
    pub fn integrity(&self) -> std::io::Result<Vec<String>> {
        self.with(|c| {
            c.prepare("PRAGMA integrity_check")?
                .query_map([], |r| r.get(0))?
                .collect()
        })
    }
}

#[cfg(test)]
mod tests;
