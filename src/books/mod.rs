//! The till's books: what happens to money besides a sale. A shift is opened with a
//! float, cash goes in and out of the drawer, a link is voided, money is refunded; each
//! is an event appended to the ledger (`ledger/books.rs`, its types in
//! `ledger/period.rs`), never an edit. A shift is closed on a numbered Z report
//! (`report.rs`), chained by hash to the one before it (`ledger/chain.rs`), so that a
//! closed day cannot be changed unnoticed.

pub mod report;
pub mod server;
mod text;

use crate::api::OrderId;

pub use crate::ledger::{
    BookEvent, Check, Kind, Marks, Paid, Period, StoredZ, Tender, Verified, cash_order_id,
};
pub use report::{Report, Sum, report, sum};
pub use text::to_text;

/// What is said when a voided order turns PAID: the customer paid a link the till had
/// voided, and the shop must look into it (refund, or keep the sale).
pub fn paid_after_void(
    id: &OrderId,
    void: &BookEvent,
    tz: &jiff::tz::TimeZone,
    tr: &crate::i18n::Tr,
) -> String {
    let when = tr.date_time(void.at.to_zoned_datetime(tz.clone()).datetime());
    t!(
        tr,
        "books-paid-after-void-note",
        order_id = id.as_str(),
        when = when,
        operator = void.operator.as_str(),
        reason = void.reason.as_str(),
    )
}

/// Closes the till's period on a Z made as `making` says: numbered, hashed and stored
/// by the ledger in one transaction; `None` when no shift is open.
pub fn close(
    ledger: &crate::ledger::Ledger,
    till: &str,
    making: &report::Making,
) -> std::io::Result<Option<Report>> {
    let mut made = None;
    let closed = ledger.close(till, |period| {
        let mut z = report(period, making);
        z.number = Some(period.number);
        z.hash = None;
        let body = serde_json::to_string(&z).unwrap_or_default();
        made = Some(z);
        body
    })?;
    Ok(closed.and_then(|hash| {
        let mut z = made?;
        z.hash = Some(hash);
        Some(z)
    }))
}

/// The till's Z report `number`, as it was closed.
pub fn z_report(
    ledger: &crate::ledger::Ledger,
    till: &str,
    number: u64,
) -> std::io::Result<Option<Report>> {
    let Some((body, hash)) = ledger.z_body(till, number)? else {
        return Ok(None);
    };
    let mut z: Report = serde_json::from_str(&body).map_err(std::io::Error::other)?;
    z.hash = Some(hash);
    Ok(Some(z))
}
