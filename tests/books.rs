//! The till's books from the command line: cash sales, the drawer, voids, refunds, the X
//! and Z reports and the hash chain `verify` checks, run as the built binary.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

/// luxpay at till north, operator ana, on the demo API under `home`.
fn luxpay(home: &Path, args: &[&str]) -> Output {
    let mut cmd: Command = common::luxpay_in(home);
    cmd.env("LUXPAY_TILL", "north")
        .env("LUXPAY_OPERATOR", "ana")
        .arg("--demo")
        .args(args);
    cmd.output().unwrap()
}

fn ok_json(home: &Path, args: &[&str]) -> Value {
    common::json_out(&luxpay(home, args))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ledger_path(home: &Path) -> std::path::PathBuf {
    home.join("data/luxpay/ledger-demo.db")
}

/// The words of a command line (none of these has a space in an argument).
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// A shift with every kind of event: a float of 100, two cash sales (one with a tip),
/// a link voided, a refund in cash and one another way, cash in and out.
fn a_busy_shift(home: &Path) {
    ok_json(home, &words("shift open --float 100 --json"));
    let first = ok_json(
        home,
        &words("create --cash --amount 7.50 --product Latte --tendered 10 --json"),
    );
    assert_eq!(first["order_id"], "C-north-1");
    assert_eq!(first["method"], "cash");
    assert_eq!(first["change"], "2.50");
    assert_eq!(first["status"], "PAID");
    let second = ok_json(
        home,
        &words("create --cash --amount 3 --product Tea --tip 0.50 --json"),
    );
    assert_eq!(second["order_id"], "C-north-2");
    assert_eq!(second["amount"], "3.50");
    a_voided_link(home, "left");
    ok_json(
        home,
        &words("refund C-north-1 --amount 2 --tender cash --reason spilt --json"),
    );
    let all = ok_json(
        home,
        &words("refund C-north-2 --tender other --reason voucher --json"),
    );
    assert_eq!(all["amount"], "3.50", "without --amount: all that is left");
    ok_json(home, &words("drawer in --amount 5 --reason change --json"));
    ok_json(home, &words("drawer out --amount 20 --reason bank --json"));
}

/// Link 1, for 12.00, made on a demo API that takes an hour to pay it, then voided.
fn a_voided_link(home: &Path, why: &str) {
    let link = luxpay(
        home,
        &words(
            "--demo-pay-after 3600 create --amount 12 --product Beans --customer bo@example.com --json",
        ),
    );
    assert_eq!(common::json_out(&link)["order_id"], "1");
    let void = format!("--demo-pay-after 3600 void 1 --reason {why} --json");
    ok_json(home, &words(&void));
}

#[test]
fn a_closed_shift_is_a_z_that_adds_up_and_chains_to_the_next() {
    let home = tempfile::tempdir().unwrap();
    a_busy_shift(home.path());
    let x = ok_json(home.path(), &["report", "x", "--json"]);
    assert!(x.get("number").is_none() && x.get("hash").is_none(), "{x}");
    assert!(x["cash"].get("counted").is_none());
    let z = ok_json(home.path(), &["close", "--counted", "90", "--json"]);
    assert_eq!(z["number"], 1);
    assert_eq!(z["till"], "north");
    assert_eq!(z["opened_by"], "ana");
    assert_eq!(z["closed_by"], "ana");
    assert_eq!(
        z["currencies"]["USD"],
        json!({
            "gross": "11.00", "tips": "0.50",
            "voids": {"count": 1, "amount": "12.00"},
            "refunds": {"count": 2, "amount": "5.50", "cash": "2.00", "other": "3.50"},
            "net": "5.50", "sales": 2, "average": "5.50",
        })
    );
    // 100 + 11.00 − 2.00 + 5.00 − 20.00 = 94.00 expected; 90 counted.
    assert_eq!(
        z["cash"],
        json!({
            "currency": "USD", "float": "100.00", "sales": "11.00", "refunds": "2.00",
            "paid_in": "5.00", "paid_out": "20.00", "expected": "94.00",
            "counted": "90.00", "difference": "-4.00",
        })
    );
    assert_eq!(
        z["by_method"],
        json!([{"key": "cash", "currency": "USD", "count": 2, "amount": "11.00"}])
    );
    assert_eq!(z["best_items"][0]["name"], "Latte");
    assert_eq!(
        z["pending"],
        json!([]),
        "the voided link does not carry over"
    );
    assert_eq!(z["prev_hash"], "0".repeat(64));
    assert_eq!(z["hash"].as_str().unwrap().len(), 64);

    // The Z as closed is the Z as read back, and what verify checks.
    assert_eq!(ok_json(home.path(), &["report", "z", "1", "--json"]), z);
    let verified = luxpay(home.path(), &["verify"]);
    assert_eq!(verified.status.code(), Some(0), "{}", stderr(&verified));
    assert!(String::from_utf8_lossy(&verified.stdout).contains("1 Z report, chain intact"));

    // The next sale opens a new shift (and says so); its Z is number 2, chained to 1.
    let sale = luxpay(
        home.path(),
        &["create", "--cash", "--amount", "4", "--product", "Scone"],
    );
    assert!(
        stderr(&sale).contains("no shift was open"),
        "{}",
        stderr(&sale)
    );
    let z2 = ok_json(home.path(), &["close", "--counted", "4", "--json"]);
    assert_eq!(z2["number"], 2);
    assert_eq!(z2["prev_hash"], z["hash"]);
    assert_eq!(z2["cash"]["float"], "0.00");
    assert_eq!(z2["currencies"]["USD"]["gross"], "4.00");
    let again = luxpay(home.path(), &["close", "--counted", "0"]);
    assert_eq!(again.status.code(), Some(2), "nothing open to close");
    // An empty drawer is a count: a shift with no float, closed with nothing in it.
    ok_json(home.path(), &words("shift open --float 0 --json"));
    let z3 = ok_json(home.path(), &words("close --counted 0,00 --json"));
    assert_eq!(z3["number"], 3);
    assert_eq!(z3["cash"]["counted"], "0.00");
    assert_eq!(z3["cash"]["difference"], "0.00");
}

#[test]
fn what_the_books_refuse_is_exit_2_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    a_busy_shift(home.path());
    let before = ok_json(home.path(), &["report", "x", "--json"]);
    let refused: [&[&str]; 8] = [
        // Cash in a currency the drawer (USD, its float's) does not count.
        &[
            "create",
            "--cash",
            "--amount",
            "5",
            "--currency",
            "EUR",
            "--product",
            "Tea",
        ],
        // Tendered below the total.
        &[
            "create",
            "--cash",
            "--amount",
            "7.50",
            "--product",
            "Latte",
            "--tendered",
            "5",
        ],
        // More than is left of the sale (7.50 paid, 2.00 refunded).
        &[
            "refund",
            "C-north-1",
            "--amount",
            "5.51",
            "--tender",
            "cash",
            "--reason",
            "x",
        ],
        // Refunded in full already.
        &["refund", "C-north-2", "--tender", "cash", "--reason", "x"],
        // A paid order is refunded, not voided.
        &["void", "C-north-1", "--reason", "x"],
        // A voided order cannot be voided again.
        &["--demo-pay-after", "3600", "void", "1", "--reason", "x"],
        // A shift is open already.
        &["shift", "open", "--float", "50"],
        // An empty reason.
        &["drawer", "out", "--amount", "1", "--reason", "  "],
    ];
    for args in refused {
        let out = luxpay(home.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).starts_with("error: "), "{args:?}");
    }
    let euros = luxpay(home.path(), refused[0]);
    assert!(
        stderr(&euros).contains("the drawer counts USD only"),
        "{}",
        stderr(&euros)
    );
    let paid = luxpay(home.path(), &["void", "C-north-1", "--reason", "x"]);
    assert!(
        stderr(&paid).contains("refund it instead"),
        "{}",
        stderr(&paid)
    );
    assert_eq!(ok_json(home.path(), &["report", "x", "--json"]), before);
}

