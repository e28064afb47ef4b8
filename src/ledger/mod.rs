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

mod filter;
mod import;
mod intent;
mod open;
mod outbox;
mod record;
mod rows;
mod schema;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, OptionalExtension, params};

pub use filter::Filter;
pub use import::Imported;
pub use intent::{Intent, IntentId, Outcome};
pub use outbox::{Backlog, Outbox};
pub use record::{Counter, PaymentRecord, Record, Source, StatusRecord};
pub use rows::stamp;
pub use schema::VERSION as SCHEMA_VERSION;

use crate::api::{OrderId, PaymentStatus};

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

/// Word matches past which the trigram index is not read by: reading newest first is
/// then quicker to fill a page.
const TEXT_INDEX_MAX: u64 = 20_000;

/// The most a filtered count counts; above it the view says "more than".
pub const COUNT_CAP: u64 = 10_000;

/// A payment from the ledger with its current status.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    /// The payment as made.
    pub payment: PaymentRecord,
    /// Its last status recorded.
    pub status: PaymentStatus,
    /// When that status was seen.
    pub status_at: Option<jiff::Timestamp>,
    /// Its row in the database (0 for a payment not read from it): with `created_at`,
    /// the key pages are read by.
    pub row: i64,
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

/// Which way a page reads from its cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Newest first, older than the cursor.
    Older,
    /// Oldest first, newer than the cursor.
    Newer,
}

/// Where a page starts: just past this entry, in the page's direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    created_at: String,
    row: i64,
}

impl Cursor {
    /// Just past `entry`.
    pub fn after(entry: &LedgerEntry) -> Cursor {
        Cursor {
            created_at: rows::stamp(entry.payment.created_at),
            row: entry.row,
        }
    }
}

/// A page of the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The entries, newest first.
    pub entries: Vec<LedgerEntry>,
    /// Whether the read stopped at its limit: there may be more beyond it.
    pub full: bool,
    /// How many pass the filter in all, when it was asked for.
    pub total: Option<u64>,
    /// The count stopped at `COUNT_CAP`: more than `total` pass.
    pub capped: bool,
}

