//! Plain text tables for the listing commands.

use unicode_width::UnicodeWidthStr;

/// The widest a cell may be before it is cut with an ellipsis.
const MAX_CELL: usize = 40;

/// Lays out rows under a header, columns padded to their widest cell.
pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| crate::text::fit(c, MAX_CELL)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            line.push_str(&" ".repeat(w - cell.width()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_and_long_cells_are_cut() {
        let rows = vec![
            vec!["1".to_string(), "Tea".to_string()],
            vec!["22".to_string(), "x".repeat(50)],
        ];
        let text = render(&["ID", "PRODUCT"], &rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID  PRODUCT");
        assert_eq!(lines[1], "1   Tea");
        assert!(lines[2].ends_with('…') && lines[2].width() == 4 + MAX_CELL);
    }
}
