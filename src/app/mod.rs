//! The app's one state and its one pure `update`: messages in, effects out, no I/O.

mod books;
mod cart;
mod config;
mod create;
mod form;
mod guard;
mod history;
pub mod keymap;
mod keys;
mod layer;
pub mod lock;
mod mirror;
mod opening;
mod printing;
mod session;
mod staffing;
pub(crate) mod status;
#[cfg(test)]
mod tests;
mod tipping;
mod unrecorded;
mod words;

use std::time::{Duration, Instant};

use crossterm::event::KeyEventKind;

pub use crate::config::Selling;
pub use books::{Asking, BookAsk, Books, OFFLINE_PAUSE, Target};
pub use cart::Picker;
pub use config::AppConfig;
pub use form::Form;
pub use guard::{Confirm, Earlier};
pub use history::{
    Checks, DayReport, Fetch, HistoryView, Local, RangeForm, SERVER_PAGE, Server, Session, Shop,
    Summary,
};
pub use layer::Layer;
pub use session::{CheckError, SessionPayment};
pub use staffing::Approval;
pub use tipping::{TipAsk, TipChoice};
pub use unrecorded::Unrecorded;
pub use words::status_word;

use crate::api::OrderId;
use crate::clipboard::Route;
use crate::msg::{CopyFailure, Effect, Moment, Msg, RequestId};
use crate::payment::NewPayment;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The payment form.
    Form,
    /// The payment and its QR code.
    Payment,
    /// The history views.
    History,
}

/// The life of the form's create request.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateState {
    /// Nothing sent.
    Idle,
    /// Sent, waiting for the answer.
    Submitting {
        /// The request's id.
        request: RequestId,
        /// When it was sent.
        since: Instant,
        /// What was sent (boxed: a sale with its items is much larger than the other
        /// states).
        payment: Box<NewPayment>,
    },
    /// The API said no, or could not be reached.
    Failed {
        /// Why, as the person should read it.
        message: String,
    },
}

/// A one-line message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What to say.
    pub text: String,
    /// How to mark it.
    pub kind: NoticeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// How a notice is marked.
pub enum NoticeKind {
    /// Neutral news.
    Info,
    /// Something worked.
    Success,
    /// Something failed.
    Error,
}

