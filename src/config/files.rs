//! What the user keeps in files: the config file (its keys, and reading it), and how any
//! file luxpay is given is read: with a size cap, as UTF-8 text.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{ConfigError, invalid};
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
    pub lock_after_secs: Option<u64>,
    pub confirm_above: Option<toml::Value>,
    pub duplicate_window_mins: Option<f64>,
    pub till: Option<String>,
    pub api_secret: Option<String>,
    pub webhook_allow: Option<Vec<String>>,
    pub trusted_proxies: Option<Vec<String>>,
    pub ledger_url: Option<String>,
    pub ledger_url_file: Option<PathBuf>,
    pub catalogue_file: Option<PathBuf>,
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
    pub locale: Option<String>,
}

/// How much of a file luxpay reads, and what it says of a larger one.
pub(super) struct SizeCap {
    bytes: u64,
    shown: &'static str,
    advice: &'static str,
}

/// Config and key files are small: anything larger is the wrong file (or `/dev/zero`,
/// which would be read until memory ran out).
pub(super) const SMALL: SizeCap = SizeCap {
    bytes: 64 * 1024,
    shown: "64 KiB",
    advice: "is it the right file?",
};

/// The config file: as small, and a large catalogue is what makes one grow.
const CONFIG: SizeCap = SizeCap {
    advice: "is it the right file? (A large catalogue goes in a file of its own: catalogue_file.)",
    ..SMALL
};

/// A catalogue file: 8 MiB is over 100,000 items, and still read in a moment.
pub(super) const CATALOGUE: SizeCap = SizeCap {
    bytes: 8 * 1024 * 1024,
    shown: "8 MiB",
    advice: "is it the right file?",
};

/// Reads a text file, refusing one over `cap` or not UTF-8.
pub(super) fn read_capped(path: &Path, cap: &SizeCap) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(cap.bytes + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap.bytes {
        return Err(std::io::Error::other(format!(
            "it is larger than {}: {}",
            cap.shown, cap.advice
        )));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("it is not UTF-8 text"))
}

/// A path the config file names: a relative one is the config file's neighbour, wherever
/// luxpay was started from.
pub(super) fn beside(config_file: &Path, path: &Path) -> PathBuf {
    match config_file.parent() {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_path_buf(),
    }
}

/// The config file's keys, and whether there is one (a missing file is no error).
pub(super) fn read_config_file(path: &Path) -> Result<(FileConfig, bool), ConfigError> {
    let text = match read_capped(path, &CONFIG) {
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
    // A wrongly typed secret would be echoed in serde's message: say what is wrong
    // without it.
    for key in ["api_key", "api_secret", "ledger_url"] {
        if table.get(key).is_some_and(|v| !v.is_str()) {
            return Err(invalid(path, format!("{key} must be a string in quotes")));
        }
    }
    // The error names its key ("printer_width: invalid type: …"), which serde alone
    // does not for a value read from a table.
    let file: FileConfig = serde_path_to_error::deserialize(table).map_err(|e| {
        let message = format!("{}: {}", e.path(), e.inner().message());
        invalid(path, crate::sanitize::line(&message))
    })?;
    Ok((file, true))
}
