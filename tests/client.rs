//! The Luxfin client against the embedded demo API and against mock servers on
//! 127.0.0.1: every documented call, exact requests, and every error case.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use luxpay::api::{
    ApiError, Client, ClientOptions, DateBound, NetworkFailure, OrderId, PaymentStatus,
};
use luxpay::demo::DemoServer;
use luxpay::money::Currency;
use luxpay::payment::{Method, NewPayment};
use rust_decimal::Decimal;
use secrecy::SecretString;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(base: &str) -> Client {
    let mut options = ClientOptions::new(
        base.parse().unwrap(),
        SecretString::from("test-key".to_string()),
    );
    options.timeout = Duration::from_secs(5);
    options.retry_delay = Duration::from_millis(10);
    Client::new(options).unwrap()
}

fn coffee(method: Method, currency: Currency) -> NewPayment {
    NewPayment {
        amount: Decimal::new(1250, 2),
        currency,
        customer: "ana@example.com".into(),
        product: "Coffee beans".into(),
        redirect_url: None,
        method,
        extras: Default::default(),
    }
}

async fn demo() -> DemoServer {
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap()
}

fn created_reply(url: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({ "order_url": url, "order_id": 123, "amount": "12.5" }))
}

// ---- against the demo API -------------------------------------------------------------

#[tokio::test]
async fn every_method_creates_and_the_demo_follows_pay_and_expire() {
    let server = demo().await;
    let api = client(server.base_url().as_str());
    let first_day = utc_today();
    let paypal = api
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap();
    let venmo = api
        .create(&coffee(Method::Venmo, Currency::Usd))
        .await
        .unwrap();
    let card = api
        .create(&coffee(Method::Card, Currency::Eur))
        .await
        .unwrap();
    assert_eq!(paypal.amount, Decimal::new(125, 1));
    assert!(
        card.order_url
            .starts_with(&format!("http://{}/checkout/", server.addr()))
    );
    assert_ne!(paypal.order_id, venmo.order_id);

    assert_eq!(
        api.status(&paypal.order_id).await.unwrap().status,
        PaymentStatus::Pending
    );
    let http = common::http();
    let base = server.base_url();
    http.post(base.join(&format!("demo/pay/{}", paypal.order_id)).unwrap())
        .send()
        .await
        .unwrap();
    http.post(
        base.join(&format!("demo/expire/{}", venmo.order_id))
            .unwrap(),
    )
    .send()
    .await
    .unwrap();
    let paid = api.status(&paypal.order_id).await.unwrap();
    assert_eq!(paid.status, PaymentStatus::Success);
    let order = paid.order.unwrap();
    assert_eq!(order.amount, Some(Decimal::new(125, 1)));
    assert_eq!(order.customer.as_deref(), Some("ana@example.com"));
    assert_eq!(
        api.status(&venmo.order_id).await.unwrap().status,
        PaymentStatus::Expired
    );
    assert_eq!(
        api.status(&card.order_id).await.unwrap().status,
        PaymentStatus::Pending
    );

    let page = api.list(2, 0).await.unwrap();
    let ids: Vec<&OrderId> = page.orders.iter().map(|o| &o.id).collect();
    assert_eq!(ids, [&card.order_id, &venmo.order_id], "newest first");
    assert_eq!(api.list(10, 2).await.unwrap().orders[0].id, paypal.order_id);

    // The demo stamps orders with its clock; the days asked for span the test's run,
    // so a run across midnight still asks for the day the orders were made.
    let history = api
        .history(DateBound::Day(first_day), DateBound::Day(utc_today()))
        .await
        .unwrap();
    assert_eq!(history.orders.len(), 3);
    assert_eq!(history.total, Some(Decimal::new(3750, 2)));
    let yesterday = first_day.yesterday().unwrap();
    assert!(
        api.history(DateBound::Day(yesterday), DateBound::Day(yesterday))
            .await
            .unwrap()
            .orders
            .is_empty()
    );

    assert!(api.test_webhook().await.unwrap().get("message").is_some());
}

