//! The app's one state and its one pure `update`: messages in, effects out, no I/O.

mod create;
mod form;
mod guard;
mod history;
mod keys;
mod server;
mod session;
mod status;
#[cfg(test)]
mod tests;

use std::time::{Duration, Instant};

use crossterm::event::KeyEventKind;

pub use form::Form;
pub use guard::{Confirm, ConfirmKind};
pub use history::{Fetch, HistoryView, Local};
pub use server::{SERVER_PAGE, Server, Summary};
pub use session::{SessionPayment, clock};

use crate::api::OrderId;
use crate::clipboard::{Osc52Wrap, Route};
use crate::config::Settings;
use crate::msg::{CopyFailure, Effect, Msg, RequestId};
use crate::payment::{Limits, NewPayment};

/// What the app was started with and never changes.
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub limits: Limits,
    pub demo: bool,
    /// The API's host (and port, if any): shown in the title bar, and what ledger
    /// records of this API carry.
    pub api_host: String,
    pub copy_route: Route,
    /// How OSC 52 is wrapped, also when it stands in for a failed system clipboard.
    pub osc52_wrap: Osc52Wrap,
    /// Honour NO_COLOR (the QR code keeps its black on white regardless).
    pub no_color: bool,
    /// The time zone for showing times.
    pub tz: jiff::tz::TimeZone,
    /// How often the payment on screen is checked, and the session's other open ones.
    pub poll_interval: Duration,
    pub history_poll: Duration,
    /// Ring the terminal bell when a payment is paid.
    pub bell: bool,
    /// Amounts above this ask for confirmation first.
    pub confirm_above: rust_decimal::Decimal,
    /// How recent a payment for the same sale must be to ask "create another?".
    pub duplicate_window: Duration,
}

/// The documented defaults, for an API on this machine: what tests and benchmarks start
/// from (the app itself builds its config from the settings).
impl Default for AppConfig {
    fn default() -> AppConfig {
        AppConfig {
            limits: Limits::default(),
            demo: false,
            api_host: "127.0.0.1".into(),
            copy_route: Route::Osc52(Osc52Wrap::None),
            osc52_wrap: Osc52Wrap::None,
            no_color: false,
            tz: jiff::tz::TimeZone::UTC,
            poll_interval: Duration::from_secs(3),
            history_poll: Duration::from_secs(15),
            bell: true,
            confirm_above: crate::config::DEFAULT_CONFIRM_ABOVE,
            duplicate_window: Duration::from_secs(600),
        }
    }
}

impl AppConfig {
    pub fn from_settings(
        settings: &Settings,
        env: &crate::termenv::TermEnv,
        demo: bool,
    ) -> AppConfig {
        AppConfig {
            limits: settings.limits,
            demo,
            api_host: crate::api::host_and_port(&settings.base_url),
            copy_route: Route::choose(settings.clipboard, settings.osc52_wrap, env),
            osc52_wrap: settings.osc52_wrap,
            no_color: env.no_color,
            tz: jiff::tz::TimeZone::system(),
            poll_interval: settings.poll_interval,
            history_poll: settings.history_poll,
            bell: settings.bell,
            confirm_above: settings.confirm_above,
            duplicate_window: settings.duplicate_window,
        }
    }
}

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Form,
    Payment,
    History,
}

/// The life of the form's create request.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateState {
    Idle,
    Submitting {
        request: RequestId,
        since: Instant,
        payment: NewPayment,
    },
    Failed {
        message: String,
    },
}

/// A one-line message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub kind: NoticeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Success,
    Error,
}

