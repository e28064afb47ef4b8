//! Sharper codes where the terminal draws images: the kitty graphics protocol or sixel.
//! The frame keeps the half-block code (the fallback, and what the tests decode); the
//! loop then draws the same code over it as an image with square modules, which scans
//! from further away. Whether a terminal can is asked once, at start: it answers the
//! kitty graphics query, or lists sixel (4) in its primary device attributes.

use base64::Engine;
use serde::Deserialize;

use crate::qr::QrCode;

/// `qr_graphics` in the config file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GraphicsMode {
    /// Ask the terminal (not inside tmux, which does not pass images on by default).
    #[default]
    Auto,
    /// The kitty graphics protocol, without asking.
    Kitty,
    /// Sixel, without asking.
    Sixel,
    /// Half blocks only.
    Off,
}

impl std::str::FromStr for GraphicsMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(GraphicsMode::Auto),
            "kitty" => Ok(GraphicsMode::Kitty),
            "sixel" => Ok(GraphicsMode::Sixel),
            "off" => Ok(GraphicsMode::Off),
            other => Err(format!(
                "qr_graphics {other:?} is not one of auto, kitty, sixel, off"
            )),
        }
    }
}

/// How images are drawn on this terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Graphics {
    /// The kitty graphics protocol (kitty, WezTerm, Ghostty, Konsole…).
    Kitty {
        /// Wrapped for tmux's passthrough.
        tmux: bool,
    },
    /// Sixel (foot, mlterm, xterm -ti vt340, WezTerm, Windows Terminal…).
    Sixel {
        /// Wrapped for tmux's passthrough.
        tmux: bool,
    },
}

/// The question: a 1×1 kitty image query (answered only by terminals that speak the
/// protocol), then the primary device attributes, which every terminal answers, so the
/// end of the answers is known.
pub const QUERY: &[u8] = b"\x1b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\x1b\\\x1b[c";

/// Whether `reply` holds the answer to the device attributes yet (the last answer).
pub fn reply_complete(reply: &[u8]) -> bool {
    device_attributes(reply).is_some()
}

/// The parameters of a `CSI ? … c` answer.
fn device_attributes(reply: &[u8]) -> Option<Vec<&[u8]>> {
    let start = reply.windows(3).position(|w| w == b"\x1b[?")?;
    let rest = &reply[start + 3..];
    let end = rest.iter().position(|&b| b == b'c')?;
    Some(rest[..end].split(|&b| b == b';').collect())
}

/// What the terminal's answers to `QUERY` say it can draw.
pub fn from_reply(reply: &[u8]) -> Option<Graphics> {
    if reply.windows(8).any(|w| w == b"_Gi=31;O") {
        return Some(Graphics::Kitty { tmux: false });
    }
    let sixel = device_attributes(reply)?.iter().skip(1).any(|p| *p == b"4");
    sixel.then_some(Graphics::Sixel { tmux: false })
}

/// The graphics to use for `mode`, without asking the terminal: `None` means ask
/// (auto), `Some(None)` means none.
pub fn decided(mode: GraphicsMode, tmux: bool, ssh: bool) -> Option<Option<Graphics>> {
    match mode {
        GraphicsMode::Off => Some(None),
        GraphicsMode::Kitty => Some(Some(Graphics::Kitty { tmux })),
        GraphicsMode::Sixel => Some(Some(Graphics::Sixel { tmux })),
        // tmux passes images on only with passthrough set up: half blocks there.
        GraphicsMode::Auto if tmux => Some(None),
        // Over SSH an answer may come after luxpay stopped waiting, and would then be
        // read as keys typed into the form: half blocks, unless the setting says more.
        GraphicsMode::Auto if ssh => Some(None),
        GraphicsMode::Auto => None,
    }
}

/// Pixels per module in a kitty image: the terminal scales it to the cells, and eight
/// keeps the edges sharp.
const KITTY_MODULE_PX: usize = 8;

/// The id luxpay's code images carry, so they can be deleted again.
const IMAGE_ID: u32 = 7;

/// The code as a kitty image filling `cols`×`rows` cells from the cursor, which it
/// leaves where it was.
pub fn kitty(code: &QrCode, cols: u16, rows: u16) -> String {
    let side = code.side() * KITTY_MODULE_PX;
    let mut rgb = Vec::with_capacity(side * side * 3);
    for y in 0..side {
        for x in 0..side {
            let v = if code.is_dark(x / KITTY_MODULE_PX, y / KITTY_MODULE_PX) {
                0
            } else {
                255
            };
            rgb.extend([v, v, v]);
        }
    }
    // Compressed (`o=z`): two colours in long runs shrink about a hundredfold, which
    // matters over SSH, where 400 KB of pixels would take seconds.
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(&rgb, 6);
    let data = base64::engine::general_purpose::STANDARD.encode(zlib);
    // The protocol takes the data in chunks of at most 4096 bytes.
    let chunks: Vec<&[u8]> = data.as_bytes().chunks(4096).collect();
    let mut out = String::new();
    for (i, chunk) in chunks.iter().enumerate() {
        let more = u8::from(i + 1 < chunks.len());
        let keys = if i == 0 {
            format!(
                "a=T,f=24,o=z,s={side},v={side},c={cols},r={rows},i={IMAGE_ID},C=1,q=2,m={more}"
            )
        } else {
            format!("m={more}")
        };
        out.push_str(&format!(
            "\x1b_G{keys};{}\x1b\\",
            std::str::from_utf8(chunk).unwrap_or_default()
        ));
    }
    out
}