/// Everything the app knows. Views read it; only `update` changes it.
#[derive(Debug, Clone)]
pub struct App {
    /// What the app was started with.
    pub config: AppConfig,
    /// The payment form.
    pub form: Form,
    /// The form's create request.
    pub create: CreateState,
    /// This session's payments, newest first.
    pub payments: Vec<SessionPayment>,
    /// The payment in the payment panel.
    pub shown: Option<OrderId>,
    /// The pane with the keyboard.
    pub focus: Pane,
    /// The pane to go back to when the history closes.
    back_to: Pane,
    /// Whether the code has the whole screen.
    pub present: bool,
    /// Whether the help overlay is open.
    pub help: bool,
    /// How many lines the help overlay is scrolled down, where it does not fit.
    pub help_scroll: u16,
    /// A guard's question, waiting for y or n.
    pub confirm: Option<Confirm>,
    /// The tip, being asked for before the sale is sent.
    pub tip: Option<TipAsk>,
    /// The catalogue picker (Ctrl+K), when open.
    pub picker: Option<Picker>,
    /// The till's books: a question open, the shift, a Z on screen, PAID AFTER VOID.
    pub books: Books,
    /// Who has the keys: with staff set up, the PIN screen until someone opens the till.
    pub lock: lock::Lock,
    /// A cashier's manager action, waiting for a manager's PIN.
    pub approval: Option<Approval>,
    /// Keys typed while the staff list was read: handled once it is known that nobody
    /// is asked for a PIN, dropped when someone is.
    early_keys: Vec<crossterm::event::KeyEvent>,
    /// Hooks that failed this session: each is shown once, then only logged.
    hooks_failed: Vec<crate::hooks::HookEvent>,
    /// What the customer mirror was last told.
    mirrored: Option<crate::mirror::MirrorState>,
    /// The status bar's message.
    pub notice: Option<Notice>,
    /// The latest time the app was told of (by ticks and `update_at`): timers use it.
    pub now: Instant,
    /// The wall-clock time that came with `now`: "today" and ages use it.
    pub wall: jiff::Timestamp,
    /// Which view the history pane shows.
    pub view: HistoryView,
    /// Each view's state: this session's list, the ledger (All local), the server's
    /// lists, and the day's summary.
    pub session: Session,
    /// The All local view.
    pub local: Local,
    /// The Server view.
    pub server: Server,
    /// The Summary view.
    pub summary: Summary,
    /// The Shop view.
    pub shop: Shop,
    next_request: RequestId,
    /// Requests the person stopped waiting for, kept so a late answer is still recorded.
    stopped: Vec<(RequestId, NewPayment)>,
    /// Ctrl+C was pressed once while a create was in flight, or links were unrecorded.
    quit_armed: bool,
    /// Links made but not yet in the ledger, written again until they are.
    pub unrecorded: Unrecorded,
    /// This API's ledger payments made within the duplicate window, read at start: a
    /// restart must not make a duplicate look new.
    pub recent: Vec<crate::ledger::LedgerEntry>,
    /// When to ask the server again about sales an earlier run left in flight, while
    /// some are still open.
    pub recover_at: Option<Instant>,
    /// Rounds of recovery answered so far: after the first, only news is said.
    recover_rounds: u32,
    /// The terminal's size in cells (columns, rows), as the loop last said: below
    /// `MIN_SIZE` nothing is drawn that a key could act on, so keys wait.
    pub window: (u16, u16),
    /// How far the help and the Summary view scroll in `window`, as the views lay them
    /// out: handed in (`ui::measure`), as `app` cannot name the views.
    pub measure: Measure,
}

/// What scrolls by lines rather than by a selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scrolling {
    /// The help overlay.
    Help,
    /// The Summary view's figures.
    Summary,
}

/// How many lines `Scrolling` can scroll down in the app's window; `None` where not
/// known (no views handed in, or no window size yet): the views then stop it.
pub type Measure = fn(&App, Scrolling) -> Option<u16>;

/// The smallest window the app draws its panes in; below it, it says so, and only the
/// keys that need no screen act (quit, help).
pub const MIN_SIZE: (u16, u16) = (40, 12);

/// How often the spinner turns while a request is in flight.
pub const SPINNER_TICK: Duration = Duration::from_millis(100);

impl App {
    /// A new app, started at `at` (the loop reads the clocks; tests pass a fixed moment).
    pub fn new(config: AppConfig, form: Form, at: Moment) -> App {
        App {
            form,
            create: CreateState::Idle,
            payments: Vec::new(),
            shown: None,
            focus: Pane::Form,
            back_to: Pane::Form,
            present: false,
            help: false,
            help_scroll: 0,
            confirm: None,
            tip: None,
            picker: None,
            books: Books::default(),
            // Until the staff list is read, nobody knows whether to ask for a PIN.
            lock: if config.staff {
                lock::Lock::loading(config.lock_after_secs, at.now)
            } else {
                lock::Lock::new(Vec::new(), config.lock_after_secs, at.now)
            },
            approval: None,
            early_keys: Vec::new(),
            hooks_failed: Vec::new(),
            mirrored: None,
            notice: None,
            now: at.now,
            wall: at.wall,
            view: HistoryView::Session,
            session: Session::default(),
            local: Local::default(),
            server: Server::default(),
            summary: Summary::default(),
            shop: Shop::default(),
            next_request: RequestId(1),
            stopped: Vec::new(),
            quit_armed: false,
            unrecorded: Unrecorded::default(),
            recent: Vec::new(),
            recover_at: None,
            recover_rounds: 0,
            // Until the loop says otherwise (tests of `update` have no terminal).
            window: (u16::MAX, u16::MAX),
            measure: |_, _| None,
            config,
        }
    }

