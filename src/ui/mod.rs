//! Pure views: each draws part of the `App` into a frame and changes nothing.
//!
//! Layout: a title bar, the body, a status line and a key hint bar. Wide terminals
//! show the form and history on the left and the payment on the right; narrow ones
//! (80×24) show the focused pane alone. Present mode gives the QR code the screen.

mod books;
mod confirm;
mod form;
mod help;
mod history;
pub mod mirror;
mod outcome;
mod payment;
mod picker;
pub mod pin;
mod present;
pub mod qr;
mod style;
mod tip;
pub(crate) mod words;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keymap::{self, Hint};
use crate::app::{App, Layer, NoticeKind, Pane, Scrolling};
use crate::i18n::Tr;
use crate::text;
pub(crate) use style::Palette;

/// Terminals at least this wide show the form, history and payment side by side.
pub const WIDE_MIN_COLS: u16 = 100;
/// The width of the left column (form and history) in the wide layout.
const LEFT_COLS: u16 = 46;

/// Text drawn as a link to `url`: the terminal loop wraps it in OSC 8 after the frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hyperlink {
    /// Its column.
    pub x: u16,
    /// Its row.
    pub y: u16,
    /// The text shown.
    pub text: String,
    /// Where it points.
    pub url: String,
}

/// Where a frame drew a QR code, for the loop to draw it again as an image where the
/// terminal can (`graphics`): its cells, and the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeMark {
    /// Its first column and row.
    pub x: u16,
    /// Its first row.
    pub y: u16,
    /// Columns it covers.
    pub cols: u16,
    /// Rows it covers.
    pub rows: u16,
    /// The code.
    pub code: crate::qr::QrCode,
}

/// What a frame drew that the loop marks up after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Links, for OSC 8.
    pub links: Vec<Hyperlink>,
    /// The code in present mode, for an image over it.
    pub code: Option<CodeMark>,
}

pub use crate::app::MIN_SIZE;

/// Draws the whole app. Returns the hyperlinks and the code drawn, for the loop to mark
/// up.
pub fn view(app: &App, frame: &mut Frame) -> Drawn {
    let palette = Palette::new(app.config.no_color);
    let mut links = Vec::new();
    let mut code = None;
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        if app.help {
            help::render(app, frame, area, &palette);
        } else {
            render_too_small(app, frame, area, &palette);
        }
        return Drawn::default();
    }
    if app.layer() == Layer::Lock {
        code = pin::render_locked(app, frame, area, &palette, &mut links);
    } else if app.present {
        let [body, hints] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
        code = present::render(app, frame, body, &palette);
        render_hints(app, frame, hints, &palette);
    } else {
        let [title, body, status, hints] = rows(app, area);
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
    // The dialogs over the panes, bottom to top.
    for layer in app.layers() {
        match layer {
            Layer::Picker => picker::render(app, frame, area, &palette),
            Layer::Tip => tip::render(app, frame, area, &palette),
            Layer::Confirm => confirm::render(app, frame, area, &palette),
            Layer::Books => books::render_ask(app, frame, area, &palette),
            Layer::Shown => books::render_shown(app, frame, area, &palette),
            Layer::Help => help::render(app, frame, area, &palette),
            Layer::Approval => {
                if let Some(approval) = &app.approval {
                    let what = crate::sanitize::line(&approval.what);
                    let title =
                        format!(" {} ", t!(app.config.tr, "ui-approval-title", what = what));
                    pin::draw_titled(
                        &app.config.tr,
                        &approval.prompt,
                        &title,
                        app.config.no_color,
                        frame,
                        area,
                    );
                }
            }
            Layer::Pane(_) | Layer::Present | Layer::Lock => {}
        }
    }
    // A dialog over the code hides it: no image then.
    let covered = app.help
        || app.approval.is_some()
        || app.confirm.is_some()
        || app.books.ask.is_some()
        || app.books.closed.is_some()
        || app.books.alert.is_some();
    Drawn {
        links,
        code: code.filter(|_| !covered),
    }
}

