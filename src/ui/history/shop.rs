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
    let rows = entries.iter().skip(start).take(rows_shown).map(|e| {
        let p = &e.payment;
        let when = p
            .created_at
            .to_zoned_datetime(app.config.tz.clone())
            .strftime("%H:%M")
            .to_string();
        Row::new([
            Cell::from(when),
            Cell::from(p.till.clone()),
            Cell::from(p.order_id.to_string()),
            Cell::from(money::format_money(p.amount, p.currency)),
            Cell::from(p.product.clone()),
            Cell::from(p.operator.clone()),
            Cell::from(e.status.to_string()),
        ])
    });
    let widths = [
        Constraint::Length(5),
        Constraint::Length(10),
        Constraint::Length(6),
        Constraint::Length(13),
        Constraint::Fill(1),
        Constraint::Length(10),
        Constraint::Length(8),
    ];
    let header = [
        "When", "Till", "Order", "Amount", "Product", "Operator", "Status",
    ];
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(palette.label()))
        .row_highlight_style(palette.selected())
        .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(app.shop.selected - start));
    frame.render_stateful_widget(table, inner, &mut state);
}
