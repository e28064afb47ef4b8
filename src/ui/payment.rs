//! The payment pane: the QR code, the link as text, and the payment's details.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::qr::{QrWidget, centred};
use super::{Hyperlink, Palette, text};
use crate::app::{App, Pane, SessionPayment};

/// Columns for the details when they sit beside the code.
const SIDE_COLS: u16 = 30;

pub fn render(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
    links: &mut Vec<Hyperlink>,
) {
    let focused = app.focus == Pane::Payment;
    let title = match app.shown_payment() {
        Some(p) => format!(" Payment · order {} ", p.order_id),
        None => " Payment ".to_string(),
    };
    let block = Block::bordered()
        .title(title)
        .border_style(palette.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(payment) = app.shown_payment() else {
        let help = "Fill in the form and press Enter: the payment link appears here as a QR code \
                    for the customer to scan.";
        frame.render_widget(
            Paragraph::new(help)
                .style(palette.muted())
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };

    // Details under the code if that leaves room for it, else beside it.
    let below = details(payment, inner.width, palette);
    let below_rows = below.len() as u16 + 1;
    let code_area = Rect {
        height: inner.height.saturating_sub(below_rows),
        ..inner
    };
    if let Some((code, scale)) = payment.qr.fit(code_area.width, code_area.height) {
        let widget = QrWidget { code, scale };
        let (cols, rows) = widget.size();
        // Centre the code and its details together, the code horizontally.
        let top = inner.y + inner.height.saturating_sub(rows + below_rows) / 2;
        let at = Rect {
            y: top,
            height: rows,
            ..centred(inner, (cols, rows))
        };
        frame.render_widget(widget, at);
        let text_area = Rect {
            y: at.bottom() + 1,
            height: inner.bottom().saturating_sub(at.bottom() + 1),
            ..inner
        };
        draw_details(frame, text_area, below, &payment.order_url, links);
        return;
    }
    let code_area = Rect {
        width: inner.width.saturating_sub(SIDE_COLS + 1),
        ..inner
    };
    if let Some((code, scale)) = payment.qr.fit(code_area.width, code_area.height) {
        let widget = QrWidget { code, scale };
        let (cols, rows) = widget.size();
        let at = Rect {
            width: cols,
            height: rows,
            ..centred(code_area, (cols, rows))
        };
        frame.render_widget(widget, at);
        let side = Rect {
            x: at.right() + 1,
            width: inner.right().saturating_sub(at.right() + 1),
            ..inner
        };
        let lines = details(payment, side.width, palette);
        draw_details(frame, side, lines, &payment.order_url, links);
        return;
    }
    let lines = too_small(payment, inner, palette);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// The details as lines: the URL first (in pieces, for OSC 8), then the payment.
fn details(payment: &SessionPayment, width: u16, palette: &Palette) -> Vec<Line<'static>> {
    let width = width.max(1) as usize;
    let mut lines: Vec<Line> = text::chunks(&payment.order_url, width)
        .into_iter()
        .map(Line::raw)
        .collect();
    let r = &payment.request;
    lines.push(Line::from(vec![
        Span::styled(payment.money(), palette.label()),
        Span::raw(format!(" · {} · {}", r.method, payment.status)),
    ]));
    for piece in text::wrap(&r.product, width) {
        lines.push(Line::raw(piece));
    }
    lines.push(Line::styled(text::fit(&r.customer, width), palette.muted()));
    lines
}

/// Draws the details, reporting each line of the URL as a hyperlink.
fn draw_details(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    url: &str,
    links: &mut Vec<Hyperlink>,
) {
    let url_lines = text::chunks(url, area.width.max(1) as usize);
    for (i, piece) in url_lines.iter().enumerate() {
        if (i as u16) < area.height {
            links.push(Hyperlink {
                x: area.x,
                y: area.y + i as u16,
                text: piece.clone(),
                url: url.to_string(),
            });
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// What to say when the code cannot be drawn whole: never a clipped code.
fn too_small(payment: &SessionPayment, inner: Rect, palette: &Palette) -> Vec<Line<'static>> {
    let side = payment.qr.min_side().unwrap_or(0) as u16;
    let need_cols = side + 2;
    let need_rows = side.div_ceil(2) + 5 + 3;
    let mut lines = vec![
        Line::styled(
            format!(
                "The QR code needs a terminal of at least {need_cols}×{need_rows} here (this pane is {}×{}).",
                inner.width, inner.height
            ),
            palette.error(),
        ),
        Line::raw(format!(
            "Press f for present mode (needs {}×{}), or enlarge the window.",
            side,
            side.div_ceil(2) + 1
        )),
        Line::raw(""),
    ];
    lines.push(Line::raw(payment.order_url.clone()));
    lines.push(Line::raw(format!(
        "{} · {}",
        payment.money(),
        payment.request.product
    )));
    lines
}
