//! Staff, roles and PINs from the command line, run as the built binary: the first
//! manager, manager actions refused with exit 9 (and why), the lock-out after five wrong
//! PINs, sales that need no PIN, and no PIN anywhere at rest. The shop's shared list on
//! PostgreSQL is tested at the end (ignored without it).

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Words of a command line (none of these has a space in an argument).
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// luxpay at till north on the demo API under `home`, with `stdin` as its input.
fn luxpay_with(home: &Path, extra: &[(&str, &str)], line: &str, stdin: &str) -> Output {
    let mut cmd: Command = common::luxpay_in(home);
    cmd.env("LUXPAY_TILL", "north")
        .arg("--demo")
        .args(words(line));
    for (k, v) in extra {
        cmd.env(k, v);
    }
    run(cmd, stdin)
}

fn run(mut cmd: Command, stdin: &str) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // A command refused before it reads stdin closes it: that is no failure here.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn luxpay(home: &Path, line: &str, stdin: &str) -> Output {
    luxpay_with(home, &[], line, stdin)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

/// A till with a manager (ana, 4711) and a cashier (bo, 8080).
fn a_staffed_till(home: &Path) {
    let first = luxpay(home, "staff add ana --role manager", "4711\n");
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    let bo = luxpay(
        home,
        "--operator ana --pin-stdin staff add bo --role cashier",
        "4711\n8080\n",
    );
    assert_eq!(code(&bo), 0, "{}", stderr(&bo));
}

#[test]
fn the_first_person_is_a_manager_and_needs_no_approval() {
    let home = tempfile::tempdir().unwrap();
    let cashier = luxpay(home.path(), "staff add bo --role cashier", "8080\n");
    assert_eq!(code(&cashier), 2, "{}", stderr(&cashier));
    assert!(
        stderr(&cashier).contains("must be a manager"),
        "{}",
        stderr(&cashier)
    );
    let short = luxpay(home.path(), "staff add ana --role manager", "47\n");
    assert_eq!(code(&short), 2);
    assert!(
        stderr(&short).contains("4 to 8 digits"),
        "{}",
        stderr(&short)
    );
    assert!(!stderr(&short).contains("47\n") && !stderr(&short).contains("\"47\""));

    a_staffed_till(home.path());
    let list = luxpay(home.path(), "staff list --json", "");
    let listed: Value = serde_json::from_str(stdout(&list).trim()).unwrap();
    assert_eq!(
        listed,
        serde_json::json!([{"name": "ana", "role": "manager"}, {"name": "bo", "role": "cashier"}])
    );
    let table = stdout(&luxpay(home.path(), "staff list", ""));
    assert!(
        table.contains("ana  manager") && table.contains("bo   cashier"),
        "{table}"
    );
}

