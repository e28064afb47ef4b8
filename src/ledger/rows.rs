//! Ledger rows to and from records. Text read back is sanitised: the file may have
//! been edited by hand or by something hostile, and its text reaches the terminal.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{LedgerEntry, Noted, PaymentRecord, StatusRecord};
use crate::api::{OrderId, PaymentStatus};
use crate::payment::{Extras, Item};

/// The columns `entry` reads, in its order.
pub const COLUMNS: &str = "id, api_host, order_id, order_url, amount, asked_amount, currency, \
    customer, product, method, created_at, demo, till, operator, recovered, status, status_at, \
    tip, items, walk_in, tendered, voided_at";

/// A time as the ledger stores it: UTC with nine decimals, so text order is time order
/// and SQLite's date functions read it (`date(created_at, 'localtime')`).
pub fn stamp(t: jiff::Timestamp) -> String {
    let dt = t.to_zoned_datetime(jiff::tz::TimeZone::UTC).datetime();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second(),
        dt.subsec_nanosecond()
    )
}

/// A column that should hold something it does not: the row is unreadable.
fn bad(column: usize, what: impl std::fmt::Display) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        what.to_string().into(),
    )
}

fn parsed<T: std::str::FromStr>(row: &Row, column: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    let text: String = row.get(column)?;
    text.parse().map_err(|e| bad(column, e))
}

/// The entry in a row selected with `COLUMNS`.
pub fn entry(row: &Row) -> rusqlite::Result<LedgerEntry> {
    let order_id: String = row.get(2)?;
    let asked: Option<String> = row.get(5)?;
    let status: String = row.get(15)?;
    let status_at: Option<String> = row.get(16)?;
    let payment = PaymentRecord {
        api_host: row.get(1)?,
        order_id: OrderId::parse(&order_id).map_err(|e| bad(2, e))?,
        order_url: row.get(3)?,
        amount: parsed(row, 4)?,
        asked_amount: asked
            .map(|a| a.parse())
            .transpose()
            .map_err(|e| bad(5, e))?,
        currency: parsed(row, 6)?,
        customer: row.get(7)?,
        product: row.get(8)?,
        method: parsed(row, 9)?,
        created_at: parsed(row, 10)?,
        demo: row.get(11)?,
        till: row.get(12)?,
        operator: row.get(13)?,
        recovered: row.get(14)?,
        extras: Extras {
            tip: row
                .get::<_, Option<String>>(17)?
                .map(|t| t.parse())
                .transpose()
                .map_err(|e| bad(17, e))?,
            items: match row.get::<_, Option<String>>(18)? {
                Some(json) => serde_json::from_str(&json).map_err(|e| bad(18, e))?,
                None => Vec::new(),
            },
            walk_in: row.get(19)?,
            tendered: row
                .get::<_, Option<String>>(20)?
                .map(|t| t.parse())
                .transpose()
                .map_err(|e| bad(20, e))?,
        },
    };
    Ok(LedgerEntry {
        payment: payment.sanitised(),
        status: PaymentStatus::from_wire(&status),
        status_at: status_at.and_then(|s| s.parse().ok()),
        voided_at: row
            .get::<_, Option<String>>(21)?
            .and_then(|s| s.parse().ok()),
        row: row.get(0)?,
    })
}

/// The payment with this order id at this API host, if the ledger holds it.
pub fn entry_of_order(
    c: &Connection,
    api_host: &str,
    id: &OrderId,
) -> rusqlite::Result<Option<LedgerEntry>> {
    c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM payments WHERE api_host = ?1 AND order_id = ?2"
    ))?
    .query_row(params![api_host, id.as_str()], entry)
    .optional()
}

/// Inserts a payment; one already there (same host and order id) is left as it is.
/// Returns its row, and whether this call added it.
pub fn insert_payment(conn: &Connection, p: &PaymentRecord) -> rusqlite::Result<(i64, bool)> {
    let added =
        conn.prepare_cached(
            "INSERT INTO payments (api_host, order_id, order_url, amount, asked_amount, currency,
            customer, product, method, created_at, demo, till, operator, recovered, tip, items,
            walk_in, tendered)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
         ON CONFLICT (api_host, order_id) DO NOTHING",
        )?
        .execute(params![
            p.api_host,
            p.order_id.as_str(),
            p.order_url,
            p.amount.to_string(),
            p.asked_amount.map(|a| a.to_string()),
            p.currency.code(),
            p.customer,
            p.product,
            p.method.key(),
            stamp(p.created_at),
            p.demo,
            p.till,
            p.operator,
            p.recovered,
            p.extras.tip.map(|t| t.to_string()),
            items_json(&p.extras.items),
            p.extras.walk_in,
            p.extras.tendered.map(|t| t.to_string()),
        ])? == 1;
    let (row, url): (i64, String) = conn
        .prepare_cached("SELECT id, order_url FROM payments WHERE api_host = ?1 AND order_id = ?2")?
        .query_row(params![p.api_host, p.order_id.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    // A recovered payment has no link (the server's list does not give it): one that
    // arrives later fills it in.
    if !added && url.is_empty() && !p.order_url.is_empty() {
        conn.prepare_cached("UPDATE payments SET order_url = ?1 WHERE id = ?2")?
            .execute(params![p.order_url, row])?;
        return Ok((row, false));
    }
    // The same order written again is not doubled; another payment under the same key
    // (a demo API started afresh, numbering from 1) is not silently dropped either.
    if !added && !url.is_empty() && !p.order_url.is_empty() && url != p.order_url {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE),
            Some(format!(
                "order {} of {} is in the ledger already, with another link ({url}): \
                 the API reuses order ids",
                p.order_id, p.api_host
            )),
        ));
    }
    Ok((row, added))
}

/// A cart's items as the ledger keeps them: JSON, or NULL for a sale without a cart.
pub fn items_json(items: &[Item]) -> Option<String> {
    (!items.is_empty()).then(|| serde_json::to_string(items).unwrap_or_default())
}

/// Adds a status event for a payment the ledger holds, when the rule of finality lets
/// it follow the payment's current status (`payment::may_follow`): PAID never moves
/// back, EXPIRED only turns PAID. One for a payment the ledger does not hold, one that
/// is no change, or one the rule refuses adds nothing. Run it inside a transaction, so
/// the status read is the one the event follows.
pub fn insert_status(conn: &Connection, s: &StatusRecord) -> rusqlite::Result<Noted> {
    let current: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, status FROM payments WHERE api_host = ?1 AND order_id = ?2")?
        .query_row(params![s.api_host, s.order_id.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((payment_id, current)) = current else {
        return Ok(Noted::Unknown);
    };
    if !crate::payment::may_follow(&PaymentStatus::from_wire(&current), &s.status) {
        return Ok(Noted::Unchanged);
    }
    let added = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO status_events (payment_id, status, seen_at, source)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            payment_id,
            s.status.as_str(),
            stamp(s.at),
            s.source.as_str()
        ])?;
    Ok(if added > 0 {
        Noted::Recorded
    } else {
        Noted::Unchanged
    })
}

/// Adds the payments recorded since the text index was last brought up to date.
pub fn index_text(conn: &Connection) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO payments_text (rowid, order_id, customer, product, method)
         SELECT id, order_id, customer, product, method FROM payments
         WHERE id > (SELECT upto FROM text_indexed)",
    )?
    .execute([])?;
    conn.prepare_cached(
        "UPDATE text_indexed SET upto = (SELECT coalesce(max(id), 0) FROM payments)",
    )?
    .execute([])?;
    Ok(())
}
