//! Renders a picture of the real TUI for the README: runs the luxpay binary in a
//! pseudo-terminal on the demo API, makes a payment, and draws the emulated screen as
//! SVG (block characters as exact rectangles, so the QR code in the picture scans).
//!
//! Run it through `scripts/screenshot.sh`, which builds the binary first.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::fmt::Write as _;
use std::time::Duration;

const CELL_W: f32 = 9.0;
const CELL_H: f32 = 18.0;
const DEFAULT_FG: (u8, u8, u8) = (0xe0, 0xe0, 0xe0);
const DEFAULT_BG: (u8, u8, u8) = (0x1d, 0x1f, 0x21);

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "docs/screenshot.svg".into());
    let home = std::env::temp_dir().join(format!("luxpay-screenshot-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let (cols, rows) = (110, 34);
    let mut pty = pty::Pty::spawn(&home, &["--demo"], &[], (cols, rows));
    let wait = Duration::from_secs(20);
    pty.wait_for_text("New payment", wait);
    pty.send("12.50\tana@example.com\tCoffee beans, 1 kg\r");
    pty.wait_for_text("order 1 ·", wait);
    pty.pump_for(Duration::from_millis(500));
    let svg = render(pty.parser.screen(), cols, rows);
    pty.send("\x03");
    std::fs::write(&out, svg).unwrap();
    let _ = std::fs::remove_dir_all(&home);
    println!("wrote {out}");
}

/// The xterm 256-colour palette (0–15 as a common dark theme shows them).
fn palette(i: u8) -> (u8, u8, u8) {
    const BASE: [(u8, u8, u8); 16] = [
        (0x1d, 0x1f, 0x21),
        (0xcc, 0x66, 0x66),
        (0xb5, 0xbd, 0x68),
        (0xf0, 0xc6, 0x74),
        (0x81, 0xa2, 0xbe),
        (0xb2, 0x94, 0xbb),
        (0x8a, 0xbe, 0xb7),
        (0xc5, 0xc8, 0xc6),
        (0x66, 0x66, 0x66),
        (0xd5, 0x4e, 0x53),
        (0xb9, 0xca, 0x4a),
        (0xe7, 0xc5, 0x47),
        (0x7a, 0xa6, 0xda),
        (0xc3, 0x97, 0xd8),
        (0x70, 0xc0, 0xb1),
        (0xea, 0xea, 0xea),
    ];
    match i {
        0..=15 => BASE[i as usize],
        16..=231 => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        232..=255 => {
            let g = 8 + 10 * (i - 232);
            (g, g, g)
        }
    }
}

fn rgb(c: vt100::Color, default: (u8, u8, u8)) -> (u8, u8, u8) {
    match c {
        vt100::Color::Default => default,
        vt100::Color::Idx(i) => palette(i),
        vt100::Color::Rgb(r, g, b) => (r, g, b),
    }
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Which quarters (top-left, top-right, bottom-left, bottom-right) a block character fills.
fn quarters(c: char) -> Option<[bool; 4]> {
    Some(match c {
        '█' => [true, true, true, true],
        '▀' => [true, true, false, false],
        '▄' => [false, false, true, true],
        '▌' => [true, false, true, false],
        '▐' => [false, true, false, true],
        '▘' => [true, false, false, false],
        '▝' => [false, true, false, false],
        '▖' => [false, false, true, false],
        '▗' => [false, false, false, true],
        '▚' => [true, false, false, true],
        '▞' => [false, true, true, false],
        '▙' => [true, false, true, true],
        '▛' => [true, true, true, false],
        '▜' => [true, true, false, true],
        '▟' => [false, true, true, true],
        _ => return None,
    })
}

fn render(screen: &vt100::Screen, cols: u16, rows: u16) -> String {
    let (w, h) = (cols as f32 * CELL_W, rows as f32 * CELL_H);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>\n\
         <g font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"15\">\n",
        hex(DEFAULT_BG)
    );
    for row in 0..rows {
        for col in 0..cols {
            let Some(cell) = screen.cell(row, col) else {
                continue;
            };
            let (mut fg, mut bg) = (
                rgb(cell.fgcolor(), DEFAULT_FG),
                rgb(cell.bgcolor(), DEFAULT_BG),
            );
            if cell.inverse() {
                std::mem::swap(&mut fg, &mut bg);
            }
            let (x, y) = (col as f32 * CELL_W, row as f32 * CELL_H);
            if bg != DEFAULT_BG {
                let _ = writeln!(
                    svg,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{CELL_W}\" height=\"{CELL_H}\" fill=\"{}\"/>",
                    hex(bg)
                );
            }
            let text = cell.contents();
            let Some(c) = text.chars().next() else {
                continue;
            };
            if let Some(q) = quarters(c) {
                for (i, filled) in q.into_iter().enumerate() {
                    if filled {
                        let qx = x + (i % 2) as f32 * CELL_W / 2.0;
                        let qy = y + (i / 2) as f32 * CELL_H / 2.0;
                        let _ = writeln!(
                            svg,
                            "<rect x=\"{qx}\" y=\"{qy}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                            CELL_W / 2.0,
                            CELL_H / 2.0,
                            hex(fg)
                        );
                    }
                }
            } else if c != ' ' {
                let escaped = text
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                let weight = if cell.bold() {
                    " font-weight=\"bold\""
                } else {
                    ""
                };
                let _ = writeln!(
                    svg,
                    "<text x=\"{x}\" y=\"{}\" fill=\"{}\"{weight}>{escaped}</text>",
                    y + CELL_H * 0.78,
                    hex(fg)
                );
            }
        }
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}
