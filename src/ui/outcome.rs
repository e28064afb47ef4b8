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
use crate::text;

/// Draws a paid or expired payment in `area`. Returns false for open payments.
pub fn render(
    app: &App,
    payment: &SessionPayment,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
) -> bool {
    // A word made here (the change due) lives as long as the drawing.
    let big_word: String;
    let (word, style, lines) = match payment.status {
        // A link for another amount than asked is never presented as a code.
        _ if payment.record.amount_differs() => {
            let asked = payment.record.asked_amount.unwrap_or_default();
            let lines = vec![
                format!(
                    "Luxfin made this link for {}, not {}:",
                    payment.money(),
                    crate::money::format_money(asked, payment.record.currency)
                ),
                "do not show it to the customer.".to_string(),
                format!(
                    "Order {} is in the ledger, marked as made for another amount.",
                    payment.record.order_id
                ),
                "Press n for a new payment.".to_string(),
            ];
            ("WRONG AMOUNT", palette.error(), lines)
        }
        // Voided: out of the totals, and not to be shown to the customer any more.
        PaymentStatus::Pending | PaymentStatus::Unknown(_) if payment.voided_at.is_some() => {
            let lines = vec![
                format!("{} · {}", payment.money(), payment.record.product),
                "Voided: out of every total; its code is not shown again.".to_string(),
                "If the customer pays it even so, luxpay says PAID AFTER VOID.".to_string(),
            ];
            ("VOIDED", palette.error(), lines)
        }
        PaymentStatus::Success => {
            let when = payment
                .paid_at
                .map(|t| {
                    t.to_zoned_datetime(app.config.tz.clone())
                        .strftime("%H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            let (word, lines) = paid_words(payment, &when);
            big_word = word;
            (big_word.as_str(), palette.success(), lines)
        }
        PaymentStatus::Expired => {
            let lines = vec![
                format!("{} · {}", payment.money(), payment.record.product),
                "This link expired before it was paid.".to_string(),
                "Press g for a fresh link with the same details.".to_string(),
            ];
            ("EXPIRED", palette.error(), lines)
        }
        _ => return false,
    };
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
fn paid_words(payment: &SessionPayment, when: &str) -> (String, Vec<String>) {
    let p = &payment.record;
    if let Some(tendered) = p.extras.tendered {
        let lines = vec![
            format!("CHANGE DUE · sale of {} in cash", payment.money()),
            format!(
                "{} handed over · paid at {when}",
                crate::money::format_money(tendered, p.currency)
            ),
            format!("{} · order {}", p.product, p.order_id),
        ];
        return (crate::money::format_grouped(tendered - p.amount), lines);
    }
    let how = if p.method == crate::payment::Method::Cash {
        "in cash"
    } else {
        "received"
    };
    let lines = vec![
        format!("✓ {} {how}", payment.money()),
        format!("paid at {when}"),
        format!("{} · {}", p.product, p.customer),
    ];
    ("PAID".into(), lines)
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
