//! The one place side effects run. Each effect's outcome comes back as a `Msg`.

use std::future::Future;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;

use crate::api::{Client, OrderId, PaymentStatus};
use crate::clipboard::{Osc52Wrap, Route, SystemClipboard, osc52};
use crate::export::Table;
use crate::ledger::{Ledger, Record, StatusRecord};
use crate::msg::{CopyFailure, Effect, Msg, RequestId, ServerPage, ServerQuery};
use crate::payment::NewPayment;
use crate::sale;

/// Something that carries out effects. The app uses `Effects`; tests of the loop can
/// use a stand-in that answers without a network.
pub trait Runner {
    /// Runs one effect; escape sequences for the terminal go to `terminal`.
    fn run(&self, effect: Effect, terminal: &mut dyn Write) -> Next;
}

/// What the loop should do after an effect.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Go on running.
    Continue,
    /// The screen was given away and taken back: draw all of it again.
    Redraw,
    /// Leave the app.
    Quit,
}

/// Carries out effects: network calls as tasks, the ledger, files, the clipboard.
pub struct Effects {
    client: Client,
    /// The client for status checks: no retries of its own, the app's backoff decides.
    status_client: Client,
    ledger: Ledger,
    /// Where `e` writes its CSV files.
    export_dir: PathBuf,
    demo: bool,
    tx: UnboundedSender<Msg>,
    system_clipboard: Arc<Mutex<SystemClipboard>>,
}

impl Effects {
    /// Effects against this API and ledger; outcomes are sent to `tx`.
    pub fn new(
        client: Client,
        ledger: Ledger,
        export_dir: PathBuf,
        demo: bool,
        tx: UnboundedSender<Msg>,
    ) -> Effects {
        let status_client = client.with_read_retries(0);
        Effects {
            client,
            status_client,
            ledger,
            export_dir,
            demo,
            tx,
            system_clipboard: Arc::new(Mutex::new(SystemClipboard::new())),
        }
    }

    /// Runs blocking file work off the async threads and turns its outcome into a message.
    fn blocking(&self, work: impl FnOnce() -> Option<Msg> + Send + 'static) {
        let tx = self.tx.clone();
        tokio::task::spawn_blocking(move || {
            if let Some(msg) = work() {
                let _ = tx.send(msg);
            }
        });
    }

    /// Runs network work as a task and sends its message back when it is done.
    fn spawn(&self, work: impl Future<Output = Msg> + Send + 'static) {
        let tx = self.tx.clone();
        tokio::spawn(async move {
            let _ = tx.send(work.await);
        });
    }

    fn create(&self, request: RequestId, payment: NewPayment) {
        let (client, ledger, demo) = (self.client.clone(), self.ledger.clone(), self.demo);
        self.spawn(async move {
            // Recorded before the app hears of it, so before anyone sees it.
            let result = sale::make(&client, &ledger, &payment, demo, jiff::Timestamp::now).await;
            if let Err(e) = &result {
                tracing::warn!(%request, error = %e, "create failed");
            }
            Msg::Created { request, result }
        });
    }

    fn check_status(&self, order_id: OrderId) {
        let client = self.status_client.clone();
        self.spawn(async move {
            let result = client.status(&order_id).await;
            if let Err(e) = &result {
                tracing::debug!(%order_id, error = %e, "status check failed");
            }
            let at = jiff::Timestamp::now();
            Msg::StatusChecked {
                order_id,
                result,
                at,
            }
        });
    }

    fn record_status(&self, order_id: OrderId, status: PaymentStatus, at: jiff::Timestamp) {
        let ledger = self.ledger.clone();
        let record = Record::Status(StatusRecord {
            order_id,
            status,
            at,
            api_host: self.client.api_host(),
        });
        self.blocking(move || {
            ledger
                .append(&record)
                .err()
                .map(|e| Msg::LedgerFailed(e.to_string()))
        });
    }

    fn record_payment(&self, record: crate::ledger::PaymentRecord) {
        let ledger = self.ledger.clone();
        self.blocking(move || {
            let order_id = record.order_id.clone();
            let result = ledger
                .append(&Record::Payment(record))
                .map_err(|e| e.to_string());
            Some(Msg::Recorded { order_id, result })
        });
    }

    fn load_ledger(&self, request: RequestId) {
        let ledger = self.ledger.clone();
        self.blocking(move || {
            let result = ledger.load().map_err(|e| e.to_string());
            Some(Msg::LedgerLoaded { request, result })
        });
    }

    fn fetch_server(&self, request: RequestId, query: ServerQuery) {
        let client = self.client.clone();
        self.spawn(async move {
            let result = match query {
                ServerQuery::Recent { offset, limit } => {
                    client.list(limit, offset).await.map(|page| ServerPage {
                        orders: page.orders,
                        total: None,
                    })
                }
                ServerQuery::Range { from, to } => {
                    client.history(from, to).await.map(|h| ServerPage {
                        orders: h.orders,
                        total: h.total,
                    })
                }
            };
            Msg::ServerFetched { request, result }
        });
    }

    fn export(&self, view: &'static str, table: Table) {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        let path = self.export_dir.join(format!("luxpay-{view}-{stamp}.csv"));
        self.blocking(move || {
            let written = crate::export::write_file(&path, &table);
            Some(Msg::Exported(
                written.map(|()| path).map_err(|e| e.to_string()),
            ))
        });
    }

    fn copy_to_system(&self, text: String) {
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
    fn copy_by_osc52(&self, text: String, wrap: Osc52Wrap, terminal: &mut dyn Write) {
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

impl Runner for Effects {
    /// Runs one effect. Escape sequences for the terminal (OSC 52, the bell) are written
    /// to `terminal` right away, between frames, so they never split one.
    fn run(&self, effect: Effect, terminal: &mut dyn Write) -> Next {
        match effect {
            Effect::Quit => return Next::Quit,
            Effect::Suspend => {
                // The shell gets the terminal as it was, and the app takes it back on fg.
                crate::screen::restore();
                crate::signals::suspend();
                if let Err(e) = crate::screen::take_over() {
                    tracing::error!(error = %e, "cannot take the terminal back");
                    return Next::Quit;
                }
                return Next::Redraw;
            }
            Effect::Create { request, payment } => self.create(request, payment),
            Effect::CheckStatus { order_id } => self.check_status(order_id),
            Effect::RecordStatus {
                order_id,
                status,
                at,
            } => self.record_status(order_id, status, at),
            Effect::LoadLedger { request } => self.load_ledger(request),
            Effect::RecordPayment { record } => self.record_payment(record),
            Effect::FetchServer { request, query } => self.fetch_server(request, query),
            Effect::Export { view, table } => self.export(view, table),
            Effect::Bell => {
                let _ = terminal.write_all(b"\x07").and_then(|()| terminal.flush());
            }
            Effect::Copy {
                text,
                route: Route::System,
            } => self.copy_to_system(text),
            Effect::Copy {
                text,
                route: Route::Osc52(wrap),
            } => self.copy_by_osc52(text, wrap, terminal),
            Effect::Copy {
                route: Route::Off, ..
            } => {}
        }
        Next::Continue
    }
}
