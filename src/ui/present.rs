//! Present mode: the QR code as large as the screen allows, for the customer to scan,
//! with the amount in large text and the product beside or under it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::qr::{QrWidget, centred};
use super::{CodeMark, Palette};
use crate::app::{App, SessionPayment};
use crate::text;

/// Columns the text needs beside the code, and rows under it.
const SIDE_COLS: u16 = 22;
const UNDER_ROWS: u16 = 7;
/// Big-text characters are 4 columns wide and 4 rows tall (quadrant pixels).
const BIG_COLS: usize = 4;
const BIG_ROWS: u16 = 4;

/// Draws present mode; returns where the code went, for an image over it.
pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) -> Option<CodeMark> {
    let Some(payment) = app.shown_payment() else {
        frame.render_widget(
            Paragraph::new(t!(app.config.tr, "ui-present-nothing")),
            area,
        );
        return None;
    };
    if super::outcome::render(app, payment, frame, area, palette) {
        return None;
    }
    // Beside, under, or alone: whichever draws the code largest, text preferred at a tie.
    let beside = Rect {
        width: area.width.saturating_sub(SIDE_COLS),
        ..area
    };
    let under = Rect {
        height: area.height.saturating_sub(UNDER_ROWS),
        ..area
    };
    let options = [
        (beside, Some(Side::Right)),
        (under, Some(Side::Below)),
        (area, None),
    ];
    let best = options
        .into_iter()
        .filter_map(|(room, side)| {
            payment
                .qr
                .fit(room.width, room.height, crate::qr::EcLevel::H)
                .map(|fit| (room, side, fit))
        })
        .fold(
            None,
            |best: Option<(Rect, Option<Side>, _)>, candidate| match &best {
                Some((_, _, (_, scale))) if *scale >= candidate.2.1 => best,
                _ => Some(candidate),
            },
        );
    let Some((room, side, (code, scale))) = best else {
        let side = payment.qr.min_side().unwrap_or(0) as u16;
        let message = format!(
            "{}\n\n{}",
            t!(
                app.config.tr,
                "ui-present-code-too-small",
                need = format!("{}×{}", side, side.div_ceil(2) + 1),
                size = format!("{}×{}", area.width, area.height + 1)
            ),
            payment.record.order_url
        );
        frame.render_widget(
            Paragraph::new(message)
                .style(palette.error())
                .wrap(Wrap { trim: true }),
            area,
        );
        return None;
    };
    let widget = QrWidget { code, scale };
    let size = widget.size();
    let at = centred(room, size);
    frame.render_widget(widget, at);
    let mark = CodeMark {
        x: at.x,
        y: at.y,
        cols: at.width,
        rows: at.height,
        code: code.clone(),
    };
    let text_area = match side {
        Some(Side::Right) => Rect {
            x: at.right() + 2,
            width: area.right().saturating_sub(at.right() + 2),
            ..area
        },
        Some(Side::Below) => Rect {
            y: at.bottom() + 1,
            height: area.bottom().saturating_sub(at.bottom() + 1),
            ..area
        },
        None => return Some(mark),
    };
    render_text(app, payment, frame, text_area, palette);
    Some(mark)
}

#[derive(Debug, Clone, Copy)]
enum Side {
    Right,
    Below,
}

fn render_text(
    app: &App,
    payment: &SessionPayment,
    frame: &mut Frame,
    area: Rect,
    palette: &Palette,
) {
    let mut y = area.y;
    let line = |frame: &mut Frame, text: Line, y: &mut u16| {
        if *y < area.bottom() {
            frame.render_widget(
                Paragraph::new(text),
                Rect {
                    y: *y,
                    height: 1,
                    ..area
                },
            );
            *y += 1;
        }
    };
    if app.config.demo {
        line(
            frame,
            Line::styled(
                format!(" {} ", t!(app.config.tr, "ui-demo")),
                palette.demo(),
            ),
            &mut y,
        );
        y += 1;
    }
    // The big amount as the locale writes it, without grouping: `1234,50` in German.
    let amount = decimal_comma(
        &app.config.tr,
        crate::money::format_amount(payment.record.amount),
    );
    let fits_big = amount.chars().count() * BIG_COLS <= area.width as usize
        && y + BIG_ROWS + 4 <= area.bottom();
    if fits_big {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(palette.label())
            .lines(vec![Line::raw(amount)])
            .build();
        frame.render_widget(
            big,
            Rect {
                y,
                height: BIG_ROWS,
                ..area
            },
        );
        y += BIG_ROWS;
        line(
            frame,
            Line::styled(payment.request.currency.to_string(), palette.label()),
            &mut y,
        );
    } else {
        line(
            frame,
            Line::styled(
                app.config
                    .tr
                    .money(payment.record.amount, payment.record.currency),
                palette.label(),
            ),
            &mut y,
        );
    }
    y += 1;
    for piece in text::wrap(&payment.record.product, area.width as usize)
        .into_iter()
        .take(3)
    {
        line(frame, Line::styled(piece, palette.label()), &mut y);
    }
    y += 1;
    line(
        frame,
        Line::styled(t!(app.config.tr, "ui-present-scan"), palette.muted()),
        &mut y,
    );
    let status = super::payment::status_text(app, payment);
    // Plain while waiting: the timer's second-by-second change then costs a digit.
    let style = if payment.poll.error.is_some() {
        palette.error()
    } else {
        Style::reset()
    };
    line(frame, Line::styled(status, style), &mut y);
}

/// A plain amount (`1234.50`) with the locale's decimal separator, as its `amount`
/// writes it (`1.234,50` → `,`), ungrouped so the big digits stay few.
fn decimal_comma(tr: &crate::i18n::Tr, plain: String) -> String {
    let sample = tr.amount(rust_decimal::Decimal::new(150, 2));
    if sample.contains(',') {
        plain.replace('.', ",")
    } else {
        plain
    }
}
