//! The help overlay: every key, by where it works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;

/// Every key luxpay knows, grouped by where it works. The README's key map is the same.
pub const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "Anywhere",
        &[
            ("F1", "this help (also ? outside text fields)"),
            ("Ctrl+P / F2", "session history, and back"),
            ("Ctrl+C", "quit"),
        ],
    ),
    (
        "Form",
        &[
            ("Tab / ↓", "next field (Shift+Tab / ↑: previous)"),
            ("Enter", "create the payment link"),
            ("← → Space", "change the method or currency"),
            ("Home End ^W ^U", "start, end, delete word, delete all"),
            ("Esc", "stop waiting; back to the payment"),
        ],
    ),
    (
        "Payment",
        &[
            ("c", "copy the link"),
            ("f / Esc", "present mode on / off"),
            ("n", "new payment (keeps method, redirect)"),
            ("e / Tab", "back to the form"),
            ("q", "quit"),
        ],
    ),
    (
        "History",
        &[
            ("↑ ↓", "select"),
            ("Enter", "show its QR code"),
            ("c", "copy its link"),
        ],
    ),
];

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let mut lines = Vec::new();
    for (group, keys) in KEYS {
        lines.push(Line::styled(*group, palette.label()));
        for (key, what) in *keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {key:<16}"), palette.key()),
                Span::raw(*what),
            ]));
        }
    }
    let width = 62.min(area.width);
    let copy_note = format!("Copying goes to: {}", app.config.copy_route.describe());
    for piece in super::text::wrap(&copy_note, width.saturating_sub(2) as usize) {
        lines.push(Line::styled(piece, palette.muted()));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" Keys · Esc closes ")
        .border_style(palette.border(true));
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
