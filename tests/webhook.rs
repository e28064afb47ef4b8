//! `luxpay webhook`: Luxfin's signed events received, checked and recorded; forged,
//! unsigned, oversized and unexpected ones refused, replays changing nothing.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::BufRead;
use std::net::SocketAddr;
use std::process::{Command, Stdio};

use luxpay::api::{OrderId, PaymentStatus};
use luxpay::ledger::{Filter, Ledger, Record};
use luxpay::webhook::{self, Receiver, SIGNATURE_HEADER};

const SECRET: &str = "whsec-test-secret";

fn payment(id: &str) -> Record {
    Record::Payment(common::payment_record(id))
}

fn status_of(ledger: &Ledger, id: &str) -> PaymentStatus {
    ledger
        .entry("luxfin.org", &OrderId::parse(id).unwrap())
        .unwrap()
        .unwrap()
        .status
}

fn events(ledger: &Ledger) -> u64 {
    ledger.stats().unwrap().status_events
}

async fn receiver(ledger: &Ledger, allow: Vec<std::net::IpAddr>) -> String {
    receiver_with(ledger, allow, Default::default()).await
}

async fn receiver_with(
    ledger: &Ledger,
    allow: Vec<std::net::IpAddr>,
    hooks: luxpay::hooks::Hooks,
) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let receiver = Receiver {
        ledger: ledger.clone(),
        api_host: "luxfin.org".into(),
        secret: SECRET.to_string().into(),
        allow,
        trusted_proxies: vec![],
        shared: None,
        hooks,
    };
    tokio::spawn(webhook::serve(listener, receiver, std::future::pending()));
    format!("http://{addr}")
}

async fn post(url: &str, body: &[u8], signature: Option<String>) -> u16 {
    let mut request = common::http().post(url).body(body.to_vec());
    if let Some(signature) = signature {
        request = request.header(SIGNATURE_HEADER, signature);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn signed_events_are_recorded_once_and_forged_ones_never() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    for id in ["42", "43", "44"] {
        ledger.append(&payment(id)).unwrap();
    }
    let base = receiver(&ledger, vec![]).await;
    let sign = |body: &[u8]| Some(webhook::sign(SECRET.as_bytes(), body));

    // As the docs' sample sends it: the order id a number.
    let paid = br#"{"order_id":42,"status":"SUCCESS","amount":12.5,"product":"Tea"}"#;
    assert_eq!(
        post(&format!("{base}/webhook"), paid, sign(paid)).await,
        200
    );
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);
    assert_eq!(events(&ledger), 1);
    // Luxfin retries: the same event again changes nothing.
    assert_eq!(
        post(&format!("{base}/webhook"), paid, sign(paid)).await,
        200
    );
    assert_eq!(events(&ledger), 1, "a replay changes nothing");

    // `sha256=`-prefixed, on `/`, the order id a string.
    let other = br#"{"order_id":"43","status":"SUCCESS","amount":"12.50","product":"Tea"}"#;
    let prefixed = format!("sha256={}", webhook::sign(SECRET.as_bytes(), other));
    assert_eq!(post(&base, other, Some(prefixed)).await, 200);
    assert_eq!(status_of(&ledger, "43"), PaymentStatus::Success);

    // Forged (another key), missing, or for other bytes: refused, nothing recorded.
    let forged_body = br#"{"order_id":44,"status":"SUCCESS"}"#;
    let forged = Some(webhook::sign(b"not-the-secret", forged_body));
    assert_eq!(post(&base, forged_body, forged).await, 401);
    assert_eq!(post(&base, forged_body, None).await, 401);
    assert_eq!(post(&base, forged_body, sign(paid)).await, 401);
    assert_eq!(status_of(&ledger, "44"), PaymentStatus::Pending);
    assert_eq!(events(&ledger), 2);

    // Too large to be an event.
    let huge = vec![b' '; webhook::MAX_BODY + 1];
    assert_eq!(post(&base, &huge, sign(&huge)).await, 413);
    // Signed but not an event.
    assert_eq!(post(&base, b"[]", sign(b"[]")).await, 400);
    // An order this ledger does not hold: acknowledged, nothing to change.
    let unknown = br#"{"order_id":999,"status":"SUCCESS"}"#;
    assert_eq!(post(&base, unknown, sign(unknown)).await, 200);
    assert_eq!(events(&ledger), 2);
    let entries = ledger
        .all(&Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap();
    assert_eq!(entries.len(), 3, "no payment made up");
}

#[tokio::test]
async fn a_sender_not_allowed_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    // Luxfin's documented address: this test's requests come from 127.0.0.1.
    let base = receiver(&ledger, vec!["35.172.189.167".parse().unwrap()]).await;
    let body = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let signature = Some(webhook::sign(SECRET.as_bytes(), body));
    assert_eq!(post(&base, body, signature).await, 403);
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Pending);
}

