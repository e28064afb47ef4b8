//! `luxpay ledger`: import a 0.1 ledger, check the database, recover sales in flight.

use std::io::IsTerminal;

use super::out::{errln, outln};
use super::{ApiCtx, CliError, ImportArgs, LedgerJsonArgs};
use crate::i18n::Tr;
use crate::ledger::Ledger;

fn io_error(ledger: &Ledger, e: std::io::Error, tr: &Tr) -> CliError {
    let text = e.to_string();
    let path = ledger.path().display().to_string();
    if text.contains(&path) {
        CliError::Io(text)
    } else {
        CliError::in_words(CliError::Io, tr, |tr| {
            t!(
                tr,
                "cli-ledger-io",
                path = path.as_str(),
                error = text.as_str()
            )
        })
    }
}

/// `luxpay ledger import FILE`: streamed, with a progress line on stderr when it is a
/// terminal; payments that name no till get `till`, if given.
pub fn import(
    ledger: &Ledger,
    args: &ImportArgs,
    till: Option<&str>,
    tr: &Tr,
) -> Result<u8, CliError> {
    let file = args.file.display().to_string();
    let size = std::fs::metadata(&args.file)
        .map_err(|e| {
            CliError::in_words(CliError::Io, tr, |tr| {
                t!(
                    tr,
                    "cannot-read",
                    path = file.as_str(),
                    error = e.to_string()
                )
            })
        })?
        .len();
    let show = std::io::stderr().is_terminal();
    let importing = t!(tr, "cli-importing", file = file.as_str());
    let progress = |read: u64| {
        if show && size > 0 {
            let percent = read.saturating_mul(100) / size;
            super::out::write_err(format_args!("\r{importing} {percent:>3}%"));
        }
    };
    let imported = ledger
        .import(&args.file, till, progress)
        .map_err(|e| io_error(ledger, e, tr))?;
    if show {
        errln!("");
    }
    if args.json {
        let json = serde_json::to_string(&imported).map_err(|e| CliError::Io(e.to_string()))?;
        outln!("{json}");
    } else {
        let line = t!(
            tr,
            "cli-imported",
            payments = imported.payments,
            events = imported.status_events,
            file = file.as_str(),
            ledger = ledger.path().display().to_string()
        );
        if imported.skipped == 0 {
            outln!("{line}");
        } else {
            let skipped = t!(tr, "cli-imported-skipped", count = imported.skipped);
            outln!("{line}; {skipped}");
        }
    }
    Ok(0)
}

/// `luxpay ledger check`: SQLite's integrity check, the counts, size and schema version.
/// A damaged ledger exits 1 with what is wrong.
pub fn check(ledger: &Ledger, args: &LedgerJsonArgs, tr: &Tr) -> Result<u8, CliError> {
    let problems = ledger.integrity().map_err(|e| io_error(ledger, e, tr))?;
    let ok = problems == ["ok"];
    let stats = ledger.stats().map_err(|e| io_error(ledger, e, tr))?;
    if args.json {
        let json = serde_json::json!({
            "path": ledger.path(),
            "ok": ok,
            "problems": if ok { Vec::new() } else { problems.clone() },
            "payments": stats.payments,
            "status_events": stats.status_events,
            "open_intents": stats.open_intents,
            "schema": stats.schema,
            "bytes": stats.bytes,
        });
        outln!("{json}");
    } else {
        let labels = [
            t!(tr, "cli-check-ledger"),
            t!(tr, "cli-check-integrity"),
            t!(tr, "cli-check-payments"),
            t!(tr, "cli-check-status-events"),
            t!(tr, "cli-check-open-intents"),
            t!(tr, "cli-check-schema"),
            t!(tr, "cli-check-size"),
        ];
        let width = super::words::label_width(&labels, 15);
        let row = |i: usize| super::words::pad(&labels[i], width);
        let integrity = if ok {
            t!(tr, "cli-check-ok")
        } else {
            t!(tr, "cli-check-damaged")
        };
        outln!("{}{}", row(0), ledger.path().display());
        outln!("{}{integrity}", row(1));
        for problem in problems.iter().filter(|_| !ok).take(20) {
            outln!("  {}", crate::sanitize::line(problem));
        }
        outln!("{}{}", row(2), stats.payments);
        outln!("{}{}", row(3), stats.status_events);
        outln!("{}{}", row(4), stats.open_intents);
        outln!("{}{}", row(5), stats.schema);
        outln!("{}{}", row(6), crate::text::bytes(stats.bytes, tr));
    }
    if ok {
        Ok(0)
    } else {
        let path = ledger.path().display().to_string();
        Err(CliError::in_words(CliError::Io, tr, |tr| {
            t!(tr, "cli-ledger-damaged", path = path.as_str())
        }))
    }
}

