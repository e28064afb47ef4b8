//! `luxpay create`: a payment link from the shell, as a QR code with its details or as
//! one JSON object, with catalogue items, a tip, a walk-in customer, a slip printed, and
//! the hooks run; `--wait` follows it to paid or expired.

use std::io::Write;
use std::time::Duration;

use serde::Serialize;

use super::out::{errln, outln};
use super::{ApiCtx, CliError, CreateArgs};
use crate::api::ApiError;
use crate::config::Settings;
use crate::hooks::HookEvent;
use crate::i18n::Tr;
use crate::ledger::PaymentRecord;
use crate::money::{self, Currency};
use crate::payment::{Draft, Field, FieldError, NewPayment};
use crate::sale;

/// Exit code when a link was made but could not be written to the ledger: the output is
/// then the only record, and a script must keep it.
pub const EXIT_UNRECORDED: u8 = 7;

/// `luxpay create`: the sale put together and checked, made (on disk before anyone
/// sees the link), shown, then shared, its hooks run, printed and followed as asked.
pub async fn create(ctx: &ApiCtx, settings: &Settings, args: CreateArgs) -> Result<u8, CliError> {
    let payment = checked_payment(settings, &args)?;
    let sale = make(ctx, &payment, &settings.tr).await?;
    show(&sale, &payment, ctx.demo, &args, &settings.tr)?;
    if sale.shift_opened {
        super::books::say_shift_opened(&ctx.seller.till, &settings.tr);
    }
    let code = after_shown(ctx, settings, &args, &sale.record).await?;
    // Not in the ledger: say so in the exit code too, above any other outcome.
    Ok(if sale.unrecorded.is_none() {
        code
    } else {
        EXIT_UNRECORDED
    })
}

/// The sale the arguments describe, checked as the form checks it, with its tip on top.
/// A refusal is said in the person's language, and kept in English for `--json`.
fn checked_payment(settings: &Settings, args: &CreateArgs) -> Result<NewPayment, CliError> {
    checked_payment_in(settings, args, &settings.tr).map_err(|refused| {
        // The same checks again, in English: they are the same checks, and fail the same.
        match checked_payment_in(settings, args, &Tr::plain()) {
            Err(english) => english.said(refused.text(&settings.tr)),
            Ok(_) => refused,
        }
    })
}

/// `checked_payment`, its refusals said in `tr`'s language.
fn checked_payment_in(
    settings: &Settings,
    args: &CreateArgs,
    tr: &Tr,
) -> Result<NewPayment, CliError> {
    let cart = match args.item.as_slice() {
        [] => None,
        items => Some(
            settings
                .selling
                .catalogue
                .cart_of(items, tr)
                .map_err(CliError::Usage)?,
        ),
    };
    let method = match (args.method, cart.as_ref().and_then(|c| c.currency)) {
        _ if args.cash => crate::payment::Method::Cash,
        (Some(method), _) => method,
        (None, Some(cart_currency)) => settings.method.for_currency(cart_currency),
        (None, None) => settings.method,
    };
    let currency = match &args.currency {
        Some(code) => code.parse::<Currency>().map_err(|message| {
            CliError::Input(vec![FieldError {
                field: Field::Currency,
                message,
            }])
        })?,
        None => method.currency_from(settings.currency),
    };
    let (amount, product, currency, items) = match cart {
        Some(cart) => (
            money::format_amount(cart.total()),
            crate::payment::product_of(&cart.lines),
            cart.currency.unwrap_or(currency),
            cart.lines,
        ),
        None => (
            args.amount.clone().unwrap_or_default(),
            args.product.clone().unwrap_or_default(),
            currency,
            Vec::new(),
        ),
    };
    let tip = args
        .tip
        .as_deref()
        .map(|tip| crate::tip::Tip::parse(tip, tr))
        .transpose()
        .map_err(|message| CliError::Usage(t!(tr, "cli-tip-refused", error = message)))?;
    let draft = Draft {
        amount,
        customer: args.customer.clone().unwrap_or_default(),
        product,
        redirect_url: args
            .redirect_url
            .clone()
            .unwrap_or_else(|| settings.redirect_url.clone()),
        method,
        currency: Some(currency),
        walk_in: settings.selling.walk_in_email.clone(),
        items,
    };
    let payment = draft
        .validate(&settings.limits, tr)
        .map_err(CliError::Input)?;
    match tip {
        Some(tip) => payment
            .tipped(tip, &settings.limits, tr)
            .map_err(|e| CliError::Input(vec![e])),
        None => Ok(payment),
    }
}

