//! The app in a known state, for tests and benchmarks: one set of helpers, shared by the
//! unit tests (`src/app/tests`), the integration tests and the benches (by `#[path]`).
//! Time starts at a fixed wall-clock moment, so no test depends on the day it runs.
#![allow(dead_code)]

use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use luxpay::api::{CreatedPayment, OrderId, PaymentStatus};
use luxpay::app::{App, AppConfig, CreateState, Form};
use luxpay::ledger::{Ledger, LedgerEntry, PaymentRecord, Record, Seller, StatusRecord};
use luxpay::money::Currency;
use luxpay::msg::{Effect, Moment, Msg, RequestId, Sale};
use luxpay::payment::{Method, NewPayment};
use rust_decimal::Decimal;

/// The till and operator of sales made in tests.
pub fn seller() -> Seller {
    Seller {
        till: "front-1".into(),
        operator: "ana".into(),
    }
}

/// The wall-clock time every app in a test starts at.
pub const START: &str = "2026-11-26T12:00:00Z";

/// The moment tests start at: the fixed wall clock, and now on the monotonic one.
pub fn start() -> Moment {
    Moment {
        now: Instant::now(),
        wall: START.parse().expect("a valid timestamp"),
    }
}

/// An app on the demo API with the form's redirect URL set to `redirect_url`.
pub fn app_with(config: AppConfig, redirect_url: &str) -> App {
    App::new(
        config,
        Form::new(Method::Paypal, Currency::Usd, redirect_url),
        start(),
    )
}

/// An app on the demo API with the documented defaults.
pub fn app() -> App {
    app_with(demo_config(), "")
}

pub fn demo_config() -> AppConfig {
    AppConfig {
        demo: true,
        ..AppConfig::default()
    }
}

/// A counter that sells from a catalogue (Flat white 4.50 on F5, Croissant 3.20 on F6,
/// Tea 2.00 with no key), asks for a tip (10, 15, 20%) and takes walk-in customers.
pub fn shop_config() -> AppConfig {
    use luxpay::catalogue::{Catalogue, CatalogueItem};
    let item = |name: &str, cents: i64, key: Option<u8>| CatalogueItem {
        name: name.into(),
        price: Decimal::new(cents, 2),
        currency: Currency::Usd,
        key,
    };
    AppConfig {
        selling: luxpay::app::Selling {
            catalogue: Catalogue {
                items: vec![
                    item("Flat white", 450, Some(5)),
                    item("Croissant", 320, Some(6)),
                    item("Tea", 200, None),
                ],
            },
            tip_presets: vec![Decimal::from(10), Decimal::from(15), Decimal::from(20)],
            walk_in_email: Some("front-1+{seq}@shop.example".into()),
            hooks: Default::default(),
            shop_name: "Luxe Café".into(),
            printer: None,
        },
        ..demo_config()
    }
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(key(code))
}

/// Types text; typing never sends anything (status checks that fall due aside).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let effects = press(app, KeyCode::Char(c));
        assert!(
            effects
                .iter()
                .all(|e| matches!(e, Effect::CheckStatus { .. })),
            "{effects:?}"
        );
    }
}

/// Fills amount 12.50, customer ana@example.com and `product`, from the amount field.
pub fn fill(app: &mut App, product: &str) {
    type_text(app, "12.50");
    press(app, KeyCode::Tab);
    type_text(app, "ana@example.com");
    press(app, KeyCode::Tab);
    type_text(app, product);
}

/// Presses Enter and returns the one create it sends.
pub fn submit(app: &mut App) -> RequestId {
    match press(app, KeyCode::Enter).as_slice() {
        [Effect::Create { request, .. }] => *request,
        other => panic!("expected one create, got {other:?}"),
    }
}

/// The sale `fill` types: 12.50 USD from ana@example.com by PayPal.
pub fn coffee(product: &str) -> NewPayment {
    NewPayment {
        amount: Decimal::new(1250, 2),
        currency: Currency::Usd,
        customer: "ana@example.com".into(),
        product: product.into(),
        redirect_url: None,
        method: Method::Paypal,
        extras: Default::default(),
    }
}

