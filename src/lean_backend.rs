//! A ratatui backend that sends a terminal as few bytes as it can: over SSH every byte
//! is latency.
//!
//! It differs from ratatui's crossterm backend in what it leaves out, never in what
//! the screen shows:
//! - one combined SGR sequence per style change, with short codes for the 16 named
//!   colours (`36` rather than `38;5;6`);
//! - no style reset after a frame that ended in the default style, and nothing at all
//!   for a frame in which nothing changed;
//! - the cursor is shown, hidden or moved only when that changes something;
//! - a short forward move (`CSI n C`) instead of a full position when it is shorter.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// The style the terminal is drawing with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

const PLAIN: Pen = Pen {
    fg: Color::Reset,
    bg: Color::Reset,
    modifier: Modifier::empty(),
};

/// The terminal's size, kept up to date by whoever reads resize events. Asking the
/// terminal instead would open `/dev/tty` for every frame.
#[derive(Debug, Clone, Default)]
pub struct SharedSize(Arc<AtomicU32>);

impl SharedSize {
    pub fn set(&self, width: u16, height: u16) {
        self.0
            .store(((width as u32) << 16) | height as u32, Ordering::Relaxed);
    }

    /// The size last set; `None` before anyone set one.
    pub fn get(&self) -> Option<Size> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            packed => Some(Size {
                width: (packed >> 16) as u16,
                height: packed as u16,
            }),
        }
    }
}

pub struct LeanBackend<W: Write> {
    out: W,
    size: SharedSize,
    /// Where the terminal's cursor is, when luxpay knows.
    cursor: Option<Position>,
    cursor_visible: Option<bool>,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(out: W, size: SharedSize) -> LeanBackend<W> {
        LeanBackend {
            out,
            size,
            cursor: None,
            cursor_visible: None,
        }
    }

    /// The writer, for tests that inspect what was sent.
    pub fn writer(&self) -> &W {
        &self.out
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut buf = Vec::new();
        let mut pen = PLAIN;
        let mut at = self.cursor;
        for (x, y, cell) in content {
            move_to(&mut buf, at, Position { x, y });
            let want = Pen {
                fg: cell.fg,
                bg: cell.bg,
                modifier: cell.modifier,
            };
            if want != pen {
                set_pen(&mut buf, pen, want);
                pen = want;
            }
            buf.extend_from_slice(cell.symbol().as_bytes());
            let width = unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
            at = Some(Position { x: x + width, y });
        }
        if buf.is_empty() {
            return Ok(());
        }
        if pen != PLAIN {
            buf.extend_from_slice(b"\x1b[0m");
        }
        // At the right edge a terminal may hold the cursor in a pending wrap: forget it.
        self.cursor = None;
        self.out.write_all(&buf)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(false) {
            self.out.write_all(b"\x1b[?25l")?;
            self.cursor_visible = Some(false);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_visible != Some(true) {
            self.out.write_all(b"\x1b[?25h")?;
            self.cursor_visible = Some(true);
        }
        Ok(())
    }

    /// Where this backend last put the cursor. Asking the terminal would mean a round
    /// trip over SSH, and reading its answer from the input the event stream owns.
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor.unwrap_or(Position::ORIGIN))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let to = position.into();
        if self.cursor != Some(to) {
            let mut buf = Vec::new();
            move_to(&mut buf, self.cursor, to);
            self.out.write_all(&buf)?;
            self.cursor = Some(to);
        }
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if clear_type == ClearType::All {
            // A whole clear comes after the screen was away (a suspend): where the cursor
            // is, is no longer known, so the next move is always written.
            self.cursor = None;
        }
        let seq: &[u8] = match clear_type {
            ClearType::All => b"\x1b[2J",
            ClearType::AfterCursor => b"\x1b[J",
            ClearType::BeforeCursor => b"\x1b[1J",
            ClearType::CurrentLine => b"\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[K",
        };
        self.out.write_all(seq)
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.size.get() {
            return Ok(size);
        }
        let (width, height) = crossterm::terminal::size()?;
        self.size.set(width, height);
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = crossterm::terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Moves the cursor to `to`: nothing if it is there, a short forward move on the same
/// row when that is shorter, else a full position.
fn move_to(buf: &mut Vec<u8>, from: Option<Position>, to: Position) {
    if from == Some(to) {
        return;
    }
    let full = format!("\x1b[{};{}H", to.y + 1, to.x + 1);
    match from {
        Some(f) if f.y == to.y && to.x > f.x => {
            let forward = format!("\x1b[{}C", to.x - f.x);
            let best = if forward.len() < full.len() {
                forward
            } else {
                full
            };
            buf.extend_from_slice(best.as_bytes());
        }
        _ => buf.extend_from_slice(full.as_bytes()),
    }
}

/// One SGR sequence taking the terminal from `from` to `to`.
fn set_pen(buf: &mut Vec<u8>, from: Pen, to: Pen) {
    let mut params: Vec<String> = Vec::new();
    // Attributes can only be dropped one by one with codes some terminals lack, so a
    // dropped attribute resets everything and sets back what remains.
    let from = if from.modifier.difference(to.modifier).is_empty() {
        from
    } else {
        params.push("0".into());
        PLAIN
    };
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if to.modifier.contains(flag) && !from.modifier.contains(flag) {
            params.push(code.into());
        }
    }
    if to.fg != from.fg {
        params.push(colour(to.fg, false));
    }
    if to.bg != from.bg {
        params.push(colour(to.bg, true));
    }
    if !params.is_empty() {
        buf.extend_from_slice(format!("\x1b[{}m", params.join(";")).as_bytes());
    }
}

