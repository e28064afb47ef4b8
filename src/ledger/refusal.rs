//! Why the books refused an event, or why `verify` found a chain broken: as values, so
//! each is said in the cashier's language (`text`) and logged and put in JSON in
//! English (`Display`).

use std::fmt;

use rust_decimal::Decimal;

use crate::api::{OrderId, PaymentStatus};
use crate::i18n::Tr;
use crate::money::Currency;

/// Why a book event was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A shift is open at the till already (a second opening).
    ShiftOpen {
        /// The till.
        till: String,
        /// When the open shift was opened.
        since: jiff::Timestamp,
    },
    /// A void or refund without its order.
    NoOrder,
    /// The order is not in this till's ledger.
    NotInLedger(OrderId),
    /// A second void.
    VoidedAlready(OrderId),
    /// A void of a link that is not pending.
    NotPending(OrderId, PaymentStatus),
    /// A refund of a voided link never paid.
    VoidedNotPaid(OrderId),
    /// A refund of an order that is not paid.
    NotPaid(OrderId, PaymentStatus),
    /// A refund of an order refunded in full.
    RefundedInFull(OrderId),
    /// A cash sale in a currency the open drawer does not count.
    CashOtherCurrency {
        /// The drawer's currency.
        drawer: Currency,
        /// The sale's.
        asked: Currency,
    },
    /// Cash given back in a currency the open drawer does not count.
    RefundOtherCurrency {
        /// The drawer's currency.
        drawer: Currency,
        /// The sale's.
        asked: Currency,
    },
    /// Cash in or out of the drawer in a currency it does not count.
    MoveOtherCurrency {
        /// The drawer's currency.
        drawer: Currency,
        /// The move's.
        asked: Currency,
    },
    /// A refund larger than what is left of the sale.
    AtMost {
        /// The order.
        id: OrderId,
        /// What may still be refunded.
        left: Decimal,
        /// The sale's currency.
        currency: Currency,
        /// What was paid.
        paid: Decimal,
        /// What was refunded already.
        refunded: Decimal,
    },
}

impl Refusal {
    /// Why, and what to do instead, in `tr`'s language.
    pub fn text(&self, tr: &Tr) -> String {
        match self {
            Refusal::ShiftOpen { till, since } => {
                let at = jiff::tz::TimeZone::UTC.to_datetime(*since);
                t!(
                    tr,
                    "books-shift-open",
                    till = till,
                    since = tr.date_time(at)
                )
            }
            Refusal::NoOrder => t!(tr, "books-no-order"),
            Refusal::NotInLedger(id) => t!(tr, "books-not-in-ledger", order = id.as_str()),
            Refusal::VoidedAlready(id) => t!(tr, "books-voided-already", order = id.as_str()),
            Refusal::NotPending(id, status) => t!(
                tr,
                "books-void-not-pending",
                order = id.as_str(),
                status = status.text(tr)
            ),
            Refusal::VoidedNotPaid(id) => t!(tr, "books-refund-voided", order = id.as_str()),
            Refusal::NotPaid(id, status) => t!(
                tr,
                "books-refund-not-paid",
                order = id.as_str(),
                status = status.text(tr)
            ),
            Refusal::RefundedInFull(id) => t!(tr, "books-refunded-in-full", order = id.as_str()),
            Refusal::CashOtherCurrency { drawer, asked } => t!(
                tr,
                "books-cash-other-currency",
                drawer = drawer.code(),
                asked = asked.code()
            ),
            Refusal::MoveOtherCurrency { drawer, asked } => t!(
                tr,
                "books-move-other-currency",
                drawer = drawer.code(),
                asked = asked.code()
            ),
            Refusal::RefundOtherCurrency { drawer, asked } => t!(
                tr,
                "books-refund-other-currency",
                drawer = drawer.code(),
                asked = asked.code()
            ),
            Refusal::AtMost {
                id,
                left,
                currency,
                paid,
                refunded,
            } => t!(
                tr,
                "books-refund-at-most",
                order = id.as_str(),
                left = tr.money(*left, currency),
                paid = tr.amount(*paid),
                refunded = tr.amount(*refunded)
            ),
        }
    }
}

/// A write of the books as a person is told of it: done, or why not, a refusal in
/// `tr`'s words and a failure (the disk) in its own.
pub fn said<T>(result: std::io::Result<Result<T, Refusal>>, tr: &Tr) -> Result<T, String> {
    match result {
        Ok(Ok(done)) => Ok(done),
        Ok(Err(refused)) => Err(refused.text(tr)),
        Err(e) => Err(e.to_string()),
    }
}

/// In English, as the log and `--json` say it.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(&Tr::plain()))
    }
}

/// Where a till's chain of Z reports is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// A Z is missing from the chain (deleted).
    Missing {
        /// The till.
        till: String,
        /// The missing Z's number.
        number: i64,
    },
    /// A Z's prev_hash is not its predecessor's hash.
    DoesNotFollow {
        /// The till.
        till: String,
        /// The Z that does not follow.
        number: i64,
    },
    /// A Z's hash is not that of its report and its period's rows.
    Changed {
        /// The till.
        till: String,
        /// The Z.
        number: i64,
    },
    /// A payment's kept status or void is not what its events say.
    KeptColumns {
        /// The till.
        till: String,
        /// The payment's order.
        order: String,
    },
}

impl Broken {
    /// What is broken, in `tr`'s language.
    pub fn text(&self, tr: &Tr) -> String {
        match self {
            Broken::Missing { till, number } => {
                t!(tr, "verify-missing", till = till, number = *number)
            }
            Broken::DoesNotFollow { till, number } => t!(
                tr,
                "verify-does-not-follow",
                till = till,
                number = *number,
                previous = *number - 1
            ),
            Broken::Changed { till, number } => {
                t!(tr, "verify-changed", till = till, number = *number)
            }
            Broken::KeptColumns { till, order } => {
                t!(tr, "verify-kept-columns", till = till, order = order)
            }
        }
    }
}

/// In English, as the log and `verify --json` say it.
impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(&Tr::plain()))
    }
}
