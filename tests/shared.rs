//! The shop's shared ledger on a real PostgreSQL: two tills and a manager close out as
//! one shop, and an outage of the database loses nothing and doubles nothing.
//!
//! They need PostgreSQL, so a plain `cargo test` lists them as ignored;
//! `scripts/test-with-postgres` (what `.ci/run` calls) starts a throwaway cluster, sets
//! LUXPAY_TEST_PG_URL and runs them with `--include-ignored`. Run that way without the
//! URL, they fail in CI (CI=true) and are skipped, saying so, elsewhere.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

mod common;

use common::pg::{count, fresh_database};

fn luxpay(home: &Path, base: &str, ledger_url: &str, till: &str) -> Command {
    let mut cmd = common::luxpay_in(home);
    cmd.env("TZ", "UTC")
        .env("LUXFIN_API_KEY", "k")
        .env("LUXPAY_TILL", till)
        .env("LUXPAY_OPERATOR", format!("op-{till}"))
        .env("LUXPAY_LEDGER_URL", ledger_url)
        .args(["--base-url", base]);
    cmd
}

/// The one JSON document a command that succeeded printed.
async fn json_of(cmd: Command) -> Value {
    common::json_out(&run(cmd).await)
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

/// The app at till "front" on the shared ledger, its form on screen.
fn till_on(home: &Path, base: &str, db: &str) -> common::pty::Pty {
    let mut pty = common::pty::Pty::spawn(
        home,
        &["--base-url", base],
        &[
            ("LUXFIN_API_KEY", "k"),
            ("LUXPAY_LEDGER_URL", db),
            ("LUXPAY_TILL", "front"),
        ],
        (120, 40),
    );
    pty.wait_for_text("New payment", Duration::from_secs(20));
    pty
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn two_tills_and_a_manager_close_the_shop_as_one() {
    let Some(db) = fresh_database("shop").await else {
        return;
    };
    let server = common::demo_server().await;
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
            if product == "Scarf" {
                // A tip travels with its sale to the shop's ledger.
                cmd.args(["--tip", "0.50"]);
            }
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
    let day = common::sale_day(front.path());
    summary.args(["summary", "--shop", "--json", "--date", &day]);
    let v = json_of(summary).await;
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
    assert_eq!(v["tips"][0]["total"], "0.50", "the shop's tips, apart: {v}");
    assert_eq!(
        v["server"]["differences"],
        serde_json::json!([]),
        "a till's own sale is never a difference: {v}"
    );

    // The shop's payments as CSV, every till's.
    let mut export = luxpay(office.path(), &base, &db, "office");
    export.args(["export", "--shop", "--out", "-"]);
    let csv = String::from_utf8(run(export).await.stdout).unwrap();
    assert_eq!(csv.lines().count(), 4, "a header and three payments: {csv}");
    assert!(
        csv.contains(",back,op-back,") && csv.contains(",front,op-front,"),
        "{csv}"
    );

    // A till alone still sees only its own day.
    let mut own = luxpay(back.path(), &base, &db, "back");
    own.args(["summary", "--json", "--date", &day]);
    let v: Value = serde_json::from_slice(&run(own).await.stdout).unwrap();
    assert_eq!(v["payments"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_database_outage_loses_nothing_and_doubles_nothing() {
    let Some(db) = fresh_database("outage").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    // The database is down: nothing listens on this port.
    let port = common::closed_port();
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
    common::http()
        .post(format!("{base}demo/pay/1"))
        .send()
        .await
        .unwrap();
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

/// A status inserted into the shared ledger (as the webhook receiver does) turns a
/// running app's screen PAID, though its own polling is set to once an hour.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_status_announced_by_the_shared_ledger_reaches_a_running_app() {
    let Some(db) = fresh_database("notify").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "poll_interval_secs = 3600\nhistory_poll_secs = 3600\n",
    )
    .unwrap();
    let (db_for_app, base_for_app, home_path) =
        (db.clone(), base.clone(), home.path().to_path_buf());
    let mut pty = tokio::task::spawn_blocking(move || {
        let mut pty = till_on(&home_path, &base_for_app, &db_for_app);
        pty.send("4.50\tana@example.com\tTea\r");
        pty.wait_for_text("PENDING", Duration::from_secs(20));
        pty
    })
    .await
    .unwrap();
    // No wait for the app's first status check: its PENDING answer may come back after
    // the PAID below, and PAID is final (it used to flip the screen back to PENDING).
    let client = common::pg::client(&db).await;
    client
        .execute(
            "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
             VALUES ('demo', '1', 'SUCCESS', '2026-11-27T12:00:00.000000000Z', 'webhook')",
            &[],
        )
        .await
        .unwrap();
    tokio::task::spawn_blocking(move || {
        pty.wait_for("PAID on screen", Duration::from_secs(10), |s, _| {
            s.contents().contains("PAID")
        });
        pty.send("\x03");
        pty.wait_exit(Duration::from_secs(10));
    })
    .await
    .unwrap();
}

/// The webhook receiver on a shared ledger, sent copies of one signed event at once (a
/// captured request replayed in parallel): one event recorded, `on_paid` run once, and
/// every copy answered 200, through a few pooled connections, not one per request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn parallel_copies_of_a_webhook_record_once_and_run_on_paid_once() {
    let Some(db) = fresh_database("webhook").await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // The sales, as the tills sent them to the shop's ledger.
    let till = luxpay::ledger::Ledger::at(dir.path().join("till.db"));
    for id in ["77", "78"] {
        till.append(&luxpay::ledger::Record::Payment(common::payment_record(id)))
            .unwrap();
    }
    let url: secrecy::SecretString = db.clone().into();
    luxpay::shared::push_now(&url, &till, Duration::from_secs(10), |_, _| {})
        .await
        .unwrap();
    let paid_file = dir.path().join("paid.log");
    let hooks = luxpay::hooks::Hooks {
        on_paid: Some(vec![
            "sh".into(),
            "-c".into(),
            format!("echo \"$LUXPAY_ORDER_ID\" >> {}", paid_file.display()),
        ]),
        ..Default::default()
    };
    let addr = common::pg::receiver_on(&db, dir.path(), hooks).await;
    let post_copies = |id: u32, copies: usize| {
        let body =
            format!(r#"{{"order_id":{id},"status":"SUCCESS","amount":12.5,"product":"Tea"}}"#);
        let signature = luxpay::webhook::sign(b"s3cret", body.as_bytes());
        let client = common::http();
        let posts = (0..copies).map(move |_| {
            client
                .post(format!("http://{addr}/webhook"))
                .header(luxpay::webhook::SIGNATURE_HEADER, signature.clone())
                .body(body.clone())
                .send()
        });
        futures_util::future::join_all(posts)
    };
    let answers = post_copies(77, 50).await;
    let codes: Vec<u16> = answers
        .into_iter()
        .map(|a| a.unwrap().status().as_u16())
        .collect();
    assert!(codes.iter().all(|c| *c == 200), "{codes:?}");
    let events = "SELECT count(*) FROM luxpay_status_events WHERE order_id = '77'";
    assert_eq!(count(&db, events).await, 1, "one event of 50 copies");
    // Every hook that runs was started before its request was answered: wait for the
    // one, then see that it is alone.
    let lines = || {
        std::fs::read_to_string(&paid_file)
            .map(|s| s.lines().map(str::to_string).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    common::wait_until(Duration::from_secs(10), || !lines().is_empty());
    let connections = count(
        &db,
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()",
    )
    .await;
    assert!(
        connections <= luxpay::shared::POOL_SIZE as i64 + 1,
        "{connections}: the receiver's pool at most, and this count's own"
    );

    // Many at once: queued for the pool's few connections, none refused.
    let answers = post_copies(78, 500).await;
    let refused = answers
        .into_iter()
        .filter(|a| a.as_ref().map_or(true, |a| a.status().as_u16() != 200))
        .count();
    assert_eq!(refused, 0, "every copy answered 200");
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM luxpay_status_events WHERE order_id = '78'"
        )
        .await,
        1
    );
    common::wait_until(Duration::from_secs(10), || lines().len() >= 2);
    assert_eq!(lines(), ["77", "78"], "on_paid ran once per order");
}

/// With `sslmode=require` the till speaks TLS to PostgreSQL and checks its certificate:
/// trusted through `sslrootcert`, refused (with the reason, and no password) when the
/// certificate's issuer is one the system does not know.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn tls_to_the_shared_ledger_checks_the_certificate() {
    let Some(db) = fresh_database("tls").await else {
        return;
    };
    let Some(ca) = common::pg::required("LUXPAY_TEST_PG_CA", ".ci/pg-certs makes it") else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let password = url::Url::parse(&db)
        .unwrap()
        .password()
        .unwrap()
        .to_string();

    // The system's roots do not know the test CA: refused, the sale still made locally.
    let untrusted = format!("{db}?sslmode=require");
    let out = run({
        let mut cmd = luxpay(home.path(), &base, &untrusted, "front");
        cmd.args(sale("Tea"));
        cmd
    })
    .await;
    assert_eq!(out.status.code(), Some(0), "the till keeps selling");
    let mut sync = luxpay(home.path(), &base, &untrusted, "front");
    sync.args(["ledger", "sync", "--json"]);
    let out = run(sync).await;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(err.contains("certificate"), "{err}");
    assert!(!err.contains(&password), "{err}");
    let tables = "SELECT count(*) FROM pg_tables WHERE tablename = 'luxpay_payments'";
    assert_eq!(
        count(&db, tables).await,
        0,
        "nothing was said before the check"
    );

    // Trusted through sslrootcert: the backlog goes, over an encrypted connection.
    let trusted = format!("{db}?sslmode=require&sslrootcert={ca}");
    let mut sync = luxpay(home.path(), &base, &trusted, "front");
    sync.args(["ledger", "sync", "--json"]);
    let v = json_of(sync).await;
    assert_eq!(v["encrypted"], true, "{v}");
    assert_eq!(v["sent_payments"], 1, "{v}");
    assert!(v["shared"].as_str().unwrap().ends_with("over TLS"), "{v}");
    // Plain, where the URL does not ask for TLS.
    let mut sync = luxpay(home.path(), &base, &db, "front");
    sync.args(["ledger", "sync", "--json"]);
    let v: Value = serde_json::from_slice(&run(sync).await.stdout).unwrap();
    assert_eq!(v["encrypted"], false, "{v}");
}

/// A running app on its Shop view lists another till's sale as it is made, without `r`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn another_tills_sale_reaches_a_running_shop_view() {
    let Some(db) = fresh_database("shopview").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let (front, back) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (db_for_app, base_for_app, home_path) =
        (db.clone(), base.clone(), front.path().to_path_buf());
    let mut pty = tokio::task::spawn_blocking(move || {
        let mut pty = till_on(&home_path, &base_for_app, &db_for_app);
        pty.send("\x10vvvv");
        pty.wait_for_text("No till has made a sale today", Duration::from_secs(20));
        pty
    })
    .await
    .unwrap();
    let out = run({
        let mut cmd = luxpay(back.path(), &base, &db, "back");
        cmd.args(sale("Scarf"));
        cmd
    })
    .await;
    assert_eq!(out.status.code(), Some(0));
    tokio::task::spawn_blocking(move || {
        pty.wait_for_text("Scarf", Duration::from_secs(5));
        pty.send("\x03");
        pty.wait_exit(Duration::from_secs(10));
    })
    .await
    .unwrap();
}

/// The race seen in the shop: a status check in flight (the API answers 4 s late), the
/// webhook's PAID announced through the shared ledger meanwhile. The screen turns PAID
/// and stays PAID when the late PENDING arrives, and `on_paid` and the bell run once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
// A scenario: a race staged step by step, each step timed against the one before.
#[allow(clippy::too_many_lines)]
async fn a_late_pending_answer_never_undoes_an_announced_paid() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let Some(db) = fresh_database("late").await else {
        return;
    };
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/payment/paypal"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "order_url": "https://pay.example/checkout/70001",
            "order_id": 70001,
            "amount": "4.50"
        })))
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(path("/payment/status"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"status": "PENDING", "data": {}}))
                .set_delay(Duration::from_secs(4)),
        )
        .mount(&api)
        .await;
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    let paid_file = home.path().join("paid.log");
    std::fs::write(
        config.join("config.toml"),
        format!(
            "poll_interval_secs = 1\nhistory_poll_secs = 3600\n\
             on_paid = [\"sh\", \"-c\", \"echo paid >> {}\"]\n",
            paid_file.display()
        ),
    )
    .unwrap();
    let (db_for_app, base, home_path) = (db.clone(), api.uri(), home.path().to_path_buf());
    let state = home.path().join("state");
    let mut pty = tokio::task::spawn_blocking(move || {
        let mut pty = common::pty::Pty::spawn(
            &home_path,
            &["--base-url", &base],
            &[
                ("LUXFIN_API_KEY", "k"),
                ("LUXPAY_LEDGER_URL", &db_for_app),
                ("LUXPAY_TILL", "front"),
                ("XDG_STATE_HOME", home_path.join("state").to_str().unwrap()),
            ],
            (120, 40),
        );
        pty.wait_for_text("New payment", Duration::from_secs(20));
        pty.send("4.50\tana@example.com\tLatte\r");
        pty.wait_for_text("PENDING", Duration::from_secs(20));
        pty
    })
    .await
    .unwrap();
    // The first check is out (and will be answered 4 s from now): announce PAID.
    let status_asked = || async {
        api.received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .any(|r| r.url.path() == "/payment/status")
    };
    let started = std::time::Instant::now();
    while !status_asked().await {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no status check"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let host = luxpay::api::host_and_port(&url::Url::parse(&api.uri()).unwrap());
    let client = common::pg::client(&db).await;
    client
        .execute(
            "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
             VALUES ($1, '70001', 'SUCCESS', '2026-11-27T12:00:00.000000000Z', 'webhook')",
            &[&host],
        )
        .await
        .unwrap();
    let log_dir = state.join("luxpay");
    let late_answer_ignored = move || {
        std::fs::read_dir(&log_dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|f| std::fs::read_to_string(f.path()).ok())
            .any(|log| log.contains("older than the last change ignored"))
    };
    let lines = move || {
        std::fs::read_to_string(&paid_file)
            .map(|s| s.lines().count())
            .unwrap_or(0)
    };
    tokio::task::spawn_blocking(move || {
        pty.wait_for("PAID on screen", Duration::from_secs(10), |s, _| {
            s.contents().contains("is PAID")
        });
        // Until the late answer has come and gone, PENDING never shows again.
        pty.wait_for("the late answer", Duration::from_secs(20), |s, _| {
            assert!(!s.contents().contains("PENDING"), "{}", s.contents());
            late_answer_ignored()
        });
        common::wait_until(Duration::from_secs(10), || lines() >= 1);
        assert!(pty.parser.screen().contents().contains("is PAID"));
        assert_eq!(pty.parser.callbacks().bells, 1, "one bell");
        assert_eq!(lines(), 1, "on_paid ran once");
        pty.send("\x03");
        pty.wait_exit(Duration::from_secs(10));
    })
    .await
    .unwrap();
}