/// A read of the ledger for the All local view.
#[derive(Debug, Clone, PartialEq)]
pub struct PageQuery {
    /// What passes.
    pub filter: Filter,
    /// Older than the cursor (newest first), or newer (read oldest first, then turned).
    pub direction: Direction,
    /// Where to start: past this entry, or at the newest (oldest for `Newer`).
    pub cursor: Option<Cursor>,
    /// How many at most.
    pub limit: usize,
    /// Whether to count every entry that passes too.
    pub count: bool,
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
        f(c).map_err(|e| open::explain(&self.path, e))
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
            Record::Status(s) => rows::insert_status(c, s).map(|_| ()),
        })
    }

    /// Records a status unless the payment has it already: for a source that repeats
    /// itself (a webhook is retried, and carries no event id).
    pub fn note_status(&self, status: &StatusRecord) -> std::io::Result<Noted> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let current: Option<String> = tx
                .prepare_cached(
                    "SELECT status FROM payments WHERE api_host = ?1 AND order_id = ?2",
                )?
                .query_row(params![status.api_host, status.order_id.as_str()], |r| {
                    r.get(0)
                })
                .optional()?;
            let noted = match current {
                None => Noted::Unknown,
                Some(s) if s == status.status.as_str() => Noted::Unchanged,
                Some(_) => {
                    rows::insert_status(&tx, status)?;
                    Noted::Recorded
                }
            };
            tx.commit()?;
            Ok(noted)
        })
    }

    /// The payment with this order id at this API, if the ledger holds it.
    pub fn entry(&self, api_host: &str, id: &OrderId) -> std::io::Result<Option<LedgerEntry>> {
        self.with(|c| {
            c.prepare_cached(&format!(
                "SELECT {} FROM payments WHERE api_host = ?1 AND order_id = ?2",
                rows::COLUMNS
            ))?
            .query_row(params![api_host, id.as_str()], rows::entry)
            .optional()
        })
    }

    /// Up to `limit` entries passing `filter`, from just past `cursor` (or the newest,
    /// or the oldest) in `direction`.
    pub fn page(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        direction: Direction,
        cursor: Option<&Cursor>,
        limit: usize,
    ) -> std::io::Result<Vec<LedgerEntry>> {
        let text_index = self.text_index_pays(filter)?;
        let (mut clause, mut values) = filter.to_sql(tz, text_index);
        let (cmp, order) = match direction {
            Direction::Older => ("<", "DESC"),
            Direction::Newer => (">", "ASC"),
        };
        if let Some(cursor) = cursor {
            clause.push(format!("(created_at, id) {cmp} (?, ?)"));
            values.push(cursor.created_at.clone().into());
            values.push(cursor.row.into());
        }
        let sql = format!(
            "SELECT {} FROM payments {} ORDER BY created_at {order}, id {order} LIMIT {limit}",
            rows::COLUMNS,
            filter::where_of(&clause),
        );
        self.with(|c| {
            c.prepare_cached(&sql)?
                .query_map(rusqlite::params_from_iter(values), rows::entry)?
                .collect()
        })
    }

    /// A page for a view: the entries newest first, whichever way they were read.
    pub fn read(&self, query: &PageQuery, tz: &jiff::tz::TimeZone) -> std::io::Result<Page> {
        let mut entries = self.page(
            &query.filter,
            tz,
            query.direction,
            query.cursor.as_ref(),
            query.limit,
        )?;
        let full = entries.len() == query.limit;
        if query.direction == Direction::Newer {
            entries.reverse();
        }
        let (total, capped) = match query.count {
            // Everything is counted from the time index at once; a filtered count
            // stops once it knows there are more than a screen need say.
            true if query.filter.is_empty() => (Some(self.count(&query.filter, tz)?), false),
            true => {
                let n = self.count_up_to(&query.filter, tz, Some(COUNT_CAP + 1))?;
                (Some(n.min(COUNT_CAP)), n > COUNT_CAP)
            }
            false => (None, false),
        };
        Ok(Page {
            entries,
            full,
            total,
            capped,
        })
    }

    /// Whether the trigram index narrows the filter's words to few enough payments to
    /// read them by it. A word most payments hold ("example") is found sooner by reading
    /// newest first and checking each, which stops at a page.
    fn text_index_pays(&self, filter: &Filter) -> std::io::Result<bool> {
        let Some(query) = filter.text_match() else {
            return Ok(false);
        };
        let found: u64 = self.with(|c| {
            c.prepare_cached(
                "SELECT count(*) FROM (SELECT rowid FROM payments_text WHERE payments_text MATCH ?1 LIMIT ?2)",
            )?
            .query_row(params![query, TEXT_INDEX_MAX + 1], |r| r.get(0))
        })?;
        Ok(found <= TEXT_INDEX_MAX)
    }

    /// How many entries pass `filter`, counting no further than `cap` (so a count never
    /// costs more than reading `cap` matches); `None` counts them all.
    pub fn count_up_to(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        cap: Option<u64>,
    ) -> std::io::Result<u64> {
        let text_index = self.text_index_pays(filter)?;
        let (clause, values) = filter.to_sql(tz, text_index);
        let inner = format!("SELECT 1 FROM payments {}", filter::where_of(&clause));
        let sql = match cap {
            Some(cap) => format!("SELECT count(*) FROM ({inner} LIMIT {cap})"),
            None => format!("SELECT count(*) FROM ({inner})"),
        };
        self.with(|c| {
            c.prepare_cached(&sql)?
                .query_row(rusqlite::params_from_iter(values), |r| r.get(0))
        })
    }

    /// How many entries pass `filter`.
    pub fn count(&self, filter: &Filter, tz: &jiff::tz::TimeZone) -> std::io::Result<u64> {
        let text_index = self.text_index_pays(filter)?;
        let (clause, values) = filter.to_sql(tz, text_index);
        let sql = format!(
            "SELECT count(*) FROM payments {}",
            filter::where_of(&clause)
        );
        self.with(|c| {
            c.prepare_cached(&sql)?
                .query_row(rusqlite::params_from_iter(values), |r| r.get(0))
        })
    }

    /// Every entry passing `filter`, oldest first, one at a time: an export of a decade
    /// of sales never holds more than one row.
    pub fn each(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        mut f: impl FnMut(LedgerEntry) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let text_index = self.text_index_pays(filter)?;
        let (clause, values) = filter.to_sql(tz, text_index);
        let sql = format!(
            "SELECT {} FROM payments {} ORDER BY created_at, id",
            rows::COLUMNS,
            filter::where_of(&clause)
        );
        let mut failed = None;
        self.with(|c| {
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
            while let Some(row) = rows.next()? {
                if let Err(e) = f(rows::entry(row)?) {
                    failed = Some(e);
                    break;
                }
            }
            Ok(())
        })?;
        failed.map_or(Ok(()), Err)
    }

    /// Every entry passing `filter`, oldest first: for what is small by its filter
    /// (a day, the last hour).
    pub fn all(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
    ) -> std::io::Result<Vec<LedgerEntry>> {
        let mut entries = Vec::new();
        self.each(filter, tz, |e| {
            entries.push(e);
            Ok(())
        })?;
        Ok(entries)
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