#[tokio::test]
async fn the_demo_checks_requests_like_a_strict_server() {
    let server = demo().await;
    let api = client(server.base_url().as_str());
    let err = api
        .create(&coffee(Method::Paypal, Currency::Eur))
        .await
        .unwrap_err();
    assert_eq!(
        err,
        ApiError::Rejected {
            status: 400,
            message: "PayPal accepts USD only".into()
        }
    );

    let no_key = common::http()
        .get(server.base_url().join("payments").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(no_key.status(), 401);
}

#[tokio::test]
async fn the_demo_pays_orders_by_itself_after_the_delay() {
    let server = DemoServer::start(SocketAddr::from(([127, 0, 0, 1], 0)), Duration::ZERO)
        .await
        .unwrap();
    let api = client(server.base_url().as_str());
    let created = api
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap();
    assert_eq!(
        api.status(&created.order_id).await.unwrap().status,
        PaymentStatus::Success
    );
}

// ---- exact requests -------------------------------------------------------------------

#[tokio::test]
async fn create_sends_the_documented_request() {
    let mock = MockServer::start().await;
    let url = format!("{}/checkout/123", mock.uri());
    Mock::given(method("POST"))
        .and(path("/card"))
        .and(header("authorization", "Bearer test-key"))
        .and(header("content-type", "application/json"))
        .and(header(
            "user-agent",
            concat!("luxpay/", env!("CARGO_PKG_VERSION")),
        ))
        .and(body_json(json!({
            "amount": 12.5, "currency": "GBP", "customer": "ana@example.com",
            "product": "Coffee beans", "redirect_url": "https://shop.example/thanks"
        })))
        .respond_with(created_reply(&url))
        .expect(1)
        .mount(&mock)
        .await;
    let mut payment = coffee(Method::Card, Currency::Gbp);
    payment.redirect_url = Some("https://shop.example/thanks".parse().unwrap());
    let created = client(&mock.uri()).create(&payment).await.unwrap();
    assert_eq!(created.order_url, url);
    assert_eq!(created.order_id.as_str(), "123");

    let sent = &mock.received_requests().await.unwrap()[0];
    let text = String::from_utf8(sent.body.clone()).unwrap();
    assert!(
        text.contains(r#""amount":12.5"#),
        "amount must be a bare JSON number: {text}"
    );
}

#[tokio::test]
async fn paypal_and_venmo_use_their_own_paths_and_omit_an_empty_redirect() {
    let mock = MockServer::start().await;
    let url = format!("{}/checkout/123", mock.uri());
    for p in ["/payment/paypal", "/payment/order"] {
        Mock::given(method("POST"))
            .and(path(p))
            .respond_with(created_reply(&url))
            .expect(1)
            .mount(&mock)
            .await;
    }
    let api = client(&mock.uri());
    api.create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap();
    api.create(&coffee(Method::Venmo, Currency::Usd))
        .await
        .unwrap();
    for sent in mock.received_requests().await.unwrap() {
        let body: Value = serde_json::from_slice(&sent.body).unwrap();
        assert!(body.get("redirect_url").is_none());
        assert!(body["amount"].is_number());
    }
}

#[tokio::test]
async fn reads_send_the_documented_queries_and_bodies() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/payment/status"))
        .and(query_param("payment_id", "77"))
        .and(header("authorization", "Bearer test-key"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": "PENDING", "data": {"id": 77}})),
        )
        .expect(1)
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/payments"))
        .and(query_param("limit", "5"))
        .and(query_param("offset", "10"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"limit": 5, "offset": 10, "data": []})),
        )
        .expect(1)
        .mount(&mock)
        .await;
    Mock::given(method("POST"))
        .and(path("/payment/history"))
        .and(body_json(
            json!({"start_date": "2026-11-01", "end_date": "2026-11-26T18:00:00Z"}),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"amount": 30, "data": [{"id": 1, "Amount": 30}]})),
        )
        .expect(1)
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/payment/test_webhook"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .expect(1)
        .mount(&mock)
        .await;

    let api = client(&mock.uri());
    let report = api.status(&OrderId::parse("77").unwrap()).await.unwrap();
    assert_eq!(report.status, PaymentStatus::Pending);
    assert_eq!(api.list(5, 10).await.unwrap().orders.len(), 0);
    let h = api
        .history(
            "2026-11-01".parse().unwrap(),
            "2026-11-26T18:00:00Z".parse().unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(h.total, Some(Decimal::from(30)));
    assert_eq!(api.test_webhook().await.unwrap(), json!({"ok": true}));
}

