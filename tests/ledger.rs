//! The ledger across processes: two luxpay processes writing at once lose nothing and
//! double nothing (short transactions, a busy timeout, WAL).

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use luxpay::api::OrderId;
use luxpay::ledger::{Filter, Ledger, PaymentRecord, Record};
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
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        });
        ledger.append(&record).unwrap();
    }
}

#[test]
fn two_processes_appending_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
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
    let ledger = Ledger::at(path.clone());
    let tz = jiff::tz::TimeZone::UTC;
    let all = ledger.all(&Filter::default(), &tz).unwrap();
    assert_eq!(all.len(), 2 * PER_PROCESS, "no record lost or doubled");
    for tag in ["a", "b"] {
        let mut ids: Vec<String> = all
            .iter()
            .filter(|e| e.payment.order_id.as_str().starts_with(tag))
            .map(|e| e.payment.order_id.to_string())
            .collect();
        ids.sort_by_key(|id| id[2..].parse::<usize>().unwrap());
        let want: Vec<String> = (0..PER_PROCESS).map(|i| format!("{tag}-{i}")).collect();
        assert_eq!(ids, want, "each process's records, whole");
    }
    assert_eq!(ledger.integrity().unwrap(), ["ok"]);
}