fn colour(c: Color, background: bool) -> String {
    let named = |n: u8| (if background { n + 10 } else { n }).to_string();
    match c {
        Color::Reset => named(39),
        Color::Black => named(30),
        Color::Red => named(31),
        Color::Green => named(32),
        Color::Yellow => named(33),
        Color::Blue => named(34),
        Color::Magenta => named(35),
        Color::Cyan => named(36),
        Color::Gray => named(37),
        Color::DarkGray => named(90),
        Color::LightRed => named(91),
        Color::LightGreen => named(92),
        Color::LightYellow => named(93),
        Color::LightBlue => named(94),
        Color::LightMagenta => named(95),
        Color::LightCyan => named(96),
        Color::White => named(97),
        Color::Indexed(i) => format!("{};5;{i}", if background { 48 } else { 38 }),
        Color::Rgb(r, g, b) => format!("{};2;{r};{g};{b}", if background { 48 } else { 38 }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::text::Span;

    fn frame_bytes(
        terminal: &mut Terminal<LeanBackend<Vec<u8>>>,
        draw: impl FnOnce(&mut ratatui::Frame),
    ) -> String {
        let before = terminal.backend().writer().len();
        terminal.draw(draw).unwrap();
        String::from_utf8_lossy(&terminal.backend().writer()[before..]).into_owned()
    }

    fn terminal() -> Terminal<LeanBackend<Vec<u8>>> {
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 20, 3));
        let size = SharedSize::default();
        size.set(20, 3);
        Terminal::with_options(
            LeanBackend::new(Vec::new(), size),
            ratatui::TerminalOptions { viewport },
        )
        .unwrap()
    }

    #[test]
    fn an_unchanged_frame_sends_nothing() {
        let mut t = terminal();
        let draw = |f: &mut ratatui::Frame| f.render_widget(Span::raw("hello"), f.area());
        frame_bytes(&mut t, draw);
        assert_eq!(frame_bytes(&mut t, draw), "");
    }

    #[test]
    fn a_changed_cell_costs_a_move_and_the_character() {
        let mut t = terminal();
        frame_bytes(&mut t, |f| {
            f.render_widget(Span::raw("waiting 1:41"), f.area())
        });
        assert_eq!(
            frame_bytes(&mut t, |f| f
                .render_widget(Span::raw("waiting 1:42"), f.area())),
            "\x1b[1;12H2"
        );
    }

    #[test]
    fn styles_are_one_short_sequence_and_reset_only_when_used() {
        let mut t = terminal();
        let sent = frame_bytes(&mut t, |f| {
            f.render_widget(Span::styled("ab", Style::new().bold().cyan()), f.area())
        });
        assert!(sent.starts_with("\x1b[1;1H\x1b[1;36mab"), "{sent:?}");
        assert!(sent.ends_with("\x1b[0m\x1b[?25l"), "{sent:?}");
        let sent = frame_bytes(&mut t, |f| {
            f.render_widget(Span::styled("ab", Style::new().bold().cyan()), f.area())
        });
        assert_eq!(sent, "", "the cursor stays hidden without being told again");
    }

    #[test]
    fn dropping_an_attribute_resets_and_restores_the_rest() {
        let mut buf = Vec::new();
        let bold_cyan = Pen {
            fg: Color::Cyan,
            bg: Color::Reset,
            modifier: Modifier::BOLD,
        };
        let cyan = Pen {
            modifier: Modifier::empty(),
            ..bold_cyan
        };
        set_pen(&mut buf, bold_cyan, cyan);
        assert_eq!(String::from_utf8(buf).unwrap(), "\x1b[0;36m");
        let mut buf = Vec::new();
        let qr = Pen {
            fg: Color::Indexed(16),
            bg: Color::Indexed(231),
            modifier: Modifier::empty(),
        };
        set_pen(&mut buf, PLAIN, qr);
        assert_eq!(String::from_utf8(buf).unwrap(), "\x1b[38;5;16;48;5;231m");
    }

    #[test]
    fn the_size_comes_from_resize_events_not_the_terminal() {
        let size = SharedSize::default();
        assert_eq!(size.get(), None);
        let backend = LeanBackend::new(Vec::new(), size.clone());
        size.set(132, 43);
        assert_eq!(
            backend.size().unwrap(),
            Size {
                width: 132,
                height: 43
            }
        );
    }

    #[test]
    fn short_forward_moves_on_the_same_row() {
        let mut buf = Vec::new();
        move_to(
            &mut buf,
            Some(Position { x: 40, y: 14 }),
            Position { x: 44, y: 14 },
        );
        assert_eq!(String::from_utf8(buf).unwrap(), "\x1b[4C");
    }
}