#[tokio::test]
async fn a_base_url_with_a_path_prefix_is_kept() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/payments"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .expect(1)
        .mount(&mock)
        .await;
    client(&format!("{}/api/v1/", mock.uri()))
        .list(10, 0)
        .await
        .unwrap();
}

// ---- errors ---------------------------------------------------------------------------

async fn create_against(reply: ResponseTemplate) -> ApiError {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(reply)
        .mount(&mock)
        .await;
    client(&mock.uri())
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err()
}

#[tokio::test]
async fn status_codes_become_distinct_errors_with_the_servers_message() {
    let e =
        create_against(ResponseTemplate::new(401).set_body_json(json!({"message": "invalid key"})))
            .await;
    assert_eq!(e, ApiError::Unauthorized(Some("invalid key".into())));
    assert!(e.to_string().contains("check your API key"));
    assert_eq!(e.exit_code(), 3);

    let e = create_against(
        ResponseTemplate::new(400).set_body_json(json!({"error": "amount too small"})),
    )
    .await;
    assert_eq!(
        e,
        ApiError::Rejected {
            status: 400,
            message: "amount too small".into()
        }
    );
    assert_eq!(e.exit_code(), 3);

    let e = create_against(ResponseTemplate::new(500).set_body_string("oops")).await;
    assert_eq!(
        e,
        ApiError::Server {
            status: 500,
            message: "HTTP 500 Internal Server Error: oops".into()
        }
    );
    assert_eq!(e.exit_code(), 3);
}

#[tokio::test]
async fn answers_that_cannot_be_used_are_invalid_responses() {
    let ok = |body: &str| ResponseTemplate::new(200).set_body_string(body.to_string());
    let cases = [
        (ok("<html>hello</html>"), "not valid JSON"),
        (ok(r#"{"order_url": "https://pay.exa"#), "not valid JSON"),
        (
            ok(r#"{"order_id": 1, "amount": "1"}"#),
            "order_url is missing",
        ),
        (
            ok(r#"{"order_url": "http://pay.example/1", "order_id": 1, "amount": "1"}"#),
            "must be https",
        ),
        (
            ok(
                "{\"order_url\": \"https://pay.example/1\\u001b[2J\", \"order_id\": 1, \"amount\": \"1\"}",
            ),
            "control characters",
        ),
        (
            ok(r#"{"order_url": "https://pay.example/1", "order_id": 1, "amount": "-5"}"#),
            "not above zero",
        ),
        (
            ok(r#"{"order_url": "https://pay.example/1", "order_id": 1, "amount": 0}"#),
            "not above zero",
        ),
        (
            ok(r#"{"order_url": "https://pay.example/1", "order_id": 1, "amount": "5.001"}"#),
            "more than two decimals",
        ),
    ];
    for (reply, want) in cases {
        let e = create_against(reply).await;
        assert!(matches!(e, ApiError::InvalidResponse(_)), "{e:?}");
        assert!(e.to_string().contains(want), "{e} should say {want}");
        assert_eq!(e.exit_code(), 5);
        assert!(
            e.create_may_have_happened(),
            "a garbled answer may hide a real payment"
        );
    }
}

#[tokio::test]
async fn a_body_over_one_mebibyte_is_refused() {
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(1024 * 1024));
    let e = create_against(ResponseTemplate::new(200).set_body_string(big)).await;
    assert_eq!(
        e,
        ApiError::InvalidResponse("the response is larger than 1 MiB".into())
    );
}

/// A server that answers with an endless chunked body: reading it whole would never end,
/// so getting the size error (not a timeout) proves the client stops at the limit.
#[tokio::test]
async fn an_endless_body_is_cut_off_at_the_limit() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 4096];
        let _ = socket.read(&mut buf).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
        while socket.write_all(chunk.as_bytes()).await.is_ok() {}
    });
    let e = client(&format!("http://{addr}"))
        .list(10, 0)
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ApiError::InvalidResponse(
            "the response is larger than 64 MiB: ask for a shorter range".into()
        )
    );
}

/// history, reconciliation and `export --source server` failed beyond ~7,000 orders in a
/// range: every answer was capped at 1 MiB. Lists and histories may be 64 MiB.
#[tokio::test]
async fn a_big_day_of_history_is_read_whole() {
    let orders: Vec<Value> = (1..=15_000)
        .map(|i| json!({"id": i, "Amount": 12.5, "currency": "USD", "customer": "ana@example.com", "product": "Coffee beans 1 kg", "hook_url": "", "status": "SUCCESS"}))
        .collect();
    let body = json!({ "amount": 187_500, "data": orders });
    assert!(body.to_string().len() > 1024 * 1024, "over the old limit");
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/payment/history"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&mock)
        .await;
    let day = DateBound::Day("2026-11-26".parse().unwrap());
    let history = client(&mock.uri()).history(day, day).await.unwrap();
    assert_eq!(history.orders.len(), 15_000);
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(created_reply("https://pay.example/1").set_delay(Duration::from_secs(3)))
        .mount(&mock)
        .await;
    let mut options = ClientOptions::new(
        mock.uri().parse().unwrap(),
        SecretString::from("k".to_string()),
    );
    options.timeout = Duration::from_millis(300);
    let e = Client::new(options)
        .unwrap()
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert_eq!(e, ApiError::Timeout(Duration::from_millis(300)));
    assert_eq!(e.exit_code(), 4);
    assert!(e.create_may_have_happened());
}

#[tokio::test]
async fn a_closed_port_is_connection_refused() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let e = client(&format!("http://{addr}"))
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ApiError::Network(NetworkFailure::Refused {
            host: "127.0.0.1".into()
        })
    );
    assert_eq!(e.exit_code(), 4);
    assert!(!e.create_may_have_happened(), "nothing was sent");
}

