//! The payment form pane.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Palette;
use crate::app::{App, CreateState, Pane};
use crate::money;
use crate::payment::{self, Field, Method};
use crate::text;

const LABEL_COLS: usize = 17;
const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

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
        .title(Line::styled(" New payment ", palette.pane_title(focused)))
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
    let input_cols = width.saturating_sub(LABEL_COLS).max(4);
    let mut out: Vec<Line> = Vec::new();
    let mut cursor = None;
    for field in form.fields() {
        let focused = form.focus == field && app.focus == Pane::Form;
        let marker = if focused {
            Span::styled("› ", palette.focus_marker())
        } else {
            Span::raw("  ")
        };
        let label = format!("{:<width$}", label(field), width = LABEL_COLS - 2);
        let mut row = vec![marker, Span::styled(label, palette.label())];
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
                if shown.is_empty() && field == Field::RedirectUrl && !focused {
                    row.push(Span::styled(
                        format!("{:<input_cols$}", "optional"),
                        palette.muted(),
                    ));
                } else {
                    let pad = input_cols
                        .saturating_sub(unicode_width::UnicodeWidthStr::width(shown.as_str()));
                    row.push(Span::styled(format!("{shown}{}", " ".repeat(pad)), style));
                }
                if focused {
                    let x = LABEL_COLS + input.visual_cursor().saturating_sub(scroll);
                    cursor = Some((x.min(width.saturating_sub(1)) as u16, out.len() as u16));
                }
            }
            None if field == Field::Method => {
                for (i, m) in Method::ALL.into_iter().enumerate() {
                    if i > 0 {
                        row.push(Span::raw("  "));
                    }
                    let style = if m == form.method {
                        palette.selected()
                    } else {
                        palette.muted()
                    };
                    row.push(Span::styled(format!(" {} ", m.label()), style));
                }
            }
            None => {
                let arrows = if focused {
                    ("‹ ", " ›")
                } else {
                    ("  ", "  ")
                };
                row.push(Span::raw(format!(
                    "{}{}{}",
                    arrows.0, form.currency, arrows.1
                )));
            }
        }
        out.push(Line::from(row));
        let indent = " ".repeat(LABEL_COLS);
        if let Some(message) = form.error(field) {
            for piece in text::wrap(&format!("✗ {message}"), width.saturating_sub(LABEL_COLS)) {
                out.push(Line::styled(format!("{indent}{piece}"), palette.error()));
            }
        } else if let Some(note) = note(app, field) {
            out.push(Line::styled(format!("{indent}{note}"), palette.muted()));
        } else if field == Field::Amount {
            // The amount's line is kept even while empty, so the money appearing under
            // it as it is typed never pushes the rest of the form down (and repaints it).
            out.push(Line::raw(""));
        }
    }
    out.push(Line::raw(""));
    match &app.create {
        CreateState::Idle => {
            out.push(Line::from(vec![
                Span::styled("  Enter", palette.key()),
                Span::raw(" create the payment link"),
            ]));
            // As tall as while submitting: a form that changes height makes everything
            // under it move, and be sent to the terminal again.
            out.push(Line::raw(""));
        }
        CreateState::Submitting { since, .. } => {
            let elapsed = app.now.saturating_duration_since(*since);
            let frame = SPINNER[(elapsed.as_millis() / 100 % SPINNER.len() as u128) as usize];
            out.push(Line::from(vec![Span::styled(
                format!(
                    "  {frame} Creating the payment link… {} s",
                    elapsed.as_secs()
                ),
                palette.label(),
            )]));
            out.push(Line::from(vec![
                Span::styled("  Esc", palette.key()),
                Span::raw(" stop waiting"),
            ]));
        }
        CreateState::Failed { message } => {
            for piece in text::wrap(&format!("✗ {message}"), width.saturating_sub(4)) {
                out.push(Line::styled(format!("  {piece}"), palette.error()));
            }
            out.push(Line::from(vec![
                Span::styled("  Enter", palette.key()),
                Span::raw(" try again"),
            ]));
        }
    }
    (out, cursor)
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Amount => "Amount",
        Field::Customer => "Customer email",
        Field::Product => "Product",
        Field::RedirectUrl => "Redirect URL",
        Field::Method => "Method",
        Field::Currency => "Currency",
    }
}

/// A quiet line under a field: the amount as money once it reads as one.
fn note(app: &App, field: Field) -> Option<String> {
    let form = &app.form;
    match field {
        Field::Amount => {
            let amount = payment::check_amount(form.amount.value(), &app.config.limits).ok()?;
            Some(format!("= {}", money::format_money(amount, form.currency)))
        }
        _ => None,
    }
}