/// A made and recorded sale, as `sale::make` returns it for `asked`.
pub fn sale(asked: &NewPayment, id: &str, order_url: &str, at: &str) -> Sale {
    let created = CreatedPayment {
        order_id: OrderId::parse(id).expect("a valid order id"),
        order_url: order_url.to_string(),
        amount: asked.amount,
    };
    let at = at.parse().expect("a valid timestamp");
    Sale {
        record: PaymentRecord::made(&created, asked, at, "127.0.0.1", true, &seller()),
        unrecorded: None,
        shift_opened: false,
    }
}

/// Answers the create in flight with a link for what was submitted.
pub fn answer_create(app: &mut App, id: &str, order_url: &str, at: &str) -> Vec<Effect> {
    let CreateState::Submitting {
        request, payment, ..
    } = app.create.clone()
    else {
        panic!("no create in flight")
    };
    app.update(Msg::Created {
        request,
        result: Ok(sale(&payment, id, order_url, at)),
    })
}

/// Fills the form with `product`, submits, and answers with `order_url` as order `id`.
pub fn add_payment(app: &mut App, order_url: &str, id: &str, product: &str) {
    fill(app, product);
    submit(app);
    answer_create(app, id, order_url, START);
}

/// An app with one payment on screen, made at `START`.
pub fn with_payment(order_url: &str, id: &str, product: &str) -> App {
    let mut app = app();
    add_payment(&mut app, order_url, id, product);
    app
}

/// A pending payment of the demo API from the ledger, made at `created_at`.
pub fn entry(id: u32, product: &str, order_url: &str, created_at: &str) -> LedgerEntry {
    LedgerEntry {
        payment: PaymentRecord {
            order_id: OrderId::parse(&id.to_string()).expect("a valid order id"),
            order_url: order_url.to_string(),
            amount: Decimal::new(1250, 2),
            currency: Currency::Usd,
            customer: "ana@example.com".into(),
            product: product.into(),
            method: Method::Paypal,
            created_at: created_at.parse().expect("a valid timestamp"),
            api_host: "127.0.0.1".into(),
            demo: true,
            asked_amount: None,
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        },
        status: PaymentStatus::Pending,
        status_at: None,
        voided_at: None,
        row: 0,
    }
}

