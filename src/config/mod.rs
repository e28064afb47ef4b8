//! Settings: flag > environment > config file > default, resolved once at start-up.
//!
//! The config file is `config.toml` in the platform config directory (XDG_CONFIG_HOME on
//! Linux); `assets/config.example.toml` documents every key with its default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rust_decimal::Decimal;
use secrecy::SecretString;
use url::Url;

use crate::clipboard::{ClipboardMode, Osc52Wrap};
use crate::money::{self, Currency};
use crate::payment::{Limits, Method};

// The defaults, in one place: `Settings::load` and `AppConfig::default` (what tests and
// benchmarks start from) both use them, and a test checks the example config against them.
pub const DEFAULT_BASE_URL: &str = "https://luxfin.org";
pub const DEFAULT_TIMEOUT_SECS: f64 = 20.0;
/// Amounts above this ask "are you sure?" in the app.
pub const DEFAULT_CONFIRM_ABOVE: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);
/// How often the payment on screen is checked.
pub const DEFAULT_POLL_INTERVAL_SECS: f64 = 3.0;
/// How often the session's other open payments are checked.
pub const DEFAULT_HISTORY_POLL_SECS: f64 = 15.0;
/// Seconds with no key before the app locks itself, with staff set up (0: never).
pub const DEFAULT_LOCK_AFTER_SECS: u64 = 300;
/// The longest idle lock: a day.
const LOCK_AFTER_MAX_SECS: u64 = 86_400;
/// A sale like one made this many minutes ago asks "create another link?".
pub const DEFAULT_DUPLICATE_WINDOW_MINS: f64 = 10.0;
pub const DEFAULT_BELL: bool = true;

/// What the command line said; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config_file: Option<PathBuf>,
    pub api_key_file: Option<PathBuf>,
    pub base_url: Option<String>,
    pub timeout_secs: Option<f64>,
    pub till: Option<String>,
    pub operator: Option<String>,
    pub api_secret_file: Option<PathBuf>,
    pub ledger_url: Option<String>,
}

/// Where the API key came from, for `doctor` (which never shows the key itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    File(PathBuf),
    Env,
    ConfigFile(PathBuf),
    Demo,
    None,
}

impl KeySource {
    /// Where the key came from, in `tr`'s language (`Display` is the English).
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            KeySource::File(p) => format!("--api-key-file {}", p.display()),
            KeySource::Env => t!(tr, "key-from-env"),
            KeySource::ConfigFile(p) => {
                t!(tr, "key-from-config", path = p.display().to_string())
            }
            KeySource::Demo => t!(tr, "key-demo"),
            KeySource::None => t!(tr, "key-none"),
        }
    }
}

/// In English, as `doctor --json` says it.
impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&crate::i18n::Tr::plain()))
    }
}

/// Everything luxpay was configured with, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_file: PathBuf,
    pub config_file_exists: bool,
    pub data_dir: PathBuf,
    /// Where the log files go.
    pub log_dir: PathBuf,
    pub base_url: Url,
    pub api_key: Option<SecretString>,
    pub key_source: KeySource,
    pub timeout: Duration,
    pub limits: Limits,
    pub method: Method,
    pub currency: Currency,
    pub redirect_url: String,
    pub clipboard: ClipboardMode,
    pub osc52_wrap: Osc52Wrap,
    /// How often the payment on screen is checked.
    pub poll_interval: Duration,
    /// How often other pending payments of the session are checked.
    pub history_poll: Duration,
    /// Ring the terminal bell when a payment is paid.
    pub bell: bool,
    /// Seconds with no key before the app locks itself, with staff set up; 0 never.
    pub lock_after_secs: u64,
    /// Amounts above this ask for confirmation before a link is made.
    pub confirm_above: Decimal,
    /// A sale like one made this recently asks "create another link?" first.
    pub duplicate_window: Duration,
    /// The till and operator every payment records.
    pub seller: crate::ledger::Seller,
    /// The API secret webhooks are signed with (a secret like the key).
    pub api_secret: Option<SecretString>,
    /// The only senders `luxpay webhook` accepts; empty accepts any.
    pub webhook_allow: Vec<std::net::IpAddr>,
    /// Proxies in front of `luxpay webhook` whose `X-Forwarded-For` / `Forwarded` is
    /// believed (addresses or CIDR ranges); from any other peer those headers are not.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The shop's shared ledger, a `postgres://` URL (it may hold a password: a secret).
    pub ledger_url: Option<SecretString>,
    /// Catalogue, tips, walk-in customers and hooks.
    pub selling: Selling,
    /// Whether present mode and the mirror draw the code as an image.
    pub qr_graphics: crate::graphics::GraphicsMode,
    /// The language and forms luxpay writes for people in.
    pub tr: crate::i18n::Tr,
    /// The locale asked for that luxpay does not speak (English instead), to log once.
    pub unsupported_locale: Option<String>,
    /// Things worth telling the user at start-up, such as a key file others can read.
    pub warnings: Vec<String>,
}

