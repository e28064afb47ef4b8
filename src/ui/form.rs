//! The payment form pane.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Palette, words};
use crate::app::{App, CreateState, Pane};
use crate::i18n::Tr;
use crate::payment::{self, Field, Method};
use crate::text;

const LABEL_COLS: usize = 17;

/// Rows the form needs at this width, borders included.
pub fn height(app: &App, width: u16) -> u16 {
    lines(app, width.saturating_sub(2) as usize, &Palette::new(true))
        .0
        .len() as u16
        + 2
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let focused = app.focus == Pane::Form && !app.present;
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", t!(app.config.tr, "ui-form-title")),
            palette.pane_title(focused),
        ))
        .border_style(palette.border());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (lines, cursor) = lines(app, inner.width as usize, palette);
    frame.render_widget(Paragraph::new(lines), inner);
    let typing = focused && !app.help && !app.is_submitting();
    if let (true, Some((x, y))) = (typing, cursor)
        && y < inner.height
    {
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + y));
    }
}

/// The form's lines, and where the cursor goes (column, row) when a text field has focus.
fn lines(app: &App, width: usize, palette: &Palette) -> (Vec<Line<'static>>, Option<(u16, u16)>) {
    let form = &app.form;
    let mut out: Vec<Line> = Vec::new();
    let mut cursor = None;
    for field in form.fields() {
        let focused = form.focus == field && app.focus == Pane::Form;
        let marker = if focused {
            Span::styled("› ", palette.focus_marker())
        } else {
            Span::raw("  ")
        };
        let label = pad(&words::field(&app.config.tr, field), LABEL_COLS - 2);
        let mut row = vec![marker, Span::styled(label, palette.label())];
        let (value, x) = field_value(app, field, focused, width, palette);
        row.extend(value);
        if let Some(x) = x {
            cursor = Some((x, out.len() as u16));
        }
        out.push(Line::from(row));
        out.extend(under_field(app, field, width, palette));
    }
    if form.from_cart() {
        out.extend(cart_lines(app, width, palette));
    }
    out.push(Line::raw(""));
    out.extend(request_lines(app, width, palette));
    (out, cursor)
}

/// What a field holds, drawn after its label, and the cursor's column if it is in it.
fn field_value(
    app: &App,
    field: Field,
    focused: bool,
    width: usize,
    palette: &Palette,
) -> (Vec<Span<'static>>, Option<u16>) {
    let form = &app.form;
    let tr = &app.config.tr;
    let input_cols = width.saturating_sub(LABEL_COLS).max(4);
    // With a cart, the amount and the product are its: shown, not typed.
    if form.from_cart() && matches!(field, Field::Amount | Field::Product) {
        let shown = match field {
            Field::Amount => t!(
                tr,
                "ui-form-cart-amount",
                money = tr.money(form.cart.total(), form.currency)
            ),
            _ => payment::product_of(&form.cart.lines),
        };
        return (
            vec![Span::styled(text::fit(&shown, input_cols), palette.label())],
            None,
        );
    }
    match form.input(field) {
        Some(input) => {
            let scroll = input.visual_scroll(input_cols);
            let shown: String = input.value().chars().skip(scroll).collect();
            let shown = text::fit(&shown, input_cols);
            let style = if focused {
                palette.focused_input()
            } else {
                palette.input()
            };
            let placeholder = match field {
                Field::RedirectUrl => Some(t!(tr, "ui-form-optional")),
                Field::Customer if app.config.selling.walk_in_email.is_some() => {
                    Some(t!(tr, "ui-form-walk-in-if-empty"))
                }
                _ => None,
            };
            let span = if let (true, Some(placeholder), false) = (
                shown.is_empty(),
                placeholder,
                focused && field == Field::RedirectUrl,
            ) {
                Span::styled(pad(&placeholder, input_cols), palette.muted())
            } else {
                let pad = input_cols
                    .saturating_sub(unicode_width::UnicodeWidthStr::width(shown.as_str()));
                Span::styled(format!("{shown}{}", " ".repeat(pad)), style)
            };
            let cursor = focused.then(|| {
                let x = LABEL_COLS + input.visual_cursor().saturating_sub(scroll);
                x.min(width.saturating_sub(1)) as u16
            });
            (vec![span], cursor)
        }
        None if field == Field::Method => (method_line(tr, form, input_cols, palette), None),
        None => {
            let (left, right) = if focused {
                ("‹ ", " ›")
            } else {
                ("  ", "  ")
            };
            (
                vec![Span::raw(format!("{left}{}{right}", form.currency))],
                None,
            )
        }
    }
}

/// The line(s) under a field: its error, else a quiet note.
fn under_field(app: &App, field: Field, width: usize, palette: &Palette) -> Vec<Line<'static>> {
    let indent = " ".repeat(LABEL_COLS);
    if let Some(message) = app.form.error(field) {
        text::wrap(&format!("✗ {message}"), width.saturating_sub(LABEL_COLS))
            .into_iter()
            .map(|piece| Line::styled(format!("{indent}{piece}"), palette.error()))
            .collect()
    } else if let Some(note) = note(app, field) {
        vec![Line::styled(format!("{indent}{note}"), palette.muted())]
    } else if field == Field::Amount {
        // The amount's line is kept even while empty, so the money appearing under
        // it as it is typed never pushes the rest of the form down (and repaints it).
        vec![Line::raw("")]
    } else {
        vec![]
    }
}

