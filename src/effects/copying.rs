//! Copying a link: to the system clipboard off the loop, or by OSC 52 between frames.

use std::io::Write;
use std::sync::Arc;

use super::Effects;
use crate::clipboard::{Osc52Wrap, Route, osc52};
use crate::msg::{CopyFailure, Msg};

impl Effects {
    pub(super) fn copy_to_system(&self, text: String) {
        let clipboard = Arc::clone(&self.system_clipboard);
        self.blocking(move || {
            let result = match clipboard.lock() {
                Ok(mut c) => c.copy(text.clone()),
                Err(_) => Err("the clipboard is unusable after an earlier crash".into()),
            };
            let outcome = result
                .map(|()| Route::System)
                .map_err(|reason| CopyFailure {
                    route: Route::System,
                    text,
                    reason,
                });
            Some(Msg::Copied(outcome))
        });
    }

    /// OSC 52 goes straight to the terminal, between frames.
    pub(super) fn copy_by_osc52(&self, text: String, wrap: Osc52Wrap, terminal: &mut dyn Write) {
        let sent = terminal
            .write_all(osc52(&text, wrap).as_bytes())
            .and_then(|()| terminal.flush());
        let route = Route::Osc52(wrap);
        let outcome = sent.map(|()| route).map_err(|e| CopyFailure {
            route,
            text,
            reason: e.to_string(),
        });
        let _ = self.tx.send(Msg::Copied(outcome));
    }
}
