//! The one place side effects run. Each effect's outcome comes back as a `Msg`.

use std::io::Write;
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;

use crate::api::Client;
use crate::clipboard::{Route, SystemClipboard, osc52};
use crate::msg::{CopyFailure, Created, Effect, Msg};

/// Carries out effects: network calls as tasks, clipboard writes, terminal escapes.
pub struct Effects {
    client: Client,
    /// The client for status checks: no retries of its own, the app's backoff decides.
    status_client: Client,
    tx: UnboundedSender<Msg>,
    system_clipboard: Arc<Mutex<SystemClipboard>>,
}

/// Something that carries out effects. The app uses `Effects`; tests of the loop can
/// use a stand-in that answers without a network.
pub trait Runner {
    /// Runs one effect; escape sequences for the terminal go to `terminal`.
    fn run(&self, effect: Effect, terminal: &mut dyn Write) -> Next;
}

/// What the loop should do after an effect.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    Continue,
    Quit,
}

impl Effects {
    pub fn new(client: Client, tx: UnboundedSender<Msg>) -> Effects {
        let status_client = client.with_read_retries(0);
        Effects {
            client,
            status_client,
            tx,
            system_clipboard: Arc::new(Mutex::new(SystemClipboard::new())),
        }
    }
}

impl Runner for Effects {
    /// Runs one effect. Escape sequences for the terminal (OSC 52, the bell) are written
    /// to `terminal` right away, between frames, so they never split one.
    fn run(&self, effect: Effect, terminal: &mut dyn Write) -> Next {
        match effect {
            Effect::Quit => return Next::Quit,
            Effect::Create { request, payment } => {
                let client = self.client.clone();
                let tx = self.tx.clone();
                tokio::spawn(async move {
                    let result = client.create(&payment).await;
                    match &result {
                        Ok(p) => {
                            tracing::info!(request, order_id = %p.order_id, "payment link created")
                        }
                        Err(e) => tracing::warn!(request, error = %e, "create failed"),
                    }
                    let result = result.map(|payment| Created {
                        payment,
                        at: jiff::Timestamp::now(),
                    });
                    let _ = tx.send(Msg::Created { request, result });
                });
            }
            Effect::CheckStatus { order_id } => {
                let client = self.status_client.clone();
                let tx = self.tx.clone();
                tokio::spawn(async move {
                    let result = client.status(&order_id).await;
                    if let Err(e) = &result {
                        tracing::debug!(%order_id, error = %e, "status check failed");
                    }
                    let at = jiff::Timestamp::now();
                    let _ = tx.send(Msg::StatusChecked {
                        order_id,
                        result,
                        at,
                    });
                });
            }
            Effect::Bell => {
                let _ = terminal.write_all(b"\x07").and_then(|()| terminal.flush());
            }
            Effect::Copy {
                text,
                route: Route::System,
            } => {
                let clipboard = Arc::clone(&self.system_clipboard);
                let tx = self.tx.clone();
                tokio::task::spawn_blocking(move || {
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
                    let _ = tx.send(Msg::Copied(outcome));
                });
            }
            Effect::Copy {
                text,
                route: Route::Osc52(wrap),
            } => {
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
            Effect::Copy {
                route: Route::Off, ..
            } => {}
        }
        Next::Continue
    }
}