#[test]
fn a_cash_sale_needs_no_network_and_no_api_key() {
    let home = tempfile::tempdir().unwrap();
    // A live till whose API is unreachable, and no key at all.
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!(
            "base_url = \"http://127.0.0.1:{}\"\ntill = \"south\"\n",
            common::closed_port()
        ),
    )
    .unwrap();
    let out = common::luxpay_in(home.path())
        .args([
            "create",
            "--cash",
            "--amount",
            "5",
            "--product",
            "Tea",
            "--json",
        ])
        .output()
        .unwrap();
    let sale = common::json_out(&out);
    assert_eq!(sale["order_id"], "C-south-1");
    assert_eq!(sale["demo"], false);
    let csv = common::luxpay_in(home.path())
        .args(["export", "--out", "-"])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let row = csv.lines().find(|l| l.starts_with("C-south-1,")).unwrap();
    assert!(
        row.contains(",PAID,SUCCESS,") && row.contains(",cash,"),
        "{row}"
    );
}

#[test]
fn a_voided_link_is_voided_in_exports_until_it_is_paid_after_all() {
    let home = tempfile::tempdir().unwrap();
    let hook_out = home.path().join("hook.txt");
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        format!(
            "on_paid = [\"sh\", \"-c\", \"echo $LUXPAY_ORDER_ID voided=$LUXPAY_VOIDED >> {}\"]\n",
            hook_out.display()
        ),
    )
    .unwrap();
    a_voided_link(home.path(), "left");
    // The link was the shift's first sale: it opened one, with a float of 0.
    let x = ok_json(home.path(), &["report", "x", "--json"]);
    assert!(x["opened_at"].is_string(), "{x}");
    assert_eq!(x["cash"]["float"], "0.00");
    let csv = luxpay(home.path(), &["export", "--out", "-"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("1,") && l.contains(",VOIDED,PENDING,")),
        "{csv}"
    );

    // `status` says VOIDED, as the export does, while the server still has it open.
    let status = ok_json(home.path(), &words("--demo-pay-after 3600 status 1 --json"));
    assert_eq!(status["status"], "VOIDED", "{status}");
    assert_eq!(status["server_status"], "PENDING", "{status}");
    let text = luxpay(home.path(), &words("--demo-pay-after 3600 status 1"));
    assert_eq!(String::from_utf8_lossy(&text.stdout).trim(), "VOIDED");

    // The customer pays it even so: PAID AFTER VOID, on_paid with LUXPAY_VOIDED=1, once.
    let paid = luxpay(home.path(), &["--demo-pay-after", "0", "status", "1"]);
    assert_eq!(paid.status.code(), Some(0), "{}", stderr(&paid));
    assert!(
        stderr(&paid).contains("PAID AFTER VOID: order 1 was voided"),
        "{}",
        stderr(&paid)
    );
    assert!(stderr(&paid).contains("by ana (left)"), "{}", stderr(&paid));
    luxpay(home.path(), &["--demo-pay-after", "0", "status", "1"]);
    assert_eq!(std::fs::read_to_string(&hook_out).unwrap(), "1 voided=1\n");
    let csv = luxpay(home.path(), &["export", "--out", "-"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("1,") && l.contains(",PAID,SUCCESS,")),
        "{csv}"
    );
    let x = ok_json(home.path(), &["report", "x", "--json"]);
    assert_eq!(x["paid_after_void"][0]["order_id"], "1", "{x}");
    assert_eq!(x["currencies"]["USD"]["gross"], "12.00", "counted as paid");
    assert_eq!(
        x["currencies"]["USD"]["voids"]["count"], 0,
        "paid, so not a void as well"
    );
}

