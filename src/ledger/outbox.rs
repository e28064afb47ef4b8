//! The local ledger as the outbox of the shop's shared ledger: payments and status
//! events past the rows last sent, read in order, and marked sent once the shared
//! ledger has committed them.

use std::io;

use rusqlite::{OptionalExtension, params};

use super::rows::{self, stamp};
use super::{Ledger, PaymentRecord, Source, StatusRecord};
use crate::api::{OrderId, PaymentStatus};

/// Records not yet in the shared ledger, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outbox {
    /// Payments, with their rows.
    pub payments: Vec<(i64, PaymentRecord)>,
    /// Status events, with their rows and the till of their payment.
    pub events: Vec<(i64, StatusRecord)>,
    /// Book events (shift openings, drawer moves, voids, refunds), with their rows.
    pub books: Vec<(i64, super::BookEvent)>,
    /// Z reports, with their rows.
    pub zs: Vec<(i64, super::StoredZ)>,
}

impl Outbox {
    /// Whether there is nothing to send.
    pub fn is_empty(&self) -> bool {
        self.payments.is_empty()
            && self.events.is_empty()
            && self.books.is_empty()
            && self.zs.is_empty()
    }
}

/// How far the shared ledger has each kind of record: the last row sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SentUpto {
    /// Payments.
    pub payments: Option<i64>,
    /// Status events.
    pub events: Option<i64>,
    /// Book events.
    pub books: Option<i64>,
    /// Z reports.
    pub zs: Option<i64>,
}

/// How far the shared ledger has got.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Backlog {
    /// Payments not sent yet.
    pub payments: u64,
    /// Status events not sent yet.
    pub events: u64,
    /// Book events and Z reports not sent yet.
    pub books: u64,
    /// When a send last succeeded.
    pub last_sync: Option<jiff::Timestamp>,
}

impl Ledger {
    /// Up to `limit` payments and `limit` status events not yet sent, oldest first.
    pub fn outbox(&self, limit: usize) -> io::Result<Outbox> {
        self.outbox_after(SentUpto::default(), limit)
    }

    /// Up to `limit` of each kind of record past `after` (for each kind it names) or
    /// the rows marked sent (for the others): the batch after one still being sent,
    /// read while it is.
    pub fn outbox_after(&self, after: SentUpto, limit: usize) -> io::Result<Outbox> {
        self.with(|c| {
            let (p_upto, e_upto, b_upto, z_upto): (i64, i64, i64, i64) = c.query_row(
                "SELECT payments_upto, events_upto, books_upto, zs_upto FROM shared_sync",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
            let (p_upto, e_upto, b_upto, z_upto) = (
                after.payments.map_or(p_upto, |a| a.max(p_upto)),
                after.events.map_or(e_upto, |a| a.max(e_upto)),
                after.books.map_or(b_upto, |a| a.max(b_upto)),
                after.zs.map_or(z_upto, |a| a.max(z_upto)),
            );
            let payments = c
                .prepare_cached(&format!(
                    "SELECT {} FROM payments WHERE id > ?1 ORDER BY id LIMIT ?2",
                    rows::COLUMNS
                ))?
                .query_map(params![p_upto, limit as i64], rows::entry)?
                .map(|e| e.map(|e| (e.row, e.payment)))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let events = c
                .prepare_cached(
                    "SELECT e.id, p.api_host, p.order_id, e.status, e.seen_at, e.source
                     FROM status_events e JOIN payments p ON p.id = e.payment_id
                     WHERE e.id > ?1 ORDER BY e.id LIMIT ?2",
                )?
                .query_map(params![e_upto, limit as i64], |r| {
                    let order_id: String = r.get(2)?;
                    let seen_at: String = r.get(4)?;
                    let source: String = r.get(5)?;
                    Ok((
                        r.get::<_, i64>(0)?,
                        StatusRecord {
                            api_host: r.get(1)?,
                            order_id: OrderId::parse(&order_id).map_err(|e| {
                                rusqlite::Error::FromSqlConversionFailure(
                                    2,
                                    rusqlite::types::Type::Text,
                                    e.into(),
                                )
                            })?,
                            status: PaymentStatus::from_wire(&r.get::<_, String>(3)?),
                            at: seen_at.parse().unwrap_or_default(),
                            source: Source::from_word(&source),
                        },
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let books = super::books::books_after(c, b_upto, limit)?;
            let zs = super::books::zs_after(c, z_upto, limit)?;
            Ok(Outbox {
                payments,
                events,
                books,
                zs,
            })
        })
    }

    /// Marks the records up to these rows as sent, at `at`.
    pub fn mark_sent(&self, upto: SentUpto, at: jiff::Timestamp) -> io::Result<()> {
        self.with(|c| {
            c.execute(
                "UPDATE shared_sync SET
                    payments_upto = max(payments_upto, coalesce(?1, payments_upto)),
                    events_upto = max(events_upto, coalesce(?2, events_upto)),
                    books_upto = max(books_upto, coalesce(?3, books_upto)),
                    zs_upto = max(zs_upto, coalesce(?4, zs_upto)),
                    last_sync = ?5",
                params![upto.payments, upto.events, upto.books, upto.zs, stamp(at)],
            )
            .map(|_| ())
        })
    }

    /// Makes the sent marks describe the shop database `id`: when they described another
    /// (restored, replaced), they start again from nothing, so everything is sent again
    /// (idempotently). True when they did. Marks that named no database (from before
    /// databases had identities) are taken to be this one's.
    pub fn marks_for(&self, id: &str) -> io::Result<bool> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let known: Option<String> =
                tx.query_row("SELECT database_id FROM shared_sync", [], |r| r.get(0))?;
            let other = known.as_deref().is_some_and(|k| k != id);
            if other {
                tx.execute(
                    "UPDATE shared_sync SET payments_upto = 0, events_upto = 0, books_upto = 0,
                     zs_upto = 0",
                    [],
                )?;
            }
            if known.as_deref() != Some(id) {
                tx.execute("UPDATE shared_sync SET database_id = ?1", [id])?;
            }
            tx.commit()?;
            Ok(other)
        })
    }

    /// What is waiting to be sent, and when a send last succeeded.
    pub fn backlog(&self) -> io::Result<Backlog> {
        self.with(|c| {
            let (p_upto, e_upto, b_upto, z_upto, last): (i64, i64, i64, i64, Option<String>) = c
                .query_row(
                    "SELECT payments_upto, events_upto, books_upto, zs_upto, last_sync
                     FROM shared_sync",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )?;
            let count = |sql: &str, upto: i64| -> rusqlite::Result<u64> {
                c.query_row(sql, [upto], |r| r.get(0))
                    .optional()
                    .map(Option::unwrap_or_default)
            };
            Ok(Backlog {
                payments: count("SELECT count(*) FROM payments WHERE id > ?1", p_upto)?,
                events: count("SELECT count(*) FROM status_events WHERE id > ?1", e_upto)?,
                books: count("SELECT count(*) FROM books WHERE id > ?1", b_upto)?
                    + count("SELECT count(*) FROM z_reports WHERE rowid > ?1", z_upto)?,
                last_sync: last.and_then(|s| s.parse().ok()),
            })
        })
    }
}
