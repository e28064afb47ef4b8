//! `luxpay ledger`: import a 0.1 ledger, check the database, recover sales in flight.

use std::io::IsTerminal;

use super::out::{errln, outln};
use super::{ApiCtx, CliError, ImportArgs, LedgerJsonArgs};
use crate::ledger::Ledger;

fn io_error(ledger: &Ledger, e: std::io::Error) -> CliError {
    let text = e.to_string();
    if text.contains(&ledger.path().display().to_string()) {
        CliError::Io(text)
    } else {
        CliError::Io(format!("the ledger {}: {text}", ledger.path().display()))
    }
}

/// `luxpay ledger import FILE`: streamed, with a progress line on stderr when it is a
/// terminal; payments that name no till get `till`, if given.
pub fn import(ledger: &Ledger, args: &ImportArgs, till: Option<&str>) -> Result<u8, CliError> {
    let size = std::fs::metadata(&args.file)
        .map_err(|e| CliError::Io(format!("cannot read {}: {e}", args.file.display())))?
        .len();
    let show = std::io::stderr().is_terminal();
    let progress = |read: u64| {
        if show && size > 0 {
            let percent = read.saturating_mul(100) / size;
            super::out::write_err(format_args!(
                "\rImporting {}… {percent:>3}%",
                args.file.display()
            ));
        }
    };
    let imported = ledger
        .import(&args.file, till, progress)
        .map_err(|e| io_error(ledger, e))?;
    if show {
        errln!("");
    }
    if args.json {
        let json = serde_json::to_string(&imported).map_err(|e| CliError::Io(e.to_string()))?;
        outln!("{json}");
    } else {
        outln!(
            "Imported {} payment(s) and {} status event(s) from {} into {}{}",
            imported.payments,
            imported.status_events,
            args.file.display(),
            ledger.path().display(),
            imported.skipped_note()
        );
    }
    Ok(0)
}

/// `luxpay ledger check`: SQLite's integrity check, the counts, size and schema version.
/// A damaged ledger exits 1 with what is wrong.
pub fn check(ledger: &Ledger, args: &LedgerJsonArgs) -> Result<u8, CliError> {
    let problems = ledger.integrity().map_err(|e| io_error(ledger, e))?;
    let ok = problems == ["ok"];
    let stats = ledger.stats().map_err(|e| io_error(ledger, e))?;
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
        outln!("ledger         {}", ledger.path().display());
        outln!("integrity      {}", if ok { "ok" } else { "DAMAGED" });
        for problem in problems.iter().filter(|_| !ok).take(20) {
            outln!("  {}", crate::sanitize::line(problem));
        }
        outln!("payments       {}", stats.payments);
        outln!("status events  {}", stats.status_events);
        outln!("open intents   {}", stats.open_intents);
        outln!("schema         {}", stats.schema);
        outln!("size           {}", crate::text::bytes(stats.bytes));
    }
    if ok {
        Ok(0)
    } else {
        Err(CliError::Io(format!(
            "the ledger {} is damaged: keep a copy, and recover it with `sqlite3 {} .recover | sqlite3 recovered.db`",
            ledger.path().display(),
            ledger.path().display()
        )))
    }
}

/// `luxpay ledger recover`: resolves sales left in flight now, and says what it found.
pub async fn recover(ctx: &ApiCtx, args: &LedgerJsonArgs) -> Result<u8, CliError> {
    let recovery = crate::sale::recover(&ctx.client, &ctx.ledger, ctx.demo, jiff::Timestamp::now())
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
                .unwrap_or_else(|| "No sale was left in flight: nothing to recover".into())
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
    let Some(url) = &settings.ledger_url else {
        return Err(CliError::Usage(format!(
            "no shared ledger: set ledger_url in {} (or --ledger-url, LUXPAY_LEDGER_URL) to a postgres:// URL",
            settings.config_file.display()
        )));
    };
    let timeout = std::time::Duration::from_secs(10);
    let mut shared = crate::shared::Shared::connect(url, timeout)
        .await
        .map_err(CliError::Shared)?;
    // A time limit per batch, not on the whole: a big backlog goes for as long as the
    // database keeps taking batches, and one that stops goes on from there next time.
    let mut progress = super::ctx::Progress::new("this till's backlog");
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
    let backlog = ledger.backlog().map_err(|e| io_error(ledger, e))?;
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
        outln!(
            "Sent {} payment(s), {} status event(s) and {} book event(s) or Z report(s) to the shared ledger ({}, {}); {} wait",
            sent.payments,
            sent.events,
            sent.books,
            crate::shared::describe(url),
            if encrypted {
                "encrypted"
            } else {
                "not encrypted"
            },
            backlog.payments + backlog.events + backlog.books
        );
    }
    if conflicts > 0 {
        // Loud, and not 0: the shop's books are missing these sales until someone looks.
        errln!(
            "error: {conflicts} sale(s) of till {till} have an order id the shared ledger holds for another sale: they are kept apart (table luxpay_conflicts), not counted as the other. Two tills on two demo APIs do this: share one `luxpay demo-server`."
        );
        return Ok(1);
    }
    Ok(0)
}
