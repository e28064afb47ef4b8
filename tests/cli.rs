//! The built binary, run as a process: commands, output, exit codes, and safety.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::THEMES;
use luxpay::demo::DemoServer;
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "sk_live_DO_NOT_PRINT_7f3a9c";

/// A luxpay command with a private home, config and data dir, and no inherited settings.
fn luxpay(home: &Path) -> Command {
    common::luxpay_in(home)
}

async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const SALE: [&str; 7] = [
    "create",
    "--amount",
    "12.50",
    "--customer",
    "ana@example.com",
    "--product",
    "Coffee beans",
];

#[tokio::test]
async fn demo_create_prints_a_qr_that_scans_to_the_printed_url() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    // Labelled on stderr; a pipe gets plain lines and no code, which is drawn in colours
    // on a terminal only (tests/e2e.rs scans it there).
    assert!(
        stderr(&out).starts_with("DEMO"),
        "demo output is labelled: {}",
        stderr(&out)
    );
    assert!(text.starts_with("http://127.0.0.1:"), "{text}");
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(text.contains("Order     1\n"));
    assert!(text.contains("Amount    12.50 USD\n"));
    assert!(text.contains("Product   Coffee beans\n"));
}

#[tokio::test]
async fn json_output_is_exactly_one_object() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(["--demo"])
        .args(SALE)
        .args(["--json", "--method", "card", "--currency", "eur"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
    let object = stream.next().unwrap().unwrap();
    assert!(stream.next().is_none(), "nothing after the object: {text}");
    assert_eq!(object["order_id"], "1");
    assert_eq!(object["amount"], "12.50");
    assert_eq!(object["currency"], "EUR");
    assert_eq!(object["method"], "card");
    assert_eq!(object["customer"], "ana@example.com");
    assert_eq!(object["product"], "Coffee beans");
    assert_eq!(object["demo"], true);
    assert!(
        object["order_url"]
            .as_str()
            .unwrap()
            .ends_with("/checkout/1")
    );
    assert!(
        object["created_at"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .is_ok()
    );
    assert!(
        stderr(&out).contains("DEMO"),
        "the DEMO label goes to stderr in JSON mode"
    );
}

#[tokio::test]
async fn bad_input_exits_2_names_the_field_and_sends_nothing() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let long_url = format!("https://shop.example/{}", "x".repeat(3000));
    let cases: [(&[&str], &str); 12] = [
        (
            &["--amount", "0.125"],
            "amount: use at most two decimal places",
        ),
        // Text that looks like something else: bidi overrides, invisible characters,
        // separators, piles of combining marks; userinfo and endless redirect URLs.
        (
            &["--customer", "moc.elpmaxe@ana\u{202E}"],
            "customer email: contains an invisible or direction-changing character (U+202E)",
        ),
        (
            &["--product", "Tea\u{2028}set"],
            "product: contains an invisible",
        ),
        (
            &["--product", "Tea\u{200B}"],
            "product: contains an invisible",
        ),
        (
            &["--product", "Te\u{0301}\u{0301}\u{0301}a"],
            "product: contains a pile of combining marks",
        ),
        (
            &["--redirect-url", "https://user:pw@shop.example/"],
            "redirect URL: must not hold a user name or password",
        ),
        (
            &["--redirect-url", &long_url],
            "redirect URL: is 3021 characters; use one of 2048 or fewer",
        ),
        (
            &["--amount", "0"],
            "amount: the amount must be more than zero",
        ),
        (&["--customer", "Ana <ana@example.com>"], "customer email:"),
        (&["--product", ""], "product: enter what is being sold"),
        (&["--redirect-url", "ftp://x"], "redirect URL:"),
        (&["--currency", "EUR"], "currency: PayPal takes USD only"),
    ];
    for (change, want) in cases {
        let mut args: Vec<&str> = SALE.to_vec();
        let at = args.iter().position(|a| *a == change[0]);
        match at {
            Some(i) => args[i + 1] = change[1],
            None => args.extend_from_slice(change),
        }
        let mut cmd = luxpay(home.path());
        cmd.env("LUXFIN_API_KEY", "k")
            .args(["--base-url", &mock.uri()])
            .args(&args);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(2), "{change:?}");
        assert!(stderr(&out).contains(want), "{change:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

#[tokio::test]
async fn without_a_key_or_demo_the_message_says_where_to_put_one() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(SALE);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no API key") && err.contains("LUXFIN_API_KEY") && err.contains("--demo"),
        "{err}"
    );
}

#[tokio::test]
async fn api_failures_map_to_their_exit_codes() {
    let refused = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let home = tempfile::tempdir().unwrap();
    for (reply, code, says) in [
        (Some(ResponseTemplate::new(401)), 3, "check your API key"),
        (
            Some(ResponseTemplate::new(400).set_body_json(json!({"error": "customer blocked"}))),
            3,
            "customer blocked",
        ),
        (Some(ResponseTemplate::new(502)), 3, "may have been created"),
        (
            Some(ResponseTemplate::new(200).set_body_string("not json")),
            5,
            "may have been created",
        ),
        (None, 4, "refused"),
    ] {
        let mock = MockServer::start().await;
        let base = match reply {
            Some(reply) => {
                Mock::given(method("POST"))
                    .respond_with(reply)
                    .expect(1)
                    .mount(&mock)
                    .await;
                mock.uri()
            }
            None => refused.clone(),
        };
        let mut cmd = luxpay(home.path());
        cmd.env("LUXFIN_API_KEY", "k")
            .args(["--base-url", &base])
            .args(SALE);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(code), "{says}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
    }
}

#[tokio::test]
async fn status_list_and_wait_follow_the_demo_api() {
    let server = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap();
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let cmd = |args: &[&str]| {
        let mut c = luxpay(home.path());
        c.env("LUXFIN_API_KEY", "any")
            .args(["--base-url", &base])
            .args(args);
        c
    };
    for _ in 0..2 {
        assert_eq!(
            run(cmd(&[&SALE[..], &["--no-qr"]].concat()))
                .await
                .status
                .code(),
            Some(0)
        );
    }
    let out = run(cmd(&["status", "1"])).await;
    assert_eq!(stdout(&out), "PENDING\n");
    let out = run(cmd(&["status", "1", "--json"])).await;
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["status"], "PENDING");
    assert_eq!(v["order"]["amount"], "12.50");

    let http = common::http();
    http.post(server.base_url().join("demo/pay/1").unwrap())
        .send()
        .await
        .unwrap();
    http.post(server.base_url().join("demo/expire/2").unwrap())
        .send()
        .await
        .unwrap();
    let out = run(cmd(&["status", "1", "--wait", "--interval", "1"])).await;
    assert_eq!(
        (out.status.code(), stdout(&out).as_str()),
        (Some(0), "PAID\n")
    );
    let out = run(cmd(&["status", "2", "--wait", "--interval", "1"])).await;
    assert_eq!(
        (out.status.code(), stdout(&out).as_str()),
        (Some(6), "EXPIRED\n")
    );

    let out = run(cmd(&["list"])).await;
    let table = stdout(&out);
    // A `luxpay demo-server` says what it is: its lists are labelled DEMO (on stderr).
    assert!(stderr(&out).starts_with("DEMO"), "{}", stderr(&out));
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("WHEN   ID  STATUS"), "{table}");
    // Every row says when its sale was made (from this machine's ledger) and its order.
    let row = |i: usize| lines[i].split_whitespace().collect::<Vec<_>>();
    let is_time = |t: &str| t.len() == 5 && t.as_bytes()[2] == b':';
    assert!(is_time(row(1)[0]), "{table}");
    assert_eq!(
        row(1)[1..],
        [
            "2",
            "EXPIRED",
            "12.50",
            "USD",
            "ana@example.com",
            "Coffee",
            "beans"
        ],
        "{table}"
    );
    assert_eq!(row(2)[1..3], ["1", "PAID"], "one word everywhere: {table}");
    let out = run(cmd(&["list", "--json", "--limit", "2"])).await;
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["payments"].as_array().unwrap().len(), 2);
    assert_eq!(
        (
            &v["payments"][1]["status"],
            &v["payments"][1]["server_status"]
        ),
        (&json!("PAID"), &json!("SUCCESS")),
        "the server's own word in a field of its own"
    );
    let out = run(cmd(&["status", "1", "--json"])).await;
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (&v["status"], &v["server_status"]),
        (&json!("PAID"), &json!("SUCCESS"))
    );

    let today = common::sale_day(home.path());
    let out = run(cmd(&["history", "--from", &today, "--to", &today])).await;
    assert!(stdout(&out).contains("2 payments from"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("totals: 25.00 USD\n"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("adds different currencies"));
    let out = run(cmd(&["history", "--from", "yesterday", "--to", &today])).await;
    assert_eq!(out.status.code(), Some(2), "a bad date is a usage error");
}

#[tokio::test]
async fn create_wait_exits_0_when_the_demo_pays_it() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(["--demo", "--demo-pay-after", "1"])
        .args(SALE)
        .args(["--no-qr", "--wait", "--interval", "1"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with("Status    PAID\n"),
        "{}",
        stdout(&out)
    );
}

#[tokio::test]
async fn the_demo_server_command_serves_the_api() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(["demo-server", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let first_line = tokio::task::spawn_blocking({
        let out = child.stdout.take().unwrap();
        move || {
            use std::io::BufRead;
            let mut reader = std::io::BufReader::new(out);
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            // Keep draining so the server never writes into a closed pipe.
            std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
            line
        }
    })
    .await
    .unwrap();
    let base = first_line.trim().rsplit(' ').next().unwrap().to_string();
    assert!(
        first_line.contains("DEMO") && base.starts_with("http://127.0.0.1:"),
        "{first_line}"
    );

    let mut create = luxpay(home.path());
    create
        .env("LUXFIN_API_KEY", "any")
        .args(["--base-url", &base])
        .args(SALE)
        .arg("--json");
    let out = run(create).await;
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["order_url"], format!("{base}/checkout/1"));
}

#[tokio::test]
async fn hostile_server_text_is_sanitised_and_the_key_never_shows() {
    let mock = MockServer::start().await;
    let evil = "Tea\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}";
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [
            {"id": 1, "Amount": 3, "currency": "USD", "customer": "a@b.co", "product": evil, "status": "PENDING\u{1b}[31m"}
        ]})))
        .mount(&mock)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": evil})))
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let key_file = home.path().join("key");
    std::fs::write(&key_file, SECRET).unwrap();
    let cmd = |args: &[&str]| {
        let mut c = luxpay(home.path());
        c.env("LUXPAY_LOG", "trace")
            .args([
                "--api-key-file",
                key_file.to_str().unwrap(),
                "--base-url",
                &mock.uri(),
            ])
            .args(args);
        c
    };
    for args in [
        &["list"][..],
        &SALE[..],
        &["doctor"][..],
        &["status", "1"][..],
    ] {
        let out = run(cmd(args)).await;
        let all = format!("{}{}", stdout(&out), stderr(&out));
        let without_qr: String = all
            .replace("\x1b[38;5;16;48;5;231m", "")
            .replace("\x1b[0m", "");
        assert!(
            !without_qr.contains('\x1b') && !without_qr.contains('\x07'),
            "{args:?}: {all:?}"
        );
        assert!(
            !all.contains("[2J") && !all.contains("52;c;") && !all.contains("[31m"),
            "{args:?}: sequences go whole, with no remains: {all:?}"
        );
        assert!(!all.contains(SECRET), "{args:?} printed the key");
    }
    let log = log_text(home.path());
    assert!(!log.contains(SECRET), "the log holds the key");
}

