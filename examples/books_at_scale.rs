//! The books on a decade-sized ledger (issue 24, "Performance"): 1,000,000 payments with
//! their status events, closed on 1,000 Z reports of about 1,000 payments each (by the
//! library: `Ledger::close` with `books::report`), and an open shift of about 1,000 sales
//! at the end. Then the release binary is timed on it: `report x --json`, `close
//! --counted …` (each run on a fresh shift of the same size, added untimed before it) and
//! `verify`. `scripts/bench-books.sh` runs it; BENCHMARKS.md records the figures.
//!
//!     LUXPAY_BIN=target/release/luxpay cargo run --release --example books_at_scale \
//!         [-- PAYMENTS ZS [--explain] [--keep] [--as-first-written]]
//!
//! `--explain` prints the plans and times of the period's reads, as first written and as
//! now; `--keep` leaves the ledger behind and says where; `--as-first-written` drops
//! the index of pending links before the timings, to time a binary built before it.
//!
//! The ledger is written straight through rusqlite (one transaction a shift, prepared
//! statements, `synchronous = OFF`) into a file luxpay's own `Ledger` created, so the
//! schema is the one luxpay migrates to. No API key is given and no link is left pending,
//! so `close` asks no server: only the ledger is measured. The word index (FTS5) is
//! marked up to date without being filled: no command measured here reads it.

// Measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use luxpay::books::report::Making;
use luxpay::ledger::{Ledger, stamp};
use rusqlite::{Connection, params};
use rust_decimal::Decimal;

/// The till every shift is at, and the API host its payments were made at (loopback,
/// port 9, where nothing answers: nothing measured here calls it).
const TILL: &str = "front";
const API: &str = "127.0.0.1:9";
const BASE_URL: &str = "http://127.0.0.1:9";
/// How often each command is run: the median is the figure.
const RUNS_X: usize = 20;
const RUNS_CLOSE: usize = 10;
const RUNS_VERIFY: usize = 3;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    let keep = args.iter().any(|a| a == "--keep");
    let first_written = args.iter().any(|a| a == "--as-first-written");
    let mut numbers = args.iter().filter_map(|a| a.parse::<u64>().ok());
    let n = numbers.next().unwrap_or(1_000_000);
    let zs = numbers.next().unwrap_or(1_000);
    let bin = PathBuf::from(std::env::var("LUXPAY_BIN").unwrap());
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data/luxpay");
    std::fs::create_dir_all(&data).unwrap();
    let db = data.join("ledger.db");

    let started = Instant::now();
    let mut books = Generator::new(&db);
    let per = n / (zs + 1);
    let mut close_times = Vec::new();
    for z in 0..zs {
        books.shift(per);
        let t = Instant::now();
        books.close();
        close_times.push(t.elapsed());
        if (z + 1) % 100 == 0 {
            eprintln!("  {} Zs, {} payments", z + 1, books.payments);
        }
    }
    books.shift(n - per * zs);
    books.finish();
    println!(
        "generated {} payments ({} status events, {} book events), {zs} Zs of about {per} \
         payments, in {:.1} s; ledger.db {} MiB",
        books.payments,
        books.events,
        books.books,
        started.elapsed().as_secs_f64(),
        std::fs::metadata(&db).unwrap().len() / (1 << 20)
    );
    println!(
        "  Ledger::close in the library, each of the {zs}: {}",
        spread(&mut close_times)
    );
    if first_written {
        // The ledger as migration 5 first made it, for a binary of that time.
        books
            .raw
            .execute_batch("DROP INDEX payments_pending")
            .unwrap();
    }
    let run = |args: &[&str]| timed(&bin, home.path(), args);
    let mut times: Vec<Duration> = (0..RUNS_X)
        .map(|_| run(&["report", "x", "--json"]))
        .collect();
    println!(
        "report x --json, open shift of {} sales ({RUNS_X} runs): {}",
        n - per * zs,
        spread(&mut times)
    );
    let mut times: Vec<Duration> = (0..RUNS_CLOSE)
        .map(|_| {
            books.shift(per);
            books.finish();
            run(&["close", "--counted", "100.00", "--json"])
        })
        .collect();
    println!(
        "close --counted --json, a shift of {per} sales each time ({RUNS_CLOSE} runs): {}",
        spread(&mut times)
    );
    // Before the fix a verify of a million took minutes: once is enough to see it.
    let runs = if first_written { 1 } else { RUNS_VERIFY };
    let mut times: Vec<Duration> = (0..runs).map(|_| run(&["verify"])).collect();
    println!(
        "verify of {} Zs over {} payments ({runs} runs): {}",
        zs as usize + RUNS_CLOSE,
        books.payments,
        spread(&mut times)
    );
    let mut times: Vec<Duration> = (0..RUNS_X).map(|_| run(&["--version"])).collect();
    println!(
        "for scale, luxpay --version ({RUNS_X} runs): {}",
        spread(&mut times)
    );
    if explain && !first_written {
        // On a shift of the same size again, open.
        books.shift(per);
        books.finish();
        plans(&db);
    }
    if keep {
        println!("kept: XDG_DATA_HOME={}", home.keep().join("data").display());
    }
}

