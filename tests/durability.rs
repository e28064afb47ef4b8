//! Nothing lost, not even a sale in flight: `luxpay create` killed (SIGKILL) at moments
//! spread over its whole life, then `luxpay ledger recover`; every order the API made is
//! in the ledger, once, and no sale is left open.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;

use luxpay::api::{Client, ClientOptions};
use luxpay::demo::DemoServer;
use luxpay::ledger::{Filter, Ledger};

fn luxpay(home: &Path, base: &str) -> Command {
    let mut cmd = common::luxpay_in(home);
    cmd.env("LUXFIN_API_KEY", "k")
        .env("LUXPAY_TILL", "front-1")
        .env("LUXPAY_OPERATOR", "ana")
        .args(["--base-url", base, "--timeout", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// When each create is killed. The API makes an order at once and its answer arrives
/// 300 ms later, so a kill as soon as the order exists always loses the answer; the
/// others fall at fixed moments from before the ledger is opened to after the answer
/// is recorded. Fixed, so a failure can be run again as it was.
const KILL: [Kill; 16] = {
    use Kill::{After, OrderMade};
    [
        After(0),
        OrderMade,
        After(10),
        After(30),
        OrderMade,
        After(60),
        After(100),
        OrderMade,
        After(150),
        After(250),
        OrderMade,
        After(400),
        After(600),
        OrderMade,
        After(900),
        After(1500),
    ]
};

#[derive(Debug, Clone, Copy)]
enum Kill {
    /// This many milliseconds after the start.
    After(u64),
    /// As soon as the API has made the order.
    OrderMade,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_killed_at_any_moment_lose_no_order_once_recovered() {
    let server = DemoServer::start_with(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
        Duration::from_millis(300),
        None,
    )
    .await
    .unwrap();
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let mut options = ClientOptions::new(server.base_url(), "k".to_string().into());
    options.timeout = Duration::from_secs(5);
    let api = Client::new(options).unwrap();
    let made = async || api.list(100, 0).await.unwrap().orders.len();
    for (i, kill) in KILL.iter().enumerate() {
        let before = made().await;
        let mut cmd = luxpay(home.path(), &base);
        cmd.args([
            "create",
            "--amount",
            "4.50",
            "--customer",
            "ana@example.com",
            "--product",
            &format!("Sale {i}"),
            "--no-qr",
        ]);
        let mut child = cmd.spawn().unwrap();
        match kill {
            Kill::After(ms) => tokio::time::sleep(Duration::from_millis(*ms)).await,
            Kill::OrderMade => {
                while made().await == before {
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            }
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    // Asked until nothing is left in flight: what Luxfin made is found at once, and a
    // sale it never made is closed once its create's timeout (2 s) has passed.
    let started = std::time::Instant::now();
    loop {
        let mut recover = luxpay(home.path(), &base);
        recover
            .args(["ledger", "recover", "--json"])
            .stdout(Stdio::piped());
        let out = recover.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        if v["unresolved"] == 0 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{v}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let made = api.list(100, 0).await.unwrap().orders;
    assert!(
        made.len() < KILL.len(),
        "some kills came before the order was made: {} made",
        made.len()
    );
    let ledger = Ledger::in_dir(&home.path().join("data/luxpay"), true);
    let entries = ledger
        .all(&Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap();
    let mut recorded: Vec<&str> = entries
        .iter()
        .map(|e| e.payment.order_id.as_str())
        .collect();
    let mut at_luxfin: Vec<&str> = made.iter().map(|o| o.id.as_str()).collect();
    recorded.sort_unstable();
    at_luxfin.sort_unstable();
    assert_eq!(
        recorded, at_luxfin,
        "every order made is in the ledger, once"
    );
    assert!(
        entries.iter().any(|e| e.payment.recovered),
        "some answers were lost and their orders found again"
    );
    for e in &entries {
        assert_eq!(
            (e.payment.till.as_str(), e.payment.operator.as_str()),
            ("front-1", "ana")
        );
    }
    let stats = ledger.stats().unwrap();
    assert_eq!(stats.open_intents, 0, "every sale in flight was resolved");
    assert_eq!(ledger.integrity().unwrap(), ["ok"]);
}
