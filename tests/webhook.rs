//! `luxpay webhook`: Luxfin's signed events received, checked and recorded; forged,
//! unsigned, oversized and unexpected ones refused, replays changing nothing; slow and
//! oversized clients cut off; SIGTERM and systemd's readiness protocol honoured.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

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
    let receiver = plain_receiver(ledger, allow, hooks);
    tokio::spawn(webhook::serve(listener, receiver, std::future::pending()));
    format!("http://{addr}")
}

/// A receiver for `ledger` with this file's secret, no proxies, no shared ledger.
fn plain_receiver(
    ledger: &Ledger,
    allow: Vec<std::net::IpAddr>,
    hooks: luxpay::hooks::Hooks,
) -> Receiver {
    Receiver {
        ledger: ledger.clone(),
        api_host: "luxfin.org".into(),
        secret: SECRET.to_string().into(),
        allow,
        trusted_proxies: vec![],
        shared: None,
        hooks,
    }
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
    let (child, addr) = spawn_receiver(home.path(), None).await;
    let body = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let signature = Some(webhook::sign(SECRET.as_bytes(), body));
    assert_eq!(
        post(&format!("http://{addr}/webhook"), body, signature).await,
        200
    );
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);
    terminate(&child);
    let status = tokio::task::spawn_blocking(move || wait(child))
        .await
        .unwrap();
    assert_eq!(status.code(), Some(0), "a clean stop");
}

/// `luxpay webhook` started as systemd starts it, in a home of its own, with
/// NOTIFY_SOCKET set when `notify` is given; with the address it says it listens on.
async fn spawn_receiver(home: &Path, notify: Option<&Path>) -> (Child, SocketAddr) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_luxpay"));
    command
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("LUXFIN_API_SECRET", SECRET)
        .env("LUXFIN_BASE_URL", "https://luxfin.org")
        .args(["webhook", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(socket) = notify {
        command.env("NOTIFY_SOCKET", socket);
    }
    let mut child = command.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let addr = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stderr)
            .read_line(&mut line)
            .unwrap();
        let rest = line.split("http://").nth(1).unwrap();
        rest.split('/').next().unwrap().parse().unwrap()
    })
    .await
    .unwrap();
    (child, addr)
}

/// Sends SIGTERM to `child`, as systemd stops a service.
fn terminate(child: &Child) {
    let sent = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

/// How `child` ended (blocking: call it off the runtime's threads).
fn wait(mut child: Child) -> std::process::ExitStatus {
    child.wait().unwrap()
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

/// The head of a signed request carrying `body` (which is not sent with it), with the
/// `extra` header lines; the connection closes after the answer.
fn signed_head(body: &[u8], extra: &str) -> String {
    format!(
        "POST /webhook HTTP/1.1\r\nHost: luxpay\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n{SIGNATURE_HEADER}: {}\r\n\
         {extra}\r\n",
        body.len(),
        webhook::sign(SECRET.as_bytes(), body)
    )
}

/// What the server sends before it closes the connection, which it must do within
/// `limit` (a reset counts as closed: what came before it is returned).
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> String {
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(limit, stream.read_to_end(&mut answer))
        .await
        .expect("the connection closed in time");
    String::from_utf8_lossy(&answer).into_owned()
}

/// Connections that each sent part of a request head, then nothing (slowloris).
async fn slow_clients(addr: &str, n: usize) -> Vec<TcpStream> {
    let mut slow = Vec::with_capacity(n);
    for _ in 0..n {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"POST /webhook HTTP/1.1\r\nHost: luxpay\r\nContent-Le")
            .await
            .unwrap();
        slow.push(stream);
    }
    slow
}

/// 300 clients that each sent part of a request head and stopped neither keep a signed
/// event from being answered (within 3 s) nor keep their connections: each is cut off
/// once its head is 10 s late, so within 14 s.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_neither_delay_an_event_nor_keep_their_connections() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    let base = receiver(&ledger, vec![]).await;
    let opened = Instant::now();
    let slow = slow_clients(base.trim_start_matches("http://"), 300).await;

    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let signature = Some(webhook::sign(SECRET.as_bytes(), paid));
    let url = format!("{base}/webhook");
    let event = post(&url, paid, signature);
    let answered = tokio::time::timeout(Duration::from_secs(3), event).await;
    assert_eq!(answered.ok(), Some(200), "answered within 3 s");
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);

    let deadline = tokio::time::Instant::from_std(opened + Duration::from_secs(14));
    let mut cut = tokio::task::JoinSet::new();
    for mut stream in slow {
        cut.spawn(async move {
            let mut rest = Vec::new();
            tokio::time::timeout_at(deadline, stream.read_to_end(&mut rest))
                .await
                .is_ok()
        });
    }
    let mut still_open = 0;
    while let Some(closed) = cut.join_next().await {
        still_open += usize::from(!closed.unwrap());
    }
    assert_eq!(still_open, 0, "slow clients still connected after 14 s");
}

