//! The app's main screens in every language luxpay speaks, at 80×24: the form, the
//! payment pane with its link, the tip dialog, the help overlay and the Summary view,
//! each an insta snapshot (`de_form`, `fr_tip`, …), and each checked for words cut by
//! the edge: nothing ends in `…`, and the words the screen is made of appear whole.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::app::{answer_create, app_with, ctrl, demo_config, fill, press, serve, shop_config};
use common::app::{start_on, submit, type_text};
use crossterm::event::KeyCode;
use luxpay::api::{ApiError, Order, OrderId, PaymentStatus};
use luxpay::app::{App, AppConfig};
use luxpay::i18n::{Lang, Tr};
use luxpay::ledger::{Ledger, LedgerEntry, PaymentRecord};
use luxpay::money::Currency;
use luxpay::msg::{Effect, Msg, ServerPage};
use luxpay::payment::Method;
use luxpay::t;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rust_decimal::Decimal;
use unicode_width::UnicodeWidthStr;

const SIZE: (u16, u16) = (80, 24);

/// The languages beside English (whose screens `tests/screens.rs` takes).
const LANGS: [Lang; 4] = [Lang::De, Lang::Fr, Lang::Es, Lang::PtBr];

fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::De => "de",
        Lang::Fr => "fr",
        Lang::Es => "es",
        Lang::PtBr => "pt_br",
    }
}

fn config(lang: Lang, base: AppConfig) -> AppConfig {
    AppConfig {
        tr: Tr::of(lang),
        ..base
    }
}

/// The screen's rows as text.
fn rows(app: &App) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal.draw(|f| drop(luxpay::ui::view(app, f))).unwrap();
    let buffer = terminal.backend().buffer().clone();
    (0..buffer.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let cell = &buffer[(x, y)];
                row.push_str(cell.symbol());
                x += cell.symbol().width().max(1) as u16;
            }
            row
        })
        .collect()
}

/// Snapshots the screen as `<lang>_<what>`, and checks that nothing on it was cut: no
/// row holds `…` (what `text::fit` leaves where it cuts), every row is the screen's
/// width, and each of `whole` is on some row, whole.
fn check(lang: Lang, what: &str, app: &App, whole: &[String]) {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal.draw(|f| drop(luxpay::ui::view(app, f))).unwrap();
    insta::assert_snapshot!(format!("{}_{what}", name(lang)), terminal.backend());
    let rows = rows(app);
    let screen = rows.join("\n");
    for row in &rows {
        assert_eq!(row.width(), SIZE.0 as usize, "{lang:?} {what}: {row:?}");
        assert!(
            !row.contains('…'),
            "{lang:?} {what}: cut: {row:?}\n{screen}"
        );
    }
    for words in whole {
        assert!(
            rows.iter().any(|r| r.contains(words.as_str())),
            "{lang:?} {what}: {words:?} is not whole on screen\n{screen}"
        );
    }
}

#[test]
fn the_form_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let mut app = app_with(config(lang, demo_config()), "");
        // Typed as the cashier writes it; echoed as the locale writes money.
        type_text(&mut app, "1234,5");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "ana@exa");
        let mut whole: Vec<String> = [
            "ui-form-title",
            "ui-form-amount",
            "ui-form-customer",
            "ui-form-product",
            "ui-form-redirect-url",
            "ui-form-method",
            "ui-form-optional",
            "ui-form-enter-link",
            "ui-method-card",
            "ui-method-cash",
        ]
        .iter()
        .map(|id| tr.msg(id, &[]))
        .collect();
        let money = tr.money(Decimal::new(12345, 1), Currency::Usd);
        whole.push(format!("= {money}"));
        // The hint bar's first hint, its key and word together.
        whole.push(format!("Enter {}", tr.msg("hint-create", &[])));
        check(lang, "form", &app, &whole);
    }
}

#[test]
fn the_amount_echo_is_the_locales() {
    let mut app = app_with(config(Lang::De, demo_config()), "");
    type_text(&mut app, "1234,5");
    let screen = rows(&app).join("\n");
    assert!(screen.contains("= 1.234,50 USD"), "{screen}");
}

#[test]
fn the_payment_pane_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let mut app = app_with(config(lang, demo_config()), "");
        fill(&mut app, "Coffee beans");
        submit(&mut app);
        let url = "https://pay.luxfin.example/checkout/Xy7Kq2";
        answer_create(&mut app, "1", url, "2026-11-26T14:05:00Z");
        let heading = t!(
            tr,
            "ui-payment-heading",
            order_id = "1",
            money = tr.money(Decimal::new(1250, 2), Currency::Usd),
            method = Method::Paypal.label()
        );
        let whole = vec![
            heading,
            // The link beside the code, in pieces of the room there.
            "https://pay.luxfin.example/checkout".to_string(),
            format!("c {}", tr.msg("hint-copy", &[])),
        ];
        check(lang, "payment", &app, &whole);
    }
}