#[tokio::test]
async fn doctor_reports_sources_never_the_key() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.env("LUXFIN_API_KEY", SECRET)
        .env("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22")
        .args(["--base-url", &mock.uri(), "doctor"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(!text.contains(SECRET));
    assert!(
        text.contains("API key       the LUXFIN_API_KEY environment variable"),
        "{text}"
    );
    assert!(text.contains("ok: the key was accepted"));
    assert!(text.contains("SSH           yes"));
    assert!(text.contains("copy goes to  terminal clipboard via OSC 52"));
    assert!(text.contains(&format!(
        "config file   {}",
        home.path().join("config/luxpay/config.toml").display()
    )));
    // A pipe gets no escapes: the sample code is drawn on a terminal only.
    assert!(!text.contains('\x1b'), "{text:?}");
}

#[tokio::test]
async fn help_lists_every_command_and_the_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--help");
    let out = run(cmd).await;
    let text = stdout(&out);
    for word in [
        "create",
        "status",
        "list",
        "history",
        "doctor",
        "demo-server",
        "Exit codes:",
        "6  with --wait",
    ] {
        assert!(text.contains(word), "{word}");
    }
    let mut cmd = luxpay(home.path());
    cmd.args(["create", "--help"]);
    let text = stdout(&run(cmd).await);
    for flag in [
        "--amount",
        "--customer",
        "--product",
        "--redirect-url",
        "--method",
        "--currency",
        "--json",
        "--no-qr",
        "--wait",
    ] {
        assert!(text.contains(flag), "{flag}");
    }
    // The command's own options first, the global ones under their own headings after.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
    assert!(at("--customer") < at("Global options:"), "{text}");
    assert!(at("Global options:") < at("--api-key-file"), "{text}");
    assert!(at("Demo API:") < at("--demo-pay-after"), "{text}");
    assert!(!text.contains("--addr"), "demo-server's own option: {text}");
}

#[tokio::test]
async fn completions_for_every_shell_and_a_manual_page() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let mut cmd = luxpay(home.path());
        cmd.args(["completions", shell]);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(
            script.contains("luxpay") && script.contains("demo-server"),
            "{shell}"
        );
    }
    let mut cmd = luxpay(home.path());
    cmd.args(["completions", "tcsh"]);
    assert_eq!(run(cmd).await.status.code(), Some(2), "an unknown shell");

    let mut cmd = luxpay(home.path());
    cmd.arg("man");
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(
        page.contains(".TH luxpay 1"),
        "roff: {}",
        &page[..200.min(page.len())]
    );
    for word in [
        "create",
        "summary",
        "141",
        "LUXFIN_API_KEY",
        "XDG_STATE_HOME",
        "Exit codes",
    ] {
        assert!(page.contains(word), "the manual page names {word}");
    }
}

// ---- the ledger, export and summary ---------------------------------------------------