/// Median, least and most of a set of timings, in milliseconds.
fn spread(times: &mut [Duration]) -> String {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:.1} ms (least {:.1}, most {:.1})",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1])
    )
}

/// Runs luxpay at the till on the ledger under `home`, with no API key; its time.
fn timed(bin: &Path, home: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let out = Command::new(bin)
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TZ", "UTC")
        .env("LUXFIN_BASE_URL", BASE_URL)
        .env("LUXPAY_TILL", TILL)
        .env("LUXPAY_OPERATOR", "bench")
        .env_remove("LUXFIN_API_KEY")
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "luxpay {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// Moves the generator's clock on by `secs`: the new time, as the ledger stores it.
fn tick(clock: &mut jiff::Timestamp, secs: i64) -> String {
    *clock += jiff::SignedDuration::from_secs(secs);
    stamp(*clock)
}

/// Writes the ledger: shifts of payments, their events and books, straight into SQLite.
struct Generator {
    ledger: Ledger,
    raw: Connection,
    payments: u64,
    events: u64,
    books: u64,
    cash: u64,
    clock: jiff::Timestamp,
}

/// One book event as the generator writes it: kind, order, amount, tender, reason.
type Book<'a> = (
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
);

impl Generator {
    fn new(db: &Path) -> Generator {
        // luxpay's own Ledger creates the file and migrates it.
        let ledger = Ledger::at(db.to_path_buf());
        ledger.open().unwrap();
        let raw = Connection::open(db).unwrap();
        raw.pragma_update(None, "synchronous", "OFF").unwrap();
        raw.busy_timeout(Duration::from_secs(30)).unwrap();
        Generator {
            ledger,
            raw,
            payments: 0,
            events: 0,
            books: 0,
            cash: 0,
            clock: "2024-01-02T08:00:00Z".parse().unwrap(),
        }
    }

    /// A shift of `sales` payments in one transaction: its opening with a float, the
    /// sales (one in five cash, one in ten of the rest expired) with their events, a
    /// drawer move, one link voided while pending, one cash refund.
    fn shift(&mut self, sales: u64) {
        self.raw.execute_batch("BEGIN").unwrap();
        self.book(("open", None, Some("100.00"), None, "bench"));
        let (voided, refunded) = self.sales(sales);
        self.book(("out", None, Some("20.00"), None, "change to the bank"));
        if let Some(id) = voided {
            self.book(("void", Some(&id), None, None, "customer left"));
        }
        if let Some(id) = refunded {
            self.book((
                "refund",
                Some(&id),
                Some("1.00"),
                Some("cash"),
                "short change",
            ));
        }
        self.raw.execute_batch("COMMIT").unwrap();
    }

    fn book(&mut self, (kind, order, amount, tender, reason): Book) {
        let at = tick(&mut self.clock, 1);
        self.raw
            .prepare_cached(
                "INSERT INTO books (till, kind, at, operator, api_host, order_id, amount,
             currency, tender, reason) VALUES (?1, ?2, ?3, 'bench', ?4, ?5, ?6, 'USD', ?7, ?8)",
            )
            .unwrap()
            .execute(params![
                TILL,
                kind,
                at,
                order.map(|_| API),
                order,
                amount,
                tender,
                reason
            ])
            .unwrap();
        self.books += 1;
    }

    /// The shift's sales and their events: the order left pending to be voided, and a
    /// cash sale to refund.
    fn sales(&mut self, sales: u64) -> (Option<String>, Option<String>) {
        let mut payment = self
            .raw
            .prepare_cached(
                "INSERT INTO payments (api_host, order_id, order_url, amount, currency, customer,
                 product, method, created_at, demo, till, operator, tendered)
                 VALUES (?1, ?2, ?3, ?4, 'USD', ?5, ?6, ?7, ?8, 0, ?9, ?10, ?11)",
            )
            .unwrap();
        let mut event = self
            .raw
            .prepare_cached(
                "INSERT INTO status_events (payment_id, status, seen_at, source)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .unwrap();
        let (mut voided, mut refunded) = (None, None);
        for k in 0..sales {
            let i = self.payments + 1;
            let at = tick(&mut self.clock, 60);
            let cash = i.is_multiple_of(5);
            let order_id = if cash {
                self.cash += 1;
                format!("C-{TILL}-{}", self.cash)
            } else {
                i.to_string()
            };
            let method =
                ["paypal", "venmo", "card", "cash"][if cash { 3 } else { (i % 3) as usize }];
            let url = if cash {
                String::new()
            } else {
                format!("https://luxfin.org/checkout/{i:08}")
            };
            payment
                .execute(params![
                    API,
                    order_id,
                    url,
                    Decimal::new(100 + (i as i64 * 37) % 9_900, 2).to_string(),
                    format!("c{}@example.com", i % 5000),
                    format!("Item {}", i % 40),
                    method,
                    at,
                    TILL,
                    format!("op{}", i % 7),
                    cash.then(|| "100.00".to_string()),
                ])
                .unwrap();
            let row = self.raw.last_insert_rowid();
            self.payments += 1;
            if k == sales / 2 && !cash {
                // Left pending, then voided: out of the totals, and not pending.
                voided = Some(order_id);
                continue;
            }
            let (status, source) = match (cash, i % 10 == 1) {
                (true, _) => ("SUCCESS", "cash"),
                (false, true) => ("EXPIRED", "poll"),
                (false, false) => ("SUCCESS", "poll"),
            };
            let seen = tick(&mut self.clock, 1);
            event.execute(params![row, status, seen, source]).unwrap();
            self.events += 1;
            if cash && refunded.is_none() {
                refunded = Some(order_id);
            }
        }
        (voided, refunded)
    }

    /// Closes the open shift by the library, as `luxpay close` does.
    fn close(&mut self) {
        let at = {
            tick(&mut self.clock, 60);
            self.clock
        };
        let tz = jiff::tz::TimeZone::UTC;
        let making = Making {
            cash_currency: luxpay::money::Currency::Usd,
            tz: &tz,
            close: Some(("bench".into(), at, Decimal::new(10_000, 2))),
            differences: Vec::new(),
        };
        luxpay::books::close(&self.ledger, TILL, &making)
            .unwrap()
            .unwrap();
    }

    /// Brings the counters and the word index's mark up to date, as luxpay's own
    /// writes would have.
    fn finish(&mut self) {
        self.raw
            .execute(
                "INSERT INTO counters (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                params![format!("cash:{TILL}"), self.cash as i64],
            )
            .unwrap();
        self.raw
            .execute(
                "UPDATE text_indexed SET upto = (SELECT coalesce(max(id), 0) FROM payments)",
                [],
            )
            .unwrap();
    }
}

