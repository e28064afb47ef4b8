//! The shift's close-out: the day's figures from the ledger, reconciled with the server.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use std::collections::BTreeMap;

use unicode_width::UnicodeWidthStr;

use crate::api::OrderId;
use crate::app::{App, Fetch};
use crate::i18n::Tr;
use crate::summary;
use crate::ui::{Palette, words};

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The open shift's X report on top, the day's figures under it.
    let x_rows = x_rows(app, inner.height);
    let x_area = Rect {
        height: x_rows,
        ..inner
    };
    crate::ui::books::render_x(app, frame, x_area, palette);
    let day = Rect {
        y: inner.y + x_rows,
        height: inner.height - x_rows,
        ..inner
    };
    let lines = lines(app, palette);
    // Where the figures do not fit they scroll (`App::on_summary_action`), and a bar on
    // the right border says how far down they are.
    let overflow = (lines.len() as u16).saturating_sub(day.height);
    let scroll = app.summary.scroll.min(overflow);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), day);
    if overflow > 0 {
        let mut state = ScrollbarState::new(overflow as usize + 1).position(scroll as usize);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(Some("↑"))
            .end_symbol(Some("↓"));
        let track = Rect {
            x: area.x,
            width: area.width,
            ..day
        };
        frame.render_stateful_widget(bar, track, &mut state);
    }
}

/// Rows the X report takes of `rows`: its own, or half where the pane is short; a
/// line and a gap when no shift is open.
fn x_rows(app: &App, rows: u16) -> u16 {
    let wanted = if app.books.x.is_some() {
        crate::ui::books::X_ROWS.min(rows / 2 + 1)
    } else {
        2
    };
    wanted.min(rows)
}

/// How far the figures scroll in `rows` rows (inside the borders): 0 where they fit.
pub fn overflow(app: &App, rows: u16) -> u16 {
    let day_rows = rows - x_rows(app, rows);
    (lines(app, &Palette::new(true)).len() as u16).saturating_sub(day_rows)
}

/// The figures, line by line: the day, its sections, and the reconciliation last.
fn lines(app: &App, palette: &Palette) -> Vec<Line<'static>> {
    let tr = &app.config.tr;
    let report = app.day_report();
    let (date, s) = (report.summary.date, &report.summary);
    // The day stands out, wherever the language puts it in the line.
    let day = tr.date(date);
    let said = t!(
        tr,
        "ui-summary-in-ledger",
        date = day.clone(),
        count = s.count
    );
    let (before, after) = said.split_once(day.as_str()).unwrap_or(("", said.as_str()));
    let mut lines = vec![Line::from(vec![
        Span::raw(before.to_string()),
        Span::styled(day.clone(), palette.label()),
        Span::raw(after.to_string()),
        // The word the hint bar gives `r` here: it reads the day again.
        Span::styled(format!("   {}", t!(tr, "ui-summary-keys")), palette.muted()),
    ])];
    // One till and one operator (a single counter) take a line; more get sections.
    let single = |groups: &[summary::Group]| match groups {
        [first, rest @ ..] if rest.iter().all(|g| g.name == first.name) => Some(first.name.clone()),
        _ => None,
    };
    let compact = single(&s.by_till).zip(single(&s.by_operator));
    // Tips only when there are some; by till and operator only when there are several.
    let shown = s
        .sections()
        .into_iter()
        .filter(|&(_, kind, groups)| match kind {
            "tips" => !groups.is_empty(),
            "till" | "operator" => compact.is_none() && s.count > 0,
            _ => true,
        });
    for (_, kind, groups) in shown {
        lines.push(Line::raw(""));
        lines.push(Line::styled(section_title(tr, kind), palette.label()));
        if groups.is_empty() {
            lines.push(Line::styled(
                format!("  {}", t!(tr, "ui-summary-none")),
                palette.muted(),
            ));
        }
        for g in groups.iter() {
            let name = group_name(tr, kind, &g.name);
            let money = tr.money(g.total, g.currency);
            lines.push(Line::raw(format!(
                "  {}{} {:>4}  {}{money}",
                name,
                " ".repeat(10usize.saturating_sub(name.width())),
                g.count,
                " ".repeat(18usize.saturating_sub(money.width())),
            )));
        }
    }
    if let Some((till, operator)) = compact {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", t!(tr, "ui-summary-till")), palette.label()),
            Span::raw(till),
            Span::styled(
                format!("   {} ", t!(tr, "ui-summary-operator")),
                palette.label(),
            ),
            Span::raw(operator),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(check_lines(app, palette));
    let elsewhere = made_elsewhere(tr, &report.elsewhere);
    lines.extend(server_lines(app, report.differences, palette));
    lines.extend(elsewhere.map(|line| Line::styled(line, palette.muted())));
    lines
}

