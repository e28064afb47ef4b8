//! Faults a till meets in the field (issue 22): a ledger file emptied beside its log of
//! commits, a log that cannot be applied, amounts whose separator could mean two things,
//! and tips quoted as typed.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use luxpay::ledger::{Ledger, Record};

/// A ledger in `dir` holding one payment, closed again: its commits are in the log
/// (`ledger.db-wal`), which luxpay keeps between runs. Returns the ledger's path.
fn ledger_with_a_payment(dir: &Path) -> PathBuf {
    let path = dir.join("ledger.db");
    let ledger = Ledger::at(path.clone());
    let entry = common::app::entry(1, "Tea", "https://pay.example/1", "2026-11-27T12:00:00Z");
    ledger.append(&Record::Payment(entry.payment)).unwrap();
    assert_eq!(ledger.stats().unwrap().payments, 1);
    drop(ledger);
    assert!(
        wal_of(&path).metadata().unwrap().len() > 0,
        "the log holds commits"
    );
    path
}

fn wal_of(path: &Path) -> PathBuf {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    PathBuf::from(wal)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn an_emptied_ledger_beside_its_log_is_refused_and_the_log_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = ledger_with_a_payment(dir.path());
    std::fs::write(&path, b"").unwrap();
    let log = std::fs::read(wal_of(&path)).unwrap();

    let error = Ledger::at(path.clone()).open().unwrap_err().to_string();
    assert!(
        error.contains("is damaged") && error.contains("-wal"),
        "refused as damaged, naming the log: {error}"
    );
    assert_eq!(
        std::fs::read(wal_of(&path)).unwrap(),
        log,
        "the log untouched"
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"", "the ledger untouched");
}

#[test]
fn a_log_left_beside_a_deleted_ledger_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = ledger_with_a_payment(dir.path());
    std::fs::remove_file(&path).unwrap();
    let log = std::fs::read(wal_of(&path)).unwrap();

    let error = Ledger::at(path.clone()).open().unwrap_err().to_string();
    assert!(error.contains("is damaged (it is missing"), "{error}");
    assert_eq!(
        std::fs::read(wal_of(&path)).unwrap(),
        log,
        "the log untouched"
    );
    assert!(!path.exists(), "no new ledger made over it");
}

#[test]
fn a_log_that_cannot_be_applied_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = ledger_with_a_payment(dir.path());
    // A byte of the log's header spoilt: SQLite would take the log for an empty one
    // and throw its commits away at the next write.
    let mut log = std::fs::read(wal_of(&path)).unwrap();
    log[17] ^= 0xff;
    std::fs::write(wal_of(&path), &log).unwrap();
    let ledger = std::fs::read(&path).unwrap();

    let error = Ledger::at(path.clone()).open().unwrap_err().to_string();
    assert!(error.contains("is damaged"), "{error}");
    assert_eq!(
        std::fs::read(wal_of(&path)).unwrap(),
        log,
        "the log untouched"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        ledger,
        "the ledger untouched"
    );
}

#[test]
fn an_empty_ledger_alone_is_started_afresh_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.db");
    std::fs::write(&path, b"").unwrap();
    // An empty log beside it holds nothing either.
    std::fs::write(wal_of(&path), b"").unwrap();

    let ledger = Ledger::at(path.clone());
    let notes = ledger.open().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("was empty") && n.contains("new ledger")),
        "{notes:?}"
    );
    assert_eq!(ledger.stats().unwrap().payments, 0);
    drop(ledger);
    // Said once: the next opening finds a ledger.
    assert!(Ledger::at(path).open().unwrap().is_empty());
}

#[test]
fn a_new_ledger_is_made_without_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let notes = Ledger::at(dir.path().join("ledger.db")).open().unwrap();
    assert!(notes.is_empty(), "{notes:?}");
}

/// `: > ledger.db`, then a command: refused while the log beside it holds the sale.
#[test]
fn a_command_on_an_emptied_ledger_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let mut sale = common::luxpay_in(home.path());
    sale.args([
        "--demo",
        "create",
        "--amount",
        "3",
        "--customer",
        "ana@example.com",
    ])
    .args(["--product", "Tea", "--no-qr"]);
    let out = sale.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let path = home.path().join("data/luxpay/ledger-demo.db");
    std::fs::write(&path, b"").unwrap();
    let log = std::fs::read(wal_of(&path)).unwrap();

    let mut check = common::luxpay_in(home.path());
    check.args(["--demo", "ledger", "check"]);
    let out = check.output().unwrap();
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("is damaged"), "{}", stderr(&out));
    assert_eq!(std::fs::read(wal_of(&path)).unwrap(), log);
}

