//! The till's books from the shell: `shift open`, `drawer in|out`, `void`, `refund`,
//! `report x`, `report z`, `close` and `verify`. Each appends an event to the ledger (or
//! reads it); none needs the API but `void` and `close`, which ask it first when they
//! can (a link may have been paid meanwhile) and go on without it when they cannot.

use rust_decimal::Decimal;

use super::out::{errln, outln};
use super::{CliError, CloseArgs, Direction, DrawerArgs, RefundArgs, ReportXArgs, ReportZArgs};
use super::{ShiftOpenArgs, VerifyArgs, VoidArgs};
use crate::api::{Client, OrderId};
use crate::books::{BookEvent, Check, Kind, Report};
use crate::config::Settings;
use crate::ledger::Ledger;
use crate::money;

/// What the books commands work with.
pub(crate) struct Books<'a> {
    /// This API's ledger (demo books are the demo ledger's).
    pub ledger: Ledger,
    /// The settings: the till, the operator, the currency, the printer.
    pub settings: &'a Settings,
    /// The API host orders are kept under.
    pub api_host: String,
    /// Whether this is the demo API.
    pub demo: bool,
}

impl Books<'_> {
    fn till(&self) -> &str {
        &self.settings.seller.till
    }

    fn event(&self, kind: Kind) -> BookEvent {
        BookEvent::new(
            kind,
            self.till(),
            &self.settings.seller.operator,
            jiff::Timestamp::now(),
        )
    }

    /// Appends `event` once `check` lets it; says when a shift was opened for it.
    fn book(&self, event: &mut BookEvent, check: Check) -> Result<(), CliError> {
        match self.ledger.book_checked(event, check) {
            Ok(Ok(opened)) => {
                if opened {
                    say_shift_opened(self.till(), &self.settings.tr);
                }
                Ok(())
            }
            Ok(Err(refused)) => {
                Err(CliError::Usage(refused.to_string()).said(refused.text(&self.settings.tr)))
            }
            Err(e) => Err(CliError::Io(e.to_string())),
        }
    }

    /// Sends what the shop's shared ledger does not have yet, if there is one.
    async fn share(&self) {
        if let Some(url) = &self.settings.ledger_url {
            super::ctx::share_to(url, &self.ledger, &self.settings.tr).await;
        }
    }
}

/// Said once, when a sale or an event found no shift open and opened one.
pub(super) fn say_shift_opened(till: &str, tr: &crate::i18n::Tr) {
    errln!(
        "{}",
        t!(
            tr,
            "cli-note",
            text = t!(
                tr,
                "cli-shift-opened-itself",
                till = till,
                float = tr.amount(Decimal::ZERO),
            ),
        )
    );
}

/// An amount given on the command line, named by its option when it is refused.
fn amount(option: &str, text: &str, settings: &Settings) -> Result<Decimal, CliError> {
    money::parse_amount(text, settings.limits.max_amount)
        .map_err(|e| bad_amount(option, text, &e, &settings.tr))
}

/// Cash counted, or a float: 0 is a count (an empty drawer).
fn count(option: &str, text: &str, settings: &Settings) -> Result<Decimal, CliError> {
    money::parse_count(text, settings.limits.max_amount)
        .map_err(|e| bad_amount(option, text, &e, &settings.tr))
}

/// `--option "typed": what is wrong`, in the person's language (English for `--json`).
fn bad_amount(option: &str, text: &str, e: &money::AmountError, tr: &crate::i18n::Tr) -> CliError {
    CliError::in_words(CliError::Usage, tr, |tr| {
        t!(
            tr,
            "cli-bad-amount",
            option = format!("--{option}"),
            typed = format!("{text:?}"),
            error = e.say(tr)
        )
    })
}

/// A reason, which every event needs.
fn reason(text: &str, tr: &crate::i18n::Tr) -> Result<String, CliError> {
    let text = crate::sanitize::line_owned(text.trim().to_string());
    if text.is_empty() {
        return Err(CliError::in_words(CliError::Usage, tr, |tr| {
            t!(tr, "cli-reason-empty")
        }));
    }
    Ok(text)
}