/// Why settings could not be resolved. All are fixed by the user: exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("{0}")]
    Value(String),
    #[error(
        "no API key: put it in a file and pass --api-key-file PATH, set LUXFIN_API_KEY, or add api_key to {0}; or try luxpay with --demo, which needs no key"
    )]
    MissingKey(PathBuf),
}

impl ConfigError {
    /// What is wrong, in `tr`'s language. What the config file's checks say of a value
    /// stays English, as the file's keys are (`Display` is all English, for the log).
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            ConfigError::Read { path, source } => t!(
                tr,
                "cannot-read",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            ConfigError::Invalid { path, message } => t!(
                tr,
                "config-invalid",
                path = path.display().to_string(),
                message = message
            ),
            ConfigError::Value(message) => message.clone(),
            ConfigError::MissingKey(path) => {
                t!(tr, "config-missing-key", path = path.display().to_string())
            }
        }
    }
}

mod catalogue_file;
mod checks;
mod files;
mod secrets;
mod selling;

pub use checks::{POLL_SECS, check_base_url, in_range};
use checks::{Timings, parse_limit, seller_of, trusted_proxies, webhook_allow};
use files::{FileConfig, read_config_file};
use secrets::resolve_key;
pub use selling::Selling;

/// The platform directories: (config dir, data dir, log dir).
pub fn project_dirs() -> (PathBuf, PathBuf, PathBuf) {
    match directories::ProjectDirs::from("", "", "luxpay") {
        Some(dirs) => {
            let data = dirs.data_dir().to_path_buf();
            // Logs are state ($XDG_STATE_HOME on Linux); where a platform has no such
            // place, they stay with the data.
            let logs = dirs
                .state_dir()
                .map_or_else(|| data.clone(), Path::to_path_buf);
            (dirs.config_dir().to_path_buf(), data, logs)
        }
        // No home directory at all (a bare container): keep things next to us.
        None => {
            let here = PathBuf::from(".luxpay");
            (here.clone(), here.clone(), here)
        }
    }
}

