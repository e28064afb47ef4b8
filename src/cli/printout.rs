//! What `luxpay create` prints: the code and the sale's details, laid out to fit the
//! terminal it prints on, so the whole code is on screen and scans.
//!
//! In a terminal the details go beside the code when the width allows, and the code is
//! the strongest that fits the height with a line to spare for the prompt. In a pipe or
//! a file the output is for a script: the link, then one detail a line, with no escape
//! sequences (so no code: it is drawn in colours) and no banner (that goes to stderr).

use crate::qr::{EcLevel, QrCode};
use crate::text;

/// Columns between the code and the details beside it.
const GAP: usize = 2;
/// The narrowest the details may be to sit beside the code.
const MIN_SIDE: usize = 24;

/// A made link, as `create` shows it.
pub struct Printout<'a> {
    pub url: &'a str,
    /// `(label, value)` pairs: order, amount, product, customer, method.
    pub details: Vec<(String, String)>,
    /// The demo label where columns are few, in the person's language.
    pub demo_line: String,
    pub demo: bool,
    pub qr: bool,
}

impl Printout<'_> {
    /// The text to print for a terminal of `size` (columns, rows), or for a pipe (`None`).
    pub fn render(&self, size: Option<(u16, u16)>) -> Result<String, String> {
        let Some((cols, rows)) = size else {
            return Ok(self.plain());
        };
        let (cols, rows) = (cols as usize, rows as usize);
        if !self.qr {
            return Ok(self.stacked(None, cols));
        }
        // A row is kept for the shell's prompt, so the top of the code stays on screen.
        let beside =
            |code: &QrCode| code.side() + GAP + MIN_SIDE <= cols && code.side().div_ceil(2) < rows;
        if let Some(code) = self.strongest(beside)? {
            let side_cols = cols - code.side() - GAP;
            return Ok(self.beside(&code, side_cols));
        }
        let under = usize::from(self.demo) + text::chunks(self.url, cols).len() + 1;
        let stacked = |code: &QrCode| code.side().div_ceil(2) + under < rows;
        // Too small for any code to fit: the smallest, as the best there is.
        let code = match self.strongest(stacked)? {
            Some(code) => code,
            None => self.encode(EcLevel::L)?,
        };
        Ok(self.stacked(Some(&code), cols))
    }

    fn encode(&self, level: EcLevel) -> Result<QrCode, String> {
        QrCode::encode(self.url, level).map_err(|e| format!("cannot draw the QR code: {e}"))
    }

    /// The strongest code (up to M, as the app's panel) that `fits`.
    fn strongest(&self, fits: impl Fn(&QrCode) -> bool) -> Result<Option<QrCode>, String> {
        for level in [EcLevel::M, EcLevel::L] {
            let code = self.encode(level)?;
            if fits(&code) {
                return Ok(Some(code));
            }
        }
        Ok(None)
    }

    /// The code with the details beside it, `cols` wide.
    fn beside(&self, code: &QrCode, cols: usize) -> String {
        let width = self.label_width();
        let mut side = Vec::new();
        if self.demo {
            side.push(self.demo_line.clone());
            side.push(String::new());
        }
        side.extend(text::chunks(self.url, cols));
        side.push(String::new());
        for (label, value) in &self.details {
            side.push(text::fit(&format!("{label:<width$}{value}"), cols));
        }
        let ansi = code.to_ansi();
        let code_lines: Vec<&str> = ansi.lines().collect();
        let mut out = String::new();
        let rows = code_lines.len().max(side.len());
        for i in 0..rows {
            match code_lines.get(i) {
                Some(line) => out.push_str(line),
                None => out.push_str(&" ".repeat(code.side())),
            }
            if let Some(detail) = side.get(i).filter(|d| !d.is_empty()) {
                out.push_str(&" ".repeat(GAP));
                out.push_str(detail);
            }
            out.push('\n');
        }
        out
    }

    /// The code, then the details on one line `cols` wide: for a terminal too narrow to
    /// put them beside the code.
    fn stacked(&self, code: Option<&QrCode>, cols: usize) -> String {
        let mut out = String::new();
        if self.demo {
            out.push_str(&self.demo_line);
            out.push('\n');
        }
        if let Some(code) = code {
            out.push_str(&code.to_ansi());
        }
        out.push_str(self.url);
        out.push('\n');
        let values: Vec<&str> = self.details.iter().map(|(_, v)| v.as_str()).collect();
        out.push_str(&format!("{}\n", text::fit(&values.join(" · "), cols)));
        out
    }

    /// The link, then a detail a line, for scripts (they read `Order     1`).
    fn plain(&self) -> String {
        let width = self.label_width();
        let mut out = format!("{}\n", self.url);
        for (label, value) in &self.details {
            out.push_str(&format!("{label:<width$}{value}\n"));
        }
        out
    }

    /// The labels' column: 10 as in English, wider when a language's labels are longer.
    fn label_width(&self) -> usize {
        self.details
            .iter()
            .map(|(label, _)| label.chars().count() + 1)
            .max()
            .unwrap_or(0)
            .max(10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printout(url: &str) -> Printout<'_> {
        Printout {
            url,
            details: vec![
                ("Order".into(), "4711".into()),
                ("Amount".into(), "12.50 USD".into()),
                ("Product".into(), "Coffee beans".into()),
            ],
            demo_line: "DEMO API: no real money moves".into(),
            demo: true,
            qr: true,
        }
    }

    /// Visible columns of a printed line: escape sequences take none.
    fn columns(line: &str) -> usize {
        crate::sanitize::line(line).chars().count()
    }

    #[test]
    fn in_a_terminal_everything_fits_with_a_row_to_spare() {
        let url = format!("https://pay.luxfin.example/checkout/{}", "x".repeat(54));
        for (cols, rows) in [(80, 24), (50, 30), (120, 40)] {
            let text = printout(&url).render(Some((cols, rows))).unwrap();
            // The link is one line, to copy whole; the terminal wraps it.
            let rows_used: usize = text
                .lines()
                .map(|l| columns(l).div_ceil(cols as usize).max(1))
                .sum();
            assert!(
                rows_used < rows as usize,
                "{cols}x{rows}: {rows_used} rows:\n{text}"
            );
            let widest = text.lines().filter(|l| *l != url).map(columns).max();
            assert!(widest <= Some(cols as usize), "{cols}x{rows}:\n{text}");
            assert!(text.contains("4711"), "{cols}x{rows}");
        }
    }

    #[test]
    fn in_a_pipe_the_details_come_a_line_each_with_no_escapes_and_no_banner() {
        let text = printout("https://x.example/1").render(None).unwrap();
        assert_eq!(
            text,
            "https://x.example/1\nOrder     4711\nAmount    12.50 USD\nProduct   Coffee beans\n"
        );
    }
}