#[test]
fn without_staff_every_action_works_as_before() {
    let home = tempfile::tempdir().unwrap();
    let out = luxpay_with(
        home.path(),
        &[("LUXPAY_OPERATOR", "zoe")],
        "drawer in --amount 5 --reason change --json",
        "",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let moved: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(moved["operator"], "zoe");
}

#[test]
fn manager_actions_are_refused_with_exit_9_saying_why() {
    let home = tempfile::tempdir().unwrap();
    a_staffed_till(home.path());
    let drawer = "drawer in --amount 5 --reason change --json";
    let cases = [
        ("--operator bo --pin-stdin", "8080\n", "bo is a cashier"),
        ("--operator ana --pin-stdin", "1234\n", "wrong PIN for ana"),
        (
            "--operator cy --pin-stdin",
            "4711\n",
            "cy is not on the staff",
        ),
        ("--operator ana", "4711\n", "no terminal"),
        ("--operator ana --pin-stdin", "", "standard input ended"),
    ];
    for (who, input, why) in cases {
        let out = luxpay(home.path(), &format!("{who} {drawer}"), input);
        let expected = if input.is_empty() { 2 } else { 9 };
        assert_eq!(code(&out), expected, "{who}: {}", stderr(&out));
        assert!(stderr(&out).contains(why), "{who}: {}", stderr(&out));
        if expected == 9 {
            let error: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
            assert_eq!(error["error"]["kind"], "refused");
            assert_eq!(error["error"]["exit_code"], 9);
        }
    }
    for refused in [
        "void 1 --reason x",
        "refund C-north-1 --tender cash --reason x",
        "close --counted 0",
        "export --out -",
        "staff remove bo",
        "staff add cy --role cashier",
    ] {
        let out = luxpay(
            home.path(),
            &format!("--operator bo --pin-stdin {refused}"),
            "8080\n9999\n",
        );
        assert_eq!(code(&out), 9, "{refused}: {}", stderr(&out));
    }
    // The manager's PIN lets it through, and the event names the manager.
    let out = luxpay(
        home.path(),
        &format!("--operator ANA --pin-stdin {drawer}"),
        "4711\n",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let moved: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        moved["operator"], "ana",
        "the name as the staff list spells it"
    );
}

#[test]
fn sales_need_no_pin_and_record_the_operator() {
    let home = tempfile::tempdir().unwrap();
    a_staffed_till(home.path());
    let sale = luxpay(
        home.path(),
        "--operator bo create --cash --amount 3 --product Tea --json",
        "",
    );
    assert_eq!(code(&sale), 0, "{}", stderr(&sale));
    let entries = luxpay::ledger::Ledger::at(home.path().join("data/luxpay/ledger-demo.db"))
        .all(&luxpay::ledger::Filter::default(), &jiff::tz::TimeZone::UTC)
        .unwrap();
    assert_eq!(entries[0].payment.operator, "bo");
    let report = luxpay(home.path(), "--operator bo report x --json", "");
    assert_eq!(
        code(&report),
        0,
        "a cashier prints the X: {}",
        stderr(&report)
    );
}

#[test]
fn five_wrong_pins_lock_a_name_out_and_say_until_when() {
    let home = tempfile::tempdir().unwrap();
    a_staffed_till(home.path());
    let line = "--operator ana --pin-stdin drawer out --amount 1 --reason bank";
    for left in (1..=4).rev() {
        let out = luxpay(home.path(), line, "0000\n");
        assert_eq!(code(&out), 9);
        assert!(
            stderr(&out).contains(&format!("{left} more wrong PIN")),
            "{}",
            stderr(&out)
        );
    }
    let fifth = luxpay(home.path(), line, "0000\n");
    assert_eq!(code(&fifth), 9);
    assert!(stderr(&fifth).contains("locked out") && stderr(&fifth).contains("try again after"));
    // Now even the right PIN is refused, without being asked for.
    let right = luxpay(home.path(), line, "4711\n");
    assert_eq!(code(&right), 9);
    assert!(stderr(&right).contains("locked out"), "{}", stderr(&right));
    // Another name is not locked.
    let bo = luxpay(
        home.path(),
        "--operator bo --pin-stdin staff pin bo",
        "8080\n1357\n",
    );
    assert_eq!(code(&bo), 0, "{}", stderr(&bo));
    // Every failure is in the log with the till and the name.
    let log = all_text(&home.path().join("state"));
    assert_eq!(log.matches("wrong PIN").count(), 5, "{log}");
    assert!(
        log.contains("till=north") || log.contains("till: north") || log.contains("north"),
        "{log}"
    );
}

#[test]
fn a_cashier_changes_their_own_pin_and_no_one_elses() {
    let home = tempfile::tempdir().unwrap();
    a_staffed_till(home.path());
    let other = luxpay(
        home.path(),
        "--operator bo --pin-stdin staff pin ana",
        "8080\n2468\n",
    );
    assert_eq!(code(&other), 9, "{}", stderr(&other));
    let own = luxpay(
        home.path(),
        "--operator bo --pin-stdin staff pin bo",
        "8080\n2468\n",
    );
    assert_eq!(code(&own), 0, "{}", stderr(&own));
    let old = luxpay(
        home.path(),
        "--operator bo --pin-stdin staff pin bo",
        "8080\n1111\n",
    );
    assert!(stderr(&old).contains("wrong PIN"), "{}", stderr(&old));
    let last = luxpay(
        home.path(),
        "--operator ana --pin-stdin staff remove ana",
        "4711\n",
    );
    assert_eq!(code(&last), 2);
    assert!(stderr(&last).contains("last manager"), "{}", stderr(&last));
    let gone = luxpay(
        home.path(),
        "--operator ana --pin-stdin staff remove bo",
        "4711\n",
    );
    assert_eq!(code(&gone), 0, "{}", stderr(&gone));
}

/// Every file under `dir`, as text (lossy), joined.
fn all_text(dir: &Path) -> String {
    let mut text = String::new();
    for bytes in all_files(dir) {
        text.push_str(&String::from_utf8_lossy(&bytes));
    }
    text
}

fn all_files(dir: &Path) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(all_files(&path));
        } else {
            found.push(std::fs::read(&path).unwrap());
        }
    }
    found
}