#[test]
fn the_tip_dialog_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let mut app = app_with(config(lang, shop_config()), "");
        for n in [5, 5, 6] {
            press(&mut app, KeyCode::F(n));
        }
        press(&mut app, KeyCode::Enter);
        let whole = vec![
            tr.msg("ui-tip-title", &[]),
            t!(
                tr,
                "ui-tip-subtotal",
                money = tr.money(Decimal::new(1220, 2), Currency::Usd)
            ),
            tr.msg("ui-tip-no-tip", &[]),
            tr.msg("ui-tip-other", &[]),
            tr.money(Decimal::new(1342, 2), Currency::Usd),
        ];
        check(lang, "tip", &app, &whole);
    }
}

#[test]
fn the_help_overlay_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let mut app = app_with(config(lang, demo_config()), "");
        press(&mut app, KeyCode::F(1));
        let rows = rows(&app);
        // Two columns, as in English: every line fits its half, so none was wrapped.
        let anywhere = tr.msg("keys-in-anywhere", &[]);
        let history = tr.msg("keys-in-history", &[]);
        assert!(
            rows[1].contains(&anywhere) && rows[1].contains(&history),
            "{lang:?}: the help in one column\n{}",
            rows.join("\n")
        );
        // The keys' words on screen, each whole (those above the fold).
        let mut whole: Vec<String> = luxpay::app::keymap::GLOBAL
            .iter()
            .chain(luxpay::app::keymap::FORM)
            .map(|b| tr.msg(b.help, &[]))
            .collect();
        whole.push(tr.msg("keys-in-form", &[]));
        whole.push(tr.msg("ui-help-title-scroll-long", &[]));
        check(lang, "help", &app, &whole);
    }
}

fn entry(id: u32, product: &str, when: &str, status: PaymentStatus) -> LedgerEntry {
    LedgerEntry {
        payment: PaymentRecord {
            order_id: OrderId::parse(&id.to_string()).unwrap(),
            order_url: format!("https://pay.luxfin.example/checkout/{id}"),
            amount: Decimal::new(500 + 250 * i64::from(id), 2),
            currency: if id.is_multiple_of(3) {
                Currency::Eur
            } else {
                Currency::Usd
            },
            customer: format!("customer{id}@example.com"),
            product: product.to_string(),
            method: if id.is_multiple_of(3) {
                Method::Card
            } else {
                Method::Paypal
            },
            created_at: when.parse().unwrap(),
            api_host: "127.0.0.1".into(),
            demo: true,
            asked_amount: None,
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        },
        status,
        status_at: None,
        voided_at: None,
        row: 0,
    }
}

fn order(id: u32, amount: i64, status: &str) -> Order {
    Order {
        id: OrderId::parse(&id.to_string()).unwrap(),
        amount: Some(Decimal::new(amount, 2)),
        currency: Some("USD".into()),
        customer: Some(format!("customer{id}@example.com")),
        product: Some("from the server".into()),
        hook_url: None,
        status: Some(PaymentStatus::from_wire(status)),
    }
}

/// The Summary view of a day of four payments, reconciled with a server that differs
/// about one, as `tests/screens.rs` draws it in English.
fn summary(lang: Lang) -> (App, Ledger, tempfile::TempDir) {
    let mut app = app_with(config(lang, demo_config()), "");
    let entries = vec![
        entry(
            1,
            "Espresso",
            "2026-11-25T09:12:00Z",
            PaymentStatus::Success,
        ),
        entry(
            2,
            "Green tea",
            "2026-11-26T10:30:00Z",
            PaymentStatus::Expired,
        ),
        entry(3, "Teapot", "2026-11-26T11:45:00Z", PaymentStatus::Success),
        entry(
            4,
            "Croissant",
            "2026-11-26T12:05:00Z",
            PaymentStatus::Pending,
        ),
    ];
    let (dir, ledger) = start_on(&mut app, &entries);
    app.update(ctrl('p'));
    let mut effects = Vec::new();
    for _ in 0..3 {
        let pressed = press(&mut app, KeyCode::Char('v'));
        effects = serve(&mut app, &ledger, pressed);
    }
    let request = effects
        .iter()
        .rev()
        .find_map(|e| match e {
            Effect::FetchServer { request, .. } => Some(*request),
            _ => None,
        })
        .expect("a fetch");
    let orders = vec![
        order(2, 1000, "EXPIRED"),
        order(3, 1250, "SUCCESS"),
        order(4, 1500, "SUCCESS"),
        order(9, 100, "SUCCESS"),
    ];
    let page = ServerPage {
        made_at: luxpay::ledger::made_at(&ledger, &app.config.api_host, &orders).unwrap(),
        orders,
        total: Some(Decimal::new(3850, 2)),
    };
    app.update(Msg::ServerFetched {
        request,
        result: Ok(page),
    });
    app.update(Msg::StatusChecked {
        order_id: OrderId::parse("4").unwrap(),
        check: 0,
        result: Err(ApiError::Timeout(Duration::from_secs(20))),
        at: "2026-11-26T14:07:00Z".parse().unwrap(),
    });
    (app, ledger, dir)
}

