//! The payments made in this session, newest first.

use std::time::Instant;

use rust_decimal::Decimal;

use crate::api::{OrderId, PaymentStatus};
use crate::msg::Created;
use crate::payment::NewPayment;
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
    /// Encoded once, at every error-correction level, so drawing never encodes.
    pub qr: QrSet,
}

impl SessionPayment {
    pub fn new(created: Created, request: NewPayment, now: Instant) -> SessionPayment {
        let qr = QrSet::new(&created.payment.order_url);
        SessionPayment {
            order_id: created.payment.order_id,
            order_url: created.payment.order_url,
            amount: created.payment.amount,
            request,
            created_at: created.at,
            created: now,
            status: PaymentStatus::Pending,
            qr,
        }
    }

    /// The confirmed amount with its currency: `12.50 USD`.
    pub fn money(&self) -> String {
        crate::money::format_money(self.amount, self.request.currency)
    }
}
