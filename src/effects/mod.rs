//! The one place side effects run. Each effect's outcome comes back as a `Msg`.

use std::future::Future;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;

use crate::api::{Client, OrderId};
use crate::clipboard::{Route, SystemClipboard};
use crate::ledger::{Ledger, Seller};
use crate::msg::{Effect, Msg, RequestId, ServerPage, ServerQuery};
use crate::payment::NewPayment;
use crate::sale;

mod books;
mod copying;
mod ledger;
mod sharing;
mod staff;

use sharing::share_in_background;

/// Between two bells of one ring: written together, many terminals sound them as one.
const BELL_GAP: std::time::Duration = std::time::Duration::from_millis(300);

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
    seller: Seller,
    /// The time zone days are read in.
    tz: jiff::tz::TimeZone,
    /// The shop's shared ledger, if there is one.
    ledger_url: Option<secrecy::SecretString>,
    /// The one connection to it, kept by its sender and shared with the Shop view.
    shared: sharing::Connection,
    /// Wakes the sender when something is recorded: a sale reaches the shop at once.
    share_wake: Arc<tokio::sync::Notify>,
    /// The receipt printer, if there is one.
    printer: Option<crate::printer::Printer>,
    /// The till's language, which slips, receipts and reports print in.
    tr: crate::i18n::Tr,
    /// Where the customer mirrors are told what to show, if they can be.
    mirror: Option<tokio::sync::watch::Sender<crate::mirror::MirrorState>>,
    /// The latest page read asked for: one superseded before it starts is skipped, so
    /// typing a filter never queues a read per key.
    latest_page: Arc<AtomicU64>,
    /// Where the staff list is: the shop's with a shared ledger, else the till's.
    staff: crate::shared::StaffStore,
    tx: UnboundedSender<Msg>,
    system_clipboard: Arc<Mutex<SystemClipboard>>,
}

/// Where an `Effects` works: the API, the ledger, and what it records with a sale.
pub struct EffectsSetup {
    /// The API.
    pub client: Client,
    /// The ledger.
    pub ledger: Ledger,
    /// Where `e` writes its CSV files.
    pub export_dir: PathBuf,
    /// Whether it is the demo API.
    pub demo: bool,
    /// The till and operator every payment records.
    pub seller: Seller,
    /// The time zone days are read in.
    pub tz: jiff::tz::TimeZone,
    /// The shop's shared ledger, if there is one: sent this till's records, and listened
    /// to for statuses.
    pub ledger_url: Option<secrecy::SecretString>,
    /// The receipt printer, if there is one.
    pub printer: Option<crate::printer::Printer>,
    /// The till's language, which slips, receipts and reports print in.
    pub tr: crate::i18n::Tr,
    /// Where the customer mirrors are told what to show, if they can be.
    pub mirror: Option<tokio::sync::watch::Sender<crate::mirror::MirrorState>>,
    /// How long to wait for the shared ledger when reading the staff list.
    pub timeout: std::time::Duration,
}

impl Effects {
    /// Effects against this API and ledger; outcomes are sent to `tx`.
    pub fn new(setup: EffectsSetup, tx: UnboundedSender<Msg>) -> Effects {
        let shared = sharing::Connection::default();
        let share_wake = Arc::new(tokio::sync::Notify::new());
        if let Some(url) = &setup.ledger_url {
            share_in_background(
                url.clone(),
                setup.ledger.clone(),
                shared.clone(),
                share_wake.clone(),
                tx.clone(),
            );
        }
        let status_client = setup.client.with_read_retries(0);
        let staff =
            crate::shared::StaffStore::of(setup.ledger_url.as_ref(), setup.timeout, &setup.ledger);
        Effects {
            staff,
            client: setup.client,
            status_client,
            ledger: setup.ledger,
            export_dir: setup.export_dir,
            demo: setup.demo,
            seller: setup.seller,
            tz: setup.tz,
            latest_page: Arc::default(),
            ledger_url: setup.ledger_url,
            shared,
            share_wake,
            printer: setup.printer,
            tr: setup.tr,
            mirror: setup.mirror,
            tx,
            system_clipboard: Arc::new(Mutex::new(SystemClipboard::new())),
        }
    }