impl Settings {
    /// Resolves settings from flags, the environment (through `env`) and the config file.
    pub fn load(
        flags: &Overrides,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Settings, ConfigError> {
        let (config_dir, data_dir, log_dir) = project_dirs();
        let config_file = flags
            .config_file
            .clone()
            .or_else(|| env("LUXPAY_CONFIG").map(PathBuf::from))
            .unwrap_or_else(|| config_dir.join("config.toml"));
        let (file, config_file_exists) = read_config_file(&config_file)?;
        let mut warnings = Vec::new();

        let base_text = flags
            .base_url
            .clone()
            .or_else(|| env("LUXFIN_BASE_URL"))
            .or_else(|| file.base_url.clone())
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let base_url = check_base_url(&base_text)?;

        let (api_key, key_source) = resolve_key(flags, env, &file, &config_file, &mut warnings)?;

        let timings = Timings::of(flags, &file)?;

        let max_amount = match &file.max_amount {
            Some(v) => parse_limit("max_amount", v).map_err(|m| invalid(&config_file, m))?,
            None => money::DEFAULT_MAX_AMOUNT,
        };
        let confirm_above = match &file.confirm_above {
            Some(v) => parse_limit("confirm_above", v).map_err(|m| invalid(&config_file, m))?,
            None => DEFAULT_CONFIRM_ABOVE,
        };
        let method = file.method.unwrap_or_default();
        let currency = file.currency.unwrap_or(Currency::Usd);
        let redirect_url = file.redirect_url.clone().unwrap_or_default();
        if let Err(e) = crate::payment::check_redirect_url(&redirect_url, &crate::i18n::Tr::plain())
        {
            return Err(invalid(&config_file, format!("redirect_url {}", e.message)));
        }

        let seller = seller_of(flags, env, &file)?;
        let lock_after_secs = file.lock_after_secs.unwrap_or(DEFAULT_LOCK_AFTER_SECS);
        if lock_after_secs > LOCK_AFTER_MAX_SECS {
            return Err(invalid(
                &config_file,
                format!("lock_after_secs is at most {LOCK_AFTER_MAX_SECS} (a day); 0 never locks"),
            ));
        }

        let api_secret = secrets::resolve_secret(flags, env, &file, &config_file, &mut warnings)?;
        let webhook_allow = webhook_allow(&file, &config_file)?;
        let trusted_proxies = trusted_proxies(env, &file, &config_file)?;

        let ledger_url =
            secrets::resolve_ledger_url(flags, env, &file, &config_file, &mut warnings)?;

        let selling = selling_of(&file, &config_file, currency, max_amount, &seller.till)?;

        let qr_graphics = match env("LUXPAY_QR_GRAPHICS") {
            Some(mode) => mode.parse().map_err(ConfigError::Value)?,
            None => file.qr_graphics.unwrap_or_default(),
        };

        let language = crate::i18n::choose(file.locale.as_deref(), env);

        Ok(Settings {
            tr: language.tr,
            unsupported_locale: language.unsupported,
            config_file,
            config_file_exists,
            data_dir,
            log_dir,
            base_url,
            api_key,
            key_source,
            timeout: timings.timeout,
            limits: Limits { max_amount },
            method,
            currency,
            redirect_url,
            clipboard: file.clipboard.unwrap_or_default(),
            osc52_wrap: file.osc52_wrap.unwrap_or_default(),
            poll_interval: timings.poll_interval,
            history_poll: timings.history_poll,
            bell: file.bell.unwrap_or(DEFAULT_BELL),
            lock_after_secs,
            confirm_above,
            duplicate_window: timings.duplicate_window,
            seller,
            api_secret,
            webhook_allow,
            trusted_proxies,
            ledger_url,
            selling,
            qr_graphics,
            warnings,
        })
    }

    /// The API key, or the error that tells the user where to put one.
    pub fn require_key(&self) -> Result<SecretString, ConfigError> {
        self.api_key
            .clone()
            .ok_or_else(|| ConfigError::MissingKey(self.config_file.clone()))
    }

    /// The host ledger records of this API carry: `demo` for a demo API (its port
    /// changes from one run to the next), else the base URL's host and port.
    pub fn api_host(&self, demo: bool) -> String {
        if demo {
            "demo".into()
        } else {
            crate::api::host_and_port(&self.base_url)
        }
    }

    /// Points these settings at the embedded demo API, which needs no key.
    pub fn use_demo(&mut self, base_url: Url) {
        self.base_url = base_url;
        self.api_key = Some(SecretString::from("demo-key".to_string()));
        self.key_source = KeySource::Demo;
    }
}

/// What selling takes beyond the payment: the catalogue, tips, walk-ins, hooks, the
/// printer.
fn selling_of(
    file: &FileConfig,
    config_file: &Path,
    currency: Currency,
    max_amount: Decimal,
    till: &str,
) -> Result<Selling, ConfigError> {
    Selling::check(
        selling::FileSelling {
            catalogue: catalogue_file::catalogue(file, config_file, currency, max_amount)?,
            tip_presets: file.tip_presets.as_deref().unwrap_or_default(),
            walk_in_email: file.walk_in_email.as_deref(),
            hooks: crate::hooks::Hooks {
                on_created: file.on_created.clone(),
                on_paid: file.on_paid.clone(),
                on_expired: file.on_expired.clone(),
            },
            shop_name: file.shop_name.as_deref(),
            printer: file.printer.as_deref(),
            printer_width: file.printer_width,
            printer_qr: file.printer_qr,
            printer_codepage: file.printer_codepage,
            receipt_footer: file.receipt_footer.as_deref(),
            print_on_paid: file.print_on_paid,
        },
        till,
    )
    .map_err(|m| invalid(config_file, m))
}

fn invalid(path: &Path, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests;
