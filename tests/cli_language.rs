//! The command line speaks the person's language (LANG), with money and times as the
//! locale writes them, while `--json` stays as it is: run as the built binary.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::Output;

/// luxpay at till north, operator ana, on the demo API under `home`, in `lang`.
fn luxpay(home: &Path, lang: &str, args: &[&str]) -> Output {
    let output = common::luxpay_in(home)
        .env("LANG", lang)
        .env("LUXPAY_TILL", "north")
        .env("LUXPAY_OPERATOR", "ana")
        .arg("--demo")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_cash_sale_in_german_says_its_money_the_german_way() {
    let home = tempfile::tempdir().unwrap();
    let sale = luxpay(
        home.path(),
        "de_DE.UTF-8",
        &[
            "create",
            "--cash",
            "--amount",
            "1234.50",
            "--product",
            "Kaffee",
            "--tendered",
            "1300",
        ],
    );
    let out = text(&sale.stdout);
    assert!(out.contains("Betrag"), "{out}");
    assert!(out.contains("1.234,50 USD"), "{out}");
    assert!(out.contains("Rückgeld"), "{out}");
    assert!(out.contains("65,50 USD"), "{out}");
    assert!(out.contains("BEZAHLT"), "{out}");
    // The notes on stderr too: the shift opened by the sale.
    let err = text(&sale.stderr);
    assert!(err.contains("Hinweis:"), "{err}");
    assert!(err.contains("keine Schicht offen"), "{err}");

    // What scripts read does not change with the language.
    let json = luxpay(
        home.path(),
        "de_DE.UTF-8",
        &[
            "create",
            "--cash",
            "--amount",
            "1234.50",
            "--product",
            "Tee",
            "--json",
        ],
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["amount"], "1234.50");
    assert_eq!(value["status"], "PAID");
}

#[test]
fn the_x_report_in_french() {
    let home = tempfile::tempdir().unwrap();
    luxpay(
        home.path(),
        "fr_FR.UTF-8",
        &[
            "create",
            "--cash",
            "--amount",
            "1234.50",
            "--product",
            "Café",
        ],
    );
    let x = text(&luxpay(home.path(), "fr_FR.UTF-8", &["report", "x"]).stdout);
    assert!(x.contains("RAPPORT X"), "{x}");
    assert!(x.contains("Tiroir-caisse (USD)"), "{x}");
    assert!(x.contains("Fond de caisse"), "{x}");
    // French groups with a narrow no-break space and writes a decimal comma.
    assert!(x.contains("1\u{202f}234,50"), "{x}");
    // And the same report with no locale is the English one.
    let plain = common::luxpay_in(home.path())
        .env("LUXPAY_TILL", "north")
        .args(["--demo", "report", "x"])
        .output()
        .unwrap();
    let plain = text(&plain.stdout);
    assert!(plain.contains("X REPORT (shift so far)"), "{plain}");
    assert!(plain.contains("1,234.50"), "{plain}");
}

/// luxpay as `luxpay` does but for a run that may fail: the output, whatever the code.
fn luxpay_may_fail(home: &Path, lang: &str, args: &[&str]) -> Output {
    common::luxpay_in(home)
        .env("LANG", lang)
        .env("LUXPAY_TILL", "north")
        .env("LUXPAY_OPERATOR", "ana")
        .arg("--demo")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_refused_sale_is_said_in_german_with_the_same_exit_code_and_english_json() {
    let home = tempfile::tempdir().unwrap();
    let refused = [
        "create",
        "--amount",
        "0",
        "--customer",
        "a@b.co",
        "--product",
        "x",
    ];
    let german = luxpay_may_fail(home.path(), "de_DE.UTF-8", &refused);
    let english = luxpay_may_fail(home.path(), "C", &refused);
    assert_eq!(german.status.code(), Some(2));
    assert_eq!(german.status.code(), english.status.code());
    let err = text(&german.stderr);
    assert!(
        err.contains("Fehler: Betrag: der Betrag muss größer als null sein"),
        "{err}"
    );
    assert!(!err.contains("error:"), "{err}");
    let err = text(&english.stderr);
    assert!(
        err.contains("error: amount: the amount must be more than zero"),
        "{err}"
    );

    // With --json the error on stdout is English byte for byte, whatever the locale.
    let json = |lang: &str| {
        let mut args = refused.to_vec();
        args.push("--json");
        luxpay_may_fail(home.path(), lang, &args)
    };
    let (german, english) = (json("de_DE.UTF-8"), json("C"));
    assert_eq!(german.status.code(), Some(2));
    assert_eq!(german.stdout, english.stdout);
    let value: serde_json::Value = serde_json::from_slice(&german.stdout).unwrap();
    assert_eq!(
        value["error"]["message"],
        "amount: the amount must be more than zero"
    );
    assert!(text(&german.stderr).contains("Fehler: Betrag:"));
}

#[test]
fn a_bad_tip_names_the_option_in_every_language() {
    let home = tempfile::tempdir().unwrap();
    let args = [
        "create",
        "--amount",
        "3",
        "--customer",
        "a@b.co",
        "--product",
        "x",
        "--tip=150%",
    ];
    let french = luxpay_may_fail(home.path(), "fr_FR.UTF-8", &args);
    assert_eq!(french.status.code(), Some(2));
    let err = text(&french.stderr);
    assert!(err.contains("erreur : --tip : pourboire \"150%\""), "{err}");
    assert!(!err.contains("--pourboire"), "{err}");
    let english = luxpay_may_fail(home.path(), "C", &args);
    let err = text(&english.stderr);
    assert!(err.contains("error: --tip \"150%\" is not a tip"), "{err}");
}

#[test]
fn books_refusals_and_pin_refusals_in_spanish_keep_their_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let refund = [
        "refund",
        "C-north-9",
        "--tender",
        "cash",
        "--reason",
        "broken",
    ];
    let spanish = luxpay_may_fail(home.path(), "es_ES.UTF-8", &refund);
    assert_eq!(spanish.status.code(), Some(2));
    let err = text(&spanish.stderr);
    assert!(err.contains("error: el pedido C-north-9 no está"), "{err}");
    let json = luxpay_may_fail(
        home.path(),
        "es_ES.UTF-8",
        &[&refund[..], &["--json"]].concat(),
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        value["error"]["message"],
        "order C-north-9 is not in this till's ledger"
    );

    // A manager on the staff, then a void by someone who is not on it: refused, exit 9.
    let mut add = common::luxpay_in(home.path());
    add.env("LANG", "es_ES.UTF-8")
        .env("LUXPAY_TILL", "north")
        .args(["--demo", "staff", "add", "ana", "--role", "manager"])
        .stdin(std::process::Stdio::piped());
    let mut child = add
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"1234\n").unwrap();
    }
    let added = child.wait_with_output().unwrap();
    assert!(added.status.success(), "{}", text(&added.stderr));
    assert!(
        text(&added.stdout).contains("ana"),
        "{}",
        text(&added.stdout)
    );
    let mut void = common::luxpay_in(home.path());
    let void = void
        .env("LANG", "pt_BR.UTF-8")
        .env("LUXPAY_TILL", "north")
        .env("LUXPAY_OPERATOR", "cy")
        .args(["--demo", "void", "C-north-1", "--reason", "x"])
        .output()
        .unwrap();
    assert_eq!(void.status.code(), Some(9));
    let err = text(&void.stderr);
    assert!(
        err.contains("erro: recusado: cy não está na equipe"),
        "{err}"
    );
}

#[test]
fn doctor_speaks_german_and_its_json_does_not() {
    let home = tempfile::tempdir().unwrap();
    let german = luxpay(home.path(), "de_DE.UTF-8", &["doctor"]);
    let out = text(&german.stdout);
    assert!(out.contains("Konfiguration"), "{out}");
    assert!(out.contains("  Konfigdatei    "), "{out}");
    assert!(out.contains("  Datenordner    "), "{out}");
    assert!(out.contains("ok: der Schlüssel wurde angenommen"), "{out}");
    assert!(out.contains("  SSH            nein"), "{out}");
    assert!(out.contains("Beispiel-QR-Code: nicht gezeichnet"), "{out}");
    assert!(out.contains("keiner nötig (Demo-API)"), "{out}");
    assert!(!out.contains("config file"), "{out}");

    // The JSON report has the same fields and words in any language.
    let json = |lang: &str| {
        let out = luxpay(home.path(), lang, &["doctor", "--json"]);
        let mut value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        // The demo API listens on a new port each run.
        value["base_url"] = serde_json::Value::Null;
        value
    };
    assert_eq!(json("de_DE.UTF-8"), json("C"));
}