fn json_line(value: &serde_json::Value) -> Result<(), CliError> {
    outln!("{value}");
    Ok(())
}

/// `luxpay shift open --float A`.
pub(super) fn shift_open(books: &Books, args: &ShiftOpenArgs) -> Result<u8, CliError> {
    let float = count("float", &args.float, books.settings)?;
    let mut event = books.event(Kind::Open);
    event.amount = Some(float);
    event.currency = Some(books.settings.currency);
    let till = books.till().to_string();
    books.book(&mut event, Check::NoShiftOpen)?;
    let float = books.settings.tr.money(float, books.settings.currency);
    if args.json {
        json_line(&serde_json::json!({
            "till": till,
            "opened_at": event.at.to_string(),
            "opened_by": event.operator,
            "float": money::format_amount(event.amount.unwrap_or_default()),
            "currency": books.settings.currency.code(),
        }))?;
    } else {
        let tr = &books.settings.tr;
        outln!(
            "{}",
            t!(tr, "cli-shift-opened", till = till.as_str(), float = float)
        );
    }
    Ok(0)
}

/// `luxpay drawer in|out --amount A --reason TEXT`.
pub(super) async fn drawer(books: &Books<'_>, args: &DrawerArgs) -> Result<u8, CliError> {
    let how_much = amount("amount", &args.amount, books.settings)?;
    let (kind, word) = match args.direction {
        Direction::In => (Kind::In, "in"),
        Direction::Out => (Kind::Out, "out"),
    };
    let mut event = books.event(kind);
    event.amount = Some(how_much);
    event.currency = Some(books.settings.currency);
    event.reason = reason(&args.reason, &books.settings.tr)?;
    books.book(&mut event, Check::Nothing)?;
    books.share().await;
    if args.json {
        json_line(&serde_json::json!({
            "till": books.till(),
            "direction": word,
            "amount": money::format_amount(how_much),
            "currency": books.settings.currency.code(),
            "reason": event.reason,
            "at": event.at.to_string(),
            "operator": event.operator,
        }))?;
    } else {
        let tr = &books.settings.tr;
        let moved = tr.money(how_much, books.settings.currency);
        let line = if kind == Kind::In {
            t!(tr, "cli-drawer-in", amount = moved, till = books.till())
        } else {
            t!(tr, "cli-drawer-out", amount = moved, till = books.till())
        };
        outln!("{line}");
    }
    Ok(0)
}

/// `luxpay void ORDER --reason TEXT`: the server is asked first, when it can be, so a
/// link paid meanwhile is refunded rather than voided.
pub(super) async fn void(
    books: &Books<'_>,
    client: Option<Client>,
    args: &VoidArgs,
) -> Result<u8, CliError> {
    let id = OrderId::parse(&args.order_id).map_err(CliError::Usage)?;
    let why = reason(&args.reason, &books.settings.tr)?;
    if let Some(client) = client.filter(|_| !id.as_str().starts_with("C-")) {
        ask_server(books, &client, &id).await;
    }
    let mut event = books.event(Kind::Void);
    event.order = Some((books.api_host.clone(), id.clone()));
    event.reason = why;
    books.book(&mut event, Check::Voidable)?;
    books.share().await;
    if args.json {
        json_line(&serde_json::json!({
            "order_id": id.as_str(),
            "voided_at": event.at.to_string(),
            "reason": event.reason,
            "operator": event.operator,
        }))?;
    } else {
        outln!(
            "{}",
            t!(books.settings.tr, "cli-voided", order_id = id.as_str())
        );
    }
    Ok(0)
}

