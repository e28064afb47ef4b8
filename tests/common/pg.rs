//! The test PostgreSQL cluster `.ci/run` starts (pg_virtualenv): fresh databases on it,
//! counts, and stopping and starting it. Without LUXPAY_TEST_PG_URL the tests that need
//! it fail in CI (CI=true) and are skipped, saying so, elsewhere.

/// A new, empty database on the test cluster, for one test: its URL.
pub async fn fresh_database(name: &str) -> Option<String> {
    let admin = required(
        "LUXPAY_TEST_PG_URL",
        ".ci/run starts PostgreSQL and sets it",
    )?;
    let client = client(&admin).await;
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

/// An environment variable `.ci/run` sets: missing, a failure in CI, a skip elsewhere.
pub fn required(name: &str, why: &str) -> Option<String> {
    let value = std::env::var(name).ok();
    assert!(
        value.is_some() || std::env::var("CI").is_err(),
        "{name} is not set: {why}"
    );
    if value.is_none() {
        eprintln!("skipped: {name} is not set (run under .ci/run for PostgreSQL)");
    }
    value
}

/// A client of the database at `url`, its connection driven on the runtime.
pub async fn client(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
}

/// The one number a query answers.
pub async fn count(url: &str, sql: &str) -> i64 {
    client(url).await.query_one(sql, &[]).await.unwrap().get(0)
}

/// Stops or starts the whole test cluster (`stop` or `start`), through the command in
/// LUXPAY_TEST_PG_CTL (`pg_ctlcluster VERSION regress` under pg_virtualenv).
pub fn cluster(ctl: &str, action: &str) {
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("{ctl} {action}")])
        .status()
        .unwrap();
    assert!(status.success(), "{ctl} {action}: {status}");
}

/// The test cluster stopped; started again when this goes, even when the test fails, so
/// the tests after it still have their database.
pub struct Stopped<'a>(&'a str);

impl<'a> Stopped<'a> {
    /// Stops the cluster.
    pub fn new(ctl: &'a str) -> Stopped<'a> {
        cluster(ctl, "stop");
        Stopped(ctl)
    }
}

impl Drop for Stopped<'_> {
    fn drop(&mut self) {
        let _ = std::process::Command::new("sh")
            .args(["-c", &format!("{} start", self.0)])
            .status();
    }
}

/// A webhook receiver on the shared ledger at `db` (secret "s3cret", API luxfin.org),
/// with its own ledger in `dir`: its address.
pub async fn receiver_on(
    db: &str,
    dir: &std::path::Path,
    hooks: luxpay::hooks::Hooks,
) -> std::net::SocketAddr {
    let receiver = luxpay::webhook::Receiver {
        ledger: luxpay::ledger::Ledger::at(dir.join("receiver.db")),
        api_host: "luxfin.org".into(),
        secret: "s3cret".to_string().into(),
        allow: vec![],
        trusted_proxies: vec![],
        shared: Some(luxpay::shared::Pool::new(
            db.to_string().into(),
            std::time::Duration::from_secs(10),
        )),
        hooks,
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(luxpay::webhook::serve(
        listener,
        receiver,
        std::future::pending(),
    ));
    addr
}
