//! The counter's safety rails: a large amount, or a sale just like a recent one, asks
//! "are you sure?" before any request is sent.

use std::time::Duration;

use crossterm::event::KeyEvent;

use super::keymap::{self, Action};
use super::{App, NoticeKind};
use crate::api::{OrderId, PaymentStatus};
use crate::ledger::LedgerEntry;
use crate::msg::Effect;
use crate::payment::NewPayment;

/// A question waiting for y or n; nothing is sent until y.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// What is being asked.
    pub kind: ConfirmKind,
    /// The sale that is sent on `y`.
    pub payment: NewPayment,
    passed: Passed,
}

#[derive(Debug, Clone, PartialEq)]
/// Why a sale needs a second look.
pub enum ConfirmKind {
    /// The amount is above `confirm_above`.
    LargeAmount,
    /// A link for the same customer, amount and product was made `ago`.
    /// Like a sale made `ago` as this order.
    Duplicate {
        /// The earlier order.
        order_id: OrderId,
        /// How long ago it was made.
        ago: Duration,
    },
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

    /// A recent payment for the same sale that may still be paid: from this session,
    /// or from the ledger (a restart must not make a duplicate look new).
    fn duplicate_of(&self, payment: &NewPayment) -> Option<ConfirmKind> {
        let same_sale =
            |customer: &str, amount, currency, product: &str, status: &PaymentStatus| {
                customer.eq_ignore_ascii_case(&payment.customer)
                    && amount == payment.amount
                    && currency == payment.currency
                    && product == payment.product
                    && *status != PaymentStatus::Expired
            };
        let window = self.config.duplicate_window;
        let in_session = self.payments.iter().find(|p| {
            self.now.saturating_duration_since(p.created) < window
                && same_sale(
                    &p.request.customer,
                    p.request.amount,
                    p.request.currency,
                    &p.request.product,
                    &p.status,
                )
        });
        if let Some(p) = in_session {
            let ago = self.now.saturating_duration_since(p.created);
            return Some(ConfirmKind::Duplicate {
                order_id: p.record.order_id.clone(),
                ago,
            });
        }
        let ago_of = |e: &LedgerEntry| {
            self.wall
                .duration_since(e.payment.created_at)
                .try_into()
                .ok()
        };
        self.local.entries.iter().rev().find_map(|e| {
            let ago: Duration = ago_of(e)?;
            let p = &e.payment;
            (p.api_host == self.config.api_host
                && ago < window
                && same_sale(&p.customer, p.amount, p.currency, &p.product, &e.status))
            .then(|| ConfirmKind::Duplicate {
                order_id: p.order_id.clone(),
                ago,
            })
        })
    }

    pub(super) fn on_confirm_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match keymap::action(keymap::CONFIRM, key) {
            Some(Action::Yes) => {
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
            Some(Action::No) => {
                self.confirm = None;
                self.notify(NoticeKind::Info, "Nothing was sent");
                vec![]
            }
            _ => vec![],
        }
    }
}