/// Asks the server for an order's status and records what it says; a server that
/// cannot be asked is said, and the till's own knowledge is used.
async fn ask_server(books: &Books<'_>, client: &Client, id: &OrderId) {
    let tr = &books.settings.tr;
    match client.status(id).await {
        Ok(report) => {
            let status = crate::ledger::StatusRecord {
                order_id: id.clone(),
                status: report.status,
                at: jiff::Timestamp::now(),
                api_host: books.api_host.clone(),
                source: crate::ledger::Source::Poll,
            };
            if let Err(e) = books.ledger.note_status(&status) {
                let text = t!(
                    tr,
                    "cli-status-unrecorded",
                    order_id = id.as_str(),
                    error = e.to_string(),
                );
                errln!("{}", t!(tr, "cli-warning", text = text));
            }
        }
        Err(e) => {
            let text = t!(
                tr,
                "cli-void-server-unasked",
                order_id = id.as_str(),
                error = e.text(tr),
            );
            errln!("{}", t!(tr, "cli-note", text = text));
        }
    }
}

/// `luxpay refund ORDER [--amount A] --tender cash|other --reason TEXT`.
pub(super) async fn refund(books: &Books<'_>, args: &RefundArgs) -> Result<u8, CliError> {
    let id = OrderId::parse(&args.order_id).map_err(CliError::Usage)?;
    let asked = args
        .amount
        .as_deref()
        .map(|a| amount("amount", a, books.settings))
        .transpose()?;
    let entry = books
        .ledger
        .entry(&books.api_host, &id)
        .map_err(|e| CliError::Io(e.to_string()))?
        .ok_or_else(|| {
            let refused = crate::ledger::Refusal::NotInLedger(id.clone());
            CliError::Usage(refused.to_string()).said(refused.text(&books.settings.tr))
        })?;
    let mut event = books.event(Kind::Refund);
    event.order = Some((books.api_host.clone(), id.clone()));
    event.currency = Some(entry.payment.currency);
    event.tender = Some(args.tender);
    event.reason = reason(&args.reason, &books.settings.tr)?;
    // The amount left is read in the transaction that writes the refund: two refunds at
    // once cannot together give back more than was paid.
    books.book(&mut event, Check::Refundable(asked))?;
    let refunded = event.amount.unwrap_or_default();
    books.share().await;
    let currency = entry.payment.currency;
    if args.json {
        json_line(&serde_json::json!({
            "order_id": id.as_str(),
            "amount": money::format_amount(refunded),
            "currency": currency.code(),
            "tender": args.tender.as_str(),
            "reason": event.reason,
            "at": event.at.to_string(),
            "operator": event.operator,
        }))?;
    } else {
        let tr = &books.settings.tr;
        let given = tr.money(refunded, currency);
        let line = match args.tender {
            crate::books::Tender::Cash => {
                t!(
                    tr,
                    "cli-refunded-cash",
                    amount = given,
                    order_id = id.as_str()
                )
            }
            crate::books::Tender::Other => {
                t!(
                    tr,
                    "cli-refunded-other",
                    amount = given,
                    order_id = id.as_str()
                )
            }
        };
        outln!("{line}");
    }
    Ok(0)
}

/// How reports are made here: the configured currency for a drawer opened without
/// one, and the system's time zone for the hours.
fn making<'a>(settings: &Settings, tz: &'a jiff::tz::TimeZone) -> crate::books::report::Making<'a> {
    crate::books::report::Making {
        cash_currency: settings.currency,
        tz,
        close: None,
        differences: Vec::new(),
    }
}

/// Writes a report: JSON, or its text; and on paper when asked.
async fn show(books: &Books<'_>, report: &Report, json: bool, print: bool) -> Result<(), CliError> {
    let tr = &books.settings.tr;
    if json {
        let text = serde_json::to_string(report).map_err(|e| CliError::Io(e.to_string()))?;
        outln!("{text}");
    } else {
        super::out::demo_banner(books.demo, &books.settings.tr);
        let tz = jiff::tz::TimeZone::system();
        for line in crate::books::to_text(report, 48, &tz, tr) {
            outln!("{line}");
        }
    }
    if print {
        let Some(printer) = books.settings.selling.printer.clone() else {
            errln!("{}", t!(tr, "cli-no-printer"));
            return Ok(());
        };
        let tz = jiff::tz::TimeZone::system();
        let bytes = crate::printer::report(&printer, report, books.demo, &tz, tr);
        let result =
            tokio::task::spawn_blocking(move || crate::printer::send(&printer.target, &bytes))
                .await
                .unwrap_or_else(|e| Err(e.to_string()));
        match result {
            Ok(()) => errln!("{}", t!(tr, "cli-printed-report")),
            Err(reason) => errln!("{}", t!(tr, "cli-not-printed", reason = reason)),
        }
    }
    Ok(())
}

