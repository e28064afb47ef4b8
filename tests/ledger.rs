//! The ledger across processes: two luxpay processes appending at once never
//! interleave or corrupt records.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use luxpay::api::OrderId;
use luxpay::ledger::{Ledger, PaymentRecord, Record};
use luxpay::money::Currency;
use luxpay::payment::Method;
use rust_decimal::Decimal;

const CHILD: &str = "LUXPAY_TEST_LEDGER_CHILD";
const PER_PROCESS: usize = 300;

/// Run as a child process by the test below (and a no-op otherwise): appends records
/// big enough that unlocked writes would tear into each other.
#[test]
fn child_appender() {
    let Ok(spec) = std::env::var(CHILD) else {
        return;
    };
    let (path, tag) = spec.split_once('|').unwrap();
    let ledger = Ledger::at(path.into());
    for i in 0..PER_PROCESS {
        let record = Record::Payment(PaymentRecord {
            order_id: OrderId::parse(&format!("{tag}-{i}")).unwrap(),
            order_url: format!("https://pay.example/checkout/{tag}-{i}"),
            amount: Decimal::new(100 + i as i64, 2),
            currency: Currency::Usd,
            customer: "ana@example.com".into(),
            product: format!("{tag} {}", "x".repeat(180)),
            method: Method::Card,
            created_at: jiff::Timestamp::now(),
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
        });
        ledger.append(&record).unwrap();
    }
}

#[test]
fn two_processes_appending_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.jsonl");
    let children: Vec<_> = ["a", "b"]
        .iter()
        .map(|tag| {
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "child_appender", "--test-threads", "1"])
                .env(CHILD, format!("{}|{tag}", path.display()))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let loaded = Ledger::at(path.clone()).load().unwrap();
    assert_eq!(loaded.skipped, 0, "no torn or mixed lines");
    assert_eq!(loaded.entries.len(), 2 * PER_PROCESS);
    for tag in ["a", "b"] {
        let ids: Vec<String> = loaded
            .entries
            .iter()
            .filter(|e| e.payment.order_id.as_str().starts_with(tag))
            .map(|e| e.payment.order_id.to_string())
            .collect();
        let want: Vec<String> = (0..PER_PROCESS).map(|i| format!("{tag}-{i}")).collect();
        assert_eq!(ids, want, "each process's records, whole and in order");
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 2 * PER_PROCESS);
}
