//! The shift's close-out: the day's figures from the ledger, reconciled with the server.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::{App, Fetch};
use crate::money;
use crate::ui::Palette;

pub fn render(app: &App, frame: &mut Frame, area: Rect, block: Block, palette: &Palette) {
    let report = app.day_report();
    let (date, s) = (report.summary.date, &report.summary);
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{date}"), palette.label()),
        Span::raw(format!(": {} payment(s) in the ledger", s.count)),
        Span::styled("   ← → day · r recheck · e export", palette.muted()),
    ])];
    for (title, groups) in [("By status", &s.by_status), ("By method", &s.by_method)] {
        lines.push(Line::raw(""));
        lines.push(Line::styled(title, palette.label()));
        if groups.is_empty() {
            lines.push(Line::styled("  none", palette.muted()));
        }
        for g in groups.iter() {
            lines.push(Line::raw(format!(
                "  {:<10} {:>4}  {:>18}",
                g.name,
                g.count,
                money::format_money(g.total, g.currency)
            )));
        }
    }
    lines.push(Line::raw(""));
    match (&app.summary.fetch, report.differences) {
        (Fetch::Failed(e), _) => lines.push(Line::styled(
            format!("Not reconciled: {e}"),
            palette.error(),
        )),
        (Fetch::Ready(page), Some(differences)) => {
            let total = page
                .total
                .map(money::format_grouped)
                .unwrap_or_else(|| "not given".into());
            if differences.is_empty() {
                lines.push(Line::styled(
                    format!("✓ Reconciled with the server: no differences (server total {total})"),
                    palette.success(),
                ));
            } else {
                lines.push(Line::styled(
                    format!(
                        "✗ {} difference(s) with the server (server total {total}):",
                        differences.len()
                    ),
                    palette.error(),
                ));
                for d in differences {
                    lines.push(Line::raw(format!("  {d}")));
                }
            }
        }
        _ => lines.push(Line::styled("Checking with the server…", palette.muted())),
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
