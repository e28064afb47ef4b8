//! This session's payments, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use crate::app::{App, Pane};
use crate::ui::{Palette, words};

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let focused = app.focus == Pane::History;
    let tr = &app.config.tr;
    if app.payments.is_empty() {
        let text = Paragraph::new(Line::styled(
            t!(tr, "ui-history-session-empty"),
            palette.muted(),
        ))
        .block(block);
        frame.render_widget(text, area);
        return;
    }
    // A narrow pane (the wide layout's left column) keeps the columns a cashier checks
    // first and shows the selected payment's customer and method in its bottom border.
    let wide = area.width >= 70;
    let format = crate::text::when_format(
        [app.payments.first(), app.payments.last()]
            .into_iter()
            .flatten()
            .map(|p| p.record.created_at),
        &app.config.tz,
    );
    // As the locale writes the times (`2:05 PM` is 7 wide): the column holds the widest.
    let times: Vec<String> = app
        .payments
        .iter()
        .map(|p| words::when(tr, p.record.created_at, &app.config.tz, format))
        .collect();
    let when_cols = super::widest(times.iter().cloned(), "");
    let statuses: Vec<String> = app
        .payments
        .iter()
        .map(|p| match &p.poll.error {
            Some(_) if p.is_open() => t!(tr, "ui-history-status-unknown"),
            _ => words::status_in_list(tr, p, app.now),
        })
        .collect();
    let (header, widths, show_order) = columns(app, area.width, wide, &statuses, when_cols);
    // Where the product and the customer are in this row.
    let product_at = if show_order { 3 } else { 2 };
    let rows = app
        .payments
        .iter()
        .zip(statuses)
        .zip(times)
        .map(|((p, status), time)| {
            let mut cells = vec![Cell::from(time)];
            if show_order {
                cells.push(Cell::from(super::cut(
                    p.record.order_id.as_str(),
                    widths[1],
                )));
            }
            cells.extend([
                Cell::from(tr.money(p.record.amount, p.record.currency)),
                Cell::from(super::cut(&p.record.product, widths[product_at])),
            ]);
            if wide {
                cells.push(Cell::from(super::cut_email(
                    &p.record.customer,
                    widths[product_at + 1],
                )));
                cells.push(Cell::from(words::method(tr, p.request.method)));
            }
            cells.push(Cell::from(status));
            Row::new(cells)
        });
    let widths: Vec<Constraint> = widths.iter().copied().map(Constraint::Length).collect();
    let block = match app.payments.get(app.session.selected) {
        Some(p) if !wide => {
            let footer = format!(
                " {} · {} ",
                p.record.customer,
                words::method(tr, p.request.method)
            );
            block.title_bottom(crate::text::fit(
                &footer,
                area.width.saturating_sub(4) as usize,
            ))
        }
        _ => block,
    };
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(if focused {
            palette.selected()
        } else {
            palette.label()
        })
        .highlight_symbol("› ")
        .block(block);
    let mut state = TableState::default().with_selected(Some(app.session.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The table's headings and column widths, and whether the order id has a column.
/// Columns are as wide as what they hold, so the product, the word a cashier looks
/// for, gets the rest; where that is short, the order id goes first (the payment's
/// title has it).
fn columns(
    app: &App,
    width: u16,
    wide: bool,
    statuses: &[String],
    when_cols: u16,
) -> (Vec<String>, Vec<u16>, bool) {
    let tr = &app.config.tr;
    let col = |id: &str| tr.msg(id, &[]);
    let amount_cols = super::widest(
        app.payments
            .iter()
            .map(|p| tr.money(p.record.amount, p.record.currency)),
        &col("ui-history-col-amount"),
    );
    let status_cols = super::widest(statuses.iter().cloned(), &col("ui-history-col-status"));
    let when_cols = when_cols.max(super::widest(
        std::iter::empty(),
        &col("ui-history-col-time"),
    ));
    let inner = width.saturating_sub(2);
    let fixed = HIGHLIGHT_COLS + when_cols + amount_cols + status_cols + 3;
    let with_order = fixed + order_cols(app) + 1 + MIN_PRODUCT_COLS;
    let show_order = wide || inner >= with_order;
    let mut header = vec![col("ui-history-col-time")];
    let mut widths = vec![Constraint::Length(when_cols)];
    if show_order {
        header.push(col("ui-history-col-order"));
        widths.push(Constraint::Length(order_cols(app)));
    }
    header.extend([col("ui-history-col-amount"), col("ui-history-col-product")]);
    widths.extend([Constraint::Length(amount_cols), Constraint::Fill(1)]);
    if wide {
        // The method column as wide as the longest method's name (or its heading).
        let method = col("ui-history-col-method");
        let method_cols = super::widest(
            crate::payment::Method::CHOICES
                .iter()
                .map(|m| words::method(tr, *m)),
            &method,
        );
        header.extend([col("ui-history-col-customer"), method]);
        widths.extend([Constraint::Fill(1), Constraint::Length(method_cols)]);
    }
    header.push(col("ui-history-col-status"));
    widths.push(Constraint::Length(status_cols));
    let widths = super::column_widths(inner, &widths, HIGHLIGHT_COLS);
    (header, widths, show_order)
}

/// The columns the selected row's mark takes ("› ").
const HIGHLIGHT_COLS: u16 = 2;

/// The product column's least width, where the order id can make room for it.
const MIN_PRODUCT_COLS: u16 = 12;

/// The order column's width (`history::order_cols`): a cash sale's id names its till.
fn order_cols(app: &App) -> u16 {
    super::order_cols(app.payments.iter().map(|p| &p.record.order_id), 5)
}
