//! The app's one state and its one pure `update`: messages in, effects out, no I/O.

mod form;
mod session;
#[cfg(test)]
mod tests;

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use form::{Form, is_typing};
pub use session::SessionPayment;

use crate::api::{ApiError, OrderId};
use crate::clipboard::{Osc52Wrap, Route};
use crate::config::Settings;
use crate::msg::{CopyFailure, Created, Effect, Msg, RequestId};
use crate::payment::{Field, Limits, NewPayment};

/// What the app was started with and never changes.
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub limits: Limits,
    pub demo: bool,
    /// The API host, shown in the title bar.
    pub api_host: String,
    pub copy_route: Route,
    /// How OSC 52 is wrapped, also when it stands in for a failed system clipboard.
    pub osc52_wrap: Osc52Wrap,
    /// Honour NO_COLOR (the QR code keeps its black on white regardless).
    pub no_color: bool,
    /// The time zone for showing times.
    pub tz: jiff::tz::TimeZone,
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
            api_host: settings.base_url.host_str().unwrap_or("?").to_string(),
            copy_route: Route::choose(settings.clipboard, settings.osc52_wrap, env),
            osc52_wrap: settings.osc52_wrap,
            no_color: env.no_color,
            tz: jiff::tz::TimeZone::system(),
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
    pub notice: Option<Notice>,
    /// The latest time the app was told of (by ticks and messages).
    pub now: Instant,
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
            notice: None,
            now,
            next_request: 1,
            stopped: Vec::new(),
            quit_armed: false,
        }
    }

    /// The payment in the payment panel.
    pub fn shown_payment(&self) -> Option<&SessionPayment> {
        let id = self.shown.as_ref()?;
        self.payments.iter().find(|p| &p.order_id == id)
    }

    /// How often to tick, while something on screen moves; `None` when idle.
    pub fn tick_rate(&self) -> Option<Duration> {
        matches!(self.create, CreateState::Submitting { .. }).then_some(SPINNER_TICK)
    }

    pub fn is_submitting(&self) -> bool {
        matches!(self.create, CreateState::Submitting { .. })
    }

    /// The one place state changes.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
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
            Msg::Copied(Ok(route)) => {
                self.notify(NoticeKind::Success, copied_text(route));
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
            Msg::Quit => vec![Effect::Quit],
        }
    }

    fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            kind,
        });
    }

    fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            return self.quit();
        }
        self.quit_armed = false;
        if self.help {
            if matches!(
                key.code,
                KeyCode::Esc | KeyCode::F(1) | KeyCode::Char('?') | KeyCode::Char('q')
            ) {
                self.help = false;
            }
            return vec![];
        }
        if key.code == KeyCode::F(1) || (key.code == KeyCode::Char('?') && !self.typing_in_form()) {
            self.help = true;
            return vec![];
        }
        if (ctrl && key.code == KeyCode::Char('p')) || key.code == KeyCode::F(2) {
            self.toggle_history();
            return vec![];
        }
        if self.present {
            return self.on_present_key(key);
        }
        match self.focus {
            Pane::Form => self.on_form_key(key),
            Pane::Payment => self.on_payment_key(key),
            Pane::History => self.on_history_key(key),
        }
    }

    /// Whether printable keys are going into a text field right now.
    fn typing_in_form(&self) -> bool {
        self.focus == Pane::Form && !self.present && self.form.input(self.form.focus).is_some()
    }

    fn quit(&mut self) -> Vec<Effect> {
        if self.is_submitting() && !self.quit_armed {
            self.quit_armed = true;
            self.notify(
                NoticeKind::Error,
                "A payment link is being created: press Ctrl+C again to quit anyway",
            );
            return vec![];
        }
        vec![Effect::Quit]
    }

    fn toggle_history(&mut self) {
        self.present = false;
        if self.focus == Pane::History {
            self.focus = self.back_to;
        } else {
            self.back_to = self.focus;
            self.focus = Pane::History;
        }
    }

    fn on_form_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if self.is_submitting() {
            // The submitted values are on their way: editing now would only mislead.
            if key.code == KeyCode::Esc {
                self.cancel_create();
            }
            return vec![];
        }
        let limits = self.config.limits;
        match key.code {
            KeyCode::Enter => return self.submit(),
            KeyCode::Tab | KeyCode::Down => self.form.move_focus(1, &limits),
            KeyCode::BackTab | KeyCode::Up => self.form.move_focus(-1, &limits),
            KeyCode::Esc if self.shown.is_some() => self.focus = Pane::Payment,
            KeyCode::Esc => self.notice = None,
            _ => {
                self.form.edit(key);
            }
        }
        vec![]
    }

    fn submit(&mut self) -> Vec<Effect> {
        match self.form.draft().validate(&self.config.limits) {
            Err(errors) => {
                self.form.focus = errors[0].field;
                let count = errors.len();
                self.form.set_errors(errors);
                let plural = if count == 1 {
                    "field needs"
                } else {
                    "fields need"
                };
                self.notify(
                    NoticeKind::Error,
                    format!("{count} {plural} fixing: nothing was sent"),
                );
                vec![]
            }
            Ok(payment) => {
                self.form.set_errors(vec![]);
                let request = self.next_request;
                self.next_request += 1;
                self.create = CreateState::Submitting {
                    request,
                    since: self.now,
                    payment: payment.clone(),
                };
                self.notice = None;
                vec![Effect::Create { request, payment }]
            }
        }
    }

    fn cancel_create(&mut self) {
        if let CreateState::Submitting {
            request, payment, ..
        } = std::mem::replace(&mut self.create, CreateState::Idle)
        {
            self.stopped.push((request, payment));
        }
        self.notify(
            NoticeKind::Info,
            "Stopped waiting. If Luxfin makes the link anyway, it will appear in the history (Ctrl+P).",
        );
    }

    fn on_created(&mut self, request: RequestId, result: Result<Created, ApiError>) -> Vec<Effect> {
        let current = match &self.create {
            CreateState::Submitting {
                request: r,
                payment,
                ..
            } if *r == request => Some(payment.clone()),
            _ => None,
        };
        match (current, result) {
            (Some(asked), Ok(created)) => {
                let payment = SessionPayment::new(created, asked, self.now);
                self.notify(
                    NoticeKind::Success,
                    format!("Payment link created: order {}", payment.order_id),
                );
                self.shown = Some(payment.order_id.clone());
                self.payments.insert(0, payment);
                self.selected = 0;
                self.create = CreateState::Idle;
                self.focus = Pane::Payment;
            }
            (Some(_), Err(error)) => {
                let mut message = error.to_string();
                if error.create_may_have_happened() {
                    message.push_str(". The payment may exist even so: check before trying again.");
                }
                if let Some(field) = field_named_in(&error) {
                    let visible = self.form.fields().contains(&field);
                    self.form.focus = if visible { field } else { Field::Method };
                }
                self.focus = Pane::Form;
                self.notify(NoticeKind::Error, "The payment link was not created");
                self.create = CreateState::Failed { message };
            }
            // A request the person stopped waiting for still made a payment: keep it,
            // never lose a link that may be paid.
            (None, Ok(created)) => {
                if let Some(asked) = self.take_stopped(request) {
                    let payment = SessionPayment::new(created, asked, self.now);
                    self.notify(
                        NoticeKind::Info,
                        format!(
                            "The stopped request did create order {}: it is in the history",
                            payment.order_id
                        ),
                    );
                    self.payments.insert(0, payment);
                    self.selected = 0;
                }
            }
            (None, Err(error)) => {
                self.take_stopped(request);
                tracing::info!(request, %error, "a stopped create failed");
            }
        }
        vec![]
    }

    fn take_stopped(&mut self, request: RequestId) -> Option<NewPayment> {
        let at = self.stopped.iter().position(|(r, _)| *r == request)?;
        Some(self.stopped.remove(at).1)
    }

    fn on_payment_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Char('c') => return self.copy_shown(),
            KeyCode::Char('f') if self.shown.is_some() => self.present = true,
            KeyCode::Char('n') => self.new_payment(),
            KeyCode::Char('e') | KeyCode::Tab | KeyCode::Esc => self.focus = Pane::Form,
            KeyCode::Char('q') => return self.quit(),
            _ => {}
        }
        vec![]
    }

    fn on_present_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Esc | KeyCode::Char('f') => self.present = false,
            KeyCode::Char('c') => return self.copy_shown(),
            KeyCode::Char('n') => {
                self.present = false;
                self.new_payment();
            }
            KeyCode::Char('q') => return self.quit(),
            _ => {}
        }
        vec![]
    }

    fn on_history_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let last = self.payments.len().saturating_sub(1);
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = last,
            KeyCode::Enter => {
                if let Some(p) = self.payments.get(self.selected) {
                    self.shown = Some(p.order_id.clone());
                    self.focus = Pane::Payment;
                }
            }
            KeyCode::Char('c') => {
                if let Some(p) = self.payments.get(self.selected) {
                    let text = p.order_url.clone();
                    return self.copy(text);
                }
            }
            KeyCode::Esc => self.focus = self.back_to,
            KeyCode::Char('q') => return self.quit(),
            _ => {}
        }
        vec![]
    }

    fn copy_shown(&mut self) -> Vec<Effect> {
        match self.shown_payment() {
            Some(p) => {
                let text = p.order_url.clone();
                self.copy(text)
            }
            None => vec![],
        }
    }

    fn copy(&mut self, text: String) -> Vec<Effect> {
        if self.config.copy_route == Route::Off {
            self.notify(
                NoticeKind::Error,
                "Copying is off (clipboard = \"off\" in config.toml)",
            );
            return vec![];
        }
        vec![Effect::Copy {
            text,
            route: self.config.copy_route,
        }]
    }

    fn new_payment(&mut self) {
        self.form.clear_for_next();
        self.create = CreateState::Idle;
        self.focus = Pane::Form;
        self.notice = None;
    }
}

/// What the status bar says after a copy.
fn copied_text(route: Route) -> &'static str {
    match route {
        Route::System => "Copied the link to the system clipboard",
        // OSC 52 cannot confirm delivery: say what was done, not what happened.
        Route::Osc52(_) => "Link sent to the terminal clipboard (OSC 52)",
        Route::Off => "Copying is off",
    }
}

/// The form field an API error is about, when its message names one.
fn field_named_in(error: &ApiError) -> Option<Field> {
    let ApiError::Rejected { message, .. } = error else {
        return None;
    };
    let m = message.to_lowercase();
    [
        ("amount", Field::Amount),
        ("customer", Field::Customer),
        ("email", Field::Customer),
        ("product", Field::Product),
        ("redirect", Field::RedirectUrl),
        ("currency", Field::Currency),
    ]
    .into_iter()
    .find(|(word, _)| m.contains(word))
    .map(|(_, field)| field)
}
