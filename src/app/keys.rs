//! What each key does, pane by pane: keys become actions through `keymap`.

use crossterm::event::{KeyCode, KeyEvent};

use super::keymap::{self, Action};
use super::{App, CreateState, Layer, NoticeKind, Pane, SessionPayment};
use crate::clipboard::Route;
use crate::msg::Effect;

/// What `c` and `f` say of a sale with no link: cash, or a sale found without one.
fn no_link(tr: &crate::i18n::Tr) -> String {
    t!(tr, "app-no-link-to-copy")
}

impl App {
    pub(super) fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let global = keymap::action(keymap::GLOBAL, key);
        if global == Some(Action::Quit) {
            return self.quit();
        }
        // While the staff list is read, Ctrl+Z waits with the other keys (`on_lock_key`).
        if global == Some(Action::Suspend) && !self.lock.is_loading() {
            // A locked till gives nobody a shell.
            if self.lock.is_locked() {
                return vec![];
            }
            return vec![Effect::Suspend];
        }
        self.quit_armed = false;
        if let Some(effects) = self.on_lock_key(key, global) {
            return effects;
        }
        if self.too_small() {
            return self.on_key_too_small(key);
        }
        // F1 (and ? where it types nothing) opens the help over any dialog but a
        // question, and History (Ctrl+P, F2) works over the panes.
        let wants_help = global == Some(Action::Help)
            && !(key.code == KeyCode::Char('?') && self.typing_in_form());
        match self.layer() {
            // Taken by `on_lock_key` above.
            Layer::Lock => vec![],
            Layer::Approval => self.on_approval_key(key),
            Layer::Help => {
                self.on_help_key(key);
                vec![]
            }
            Layer::Confirm => self.on_confirm_key(key),
            Layer::Books | Layer::Shown if wants_help => self.open_help(),
            Layer::Books => self.on_books_key(key),
            Layer::Shown => self.on_shown_key(key),
            Layer::Tip | Layer::Picker if wants_help => self.open_help(),
            Layer::Tip => self.on_tip_key(key),
            Layer::Picker => self.on_picker_key(key),
            Layer::Present | Layer::Pane(_) if wants_help => self.open_help(),
            Layer::Present | Layer::Pane(_) if global == Some(Action::History) => {
                self.toggle_history()
            }
            Layer::Present => self.on_present_key(key),
            Layer::Pane(Pane::Form) => self.on_form_key(key),
            Layer::Pane(Pane::Payment) => self.on_payment_key(key),
            Layer::Pane(Pane::History) => self.on_history_key(key),
        }
    }

    fn open_help(&mut self) -> Vec<Effect> {
        self.help = true;
        self.help_scroll = 0;
        vec![]
    }

    fn on_help_key(&mut self, key: KeyEvent) {
        // As far as the last line shows, and no further: a key past it would be lost.
        let most = (self.measure)(self, super::Scrolling::Help).unwrap_or_else(keymap::help_lines);
        match keymap::action(keymap::HELP, key) {
            Some(Action::CloseHelp) => self.help = false,
            Some(Action::Down) => self.help_scroll = (self.help_scroll + 1).min(most),
            Some(Action::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),
            Some(Action::PageDown) => self.help_scroll = (self.help_scroll + 10).min(most),
            Some(Action::PageUp) => self.help_scroll = self.help_scroll.saturating_sub(10),
            _ => {}
        }
    }

    /// A key while the window is too small to show what it would do: a question, a
    /// form or a code unseen must not be answered, sent or copied blind. Quit (q or
    /// Ctrl+C) and help (F1) act; the rest wait for a larger window.
    fn on_key_too_small(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Char('q') if key.modifiers.is_empty() => self.quit(),
            KeyCode::F(1) => {
                self.help = !self.help;
                self.help_scroll = 0;
                vec![]
            }
            KeyCode::Esc if self.help => {
                self.help = false;
                vec![]
            }
            // The too-small screen says so: no notice that would outlive it.
            _ => vec![],
        }
    }

    /// Whether printable keys are going into a text field right now.
    pub(super) fn typing_in_form(&self) -> bool {
        let typing_tip = self.tip.as_ref().is_some_and(|t| t.custom.is_some());
        let in_field = self.focus == Pane::Form
            && !self.present
            && self.form.input(self.form.focus).is_some()
            && !(self.form.from_cart() && self.form.focus == crate::payment::Field::Amount);
        in_field || self.picker.is_some() || typing_tip
    }

    pub(super) fn quit(&mut self) -> Vec<Effect> {
        if self.quit_armed {
            return vec![Effect::Quit];
        }
        let tr = &self.config.tr;
        let why = if self.is_submitting() {
            Some(t!(tr, "app-quit-creating"))
        } else if !self.unrecorded.records.is_empty() {
            let count = self.unrecorded.records.len();
            Some(t!(tr, "app-quit-unrecorded", count = count))
        } else {
            None
        };
        match why {
            Some(why) => {
                self.quit_armed = true;
                let said = t!(self.config.tr, "app-quit-anyway", why = why);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            None => vec![Effect::Quit],
        }
    }

    /// Opens the history (its view read again: it may be stale) or closes it.
    pub(super) fn toggle_history(&mut self) -> Vec<Effect> {
        self.present = false;
        if self.focus == Pane::History {
            self.focus = self.back_to;
            vec![]
        } else {
            self.back_to = self.focus;
            self.focus = Pane::History;
            self.reload_view()
        }
    }

    pub(super) fn on_form_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = keymap::action(keymap::FORM, key);
        if self.is_submitting() {
            // The submitted values are on their way: editing now would only mislead.
            if action == Some(Action::Back) {
                self.cancel_create();
            }
            return vec![];
        }
        if let Some(effects) = self.on_cart_key(key) {
            return effects;
        }
        let limits = self.config.limits;
        match action {
            Some(Action::Submit) => return self.submit(),
            Some(Action::NextField) => self.form.move_focus(1, &limits, &self.config.tr),
            Some(Action::PrevField) => self.form.move_focus(-1, &limits, &self.config.tr),
            Some(Action::PrevChoice) if self.form.on_choice() => self.form.step_choice(-1),
            Some(Action::NextChoice) if self.form.on_choice() => self.form.step_choice(1),
            Some(Action::Cash) => self.form.choose_cash(),
            Some(Action::Back) if self.shown.is_some() => self.focus = Pane::Payment,
            Some(Action::Back) => self.notice = None,
            _ => {
                self.form.edit(key);
            }
        }
        vec![]
    }

    pub(super) fn on_payment_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match keymap::action(keymap::PAYMENT, key) {
            Some(Action::Copy) => return self.copy_shown(),
            Some(Action::Present)
                if self
                    .shown_payment()
                    .is_some_and(|p| p.record.amount_differs()) =>
            {
                self.notify(NoticeKind::Error, wrong_amount(&self.config.tr));
            }
            Some(Action::Present)
                if self.shown_payment().is_some_and(|p| {
                    p.record.order_url.is_empty()
                        || (p.voided_at.is_some() && p.status != crate::api::PaymentStatus::Success)
                }) =>
            {
                self.notify(NoticeKind::Info, no_link(&self.config.tr));
            }
            Some(Action::Present) if self.shown.is_some() => self.present = true,
            Some(Action::NewPayment) => self.new_payment(),
            Some(Action::FreshLink) => return self.fresh_link(),
            Some(Action::Recheck) => {
                if let Some(id) = self.shown.clone() {
                    self.recheck(&id);
                }
            }
            Some(Action::Print) => return self.print_shown(),
            Some(Action::Void) => {
                let entry = self.shown_payment().map(SessionPayment::to_entry);
                return self.ask_void(entry);
            }
            Some(Action::Refund) => {
                let entry = self.shown_payment().map(SessionPayment::to_entry);
                return self.ask_refund(entry);
            }
            Some(Action::Edit) => self.focus = Pane::Form,
            Some(Action::Quit) => return self.quit(),
            _ => {}
        }
        vec![]
    }

    pub(super) fn on_present_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match keymap::action(keymap::PRESENT, key) {
            Some(Action::Back) => self.present = false,
            Some(Action::Copy) => return self.copy_shown(),
            Some(Action::NewPayment) => {
                self.present = false;
                self.new_payment();
            }
            Some(Action::FreshLink) => {
                self.present = false;
                return self.fresh_link();
            }
            Some(Action::Quit) => return self.quit(),
            _ => {}
        }
        vec![]
    }

    pub(super) fn copy_shown(&mut self) -> Vec<Effect> {
        match self.shown_payment() {
            Some(p)
                if p.record.order_url.is_empty()
                    || (p.voided_at.is_some()
                        && p.status != crate::api::PaymentStatus::Success) =>
            {
                self.notify(NoticeKind::Info, no_link(&self.config.tr));
                vec![]
            }
            Some(p) if p.record.amount_differs() => {
                self.notify(NoticeKind::Error, wrong_amount(&self.config.tr));
                vec![]
            }
            Some(p) => {
                let text = p.record.order_url.clone();
                self.copy(text)
            }
            None => vec![],
        }
    }

    pub(super) fn copy(&mut self, text: String) -> Vec<Effect> {
        if self.config.copy_route == Route::Off {
            let said = t!(self.config.tr, "app-copy-off-config");
            self.notify(NoticeKind::Error, said);
            return vec![];
        }
        vec![Effect::Copy {
            text,
            route: self.config.copy_route,
        }]
    }

    pub(super) fn new_payment(&mut self) {
        self.form.clear_for_next();
        self.create = CreateState::Idle;
        self.focus = Pane::Form;
        self.notice = None;
    }
}

/// Why a link made for another amount is neither presented nor copied.
fn wrong_amount(tr: &crate::i18n::Tr) -> String {
    t!(tr, "app-wrong-amount")
}

/// What the status bar says after a copy.
pub(super) fn copied_text(route: Route, tr: &crate::i18n::Tr) -> String {
    match route {
        Route::System => t!(tr, "app-copied-system"),
        // OSC 52 cannot confirm delivery: say what was done, not what happened.
        Route::Osc52(_) => t!(tr, "app-copied-osc52"),
        Route::Off => t!(tr, "app-copy-off"),
    }
}
