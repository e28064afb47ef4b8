//! The one place side effects run. Each effect's outcome comes back as a `Msg`.

use std::future::Future;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;

use crate::api::{Client, OrderId, PaymentStatus};
use crate::clipboard::{Osc52Wrap, Route, SystemClipboard, osc52};
use crate::export::Table;
use crate::ledger::{Counter, Direction, Filter, Ledger, Record, Source, StatusRecord};
use crate::msg::{CopyFailure, Effect, Msg, Opened, PageQuery, RequestId, ServerPage, ServerQuery};
use crate::payment::NewPayment;
use crate::sale;

mod sharing;

use sharing::share_in_background;

/// The most recent payments read for the duplicate guard.
const RECENT_MAX: usize = 1000;

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
    /// The till and operator every payment records.
    counter: Counter,
    /// The time zone days are read in.
    tz: jiff::tz::TimeZone,
    /// The shop's shared ledger, if there is one.
    ledger_url: Option<secrecy::SecretString>,
    /// The receipt printer, if there is one.
    printer: Option<crate::printer::Printer>,
    /// Where the customer mirrors are told what to show, if they can be.
    mirror: Option<tokio::sync::watch::Sender<crate::mirror::MirrorState>>,
    /// The latest page read asked for: one superseded before it starts is skipped, so
    /// typing a filter never queues a read per key.
    latest_page: Arc<AtomicU64>,
    tx: UnboundedSender<Msg>,
    system_clipboard: Arc<Mutex<SystemClipboard>>,
}

/// Where an `Effects` works: the API, the ledger, and what it records with a sale.
pub struct Setup {
    /// The API.
    pub client: Client,
    /// The ledger.
    pub ledger: Ledger,
    /// Where `e` writes its CSV files.
    pub export_dir: PathBuf,
    /// Whether it is the demo API.
    pub demo: bool,
    /// The till and operator every payment records.
    pub counter: Counter,
    /// The time zone days are read in.
    pub tz: jiff::tz::TimeZone,
    /// The shop's shared ledger, if there is one: sent this till's records, and listened
    /// to for statuses.
    pub ledger_url: Option<secrecy::SecretString>,
    /// The receipt printer, if there is one.
    pub printer: Option<crate::printer::Printer>,
    /// Where the customer mirrors are told what to show, if they can be.
    pub mirror: Option<tokio::sync::watch::Sender<crate::mirror::MirrorState>>,
}