/// `luxpay ledger recover`: resolves sales left in flight now, and says what it found.
pub async fn recover(ctx: &ApiCtx, args: &LedgerJsonArgs) -> Result<u8, CliError> {
    let now = jiff::Timestamp::now();
    let recovery = crate::sale::recover(&ctx.client, &ctx.ledger, ctx.demo, now, now)
        .await
        .map_err(CliError::Io)?;
    if args.json {
        let ids: Vec<&str> = recovery
            .recovered
            .iter()
            .map(|r| r.order_id.as_str())
            .collect();
        let json = serde_json::json!({
            "recovered": ids,
            "not_created": recovery.not_created,
            "unresolved": recovery.unresolved,
        });
        outln!("{json}");
    } else {
        outln!(
            "{}",
            recovery
                .message()
                .unwrap_or_else(|| t!(ctx.tr, "cli-nothing-to-recover"))
        );
    }
    Ok(0)
}

/// `luxpay ledger sync`: sends the shared ledger what it does not have yet, now.
pub async fn sync(
    settings: &crate::config::Settings,
    ledger: &Ledger,
    args: &LedgerJsonArgs,
) -> Result<u8, CliError> {
    let tr = &settings.tr;
    let Some(url) = &settings.ledger_url else {
        let config = settings.config_file.display().to_string();
        return Err(CliError::in_words(CliError::Usage, tr, |tr| {
            t!(tr, "cli-no-shared-ledger", config = config.as_str())
        }));
    };
    let timeout = std::time::Duration::from_secs(10);
    let mut shared = crate::shared::Shared::connect(url, timeout)
        .await
        .map_err(CliError::Shared)?;
    // A time limit per batch, not on the whole: a big backlog goes for as long as the
    // database keeps taking batches, and one that stops goes on from there next time.
    let mut progress = super::ctx::Progress::new(super::ctx::Backlog::Now, tr);
    let pushed = shared
        .push(ledger, timeout, |sent, waiting| {
            progress.batch(sent, waiting)
        })
        .await;
    progress.done();
    let sent = pushed.map_err(CliError::Shared)?;
    super::ctx::say_resent(&sent, &settings.tr);
    // Said from the server's side, so an owner sees what the wire really carries.
    let encrypted = shared.encrypted().await.unwrap_or(false);
    let till = &settings.seller.till;
    let conflicts = super::shop::deadline(shared.conflicts(Some(till))).await?;
    let backlog = ledger.backlog().map_err(|e| io_error(ledger, e, tr))?;
    if args.json {
        let json = serde_json::json!({
            "shared": crate::shared::describe(url),
            "encrypted": encrypted,
            "sent_payments": sent.payments,
            "sent_status_events": sent.events,
            "sent_books": sent.books,
            "sent_again": sent.resent,
            "backlog_payments": backlog.payments,
            "backlog_status_events": backlog.events,
            "backlog_books": backlog.books,
            "conflicts": conflicts,
        });
        outln!("{json}");
    } else {
        let line = t!(
            tr,
            "cli-synced",
            payments = sent.payments,
            events = sent.events,
            books = sent.books,
            shared = crate::shared::describe(url),
            encrypted = if encrypted { "yes" } else { "no" },
            waiting = backlog.payments + backlog.events + backlog.books
        );
        outln!("{line}");
    }
    if conflicts > 0 {
        // Loud, and not 0: the shop's books are missing these sales until someone looks.
        let text = t!(
            tr,
            "cli-sync-conflicts",
            count = conflicts,
            till = till.as_str()
        );
        errln!("{}", t!(tr, "cli-error", text = text));
        return Ok(1);
    }
    Ok(0)
}