/// The shop's close-out is the truth: `summary --shop` asks the server about every
/// till's open payments first and records what changed in the shop's ledger; what one
/// till learns (`status`) reaches the shop in the same command; a till's own summary
/// names its neighbours' sales as theirs, not as differences.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
// One scenario, a shop's day from the sales to each till's close-out, read in order.
#[allow(clippy::too_many_lines)]
async fn the_shop_close_out_asks_the_server_and_names_each_tills_sales() {
    let Some(db) = fresh_database("closeout").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let (north, south, office) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    for (home, till, product) in [
        (&north, "north", "Tea"),
        (&north, "north", "Cake"),
        (&south, "south", "Scarf"),
    ] {
        let mut cmd = luxpay(home.path(), &base, &db, till);
        cmd.args(sale(product));
        common::json_out(&{
            cmd.arg("--json");
            run(cmd).await
        });
    }
    let day = common::sale_day(north.path());
    let pay = |id: u32| {
        let url = format!("{base}demo/pay/{id}");
        async move { common::http().post(url).send().await.unwrap() }
    };
    pay(1).await;

    // The office made no sale: the server is asked about all three, order 1 is PAID.
    let mut summary = luxpay(office.path(), &base, &db, "office");
    summary.args(["summary", "--shop", "--json", "--date", &day]);
    let v = json_of(summary).await;
    let by_status: Vec<(String, u64)> = v["by_status"]
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
    assert_eq!(
        by_status,
        [("PAID".into(), 1), ("PENDING".into(), 2)],
        "{v}"
    );
    assert_eq!(v["unchecked"], 0);
    assert_eq!(v["server"]["differences"], serde_json::json!([]), "{v}");
    let paid_in_shop = "SELECT count(*) FROM luxpay_status_events WHERE status = 'SUCCESS'";
    assert_eq!(
        count(&db, paid_in_shop).await,
        1,
        "recorded in the shop's ledger"
    );

    // What north learns reaches the shop at once: no `ledger sync`.
    pay(2).await;
    let mut status = luxpay(north.path(), &base, &db, "north");
    status.args(["status", "2"]);
    assert_eq!(run(status).await.status.code(), Some(0));
    assert_eq!(
        count(&db, paid_in_shop).await,
        2,
        "pushed by `status` itself"
    );

    // North's own summary: south's sale is south's, not a difference.
    let mut own = luxpay(north.path(), &base, &db, "north");
    own.args(["summary", "--json", "--date", &day]);
    let v = json_of(own).await;
    assert_eq!(v["server"]["differences"], serde_json::json!([]), "{v}");
    assert_eq!(
        v["other_tills"],
        serde_json::json!([{"order_id": "3", "till": "south"}])
    );
    let mut text = luxpay(north.path(), &base, &db, "north");
    text.args(["summary", "--date", &day]);
    let out = String::from_utf8(run(text).await.stdout).unwrap();
    assert!(
        out.contains("Made at other tills of the shop (not differences): south 1"),
        "{out}"
    );
    assert!(out.contains("no differences"), "{out}");

    // A webhook told the shop's ledger that south's sale is paid: south's own books
    // learn it from there, and agree with the shop's.
    let client = common::pg::client(&db).await;
    client
        .execute(
            "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
             SELECT api_host, order_id, 'SUCCESS', '2026-11-27T12:00:00.000000000Z', 'webhook'
             FROM luxpay_payments WHERE order_id = '3'",
            &[],
        )
        .await
        .unwrap();
    let mut own = luxpay(south.path(), &base, &db, "south");
    own.args(["summary", "--json", "--date", &day]);
    let v = json_of(own).await;
    assert_eq!(v["by_status"][0]["name"], "PAID", "{v}");
    let mut export = luxpay(south.path(), &base, &db, "south");
    export.args(["export", "--out", "-"]);
    let csv = String::from_utf8(run(export).await.stdout).unwrap();
    assert!(csv.contains(",PAID,"), "south's own ledger holds it: {csv}");
}

