//! The tip dialog: each preset with its tip and the total, no tip, or one's own.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::Palette;
use crate::app::App;
use crate::text;
use unicode_width::UnicodeWidthStr;

/// The widest the dialog is; narrower windows get a narrower one, its rows laid out to
/// fit (columns as wide as what they hold, words in fewer words, `…` as the last resort).
const WIDTH: u16 = 64;

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(ask) = &app.tip else {
        return;
    };
    let width = WIDTH.min(area.width);
    // Inside the borders.
    let room = width.saturating_sub(2) as usize;
    let tr = &app.config.tr;
    let currency = ask.payment.currency;
    let choices = app.tip_choices();
    let subtotal = t!(
        tr,
        "ui-tip-subtotal",
        money = tr.money(ask.payment.amount, currency)
    );
    let mut lines = vec![
        Line::styled(text::fit(&subtotal, room), palette.label()),
        Line::raw(""),
    ];
    // Each column as wide as the widest it holds, so the totals line up and fit.
    let rows: Vec<(String, String, String)> = choices
        .iter()
        .map(|c| {
            (
                t!(tr, "ui-tip-percent", percent = c.percent.to_string()),
                tr.amount(c.tip),
                tr.money(c.total, currency),
            )
        })
        .collect();
    let no_tip = tr.money(ask.payment.amount, currency);
    // The words of the columns, padded here (Fluent trims a message's spaces).
    let (tip_word, total_word) = (t!(tr, "ui-tip-tip"), t!(tr, "ui-tip-total"));
    let widest = |pick: fn(&(String, String, String)) -> &String| {
        rows.iter().map(|r| pick(r).width()).max().unwrap_or(0)
    };
    let (pw, tw) = (widest(|r| &r.0), widest(|r| &r.1));
    let mw = widest(|r| &r.2).max(no_tip.width());
    for (i, (percent, tip, total)) in rows.iter().enumerate() {
        let row = format!(
            "{}  {tip_word} {}  {total_word} {}",
            pad_left(percent, pw),
            pad_left(tip, tw),
            pad_left(total, mw)
        );
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", i + 1), palette.key()),
            Span::raw(text::fit(&row, room.saturating_sub(4))),
        ]));
    }
    // Lined up with the presets' "total" column.
    let before_total = pw + tip_word.width() + tw + 5;
    let row = format!(
        "{}{total_word} {}",
        pad_right(&t!(tr, "ui-tip-no-tip"), before_total),
        pad_left(&no_tip, mw)
    );
    lines.push(Line::from(vec![
        Span::styled("  0 ", palette.key()),
        Span::raw(text::fit(&row, room.saturating_sub(4))),
    ]));
    lines.push(Line::raw(""));
    let input_row = lines.len() as u16;
    match &ask.custom {
        Some(input) => lines.push(custom_line(app, input, room, palette)),
        None => lines.push(other_line(tr, room, palette)),
    }
    if let Some(error) = &ask.error {
        let wrapped = text::wrap(&format!("✗ {error}"), room.saturating_sub(2));
        lines.extend(
            wrapped
                .into_iter()
                .map(|l| Line::styled(format!("  {l}"), palette.error())),
        );
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(format!(" {} ", t!(tr, "ui-tip-title")))
        .border_style(palette.border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Left), inner);
    if let Some(input) = &ask.custom {
        let x = inner.x + before_field(&app.config.tr) as u16 + input.visual_cursor() as u16;
        if x < inner.right() && input_row < inner.height {
            frame.set_cursor_position((x, inner.y + input_row));
        }
    }
}

/// The line offering a tip of one's own (`c`), and `Esc` back where it fits.
fn other_line(tr: &crate::i18n::Tr, room: usize, palette: &Palette) -> Line<'static> {
    let other = t!(tr, "ui-tip-other");
    let back = t!(tr, "ui-tip-back");
    // "  c " + words + 4 spaces + "Esc " + back.
    if room >= other.width() + back.width() + 12 {
        Line::from(vec![
            Span::styled("  c ", palette.key()),
            Span::raw(format!("{other}    ")),
            Span::styled("Esc", palette.key()),
            Span::raw(format!(" {back}")),
        ])
    } else {
        // Esc is in the hint bar too: the words for `c` come first.
        Line::from(vec![
            Span::styled("  c ", palette.key()),
            Span::raw(text::fit(&other, room.saturating_sub(4))),
        ])
    }
}

/// `text` right-aligned in `cols` columns (display width).
fn pad_left(text: &str, cols: usize) -> String {
    format!("{}{text}", " ".repeat(cols.saturating_sub(text.width())))
}

/// `text` left-aligned in `cols` columns (display width).
fn pad_right(text: &str, cols: usize) -> String {
    format!("{text}{}", " ".repeat(cols.saturating_sub(text.width())))
}

/// "Tip: ", the custom tip's label.
fn tip_label(tr: &crate::i18n::Tr) -> String {
    format!("{}: ", t!(tr, "ui-tip-label"))
}

/// Columns before the custom tip's field, and one more (where the cursor starts).
fn before_field(tr: &crate::i18n::Tr) -> usize {
    2 + tip_label(tr).width() + 1
}

/// The custom tip being typed, and what it comes to as it is typed: the total before
/// Enter, as the presets show theirs, in fewer words where the dialog is narrow.
fn custom_line(
    app: &App,
    input: &tui_input::Input,
    room: usize,
    palette: &Palette,
) -> Line<'static> {
    let Some(ask) = &app.tip else {
        return Line::raw("");
    };
    let tr = &app.config.tr;
    let currency = ask.payment.currency;
    let said = match crate::tip::Tip::parse(input.value(), &app.config.tr) {
        Ok(tip) => {
            let tip = tip.on(ask.payment.amount);
            let total = tr.money(ask.payment.amount + tip, currency);
            vec![
                format!(
                    " {}",
                    t!(
                        tr,
                        "ui-tip-comes-to",
                        tip = tr.amount(tip),
                        total = total.clone()
                    )
                ),
                format!(" {}", t!(tr, "ui-tip-comes-to-short", total = total)),
            ]
        }
        Err(_) => vec![
            format!(" {}", t!(tr, "ui-tip-how")),
            format!(" {}", t!(tr, "ui-tip-how-short")),
        ],
    };
    let field = format!("{:<12}", input.value());
    let left = room.saturating_sub(before_field(tr) + field.width());
    let comes_to = said
        .iter()
        .find(|s| s.width() <= left)
        .cloned()
        .unwrap_or_else(|| text::fit(said.last().map_or("", String::as_str), left));
    Line::from(vec![
        Span::styled(format!("  {}", tip_label(tr)), palette.label()),
        Span::styled(field, palette.focused_input()),
        Span::raw(comes_to),
    ])
}
