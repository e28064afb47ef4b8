//! The ledger's reads on 100,000 payments (two in three with a status event): the first
//! page of All local, a word filter, a day for the summary, a count, a full stream.
//! Each should cost what it returns, not what the ledger holds.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::sync::OnceLock;

use luxpay::api::{OrderId, PaymentStatus};
use luxpay::ledger::{Direction, Filter, Ledger, PaymentRecord, Record, Source, StatusRecord};

const PAYMENTS: u32 = 100_000;
const UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

fn main() {
    divan::main();
}

/// One ledger for every bench, written once (an import of generated JSON lines).
fn ledger() -> &'static Ledger {
    static LEDGER: OnceLock<(tempfile::TempDir, Ledger)> = OnceLock::new();
    &LEDGER
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let lines = dir.path().join("ledger.jsonl");
            write_lines(&lines, PAYMENTS);
            let ledger = Ledger::at(dir.path().join("ledger.db"));
            ledger.import(&lines, None, |_| {}).unwrap();
            (dir, ledger)
        })
        .1
}

fn write_lines(path: &std::path::Path, n: u32) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let start: jiff::Timestamp = "2024-01-01T08:00:00Z".parse().unwrap();
    for i in 1..=n {
        let id = OrderId::parse(&i.to_string()).unwrap();
        let at = start + jiff::SignedDuration::from_secs(i64::from(i) * 600);
        let mut records = vec![Record::Payment(PaymentRecord {
            order_id: id.clone(),
            order_url: format!("https://luxfin.org/checkout/{i:08}"),
            amount: rust_decimal::Decimal::new(100 + (i64::from(i) * 37) % 99_000, 2),
            currency: luxpay::money::Currency::Usd,
            customer: format!("c{}@example.com", i % 5000),
            product: format!("Item {i}"),
            method: luxpay::payment::Method::Paypal,
            created_at: at,
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
            till: format!("front-{}", i % 3),
            operator: format!("op{}", i % 7),
            recovered: false,
            extras: Default::default(),
        })];
        if i % 3 != 0 {
            records.push(Record::Status(StatusRecord {
                order_id: id,
                status: PaymentStatus::Success,
                at,
                api_host: "luxfin.org".into(),
                source: Source::Poll,
            }));
        }
        for record in records {
            serde_json::to_writer(&mut out, &record).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
    out.flush().unwrap();
}

#[divan::bench]
fn first_page(bencher: divan::Bencher) {
    let ledger = ledger();
    let all = Filter::default();
    bencher.bench(|| {
        ledger
            .page(&all, &UTC, Direction::Older, None, 200)
            .unwrap()
    });
}

#[divan::bench(args = ["c42@", "status:pending till:front-1", "nothing-matches"])]
fn filter_page(bencher: divan::Bencher, filter: &str) {
    let ledger = ledger();
    let filter = Filter::parse(filter).unwrap();
    bencher.bench(|| {
        ledger
            .page(&filter, &UTC, Direction::Older, None, 200)
            .unwrap()
    });
}

#[divan::bench]
fn count_all(bencher: divan::Bencher) {
    let ledger = ledger();
    bencher.bench(|| ledger.count(&Filter::default(), &UTC).unwrap());
}

#[divan::bench]
fn one_day(bencher: divan::Bencher) {
    let ledger = ledger();
    let day = Filter::parse("date:2025-06-01")
        .unwrap()
        .on_host("luxfin.org");
    bencher.bench(|| ledger.all(&day, &UTC).unwrap());
}

#[divan::bench(sample_count = 5)]
fn stream_everything(bencher: divan::Bencher) {
    let ledger = ledger();
    bencher.bench(|| {
        let mut n = 0u32;
        ledger
            .each(&Filter::default(), &UTC, |_| {
                n += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(n, PAYMENTS);
    });
}
