//! The customer mirror's screen (`luxpay mirror`): what the customer needs and nothing
//! else. The amount large, the code as large as the window allows and the product while
//! a payment waits; PAID or EXPIRED in large letters after; the shop's name when idle.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::qr::{QrWidget, centred};
use super::{CodeMark, Palette};
use crate::i18n::Tr;
use crate::mirror::MirrorState;
use crate::qr::QrSet;
use crate::text;

/// What the mirror draws from: the till's latest state, and its code encoded once.
#[derive(Debug, Clone)]
pub struct MirrorView {
    /// The till's state; `None` while it is not reached.
    pub state: Option<MirrorState>,
    /// The waiting payment's code, at every error-correction level.
    pub qr: Option<QrSet>,
    /// The till watched: its name, whether it runs on the demo API, the tills found.
    pub till: Till,
    /// Honour NO_COLOR (the code keeps its black on white regardless).
    pub no_color: bool,
}

/// The till a mirror watches, as far as the mirror knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Till {
    /// Its name (`LUXPAY_TILL`, `--till`), for the waiting message.
    pub name: String,
    /// It said it runs on the demo API: every screen of it says DEMO.
    pub demo: bool,
    /// While it is not reached, the tills whose sockets are there: a name mistyped shows
    /// beside the right one.
    pub found: Vec<String>,
}

impl From<&str> for Till {
    fn from(name: &str) -> Till {
        Till {
            name: name.to_string(),
            ..Till::default()
        }
    }
}

impl MirrorView {
    /// Takes a new state in, encoding its code once.
    pub fn set(&mut self, state: MirrorState) {
        self.qr = match &state {
            MirrorState::Waiting { url, .. } => Some(QrSet::new(url)),
            _ => None,
        };
        self.state = Some(state);
    }
}

/// Big-text characters: 4 columns wide, 4 rows tall (quadrant pixels).
const BIG: u16 = 4;

/// Draws the mirror for `view` on the whole frame in English; returns where the code
/// went, for an image over it.
pub fn render(view: &MirrorView, frame: &mut Frame) -> Option<CodeMark> {
    render_in(&Tr::plain(), view, frame)
}

/// Draws the mirror for `view` on the whole frame in `tr`'s language; returns where the
/// code went, for an image over it.
pub fn render_in(tr: &Tr, view: &MirrorView, frame: &mut Frame) -> Option<CodeMark> {
    let palette = Palette::new(view.no_color);
    let mut area = frame.area();
    if view.state.is_some() && view.till.demo {
        // Its own row, so the code and the big words keep theirs; as on its printouts.
        let demo = format!(" {} ", t!(tr, "ui-mirror-demo"));
        line(frame, area.y, area, &demo, palette.demo());
        area.y += 1;
        area.height = area.height.saturating_sub(1);
    }
    match &view.state {
        None => waiting_for_till(tr, frame, area, &view.till, &palette),
        Some(MirrorState::Idle { shop }) => {
            let welcome = t!(tr, "ui-mirror-welcome");
            let shop = if shop.is_empty() {
                welcome.as_str()
            } else {
                shop
            };
            big_or_plain(frame, area, shop, palette.label());
        }
        Some(MirrorState::Paid { amount }) => {
            let paid = t!(tr, "status-paid");
            big_word(frame, area, &paid, amount, palette.success());
        }
        Some(MirrorState::Expired { amount }) => {
            let expired = t!(tr, "status-expired");
            big_word(frame, area, &expired, amount, palette.error());
        }
        Some(MirrorState::Waiting {
            amount, product, ..
        }) => return waiting(tr, view, frame, area, (amount, product), &palette),
    }
    None
}

/// The till is not reached: its name, the tills that are there (a typo shows beside the
/// right name), and how to start it.
fn waiting_for_till(tr: &Tr, frame: &mut Frame, area: Rect, till: &Till, palette: &Palette) {
    let mut lines = vec![
        Line::styled(
            t!(tr, "ui-mirror-waiting-for-till", till = till.name.as_str()),
            palette.label(),
        ),
        Line::raw(""),
    ];
    if !till.found.is_empty() {
        let found = t!(tr, "ui-mirror-tills-found", tills = till.found.join(", "));
        lines.push(Line::styled(found, palette.muted()));
    }
    let start = t!(tr, "ui-mirror-start-till", till = till.name.as_str());
    lines.push(Line::styled(start, palette.muted()));
    let top = area.y + area.height.saturating_sub(lines.len() as u16 + 1) / 2;
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        Rect {
            y: top,
            height: area.bottom().saturating_sub(top),
            ..area
        },
    );
}

