//! The guards' questions: nothing is sent until the person answers y.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::Palette;
use crate::app::App;
use crate::money;
use crate::text::clock;

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(confirm) = &app.confirm else {
        return;
    };
    let p = &confirm.payment;
    let amount = money::format_grouped(p.amount);
    let (title, question) = words(app, confirm);
    let width = 64.min(area.width);
    let height = 14.min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(title)
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);

    // The amount, large: a mistyped amount should be hard to miss.
    // Every area is cut to the dialog's inside: a window of a few rows still draws.
    let big_fits = amount.chars().count() as u16 * 4 <= inner.width && inner.height >= 8;
    let mut y = inner.y + 1;
    if big_fits {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(palette.label())
            .alignment(Alignment::Center)
            .lines(vec![Line::raw(amount)])
            .build();
        frame.render_widget(
            big,
            Rect {
                y,
                height: 4,
                ..inner
            }
            .intersection(inner),
        );
        y += 5;
    } else {
        let line = Paragraph::new(money::format_money(p.amount, p.currency)).style(palette.label());
        frame.render_widget(
            line,
            Rect {
                y,
                height: 1,
                ..inner
            }
            .intersection(inner),
        );
        y += 2;
    }
    let rest = Rect {
        y,
        height: inner.bottom().saturating_sub(y + 1),
        ..inner
    }
    .intersection(inner);
    frame.render_widget(
        Paragraph::new(question)
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center),
        rest,
    );
    let keys = Line::from(vec![
        Span::styled("y", palette.key()),
        Span::raw(" create the link    "),
        Span::styled("n", palette.key()),
        Span::raw(" go back, send nothing"),
    ]);
    let bottom = Rect {
        y: inner.bottom().saturating_sub(1),
        height: 1,
        ..inner
    }
    .intersection(inner);
    frame.render_widget(Paragraph::new(keys).alignment(Alignment::Center), bottom);
}

/// The dialog's title and question: each reason the sale needs a second look.
fn words(app: &App, confirm: &crate::app::Confirm) -> (&'static str, String) {
    let p = &confirm.payment;
    let customer = if p.extras.walk_in {
        "a walk-in customer"
    } else {
        p.customer.as_str()
    };
    let sale = format!(
        "{} to {customer} for \"{}\"",
        money::format_money(p.amount, p.currency),
        p.product
    );
    let mut reasons = Vec::new();
    if confirm.large {
        reasons.push(format!(
            "{sale} is more than {}.",
            money::format_grouped(app.config.confirm_above)
        ));
    }
    if let Some(earlier) = &confirm.duplicate {
        // What became of the earlier link decides the answer: paid means a second sale.
        let what = if confirm.large {
            "the same sale".to_string()
        } else {
            format!("the same sale ({sale})")
        };
        reasons.push(format!(
            "Order {}, made {} ago for {what}, is {}.",
            earlier.order_id,
            clock(earlier.ago),
            earlier.status,
        ));
    }
    let title = match (confirm.large, confirm.duplicate.is_some()) {
        (true, true) => " Check the amount, and the earlier link ",
        (true, false) => " Check the amount ",
        _ => " Create another link? ",
    };
    let question = format!("{} Create the payment link?", reasons.join(" "));
    (title, question)
}
