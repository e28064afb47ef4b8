//! The ledger across processes: two luxpay processes writing at once lose nothing and
//! double nothing (short transactions, a busy timeout, WAL).

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use luxpay::api::OrderId;
use luxpay::ledger::{Filter, Ledger, Record};

const PER_PROCESS: usize = 300;

/// The example that appends from a process of its own (`examples/ledger_appender.rs`):
/// a plain `cargo test` builds it beside this test's binary.
fn appender() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let appender = dir.join("examples/ledger_appender");
    assert!(
        appender.exists(),
        "{} is not built: run `cargo test` (it builds the examples) or `cargo build --examples`",
        appender.display()
    );
    appender
}

#[test]
fn two_processes_appending_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let children: Vec<_> = ["a", "b"]
        .iter()
        .map(|tag| {
            Command::new(appender())
                .args([path.to_str().unwrap(), tag, &PER_PROCESS.to_string()])
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

/// Final is final in the ledger, for every writer: a late PENDING or EXPIRED never
/// moves a PAID back, an EXPIRED may still turn PAID, and a PAID heard late (seen
/// before the EXPIRED) still wins.
#[test]
fn paid_never_moves_back_in_the_ledger() {
    use luxpay::api::PaymentStatus;
    use luxpay::ledger::{Noted, Source, StatusRecord};
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    let status = |id: &str, word: &str, at: &str| StatusRecord {
        order_id: OrderId::parse(id).unwrap(),
        status: PaymentStatus::from_wire(word),
        at: at.parse().unwrap(),
        api_host: "luxfin.org".into(),
        source: Source::Poll,
    };
    let current = |id: &str| {
        ledger
            .entry("luxfin.org", &OrderId::parse(id).unwrap())
            .unwrap()
            .unwrap()
            .status
    };
    for id in ["1", "2"] {
        ledger
            .append(&Record::Payment(common::payment_record(id)))
            .unwrap();
    }
    let noted = |s| ledger.note_status(&s).unwrap();
    assert_eq!(
        noted(status("1", "SUCCESS", "2026-11-26T12:05:00Z")),
        Noted::Recorded
    );
    for (word, at) in [
        ("PENDING", "2026-11-26T12:06:00Z"),
        ("EXPIRED", "2026-11-26T13:00:00Z"),
        ("weird", "2026-11-26T13:00:00Z"),
        ("SUCCESS", "2026-11-26T13:30:00Z"),
    ] {
        assert_eq!(noted(status("1", word, at)), Noted::Unchanged, "{word}");
        assert_eq!(current("1"), PaymentStatus::Success, "{word}");
    }
    // An append (the path polls and summaries take) keeps the rule too.
    ledger
        .append(&Record::Status(status(
            "1",
            "PENDING",
            "2026-11-26T14:00:00Z",
        )))
        .unwrap();
    assert_eq!(current("1"), PaymentStatus::Success);

    assert_eq!(
        noted(status("2", "EXPIRED", "2026-11-26T13:00:00Z")),
        Noted::Recorded
    );
    assert_eq!(
        noted(status("2", "PENDING", "2026-11-26T13:01:00Z")),
        Noted::Unchanged
    );
    // Paid, as a webhook saw it before the expiry was polled: it still wins.
    assert_eq!(
        noted(status("2", "SUCCESS", "2026-11-26T12:59:00Z")),
        Noted::Recorded
    );
    assert_eq!(current("2"), PaymentStatus::Success);
    assert_eq!(
        noted(status("9", "SUCCESS", "2026-11-26T12:59:00Z")),
        Noted::Unknown
    );
}

/// The actions of a final status are claimed once per order and status, whoever asks
/// and however often the ledger is opened again (a restarted app, a second process).
#[test]
fn final_actions_are_claimed_once_across_restarts() {
    use luxpay::api::PaymentStatus;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let id = OrderId::parse("7").unwrap();
    let at: jiff::Timestamp = "2026-11-26T12:05:00Z".parse().unwrap();
    let first = Ledger::at(path.clone());
    assert!(
        first
            .claim_actions("luxfin.org", &id, &PaymentStatus::Success, at)
            .unwrap()
    );
    assert!(
        !first
            .claim_actions("luxfin.org", &id, &PaymentStatus::Success, at)
            .unwrap()
    );
    let restarted = Ledger::at(path);
    assert!(
        !restarted
            .claim_actions("luxfin.org", &id, &PaymentStatus::Success, at)
            .unwrap()
    );
    // Another status, or the same order at another API, is another claim.
    assert!(
        restarted
            .claim_actions("luxfin.org", &id, &PaymentStatus::Expired, at)
            .unwrap()
    );
    assert!(
        restarted
            .claim_actions("demo", &id, &PaymentStatus::Success, at)
            .unwrap()
    );
}