/// Every log file's text: they are `luxpay.DATE.log` in the state directory.
fn log_text(home: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(home.join("state/luxpay"))
        .into_iter()
        .flatten()
    {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    text
}

/// The ledger database `name` in `home`'s data directory as JSON lines, one per payment
/// (oldest first) then one per status event, in the 0.1 ledger's shape; empty if there
/// is none. The file's raw bytes are checked for the API key as well.
fn ledger_text(home: &Path, name: &str) -> String {
    let path = home.join("data/luxpay").join(name);
    let Ok(raw) = std::fs::read(&path) else {
        return String::new();
    };
    assert!(
        !String::from_utf8_lossy(&raw).contains(SECRET),
        "the key must never be written"
    );
    let ledger = luxpay::ledger::Ledger::at(path.clone());
    let mut lines = Vec::new();
    for e in ledger
        .all(&luxpay::ledger::Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap()
    {
        let record = luxpay::ledger::Record::Payment(e.payment);
        lines.push(serde_json::to_string(&record).unwrap());
    }
    let db = rusqlite::Connection::open(&path).unwrap();
    let mut events = db
        .prepare(
            "SELECT p.order_id, e.status FROM status_events e
             JOIN payments p ON p.id = e.payment_id ORDER BY e.id",
        )
        .unwrap();
    let rows = events
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for row in rows {
        let (order_id, status) = row.unwrap();
        lines.push(format!(
            r#"{{"kind":"status","order_id":"{order_id}","status":"{status}"}}"#
        ));
    }
    lines.join("\n")
}

#[tokio::test]
async fn every_created_link_is_in_the_ledger_and_demo_is_kept_apart() {
    // The live API, as far as luxpay can tell: it does not say it is a demo.
    let live_api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/1", "order_id": 1, "amount": "12.50"
        })))
        .mount(&live_api)
        .await;
    Mock::given(wiremock::matchers::path("/payment/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "SUCCESS"})))
        .mount(&live_api)
        .await;
    let base = live_api.uri();
    let home = tempfile::tempdir().unwrap();
    let mut live = luxpay(home.path());
    live.env("LUXFIN_API_KEY", SECRET)
        .args(["--base-url", &base])
        .args(SALE)
        .arg("--json");
    let live_out = run(live).await;
    assert_eq!(live_out.status.code(), Some(0), "{}", stderr(&live_out));
    let mut demo = luxpay(home.path());
    demo.arg("--demo").args(SALE).arg("--no-qr");
    assert_eq!(run(demo).await.status.code(), Some(0));
    // A demo API started apart (`luxpay demo-server`) is a demo too; like the command, it
    // keeps its orders in the data directory's demo state, so order ids go on from there.
    let demo_server = DemoServer::start_with(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
        Duration::ZERO,
        Some(luxpay::demo::state_file(&home.path().join("data/luxpay"))),
    )
    .await
    .unwrap();
    let mut apart = luxpay(home.path());
    apart
        .env("LUXFIN_API_KEY", "k")
        .args(["--base-url", demo_server.base_url().as_str()])
        .args(SALE)
        .arg("--no-qr");
    let out = run(apart).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("DEMO"),
        "labelled: {}",
        stderr(&out)
    );

    let live_ledger = ledger_text(home.path(), "ledger.db");
    let demo_ledger = ledger_text(home.path(), "ledger-demo.db");
    assert_eq!(live_ledger.lines().count(), 1, "{live_ledger}");
    assert_eq!(demo_ledger.lines().count(), 2, "{demo_ledger}");
    let record: Value = serde_json::from_str(live_ledger.lines().next().unwrap()).unwrap();
    let printed: Value = serde_json::from_str(&stdout(&live_out)).unwrap();
    assert_eq!(record["order_url"], printed["order_url"]);
    assert_eq!(record["amount"], "12.50");
    assert_eq!(record["demo"], false);
    for line in demo_ledger.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            (&record["demo"], &record["api_host"]),
            (&json!(true), &json!("demo"))
        );
    }
    for text in [&live_ledger, &demo_ledger, &log_text(home.path())] {
        assert!(!text.contains(SECRET), "the key must never be written");
    }

    // A status seen by `status --wait` is recorded too.
    let mut wait = luxpay(home.path());
    wait.env("LUXFIN_API_KEY", SECRET).args([
        "--base-url",
        &base,
        "status",
        "1",
        "--wait",
        "--interval",
        "1",
    ]);
    assert_eq!(run(wait).await.status.code(), Some(0));
    let last: Value = serde_json::from_str(
        ledger_text(home.path(), "ledger.db")
            .lines()
            .last()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (last["kind"].as_str(), last["status"].as_str()),
        (Some("status"), Some("SUCCESS"))
    );
}

#[tokio::test]
// A scenario: each step reads the ledger and the demo the steps before it left.
#[allow(clippy::too_many_lines)]
async fn export_writes_rfc4180_csv_never_overwrites_and_summary_reconciles() {
    let server = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap();
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let cmd = |args: &[&str]| {
        let mut c = luxpay(home.path());
        c.env("LUXFIN_API_KEY", "k")
            .env("TZ", "UTC")
            .args(["--base-url", &base])
            .args(args);
        c
    };
    let mut sale = SALE.to_vec();
    sale[6] = "=HYPERLINK(\"http://evil\")";
    assert_eq!(
        run(cmd(&[&sale[..], &["--no-qr"]].concat()))
            .await
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(cmd(&[
            &SALE[..],
            &["--no-qr", "--method", "card", "--currency", "EUR"]
        ]
        .concat()))
        .await
        .status
        .code(),
        Some(0)
    );
    common::http()
        .post(server.base_url().join("demo/pay/2").unwrap())
        .send()
        .await
        .unwrap();

    let csv = home.path().join("day.csv");
    let out = run(cmd(&["export", "--out", csv.to_str().unwrap()])).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "order_id,created_at,amount,currency,status,server_status,customer,product,method,order_url,api_host,till,operator,recovered,tip"
    );
    assert!(
        lines[1].starts_with("1,") && lines[1].contains(",12.50,USD,PENDING,PENDING,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(r#","'=HYPERLINK(""http://evil"")","#),
        "neutralised and quoted: {}",
        lines[1]
    );
    assert_eq!(lines[3], "", "CRLF after every row");

    let again = run(cmd(&["export", "--out", csv.to_str().unwrap()])).await;
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("exists already"));
    assert_eq!(
        std::fs::read_to_string(&csv).unwrap(),
        text,
        "the first export is untouched"
    );

    let server_csv = run(cmd(&["export", "--source", "server", "--out", "-"])).await;
    assert_eq!(server_csv.status.code(), Some(0), "{}", stderr(&server_csv));
    assert!(
        stdout(&server_csv).starts_with(
            "order_id,amount,currency,status,server_status,customer,product\r\n2,12.50,EUR,PAID,SUCCESS,"
        )
    );

    // The ledger still says order 2 is pending, but the server has it paid: the summary
    // asks first, records the change, and then the two sides agree.
    let today = common::sale_day(home.path());
    let out = run(cmd(&["summary", "--date", &today])).await;
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(
        text.contains("PAID          1         12.50 EUR"),
        "paid, and currencies apart: {text}"
    );
    assert!(
        !text.contains("PENDING       1         12.50 EUR"),
        "{text}"
    );
    assert!(text.contains("no differences"), "{text}");
    assert!(!text.contains("could not be checked"), "{text}");
    assert!(
        ledger_text(home.path(), "ledger-demo.db")
            .contains(r#""kind":"status","order_id":"2","status":"SUCCESS""#),
        "the change is in the ledger"
    );

    let out = run(cmd(&["history", "--from", &today, "--to", &today])).await;
    let text = stdout(&out);
    assert!(
        text.contains("totals: 12.50 EUR · 12.50 USD\n"),
        "never one sum: {text}"
    );
    assert!(
        text.contains("(the server's own sum, 25.00, adds different currencies together)"),
        "{text}"
    );

    let out = run(cmd(&["summary", "--date", &today, "--json"])).await;
    let json: Value = serde_json::from_str(&stdout(&out)).expect("one JSON document");
    assert_eq!(json["payments"], 2);
    assert_eq!(json["unchecked"], 0);
    assert_eq!(json["server"]["differences"], json!([]));
    assert_eq!(
        json["server"]["totals"],
        json!([{"currency": "EUR", "total": "12.50"}, {"currency": "USD", "total": "12.50"}])
    );
    assert_eq!(json["server"]["sum_adds_currencies"], true);
}

