//! The shift's close-out: the day's figures from the ledger, reconciled with the server.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::app::{App, Fetch};
use crate::money;
use crate::summary;
use crate::ui::Palette;

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
    let report = app.day_report();
    let (date, s) = (report.summary.date, &report.summary);
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{date}"), palette.label()),
        Span::raw(format!(": {} payment(s) in the ledger", s.count)),
        // The word the hint bar gives `r` here: it reads the day again.
        Span::styled("   ← → day · r reload · e export", palette.muted()),
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
    for (title, _, groups) in shown {
        lines.push(Line::raw(""));
        lines.push(Line::styled(title, palette.label()));
        if groups.is_empty() {
            lines.push(Line::styled("  none", palette.muted()));
        }
        for g in groups.iter() {
            lines.push(Line::raw(format!(
                "  {:<10} {:>4}  {:>18}",
                g.name,
                g.count,
                money::format_money(g.total, g.currency)
            )));
        }
    }
    if let Some((till, operator)) = compact {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::styled("Till ", palette.label()),
            Span::raw(till),
            Span::styled("   Operator ", palette.label()),
            Span::raw(operator),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(check_lines(app, palette));
    let elsewhere = summary::made_elsewhere(&report.elsewhere);
    lines.extend(server_lines(app, report.differences, palette));
    lines.extend(elsewhere.map(|line| Line::styled(line, palette.muted())));
    lines
}

/// How the asking about the day's open payments goes: they are counted once answered.
fn check_lines(app: &App, palette: &Palette) -> Vec<Line<'static>> {
    let checks = &app.summary.checks;
    if checks.busy() {
        vec![Line::styled(
            format!("Asking the server about {} open payment(s)…", checks.total),
            palette.muted(),
        )]
    } else if checks.unchecked > 0 {
        vec![Line::styled(
            format!(
                "{} open payment(s) could not be checked: counted as the ledger knows them",
                checks.unchecked
            ),
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
    let page = match (&app.summary.fetch, &differences) {
        (Fetch::Failed(e), _) => {
            return vec![Line::styled(
                format!("Not reconciled: {e}"),
                palette.error(),
            )];
        }
        (Fetch::Ready(page), Some(_)) => page,
        _ => return vec![Line::styled("Checking with the server…", palette.muted())],
    };
    let differences = differences.unwrap_or_default();
    let totals = summary::totals_by_currency(&page.orders);
    let mut lines = vec![Line::raw(format!(
        "Server totals: {}",
        summary::format_totals(&totals)
    ))];
    if let Some(note) = summary::server_sum_note(page.total, &totals) {
        lines.push(Line::styled(format!("  ({note})"), palette.muted()));
    }
    if differences.is_empty() {
        lines.push(Line::styled(
            "✓ Reconciled with the server: no differences",
            palette.success(),
        ));
    } else {
        lines.push(Line::styled(
            format!("✗ {} difference(s) with the server:", differences.len()),
            palette.error(),
        ));
        lines.extend(differences.iter().map(|d| Line::raw(format!("  {d}"))));
    }
    lines
}
