//! The help overlay: every key, by where it works, from the key tables (`app::keymap`),
//! in two columns where they fit (80×24), else in one with the words wrapped; where the
//! keys do not fit in the height, they scroll.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;
use crate::app::keymap::{CONTEXTS, Context};
use crate::i18n::Tr;

/// The first this many of the contexts in help go in the left column.
const LEFT_GROUPS: usize = 3;

/// A context's lines in the overlay: bindings in a row with the same words share a line.
fn entries(tr: &Tr, context: &Context) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for binding in context.bindings {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.short_name()).collect();
        // A run of keys (F3 to F12, 1 to 9) is written as one: F3–F12.
        let keys = match keys.as_slice() {
            [first, .., last] if keys.len() > 4 => format!("{first}–{last}"),
            _ => keys.join(" "),
        };
        let help = tr.msg(binding.help, &[]);
        match entries.last_mut() {
            Some((names, said)) if *said == help => {
                names.push(' ');
                names.push_str(&keys);
            }
            _ => entries.push((keys, help)),
        }
    }
    entries
}

/// The contexts' lines in a column `width` wide; words that do not fit on a line wrap
/// under themselves (`None` for no wrapping: the two-column layout checks its fit).
fn lines(
    tr: &Tr,
    contexts: &[&Context],
    width: Option<usize>,
    palette: &Palette,
) -> Vec<Line<'static>> {
    let groups: Vec<(String, Vec<(String, String)>)> = contexts
        .iter()
        .map(|c| (tr.msg(c.title, &[]), entries(tr, c)))
        .collect();
    let key_cols = groups
        .iter()
        .flat_map(|(_, e)| e.iter().map(|(k, _)| k.chars().count()))
        .max()
        .unwrap_or(0);
    let words_cols = width.map(|w| w.saturating_sub(key_cols + 3));
    let mut lines = Vec::new();
    for (name, entries) in groups {
        let name = match width {
            Some(w) => crate::text::fit(&name, w),
            None => name,
        };
        lines.push(Line::styled(name, palette.label()));
        for (keys, help) in entries {
            let words = match words_cols {
                Some(cols) => crate::text::wrap(&help, cols),
                None => vec![help],
            };
            for (i, part) in words.into_iter().enumerate() {
                let keys = if i == 0 { keys.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {keys:<key_cols$} "), palette.key()),
                    Span::raw(part),
                ]));
            }
        }
    }
    lines
}

/// The overlay laid out in `area`: where it goes, its columns of keys, its notes.
struct Laid {
    popup: Rect,
    columns: Vec<Vec<Line<'static>>>,
    notes: Vec<String>,
    /// A blank row before the notes, or none.
    gap: usize,
    /// How many rows the keys can scroll by.
    overflow: u16,
}

fn lay_out(app: &App, area: Rect, palette: &Palette) -> Laid {
    let shown: Vec<&Context> = CONTEXTS.iter().filter(|c| c.in_help).collect();
    let width = 80.min(area.width);
    let inner = width.saturating_sub(2);
    // Two columns where every line fits its half (80 columns); else one, wrapped, rather
    // than words cut by the edge.
    let [l, _, r] = halves(Rect::new(0, 0, inner, 1));
    let tr = &app.config.tr;
    let left = lines(tr, &shown[..LEFT_GROUPS], None, palette);
    let right = lines(tr, &shown[LEFT_GROUPS..], None, palette);
    let fits = |lines: &[Line], cols: u16| lines.iter().all(|l| l.width() <= cols as usize);
    let columns = if fits(&left, l.width) && fits(&right, r.width) {
        vec![left, right]
    } else {
        vec![lines(tr, &shown, Some(inner as usize), palette)]
    };
    let copy_note = t!(
        tr,
        "ui-help-copy-route",
        route = route_words(tr, app.config.copy_route)
    );
    let notes = crate::text::wrap(&copy_note, inner as usize);
    let keys = columns.iter().map(Vec::len).max().unwrap_or(0);
    // A blank line before the notes, unless it would cover the hint bar.
    let gap = usize::from(keys + notes.len() + 4 <= area.height as usize);
    let rows = keys + gap + notes.len();
    let height = (rows as u16 + 2).min(area.height);
    let shown_rows = (height as usize).saturating_sub(2 + gap + notes.len());
    Laid {
        popup: super::qr::centred(area, (width, height)),
        columns,
        notes,
        gap,
        overflow: keys.saturating_sub(shown_rows) as u16,
    }
}

/// Where copying goes, in words (`Route::describe` is the English of the CLI's doctor).
fn route_words(tr: &Tr, route: crate::clipboard::Route) -> String {
    use crate::clipboard::{Osc52Wrap, Route};
    match route {
        Route::System => t!(tr, "ui-help-route-system"),
        Route::Osc52(Osc52Wrap::None) => t!(tr, "ui-help-route-osc52"),
        Route::Osc52(Osc52Wrap::Tmux) => t!(tr, "ui-help-route-tmux"),
        Route::Osc52(Osc52Wrap::Screen) => t!(tr, "ui-help-route-screen"),
        Route::Off => t!(tr, "ui-help-route-off"),
    }
}

/// Two columns with a column of space between them: a long line on the left ran into a
/// heading on the right ("present mode on / offCart").
fn halves(area: Rect) -> [Rect; 3] {
    Layout::horizontal([
        Constraint::Ratio(1, 2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area)
}

/// How far the help scrolls in a window of `area`: `update` stops the keys there.
pub fn scroll_max(app: &App, area: Rect) -> u16 {
    lay_out(app, area, &Palette::new(true)).overflow
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let laid = lay_out(app, area, palette);
    frame.render_widget(Clear, laid.popup);
    let scroll = app.help_scroll.min(laid.overflow);
    // Where the keys do not fit, they scroll, and the title says with which keys.
    let tr = &app.config.tr;
    let title = if laid.overflow == 0 {
        t!(tr, "ui-help-title")
    } else {
        // The longer title where it fits the border, else the shorter.
        let long = t!(tr, "ui-help-title-scroll-long");
        if unicode_width::UnicodeWidthStr::width(long.as_str()) + 4 <= laid.popup.width as usize {
            long
        } else {
            t!(tr, "ui-help-title-scroll")
        }
    };
    let title = format!(" {title} ");
    let block = Block::bordered()
        .title(title)
        .border_style(palette.border());
    let inner = block.inner(laid.popup);
    frame.render_widget(block, laid.popup);
    let [columns, _, note_area] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(laid.gap as u16),
        Constraint::Length(laid.notes.len() as u16),
    ])
    .areas(inner);
    let areas: Vec<Rect> = match laid.columns.len() {
        1 => vec![columns],
        _ => {
            let [l, _, r] = halves(columns);
            vec![l, r]
        }
    };
    for (lines, at) in laid.columns.into_iter().zip(areas) {
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), at);
    }
    let notes: Vec<Line> = laid
        .notes
        .into_iter()
        .map(|n| Line::styled(n, palette.muted()))
        .collect();
    frame.render_widget(Paragraph::new(notes), note_area);
}
