//! `catalogue_file`: a catalogue too large for the config file (64 KiB, some 2,600 items)
//! kept in a file of its own, up to 8 MiB, as `[[catalogue]]` tables or as CSV
//! (`name,price[,currency[,key]]`). Its items join the config file's: one catalogue.

use std::path::Path;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::files::{CATALOGUE, FileConfig, beside, read_capped};
use super::{ConfigError, invalid};
use crate::catalogue::{Catalogue, FileItem};
use crate::money::Currency;

/// The catalogue: the config file's items, then the catalogue file's. A mistake names
/// the file it is in; an item in both names both. `currency` is the default of items
/// that name none, `max` the largest amount.
pub(super) fn catalogue(
    file: &FileConfig,
    config_file: &Path,
    currency: Currency,
    max: Decimal,
) -> Result<Catalogue, ConfigError> {
    let own = file.catalogue.as_deref().unwrap_or_default();
    let own = Catalogue::from_file(own, currency, max).map_err(|m| invalid(config_file, m))?;
    let Some(path) = &file.catalogue_file else {
        return Ok(own);
    };
    let path = beside(config_file, path);
    let items = read_items(&path)?;
    let theirs = Catalogue::from_file(&items, currency, max).map_err(|m| invalid(&path, m))?;
    own.join(
        &config_file.display().to_string(),
        theirs,
        &path.display().to_string(),
    )
    .map_err(ConfigError::Value)
}

/// The items of a catalogue file: CSV when its name ends in `.csv`, else TOML.
fn read_items(path: &Path) -> Result<Vec<FileItem>, ConfigError> {
    let text = read_capped(path, &CATALOGUE).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let items = if is_csv {
        csv_items(&text)
    } else {
        toml_items(&text)
    };
    items.map_err(|m| invalid(path, crate::sanitize::line(&m)))
}

/// A TOML catalogue file holds `[[catalogue]]` tables and nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlCatalogue {
    #[serde(default)]
    catalogue: Vec<FileItem>,
}

fn toml_items(text: &str) -> Result<Vec<FileItem>, String> {
    // In a file of thousands of items the line is what finds the mistake.
    let table: toml::Table = toml::from_str(text).map_err(|e| match e.span() {
        Some(span) => format!("line {}: {}", line_at(text, span.start), e.message()),
        None => e.message().to_string(),
    })?;
    let file: TomlCatalogue = serde_path_to_error::deserialize(table)
        .map_err(|e| format!("{}: {}", e.path(), e.inner().message()))?;
    Ok(file.catalogue)
}

/// The line (from 1) byte `at` of `text` is on.
fn line_at(text: &str, at: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(at)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// CSV, one item a line: `name,price[,currency[,key]]`, currency and key may be empty;
/// a first line `name,price…` is a heading. Quotes let a name hold a comma.
fn csv_items(text: &str) -> Result<Vec<FileItem>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut items = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("line {}: {e}", i + 1))?;
        let line = record.position().map_or(i + 1, |p| p.line() as usize);
        let field = |n: usize| record.get(n).filter(|f| !f.is_empty());
        let heading = i == 0
            && field(0).is_some_and(|f| f.eq_ignore_ascii_case("name"))
            && field(1).is_some_and(|f| f.eq_ignore_ascii_case("price"));
        if heading {
            continue;
        }
        let (Some(name), Some(price), 2..=4) = (record.get(0), field(1), record.len()) else {
            return Err(format!(
                "line {line}: write an item as name,price[,currency[,key]], such as Tea,2.40"
            ));
        };
        let currency = field(2)
            .map(|c| c.parse::<Currency>())
            .transpose()
            .map_err(|e| format!("line {line}: {e}"))?;
        items.push(FileItem {
            name: name.to_string(),
            price: toml::Value::String(price.to_string()),
            currency,
            key: field(3).map(str::to_string),
        });
    }
    Ok(items)
}