#[test]
fn no_pin_is_kept_anywhere_luxpay_writes() {
    let home = tempfile::tempdir().unwrap();
    let pins = ["90817263", "5647382", "7418529"];
    let out = luxpay(
        home.path(),
        "staff add ana --role manager",
        &format!("{}\n", pins[0]),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let with = format!("{}\n{}\n", pins[0], pins[1]);
    let out = luxpay(
        home.path(),
        "--operator ana --pin-stdin staff add bo --role cashier",
        &with,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // A wrong PIN (logged as a failure) and a right one (a drawer move).
    let wrong = luxpay(
        home.path(),
        "--operator ana --pin-stdin drawer in --amount 1 --reason x",
        &format!("{}\n", pins[2]),
    );
    assert_eq!(code(&wrong), 9);
    let right = luxpay(
        home.path(),
        "--operator ana --pin-stdin drawer in --amount 1 --reason x",
        &format!("{}\n", pins[0]),
    );
    assert_eq!(code(&right), 0, "{}", stderr(&right));
    let files = all_files(home.path());
    assert!(files.len() >= 2, "the ledger and a log at least");
    for pin in pins {
        for bytes in &files {
            assert!(
                !bytes.windows(pin.len()).any(|w| w == pin.as_bytes()),
                "PIN {pin} at rest"
            );
        }
        for o in [&wrong, &right] {
            assert!(!stdout(o).contains(pin) && !stderr(o).contains(pin));
        }
    }
}

#[test]
fn help_lists_exit_9_and_pin_stdin() {
    let home = tempfile::tempdir().unwrap();
    let help = stdout(&luxpay(home.path(), "--help", ""));
    assert!(help.contains("9  refused"), "{help}");
    assert!(help.contains("--pin-stdin"), "{help}");
}

/// luxpay at `till` on the shared ledger `db`, with the demo server at `base`.
fn at_till(home: &Path, base: &str, db: &str, till: &str, line: &str, stdin: &str) -> Output {
    let mut cmd = common::luxpay_in(home);
    cmd.env("LUXPAY_TILL", till)
        .env("LUXPAY_LEDGER_URL", db)
        .env("LUXFIN_API_KEY", "k")
        .args(["--base-url", base])
        .args(words(line));
    run(cmd, stdin)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/test-with-postgres"]
async fn the_shops_staff_list_works_at_every_till() {
    let Some(db) = common::pg::fresh_database("staff").await else {
        return;
    };
    let server = common::demo_server().await;
    let base = server.base_url().to_string();
    let (front, back) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (f, b) = (front.path().to_path_buf(), back.path().to_path_buf());
    let (base2, db2) = (base.clone(), db.clone());
    tokio::task::spawn_blocking(move || {
        let add = at_till(
            &f,
            &base2,
            &db2,
            "front",
            "staff add ana --role manager",
            "4711\n",
        );
        assert_eq!(code(&add), 0, "{}", stderr(&add));
        // Added at the front, the manager's PIN works at the back.
        let moved = at_till(
            &b,
            &base2,
            &db2,
            "back",
            "--operator ana --pin-stdin drawer in --amount 5 --reason change --json",
            "4711\n",
        );
        assert_eq!(code(&moved), 0, "{}", stderr(&moved));
        let wrong = at_till(
            &b,
            &base2,
            &db2,
            "back",
            "--operator ana --pin-stdin drawer in --amount 5 --reason change",
            "1111\n",
        );
        assert_eq!(code(&wrong), 9, "{}", stderr(&wrong));
        // The back till adds a cashier: the front sees them.
        let bo = at_till(
            &b,
            &base2,
            &db2,
            "back",
            "--operator ana --pin-stdin staff add bo --role cashier",
            "4711\n8080\n",
        );
        assert_eq!(code(&bo), 0, "{}", stderr(&bo));
        let list = at_till(&f, &base2, &db2, "front", "staff list --json", "");
        let listed: Value = serde_json::from_str(stdout(&list).trim()).unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    })
    .await
    .unwrap();
    assert_eq!(
        common::pg::count(&db, "SELECT count(*) FROM luxpay_staff").await,
        2
    );
    let at_rest = common::pg::count(
        &db,
        "SELECT count(*) FROM luxpay_staff WHERE pin_hash LIKE '$argon2id$%' \
         AND pin_hash NOT LIKE '%4711%' AND pin_hash NOT LIKE '%8080%'",
    )
    .await;
    assert_eq!(at_rest, 2, "only Argon2id hashes, no PIN");
    // The database down: the back till still knows its managers, from its copy.
    let down = format!(
        "postgres://luxpay@127.0.0.1:{}/luxpay",
        common::closed_port()
    );
    let b = back.path().to_path_buf();
    tokio::task::spawn_blocking(move || {
        let cut_off = at_till(
            &b,
            &base,
            &down,
            "back",
            "--operator bo --pin-stdin drawer in --amount 5 --reason change",
            "8080\n",
        );
        assert_eq!(code(&cut_off), 9, "{}", stderr(&cut_off));
        assert!(
            stderr(&cut_off).contains("bo is a cashier"),
            "{}",
            stderr(&cut_off)
        );
    })
    .await
    .unwrap();
}

/// The app with staff set up: it opens on the PIN screen, a PIN opens it for that
/// person (named in the title bar), and with no key for `lock_after_secs` it locks
/// itself again. Waits are generous: nothing here is timed pass/fail.
#[test]
fn the_app_opens_on_the_pin_screen_and_locks_itself_when_idle() {
    use std::time::Duration;
    let home = tempfile::tempdir().unwrap();
    a_staffed_till(home.path());
    let config = home.path().join("config").join("luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "lock_after_secs = 1\n").unwrap();
    let wait = Duration::from_secs(30);
    let mut pty = common::pty::Pty::spawn(
        home.path(),
        &["--demo"],
        &[("LUXPAY_TILL", "north")],
        (80, 24),
    );
    pty.wait_for_text("who is at the till?", wait);
    assert!(pty.parser.screen().contents().contains("bo  cashier"));
    pty.send("4711");
    pty.wait_for_text("●●●●", wait);
    assert!(
        !pty.parser.screen().contents().contains("4711"),
        "no digit drawn"
    );
    pty.send("\r");
    pty.wait_for_text("Open for ana", wait);
    let open = pty.parser.screen().contents();
    assert!(!open.contains("who is at the till?"), "{open}");
    assert!(
        open.contains(" ana "),
        "the title bar names the operator: {open}"
    );
    // No key now: the idle lock falls due, and the loop wakes for it.
    pty.wait_for_text("who is at the till?", wait);
    assert!(pty.parser.screen().contents().contains(" locked "));
    pty.send("\x03");
    assert!(pty.wait_exit(wait).success());
}
