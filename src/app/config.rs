//! What the app is started with and never changes: limits, the API, the terminal's
//! ways, the time zone, how often to check, and how the till sells.

use std::time::Duration;

use super::Selling;
use crate::clipboard::{Osc52Wrap, Route};
use crate::config::{self, Settings};
use crate::payment::Limits;

/// What the app was started with and never changes.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The largest amount a sale may have.
    pub limits: Limits,
    /// Whether this is the demo API (the DEMO banner shows).
    pub demo: bool,
    /// The API's host (and port, if any): shown in the title bar, and what ledger
    /// records of this API carry.
    pub api_host: String,
    /// Where a copy goes.
    pub copy_route: Route,
    /// How OSC 52 is wrapped, also when it stands in for a failed system clipboard.
    pub osc52_wrap: Osc52Wrap,
    /// Honour NO_COLOR (the QR code keeps its black on white regardless).
    pub no_color: bool,
    /// The user's home directory, to write paths under it as `~/…`.
    pub home: Option<std::path::PathBuf>,
    /// The time zone for showing times.
    pub tz: jiff::tz::TimeZone,
    /// How often the payment on screen is checked, and the session's other open ones.
    pub poll_interval: Duration,
    /// How often the session's other open payments are checked.
    pub history_poll: Duration,
    /// Ring the terminal bell when a payment is paid.
    pub bell: bool,
    /// Amounts above this ask for confirmation first.
    pub confirm_above: rust_decimal::Decimal,
    /// How recent a payment for the same sale must be to ask "create another?".
    pub duplicate_window: Duration,
    /// There is a shared ledger: the Shop view shows every till's sales.
    pub shop: bool,
    /// Catalogue, tips, walk-in customers and hooks.
    pub selling: Selling,
    /// Publish what the customer should see, for `luxpay mirror` (`Effect::Mirror`).
    pub mirror: bool,
    /// Read the staff list at start (`Effect::LoadStaff`), keys waiting until it is
    /// known: with anyone on it, the app opens on the PIN screen.
    pub staff: bool,
    /// Seconds with no key before the till locks itself (with staff); 0 never.
    pub lock_after_secs: u64,
    /// The language and forms the app speaks in.
    pub tr: crate::i18n::Tr,
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
            home: None,
            tz: jiff::tz::TimeZone::UTC,
            poll_interval: Duration::from_secs_f64(config::DEFAULT_POLL_INTERVAL_SECS),
            history_poll: Duration::from_secs_f64(config::DEFAULT_HISTORY_POLL_SECS),
            bell: config::DEFAULT_BELL,
            confirm_above: config::DEFAULT_CONFIRM_ABOVE,
            duplicate_window: Duration::from_secs_f64(config::DEFAULT_DUPLICATE_WINDOW_MINS * 60.0),
            shop: false,
            selling: Selling::default(),
            mirror: false,
            staff: false,
            lock_after_secs: config::DEFAULT_LOCK_AFTER_SECS,
            tr: crate::i18n::Tr::plain(),
        }
    }
}

impl AppConfig {
    /// The config for these settings and this terminal; `tz` is the machine's time zone,
    /// read by the caller (nothing under `app/` reads the environment).
    pub fn from_settings(
        settings: &Settings,
        env: &crate::termenv::TermEnv,
        demo: bool,
        tz: jiff::tz::TimeZone,
    ) -> AppConfig {
        AppConfig {
            limits: settings.limits,
            demo,
            api_host: settings.api_host(demo),
            copy_route: Route::choose(settings.clipboard, settings.osc52_wrap, env),
            osc52_wrap: settings.osc52_wrap,
            no_color: env.no_color,
            home: env.home.clone(),
            tz,
            poll_interval: settings.poll_interval,
            history_poll: settings.history_poll,
            bell: settings.bell,
            confirm_above: settings.confirm_above,
            duplicate_window: settings.duplicate_window,
            shop: settings.ledger_url.is_some(),
            selling: settings.selling.clone(),
            mirror: true,
            staff: true,
            lock_after_secs: settings.lock_after_secs,
            tr: settings.tr.clone(),
        }
    }
}