/// Two closed shifts, and a copy of their ledger for each way of tampering with it.
fn closed_twice() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    a_busy_shift(home.path());
    ok_json(home.path(), &["close", "--counted", "94", "--json"]);
    luxpay(
        home.path(),
        &["create", "--cash", "--amount", "4", "--product", "Scone"],
    );
    ok_json(home.path(), &["close", "--counted", "4", "--json"]);
    home
}

#[test]
fn verify_names_the_first_z_whose_period_was_changed_even_without_triggers() {
    let original = closed_twice();
    let cases: [(&str, &str); 9] = [
        (
            "UPDATE payments SET amount = '7.00' WHERE order_id = 'C-north-1'",
            "Z 1 does not match",
        ),
        (
            "DROP TRIGGER books_kept; UPDATE books SET reason = 'nothing' WHERE kind = 'out'",
            "Z 1 does not match",
        ),
        (
            "DROP TRIGGER books_not_deleted; DELETE FROM books WHERE kind = 'in'",
            "Z 1 does not match",
        ),
        (
            "DELETE FROM status_events WHERE id = (SELECT max(id) FROM status_events)",
            "Z 2 does not match",
        ),
        (
            "DROP TRIGGER z_reports_kept; \
             UPDATE z_reports SET body = replace(body, '\"gross\":\"11.00\"', '\"gross\":\"1.00\"') WHERE number = 1",
            "Z 1 does not match",
        ),
        (
            "DROP TRIGGER z_reports_kept; UPDATE z_reports SET prev_hash = hash WHERE number = 2",
            "Z 2 does not follow Z 1",
        ),
        (
            "DROP TRIGGER z_reports_not_deleted; DELETE FROM z_reports WHERE number = 2",
            "Z 2 is missing",
        ),
        // The columns triggers keep from the events: what refund and void go by.
        (
            "UPDATE payments SET status = 'PENDING' WHERE order_id = 'C-north-1'",
            "order C-north-1's status or void is not what its events say",
        ),
        (
            "UPDATE payments SET voided_at = NULL WHERE order_id = '1'",
            "order 1's status or void is not what its events say",
        ),
    ];
    for (sql, named) in cases {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("data/luxpay");
        std::fs::create_dir_all(&dir).unwrap();
        // A copy made by SQLite itself, so the WAL's pages come along.
        let source = rusqlite::Connection::open(ledger_path(original.path())).unwrap();
        source
            .execute(
                "VACUUM INTO ?1",
                [ledger_path(home.path()).to_str().unwrap()],
            )
            .unwrap();
        let db = rusqlite::Connection::open(ledger_path(home.path())).unwrap();
        db.execute_batch(sql).unwrap();
        drop(db);
        let out = luxpay(home.path(), &["verify"]);
        assert_eq!(out.status.code(), Some(8), "{sql}: {}", stderr(&out));
        assert!(stderr(&out).contains(named), "{sql}: {}", stderr(&out));
    }
    let intact = luxpay(original.path(), &["verify", "--json"]);
    assert_eq!(
        common::json_out(&intact),
        json!({"reports": 2, "intact": true, "broken": null})
    );
}

