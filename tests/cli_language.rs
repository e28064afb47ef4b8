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
