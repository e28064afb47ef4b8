//! `sale::make`, the one path from "create" to "recorded" that the TUI and the CLI share:
//! a link that comes back is in the ledger before anyone is told of it.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::time::Duration;

use luxpay::api::{ApiError, Client, ClientOptions};
use luxpay::demo::DemoServer;
use luxpay::ledger::Ledger;
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
    }
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
    let sale = sale::make(&client(&server.base_url()), &ledger, &tea(), true, || at)
        .await
        .unwrap();
    assert_eq!(sale.unrecorded, None);
    assert_eq!(sale.record.created_at, at);
    assert_eq!(sale.record.product, "Tea");
    assert_eq!(sale.record.method, Method::Venmo);
    assert!(sale.record.demo);
    let loaded = ledger.load().unwrap();
    assert_eq!(loaded.entries.len(), 1);
    assert_eq!(loaded.entries[0].payment, sale.record);
}

#[tokio::test]
async fn a_ledger_that_cannot_be_written_keeps_the_link_and_says_why() {
    let server = demo().await;
    let dir = tempfile::tempdir().unwrap();
    // The ledger's path is a directory: every append fails.
    let ledger = Ledger::at(dir.path().to_path_buf());
    let at: jiff::Timestamp = AT.parse().unwrap();
    let sale = sale::make(&client(&server.base_url()), &ledger, &tea(), true, || at)
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
    let error = sale::make(&client(&base), &ledger, &tea(), false, jiff::Timestamp::now)
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::Network(_)), "{error:?}");
    assert!(ledger.load().unwrap().entries.is_empty());
}
