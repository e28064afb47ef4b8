//! The checks a setting's value passes: a base URL, an amount limit, a duration within
//! its bounds, a till or operator name, a sender's address. A value that fails is a configuration error
//! naming the setting, never a panic or a storm of requests later.

use std::path::Path;
use std::time::Duration;

use rust_decimal::Decimal;
use url::Url;

use super::files::FileConfig;
use super::{
    ConfigError, DEFAULT_DUPLICATE_WINDOW_MINS, DEFAULT_HISTORY_POLL_SECS,
    DEFAULT_POLL_INTERVAL_SECS, DEFAULT_TIMEOUT_SECS, Overrides, invalid,
};
use crate::money;

/// A base URL must be https, except on loopback (the demo API and tests).
pub fn check_base_url(text: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(text.trim())
        .map_err(|e| ConfigError::Value(format!("base URL {text:?} is not a URL ({e})")))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if crate::api::is_loopback(&url) => Ok(url),
        _ => Err(ConfigError::Value(format!(
            "base URL {url} must start with https:// (plain http is allowed only for localhost)"
        ))),
    }
}

/// An amount limit from the config file, checked with the very rules an amount obeys.
pub(super) fn parse_limit(key: &str, value: &toml::Value) -> Result<Decimal, String> {
    let text = match value {
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => return Err(format!("{key} must be a number, such as 1000")),
    };
    money::parse_amount(&text, Decimal::MAX).map_err(|m| format!("{key}: {m}"))
}

/// Bounds for a setting, in its own unit, with the unit's name.
pub struct Bounds {
    /// The least allowed.
    pub least: f64,
    /// The most allowed.
    pub most: f64,
    /// What the number counts, for messages.
    pub unit: &'static str,
}

/// A request may take between a second and five minutes.
pub const TIMEOUT_SECS: Bounds = Bounds {
    least: 1.0,
    most: 300.0,
    unit: "seconds",
};
/// Status checks: never more than one a second, at least one an hour.
pub const POLL_SECS: Bounds = Bounds {
    least: 1.0,
    most: 3600.0,
    unit: "seconds",
};
/// The duplicate guard looks back up to a day.
pub const DUPLICATE_WINDOW_MINS: Bounds = Bounds {
    least: 0.1,
    most: 1440.0,
    unit: "minutes",
};

/// A duration setting (`value` in the bounds' unit, seconds or minutes), checked against
/// its bounds: a huge or tiny value is a configuration error, never a panic or a storm of
/// requests later. The result is in the same unit, as a `Duration` of that many seconds.
pub fn in_range(
    key: &str,
    value: Option<f64>,
    default: f64,
    bounds: Bounds,
) -> Result<Duration, ConfigError> {
    let value = value.unwrap_or(default);
    if !(bounds.least..=bounds.most).contains(&value) {
        // A number like 1e300 is not worth printing in full.
        let shown = if value.abs() < 1e9 {
            value.to_string()
        } else {
            format!("{value:e}")
        };
        return Err(ConfigError::Value(format!(
            "{key} must be between {} and {} {}, not {shown}",
            bounds.least, bounds.most, bounds.unit
        )));
    }
    Ok(Duration::from_secs_f64(value))
}

/// Longest till or operator name: it has to fit a column and a receipt line.
const NAME_MAX: usize = 32;

/// A till or operator name as given, checked: one line of printable text.
pub(super) fn check_name(field: &str, name: &str) -> Result<String, ConfigError> {
    let clean = crate::sanitize::line(name.trim());
    if clean.is_empty() || clean != name.trim() || clean.chars().count() > NAME_MAX {
        return Err(ConfigError::Value(format!(
            "{field} {name:?} cannot be used: give 1 to {NAME_MAX} printable characters \
             (--{field}, LUXPAY_{})",
            field.to_uppercase()
        )));
    }
    Ok(clean)
}