/// A request head past 16 KiB is refused (431, or the connection closed) and records
/// nothing, signed or not; a head of 12 KiB is taken.
#[tokio::test]
async fn a_request_head_past_16_kib_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    for id in ["42", "43"] {
        ledger.append(&payment(id)).unwrap();
    }
    let base = receiver(&ledger, vec![]).await;
    let addr = base.trim_start_matches("http://");
    let send = |id: &str, padding: usize| {
        let body = format!(r#"{{"order_id":{id},"status":"SUCCESS"}}"#);
        let mut request = signed_head(
            body.as_bytes(),
            &format!("X-Padding: {}\r\n", "a".repeat(padding)),
        );
        request.push_str(&body);
        async move {
            let mut stream = TcpStream::connect(addr).await.unwrap();
            // The server may close before it has read all of it.
            let _ = stream.write_all(request.as_bytes()).await;
            until_closed(&mut stream, Duration::from_secs(10)).await
        }
    };
    let refused = send("42", 20 * 1024).await;
    assert!(
        refused.is_empty() || refused.starts_with("HTTP/1.1 431"),
        "{refused}"
    );
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Pending);
    let taken = send("43", 12 * 1024).await;
    assert!(taken.starts_with("HTTP/1.1 200"), "{taken}");
    assert_eq!(status_of(&ledger, "43"), PaymentStatus::Success);
}

/// Past the connection cap a client waits, unaccepted, instead of the receiver taking
/// more; it is served as soon as a connection ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_connection_cap_a_client_waits_its_turn() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.append(&payment("42")).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let limits = webhook::Limits {
        connections: 2,
        ..Default::default()
    };
    let app = webhook::router(plain_receiver(&ledger, vec![], Default::default()));
    tokio::spawn(webhook::serve_with(
        listener,
        app,
        limits,
        std::future::pending(),
    ));
    let mut slow = slow_clients(&addr, 2).await;

    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let url = format!("http://{addr}/webhook");
    let mut event = tokio::spawn(async move {
        post(&url, paid, Some(webhook::sign(SECRET.as_bytes(), paid))).await
    });
    // Cannot pass wrongly: an answer here is a receiver past its cap.
    let early = tokio::time::timeout(Duration::from_millis(500), &mut event).await;
    assert!(early.is_err(), "answered with both connections taken");
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Pending);

    drop(slow.pop());
    let code = tokio::time::timeout(Duration::from_secs(30), event)
        .await
        .expect("served once a connection ended")
        .unwrap();
    assert_eq!(code, 200);
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);
}

/// The next notice the receiver sent systemd, as `READY=1`.
async fn notice(socket: &tokio::net::UnixDatagram) -> String {
    let mut notice = [0u8; 256];
    let n = tokio::time::timeout(Duration::from_secs(30), socket.recv(&mut notice))
        .await
        .expect("a notice from the receiver")
        .unwrap();
    String::from_utf8_lossy(&notice[..n]).trim_end().to_string()
}

