//! Measures luxpay against a decade-sized ledger: 1,000,000 payments, two in three with
//! a status event, generated here (never kept in the repository). Import, the TUI
//! (start to first frame, All local opened, End, a word filter, peak memory), a day's
//! summary and a full export, each with its time and peak RSS. `scripts/bench.sh`
//! runs it; BENCHMARKS.md records the figures.
//!
//!     LUXPAY_BIN=target/release/luxpay cargo run --release --example bigledger [-- 1000000]

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use luxpay::api::{OrderId, PaymentStatus};
use luxpay::ledger::{PaymentRecord, Record, Source, StatusRecord};
use pty::{Pty, peak_rss_kib};

const WAIT: Duration = Duration::from_secs(120);
const SIZE: (u16, u16) = (120, 40);
/// The API the ledger's payments were made at: loopback, port 9, where nothing answers.
/// The TUI needs a key and an API to start, and never calls it unless asked; `summary`
/// without a key sums up the ledger alone (its ledger part).
const API: &str = "127.0.0.1:9";
const BASE_URL: &str = "http://127.0.0.1:9";

/// The day `summary --date` closes: in the middle of the generated years.
const DAY: &str = "2025-03-01";

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let bin = PathBuf::from(std::env::var("LUXPAY_BIN").unwrap());
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data/luxpay");
    std::fs::create_dir_all(&data).unwrap();
    let jsonl = home.path().join("big.jsonl");
    let started = Instant::now();
    write_ledger(&jsonl, n);
    println!(
        "generated {n} payments ({} MiB of JSON lines) in {:.1} s",
        std::fs::metadata(&jsonl).unwrap().len() / (1 << 20),
        started.elapsed().as_secs_f64()
    );

    let run = |args: &[&str]| measured(&bin, home.path(), args);
    let (secs, kib) = run(&["ledger", "import", jsonl.to_str().unwrap()]);
    println!("ledger import: {secs:.2} s, peak RSS {:.1} MiB", mib(kib));
    let db = data.join("ledger.db");
    println!(
        "ledger.db: {} MiB",
        std::fs::metadata(&db).unwrap().len() / (1 << 20)
    );
    let (secs, kib) = run(&["summary", "--date", DAY]);
    println!(
        "summary --date {DAY} (no key: the ledger part): {:.0} ms, peak RSS {:.1} MiB",
        secs * 1000.0,
        mib(kib)
    );
    let (secs, kib) = run(&["export", "--out", "-"]);
    println!(
        "export of all {n}: {secs:.2} s, peak RSS {:.1} MiB",
        mib(kib)
    );
    tui(&bin, home.path(), n);
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// Runs luxpay under GNU time: (seconds, peak RSS in KiB).
fn measured(bin: &Path, home: &Path, args: &[&str]) -> (f64, u64) {
    let report = home.join("time.txt");
    let status = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "-o", report.to_str().unwrap()])
        .arg(bin)
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TZ", "UTC")
        .env("LUXFIN_BASE_URL", BASE_URL)
        // No key: `summary` sums the ledger alone, whatever the caller exported.
        .env_remove("LUXFIN_API_KEY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "luxpay {args:?} failed");
    let text = std::fs::read_to_string(&report).unwrap();
    let mut fields = text.split_whitespace();
    let secs = fields.next().unwrap().parse().unwrap();
    let kib = fields.next().unwrap().parse().unwrap();
    (secs, kib)
}

/// The TUI on the big ledger: first frame, All local, End, a filter; peak RSS.
fn tui(bin: &Path, home: &Path, n: u32) {
    // The pty helper runs LUXPAY_BIN, the same binary.
    let _ = bin;
    let spawn = || {
        Pty::spawn(
            home,
            &["--base-url", BASE_URL],
            &[("LUXFIN_API_KEY", "bench-key"), ("TZ", "UTC")],
            SIZE,
        )
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    // Start to first frame, the median of 10.
    let mut starts = Vec::new();
    for _ in 0..10 {
        let started = Instant::now();
        let mut pty = spawn();
        pty.wait_for_text("New payment", WAIT);
        starts.push(started.elapsed());
        pty.send("\x03");
        pty.wait_exit(WAIT);
    }
    starts.sort();
    let first_frame = starts[5];

    let mut pty = spawn();
    pty.wait_for_text("New payment", WAIT);

    let t = Instant::now();
    pty.send("\x10v");
    pty.wait_for_text(&format!("{n} payments"), WAIT);
    let opened = t.elapsed();

    let t = Instant::now();
    pty.send("\x1b[F");
    pty.wait_for_text("Item 1 ", WAIT);
    let end = t.elapsed();

    let t = Instant::now();
    pty.send("/c42@");
    // c42@ is one customer in 5,000.
    let matches = n / 5000 + u32::from(n % 5000 >= 42);
    pty.wait_for_text(&format!("/ c42@  {matches} payments"), WAIT);
    let filtered = t.elapsed();

    let peak = peak_rss_kib(pty.pid());
    println!(
        "TUI on {n}: first frame {:.0} ms (median of 10); All local listed {:.0} ms; End {:.0} ms; filter c42@ on screen {:.0} ms; peak RSS {:.1} MiB",
        ms(first_frame),
        ms(opened),
        ms(end),
        ms(filtered),
        mib(peak)
    );
    pty.send("\x1b\x1b\x03");
    pty.wait_exit(WAIT);
}

/// A ledger of `n` payments, one every 2 minutes from 2022-11 on (a million ends before
/// 2026-11), in 0.1's format: two in three have a status event.
fn write_ledger(path: &Path, n: u32) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let start: jiff::Timestamp = "2022-11-01T08:00:00Z".parse().unwrap();
    for i in 1..=n {
        let id = OrderId::parse(&i.to_string()).unwrap();
        let at = start + jiff::SignedDuration::from_secs(i64::from(i) * 120);
        let payment = Record::Payment(PaymentRecord {
            order_id: id.clone(),
            order_url: format!("https://luxfin.org/checkout/{i:08}"),
            amount: rust_decimal::Decimal::new(100 + (i64::from(i) * 37) % 99_000, 2),
            currency: luxpay::money::Currency::Usd,
            customer: format!("c{}@example.com", i % 5000),
            product: format!("Item {i}"),
            method: luxpay::payment::Method::Paypal,
            created_at: at,
            api_host: API.into(),
            demo: false,
            asked_amount: None,
            till: format!("front-{}", i % 3),
            operator: format!("op{}", i % 7),
            recovered: false,
            extras: Default::default(),
        });
        serde_json::to_writer(&mut out, &payment).unwrap();
        out.write_all(b"\n").unwrap();
        if i % 3 != 0 {
            let status = Record::Status(StatusRecord {
                order_id: id,
                status: if i % 10 == 0 {
                    PaymentStatus::Expired
                } else {
                    PaymentStatus::Success
                },
                at: at + jiff::SignedDuration::from_secs(60),
                api_host: API.into(),
                source: Source::Poll,
            });
            serde_json::to_writer(&mut out, &status).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
    out.flush().unwrap();
}
