//! Measures the shop's shared ledger at scale: TILLS tills of PER_TILL payments each
//! (two in three with a status event), generated here and imported into each till's
//! own ledger, then each till's `ledger sync` into an empty PostgreSQL database; then,
//! from one till, `summary --shop` of a day (no API key: the ledger part, the server
//! checks aside), `export --shop` of everything, and the TUI's Shop view (start to its
//! first rows on screen, peak RSS) in a pseudo-terminal. Each with its time and peak
//! RSS. `scripts/bench-shop.sh` runs it in a throwaway cluster; BENCHMARKS.md records
//! the figures.
//!
//!     LUXPAY_BIN=target/release/luxpay LUXPAY_BENCH_PG_URL=postgres://… \
//!         cargo run --release --example shop_at_scale [-- TILLS PER_TILL]

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

const WAIT: Duration = Duration::from_secs(300);
const SIZE: (u16, u16) = (120, 40);
/// The API the payments were made at: loopback, port 9, where nothing answers (as in
/// examples/bigledger.rs).
const API: &str = "127.0.0.1:9";
const BASE_URL: &str = "http://127.0.0.1:9";
/// A payment every this many seconds at each till, the last one a minute ago, so the
/// Shop view (today's sales) has today's and a day's summary a full day's.
const EVERY: i64 = 120;

fn main() {
    let mut args = std::env::args().skip(1);
    let tills: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let per_till: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let bin = PathBuf::from(std::env::var("LUXPAY_BIN").unwrap());
    let db = std::env::var("LUXPAY_BENCH_PG_URL").unwrap();
    let root = tempfile::tempdir().unwrap();
    let now = jiff::Timestamp::now();
    // A full day a week back, at every till.
    let day = (now - jiff::SignedDuration::from_hours(24 * 7))
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();

    let mut sync_total = 0.0;
    let mut sync_peak = 0;
    for t in 0..tills {
        let home = root.path().join(format!("till-{t}"));
        std::fs::create_dir_all(home.join("data/luxpay")).unwrap();
        let jsonl = home.join("till.jsonl");
        write_ledger(&jsonl, t, per_till, now);
        let till = format!("till-{t}");
        let run = |args: &[&str]| measured(&bin, &home, &db, &till, args);
        // Imported with no shared ledger, as a till that sold on its own did: the whole
        // ledger is then the backlog its first sync sends.
        let (import, _) = measured(
            &bin,
            &home,
            "",
            &till,
            &["ledger", "import", jsonl.to_str().unwrap()],
        );
        let (secs, kib) = run(&["ledger", "sync"]);
        sync_total += secs;
        sync_peak = sync_peak.max(kib);
        println!(
            "till-{t}: import {import:.1} s; ledger sync of {per_till} payments and {} status events: {secs:.2} s, peak RSS {:.1} MiB",
            events(per_till),
            mib(kib)
        );
    }
    let total = u64::from(tills) * u64::from(per_till);
    println!(
        "ledger sync, {tills} tills one after another, {total} payments and {} status events in all: {sync_total:.1} s ({:.0} payments/s), peak RSS {:.1} MiB",
        u64::from(tills) * events(per_till),
        total as f64 / sync_total,
        mib(sync_peak)
    );

    let home = root.path().join("till-0");
    let run = |args: &[&str]| measured(&bin, &home, &db, "till-0", args);
    // Warm, as a shop's database is: the figure is the command's, not a cold cache's.
    let _ = run(&["summary", "--shop", "--date", &day]);
    let mut runs: Vec<(f64, u64)> = (0..5)
        .map(|_| run(&["summary", "--shop", "--date", &day]))
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (secs, kib) = runs[2];
    println!(
        "summary --shop --date {day} ({} payments that day, no key: the ledger part): {:.0} ms (median of 5), peak RSS {:.1} MiB",
        u64::from(tills) * (86_400 / EVERY) as u64,
        secs * 1000.0,
        mib(kib)
    );
    let (secs, kib) = run(&["export", "--shop", "--out", "-"]);
    println!(
        "export --shop of all {total}: {secs:.2} s, peak RSS {:.1} MiB",
        mib(kib)
    );
    // The TUI at till-0 (its own 100,000 sales in its ledger): straight to the Shop
    // view with `V`, and through the views with `v`, where All local and the Summary
    // read the till's own on the way; then on a manager's machine with no sales of its
    // own, where what is measured is the shop's.
    let last = format!("till-{}", tills - 1);
    shop_view(&home, &db, total, &last, "V");
    shop_view(&home, &db, total, &last, "vvvv");
    let manager = root.path().join("manager");
    std::fs::create_dir_all(manager.join("data/luxpay")).unwrap();
    shop_view(&manager, &db, total, &last, "V");
}