/// The rows of the screen around the panes: title, body, status message, key hints.
fn rows(app: &App, area: Rect) -> [Rect; 4] {
    let status_rows = status_lines(app, area.width).len().max(1) as u16;
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(status_rows),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// How many lines the Summary view can scroll down in the app's window (as the loop
/// last said its size): the history has the whole body whenever it has the keyboard.
pub fn summary_scroll_max(app: &App) -> u16 {
    let [_, body, _, _] = rows(app, window(app));
    history::summary_overflow(app, body)
}

/// How far the help and the Summary view scroll in the app's window, for `update` to
/// stop the keys at the last line rather than past it (`App::measure`). `None` until
/// the window's size is known.
pub fn measure(app: &App, what: Scrolling) -> Option<u16> {
    if app.window == (u16::MAX, u16::MAX) {
        return None;
    }
    Some(match what {
        Scrolling::Help => help::scroll_max(app, window(app)),
        Scrolling::Summary => summary_scroll_max(app),
    })
}

/// The app's window as the loop last said its size.
fn window(app: &App) -> Rect {
    Rect::new(0, 0, app.window.0, app.window.1)
}

/// A window too small for the panes: what size is needed, and what still works, above;
/// the status message on its own rows at the bottom, so the two never run together.
/// Where the rows run out, each is cut at its last row with `…`.
fn render_too_small(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let tr = &app.config.tr;
    let mut text = t!(
        tr,
        "ui-too-small",
        need = format!("{}x{}", MIN_SIZE.0, MIN_SIZE.1),
        size = format!("{}x{}", area.width, area.height)
    );
    if app.confirm.is_some() {
        text.push(' ');
        text.push_str(&t!(tr, "ui-too-small-question"));
    }
    text.push(' ');
    text.push_str(&t!(tr, "ui-too-small-keys"));
    let width = area.width as usize;
    let status = status_lines(app, area.width);
    // The size comes first: the message gets at most half the rows.
    let status_rows = status.len().min(area.height as usize / 2);
    let [message_area, status_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(status_rows as u16)]).areas(area);
    let message = last_row_cut(
        text::wrap(&text, width),
        message_area.height as usize,
        width,
    );
    let lines: Vec<Line> = message
        .into_iter()
        .map(|l| Line::styled(l, palette.error()))
        .collect();
    frame.render_widget(Paragraph::new(lines), message_area);
    render_status(app, frame, status_area, palette);
}

/// `lines` in at most `rows` rows of `width` columns: what does not fit joins the last
/// row, cut there with `…`.
fn last_row_cut(mut lines: Vec<String>, rows: usize, width: usize) -> Vec<String> {
    if lines.len() > rows && rows > 0 {
        let rest = lines.split_off(rows - 1).join(" ");
        lines.push(text::fit(&rest, width));
    }
    lines.truncate(rows);
    lines
}

