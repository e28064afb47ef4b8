//! `update` tests: keys in, state and effects out. No terminal, no network.
//! Shared helpers are here; the tests are grouped by what they cover.

mod books;
mod counter;
mod following;
mod form;
mod guards;
mod history;
mod keeping;
mod language;
mod mirror;
mod staff;

// The fixtures are shared with the integration tests and benches, which name the crate
// `luxpay`; lib.rs gives the crate that name in its own tests too.
#[path = "../../../tests/common/app.rs"]
mod fixtures;

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rust_decimal::Decimal;

pub(super) use fixtures::{START, ctrl, key, submit, type_text};

use super::history::HistoryView;
use super::*;
use crate::api::PaymentStatus;
use crate::api::{ApiError, OrderId};
use crate::clipboard::{Osc52Wrap, Route};
use crate::ledger::LedgerEntry;
use crate::money::Currency;
use crate::msg::{CopyFailure, Effect, Msg, Sale};
use crate::msg::{ServerPage, ServerQuery};
use crate::payment::{Field, Method};

fn app() -> App {
    fixtures::app_with(fixtures::demo_config(), "https://shop.example/thanks")
}

fn fill(app: &mut App) {
    fill_with(app, "Coffee beans");
}

fn fill_with(app: &mut App, product: &str) {
    fixtures::fill(app, product);
}

/// The sale `fill` makes, answered as order `id`.
fn created(id: &str) -> Sale {
    fixtures::sale(
        &fixtures::coffee("Coffee beans"),
        id,
        &format!("https://pay.example/checkout/{id}"),
        START,
    )
}

fn advance(app: &mut App, secs: u64) -> Vec<Effect> {
    let later = app.moment().after(Duration::from_secs(secs));
    app.update(Msg::Tick(later))
}

/// The orders whose status `effects` ask for, sorted.
fn checks(effects: &[Effect]) -> Vec<&str> {
    let mut ids: Vec<&str> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::CheckStatus { order_id, .. } => Some(order_id.as_str()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

/// Answers the order's latest check (the first, when the test sent none), as the
/// runner would, claiming its final actions the first time (see `claimed`).
fn answer(app: &mut App, id: &str, status: Result<&str, ApiError>) -> Vec<Effect> {
    let order_id = OrderId::parse(id).unwrap();
    let check = app
        .payments
        .iter()
        .find(|p| p.record.order_id == order_id)
        .map_or(0, |p| p.poll.sent.max(1));
    let effects = answer_check(app, id, check, status);
    claimed(app, effects)
}

/// Answers one numbered check of an order, as it arrived: final actions still asked for.
fn answer_check(
    app: &mut App,
    id: &str,
    check: u64,
    status: Result<&str, ApiError>,
) -> Vec<Effect> {
    let result = status.map(|s| crate::api::StatusReport {
        status: PaymentStatus::from_wire(s),
        order: None,
    });
    let at = "2026-11-26T12:03:00Z".parse().unwrap();
    app.update(Msg::StatusChecked {
        order_id: OrderId::parse(id).unwrap(),
        check,
        result,
        at,
    })
}

/// The effects as the runner carries them out on a till that had not run the final
/// actions yet: each `FinalActions` claimed and handed back.
fn claimed(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut out = Vec::new();
    for effect in effects {
        match effect {
            Effect::FinalActions { actions, .. } => {
                out.extend(app.update(Msg::FinalActionsClaimed(actions)));
            }
            other => out.push(other),
        }
    }
    out
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
    fixtures::entry(
        id,
        product,
        &format!("https://pay.example/checkout/{id}"),
        "2026-11-25T10:00:00Z",
    )
}

/// The app on a ledger holding `entries`, with the history open.
fn history_with(entries: Vec<LedgerEntry>) -> (App, crate::ledger::Ledger, tempfile::TempDir) {
    let mut app = app();
    let (dir, ledger) = fixtures::start_on(&mut app, &entries);
    app.update(ctrl('p'));
    (app, ledger, dir)
}

/// A key pressed, and the ledger reads it asks for answered from `ledger`.
fn press_on(app: &mut App, ledger: &crate::ledger::Ledger, code: KeyCode) -> Vec<Effect> {
    let effects = app.update(key(code));
    fixtures::serve(app, ledger, effects)
}