/// `luxpay report x`: the open shift so far.
pub(super) async fn report_x(books: &Books<'_>, args: &ReportXArgs) -> Result<u8, CliError> {
    let period = books
        .ledger
        .period(books.till())
        .map_err(|e| CliError::Io(e.to_string()))?;
    let tz = jiff::tz::TimeZone::system();
    let report = crate::books::report(&period, &making(books.settings, &tz));
    if period.opening().is_none() && !args.json {
        let text = t!(books.settings.tr, "cli-no-shift-open", till = books.till());
        errln!("{}", t!(books.settings.tr, "cli-note", text = text));
    }
    show(books, &report, args.json, args.print).await?;
    Ok(0)
}

/// `luxpay report z [N]`: a Z as it was closed; with `--shop`, every till's of a day.
pub(super) async fn report_z(books: &Books<'_>, args: &ReportZArgs) -> Result<u8, CliError> {
    if let (true, Some(date)) = (args.shop, args.date) {
        return shop_zs(books, date, args.json).await;
    }
    let till = books.till();
    let number = match args.number {
        Some(n) => n,
        None => books
            .ledger
            .period(till)
            .map_err(|e| CliError::Io(e.to_string()))?
            .number
            .saturating_sub(1),
    };
    let report = crate::books::z_report(&books.ledger, till, number)
        .map_err(|e| CliError::Io(e.to_string()))?
        .ok_or_else(|| {
            CliError::in_words(CliError::Usage, &books.settings.tr, |tr| {
                if number == 0 {
                    t!(tr, "cli-no-z-yet", till = till)
                } else {
                    t!(tr, "cli-no-z", till = till, number = number)
                }
            })
        })?;
    show(books, &report, args.json, args.print).await?;
    Ok(0)
}

/// `luxpay report z --shop --date D`: every till's Zs closed that day, from the shop's
/// shared ledger (this till's own sent first), and their sum.
async fn shop_zs(books: &Books<'_>, date: jiff::civil::Date, json: bool) -> Result<u8, CliError> {
    let shared = super::shop::connect_shared(books.settings, &books.ledger).await?;
    let tz = jiff::tz::TimeZone::system();
    let (from, to) =
        crate::text::day_bounds(date, &tz).map_err(|e| CliError::Usage(e.to_string()))?;
    let reports = super::shop::deadline(shared.zs_between(from, to)).await?;
    let sum = crate::books::sum(&reports);
    if json {
        let value = serde_json::json!({
            "date": date.to_string(),
            "reports": reports,
            "sum": sum,
        });
        outln!("{value}");
        return Ok(0);
    }
    super::out::demo_banner(books.demo, &books.settings.tr);
    if reports.is_empty() {
        let day = books.settings.tr.date(date);
        outln!("{}", t!(books.settings.tr, "cli-shop-no-z", date = day));
        return Ok(0);
    }
    let tr = &books.settings.tr;
    // A report's figures as the language writes amounts (English keeps `1234.50`).
    let fig = |text: &str| {
        text.parse::<Decimal>()
            .map_or_else(|_| text.to_string(), |d| crate::tip::said_amount(tr, d))
    };
    let or_dash = |text: Option<&String>| text.map_or_else(|| "-".to_string(), |t| fig(t));
    for z in &reports {
        let gross: Vec<String> = z
            .currencies
            .iter()
            .map(|(code, t)| format!("{} {code}", fig(&t.gross)))
            .collect();
        let line = t!(
            tr,
            "cli-shop-z-line",
            till = format!("{:<12}", z.till),
            number = format!("{:<4}", z.number.unwrap_or_default()),
            gross = format!("{:<20}", gross.join(", ")),
            difference = or_dash(z.cash.difference.as_ref()),
            currency = z.cash.currency.as_str()
        );
        outln!("{line}");
    }
    let day = tr.date(date);
    outln!(
        "{}",
        t!(tr, "cli-shop-z-sum", count = sum.reports, date = day)
    );
    for (code, t) in &sum.currencies {
        let line = t!(
            tr,
            "cli-shop-z-totals",
            currency = code,
            sales = t.sales,
            gross = fig(&t.gross),
            tips = fig(&t.tips),
            voids = t.voids.count,
            voided = fig(&t.voids.amount),
            refunds = t.refunds.count,
            refunded = fig(&t.refunds.amount),
            net = fig(&t.net)
        );
        outln!("  {line}");
    }
    for (code, c) in &sum.cash {
        let line = t!(
            tr,
            "cli-shop-z-drawers",
            currency = code,
            expected = fig(&c.expected),
            counted = or_dash(c.counted.as_ref()),
            difference = or_dash(c.difference.as_ref())
        );
        outln!("  {line}");
    }
    Ok(0)
}

