//! Following a payment: `luxpay status`, and the `--wait` that `create` shares.

use super::out::{errln, outln};
use super::{ApiCtx, CliError, StatusArgs};
use crate::api::{Order, OrderId, PaymentStatus};
use crate::hooks::HookEvent;
use crate::poll::Backoff;
use crate::text::clock;

/// Exit code when a waited-for payment expired.
pub const EXIT_EXPIRED: u8 = 6;

/// `luxpay status`.
pub async fn status(ctx: &ApiCtx, id: &OrderId, args: &StatusArgs) -> Result<u8, CliError> {
    super::out::demo_banner(ctx.demo);
    if args.wait {
        let status = wait_until_final(ctx, id, args.interval).await?;
        print_status(id, &status, None, args.json)?;
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
    let report = ctx.client.status(id).await?;
    if report.status.is_final() {
        ctx.record_status(id, &report.status);
    }
    print_status(id, &report.status, report.order.as_ref(), args.json)?;
    Ok(0)
}

fn print_status(
    id: &OrderId,
    status: &PaymentStatus,
    order: Option<&Order>,
    json: bool,
) -> Result<(), CliError> {
    if json {
        let value = serde_json::json!({
            "order_id": id,
            "status": status.word(),
            "server_status": status.as_str(),
            "order": order,
        });
        outln!("{value}");
    } else {
        outln!("{status}");
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
    loop {
        let pause = match client.status(id).await {
            Ok(report) => {
                if last.as_ref() != Some(&report.status) {
                    errln!("{} {}", clock(started.elapsed()), report.status);
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
                errln!(
                    "{} status unknown, retrying in {} s: {e}",
                    clock(started.elapsed()),
                    pause.as_secs()
                );
                pause
            }
            Err(e) => return Err(e.into()),
        };
        tokio::time::sleep(pause).await;
    }
}
