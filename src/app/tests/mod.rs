//! `update` tests: keys in, state and effects out. No terminal, no network.
//! Shared helpers are here; the tests are grouped by what they cover.

mod following;
mod form;
mod guards;
mod history;

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rust_decimal::Decimal;

use super::history::HistoryView;
use super::*;
use crate::api::PaymentStatus;
use crate::api::{ApiError, CreatedPayment, OrderId};
use crate::clipboard::{Osc52Wrap, Route};
use crate::ledger::{LedgerEntry, Loaded, PaymentRecord};
use crate::money::Currency;
use crate::msg::{CopyFailure, Created, Effect, Msg};
use crate::msg::{ServerPage, ServerQuery};
use crate::payment::{Field, Method};

fn app() -> App {
    let config = AppConfig {
        demo: true,
        ..AppConfig::default()
    };
    App::new(
        config,
        Form::new(Method::Paypal, Currency::Usd, "https://shop.example/thanks"),
        Instant::now(),
    )
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Types text; typing never sends anything (status checks that fall due aside).
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let effects = app.update(key(KeyCode::Char(c)));
        assert!(
            effects
                .iter()
                .all(|e| matches!(e, Effect::CheckStatus { .. })),
            "{effects:?}"
        );
    }
}

fn fill(app: &mut App) {
    fill_with(app, "Coffee beans");
}

fn fill_with(app: &mut App, product: &str) {
    type_text(app, "12.50");
    app.update(key(KeyCode::Tab));
    type_text(app, "ana@example.com");
    app.update(key(KeyCode::Tab));
    type_text(app, product);
}

fn created(id: &str) -> Created {
    Created {
        payment: CreatedPayment {
            order_id: OrderId::parse(id).unwrap(),
            order_url: format!("https://pay.example/checkout/{id}"),
            amount: Decimal::new(1250, 2),
        },
        at: "2026-11-26T12:00:00Z".parse().unwrap(),
        unrecorded: None,
    }
}

fn submit(app: &mut App) -> RequestId {
    match app.update(key(KeyCode::Enter)).as_slice() {
        [Effect::Create { request, .. }] => *request,
        other => panic!("expected one create, got {other:?}"),
    }
}

fn advance(app: &mut App, secs: u64) -> Vec<Effect> {
    app.now += Duration::from_secs(secs);
    app.update(Msg::Tick(app.now))
}

/// The orders whose status `effects` ask for, sorted.
fn checks(effects: &[Effect]) -> Vec<&str> {
    let mut ids: Vec<&str> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::CheckStatus { order_id } => Some(order_id.as_str()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

fn answer(app: &mut App, id: &str, status: Result<&str, ApiError>) -> Vec<Effect> {
    let result = status.map(|s| crate::api::StatusReport {
        status: PaymentStatus::from_wire(s),
        order: None,
    });
    let at = "2026-11-26T12:03:00Z".parse().unwrap();
    app.update(Msg::StatusChecked {
        order_id: OrderId::parse(id).unwrap(),
        result,
        at,
    })
}

fn with_payment(id: &str) -> App {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created(id)),
    });
    app
}

fn ledger_entry(id: u32, product: &str) -> LedgerEntry {
    LedgerEntry {
        payment: PaymentRecord {
            order_id: OrderId::parse(&id.to_string()).unwrap(),
            order_url: format!("https://pay.example/checkout/{id}"),
            amount: Decimal::new(1250, 2),
            currency: Currency::Usd,
            customer: "ana@example.com".into(),
            product: product.into(),
            method: Method::Paypal,
            created_at: "2026-11-25T10:00:00Z".parse().unwrap(),
            api_host: "127.0.0.1".into(),
            demo: true,
        },
        status: PaymentStatus::Pending,
        status_at: None,
    }
}

fn history_with(entries: Vec<LedgerEntry>) -> App {
    let mut app = app();
    assert_eq!(app.init(), [Effect::LoadLedger]);
    app.update(Msg::LedgerLoaded(Ok(Loaded {
        entries,
        skipped: 1,
    })));
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("1 unreadable line")
    );
    app.update(ctrl('p'));
    app
}