impl Effects {
    /// Effects against this API and ledger; outcomes are sent to `tx`.
    pub fn new(setup: Setup, tx: UnboundedSender<Msg>) -> Effects {
        if let Some(url) = &setup.ledger_url {
            share_in_background(url.clone(), setup.ledger.clone(), tx.clone());
        }
        let status_client = setup.client.with_read_retries(0);
        Effects {
            client: setup.client,
            status_client,
            ledger: setup.ledger,
            export_dir: setup.export_dir,
            demo: setup.demo,
            counter: setup.counter,
            tz: setup.tz,
            latest_page: Arc::default(),
            ledger_url: setup.ledger_url,
            printer: setup.printer,
            mirror: setup.mirror,
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
        let counter = self.counter.clone();
        self.spawn(async move {
            // Recorded before the app hears of it, so before anyone sees it.
            let result = sale::make(
                &client,
                &ledger,
                &payment,
                demo,
                &counter,
                jiff::Timestamp::now,
            )
            .await;
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
            source: Source::Poll,
        });
        self.blocking(move || {
            ledger
                .append(&record)
                .err()
                .map(|e| Msg::LedgerFailed(e.to_string()))
        });
    }

    /// Prints off the loop: a printer that takes its 3 s to be found unreachable never
    /// holds up the screen.
    fn print(&self, job: crate::printer::Print) {
        let (printer, tz) = (self.printer.clone(), self.tz.clone());
        self.blocking(move || {
            let result = match &printer {
                Some(printer) => crate::printer::print(printer, &job, &tz),
                None => Err("no printer is set".into()),
            };
            Some(Msg::Printed {
                order_id: job.order_id().clone(),
                word: job.word(),
                result,
            })
        });
    }

    /// Runs a hook without waiting for it: a drawer or a lamp never holds up the screen.
    fn run_hook(&self, call: crate::hooks::Call) {
        let tx = self.tx.clone();
        tokio::spawn(async move {
            let event = call.event;
            if let Err(reason) = crate::hooks::run(call, crate::hooks::HOOK_TIMEOUT).await {
                let _ = tx.send(Msg::HookFailed { event, reason });
            }
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

    /// Opens the ledger, reads the payments within the duplicate window, then asks the
    /// server about sales an earlier run left in flight.
    fn open_ledger(&self, since: jiff::Timestamp) {
        let (ledger, tz, host) = (self.ledger.clone(), self.tz.clone(), self.client.api_host());
        let (client, demo, tx) = (self.client.clone(), self.demo, self.tx.clone());
        tokio::spawn(async move {
            let read = ledger.clone();
            let opened = tokio::task::spawn_blocking(move || {
                let notes = read.open()?;
                // The newest within the window, a bounded number: a ledger with times
                // ahead of this clock must not fill memory.
                let window = Filter::default().on_host(&host).since(since);
                let mut recent = read.page(&window, &tz, Direction::Older, None, RECENT_MAX)?;
                recent.reverse();
                Ok::<_, std::io::Error>(Opened { notes, recent })
            })
            .await;
            let opened = match opened {
                Ok(result) => result.map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            let ok = opened.is_ok();
            let _ = tx.send(Msg::LedgerOpened(opened));
            if ok {
                let recovery = sale::recover(&client, &ledger, demo, jiff::Timestamp::now()).await;
                let _ = tx.send(Msg::Recovered(recovery));
            }
        });
    }

    fn load_page(&self, request: RequestId, query: PageQuery) {
        let (ledger, tz) = (self.ledger.clone(), self.tz.clone());
        let latest = Arc::clone(&self.latest_page);
        latest.fetch_max(request.0, Ordering::Relaxed);
        self.blocking(move || {
            if latest.load(Ordering::Relaxed) > request.0 {
                return None;
            }
            let result = ledger.read(&query, &tz);
            Some(Msg::PageLoaded {
                request,
                result: result.map_err(|e| e.to_string()),
            })
        });
    }

    fn load_day(&self, request: RequestId, date: jiff::civil::Date) {
        let (ledger, tz, host) = (self.ledger.clone(), self.tz.clone(), self.client.api_host());
        self.blocking(move || {
            let filter = Filter::dates(Some(date), Some(date)).on_host(&host);
            let result = ledger.all(&filter, &tz).map_err(|e| e.to_string());
            Some(Msg::DayLoaded { request, result })
        });
    }

    /// The ledger's payments that pass `filter`, streamed to a new CSV file.
    fn export_local(&self, filter: Filter) {
        let path = self.export_path("local");
        let (ledger, tz) = (self.ledger.clone(), self.tz.clone());
        self.blocking(move || {
            let written = (|| {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let mut file = std::fs::File::create(&path)?;
                let mut out = std::io::BufWriter::new(&mut file);
                let mut csv =
                    crate::export::CsvWriter::new(&mut out, &crate::export::LOCAL_HEADER)?;
                ledger.each(&filter, &tz, |e| {
                    csv.row(&crate::export::local_row(&e, &tz))
                })?;
                csv.finish()?;
                out.flush()?;
                drop(out);
                file.sync_all()
            })();
            Some(Msg::Exported(
                written.map(|()| path).map_err(|e| e.to_string()),
            ))
        });
    }

    /// A new file's name in the export folder, after the view and the time.
    fn export_path(&self, view: &str) -> PathBuf {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        self.export_dir.join(format!("luxpay-{view}-{stamp}.csv"))
    }

    fn fetch_server(&self, request: RequestId, query: ServerQuery) {
        let (client, ledger) = (self.client.clone(), self.ledger.clone());
        self.spawn(async move {
            let result = match query {
                ServerQuery::Recent { offset, limit } => client
                    .list(limit, offset)
                    .await
                    .map(|page| (page.orders, None)),
                ServerQuery::Range { from, to } => {
                    client.history(from, to).await.map(|h| (h.orders, h.total))
                }
            };
            let result = match result {
                Ok((orders, total)) => {
                    // The times come from the ledger, looked up by order id: a page's worth.
                    let host = client.api_host();
                    let looked_up = orders.clone();
                    let made_at = tokio::task::spawn_blocking(move || {
                        crate::ledger::made_at(&ledger, &host, &looked_up)
                    })
                    .await;
                    let made_at = match made_at {
                        Ok(Ok(made_at)) => made_at,
                        _ => vec![None; orders.len()],
                    };
                    Ok(ServerPage {
                        orders,
                        total,
                        made_at,
                    })
                }
                Err(e) => Err(e),
            };
            Msg::ServerFetched { request, result }
        });
    }

    fn export(&self, view: &'static str, table: Table) {
        let path = self.export_path(view);
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
            Effect::OpenLedger { since } => self.open_ledger(since),
            Effect::LoadPage { request, query } => self.load_page(request, query),
            Effect::LoadDay { request, date } => self.load_day(request, date),
            Effect::ExportLocal { filter } => self.export_local(filter),
            Effect::LoadShop { request, from, to } => self.load_shop(request, from, to),
            Effect::RecordPayment { record } => self.record_payment(record),
            Effect::FetchServer { request, query } => self.fetch_server(request, query),
            Effect::Export { view, table } => self.export(view, table),
            Effect::Bell(times) => {
                let bells = vec![b'\x07'; times as usize];
                let _ = terminal.write_all(&bells).and_then(|()| terminal.flush());
            }
            Effect::RunHook(call) => self.run_hook(call),
            Effect::Print(job) => self.print(job),
            Effect::Mirror(state) => {
                if let Some(mirror) = &self.mirror {
                    mirror.send_replace(state);
                }
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