/// luxpay `create` on the demo API with these arguments after the amount's.
fn create(home: &Path, args: &[&str]) -> Output {
    let mut cmd = common::luxpay_in(home);
    cmd.args([
        "--demo",
        "create",
        "--customer",
        "ana@example.com",
        "--product",
        "Tea",
    ])
    .args(["--no-qr", "--json"])
    .args(args);
    cmd.output().unwrap()
}

#[test]
fn a_dot_before_three_digits_is_refused_as_a_comma_is() {
    let home = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["--amount", "1.500"][..],
            "\"1.500\" could be 1500 or 1.50:",
        ),
        (
            &["--amount", "12.500"],
            "\"12.500\" could be 12500 or 12.50:",
        ),
        (&["--amount", "1,500"], "\"1,500\" could be 1500 or 1.50:"),
        (&["--amount", "3", "--tip=1.500"], "\"1.500\" could be 1500"),
    ] {
        let out = create(home.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    // Nothing was made.
    let path = home.path().join("data/luxpay/ledger-demo.db");
    let ledger = Ledger::at(path);
    assert!(ledger.stats().map_or(true, |s| s.payments == 0));
}

#[test]
fn a_tip_is_quoted_once_as_typed() {
    let home = tempfile::tempdir().unwrap();
    for (tip, says) in [
        (
            "-1000000%",
            "--tip \"-1000000%\" is not a tip: use 0 to 100",
        ),
        ("-10%", "--tip \"-10%\" is not a tip"),
        ("--10%", "--tip \"--10%\" is not a percent"),
        ("150%", "--tip \"150%\" is not a tip"),
    ] {
        let out = create(home.path(), &["--amount", "3", &format!("--tip={tip}")]);
        assert_eq!(out.status.code(), Some(2), "{tip}: {}", stderr(&out));
        let said = stderr(&out);
        assert!(said.contains(says), "{tip}: {said}");
        assert!(!said.contains("---"), "{tip}: {said}");
    }
}

/// An export that fails midway (here the file size limit, as a full disk would) leaves
/// no file, neither the one asked for nor a draft: the retry gets the name.
#[cfg(unix)]
#[test]
fn a_failed_export_leaves_no_file_and_the_retry_succeeds() {
    let home = tempfile::tempdir().unwrap();
    let entries: Vec<_> = (1..=1000)
        .map(|i| common::app::entry(i, "Tea", "https://pay.example/x", "2026-11-27T12:00:00Z"))
        .collect();
    let (made, ledger) = common::app::ledger_with(&entries);
    drop(ledger);
    let data = home.path().join("data/luxpay");
    std::fs::create_dir_all(&data).unwrap();
    for suffix in ["", "-wal"] {
        let from = made.path().join(format!("ledger.db{suffix}"));
        if from.exists() {
            std::fs::copy(from, data.join(format!("ledger-demo.db{suffix}"))).unwrap();
        }
    }
    let out_dir = home.path().join("exports");
    std::fs::create_dir_all(&out_dir).unwrap();
    let csv = out_dir.join("day.csv");
    let export = |limit: Option<&str>| {
        // Files may grow to 64 KiB, not more; a write past it fails (EFBIG) rather than
        // killing the process, as SIGXFSZ is ignored.
        let script = match limit {
            Some(kib) => format!("ulimit -f {kib}; trap '' XFSZ; exec \"$@\""),
            None => "exec \"$@\"".to_string(),
        };
        let mut cmd = common::private(std::process::Command::new("bash"), home.path());
        cmd.args(["-c", &script, "bash", env!("CARGO_BIN_EXE_luxpay")])
            .args(["--demo", "export", "--out"])
            .arg(&csv);
        cmd.output().unwrap()
    };

    let failed = export(Some("64"));
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    assert!(
        stderr(&failed).contains("cannot write"),
        "{}",
        stderr(&failed)
    );
    let left: Vec<_> = std::fs::read_dir(&out_dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");

    let retry = export(None);
    assert_eq!(retry.status.code(), Some(0), "{}", stderr(&retry));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 1001, "the header and every payment");
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 1);
}
