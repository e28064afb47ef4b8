use super::*;
use crate::money::Currency;
use crate::payment::Method;
use rust_decimal::Decimal;

fn record(id: u32) -> PaymentRecord {
    PaymentRecord {
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
        till: "front-1".into(),
        operator: "ana".into(),
        recovered: false,
        extras: Default::default(),
    }
}

fn payment(id: u32) -> Record {
    Record::Payment(record(id))
}

fn status(id: u32, s: &str, at: &str) -> Record {
    Record::Status(StatusRecord {
        order_id: OrderId::parse(&id.to_string()).unwrap(),
        status: PaymentStatus::from_wire(s),
        at: at.parse().unwrap(),
        api_host: "luxfin.org".into(),
        source: Source::Poll,
    })
}

fn ledger() -> (tempfile::TempDir, Ledger) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(&dir.path().join("data"), false);
    (dir, ledger)
}

const UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

fn newest(ledger: &Ledger, filter: &str) -> Vec<LedgerEntry> {
    let filter = Filter::parse(filter).unwrap();
    ledger
        .page(&filter, &UTC, Direction::Older, None, 1000)
        .unwrap()
}

fn count(ledger: &Ledger, sql: &str) -> i64 {
    ledger.with(|c| c.query_row(sql, [], |r| r.get(0))).unwrap()
}

#[test]
fn payments_round_trip_with_their_latest_status_and_nothing_doubles() {
    let (_dir, ledger) = ledger();
    for r in [
        payment(1),
        payment(2),
        status(1, "SUCCESS", "2026-11-26T12:05:00Z"),
        status(2, "PENDING", "2026-11-26T12:01:00Z"),
        status(2, "EXPIRED", "2026-11-26T13:00:00Z"),
        // Written twice (a retried write): kept once.
        payment(1),
        status(1, "SUCCESS", "2026-11-26T12:05:00Z"),
        // Final is final: a PENDING learned late never moves an EXPIRED back.
        status(2, "PENDING", "2026-11-26T12:30:00Z"),
    ] {
        ledger.append(&r).unwrap();
    }
    let entries = newest(&ledger, "");
    assert_eq!(entries.len(), 2);
    let by_id = |id: &str| {
        entries
            .iter()
            .find(|e| e.payment.order_id.as_str() == id)
            .unwrap()
    };
    assert_eq!(by_id("1").payment, record(1), "every field as written");
    assert_eq!(by_id("1").status, PaymentStatus::Success);
    assert_eq!(by_id("2").status, PaymentStatus::Expired);
    // 1 SUCCESS, 2 EXPIRED: PENDING on a PENDING payment is no change, and the
    // repeats and the late PENDING are refused.
    assert_eq!(count(&ledger, "SELECT count(*) FROM status_events"), 2);
    let amount: String = ledger
        .with(|c| {
            c.query_row(
                "SELECT amount FROM payments WHERE order_id = '2'",
                [],
                |r| r.get(0),
            )
        })
        .unwrap();
    assert_eq!(amount, "12.52", "amounts are exact text");
}