/// A shared ledger that cannot be reached is a network failure (exit 4), for the shop's
/// close-out and for `doctor`, which connects to say what it found.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn an_unreachable_shared_ledger_is_a_network_failure_and_doctor_says_so() {
    let Some(db) = fresh_database("doctor").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let down = format!(
        "postgres://luxpay@127.0.0.1:{}/luxpay",
        common::closed_port()
    );
    for args in [
        &["summary", "--shop"][..],
        &["export", "--shop", "--out", "-"],
        &["doctor"],
    ] {
        let mut cmd = luxpay(home.path(), &base, &down, "front");
        cmd.args(args);
        let out = run(cmd).await;
        assert_eq!(
            out.status.code(),
            Some(4),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut doctor = luxpay(home.path(), &base, &down, "front");
    doctor.arg("doctor");
    let out = String::from_utf8(run(doctor).await.stdout).unwrap();
    assert!(out.contains("FAILED: cannot be reached"), "{out}");
    let mut doctor = luxpay(home.path(), &base, &db, "front");
    doctor.arg("doctor");
    let out = run(doctor).await;
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!("reached: schema {}", luxpay::shared::VERSION)),
        "{text}"
    );
}

/// Two tills on two demo APIs both make "order 1". The second is never taken for the
/// first: it is kept apart, whole, and `ledger sync` and `doctor` say so and fail; the
/// embedded `--demo` is refused with a shared ledger, pointing to `demo-server`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_different_sale_under_the_same_order_id_is_kept_apart_and_said() {
    let Some(db) = fresh_database("conflict").await else {
        return;
    };
    let (one, two) = (common::demo_server().await, common::demo_server().await);
    let (front1, front2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // One demo host name for both, as two `--demo` tills had: "127.0.0.1:PORT" differs,
    // so the second till names the first server's address with its own server behind it.
    let base1 = one.base_url().to_string();
    for (home, base, till, product) in [
        (&front1, &base1, "front-1", "Tea"),
        (&front2, &two.base_url().to_string(), "front-2", "Cake"),
    ] {
        let mut cmd = luxpay(home.path(), base, &db, till);
        cmd.args(sale(product)).arg("--json");
        assert_eq!(common::json_out(&run(cmd).await)["order_id"], "1");
    }
    // Front-2's sale is order 1 of another host here; make it collide as the report's
    // two `--demo` tills did (both "demo"), by rewriting its host in its own ledger.
    let ledger2 = front2.path().join("data/luxpay");
    let file = std::fs::read_dir(&ledger2)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "db"))
        .unwrap();
    let host1 = luxpay::api::host_and_port(&url::Url::parse(&base1).unwrap());
    let sqlite = rusqlite::Connection::open(&file).unwrap();
    sqlite
        .execute("UPDATE payments SET api_host = ?1", [&host1])
        .unwrap();
    sqlite
        .execute(
            "UPDATE shared_sync SET payments_upto = 0, events_upto = 0",
            [],
        )
        .unwrap();
    drop(sqlite);

    let mut sync = luxpay(front2.path(), &base1, &db, "front-2");
    sync.args(["ledger", "sync", "--json"]);
    let out = run(sync).await;
    assert_eq!(out.status.code(), Some(1), "not 0: {out:?}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["conflicts"], 1, "{v}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("kept apart"));
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_conflicts").await, 1);
    let kept = "SELECT count(*) FROM luxpay_payments WHERE till = 'front-1' AND product = 'Tea'";
    assert_eq!(count(&db, kept).await, 1, "front-1's sale is untouched");
    let mut doctor = luxpay(front2.path(), &base1, &db, "front-2");
    doctor.arg("doctor");
    let out = run(doctor).await;
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("conflict"));

    let mut demo = luxpay(front1.path(), &base1, &db, "front-1");
    demo.args([
        "--demo",
        "create",
        "--amount",
        "1",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ]);
    let out = run(demo).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("luxpay demo-server"));
}

