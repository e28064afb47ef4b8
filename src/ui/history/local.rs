//! All local: the ledger, newest first, filtered, drawn a screenful at a time.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::window_start;
use crate::app::{App, Fetch, Pane};
use crate::ui::{Palette, words};

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let local = &app.local;
    let tr = &app.config.tr;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [filter_row, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    render_filter(app, frame, filter_row, palette);
    let message = match &local.loaded {
        Fetch::Loading(_) | Fetch::Idle => Some(t!(tr, "ui-history-local-reading")),
        Fetch::Failed(e) => Some(t!(tr, "ui-history-local-failed", why = e.to_string())),
        Fetch::Ready(()) if local.entries.is_empty() && local.filter().is_empty() => {
            Some(t!(tr, "ui-history-local-empty"))
        }
        Fetch::Ready(()) if local.entries.is_empty() => Some(t!(tr, "ui-history-local-no-match")),
        Fetch::Ready(()) => None,
    };
    match message {
        Some(message) => frame.render_widget(
            Paragraph::new(Line::styled(message, palette.muted())),
            table_area,
        ),
        None => render_entries(app, frame, table_area, palette),
    }
}

/// The filter line: what it holds and how many entries pass, or how to use it.
fn render_filter(app: &App, frame: &mut Frame, filter_row: Rect, palette: &Palette) {
    let local = &app.local;
    let tr = &app.config.tr;
    let count = match local.total {
        Some(n) if local.capped => format!("  {}", t!(tr, "ui-history-local-over", count = n)),
        Some(n) => format!("  {}", t!(tr, "ui-history-local-count", count = n)),
        None => String::new(),
    };
    let filter_line = match (
        &local.filter_error,
        local.editing,
        local.filter.value().is_empty(),
    ) {
        (Some(e), _, _) => Line::styled(
            format!("/ {}  ✗ {e}", local.filter.value()),
            palette.error(),
        ),
        (None, false, true) => Line::from(vec![
            Span::styled("/", palette.key()),
            Span::styled(
                format!(" {}", t!(tr, "ui-history-local-filter-how")),
                palette.muted(),
            ),
            Span::raw(count),
        ]),
        (None, _, _) => Line::from(vec![
            Span::styled("/ ", palette.key()),
            Span::raw(local.filter.value().to_string()),
            Span::styled(count, palette.muted()),
        ]),
    };
    frame.render_widget(Paragraph::new(filter_line), filter_row);
    if local.editing && app.focus == Pane::History && !app.help {
        let x = filter_row.x + 2 + local.filter.visual_cursor() as u16;
        frame.set_cursor_position(Position::new(
            x.min(filter_row.right().saturating_sub(1)),
            filter_row.y,
        ));
    }
}

/// The entries that pass the filter, a screenful around the selection.
fn render_entries(app: &App, frame: &mut Frame, table_area: Rect, palette: &Palette) {
    let local = &app.local;
    let tr = &app.config.tr;
    // Only the rows on screen are built: a 100,000-line ledger scrolls as fast as a short one.
    let rows_shown = table_area.height.saturating_sub(1) as usize;
    let start = window_start(local.selected, local.entries.len(), rows_shown);
    // The newest and the oldest in the window say how much of the date the rows need.
    let ends = [local.entries.first(), local.entries.last()];
    let format = crate::text::when_format(
        ends.into_iter().flatten().map(|e| e.payment.created_at),
        &app.config.tz,
    );
    // Till and operator where the width allows: a wide screen at a shop with two tills.
    let till = table_area.width >= 100;
    let operator = table_area.width >= 120;
    // The rows on screen, their times as the locale writes them (`2:05 PM` is 7 wide):
    // the column holds the widest.
    let shown: Vec<_> = local.entries.iter().skip(start).take(rows_shown).collect();
    let times: Vec<String> = shown
        .iter()
        .map(|e| words::when(tr, e.payment.created_at, &app.config.tz, format))
        .collect();
    let col = |id: &str| tr.msg(id, &[]);
    let when_cols = super::widest(times.iter().cloned(), &col("ui-history-col-when"))
        .max(crate::text::width_of_format(format));
    let statuses: Vec<String> = shown.iter().map(|e| words::entry(tr, e)).collect();
    let status_cols =
        super::widest(statuses.iter().cloned(), &col("ui-history-col-status")).clamp(8, 12);
    // A link's order id is a number; a cash sale's names its till (`C-front-1-12`).
    let order_cols = super::order_cols(shown.iter().map(|e| &e.payment.order_id), 6);
    // At 80 columns product and customer have less room; till and operator join wider.
    let mut header = vec![
        col("ui-history-col-when"),
        col("ui-history-col-order"),
        col("ui-history-col-amount"),
        col("ui-history-col-product"),
        col("ui-history-col-customer"),
    ];
    let mut widths = vec![
        Constraint::Length(when_cols),
        Constraint::Length(order_cols),
        Constraint::Length(13),
        Constraint::Fill(1),
        Constraint::Fill(1),
    ];
    for (shown, name) in [
        (till, "ui-history-col-till"),
        (operator, "ui-history-col-operator"),
    ] {
        if shown {
            header.push(col(name));
            widths.push(Constraint::Length(10));
        }
    }
    header.push(col("ui-history-col-status"));
    widths.push(Constraint::Length(status_cols));
    // Laid out first, so each cut ends in `…` (see `column_widths`).
    let widths = super::column_widths(table_area.width, &widths, 2);
    let rows = shown
        .into_iter()
        .zip(times)
        .zip(statuses)
        .map(|((e, when), status)| {
            let p = &e.payment;
            let mut cells = vec![
                Cell::from(when),
                Cell::from(super::cut(p.order_id.as_str(), widths[1])),
                Cell::from(tr.money(p.amount, p.currency)),
                Cell::from(super::cut(&p.product, widths[3])),
                Cell::from(super::cut_email(&p.customer, widths[4])),
            ];
            if till {
                cells.push(Cell::from(p.till.clone()));
            }
            if operator {
                cells.push(Cell::from(p.operator.clone()));
            }
            cells.push(Cell::from(status));
            Row::new(cells)
        });
    let widths: Vec<Constraint> = widths.iter().copied().map(Constraint::Length).collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(palette.selected())
        .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(local.selected - start));
    frame.render_stateful_widget(table, table_area, &mut state);
}