/// Makes the sale at Luxfin and records it (a spinner meanwhile); a sale whose amount
/// Luxfin changed is recorded but is an error, not a code to show.
async fn make(ctx: &ApiCtx, payment: &NewPayment, tr: &Tr) -> Result<sale::Sale, CliError> {
    // On disk before anyone sees the link: a link that was shown is never forgotten.
    let making = sale::make(
        &ctx.client,
        &ctx.ledger,
        payment,
        ctx.demo,
        &ctx.seller,
        jiff::Timestamp::now,
    );
    let sale = with_spinner(&t!(tr, "cli-creating"), making)
        .await
        .map_err(create_error)?;
    if let Some(e) = &sale.unrecorded {
        ctx.warn_unrecorded(e);
    }
    let created = &sale.record;
    if created.amount_differs() {
        // Recorded (it exists at Luxfin), but not a sale to show: no code, exit 5.
        return Err(CliError::AmountChanged {
            asked: money::format_money(payment.amount, payment.currency),
            made: money::format_money(created.amount, payment.currency),
            order_id: created.order_id.clone(),
            order_url: created.order_url.clone(),
        });
    }
    Ok(sale)
}

/// Writes the sale to stdout: one JSON object with `--json`, else its code and details.
fn show(
    sale: &sale::Sale,
    payment: &NewPayment,
    demo: bool,
    args: &CreateArgs,
    tr: &Tr,
) -> Result<(), CliError> {
    let created = &sale.record;
    let mut out = std::io::stdout().lock();
    let terminal = terminal_size();
    if args.json || terminal.is_none() {
        // Stdout is for the script; on a terminal the label is part of the layout.
        super::out::demo_banner(demo, tr);
    }
    if args.json {
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
            created_at: created.created_at.to_string(),
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
                (t!(tr, "cli-label-order"), created.order_id.to_string()),
                (
                    t!(tr, "cli-label-amount"),
                    tr.money(created.amount, payment.currency),
                ),
                (t!(tr, "cli-label-product"), payment.product.clone()),
                (t!(tr, "cli-label-tip"), tip_line(created, tr)),
                (t!(tr, "cli-label-customer"), customer_line(created, tr)),
                (
                    t!(tr, "cli-label-method"),
                    super::words::method(tr, payment.method),
                ),
                (
                    t!(tr, "cli-label-till"),
                    format!("{} · {}", created.till, created.operator),
                ),
            ],
            demo_line: t!(tr, "cli-demo-short"),
            demo,
            qr: !args.no_qr,
        };
        let text = printout.render(terminal).map_err(CliError::Io)?;
        write!(out, "{text}").map_err(io)?;
    }
    out.flush().map_err(io)
}

