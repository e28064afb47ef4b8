//! This session's payments as a list: which one is selected, and its keys.

use super::{App, moved};
use crate::app::keymap::Action;
use crate::msg::Effect;

/// The This session view's own state.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// The highlighted row; `App::payments` is newest first.
    pub selected: usize,
}

impl App {
    pub(super) fn on_session_action(&mut self, action: Action) -> Vec<Effect> {
        if let Some(at) = moved(self.session.selected, self.payments.len(), action) {
            self.session.selected = at;
            return vec![];
        }
        let Some(payment) = self.payments.get(self.session.selected) else {
            return vec![];
        };
        let id = payment.record.order_id.clone();
        match action {
            Action::Show => self.show(id),
            Action::Recheck => self.recheck(&id),
            Action::Copy => {
                let text = payment.record.order_url.clone();
                return self.copy(text);
            }
            _ => {}
        }
        vec![]
    }
}
