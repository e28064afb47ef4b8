//! The books on screen: the question they ask (cash handed over, a void's reason, the
//! float…), a Z just closed or PAID AFTER VOID until dismissed, and the X report at the
//! top of the Summary view with its per-hour bar chart.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Clear, Paragraph, Wrap};

use super::Palette;
use crate::app::{App, Asking};
use crate::books::{Report, Tender};
use crate::i18n::Tr;
use crate::text;

/// The question the books ask, over the panes.
pub fn render_ask(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(ask) = &app.books.ask else {
        return;
    };
    let (title, under) = ask.title(&app.config.tr);
    let width = 60.min(area.width);
    let inner_width = width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    lines.extend(
        text::wrap(&under, inner_width)
            .into_iter()
            .map(|l| Line::styled(l, palette.muted())),
    );
    lines.push(Line::raw(""));
    let field = |label: &str, value: &str, focused: bool| {
        let marker = if focused { "›" } else { " " };
        let room = inner_width.saturating_sub(unicode_width::UnicodeWidthStr::width(label) + 3);
        // The end of what is typed stays in view, as an input shows it.
        let shown: String = {
            let chars: Vec<char> = value.chars().collect();
            chars[chars.len().saturating_sub(room)..].iter().collect()
        };
        let style = if focused {
            palette.selected()
        } else {
            palette.label()
        };
        Line::from(vec![
            Span::raw(format!("{marker} {label} ")),
            Span::styled(format!("{shown:<room$}"), style),
        ])
    };
    let tr = &app.config.tr;
    if ask.wants_amount() {
        let label = match ask.asking {
            Asking::Tendered(_) => t!(tr, "ui-books-handed-over"),
            Asking::Close => t!(tr, "ui-books-counted"),
            Asking::Float => t!(tr, "ui-books-float"),
            _ => t!(tr, "ui-books-amount"),
        };
        lines.push(field(&label, ask.amount.value(), !ask.on_reason));
    }
    if matches!(ask.asking, Asking::Refund(_)) {
        let (cash, other) = (
            t!(tr, "ui-books-tender-cash"),
            t!(tr, "ui-books-tender-other"),
        );
        let tender = match ask.tender {
            Tender::Cash => format!("[{cash}]  {}", t!(tr, "ui-books-tender-other-short")),
            Tender::Other => format!(" {}  [{other}]", t!(tr, "ui-books-tender-cash-short")),
        };
        lines.push(Line::raw(format!(
            "  {} ← {tender} →",
            t!(tr, "ui-books-tender")
        )));
    }
    if ask.wants_reason() {
        lines.push(field(
            &t!(tr, "ui-books-reason"),
            ask.reason.value(),
            ask.on_reason,
        ));
    }
    if let Some(error) = &ask.error {
        lines.push(Line::raw(""));
        lines.extend(
            text::wrap(&format!("✗ {error}"), inner_width)
                .into_iter()
                .map(|l| Line::styled(l, palette.error())),
        );
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(text::fit(&title, inner_width))
        .border_style(palette.border());
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// A Z just closed, or PAID AFTER VOID, over the panes until dismissed.
pub fn render_shown(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let width = 52.min(area.width);
    let inner_width = width.saturating_sub(2) as usize;
    if let Some(alert) = &app.books.alert {
        let mut lines: Vec<Line> = text::wrap(alert, inner_width)
            .into_iter()
            .map(|l| Line::styled(l, palette.error()))
            .collect();
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            t!(app.config.tr, "ui-books-alert-close"),
            palette.muted(),
        ));
        let height = (lines.len() as u16 + 2).min(area.height);
        let popup = super::qr::centred(area, (width, height));
        frame.render_widget(Clear, popup);
        let block = Block::bordered()
            .title(t!(app.config.tr, "ui-books-paid-after-void"))
            .border_style(palette.error());
        frame.render_widget(Paragraph::new(lines).block(block), popup);
        return;
    }
    let Some(report) = &app.books.closed else {
        return;
    };
    let lines: Vec<Line> =
        crate::books::to_text(report, inner_width, &app.config.tz, &app.config.tr)
            .into_iter()
            .map(Line::raw)
            .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = super::qr::centred(area, (width, height));
    let rows = height.saturating_sub(2);
    let scroll = app
        .books
        .closed_scroll
        .min((lines.len() as u16).saturating_sub(rows));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(t!(
            app.config.tr,
            "ui-books-z-title",
            number = report.number.unwrap_or_default()
        ))
        .border_style(palette.border());
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        popup,
    );
}

/// Rows the X report takes at the top of the Summary view.
pub const X_ROWS: u16 = 12;

/// The X report of the open shift: its figures on the left, sales per hour on the right.
pub fn render_x(app: &App, frame: &mut Frame, area: Rect, palette: &Palette) {
    let Some(report) = &app.books.x else {
        let line = Line::styled(t!(app.config.tr, "ui-books-no-shift"), palette.muted());
        frame.render_widget(Paragraph::new(line), area);
        return;
    };
    // The chart beside the figures where there is room for both; narrow, the figures.
    let chart_width = match area.width {
        100.. => 30,
        70..=99 => 22,
        _ => 0,
    };
    let text_area = Rect {
        width: area.width.saturating_sub(chart_width),
        ..area
    };
    let lines = x_lines(app, report, text_area.width as usize, palette);
    frame.render_widget(Paragraph::new(lines), text_area);
    if chart_width > 0 {
        let chart_area = Rect {
            x: area.right().saturating_sub(chart_width),
            width: chart_width,
            ..area
        };
        render_hours(&app.config.tr, report, frame, chart_area, palette);
    }
}