/// A signed webhook for an order no till made is answered 200 (so Luxfin stops) and
/// stored nowhere: the shop's ledger holds only its tills' orders.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_webhook_for_an_order_no_till_made_is_not_stored() {
    let Some(db) = fresh_database("unknown").await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let addr = common::pg::receiver_on(&db, dir.path(), Default::default()).await;
    for body in [
        r#"{"order_id":88888888,"status":"SUCCESS"}"#,
        r#"{"order_id":"evil-order-xyz","status":"SUCCESS"}"#,
    ] {
        let status = common::http()
            .post(format!("http://{addr}/webhook"))
            .header(
                luxpay::webhook::SIGNATURE_HEADER,
                luxpay::webhook::sign(b"s3cret", body.as_bytes()),
            )
            .body(body)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status.as_u16(), 200, "{body}");
    }
    assert_eq!(
        count(&db, "SELECT count(*) FROM luxpay_status_events").await,
        0,
        "nothing stored for orders no till made"
    );
}

/// A table someone holds locked stops `summary --shop` after its time limit with a
/// message that says the database did not answer (it waited for ever).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_locked_shared_ledger_ends_the_command_with_a_reason() {
    let Some(db) = fresh_database("locked").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    // The schema, made by a first command.
    let mut sync = luxpay(home.path(), &base, &db, "office");
    sync.args(["ledger", "sync"]);
    assert_eq!(run(sync).await.status.code(), Some(0));
    let client = common::pg::client(&db).await;
    client
        .batch_execute("BEGIN; LOCK TABLE luxpay_payments IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut summary = luxpay(home.path(), &base, &db, "office");
    summary.args(["summary", "--shop"]);
    let out = run(summary).await;
    assert_eq!(out.status.code(), Some(4), "a network failure: {out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did not answer"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(60));
    client.batch_execute("ROLLBACK").await.unwrap();
}

