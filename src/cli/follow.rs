//! Following a payment: `luxpay status`, and the `--wait` that `create` shares.

use super::out::{errln, outln};
use super::{ApiCtx, CliError, StatusArgs};
use crate::api::{Order, OrderId, PaymentStatus};
use crate::hooks::HookEvent;
use crate::poll::Backoff;
use crate::text::clock;

use super::words::status as status_word;

/// Exit code when a waited-for payment expired.
pub const EXIT_EXPIRED: u8 = 6;

/// `luxpay status`.
pub async fn status(ctx: &ApiCtx, id: &OrderId, args: &StatusArgs) -> Result<u8, CliError> {
    super::out::demo_banner(ctx.demo, &ctx.tr);
    if args.wait {
        let status = wait_until_final(ctx, id, args.interval).await?;
        print_status(
            id,
            &status,
            None,
            voided(ctx, id, &status),
            args.json,
            &ctx.tr,
        )?;
        if ctx.void_of(id).is_some() {
            ctx.paid_after_void(id, &status).await;
            return Ok(exit_for(&status));
        }
        // The sale's details for the hook come from the ledger: an order it does not
        // hold (made elsewhere) runs no hook.
        let sale = ctx.ledger.entry(&ctx.client.api_host(), id).ok().flatten();
        if let (Some(event), Some(sale)) = (HookEvent::for_status(&status), sale)
            && ctx.claim_final(id, &status)
        {
            ctx.run_hook(event, &sale.payment, &status).await;
        }
        return Ok(exit_for(&status));
    }
    let known = known_status(ctx, id, true).await;
    let report = ctx.client.status(id).await?;
    if report.status.is_final() {
        ctx.record_status(id, &report.status);
    }
    // PAID is final: what a ledger holds already is not undone by a later answer.
    let status = match known {
        Some(known)
            if !crate::payment::may_follow(&known, &report.status) && known != report.status =>
        {
            let text = t!(
                ctx.tr,
                "cli-status-final-kept",
                server = status_word(&ctx.tr, &report.status),
                known = status_word(&ctx.tr, &known),
            );
            errln!("{}", super::words::note(&ctx.tr, &text));
            known
        }
        _ => report.status,
    };
    let voided = voided(ctx, id, &status);
    print_status(
        id,
        &status,
        report.order.as_ref(),
        voided,
        args.json,
        &ctx.tr,
    )?;
    ctx.paid_after_void(id, &status).await;
    Ok(0)
}

/// Whether the till voided this order and it was not paid after all: then it is
/// VOIDED, as in every list and export, whatever the server still says of the link.
fn voided(ctx: &ApiCtx, id: &OrderId, status: &PaymentStatus) -> bool {
    *status != PaymentStatus::Success && ctx.void_of(id).is_some()
}

/// The final status a ledger already holds for this order, if any: this till's own,
/// and (when `shop`) the shop's shared ledger, which a webhook or another till may have
/// told first (then this till's ledger learns it too).
async fn known_status(ctx: &ApiCtx, id: &OrderId, shop: bool) -> Option<PaymentStatus> {
    let host = ctx.client.api_host();
    let local = ctx
        .ledger
        .entry(&host, id)
        .ok()
        .flatten()
        .map(|e| e.status)
        .filter(PaymentStatus::is_final);
    if local.as_ref() == Some(&PaymentStatus::Success) || !shop {
        return local;
    }
    let url = ctx.ledger_url.as_ref()?;
    let asked = async {
        let shared = crate::shared::Shared::connect(url, super::shop::COMMAND_TIMEOUT).await?;
        shared.entry(&host, id).await
    };
    let from_shop = match super::shop::deadline(asked).await {
        Ok(Some(entry)) => Some(entry.status).filter(PaymentStatus::is_final),
        _ => None,
    };
    match (local, from_shop) {
        (local, Some(shop))
            if local
                .as_ref()
                .is_none_or(|l| crate::payment::may_follow(l, &shop)) =>
        {
            let record = crate::ledger::StatusRecord {
                order_id: id.clone(),
                status: shop.clone(),
                at: jiff::Timestamp::now(),
                api_host: host,
                source: crate::ledger::Source::Shared,
            };
            let _ = ctx.ledger.note_status(&record);
            Some(shop)
        }
        (local, _) => local,
    }
}

fn print_status(
    id: &OrderId,
    status: &PaymentStatus,
    order: Option<&Order>,
    voided: bool,
    json: bool,
    tr: &crate::i18n::Tr,
) -> Result<(), CliError> {
    if json {
        let value = serde_json::json!({
            "order_id": id,
            "status": if voided { "VOIDED" } else { status.word() },
            "server_status": status.as_str(),
            "order": order,
        });
        outln!("{value}");
    } else if voided {
        outln!("{}", t!(tr, "status-voided"));
    } else {
        outln!("{}", status_word(tr, status));
    }
    Ok(())
}

pub(super) fn exit_for(status: &PaymentStatus) -> u8 {
    if *status == PaymentStatus::Expired {
        EXIT_EXPIRED
    } else {
        0
    }
}

/// Checks a payment until it is paid or expired, reporting changes on stderr. Transient
/// failures back off and retry; anything else ends the wait.
pub(super) async fn wait_until_final(
    ctx: &ApiCtx,
    id: &OrderId,
    interval_secs: f64,
) -> Result<PaymentStatus, CliError> {
    let client = &ctx.client;
    let interval = crate::config::in_range(
        "--interval",
        Some(interval_secs),
        interval_secs,
        crate::config::POLL_SECS,
    )
    .map_err(|e| CliError::Usage(e.to_string()))?;
    let mut backoff = Backoff::default();
    let started = tokio::time::Instant::now();
    let mut last: Option<PaymentStatus> = None;
    // Told already (a webhook, another till, the app): nothing to wait for.
    if let Some(known) = known_status(ctx, id, true).await
        && known == PaymentStatus::Success
    {
        let known_word = status_word(&ctx.tr, &known);
        let line = t!(ctx.tr, "cli-wait-recorded-already", status = known_word);
        errln!("{} {line}", clock(started.elapsed()));
        return Ok(known);
    }
    loop {
        // Recorded meanwhile by another luxpay on this ledger (the app, a receiver).
        if let Some(known) = known_status(ctx, id, false).await
            && known == PaymentStatus::Success
        {
            let known_word = status_word(&ctx.tr, &known);
            let line = t!(ctx.tr, "cli-wait-recorded", status = known_word);
            errln!("{} {line}", clock(started.elapsed()));
            return Ok(known);
        }
        let pause = match client.status(id).await {
            Ok(report) => {
                if last.as_ref() != Some(&report.status) {
                    let word = status_word(&ctx.tr, &report.status);
                    errln!("{} {word}", clock(started.elapsed()));
                    last = Some(report.status.clone());
                }
                if report.status.is_final() {
                    ctx.record_status(id, &report.status);
                    return Ok(report.status);
                }
                backoff.after_success(interval)
            }
            Err(e) if e.is_transient() => {
                let pause = backoff.after_failure(interval);
                let line = t!(
                    ctx.tr,
                    "cli-wait-retrying",
                    secs = pause.as_secs(),
                    error = e.text(&ctx.tr),
                );
                errln!("{} {line}", clock(started.elapsed()));
                pause
            }
            Err(e) => return Err(e.into()),
        };
        tokio::time::sleep(pause).await;
    }
}
