//! Draws a QR code into a frame: black on white from the fixed 256-colour palette,
//! quiet zone included, two modules per cell so they come out square.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::widgets::Widget;

use crate::qr::{DARK, LIGHT, QrCode, half_block};

/// A QR code at a whole-number scale: each module is `scale` columns wide and
/// `scale` half-rows tall.
pub struct QrWidget<'a> {
    /// The code to draw.
    pub code: &'a QrCode,
    /// Cells per module, across.
    pub scale: u16,
}

impl QrWidget<'_> {
    /// The cells it covers: (columns, rows).
    pub fn size(&self) -> (u16, u16) {
        let pixels = self.code.side() as u16 * self.scale;
        (pixels, pixels.div_ceil(2))
    }
}

impl Widget for QrWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (cols, rows) = self.size();
        let scale = self.scale as usize;
        // Pixels past the code's last row (an odd count) belong to the quiet zone.
        let dark = |px: usize, py: usize| self.code.is_dark(px / scale, py / scale);
        for row in 0..rows.min(area.height) {
            for col in 0..cols.min(area.width) {
                let (x, y) = (col as usize, row as usize * 2);
                let symbol = half_block(dark(x, y), dark(x, y + 1));
                if let Some(cell) = buf.cell_mut((area.x + col, area.y + row)) {
                    cell.set_char(symbol)
                        .set_fg(Color::Indexed(DARK))
                        .set_bg(Color::Indexed(LIGHT));
                }
            }
        }
    }
}

/// The area of `size` centred in `area`.
pub fn centred(area: Rect, (cols, rows): (u16, u16)) -> Rect {
    Rect {
        x: area.x + area.width.saturating_sub(cols) / 2,
        y: area.y + area.height.saturating_sub(rows) / 2,
        width: cols.min(area.width),
        height: rows.min(area.height),
    }
}
