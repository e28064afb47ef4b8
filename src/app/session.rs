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
            qr,
        }
    }

    /// The confirmed amount with its currency: `12.50 USD`.
    pub fn money(&self) -> String {
        crate::money::format_money(self.amount, self.request.currency)
    }

    /// Still worth checking: not paid, not expired.
    pub fn is_open(&self) -> bool {
        !self.status.is_final()
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
