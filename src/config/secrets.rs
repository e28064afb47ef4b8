//! The secrets luxpay is given: the API key, the API secret webhooks are signed with, and
//! the shared ledger's URL (which may hold a password). Each comes from a file, the
//! environment or the config file; every source is checked by one function, and a
//! message names the source, never the secret.

use std::path::Path;

use secrecy::SecretString;

use super::files::{FileConfig, SMALL, beside, read_capped};
use super::{ConfigError, KeySource, Overrides, invalid};

/// Which secret: its name in messages, and the places it is looked for.
#[derive(Debug, Clone, Copy)]
pub(super) enum Credential {
    ApiKey,
    ApiSecret,
    LedgerUrl,
}

impl Credential {
    fn name(self) -> &'static str {
        match self {
            Credential::ApiKey => "API key",
            Credential::ApiSecret => "API secret",
            Credential::LedgerUrl => "ledger URL",
        }
    }

    fn env_var(self) -> &'static str {
        match self {
            Credential::ApiKey => "LUXFIN_API_KEY",
            Credential::ApiSecret => "LUXFIN_API_SECRET",
            Credential::LedgerUrl => "LUXPAY_LEDGER_URL",
        }
    }

    fn config_key(self) -> &'static str {
        match self {
            Credential::ApiKey => "api_key",
            Credential::ApiSecret => "api_secret",
            Credential::LedgerUrl => "ledger_url",
        }
    }

    /// Keys and secrets are tokens of visible ASCII: an HTTP header carries nothing
    /// else (reqwest would send `Bearer invalid-key`), and a space or an invisible
    /// character in one is something copied along with it.
    fn is_token(self) -> bool {
        !matches!(self, Credential::LedgerUrl)
    }
}

/// Where a secret was read from: what a message names in its place.
#[derive(Debug, Clone, Copy)]
pub(super) enum Origin<'a> {
    File(&'a Path),
    Env,
    ConfigFile(&'a Path),
}

/// `text`, trimmed, as the secret it should be; or the configuration error that says
/// where it came from, what is wrong and what to do, without showing it. Every source
/// of every secret goes through here, so none is sent broken and blamed as refused.
pub(super) fn check_secret(
    what: Credential,
    origin: Origin,
    text: &str,
) -> Result<String, ConfigError> {
    let text = text.trim();
    let Some(problem) = problem_of(what, text) else {
        return Ok(text.to_string());
    };
    let (name, var, key) = (what.name(), what.env_var(), what.config_key());
    let (source, fix) = match origin {
        Origin::File(path) => (
            format!("the {name} file {}", path.display()),
            format!("make the file hold the {name} alone, on one line, as plain UTF-8 text"),
        ),
        Origin::Env => (
            format!("the {name} in {var}"),
            format!("set {var} to the {name} alone, on one line"),
        ),
        Origin::ConfigFile(path) => (
            format!("the {name} ({key} in {})", path.display()),
            format!("write the {name} alone between the quotes of {key}"),
        ),
    };
    Err(ConfigError::Value(format!("{source} {problem}: {fix}")))
}

/// What is wrong with a (trimmed) secret, if anything.
fn problem_of(what: Credential, text: &str) -> Option<&'static str> {
    if text.is_empty() {
        Some("is empty")
    } else if text.contains('\u{feff}') {
        Some("has a byte-order mark (U+FEFF) in it")
    } else if text.contains(['\n', '\r']) {
        Some("has a line break in it (it is several lines)")
    } else if text.contains('\0') {
        Some("has a NUL byte in it")
    } else if text.chars().any(char::is_control) {
        Some("has control characters in it (an escape sequence?)")
    } else if what.is_token() && !text.bytes().all(|b| b.is_ascii_graphic()) {
        Some("has a space or a character outside ASCII in it (an invisible one copied with it?)")
    } else {
        None
    }
}

/// A secret read from a file of its own: small, checked, and private (or warned about).
fn read_secret_file(
    what: Credential,
    path: &Path,
    warnings: &mut Vec<String>,
) -> Result<String, ConfigError> {
    let text = read_capped(path, &SMALL).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let checked = check_secret(what, Origin::File(path), &text)?;
    warn_if_others_can_read(path, what, warnings);
    Ok(checked)
}

