//! PostgreSQL stopped and started under a running till that keeps selling: the sales
//! made while it was down reach the shared ledger by themselves once it is back, each
//! once. A test binary of its own, because it stops the whole test cluster: tests in
//! other binaries never run at the same time as it.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

mod common;

use common::pg::{Stopped, count, fresh_database, required};

const WAIT: Duration = Duration::from_secs(20);

/// Waits until the shared ledger holds `n` payments, for at most `within`.
fn wait_for_payments(rt: &tokio::runtime::Runtime, db: &str, n: i64, within: Duration) {
    let started = Instant::now();
    loop {
        let found = rt.block_on(count(db, "SELECT count(*) FROM luxpay_payments"));
        if found == n {
            return;
        }
        assert!(
            started.elapsed() < within,
            "the shared ledger holds {found} payment(s), not {n}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
fn a_till_keeps_selling_while_postgres_is_down_and_sends_it_all_after() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let Some(db) = rt.block_on(fresh_database("outage")) else {
        return;
    };
    let Some(ctl) = required("LUXPAY_TEST_PG_CTL", ".ci/run sets it to pg_ctlcluster") else {
        return;
    };
    let server = rt.block_on(common::demo_server());
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state");
    let mut pty = common::pty::Pty::spawn(
        home.path(),
        &["--base-url", &base],
        &[
            ("LUXFIN_API_KEY", "k"),
            ("LUXPAY_LEDGER_URL", &db),
            ("LUXPAY_TILL", "front"),
            ("XDG_STATE_HOME", state.to_str().unwrap()),
        ],
        (120, 40),
    );
    pty.wait_for_text("New payment", WAIT);
    pty.send("4.50\tana@example.com\tTea\r");
    pty.wait_for_text("order 1 ·", WAIT);
    wait_for_payments(&rt, &db, 1, WAIT);
    // A webhook receiver on the same shared ledger: healthy while it answers.
    let receiver_dir = tempfile::tempdir().unwrap();
    let health = rt.block_on(receiver_health(&db, receiver_dir.path()));
    assert_eq!(health_of(&rt, &health), 200);

    let stopped = Stopped::new(&ctl);
    // Down within its 2 s probe, naming what is down.
    let until = Instant::now() + WAIT;
    while health_of(&rt, &health) != 503 {
        assert!(
            Instant::now() < until,
            "/healthz never said the database is down"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Two sales while the database is down: each is shown as always.
    for (n, product) in [(2, "Cake"), (3, "Scone")] {
        pty.send("n");
        pty.send(&format!("3.20\tbo@example.org\t{product}\r"));
        pty.wait_for_text(&format!("order {n} ·"), WAIT);
    }
    // The till's sender has found the database gone (woken by those sales), as its log
    // says.
    let log_dir = home.path().join("state/luxpay");
    let until = std::time::Instant::now() + WAIT;
    while !log_says(&log_dir, "shared ledger not reached") {
        assert!(std::time::Instant::now() < until, "the sender never tried");
        pty.pump_for(Duration::from_millis(50));
    }
    drop(stopped);
    let until = Instant::now() + WAIT;
    while health_of(&rt, &health) != 200 {
        assert!(
            Instant::now() < until,
            "/healthz never said the database is back"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // Nobody runs `ledger sync`: the running till sends its backlog by itself.
    wait_for_payments(&rt, &db, 3, Duration::from_secs(30));
    let products = rt.block_on(async {
        let client = common::pg::client(&db).await;
        client
            .query(
                "SELECT product FROM luxpay_payments ORDER BY created_at",
                &[],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<_, String>(0))
            .collect::<Vec<_>>()
    });
    assert_eq!(products, ["Tea", "Cake", "Scone"]);
    pty.send("\x03");
    pty.wait_exit(WAIT);
}

/// Whether any log file in `dir` holds `text`.
fn log_says(dir: &std::path::Path, text: &str) -> bool {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|f| std::fs::read_to_string(f.path()).ok())
        .any(|log| log.contains(text))
}

/// Starts a webhook receiver on the shared ledger at `db`: its `/healthz` URL.
async fn receiver_health(db: &str, dir: &std::path::Path) -> String {
    let addr = common::pg::receiver_on(db, dir, Default::default()).await;
    format!("http://{addr}/healthz")
}

/// The status `/healthz` answers now.
fn health_of(rt: &tokio::runtime::Runtime, url: &str) -> u16 {
    rt.block_on(common::http().get(url).send())
        .unwrap()
        .status()
        .as_u16()
}