/// A sale at till "front" on `db`, which must succeed.
async fn sold(home: &Path, base: &str, db: &str, product: &str) {
    let mut cmd = luxpay(home, base, db, "front");
    cmd.args(sale(product));
    let out = run(cmd).await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A shop database replaced by an empty one under the same URL (a restore from an old
/// backup, a new server) is another database: the till sends it everything again, says
/// so once, and doubles nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_replaced_shop_database_is_sent_everything_again() {
    let Some(db) = fresh_database("identity").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    for product in ["Tea", "Cake"] {
        sold(home.path(), &base, &db, product).await;
    }
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_payments").await, 2);
    // The same name, made again: empty, with an identity of its own.
    assert_eq!(
        fresh_database("identity").await.as_deref(),
        Some(db.as_str())
    );
    let sync = |args: &'static [&'static str]| {
        let mut cmd = luxpay(home.path(), &base, &db, "front");
        cmd.args(args);
        run(cmd)
    };
    let out = sync(&["ledger", "sync"]).await;
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.contains("not the one this till last sent to"),
        "{said}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_payments").await, 2);
    // Once: the next sync knows this database.
    let out = sync(&["ledger", "sync"]).await;
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!said.contains("not the one this till"), "{said}");
    assert_eq!(count(&db, "SELECT count(*) FROM luxpay_payments").await, 2);
    let doctor = json_of({
        let mut cmd = luxpay(home.path(), &base, &db, "front");
        cmd.args(["doctor", "--json"]);
        cmd
    })
    .await;
    let identity = doctor["shared_check"]["Ok"]["identity"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(identity.len(), 36, "{doctor}");
}