    /// Whether the window is too small to show what a key would do.
    pub fn too_small(&self) -> bool {
        self.window.0 < MIN_SIZE.0 || self.window.1 < MIN_SIZE.1
    }

    /// What the app asks for as it starts: the ledger, and its payments within the
    /// duplicate window.
    pub fn init(&mut self) -> Vec<Effect> {
        let window = jiff::SignedDuration::try_from(self.config.duplicate_window)
            .unwrap_or(jiff::SignedDuration::ZERO);
        let mut effects = vec![Effect::OpenLedger {
            since: self.wall - window,
        }];
        if self.config.staff {
            effects.push(Effect::LoadStaff);
        }
        effects
    }

    /// A fresh id for a request, so its answer can be matched to it.
    fn next_request_id(&mut self) -> RequestId {
        let id = self.next_request;
        self.next_request = RequestId(id.0 + 1);
        id
    }

    /// The moment the app was last told of.
    pub fn moment(&self) -> Moment {
        Moment {
            now: self.now,
            wall: self.wall,
        }
    }

    /// The payment in the payment panel.
    pub fn shown_payment(&self) -> Option<&SessionPayment> {
        let id = self.shown.as_ref()?;
        self.payments.iter().find(|p| &p.record.order_id == id)
    }

    /// Whether a create is in flight.
    pub fn is_submitting(&self) -> bool {
        matches!(self.create, CreateState::Submitting { .. })
    }

    /// `update` for a message that arrived at `at`: how the event loop hands time in, so
    /// nothing here reads a clock.
    pub fn update_at(&mut self, at: Moment, msg: Msg) -> Vec<Effect> {
        self.set_time(at);
        self.update(msg)
    }

    /// Time only moves forward, whatever order messages arrive in.
    fn set_time(&mut self, at: Moment) {
        self.now = self.now.max(at.now);
        self.wall = self.wall.max(at.wall);
    }