fn render_title(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let tr = &app.config.tr;
    let mut spans = vec![Span::styled(" luxpay ", palette.title())];
    if area.width < WIDE_MIN_COLS {
        for (pane, name) in [
            (Pane::Form, t!(tr, "ui-tab-form")),
            (Pane::Payment, t!(tr, "ui-tab-payment")),
            (Pane::History, t!(tr, "ui-tab-history")),
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
    // Who is selling, with staff set up: the operator of every sale and event.
    if app.lock.in_use() {
        let who = match app.lock.operator() {
            Some(person) => Span::styled(
                format!(" {} ", crate::sanitize::line(&person.name)),
                palette.selected(),
            ),
            None => Span::styled(format!(" {} ", t!(tr, "ui-locked")), palette.error()),
        };
        spans.push(Span::raw(" "));
        spans.push(who);
    }
    let used: usize = spans.iter().map(Span::width).sum();
    let room = (area.width as usize).saturating_sub(used + 1);
    let right = if let Some(banner) = app.unrecorded_banner() {
        // Above all else: a link that may be paid is not on disk yet.
        let banner = text::fit(&format!("⚠ {banner}"), room.saturating_sub(2));
        Span::styled(format!(" {banner} "), palette.error())
    } else if app.books.offline_since.is_some() {
        // Luxfin does not answer: links wait, and cash goes on.
        let offline = [
            format!(" {} ", t!(tr, "ui-offline-long")),
            format!(" {} ", t!(tr, "ui-offline-short")),
            format!(" {} ", t!(tr, "ui-offline")),
        ];
        let offline = widest_fitting(offline, room).unwrap_or_else(|| t!(tr, "ui-offline"));
        Span::styled(offline, palette.error())
    } else if app.config.demo {
        // Said whole, in fewer words where the window is narrow, never cut mid-word.
        let demo = [
            format!(" {} ", t!(tr, "ui-demo-long")),
            format!(" {} ", t!(tr, "ui-demo-short")),
            format!(" {} ", t!(tr, "ui-demo")),
        ];
        let demo = widest_fitting(demo, room).unwrap_or_else(|| t!(tr, "ui-demo"));
        Span::styled(demo, palette.demo())
    } else {
        let host = text::fit(&app.config.api_host, room.saturating_sub(2));
        Span::styled(format!(" {host} "), palette.muted())
    };
    let gap = (area.width as usize).saturating_sub(used + right.width());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(right);
    frame.render_widget(Line::from(spans), area);
}

/// The first of `choices` (longest first) that fits in `room` columns.
fn widest_fitting(choices: [String; 3], room: usize) -> Option<String> {
    choices
        .into_iter()
        .find(|d| unicode_width::UnicodeWidthStr::width(d.as_str()) <= room)
}

/// Most rows a message takes: a second one rather than a message cut mid-word.
const STATUS_ROWS: usize = 2;

/// The status message's lines at this width: wrapped at words, at most two.
fn status_lines(app: &App, width: u16) -> Vec<String> {
    let Some(notice) = &app.notice else {
        return Vec::new();
    };
    let mark = match notice.kind {
        NoticeKind::Info => "•",
        NoticeKind::Success => "✓",
        NoticeKind::Error => "✗",
    };
    let width = (width as usize).saturating_sub(1);
    let lines = text::wrap(&format!("{mark} {}", notice.text), width);
    last_row_cut(lines, STATUS_ROWS, width)
}

fn render_status(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(notice) = &app.notice else {
        return;
    };
    let style = match notice.kind {
        NoticeKind::Info => Default::default(),
        NoticeKind::Success => palette.success(),
        NoticeKind::Error => palette.error(),
    };
    let lines: Vec<Line> = status_lines(app, area.width)
        .into_iter()
        .map(|l| Line::styled(format!(" {l}"), style))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The keys that matter right now, from the key tables (`app::keymap`).
pub(crate) fn hints(app: &App) -> Vec<Hint> {
    use keymap::{
        Action as A, CART, CONFIRM, FORM, GLOBAL, HELP, PAYMENT, PICKER, PRESENT, TIP_CUSTOM,
    };
    let expired = app
        .shown_payment()
        .is_some_and(|p| p.status == crate::api::PaymentStatus::Expired);
    let (table, actions): (&[keymap::Binding], &[A]) = match app.layer() {
        // The PIN boxes say their keys themselves.
        Layer::Lock | Layer::Approval => return Vec::new(),
        Layer::Help => (HELP, &[A::CloseHelp]),
        Layer::Books => return books_hints(app),
        Layer::Shown => (keymap::SHOWN, &[A::Dismiss, A::Down, A::Print]),
        Layer::Confirm => (CONFIRM, &[A::Yes, A::No, A::Quit]),
        Layer::Tip if app.tip.as_ref().is_some_and(|t| t.custom.is_some()) => {
            (TIP_CUSTOM, &[A::Apply, A::Back, A::Help])
        }
        Layer::Tip => return tip_hints(app),
        Layer::Picker => {
            return finish(
                &app.config.tr,
                vec![
                    (PICKER, &[A::Up, A::Down]),
                    (PICKER, &[A::AddItem]),
                    (PICKER, &[A::Back]),
                ],
            );
        }
        Layer::Present if expired => (PRESENT, &[A::FreshLink, A::Back, A::NewPayment, A::Help]),
        Layer::Present => (
            PRESENT,
            &[A::Back, A::Copy, A::NewPayment, A::History, A::Help],
        ),
        Layer::Pane(Pane::Form)
            if app.form.from_cart() && app.form.focus == crate::payment::Field::Amount =>
        {
            return finish(
                &app.config.tr,
                vec![
                    (CART, &[A::More, A::Fewer]),
                    (CART, &[A::EmptyCart]),
                    (FORM, &[A::Submit]),
                    (FORM, &[A::NextField]),
                    (FORM, &[A::Catalogue]),
                    (GLOBAL, &[A::Help]),
                ],
            );
        }
        Layer::Pane(Pane::Form) if app.is_submitting() => {
            (FORM, &[A::Back, A::History, A::Help, A::Quit])
        }
        Layer::Pane(Pane::Form) => (
            FORM,
            &[
                A::Submit,
                A::NextField,
                A::Catalogue,
                A::History,
                A::Help,
                A::Quit,
            ],
        ),
        Layer::Pane(Pane::Payment) if expired => (
            PAYMENT,
            &[
                A::FreshLink,
                A::NewPayment,
                A::Edit,
                A::History,
                A::Help,
                A::Quit,
            ],
        ),
        Layer::Pane(Pane::Payment) => return payment_hints(app),
        Layer::Pane(Pane::History) => return history_hints(app),
    };
    // The catalogue and printing keys show only where there is a catalogue, a printer.
    let offered = |a: &&A| match a {
        A::Catalogue => !app.config.selling.catalogue.items.is_empty(),
        A::Print => app.config.selling.printer.is_some(),
        _ => true,
    };
    finish(
        &app.config.tr,
        actions
            .iter()
            .filter(offered)
            .map(|a| (table, std::slice::from_ref(a)))
            .collect(),
    )
}

/// The payment pane's keys: a sale with no link (cash) has nothing to copy or present,
/// and may be refunded; a link is voided while it waits, refunded once paid.
fn payment_hints(app: &App) -> Vec<Hint> {
    use crate::api::PaymentStatus;
    use keymap::{Action as A, PAYMENT};
    let shown = app.shown_payment();
    let no_link = shown.is_some_and(|p| p.record.order_url.is_empty());
    let settle = match shown {
        Some(p) if no_link || p.status == PaymentStatus::Success => Some(A::Refund),
        Some(p) if p.status == PaymentStatus::Pending && p.voided_at.is_none() => Some(A::Void),
        _ => None,
    };
    let links: &[A] = if no_link {
        &[A::NewPayment, A::Print]
    } else {
        &[A::Copy, A::Present, A::Print, A::NewPayment]
    };
    let printer = app.config.selling.printer.is_some();
    let actions =
        links
            .iter()
            .chain(settle.as_ref())
            .chain(&[A::Edit, A::History, A::Help, A::Quit]);
    finish(
        &app.config.tr,
        actions
            .filter(|a| **a != A::Print || printer)
            .map(|a| (PAYMENT, std::slice::from_ref(a)))
            .collect(),
    )
}

/// The hints for picks of (table, actions); an action a table lacks comes from the
/// global table (history, help, quit work everywhere).
fn finish(tr: &Tr, picks: Vec<(&[keymap::Binding], &[keymap::Action])>) -> Vec<Hint> {
    picks
        .into_iter()
        .filter_map(|(table, actions)| {
            keymap::hint(tr, table, actions).or_else(|| keymap::hint(tr, keymap::GLOBAL, actions))
        })
        .collect()
}

/// The tip dialog's keys: "1-3 preset", as many keys as there are presets.
fn tip_hints(app: &App) -> Vec<Hint> {
    use keymap::{Action as A, TIP};
    let mut hints = finish(
        &app.config.tr,
        vec![
            (TIP, &[A::TipPreset]),
            (TIP, &[A::NoTip]),
            (TIP, &[A::CustomTip]),
            (TIP, &[A::Back]),
            (TIP, &[A::Help]),
        ],
    );
    let presets = app.config.selling.tip_presets.len();
    if let Some(first) = hints.first_mut()
        && presets > 1
    {
        first.key = format!("1-{presets}");
    }
    hints
}

/// The books' question: Enter, the fields' switch where there are two, the tender of
/// a refund, Esc.
fn books_hints(app: &App) -> Vec<Hint> {
    use keymap::{Action as A, BOOKS};
    let Some(ask) = &app.books.ask else {
        return Vec::new();
    };
    let mut picks: Vec<(&[keymap::Binding], &[A])> = vec![(BOOKS, &[A::Apply])];
    if ask.wants_amount() && ask.wants_reason() {
        picks.push((BOOKS, &[A::SwitchField]));
    }
    if matches!(ask.asking, crate::app::Asking::Refund(_)) {
        picks.push((BOOKS, &[A::PrevChoice, A::NextChoice]));
    }
    picks.push((BOOKS, &[A::Back]));
    finish(&app.config.tr, picks)
}

fn history_hints(app: &App) -> Vec<Hint> {
    use crate::app::HistoryView;
    use keymap::{Action as A, DATES, FILTER, GLOBAL, HISTORY};
    let mut picks: Vec<(&[keymap::Binding], &[A])> = match app.view {
        HistoryView::Local if app.local.editing => {
            return finish(
                &app.config.tr,
                vec![(FILTER, &[A::Apply]), (FILTER, &[A::Back])],
            );
        }
        HistoryView::Server if app.server.range.is_some() => {
            return finish(
                &app.config.tr,
                vec![
                    (DATES, &[A::Apply]),
                    (DATES, &[A::SwitchField]),
                    (DATES, &[A::Back]),
                ],
            );
        }
        HistoryView::Session => vec![
            (HISTORY, &[A::Up, A::Down]),
            (HISTORY, &[A::Show]),
            (HISTORY, &[A::Copy]),
            (HISTORY, &[A::PrevPage]),
            (HISTORY, &[A::Recheck]),
        ],
        HistoryView::Local => vec![
            (HISTORY, &[A::Up, A::Down]),
            (HISTORY, &[A::Filter]),
            (HISTORY, &[A::Show]),
            (HISTORY, &[A::Copy]),
            (HISTORY, &[A::PrevPage]),
        ],
        HistoryView::Server => vec![
            (HISTORY, &[A::Up, A::Down]),
            (HISTORY, &[A::NextPage, A::PrevPage]),
            (HISTORY, &[A::Dates]),
            (HISTORY, &[A::Recheck]),
        ],
        HistoryView::Summary if summary_scroll_max(app) > 0 => vec![
            (HISTORY, &[A::Up, A::Down]),
            (HISTORY, &[A::CloseShift]),
            (HISTORY, &[A::OpenShift]),
            (HISTORY, &[A::CashIn, A::CashOut]),
            (HISTORY, &[A::PrevDay, A::NextDay]),
            (HISTORY, &[A::Recheck]),
        ],
        HistoryView::Summary => vec![
            (HISTORY, &[A::CloseShift]),
            (HISTORY, &[A::OpenShift]),
            (HISTORY, &[A::CashIn, A::CashOut]),
            (HISTORY, &[A::PrevDay, A::NextDay]),
            (HISTORY, &[A::Recheck]),
        ],
        HistoryView::Shop => vec![(HISTORY, &[A::Up, A::Down]), (HISTORY, &[A::Recheck])],
    };
    // `p` prints in This session and All local (where there is a printer), and `r`
    // reads the Server, Summary and Shop views again: said as such in the bar.
    let lists = matches!(app.view, HistoryView::Session | HistoryView::Local);
    let printer = app.config.selling.printer.is_some();
    picks.retain(|(_, actions)| !(lists && *actions == [A::PrevPage] && !printer));
    picks.extend([
        (HISTORY, &[A::NextView][..]),
        (HISTORY, &[A::Export]),
        (HISTORY, &[A::Back]),
        (GLOBAL, &[A::Help]),
    ]);
    let mut hints = finish(&app.config.tr, picks);
    for hint in &mut hints {
        let id = match (hint.key.as_str(), lists) {
            ("p", true) => "hint-print",
            ("r", false) => "hint-reload",
            ("↑ ↓", false) if app.view == HistoryView::Summary => "hint-scroll",
            _ => continue,
        };
        hint.label = app.config.tr.msg(id, &[]);
    }
    hints
}

fn render_hints(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let mut spans = Vec::new();
    let mut width = 0;
    for Hint { key, label } in hints(app) {
        let piece = unicode_width::UnicodeWidthStr::width(key.as_str())
            + unicode_width::UnicodeWidthStr::width(label.as_str())
            + 3;
        if width + piece > area.width as usize {
            break;
        }
        width += piece;
        spans.push(Span::styled(format!(" {key}"), palette.key()));
        spans.push(Span::raw(format!(" {label} ")));
    }
    frame.render_widget(Line::from(spans), area);
}
