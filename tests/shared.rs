//! The shop's shared ledger on a real PostgreSQL: two tills and a manager close out as
//! one shop, and an outage of the database loses nothing and doubles nothing.
//!
//! `.ci/run` starts a throwaway cluster and sets LUXPAY_TEST_PG_URL. Without it these
//! tests fail in CI (CI=true) and are skipped, saying so, elsewhere.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use luxpay::demo::DemoServer;
use serde_json::Value;

/// A new, empty database on the test cluster, for one test: its URL.
async fn fresh_database(name: &str) -> Option<String> {
    let Ok(admin) = std::env::var("LUXPAY_TEST_PG_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "LUXPAY_TEST_PG_URL is not set: .ci/run starts PostgreSQL and sets it"
        );
        eprintln!("skipped: LUXPAY_TEST_PG_URL is not set (run under .ci/run for PostgreSQL)");
        return None;
    };
    let (client, connection) = tokio_postgres::connect(&admin, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let db = format!("luxpay_{name}_{}", std::process::id());
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .await
        .unwrap();
    client
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .await
        .unwrap();
    let mut url = url::Url::parse(&admin).unwrap();
    url.set_path(&db);
    Some(url.to_string())
}

async fn count(url: &str, sql: &str) -> i64 {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client.query_one(sql, &[]).await.unwrap().get(0)
}

fn luxpay(home: &Path, base: &str, ledger_url: &str, till: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_luxpay"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("TZ", "UTC")
        .env("LUXFIN_API_KEY", "k")
        .env("LUXPAY_TILL", till)
        .env("LUXPAY_OPERATOR", format!("op-{till}"))
        .env("LUXPAY_LEDGER_URL", ledger_url)
        .args(["--base-url", base])
        .stdin(Stdio::null());
    cmd
}

async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

fn sale(product: &str) -> [&str; 8] {
    [
        "create",
        "--amount",
        "4.50",
        "--customer",
        "ana@example.com",
        "--product",
        product,
        "--no-qr",
    ]
}

async fn demo() -> DemoServer {
    DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_tills_and_a_manager_close_the_shop_as_one() {
    let Some(db) = fresh_database("shop").await else {
        return;
    };
    let server = demo().await;
    let base = server.base_url().to_string();
    let (front, back, office) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    for (home, till, product) in [
        (&front, "front", "Tea"),
        (&front, "front", "Cake"),
        (&back, "back", "Scarf"),
    ] {
        let out = run({
            let mut cmd = luxpay(home.path(), &base, &db, till);
            cmd.args(sale(product));
            cmd
        })
        .await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_payments").await, 3);

    // The manager has no sales of its own.
    let mut summary = luxpay(office.path(), &base, &db, "office");
    summary.args(["summary", "--shop", "--json"]);
    let out = run(summary).await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["payments"], 3, "{v}");
    let tills: Vec<(String, u64)> = v["by_till"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["name"].as_str().unwrap().into(),
                g["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(tills, [("back".into(), 1), ("front".into(), 2)]);
    assert_eq!(
        v["server"]["differences"],
        serde_json::json!([]),
        "a till's own sale is never a difference: {v}"
    );

    // A till alone still sees only its own day.
    let mut own = luxpay(back.path(), &base, &db, "back");
    own.args(["summary", "--json"]);
    let v: Value = serde_json::from_slice(&run(own).await.stdout).unwrap();
    assert_eq!(v["payments"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_loses_nothing_and_doubles_nothing() {
    let Some(db) = fresh_database("outage").await else {
        return;
    };
    let server = demo().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    // The database is down: nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = format!("postgres://luxpay@127.0.0.1:{port}/luxpay");
    for product in ["Tea", "Cake"] {
        let out = run({
            let mut cmd = luxpay(home.path(), &base, &down, "front");
            cmd.args(sale(product));
            cmd
        })
        .await;
        assert_eq!(out.status.code(), Some(0), "the till keeps selling");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("not in the shop's shared ledger yet"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Back up: the backlog goes, in order, once.
    let sync = || {
        let mut cmd = luxpay(home.path(), &base, &db, "front");
        cmd.args(["ledger", "sync", "--json"]);
        cmd
    };
    let v: Value = serde_json::from_slice(&run(sync()).await.stdout).unwrap();
    assert_eq!(
        (&v["sent_payments"], &v["backlog_payments"]),
        (&serde_json::json!(2), &serde_json::json!(0)),
        "{v}"
    );
    let v: Value = serde_json::from_slice(&run(sync()).await.stdout).unwrap();
    assert_eq!(v["sent_payments"], 0, "nothing sent twice");
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_payments").await, 2);
    // A status learned later follows its payment.
    let mut status = luxpay(home.path(), &base, &db, "front");
    status.args(["status", "1"]);
    common_http_pay(&base, 1).await;
    assert_eq!(run(status).await.status.code(), Some(0));
    run(sync()).await;
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM luxpay_status_events WHERE order_id = '1' AND status = 'SUCCESS'"
        )
        .await,
        1
    );
}

async fn common_http_pay(base: &str, id: u32) {
    luxpay::api::ensure_tls_provider();
    reqwest::Client::new()
        .post(format!("{}demo/pay/{id}", base))
        .send()
        .await
        .unwrap();
}
