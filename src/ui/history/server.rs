//! The server's view: `GET /payments` a page at a time, or a date range with the
//! server's own total.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::window_start;

use unicode_width::UnicodeWidthStr;

use crate::app::{App, Fetch, Pane, RangeForm, Server};
use crate::i18n::Tr;
use crate::msg::{ServerPage, ServerQuery};
use crate::ui::{Palette, words};

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let server = &app.server;
    let tr = &app.config.tr;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [query_row, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    match &server.range {
        Some(range) => render_range_form(app, range, frame, query_row, palette),
        None => render_query(tr, server, frame, query_row, palette),
    }
    match &server.fetch {
        Fetch::Idle | Fetch::Loading(_) => {
            muted(
                frame,
                table_area,
                &t!(tr, "ui-history-server-asking"),
                palette,
            );
        }
        Fetch::Failed(e) => frame.render_widget(
            Paragraph::new(Line::styled(e.clone(), palette.error())),
            table_area,
        ),
        Fetch::Ready(page) if page.orders.is_empty() => muted(
            frame,
            table_area,
            &t!(tr, "ui-history-server-empty"),
            palette,
        ),
        Fetch::Ready(page) => render_orders(app, page, frame, table_area, palette),
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
    let tr = &app.config.tr;
    let field = |input: &tui_input::Input, focused: bool| {
        let style = if focused {
            palette.focused_input()
        } else {
            palette.input()
        };
        Span::styled(format!("{:<12}", input.value()), style)
    };
    let from = format!("{} ", t!(tr, "ui-history-server-from"));
    let to = format!("  {} ", t!(tr, "ui-history-server-to"));
    let (from_cols, to_cols) = (from.width() as u16, to.width() as u16);
    let mut spans = vec![
        Span::raw(from),
        field(&range.from, !range.on_to),
        Span::raw(to),
        field(&range.to, range.on_to),
    ];
    spans.push(Span::styled(
        format!("  {}", t!(tr, "ui-history-server-range-keys")),
        palette.muted(),
    ));
    if let Some(e) = &app.server.range_error {
        spans.push(Span::styled(format!("  ✗ {e}"), palette.error()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), row);
    if app.focus == Pane::History && !app.help {
        // The field starts after its label: "From " is 5, "From " + 12 + "  To " is 23.
        let before = if range.on_to {
            from_cols + 12 + to_cols
        } else {
            from_cols
        };
        let x = row.x + before + range.focused().visual_cursor() as u16;
        frame.set_cursor_position(Position::new(x, row.y));
    }
}

/// What the list shows: a page of the newest, or a date range with the server's total.
fn render_query(tr: &Tr, server: &Server, frame: &mut Frame, row: Rect, palette: &Palette) {
    let describe = match server.query {
        ServerQuery::Recent { offset, limit } => t!(
            tr,
            "ui-history-server-newest",
            first = (offset + 1).to_string(),
            last = (offset + limit).to_string()
        ),
        ServerQuery::Range { from, to } => t!(
            tr,
            "ui-history-server-range",
            from = bound(tr, from),
            to = bound(tr, to)
        ),
    };
    // A range's totals, per currency from the rows: the server's own sum may add
    // currencies together.
    let total = match (&server.fetch, server.query) {
        (Fetch::Ready(page), ServerQuery::Range { .. }) => {
            let totals = crate::summary::totals_by_currency(&page.orders);
            let totals: Vec<String> = totals
                .iter()
                .map(|(currency, total)| format!("{} {currency}", tr.amount(*total)))
                .collect();
            Some(format!(
                " · {}",
                if totals.is_empty() {
                    t!(tr, "ui-summary-none")
                } else {
                    totals.join(" · ")
                }
            ))
        }
        _ => None,
    };
    // The keys are in the hint bar: the header keeps its width for the totals.
    let line = Line::from(vec![
        Span::styled(describe, palette.label()),
        Span::raw(total.unwrap_or_default()),
    ]);
    frame.render_widget(Paragraph::new(line), row);
}

/// A bound of a range: a day as the locale writes it, an instant as typed (RFC 3339).
fn bound(tr: &Tr, bound: crate::api::DateBound) -> String {
    match bound {
        crate::api::DateBound::Day(day) => tr.date(day),
        other => other.to_string(),
    }
}

/// The orders, a screenful around the selection.
fn render_orders(app: &App, page: &ServerPage, frame: &mut Frame, area: Rect, palette: &Palette) {
    let (server, tz, tr) = (&app.server, &app.config.tz, &app.config.tr);
    let (orders, made_at) = (&page.orders, &page.made_at);
    let rows_shown = area.height.saturating_sub(1) as usize;
    let start = window_start(server.selected, orders.len(), rows_shown);
    let format = crate::text::when_format(made_at.iter().flatten().copied(), tz);
    // The times as the locale writes them (`2:05 PM` is 7 wide): the column holds them.
    let times: Vec<String> = made_at
        .iter()
        .map(|t| t.map_or_else(|| "—".to_string(), |t| words::when(tr, t, tz, format)))
        .collect();
    let col = |id: &str| tr.msg(id, &[]);
    let when_cols = super::widest(times.iter().cloned(), &col("ui-history-col-when"))
        .max(crate::text::width_of_format(format));
    let widths = [
        Constraint::Length(when_cols),
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
                (Some(a), Some(c)) => format!("{} {c}", tr.amount(a)),
                (Some(a), None) => tr.amount(a),
                (None, _) => "?".into(),
            };
            // The API's orders carry no time: this machine's ledger knows those made here.
            let when = times.get(i).cloned().unwrap_or_else(|| "—".into());
            Row::new([
                Cell::from(when),
                Cell::from(o.id.to_string()),
                Cell::from(amount),
                Cell::from(
                    o.status
                        .as_ref()
                        .map_or_else(|| "?".into(), |s| words::status(tr, s)),
                ),
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
    let header = [
        "ui-history-col-when",
        "ui-history-col-order",
        "ui-history-col-amount",
        "ui-history-col-status",
        "ui-history-col-customer",
        "ui-history-col-product",
    ]
    .map(col);
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
