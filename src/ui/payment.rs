//! The payment pane: the QR code, the link as text, and the payment's details.
//!
//! The details sit in the pane's top and bottom borders, so the inside is the code's
//! and the link's alone: that is what lets a 200-character link scan at 120×40.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::qr::{QrWidget, centred};
use super::{Hyperlink, Palette, words};
use crate::app::{App, CheckError, Pane, SessionPayment};
use crate::i18n::Tr;
use crate::qr::EcLevel;
use crate::text;

/// The strongest error correction the panel uses. M recovers from 15% damage, plenty
/// for a screen; H would make the code a third larger and cost that many more bytes on
/// every paint over SSH. Present mode, made for scanning, goes up to H.
const PANEL_LEVEL: EcLevel = EcLevel::M;

/// Columns for the link when it sits beside the code.
const SIDE_COLS: u16 = 30;

pub fn render(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
    links: &mut Vec<Hyperlink>,
) {
    let focused = app.focus == Pane::Payment;
    let Some(payment) = app.shown_payment() else {
        return render_empty(app, frame, area, focused, palette);
    };
    let block = framed(app, payment, area.width, focused, palette);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if super::outcome::render(app, payment, frame, inner, palette) {
        return;
    }
    let drawn = code_above_link(payment, frame, inner, links)
        || code_beside_link(payment, frame, inner, links);
    if !drawn {
        frame.render_widget(
            Paragraph::new(too_small(&app.config.tr, payment, inner, palette))
                .wrap(Wrap { trim: true }),
            inner,
        );
    }
}

/// The pane before any payment: a short line saying what will be here.
fn render_empty(app: &App, frame: &mut Frame, area: Rect, focused: bool, palette: &Palette) {
    let tr = &app.config.tr;
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", t!(tr, "ui-payment-title")),
            palette.pane_title(focused),
        ))
        .border_style(palette.border());
    // Short: whatever is here is overwritten, byte by byte, when the first code comes.
    let help = t!(tr, "ui-payment-empty");
    // Styled as a line, not as a paragraph: a paragraph's style would colour every blank
    // cell of the pane, and the first code drawn there would have to rewrite them all.
    let text = Paragraph::new(Line::styled(help, palette.muted()))
        .wrap(Wrap { trim: true })
        .block(block);
    frame.render_widget(text, area);
}

/// The pane's border, with the order, money, method and status on top and the product
/// and customer at the bottom.
fn framed(
    app: &App,
    payment: &SessionPayment,
    area_width: u16,
    focused: bool,
    palette: &Palette,
) -> Block<'static> {
    let width = area_width.saturating_sub(4) as usize;
    let tr = &app.config.tr;
    let r = &payment.request;
    let heading = format!(
        " {} ",
        t!(
            tr,
            "ui-payment-heading",
            order_id = payment.record.order_id.to_string(),
            money = tr.money(payment.record.amount, payment.record.currency),
            method = words::method(tr, r.method)
        )
    );
    // The status (a ticking "waiting 1:42") is plain text: a second's change then costs
    // a cursor move and a digit, with no style to set and reset.
    let status = text::fit(
        &format!(" {} ", status_text(app, payment)),
        width.saturating_sub(unicode_width::UnicodeWidthStr::width(heading.as_str())),
    );
    let title = Line::from(vec![
        Span::styled(text::fit(&heading, width), palette.pane_title(focused)),
        Span::styled(status, Style::reset()),
    ]);
    let extras = &payment.record.extras;
    let customer = if extras.walk_in {
        t!(tr, "ui-payment-walk-in")
    } else {
        payment.record.customer.clone()
    };
    let tip = match extras.tip {
        Some(tip) if !tip.is_zero() => {
            format!(" · {}", t!(tr, "ui-payment-tip", amount = tr.amount(tip)))
        }
        _ => String::new(),
    };
    // A cash customer need give no email: then there is none to show.
    let footer = if customer.is_empty() {
        format!(" {}{tip} ", r.product)
    } else {
        format!(" {} · {customer}{tip} ", r.product)
    };
    Block::bordered()
        .title(title)
        .title_bottom(Span::styled(text::fit(&footer, width), Style::reset()))
        .border_style(palette.border())
}

