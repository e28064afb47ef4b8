//! The QR codes luxpay prints scan on dark and light themes, and the decoding helper the
//! other tests rely on can tell a code that would fail.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use common::{THEMES, Theme, decode_output};
use luxpay::qr::{EcLevel, QrCode};

fn url(len: usize) -> String {
    let base = "https://luxfin.org/checkout/";
    format!(
        "{base}{}",
        "a1B2c3"
            .repeat(len)
            .chars()
            .take(len - base.len())
            .collect::<String>()
    )
}

#[test]
fn printed_codes_decode_on_both_themes_for_short_and_long_urls() {
    for len in [40, 90, 200, 500] {
        let url = url(len);
        let text = QrCode::encode(&url, EcLevel::M).unwrap().to_ansi();
        for theme in THEMES {
            assert_eq!(
                decode_output(&text, theme),
                vec![url.clone()],
                "{len} chars, {theme:?}"
            );
        }
    }
}

#[test]
fn a_code_without_explicit_colours_fails_on_a_dark_theme() {
    // Strip the colours: the terminal's default light-on-dark then inverts the code.
    // The decoder must refuse it, or the theme tests above would prove nothing.
    let url = url(40);
    let coloured = QrCode::encode(&url, EcLevel::M).unwrap().to_ansi();
    let plain = coloured
        .replace("\x1b[38;5;16;48;5;231m", "")
        .replace("\x1b[0m", "");
    assert!(decode_output(&plain, Theme::Dark).is_empty());
    assert_eq!(decode_output(&plain, Theme::Light), vec![url]);
}