#[test]
fn the_books_refuse_to_be_edited_while_their_triggers_stand() {
    let home = closed_twice();
    let db = rusqlite::Connection::open(ledger_path(home.path())).unwrap();
    for sql in [
        "UPDATE books SET amount = '1' WHERE kind = 'out'",
        "DELETE FROM books",
        "UPDATE z_reports SET hash = ''",
        "DELETE FROM z_reports",
    ] {
        let err = db.execute_batch(sql).unwrap_err().to_string();
        assert!(err.contains("never changed"), "{sql}: {err}");
    }
}

#[test]
fn a_z_prints_what_its_json_says_on_58_and_80_mm_paper() {
    for (width, columns) in [(58, 32), (80, 48)] {
        let home = tempfile::tempdir().unwrap();
        let (port, jobs) = common::fake_printer();
        let config = home.path().join("config/luxpay");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(
            config.join("config.toml"),
            format!(
                "printer = \"tcp://127.0.0.1:{port}\"\nprinter_width = {width}\nshop_name = \"Cafe Nord\"\n"
            ),
        )
        .unwrap();
        a_busy_shift(home.path());
        let out = luxpay(
            home.path(),
            &["close", "--counted", "90", "--json", "--print"],
        );
        let z = common::json_out(&out);
        let job = jobs
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        let text = printed_text(&job);
        for line in text.lines() {
            assert!(line.chars().count() <= columns, "{width} mm: {line:?}");
        }
        let hash = z["hash"].as_str().unwrap();
        assert!(
            text.replace('\n', "").contains(hash),
            "{width} mm: the hash"
        );
        for figure in ["Z REPORT 1", "94.00", "90.00", "-4.00", "11.00", "Latte"] {
            assert!(text.contains(figure), "{width} mm: {figure} in\n{text}");
        }
    }
}

