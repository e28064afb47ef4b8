//! A report as a person reads it, on the terminal or a receipt: lines of at most `width`
//! characters, labels on the left and money on the right. The printed Z and the JSON
//! say the same: every line here is read from the `Report`, nothing is computed again.

use rust_decimal::Decimal;

use super::Report;
use crate::i18n::Tr;
use crate::text::fit;

/// The report's lines, each at most `width` characters (at least 24), times in `tz`,
/// words, money and times in `tr`'s language.
pub fn to_text(report: &Report, width: usize, tz: &jiff::tz::TimeZone, tr: &Tr) -> Vec<String> {
    let width = width.max(24);
    let mut out = Vec::new();
    let row = |label: &str, value: &str| {
        let room = width.saturating_sub(value.chars().count() + 1);
        let label = fit(label, room);
        let gap = width - label.chars().count() - value.chars().count();
        format!("{label}{}{value}", " ".repeat(gap.max(1)))
    };
    // The report keeps its money as decimal strings: a person reads them in the locale.
    let money = |text: &str| {
        text.parse::<Decimal>()
            .map_or_else(|_| text.to_string(), |amount| tr.amount(amount))
    };
    let title = match report.number {
        Some(n) => t!(tr, "books-z-title", number = n),
        None => t!(tr, "books-x-title"),
    };
    out.push(title);
    out.push(row(&t!(tr, "books-till"), &report.till));
    // Times as the till's clock shows them; one that cannot be read, as it is stored.
    let shown = |t: &Option<String>| match t {
        Some(text) => text.parse::<jiff::Timestamp>().map_or_else(
            |_| text.clone(),
            |at| tr.date_time(at.to_zoned_datetime(tz.clone()).datetime()),
        ),
        None => "-".into(),
    };
    out.push(row(&t!(tr, "books-opened"), &shown(&report.opened_at)));
    out.push(row(
        &format!("  {}", t!(tr, "books-by")),
        &shown(&report.opened_by),
    ));
    if report.number.is_some() {
        out.push(row(&t!(tr, "books-closed"), &shown(&report.closed_at)));
        out.push(row(
            &format!("  {}", t!(tr, "books-by")),
            &shown(&report.closed_by),
        ));
    }
    out.push("-".repeat(width));
    if report.currencies.is_empty() {
        out.push(t!(tr, "books-no-sales"));
    }
    takings(&mut out, report, tr, &row, &money);
    let breakdowns = [
        ("books-by-method", &report.by_method),
        ("books-by-operator", &report.by_operator),
        ("books-by-hour", &report.by_hour),
    ];
    for (id, lines) in breakdowns {
        breakdown(&mut out, &tr.msg(id, &[]), lines, &row, &money);
    }
    if !report.best_items.is_empty() {
        out.push(t!(tr, "books-best-items"));
        for item in &report.best_items {
            let label = format!("{} x{}", item.name, item.quantity);
            out.push(row(
                &label,
                &format!("{} {}", money(&item.amount), item.currency),
            ));
        }
    }
    out.push("-".repeat(width));
    drawer(&mut out, &report.cash, tr, &row, &money);
    let pending = t!(tr, "books-pending", count = report.pending.len());
    orders(&mut out, &pending, &report.pending, &row, &money);
    let after_void = t!(
        tr,
        "books-paid-after-void",
        count = report.paid_after_void.len()
    );
    orders(&mut out, &after_void, &report.paid_after_void, &row, &money);
    if !report.differences.is_empty() {
        out.push(t!(tr, "books-differences"));
        for d in &report.differences {
            out.extend(crate::text::wrap(d, width));
        }
    }
    if let Some(hash) = &report.hash {
        out.push("-".repeat(width));
        out.push(t!(tr, "books-hash"));
        out.extend(
            hash.as_bytes()
                .chunks(width)
                .map(|c| String::from_utf8_lossy(c).into_owned()),
        );
    }
    out
}

fn breakdown(
    out: &mut Vec<String>,
    title: &str,
    lines: &[super::report::Line],
    row: &impl Fn(&str, &str) -> String,
    money: &impl Fn(&str) -> String,
) {
    if lines.is_empty() {
        return;
    }
    out.push(title.to_string());
    for l in lines {
        let label = format!("  {} ({})", l.key, l.count);
        out.push(row(&label, &format!("{} {}", money(&l.amount), l.currency)));
    }
}

fn orders(
    out: &mut Vec<String>,
    title: &str,
    orders: &[super::report::Order],
    row: &impl Fn(&str, &str) -> String,
    money: &impl Fn(&str) -> String,
) {
    if orders.is_empty() {
        return;
    }
    out.push(title.to_string());
    for o in orders {
        out.push(row(
            &format!("  {}", o.order_id),
            &format!("{} {}", money(&o.amount), o.currency),
        ));
    }
}

/// Each currency's takings.
fn takings(
    out: &mut Vec<String>,
    report: &Report,
    tr: &Tr,
    row: &impl Fn(&str, &str) -> String,
    money: &impl Fn(&str) -> String,
) {
    for (code, t) in &report.currencies {
        out.push(code.clone());
        out.push(row(&t!(tr, "books-sales"), &t.sales.to_string()));
        out.push(row(&t!(tr, "books-gross"), &money(&t.gross)));
        out.push(row(&format!("  {}", t!(tr, "books-tips")), &money(&t.tips)));
        out.push(row(
            &t!(tr, "books-voids", count = t.voids.count),
            &money(&t.voids.amount),
        ));
        out.push(row(
            &t!(tr, "books-refunds", count = t.refunds.count),
            &money(&t.refunds.amount),
        ));
        out.push(row(
            &format!("  {}", t!(tr, "books-refunds-cash")),
            &money(&t.refunds.cash),
        ));
        out.push(row(
            &format!("  {}", t!(tr, "books-refunds-other")),
            &money(&t.refunds.other),
        ));
        out.push(row(&t!(tr, "books-net"), &money(&t.net)));
        out.push(row(&t!(tr, "books-average"), &money(&t.average)));
    }
}

/// The drawer: what it should hold, and what was counted.
fn drawer(
    out: &mut Vec<String>,
    cash: &super::report::Cash,
    tr: &Tr,
    row: &impl Fn(&str, &str) -> String,
    money: &impl Fn(&str) -> String,
) {
    out.push(t!(tr, "books-drawer", currency = cash.currency.as_str()));
    out.push(row(&t!(tr, "books-float"), &money(&cash.float)));
    out.push(row(&t!(tr, "books-cash-sales"), &money(&cash.sales)));
    out.push(row(&t!(tr, "books-cash-refunds"), &money(&cash.refunds)));
    out.push(row(&t!(tr, "books-paid-in"), &money(&cash.paid_in)));
    out.push(row(&t!(tr, "books-paid-out"), &money(&cash.paid_out)));
    out.push(row(&t!(tr, "books-expected"), &money(&cash.expected)));
    if let (Some(counted), Some(difference)) = (&cash.counted, &cash.difference) {
        out.push(row(&t!(tr, "books-counted"), &money(counted)));
        out.push(row(&t!(tr, "books-difference"), &money(difference)));
    }
}