/// A key or secret from the first place that has one: the flag's file, else the
/// environment, else the config file. A blank variable or key counts as not given.
fn resolve(
    what: Credential,
    from_flag: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
    in_config: Option<&str>,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<(SecretString, KeySource)>, ConfigError> {
    if let Some(path) = from_flag {
        let text = read_secret_file(what, path, warnings)?;
        return Ok(Some((text.into(), KeySource::File(path.to_path_buf()))));
    }
    if let Some(text) = env(what.env_var()).filter(|t| !t.trim().is_empty()) {
        let text = check_secret(what, Origin::Env, &text)?;
        return Ok(Some((text.into(), KeySource::Env)));
    }
    if let Some(text) = in_config.filter(|t| !t.trim().is_empty()) {
        let text = check_secret(what, Origin::ConfigFile(config_file), text)?;
        warn_if_others_can_read(config_file, what, warnings);
        return Ok(Some((
            text.into(),
            KeySource::ConfigFile(config_file.into()),
        )));
    }
    Ok(None)
}

/// The API key and where it came from: `--api-key-file`, else `LUXFIN_API_KEY`, else
/// `api_key` in the config file.
pub(super) fn resolve_key(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<(Option<SecretString>, KeySource), ConfigError> {
    let found = resolve(
        Credential::ApiKey,
        flags.api_key_file.as_deref(),
        env,
        file.api_key.as_deref(),
        config_file,
        warnings,
    )?;
    Ok(found.map_or((None, KeySource::None), |(key, source)| (Some(key), source)))
}

/// The API secret that signs webhooks: `--api-secret-file`, else `LUXFIN_API_SECRET`,
/// else `api_secret` in the config file.
pub(super) fn resolve_secret(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<SecretString>, ConfigError> {
    let found = resolve(
        Credential::ApiSecret,
        flags.api_secret_file.as_deref(),
        env,
        file.api_secret.as_deref(),
        config_file,
        warnings,
    )?;
    Ok(found.map(|(secret, _)| secret))
}

/// Said when `--ledger-url` holds a password, without the URL.
const PASSWORD_ON_COMMAND_LINE: &str = "--ledger-url holds a password, and other processes \
    can read a command line (ps shows it; hooks can read their parent's): give the URL in \
    LUXPAY_LEDGER_URL, ledger_url in the config file, or a private file named by \
    ledger_url_file (or LUXPAY_LEDGER_URL_FILE)";

/// The shop's shared ledger, a `postgres://` URL: `--ledger-url`, else the environment
/// (`LUXPAY_LEDGER_URL`, or the file `LUXPAY_LEDGER_URL_FILE` names), else the config
/// file (`ledger_url`, or the file `ledger_url_file` names). Empty means none.
pub(super) fn resolve_ledger_url(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<SecretString>, ConfigError> {
    let url_file = env("LUXPAY_LEDGER_URL_FILE").filter(|p| !p.trim().is_empty());
    let url = match (&flags.ledger_url, env("LUXPAY_LEDGER_URL"), url_file) {
        (Some(url), _, _) => {
            if has_password(url) {
                warnings.push(PASSWORD_ON_COMMAND_LINE.into());
            }
            Some(url.clone())
        }
        (None, Some(url), Some(_)) if !url.trim().is_empty() => {
            return Err(ConfigError::Value(
                "set LUXPAY_LEDGER_URL or LUXPAY_LEDGER_URL_FILE, not both".into(),
            ));
        }
        (None, _, Some(path)) => Some(read_secret_file(
            Credential::LedgerUrl,
            Path::new(&path),
            warnings,
        )?),
        // Set but empty, it turns the config file's ledger off for this run.
        (None, Some(url), None) => Some(url),
        (None, None, None) => ledger_url_in_config(file, config_file, warnings)?,
    };
    match url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Some(url.to_string().into()))
        }
        Some(_) => Err(ConfigError::Value(
            "the ledger URL must be a postgres:// URL, such as \
             postgres://luxpay@db.shop.lan/luxpay (--ledger-url, LUXPAY_LEDGER_URL, \
             LUXPAY_LEDGER_URL_FILE, ledger_url or ledger_url_file)"
                .into(),
        )),
        None => Ok(None),
    }
}

/// `ledger_url` or the file `ledger_url_file` names (not both) in the config file.
fn ledger_url_in_config(
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<String>, ConfigError> {
    match (&file.ledger_url, &file.ledger_url_file) {
        (Some(_), Some(_)) => Err(invalid(
            config_file,
            "give ledger_url or ledger_url_file, not both",
        )),
        (Some(url), None) => {
            if !url.trim().is_empty() {
                warn_if_others_can_read(config_file, Credential::LedgerUrl, warnings);
            }
            Ok(Some(url.clone()))
        }
        (None, Some(path)) => {
            let path = beside(config_file, path);
            read_secret_file(Credential::LedgerUrl, &path, warnings).map(Some)
        }
        (None, None) => Ok(None),
    }
}

/// Whether a ledger URL holds a password: `user:password@` or `?password=`. Read by
/// hand, not by a URL parser, so a URL that would not parse is not let through: a
/// false alarm costs a warning, a miss a password shown.
fn has_password(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
    let in_user = before_query
        .rsplit_once('@')
        .and_then(|(user, _)| user.split_once(':'))
        .is_some_and(|(_, password)| !password.is_empty());
    let in_query = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(key, value)| key == "password" && !value.is_empty());
    in_user || in_query
}

/// Like ssh with a private key: a file holding a secret that group or others can read
/// earns a warning (one per file, whichever secrets it holds).
fn warn_if_others_can_read(path: &Path, what: Credential, warnings: &mut Vec<String>) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        let mode = meta.permissions().mode() & 0o777;
        let fix = format!("run chmod 600 {}", path.display());
        if mode & 0o077 != 0 && !warnings.iter().any(|w| w.ends_with(&fix)) {
            warnings.push(format!(
                "{} holds the {} and is readable by others (mode {mode:03o}): {fix}",
                path.display(),
                what.name(),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (path, what, warnings);
}

#[cfg(test)]
mod tests {
    use super::has_password;

    #[test]
    fn a_password_is_found_wherever_a_url_holds_one() {
        for url in [
            "postgres://till:pw@db/luxpay",
            "postgresql://till:p/w@db/luxpay",
            "postgres://till@db/luxpay?sslmode=require&password=pw",
            "postgres://till:p@ss@db/luxpay",
        ] {
            assert!(has_password(url), "{url}");
        }
        for url in [
            "postgres://till@db/luxpay",
            "postgres://till:@db/luxpay",
            "postgres://db:5432/luxpay?sslmode=require",
            "postgres://db/luxpay?password=",
        ] {
            assert!(!has_password(url), "{url}");
        }
    }
}
