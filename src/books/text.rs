//! A report as a person reads it, on the terminal or a receipt: lines of at most `width`
//! characters, labels on the left and money on the right. The printed Z and the JSON
//! say the same: every line here is read from the `Report`, nothing is computed again.

use super::Report;
use crate::text::fit;

/// The report's lines, each at most `width` characters (at least 24), times in `tz`.
pub fn to_text(report: &Report, width: usize, tz: &jiff::tz::TimeZone) -> Vec<String> {
    let width = width.max(24);
    let mut out = Vec::new();
    let row = |label: &str, value: &str| {
        let room = width.saturating_sub(value.chars().count() + 1);
        let label = fit(label, room);
        let gap = width - label.chars().count() - value.chars().count();
        format!("{label}{}{value}", " ".repeat(gap.max(1)))
    };
    let title = match report.number {
        Some(n) => format!("Z REPORT {n}"),
        None => "X REPORT (shift so far)".to_string(),
    };
    out.push(title);
    out.push(row("Till", &report.till));
    // Times as the till's clock shows them; one that cannot be read, as it is stored.
    let shown = |t: &Option<String>| match t {
        Some(text) => text.parse::<jiff::Timestamp>().map_or_else(
            |_| text.clone(),
            |at| {
                at.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            },
        ),
        None => "-".into(),
    };
    out.push(row("Opened", &shown(&report.opened_at)));
    out.push(row("  by", &shown(&report.opened_by)));
    if report.number.is_some() {
        out.push(row("Closed", &shown(&report.closed_at)));
        out.push(row("  by", &shown(&report.closed_by)));
    }
    out.push("-".repeat(width));
    if report.currencies.is_empty() {
        out.push("No sales".to_string());
    }
    for (code, t) in &report.currencies {
        out.push(code.clone());
        out.push(row("Sales", &t.sales.to_string()));
        out.push(row("Gross (tips incl.)", &t.gross));
        out.push(row("  tips", &t.tips));
        out.push(row(&format!("Voids ({})", t.voids.count), &t.voids.amount));
        out.push(row(
            &format!("Refunds ({})", t.refunds.count),
            &t.refunds.amount,
        ));
        out.push(row("  cash", &t.refunds.cash));
        out.push(row("  other", &t.refunds.other));
        out.push(row("Net", &t.net));
        out.push(row("Average sale", &t.average));
    }
    breakdown(&mut out, "By method", &report.by_method, &row);
    breakdown(&mut out, "By operator", &report.by_operator, &row);
    breakdown(&mut out, "By hour", &report.by_hour, &row);
    if !report.best_items.is_empty() {
        out.push("Best items".to_string());
        for item in &report.best_items {
            let label = format!("{} x{}", item.name, item.quantity);
            out.push(row(&label, &format!("{} {}", item.amount, item.currency)));
        }
    }
    out.push("-".repeat(width));
    let cash = &report.cash;
    out.push(format!("Cash drawer ({})", cash.currency));
    out.push(row("Float", &cash.float));
    out.push(row("+ cash sales", &cash.sales));
    out.push(row("- cash refunds", &cash.refunds));
    out.push(row("+ paid in", &cash.paid_in));
    out.push(row("- paid out", &cash.paid_out));
    out.push(row("Expected", &cash.expected));
    if let (Some(counted), Some(difference)) = (&cash.counted, &cash.difference) {
        out.push(row("Counted", counted));
        out.push(row("Difference", difference));
    }
    orders(&mut out, "Pending (carried over)", &report.pending, &row);
    orders(&mut out, "PAID AFTER VOID", &report.paid_after_void, &row);
    if !report.differences.is_empty() {
        out.push("Differences with the server".to_string());
        for d in &report.differences {
            out.extend(crate::text::wrap(d, width));
        }
    }
    if let Some(hash) = &report.hash {
        out.push("-".repeat(width));
        out.push("Hash".to_string());
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
) {
    if lines.is_empty() {
        return;
    }
    out.push(title.to_string());
    for l in lines {
        let label = format!("  {} ({})", l.key, l.count);
        out.push(row(&label, &format!("{} {}", l.amount, l.currency)));
    }
}

fn orders(
    out: &mut Vec<String>,
    title: &str,
    orders: &[super::report::Order],
    row: &impl Fn(&str, &str) -> String,
) {
    if orders.is_empty() {
        return;
    }
    out.push(format!("{title}: {}", orders.len()));
    for o in orders {
        out.push(row(
            &format!("  {}", o.order_id),
            &format!("{} {}", o.amount, o.currency),
        ));
    }
}
