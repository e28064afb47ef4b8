//! The whole shop, from its shared ledger: `export --shop` and the day that
//! `summary --shop` closes.

use super::out::errln;
use super::shift::{check_range, write};
use super::{CliError, ExportArgs};
use crate::config::Settings;
use crate::export;
use crate::ledger::Ledger;

/// `luxpay export --shop`: every till's payments of the days asked (all of them when
/// none are), from the shared ledger.
pub async fn export_shop(
    settings: &Settings,
    ledger: &Ledger,
    api_host: &str,
    args: &ExportArgs,
) -> Result<u8, CliError> {
    check_range(args)?;
    let tz = jiff::tz::TimeZone::system();
    let shared = connect_shared(settings, ledger).await?;
    let day_start = |d: jiff::civil::Date| {
        d.to_zoned_datetime(tz.clone())
            .map(|z| z.timestamp())
            .map_err(|e| CliError::Usage(e.to_string()))
    };
    let from = match args.from {
        Some(d) => day_start(d)?,
        None => jiff::Timestamp::MIN,
    };
    let to = match args.to.map(|d| d.tomorrow()) {
        Some(Ok(d)) => day_start(d)?,
        Some(Err(e)) => return Err(CliError::Usage(e.to_string())),
        None => jiff::Timestamp::MAX,
    };
    let entries = deadline(shared.between(api_host, from, to)).await?;
    let table = export::local_table(&entries, &tz);
    write(&args.out, &table)
}

/// How long a command waits for one answer of the shared ledger (the database also
/// stops a statement after this long: `shared::Shared::connect`).
pub(super) const COMMAND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A read or write of the shared ledger, within the command's time limit: a table held
/// locked by someone else ends in an error that says so, not in a wait for ever.
pub(super) async fn deadline<T>(
    work: impl std::future::Future<Output = Result<T, String>>,
) -> Result<T, CliError> {
    match tokio::time::timeout(COMMAND_TIMEOUT, work).await {
        Ok(result) => result.map_err(CliError::Shared),
        Err(_) => Err(CliError::Shared(format!(
            "the database did not answer within {} s",
            COMMAND_TIMEOUT.as_secs()
        ))),
    }
}

/// The shared ledger, with this till's backlog sent first so its own latest sales are in.
pub(super) async fn connect_shared(
    settings: &Settings,
    ledger: &Ledger,
) -> Result<crate::shared::Shared, CliError> {
    let Some(url) = &settings.ledger_url else {
        return Err(CliError::Usage(format!(
            "--shop needs the shop's shared ledger: set ledger_url in {} (or --ledger-url, LUXPAY_LEDGER_URL)",
            settings.config_file.display()
        )));
    };
    let mut shared = crate::shared::Shared::connect(url, COMMAND_TIMEOUT)
        .await
        .map_err(CliError::Shared)?;
    if let Err(e) = deadline(shared.push(ledger)).await {
        errln!("warning: this till's latest sales could not be sent first: {e}");
    }
    Ok(shared)
}

/// Every till's payments of `date` from the shop's shared ledger.
pub(super) async fn shop_day(
    shared: &crate::shared::Shared,
    api_host: &str,
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
) -> Result<Vec<crate::ledger::LedgerEntry>, CliError> {
    let start = |d: jiff::civil::Date| {
        d.to_zoned_datetime(tz.clone())
            .map(|z| z.timestamp())
            .map_err(|e| CliError::Usage(e.to_string()))
    };
    let end = date
        .tomorrow()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    deadline(shared.between(api_host, start(date)?, start(end)?)).await
}
