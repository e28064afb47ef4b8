//! `luxpay summary`: the end of a shift, or with `--shop` the whole shop's day from
//! its shared ledger, counted after asking the server about what is still open, and
//! reconciled with the server's history.

use super::out::{errln, out, outln};
use super::shop::{connect_shared, deadline, shop_day};
use super::{CliError, SummaryArgs};
use crate::api::{Client, DateBound, OrderId};
use crate::config::Settings;
use crate::ledger::{Filter, Ledger, LedgerEntry, StatusRecord};
use crate::summary;

/// Open payments asked about at once while closing a day: enough to be quick, few
/// enough not to hammer the API.
const CHECKS_IN_FLIGHT: usize = 4;

/// `luxpay summary`.
pub async fn summary(
    settings: &Settings,
    ledger: &Ledger,
    client: Option<&Client>,
    demo: bool,
    args: &SummaryArgs,
) -> Result<u8, CliError> {
    let tz = jiff::tz::TimeZone::system();
    let date = args
        .date
        .unwrap_or_else(|| jiff::Timestamp::now().to_zoned_datetime(tz.clone()).date());
    let api_host = client.map_or_else(|| settings.api_host(demo), Client::api_host);
    let shared = shared_for(settings, ledger, args.shop).await?;
    let shop = shared.as_ref().filter(|_| args.shop);
    let mut entries = day_of(ledger, shared.as_ref(), args.shop, &api_host, date, &tz).await?;
    // What a ledger says may be old: a payment made with `create` (at any till, for the
    // shop) and paid since is still PENDING there. Ask first, record what changed, then
    // count.
    let open: Vec<OrderId> = entries
        .iter()
        .filter(|e| !e.status.is_final())
        .map(|e| e.payment.order_id.clone())
        .collect();
    let unchecked = match client {
        Some(client) => refresh(client, ledger, shop, &mut entries, &open, &settings.tr).await,
        None => open.len(),
    };
    let day: Vec<&crate::ledger::LedgerEntry> = entries.iter().collect();
    let local = summary::summarize(&day, date);
    let history = match client {
        Some(client) => Some(
            client
                .history(DateBound::Day(date), DateBound::Day(date))
                .await,
        ),
        None => None,
    };
    let mut elsewhere = std::collections::BTreeMap::new();
    let reconciled = match &history {
        Some(Ok(h)) => {
            let mut differences = summary::reconcile(&day, &h.orders);
            if !args.shop {
                elsewhere =
                    other_tills(shared.as_ref(), &api_host, &differences, &settings.tr).await;
                differences.retain(|d| !elsewhere.contains_key(d.order_id()));
            }
            let server = summary::ServerDay {
                orders: &h.orders,
                sum: h.total,
            };
            Some((server, differences))
        }
        _ => None,
    };
    if args.json {
        let mut json = summary_json(&local, reconciled.as_ref(), unchecked, settings);
        json["demo"] = demo.into();
        json["other_tills"] = elsewhere
            .iter()
            .map(|(id, till)| serde_json::json!({"order_id": id, "till": till}))
            .collect();
        json["shop"] = args.shop.into();
        if args.shop
            && let Some((_, differences)) = &reconciled
        {
            json["server"]["differences"] = differences
                .iter()
                .map(summary::Difference::in_shop)
                .collect();
        }
        outln!("{json}");
    } else {
        super::out::demo_banner(demo, &settings.tr);
        let server = reconciled.as_ref().map(|(d, diffs)| (*d, diffs.as_slice()));
        if args.shop {
            outln!("{}", t!(settings.tr, "cli-summary-whole-shop"));
        }
        let text = summary::to_text(&local, server, unchecked, args.shop, &settings.tr);
        out!("{text}");
        if let Some(line) = summary::made_elsewhere(&elsewhere, &settings.tr) {
            outln!("{line}");
        }
        if client.is_none() {
            outln!("({})", t!(settings.tr, "cli-summary-no-key"));
        }
    }
    match history {
        Some(Err(e)) => Err(e.into()),
        _ => Ok(0),
    }
}

