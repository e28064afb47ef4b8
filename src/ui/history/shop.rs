//! The Shop view: every till's sales of the day, newest first, from the shared ledger.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::window_start;
use crate::app::{App, Fetch};
use crate::ledger::LedgerEntry;
use crate::ui::{Palette, words};

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let tr = &app.config.tr;
    let block = match app.shop.conflicts {
        0 => block,
        n => block.title_bottom(Line::styled(
            format!(" ⚠ {} ", t!(tr, "ui-history-shop-conflicts", count = n)),
            palette.error(),
        )),
    };
    let entries = match &app.shop.fetch {
        Fetch::Ready(entries) if !entries.is_empty() => entries,
        other => {
            let message = match other {
                Fetch::Failed(e) => t!(tr, "ui-history-shop-failed", why = e.to_string()),
                Fetch::Ready(_) => t!(tr, "ui-history-shop-empty"),
                _ => t!(tr, "ui-history-shop-reading"),
            };
            frame.render_widget(
                Paragraph::new(Line::styled(message, palette.muted())).block(block),
                area,
            );
            return;
        }
    };
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows_shown = inner.height.saturating_sub(1) as usize;
    let start = window_start(app.shop.selected, entries.len(), rows_shown);
    let table = table(app, entries, (start, rows_shown), inner.width, palette);
    let mut state = TableState::default().with_selected(Some(app.shop.selected - start));
    frame.render_stateful_widget(table, inner, &mut state);
}

/// The rows `start..start + rows_shown` of the day's `entries` as a table `width` wide.
fn table(
    app: &App,
    entries: &[LedgerEntry],
    (start, rows_shown): (usize, usize),
    width: u16,
    palette: &Palette,
) -> Table<'static> {
    let tr = &app.config.tr;
    // Narrow, the till, the amount and the status first; the order and the operator
    // where there is room. Every column sized to its content, every cut ending in `…`.
    let wide = width >= 70;
    let amounts: Vec<String> = entries
        .iter()
        .map(|e| tr.money(e.payment.amount, e.payment.currency))
        .collect();
    // The day's times as the locale writes them (`2:05 PM` is 7 wide).
    let times: Vec<String> = entries
        .iter()
        .map(|e| words::when(tr, e.payment.created_at, &app.config.tz, "%H:%M"))
        .collect();
    let col = |id: &str| tr.msg(id, &[]);
    let when_cols = super::widest(times.iter().cloned(), &col("ui-history-col-when"));
    let till_cols = super::widest(
        entries.iter().map(|e| e.payment.till.clone()),
        &col("ui-history-col-till"),
    )
    .min(12);
    let amount_cols = super::widest(amounts.iter().cloned(), &col("ui-history-col-amount"));
    let statuses: Vec<String> = entries.iter().map(|e| words::entry(tr, e)).collect();
    let status_cols = super::widest(statuses.iter().cloned(), &col("ui-history-col-status"));
    let order_cols = super::order_cols(
        entries
            .iter()
            .skip(start)
            .take(rows_shown)
            .map(|e| &e.payment.order_id),
        6,
    );
    let mut header = vec![col("ui-history-col-when"), col("ui-history-col-till")];
    let mut widths = vec![Constraint::Length(when_cols), Constraint::Length(till_cols)];
    if wide {
        header.push(col("ui-history-col-order"));
        widths.push(Constraint::Length(order_cols));
    }
    header.extend([col("ui-history-col-amount"), col("ui-history-col-product")]);
    widths.extend([Constraint::Length(amount_cols), Constraint::Fill(1)]);
    if wide {
        header.push(col("ui-history-col-operator"));
        widths.push(Constraint::Length(10));
    }
    header.push(col("ui-history-col-status"));
    widths.push(Constraint::Length(status_cols));
    let widths = super::column_widths(width, &widths, 2);
    let rows = entries
        .iter()
        .zip(amounts)
        .zip(times)
        .zip(statuses)
        .skip(start)
        .take(rows_shown)
        .map(|(((e, amount), when), status)| {
            let p = &e.payment;
            let mut cells = vec![Cell::from(when), Cell::from(super::cut(&p.till, widths[1]))];
            if wide {
                cells.push(Cell::from(super::cut(p.order_id.as_str(), widths[2])));
            }
            let product_at = if wide { 4 } else { 3 };
            cells.push(Cell::from(amount));
            cells.push(Cell::from(super::cut(&p.product, widths[product_at])));
            if wide {
                cells.push(Cell::from(super::cut(&p.operator, widths[5])));
            }
            cells.push(Cell::from(status));
            Row::new(cells)
        });
    let widths: Vec<Constraint> = widths.iter().copied().map(Constraint::Length).collect();
    Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(palette.selected())
        .highlight_symbol("› ")
}
