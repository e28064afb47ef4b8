//! The payments made in this session, newest first, and how each is being followed.

use std::time::{Duration, Instant};

use rust_decimal::Decimal;

use crate::api::{OrderId, PaymentStatus};
use crate::msg::Created;
use crate::payment::NewPayment;
use crate::poll::Backoff;
use crate::qr::QrSet;

/// A payment link created in this session, with its QR codes ready to draw.
#[derive(Debug, Clone)]
pub struct SessionPayment {
    pub order_id: OrderId,
    pub order_url: String,
    /// The amount as the API confirmed it.
    pub amount: Decimal,
    /// What was asked for: currency, customer, product, method, redirect URL.
    pub request: NewPayment,
    pub created_at: jiff::Timestamp,
    /// When it was created on this machine's monotonic clock, for waiting timers.
    pub created: Instant,
    pub status: PaymentStatus,
    /// When luxpay first saw it paid.
    pub paid_at: Option<jiff::Timestamp>,
    pub poll: Poll,
    /// Whether luxpay checks its status: not for a payment of another API (such as
    /// an earlier demo server) brought back from the ledger.
    pub followed: bool,
    /// Encoded once, at every error-correction level, so drawing never encodes.
    pub qr: QrSet,
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
    pub error: Option<String>,
}

impl SessionPayment {
    pub fn new(
        created: Created,
        request: NewPayment,
        now: Instant,
        first_check: Duration,
    ) -> SessionPayment {
        let qr = QrSet::new(&created.payment.order_url);
        SessionPayment {
            order_id: created.payment.order_id,
            order_url: created.payment.order_url,
            amount: created.payment.amount,
            request,
            created_at: created.at,
            created: now,
            status: PaymentStatus::Pending,
            paid_at: None,
            poll: Poll {
                in_flight: false,
                due: now + first_check,
                backoff: Backoff::default(),
                error: None,
            },
            followed: true,
            qr,
        }
    }

    /// A payment from the ledger brought back into the session: checked again soon
    /// if it may still be paid.
    pub fn from_ledger(
        entry: crate::ledger::LedgerEntry,
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
            customer: p.customer,
            product: p.product,
            redirect_url: None,
            method: p.method,
        };
        let qr = QrSet::new(&p.order_url);
        SessionPayment {
            order_id: p.order_id,
            order_url: p.order_url,
            amount: p.amount,
            request,
            created_at: p.created_at,
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
            },
            followed,
            qr,
        }
    }

    /// This payment as a ledger entry (for exports of the session).
    pub fn to_entry(&self, config: &super::AppConfig) -> crate::ledger::LedgerEntry {
        crate::ledger::LedgerEntry {
            payment: crate::ledger::PaymentRecord {
                order_id: self.order_id.clone(),
                order_url: self.order_url.clone(),
                amount: self.amount,
                currency: self.request.currency,
                customer: self.request.customer.clone(),
                product: self.request.product.clone(),
                method: self.request.method,
                created_at: self.created_at,
                api_host: config.api_host.clone(),
                demo: config.demo,
            },
            status: self.status.clone(),
            status_at: self.paid_at,
        }
    }

    /// The confirmed amount with its currency: `12.50 USD`.
    pub fn money(&self) -> String {
        crate::money::format_money(self.amount, self.request.currency)
    }

    /// Still worth checking: not paid, not expired, and of this API.
    pub fn is_open(&self) -> bool {
        self.followed && !self.status.is_final()
    }

    /// The status in a list: like `status_label`, but waiting in whole minutes, so a
    /// list of open payments does not redraw every second.
    pub fn status_in_list(&self, now: Instant) -> String {
        match &self.status {
            PaymentStatus::Pending => {
                let minutes = now.saturating_duration_since(self.created).as_secs() / 60;
                if minutes == 0 {
                    "waiting".into()
                } else {
                    format!("waiting {minutes}m")
                }
            }
            _ => self.status_label(now),
        }
    }

    /// The status as people read it: `waiting 1:42`, `PAID`, `EXPIRED`, or the server's
    /// own word for anything else.
    pub fn status_label(&self, now: Instant) -> String {
        match &self.status {
            PaymentStatus::Pending => format!(
                "waiting {}",
                clock(now.saturating_duration_since(self.created))
            ),
            PaymentStatus::Success => "PAID".into(),
            PaymentStatus::Expired => "EXPIRED".into(),
            PaymentStatus::Unknown(word) => word.clone(),
        }
    }
}

/// Elapsed time as `m:ss` (`h:mm:ss` past an hour).
pub fn clock(elapsed: Duration) -> String {
    let secs = elapsed.as_secs();
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        assert_eq!(clock(Duration::from_secs(102)), "1:42");
        assert_eq!(clock(Duration::from_secs(5)), "0:05");
        assert_eq!(clock(Duration::from_secs(3725)), "1:02:05");
    }
}