#[test]
fn the_summary_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let (app, _ledger, _dir) = summary(lang);
        let date = tr.date(jiff::civil::date(2026, 11, 26));
        let whole = vec![
            tr.msg("ui-books-no-shift", &[]),
            t!(tr, "ui-summary-in-ledger", date = date, count = 3),
            tr.msg("ui-summary-by-status", &[]),
            tr.msg("ui-summary-by-method", &[]),
            tr.msg("status-paid", &[]),
            tr.msg("ui-method-card", &[]),
            tr.money(Decimal::new(1250, 2), Currency::Eur),
            t!(
                tr,
                "ui-summary-server-totals",
                totals = format!("{} USD", tr.amount(Decimal::new(3850, 2)))
            ),
        ];
        check(lang, "summary", &app, &whole);
    }
}

/// The open shift's X report at the top of the Summary view, after a cash sale and a
/// cash-out: every figure whole (the longer languages wrap the lines they fill), the
/// best seller's amount as the locale writes it.
#[test]
fn the_x_report_in_every_language() {
    for lang in LANGS {
        let tr = Tr::of(lang);
        let mut app = app_with(config(lang, demo_config()), "");
        let (_dir, ledger) = start_on(&mut app, &[]);
        type_text(&mut app, "12,50");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "ana@example.com");
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "Tea");
        app.update(ctrl('t'));
        for keys in ["\n", "\n"] {
            let effects = type_keys(&mut app, keys);
            serve(&mut app, &ledger, effects);
        }
        app.update(ctrl('p'));
        let mut effects = Vec::new();
        while app.view != luxpay::app::HistoryView::Summary {
            let pressed = press(&mut app, KeyCode::Char('v'));
            effects = serve(&mut app, &ledger, pressed);
        }
        // The server has no cash: nothing to reconcile.
        let request = effects
            .iter()
            .find_map(|e| match e {
                Effect::FetchServer { request, .. } => Some(*request),
                _ => None,
            })
            .expect("a fetch");
        let page = ServerPage {
            made_at: Default::default(),
            orders: vec![],
            total: None,
        };
        app.update(Msg::ServerFetched {
            request,
            result: Ok(page),
        });
        for keys in ["o", "5\n", "bank\n"] {
            let effects = type_keys(&mut app, keys);
            serve(&mut app, &ledger, effects);
        }
        let screen = rows(&app).join("\n");
        let twelve = tr.amount(Decimal::new(1250, 2));
        let whole = vec![
            format!("Tea ×1 {twelve}"),
            // The cash line's last figure, what was taken out.
            format!("{})", tr.amount(Decimal::new(5, 0))),
        ];
        assert!(screen.contains(&twelve), "{lang:?}: {screen}");
        check(lang, "x_report", &app, &whole);
    }
}

/// Keys typed as text, `\n` for Enter: the effects of the last.
fn type_keys(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        effects = press(app, code);
    }
    effects
}

/// Times in the lists take the locale's width: `2:05 PM` is 7 columns in English CLDR,
/// and the column holds it whole.
#[test]
fn list_times_are_the_locales_and_fit_their_column() {
    let mut app = app_with(config(Lang::En, demo_config()), "");
    fill(&mut app, "Coffee beans");
    submit(&mut app);
    answer_create(
        &mut app,
        "1",
        "https://pay.luxfin.example/x",
        "2026-11-26T14:05:00Z",
    );
    app.update(ctrl('p'));
    let screen = rows(&app).join("\n");
    assert!(screen.contains("2:05\u{202f}PM"), "{screen}");
}

/// Every language's dialogs and views draw at every size, narrow ones too, without a
/// panic: longer words never push a layout past its area.
#[test]
fn every_language_draws_at_every_size() {
    let sizes = [(30, 8), (40, 15), (60, 20), (80, 24), (100, 30), (120, 40)];
    for lang in LANGS {
        let mut help = app_with(config(lang, demo_config()), "");
        press(&mut help, KeyCode::F(1));
        let mut tip = app_with(config(lang, shop_config()), "");
        press(&mut tip, KeyCode::F(5));
        press(&mut tip, KeyCode::Enter);
        let (summary, _ledger, _dir) = summary(lang);
        for app in [&help, &tip, &summary] {
            for (w, h) in sizes {
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                terminal.draw(|f| drop(luxpay::ui::view(app, f))).unwrap();
            }
        }
    }
}