/// `export --shop` reads the shop's ledger a page at a time: a shop of more payments
/// than a page comes out whole, once each, oldest first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn the_shops_export_streams_every_page_in_order() {
    let Some(db) = fresh_database("stream").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    sold(home.path(), &base, &db, "Tea").await;
    // 4,500 more of another till's, straight into the shop's ledger: over two pages.
    let client = common::pg::client(&db).await;
    client
        .batch_execute(
            "INSERT INTO luxpay_payments (api_host, order_id, order_url, amount, currency,
                customer, product, method, created_at, demo, till, operator, recovered)
             SELECT p.api_host, 'B-' || n, '', '1.00', 'USD', 'b@example.com', 'Bun', 'card',
                '2020-01-01T00:00:00.' || lpad(n::text, 9, '0') || 'Z', p.demo, 'back', 'bo', false
             FROM generate_series(1, 4500) n, (SELECT api_host, demo FROM luxpay_payments LIMIT 1) p",
        )
        .await
        .unwrap();
    let out = run({
        let mut cmd = luxpay(home.path(), &base, &db, "front");
        cmd.args(["export", "--shop", "--out", "-"]);
        cmd
    })
    .await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids.len(), 4501);
    let expected: Vec<String> = (1..=4500).map(|n| format!("B-{n}")).collect();
    assert_eq!(
        ids[..4500],
        expected.iter().map(String::as_str).collect::<Vec<_>>()[..]
    );
    assert_eq!(ids[4500], "1", "the Tea, made today, last");
}

