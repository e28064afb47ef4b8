//! The headless commands: what scripts and shells call.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use super::out::{errln, out, outln};
use super::{ApiCtx, CliError, HistoryArgs, ListArgs, table};
use crate::api::{Client, DateBound, Order};
use crate::config::Settings;
use crate::demo::DemoServer;
use crate::money;
use crate::summary;

pub(super) const DEMO_LINE: &str = "DEMO: luxpay's embedded demo API; no real money moves.";

/// `luxpay list`.
pub async fn list(ctx: &ApiCtx, args: &ListArgs) -> Result<u8, CliError> {
    let (client, demo) = (&ctx.client, ctx.demo);
    let page = client.list(args.limit, args.offset).await?;
    if args.json {
        outln!(
            "{}",
            serde_json::json!({ "limit": page.limit, "offset": page.offset, "payments": page.orders, "demo": demo })
        );
        return Ok(0);
    }
    if demo {
        outln!("{DEMO_LINE}");
    }
    if page.orders.is_empty() {
        outln!("No payments at offset {}.", page.offset);
    } else {
        out!("{}", orders_table(ctx, &page.orders));
    }
    Ok(0)
}

/// `luxpay history`.
pub async fn history(ctx: &ApiCtx, args: &HistoryArgs) -> Result<u8, CliError> {
    let (client, demo) = (&ctx.client, ctx.demo);
    if args.from > args.to {
        return Err(CliError::Usage(format!(
            "--from {} is after --to {}: give the earlier day first",
            args.from, args.to
        )));
    }
    let history = client
        .history(DateBound::Day(args.from), DateBound::Day(args.to))
        .await?;
    // Totals per currency, from the rows: the server's own sum may add currencies together.
    let totals = summary::totals_by_currency(&history.orders);
    let sum_note = summary::server_sum_note(history.total, &totals);
    if args.json {
        let totals: Vec<_> = totals
            .iter()
            .map(|(currency, total)| {
                serde_json::json!({ "currency": currency, "total": money::format_amount(*total) })
            })
            .collect();
        let value = serde_json::json!({
            "from": args.from.to_string(),
            "to": args.to.to_string(),
            "totals": totals,
            "server_sum": history.total.map(money::format_amount),
            "server_sum_adds_currencies": sum_note.is_some(),
            "payments": history.orders,
            "demo": demo,
        });
        outln!("{value}");
        return Ok(0);
    }
    if demo {
        outln!("{DEMO_LINE}");
    }
    out!("{}", orders_table(ctx, &history.orders));
    outln!(
        "{} payments from {} to {}; totals: {}",
        history.orders.len(),
        args.from,
        args.to,
        summary::format_totals(&totals)
    );
    if let Some(note) = sum_note {
        outln!("({note})");
    }
    Ok(0)
}

/// Orders as a table, with when each was made where this machine's ledger knows: the
/// API's orders carry no time.
fn orders_table(ctx: &ApiCtx, orders: &[Order]) -> String {
    let tz = jiff::tz::TimeZone::system();
    let made = ctx.made_at(orders);
    let format = crate::text::when_format(made.iter().flatten().copied(), &tz);
    let rows: Vec<Vec<String>> = orders
        .iter()
        .zip(&made)
        .map(|(o, made)| {
            let amount = match (o.amount, o.currency.as_deref()) {
                (Some(a), Some(c)) => format!("{} {c}", money::format_amount(a)),
                (Some(a), None) => money::format_amount(a),
                (None, _) => "?".into(),
            };
            let when = made.map_or_else(
                || "-".to_string(),
                |t| t.to_zoned_datetime(tz.clone()).strftime(format).to_string(),
            );
            vec![
                when,
                o.id.to_string(),
                o.status.as_ref().map_or("?".into(), ToString::to_string),
                amount,
                o.customer.clone().unwrap_or_default(),
                o.product.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table::render(
        &["WHEN", "ID", "STATUS", "AMOUNT", "CUSTOMER", "PRODUCT"],
        &rows,
    )
}

/// `luxpay test-webhook`.
pub async fn test_webhook(client: &Client, demo: bool) -> Result<u8, CliError> {
    let answer = client.test_webhook().await?;
    let said = answer
        .get("message")
        .and_then(|m| m.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| answer.to_string());
    if demo {
        outln!("{DEMO_LINE}");
    }
    outln!(
        "Test webhook requested: {}",
        crate::sanitize::excerpt(&said, 300)
    );
    Ok(0)
}

/// `luxpay demo-server`.
pub async fn demo_server(
    addr: SocketAddr,
    pay_after: Duration,
    latency: Duration,
    state_file: std::path::PathBuf,
) -> Result<u8, CliError> {
    let server = DemoServer::start_with(addr, pay_after, latency, Some(state_file))
        .await
        .map_err(|e| CliError::Io(format!("cannot listen on {addr}: {e}")))?;
    let base = server.base_url();
    let base = base.as_str().trim_end_matches('/');
    let secs = pay_after.as_secs();
    // The banner is a courtesy: a closed stdout must not stop the server.
    let _ = writeln!(
        std::io::stdout(),
        "luxpay DEMO API listening on {base}\n  \
         orders pay themselves after {secs} s; POST /demo/pay/ID pays one now, \
         POST /demo/expire/ID expires one\n  \
         try: luxpay --base-url {base} create ...   (any API key works)\n  \
         Ctrl+C stops it."
    );
    server.run_until_stopped().await;
    Ok(0)
}

/// `luxpay webhook --listen ADDR`: receives Luxfin's webhooks until SIGTERM or Ctrl+C.
pub async fn webhook(
    settings: &Settings,
    ledger: crate::ledger::Ledger,
    demo: bool,
    args: &super::WebhookArgs,
) -> Result<u8, CliError> {
    let Some(secret) = settings.api_secret.clone() else {
        return Err(CliError::Usage(format!(
            "no API secret to check webhook signatures with: pass --api-secret-file PATH, set \
             LUXFIN_API_SECRET, or add api_secret to {}",
            settings.config_file.display()
        )));
    };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| CliError::Io(format!("cannot listen on {}: {e}", args.listen)))?;
    let receiver = crate::webhook::Receiver {
        ledger,
        api_host: settings.api_host(demo),
        secret,
        allow: settings.webhook_allow.clone(),
        shared: settings
            .ledger_url
            .clone()
            .map(|url| crate::shared::Pool::new(url, crate::webhook::SHARED_TIMEOUT)),
        hooks: settings.selling.hooks.clone(),
    };
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Io(e.to_string()))?;
    tracing::info!(%addr, "receiving webhooks");
    errln!("luxpay: receiving webhooks on http://{addr}/webhook (SIGTERM or Ctrl+C stops)");
    crate::webhook::serve(listener, receiver, crate::signals::stop_requested())
        .await
        .map_err(|e| CliError::Io(e.to_string()))?;
    tracing::info!("webhook receiver stopped");
    Ok(0)
}