/// Offline, the summary counts what the ledger knows and says what it could not check.
#[tokio::test]
async fn an_offline_summary_says_what_it_could_not_check() {
    // A server of its own (not from wiremock's pool), so dropping it closes its port.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let live_api = MockServer::builder().listener(listener).start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/1", "order_id": 1, "amount": "12.50"
        })))
        .mount(&live_api)
        .await;
    let base = live_api.uri();
    let home = tempfile::tempdir().unwrap();
    let cmd = |args: &[&str]| {
        let mut c = luxpay(home.path());
        c.env("LUXFIN_API_KEY", "k")
            .env("TZ", "UTC")
            .args(["--base-url", &base])
            .args(args);
        c
    };
    assert_eq!(
        run(cmd(&[&SALE[..], &["--no-qr"]].concat()))
            .await
            .status
            .code(),
        Some(0)
    );
    drop(live_api);
    let today = common::sale_day(home.path());
    let out = run(cmd(&["summary", "--date", &today])).await;
    let text = stdout(&out);
    assert!(text.contains("PENDING       1         12.50 USD"), "{text}");
    assert!(
        text.contains("1 open payment could not be checked"),
        "{text}{}",
        stderr(&out)
    );
    assert!(text.contains("Not reconciled"), "{text}");
    assert_eq!(
        out.status.code(),
        Some(4),
        "the server could not be reached"
    );
}

#[tokio::test]
async fn summary_and_local_export_work_without_a_key() {
    let home = tempfile::tempdir().unwrap();
    let mut summary = luxpay(home.path());
    summary.arg("summary");
    let out = run(summary).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("0 payments in the ledger"));
    let mut export = luxpay(home.path());
    export.args(["export", "--out", "-"]);
    let out = run(export).await;
    assert_eq!(
        stdout(&out),
        "order_id,created_at,amount,currency,status,server_status,customer,product,method,order_url,api_host,till,operator,recovered,tip\r\n"
    );
    assert!(
        stderr(&out).contains("wrote 0 payments"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn an_export_range_that_ends_before_it_starts_is_refused() {
    let home = tempfile::tempdir().unwrap();
    // Nothing listens at that address: were the range sent, it would fail another way.
    let closed = format!("http://127.0.0.1:{}", common::closed_port());
    for source in ["local", "server"] {
        let mut export = luxpay(home.path());
        export
            .env("LUXFIN_API_KEY", "k")
            .env("LUXFIN_BASE_URL", &closed)
            .args([
                "export",
                "--source",
                source,
                "--from",
                "2026-11-28",
                "--to",
                "2026-11-01",
                "--out",
                "-",
            ]);
        let out = run(export).await;
        assert_eq!(out.status.code(), Some(2), "{source}: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "{source}: nothing written");
        assert!(
            stderr(&out).contains("--from 2026-11-28 is after --to 2026-11-01"),
            "{}",
            stderr(&out)
        );
    }
}

/// `luxpay doctor | head -3` panicked ("failed printing to stdout") and exited 101. Every
/// command's stdout is here a pipe nobody reads: each ends quietly, 0 or 141.
#[tokio::test]
async fn a_closed_stdout_is_not_a_crash() {
    let home = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 7] = [
        &["doctor"],
        &SALE,
        &["list"],
        &["history", "--from", "2026-11-01", "--to", "2026-11-30"],
        &["summary"],
        &["export", "--out", "-"],
        &["--help"],
    ];
    for args in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut cmd = luxpay(home.path());
        cmd.arg("--demo").args(args).stdout(writer);
        let out = run(cmd).await;
        let err = stderr(&out);
        assert!(
            matches!(out.status.code(), Some(0 | 141)),
            "{args:?} exited {:?}: {err}",
            out.status.code()
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(
            !err.contains("Broken pipe"),
            "{args:?} is quiet about it: {err}"
        );
    }
}

/// Exports and logs hold customer emails: readable by the user alone, like the ledger.
/// The log lives in the XDG state directory, one file a day.
#[tokio::test]
async fn exports_and_logs_are_private_and_logs_live_in_the_state_dir() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let mut create = luxpay(home.path());
    create.arg("--demo").args(SALE).arg("--no-qr");
    assert_eq!(run(create).await.status.code(), Some(0));
    let csv = home.path().join("day.csv");
    let mut export = luxpay(home.path());
    export.args(["--demo", "export", "--out", csv.to_str().unwrap()]);
    assert_eq!(run(export).await.status.code(), Some(0));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&csv), 0o600, "the export");
    let logs: Vec<_> = std::fs::read_dir(home.path().join("state/luxpay"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(logs.len(), 1, "{logs:?}");
    let name = logs[0].file_name().unwrap().to_string_lossy().to_string();
    assert!(
        name.starts_with("luxpay.") && name.ends_with(".log"),
        "{name}"
    );
    assert!(log_text(home.path()).contains("payment link created"));
    assert_eq!(mode(&logs[0]), 0o600, "the log");
    assert!(!home.path().join("data/luxpay/luxpay.log").exists());
}

/// A directory where the log should be, as after one `sudo luxpay` made it root's, made
/// every command exit 101. Logging never stops a sale: one warning, and on.
#[tokio::test]
async fn a_log_that_cannot_be_written_is_a_warning_not_a_crash() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("state")).unwrap();
    // A file where the log directory should be: nothing can be created under it.
    std::fs::write(home.path().join("state/luxpay"), "in the way").unwrap();
    let mut create = luxpay(home.path());
    create.arg("--demo").args(SALE).arg("--no-qr");
    let out = run(create).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("warning: no log file").count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A script that asks for JSON reads JSON: doctor and summary print one document, and a
