//! Settings: flag > environment > config file > default, resolved once at start-up.
//!
//! The config file is `config.toml` in the platform config directory (XDG_CONFIG_HOME on
//! Linux); `assets/config.example.toml` documents every key with its default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rust_decimal::Decimal;
use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

use crate::clipboard::{ClipboardMode, Osc52Wrap};
use crate::money::{self, Currency};
use crate::payment::{Limits, Method};

pub const DEFAULT_BASE_URL: &str = "https://luxfin.org";
pub const DEFAULT_TIMEOUT_SECS: f64 = 20.0;
/// Amounts above this ask "are you sure?" in the app.
pub const DEFAULT_CONFIRM_ABOVE: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);

/// The keys of `config.toml`. Unknown keys are an error, so a typo is not silently ignored.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub api_key: Option<String>,
    pub base_url: Option<String>,
    pub timeout_secs: Option<f64>,
    pub max_amount: Option<toml::Value>,
    pub method: Option<Method>,
    pub currency: Option<Currency>,
    pub redirect_url: Option<String>,
    pub clipboard: Option<ClipboardMode>,
    pub osc52_wrap: Option<Osc52Wrap>,
    pub poll_interval_secs: Option<f64>,
    pub history_poll_secs: Option<f64>,
    pub bell: Option<bool>,
    pub confirm_above: Option<toml::Value>,
    pub duplicate_window_mins: Option<f64>,
}

/// What the command line said; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config_file: Option<PathBuf>,
    pub api_key_file: Option<PathBuf>,
    pub base_url: Option<String>,
    pub timeout_secs: Option<f64>,
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

impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::File(p) => write!(f, "--api-key-file {}", p.display()),
            KeySource::Env => f.write_str("the LUXFIN_API_KEY environment variable"),
            KeySource::ConfigFile(p) => write!(f, "api_key in {}", p.display()),
            KeySource::Demo => f.write_str("none needed (demo API)"),
            KeySource::None => f.write_str("no key found"),
        }
    }
}

/// Everything luxpay was configured with, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_file: PathBuf,
    pub config_file_exists: bool,
    pub data_dir: PathBuf,
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
    /// Amounts above this ask for confirmation before a link is made.
    pub confirm_above: Decimal,
    /// A sale like one made this recently asks "create another link?" first.
    pub duplicate_window: Duration,
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

/// The platform directories: (config dir, data dir).
pub fn project_dirs() -> (PathBuf, PathBuf) {
    match directories::ProjectDirs::from("", "", "luxpay") {
        Some(dirs) => (
            dirs.config_dir().to_path_buf(),
            dirs.data_dir().to_path_buf(),
        ),
        // No home directory at all (a bare container): keep things next to us.
        None => (PathBuf::from(".luxpay"), PathBuf::from(".luxpay")),
    }
}