#[test]
fn a_new_ledger_is_private_in_wal_mode_and_a_demo_has_its_own() {
    let (dir, ledger) = ledger();
    assert!(newest(&ledger, "").is_empty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(ledger.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let mode: String = ledger
        .with(|c| c.query_row("PRAGMA journal_mode", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(mode, "wal");
    let synchronous: i64 = ledger
        .with(|c| c.query_row("PRAGMA synchronous", [], |r| r.get(0)))
        .unwrap();
    assert_eq!(synchronous, 2, "FULL: every commit is on disk");
    assert_ne!(
        Ledger::in_dir(dir.path(), true).path(),
        Ledger::in_dir(dir.path(), false).path()
    );
}

#[test]
fn pages_by_keyset_cover_every_entry_once_in_order() {
    let (_dir, ledger) = ledger();
    let start: jiff::Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
    ledger
        .with(|c| {
            let tx = c.transaction()?;
            for i in 1..=450u32 {
                let mut p = record(i);
                // Pairs share a time: the row id breaks the tie.
                p.created_at = start + jiff::SignedDuration::from_secs(i64::from(i / 2) * 60);
                rows::insert_payment(&tx, &p)?;
            }
            tx.commit()
        })
        .unwrap();
    let filter = Filter::default();
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = ledger
            .page(&filter, &UTC, Direction::Older, cursor.as_ref(), 100)
            .unwrap();
        let Some(last) = page.last() else { break };
        cursor = Some(Cursor::after(last));
        seen.extend(
            page.iter()
                .map(|e| e.payment.order_id.as_str().parse::<u32>().unwrap()),
        );
    }
    let expected: Vec<u32> = (1..=450).rev().collect();
    assert_eq!(seen, expected, "newest first, each once");

    let oldest = ledger
        .page(&filter, &UTC, Direction::Newer, None, 3)
        .unwrap();
    let ids: Vec<&str> = oldest.iter().map(|e| e.payment.order_id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    assert_eq!(ledger.count(&filter, &UTC).unwrap(), 450);
}

#[test]
fn filters_words_status_till_operator_and_days_in_the_time_zone() {
    let (_dir, ledger) = ledger();
    let mut tea = record(41);
    tea.product = "Green tea".into();
    tea.customer = "Ana@Example.com".into();
    tea.created_at = "2026-11-26T23:30:00Z".parse().unwrap();
    let mut beans = record(42);
    beans.product = "Coffee beans".into();
    beans.method = Method::Venmo;
    beans.till = "back".into();
    beans.operator = "bo".into();
    beans.created_at = "2026-11-25T10:00:00Z".parse().unwrap();
    for r in [Record::Payment(tea), Record::Payment(beans)] {
        ledger.append(&r).unwrap();
    }
    ledger
        .append(&status(41, "SUCCESS", "2026-11-26T23:31:00Z"))
        .unwrap();
    let ids = |filter: &str| -> Vec<String> {
        newest(&ledger, filter)
            .iter()
            .map(|e| e.payment.order_id.to_string())
            .collect()
    };
    assert_eq!(ids(""), ["41", "42"]);
    assert_eq!(ids("TEA ana"), ["41"]);
    assert_eq!(ids("status:paid"), ["41"]);
    assert_eq!(ids("status:pending"), ["42"]);
    assert_eq!(ids("till:BACK"), ["42"]);
    assert_eq!(ids("operator:ana"), ["41"]);
    assert_eq!(ids("date:2026-11-26"), ["41"]);
    assert_eq!(ids("from:2026-11-25 to:2026-11-25"), ["42"]);
    assert_eq!(ids("venmo 42"), ["42"]);
    // 23:30 UTC on the 26th is already the 27th in Tokyo.
    let tokyo = jiff::tz::TimeZone::get("Asia/Tokyo")
        .unwrap_or(jiff::tz::TimeZone::fixed(jiff::tz::offset(9)));
    let day = Filter::parse("date:2026-11-27").unwrap();
    assert_eq!(ledger.count(&day, &tokyo).unwrap(), 1);
    assert!(
        Filter::parse("from:yesterday")
            .unwrap_err()
            .contains("YYYY-MM-DD")
    );
    let bogus = Filter::parse("status:bogus").unwrap_err();
    assert!(
        bogus.contains("status:paid, status:pending or status:expired"),
        "{bogus}"
    );
}

fn jsonl(dir: &Path, name: &str, lines: &[String]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn line(r: &Record) -> String {
    serde_json::to_string(r).unwrap()
}

#[test]
fn a_jsonl_ledger_imports_once_skipping_torn_lines() {
    let (dir, ledger) = ledger();
    // 0.1 wrote no till or operator.
    let old = r#"{"kind":"payment","order_id":"7","order_url":"https://pay.example/checkout/7","amount":"5.00","currency":"USD","customer":"bo@example.com","product":"Old","method":"card","created_at":"2026-11-20T09:00:00Z","api_host":"luxfin.org","demo":false}"#;
    let file = jsonl(
        dir.path(),
        "old.jsonl",
        &[
            line(&payment(1)),
            "{\"kind\":\"payment\",\"order_id\":\"2\",\"ord".into(),
            line(&status(1, "SUCCESS", "2026-11-26T12:05:00Z")),
            old.into(),
        ],
    );
    let first = ledger.import(&file, Some("front-2"), |_| {}).unwrap();
    assert_eq!(
        first,
        Imported {
            payments: 2,
            status_events: 1,
            skipped: 1
        }
    );
    let again = ledger.import(&file, Some("front-2"), |_| {}).unwrap();
    assert_eq!((again.payments, again.status_events), (0, 0), "idempotent");
    let entries = newest(&ledger, "");
    assert_eq!(entries.len(), 2);
    let old = entries
        .iter()
        .find(|e| e.payment.order_id.as_str() == "7")
        .unwrap();
    assert_eq!(
        old.payment.till, "front-2",
        "--till for payments that name none"
    );
    assert_eq!(
        entries
            .iter()
            .find(|e| e.payment.order_id.as_str() == "1")
            .unwrap()
            .payment
            .till,
        "front-1",
        "a till already named is kept"
    );
}

#[test]
fn the_0_1_ledger_beside_it_is_taken_over_on_first_open() {
    let dir = tempfile::tempdir().unwrap();
    let old = jsonl(
        dir.path(),
        "ledger.jsonl",
        &[line(&payment(1)), line(&payment(2))],
    );
    let ledger = Ledger::in_dir(dir.path(), false);
    let notes = ledger.open().unwrap();
    assert!(notes[0].contains("Took over 2 payment(s)"), "{notes:?}");
    assert!(!old.exists());
    assert!(dir.path().join("ledger.jsonl.imported").exists());
    assert_eq!(newest(&ledger, "").len(), 2);
    assert!(ledger.open().unwrap().is_empty(), "said once");
}

#[test]
fn a_ledger_from_a_newer_luxpay_is_refused_and_left_untouched() {
    let (_dir, ledger) = ledger();
    ledger.append(&payment(1)).unwrap();
    ledger
        .with(|c| c.pragma_update(None, "user_version", schema::VERSION + 1))
        .unwrap();
    let path = ledger.path().to_path_buf();
    drop(ledger);
    let files = || {
        let wal = path.with_extension("db-wal");
        (
            std::fs::read(&path).unwrap(),
            std::fs::read(wal).unwrap_or_default(),
        )
    };
    let before = files();
    let error = Ledger::at(path.clone()).open().unwrap_err().to_string();
    assert!(
        error.contains("newer luxpay") && error.contains("Upgrade"),
        "{error}"
    );
    assert!(
        files() == before,
        "neither the database nor its log is written"
    );
}

#[test]
fn a_damaged_ledger_is_refused_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    let garbage = b"this was a ledger until a disk went bad".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let ledger = Ledger::at(path.clone());
    let error = ledger.append(&payment(1)).unwrap_err().to_string();
    assert!(
        error.contains("damaged") && error.contains(".recover"),
        "says what happened and how to recover: {error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage, "not modified");
}

#[cfg(unix)]
#[test]
fn a_ledger_that_is_a_symbolic_link_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere.db");
    std::fs::write(&target, b"").unwrap();
    let path = dir.path().join("ledger.db");
    std::os::unix::fs::symlink(&target, &path).unwrap();
    let error = Ledger::at(path)
        .append(&payment(1))
        .unwrap_err()
        .to_string();
    assert!(error.contains("symbolic link"), "{error}");
    assert_eq!(std::fs::read(&target).unwrap(), b"");
}

#[test]
fn a_status_for_another_api_or_an_unknown_order_changes_nothing() {
    let (_dir, ledger) = ledger();
    ledger.append(&payment(1)).unwrap();
    let Record::Status(mut other) = status(1, "SUCCESS", "2026-11-26T12:05:00Z") else {
        unreachable!()
    };
    other.api_host = "elsewhere.example".into();
    ledger.append(&Record::Status(other)).unwrap();
    ledger
        .append(&status(99, "SUCCESS", "2026-11-26T12:05:00Z"))
        .unwrap();
    assert_eq!(newest(&ledger, "")[0].status, PaymentStatus::Pending);
    assert_eq!(count(&ledger, "SELECT count(*) FROM status_events"), 0);
}

#[test]
fn an_intent_is_open_until_its_payment_is_recorded_or_it_is_closed() {
    let (_dir, ledger) = ledger();
    let asked = NewPayment {
        amount: Decimal::new(1251, 2),
        currency: Currency::Usd,
        customer: "ana@example.com".into(),
        product: "Coffee 1".into(),
        redirect_url: None,
        method: Method::Paypal,
        extras: Default::default(),
    };
    let seller = Seller {
        till: "front-1".into(),
        operator: "ana".into(),
    };
    let at: jiff::Timestamp = "2026-11-26T12:00:00Z".parse().unwrap();
    let deadline = at + jiff::SignedDuration::from_secs(21);
    let made = ledger
        .begin_intent(&asked, &seller, "luxfin.org", at, deadline)
        .unwrap();
    let lost = ledger
        .begin_intent(&asked, &seller, "luxfin.org", at, deadline)
        .unwrap();
    let open = ledger.open_intents("luxfin.org").unwrap();
    assert_eq!(open.len(), 2);
    assert_eq!(open[0].product, "Coffee 1");
    assert_eq!(open[0].seller, seller);
    assert!(ledger.open_intents("demo").unwrap().is_empty(), "per API");

    ledger.complete_intent(Some(made), &record(1)).unwrap();
    ledger
        .close_intent(lost, Outcome::NotCreated, deadline)
        .unwrap();
    assert!(ledger.open_intents("luxfin.org").unwrap().is_empty());
    assert_eq!(ledger.stats().unwrap().payments, 1);
    let outcomes: String = ledger
        .with(|c| {
            c.query_row(
                "SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM intents ORDER BY id)",
                [],
                |r| r.get(0),
            )
        })
        .unwrap();
    assert_eq!(outcomes, "made,not created");
}

use crate::payment::NewPayment;

/// The drawer counts one currency, its float's: cash in another would be in no count
/// (the X and the Z sum the drawer's currency), so it neither goes in nor comes out.
#[test]
fn cash_in_a_currency_the_drawer_does_not_count_is_refused() {
    let (_dir, ledger) = ledger();
    let at: jiff::Timestamp = "2026-11-26T12:00:00Z".parse().unwrap();
    let mut float = BookEvent::new(Kind::Open, "front-1", "ana", at);
    float.amount = Some(Decimal::new(100, 0));
    float.currency = Some(Currency::Usd);
    ledger
        .book_checked(&mut float, Check::NoShiftOpen)
        .unwrap()
        .unwrap();
    let mut cash = record(1);
    cash.order_url = String::new();
    cash.method = Method::Cash;
    cash.currency = Currency::Eur;
    assert_eq!(
        ledger.cash_sale(&cash).unwrap(),
        Err(Refusal::CashOtherCurrency {
            drawer: Currency::Usd,
            asked: Currency::Eur
        })
    );
    assert!(newest(&ledger, "").is_empty(), "nothing written");
    cash.currency = Currency::Usd;
    ledger.cash_sale(&cash).unwrap().unwrap();

    // A link paid in EUR is refunded another way, not from the USD drawer.
    let mut link = record(2);
    link.currency = Currency::Eur;
    ledger.append(&Record::Payment(link)).unwrap();
    ledger
        .append(&status(2, "SUCCESS", "2026-11-26T12:01:00Z"))
        .unwrap();
    let refund = |tender| {
        let mut event = BookEvent::new(Kind::Refund, "front-1", "ana", at);
        event.order = Some(("luxfin.org".into(), OrderId::parse("2").unwrap()));
        event.currency = Some(Currency::Eur);
        event.tender = Some(tender);
        ledger
            .book_checked(&mut event, Check::Refundable(None))
            .unwrap()
    };
    assert_eq!(
        refund(Tender::Cash),
        Err(Refusal::RefundOtherCurrency {
            drawer: Currency::Usd,
            asked: Currency::Eur
        })
    );
    assert_eq!(refund(Tender::Other), Ok(false));
}

/// A shift a link opened says nothing of the drawer (a PayPal link is USD in a euro
/// shop): the first cash that moves sets its currency, for the checks and the X alike.
#[test]
fn a_shift_a_link_opened_counts_the_currency_of_its_first_cash() {
    let (_dir, ledger) = ledger();
    let at: jiff::Timestamp = "2026-11-26T12:00:00Z".parse().unwrap();
    assert!(ledger.ensure_shift("front-1", "ana", None, at).unwrap());
    assert_eq!(ledger.period("front-1").unwrap().drawer_currency(), None);
    let mut cash = record(1);
    cash.order_url = String::new();
    cash.method = Method::Cash;
    cash.currency = Currency::Eur;
    ledger.cash_sale(&cash).unwrap().unwrap();
    let period = ledger.period("front-1").unwrap();
    assert_eq!(period.drawer_currency(), Some(Currency::Eur));
    cash.currency = Currency::Usd;
    assert_eq!(
        ledger.cash_sale(&cash).unwrap(),
        Err(Refusal::CashOtherCurrency {
            drawer: Currency::Eur,
            asked: Currency::Usd
        })
    );
    let mut moved = BookEvent::new(Kind::In, "front-1", "ana", at);
    moved.amount = Some(Decimal::new(5, 0));
    moved.currency = Some(Currency::Usd);
    moved.reason = "change".into();
    assert_eq!(
        ledger.book_checked(&mut moved, Check::Nothing).unwrap(),
        Err(Refusal::MoveOtherCurrency {
            drawer: Currency::Eur,
            asked: Currency::Usd
        })
    );
    moved.currency = Some(Currency::Eur);
    assert_eq!(
        ledger.book_checked(&mut moved, Check::Nothing).unwrap(),
        Ok(false)
    );
}
