//! The payments made in this session, newest first, and how each is being followed.

use std::time::{Duration, Instant};

use crate::api::PaymentStatus;
use crate::i18n::Tr;
use crate::ledger::{LedgerEntry, PaymentRecord};
use crate::payment::NewPayment;
use crate::poll::Backoff;
use crate::qr::QrSet;
use crate::text::clock;

/// A payment link created in this session, with its QR codes ready to draw.
#[derive(Debug, Clone)]
pub struct SessionPayment {
    /// The link as made and recorded: order id and URL, the amount the API confirmed,
    /// when it was made, for which API.
    pub record: PaymentRecord,
    /// What was asked for, redirect URL included: what `g` asks for again.
    pub request: NewPayment,
    /// When it was created on this machine's monotonic clock, for waiting timers.
    pub created: Instant,
    /// The last status seen.
    pub status: PaymentStatus,
    /// When luxpay first saw it paid.
    pub paid_at: Option<jiff::Timestamp>,
    /// When it is checked next.
    pub poll: Poll,
    /// Whether luxpay checks its status: not for a payment of another API (such as
    /// an earlier demo server) brought back from the ledger.
    pub followed: bool,
    /// Encoded once, at every error-correction level, so drawing never encodes.
    pub qr: QrSet,
    /// When the till voided it, if it did: a PAID after that is PAID AFTER VOID.
    pub voided_at: Option<jiff::Timestamp>,
}

/// How a payment's status is being followed.
#[derive(Debug, Clone)]
pub struct Poll {
    /// A check is on its way: never send a second one for the same order.
    pub in_flight: bool,
    /// When the next check is due.
    pub due: Instant,
    pub backoff: Backoff,
    /// Why the last check failed, while checks keep failing.
    pub error: Option<CheckError>,
    /// Someone pressed `r`: say what the next answer finds, whatever it is.
    pub asked: bool,
    /// Checks sent so far: each carries its number, and its answer brings it back.
    pub sent: u64,
    /// Checks up to this number were asked before the status last changed: their
    /// answers are older than that change (a late PENDING after a webhook's PAID).
    pub stale_upto: u64,
}

/// Why a status is unknown: the network (it will pass), or the server said no (a 4xx:
/// retrying quickly will not change its mind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// No answer: a timeout, a refused or cut connection, a 5xx.
    Unreachable(String),
    /// The server refused: its reason, as it gave it.
    Refused(String),
}

impl SessionPayment {
    /// A payment just made, first checked after `first_check`.
    pub fn new(
        record: PaymentRecord,
        request: NewPayment,
        now: Instant,
        first_check: Duration,
    ) -> SessionPayment {
        let qr = QrSet::new(&record.order_url);
        SessionPayment {
            record,
            request,
            created: now,
            status: PaymentStatus::Pending,
            paid_at: None,
            poll: Poll {
                in_flight: false,
                due: now + first_check,
                backoff: Backoff::default(),
                error: None,
                asked: false,
                sent: 0,
                stale_upto: 0,
            },
            followed: true,
            qr,
            voided_at: None,
        }
    }

    /// A payment from the ledger brought back into the session: checked again soon
    /// if it may still be paid.
    pub fn from_ledger(
        entry: LedgerEntry,
        now: Instant,
        wall: jiff::Timestamp,
        api_host: &str,
    ) -> SessionPayment {
        let followed = entry.payment.api_host == api_host;
        // Its age on the monotonic clock, so waiting timers count from when it was made.
        let age: Duration = wall
            .duration_since(entry.payment.created_at)
            .try_into()
            .unwrap_or_default();
        let created = now.checked_sub(age).unwrap_or(now);
        let p = entry.payment;
        let request = NewPayment {
            amount: p.amount,
            currency: p.currency,
            customer: p.customer.clone(),
            product: p.product.clone(),
            redirect_url: None,
            method: p.method,
            extras: p.extras.clone(),
        };
        let qr = QrSet::new(&p.order_url);
        SessionPayment {
            record: p,
            request,
            created,
            paid_at: (entry.status == PaymentStatus::Success)
                .then_some(entry.status_at)
                .flatten(),
            status: entry.status,
            poll: Poll {
                in_flight: false,
                due: now,
                backoff: Backoff::default(),
                error: None,
                asked: false,
                sent: 0,
                stale_upto: 0,
            },
            followed,
            qr,
            voided_at: entry.voided_at,
        }
    }

    /// This payment as a ledger entry: its record and what the session knows of it.
    pub fn to_entry(&self) -> LedgerEntry {
        LedgerEntry {
            payment: self.record.clone(),
            status: self.status.clone(),
            status_at: self.paid_at,
            voided_at: self.voided_at,
            row: 0,
        }
    }

    /// The confirmed amount with its currency: `12.50 USD`.
    pub fn money(&self) -> String {
        crate::money::format_money(self.record.amount, self.record.currency)
    }

    /// Still worth checking: not paid, not expired, and of this API.
    pub fn is_open(&self) -> bool {
        self.followed && !self.status.is_final()
    }

    /// The status in a list: like `status_label`, but waiting in whole minutes, so a
    /// list of open payments does not redraw every second.
    pub fn status_in_list(&self, now: Instant) -> String {
        self.status_in_list_in(now, &Tr::plain())
    }

    /// `status_in_list` in `tr`'s language.
    pub fn status_in_list_in(&self, now: Instant, tr: &Tr) -> String {
        if self.voided_at.is_some() && self.status != PaymentStatus::Success {
            return t!(tr, "status-voided");
        }
        match &self.status {
            PaymentStatus::Pending => {
                let minutes = now.saturating_duration_since(self.created).as_secs() / 60;
                if minutes == 0 {
                    t!(tr, "status-pending")
                } else {
                    t!(tr, "app-pending-minutes", minutes = minutes)
                }
            }
            _ => self.status_label_in(now, tr),
        }
    }

    /// The status as people read it, with how long it has waited while open:
    /// `PENDING 1:42`, `PAID`, `EXPIRED`, or the server's own word for anything else.
    pub fn status_label(&self, now: Instant) -> String {
        self.status_label_in(now, &Tr::plain())
    }

    /// `status_label` in `tr`'s language.
    pub fn status_label_in(&self, now: Instant, tr: &Tr) -> String {
        match &self.status {
            PaymentStatus::Pending => t!(
                tr,
                "app-pending-clock",
                clock = clock(now.saturating_duration_since(self.created))
            ),
            other => super::status_word(tr, &other.to_string()),
        }
    }
}
