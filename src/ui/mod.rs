//! Pure views: each draws part of the `App` into a frame and changes nothing.
//!
//! Layout: a title bar, the body, a status line and a key hint bar. Wide terminals
//! show the form and history on the left and the payment on the right; narrow ones
//! (80×24) show the focused pane alone. Present mode gives the QR code the screen.

mod confirm;
mod form;
mod help;
mod history;
mod outcome;
mod payment;
mod present;
pub mod qr;
mod style;
pub mod text;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, CreateState, NoticeKind, Pane};
pub use help::KEYS;
pub use style::Palette;

/// Terminals at least this wide show the form, history and payment side by side.
pub const WIDE_MIN_COLS: u16 = 100;
/// The width of the left column (form and history) in the wide layout.
const LEFT_COLS: u16 = 46;

/// Text drawn as a link to `url`: the terminal loop wraps it in OSC 8 after the frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hyperlink {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub url: String,
}

/// Draws the whole app. Returns the hyperlinks drawn, for the loop to mark up.
pub fn view(app: &App, frame: &mut Frame) -> Vec<Hyperlink> {
    let palette = Palette::new(app.config.no_color);
    let mut links = Vec::new();
    let area = frame.area();
    if app.present {
        let [body, hints] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
        present::render(app, frame, body, &palette);
        render_hints(app, frame, hints, &palette);
    } else {
        let [title, body, status, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        render_title(app, frame, title, &palette);
        if area.width >= WIDE_MIN_COLS && app.focus == Pane::History {
            // The history has the keyboard: give its tables the whole width.
            history::render(app, frame, body, &palette);
        } else if area.width >= WIDE_MIN_COLS {
            let [left, right] =
                Layout::horizontal([Constraint::Length(LEFT_COLS), Constraint::Min(0)]).areas(body);
            let form_rows = form::height(app, left.width).min(left.height);
            let [form_area, history_area] =
                Layout::vertical([Constraint::Length(form_rows), Constraint::Min(0)]).areas(left);
            form::render(app, frame, form_area, &palette);
            history::render(app, frame, history_area, &palette);
            payment::render(app, frame, right, &palette, &mut links);
        } else {
            match app.focus {
                Pane::Form => form::render(app, frame, body, &palette),
                Pane::Payment => payment::render(app, frame, body, &palette, &mut links),
                Pane::History => history::render(app, frame, body, &palette),
            }
        }
        render_status(app, frame, status, &palette);
        render_hints(app, frame, hints, &palette);
    }
    if app.confirm.is_some() {
        confirm::render(app, frame, area, &palette);
    }
    if app.help {
        help::render(app, frame, area, &palette);
    }
    links
}

fn render_title(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let mut spans = vec![Span::styled(" luxpay ", palette.title())];
    if area.width < WIDE_MIN_COLS {
        for (pane, name) in [
            (Pane::Form, "Form"),
            (Pane::Payment, "Payment"),
            (Pane::History, "History"),
        ] {
            let style = if app.focus == pane {
                palette.selected()
            } else {
                palette.muted()
            };
            spans.push(Span::raw(" "));
            spans.push(Span::styled(format!(" {name} "), style));
        }
    }
    let right = if app.config.demo {
        Span::styled(" DEMO API: no real money moves ", palette.demo())
    } else {
        Span::styled(format!(" {} ", app.config.api_host), palette.muted())
    };
    let used: usize = spans.iter().map(Span::width).sum();
    let gap = (area.width as usize).saturating_sub(used + right.width());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(right);
    frame.render_widget(Line::from(spans), area);
}

fn render_status(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(notice) = &app.notice else {
        return;
    };
    let (mark, style) = match notice.kind {
        NoticeKind::Info => ("•", Default::default()),
        NoticeKind::Success => ("✓", palette.success()),
        NoticeKind::Error => ("✗", palette.error()),
    };
    let text = text::fit(&format!(" {mark} {}", notice.text), area.width as usize);
    frame.render_widget(Paragraph::new(Span::styled(text, style)), area);
}

/// The keys that matter right now, as `key action` pairs.
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    if app.help {
        return vec![("Esc", "close help")];
    }
    if app.confirm.is_some() {
        return vec![
            ("y", "create the link"),
            ("n", "go back, send nothing"),
            ("^C", "quit"),
        ];
    }
    let expired = app
        .shown_payment()
        .is_some_and(|p| p.status == crate::api::PaymentStatus::Expired);
    if app.present && expired {
        return vec![
            ("g", "fresh link"),
            ("Esc", "back"),
            ("n", "new payment"),
            ("F1", "help"),
        ];
    }
    if app.present {
        return vec![
            ("Esc", "back"),
            ("c", "copy link"),
            ("n", "new payment"),
            ("^P", "history"),
            ("F1", "help"),
        ];
    }
    match app.focus {
        Pane::Form if matches!(app.create, CreateState::Submitting { .. }) => {
            vec![
                ("Esc", "stop waiting"),
                ("^P", "history"),
                ("F1", "help"),
                ("^C", "quit"),
            ]
        }
        Pane::Form => {
            vec![
                ("Enter", "create"),
                ("Tab", "next field"),
                ("^P", "history"),
                ("F1", "help"),
                ("^C", "quit"),
            ]
        }
        Pane::Payment if expired => vec![
            ("g", "fresh link"),
            ("n", "new"),
            ("e", "edit"),
            ("^P", "history"),
            ("?", "help"),
            ("q", "quit"),
        ],
        Pane::Payment => vec![
            ("c", "copy"),
            ("f", "present"),
            ("n", "new"),
            ("e", "edit"),
            ("^P", "history"),
            ("?", "help"),
            ("q", "quit"),
        ],
        Pane::History => history_hints(app),
    }
}

fn history_hints(app: &App) -> Vec<(&'static str, &'static str)> {
    use crate::app::HistoryView;
    let mut keys = match app.view {
        HistoryView::Local if app.local.editing => {
            return vec![("Enter", "apply filter"), ("Esc", "clear filter")];
        }
        HistoryView::Server if app.server.range.is_some() => {
            return vec![("Enter", "load"), ("Tab", "from / to"), ("Esc", "cancel")];
        }
        HistoryView::Session => vec![
            ("↑↓", "select"),
            ("Enter", "show"),
            ("c", "copy"),
            ("r", "recheck"),
        ],
        HistoryView::Local => vec![
            ("↑↓", "select"),
            ("/", "filter"),
            ("Enter", "show"),
            ("c", "copy"),
        ],
        HistoryView::Server => vec![
            ("↑↓", "select"),
            ("n p", "page"),
            ("d", "dates"),
            ("r", "reload"),
        ],
        HistoryView::Summary => vec![("← →", "day"), ("r", "recheck")],
    };
    keys.extend([
        ("v", "next view"),
        ("e", "export"),
        ("Esc", "back"),
        ("?", "help"),
    ]);
    keys
}

fn render_hints(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let mut spans = Vec::new();
    let mut width = 0;
    for (key, action) in hints(app) {
        let piece = key.chars().count() + action.chars().count() + 3;
        if width + piece > area.width as usize {
            break;
        }
        width += piece;
        spans.push(Span::styled(format!(" {key}"), palette.key()));
        spans.push(Span::raw(format!(" {action} ")));
    }
    frame.render_widget(Line::from(spans), area);
}