/// failure is an `{"error": …}` object on stdout as well as its exit code.
#[tokio::test]
async fn json_everywhere_a_script_reads() {
    let home = tempfile::tempdir().unwrap();
    let mut doctor = luxpay(home.path());
    doctor.args(["--demo", "doctor", "--json"]);
    let out = run(doctor).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("one JSON document");
    assert_eq!(v["demo"], true);
    assert_eq!(v["api_error"], Value::Null);
    assert_eq!(
        (&v["ledger_stats"]["payments"], &v["ledger_error"]),
        (&json!(0), &Value::Null),
        "the ledger's counts, plainly: {v}"
    );

    let closed = format!("http://127.0.0.1:{}", common::closed_port());
    let cases: [(&[&str], i32, &str); 3] = [
        // Nothing listens there: a network failure, before anything was sent.
        (
            &[
                "--base-url",
                closed.as_str(),
                "create",
                "--amount",
                "5",
                "--customer",
                "a@b.co",
                "--product",
                "Tea",
                "--json",
            ],
            4,
            "network",
        ),
        (
            &[
                "--demo",
                "create",
                "--amount",
                "abc",
                "--customer",
                "a@b.co",
                "--product",
                "Tea",
                "--json",
            ],
            2,
            "input",
        ),
        // clap's own errors too: a missing option.
        (
            &["--demo", "create", "--customer", "a@b.co", "--json"],
            2,
            "usage",
        ),
    ];
    for (args, code, kind) in cases {
        let mut cmd = luxpay(home.path());
        cmd.env("LUXFIN_API_KEY", "k").args(args);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out))
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {:?}", stdout(&out)));
        assert_eq!(v["error"]["kind"], kind, "{args:?}");
        assert_eq!(v["error"]["exit_code"], code, "{args:?}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
        assert!(
            stderr(&out).contains("error"),
            "and on stderr for people: {args:?}"
        );
    }
}

/// Each --demo process started a fresh demo: `status 1` right after `create` failed and
/// `summary` counted nothing. One demo per data directory now, shared by every command.
#[tokio::test]
async fn the_demo_holds_together_across_commands() {
    let home = tempfile::tempdir().unwrap();
    let demo = |args: &[&str]| {
        let mut c = luxpay(home.path());
        c.env("TZ", "UTC").arg("--demo").args(args);
        c
    };
    let out = run(demo(&[&SALE[..], &["--no-qr"]].concat())).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(demo(&["status", "1"])).await;
    assert_eq!(
        (out.status.code(), stdout(&out).as_str()),
        (Some(0), "PENDING\n"),
        "{}",
        stderr(&out)
    );
    let day = common::sale_day(home.path());
    let out = run(demo(&["summary", "--date", &day])).await;
    let text = stdout(&out);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.starts_with("DEMO"), "labelled, on stderr: {said}");
    assert!(text.contains("(1 payment in the ledger)"), "{text}");
    assert!(text.contains("no differences"), "{text}");
    let out = run(demo(&[&SALE[..], &["--no-qr", "--json"]].concat())).await;
    let created: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(created["order_id"], "2", "numbering goes on");
}

/// Asked for 5.00, a server answering 5000 got a QR, a tick and 5,000.00 in the ledger.
/// A link made for another amount is not a sale: no code, exit 5, the link only in the
/// message and the JSON, and the ledger says what was asked.
#[tokio::test]
async fn a_link_for_another_amount_is_not_a_success() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/9", "order_id": 9, "amount": "5000"
        })))
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let sale = |json: bool| {
        let mut c = luxpay(home.path());
        c.env("LUXFIN_API_KEY", "k").args([
            "--base-url",
            &mock.uri(),
            "create",
            "--amount",
            "5.00",
            "--customer",
            "a@b.co",
            "--product",
            "Tea",
        ]);
        if json {
            c.arg("--json");
        }
        c
    };
    let out = run(sale(false)).await;
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "no code, no tick");
    let err = stderr(&out);
    assert!(
        err.contains(
            "Luxfin made this link for 5,000.00 USD, not 5.00 USD: do not show it to the customer"
        ),
        "{err}"
    );
    assert!(err.contains("https://pay.example/checkout/9"), "{err}");

    let out = run(sale(true)).await;
    assert_eq!(out.status.code(), Some(5));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["error"]["kind"], "amount_changed");
    assert_eq!(v["error"]["order_url"], "https://pay.example/checkout/9");

    let ledger = ledger_text(home.path(), "ledger.db");
    let record: Value = serde_json::from_str(ledger.lines().next().unwrap()).unwrap();
    assert_eq!(
        (&record["amount"], &record["asked_amount"]),
        (&json!("5000.00"), &json!("5.00")),
        "recorded, flagged"
    );
}

/// `status --wait --interval 0` made 293 requests in 30 s: no interval below a second.
#[tokio::test]
async fn polling_has_a_floor_of_one_second() {
    let home = tempfile::tempdir().unwrap();
    for interval in ["0", "0.000001", "1e19"] {
        let mut cmd = luxpay(home.path());
        cmd.args(["--demo", "status", "1", "--wait", "--interval", interval]);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(2), "{interval}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("--interval must be between 1 and 3600 seconds"),
            "{}",
            stderr(&out)
        );
    }
}

/// `history --from 2026-11-26T23:30:00-05:00` quietly sent the whole day 2026-11-26: the
/// history is asked for by days, so an instant is refused, and so is a reversed range.
#[tokio::test]
async fn history_takes_whole_days_in_order() {
    let home = tempfile::tempdir().unwrap();
    for (from, to, says) in [
        (
            "2026-11-26T23:30:00-05:00",
            "2026-11-27",
            "is not a date: use YYYY-MM-DD",
        ),
        (
            "2026-11-28",
            "2026-11-01",
            "--from 2026-11-28 is after --to 2026-11-01",
        ),
    ] {
        let mut cmd = luxpay(home.path());
        cmd.args(["--demo", "history", "--from", from, "--to", to]);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(2), "{from} {to}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
        assert_eq!(stdout(&out), "", "nothing asked, nothing printed");
    }
}

/// `summary` showed 0 payments when the base URL named the same server differently.
#[tokio::test]
async fn one_server_named_two_ways_is_one_api() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::path("/payment/paypal"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/1", "order_id": 1, "amount": "12.50"
        })))
        .mount(&mock)
        .await;
    let port = mock.address().port();
    let home = tempfile::tempdir().unwrap();
    let mut create = luxpay(home.path());
    create
        .env("LUXFIN_API_KEY", "k")
        .args(["--base-url", &format!("http://localhost:{port}")])
        .args(SALE)
        .arg("--no-qr");
    assert_eq!(run(create).await.status.code(), Some(0));
    // No key: the ledger alone is summed up, for the API as named this time.
    let mut summary = luxpay(home.path());
    summary
        .env("TZ", "UTC")
        .args(["--base-url", &format!("http://127.0.0.1:{port}"), "summary"]);
    let text = stdout(&run(summary).await);
    assert!(text.contains("(1 payment in the ledger)"), "{text}");
}

/// A ledger that is a symbolic link was followed, and customer data appended to its
/// target. Now nothing is written there: the link works, is not recorded (exit 7), and
/// the message says why.
#[tokio::test]
async fn a_ledger_that_is_a_symlink_is_not_followed() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data/luxpay");
    std::fs::create_dir_all(&data).unwrap();
    let target = home.path().join("someone-elses-file");
    std::fs::write(&target, "precious\n").unwrap();
    std::os::unix::fs::symlink(&target, data.join("ledger-demo.db")).unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE).arg("--no-qr");
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("/checkout/1"),
        "the link is shown: {}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Order     1"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("is a symbolic link"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious\n");
}

/// A ledger that cannot be written (a directory in its place): the link is shown, the
/// order id too, and exit 7 says it is not recorded; --json says "recorded": false.
#[tokio::test]
async fn a_link_that_could_not_be_recorded_exits_7() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("data/luxpay/ledger-demo.db")).unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE).arg("--json");
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (&v["order_id"], &v["recorded"]),
        (&json!("1"), &json!(false))
    );
    assert!(
        stderr(&out).contains("could not record"),
        "{}",
        stderr(&out)
    );
}