/// The command: no terminal needed, it says where it listens, records an event into the
/// ledger of its data directory, and stops cleanly on SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_runs_headless_and_stops_on_sigterm() {
    let home = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(&home.path().join("data/luxpay"), false);
    ledger.append(&payment("42")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_luxpay"))
        .env_clear()
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("LUXFIN_API_SECRET", SECRET)
        .env("LUXFIN_BASE_URL", "https://luxfin.org")
        .args(["webhook", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let addr: SocketAddr = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stderr)
            .read_line(&mut line)
            .unwrap();
        let rest = line.split("http://").nth(1).unwrap();
        rest.split('/').next().unwrap().parse().unwrap()
    })
    .await
    .unwrap();
    let body = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let signature = Some(webhook::sign(SECRET.as_bytes(), body));
    assert_eq!(
        post(&format!("http://{addr}/webhook"), body, signature).await,
        200
    );
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);
    let stopped = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    let status = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert_eq!(status.code(), Some(0), "a clean stop");
}

/// A new paid event runs on_paid with the sale from the ledger, once: a replay does not
/// open the drawer again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paid_event_runs_on_paid_once() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    let log = dir.path().join("drawer.log");
    let hooks = luxpay::hooks::Hooks {
        on_paid: Some(vec![
            "sh".into(),
            "-c".into(),
            format!(
                "echo \"$LUXPAY_ORDER_ID $LUXPAY_AMOUNT $LUXPAY_STATUS $LUXPAY_TILL\" >> {}",
                log.display()
            ),
        ]),
        ..Default::default()
    };
    let base = receiver_with(&ledger, vec![], hooks).await;
    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let signature = || Some(webhook::sign(SECRET.as_bytes(), paid));
    // Twice in turn, then ten copies at once (a captured request replayed in parallel).
    assert_eq!(post(&base, paid, signature()).await, 200);
    assert_eq!(post(&base, paid, signature()).await, 200);
    let copies = (0..10).map(|_| post(&base, paid, signature()));
    let codes = futures_util::future::join_all(copies).await;
    assert!(codes.iter().all(|c| *c == 200), "{codes:?}");
    // Each hook that runs is claimed in the ledger before its request is answered.
    assert_eq!(claims(&dir.path().join("ledger.db")), 1, "claimed once");
    let log_path = log.clone();
    tokio::task::spawn_blocking(move || {
        common::wait_until(std::time::Duration::from_secs(10), || log_path.exists())
    })
    .await
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "42 12.50 PAID front-1\n"
    );
}

/// How many final statuses' actions the ledger at `path` has claimed.
fn claims(path: &std::path::Path) -> i64 {
    let db = rusqlite::Connection::open(path).unwrap();
    db.query_row("SELECT count(*) FROM final_actions", [], |r| r.get(0))
        .unwrap()
}

/// Final is final for a signed event too: an EXPIRED (or any word) for a paid order
/// is answered 200, so Luxfin stops retrying, and changes nothing; a status the docs do
/// not list changes nothing even for an open order.
#[tokio::test]
async fn a_signed_event_cannot_undo_a_payment() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    for id in ["5", "6"] {
        ledger.append(&payment(id)).unwrap();
    }
    let base = receiver(&ledger, vec![]).await;
    let send = |body: &'static [u8]| {
        let base = base.clone();
        async move { post(&base, body, Some(webhook::sign(SECRET.as_bytes(), body))).await }
    };
    assert_eq!(send(br#"{"order_id":"5","status":"SUCCESS"}"#).await, 200);
    assert_eq!(events(&ledger), 1);
    for body in [
        &br#"{"order_id":"5","status":"EXPIRED"}"#[..],
        br#"{"order_id":"5","status":"PENDING"}"#,
        br#"{"order_id":"5","status":"weird"}"#,
        br#"{"order_id":"6","status":"weird"}"#,
    ] {
        assert_eq!(send(body).await, 200, "{}", String::from_utf8_lossy(body));
    }
    assert_eq!(status_of(&ledger, "5"), PaymentStatus::Success);
    assert_eq!(status_of(&ledger, "6"), PaymentStatus::Pending);
    assert_eq!(events(&ledger), 1, "nothing recorded after the payment");
}

/// A request that declares a body of 100 MB and sends none is answered 413 at once,
/// before anything is read: it used to hold the connection 10 s and more.
#[tokio::test]
async fn a_body_declared_too_large_is_refused_before_it_is_read() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    let base = receiver(&ledger, vec![]).await;
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100000000\r\n\r\n",
        )
        .await
        .unwrap();
    let mut answer = vec![0u8; 64];
    let read = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("an answer, not a wait")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