#[tokio::test]
async fn a_connection_reset_mid_request_is_reported() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            // Linger zero turns the close into a TCP reset.
            let _ = socket.set_zero_linger();
            drop(socket);
        }
    });
    let e = client(&format!("http://{addr}"))
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert_eq!(
        e,
        ApiError::Network(NetworkFailure::Reset {
            host: "127.0.0.1".into()
        })
    );
    assert_eq!(e.exit_code(), 4);
    assert!(e.create_may_have_happened(), "the request had been sent");
}

// ---- retries --------------------------------------------------------------------------

#[tokio::test]
async fn a_failed_create_is_never_sent_twice() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&mock)
        .await;
    let e = client(&mock.uri())
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Server { status: 503, .. }));
    // `expect(1)` is verified when the mock server drops.
}

#[tokio::test]
async fn reads_retry_transient_failures_then_succeed() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/payment/status"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .expect(2)
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/payment/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "SUCCESS"})))
        .expect(1)
        .mount(&mock)
        .await;
    let report = client(&mock.uri())
        .status(&OrderId::parse("5").unwrap())
        .await
        .unwrap();
    assert_eq!(report.status, PaymentStatus::Success);
}

#[tokio::test]
async fn reads_do_not_retry_what_will_not_pass() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401))
        .expect(1)
        .mount(&mock)
        .await;
    let e = client(&mock.uri()).list(10, 0).await.unwrap_err();
    assert!(matches!(e, ApiError::Unauthorized(_)));
}

#[test]
fn a_public_base_url_must_be_https() {
    let options = ClientOptions::new(
        "http://luxfin.org".parse().unwrap(),
        SecretString::from("k".to_string()),
    );
    assert!(Client::new(options).is_err());
}

#[tokio::test]
async fn server_history_pages_through_the_demo_api_newest_first() {
    let server = demo().await;
    let api = client(server.base_url().as_str());
    for _ in 0..25 {
        api.create(&coffee(Method::Paypal, Currency::Usd))
            .await
            .unwrap();
    }
    let mut seen = Vec::new();
    for offset in [0, 10, 20, 30] {
        let page = api.list(10, offset).await.unwrap();
        assert_eq!(page.offset, offset);
        seen.extend(
            page.orders
                .into_iter()
                .map(|o| o.id.as_str().parse::<u32>().unwrap()),
        );
    }
    assert_eq!(
        seen,
        (1..=25).rev().collect::<Vec<_>>(),
        "every order once, newest first"
    );
}