/// The reads `report x`, `close` and `verify` make of a period, on the open shift of
/// this ledger: as first written (by the till's index) and as now (by the row range),
/// with the plan SQLite chooses and the time each takes.
fn plans(db: &Path) {
    let c = Connection::open(db).unwrap();
    let (p0, e0): (i64, i64) = c
        .query_row(
            "SELECT payments_upto, events_upto FROM z_reports ORDER BY rowid DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let paid = "SELECT p.id FROM payments p JOIN (SELECT payment_id, seen_at AS paid_at
         FROM status_events WHERE id > ?1 AND status = 'SUCCESS') ON payment_id = p.id
         WHERE TILL = ?2 ORDER BY paid_at, p.id";
    let rows = "SELECT id FROM payments WHERE id > ?3 AND TILL = ?2 ORDER BY id";
    let events = "SELECT e.id FROM status_events e JOIN payments p ON p.id = e.payment_id
         WHERE e.id > ?1 AND P.TILL = ?2 ORDER BY e.id";
    let pending = "SELECT id FROM payments WHERE status = 'PENDING' AND voided_at IS NULL
         AND till = ?2 ORDER BY created_at, id";
    for (name, sql) in [
        ("paid", paid),
        ("hashed payments", rows),
        ("hashed events", events),
    ] {
        for (how, till) in [("by till", "till"), ("by range", "+till")] {
            let sql = sql
                .replace("P.TILL", &till.replace("till", "p.till"))
                .replace("TILL", till);
            explain(&c, &format!("{name}, {how}"), &sql, (e0, TILL, p0));
        }
    }
    explain(&c, "pending, by its index", pending, (e0, TILL, p0));
    // Without it, for the figure; put back as migration 5 makes it.
    let made: String = c
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'payments_pending'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    c.execute_batch("DROP INDEX payments_pending").unwrap();
    explain(&c, "pending, no index of its own", pending, (e0, TILL, p0));
    c.execute_batch(&made).unwrap();
}

/// Prints a query's plan and how long it takes to read all its rows.
fn explain(c: &Connection, name: &str, sql: &str, args: (i64, &str, i64)) {
    let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let run = |sql: &str, each: &mut dyn FnMut(&rusqlite::Row)| {
        let mut stmt = c.prepare(sql).unwrap();
        // Each query takes the first of (events from, till, payments from) it names.
        for i in 1..=stmt.parameter_count() {
            match i {
                1 => stmt.raw_bind_parameter(1, args.0),
                2 => stmt.raw_bind_parameter(2, args.1),
                _ => stmt.raw_bind_parameter(3, args.2),
            }
            .unwrap();
        }
        let mut rows = stmt.raw_query();
        while let Some(row) = rows.next().unwrap() {
            each(row);
        }
    };
    let mut plan = Vec::new();
    run(&format!("EXPLAIN QUERY PLAN {sql}"), &mut |r| {
        plan.push(r.get::<_, String>(3).unwrap());
    });
    let started = Instant::now();
    let mut n = 0;
    run(&sql, &mut |_| n += 1);
    println!(
        "{name}: {n} rows in {:.1} ms; {}",
        started.elapsed().as_secs_f64() * 1000.0,
        plan.join("; ")
    );
}
