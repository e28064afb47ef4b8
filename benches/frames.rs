//! A whole frame of each screen, drawn from scratch, at 80×24 and 200×60.

use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use luxpay::api::{CreatedPayment, OrderId, PaymentStatus};
use luxpay::app::{App, AppConfig, Form};
use luxpay::ledger::{LedgerEntry, Loaded, PaymentRecord};
use luxpay::money::Currency;
use luxpay::msg::{Created, Effect, Msg};
use luxpay::payment::Method;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rust_decimal::Decimal;

fn main() {
    divan::main();
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn app() -> App {
    let config = AppConfig {
        demo: true,
        ..AppConfig::default()
    };
    App::new(
        config,
        Form::new(Method::Paypal, Currency::Usd, ""),
        Instant::now(),
    )
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn with_payment(id: u32) -> App {
    let mut app = app();
    for c in "12.50".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    app.form.customer = "ana@example.com".to_string().into();
    app.form.product = "Coffee beans".to_string().into();
    let [Effect::Create { request, .. }] = key(&mut app, KeyCode::Enter)[..] else {
        panic!()
    };
    let payment = CreatedPayment {
        order_id: OrderId::parse(&id.to_string()).unwrap(),
        order_url: format!("https://luxfin.org/checkout/{id:08}"),
        amount: Decimal::new(1250, 2),
    };
    let at = "2026-11-26T12:00:00Z".parse().unwrap();
    app.update(Msg::Created {
        request,
        result: Ok(Created {
            payment,
            at,
            unrecorded: None,
        }),
    });
    app
}

fn scene(name: &str) -> App {
    match name {
        "form" => app(),
        "result" => with_payment(1),
        "present" => {
            let mut app = with_payment(1);
            key(&mut app, KeyCode::Char('f'));
            app
        }
        "help" => {
            let mut app = app();
            key(&mut app, KeyCode::F(1));
            app
        }
        "all_local_10k" => {
            let mut app = with_payment(1);
            let entries = (1..=10_000)
                .map(|i| LedgerEntry {
                    payment: PaymentRecord {
                        order_id: OrderId::parse(&i.to_string()).unwrap(),
                        order_url: format!("https://luxfin.org/checkout/{i:08}"),
                        amount: Decimal::new(1250, 2),
                        currency: Currency::Usd,
                        customer: "ana@example.com".into(),
                        product: format!("Item {i}"),
                        method: Method::Paypal,
                        created_at: "2026-11-26T10:00:00Z".parse().unwrap(),
                        api_host: "127.0.0.1".into(),
                        demo: true,
                    },
                    status: PaymentStatus::Success,
                    status_at: None,
                })
                .collect();
            app.update(Msg::LedgerLoaded(Ok(Loaded {
                entries,
                skipped: 0,
            })));
            app.update(Msg::Key(KeyEvent::new(
                KeyCode::Char('p'),
                KeyModifiers::CONTROL,
            )));
            key(&mut app, KeyCode::Char('v'));
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
