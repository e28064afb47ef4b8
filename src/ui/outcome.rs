//! The end of a payment's story, unmistakable from a step away: PAID or EXPIRED in
//! large letters, with the amount and the time.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use super::Palette;
use crate::api::PaymentStatus;
use crate::app::{App, SessionPayment};
use crate::i18n::Tr;
use crate::text;

/// Draws a paid or expired payment in `area`. Returns false for open payments.
pub fn render(
    app: &App,
    payment: &SessionPayment,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
) -> bool {
    let tr = &app.config.tr;
    let money = tr.money(payment.record.amount, payment.record.currency);
    let (word, style, lines) = match payment.status {
        // A link for another amount than asked is never presented as a code.
        _ if payment.record.amount_differs() => {
            let asked = payment.record.asked_amount.unwrap_or_default();
            let lines = vec![
                t!(
                    tr,
                    "ui-outcome-wrong-amount-made",
                    money = money.clone(),
                    asked = tr.money(asked, payment.record.currency)
                ),
                t!(tr, "ui-outcome-wrong-amount-hide"),
                t!(
                    tr,
                    "ui-outcome-wrong-amount-ledger",
                    order_id = payment.record.order_id.to_string()
                ),
                t!(tr, "ui-outcome-wrong-amount-new"),
            ];
            (t!(tr, "ui-outcome-wrong-amount"), palette.error(), lines)
        }
        // Voided: out of the totals, and not to be shown to the customer any more.
        PaymentStatus::Pending | PaymentStatus::Unknown(_) if payment.voided_at.is_some() => {
            let lines = vec![
                format!("{money} · {}", payment.record.product),
                t!(tr, "ui-outcome-voided-out"),
                t!(tr, "ui-outcome-voided-paid-after"),
            ];
            (t!(tr, "status-voided"), palette.error(), lines)
        }
        PaymentStatus::Success => {
            let when = payment
                .paid_at
                .map(|t| tr.time(t.to_zoned_datetime(app.config.tz.clone()).time()))
                .unwrap_or_default();
            let (word, lines) = paid_words(tr, payment, &when);
            (word, palette.success(), lines)
        }
        PaymentStatus::Expired => {
            let lines = vec![
                format!("{money} · {}", payment.record.product),
                t!(tr, "ui-outcome-expired-unpaid"),
                t!(tr, "ui-outcome-expired-fresh"),
            ];
            (t!(tr, "status-expired"), palette.error(), lines)
        }
        _ => return false,
    };
    let word = word.as_str();
    let big = big_size(
        word,
        area.width,
        area.height.saturating_sub(lines.len() as u16 + 1),
    );
    let big_rows = big.map_or(1, |(_, rows)| rows);
    let total = big_rows + 1 + lines.len() as u16;
    let mut y = area.y + area.height.saturating_sub(total) / 2;
    match big {
        Some((size, rows)) => {
            let widget = BigText::builder()
                .pixel_size(size)
                .style(style)
                .alignment(Alignment::Center)
                .lines(vec![Line::raw(word)])
                .build();
            frame.render_widget(
                widget,
                Rect {
                    y,
                    height: rows,
                    ..area
                },
            );
        }
        None => line(frame, area, y, format!("✓ {word}"), style),
    }
    y += big_rows + 1;
    for (i, text) in lines.into_iter().enumerate() {
        let style = if i == 0 { style } else { Style::new() };
        line(frame, area, y + i as u16, text, style);
    }
    true
}

/// The large word and the lines under it for a paid payment: PAID, or for cash with
/// something handed over, the change due (to count out).
fn paid_words(tr: &Tr, payment: &SessionPayment, when: &str) -> (String, Vec<String>) {
    let p = &payment.record;
    let money = tr.money(p.amount, p.currency);
    if let Some(tendered) = p.extras.tendered {
        let lines = vec![
            t!(tr, "ui-outcome-change-due", money = money),
            t!(
                tr,
                "ui-outcome-handed-over",
                money = tr.money(tendered, p.currency),
                time = when
            ),
            t!(
                tr,
                "ui-outcome-product-order",
                product = p.product.clone(),
                order_id = p.order_id.to_string()
            ),
        ];
        return (tr.amount(tendered - p.amount), lines);
    }
    let received = if p.method == crate::payment::Method::Cash {
        t!(tr, "ui-outcome-received-cash", money = money)
    } else {
        t!(tr, "ui-outcome-received", money = money)
    };
    let lines = vec![
        format!("✓ {received}"),
        t!(tr, "ui-outcome-paid-at", time = when),
        format!("{} · {}", p.product, p.customer),
    ];
    (t!(tr, "status-paid"), lines)
}

fn line(frame: &mut Frame, area: Rect, y: u16, text: String, style: Style) {
    if y < area.bottom() {
        let text = text::fit(&text, area.width as usize);
        frame.render_widget(
            Paragraph::new(text)
                .style(style)
                .alignment(Alignment::Center),
            Rect {
                y,
                height: 1,
                ..area
            },
        );
    }
}

/// The largest big-text size that fits: (pixel size, rows).
fn big_size(word: &str, cols: u16, rows: u16) -> Option<(PixelSize, u16)> {
    let chars = word.chars().count() as u16;
    [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfHeight, 8, 4),
        (PixelSize::Quadrant, 4, 4),
    ]
    .into_iter()
    .find(|(_, w, h)| chars * w <= cols && *h <= rows)
    .map(|(size, _, h)| (size, h))
}