/// The text of an ESC/POS job: its printable bytes, commands left out.
fn printed_text(job: &[u8]) -> String {
    let mut text = String::new();
    let mut i = 0;
    while i < job.len() {
        match job[i] {
            // ESC @ (reset) is two bytes, GS V (cut) four, the others this module
            // writes (alignment, bold, size, feed, code page) three.
            0x1b if job.get(i + 1) == Some(&b'@') => i += 2,
            0x1d if job.get(i + 1) == Some(&b'V') => i += 4,
            0x1b | 0x1d => i += 3,
            b'\n' => {
                text.push('\n');
                i += 1;
            }
            b if b.is_ascii_graphic() || b == b' ' => {
                text.push(b as char);
                i += 1;
            }
            _ => i += 1,
        }
    }
    text
}

/// luxpay at `till` of a shop: a shared ledger and one demo API for every till.
fn shop_till(home: &Path, base: &str, db: &str, till: &str, args: &[&str]) -> Output {
    let mut cmd: Command = common::luxpay_in(home);
    cmd.env("LUXFIN_API_KEY", "k")
        .env("LUXPAY_TILL", till)
        .env("LUXPAY_OPERATOR", format!("op-{till}"))
        .env("LUXPAY_LEDGER_URL", db)
        .args(["--base-url", base])
        .args(args);
    cmd.output().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn the_shop_sums_every_tills_z_of_the_day_from_the_shared_ledger() {
    let Some(db) = common::pg::fresh_database("zs").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let (north, south) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut closed = Vec::new();
    for (home, till, cash) in [(&north, "north", "7.50"), (&south, "south", "2.50")] {
        let run = |args: &str| {
            let out = shop_till(home.path(), &base, &db, till, &words(args));
            assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr(&out));
            out
        };
        run("shift open --float 50");
        run(&format!("create --cash --amount {cash} --product Tea"));
        let link = run("create --amount 9 --product Beans --customer bo@example.com --json");
        let id = serde_json::from_slice::<Value>(&link.stdout).unwrap()["order_id"]
            .as_str()
            .unwrap()
            .to_string();
        run(&format!("void {id} --reason left"));
        let z = run("close --counted 50 --json");
        closed.push(serde_json::from_slice::<Value>(&z.stdout).unwrap());
    }
    // Every till's books and Z reached the shop's ledger, with the command.
    assert_eq!(
        common::pg::count(&db, "SELECT count(*) FROM luxpay_z_reports").await,
        2
    );
    assert_eq!(
        common::pg::count(&db, "SELECT count(*) FROM luxpay_books WHERE kind = 'void'").await,
        2
    );
    let day = &closed[0]["closed_at"].as_str().unwrap()[..10];
    let shop = shop_till(
        north.path(),
        &base,
        &db,
        "north",
        &words(&format!("report z --shop --date {day} --json")),
    );
    let shop = common::json_out(&shop);
    assert_eq!(shop["reports"].as_array().unwrap().len(), 2, "{shop}");
    assert_eq!(shop["reports"][0]["hash"], closed[0]["hash"]);
    assert_eq!(shop["sum"]["reports"], 2);
    assert_eq!(shop["sum"]["currencies"]["USD"]["gross"], "10.00");
    assert_eq!(shop["sum"]["currencies"]["USD"]["voids"]["count"], 2);
    assert_eq!(shop["sum"]["cash"]["USD"]["expected"], "110.00");
    assert_eq!(shop["sum"]["cash"]["USD"]["difference"], "-10.00");

    // A voided link is voided in the shop's export too.
    let csv = shop_till(
        south.path(),
        &base,
        &db,
        "south",
        &words("export --shop --out -"),
    );
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.matches(",VOIDED,").count(), 2, "{csv}");
}

#[test]
fn a_voided_link_is_not_refunded_and_says_why() {
    let home = tempfile::tempdir().unwrap();
    a_voided_link(home.path(), "mistake");
    let out = luxpay(
        home.path(),
        &words("--demo-pay-after 3600 refund 1 --tender cash --reason oops"),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("order 1 is voided: it was never paid"),
        "{}",
        stderr(&out)
    );
}