impl Settings {
    /// Resolves settings from flags, the environment (through `env`) and the config file.
    pub fn load(
        flags: &Overrides,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Settings, ConfigError> {
        let (config_dir, data_dir) = project_dirs();
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

        let (api_key, key_source) = if let Some(path) = &flags.api_key_file {
            (
                Some(read_key_file(path, &mut warnings)?),
                KeySource::File(path.clone()),
            )
        } else if let Some(key) = env("LUXFIN_API_KEY").filter(|k| !k.trim().is_empty()) {
            (
                Some(SecretString::from(key.trim().to_string())),
                KeySource::Env,
            )
        } else if let Some(key) = file.api_key.clone().filter(|k| !k.trim().is_empty()) {
            warn_if_others_can_read(&config_file, &mut warnings);
            (
                Some(SecretString::from(key.trim().to_string())),
                KeySource::ConfigFile(config_file.clone()),
            )
        } else {
            (None, KeySource::None)
        };

        let timeout = seconds(
            "timeout",
            flags.timeout_secs.or(file.timeout_secs),
            DEFAULT_TIMEOUT_SECS,
        )?;
        let poll_interval = seconds("poll_interval_secs", file.poll_interval_secs, 3.0)?;
        let history_poll = seconds("history_poll_secs", file.history_poll_secs, 15.0)?;
        let duplicate_window =
            seconds("duplicate_window_mins", file.duplicate_window_mins, 10.0)? * 60;

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
        if let Err(e) = crate::payment::check_redirect_url(&redirect_url) {
            return Err(invalid(&config_file, format!("redirect_url {}", e.message)));
        }

        Ok(Settings {
            config_file,
            config_file_exists,
            data_dir,
            base_url,
            api_key,
            key_source,
            timeout,
            limits: Limits { max_amount },
            method,
            currency,
            redirect_url,
            clipboard: file.clipboard.unwrap_or_default(),
            osc52_wrap: file.osc52_wrap.unwrap_or_default(),
            poll_interval,
            history_poll,
            bell: file.bell.unwrap_or(true),
            confirm_above,
            duplicate_window,
            warnings,
        })
    }

    /// The API key, or the error that tells the user where to put one.
    pub fn require_key(&self) -> Result<SecretString, ConfigError> {
        self.api_key
            .clone()
            .ok_or_else(|| ConfigError::MissingKey(self.config_file.clone()))
    }

    /// Points these settings at the embedded demo API, which needs no key.
    pub fn use_demo(&mut self, base_url: Url) {
        self.base_url = base_url;
        self.api_key = Some(SecretString::from("demo-key".to_string()));
        self.key_source = KeySource::Demo;
    }
}

fn invalid(path: &Path, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn read_config_file(path: &Path) -> Result<(FileConfig, bool), ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((FileConfig::default(), false));
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let file =
        toml::from_str(&text).map_err(|e| invalid(path, crate::sanitize::line(e.message())))?;
    Ok((file, true))
}

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
fn parse_limit(key: &str, value: &toml::Value) -> Result<Decimal, String> {
    let text = match value {
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => return Err(format!("{key} must be a number, such as 1000")),
    };
    money::parse_amount(&text, Decimal::MAX).map_err(|m| format!("{key}: {m}"))
}

/// A positive number of seconds (or minutes) from a flag or the config file.
fn seconds(key: &str, value: Option<f64>, default: f64) -> Result<Duration, ConfigError> {
    let value = value.unwrap_or(default);
    Duration::try_from_secs_f64(value)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| ConfigError::Value(format!("{key} must be a positive number, not {value}")))
}

fn read_key_file(path: &Path, warnings: &mut Vec<String>) -> Result<SecretString, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let key = text.trim();
    if key.is_empty() {
        return Err(ConfigError::Value(format!(
            "the API key file {} is empty",
            path.display()
        )));
    }
    warn_if_others_can_read(path, warnings);
    Ok(SecretString::from(key.to_string()))
}

