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

/// A question waiting for y or n; nothing is sent until y. A sale that is both large
/// and like a recent one is asked about once, with both reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// The amount is above `confirm_above`.
    pub large: bool,
    /// A link for the same customer, amount and product was made recently.
    pub duplicate: Option<Earlier>,
    /// The sale that is sent on `y`.
    pub payment: NewPayment,
    passed: Passed,
}

/// The recent link a sale looks like, and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// The earlier order.
    pub order_id: OrderId,
    /// How long ago it was made.
    pub ago: Duration,
    /// Its status as last seen: whether it was paid changes the answer.
    pub status: PaymentStatus,
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
        let large = !passed.large && payment.amount > self.config.confirm_above;
        // Cash is counted out at the counter, sale by sale: two alike are two coffees,
        // not a customer charged twice.
        let duplicate = if passed.duplicate || payment.method == crate::payment::Method::Cash {
            None
        } else {
            self.duplicate_of(&payment)
        };
        if !large && duplicate.is_none() {
            return self.sell(payment);
        }
        self.confirm = Some(Confirm {
            large,
            duplicate,
            payment,
            passed,
        });
        // What the status bar said before belongs to what came before the question.
        self.notice = None;
        vec![]
    }

    /// A recent payment for the same sale that may still be paid: from this session,
    /// or from the ledger (a restart must not make a duplicate look new).
    fn duplicate_of(&self, payment: &NewPayment) -> Option<Earlier> {
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
            return Some(Earlier {
                order_id: p.record.order_id.clone(),
                ago,
                status: p.status.clone(),
            });
        }
        let ago_of = |e: &LedgerEntry| {
            self.wall
                .duration_since(e.payment.created_at)
                .try_into()
                .ok()
        };
        self.recent.iter().rev().find_map(|e| {
            let ago: Duration = ago_of(e)?;
            let p = &e.payment;
            (p.api_host == self.config.api_host
                && ago < window
                && same_sale(&p.customer, p.amount, p.currency, &p.product, &e.status))
            .then(|| Earlier {
                order_id: p.order_id.clone(),
                ago,
                status: e.status.clone(),
            })
        })
    }

    pub(super) fn on_confirm_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match keymap::action(keymap::CONFIRM, key) {
            Some(Action::Yes) => {
                let Some(Confirm {
                    large,
                    duplicate,
                    payment,
                    mut passed,
                }) = self.confirm.take()
                else {
                    return vec![];
                };
                passed.large |= large;
                passed.duplicate |= duplicate.is_some();
                self.guarded_create(payment, passed)
            }
            Some(Action::No) => {
                self.confirm = None;
                let said = t!(self.config.tr, "app-nothing-sent");
                self.notify(NoticeKind::Info, said);
                vec![]
            }
            _ => vec![],
        }
    }
}
