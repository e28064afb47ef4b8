//! Measures how long a sale made in the app takes to reach the shop's shared ledger:
//! from the Enter that makes it to its row in PostgreSQL (what `export --shop` reads),
//! over 50 sales. Prints the median, the 95th percentile and the worst.
//!
//!     pg_virtualenv sh -c 'LUXPAY_BIN=target/release/luxpay \
//!       LUXPAY_TEST_PG_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" \
//!       cargo run --release --example app_to_shop'
//!
//! `scripts/bench.sh` runs it when PostgreSQL is at hand.

// Measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use std::time::{Duration, Instant};

const SALES: usize = 50;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let admin = std::env::var("LUXPAY_TEST_PG_URL").expect("LUXPAY_TEST_PG_URL: a cluster to use");
    let db = fresh_database(&admin).await;
    let server = luxpay::demo::DemoServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap();
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let (client, connection) = tokio_postgres::connect(&db, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let (db_app, home_path) = (db.clone(), home.path().to_path_buf());
    let (keys, typed) = std::sync::mpsc::channel::<String>();
    // The app in a pseudo-terminal, on its own thread: keys in through the channel.
    let app = std::thread::spawn(move || {
        let mut pty = pty::Pty::spawn(
            &home_path,
            &["--base-url", &base],
            &[
                ("LUXFIN_API_KEY", "k"),
                ("LUXPAY_LEDGER_URL", &db_app),
                ("LUXPAY_TILL", "front"),
            ],
            (120, 40),
        );
        pty.wait_for_text("New payment", Duration::from_secs(30));
        for text in typed {
            pty.send(&text);
            pty.pump_for(Duration::from_millis(1));
        }
        pty.send("\x03");
        pty.wait_exit(Duration::from_secs(10));
    });
    // Wait for the schema the app's sender makes on its first connection.
    wait_for(&client, "SELECT count(*) FROM luxpay_schema", 1).await;
    let mut took = Vec::new();
    for i in 1..=SALES {
        let start = Instant::now();
        keys.send(format!("4.50\t{i}@example.com\tTea\r")).unwrap();
        wait_for(&client, "SELECT count(*) FROM luxpay_payments", i as i64).await;
        took.push(start.elapsed());
        // A new form for the next sale.
        keys.send("n".into()).unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(keys);
    app.join().unwrap();
    took.sort();
    let at = |q: f64| took[((took.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    println!(
        "app to shop, {SALES} sales: median {:.0} ms, p95 {:.0} ms, worst {:.0} ms",
        at(0.5).as_secs_f64() * 1000.0,
        at(0.95).as_secs_f64() * 1000.0,
        took[took.len() - 1].as_secs_f64() * 1000.0
    );
}

/// Polls every 2 ms until `sql` counts at least `n`; gives up after 30 s.
async fn wait_for(client: &tokio_postgres::Client, sql: &str, n: i64) {
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(row) = client.query_one(sql, &[]).await
            && row.get::<_, i64>(0) >= n
        {
            return;
        }
        assert!(Instant::now() < end, "{sql} never reached {n}");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

/// A new, empty database on the cluster at `admin`: its URL.
async fn fresh_database(admin: &str) -> String {
    let (client, connection) = tokio_postgres::connect(admin, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let name = format!("luxpay_bench_{}", std::process::id());
    for sql in [
        format!("DROP DATABASE IF EXISTS {name}"),
        format!("CREATE DATABASE {name}"),
    ] {
        client.batch_execute(&sql).await.unwrap();
    }
    let mut url = url::Url::parse(admin).unwrap();
    url.set_path(&name);
    url.to_string()
}
