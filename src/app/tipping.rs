//! The tip, asked before anything is sent when `tip_presets` is set: a number picks a
//! preset, 0 is no tip, `c` types an amount or a percent, Esc goes back to the form
//! with everything as typed. The amount sent is subtotal + tip.

use crossterm::event::{KeyCode, KeyEvent};
use rust_decimal::Decimal;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::App;
use super::keymap::{self, Action};
use crate::msg::Effect;
use crate::payment::NewPayment;
use crate::tip::Tip;

/// The tip dialog's state.
#[derive(Debug, Clone)]
pub struct TipAsk {
    /// The sale without its tip, as checked.
    pub payment: NewPayment,
    /// A tip being typed after `c`.
    pub custom: Option<Input>,
    /// What is wrong with the tip chosen, if anything.
    pub error: Option<String>,
}

/// One preset as the dialog shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TipChoice {
    /// The percent.
    pub percent: Decimal,
    /// The tip it makes on this sale.
    pub tip: Decimal,
    /// What the customer then pays.
    pub total: Decimal,
}

impl App {
    /// Asks for the tip when there are presets; else goes on to the guards.
    pub(super) fn ask_tip(&mut self, payment: NewPayment) -> Vec<Effect> {
        if self.config.selling.tip_presets.is_empty() {
            return self.guarded_create(payment, Default::default());
        }
        self.tip = Some(TipAsk {
            payment,
            custom: None,
            error: None,
        });
        self.notice = None;
        vec![]
    }

    /// The presets with the tip and total each makes on the sale being asked about.
    pub fn tip_choices(&self) -> Vec<TipChoice> {
        let Some(ask) = &self.tip else {
            return Vec::new();
        };
        let subtotal = ask.payment.amount;
        self.config
            .selling
            .tip_presets
            .iter()
            .map(|&percent| {
                let tip = Tip::Percent(percent).on(subtotal);
                TipChoice {
                    percent,
                    tip,
                    total: subtotal + tip,
                }
            })
            .collect()
    }

    pub(super) fn on_tip_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(ask) = self.tip.as_mut() else {
            return vec![];
        };
        if let Some(input) = ask.custom.as_mut() {
            match keymap::action(keymap::TIP_CUSTOM, key) {
                Some(Action::Apply) => match Tip::parse(input.value(), &self.config.tr) {
                    Ok(tip) => return self.tipped(tip),
                    Err(e) => ask.error = Some(e),
                },
                Some(Action::Back) => {
                    ask.custom = None;
                    ask.error = None;
                }
                _ => {
                    input.handle_event(&crossterm::event::Event::Key(key));
                }
            }
            return vec![];
        }
        match keymap::action(keymap::TIP, key) {
            Some(Action::TipPreset) => {
                let KeyCode::Char(digit) = key.code else {
                    return vec![];
                };
                let n = digit.to_digit(10).unwrap_or(0) as usize;
                match self.config.selling.tip_presets.get(n.wrapping_sub(1)) {
                    Some(&percent) => return self.tipped(Tip::Percent(percent)),
                    None => ask.error = Some(t!(self.config.tr, "app-no-tip-preset", number = n)),
                }
            }
            Some(Action::NoTip) => return self.tipped(Tip::Amount(Decimal::ZERO)),
            Some(Action::CustomTip) => {
                ask.custom = Some(Input::default());
                ask.error = None;
            }
            // Back to the form, everything as typed; nothing was sent.
            Some(Action::Back) => self.tip = None,
            _ => {}
        }
        vec![]
    }

    /// The tip is chosen: on to the guards with subtotal + tip, unless that is above
    /// the limit.
    fn tipped(&mut self, tip: Tip) -> Vec<Effect> {
        let Some(ask) = self.tip.as_mut() else {
            return vec![];
        };
        let payment = match ask
            .payment
            .clone()
            .tipped(tip, &self.config.limits, &self.config.tr)
        {
            Ok(payment) => payment,
            Err(e) => {
                ask.error = Some(e.message);
                return vec![];
            }
        };
        self.tip = None;
        self.guarded_create(payment, Default::default())
    }
}
