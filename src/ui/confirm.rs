//! The guards' questions: nothing is sent until the person answers y.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::Palette;
use crate::app::App;
use crate::text::clock;

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(confirm) = &app.confirm else {
        return;
    };
    let p = &confirm.payment;
    let tr = &app.config.tr;
    let amount = tr.amount(p.amount);
    let (title, question) = words(app, confirm);
    let width = 64.min(area.width);
    let height = 14.min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(format!(" {title} "))
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
        let line = Paragraph::new(tr.money(p.amount, p.currency)).style(palette.label());
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
        Span::raw(format!(" {}    ", t!(tr, "ui-confirm-yes"))),
        Span::styled("n", palette.key()),
        Span::raw(format!(" {}", t!(tr, "ui-confirm-no"))),
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
fn words(app: &App, confirm: &crate::app::Confirm) -> (String, String) {
    let tr = &app.config.tr;
    let p = &confirm.payment;
    let customer = if p.extras.walk_in {
        t!(tr, "ui-confirm-walk-in")
    } else {
        p.customer.clone()
    };
    let sale = t!(
        tr,
        "ui-confirm-sale",
        money = tr.money(p.amount, p.currency),
        customer = customer,
        product = p.product.clone()
    );
    let mut reasons = Vec::new();
    if confirm.large {
        reasons.push(t!(
            tr,
            "ui-confirm-large",
            sale = sale.clone(),
            limit = tr.amount(app.config.confirm_above)
        ));
    }
    if let Some(earlier) = &confirm.duplicate {
        // What became of the earlier link decides the answer: paid means a second sale.
        let what = if confirm.large {
            t!(tr, "ui-confirm-same-sale")
        } else {
            t!(tr, "ui-confirm-same-sale-is", sale = sale)
        };
        reasons.push(t!(
            tr,
            "ui-confirm-earlier",
            order_id = earlier.order_id.to_string(),
            ago = clock(earlier.ago),
            what = what,
            status = super::words::status(tr, &earlier.status)
        ));
    }
    let title = match (confirm.large, confirm.duplicate.is_some()) {
        (true, true) => t!(tr, "ui-confirm-title-both"),
        (true, false) => t!(tr, "ui-confirm-title-large"),
        _ => t!(tr, "ui-confirm-title-again"),
    };
    let question = format!("{} {}", reasons.join(" "), t!(tr, "ui-confirm-question"));
    (title, question)
}
