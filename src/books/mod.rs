//! The till's books: what happens to money besides a sale. A shift is opened with a
//! float, cash goes in and out of the drawer, a link is voided, money is refunded; each
//! is an event appended to the ledger (`ledger/books.rs`), never an edit. A shift is
//! closed on a numbered Z report (`report.rs`), chained by hash to the one before it
//! (`chain.rs`), so that a closed day cannot be changed unnoticed.

pub mod chain;
pub mod report;
mod text;

use rust_decimal::Decimal;

use crate::api::OrderId;
use crate::ledger::LedgerEntry;
use crate::money::Currency;

pub use report::{Report, Sum, report, sum};
pub use text::to_text;

/// What a book event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A shift opened, with its float (the cash in the drawer to start with).
    Open,
    /// Cash put into the drawer.
    In,
    /// Cash taken out of the drawer.
    Out,
    /// A pending link voided: out of every total, unless it is paid even so.
    Void,
    /// Money given back outside Luxfin.
    Refund,
}

impl Kind {
    /// The word the ledger stores.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Open => "open",
            Kind::In => "in",
            Kind::Out => "out",
            Kind::Void => "void",
            Kind::Refund => "refund",
        }
    }

    /// The kind a stored word names.
    pub fn from_word(word: &str) -> Option<Kind> {
        [Kind::Open, Kind::In, Kind::Out, Kind::Void, Kind::Refund]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

/// How a refund was given back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tender {
    /// From the drawer: the drawer expects that much less.
    Cash,
    /// Any other way (a bank transfer, a voucher): the drawer is not touched.
    Other,
}

impl Tender {
    /// The word the ledger stores.
    pub fn as_str(self) -> &'static str {
        match self {
            Tender::Cash => "cash",
            Tender::Other => "other",
        }
    }
}

/// One event of the books, as appended.
#[derive(Debug, Clone, PartialEq)]
pub struct BookEvent {
    /// The till it happened at.
    pub till: String,
    /// What happened.
    pub kind: Kind,
    /// When.
    pub at: jiff::Timestamp,
    /// Who did it.
    pub operator: String,
    /// Who allowed it, when that is someone else.
    pub approved_by: Option<String>,
    /// The order a void or refund is about: its API host and id.
    pub order: Option<(String, OrderId)>,
    /// The float, the cash moved, or the money refunded.
    pub amount: Option<Decimal>,
    /// Its currency.
    pub currency: Option<Currency>,
    /// How a refund was given.
    pub tender: Option<Tender>,
    /// Why, in the operator's words.
    pub reason: String,
}

impl BookEvent {
    /// An event with no order, amount or reason yet.
    pub fn new(kind: Kind, till: &str, operator: &str, at: jiff::Timestamp) -> BookEvent {
        BookEvent {
            till: till.to_string(),
            kind,
            at,
            operator: operator.to_string(),
            approved_by: None,
            order: None,
            amount: None,
            currency: None,
            tender: None,
            reason: String::new(),
        }
    }
}

/// What is said when a voided order turns PAID: the customer paid a link the till had
/// voided, and the shop must look into it (refund, or keep the sale).
pub fn paid_after_void(id: &OrderId, void: &BookEvent, tz: &jiff::tz::TimeZone) -> String {
    let when = void
        .at
        .to_zoned_datetime(tz.clone())
        .strftime("%Y-%m-%d %H:%M");
    format!(
        "PAID AFTER VOID: order {id} was voided at {when} by {} ({}), and is paid even so: \
         it counts as paid; refund the customer or keep the sale",
        void.operator, void.reason
    )
}

/// A Z report as the ledger stores it, for the shop's copy: its report as JSON, byte
/// for byte, and its place in the till's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredZ {
    /// The till.
    pub till: String,
    /// Its number at the till.
    pub number: u64,
    /// When the shift opened.
    pub opened_at: Option<String>,
    /// When it closed (as the ledger stores times).
    pub closed_at: String,
    /// The report, as `report z --json` prints it without its hash.
    pub body: String,
    /// The hash of the Z before.
    pub prev_hash: String,
    /// Its hash.
    pub hash: String,
}

/// The rows of the ledger a period ends at: the last payment, status event and book
/// event in it. A Z's period is the rows after the previous Z's marks, up to its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Marks {
    /// The last payment row.
    pub payments: i64,
    /// The last status event row.
    pub events: i64,
    /// The last book row.
    pub books: i64,
}

/// A payment paid in the period: when its PAID was recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Paid {
    /// The payment.
    pub entry: LedgerEntry,
    /// When its PAID was recorded.
    pub at: jiff::Timestamp,
}

/// What the ledger holds of one till's open period: everything a report is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// The till.
    pub till: String,
    /// The number the Z closing it will have.
    pub number: u64,
    /// The hash of the Z before (`chain::GENESIS` for the first).
    pub prev_hash: String,
    /// Where the previous period ended.
    pub from: Marks,
    /// Where this one ends (so far, for an X report).
    pub upto: Marks,
    /// Payments whose PAID was recorded in it.
    pub paid: Vec<Paid>,
    /// Its book events, oldest first.
    pub books: Vec<BookEvent>,
    /// The payments its voids are about, by order.
    pub voided: Vec<LedgerEntry>,
    /// Links of the till still pending (and not voided): they carry over.
    pub pending: Vec<LedgerEntry>,
}

impl Period {
    /// The event that opened the shift, if one is open.
    pub fn opening(&self) -> Option<&BookEvent> {
        self.books.iter().find(|b| b.kind == Kind::Open)
    }

    /// Whether anything happened in it at all.
    pub fn is_empty(&self) -> bool {
        self.paid.is_empty() && self.books.is_empty() && self.upto.payments == self.from.payments
    }
}

/// The order id of a till's `n`th cash sale: `C-<till>-<n>` (spaces in the till's
/// name become `_`: an order id has none).
pub fn cash_order_id(till: &str, n: u64) -> Result<OrderId, String> {
    let till: String = till
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect();
    OrderId::parse(&format!("C-{till}-{n}"))
}