// ---- redirects ------------------------------------------------------------------------

/// A chain API (127.0.0.1) → other host (127.0.0.2) `/h1` → `/h2`. reqwest's own policy
/// dropped the key on the first hop but sent it again on the second; the sale was re-posted
/// there and its answer taken as the link. luxpay must follow no hop at all.
#[tokio::test]
async fn a_redirect_is_an_error_and_nothing_reaches_the_other_host() {
    let other_listener = std::net::TcpListener::bind("127.0.0.2:0").unwrap();
    let other = MockServer::builder().listener(other_listener).start().await;
    Mock::given(path("/h1"))
        .respond_with(ResponseTemplate::new(307).insert_header("Location", "/h2"))
        .mount(&other)
        .await;
    Mock::given(path("/h2"))
        .respond_with(created_reply("https://evil.example/pay"))
        .mount(&other)
        .await;
    let api = MockServer::start().await;
    let target = format!("{}/h1", other.uri());
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(307).insert_header("Location", target.as_str()))
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", target.as_str()))
        .mount(&api)
        .await;

    let luxfin = client(&api.uri());
    let e = luxfin
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert_eq!(e.exit_code(), 3);
    let text = e.to_string();
    assert!(text.contains(&target), "names where it pointed: {text}");
    assert!(text.contains("does not follow redirects"), "{text}");
    assert!(!text.contains("test-key"));
    let e = luxfin
        .status(&OrderId::parse("5").unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Redirect { status: 302, .. }), "{e:?}");

    let seen = other.received_requests().await.unwrap();
    assert!(
        seen.is_empty(),
        "the other host got {} request(s), with the key: {:?}",
        seen.len(),
        seen.iter()
            .map(|r| r.headers.get("authorization").is_some())
            .collect::<Vec<_>>()
    );
}

// ---- timeouts bound the whole call ------------------------------------------------------

/// With `--timeout 5`, reads against a silent server returned after 15.9 s: 5 s a try,
/// 3 tries. The timeout now bounds the whole read: the slow server sees one try.
#[tokio::test]
async fn the_timeout_bounds_a_read_with_its_retries() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&mock)
        .await;
    let mut options = ClientOptions::new(
        mock.uri().parse().unwrap(),
        SecretString::from("k".to_string()),
    );
    options.timeout = Duration::from_millis(400);
    options.read_retries = 2;
    let e = Client::new(options).unwrap().list(10, 0).await.unwrap_err();
    assert!(matches!(e, ApiError::Timeout(_)), "{e:?}");
    assert_eq!(
        mock.received_requests().await.unwrap().len(),
        1,
        "no retry after the time was used up"
    );
}

/// A create that never reached the server (no connection within the timeout) does not
/// say the payment may exist. A listener whose queue is full drops new connections'
/// handshakes, so connecting times out as it would on a dead network.
#[tokio::test]
async fn a_create_that_could_not_connect_in_time_was_never_sent() {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    // Fill the accept queue; nothing is ever accepted.
    let mut held = Vec::new();
    for _ in 0..4 {
        if let Ok(Ok(c)) = tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(addr),
        )
        .await
        {
            held.push(c);
        }
    }
    let mut options = ClientOptions::new(
        format!("http://{addr}").parse().unwrap(),
        SecretString::from("k".to_string()),
    );
    options.timeout = Duration::from_millis(500);
    let e = Client::new(options)
        .unwrap()
        .create(&coffee(Method::Paypal, Currency::Usd))
        .await
        .unwrap_err();
    assert!(
        matches!(e, ApiError::Network(NetworkFailure::Unreachable { .. })),
        "{e:?}"
    );
    assert!(!e.create_may_have_happened(), "nothing was sent");
    assert_eq!(e.exit_code(), 4);
    drop((held, listener));
}

/// The clock's day in UTC, as the demo reads it.
fn utc_today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}
