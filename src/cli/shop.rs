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
    let entries = shared
        .between(api_host, from, to)
        .await
        .map_err(CliError::Io)?;
    let table = export::local_table(&entries, &tz);
    write(&args.out, &table)
}

/// The shared ledger, with this till's backlog sent first so its own latest sales are in.
async fn connect_shared(
    settings: &Settings,
    ledger: &Ledger,
) -> Result<crate::shared::Shared, CliError> {
    let Some(url) = &settings.ledger_url else {
        return Err(CliError::Usage(format!(
            "--shop needs the shop's shared ledger: set ledger_url in {} (or --ledger-url, LUXPAY_LEDGER_URL)",
            settings.config_file.display()
        )));
    };
    let mut shared = crate::shared::Shared::connect(url, std::time::Duration::from_secs(10))
        .await
        .map_err(CliError::Io)?;
    if let Err(e) = shared.push(ledger).await {
        errln!("warning: this till's latest sales could not be sent first: {e}");
    }
    Ok(shared)
}

/// Every till's payments of `date` from the shop's shared ledger, this till's backlog
/// sent first so its own latest sales are counted.
pub(super) async fn shop_day(
    settings: &Settings,
    ledger: &Ledger,
    api_host: &str,
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
) -> Result<Vec<crate::ledger::LedgerEntry>, CliError> {
    let shared = connect_shared(settings, ledger).await?;
    let start = |d: jiff::civil::Date| {
        d.to_zoned_datetime(tz.clone())
            .map(|z| z.timestamp())
            .map_err(|e| CliError::Usage(e.to_string()))
    };
    let end = date
        .tomorrow()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    shared
        .between(api_host, start(date)?, start(end)?)
        .await
        .map_err(CliError::Io)
}