/// Behind a proxy on this machine the socket's peer is always the proxy: with it in
/// `trusted_proxies`, the sender `webhook_allow` checks is the one the proxy forwarded
/// for; without it, forwarding headers are anyone's words and ignored.
#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_sender_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    let start = |trusted: Vec<ipnet::IpNet>| {
        let receiver = Receiver {
            ledger: ledger.clone(),
            api_host: "luxfin.org".into(),
            secret: SECRET.to_string().into(),
            allow: vec!["35.172.189.167".parse().unwrap()],
            trusted_proxies: trusted,
            shared: None,
            hooks: Default::default(),
        };
        async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(webhook::serve(listener, receiver, std::future::pending()));
            format!("http://{addr}/webhook")
        }
    };
    let body = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let post_for = |url: String, forwarded: Option<&'static str>| async move {
        let mut request = common::http()
            .post(url)
            .header(SIGNATURE_HEADER, webhook::sign(SECRET.as_bytes(), body))
            .body(body.to_vec());
        if let Some(value) = forwarded {
            request = request.header("x-forwarded-for", value);
        }
        request.send().await.unwrap().status().as_u16()
    };
    let behind_nothing = start(vec![]).await;
    assert_eq!(post_for(behind_nothing, Some("35.172.189.167")).await, 403);
    let behind_proxy = start(vec!["127.0.0.1/32".parse().unwrap()]).await;
    assert_eq!(
        post_for(behind_proxy.clone(), None).await,
        403,
        "the proxy itself"
    );
    assert_eq!(
        post_for(behind_proxy.clone(), Some("35.172.189.167, 203.0.113.9")).await,
        403,
        "a forged first entry"
    );
    assert_eq!(post_for(behind_proxy, Some("35.172.189.167")).await, 200);
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);
}

/// `/healthz` says the receiver can reach its ledger, and `/metrics` counts what came,
/// in the Prometheus text format; neither is guarded by `webhook_allow`.
#[tokio::test]
async fn health_and_metrics_say_what_the_receiver_sees() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    // Events only from Luxfin's address; health and metrics from anywhere.
    let base = receiver(&ledger, vec!["35.172.189.167".parse().unwrap()]).await;
    let health = common::http()
        .get(format!("{base}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let health: serde_json::Value = health.json().await.unwrap();
    assert_eq!(health["status"], "ok", "{health}");
    assert_eq!(health["shared_ledger"], "none", "{health}");

    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let sign = || Some(webhook::sign(SECRET.as_bytes(), paid));
    assert_eq!(post(&format!("{base}/webhook"), paid, sign()).await, 403);
    assert_eq!(post(&format!("{base}/webhook"), paid, None).await, 403);
    let text = metrics_text(&base).await;
    assert!(
        text.contains(r#"luxpay_webhook_requests_total{outcome="forbidden"} 2"#),
        "{text}"
    );
    assert!(text.contains("luxpay_shared_ledger_up 0"), "{text}");
    assert!(text.contains("luxpay_outbox_pending 1"), "{text}");
    assert!(
        text.contains("luxpay_webhook_last_event_timestamp_seconds 0"),
        "{text}"
    );
}

/// Every outcome the receiver answers is counted under its name.
#[tokio::test]
async fn metrics_count_each_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    let base = receiver(&ledger, vec![]).await;
    let url = format!("{base}/webhook");
    let sign = |body: &[u8]| Some(webhook::sign(SECRET.as_bytes(), body));
    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let unknown = br#"{"order_id":999,"status":"SUCCESS"}"#;
    let weird = br#"{"order_id":42,"status":"weird"}"#;
    assert_eq!(post(&url, paid, sign(paid)).await, 200);
    assert_eq!(post(&url, paid, sign(paid)).await, 200);
    assert_eq!(post(&url, unknown, sign(unknown)).await, 200);
    assert_eq!(post(&url, weird, sign(weird)).await, 200);
    assert_eq!(post(&url, paid, None).await, 401);
    assert_eq!(post(&url, b"[]", sign(b"[]")).await, 400);
    let huge = vec![b' '; webhook::MAX_BODY + 1];
    assert_eq!(post(&url, &huge, sign(&huge)).await, 413);
    let text = metrics_text(&base).await;
    for (outcome, n) in [
        ("accepted", 1),
        ("replayed", 1),
        ("unknown_order", 1),
        ("unknown_status", 1),
        ("bad_signature", 1),
        ("bad_request", 1),
        ("too_large", 1),
    ] {
        let line = format!(r#"luxpay_webhook_requests_total{{outcome="{outcome}"}} {n}"#);
        assert!(text.contains(&line), "{line} in {text}");
    }
    assert!(
        !text.contains("luxpay_webhook_last_event_timestamp_seconds 0"),
        "{text}"
    );
}

/// What `/metrics` says now.
async fn metrics_text(base: &str) -> String {
    common::http()
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}
