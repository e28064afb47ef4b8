//! Opening the ledger: 1,000, 10,000 and 100,000 payments with their statuses.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::io::Write;

use luxpay::api::{OrderId, PaymentStatus};
use luxpay::ledger::{Ledger, PaymentRecord, Record, StatusRecord};

fn main() {
    divan::main();
}

fn write_ledger(path: &std::path::Path, n: u32) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let start: jiff::Timestamp = "2024-01-01T08:00:00Z".parse().unwrap();
    for i in 1..=n {
        let id = OrderId::parse(&i.to_string()).unwrap();
        let at = start + jiff::SignedDuration::from_secs(i as i64 * 600);
        let payment = Record::Payment(PaymentRecord {
            order_id: id.clone(),
            order_url: format!("https://luxfin.org/checkout/{i:08}"),
            amount: rust_decimal::Decimal::new(100 + (i as i64 * 37) % 99_000, 2),
            currency: luxpay::money::Currency::Usd,
            customer: format!("customer{}@example.com", i % 5000),
            product: format!("Item {i}"),
            method: luxpay::payment::Method::Paypal,
            created_at: at,
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
        });
        // Most payments end paid, as at a real counter: one status line each.
        let status = Record::Status(StatusRecord {
            order_id: id,
            status: if i % 10 == 0 {
                PaymentStatus::Expired
            } else {
                PaymentStatus::Success
            },
            at,
            api_host: "luxfin.org".into(),
        });
        for record in [payment, status] {
            serde_json::to_writer(&mut out, &record).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
    out.flush().unwrap();
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10)]
fn load(bencher: divan::Bencher, payments: u32) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.jsonl"));
    write_ledger(ledger.path(), payments);
    bencher.bench(|| {
        let loaded = ledger.load().unwrap();
        assert_eq!(loaded.entries.len(), payments as usize);
        loaded
    });
}