/// One connection to the shop's ledger, for the whole command: required for the
/// shop's day (`shop`), asked of when there is one for a till's own (a warning, and
/// none, when it cannot be reached).
async fn shared_for(
    settings: &Settings,
    ledger: &Ledger,
    shop: bool,
) -> Result<Option<crate::shared::Shared>, CliError> {
    Ok(match (shop, &settings.ledger_url) {
        (true, _) => Some(connect_shared(settings, ledger).await?),
        (false, Some(_)) => connect_shared(settings, ledger)
            .await
            .map_err(|e| {
                let text = t!(
                    settings.tr,
                    "cli-shop-not-asked",
                    error = e.text(&settings.tr)
                );
                errln!("{}", super::words::warning(&settings.tr, &text));
            })
            .ok(),
        (false, None) => None,
    })
}

/// With a shared ledger, which of the server's orders this till's ledger lacks another
/// till made (order → till): those are its neighbours' sales, not differences. Empty
/// without a shared ledger, or when it cannot be asked (said once).
async fn other_tills(
    shared: Option<&crate::shared::Shared>,
    api_host: &str,
    differences: &[summary::Difference],
    tr: &crate::i18n::Tr,
) -> std::collections::BTreeMap<OrderId, String> {
    let missing: Vec<OrderId> = differences
        .iter()
        .filter(|d| matches!(d, summary::Difference::OnlyOnServer { .. }))
        .map(|d| d.order_id().clone())
        .collect();
    let Some(shared) = shared.filter(|_| !missing.is_empty()) else {
        return Default::default();
    };
    match deadline(shared.tills_of(api_host, &missing)).await {
        Ok(tills) => tills,
        Err(e) => {
            let text = t!(tr, "cli-other-tills-unknown", error = e.text(tr));
            errln!("{}", super::words::warning(tr, &text));
            Default::default()
        }
    }
}

/// The summary as one JSON document, for `summary --json`.
fn summary_json(
    local: &summary::DaySummary,
    reconciled: Option<&(summary::ServerDay, Vec<summary::Difference>)>,
    unchecked: usize,
    settings: &Settings,
) -> serde_json::Value {
    let server = reconciled.map(|(day, differences)| {
        let totals = summary::totals_by_currency(day.orders);
        serde_json::json!({
            "totals": totals
                .iter()
                .map(|(currency, total)| serde_json::json!({
                    "currency": currency,
                    "total": crate::money::format_amount(*total),
                }))
                .collect::<Vec<_>>(),
            "sum_adds_currencies": summary::server_sum_note(day.sum, &totals).is_some(),
            "differences": differences.iter().map(ToString::to_string).collect::<Vec<_>>(),
        })
    });
    serde_json::json!({
        "date": local.date.to_string(),
        "payments": local.count,
        "by_status": local.by_status,
        "by_method": local.by_method,
        "by_till": local.by_till,
        "by_operator": local.by_operator,
        "tips": local.tips,
        "unchecked": unchecked,
        "server": server,
        "api": crate::api::host_and_port(&settings.base_url),
    })
}

/// Asks the server for the status of each open payment in `ids`, at most
/// `CHECKS_IN_FLIGHT` at once; records every change (in this till's ledger when it holds
/// the order, and in the shop's when one is given) and applies it. Returns how many
/// could not be checked.
async fn refresh(
    client: &Client,
    ledger: &Ledger,
    shop: Option<&crate::shared::Shared>,
    entries: &mut [crate::ledger::LedgerEntry],
    ids: &[OrderId],
    tr: &crate::i18n::Tr,
) -> usize {
    use futures_util::StreamExt;
    let progress = Progress::new(ids.len(), tr);
    let mut answers = futures_util::stream::iter(ids.iter().cloned())
        .map(|id| async move {
            let status = client.status(&id).await;
            (id, status)
        })
        .buffer_unordered(CHECKS_IN_FLIGHT);
    let mut unchecked = 0;
    let mut done = 0;
    let api_host = client.api_host();
    while let Some((id, answer)) = answers.next().await {
        done += 1;
        progress.show(done);
        let Ok(report) = answer else {
            unchecked += 1;
            continue;
        };
        let Some(entry) = entries
            .iter_mut()
            .rev()
            .find(|e| e.payment.order_id == id && e.payment.api_host == api_host)
        else {
            continue;
        };
        if !crate::payment::may_follow(&entry.status, &report.status) {
            continue;
        }
        let status = StatusRecord {
            order_id: id,
            status: report.status.clone(),
            at: jiff::Timestamp::now(),
            api_host: api_host.clone(),
            source: crate::ledger::Source::Summary,
        };
        if let Err(e) = ledger.note_status(&status) {
            let text = t!(tr, "cli-status-change-unrecorded", error = e.to_string());
            errln!("{}", super::words::warning(tr, &text));
        }
        if let Some(shared) = shop
            && let Err(e) = deadline(shared.note_status(&status)).await
        {
            let text = t!(tr, "cli-status-change-unshared", error = e.to_string());
            errln!("{}", super::words::warning(tr, &text));
        }
        if report.status == crate::api::PaymentStatus::Success
            && let Ok(Some(void)) = ledger.void_of(&api_host, &status.order_id)
        {
            let tz = jiff::tz::TimeZone::system();
            errln!(
                "{}",
                crate::books::paid_after_void(&status.order_id, &void, &tz, tr)
            );
        }
        entry.status = report.status;
        entry.status_at = Some(status.at);
    }
    progress.finish();
    unchecked
}

