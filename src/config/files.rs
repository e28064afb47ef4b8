//! What the user keeps in files: the config file (its keys, and reading it) and the API
//! key file, small, checked, and never echoed.

use std::path::Path;

use secrecy::SecretString;

use serde::Deserialize;

use super::{ConfigError, KeySource, Overrides, invalid};
use crate::clipboard::{ClipboardMode, Osc52Wrap};
use crate::money::Currency;
use crate::payment::Method;

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
    pub till: Option<String>,
    pub api_secret: Option<String>,
    pub webhook_allow: Option<Vec<String>>,
    pub ledger_url: Option<String>,
    pub catalogue: Option<Vec<crate::catalogue::FileItem>>,
    pub tip_presets: Option<Vec<toml::Value>>,
    pub walk_in_email: Option<String>,
    pub on_created: Option<Vec<String>>,
    pub on_paid: Option<Vec<String>>,
    pub on_expired: Option<Vec<String>>,
    pub shop_name: Option<String>,
    pub printer: Option<String>,
    pub printer_width: Option<u16>,
    pub printer_qr: Option<crate::printer::QrMode>,
    pub printer_codepage: Option<crate::printer::CodePage>,
    pub receipt_footer: Option<String>,
    pub print_on_paid: Option<bool>,
    pub qr_graphics: Option<crate::graphics::GraphicsMode>,
}

/// The API key and where it came from: the key file flag, else the environment, else
/// the config file.
pub(super) fn resolve_key(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<(Option<SecretString>, KeySource), ConfigError> {
    if let Some(path) = &flags.api_key_file {
        return Ok((
            Some(read_key_file(path, warnings)?),
            KeySource::File(path.clone()),
        ));
    }
    if let Some(key) = env("LUXFIN_API_KEY").filter(|k| !k.trim().is_empty()) {
        return Ok((
            Some(SecretString::from(key.trim().to_string())),
            KeySource::Env,
        ));
    }
    if let Some(key) = file.api_key.clone().filter(|k| !k.trim().is_empty()) {
        warn_if_others_can_read(config_file, warnings);
        return Ok((
            Some(SecretString::from(key.trim().to_string())),
            KeySource::ConfigFile(config_file.to_path_buf()),
        ));
    }
    Ok((None, KeySource::None))
}

/// The API secret that signs webhooks: `--api-secret-file`, else `LUXFIN_API_SECRET`,
/// else `api_secret` in the config file (with the same warning as the key when others
/// can read it).
pub(super) fn resolve_secret(
    flags: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &FileConfig,
    config_file: &Path,
    warnings: &mut Vec<String>,
) -> Result<Option<SecretString>, ConfigError> {
    if let Some(path) = &flags.api_secret_file {
        return read_key_file(path, warnings).map(Some);
    }
    if let Some(secret) = env("LUXFIN_API_SECRET").filter(|k| !k.trim().is_empty()) {
        return Ok(Some(SecretString::from(secret.trim().to_string())));
    }
    if let Some(secret) = file.api_secret.clone().filter(|k| !k.trim().is_empty()) {
        warn_if_others_can_read(config_file, warnings);
        return Ok(Some(SecretString::from(secret.trim().to_string())));
    }
    Ok(None)
}

/// Config and key files are small: anything larger is the wrong file (or `/dev/zero`,
/// which would be read until memory ran out).
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Reads a small text file, refusing one over `MAX_FILE_BYTES` or not UTF-8.
fn read_small(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other(
            "it is larger than 64 KiB: is it the right file?",
        ));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("it is not UTF-8 text"))
}

pub(super) fn read_config_file(path: &Path) -> Result<(FileConfig, bool), ConfigError> {
    let text = match read_small(path) {
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
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| invalid(path, crate::sanitize::line(e.message())))?;
    // A wrongly typed key would be echoed in serde's message: say what is wrong without it.
    if table.get("api_key").is_some_and(|v| !v.is_str()) {
        return Err(invalid(path, "api_key must be a string in quotes"));
    }
    // The error names its key ("printer_width: invalid type: …"), which serde alone
    // does not for a value read from a table.
    let file: FileConfig = serde_path_to_error::deserialize(table).map_err(|e| {
        let message = format!("{}: {}", e.path(), e.inner().message());
        invalid(path, crate::sanitize::line(&message))
    })?;
    Ok((file, true))
}

fn read_key_file(path: &Path, warnings: &mut Vec<String>) -> Result<SecretString, ConfigError> {
    let text = read_small(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let key = text.trim();
    // A key that would be sent broken is a configuration error, said as such (never
    // with the key in it), not a request whose refusal would blame the key.
    let problem = if key.is_empty() {
        Some("is empty")
    } else if key.starts_with('\u{feff}') {
        Some("starts with a byte-order mark: save it as plain UTF-8")
    } else if key.contains(['\n', '\r']) {
        Some("has several lines: it should hold the key alone, on one line")
    } else if key.contains('\0') {
        Some("contains a NUL byte")
    } else if key.chars().any(char::is_control) {
        Some("contains control characters (an escape sequence?)")
    } else {
        None
    };
    if let Some(problem) = problem {
        return Err(ConfigError::Value(format!(
            "the API key file {} {problem}",
            path.display()
        )));
    }
    warn_if_others_can_read(path, warnings);
    Ok(SecretString::from(key.to_string()))
}

/// Like ssh with a private key: a secret that group or others can read earns a warning.
pub(super) fn warn_if_others_can_read(path: &Path, warnings: &mut Vec<String>) {
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