/// Status events for `n` payments: two in three.
fn events(n: u32) -> u64 {
    u64::from(n) - u64::from(n) / 3
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// Runs luxpay at `till` (on the shared ledger `db` unless empty) under GNU time:
/// (seconds, peak RSS in KiB).
fn measured(bin: &Path, home: &Path, db: &str, till: &str, args: &[&str]) -> (f64, u64) {
    let report = home.join("time.txt");
    let mut cmd = Command::new("/usr/bin/time");
    if db.is_empty() {
        cmd.env_remove("LUXPAY_LEDGER_URL");
    } else {
        cmd.env("LUXPAY_LEDGER_URL", db);
    }
    let out = cmd
        .args(["-f", "%e %M", "-o", report.to_str().unwrap()])
        .arg(bin)
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TZ", "UTC")
        .env("LUXFIN_BASE_URL", BASE_URL)
        .env("LUXPAY_TILL", till)
        .env_remove("LUXFIN_API_KEY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "luxpay {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&report).unwrap();
    let mut fields = text.split_whitespace();
    let secs = fields.next().unwrap().parse().unwrap();
    let kib = fields.next().unwrap().parse().unwrap();
    (secs, kib)
}

/// The TUI at `home`: start to the Shop view's first rows (median of 5), peak RSS;
/// `keys` after Ctrl+P go to the Shop view (`V` straight there, `vvvv` through This
/// session, All local, Server and Summary, each of which reads its own).
fn shop_view(home: &Path, db: &str, total: u64, last_till: &str, keys: &str) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut firsts = Vec::new();
    let mut peak = 0;
    let till = home.file_name().unwrap().to_string_lossy().to_string();
    for _ in 0..5 {
        let started = Instant::now();
        let mut pty = Pty::spawn(
            home,
            &["--base-url", BASE_URL],
            &[
                ("LUXFIN_API_KEY", "bench-key"),
                ("LUXPAY_LEDGER_URL", db),
                ("LUXPAY_TILL", till.as_str()),
            ],
            SIZE,
        );
        pty.wait_for_text("New payment", WAIT);
        let start_to_form = started.elapsed();
        let t = Instant::now();
        pty.send(&format!("\x10{keys}"));
        pty.wait_for_text("History · Shop", WAIT);
        // A row of the last till's: the first page is on screen.
        pty.wait_for_text(last_till, WAIT);
        firsts.push((start_to_form, t.elapsed()));
        peak = peak.max(peak_rss_kib(pty.pid()));
        pty.send("\x1b\x1b\x03");
        pty.wait_exit(WAIT);
    }
    firsts.sort_by_key(|f| f.1);
    let (form, shop) = firsts[2];
    println!(
        "TUI at {} on a shop of {total}, keys {keys}: start to first frame {:.0} ms; Shop view to its first rows {:.0} ms (median of 5); peak RSS {:.1} MiB",
        till,
        ms(form),
        ms(shop),
        mib(peak)
    );
}

/// Till `t`'s ledger of `n` payments in JSON lines, one every `EVERY` seconds up to a
/// minute before `now` (each till a few seconds apart), two in three with a status.
fn write_ledger(path: &Path, t: u32, n: u32, now: jiff::Timestamp) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let last = now - jiff::SignedDuration::from_secs(60 + i64::from(t) * 7);
    for i in 1..=n {
        let id = OrderId::parse(&format!("{t}-{i}")).unwrap();
        let at = last - jiff::SignedDuration::from_secs(i64::from(n - i) * EVERY);
        let payment = Record::Payment(PaymentRecord {
            order_id: id.clone(),
            order_url: format!("https://luxfin.org/checkout/{t}-{i:08}"),
            amount: rust_decimal::Decimal::new(100 + (i64::from(i) * 37) % 99_000, 2),
            currency: luxpay::money::Currency::Usd,
            customer: format!("c{}@example.com", i % 5000),
            product: format!("Item {i}"),
            method: luxpay::payment::Method::Paypal,
            created_at: at,
            api_host: API.into(),
            demo: false,
            asked_amount: None,
            till: format!("till-{t}"),
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
}