/// The cart under the form: each line's quantity, name and total, then the total; the
/// selected line marked while the amount line has focus (where `+` and `-` work).
fn cart_lines(app: &App, width: usize, palette: &Palette) -> Vec<Line<'static>> {
    let form = &app.form;
    let tr = &app.config.tr;
    let working = form.focus == Field::Amount && app.focus == Pane::Form;
    let mut out = vec![Line::styled(
        format!("  {}", t!(tr, "ui-form-cart")),
        palette.label(),
    )];
    let money_cols = 12;
    let name_cols = width.saturating_sub(money_cols + 10).max(4);
    for (i, item) in form.cart.lines.iter().enumerate() {
        let marker = if working && i == form.cart.selected {
            Span::styled("  › ", palette.focus_marker())
        } else {
            Span::raw("    ")
        };
        out.push(Line::from(vec![
            marker,
            Span::raw(format!(
                "{:>3}× {:<name_cols$} {:>money_cols$}",
                item.quantity,
                text::fit(&item.name, name_cols),
                tr.amount(item.total())
            )),
        ]));
    }
    out.push(Line::styled(
        format!(
            "    {:>w$}",
            t!(
                tr,
                "ui-form-cart-total",
                money = tr.money(form.cart.total(), form.currency)
            ),
            w = name_cols + money_cols + 5
        ),
        palette.label(),
    ));
    if working {
        out.push(Line::styled(
            format!("    {}", t!(tr, "ui-form-cart-keys")),
            palette.muted(),
        ));
    }
    out
}

/// The create request's state at the foot of the form: what Enter does, the spinner,
/// or why it failed.
fn request_lines(app: &App, width: usize, palette: &Palette) -> Vec<Line<'static>> {
    let now = app.now;
    let tr = &app.config.tr;
    // Cash makes no link: Enter asks what was handed over, then records the sale.
    let does = if app.form.method == Method::Cash {
        t!(tr, "ui-form-enter-cash")
    } else {
        t!(tr, "ui-form-enter-link")
    };
    match &app.create {
        CreateState::Idle => vec![
            Line::from(vec![
                Span::styled("  Enter", palette.key()),
                Span::raw(format!(" {does}")),
            ]),
            // As tall as while submitting: a form that changes height makes everything
            // under it move, and be sent to the terminal again.
            Line::raw(""),
        ],
        CreateState::Submitting { since, .. } => {
            let elapsed = now.saturating_duration_since(*since);
            let spinner = &text::SPINNER;
            let frame = spinner[(elapsed.as_millis() / 100 % spinner.len() as u128) as usize];
            vec![
                Line::styled(
                    format!(
                        "  {frame} {}",
                        t!(tr, "ui-form-creating", seconds = elapsed.as_secs())
                    ),
                    palette.label(),
                ),
                Line::from(vec![
                    Span::styled("  Esc", palette.key()),
                    Span::raw(format!(" {}", t!(tr, "ui-form-stop-waiting"))),
                ]),
            ]
        }
        CreateState::Failed { message } => {
            let mut lines: Vec<Line> = text::wrap(&format!("✗ {message}"), width.saturating_sub(4))
                .into_iter()
                .map(|piece| Line::styled(format!("  {piece}"), palette.error()))
                .collect();
            lines.push(Line::from(vec![
                Span::styled("  Enter", palette.key()),
                Span::raw(format!(" {}", t!(tr, "ui-form-try-again"))),
            ]));
            lines
        }
    }
}

/// `text` padded with spaces to `cols` columns (display width, not bytes: `é` is one).
fn pad(text: &str, cols: usize) -> String {
    let width = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(cols.saturating_sub(width)))
}

/// A quiet line under a field: the amount as money once it reads as one.
fn note(app: &App, field: Field) -> Option<String> {
    let form = &app.form;
    match field {
        Field::Amount if form.from_cart() => None,
        Field::Amount => {
            let amount =
                payment::check_amount(form.amount.value(), &app.config.limits, &app.config.tr)
                    .ok()?;
            // As the locale writes it: `1234,5` typed in German shows `= 1.234,50 USD`.
            Some(format!("= {}", app.config.tr.money(amount, form.currency)))
        }
        _ => None,
    }
}

/// The method line: every method whole, the gaps between them shrinking (then the
/// space around each name) before one is cut; where even that does not fit, the one
/// chosen between arrows (←/→ still step through them all).
fn method_line(
    tr: &Tr,
    form: &crate::app::Form,
    cols: usize,
    palette: &Palette,
) -> Vec<Span<'static>> {
    let names: usize = Method::CHOICES
        .iter()
        .map(|m| unicode_width::UnicodeWidthStr::width(words::method(tr, *m).as_str()))
        .sum();
    let gaps = Method::CHOICES.len() - 1;
    let count = Method::CHOICES.len();
    let layout = [(1, 2), (1, 1), (1, 0), (0, 1)]
        .into_iter()
        .find(|(pad, gap)| names + count * 2 * pad + gaps * gap <= cols);
    let Some((pad, gap)) = layout else {
        return vec![Span::styled(
            format!("‹ {} ›", words::method(tr, form.method)),
            palette.selected(),
        )];
    };
    let mut spans = Vec::new();
    for (i, m) in Method::CHOICES.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" ".repeat(gap)));
        }
        let style = if m == form.method {
            palette.selected()
        } else {
            palette.muted()
        };
        let space = " ".repeat(pad);
        spans.push(Span::styled(
            format!("{space}{}{space}", words::method(tr, m)),
            style,
        ));
    }
    spans
}