    /// The one place state changes.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = self.apply(msg);
        // Any message may find the idle lock due, the keys having stopped long enough.
        self.lock_if_idle();
        // Any message may find a status check or a ledger write due: `now` moved on.
        if !effects.contains(&Effect::Quit) {
            effects.extend(self.due_checks());
            effects.extend(self.due_writes());
            effects.extend(self.due_recovery());
            effects.extend(self.mirror_changed());
        }
        effects
    }

    fn apply(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Key(key) if key.kind == KeyEventKind::Release => vec![],
            Msg::Key(key) => self.on_key(key),
            Msg::Paste(text) => {
                if self.focus == Pane::Form
                    && !self.lock.is_locked()
                    && self.approval.is_none()
                    && !self.help
                    && !self.present
                    && !self.is_submitting()
                    && !self.too_small()
                {
                    self.form.paste(&text);
                }
                vec![]
            }
            Msg::Resize { width, height } => {
                self.window = (width, height);
                vec![]
            }
            Msg::Tick(at) => {
                self.set_time(at);
                vec![]
            }
            Msg::Created { request, result } => self.on_created(request, result),
            Msg::StatusChecked {
                order_id,
                check,
                result,
                at,
            } => self.on_status(order_id, check, result, at),
            Msg::FinalActionsClaimed(actions) => actions,
            Msg::CashRecorded(result) => self.on_cash_recorded(result),
            Msg::Booked { event, result } => self.on_booked(&event, result),
            Msg::ShiftLoaded(result) => {
                match *result {
                    Ok(period) => self.on_shift_loaded(period),
                    Err(e) => tracing::warn!(error = %e, "the shift could not be read"),
                }
                vec![]
            }
            Msg::ShiftClosed(result) => self.on_shift_closed(*result),
            Msg::ReportPrinted(Ok(())) => {
                let said = t!(self.config.tr, "app-printed-report");
                self.notify(NoticeKind::Success, said);
                vec![]
            }
            Msg::ReportPrinted(Err(reason)) => {
                let said = t!(self.config.tr, "app-not-printed", reason = reason);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            msg @ (Msg::Copied(_)
            | Msg::Exported(_)
            | Msg::LedgerFailed(_)
            | Msg::Warning(_)
            | Msg::Printed { .. }
            | Msg::HookFailed { .. }) => self.on_outcome(msg),
            Msg::LedgerOpened(result) => {
                self.on_ledger_opened(result);
                vec![]
            }
            Msg::Recovered(result) => self.on_recovered(result),
            Msg::PageLoaded { request, result } => {
                self.on_page_loaded(request, result);
                vec![]
            }
            Msg::DayLoaded { request, result } => self.on_day_loaded(request, result),
            Msg::ServerFetched { request, result } => {
                self.on_server_fetched(request, result);
                vec![]
            }
            Msg::Recorded { order_id, result } => {
                self.on_recorded(order_id, result);
                vec![]
            }
            Msg::Announced(announced) => {
                let mut effects = self.on_announced(announced);
                effects.extend(self.on_shop_changed());
                effects
            }
            Msg::SoldInShop(api_host) if api_host == self.config.api_host => self.on_shop_changed(),
            Msg::SoldInShop(_) => vec![],
            Msg::BellDue(times) => vec![Effect::Bell(times)],
            Msg::ShopLoaded { request, result } => self.on_shop_loaded(request, result),
            Msg::ShopConflicts(n) => {
                self.shop.conflicts = n;
                vec![]
            }
            Msg::StaffLoaded(result) => self.on_staff_loaded(result),
            Msg::PinChecked { approval, result } => self.on_pin_checked(approval, result),
            Msg::Quit => vec![Effect::Quit],
        }
    }

    /// What an effect came to that the person hears of: a copy, an export, a print, a
    /// hook, a ledger write, a warning from outside.
    fn on_outcome(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Copied(Ok(route)) => {
                let said = keys::copied_text(route, &self.config.tr);
                self.notify(NoticeKind::Success, said);
                vec![]
            }
            Msg::Copied(Err(CopyFailure {
                route: Route::System,
                text,
                reason,
            })) => {
                // The system clipboard is not there after all: the terminal's may be.
                tracing::info!(%reason, "system clipboard failed; falling back to OSC 52");
                vec![Effect::Copy {
                    text,
                    route: Route::Osc52(self.config.osc52_wrap),
                }]
            }
            Msg::Copied(Err(failure)) => {
                let said = t!(self.config.tr, "app-copy-failed", reason = failure.reason);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            Msg::LedgerFailed(e) => {
                let said = t!(self.config.tr, "app-ledger-not-written", error = e);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            Msg::Exported(Ok(path)) => {
                let shown = crate::text::home_relative(&path, self.config.home.as_deref());
                let said = t!(self.config.tr, "app-exported", path = shown);
                self.notify(NoticeKind::Success, said);
                vec![]
            }
            Msg::Exported(Err(e)) => {
                let said = t!(self.config.tr, "app-export-failed", error = e);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            Msg::Warning(text) => {
                let said = t!(self.config.tr, "app-warning", text = text);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            Msg::Printed {
                order_id,
                word,
                result,
            } => {
                self.on_printed(order_id, word, result);
                vec![]
            }
            Msg::HookFailed { event, reason } => {
                if !self.hooks_failed.contains(&event) {
                    self.hooks_failed.push(event);
                    let said = t!(
                        self.config.tr,
                        "app-hook-failed",
                        reason = reason,
                        event = event.key()
                    );
                    self.notify(NoticeKind::Error, said);
                }
                vec![]
            }
            _ => vec![],
        }
    }

    pub(super) fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            kind,
        });
    }
}