/// Like ssh with a private key: a secret that group or others can read earns a warning.
fn warn_if_others_can_read(path: &Path, warnings: &mut Vec<String>) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                warnings.push(format!(
                    "{} holds an API key and is readable by others (mode {mode:03o}): run chmod 600 {}",
                    path.display(),
                    path.display()
                ));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (path, warnings);
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn write(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        path
    }

    fn load(flags: Overrides, env: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::load(&flags, &|name| {
            env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn flag_beats_env_beats_file_beats_default() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = write(
            dir.path(),
            "config.toml",
            "api_key = \"from-file\"\nbase_url = \"https://file.example\"\n",
            0o600,
        );
        let key = write(dir.path(), "key", "from-flag\n", 0o600);
        let flags = || Overrides {
            config_file: Some(cfg.clone()),
            ..Overrides::default()
        };

        let s = load(flags(), &[]).unwrap();
        assert_eq!(s.api_key.unwrap().expose_secret(), "from-file");
        assert_eq!(s.base_url.as_str(), "https://file.example/");
        assert_eq!(s.key_source, KeySource::ConfigFile(cfg.clone()));

        let env = [
            ("LUXFIN_API_KEY", "from-env"),
            ("LUXFIN_BASE_URL", "https://env.example"),
        ];
        let s = load(flags(), &env).unwrap();
        assert_eq!(s.api_key.unwrap().expose_secret(), "from-env");
        assert_eq!(s.base_url.as_str(), "https://env.example/");

        let mut f = flags();
        f.api_key_file = Some(key.clone());
        f.base_url = Some("https://flag.example".into());
        let s = load(f, &env).unwrap();
        assert_eq!(s.api_key.unwrap().expose_secret(), "from-flag");
        assert_eq!(s.base_url.as_str(), "https://flag.example/");
        assert_eq!(s.key_source, KeySource::File(key));

        let none = Overrides {
            config_file: Some(dir.path().join("absent.toml")),
            ..Overrides::default()
        };
        let s = load(none, &[]).unwrap();
        assert_eq!(s.base_url.as_str(), "https://luxfin.org/");
        assert_eq!(s.timeout, Duration::from_secs(20));
        assert!(matches!(s.require_key(), Err(ConfigError::MissingKey(_))));
    }

    #[test]
    fn the_missing_key_message_says_where_and_mentions_demo() {
        let dir = tempfile::tempdir().unwrap();
        let s = load(
            Overrides {
                config_file: Some(dir.path().join("c.toml")),
                ..Overrides::default()
            },
            &[],
        )
        .unwrap();
        let msg = s.require_key().unwrap_err().to_string();
        assert!(
            msg.contains("--api-key-file")
                && msg.contains("LUXFIN_API_KEY")
                && msg.contains("--demo")
        );
    }

    #[test]
    fn a_key_others_can_read_is_warned_about_without_showing_it() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = write(
            dir.path(),
            "config.toml",
            "api_key = \"sk_secret_123\"\n",
            0o644,
        );
        let s = load(
            Overrides {
                config_file: Some(cfg),
                ..Overrides::default()
            },
            &[],
        )
        .unwrap();
        if cfg!(unix) {
            assert_eq!(s.warnings.len(), 1);
            assert!(s.warnings[0].contains("chmod 600"));
        }
        assert!(!s.warnings.concat().contains("sk_secret_123"));
        assert!(
            !format!("{s:?}").contains("sk_secret_123"),
            "Debug must redact the key"
        );
    }

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(check_base_url("http://127.0.0.1:8080").is_ok());
        assert!(check_base_url("http://localhost:1").is_ok());
        assert!(check_base_url("http://[::1]:1").is_ok());
        assert!(
            check_base_url("http://luxfin.org")
                .unwrap_err()
                .to_string()
                .contains("https")
        );
        assert!(check_base_url("ftp://luxfin.org").is_err());
    }

    #[test]
    fn typos_and_bad_values_in_the_file_are_named() {
        let dir = tempfile::tempdir().unwrap();
        for (text, want) in [
            ("api_kye = \"x\"", "api_kye"),
            ("max_amount = -5", "max_amount"),
            ("clipboard = \"sometimes\"", "sometimes"),
            ("redirect_url = \"nope\"", "redirect_url"),
        ] {
            let cfg = write(dir.path(), "bad.toml", text, 0o600);
            let err = load(
                Overrides {
                    config_file: Some(cfg),
                    ..Overrides::default()
                },
                &[],
            )
            .unwrap_err();
            assert!(err.to_string().contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn the_example_config_documents_the_defaults() {
        // Every key in the example is commented out; uncommenting them all must give
        // exactly the built-in defaults, so the documentation cannot drift.
        let example = include_str!("../assets/config.example.toml");
        let uncommented: String = example
            .lines()
            .filter_map(|l| l.strip_prefix("# ").filter(|rest| rest.contains(" = ")))
            .filter(|l| !l.starts_with("api_key"))
            .map(|l| format!("{l}\n"))
            .collect();
        let parsed: FileConfig = toml::from_str(&uncommented).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let cfg = write(dir.path(), "c.toml", &uncommented, 0o600);
        let from_example = load(
            Overrides {
                config_file: Some(cfg),
                ..Overrides::default()
            },
            &[],
        )
        .unwrap();
        let defaults = load(
            Overrides {
                config_file: Some(dir.path().join("none.toml")),
                ..Overrides::default()
            },
            &[],
        )
        .unwrap();
        assert!(
            parsed.base_url.is_some() && parsed.clipboard.is_some(),
            "the example lists the keys"
        );
        assert_eq!(from_example.base_url, defaults.base_url);
        assert_eq!(from_example.timeout, defaults.timeout);
        assert_eq!(from_example.limits, defaults.limits);
        assert_eq!(from_example.method, defaults.method);
        assert_eq!(from_example.currency, defaults.currency);
        assert_eq!(from_example.redirect_url, defaults.redirect_url);
        assert_eq!(from_example.clipboard, defaults.clipboard);
        assert_eq!(from_example.osc52_wrap, defaults.osc52_wrap);
        assert_eq!(from_example.poll_interval, defaults.poll_interval);
        assert_eq!(from_example.history_poll, defaults.history_poll);
        assert_eq!(from_example.bell, defaults.bell);
        assert_eq!(from_example.confirm_above, defaults.confirm_above);
        assert_eq!(from_example.duplicate_window, defaults.duplicate_window);
        assert_eq!(defaults.duplicate_window, Duration::from_secs(600));
    }
}
