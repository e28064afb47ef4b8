//! The help overlay: every key, by where it works, in two columns so it fits 80×24.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;

type Group = (&'static str, &'static [(&'static str, &'static str)]);

/// Every key luxpay knows, grouped by where it works. The README's key map matches it
/// (a test checks).
pub const KEYS: &[Group] = &[
    (
        "Anywhere",
        &[
            ("F1 / ?", "help (? not in fields)"),
            ("Ctrl+P / F2", "history, and back"),
            ("Ctrl+C", "quit"),
        ],
    ),
    (
        "Form",
        &[
            ("Tab / ↓", "next field"),
            ("Shift+Tab / ↑", "previous field"),
            ("Enter", "create the link"),
            ("← → Space", "method, currency"),
            ("Home End ^W ^U", "edit the field"),
            ("Esc", "stop waiting / go back"),
        ],
    ),
    ("Questions", &[("y / n", "create / go back")]),
    (
        "Payment",
        &[
            ("c", "copy the link"),
            ("f / Esc", "present mode on / off"),
            ("n", "new payment"),
            ("g", "fresh link if expired"),
            ("r", "check status now"),
            ("e / Tab", "back to the form"),
            ("q", "quit"),
        ],
    ),
    (
        "History",
        &[
            ("v", "next view (4 views)"),
            ("↑ ↓ PgUp PgDn", "select"),
            ("Enter", "show its QR code"),
            ("c / r", "copy link / recheck"),
            ("/", "filter (All local)"),
            ("n / p  d", "page, dates (Server)"),
            ("← →", "day (Summary)"),
            ("e", "export the view (CSV)"),
        ],
    ),
];

/// The first this many groups go in the left column.
const LEFT_GROUPS: usize = 3;

fn lines(groups: &[Group], palette: &Palette) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (group, keys) in groups {
        lines.push(Line::styled(*group, palette.label()));
        for (key, what) in *keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {key:<15}"), palette.key()),
                Span::raw(*what),
            ]));
        }
    }
    lines
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let left = lines(&KEYS[..LEFT_GROUPS], palette);
    let right = lines(&KEYS[LEFT_GROUPS..], palette);
    let copy_note = format!("Copying goes to: {}", app.config.copy_route.describe());
    let width = 80.min(area.width);
    let notes = super::text::wrap(&copy_note, width.saturating_sub(2) as usize);
    let rows = left.len().max(right.len()) + 1 + notes.len();
    let height = (rows as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" Keys · Esc closes ")
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [columns, note_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(notes.len() as u16)]).areas(inner);
    let [l, r] =
        Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(columns);
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
    let notes: Vec<Line> = notes
        .into_iter()
        .map(|n| Line::styled(n, palette.muted()))
        .collect();
    frame.render_widget(Paragraph::new(notes), note_area);
}
