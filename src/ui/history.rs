//! The session history pane: every payment made in this session, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::Palette;
use crate::app::{App, Pane};

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let focused = app.focus == Pane::History;
    let block = Block::bordered()
        .title(" History · this session ")
        .border_style(palette.border(focused));
    if app.payments.is_empty() {
        let text = Paragraph::new(Line::styled(
            "No payments yet in this session.",
            palette.muted(),
        ))
        .block(block);
        frame.render_widget(text, area);
        return;
    }
    // Narrow panes keep the columns a cashier checks first.
    let wide = area.width >= 90;
    let header: Vec<&str> = if wide {
        vec!["Time", "Amount", "Product", "Customer", "Method", "Status"]
    } else {
        vec!["Time", "Amount", "Product", "Status"]
    };
    let rows = app.payments.iter().map(|p| {
        let time = p
            .created_at
            .to_zoned_datetime(app.config.tz.clone())
            .strftime("%H:%M")
            .to_string();
        let mut cells = vec![
            Cell::from(time),
            Cell::from(p.money()),
            Cell::from(p.request.product.clone()),
        ];
        if wide {
            cells.push(Cell::from(p.request.customer.clone()));
            cells.push(Cell::from(p.request.method.label()));
        }
        cells.push(Cell::from(p.status.to_string()));
        Row::new(cells)
    });
    let widths: Vec<Constraint> = if wide {
        vec![
            Constraint::Length(5),
            Constraint::Length(14),
            Constraint::Fill(2),
            Constraint::Fill(2),
            Constraint::Length(6),
            Constraint::Length(8),
        ]
    } else {
        vec![
            Constraint::Length(5),
            Constraint::Length(14),
            Constraint::Fill(1),
            Constraint::Length(8),
        ]
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
    let mut state = TableState::default().with_selected(Some(app.selected));
    frame.render_stateful_widget(table, area, &mut state);
}
