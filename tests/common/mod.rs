//! Helpers shared by the integration tests: decoding QR codes from what a terminal
//! shows, on a dark and on a light theme, the way a phone camera would see them.
#![allow(dead_code)]

pub mod app;
pub mod images;
pub mod pg;
pub mod pty;

use std::num::NonZeroU16;
use std::path::Path;
use std::process::{Command, Stdio};

/// The luxpay binary, with a private home, config, data and state directory and no
/// settings inherited from whoever runs the tests.
pub fn luxpay_in(home: &Path) -> Command {
    private(Command::new(env!("CARGO_BIN_EXE_luxpay")), home)
}

/// `cmd` with a private home, config, data and state dir, and no inherited settings.
pub fn private(mut cmd: Command, home: &Path) -> Command {
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TERM", "xterm-256color")
        // Days are the same days on every machine: a test that reads "the day of the
        // sale" must not depend on the time zone of whoever runs it.
        .env("TZ", "UTC")
        .stdin(Stdio::null());
    cmd
}

/// The day (UTC, as `private` runs luxpay) of the first sale in the ledger under `home`:
/// the day a test of "the day's" figures asks for, rather than the clock's today, which
/// a run across midnight would get wrong.
pub fn sale_day(home: &Path) -> String {
    let dir = home.join("data/luxpay");
    let path = ["ledger.db", "ledger-demo.db"]
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.exists())
        .expect("a ledger under the home");
    let entries = luxpay::ledger::Ledger::at(path)
        .all(&luxpay::ledger::Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap();
    let first = entries.first().expect("a sale in the ledger");
    first
        .payment
        .created_at
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

/// A terminal colour theme: what "default" foreground and background look like.
#[derive(Debug, Clone, Copy)]
pub enum Theme {
    Dark,
    Light,
}

pub const THEMES: [Theme; 2] = [Theme::Dark, Theme::Light];

impl Theme {
    fn default_fg(self) -> u8 {
        match self {
            Theme::Dark => 230,
            Theme::Light => 20,
        }
    }
    fn default_bg(self) -> u8 {
        match self {
            Theme::Dark => 25,
            Theme::Light => 250,
        }
    }
}

/// One terminal cell as the eye sees it: its character and its two colours as grey levels.
#[derive(Debug, Clone, Copy)]
pub struct SeenCell {
    pub symbol: char,
    pub fg: u8,
    pub bg: u8,
}

/// Grey level of an xterm-256 palette entry (themes may change 0–15, so those are guesses
/// that follow common themes; 16–255 are fixed by xterm).
pub fn palette_grey(index: u8) -> u8 {
    match index {
        0 => 0,
        7 => 192,
        8 => 128,
        15 => 255,
        1..=6 => 100,
        9..=14 => 180,
        16..=231 => {
            let i = index - 16;
            let level = |v: u8| if v == 0 { 0u32 } else { 55 + 40 * v as u32 };
            let (r, g, b) = (level(i / 36), level((i / 6) % 6), level(i % 6));
            ((r * 299 + g * 587 + b * 114) / 1000) as u8
        }
        232..=255 => 8 + 10 * (index - 232),
    }
}

/// Decodes every QR code in a grid of cells drawn with half blocks.
pub fn decode_cells(
    width: usize,
    height: usize,
    cell: impl Fn(usize, usize) -> SeenCell,
) -> Vec<String> {
    // Each cell is one module wide and two modules tall; scale modules up to 4×4 pixels.
    const SCALE: usize = 4;
    let pixel = |x: usize, y: usize| -> u8 {
        let c = cell(x, y / 2);
        let top = y.is_multiple_of(2);
        match c.symbol {
            '█' => c.fg,
            '▀' => {
                if top {
                    c.fg
                } else {
                    c.bg
                }
            }
            '▄' => {
                if top {
                    c.bg
                } else {
                    c.fg
                }
            }
            _ => c.bg,
        }
    };
    let img =
        rqrr::PreparedImage::prepare_from_greyscale(width * SCALE, height * 2 * SCALE, |x, y| {
            pixel(x / SCALE, y / SCALE)
        });
    let mut img = img;
    img.detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}

/// Reads a vt100 screen's cells under a theme.
pub fn decode_vt100(screen: &vt100::Screen, theme: Theme) -> Vec<String> {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    let grey = |color: vt100::Color, default: u8| match color {
        vt100::Color::Default => default,
        vt100::Color::Idx(i) => palette_grey(i),
        vt100::Color::Rgb(r, g, b) => {
            ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8
        }
    };
    decode_cells(cols as usize, rows as usize, |x, y| {
        match screen.cell(y as u16, x as u16) {
            Some(cell) => {
                let mut fg = grey(cell.fgcolor(), theme.default_fg());
                let mut bg = grey(cell.bgcolor(), theme.default_bg());
                if cell.inverse() {
                    std::mem::swap(&mut fg, &mut bg);
                }
                SeenCell {
                    symbol: cell.contents().chars().next().unwrap_or(' '),
                    fg,
                    bg,
                }
            }
            None => SeenCell {
                symbol: ' ',
                fg: theme.default_fg(),
                bg: theme.default_bg(),
            },
        }
    })
}

/// Shows plain program output (lines ending in `\n`) on an emulated terminal and decodes it.
pub fn decode_output(output: &str, theme: Theme) -> Vec<String> {
    let lines = output.lines().count() + 2;
    let width = output.lines().map(|l| l.chars().count()).max().unwrap_or(1) + 2;
    let mut parser = vt100::Parser::new(
        NonZeroU16::new(lines.min(u16::MAX as usize) as u16).unwrap(),
        NonZeroU16::new(width.min(u16::MAX as usize) as u16).unwrap(),
        0,
    );
    parser.process(output.replace('\n', "\r\n").as_bytes());
    decode_vt100(parser.screen(), theme)
}

/// A plain HTTP client for poking the demo API (pay, expire) from tests.
pub fn http() -> reqwest::Client {
    luxpay::api::ensure_tls_provider();
    reqwest::Client::new()
}

/// Reads a ratatui buffer's cells under a theme.
pub fn decode_buffer(buffer: &ratatui::buffer::Buffer, theme: Theme) -> Vec<String> {
    use ratatui::style::Color;
    let grey = |color: Color, default: u8| match color {
        Color::Reset => default,
        Color::Indexed(i) => palette_grey(i),
        Color::Black => 0,
        Color::White => 255,
        Color::Gray => 192,
        Color::DarkGray => 128,
        Color::Rgb(r, g, b) => ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8,
        _ => 100,
    };
    let area = buffer.area;
    decode_cells(area.width as usize, area.height as usize, |x, y| {
        let cell = &buffer[(area.x + x as u16, area.y + y as u16)];
        let mut fg = grey(cell.fg, theme.default_fg());
        let mut bg = grey(cell.bg, theme.default_bg());
        if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        SeenCell {
            symbol: cell.symbol().chars().next().unwrap_or(' '),
            fg,
            bg,
        }
    })
}

/// The demo API on a free loopback port, its orders paid only when a test says so.
pub async fn demo_server() -> luxpay::demo::DemoServer {
    luxpay::demo::DemoServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        std::time::Duration::from_secs(3600),
    )
    .await
    .unwrap()
}