/// `luxpay close --counted C`: asks the server about the till's open links first (as
/// `summary` does), then closes the shift on the next Z.
pub(super) async fn close(
    books: &Books<'_>,
    client: Option<Client>,
    args: &CloseArgs,
) -> Result<u8, CliError> {
    let counted = count("counted", &args.counted, books.settings)?;
    let till = books.till().to_string();
    let open = books
        .ledger
        .period(&till)
        .map_err(|e| CliError::Io(e.to_string()))?;
    if open.opening().is_none() && open.is_empty() {
        return Err(nothing_to_close(&till, &books.settings.tr));
    }
    let differences = check_open_links(books, client.as_ref(), open.pending).await;
    let tz = jiff::tz::TimeZone::system();
    let mut making = making(books.settings, &tz);
    making.close = Some((
        books.settings.seller.operator.clone(),
        jiff::Timestamp::now(),
        counted,
    ));
    making.differences = differences;
    let report = crate::books::close(&books.ledger, &till, &making)
        .map_err(|e| CliError::Io(e.to_string()))?
        .ok_or_else(|| nothing_to_close(&till, &books.settings.tr))?;
    books.share().await;
    show(books, &report, args.json, args.print).await?;
    Ok(0)
}

/// `close` with no shift open.
fn nothing_to_close(till: &str, tr: &crate::i18n::Tr) -> CliError {
    CliError::in_words(CliError::Usage, tr, |tr| {
        t!(tr, "cli-nothing-to-close", till = till)
    })
}

/// Asks the server about the open links, when there is a key to ask with.
async fn check_open_links(
    books: &Books<'_>,
    client: Option<&Client>,
    pending: Vec<crate::ledger::LedgerEntry>,
) -> Vec<String> {
    match client {
        _ if pending.is_empty() => Vec::new(),
        Some(client) => {
            crate::books::server::check_open_links(client, &books.ledger, &books.api_host, pending)
                .await
        }
        None => vec![format!(
            "{} open link(s) not checked with the server (no API key)",
            pending.len()
        )],
    }
}

/// `luxpay verify`: the chain of Z reports, checked.
pub(super) fn verify(books: &Books, args: &VerifyArgs) -> Result<u8, CliError> {
    let verified = books
        .ledger
        .verify()
        .map_err(|e| CliError::Io(e.to_string()))?;
    if args.json {
        json_line(&serde_json::json!({
            "reports": verified.reports,
            "intact": verified.broken.is_none(),
            "broken": verified.broken.as_ref().map(ToString::to_string),
        }))?;
    }
    match verified.broken {
        None => {
            if !args.json {
                let tr = &books.settings.tr;
                outln!("{}", t!(tr, "cli-verify-intact", count = verified.reports));
            }
            Ok(0)
        }
        Some(broken) => {
            let tr = &books.settings.tr;
            let said = t!(tr, "cli-error-tampered", broken = broken.text(tr));
            if args.json {
                errln!("{}", t!(tr, "cli-error", text = said));
                return Ok(8);
            }
            Err(CliError::Tampered(broken.to_string()).said(said))
        }
    }
}
