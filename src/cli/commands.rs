//! The headless commands: what scripts and shells call.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use serde::Serialize;

use super::out::{errln, out, outln};
use super::{CliError, CreateArgs, Ctx, HistoryArgs, ListArgs, table};
use crate::api::{ApiError, Client, DateBound, Order};
use crate::config::Settings;
use crate::demo::DemoServer;
use crate::hooks::HookEvent;
use crate::money::{self, Currency};
use crate::payment::{Draft, Field, FieldError};
use crate::sale;
use crate::summary;

/// Exit code when a link was made but could not be written to the ledger: the output is
/// then the only record, and a script must keep it.
pub const EXIT_UNRECORDED: u8 = 7;

pub(super) const DEMO_LINE: &str = "DEMO: luxpay's embedded demo API; no real money moves.";

/// `luxpay create`.
pub async fn create(ctx: &Ctx, settings: &Settings, args: CreateArgs) -> Result<u8, CliError> {
    let (client, demo) = (&ctx.client, ctx.demo);
    let cart = match args.item.as_slice() {
        [] => None,
        items => Some(
            settings
                .selling
                .catalogue
                .cart_of(items)
                .map_err(CliError::Usage)?,
        ),
    };
    let cart_currency = cart.as_ref().and_then(|c| c.currency);
    let method = match (args.method, cart_currency) {
        (Some(method), _) => method,
        // A cart in another currency than USD can only be paid by card.
        (None, Some(c)) if !settings.method.accepts(c) => crate::payment::Method::Card,
        (None, _) => settings.method,
    };
    let currency = match &args.currency {
        Some(code) => code.parse::<Currency>().map_err(|message| {
            CliError::Input(vec![FieldError {
                field: Field::Currency,
                message,
            }])
        })?,
        // The configured currency is a default, not a demand: PayPal and Venmo fall back to USD.
        None if method.accepts(settings.currency) => settings.currency,
        None => Currency::Usd,
    };
    let (amount, product, currency, items) = match cart {
        Some(cart) => (
            money::format_amount(cart.total()),
            crate::payment::product_of(&cart.lines),
            cart.currency.unwrap_or(currency),
            cart.lines,
        ),
        None => (
            args.amount.unwrap_or_default(),
            args.product.unwrap_or_default(),
            currency,
            Vec::new(),
        ),
    };
    let tip = args
        .tip
        .as_deref()
        .map(crate::tip::Tip::parse)
        .transpose()
        .map_err(|message| CliError::Usage(format!("--{message}")))?;
    let draft = Draft {
        amount,
        customer: args.customer.unwrap_or_default(),
        product,
        redirect_url: args
            .redirect_url
            .unwrap_or_else(|| settings.redirect_url.clone()),
        method,
        currency: Some(currency),
        walk_in: settings.selling.walk_in_email.clone(),
        items,
    };
    let mut payment = draft.validate(&settings.limits).map_err(CliError::Input)?;
    if let Some(tip) = tip {
        let tip = tip.on(payment.amount);
        payment = payment.with_tip(tip);
        if payment.amount > settings.limits.max_amount {
            return Err(CliError::Input(vec![FieldError {
                field: Field::Amount,
                message: format!(
                    "with the tip it is {}, above the limit of {}",
                    money::format_amount(payment.amount),
                    money::format_amount(settings.limits.max_amount)
                ),
            }]));
        }
    }
    // On disk before anyone sees the link: a link that was shown is never forgotten.
    let making = sale::make(
        client,
        &ctx.ledger,
        &payment,
        demo,
        &ctx.counter,
        jiff::Timestamp::now,
    );
    let sale = with_spinner("Creating the payment link", making)
        .await
        .map_err(create_error)?;
    if let Some(e) = &sale.unrecorded {
        ctx.warn_unrecorded(e);
    }
    let created = &sale.record;
    let created_at = created.created_at;

    if created.amount_differs() {
        // Recorded (it exists at Luxfin), but not a sale to show: no code, exit 5.
        return Err(CliError::AmountChanged {
            asked: money::format_money(payment.amount, payment.currency),
            made: money::format_money(created.amount, payment.currency),
            order_id: created.order_id.clone(),
            order_url: created.order_url.clone(),
        });
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        if demo {
            errln!("{DEMO_LINE}");
        }
        let json = CreatedJson {
            order_id: created.order_id.as_str(),
            order_url: &created.order_url,
            amount: money::format_amount(created.amount),
            currency: payment.currency.code(),
            customer: &created.customer,
            product: &payment.product,
            subtotal: money::format_amount(created.amount - created.extras.tip_or_zero()),
            tip: money::format_amount(created.extras.tip_or_zero()),
            items: &created.extras.items,
            walk_in: created.extras.walk_in,
            method: payment.method.key(),
            created_at: created_at.to_string(),
            till: &created.till,
            operator: &created.operator,
            demo,
            recorded: sale.unrecorded.is_none(),
        };
        let text = serde_json::to_string(&json).map_err(|e| CliError::Io(e.to_string()))?;
        writeln!(out, "{text}").map_err(io)?;
    } else {
        let printout = super::printout::Printout {
            url: &created.order_url,
            details: vec![
                ("Order", created.order_id.to_string()),
                (
                    "Amount",
                    money::format_money(created.amount, payment.currency),
                ),
                ("Product", payment.product.clone()),
                ("Tip", tip_line(created)),
                ("Customer", customer_line(created)),
                ("Method", payment.method.to_string()),
                ("Till", format!("{} · {}", created.till, created.operator)),
            ],
            demo,
            qr: !args.no_qr,
        };
        let text = printout.render(terminal_size()).map_err(CliError::Io)?;
        write!(out, "{text}").map_err(io)?;
    }
    out.flush().map_err(io)?;
    drop(out);

    let recorded = sale.unrecorded.is_none();
    // Shown and safe here: now the shop's shared ledger, if there is one.
    ctx.share().await;
    ctx.run_hook(
        HookEvent::Created,
        created,
        &crate::api::PaymentStatus::Pending,
    )
    .await;
    let printer = settings.selling.printer.as_ref();
    if args.print {
        print(printer, crate::printer::Print::Slip(created.clone())).await;
    }
    let code = if args.wait {
        let status = super::follow::wait_until_final(ctx, &created.order_id, args.interval).await?;
        if !args.json {
            outln!("Status    {status}");
        }
        if let Some(event) = HookEvent::for_status(&status) {
            ctx.run_hook(event, created, &status).await;
        }
        if status == crate::api::PaymentStatus::Success && printer.is_some_and(|p| p.on_paid) {
            let receipt = crate::printer::Print::Receipt(created.clone(), jiff::Timestamp::now());
            print(printer, receipt).await;
        }
        super::follow::exit_for(&status)
    } else {
        0
    };
    // Not in the ledger: say so in the exit code too, above any other outcome.
    Ok(if recorded { code } else { EXIT_UNRECORDED })
}