/// `--api-key-file /dev/zero` and `LUXPAY_CONFIG=/dev/zero` read until memory ran out; a
/// key file with a BOM, several lines, NUL or ESC was sent broken and blamed as refused;
/// a wrongly typed api_key was echoed in the error.
#[tokio::test]
async fn broken_key_and_config_files_are_configuration_errors() {
    let home = tempfile::tempdir().unwrap();
    let key = |name: &str, bytes: &[u8]| {
        let path = home.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    // (arguments, environment, what the message says)
    type Case<'a> = (Vec<String>, Vec<(&'a str, String)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec!["--api-key-file".into(), "/dev/zero".into()],
            vec![],
            "larger than 64 KiB",
        ),
        (
            vec![],
            vec![("LUXPAY_CONFIG", "/dev/zero".into())],
            "larger than 64 KiB",
        ),
        (
            vec![
                "--api-key-file".into(),
                key("bom", "\u{feff}sk_1".as_bytes()).display().to_string(),
            ],
            vec![],
            "byte-order mark",
        ),
        (
            vec![
                "--api-key-file".into(),
                key("lines", b"sk_1\nsk_2\n").display().to_string(),
            ],
            vec![],
            "several lines",
        ),
        (
            vec![
                "--api-key-file".into(),
                key("nul", b"sk_\x001").display().to_string(),
            ],
            vec![],
            "NUL",
        ),
        (
            vec![
                "--api-key-file".into(),
                key("esc", b"sk_\x1b[2J").display().to_string(),
            ],
            vec![],
            "control characters",
        ),
        (
            vec![],
            vec![(
                "LUXPAY_CONFIG",
                key("typed.toml", b"api_key = 98765432123\n")
                    .display()
                    .to_string(),
            )],
            "api_key must be a string",
        ),
    ];
    for (args, env, says) in cases {
        let mut cmd = luxpay(home.path());
        cmd.args(&args).args(["list"]);
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let out = run(cmd).await;
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?} {env:?}: {err}");
        assert!(err.contains(says), "{says}: {err}");
        assert!(
            !err.contains("98765432123") && !err.contains("sk_"),
            "no key echoed: {err}"
        );
    }
}

/// Broken inputs for every command: each must end in a message and an exit code.
const BROKEN_INPUTS: &[&[&str]] = &[
    &["create"],
    &[
        "create",
        "--amount",
        "1e400",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ],
    &[
        "create",
        "--amount",
        "-0",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ],
    &[
        "create",
        "--amount",
        "99999999999999999999999999999999",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ],
    &[
        "create",
        "--amount",
        "5",
        "--customer",
        "",
        "--product",
        "x",
    ],
    &[
        "create",
        "--amount",
        "5",
        "--customer",
        "a@b.co",
        "--product",
        "x",
        "--currency",
        "💶",
    ],
    &[
        "create",
        "--amount",
        "5",
        "--customer",
        "a@b.co",
        "--product",
        "x",
        "--wait",
        "--interval",
        "NaN",
    ],
    &["status", ""],
    &["status", "\u{1b}[2J"],
    &["status", "1", "--wait", "--interval", "inf"],
    &[
        "list",
        "--limit",
        "18446744073709551615",
        "--offset",
        "18446744073709551615",
    ],
    &["history", "--from", "", "--to", ""],
    &["history", "--from", "9999-12-31", "--to", "9999-12-31"],
    &["export", "--out", ""],
    &[
        "export",
        "--from",
        "0000-01-01",
        "--to",
        "0000-01-01",
        "--out",
        "-",
    ],
    &["summary", "--date", "2026-02-30"],
    &["completions", "bash", "extra"],
    &["--timeout", "1e300", "list"],
    &["--timeout", "-1", "list"],
    &["--base-url", "javascript:alert(1)", "list"],
    &["--base-url", "http://[::1", "list"],
    &["--config", "/nonexistent/x.toml", "list"],
    &["--api-key-file", "/", "list"],
    &["demo-server", "--addr", "999.0.0.1:0"],
];

/// Every command, run with broken inputs, ends with a message and an exit code from the
/// table: never 101, never "panicked".
#[tokio::test]
async fn no_broken_input_ends_in_a_panic() {
    let home = tempfile::tempdir().unwrap();
    let closed = format!("http://127.0.0.1:{}", common::closed_port());
    for args in BROKEN_INPUTS {
        for demo in [false, true] {
            let mut cmd = luxpay(home.path());
            cmd.env("LUXFIN_API_KEY", "k");
            if demo {
                cmd.arg("--demo");
            } else {
                // Nothing listens there: no test talks to the internet.
                cmd.env("LUXFIN_BASE_URL", &closed);
            }
            cmd.args(*args);
            let out = run(cmd).await;
            let err = stderr(&out);
            let code = out.status.code();
            assert!(
                matches!(code, Some(0..=7 | 141)),
                "{args:?} (demo {demo}) exited {code:?}: {err}"
            );
            assert!(!err.contains("panicked"), "{args:?} (demo {demo}): {err}");
        }
    }
}

/// Under a file-size limit, SIGXFSZ killed luxpay mid-append: a created order, no link,
/// a torn line. Now the write fails with an error: the link is shown, exit 7.
#[tokio::test]
async fn a_file_size_limit_is_an_error_not_a_kill() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = common::private(Command::new("bash"), home.path());
    cmd.env("LUXPAY_BIN", env!("CARGO_BIN_EXE_luxpay")).args([
        "-c",
        "ulimit -f 0; exec \"$LUXPAY_BIN\" --demo create --amount 5 --customer a@b.co --product Tea --no-qr",
    ]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(stdout(&out).contains("/checkout/1"), "{}", stdout(&out));
}

// ---- the SQLite ledger: import, check, till and operator ----------------------------

/// `luxpay export --out - | head` on a big ledger said "error: cannot write the output:
/// Broken pipe" and exited 1: the pipe closed mid-stream, inside the CSV writer, whose
/// error hid the I/O error under it. It ends quietly, like a short export.
#[tokio::test]
async fn a_long_export_into_a_closed_pipe_ends_quietly() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("big.jsonl");
    let lines: String = (1..=3000)
        .map(|n| {
            format!(
                r#"{{"kind":"payment","order_id":"{n}","order_url":"https://luxfin.org/checkout/{n}","amount":"5.00","currency":"USD","customer":"c{n}@example.com","product":"Scarf","method":"card","created_at":"2026-11-20T09:00:00Z","api_host":"luxfin.org","demo":false}}"#
            ) + "\n"
        })
        .collect();
    std::fs::write(&file, lines).unwrap();
    let mut import = luxpay(home.path());
    import.args(["ledger", "import"]).arg(&file);
    assert_eq!(run(import).await.status.code(), Some(0));
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut export = luxpay(home.path());
    export.args(["export", "--out", "-"]).stdout(writer);
    let out = run(export).await;
    assert_eq!(out.status.code(), Some(141), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Broken pipe"), "{}", stderr(&out));
}

