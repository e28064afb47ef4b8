//! The end of a shift: `luxpay export` and `luxpay summary`.

use std::io::Write;
use std::path::Path;

use super::out::{errln, out, outln};
use super::{CliError, ExportArgs, SummaryArgs};
use crate::api::{Client, DateBound, Order};
use crate::config::Settings;
use crate::export::{self, Table};
use crate::ledger::{Filter, Ledger, Loaded};
use crate::summary;

/// The most orders `export --source server` pages through without a date range.
const MAX_SERVER_PAGES: u64 = 100;
const PAGE: u64 = 100;

fn load(ledger: &Ledger) -> Result<Loaded, CliError> {
    let loaded = ledger.load().map_err(|e| {
        CliError::Io(format!(
            "cannot read the ledger {}: {e}",
            ledger.path().display()
        ))
    })?;
    if let Some(warning) = loaded.warning(ledger) {
        errln!("warning: {warning}");
    }
    Ok(loaded)
}

/// A range that ends before it starts matches nothing: say so instead of writing an
/// empty file that looks like a quiet day.
fn check_range(args: &ExportArgs) -> Result<(), CliError> {
    match (args.from, args.to) {
        (Some(from), Some(to)) if from > to => Err(CliError::Usage(format!(
            "--from {from} is after --to {to}: give the earlier day first"
        ))),
        _ => Ok(()),
    }
}

/// `luxpay export --source local`.
pub fn export_local(ledger: &Ledger, args: &ExportArgs) -> Result<u8, CliError> {
    check_range(args)?;
    let loaded = load(ledger)?;
    let tz = jiff::tz::TimeZone::system();
    let filter = Filter::dates(args.from, args.to);
    let table = export::local_table(
        loaded.entries.iter().filter(|e| filter.matches(e, &tz)),
        &tz,
    );
    write(&args.out, &table)
}

/// `luxpay export --source server`.
pub async fn export_server(client: &Client, args: &ExportArgs) -> Result<u8, CliError> {
    check_range(args)?;
    let orders: Vec<Order> = match (args.from, args.to) {
        (Some(from), Some(to)) => {
            client
                .history(DateBound::Day(from), DateBound::Day(to))
                .await?
                .orders
        }
        (None, None) => {
            let mut all = Vec::new();
            for page in 0..MAX_SERVER_PAGES {
                let got = client.list(PAGE, page * PAGE).await?.orders;
                let last = (got.len() as u64) < PAGE;
                all.extend(got);
                if last {
                    break;
                }
                if page + 1 == MAX_SERVER_PAGES {
                    errln!(
                        "warning: stopped after {} orders; give --from and --to for a range",
                        all.len()
                    );
                }
            }
            all
        }
        _ => {
            return Err(CliError::Usage(
                "give both --from and --to, or neither".into(),
            ));
        }
    };
    write(&args.out, &export::server_table(&orders))
}

fn write(out: &Path, table: &Table) -> Result<u8, CliError> {
    let failed = |e: std::io::Error| CliError::Io(format!("cannot write {}: {e}", out.display()));
    let count = match table.rows.len() {
        1 => "1 payment".to_string(),
        n => format!("{n} payments"),
    };
    if out == Path::new("-") {
        let stdout = std::io::stdout();
        export::write_csv(stdout.lock(), table).map_err(super::out::write_error)?;
        errln!("wrote {count} to stdout");
    } else {
        // Never overwrite: an earlier export may be the only copy someone has.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(out)
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    CliError::Usage(format!(
                        "{} exists already: choose another name, or delete it first",
                        out.display()
                    ))
                } else {
                    failed(e)
                }
            })?;
        export::write_csv(&mut file, table).map_err(failed)?;
        file.flush()
            .and_then(|()| file.sync_all())
            .map_err(failed)?;
        errln!("wrote {count} to {}", out.display());
    }
    Ok(0)
}

/// `luxpay summary`.
pub async fn summary(
    settings: &Settings,
    ledger: &Ledger,
    client: Option<&Client>,
    args: &SummaryArgs,
) -> Result<u8, CliError> {
    let tz = jiff::tz::TimeZone::system();
    let date = args
        .date
        .unwrap_or_else(|| jiff::Timestamp::now().to_zoned_datetime(tz.clone()).date());
    let loaded = load(ledger)?;
    let api_host = client.map_or_else(
        || crate::api::host_and_port(&settings.base_url),
        Client::api_host,
    );
    let day = summary::day_entries(&loaded.entries, date, &tz, &api_host);
    let local = summary::summarize(&day, date);
    let Some(client) = client else {
        out!("{}", summary::to_text(&local, None, None));
        outln!("(no API key: only the local ledger was summed up)");
        return Ok(0);
    };
    match client
        .history(DateBound::Day(date), DateBound::Day(date))
        .await
    {
        Ok(history) => {
            let differences = summary::reconcile(&day, &history.orders);
            out!(
                "{}",
                summary::to_text(&local, history.total, Some(&differences))
            );
            Ok(0)
        }
        Err(e) => {
            out!("{}", summary::to_text(&local, None, None));
            Err(e.into())
        }
    }
}
