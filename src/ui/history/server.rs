//! The server's view: `GET /payments` a page at a time, or a date range with the
//! server's own total.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::window_start;

use crate::app::{App, Fetch, Pane, RangeForm, Server};
use crate::money;
use crate::msg::{ServerPage, ServerQuery};
use crate::ui::Palette;

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let server = &app.server;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [query_row, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    match &server.range {
        Some(range) => render_range_form(app, range, frame, query_row, palette),
        None => render_query(server, frame, query_row, palette),
    }
    match &server.fetch {
        Fetch::Idle | Fetch::Loading(_) => muted(frame, table_area, "Asking the server…", palette),
        Fetch::Failed(e) => frame.render_widget(
            Paragraph::new(Line::styled(e.clone(), palette.error())),
            table_area,
        ),
        Fetch::Ready(page) if page.orders.is_empty() => muted(
            frame,
            table_area,
            "The server lists no payments here.",
            palette,
        ),
        Fetch::Ready(page) => {
            render_orders(server, &app.config.tz, page, frame, table_area, palette)
        }
    }
}

/// The two date fields of a range query being typed, with the cursor in the focused one.
fn render_range_form(
    app: &App,
    range: &RangeForm,
    frame: &mut Frame,
    row: Rect,
    palette: &Palette,
) {
    let field = |input: &tui_input::Input, focused: bool| {
        let style = if focused {
            palette.focused_input()
        } else {
            palette.input()
        };
        Span::styled(format!("{:<12}", input.value()), style)
    };
    let mut spans = vec![
        Span::raw("From "),
        field(&range.from, !range.on_to),
        Span::raw("  To "),
        field(&range.to, range.on_to),
    ];
    spans.push(Span::styled(
        "  Enter load · Tab switch · Esc cancel",
        palette.muted(),
    ));
    if let Some(e) = &app.server.range_error {
        spans.push(Span::styled(format!("  ✗ {e}"), palette.error()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), row);
    if app.focus == Pane::History && !app.help {
        let x = row.x + if range.on_to { 23 } else { 5 } + range.focused().visual_cursor() as u16;
        frame.set_cursor_position(Position::new(x, row.y));
    }
}

/// What the list shows: a page of the newest, or a date range with the server's total.
fn render_query(server: &Server, frame: &mut Frame, row: Rect, palette: &Palette) {
    let describe = match server.query {
        ServerQuery::Recent { offset, limit } => {
            format!("Newest first, orders {}–{}", offset + 1, offset + limit)
        }
        ServerQuery::Range { from, to } => format!("From {from} to {to}"),
    };
    // A range's totals, per currency from the rows: the server's own sum may add
    // currencies together.
    let total = match (&server.fetch, server.query) {
        (Fetch::Ready(page), ServerQuery::Range { .. }) => Some(format!(
            " · {}",
            crate::summary::format_totals(&crate::summary::totals_by_currency(&page.orders))
        )),
        _ => None,
    };
    // The keys are in the hint bar: the header keeps its width for the totals.
    let line = Line::from(vec![
        Span::styled(describe, palette.label()),
        Span::raw(total.unwrap_or_default()),
    ]);
    frame.render_widget(Paragraph::new(line), row);
}

/// The orders, a screenful around the selection.
fn render_orders(
    server: &Server,
    tz: &jiff::tz::TimeZone,
    page: &ServerPage,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
) {
    let (orders, made_at) = (&page.orders, &page.made_at);
    let rows_shown = area.height.saturating_sub(1) as usize;
    let start = window_start(server.selected, orders.len(), rows_shown);
    let format = crate::text::when_format(made_at.iter().flatten().copied(), tz);
    let widths = [
        Constraint::Length(crate::text::width_of_format(format)),
        Constraint::Length(6),
        Constraint::Length(13),
        Constraint::Length(8),
        Constraint::Fill(1),
        Constraint::Fill(1),
    ];
    // Laid out first, so each cut ends in `…` (see `column_widths`).
    let widths = super::column_widths(area.width, &widths, 2);
    let rows = orders
        .iter()
        .enumerate()
        .skip(start)
        .take(rows_shown)
        .map(|(i, o)| {
            let amount = match (o.amount, o.currency.as_deref()) {
                (Some(a), Some(c)) => format!("{} {c}", money::format_grouped(a)),
                (Some(a), None) => money::format_grouped(a),
                (None, _) => "?".into(),
            };
            // The API's orders carry no time: this machine's ledger knows those made here.
            let when = match made_at.get(i).copied().flatten() {
                Some(t) => t.to_zoned_datetime(tz.clone()).strftime(format).to_string(),
                None => "—".into(),
            };
            Row::new([
                Cell::from(when),
                Cell::from(o.id.to_string()),
                Cell::from(amount),
                Cell::from(o.status.as_ref().map_or("?".into(), ToString::to_string)),
                Cell::from(super::cut_email(
                    o.customer.as_deref().unwrap_or_default(),
                    widths[4],
                )),
                Cell::from(super::cut(
                    o.product.as_deref().unwrap_or_default(),
                    widths[5],
                )),
            ])
        });
    let header = ["When", "Order", "Amount", "Status", "Customer", "Product"];
    let widths: Vec<Constraint> = widths.iter().copied().map(Constraint::Length).collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(palette.selected())
        .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(server.selected - start));
    frame.render_stateful_widget(table, area, &mut state);
}

fn muted(frame: &mut Frame, area: Rect, text: &str, palette: &Palette) {
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), palette.muted())),
        area,
    );
}