/// A 0.1 ledger (JSON lines) imported by hand: counted, idempotent, with --till for the
/// payments that name none; `ledger check` and `doctor` then report it.
#[tokio::test]
async fn a_jsonl_ledger_imports_once_and_check_reports_it() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("front-2.jsonl");
    let lines = [
        r#"{"kind":"payment","order_id":"70","order_url":"https://luxfin.org/checkout/70","amount":"5.00","currency":"USD","customer":"bo@example.com","product":"Scarf","method":"card","created_at":"2026-11-20T09:00:00Z","api_host":"luxfin.org","demo":false}"#,
        r#"{"kind":"status","order_id":"70","status":"SUCCESS","at":"2026-11-20T09:05:00Z","api_host":"luxfin.org"}"#,
        r#"{"kind":"payment","order_id":"71","ord"#,
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let import = || {
        let mut cmd = luxpay(home.path());
        cmd.args(["--till", "front-2", "ledger", "import"])
            .arg(&file)
            .arg("--json");
        cmd
    };
    let out = run(import()).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (&v["payments"], &v["status_events"], &v["skipped"]),
        (&json!(1), &json!(1), &json!(1))
    );
    let again: Value = serde_json::from_str(&stdout(&run(import()).await)).unwrap();
    assert_eq!(
        (&again["payments"], &again["status_events"]),
        (&json!(0), &json!(0))
    );

    let mut check = luxpay(home.path());
    check.args(["ledger", "check", "--json"]);
    let out = run(check).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (
            &v["ok"],
            &v["payments"],
            &v["status_events"],
            &v["open_intents"]
        ),
        (&json!(true), &json!(1), &json!(1), &json!(0))
    );
    assert_eq!(v["schema"], json!(luxpay::ledger::SCHEMA_VERSION));

    let mut export = luxpay(home.path());
    export.args(["export", "--out", "-"]);
    let csv = stdout(&run(export).await);
    assert!(
        csv.contains(",luxfin.org,front-2,,,0.00\r\n") && csv.contains(",PAID,SUCCESS,"),
        "{csv}"
    );

    let mut doctor = luxpay(home.path());
    doctor.arg("doctor");
    let text = stdout(&run(doctor).await);
    assert!(
        // A count the way English says it since doctor's words are the catalogue's.
        text.contains("ledger.db (1 payment,")
            && text.contains(&format!("schema {}", luxpay::ledger::SCHEMA_VERSION)),
        "{text}"
    );
}

/// Every sale records its till and operator: in --json, in the ledger, in the summary's
/// sections and in the filter.
#[tokio::test]
async fn a_sale_records_its_till_and_operator() {
    let home = tempfile::tempdir().unwrap();
    let sale = |till: &str, operator: &str| {
        let mut cmd = luxpay(home.path());
        cmd.env("LUXPAY_TILL", till)
            .args(["--demo", "--operator", operator])
            .args(SALE)
            .arg("--json");
        cmd
    };
    let out = run(sale("front-1", "ana")).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (&v["till"], &v["operator"]),
        (&json!("front-1"), &json!("ana"))
    );
    assert_eq!(run(sale("back", "bo")).await.status.code(), Some(0));

    let mut summary = luxpay(home.path());
    summary
        .env("TZ", "UTC")
        .args(["--demo", "summary", "--json", "--date"])
        .arg(common::sale_day(home.path()));
    let v: Value = serde_json::from_str(&stdout(&run(summary).await)).unwrap();
    let names = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("by_till"), ["back", "front-1"]);
    assert_eq!(names("by_operator"), ["ana", "bo"]);

    let bad = {
        let mut cmd = luxpay(home.path());
        cmd.args(["--demo", "--till", "front\u{1b}[31m"]).args(SALE);
        run(cmd).await
    };
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("till"), "{}", stderr(&bad));
}

/// Under cron, systemd or `env -i` there is no USER or LOGNAME (this test's environment
/// has neither): the operator is still the login name the system gives, not "unknown".
#[tokio::test]
async fn the_operator_is_the_login_name_without_user_or_logname() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE).args(["--json", "--no-qr"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let id = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let login = String::from_utf8(id.stdout).unwrap();
    assert_eq!(v["operator"], json!(login.trim()));
}

/// A damaged ledger is refused: the link is still shown, exit 7 says it is not
/// recorded, the message says how to recover, and the file is not replaced.
#[tokio::test]
async fn a_damaged_ledger_is_never_replaced_by_a_new_one() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data/luxpay");
    std::fs::create_dir_all(&data).unwrap();
    let garbage = b"not a database at all, but someone's sales".repeat(100);
    std::fs::write(data.join("ledger-demo.db"), &garbage).unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE).arg("--no-qr");
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(stdout(&out).contains("/checkout/1"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("damaged") && stderr(&out).contains(".recover"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(data.join("ledger-demo.db")).unwrap(), garbage);
    let mut check = luxpay(home.path());
    check.args(["--demo", "ledger", "check"]);
    assert_eq!(run(check).await.status.code(), Some(1));
}

/// `LUXFIN_API_KEY=$'sk…\nsecond'` was sent as `Bearer invalid-key` and reported as
/// "refused (401)": it is a configuration error (exit 2) naming the variable, never the
/// key, and nothing is sent.
#[tokio::test]
async fn a_key_with_a_line_break_in_the_environment_is_a_configuration_error() {
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "bad key"})))
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.env("LUXFIN_API_KEY", format!("{SECRET}\nsecond"))
        .args(["--base-url", &mock.uri()])
        .args(SALE)
        .arg("--no-qr");
    let out = run(cmd).await;
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(stderr(&out).contains("LUXFIN_API_KEY"), "{all}");
    assert!(
        !all.contains(SECRET) && !all.contains("second") && !all.contains("sk_"),
        "no key text: {all}"
    );
    assert!(mock.received_requests().await.unwrap().is_empty());
}

// ---- issue 28: scripts, completions, the manual page, the webhook's body ----------------

/// `create` and `doctor` wrote the QR code's colour escapes into files and pipes, and
/// text `create` put its DEMO banner on stdout. A script gets plain lines: no escape
/// byte in stdout, and the banner on stderr alone, for every command.
#[tokio::test]
async fn scripts_get_no_escapes_and_banners_only_on_stderr() {
    let home = tempfile::tempdir().unwrap();
    let demo = |args: &[&str]| {
        let mut cmd = luxpay(home.path());
        cmd.arg("--demo").args(args);
        cmd
    };
    for args in [&SALE[..], &["list"][..], &["doctor"][..]] {
        let out = run(demo(args)).await;
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            !text.contains('\x1b'),
            "{args:?}: escapes in a pipe: {text:?}"
        );
        assert!(
            !text.contains("DEMO:"),
            "{args:?}: a banner on stdout: {text}"
        );
    }
    let out = run(demo(&SALE)).await;
    let text = stdout(&out);
    assert!(text.starts_with("http://127.0.0.1:"), "{text}");
    assert!(
        text.contains("Order     2\n"),
        "scripts still read it: {text}"
    );
    let demo_line = "DEMO: luxpay's embedded demo API; no real money moves.";
    assert_eq!(
        stderr(&out).matches(demo_line).count(),
        1,
        "{}",
        stderr(&out)
    );
    let out = run(demo(&["list"])).await;
    assert!(stderr(&out).contains(demo_line), "{}", stderr(&out));
}

/// What a bash completion script offers after `option` (up to its `return 0`).
fn completion_of<'a>(script: &'a str, option: &str) -> &'a str {
    let at = script
        .find(&format!("{option})"))
        .unwrap_or_else(|| panic!("{option} in the script"));
    let rest = &script[at..];
    &rest[..rest.find("return 0").unwrap_or(rest.len())]
}

