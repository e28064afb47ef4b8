//! QR codes that scan first time on any terminal theme.
//!
//! The code is drawn black on white with explicit colours from the fixed 256-colour
//! palette (16 and 231: unaffected by themes, unlike colours 0 and 15), surrounded by
//! the 4-module quiet zone, two modules per character cell (upper and lower half
//! blocks) so the modules come out square.

pub use qrcode::EcLevel;

/// Light modules around the code that scanners need to find it.
pub const QUIET_ZONE: usize = 4;

/// Palette index of the dark modules: pure black in every xterm-256 palette.
pub const DARK: u8 = 16;
/// Palette index of the light modules: pure white in every xterm-256 palette.
pub const LIGHT: u8 = 231;

/// A QR code as a square of modules, quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    /// Modules per side without the quiet zone.
    width: usize,
    dark: Vec<bool>,
    ec_level: EcLevel,
}

impl QrCode {
    /// Encodes `text` at a given error-correction level.
    pub fn encode(text: &str, ec_level: EcLevel) -> Result<QrCode, qrcode::types::QrError> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), ec_level)?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Ok(QrCode {
            width: code.width(),
            dark,
            ec_level,
        })
    }

    /// Modules per side, quiet zone included.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// The error-correction level it was encoded at.
    pub fn ec_level(&self) -> EcLevel {
        self.ec_level
    }

    /// Whether the module at (x, y) is dark; coordinates include the quiet zone and
    /// anything outside the code is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        let (Some(x), Some(y)) = (x.checked_sub(QUIET_ZONE), y.checked_sub(QUIET_ZONE)) else {
            return false;
        };
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The code as text for a terminal: one SGR per line setting black on white, then
    /// half blocks, two modules per cell. Works on dark and light themes alike.
    pub fn to_ansi(&self) -> String {
        let side = self.side();
        let mut out = String::with_capacity(side * side);
        for row in (0..side).step_by(2) {
            out.push_str(&format!("\x1b[38;5;{DARK};48;5;{LIGHT}m"));
            for x in 0..side {
                out.push(half_block(self.is_dark(x, row), self.is_dark(x, row + 1)));
            }
            out.push_str("\x1b[0m\n");
        }
        out
    }
}

/// Orders levels by how much damage they recover from (L 7%, M 15%, Q 25%, H 30%).
fn strength(level: EcLevel) -> u8 {
    match level {
        EcLevel::L => 0,
        EcLevel::M => 1,
        EcLevel::Q => 2,
        EcLevel::H => 3,
    }
}

/// One text's codes at every error-correction level, strongest first, so a view can pick
/// the one that fits without encoding anything while drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSet {
    codes: Vec<QrCode>,
}

impl QrSet {
    /// Encodes `text` at every level, once.
    pub fn new(text: &str) -> QrSet {
        let codes = [EcLevel::H, EcLevel::Q, EcLevel::M, EcLevel::L]
            .into_iter()
            .filter_map(|level| QrCode::encode(text, level).ok())
            .collect();
        QrSet { codes }
    }

    /// The code and scale (terminal columns per module) that draw largest in `cols` ×
    /// `rows` cells, using no level above `strongest`; at equal scale, the most robust
    /// code. `None` if none fits.
    pub fn fit(&self, cols: u16, rows: u16, strongest: EcLevel) -> Option<(&QrCode, u16)> {
        let mut best: Option<(&QrCode, u16)> = None;
        for code in self
            .codes
            .iter()
            .filter(|c| strength(c.ec_level) <= strength(strongest))
        {
            let side = code.side();
            let scale = (cols as usize / side).min(rows as usize * 2 / side);
            if scale >= 1 && best.is_none_or(|(_, s)| scale > s as usize) {
                best = Some((code, scale as u16));
            }
        }
        best
    }

    /// The smallest side in modules, quiet zone included (the least robust code).
    pub fn min_side(&self) -> Option<usize> {
        self.codes.iter().map(QrCode::side).min()
    }
}

/// The character showing a top and a bottom module, drawn in the dark colour on the
/// light one.
pub fn half_block(top_dark: bool, bottom_dark: bool) -> char {
    match (top_dark, bottom_dark) {
        (true, true) => '█',
        (true, false) => '▀',
        (false, true) => '▄',
        (false, false) => ' ',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_zone_is_light_and_sized() {
        let code = QrCode::encode("https://luxfin.org/pay/1", EcLevel::M).unwrap();
        assert_eq!(code.side(), 25 + 8);
        for i in 0..code.side() {
            assert!(
                !code.is_dark(i, 0) && !code.is_dark(0, i) && !code.is_dark(i, code.side() - 1)
            );
        }
        // The top-left finder pattern starts right after the quiet zone.
        assert!(code.is_dark(QUIET_ZONE, QUIET_ZONE));
    }

    #[test]
    fn a_set_picks_the_largest_scale_then_the_strongest_level() {
        let url = "https://luxfin.org/checkout/1";
        let set = QrSet::new(url);
        let h_side = QrCode::encode(url, EcLevel::H).unwrap().side();
        let min = set.min_side().unwrap();
        assert!(min < h_side);
        // Room for every level at scale 1: the strongest wins.
        let (code, scale) = set.fit(h_side as u16, 100, EcLevel::H).unwrap();
        assert_eq!((code.ec_level(), scale), (EcLevel::H, 1));
        // Lots of room: the biggest modules win, even from a weaker level.
        let (code, scale) = set.fit(200, 200, EcLevel::H).unwrap();
        assert_eq!(scale as usize, 200 / min);
        assert_eq!(code.side(), min);
        let (code, scale) = set
            .fit(min as u16, min.div_ceil(2) as u16, EcLevel::H)
            .unwrap();
        assert_eq!((code.side(), scale), (min, 1));
        assert!(set.fit(min as u16 - 1, 100, EcLevel::H).is_none());
        // A cap: never above M, even with room for H.
        let (code, _) = set.fit(h_side as u16, 100, EcLevel::M).unwrap();
        assert_eq!(code.ec_level(), EcLevel::M);
    }

    #[test]
    fn ansi_rows_pair_modules_and_set_both_colours() {
        let code = QrCode::encode("x", EcLevel::L).unwrap();
        let text = code.to_ansi();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), code.side().div_ceil(2));
        assert!(
            lines
                .iter()
                .all(|l| l.starts_with("\x1b[38;5;16;48;5;231m") && l.ends_with("\x1b[0m"))
        );
    }
}