/// Under systemd (Type=notify) the receiver says READY=1 once it listens and
/// STOPPING=1 when SIGTERM comes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn systemd_hears_ready_once_listening_and_stopping_on_sigterm() {
    let home = tempfile::tempdir().unwrap();
    let socket_path = home.path().join("notify");
    let systemd = tokio::net::UnixDatagram::bind(&socket_path).unwrap();
    let (child, addr) = spawn_receiver(home.path(), Some(&socket_path)).await;
    assert_eq!(notice(&systemd).await, "READY=1");
    let health = common::http()
        .get(format!("http://{addr}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200, "listening when it says so");
    terminate(&child);
    assert_eq!(notice(&systemd).await, "STOPPING=1");
    let status = tokio::task::spawn_blocking(move || wait(child))
        .await
        .unwrap();
    assert_eq!(status.code(), Some(0));
}

/// Reads a request's interim answer: `HTTP/1.1 100 Continue`, sent once the handler
/// reads the body.
async fn interim(stream: &mut TcpStream) -> String {
    let mut answer = Vec::new();
    let mut chunk = [0u8; 256];
    while !answer.ends_with(b"\r\n\r\n") {
        let n = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut chunk))
            .await
            .expect("an interim answer")
            .unwrap();
        assert_ne!(n, 0, "closed before an interim answer");
        answer.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8_lossy(&answer).into_owned()
}

/// `child`'s exit status if it ends within `limit`; else it is killed and None.
fn wait_within(mut child: Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// SIGTERM: the receiver stops accepting, answers the request in flight (its body
/// still coming when the signal came), cuts off one whose body never comes, and exits
/// 0 within 5 s.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_answers_the_request_in_flight_and_exits_within_5_s() {
    let home = tempfile::tempdir().unwrap();
    let ledger = Ledger::in_dir(&home.path().join("data/luxpay"), false);
    ledger.append(&payment("42")).unwrap();
    let socket_path = home.path().join("notify");
    let systemd = tokio::net::UnixDatagram::bind(&socket_path).unwrap();
    let (child, addr) = spawn_receiver(home.path(), Some(&socket_path)).await;
    assert_eq!(notice(&systemd).await, "READY=1");

    // In flight: the handler is reading the body (100 Continue) and has half of it.
    let paid = br#"{"order_id":42,"status":"SUCCESS"}"#;
    let (first, rest) = paid.split_at(10);
    let head = signed_head(paid, "Expect: 100-continue\r\n");
    let mut in_flight = TcpStream::connect(addr).await.unwrap();
    in_flight.write_all(head.as_bytes()).await.unwrap();
    assert!(interim(&mut in_flight).await.starts_with("HTTP/1.1 100"));
    in_flight.write_all(first).await.unwrap();
    let mut stuck = TcpStream::connect(addr).await.unwrap();
    stuck.write_all(head.as_bytes()).await.unwrap();
    assert!(interim(&mut stuck).await.starts_with("HTTP/1.1 100"));

    let asked = Instant::now();
    terminate(&child);
    assert_eq!(notice(&systemd).await, "STOPPING=1");
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "a new connection taken while stopping"
    );
    in_flight.write_all(rest).await.unwrap();
    let answer = until_closed(&mut in_flight, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(status_of(&ledger, "42"), PaymentStatus::Success);

    let status = tokio::task::spawn_blocking(move || wait_within(child, Duration::from_secs(30)))
        .await
        .unwrap()
        .expect("the receiver exits");
    let took = asked.elapsed();
    assert!(
        took < Duration::from_secs(5),
        "exited {took:?} after SIGTERM"
    );
    assert_eq!(status.code(), Some(0), "a clean stop");
    let cut = until_closed(&mut stuck, Duration::from_secs(10)).await;
    assert!(!cut.contains("200"), "{cut}");
}
