//! The catalogue picker (Ctrl+K): the items the typed words match, with price and key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;
use crate::text;

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(picker) = &app.picker else {
        return;
    };
    let items = app.picked_items();
    let width = 56.min(area.width);
    let rows = area.height.saturating_sub(4).clamp(3, 16);
    let popup = super::qr::centred(area, (width, rows + 2));
    frame.render_widget(Clear, popup);
    let tr = &app.config.tr;
    let block = Block::bordered()
        .title(format!(" {} ", t!(tr, "ui-picker-title")))
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let find = format!("{}: ", t!(tr, "ui-picker-find"));
    let mut lines = vec![Line::from(vec![
        Span::styled(find.clone(), palette.label()),
        Span::styled(picker.filter.value().to_string(), palette.focused_input()),
    ])];
    let shown = inner.height.saturating_sub(1) as usize;
    let start = picker.selected.saturating_sub(shown.saturating_sub(1));
    let name_cols = (inner.width as usize).saturating_sub(24).max(4);
    for (i, item) in items.iter().enumerate().skip(start).take(shown) {
        let style = if i == picker.selected {
            palette.selected()
        } else {
            Default::default()
        };
        let key = item.key.map(|k| format!("F{k}")).unwrap_or_default();
        lines.push(Line::styled(
            format!(
                " {:<name_cols$} {:>14} {:>4} ",
                text::fit(&item.name, name_cols),
                tr.money(item.price, item.currency),
                key
            ),
            style,
        ));
    }
    if items.is_empty() {
        lines.push(Line::styled(
            format!(" {}", t!(tr, "ui-picker-nothing")),
            palette.muted(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let before = unicode_width::UnicodeWidthStr::width(find.as_str()) as u16;
    let cursor = inner.x + before + picker.filter.visual_cursor() as u16;
    if cursor < inner.right() {
        frame.set_cursor_position((cursor, inner.y));
    }
}
