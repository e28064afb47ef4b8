//! The history pane: this session, all local (the ledger), the server, the summary.

mod local;
mod server;
mod session;
mod shop;
mod summary;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Palette;
use crate::app::{App, HistoryView, Pane};

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let focused = app.focus == Pane::History;
    let tr = &app.config.tr;
    let mut title = vec![Span::styled(
        format!(
            " {} · {} ",
            t!(tr, "ui-history-title"),
            view_title(tr, app.view)
        ),
        palette.pane_title(focused),
    )];
    if focused {
        title.push(Span::styled(" v", palette.key()));
        title.push(Span::raw(format!(" {} ", t!(tr, "hint-next-view"))));
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

/// A view's name, for its title.
fn view_title(tr: &crate::i18n::Tr, view: HistoryView) -> String {
    match view {
        HistoryView::Session => t!(tr, "ui-history-session"),
        HistoryView::Local => t!(tr, "ui-history-local"),
        HistoryView::Server => t!(tr, "ui-history-server"),
        HistoryView::Summary => t!(tr, "ui-history-summary"),
        HistoryView::Shop => t!(tr, "ui-history-shop"),
    }
}

/// How far the Summary view's figures scroll in a pane of `area` (borders included).
pub(super) fn summary_overflow(app: &App, area: Rect) -> u16 {
    summary::overflow(app, area.height.saturating_sub(2))
}

/// The widths a table of `width` columns (inside its borders) gives columns of these
/// constraints, with the selection mark's `mark` columns first and one space between
/// columns, as ratatui's table lays them out. Laid out here so each cell can be cut to
/// its width with a `…` (a table cuts without a mark, and a cut address reads as
/// another, real address); the table is then given these widths exactly.
fn column_widths(width: u16, constraints: &[Constraint], mark: u16) -> Vec<u16> {
    let area = Rect::new(0, 0, width.saturating_sub(mark), 1);
    Layout::horizontal(constraints.iter().copied())
        .spacing(1)
        .split(area)
        .iter()
        .map(|r| r.width)
        .collect()
}

/// The width of the widest of `texts` and the column's `title`: a column sized to
/// what it holds.
fn widest(texts: impl Iterator<Item = String>, title: &str) -> u16 {
    texts
        .map(|t| unicode_width::UnicodeWidthStr::width(t.as_str()))
        .chain([unicode_width::UnicodeWidthStr::width(title)])
        .max()
        .unwrap_or(0) as u16
}

/// The order column's width for `ids`: the widest, at least `least`, up to a cash
/// sale's id with a till name of a usual length (`C-front-1-123`); longer ones are cut.
fn order_cols<'a>(ids: impl Iterator<Item = &'a crate::api::OrderId>, least: u16) -> u16 {
    let widest = ids
        .map(|id| unicode_width::UnicodeWidthStr::width(id.as_str()))
        .max()
        .unwrap_or(0) as u16;
    widest.clamp(least, 16)
}

/// `text` cut to `width` columns, ending in `…` when it is cut.
fn cut(text: &str, width: u16) -> String {
    crate::text::fit(text, width as usize)
}

/// An email address cut to `width` columns in its local part (`crate::text::fit_email`).
fn cut_email(address: &str, width: u16) -> String {
    crate::text::fit_email(address, width as usize)
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
