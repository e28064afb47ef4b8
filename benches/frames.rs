//! A whole frame of each screen, drawn from scratch, at 80×24 and 200×60.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/app.rs"]
mod fixtures;

use crossterm::event::KeyCode;
use fixtures::{app, ctrl, entry, press, serve, start_on, with_payment};
use luxpay::api::PaymentStatus;
use luxpay::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

const LINK: &str = "https://luxfin.org/checkout/00000001";

fn scene(name: &str) -> App {
    match name {
        "form" => app(),
        "result" => with_payment(LINK, "1", "Coffee beans"),
        "present" => {
            let mut app = with_payment(LINK, "1", "Coffee beans");
            press(&mut app, KeyCode::Char('f'));
            app
        }
        "help" => {
            let mut app = app();
            press(&mut app, KeyCode::F(1));
            app
        }
        "all_local_10k" => {
            let mut app = with_payment(LINK, "1", "Coffee beans");
            let entries = (1..=10_000)
                .map(|i| {
                    let url = format!("https://luxfin.org/checkout/{i:08}");
                    let mut e = entry(i, &format!("Item {i}"), &url, "2026-11-26T10:00:00Z");
                    e.status = PaymentStatus::Success;
                    e
                })
                .collect();
            let entries: Vec<_> = entries;
            let (dir, ledger) = start_on(&mut app, &entries);
            app.update(ctrl('p'));
            let effects = press(&mut app, KeyCode::Char('v'));
            serve(&mut app, &ledger, effects);
            // The window is read; the ledger's files may go.
            drop(dir);
            app
        }
        other => panic!("no scene {other}"),
    }
}

#[divan::bench(args = ["form", "result", "present", "help", "all_local_10k"], consts = [0, 1])]
fn full_frame<const SIZE: usize>(bencher: divan::Bencher, name: &str) {
    let app = scene(name);
    let (w, h) = SIZES[SIZE];
    bencher
        .with_inputs(|| Terminal::new(TestBackend::new(w, h)).unwrap())
        .bench_local_refs(|terminal| {
            terminal.draw(|f| drop(luxpay::ui::view(&app, f))).unwrap();
        });
}

/// A 100 KB paste the terminal sends as plain typing, as the loop takes it: every key
/// through `update`, a frame after each batch of 4,096 waiting keys. Fields stop at
/// their limit, so each key costs the same (20 KB froze the app for 28 s before).
#[divan::bench(sample_count = 5)]
fn paste_typed_as_100k_keys(bencher: divan::Bencher) {
    bencher
        .with_inputs(|| {
            let mut app = app();
            press(&mut app, KeyCode::Tab);
            press(&mut app, KeyCode::Tab);
            (app, Terminal::new(TestBackend::new(80, 24)).unwrap())
        })
        .bench_local_values(|(mut app, mut terminal)| {
            for i in 0..100_000 {
                press(&mut app, KeyCode::Char('x'));
                if i % 4096 == 4095 {
                    terminal.draw(|f| drop(luxpay::ui::view(&app, f))).unwrap();
                }
            }
            terminal.draw(|f| drop(luxpay::ui::view(&app, f))).unwrap();
        });
}
