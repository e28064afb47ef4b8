//! The PIN screen: who is opening the till (a name picked from the staff) and their PIN
//! as dots, never digits. Pure, like every view. Drawn over the main screen's keys,
//! form and history; a payment on screen is left to its own pane (see `app::lock`).

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::style::Palette;
use crate::app::lock::{Lock, LockState};

/// Draws the PIN screen in `area`.
pub fn draw(lock: &Lock, no_color: bool, frame: &mut Frame, area: Rect) {
    let palette = Palette::new(no_color);
    let width = area.width.min(48);
    let height = area.height.min(lock.staff.len() as u16 + 10);
    let [_, middle, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width),
        Constraint::Fill(1),
    ])
    .areas(area);
    let [_, boxed, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height),
        Constraint::Fill(1),
    ])
    .areas(middle);
    frame.render_widget(Clear, boxed);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .title(Span::styled(
            " Locked: who is at the till? ",
            palette.title(),
        ));
    let mut lines = Vec::new();
    for (i, person) in lock.staff.iter().enumerate() {
        let picked = i == lock.selected;
        let marker = if picked { "▶ " } else { "  " };
        let style = if picked {
            palette.focused_input()
        } else {
            palette.input()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, palette.focus_marker()),
            Span::styled(crate::sanitize::line(&person.name), style),
            Span::styled(format!("  {}", person.role.as_str()), palette.muted()),
        ]));
    }
    lines.push(Line::default());
    let dots = "●".repeat(lock.typed_len());
    let pin = match lock.state {
        LockState::Checking => Span::styled("checking…", palette.muted()),
        _ => Span::styled(format!("{dots:_<8}"), palette.focused_input()),
    };
    lines.push(Line::from(vec![
        Span::styled("PIN  ", palette.label()),
        pin,
    ]));
    lines.push(Line::default());
    if let Some(message) = &lock.message {
        lines.push(Line::styled(message.clone(), palette.error()));
    }
    lines.push(Line::styled(
        "↑↓ name · digits PIN · Enter open · Esc clear",
        palette.muted(),
    ));
    let text = Paragraph::new(lines)
        .block(block)
        .alignment(Alignment::Left)
        .wrap(Wrap { trim: false });
    frame.render_widget(text, boxed);
}