/// The code with the link under it, if that leaves the code room. Returns whether it did.
fn code_above_link(
    payment: &SessionPayment,
    frame: &mut Frame,
    inner: Rect,
    links: &mut Vec<Hyperlink>,
) -> bool {
    let url = &payment.record.order_url;
    let below_rows = text::chunks(url, inner.width.max(1) as usize).len() as u16;
    let room = Rect {
        height: inner.height.saturating_sub(below_rows),
        ..inner
    };
    let Some((code, scale)) = payment.qr.fit(room.width, room.height, PANEL_LEVEL) else {
        return false;
    };
    let widget = QrWidget { code, scale };
    let (cols, rows) = widget.size();
    // Centre the code and the link together; the quiet zone sets them apart.
    let top = inner.y + inner.height.saturating_sub(rows + below_rows) / 2;
    let at = Rect {
        y: top,
        height: rows,
        ..centred(inner, (cols, rows))
    };
    frame.render_widget(widget, at);
    // A link that fits on one line is centred under the code.
    let link_cols = (url.chars().count() as u16).min(inner.width);
    let link_area = Rect {
        x: inner.x + (inner.width - link_cols) / 2,
        y: at.bottom(),
        width: link_cols,
        height: inner.bottom().saturating_sub(at.bottom()),
    };
    draw_link(frame, link_area, url, links);
    true
}

/// The code with the link beside it, for panes too short for both stacked.
fn code_beside_link(
    payment: &SessionPayment,
    frame: &mut Frame,
    inner: Rect,
    links: &mut Vec<Hyperlink>,
) -> bool {
    let url = &payment.record.order_url;
    let room = Rect {
        width: inner.width.saturating_sub(SIDE_COLS + 1),
        ..inner
    };
    let Some((code, scale)) = payment.qr.fit(room.width, room.height, PANEL_LEVEL) else {
        return false;
    };
    let widget = QrWidget { code, scale };
    let at = centred(room, widget.size());
    frame.render_widget(widget, at);
    let side = Rect {
        x: at.right() + 1,
        width: inner.right().saturating_sub(at.right() + 1),
        ..inner
    };
    let rows = text::chunks(url, side.width.max(1) as usize).len() as u16;
    let link_area = Rect {
        y: side.y + side.height.saturating_sub(rows) / 2,
        ..side
    };
    draw_link(frame, link_area, url, links);
    true
}

/// The status for titles: the server's word (or `waiting m:ss`), or why it is unknown.
pub fn status_text(app: &App, payment: &SessionPayment) -> String {
    let tr = &app.config.tr;
    match &payment.poll.error {
        Some(CheckError::Unreachable(_)) if payment.is_open() => {
            t!(tr, "ui-payment-status-retrying")
        }
        Some(CheckError::Refused(why)) if payment.is_open() => {
            t!(tr, "ui-payment-status-refused", why = why.to_string())
        }
        _ => words::status_label(tr, payment, app.now),
    }
}

/// Draws the link in pieces of the area's width, reporting each as a hyperlink.
fn draw_link(frame: &mut Frame, area: Rect, url: &str, links: &mut Vec<Hyperlink>) {
    let pieces = text::chunks(url, area.width.max(1) as usize);
    for (i, piece) in pieces.into_iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        frame.render_widget(
            Paragraph::new(piece.clone()),
            Rect {
                y,
                height: 1,
                ..area
            },
        );
        links.push(Hyperlink {
            x: area.x,
            y,
            text: piece,
            url: url.to_string(),
        });
    }
}

/// What to say when the code cannot be drawn whole: never a clipped code.
fn too_small(
    tr: &Tr,
    payment: &SessionPayment,
    inner: Rect,
    palette: &Palette,
) -> Vec<Line<'static>> {
    let side = payment.qr.min_side().unwrap_or(0) as u16;
    let url_rows = payment
        .record
        .order_url
        .chars()
        .count()
        .div_ceil(side.max(1) as usize) as u16;
    // Borders, title bar, status line and key bar around the pane.
    let (need_cols, need_rows) = (side + 2, side.div_ceil(2) + url_rows + 2 + 3);
    vec![
        Line::styled(
            t!(
                tr,
                "ui-payment-code-too-small",
                need = format!("{need_cols}×{need_rows}"),
                size = format!("{}×{}", inner.width, inner.height)
            ),
            palette.error(),
        ),
        Line::raw(t!(
            tr,
            "ui-payment-present-hint",
            need = format!("{side}×{}", side.div_ceil(2) + 1)
        )),
        Line::raw(""),
        Line::raw(payment.record.order_url.clone()),
    ]
}