/// A till's ledger of `n` payments at till "front", two in three with a status event
/// after it, in the JSON lines `ledger import` reads.
fn backlog_file(path: &Path, n: u32) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let start: jiff::Timestamp = "2026-01-01T08:00:00Z".parse().unwrap();
    for i in 1..=n {
        let id = i.to_string();
        let at = start + jiff::SignedDuration::from_secs(i64::from(i) * 60);
        let mut p = common::payment_record(&id);
        p.created_at = at;
        p.till = "front".into();
        let record = luxpay::ledger::Record::Payment(p);
        serde_json::to_writer(&mut out, &record).unwrap();
        out.write_all(b"\n").unwrap();
        if i % 3 != 0 {
            let status = luxpay::ledger::Record::Status(luxpay::ledger::StatusRecord {
                api_host: "luxfin.org".into(),
                order_id: luxpay::api::OrderId::parse(&id).unwrap(),
                status: luxpay::api::PaymentStatus::Success,
                at: at + jiff::SignedDuration::from_secs(30),
                source: luxpay::ledger::Source::Poll,
            });
            serde_json::to_writer(&mut out, &status).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
}

/// `ledger sync --json` at till "front".
fn sync_at_front(home: &Path, base: &str, db: &str) -> Command {
    let mut cmd = luxpay(home, base, db, "front");
    cmd.args(["ledger", "sync", "--json"]);
    cmd
}

/// A `backlog_file` of `n` payments imported into the till at `home`, not yet sent.
async fn import_backlog(home: &Path, base: &str, db: &str, n: u32) {
    let file = home.join("backlog.jsonl");
    backlog_file(&file, n);
    let mut import = luxpay(home, base, db, "front");
    import.args(["ledger", "import", file.to_str().unwrap()]);
    let out = run(import).await;
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// A backlog of more than two batches goes a batch a transaction: a batch the database
/// refuses midway is rolled back whole, the batches before it stay, the sync says why
/// (exit 4), and the next sync goes on from there; every payment and status event
/// arrives exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_big_backlog_goes_in_batches_and_a_stopped_sync_goes_on() {
    let Some(db) = fresh_database("batches").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let sync = || run(sync_at_front(home.path(), &base, &db));
    // The schema, made by a first sync of nothing.
    assert_eq!(sync().await.status.code(), Some(0));
    // The database refuses the 7,001st payment, in the second batch of 5,000.
    let client = common::pg::client(&db).await;
    client
        .batch_execute(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$
             BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql;
             CREATE TRIGGER refuse BEFORE INSERT ON luxpay_payments
                FOR EACH ROW WHEN (NEW.order_id = '7001') EXECUTE FUNCTION refuse()",
        )
        .await
        .unwrap();
    import_backlog(home.path(), &base, &db, 12_000).await;

    let out = sync().await;
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(4), "{said}");
    assert!(said.contains("refused for the test"), "{said}");
    assert_eq!(
        count(&db, "SELECT count(*) FROM luxpay_payments").await,
        5_000,
        "the first batch stays, the second is rolled back whole"
    );
    let events_kept = count(&db, "SELECT count(*) FROM luxpay_status_events").await;
    assert_eq!(events_kept, 5_000);

    client
        .batch_execute("DROP TRIGGER refuse ON luxpay_payments")
        .await
        .unwrap();
    let out = sync().await;
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let json = common::json_out(&out);
    assert_eq!(
        json["sent_payments"], 7_000,
        "it went on from the batch that failed"
    );
    assert_eq!(json["sent_status_events"], 8_000 - events_kept);
    assert_eq!(json["backlog_payments"], 0);
    assert_eq!(
        count(&db, "SELECT count(*) FROM luxpay_payments").await,
        12_000
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(DISTINCT order_id) FROM luxpay_payments WHERE till = 'front'"
        )
        .await,
        12_000
    );
    assert_eq!(
        count(&db, "SELECT count(*) FROM luxpay_status_events").await,
        8_000
    );
}