/// `luxpay create --method <TAB>` offered file names: options that take one of a fixed
/// set declare it, and the completion scripts offer it.
#[tokio::test]
async fn completions_offer_the_values_of_fixed_options() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(["completions", "bash"]);
    let script = stdout(&run(cmd).await);
    assert!(
        completion_of(&script, "--method").contains("compgen -W \"paypal venmo card\""),
        "{}",
        completion_of(&script, "--method")
    );
    let codes: Vec<&str> = luxpay::money::Currency::CARD
        .iter()
        .map(|c| c.code())
        .collect();
    assert!(
        completion_of(&script, "--currency")
            .contains(&format!("compgen -W \"{}\"", codes.join(" "))),
        "{}",
        completion_of(&script, "--currency")
    );
    assert!(completion_of(&script, "--source").contains("compgen -W \"local server\""));
    // What clap would refuse, the command still refuses itself, naming the field.
    let mut cmd = luxpay(home.path());
    cmd.arg("--demo").args(SALE).args(["--currency", "XYZ"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("currency"), "{}", stderr(&out));
}

/// Every `"LUXPAY_…"` and `"LUXFIN_…"` name the source reads, outside its tests.
fn environment_names_in_source() -> std::collections::BTreeSet<String> {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.ends_with("tests") {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut names = std::collections::BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or(&source);
        for prefix in ["\"LUXPAY_", "\"LUXFIN_"] {
            for (at, _) in code.match_indices(prefix) {
                let name: String = code[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                names.insert(name);
            }
        }
    }
    names
}

/// `luxpay man` named pages never made (`luxpay-create(1)`) and left out half the
/// environment: it is one whole page, naming every variable the source reads.
#[tokio::test]
async fn the_manual_page_is_whole_and_names_every_variable() {
    // Not settings, so not in the page: the prefixes hooks.rs withholds from hooks
    // (LUXPAY_, LUXFIN_), and LUXPAY_DEBUG_PANIC, a debug build's way to test the panic hook.
    let not_settings = ["LUXPAY_", "LUXFIN_", "LUXPAY_DEBUG_PANIC"];
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.arg("man");
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    let names = environment_names_in_source();
    assert!(names.contains("LUXPAY_LEDGER_URL_FILE"), "{names:?}");
    for name in names.iter().filter(|n| !not_settings.contains(&n.as_str())) {
        assert!(page.contains(name.as_str()), "the manual page names {name}");
    }
    // Every `luxpay-…(1)` it refers to would have to be made too: it refers to none.
    for (at, _) in page.match_indices("(1)") {
        let before: String = page[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '\\'))
            .collect();
        let name: String = before.chars().rev().collect();
        assert!(!name.starts_with("luxpay"), "a page never made: {name}(1)");
    }
    let plain = page.replace("\\-", "-");
    for word in [
        ".SH COMMANDS",
        "luxpay ledger recover",
        "--listen",
        ".SH CONFIGURATION",
        "ledger_url_file",
        ".SH FILES",
        ".SH KEYS",
        "Ctrl+P",
        "order_id",
        "openssl dgst -sha256 -hmac",
    ] {
        assert!(plain.contains(word), "the manual page has {word}");
    }
    // Never hyphenated: "config.toml" broke as "con‐ fig.toml".
    assert!(page.lines().any(|l| l == ".nh"), "no .nh");
}

/// `webhook --help` shows what the receiver reads, how a request is signed, and what
/// each answer means.
#[tokio::test]
async fn webhook_help_shows_the_body_a_signed_example_and_the_answers() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.args(["webhook", "--help"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for word in [
        "order_id",
        "status",
        "amount",
        "product",
        "X-Luxfintech-Signature",
        "openssl dgst -sha256 -hmac",
    ] {
        assert!(text.contains(word), "{word}: {text}");
    }
    for code in ["200", "400", "401", "403", "408", "413", "431", "503"] {
        assert!(text.contains(&format!("\n  {code}  ")), "{code}: {text}");
    }
}

/// On a terminal `doctor` still draws its sample code, and it scans on dark and light
/// themes (in a pipe it is not drawn: it is made of colour escapes).
#[tokio::test]
async fn doctor_on_a_terminal_draws_a_sample_code_that_scans() {
    let home = tempfile::tempdir().unwrap();
    let screen = tokio::task::spawn_blocking(move || {
        let mut pty = common::pty::Pty::spawn(home.path(), &["--demo", "doctor"], &[], (100, 60));
        assert!(pty.wait_exit(Duration::from_secs(20)).success());
        pty.parser.screen().clone()
    })
    .await
    .unwrap();
    let text = screen.contents();
    let sample = text
        .lines()
        .find_map(|l| l.split("it should read ").nth(1))
        .unwrap_or_else(|| panic!("the sample's line: {text}"))
        .trim()
        .to_string();
    for theme in THEMES {
        assert_eq!(
            common::decode_vt100(&screen, theme),
            vec![sample.clone()],
            "{theme:?}"
        );
    }
}

/// The banner names the demo that answers: a `luxpay demo-server` running apart is not
/// the embedded demo.
#[tokio::test]
async fn the_banner_names_a_demo_server_as_such() {
    let server = common::demo_server().await;
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path());
    cmd.env("LUXFIN_API_KEY", "k").args([
        "--base-url",
        server.base_url().as_str(),
        "create",
        "--amount",
        "4.50",
        "--customer",
        "ana@example.com",
        "--product",
        "Tea",
        "--no-qr",
    ]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("a luxpay demo-server"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("embedded"), "{}", stderr(&out));
    let embedded = run({
        let mut cmd = luxpay(home.path());
        cmd.args(["--demo", "list"]);
        cmd
    })
    .await;
    assert!(
        stderr(&embedded).contains("embedded demo API"),
        "{}",
        stderr(&embedded)
    );
}

/// PAID is final for `status` too: a server that answers PENDING after the ledger
/// recorded PAID (a stale cache, a confused server) does not undo it, and `--wait`
/// does not wait for what is known already.
#[tokio::test]
async fn status_keeps_a_paid_the_ledger_holds() {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/1", "order_id": 1, "amount": "12.50"
        })))
        .mount(&api)
        .await;
    Mock::given(wiremock::matchers::path("/payment/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "SUCCESS"})))
        .up_to_n_times(1)
        .mount(&api)
        .await;
    Mock::given(wiremock::matchers::path("/payment/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "PENDING"})))
        .mount(&api)
        .await;
    let base = api.uri();
    let home = tempfile::tempdir().unwrap();
    let cmd = |args: &[&str]| {
        let mut cmd = luxpay(home.path());
        cmd.env("LUXFIN_API_KEY", SECRET)
            .args(["--base-url", &base])
            .args(args);
        cmd
    };
    assert_eq!(
        run(cmd(&[&SALE[..], &["--no-qr"]].concat()))
            .await
            .status
            .code(),
        Some(0)
    );
    // Paid, as the server first says, and recorded.
    assert_eq!(stdout(&run(cmd(&["status", "1"])).await).trim(), "PAID");
    // Then it says PENDING: still PAID, with a word on stderr.
    let out = run(cmd(&["status", "1"])).await;
    assert_eq!(stdout(&out).trim(), "PAID", "{}", stderr(&out));
    assert!(stderr(&out).contains("which is final"), "{}", stderr(&out));
    let out = run(cmd(&["status", "1", "--wait", "--interval", "1"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "PAID");
}
