//! The PIN screen: who is opening the till (a name picked from the staff) and their PIN
//! as dots, never digits. Pure, like every view. Drawn in place of the main screen's
//! keys, form and history; a payment on screen keeps its pane, so its code still scans
//! and its PAID still shows. The manager prompt is the same box, titled for what waits.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::style::Palette;
use super::{CodeMark, Hyperlink};
use crate::app::App;
use crate::app::lock::{Lock, LockState};
use crate::i18n::Tr;

/// Draws the PIN screen in `area`.
pub fn draw(lock: &Lock, no_color: bool, frame: &mut Frame, area: Rect) {
    draw_in(&Tr::plain(), lock, no_color, frame, area);
}

/// Draws the PIN screen in `area`, in `tr`'s language.
pub fn draw_in(tr: &Tr, lock: &Lock, no_color: bool, frame: &mut Frame, area: Rect) {
    let title = format!(" {} ", t!(tr, "ui-pin-title"));
    draw_titled(tr, lock, &title, no_color, frame, area);
}

/// Draws a PIN box titled `title` in the middle of `area`.
pub fn draw_titled(
    tr: &Tr,
    lock: &Lock,
    title: &str,
    no_color: bool,
    frame: &mut Frame,
    area: Rect,
) {
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
        .title(Span::styled(title.to_string(), palette.title()));
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
        LockState::Checking => Span::styled(t!(tr, "ui-pin-checking"), palette.muted()),
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
    lines.push(Line::styled(t!(tr, "ui-pin-keys"), palette.muted()));
    let text = Paragraph::new(lines)
        .block(block)
        .alignment(Alignment::Left)
        .wrap(Wrap { trim: false });
    frame.render_widget(text, boxed);
}

/// The locked screen: the PIN box where the form and history were, the payment on
/// screen where it was (in present mode the code keeps the screen), and the PIN's line
/// in the hint bar, where it can always be read.
pub(super) fn render_locked(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
    links: &mut Vec<Hyperlink>,
) -> Option<CodeMark> {
    let no_color = app.config.no_color;
    if app.present {
        let [body, hints] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
        let code = super::present::render(app, frame, body, palette);
        frame.render_widget(lock_line(&app.config.tr, &app.lock, palette), hints);
        return code;
    }
    let [title, body, status, hints] = super::rows(app, area);
    super::render_title(app, frame, title, palette);
    if area.width >= super::WIDE_MIN_COLS {
        let [left, right] =
            Layout::horizontal([Constraint::Length(super::LEFT_COLS), Constraint::Min(0)])
                .areas(body);
        draw_in(&app.config.tr, &app.lock, no_color, frame, left);
        super::payment::render(app, frame, right, palette, links);
    } else if app.shown.is_some() {
        // No room for both: the payment keeps the screen, the PIN goes in the hint bar.
        super::payment::render(app, frame, body, palette, links);
    } else {
        draw_in(&app.config.tr, &app.lock, no_color, frame, body);
    }
    super::render_status(app, frame, status, palette);
    frame.render_widget(lock_line(&app.config.tr, &app.lock, palette), hints);
    None
}

/// One line for the PIN: who, the dots, the keys, and why the last one was refused.
fn lock_line(tr: &Tr, lock: &Lock, palette: &Palette) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!(" {} ", t!(tr, "ui-pin-locked")),
        palette.error(),
    )];
    match lock.state {
        LockState::Checking => spans.push(Span::raw(format!(" {}", t!(tr, "ui-pin-checking-pin")))),
        _ => {
            if let Some(person) = lock.staff.get(lock.selected) {
                let name = crate::sanitize::line(&person.name);
                spans.push(Span::raw(format!(" {name}: PIN ")));
                let dots = "●".repeat(lock.typed_len());
                spans.push(Span::styled(format!("{dots:_<8}"), palette.focused_input()));
                spans.push(Span::styled(
                    format!(" {} ", t!(tr, "ui-pin-keys-short")),
                    palette.muted(),
                ));
            }
        }
    }
    if let Some(message) = &lock.message {
        spans.push(Span::styled(format!(" {message}"), palette.error()));
    }
    Line::from(spans)
}
