//! The counter's safety rails: a large amount, or a sale just like a recent one, asks
//! "are you sure?" before any request is sent.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent};

use super::{App, NoticeKind};
use crate::api::{OrderId, PaymentStatus};
use crate::msg::Effect;
use crate::payment::NewPayment;

/// A question waiting for y or n; nothing is sent until y.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub kind: ConfirmKind,
    pub payment: NewPayment,
    passed: Passed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConfirmKind {
    /// The amount is above `confirm_above`.
    LargeAmount,
    /// A link for the same customer, amount and product was made `ago`.
    Duplicate { order_id: OrderId, ago: Duration },
}

/// The guards this payment has already been through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Passed {
    large: bool,
    duplicate: bool,
}

impl App {
    /// Asks the first question this payment has not yet answered, or starts the create.
    pub(super) fn guarded_create(&mut self, payment: NewPayment, passed: Passed) -> Vec<Effect> {
        let kind = if !passed.large && payment.amount > self.config.confirm_above {
            Some(ConfirmKind::LargeAmount)
        } else if passed.duplicate {
            None
        } else {
            self.duplicate_of(&payment)
        };
        match kind {
            Some(kind) => {
                self.confirm = Some(Confirm {
                    kind,
                    payment,
                    passed,
                });
                vec![]
            }
            None => self.start_create(payment),
        }
    }

    /// A recent payment of this session for the same sale that may still be paid.
    fn duplicate_of(&self, payment: &NewPayment) -> Option<ConfirmKind> {
        let same = |p: &&super::SessionPayment| {
            p.request.customer.eq_ignore_ascii_case(&payment.customer)
                && p.request.amount == payment.amount
                && p.request.currency == payment.currency
                && p.request.product == payment.product
                && p.status != PaymentStatus::Expired
        };
        let recent = |p: &&super::SessionPayment| {
            self.now.saturating_duration_since(p.created) < self.config.duplicate_window
        };
        let p = self.payments.iter().filter(recent).find(same)?;
        Some(ConfirmKind::Duplicate {
            order_id: p.order_id.clone(),
            ago: self.now.saturating_duration_since(p.created),
        })
    }

    pub(super) fn on_confirm_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Char('y' | 'Y') => {
                let Some(Confirm {
                    kind,
                    payment,
                    mut passed,
                }) = self.confirm.take()
                else {
                    return vec![];
                };
                match kind {
                    ConfirmKind::LargeAmount => passed.large = true,
                    ConfirmKind::Duplicate { .. } => passed.duplicate = true,
                }
                self.guarded_create(payment, passed)
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                self.confirm = None;
                self.notify(NoticeKind::Info, "Nothing was sent");
                vec![]
            }
            _ => vec![],
        }
    }
}