/// "checking 2/5 open payments…" on stderr, when stderr is a terminal.
struct Progress {
    total: usize,
    shown: bool,
    tr: crate::i18n::Tr,
}

impl Progress {
    fn new(total: usize, tr: &crate::i18n::Tr) -> Progress {
        use std::io::IsTerminal;
        let shown = total > 0 && std::io::stderr().is_terminal();
        let progress = Progress {
            total,
            shown,
            tr: tr.clone(),
        };
        progress.show(0);
        progress
    }

    fn show(&self, done: usize) {
        if self.shown {
            let text = t!(self.tr, "cli-summary-checking");
            crate::cli::out::write_err(format_args!("\r{text}: {done}/{}", self.total));
        }
    }

    fn finish(&self) {
        if self.shown {
            // Clear the line, so the summary starts on a clean one.
            crate::cli::out::write_err(format_args!("\r\x1b[2K"));
        }
    }
}

/// The day's payments to count: the shop's (`shop`; and this till's ledger learns what
/// the shop knows of its sales), or this till's, brought up to date from the shop's
/// ledger when there is one.
async fn day_of(
    ledger: &Ledger,
    shared: Option<&crate::shared::Shared>,
    shop: bool,
    api_host: &str,
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
) -> Result<Vec<LedgerEntry>, CliError> {
    match shared {
        Some(shared) if shop => {
            let day = shop_day(shared, api_host, date, tz).await?;
            learn_from_shop(ledger, &day, &mut []);
            Ok(day)
        }
        _ => {
            let filter = Filter::dates(Some(date), Some(date)).on_host(api_host);
            let mut day = ledger
                .all(&filter, tz)
                .map_err(|e| CliError::Io(e.to_string()))?;
            if let Some(shared) = shared
                && let Ok(told) = shop_day(shared, api_host, date, tz).await
            {
                learn_from_shop(ledger, &told, &mut day);
            }
            Ok(day)
        }
    }
}

/// What the shop's ledger knows of this till's sales that its own ledger does not yet
/// (a PAID a webhook or another till recorded there): recorded here too, where the
/// rule of finality lets it follow, and applied to `entries`, so a till's close-out and
/// the shop's agree.
fn learn_from_shop(ledger: &Ledger, shop: &[LedgerEntry], entries: &mut [LedgerEntry]) {
    for told in shop.iter().filter(|e| e.status.is_final()) {
        let status = StatusRecord {
            order_id: told.payment.order_id.clone(),
            status: told.status.clone(),
            at: told.status_at.unwrap_or_else(jiff::Timestamp::now),
            api_host: told.payment.api_host.clone(),
            source: crate::ledger::Source::Shared,
        };
        if !matches!(
            ledger.note_status(&status),
            Ok(crate::ledger::Noted::Recorded)
        ) {
            continue;
        }
        if let Some(entry) = entries
            .iter_mut()
            .find(|e| e.payment.order_id == told.payment.order_id)
        {
            entry.status = told.status.clone();
            entry.status_at = told.status_at;
        }
    }
}
