use super::*;
use crate::money::Currency;
use crate::payment::Method;
use rust_decimal::Decimal;

fn payment(id: u32) -> Record {
    Record::Payment(PaymentRecord {
        order_id: OrderId::parse(&id.to_string()).unwrap(),
        order_url: format!("https://pay.example/checkout/{id}"),
        amount: Decimal::new(1250 + id as i64, 2),
        currency: Currency::Usd,
        customer: "ana@example.com".into(),
        product: format!("Coffee {id}"),
        method: Method::Paypal,
        created_at: "2026-11-26T12:00:00Z".parse().unwrap(),
        api_host: "luxfin.org".into(),
        demo: false,
        asked_amount: None,
    })
}

fn status(id: u32, s: &str) -> Record {
    Record::Status(StatusRecord {
        order_id: OrderId::parse(&id.to_string()).unwrap(),
        status: PaymentStatus::from_wire(s),
        at: "2026-11-26T12:05:00Z".parse().unwrap(),
        api_host: "luxfin.org".into(),
    })
}

fn ledger() -> (tempfile::TempDir, Ledger) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(&dir.path().join("data"), false);
    (dir, ledger)
}

#[test]
fn records_round_trip_with_their_last_status() {
    let (_dir, ledger) = ledger();
    for r in [
        payment(1),
        payment(2),
        status(1, "SUCCESS"),
        status(2, "PENDING"),
        status(2, "EXPIRED"),
    ] {
        ledger.append(&r).unwrap();
    }
    let loaded = ledger.load().unwrap();
    assert_eq!(loaded.skipped, 0);
    assert_eq!(loaded.entries.len(), 2);
    assert_eq!(loaded.entries[0].status, PaymentStatus::Success);
    assert_eq!(loaded.entries[1].status, PaymentStatus::Expired);
    let Record::Payment(p1) = payment(1) else {
        unreachable!()
    };
    assert_eq!(loaded.entries[0].payment, p1);
    let text = std::fs::read_to_string(ledger.path()).unwrap();
    assert!(
        text.contains(r#""amount":"12.51""#),
        "amounts are exact text: {text}"
    );
    assert_eq!(
        text.lines().count(),
        5,
        "one line per record, nothing rewritten"
    );
}

#[test]
fn a_missing_ledger_is_empty() {
    let (_dir, ledger) = ledger();
    assert_eq!(ledger.load().unwrap(), Loaded::default());
}

#[test]
fn demo_payments_have_their_own_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_ne!(
        Ledger::in_dir(dir.path(), true).path(),
        Ledger::in_dir(dir.path(), false).path()
    );
}

#[cfg(unix)]
#[test]
fn the_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, ledger) = ledger();
    ledger.append(&payment(1)).unwrap();
    let mode = std::fs::metadata(ledger.path())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
}

/// A crash can stop a write at any byte. Cut the last line at every offset: every
/// earlier record survives, and the next append is intact too.
#[test]
fn a_torn_last_line_at_any_offset_loses_only_itself() {
    let (dir, ledger) = ledger();
    for id in 1..=3 {
        ledger.append(&payment(id)).unwrap();
    }
    ledger.append(&status(1, "SUCCESS")).unwrap();
    ledger.append(&payment(4)).unwrap();
    let full = std::fs::read(ledger.path()).unwrap();
    let last_start = full[..full.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    for cut in last_start..full.len() {
        let torn = Ledger::at(dir.path().join(format!("torn-{cut}.jsonl")));
        std::fs::write(torn.path(), &full[..cut]).unwrap();
        // Only the final newline missing: the record itself was written whole.
        let whole = cut == full.len() - 1;
        let loaded = torn.load().unwrap();
        let ids: Vec<&str> = loaded
            .entries
            .iter()
            .map(|e| e.payment.order_id.as_str())
            .collect();
        let want: &[&str] = if whole {
            &["1", "2", "3", "4"]
        } else {
            &["1", "2", "3"]
        };
        assert_eq!(ids, want, "cut at {cut}");
        assert_eq!(loaded.entries[0].status, PaymentStatus::Success);
        assert_eq!(
            loaded.skipped,
            usize::from(cut > last_start && !whole),
            "cut at {cut}"
        );

        torn.append(&payment(5)).unwrap();
        let again = torn.load().unwrap();
        let ids: Vec<&str> = again
            .entries
            .iter()
            .map(|e| e.payment.order_id.as_str())
            .collect();
        let want: &[&str] = if whole {
            &["1", "2", "3", "4", "5"]
        } else {
            &["1", "2", "3", "5"]
        };
        assert_eq!(ids, want, "append after a cut at {cut}");
    }
}

#[test]
fn corrupt_lines_are_skipped_and_counted_and_hide_nothing() {
    let (_dir, ledger) = ledger();
    ledger.append(&payment(1)).unwrap();
    let mut file = OpenOptions::new().append(true).open(ledger.path()).unwrap();
    file.write_all(b"not json at all\n{\"kind\":\"payment\",\"order_id\":7}\n\x00\x01\x02\n\n")
        .unwrap();
    drop(file);
    ledger.append(&payment(2)).unwrap();
    let loaded = ledger.load().unwrap();
    assert_eq!(loaded.entries.len(), 2);
    assert_eq!(loaded.skipped, 3);
    assert!(
        loaded
            .warning(&ledger)
            .unwrap()
            .contains("3 unreadable line(s)")
    );
}

#[test]
fn hostile_text_in_the_file_is_cleaned_on_reading() {
    let (_dir, ledger) = ledger();
    let Record::Payment(mut p) = payment(1) else {
        unreachable!()
    };
    p.product = "Tea\u{1b}[2J\u{1b}]52;c;eA==\u{7}".into();
    ledger.append(&Record::Payment(p)).unwrap();
    let loaded = ledger.load().unwrap();
    assert_eq!(loaded.entries[0].payment.product, "Tea");
}

#[test]
fn a_status_line_applies_to_the_latest_payment_with_that_id_and_host() {
    let (_dir, ledger) = ledger();
    ledger.append(&payment(1)).unwrap();
    ledger.append(&status(1, "EXPIRED")).unwrap();
    // The demo API restarts its ids: a second order 1 on the same host.
    ledger.append(&payment(1)).unwrap();
    ledger.append(&status(1, "SUCCESS")).unwrap();
    let other_host = Record::Status(StatusRecord {
        api_host: "elsewhere".into(),
        ..match status(1, "EXPIRED") {
            Record::Status(s) => s,
            _ => unreachable!(),
        }
    });
    ledger.append(&other_host).unwrap();
    let loaded = ledger.load().unwrap();
    let statuses: Vec<_> = loaded.entries.iter().map(|e| e.status.clone()).collect();
    assert_eq!(statuses, [PaymentStatus::Expired, PaymentStatus::Success]);
}
