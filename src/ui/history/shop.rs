//! The Shop view: every till's sales of the day, newest first, from the shared ledger.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::window_start;
use crate::app::{App, Fetch};
use crate::money;
use crate::ui::Palette;

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let block = match app.shop.conflicts {
        0 => block,
        n => block.title_bottom(Line::styled(
            format!(
                " ⚠ {n} sale(s) kept apart: their order id is another sale's (ledger sync says which) "
            ),
            palette.error(),
        )),
    };
    let entries = match &app.shop.fetch {
        Fetch::Ready(entries) if !entries.is_empty() => entries,
        other => {
            let message = match other {
                Fetch::Failed(e) => format!("The shop's ledger could not be read: {e}"),
                Fetch::Ready(_) => "No till has made a sale today.".into(),
                _ => "Reading every till's sales…".into(),
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
    // Narrow, the till, the amount and the status first; the order and the operator
    // where there is room. Every column sized to its content, every cut ending in `…`.
    let wide = inner.width >= 70;
    let amounts: Vec<String> = entries
        .iter()
        .map(|e| money::format_money(e.payment.amount, e.payment.currency))
        .collect();
    let till_cols = super::widest(entries.iter().map(|e| e.payment.till.clone()), "Till").min(12);
    let amount_cols = super::widest(amounts.iter().cloned(), "Amount");
    let status_cols = super::widest(entries.iter().map(|e| e.word().to_string()), "Status");
    let mut header = vec!["When", "Till"];
    let mut widths = vec![Constraint::Length(5), Constraint::Length(till_cols)];
    if wide {
        header.push("Order");
        widths.push(Constraint::Length(6));
    }
    header.extend(["Amount", "Product"]);
    widths.extend([Constraint::Length(amount_cols), Constraint::Fill(1)]);
    if wide {
        header.push("Operator");
        widths.push(Constraint::Length(10));
    }
    header.push("Status");
    widths.push(Constraint::Length(status_cols));
    let widths = super::column_widths(inner.width, &widths, 2);
    let rows = entries
        .iter()
        .zip(amounts)
        .skip(start)
        .take(rows_shown)
        .map(|(e, amount)| {
            let p = &e.payment;
            let when = p
                .created_at
                .to_zoned_datetime(app.config.tz.clone())
                .strftime("%H:%M")
                .to_string();
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
            cells.push(Cell::from(e.word().to_string()));
            Row::new(cells)
        });
    let widths: Vec<Constraint> = widths.iter().copied().map(Constraint::Length).collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(palette.selected())
        .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(app.shop.selected - start));
    frame.render_stateful_widget(table, inner, &mut state);
}