fn x_lines(app: &App, report: &Report, width: usize, palette: &Palette) -> Vec<Line<'static>> {
    let tr = &app.config.tr;
    let when = report
        .opened_at
        .as_deref()
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        .map(|t| tr.time(t.to_zoned_datetime(app.config.tz.clone()).time()))
        .unwrap_or_default();
    let fit = |s: String| text::fit(&s, width);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            fit(format!("{} ", t!(tr, "ui-books-x-title"))),
            palette.label(),
        ),
        Span::raw(fit(t!(
            tr,
            "ui-books-x-since",
            time = when,
            who = report.opened_by.clone().unwrap_or_default()
        ))),
    ])];
    lines.push(Line::styled(
        fit(t!(tr, "ui-books-x-keys")),
        palette.muted(),
    ));
    // Figures on as many lines as they take: cut, the last of them was lost (the cash
    // moved in and out, the net), and those are what a manager checks a count against.
    for (code, t) in &report.currencies {
        let sales = t!(
            tr,
            "ui-books-x-sales",
            currency = code.to_string(),
            count = t.sales,
            gross = amount(tr, &t.gross),
            tips = amount(tr, &t.tips),
            net = amount(tr, &t.net)
        );
        lines.extend(wrapped(&sales, "", width));
        let voids = t!(
            tr,
            "ui-books-x-voids",
            voids = t.voids.count,
            voided = amount(tr, &t.voids.amount),
            refunds = t.refunds.count,
            refunded = amount(tr, &t.refunds.amount)
        );
        lines.extend(wrapped(&voids, "  ", width));
    }
    let c = &report.cash;
    let cash = t!(
        tr,
        "ui-books-x-cash",
        expected = amount(tr, &c.expected),
        currency = c.currency.to_string(),
        float = amount(tr, &c.float),
        sales = amount(tr, &c.sales),
        refunds = amount(tr, &c.refunds),
        paid_in = amount(tr, &c.paid_in),
        paid_out = amount(tr, &c.paid_out)
    );
    lines.extend(wrapped(&cash, "", width));
    if !report.pending.is_empty() {
        lines.push(Line::raw(fit(t!(
            tr,
            "ui-books-x-pending",
            count = report.pending.len()
        ))));
    }
    if !report.paid_after_void.is_empty() {
        lines.push(Line::styled(
            fit(format!(
                "{}: {}",
                t!(tr, "ui-books-paid-after-void"),
                report
                    .paid_after_void
                    .iter()
                    .map(|o| o.order_id.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            palette.error(),
        ));
    }
    // Last, as the least of them: where the box is too short, it is what goes.
    if !report.best_items.is_empty() {
        let best: Vec<String> = report
            .best_items
            .iter()
            .map(|i| format!("{} ×{} {}", i.name, i.quantity, amount(tr, &i.amount)))
            .collect();
        lines.push(Line::raw(fit(t!(
            tr,
            "ui-books-x-best",
            items = best.join(" · ")
        ))));
    }
    lines
}

/// `text` after `indent`, on as many lines of `width` as it takes, the lines after the
/// first indented two more.
fn wrapped(text: &str, indent: &str, width: usize) -> Vec<Line<'static>> {
    let room = width.saturating_sub(indent.len() + 2);
    text::wrap(text, room)
        .into_iter()
        .enumerate()
        .map(|(i, piece)| {
            let more = if i == 0 { "" } else { "  " };
            Line::raw(format!("{indent}{more}{piece}"))
        })
        .collect()
}

/// An amount of the report (written plain, `1234.50`) as the locale writes it.
fn amount(tr: &Tr, plain: &str) -> String {
    plain
        .parse::<rust_decimal::Decimal>()
        .map_or_else(|_| plain.to_string(), |a| tr.amount(a))
}

/// Sales per hour of the shift, as bars (the count; hours without sales left out).
fn render_hours(tr: &Tr, report: &Report, frame: &mut Frame, area: Rect, palette: &Palette) {
    let mut hours: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for line in &report.by_hour {
        *hours.entry(line.key.as_str()).or_default() += line.count;
    }
    let bars: Vec<Bar> = hours
        .iter()
        .map(|(hour, count)| {
            Bar::default()
                .value(*count)
                .label(Line::raw(hour.to_string()))
        })
        .collect();
    let chart = BarChart::default()
        .block(
            Block::bordered()
                .title(t!(tr, "ui-books-per-hour"))
                .border_style(palette.border()),
        )
        .data(BarGroup::default().bars(&bars))
        .bar_width(2)
        .bar_gap(1)
        .bar_style(palette.label());
    frame.render_widget(chart, area);
}