    /// Who a sale is recorded for: the person who opened the till with their PIN (the
    /// app names them on the effect, so a sale in flight keeps its seller whoever
    /// opens the till next), else `--operator` or the login, as without staff.
    fn seller_for(&self, operator: Option<String>) -> Seller {
        let mut seller = self.seller.clone();
        if let Some(operator) = operator {
            seller.operator = operator;
        }
        seller
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

    fn create(&self, request: RequestId, payment: NewPayment, operator: Option<String>) {
        let (client, ledger, demo) = (self.client.clone(), self.ledger.clone(), self.demo);
        let seller = self.seller_for(operator);
        let wake = self.share_wake.clone();
        self.spawn(async move {
            // Recorded before the app hears of it, so before anyone sees it.
            let result = sale::make(
                &client,
                &ledger,
                &payment,
                demo,
                &seller,
                jiff::Timestamp::now,
            )
            .await;
            if let Err(e) = &result {
                tracing::warn!(%request, error = %e, "create failed");
            }
            // Recorded (or at least its intent): the shop hears of it now.
            wake.notify_one();
            Msg::Created { request, result }
        });
    }

    fn check_status(&self, order_id: OrderId, check: u64) {
        let client = self.status_client.clone();
        self.spawn(async move {
            let result = client.status(&order_id).await;
            if let Err(e) = &result {
                tracing::debug!(%order_id, error = %e, "status check failed");
            }
            let at = jiff::Timestamp::now();
            Msg::StatusChecked {
                order_id,
                check,
                result,
                at,
            }
        });
    }

    /// Prints off the loop: a printer that takes its 3 s to be found unreachable never
    /// holds up the screen.
    fn print(&self, job: crate::printer::Print) {
        let (printer, tz, tr) = (self.printer.clone(), self.tz.clone(), self.tr.clone());
        self.blocking(move || {
            let result = match &printer {
                Some(printer) => crate::printer::print(printer, &job, &tz, &tr),
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
            Effect::Create {
                request,
                payment,
                operator,
            } => self.create(request, payment, operator),
            Effect::CheckStatus { order_id, check } => self.check_status(order_id, check),
            Effect::RecordStatus {
                order_id,
                status,
                at,
                source,
            } => self.record_status(order_id, status, at, source),
            Effect::FinalActions {
                order_id,
                status,
                actions,
            } => self.final_actions(order_id, status, actions),
            Effect::OpenLedger { since } => self.open_ledger(since),
            Effect::Recover { sent_before } => self.recover(sent_before),
            Effect::LoadPage { request, query } => self.load_page(request, query),
            Effect::LoadDay { request, date } => self.load_day(request, date),
            Effect::ExportLocal { filter } => self.export_local(filter),
            Effect::LoadShop {
                request,
                from,
                to,
                page,
            } => self.load_shop(request, (from, to), page),
            Effect::RecordPayment { record } => self.record_payment(record),
            Effect::FetchServer { request, query } => self.fetch_server(request, query),
            Effect::Export { view, table } => self.export(view, table),
            Effect::Bell(times) => {
                let _ = terminal.write_all(b"\x07").and_then(|()| terminal.flush());
                if times > 1 {
                    let tx = self.tx.clone();
                    tokio::spawn(async move {
                        tokio::time::sleep(BELL_GAP).await;
                        let _ = tx.send(Msg::BellDue(times - 1));
                    });
                }
            }
            Effect::RunHook(call) => self.run_hook(call),
            Effect::RecordCash { payment, operator } => self.record_cash(payment, operator),
            Effect::LoadStaff => self.load_staff(),
            Effect::CheckPin {
                name,
                pin,
                need,
                approval,
            } => self.check_pin(name, pin, need, approval),
            Effect::Book { event, check } => self.book(event, check),
            Effect::LoadShift => self.load_shift(),
            Effect::PrintReport(report) => self.print_report(*report),
            Effect::CloseShift { counted, operator } => self.close_shift(counted, operator),
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
