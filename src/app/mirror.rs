//! What the customer mirror shows, derived from the app's state: the payment on screen
//! while it waits, PAID or EXPIRED after, and the shop's name once the cashier turns to
//! the next sale. Nothing the customer should not see (an email, other sales) is in it.

use super::{App, Pane};
use crate::api::PaymentStatus;
use crate::mirror::MirrorState;
use crate::msg::Effect;

impl App {
    /// What the customer should see now.
    pub fn mirror_state(&self) -> MirrorState {
        let idle = MirrorState::Idle {
            shop: self.config.selling.shop_name.clone(),
        };
        let Some(p) = self.shown_payment() else {
            return idle;
        };
        // A link made for another amount is never shown to the customer, nor one the
        // till voided (nor cash, which has no link).
        let voided = p.voided_at.is_some() && p.status != PaymentStatus::Success;
        if p.record.amount_differs() || voided || p.record.order_url.is_empty() {
            return idle;
        }
        let amount = p.money();
        match &p.status {
            // Paid or expired stays up until the cashier starts the next sale.
            PaymentStatus::Success | PaymentStatus::Expired if self.focus == Pane::Form => idle,
            PaymentStatus::Success => MirrorState::Paid { amount },
            PaymentStatus::Expired => MirrorState::Expired { amount },
            _ => MirrorState::Waiting {
                amount,
                product: p.record.product.clone(),
                url: p.record.order_url.clone(),
            },
        }
    }

    /// The mirror's new state, when it changed (and the app publishes one).
    pub(super) fn mirror_changed(&mut self) -> Option<Effect> {
        if !self.config.mirror {
            return None;
        }
        let state = self.mirror_state();
        if self.mirrored.as_ref() == Some(&state) {
            return None;
        }
        self.mirrored = Some(state.clone());
        Some(Effect::Mirror(state))
    }
}