/// A section's title by its kind (`summary::DaySummary::sections`).
fn section_title(tr: &Tr, kind: &str) -> String {
    match kind {
        "status" => t!(tr, "ui-summary-by-status"),
        "method" => t!(tr, "ui-summary-by-method"),
        "till" => t!(tr, "ui-summary-by-till"),
        "operator" => t!(tr, "ui-summary-by-operator"),
        _ => t!(tr, "ui-summary-tips"),
    }
}

/// A group's name: statuses and methods in the language, tills and people as named.
fn group_name(tr: &Tr, kind: &str, name: &str) -> String {
    match (kind, name) {
        ("status", "PAID") => t!(tr, "status-paid"),
        ("status", "PENDING") => t!(tr, "status-pending"),
        ("status", "EXPIRED") => t!(tr, "status-expired"),
        ("status", "VOIDED") => t!(tr, "status-voided"),
        ("method", "Card") => t!(tr, "ui-method-card"),
        ("method", "Cash") => t!(tr, "ui-method-cash"),
        _ => name.to_string(),
    }
}

/// The server's orders other tills of the shop made, counted per till.
fn made_elsewhere(tr: &Tr, elsewhere: &BTreeMap<OrderId, String>) -> Option<String> {
    if elsewhere.is_empty() {
        return None;
    }
    let mut per_till: BTreeMap<&str, usize> = BTreeMap::new();
    for till in elsewhere.values() {
        *per_till.entry(till).or_default() += 1;
    }
    let tills: Vec<String> = per_till
        .iter()
        .map(|(till, n)| format!("{till} {n}"))
        .collect();
    Some(t!(tr, "ui-summary-elsewhere", tills = tills.join(", ")))
}

/// A difference with the server, in words.
fn difference(tr: &Tr, d: &summary::Difference) -> String {
    use summary::Difference as D;
    match d {
        D::OnlyLocal { id, status } => t!(
            tr,
            "ui-summary-only-local",
            order_id = id.to_string(),
            status = words::status(tr, status)
        ),
        D::OnlyOnServer { id, status } => t!(
            tr,
            "ui-summary-only-server",
            order_id = id.to_string(),
            status = status
                .as_ref()
                .map_or_else(|| "?".to_string(), |s| words::status(tr, s))
        ),
        D::Status { id, local, server } => t!(
            tr,
            "ui-summary-status-differs",
            order_id = id.to_string(),
            local = words::status(tr, local),
            server = words::status(tr, server)
        ),
        D::Amount { id, local, server } => t!(
            tr,
            "ui-summary-amount-differs",
            order_id = id.to_string(),
            local = tr.amount(*local),
            server = tr.amount(*server)
        ),
    }
}

/// How the asking about the day's open payments goes: they are counted once answered.
fn check_lines(app: &App, palette: &Palette) -> Vec<Line<'static>> {
    let tr = &app.config.tr;
    let checks = &app.summary.checks;
    if checks.busy() {
        vec![Line::styled(
            t!(tr, "ui-summary-asking", count = checks.total),
            palette.muted(),
        )]
    } else if checks.unchecked > 0 {
        vec![Line::styled(
            t!(tr, "ui-summary-unchecked", count = checks.unchecked),
            palette.error(),
        )]
    } else {
        vec![]
    }
}

/// The reconciliation: the server's totals per currency, and where it disagrees.
fn server_lines(
    app: &App,
    differences: Option<Vec<summary::Difference>>,
    palette: &Palette,
) -> Vec<Line<'static>> {
    let tr = &app.config.tr;
    let page = match (&app.summary.fetch, &differences) {
        (Fetch::Failed(e), _) => {
            return vec![Line::styled(
                t!(tr, "ui-summary-not-reconciled", why = e.to_string()),
                palette.error(),
            )];
        }
        (Fetch::Ready(page), Some(_)) => page,
        _ => {
            return vec![Line::styled(t!(tr, "ui-summary-checking"), palette.muted())];
        }
    };
    let differences = differences.unwrap_or_default();
    let totals = summary::totals_by_currency(&page.orders);
    let mut lines = vec![Line::raw(t!(
        tr,
        "ui-summary-server-totals",
        totals = crate::summary::format_totals(tr, &totals)
    ))];
    if let (Some(sum), true) = (page.total, totals.len() > 1) {
        let note = t!(tr, "ui-summary-server-sum", sum = tr.amount(sum));
        lines.push(Line::styled(format!("  ({note})"), palette.muted()));
    }
    if differences.is_empty() {
        lines.push(Line::styled(
            format!("✓ {}", t!(tr, "ui-summary-reconciled")),
            palette.success(),
        ));
    } else {
        lines.push(Line::styled(
            format!(
                "✗ {}",
                t!(tr, "ui-summary-differences", count = differences.len())
            ),
            palette.error(),
        ));
        lines.extend(
            differences
                .iter()
                .map(|d| Line::raw(format!("  {}", difference(tr, d)))),
        );
    }
    lines
}