/// The one JSON document a command that succeeded printed; its stderr when it failed.
pub fn json_out(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A loopback port nothing listens on (bound, then let go): a printer or a database
/// that is off.
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A payment as a till records it: order `id` at luxfin.org, 12.50 USD of Tea, made at
/// till front-1 on 2026-11-26. The one fixture the integration tests build records from.
pub fn payment_record(id: &str) -> luxpay::ledger::PaymentRecord {
    luxpay::ledger::PaymentRecord {
        order_id: luxpay::api::OrderId::parse(id).unwrap(),
        order_url: format!("https://luxfin.org/checkout/{id}"),
        amount: rust_decimal::Decimal::new(1250, 2),
        currency: luxpay::money::Currency::Usd,
        customer: "ana@example.com".into(),
        product: "Tea".into(),
        method: luxpay::payment::Method::Paypal,
        created_at: "2026-11-26T12:00:00Z".parse().unwrap(),
        api_host: "luxfin.org".into(),
        demo: false,
        asked_amount: None,
        till: "front-1".into(),
        operator: "ana".into(),
        recovered: false,
        extras: Default::default(),
    }
}

/// Waits until `done` says so, looking every 20 ms; fails the test after `limit`. For
/// what a test can observe (a file, a row), in place of a fixed sleep.
pub fn wait_until(limit: std::time::Duration, mut done: impl FnMut() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "not done within {limit:?}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// A fake receipt printer on loopback: the bytes of each job, one connection each.
pub fn fake_printer() -> (u16, std::sync::mpsc::Receiver<Vec<u8>>) {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let mut job = Vec::new();
            if conn.unwrap().read_to_end(&mut job).is_ok() && tx.send(job).is_err() {
                return;
            }
        }
    });
    (port, rx)
}
