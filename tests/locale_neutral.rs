//! What machines read does not change with the locale: the same sales made under
//! `LANG=de_DE.UTF-8` (and `LC_ALL=fr_FR.UTF-8`) and under no locale give the same bytes
//! in `--json`, the CSV export, the API's requests, exit codes and the log, once the
//! clock's readings are set aside.

// Test code: an unwrap that fails is a failure report.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Everything a run produced that a machine reads.
#[derive(Debug, PartialEq)]
struct Machine {
    outputs: Vec<(Option<i32>, String)>,
    requests: Vec<String>,
    log: String,
}

/// Readings of the clock (RFC 3339 times, log time stamps, `--date` days) and the
/// temporary home, which differ between any two runs whatever the locale.
fn without_clock(text: &str, home: &Path) -> String {
    let text = text.replace(&home.display().to_string(), "HOME");
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // yyyy-mm-dd, then anything of a time up to a quote, comma, space or line end.
        let is_date = bytes.len() >= i + 10
            && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && bytes[i + 4] == b'-'
            && bytes[i + 7] == b'-'
            && bytes[i + 5..i + 7].iter().all(u8::is_ascii_digit)
            && bytes[i + 8..i + 10].iter().all(u8::is_ascii_digit);
        if is_date {
            out.push_str("DATE");
            i += 10;
            if i < bytes.len()
                && (bytes[i] == b'T' || bytes[i] == b' ')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                while i < bytes.len() && !matches!(bytes[i], b'"' | b',' | b'\n' | b' ') {
                    i += 1;
                }
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

fn run(mut cmd: Command) -> Output {
    cmd.output().unwrap()
}

/// The requests the API was sent, without what differs per run (keys, host port).
async fn requests_of(api: &MockServer, home: &Path) -> Vec<String> {
    let mut requests = Vec::new();
    for request in api.received_requests().await.unwrap() {
        let mut headers: Vec<String> = request
            .headers
            .iter()
            .filter(|(name, _)| !["idempotency-key", "host"].contains(&name.as_str()))
            .map(|(name, value)| format!("{name}: {value:?}"))
            .collect();
        headers.sort();
        let text = format!(
            "{} {}\n{}\n{}",
            request.method,
            request.url.path(),
            headers.join("\n"),
            String::from_utf8_lossy(&request.body)
        );
        requests.push(without_clock(&text, home));
    }
    requests
}

/// What the log says, without its time stamps.
fn log_of(home: &Path) -> String {
    let mut log = String::new();
    let log_dir = home.join("state/luxpay");
    let mut files: Vec<_> = std::fs::read_dir(&log_dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for line in text.lines() {
            // A log line starts with its time stamp; the rest is what it says.
            let said = line.split_once(' ').map_or(line, |(_, rest)| rest);
            log.push_str(&without_clock(said, home));
            log.push('\n');
        }
    }
    log
}

async fn sales_under(locale: &[(&str, &str)]) -> Machine {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "order_url": "https://pay.example/checkout/7", "order_id": 7, "amount": "1234.50"
        })))
        .mount(&api)
        .await;
    Mock::given(path("/payment/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "SUCCESS"})))
        .mount(&api)
        .await;
    let home = tempfile::tempdir().unwrap();
    let luxpay = |args: &[&str]| {
        let mut cmd = common::luxpay_in(home.path());
        cmd.env("LUXFIN_API_KEY", "k")
            .env("LUXPAY_LOG", "debug")
            .args(["--base-url", &api.uri()])
            .args(args);
        for (name, value) in locale {
            cmd.env(name, value);
        }
        cmd
    };
    let mut outputs = Vec::new();
    let mut keep = |out: Output| {
        let text = format!(
            "{}\n--- stderr\n{}",
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap()
        );
        outputs.push((out.status.code(), without_clock(&text, home.path())));
    };
    let sale = [
        "create",
        "--amount",
        "1234,50",
        "--customer",
        "ana@example.com",
        "--product",
        "Kaffee",
        "--json",
    ];
    keep(run(luxpay(&sale)));
    keep(run(luxpay(&[
        "create",
        "--cash",
        "--amount",
        "1234.5",
        "--tendered",
        "1300",
        "--json",
    ])));
    keep(run(luxpay(&["status", "7", "--json"])));
    let day = common::sale_day(home.path());
    keep(run(luxpay(&["summary", "--date", &day, "--json"])));
    keep(run(luxpay(&["report", "x", "--json"])));
    keep(run(luxpay(&["list", "--json"])));
    keep(run(luxpay(&["export", "--out", "-"])));
    // Refused input: the exit code is the same whatever the language of the words.
    let refused = run(luxpay(&[
        "create",
        "--amount",
        "0",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ]));
    outputs.push((refused.status.code(), String::new()));

    let requests = requests_of(&api, home.path()).await;
    let log = log_of(home.path());
    Machine {
        outputs,
        requests,
        log,
    }
}

#[tokio::test]
async fn json_csv_requests_exit_codes_and_logs_are_the_same_in_german_and_french() {
    let plain = sales_under(&[]).await;
    assert!(
        plain.outputs[0].1.contains("\"amount\": \"1234.50\"")
            || plain.outputs[0].1.contains("\"amount\":\"1234.50\""),
        "{}",
        plain.outputs[0].1
    );
    assert!(
        plain.outputs[6].1.contains("1234.50"),
        "CSV: {}",
        plain.outputs[6].1
    );
    assert!(
        plain
            .requests
            .iter()
            .any(|r| r.starts_with("POST /payment/paypal") && r.contains("\"amount\":1234.5,")),
        "the create request: {:?}",
        plain.requests
    );
    assert!(
        plain.log.contains("payment link created order_id=7"),
        "the log is written: {}",
        plain.log
    );
    for locale in [
        &[("LANG", "de_DE.UTF-8")][..],
        &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")][..],
    ] {
        let spoken = sales_under(locale).await;
        for (i, (ours, theirs)) in plain.outputs.iter().zip(&spoken.outputs).enumerate() {
            // JSON and CSV go to stdout; stderr holds words for people, which do change.
            let stdout = |s: &str| {
                s.split("\n--- stderr\n")
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            };
            assert_eq!(ours.0, theirs.0, "{locale:?}: exit code of command {i}");
            assert_eq!(
                stdout(&ours.1),
                stdout(&theirs.1),
                "{locale:?}: output of command {i}"
            );
        }
        assert_eq!(plain.requests, spoken.requests, "{locale:?}: API requests");
        assert_eq!(plain.log, spoken.log, "{locale:?}: log");
    }
}
