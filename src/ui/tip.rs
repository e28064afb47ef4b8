//! The tip dialog: each preset with its tip and the total, no tip, or one's own.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;
use crate::money;

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(ask) = &app.tip else {
        return;
    };
    let currency = ask.payment.currency;
    let choices = app.tip_choices();
    let mut lines = vec![
        Line::styled(
            format!(
                "Subtotal {}",
                money::format_money(ask.payment.amount, currency)
            ),
            palette.label(),
        ),
        Line::raw(""),
    ];
    for (i, choice) in choices.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", i + 1), palette.key()),
            Span::raw(format!(
                "{:>5}%  tip {:>10}  total {:>12}",
                choice.percent,
                money::format_grouped(choice.tip),
                money::format_money(choice.total, currency)
            )),
        ]));
    }
    // Lined up with the presets' "total" column: "{:>5}%  tip {:>10}  " is 24 wide.
    lines.push(Line::from(vec![
        Span::styled("  0 ", palette.key()),
        Span::raw(format!(
            "{:<24}total {:>12}",
            "no tip",
            money::format_money(ask.payment.amount, currency)
        )),
    ]));
    lines.push(Line::raw(""));
    match &ask.custom {
        Some(input) => {
            // What it comes to, as it is typed: the total before Enter, as the presets
            // show theirs.
            let comes_to = match crate::tip::Tip::parse(input.value()) {
                Ok(tip) => {
                    let tip = tip.on(ask.payment.amount);
                    format!(
                        " tip {}, total {}",
                        money::format_grouped(tip),
                        money::format_money(ask.payment.amount + tip, currency)
                    )
                }
                Err(_) => " an amount (0.50) or a percent (18%)".into(),
            };
            lines.push(Line::from(vec![
                Span::styled("  Tip: ", palette.label()),
                Span::styled(format!("{:<12}", input.value()), palette.focused_input()),
                Span::raw(comes_to),
            ]));
        }
        None => lines.push(Line::from(vec![
            Span::styled("  c ", palette.key()),
            Span::raw("another amount or percent    "),
            Span::styled("Esc", palette.key()),
            Span::raw(" back"),
        ])),
    }
    if let Some(error) = &ask.error {
        lines.push(Line::styled(format!("  ✗ {error}"), palette.error()));
    }
    let width = 64.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" Add a tip? ")
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Left), inner);
    if let Some(input) = &ask.custom {
        let x = inner.x + 8 + input.visual_cursor() as u16;
        let y = inner.y
            + inner
                .height
                .saturating_sub(1 + u16::from(ask.error.is_some()));
        if x < inner.right() {
            frame.set_cursor_position((x, y));
        }
    }
}