/// A first big sync into a new shop leaves its tables with statistics, so the shop's
/// reads are planned for their real size from the start rather than after autovacuum
/// gets to them (here kept away, so only luxpay can have done it): a page of the shop
/// is read along the index on time, not gathered from the whole table and sorted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn a_first_big_sync_leaves_the_shop_analysed_and_read_by_its_index() {
    let Some(db) = fresh_database("analysed").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let sync = || run(sync_at_front(home.path(), &base, &db));
    assert_eq!(sync().await.status.code(), Some(0));
    let client = common::pg::client(&db).await;
    client
        .batch_execute(
            "ALTER TABLE luxpay_payments SET (autovacuum_enabled = false);
             ALTER TABLE luxpay_status_events SET (autovacuum_enabled = false)",
        )
        .await
        .unwrap();
    let analysed = "SELECT count(*) FROM pg_stat_user_tables
        WHERE relname IN ('luxpay_payments', 'luxpay_status_events')
        AND last_analyze IS NOT NULL";
    assert_eq!(count(&db, analysed).await, 0);

    // 12,000 payments and 8,000 status events: 20,000 rows, a big send.
    import_backlog(home.path(), &base, &db, 12_000).await;
    let out = sync().await;
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(count(&db, analysed).await, 2, "both tables analysed");

    let plan: Vec<String> = client
        .query(
            "EXPLAIN SELECT order_id FROM luxpay_payments WHERE api_host = 'luxfin.org'
             AND created_at >= '2026-01-01' AND (created_at, order_id) > ('2026-01-03', '')
             ORDER BY created_at, order_id LIMIT 2000",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(
        plan.iter()
            .any(|l| l.contains("Index Scan using luxpay_payments_by_time")),
        "{plan:#?}"
    );
}
