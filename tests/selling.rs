//! The counter's speed from the shell: catalogue items and tips with `create`, walk-in
//! customers, decimal commas, tips apart in CSV and summary, and hooks run with the
//! sale in their environment (never a secret).

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

mod common;

const SHOP: &str = r#"
walk_in_email = "{till}+{seq}@shop.example"
tip_presets = [10, 15, 20]

[[catalogue]]
name = "Flat white"
price = "4.50"
key = "F5"

[[catalogue]]
name = "Croissant"
price = "3.20"
key = "F6"
"#;

/// luxpay on the demo API, with `config` as its config file, at till "front".
fn luxpay(home: &Path, config: &str) -> Command {
    let dir = home.join("config/luxpay");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), config).unwrap();
    let mut cmd = common::luxpay_in(home);
    cmd.env("TZ", "UTC")
        .env("LUXPAY_TILL", "front")
        .arg("--demo");
    cmd
}

fn run(mut cmd: Command) -> Output {
    cmd.output().unwrap()
}

fn json(out: &Output) -> Value {
    common::json_out(out)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn two_flat_whites_and_a_croissant_with_a_tip_from_the_shell() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = luxpay(home.path(), SHOP);
    cmd.args([
        "create",
        "--item",
        "flat white*2",
        "--item",
        "CROISSANT",
        "--tip",
        "15%",
        "--json",
    ]);
    let v = json(&run(cmd));
    assert_eq!(
        (&v["amount"], &v["subtotal"], &v["tip"], &v["product"]),
        (
            &Value::from("14.03"),
            &Value::from("12.20"),
            &Value::from("1.83"),
            &Value::from("2× Flat white, Croissant")
        ),
        "{v}"
    );
    assert_eq!(v["items"][0]["quantity"], 2, "{v}");
    assert_eq!(v["items"][1]["unit_price"], "3.20", "{v}");
    assert_eq!(
        (&v["customer"], &v["walk_in"]),
        (&Value::from("front+1@shop.example"), &Value::from(true)),
        "no --customer: a walk-in, numbered"
    );

    // The tip is apart in the CSV (amount is what the customer pays) and the summary.
    let mut export = luxpay(home.path(), SHOP);
    export.args(["export", "--out", "-"]);
    let csv = run(export).stdout;
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let column = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
    assert_eq!((column("amount"), column("tip")), ("14.03", "1.83"));
    // The sale's own day (UTC, as the tests run), not the clock's: a run across
    // midnight would look at the wrong one.
    let made: jiff::Timestamp = v["created_at"].as_str().unwrap().parse().unwrap();
    let day = made.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let mut summary = luxpay(home.path(), SHOP);
    summary.args(["summary", "--date", &day.to_string()]);
    let text = String::from_utf8(run(summary).stdout).unwrap();
    let tips = text.split("Tips").nth(1).expect("a Tips section");
    assert!(tips.contains("1.83 USD"), "{text}");

    // The next walk-in has the next number.
    let mut again = luxpay(home.path(), SHOP);
    again.args(["create", "--item", "Croissant", "--json", "--no-qr"]);
    assert_eq!(json(&run(again))["customer"], "front+2@shop.example");
}

#[test]
fn items_and_tips_that_cannot_be_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["create", "--item", "Scone"][..],
            "\"Scone\" is not in the catalogue: Flat white, Croissant",
        ),
        (
            &["create", "--item", "Croissant", "--amount", "3"][..],
            "cannot be used with",
        ),
        (
            &["create", "--item", "Croissant", "--tip", "150%"][..],
            "0 to 100",
        ),
    ] {
        let mut cmd = luxpay(home.path(), SHOP);
        cmd.args(args);
        let out = run(cmd);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    // Without walk_in_email, the email stays required, and the field is named.
    let mut cmd = luxpay(home.path(), "");
    cmd.args(["create", "--amount", "3", "--product", "Tea"]);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("customer email"), "{}", stderr(&out));
    // A catalogue mistake is a configuration error naming the item.
    let bad = "[[catalogue]]\nname = \"Tea\"\nprice = \"2\"\nkey = \"F2\"\n";
    let mut cmd = luxpay(home.path(), bad);
    cmd.arg("doctor");
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("catalogue item \"Tea\": key F2 is luxpay's own"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn amounts_with_a_decimal_comma() {
    let home = tempfile::tempdir().unwrap();
    let sale = |amount: &str| {
        let mut cmd = luxpay(home.path(), "");
        cmd.args([
            "create",
            "--amount",
            amount,
            "--customer",
            "ana@example.com",
            "--product",
            "Tea",
            "--json",
        ]);
        run(cmd)
    };
    assert_eq!(json(&sale("12,50"))["amount"], "12.50");
    assert_eq!(json(&sale("1.234,56"))["amount"], "1234.56");
    let out = sale("1,500");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("could be 1500 or 1.50:"),
        "{}",
        stderr(&out)
    );
}

