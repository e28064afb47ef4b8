//! `luxpay export`: the payments as CSV, from this till's ledger, from the server, or
//! with `--shop` from every till's, in the shop's shared ledger.

use std::io::Write;
use std::path::Path;

use super::out::errln;
use super::shop::{connect_shared, deadline};
use super::{CliError, ExportArgs};
use crate::api::{Client, DateBound, Order};
use crate::config::Settings;
use crate::export::{self, Table};
use crate::i18n::Tr;
use crate::ledger::{Filter, Ledger};
use crate::shared::RawPage;

/// The most orders `export --source server` pages through without a date range.
const MAX_SERVER_PAGES: u64 = 100;
const PAGE: u64 = 100;

/// A range that ends before it starts matches nothing: say so instead of writing an
/// empty file that looks like a quiet day.
fn check_range(args: &ExportArgs, tr: &Tr) -> Result<(), CliError> {
    match (args.from, args.to) {
        (Some(from), Some(to)) if from > to => Err(super::from_after_to(from, to, tr)),
        _ => Ok(()),
    }
}

/// `luxpay export --source local`.
pub fn export_local(ledger: &Ledger, args: &ExportArgs, tr: &Tr) -> Result<u8, CliError> {
    check_range(args, tr)?;
    let tz = jiff::tz::TimeZone::system();
    let filter = Filter::dates(args.from, args.to);
    write_with(
        &args.out,
        |out| {
            let mut csv = export::CsvWriter::new(out, &export::LOCAL_HEADER)?;
            let mut count = 0;
            ledger.each(&filter, &tz, |e| {
                count += 1;
                csv.row(&export::local_row(&e, &tz))
            })?;
            csv.finish()?;
            Ok(count)
        },
        tr,
    )
}

/// `luxpay export --source server`.
pub async fn export_server(client: &Client, args: &ExportArgs, tr: &Tr) -> Result<u8, CliError> {
    check_range(args, tr)?;
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
                    let text = t!(tr, "cli-export-stopped", count = all.len());
                    errln!("{}", super::words::warning(tr, &text));
                }
            }
            all
        }
        _ => {
            return Err(CliError::in_words(CliError::Usage, tr, |tr| {
                t!(tr, "cli-from-and-to")
            }));
        }
    };
    write(&args.out, &export::server_table(&orders), tr)
}

/// `luxpay export --shop`: every till's payments of the days asked (all of them when
/// none are), from the shared ledger, streamed: pages of `SHOP_PAGE` are read by keyset
/// while the file is written on a blocking thread, a page or two ahead, so a shop of a
/// million payments is never held in memory. A failure midway leaves no file.
pub async fn export_shop(
    settings: &Settings,
    ledger: &Ledger,
    api_host: &str,
    args: &ExportArgs,
) -> Result<u8, CliError> {
    let tr = &settings.tr;
    check_range(args, tr)?;
    let tz = jiff::tz::TimeZone::system();
    let shared = connect_shared(settings, ledger).await?;
    let day = |d| crate::text::day_bounds(d, &tz).map_err(|e| CliError::Usage(e.to_string()));
    let from = match args.from {
        Some(d) => day(d)?.0,
        None => jiff::Timestamp::MIN,
    };
    let to = match args.to {
        Some(d) => day(d)?.1,
        None => jiff::Timestamp::MAX,
    };
    let mut pages = deadline(shared.pages_between(api_host, (from, to))).await?;
    // Pages go to the writer as the database sent them: it turns them into rows of the
    // file on its own thread while the next page is read, so the database is never
    // kept waiting on the writing.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<RawPage, String>>(2);
    let out = args.out.clone();
    let writer_tr = tr.clone();
    let writing = tokio::task::spawn_blocking(move || {
        write_with(
            &out,
            |w| {
                let mut csv = export::CsvWriter::new(w, &export::LOCAL_HEADER)?;
                let mut count = 0;
                while let Some(page) = rx.blocking_recv() {
                    for e in page.map_err(std::io::Error::other)?.entries() {
                        count += 1;
                        csv.row(&export::local_row(&e.map_err(std::io::Error::other)?, &tz))?;
                    }
                }
                csv.finish()?;
                Ok(count)
            },
            &writer_tr,
        )
    });
    let mut failed = None;
    loop {
        let page = deadline(shared.next_page(&mut pages, SHOP_PAGE))
            .await
            .map_err(|e| {
                let said = e.to_string();
                failed = Some(e);
                said
            });
        let last = !matches!(&page, Ok(rows) if rows.len() as i64 == SHOP_PAGE);
        // The writer gone (a closed pipe, a full disk) ends the reading too.
        if tx.send(page).await.is_err() || last {
            break;
        }
    }
    drop(tx);
    let written = writing.await.map_err(|e| CliError::Io(e.to_string()))?;
    // The database's failure is the error (exit 4), not the file it left unwritten.
    match failed {
        Some(e) => Err(e),
        None => written,
    }
}

/// Payments read from the shop's ledger at a time by `export --shop`.
const SHOP_PAGE: i64 = 2000;

fn write(out: &Path, table: &Table, tr: &Tr) -> Result<u8, CliError> {
    write_with(
        out,
        |w| export::write_csv(w, table).map(|()| table.rows.len()),
        tr,
    )
}

/// Writes CSV to `out` (`-` for stdout, else a new file, synced) with `csv`, which
/// returns how many payments it wrote.
fn write_with(
    out: &Path,
    csv: impl FnOnce(&mut dyn Write) -> std::io::Result<usize>,
    tr: &Tr,
) -> Result<u8, CliError> {
    let path = out.display().to_string();
    let failed = |e: std::io::Error| {
        CliError::in_words(CliError::Io, tr, |tr| {
            t!(
                tr,
                "cli-cannot-write",
                path = path.as_str(),
                error = e.to_string()
            )
        })
    };
    if out == Path::new("-") {
        let stdout = std::io::stdout();
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
        let n = csv(&mut buffered)
            .and_then(|n| buffered.flush().map(|()| n))
            .map_err(super::out::write_error)?;
        errln!("{}", t!(tr, "cli-wrote-stdout", count = n));
    } else {
        // Never overwrite: an earlier export may be the only copy someone has. Said
        // before the work too, not only once it is done.
        let exists = || {
            CliError::in_words(CliError::Usage, tr, |tr| {
                t!(tr, "cli-file-exists", path = path.as_str())
            })
        };
        if std::fs::symlink_metadata(out).is_ok() {
            return Err(exists());
        }
        // Written beside it and named when complete: a failed export leaves no file.
        let n = export::write_new(out, csv).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => exists(),
            _ => failed(e),
        })?;
        errln!(
            "{}",
            t!(tr, "cli-wrote-file", count = n, path = path.as_str())
        );
    }
    Ok(0)
}