#[derive(Serialize)]
struct CreatedJson<'a> {
    order_id: &'a str,
    order_url: &'a str,
    amount: String,
    currency: &'a str,
    customer: &'a str,
    product: &'a str,
    /// The amount before the tip.
    subtotal: String,
    /// The tip included in `amount` ("0.00" for none).
    tip: String,
    /// The catalogue items, when made from `--item`.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    items: &'a [crate::payment::Item],
    /// The customer gave no email: it was made from walk_in_email.
    walk_in: bool,
    method: &'a str,
    created_at: String,
    till: &'a str,
    operator: &'a str,
    demo: bool,
    /// Whether it is in the ledger; if not, this output is the only record of it.
    recorded: bool,
}

/// Prints a job; a printer that is off, or none, is said on stderr and nothing else.
async fn print(printer: Option<&crate::printer::Printer>, job: crate::printer::Print) {
    let Some(printer) = printer.cloned() else {
        errln!("not printed: no printer is set (printer in config.toml)");
        return;
    };
    let word = job.word();
    let tz = jiff::tz::TimeZone::system();
    let result = tokio::task::spawn_blocking(move || crate::printer::print(&printer, &job, &tz))
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    match result {
        Ok(()) => errln!("printed the {word}"),
        Err(reason) => errln!("not printed: {reason}"),
    }
}

/// The tip as the printout shows it: with the subtotal, or "none".
fn tip_line(record: &crate::ledger::PaymentRecord) -> String {
    match record.extras.tip {
        Some(tip) if !tip.is_zero() => format!(
            "{} on {}",
            money::format_money(tip, record.currency),
            money::format_money(record.amount - tip, record.currency)
        ),
        _ => "none".into(),
    }
}

/// The customer as the printout shows it: a walk-in is said to be one.
pub(super) fn customer_line(record: &crate::ledger::PaymentRecord) -> String {
    if record.extras.walk_in {
        format!("walk-in ({})", record.customer)
    } else {
        record.customer.clone()
    }
}

/// Waits for `work`, turning a spinner on stderr meanwhile when stderr is a terminal
/// (a person is watching); the line is cleared once it is done.
async fn with_spinner<T>(label: &str, work: impl std::future::Future<Output = T>) -> T {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return work.await;
    }
    tokio::pin!(work);
    let started = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let spinner = &crate::text::SPINNER;
    loop {
        tokio::select! {
            result = &mut work => {
                super::out::write_err(format_args!("\r\x1b[2K"));
                return result;
            }
            _ = tick.tick() => {
                let elapsed = started.elapsed();
                let frame = spinner[(elapsed.as_millis() / 100) as usize % spinner.len()];
                super::out::write_err(format_args!(
                    "\r{frame} {label}… {} s",
                    elapsed.as_secs()
                ));
            }
        }
    }
}

/// The terminal's size when stdout is one: what `create` lays its code out for.
fn terminal_size() -> Option<(u16, u16)> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size().ok()
}

/// A failed create, with a warning when the payment may exist even so.
fn create_error(e: ApiError) -> CliError {
    if e.create_may_have_happened() {
        CliError::CreateUncertain(e)
    } else {
        CliError::Api(e)
    }
}

/// `luxpay list`.
pub async fn list(ctx: &Ctx, args: &ListArgs) -> Result<u8, CliError> {
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
pub async fn history(ctx: &Ctx, args: &HistoryArgs) -> Result<u8, CliError> {
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
fn orders_table(ctx: &Ctx, orders: &[Order]) -> String {
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

fn io(e: std::io::Error) -> CliError {
    super::out::write_error(e)
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
        shared: settings.ledger_url.clone(),
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