/// Once the sale is shown and safe: the shop's shared ledger, the `created` hook, the
/// slip, and with `--wait` the payment followed to its end (exit code by its status).
async fn after_shown(
    ctx: &ApiCtx,
    settings: &Settings,
    args: &CreateArgs,
    created: &PaymentRecord,
) -> Result<u8, CliError> {
    // Shown and safe here: now the shop's shared ledger, if there is one.
    ctx.share().await;
    ctx.run_hook(
        HookEvent::Created,
        created,
        &crate::api::PaymentStatus::Pending,
    )
    .await;
    let tr = &settings.tr;
    let printer = settings.selling.printer.as_ref();
    if args.print {
        print(printer, crate::printer::Print::Slip(created.clone()), tr).await;
    }
    if !args.wait {
        return Ok(0);
    }
    let status = super::follow::wait_until_final(ctx, &created.order_id, args.interval).await?;
    if !args.json {
        let label = t!(tr, "cli-label-status");
        outln!("{label:<10}{}", super::words::status(tr, &status));
    }
    if let Some(event) = HookEvent::for_status(&status)
        && ctx.claim_final(&created.order_id, &status)
    {
        ctx.run_hook(event, created, &status).await;
        if status == crate::api::PaymentStatus::Success && printer.is_some_and(|p| p.on_paid) {
            let receipt = crate::printer::Print::Receipt(created.clone(), jiff::Timestamp::now());
            print(printer, receipt, tr).await;
        }
    }
    Ok(super::follow::exit_for(&status))
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

/// `luxpay create --cash`: the sale checked as a link's is, recorded PAID at once with
/// the till's next cash order id, and shown with the change due. Nothing is sent to
/// Luxfin: it works with the API unreachable, or no API key at all.
pub async fn cash(
    books: &super::books::Books<'_>,
    settings: &Settings,
    args: CreateArgs,
) -> Result<u8, CliError> {
    let payment = checked_payment(settings, &args)?;
    let tendered = args
        .tendered
        .as_deref()
        .map(|t| {
            money::parse_amount(t, settings.limits.max_amount).map_err(|e| {
                CliError::in_words(CliError::Usage, &settings.tr, |tr| {
                    let typed = format!("{t:?}");
                    t!(
                        tr,
                        "cli-bad-amount",
                        option = "--tendered",
                        typed = typed,
                        error = e.say(tr)
                    )
                })
            })
        })
        .transpose()?;
    if let Some(given) = tendered.filter(|t| *t < payment.amount) {
        return Err(CliError::in_words(CliError::Usage, &settings.tr, |tr| {
            t!(
                tr,
                "cli-tendered-short",
                given = crate::tip::said_amount(tr, given),
                total = tr.money(payment.amount, payment.currency)
            )
        }));
    }
    let seller = &settings.seller;
    let walk_in_number = if payment.extras.walk_in {
        books
            .ledger
            .next_walk_in(&seller.till)
            .map_err(|e| CliError::Io(e.to_string()))?
    } else {
        0
    };
    let mut payment = payment.with_walk_in_number(walk_in_number);
    payment.extras.tendered = tendered;
    let at = jiff::Timestamp::now();
    let made = crate::api::CreatedPayment {
        // The ledger gives it its id (C-<till>-<n>); a cash sale has no link.
        order_id: crate::api::OrderId::parse("C-0").map_err(CliError::Usage)?,
        order_url: String::new(),
        amount: payment.amount,
    };
    let sale = PaymentRecord::made(&made, &payment, at, &books.api_host, books.demo, seller);
    let (sale, opened) = books
        .ledger
        .cash_sale(&sale)
        .map_err(|e| {
            CliError::in_words(CliError::Io, &settings.tr, |tr| {
                t!(tr, "cli-cash-unrecorded", error = e.to_string())
            })
        })?
        .map_err(|refused| CliError::Usage(refused.to_string()).said(refused.text(&settings.tr)))?;
    let tr = &settings.tr;
    show_cash(&sale, books.demo, args.json, tr)?;
    if opened {
        super::books::say_shift_opened(&seller.till, tr);
    }
    if let Some(url) = &settings.ledger_url {
        super::ctx::share_to(url, &books.ledger, tr).await;
    }
    let paid = crate::api::PaymentStatus::Success;
    let claimed = books
        .ledger
        .claim_actions(&sale.api_host, &sale.order_id, &paid, at)
        .unwrap_or(true);
    if claimed {
        if let Some(call) = settings.selling.hooks.call(HookEvent::Paid, &sale, &paid)
            && let Err(e) = crate::hooks::run(call, crate::hooks::HOOK_TIMEOUT).await
        {
            let text = t!(tr, "cli-see-the-log", error = e.to_string());
            errln!("{}", super::words::warning(tr, &text));
        }
        if args.print {
            let receipt = crate::printer::Print::Receipt(sale.clone(), at);
            print(settings.selling.printer.as_ref(), receipt, tr).await;
        }
    }
    Ok(0)
}

/// A cash sale on stdout: one JSON object, or its lines with the change due.
fn show_cash(sale: &PaymentRecord, demo: bool, json: bool, tr: &Tr) -> Result<(), CliError> {
    let change = sale.extras.tendered.map(|t| t - sale.amount);
    super::out::demo_banner(demo, tr);
    if json {
        let value = serde_json::json!({
            "order_id": sale.order_id.as_str(),
            "amount": money::format_amount(sale.amount),
            "currency": sale.currency.code(),
            "customer": sale.customer,
            "product": sale.product,
            "subtotal": money::format_amount(sale.amount - sale.extras.tip_or_zero()),
            "tip": money::format_amount(sale.extras.tip_or_zero()),
            "items": sale.extras.items,
            "walk_in": sale.extras.walk_in,
            "method": "cash",
            "status": "PAID",
            "tendered": sale.extras.tendered.map(money::format_amount),
            "change": change.map(money::format_amount),
            "created_at": sale.created_at.to_string(),
            "till": sale.till,
            "operator": sale.operator,
            "demo": demo,
            "recorded": true,
        });
        outln!("{value}");
        return Ok(());
    }
    let mut lines = vec![
        (t!(tr, "cli-label-order"), sale.order_id.to_string()),
        (
            t!(tr, "cli-label-amount"),
            tr.money(sale.amount, sale.currency),
        ),
        (t!(tr, "cli-label-product"), sale.product.clone()),
        (t!(tr, "cli-label-tip"), tip_line(sale, tr)),
    ];
    if !sale.customer.is_empty() {
        lines.push((t!(tr, "cli-label-customer"), customer_line(sale, tr)));
    }
    if let (Some(tendered), Some(change)) = (sale.extras.tendered, change) {
        lines.push((
            t!(tr, "cli-label-tendered"),
            tr.money(tendered, sale.currency),
        ));
        lines.push((t!(tr, "cli-label-change"), tr.money(change, sale.currency)));
    }
    lines.push((
        t!(tr, "cli-label-method"),
        super::words::method(tr, crate::payment::Method::Cash),
    ));
    lines.push((
        t!(tr, "cli-label-till"),
        format!("{} · {}", sale.till, sale.operator),
    ));
    lines.push((t!(tr, "cli-label-status"), t!(tr, "status-paid")));
    // Aligned as English is (9 columns), wider when a language's labels are longer.
    let width = lines
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        .max(9);
    for (label, value) in lines {
        outln!("{label:<width$} {value}");
    }
    Ok(())
}

/// Prints a job; a printer that is off, or none, is said on stderr and nothing else.
async fn print(printer: Option<&crate::printer::Printer>, job: crate::printer::Print, tr: &Tr) {
    let Some(printer) = printer.cloned() else {
        errln!("{}", t!(tr, "cli-no-printer"));
        return;
    };
    let printed = match job {
        crate::printer::Print::Slip(_) => t!(tr, "cli-printed-slip"),
        crate::printer::Print::Receipt(..) => t!(tr, "cli-printed-receipt"),
    };
    let tz = jiff::tz::TimeZone::system();
    let bytes = crate::printer::bytes(&printer, &job, &tz, tr);
    let result = tokio::task::spawn_blocking(move || crate::printer::send(&printer.target, &bytes))
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    match result {
        Ok(()) => errln!("{printed}"),
        Err(reason) => errln!("{}", t!(tr, "cli-not-printed", reason = reason)),
    }
}

/// The tip as the printout shows it: with the subtotal, or "none".
fn tip_line(record: &PaymentRecord, tr: &Tr) -> String {
    match record.extras.tip {
        Some(tip) if !tip.is_zero() => t!(
            tr,
            "cli-tip-on",
            tip = tr.money(tip, record.currency),
            subtotal = tr.money(record.amount - tip, record.currency),
        ),
        // The same figure as the JSON and the CSV give, with its currency.
        _ => tr.money(rust_decimal::Decimal::ZERO, record.currency),
    }
}

/// The customer as the printout shows it: a walk-in is said to be one.
pub(super) fn customer_line(record: &PaymentRecord, tr: &Tr) -> String {
    if record.extras.walk_in {
        t!(tr, "cli-walk-in", customer = record.customer.as_str())
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
    if !super::out::stdout_is_terminal() {
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

fn io(e: std::io::Error) -> CliError {
    super::out::write_error(e)
}
