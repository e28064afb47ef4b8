//! What has the keyboard: one answer, from the top of what is on screen down, for key
//! handling (`keys`), the hint bar and the drawing order (`ui`). A new dialog is one
//! more `Layer`, placed once, here.

use super::{App, Pane};

/// What is on screen, from the bottom up: the panes (or the code alone, in present
/// mode), then the dialogs over them. The topmost has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// A pane of the main screen: form, payment or history.
    Pane(Pane),
    /// The code alone on the screen.
    Present,
    /// The catalogue picker (Ctrl+K).
    Picker,
    /// The tip, asked for before a sale is sent.
    Tip,
    /// A guard's question, waiting for y or n.
    Confirm,
    /// The books ask an amount or a reason (cash handed over, a void, the float…).
    Books,
    /// A Z just closed, or PAID AFTER VOID: on screen until dismissed.
    Shown,
    /// The help overlay.
    Help,
    /// A manager's PIN, asked for a cashier's manager action.
    Approval,
    /// The PIN screen: the till is locked, and it has the keys.
    Lock,
}

impl App {
    /// Everything on screen, bottom to top, for drawing.
    pub fn layers(&self) -> Vec<Layer> {
        let base = if self.present {
            Layer::Present
        } else {
            Layer::Pane(self.focus)
        };
        let dialogs = [
            (self.picker.is_some(), Layer::Picker),
            (self.tip.is_some(), Layer::Tip),
            (self.confirm.is_some(), Layer::Confirm),
            (self.books.ask.is_some(), Layer::Books),
            (
                self.books.closed.is_some() || self.books.alert.is_some(),
                Layer::Shown,
            ),
            (self.help, Layer::Help),
            (self.approval.is_some(), Layer::Approval),
            (self.lock_shown(), Layer::Lock),
        ];
        std::iter::once(base)
            .chain(
                dialogs
                    .into_iter()
                    .filter(|(open, _)| *open)
                    .map(|(_, l)| l),
            )
            .collect()
    }

    /// The layer that has the keyboard: the topmost.
    pub fn layer(&self) -> Layer {
        self.layers()
            .last()
            .copied()
            .unwrap_or(Layer::Pane(self.focus))
    }
}