/// Everything the app knows. Views read it; only `update` changes it.
#[derive(Debug, Clone)]
pub struct App {
    pub config: AppConfig,
    pub form: Form,
    pub create: CreateState,
    /// This session's payments, newest first.
    pub payments: Vec<SessionPayment>,
    /// The payment in the payment panel.
    pub shown: Option<OrderId>,
    /// The highlighted row of the history pane.
    pub selected: usize,
    pub focus: Pane,
    /// The pane to go back to when the history closes.
    back_to: Pane,
    pub present: bool,
    pub help: bool,
    /// A guard's question, waiting for y or n.
    pub confirm: Option<Confirm>,
    pub notice: Option<Notice>,
    /// The latest time the app was told of (by ticks and messages).
    pub now: Instant,
    /// The wall-clock time, for "today"; stamped with `now`.
    pub wall: jiff::Timestamp,
    /// Which view the history pane shows.
    pub view: HistoryView,
    /// The ledger (All local), the server's lists, and the day's summary.
    pub local: Local,
    pub server: Server,
    pub summary: Summary,
    next_request: RequestId,
    /// Requests the person stopped waiting for, kept so a late answer is still recorded.
    stopped: Vec<(RequestId, NewPayment)>,
    /// Ctrl+C was pressed once while a create was in flight.
    quit_armed: bool,
}

/// How often the spinner turns while a request is in flight.
pub const SPINNER_TICK: Duration = Duration::from_millis(100);

impl App {
    pub fn new(config: AppConfig, form: Form, now: Instant) -> App {
        App {
            config,
            form,
            create: CreateState::Idle,
            payments: Vec::new(),
            shown: None,
            selected: 0,
            focus: Pane::Form,
            back_to: Pane::Form,
            present: false,
            help: false,
            confirm: None,
            notice: None,
            now,
            wall: jiff::Timestamp::now(),
            view: HistoryView::Session,
            local: Local::default(),
            server: Server::default(),
            summary: Summary::default(),
            next_request: 1,
            stopped: Vec::new(),
            quit_armed: false,
        }
    }

    /// What the app asks for as it starts: the ledger.
    pub fn init(&mut self) -> Vec<Effect> {
        self.local.loaded = Fetch::Loading(0);
        vec![Effect::LoadLedger]
    }

    /// The payment in the payment panel.
    pub fn shown_payment(&self) -> Option<&SessionPayment> {
        let id = self.shown.as_ref()?;
        self.payments.iter().find(|p| &p.order_id == id)
    }

    pub fn is_submitting(&self) -> bool {
        matches!(self.create, CreateState::Submitting { .. })
    }

    /// The one place state changes.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = self.apply(msg);
        // Any message may find a status check due: `now` moved on.
        if !effects.contains(&Effect::Quit) {
            effects.extend(self.due_checks());
        }
        effects
    }

    fn apply(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Key(key) if key.kind == KeyEventKind::Release => vec![],
            Msg::Key(key) => self.on_key(key),
            Msg::Paste(text) => {
                if self.focus == Pane::Form && !self.help && !self.present && !self.is_submitting()
                {
                    self.form.paste(&text);
                }
                vec![]
            }
            Msg::Resize => vec![],
            Msg::Tick(now) => {
                self.now = now;
                vec![]
            }
            Msg::Created { request, result } => self.on_created(request, result),
            Msg::StatusChecked {
                order_id,
                result,
                at,
            } => self.on_status(order_id, result, at),
            Msg::Copied(Ok(route)) => {
                self.notify(NoticeKind::Success, keys::copied_text(route));
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
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "Copy failed: {}. The link is on screen to type.",
                        failure.reason
                    ),
                );
                vec![]
            }
            Msg::LedgerLoaded(loaded) => {
                self.on_ledger_loaded(loaded);
                vec![]
            }
            Msg::LedgerFailed(e) => {
                self.notify(
                    NoticeKind::Error,
                    format!("The ledger could not be written: {e}"),
                );
                vec![]
            }
            Msg::ServerFetched { request, result } => {
                self.on_server_fetched(request, result);
                vec![]
            }
            Msg::Exported(Ok(path)) => {
                self.notify(
                    NoticeKind::Success,
                    format!("Exported to {}", path.display()),
                );
                vec![]
            }
            Msg::Exported(Err(e)) => {
                self.notify(NoticeKind::Error, format!("Export failed: {e}"));
                vec![]
            }
            Msg::Quit => vec![Effect::Quit],
        }
    }

    pub(super) fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            kind,
        });
    }
}