/// Deletes luxpay's kitty image.
pub fn kitty_clear() -> String {
    format!("\x1b_Ga=d,d=I,i={IMAGE_ID},q=2\x1b\\")
}

/// The code as sixel, `module` pixels a module: dark and light both painted, so the
/// theme behind never shows through.
pub fn sixel(code: &QrCode, module: usize) -> String {
    let module = module.max(1);
    let side = code.side() * module;
    let dark = |x: usize, y: usize| y < side && code.is_dark(x / module, y / module);
    let mut out = format!("\x1bP0;1;0q\"1;1;{side};{side}#0;2;100;100;100#1;2;0;0;0");
    for band in (0..side).step_by(6) {
        for (colour, want_dark) in [(0, false), (1, true)] {
            out.push_str(&format!("#{colour}"));
            let sixels: Vec<u8> = (0..side)
                .map(|x| {
                    let bits = (0..6)
                        .filter(|i| band + i < side && dark(x, band + i) == want_dark)
                        .fold(0u8, |bits, i| bits | 1 << i);
                    63 + bits
                })
                .collect();
            push_runs(&mut out, &sixels);
            out.push('$');
        }
        out.push('-');
    }
    out.push_str("\x1b\\");
    out
}

/// Sixel characters with runs written as `!n`.
fn push_runs(out: &mut String, sixels: &[u8]) {
    let mut i = 0;
    while i < sixels.len() {
        let run = sixels[i..].iter().take_while(|&&s| s == sixels[i]).count();
        if run > 3 {
            out.push_str(&format!("!{run}"));
        } else {
            out.extend(std::iter::repeat_n(char::from(sixels[i]), run - 1));
        }
        out.push(char::from(sixels[i]));
        i += run;
    }
}

/// A sequence passed through tmux to the terminal outside it (tmux's
/// `allow-passthrough on`): wrapped in a DCS, its escapes doubled.
pub fn tmux_wrap(sequence: &str) -> String {
    format!("\x1bPtmux;{}\x1b\\", sequence.replace('\x1b', "\x1b\x1b"))
}

/// The image of `code` over `cols`×`rows` cells at (`x`, `y`), the cursor put back after;
/// `cell_px` is the size of a cell in pixels (for sixel), when the terminal says.
pub fn draw(
    graphics: Graphics,
    code: &QrCode,
    (x, y, cols, rows): (u16, u16, u16, u16),
    cell_px: Option<(u16, u16)>,
) -> String {
    let (image, tmux) = match graphics {
        Graphics::Kitty { tmux } => (kitty(code, cols, rows), tmux),
        Graphics::Sixel { tmux } => {
            // Cells are about twice as tall as wide where the terminal does not say.
            let (w, h) = cell_px.unwrap_or((10, 20));
            let px = (usize::from(cols) * usize::from(w)).min(usize::from(rows) * usize::from(h));
            (sixel(code, px / code.side()), tmux)
        }
    };
    let image = if tmux { tmux_wrap(&image) } else { image };
    format!("\x1b7\x1b[{};{}H{image}\x1b8", y + 1, x + 1)
}

/// How this terminal draws the code as an image, when it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Images {
    /// The protocol.
    pub graphics: Graphics,
    /// A cell's size in pixels, where the terminal says (sixel needs it).
    pub cell_px: Option<(u16, u16)>,
}

impl Images {
    /// What to use for `mode` on this terminal, asking it when `mode` is auto (the
    /// terminal must be in raw mode, and nothing else reading its input yet).
    pub fn for_terminal(mode: GraphicsMode, env: &crate::termenv::TermEnv) -> Option<Images> {
        let graphics = match decided(mode, env.tmux, env.ssh) {
            Some(decided) => decided?,
            // A terminal on this machine answers in a millisecond or two.
            None => ask(std::time::Duration::from_millis(200))?,
        };
        let cell_px = crossterm::terminal::window_size().ok().and_then(|w| {
            (w.width > 0 && w.height > 0 && w.columns > 0 && w.rows > 0)
                .then(|| (w.width / w.columns, w.height / w.rows))
        });
        Some(Images { graphics, cell_px })
    }
}

/// Asks the terminal (`QUERY`) and reads its answers from stdin, until the device
/// attributes come or `timeout` passes.
#[cfg(unix)]
fn ask(timeout: std::time::Duration) -> Option<Graphics> {
    use std::io::Write;
    use std::os::fd::AsFd;
    let mut out = std::io::stdout();
    out.write_all(QUERY).and_then(|()| out.flush()).ok()?;
    let stdin = std::io::stdin();
    let fd = stdin.as_fd();
    let deadline = std::time::Instant::now() + timeout;
    let mut reply = Vec::new();
    while !reply_complete(&reply) {
        let left = deadline.checked_duration_since(std::time::Instant::now())?;
        let wait = rustix::event::Timespec {
            tv_sec: left.as_secs() as i64,
            tv_nsec: i64::from(left.subsec_nanos()),
        };
        let mut fds = [rustix::event::PollFd::new(
            &fd,
            rustix::event::PollFlags::IN,
        )];
        if rustix::event::poll(&mut fds, Some(&wait)).ok()? == 0 {
            return None;
        }
        let mut buf = [0u8; 512];
        let n = rustix::io::read(fd, &mut buf).ok()?;
        if n == 0 {
            return None;
        }
        reply.extend_from_slice(&buf[..n]);
    }
    from_reply(&reply)
}

#[cfg(not(unix))]
fn ask(_timeout: std::time::Duration) -> Option<Graphics> {
    None
}

#[cfg(test)]
mod tests;
