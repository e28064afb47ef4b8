//! Measures what luxpay costs a terminal and a machine, the way an SSH user pays for it:
//! the bytes it writes (counted in a pseudo-terminal), idle CPU (from /proc), startup
//! to first frame, and peak memory. Prints a report; `scripts/bench.sh` runs it.
//!
//!     LUXPAY_BIN=target/release/luxpay cargo run --release --example termcost [-- --quick]
//!
//! `--quick` idles 10 s instead of 60 s.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use luxpay::api::OrderId;
use luxpay::ledger::{PaymentRecord, Record};
use pty::{Pty, peak_rss_kib};

const WAIT: Duration = Duration::from_secs(30);
const SIZE: (u16, u16) = (120, 40);

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let idle_secs = if quick { 10 } else { 60 };
    DUMP.set(std::env::args().any(|a| a == "--dump")).unwrap();
    println!(
        "luxpay terminal and machine costs (binary: {})",
        std::env::var("LUXPAY_BIN").unwrap_or_default()
    );
    startup();
    result_paint((120, 40));
    result_paint((80, 24));
    bytes_and_idle(idle_secs);
    memory_with_ten_payments();
    memory_with_a_big_ledger(100_000);
}

static DUMP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// With `--dump`, shows a measured slice of output with escapes made visible.
fn dump(what: &str, bytes: &[u8]) {
    if *DUMP.get().unwrap_or(&false) {
        let text = String::from_utf8_lossy(bytes).replace('\x1b', "␛");
        println!("--- {what} ({} B):\n{text}\n---", bytes.len());
    }
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Waits for a QR code on screen (its finder pattern's top row) and the link under it.
fn wait_for_code(pty: &mut Pty, id: u32) {
    let link = format!("/checkout/{id}");
    pty.wait_for("the code and its link", WAIT, move |s, _| {
        s.contents().contains(&link) && s.contents().contains("█▀▀▀▀▀█")
    });
}

fn startup() {
    let mut times = Vec::new();
    for _ in 0..10 {
        let home = home();
        let started = Instant::now();
        let mut pty = Pty::spawn(home.path(), &["--demo"], &[], SIZE);
        pty.wait_for_text("New payment", WAIT);
        times.push(started.elapsed());
        pty.send("\x03");
        pty.wait_exit(WAIT);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "\nstartup to first frame (10 runs): median {:.1} ms, min {:.1} ms, max {:.1} ms",
        ms(times[5]),
        ms(times[0]),
        ms(times[9])
    );
}

/// True if these bytes draw QR modules (the code's colours, or its block characters).
fn touches_code(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.contains("48;5;231") || text.contains('▀') || text.contains('▄') || text.contains('█')
}

/// (a) From Enter to the code on screen: everything luxpay sends to show a result,
/// against what qrencode prints for the same link.
fn result_paint(size: (u16, u16)) {
    let home = home();
    let mut pty = Pty::spawn(
        home.path(),
        &["--demo", "--demo-pay-after", "100000"],
        &[],
        size,
    );
    pty.wait_for_text("New payment", WAIT);
    pty.send("12.50\tana@example.com\tCoffee beans");
    pty.pump_for(Duration::from_millis(300));
    let mark = pty.raw.len();
    pty.send("\r");
    wait_for_code(&mut pty, 1);
    pty.pump_for(Duration::from_millis(300));
    let sent = pty.raw[mark..].to_vec();
    dump("result screen", &sent);
    let url = pty.parser.screen().contents().lines().find_map(|l| {
        let start = l.find("http://")?;
        Some(
            l[start..]
                .split_whitespace()
                .next()?
                .trim_end_matches('│')
                .to_string(),
        )
    });
    let url = url.expect("the link on screen");
    let qrencode = std::process::Command::new("qrencode")
        .args(["-t", "ANSI256UTF8", &url])
        .output();
    let qrencode_bytes = qrencode
        .ok()
        .filter(|o| o.status.success())
        .map(|o| o.stdout.len());
    println!(
        "\n(a) at {}x{}: Enter to the result screen: {} B; qrencode -t ANSI256UTF8 of the same link: {}",
        size.0,
        size.1,
        sent.len(),
        qrencode_bytes.map_or("qrencode not installed".to_string(), |q| format!(
            "{q} B, ratio {:.2}",
            sent.len() as f64 / q as f64
        ))
    );
    pty.send("\x03");
    pty.wait_exit(WAIT);
}

fn bytes_and_idle(idle_secs: u64) {
    let home = home();
    let mut pty = Pty::spawn(
        home.path(),
        &[
            "--demo",
            "--demo-latency",
            "2000",
            "--demo-pay-after",
            "100000",
        ],
        &[],
        SIZE,
    );
    pty.wait_for_text("New payment", WAIT);
    pty.pump_for(Duration::from_millis(300));

    // (b) one keystroke in the form.
    let mut per_key = Vec::new();
    for c in "12.50".chars() {
        let mark = pty.raw.len();
        pty.send(&c.to_string());
        pty.pump_for(Duration::from_millis(150));
        per_key.push(pty.raw.len() - mark);
        dump(&format!("keystroke {c:?}"), &pty.raw[mark..]);
    }
    pty.send("\tana@example.com\tCoffee beans\r");
    pty.wait_for_text("Creating the payment link", WAIT);
    wait_for_code(&mut pty, 1);
    pty.pump_for(Duration::from_millis(300));

    // (c) spinner ticks while a second link is made, with the first code on screen.
    pty.send("n");
    pty.pump_for(Duration::from_millis(150));
    pty.send("9\tbo@example.org\tTea\r");
    pty.wait_for_text("Creating the payment link", WAIT);
    pty.pump_for(Duration::from_millis(150));
    let mark = pty.raw.len();
    let spin_start = Instant::now();
    pty.pump_for(Duration::from_millis(1000));
    let spin_secs = spin_start.elapsed().as_secs_f64();
    let spin = pty.raw[mark..].to_vec();
    dump("spinner, 1 s", &spin);
    let ticks = (spin_secs / 0.1).round();
    wait_for_code(&mut pty, 2);
    pty.pump_for(Duration::from_millis(300));

    // (d) idle with the pending payment on screen being followed.
    let pid = pty.pid();
    let cpu_before = cpu_ticks(pid);
    let mark = pty.raw.len();
    let idle_start = Instant::now();
    pty.pump_for(Duration::from_secs(idle_secs));
    let idle = pty.raw[mark..].to_vec();
    dump("idle", &idle[..idle.len().min(400)]);
    let elapsed = idle_start.elapsed().as_secs_f64();
    let cpu_after = cpu_ticks(pid);
    let hz = clock_ticks_per_second();
    let cpu_percent = (cpu_after - cpu_before) as f64 / hz / elapsed * 100.0;

    println!("\nterminal bytes at {}x{}:", SIZE.0, SIZE.1);
    println!(
        "  (b) one keystroke in the form: max {} B, mean {:.1} B ({per_key:?})",
        per_key.iter().max().unwrap(),
        per_key.iter().sum::<usize>() as f64 / per_key.len() as f64
    );
    println!(
        "  (c) spinner: {} B over {ticks} ticks = {:.1} B/tick; code repainted by a tick: {}",
        spin.len(),
        spin.len() as f64 / ticks,
        if touches_code(&spin) { "YES" } else { "no" }
    );
    println!(
        "  (d) {idle_secs} s idle, pending payment polled: {} B = {:.1} B/s; code repainted: {}",
        idle.len(),
        idle.len() as f64 / elapsed,
        if touches_code(&idle) { "YES" } else { "no" }
    );
    println!("idle CPU over {idle_secs} s: {cpu_percent:.3}% of one core");
    pty.send("\x03");
    pty.wait_exit(WAIT);
}

fn memory_with_ten_payments() {
    let home = home();
    let mut pty = Pty::spawn(
        home.path(),
        &["--demo", "--demo-pay-after", "100000"],
        &[],
        SIZE,
    );
    pty.wait_for_text("New payment", WAIT);
    for i in 1..=10u32 {
        pty.send(&format!("{i}\tana@example.com\tItem {i}\r"));
        wait_for_code(&mut pty, i);
        pty.send("n");
        pty.pump_for(Duration::from_millis(100));
    }
    let peak = peak_rss_kib(pty.pid());
    println!(
        "\npeak RSS, a session with 10 payments: {:.1} MiB",
        peak as f64 / 1024.0
    );
    pty.send("\x03\x03");
    pty.wait_exit(WAIT);
}

fn memory_with_a_big_ledger(records: u32) {
    let home = home();
    let data = home.path().join("data/luxpay");
    write_ledger(&data.join("ledger-demo.jsonl"), records);
    let started = Instant::now();
    let mut pty = Pty::spawn(home.path(), &["--demo"], &[], SIZE);
    pty.wait_for_text("New payment", WAIT);
    pty.send("\x10v");
    let shown = format!("{records} payments");
    pty.wait_for_text(&shown, WAIT);
    let opened = started.elapsed();
    // Scrolling: to the end and back, a page at a time, then the whole way.
    let mark = pty.raw.len();
    let scroll_start = Instant::now();
    for _ in 0..50 {
        pty.send("\x1b[6~");
    }
    pty.send("\x1b[F");
    pty.wait_for_text("Item 1 ", WAIT);
    let scrolled = scroll_start.elapsed();
    let scroll_bytes = pty.raw.len() - mark;
    let peak = peak_rss_kib(pty.pid());
    println!(
        "\na {records}-record ledger: start to All local listing it {:.0} ms; 50 PgDn + End {:.0} ms ({scroll_bytes} B); peak RSS {:.1} MiB",
        opened.as_secs_f64() * 1000.0,
        scrolled.as_secs_f64() * 1000.0,
        peak as f64 / 1024.0
    );
    pty.send("\x03");
    pty.wait_exit(WAIT);
}

/// Writes a ledger of `n` payments, as luxpay would have over many shifts.
pub fn write_ledger(path: &Path, n: u32) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let start: jiff::Timestamp = "2024-01-01T08:00:00Z".parse().unwrap();
    for i in 1..=n {
        let record = Record::Payment(PaymentRecord {
            order_id: OrderId::parse(&i.to_string()).unwrap(),
            order_url: format!("https://luxfin.org/checkout/{i:08}"),
            amount: rust_decimal::Decimal::new(100 + (i as i64 * 37) % 99_000, 2),
            currency: luxpay::money::Currency::Usd,
            customer: format!("customer{}@example.com", i % 5000),
            product: format!("Item {i}"),
            method: luxpay::payment::Method::Paypal,
            created_at: start + jiff::SignedDuration::from_secs(i as i64 * 600),
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        });
        serde_json::to_writer(&mut out, &record).unwrap();
        out.write_all(b"\n").unwrap();
    }
    out.flush().unwrap();
}

fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let num = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15; `rest` starts at field 3.
    num(11) + num(12)
}

fn clock_ticks_per_second() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}
