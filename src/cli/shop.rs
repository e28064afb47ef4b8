//! What the commands that read or write the shop's shared ledger need of it (`export
//! --shop`, `summary`, `doctor`, `ledger`): a connection with this till's backlog sent
//! first, a time limit on every statement, and the shop's day. It uses none of those
//! commands, so none of them depends on another through it.

use super::CliError;
use super::out::errln;
use crate::config::Settings;
use crate::ledger::Ledger;

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
        // English, as the database's own errors are: the log and `--json` keep it.
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
    let tr = &settings.tr;
    let Some(url) = &settings.ledger_url else {
        let config = settings.config_file.display().to_string();
        return Err(CliError::in_words(CliError::Usage, tr, |tr| {
            t!(tr, "cli-shop-needs-ledger", config = config.as_str())
        }));
    };
    let mut shared = crate::shared::Shared::connect(url, COMMAND_TIMEOUT)
        .await
        .map_err(CliError::Shared)?;
    // Each batch within the command's time limit, the backlog as long as batches go in:
    // a till pointed at an empty shop sends its whole ledger first, saying so.
    let mut progress = super::ctx::Progress::new(super::ctx::Backlog::First, tr);
    let pushed = shared
        .push(ledger, COMMAND_TIMEOUT, |sent, waiting| {
            progress.batch(sent, waiting);
        })
        .await;
    progress.done();
    match pushed {
        Ok(sent) => super::ctx::say_resent(&sent, &settings.tr),
        Err(e) => {
            let text = t!(tr, "cli-latest-not-sent", error = e);
            errln!("{}", super::words::warning(tr, &text));
        }
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
    let (start, end) =
        crate::text::day_bounds(date, tz).map_err(|e| CliError::Usage(e.to_string()))?;
    deadline(shared.between(api_host, start, end)).await
}