/// A ledger in a new temporary directory holding `entries` and their statuses, written
/// in one import (fast even for 100,000 entries).
pub fn ledger_with(entries: &[LedgerEntry]) -> (tempfile::TempDir, Ledger) {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let lines = dir.path().join("entries.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&lines).expect("a file"));
    for e in entries {
        let mut records = vec![Record::Payment(e.payment.clone())];
        if e.status != PaymentStatus::Pending {
            records.push(Record::Status(StatusRecord {
                order_id: e.payment.order_id.clone(),
                status: e.status.clone(),
                at: e.status_at.unwrap_or(e.payment.created_at),
                api_host: e.payment.api_host.clone(),
                source: Default::default(),
            }));
        }
        for record in records {
            serde_json::to_writer(&mut out, &record).expect("a record");
            out.write_all(b"\n").expect("written");
        }
    }
    out.flush().expect("written");
    drop(out);
    let ledger = Ledger::at(dir.path().join("ledger.db"));
    ledger.import(&lines, None, |_| {}).expect("imported");
    (dir, ledger)
}

/// Carries out the ledger reads among `effects` against `ledger`, as the effects runner
/// does, and the reads their answers ask for, until none is left; returns the rest.
pub fn serve(app: &mut App, ledger: &Ledger, effects: Vec<Effect>) -> Vec<Effect> {
    let tz = app.config.tz.clone();
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    let mut rest = Vec::new();
    while let Some(effect) = queue.pop_front() {
        let msg = match effect {
            Effect::OpenLedger { since } => {
                let host = app.config.api_host.clone();
                let filter = luxpay::ledger::Filter::default()
                    .on_host(&host)
                    .since(since);
                let opened = ledger.open().and_then(|notes| {
                    Ok(luxpay::msg::Opened {
                        notes,
                        recent: ledger.all(&filter, &tz)?,
                    })
                });
                Msg::LedgerOpened(opened.map_err(|e| e.to_string()))
            }
            Effect::LoadPage { request, query } => Msg::PageLoaded {
                request,
                result: ledger.read(&query, &tz).map_err(|e| e.to_string()),
            },
            Effect::LoadDay { request, date } => {
                let host = app.config.api_host.clone();
                let filter = luxpay::ledger::Filter::dates(Some(date), Some(date)).on_host(&host);
                Msg::DayLoaded {
                    request,
                    result: ledger.all(&filter, &tz).map_err(|e| e.to_string()),
                }
            }
            other => match books(app, ledger, other) {
                Ok(msg) => msg,
                Err(other) => {
                    rest.push(*other);
                    continue;
                }
            },
        };
        queue.extend(app.update(msg));
    }
    rest
}

/// The books' effects carried out against `ledger` at `seller()`'s till, as the effects
/// runner does (a close asks no server here); another effect is handed back.
fn books(app: &App, ledger: &Ledger, effect: Effect) -> Result<Msg, Box<Effect>> {
    let seller = seller();
    let at = app.wall;
    Ok(match effect {
        Effect::RecordCash { payment, operator } => {
            let mut seller = seller;
            if let Some(operator) = operator {
                seller.operator = operator;
            }
            let made = CreatedPayment {
                order_id: OrderId::parse("C-0").expect("an order id"),
                order_url: String::new(),
                amount: payment.amount,
            };
            let host = app.config.api_host.clone();
            let sale = PaymentRecord::made(&made, &payment, at, &host, app.config.demo, &seller);
            Msg::CashRecorded(luxpay::ledger::said(
                ledger.cash_sale(&sale),
                &app.config.tr,
            ))
        }
        Effect::Book { mut event, check } => {
            event.till.clone_from(&seller.till);
            // As the runner: the app's operator, else the seller's.
            if event.operator.is_empty() {
                event.operator.clone_from(&seller.operator);
            }
            let result =
                luxpay::ledger::said(ledger.book_checked(&mut event, check), &app.config.tr);
            Msg::Booked { event, result }
        }
        Effect::LoadShift => Msg::ShiftLoaded(Box::new(
            ledger.period(&seller.till).map_err(|e| e.to_string()),
        )),
        Effect::CloseShift { counted, operator } => {
            let operator = if operator.is_empty() {
                seller.operator.clone()
            } else {
                operator
            };
            let making = luxpay::books::report::Making {
                cash_currency: Currency::Usd,
                tz: &app.config.tz,
                close: Some((operator, at, counted)),
                differences: Vec::new(),
            };
            let closed = luxpay::books::close(ledger, &seller.till, &making);
            Msg::ShiftClosed(Box::new(match closed {
                Ok(Some(z)) => Ok(z),
                Ok(None) => Err("no shift is open".into()),
                Err(e) => Err(e.to_string()),
            }))
        }
        other => return Err(Box::new(other)),
    })
}

/// Types `text` a key at a time, answering the ledger reads each key asks for.
pub fn type_on(app: &mut App, ledger: &Ledger, text: &str) {
    for c in text.chars() {
        let effects = app.update(key(KeyCode::Char(c)));
        serve(app, ledger, effects);
    }
}

/// Starts the app on a ledger holding `entries`; keep the directory while the ledger is used.
pub fn start_on(app: &mut App, entries: &[LedgerEntry]) -> (tempfile::TempDir, Ledger) {
    let (dir, ledger) = ledger_with(entries);
    let effects = app.init();
    serve(app, &ledger, effects);
    (dir, ledger)
}