/// The amount on top, the code as large as fits, the product under it.
fn waiting(
    tr: &Tr,
    view: &MirrorView,
    frame: &mut Frame,
    area: Rect,
    (amount, product): (&str, &str),
    palette: &Palette,
) -> Option<CodeMark> {
    // The amount in large letters where the code stays as large as with it plain.
    let room_under = |top_rows: u16| Rect {
        y: area.y + top_rows,
        height: area.height.saturating_sub(top_rows + 2),
        ..area
    };
    let fit_in = |room: Rect| {
        view.qr
            .as_ref()
            .and_then(|qr| qr.fit(room.width, room.height, crate::qr::EcLevel::H))
    };
    let plain = fit_in(room_under(1));
    let large = fit_in(room_under(BIG + 1));
    let big = amount.chars().count() as u16 * BIG <= area.width
        && large.is_some_and(|(_, s)| plain.is_none_or(|(_, p)| s >= p));
    let (room, fit) = if big {
        big_text(
            frame,
            Rect {
                height: BIG,
                ..area
            },
            amount,
            palette.label(),
        );
        (room_under(BIG + 1), large)
    } else {
        line(frame, area.y, area, amount, palette.label());
        (room_under(1), plain)
    };
    let Some((code, scale)) = fit else {
        words(frame, room, &t!(tr, "ui-mirror-enlarge"), palette.error());
        return None;
    };
    let widget = QrWidget { code, scale };
    let at = centred(room, widget.size());
    frame.render_widget(widget, at);
    let under = (at.bottom() + 1).min(area.bottom().saturating_sub(1));
    let product = text::fit(product, area.width as usize);
    line(frame, under, area, &product, palette.label());
    Some(CodeMark {
        x: at.x,
        y: at.y,
        cols: at.width,
        rows: at.height,
        code: code.clone(),
    })
}

/// A word in large letters, the amount under it.
fn big_word(frame: &mut Frame, area: Rect, word: &str, amount: &str, style: Style) {
    let middle = area.y + area.height.saturating_sub(BIG + 2) / 2;
    if big_at(frame, area, middle, word, style) {
        // The word again in plain letters: for a screen reader, and for a glance.
        let words = format!("{word} · {amount}");
        line(frame, middle + BIG + 1, area, &words, style);
    } else {
        line(frame, middle, area, word, style);
        line(frame, middle + 1, area, amount, style);
    }
}

/// Text in large letters where it fits, else plain, in the middle.
fn big_or_plain(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let middle = area.y + area.height.saturating_sub(BIG) / 2;
    if !big_at(frame, area, middle, text, style) {
        words(frame, area, text, style);
    }
}

/// Text in large letters from row `y`, if it fits the width; whether it did.
fn big_at(frame: &mut Frame, area: Rect, y: u16, text: &str, style: Style) -> bool {
    let fits = text.chars().count() as u16 * BIG <= area.width;
    if fits {
        let rows = Rect {
            y,
            height: BIG,
            ..area
        };
        big_text(frame, rows, text, style);
    }
    fits
}

fn big_text(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let big = BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(style)
        .alignment(Alignment::Center)
        .lines(vec![Line::raw(text.to_string())])
        .build();
    frame.render_widget(big, area.intersection(frame.area()));
}

/// One centred line at row `y`.
fn line(frame: &mut Frame, y: u16, area: Rect, text: &str, style: Style) {
    if y >= area.bottom() {
        return;
    }
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), style)).alignment(Alignment::Center),
        Rect {
            y,
            height: 1,
            ..area
        },
    );
}

/// Wrapped words in the middle of `area`.
fn words(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let middle = Rect {
        y: area.y + area.height / 2,
        height: area.height - area.height / 2,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(text.to_string(), style))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        middle,
    );
}
