//! The books' events and periods as the ledger keeps them: what a shift opening, a
//! drawer move, a void or a refund records, the marks a closed period ends at, and what
//! the ledger holds of a till's open period. The reports made of them are `books`'.

use rust_decimal::Decimal;

use super::LedgerEntry;
use crate::api::OrderId;
use crate::money::Currency;

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

    /// Whether it moves cash in or out of the drawer (in its `currency`): cash in or
    /// out, or a refund given back in cash.
    pub fn moves_cash(&self) -> bool {
        match self.kind {
            Kind::In | Kind::Out => true,
            Kind::Refund => self.tender == Some(Tender::Cash),
            Kind::Open | Kind::Void => false,
        }
    }
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

/// What the ledger checks before a book event is written, in the same transaction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Check {
    /// Nothing: cash in or out.
    Nothing,
    /// No shift may be open (an opening).
    NoShiftOpen,
    /// The order is pending and not voided (a void).
    Voidable,
    /// The order is paid and this much (or, with none, all that is left) may still be
    /// refunded; the event's amount is filled in.
    Refundable(Option<Decimal>),
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

    /// The currency the drawer counts, while a shift is open: its float's; in a shift
    /// a link or a void opened (no float currency), that of the first cash that moved
    /// in it; none before any has.
    pub fn drawer_currency(&self) -> Option<Currency> {
        let opening = self.opening()?;
        if opening.currency.is_some() {
            return opening.currency;
        }
        let sold = self
            .paid
            .iter()
            .filter(|p| p.entry.payment.method == crate::payment::Method::Cash)
            .map(|p| (p.at, p.entry.payment.currency));
        let moved = self
            .books
            .iter()
            .filter(|b| b.moves_cash())
            .filter_map(|b| Some((b.at, b.currency?)));
        sold.chain(moved)
            .min_by_key(|(at, _)| *at)
            .map(|(_, currency)| currency)
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
