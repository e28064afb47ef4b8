//! The PIN screen the app locks on, at 80×24 and 120×40 (insta snapshots): a name
//! picked, digits typed as dots, and a refusal said.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use luxpay::app::lock::{Lock, Person};
use luxpay::staff::{Refusal, Role};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn staff() -> Vec<Person> {
    [
        ("ana", Role::Manager),
        ("bo", Role::Cashier),
        ("cy", Role::Cashier),
    ]
    .into_iter()
    .map(|(name, role)| Person {
        name: name.into(),
        role,
    })
    .collect()
}

fn press(lock: &mut Lock, code: KeyCode, at: Instant) {
    lock.on_key(KeyEvent::new(code, KeyModifiers::NONE), at);
}

fn snapshot(name: &str, lock: &Lock) {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| luxpay::ui::pin::draw(lock, true, f, f.area()))
            .unwrap();
        let shown = format!("{}", terminal.backend());
        assert!(!shown.contains("4711"), "a PIN is never drawn");
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn pin_screen_typing() {
    let t0 = Instant::now();
    let mut lock = Lock::new(staff(), 300, t0);
    press(&mut lock, KeyCode::Down, t0);
    for c in "4711".chars() {
        press(&mut lock, KeyCode::Char(c), t0);
    }
    snapshot("pin_typing", &lock);
}

#[test]
fn pin_screen_refused() {
    let t0 = Instant::now();
    let mut lock = Lock::new(staff(), 300, t0);
    for c in "4711".chars() {
        press(&mut lock, KeyCode::Char(c), t0);
    }
    press(&mut lock, KeyCode::Enter, t0);
    lock.on_checked(
        Err(Refusal::WrongPin {
            name: "ana".into(),
            left: 4,
        }),
        t0,
    );
    snapshot("pin_refused", &lock);
}