/// This machine's name: the till's name when none is given.
pub(super) fn host_name() -> String {
    #[cfg(unix)]
    {
        let name = rustix::system::uname()
            .nodename()
            .to_string_lossy()
            .into_owned();
        if !name.is_empty() {
            return name;
        }
    }
    "till".into()
}

/// The waits a config sets, each checked against its bounds.
pub(super) struct Timings {
    pub timeout: Duration,
    pub poll_interval: Duration,
    pub history_poll: Duration,
    pub duplicate_window: Duration,
}

impl Timings {
    pub(super) fn of(flags: &Overrides, file: &FileConfig) -> Result<Timings, ConfigError> {
        let timeout = in_range(
            "timeout",
            flags.timeout_secs.or(file.timeout_secs),
            DEFAULT_TIMEOUT_SECS,
            TIMEOUT_SECS,
        )?;
        let poll_interval = in_range(
            "poll_interval_secs",
            file.poll_interval_secs,
            DEFAULT_POLL_INTERVAL_SECS,
            POLL_SECS,
        )?;
        let history_poll = in_range(
            "history_poll_secs",
            file.history_poll_secs,
            DEFAULT_HISTORY_POLL_SECS,
            POLL_SECS,
        )?;
        let duplicate_window = in_range(
            "duplicate_window_mins",
            file.duplicate_window_mins,
            DEFAULT_DUPLICATE_WINDOW_MINS,
            DUPLICATE_WINDOW_MINS,
        )? * 60;
        Ok(Timings {
            timeout,
            poll_interval,
            history_poll,
            duplicate_window,
        })
    }
}

/// The till and the operator every record carries: flag > env > file > this machine's
/// name and the login name.
pub(super) fn seller_of(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
) -> Result<crate::ledger::Seller, ConfigError> {
    let till = flags
        .till
        .clone()
        .or_else(|| env("LUXPAY_TILL"))
        .or_else(|| file.till.clone())
        .unwrap_or_else(host_name);
    let operator = flags
        .operator
        .clone()
        .or_else(|| env("LUXPAY_OPERATOR"))
        .or_else(|| env("USER"))
        .or_else(|| env("LOGNAME"))
        // A service or cron job may have neither: ask the system who runs luxpay.
        .or_else(|| whoami::username().ok())
        .unwrap_or_else(|| "unknown".into());
    Ok(crate::ledger::Seller {
        till: check_name("till", &till)?,
        operator: check_name("operator", &operator)?,
    })
}

/// `trusted_proxies` (or `LUXPAY_TRUSTED_PROXIES`, comma-separated, which wins): each an
/// address (`127.0.0.1`) or a range (`10.0.0.0/8`).
pub(super) fn trusted_proxies(
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    let (given, from): (Vec<String>, String) = match env("LUXPAY_TRUSTED_PROXIES") {
        Some(list) => (
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            "LUXPAY_TRUSTED_PROXIES".into(),
        ),
        None => (
            file.trusted_proxies.clone().unwrap_or_default(),
            format!("trusted_proxies in {}", config_file.display()),
        ),
    };
    given
        .iter()
        .map(|p| {
            let p = p.trim();
            p.parse::<ipnet::IpNet>()
                .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    ConfigError::Value(format!(
                        "{from}: {p:?} is not an address or a range, such as \"127.0.0.1\" or \"10.0.0.0/8\""
                    ))
                })
        })
        .collect()
}

/// `webhook_allow`, each an IP address.
pub(super) fn webhook_allow(
    file: &FileConfig,
    config_file: &Path,
) -> Result<Vec<std::net::IpAddr>, ConfigError> {
    file.webhook_allow
        .iter()
        .flatten()
        .map(|a| {
            a.trim().parse().map_err(|_| {
                invalid(
                    config_file,
                    format!("webhook_allow {a:?} is not an IP address, such as \"35.172.189.167\""),
                )
            })
        })
        .collect()
}
