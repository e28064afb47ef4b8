//! The help overlay: every key, by where it works, from the key tables (`app::keymap`),
//! in two columns so it fits 80×24.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;
use crate::app::keymap::{CONTEXTS, Context};

/// The first this many of the contexts in help go in the left column.
const LEFT_GROUPS: usize = 3;

/// A context's lines in the overlay: bindings in a row with the same words share a line.
fn entries(context: &Context) -> Vec<(String, &'static str)> {
    let mut entries: Vec<(String, &'static str)> = Vec::new();
    for binding in context.bindings {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.short_name()).collect();
        // A run of keys (F3 to F12, 1 to 9) is written as one: F3–F12.
        let keys = match keys.as_slice() {
            [first, .., last] if keys.len() > 4 => format!("{first}–{last}"),
            _ => keys.join(" "),
        };
        match entries.last_mut() {
            Some((names, help)) if *help == binding.help => {
                names.push(' ');
                names.push_str(&keys);
            }
            _ => entries.push((keys, binding.help)),
        }
    }
    entries
}

fn lines(contexts: &[&Context], palette: &Palette) -> Vec<Line<'static>> {
    let groups: Vec<(&str, Vec<(String, &str)>)> =
        contexts.iter().map(|c| (c.name, entries(c))).collect();
    let key_cols = groups
        .iter()
        .flat_map(|(_, e)| e.iter().map(|(k, _)| k.chars().count()))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (name, entries) in groups {
        lines.push(Line::styled(name, palette.label()));
        for (keys, help) in entries {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<key_cols$} "), palette.key()),
                Span::raw(help),
            ]));
        }
    }
    lines
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let shown: Vec<&Context> = CONTEXTS.iter().filter(|c| c.in_help).collect();
    let left = lines(&shown[..LEFT_GROUPS], palette);
    let right = lines(&shown[LEFT_GROUPS..], palette);
    let copy_note = format!("Copying goes to: {}", app.config.copy_route.describe());
    let width = 80.min(area.width);
    let notes = crate::text::wrap(&copy_note, width.saturating_sub(2) as usize);
    let keys = left.len().max(right.len());
    // A blank line before the notes, unless it would cover the hint bar.
    let gap = usize::from(keys + notes.len() + 4 <= area.height as usize);
    let rows = keys + gap + notes.len();
    let height = (rows as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    // Where the keys do not fit, they scroll (↑ ↓), and the title says so.
    let shown_rows = (height as usize).saturating_sub(2 + gap + notes.len());
    let overflow = keys.saturating_sub(shown_rows) as u16;
    let scroll = app.help_scroll.min(overflow);
    let title = if overflow > 0 {
        " Keys · ↑ ↓ more · Esc closes "
    } else {
        " Keys · Esc closes "
    };
    let block = Block::bordered()
        .title(title)
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [columns, note_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(notes.len() as u16)]).areas(inner);
    // A column of space between the two: a long line on the left ran into a heading
    // on the right ("present mode on / offCart").
    let [l, _, r] = Layout::horizontal([
        Constraint::Ratio(1, 2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(columns);
    frame.render_widget(Paragraph::new(left).scroll((scroll, 0)), l);
    frame.render_widget(Paragraph::new(right).scroll((scroll, 0)), r);
    let notes: Vec<Line> = notes
        .into_iter()
        .map(|n| Line::styled(n, palette.muted()))
        .collect();
    frame.render_widget(Paragraph::new(notes), note_area);
}
