//! The history pane: this session, all local (the ledger), the server, the summary.

mod local;
mod server;
mod session;
mod shop;
mod summary;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Palette;
use crate::app::{App, HistoryView, Pane};

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let focused = app.focus == Pane::History;
    let mut title = vec![Span::styled(
        format!(" History · {} ", app.view.title()),
        palette.pane_title(focused),
    )];
    if focused {
        title.push(Span::styled(" v", palette.key()));
        title.push(Span::raw(" next view "));
    }
    let block = Block::bordered()
        .title(Line::from(title))
        .border_style(palette.border());
    match app.view {
        HistoryView::Session => session::render(app, frame, area, block, palette),
        HistoryView::Local => local::render(app, frame, area, block, palette),
        HistoryView::Server => server::render(app, frame, area, block, palette),
        HistoryView::Summary => summary::render(app, frame, area, block, palette),
        HistoryView::Shop => shop::render(app, frame, area, block, palette),
    }
}

/// The first row to draw so that `selected` is visible in `rows` rows.
fn window_start(selected: usize, len: usize, rows: usize) -> usize {
    if rows == 0 || len <= rows {
        return 0;
    }
    selected.saturating_sub(rows / 2).min(len - rows)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_follows_the_selection() {
        use super::window_start;
        assert_eq!(window_start(0, 100, 10), 0);
        assert_eq!(window_start(50, 100, 10), 45);
        assert_eq!(window_start(99, 100, 10), 90);
        assert_eq!(window_start(3, 5, 10), 0);
    }
}