/// on_created and on_paid run with the sale in their environment, and never see the
/// API key or anything else of luxpay's own settings.
#[test]
fn hooks_run_with_the_sale_and_no_secret() {
    let home = tempfile::tempdir().unwrap();
    let out_dir = home.path().join("hooks");
    std::fs::create_dir_all(&out_dir).unwrap();
    let dump = format!(
        r#"["sh", "-c", "env > {}/$LUXPAY_STATUS.env"]"#,
        out_dir.display()
    );
    // Top-level keys, so before the [[catalogue]] tables.
    let config = format!("on_created = {dump}\non_paid = {dump}\n{SHOP}");
    let mut cmd = luxpay(home.path(), &config);
    cmd.env("LUXFIN_API_KEY", "sk_live_DO_NOT_LEAK")
        .env("LUXPAY_OPERATOR", "ana")
        .args(["--demo-pay-after", "1"])
        .args(["create", "--item", "Croissant", "--tip", "0.50", "--no-qr"])
        .args(["--wait", "--interval", "1"]);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let created = std::fs::read_to_string(out_dir.join("PENDING.env")).unwrap();
    let paid = std::fs::read_to_string(out_dir.join("PAID.env")).unwrap();
    for line in [
        "LUXPAY_ORDER_ID=1",
        "LUXPAY_AMOUNT=3.70",
        "LUXPAY_TIP=0.50",
        "LUXPAY_CURRENCY=USD",
        "LUXPAY_PRODUCT=Croissant",
        "LUXPAY_CUSTOMER=front+1@shop.example",
        "LUXPAY_TILL=front",
        "LUXPAY_OPERATOR=ana",
    ] {
        assert!(
            created.contains(line) && paid.contains(line),
            "{line}: {paid}"
        );
    }
    assert!(paid.contains("LUXPAY_STATUS=PAID"), "{paid}");
    assert!(
        paid.contains("LUXPAY_ORDER_URL=http://127.0.0.1:"),
        "{paid}"
    );
    for env in [&created, &paid] {
        assert!(!env.contains("sk_live_DO_NOT_LEAK"), "{env}");
        assert!(!env.contains("LUXFIN_API_KEY"), "{env}");
        assert!(!env.contains("LUXPAY_CONFIG"), "{env}");
    }
}

#[test]
fn create_print_sends_a_slip_that_scans_and_a_receipt_when_paid() {
    let home = tempfile::tempdir().unwrap();
    let (port, jobs) = common::fake_printer();
    let config = format!(
        "shop_name = \"Luxe Café\"\nprinter = \"tcp://127.0.0.1:{port}\"\nprinter_qr = \"raster\"\n\
         printer_width = 80\nprint_on_paid = true\nprinter_codepage = \"pc850\"\n{SHOP}"
    );
    let mut cmd = luxpay(home.path(), &config);
    cmd.args(["--demo-pay-after", "1"])
        .args(["create", "--item", "Croissant", "--json", "--print"])
        .args(["--wait", "--interval", "1"]);
    let out = run(cmd);
    let v = json(&out);
    let timeout = std::time::Duration::from_secs(10);
    let slip = jobs.recv_timeout(timeout).unwrap();
    assert_eq!(
        common::images::decode_raster(&slip),
        [v["order_url"].as_str().unwrap()]
    );
    assert!(String::from_utf8_lossy(&slip).contains("Scan to pay"));
    // PC850 (table 2) chosen after the reset, and the shop's é as its byte there.
    assert!(slip.starts_with(&[0x1b, b'@', 0x1b, b't', 2]));
    assert!(
        slip.windows(9).any(|w| w == b"Luxe Caf\x82"),
        "the accent printed"
    );
    let receipt = jobs.recv_timeout(timeout).unwrap();
    let text = String::from_utf8_lossy(&receipt);
    assert!(
        text.contains("PAID") && text.contains("Croissant"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("printed the slip"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_unknown_code_page_is_refused_by_name() {
    let home = tempfile::tempdir().unwrap();
    let config = format!("printer = \"/dev/null\"\nprinter_codepage = \"latin1\"\n{SHOP}");
    let mut cmd = luxpay(home.path(), &config);
    cmd.args(["create", "--item", "Croissant", "--json"]);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("printer_codepage") && stderr(&out).contains("wpc1252"),
        "names the key and what it takes: {}",
        stderr(&out)
    );
}

#[test]
fn a_printer_that_is_off_changes_nothing_but_a_message() {
    let home = tempfile::tempdir().unwrap();
    let port = common::closed_port();
    let config = format!("printer = \"tcp://127.0.0.1:{port}\"\n{SHOP}");
    let mut cmd = luxpay(home.path(), &config);
    cmd.args(["create", "--item", "Croissant", "--json", "--print"]);
    let out = run(cmd);
    let v = json(&out);
    assert!(v["order_url"].is_string(), "the link is shown as always");
    assert!(
        stderr(&out).contains(&format!("not printed: tcp://127.0.0.1:{port}")),
        "{}",
        stderr(&out)
    );
}

/// `status --wait` runs on_paid too, with the sale from the ledger.
#[test]
fn status_wait_runs_on_paid() {
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("paid.log");
    let config = format!(
        "on_paid = [\"sh\", \"-c\", \"echo $LUXPAY_ORDER_ID $LUXPAY_PRODUCT >> {}\"]\n{SHOP}",
        log.display()
    );
    let mut create = luxpay(home.path(), &config);
    create.args([
        "--demo-pay-after",
        "1",
        "create",
        "--item",
        "Croissant",
        "--json",
    ]);
    assert_eq!(json(&run(create))["order_id"], "1");
    assert!(!log.exists(), "not paid yet, nothing run");
    let mut status = luxpay(home.path(), &config);
    status.args([
        "--demo-pay-after",
        "1",
        "status",
        "1",
        "--wait",
        "--interval",
        "1",
    ]);
    let out = run(status);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "1 Croissant\n");
}
