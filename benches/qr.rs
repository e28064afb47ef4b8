//! QR codes: encoding a link at every level, and drawing one (as text for the shell,
//! and into a frame for the app), for links of 40, 90 and 200 characters.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use luxpay::qr::{EcLevel, QrCode, QrSet};
use luxpay::ui::qr::QrWidget;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn main() {
    divan::main();
}

const LENGTHS: [usize; 3] = [40, 90, 200];

fn url(len: usize) -> String {
    let base = "https://luxfin.org/checkout/";
    let tail: String = "Xy7Kq2Lm9Zr4"
        .chars()
        .cycle()
        .take(len - base.len())
        .collect();
    format!("{base}{tail}")
}

/// What the app does once per new payment: every level, so drawing never encodes.
#[divan::bench(args = LENGTHS)]
fn encode_all_levels(bencher: divan::Bencher, len: usize) {
    let url = url(len);
    bencher.bench(|| QrSet::new(divan::black_box(&url)));
}

/// What `luxpay create` prints.
#[divan::bench(args = LENGTHS)]
fn render_ansi(bencher: divan::Bencher, len: usize) {
    let code = QrCode::encode(&url(len), EcLevel::M).unwrap();
    bencher.bench(|| divan::black_box(&code).to_ansi());
}

/// What the payment panel draws each frame.
#[divan::bench(args = LENGTHS)]
fn render_widget(bencher: divan::Bencher, len: usize) {
    let code = QrCode::encode(&url(len), EcLevel::M).unwrap();
    let widget_size = QrWidget {
        code: &code,
        scale: 1,
    }
    .size();
    let area = Rect::new(0, 0, widget_size.0, widget_size.1);
    bencher
        .with_inputs(|| Buffer::empty(area))
        .bench_local_refs(|buf| {
            QrWidget {
                code: &code,
                scale: 1,
            }
            .render(area, buf);
        });
}
