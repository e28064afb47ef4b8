//! `sale::make`, the one path from "create" to "recorded" that the TUI and the CLI share:
//! a link that comes back is in the ledger before anyone is told of it.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::time::Duration;

use luxpay::api::{ApiError, Client, ClientOptions};
use luxpay::demo::DemoServer;
use luxpay::ledger::{Filter, Ledger, Seller};
use luxpay::money::Currency;
use luxpay::payment::{Method, NewPayment};
use luxpay::sale;
use rust_decimal::Decimal;
use secrecy::SecretString;

fn client(base: &url::Url) -> Client {
    let mut options = ClientOptions::new(base.clone(), SecretString::from("k".to_string()));
    options.timeout = Duration::from_secs(5);
    Client::new(options).unwrap()
}

fn tea() -> NewPayment {
    NewPayment {
        amount: Decimal::new(450, 2),
        currency: Currency::Usd,
        customer: "ana@example.com".into(),
        product: "Tea".into(),
        redirect_url: None,
        method: Method::Venmo,
        extras: Default::default(),
    }
}

fn seller() -> Seller {
    Seller {
        till: "front-1".into(),
        operator: "ana".into(),
    }
}

fn all(ledger: &Ledger) -> Vec<luxpay::ledger::LedgerEntry> {
    ledger
        .all(&Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap()
}

const AT: &str = "2026-11-26T09:30:00Z";

async fn demo() -> DemoServer {
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_made_sale_is_in_the_ledger_with_the_time_it_was_stamped() {
    let server = demo().await;
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(dir.path(), true);
    let at: jiff::Timestamp = AT.parse().unwrap();
    let sale = sale::make(
        &client(&server.base_url()),
        &ledger,
        &tea(),
        true,
        &seller(),
        || at,
    )
    .await
    .unwrap();
    assert_eq!(sale.unrecorded, None);
    assert_eq!(sale.record.created_at, at);
    assert_eq!(sale.record.product, "Tea");
    assert_eq!(sale.record.method, Method::Venmo);
    assert!(sale.record.demo);
    assert_eq!(sale.record.till, "front-1");
    assert_eq!(sale.record.operator, "ana");
    let entries = all(&ledger);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].payment, sale.record);
    let host = client(&server.base_url()).api_host();
    assert!(
        ledger.open_intents(&host).unwrap().is_empty(),
        "the intent is closed with its payment"
    );
}

#[tokio::test]
async fn a_ledger_that_cannot_be_written_keeps_the_link_and_says_why() {
    let server = demo().await;
    let dir = tempfile::tempdir().unwrap();
    // The ledger's path is a directory: every append fails.
    let ledger = Ledger::at(dir.path().to_path_buf());
    let at: jiff::Timestamp = AT.parse().unwrap();
    let sale = sale::make(
        &client(&server.base_url()),
        &ledger,
        &tea(),
        true,
        &seller(),
        || at,
    )
    .await
    .unwrap();
    assert!(sale.record.order_url.contains("/checkout/"));
    assert!(sale.unrecorded.is_some(), "the failure is reported");
}

#[tokio::test]
async fn a_failed_create_records_nothing() {
    // Nothing listens on this port: the create is refused before it is sent.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base: url::Url = format!("http://127.0.0.1:{port}").parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(dir.path(), false);
    let error = sale::make(
        &client(&base),
        &ledger,
        &tea(),
        false,
        &seller(),
        jiff::Timestamp::now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, ApiError::Network(_)), "{error:?}");
    assert!(all(&ledger).is_empty());
    assert!(
        ledger
            .open_intents(&client(&base).api_host())
            .unwrap()
            .is_empty(),
        "refused before it was sent: the intent is closed, nothing to recover"
    );
}

/// The app asks about sales in flight while one of its own may be on its way: a sale
/// sent after it asked is its own, with an answer coming, and is left alone even when
/// the server has it already (recorded from the list, it would have no link).
#[tokio::test]
async fn recover_leaves_alone_a_sale_sent_after_it_was_asked() {
    let server = demo().await;
    let client = client(&server.base_url());
    let host = client.api_host();
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(dir.path(), true);
    let asked: jiff::Timestamp = AT.parse().unwrap();
    let deadline = asked + jiff::SignedDuration::from_secs(6);
    ledger
        .begin_intent(&tea(), &seller(), &host, asked, deadline)
        .unwrap();
    client.create(&tea()).await.unwrap();

    let recovery = sale::recover(&client, &ledger, true, asked, asked)
        .await
        .unwrap();
    assert_eq!(recovery, sale::Recovery::default());
    assert_eq!(ledger.open_intents(&host).unwrap().len(), 1, "still open");
    assert!(all(&ledger).is_empty());

    // Asked again once it was sent before: found.
    let after = asked + jiff::SignedDuration::from_millis(1);
    let recovery = sale::recover(&client, &ledger, true, after, after)
        .await
        .unwrap();
    assert_eq!(recovery.recovered.len(), 1, "{recovery:?}");
}

#[tokio::test]
async fn recover_finds_an_order_whose_answer_was_lost_and_closes_one_never_made() {
    let server = demo().await;
    let client = client(&server.base_url());
    let host = client.api_host();
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(dir.path(), true);
    let sent: jiff::Timestamp = AT.parse().unwrap();
    let deadline = sent + jiff::SignedDuration::from_secs(6);
    // Two sales written down; only the first reached Luxfin, and its answer was lost.
    ledger
        .begin_intent(&tea(), &seller(), &host, sent, deadline)
        .unwrap();
    let mut coffee = tea();
    coffee.product = "Coffee".into();
    ledger
        .begin_intent(&coffee, &seller(), &host, sent, deadline)
        .unwrap();
    let made = client.create(&tea()).await.unwrap();
    // An order the ledger holds already is never taken for a lost one.
    sale::make(&client, &ledger, &tea(), true, &seller(), || sent)
        .await
        .unwrap();

    // Asked at once, before the deadline: the tea Luxfin made is found and recorded now;
    // the coffee, not on the server, may still be in flight in the luxpay that sent it.
    let asked = sent + jiff::SignedDuration::from_millis(1);
    let early = sale::recover(&client, &ledger, true, asked, asked)
        .await
        .unwrap();
    assert_eq!(early.recovered.len(), 1, "{early:?}");
    assert_eq!(early.recovered[0].order_id, made.order_id);
    assert_eq!((early.not_created, early.unresolved), (0, 1));
    // Its slow original answer, arriving after, changes nothing (the same order id).
    let original = luxpay::ledger::PaymentRecord {
        recovered: false,
        ..early.recovered[0].clone()
    };
    ledger.complete_intent(None, &original).unwrap();
    let later = deadline + jiff::SignedDuration::from_secs(1);
    let late = sale::recover(&client, &ledger, true, later, later)
        .await
        .unwrap();
    assert_eq!(late.recovered.len(), 0);
    assert_eq!((late.not_created, late.unresolved), (1, 0));
    assert!(ledger.open_intents(&host).unwrap().is_empty());

    let entries = all(&ledger);
    assert_eq!(entries.len(), 2, "the made sale and the recovered one");
    let found = entries
        .iter()
        .find(|e| e.payment.order_id == made.order_id)
        .unwrap();
    assert!(found.payment.recovered);
    assert_eq!(found.payment.till, "front-1");
    assert_eq!(found.payment.product, "Tea");
    let message = early.message().unwrap();
    assert!(message.contains("recovered 1 sale"), "{message}");
}
