//! Every screen, drawn on a TestBackend at 80×24 and 120×40: insta snapshots, and the QR
//! codes on screen decoded back (on a dark and a light theme) and compared with the URL.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::app::{
    answer_create, app, ctrl, fill, press, serve, start_on, submit, type_on, type_text,
};
use common::{THEMES, decode_buffer};
use crossterm::event::KeyCode;
use luxpay::api::{ApiError, OrderId, PaymentStatus, StatusReport};
use luxpay::app::App;
use luxpay::ledger::Ledger;
use luxpay::money::Currency;
use luxpay::msg::{Effect, Msg};
use luxpay::payment::Method;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rust_decimal::Decimal;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// When the payments in these screens were made: their time shows in the lists.
const MADE_AT: &str = "2026-11-26T14:05:00Z";

/// A URL of exactly `len` characters.
fn url(len: usize) -> String {
    let base = "https://pay.luxfin.example/checkout/";
    let tail: String = "Xy7Kq2Lm9Zr4"
        .chars()
        .cycle()
        .take(len - base.len())
        .collect();
    format!("{base}{tail}")
}

fn with_payment(order_url: &str, id: &str, product: &str) -> App {
    let mut app = app();
    add_payment(&mut app, order_url, id, product);
    app
}

fn add_payment(app: &mut App, order_url: &str, id: &str, product: &str) {
    fill(app, product);
    submit(app);
    answer_create(app, id, order_url, MADE_AT);
}

fn draw(app: &App, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| drop(luxpay::ui::view(app, f))).unwrap();
    terminal
}

fn snapshot(name: &str, app: &App) {
    for size in SIZES {
        let terminal = draw(app, size);
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), terminal.backend());
    }
}

#[test]
fn form_screen() {
    let mut app = app();
    type_text(&mut app, "12.5");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "ana@exa");
    snapshot("form", &app);
}

/// A counter with a catalogue: two flat whites and a croissant in the cart.
fn shop_with_a_cart() -> App {
    let mut app = common::app::app_with(common::app::shop_config(), "");
    for n in [5, 5, 6] {
        press(&mut app, KeyCode::F(n));
    }
    app
}

#[test]
fn cart_screen() {
    snapshot("cart", &shop_with_a_cart());
}

#[test]
fn tip_screen() {
    let mut app = shop_with_a_cart();
    press(&mut app, KeyCode::Enter);
    snapshot("tip", &app);
}

#[test]
fn picker_screen() {
    let mut app = common::app::app_with(common::app::shop_config(), "");
    app.update(common::app::ctrl('k'));
    type_text(&mut app, "te");
    snapshot("picker", &app);
}

#[test]
fn validation_errors_screen() {
    let mut app = app();
    type_text(&mut app, "1,500");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "ana");
    press(&mut app, KeyCode::Enter);
    snapshot("validation_errors", &app);
}

#[test]
fn in_flight_screen() {
    let mut app = app();
    fill(&mut app, "Coffee beans");
    press(&mut app, KeyCode::Enter);
    app.now += Duration::from_millis(2300);
    snapshot("in_flight", &app);
}

#[test]
fn error_screen() {
    let mut app = app();
    fill(&mut app, "Coffee beans");
    let [Effect::Create { request, .. }] = press(&mut app, KeyCode::Enter)[..] else {
        panic!()
    };
    let error = ApiError::Rejected {
        status: 400,
        message: "customer is blocked for this merchant".into(),
    };
    app.update(Msg::Created {
        request,
        result: Err(error),
    });
    snapshot("error", &app);
}

#[test]
fn result_screen() {
    snapshot("result", &with_payment(&url(40), "1", "Coffee beans"));
}

#[test]
fn present_screen() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    press(&mut app, KeyCode::Char('f'));
    snapshot("present", &app);
}

#[test]
fn history_screen() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    press(&mut app, KeyCode::Char('n'));
    add_payment(&mut app, &url(41), "2", "Green tea, loose leaf");
    app.update(ctrl('p'));
    press(&mut app, KeyCode::Down);
    snapshot("history", &app);
}

#[test]
fn help_screen() {
    let mut app = app();
    press(&mut app, KeyCode::F(1));
    snapshot("help", &app);
}

#[test]
fn no_color_keeps_the_code_black_on_white_and_drops_other_colours() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    app.config.no_color = true;
    let terminal = draw(&app, (120, 40));
    let buffer = terminal.backend().buffer();
    let coloured: Vec<_> = buffer
        .content()
        .iter()
        .filter(|c| c.fg != ratatui::style::Color::Reset || c.bg != ratatui::style::Color::Reset)
        .collect();
    assert!(!coloured.is_empty());
    assert!(
        coloured
            .iter()
            .all(|c| matches!(c.symbol(), "█" | "▀" | "▄" | " ")
                && c.fg == ratatui::style::Color::Indexed(16)
                && c.bg == ratatui::style::Color::Indexed(231))
    );
    for theme in THEMES {
        assert_eq!(decode_buffer(buffer, theme), vec![url(40)]);
    }
}

#[test]
fn the_payment_panel_code_scans_for_short_and_long_urls() {
    for len in [40, 90, 200] {
        let app = with_payment(&url(len), "1", "Coffee beans");
        let terminal = draw(&app, (120, 40));
        for theme in THEMES {
            assert_eq!(
                decode_buffer(terminal.backend().buffer(), theme),
                vec![url(len)],
                "{len} chars, {theme:?}"
            );
        }
    }
}

#[test]
fn present_mode_code_scans_for_short_and_long_urls() {
    for (len, size) in [
        (40, (120, 40)),
        (90, (120, 40)),
        (200, (120, 40)),
        (40, (80, 24)),
        (90, (80, 24)),
    ] {
        let mut app = with_payment(&url(len), "1", "Coffee beans");
        press(&mut app, KeyCode::Char('f'));
        let terminal = draw(&app, size);
        for theme in THEMES {
            assert_eq!(
                decode_buffer(terminal.backend().buffer(), theme),
                vec![url(len)],
                "{len} at {size:?}"
            );
        }
    }
}

#[test]
fn a_code_that_cannot_fit_is_never_clipped_and_says_what_size_is_needed() {
    // At 80×24 the 200-character link needs a larger code than the screen holds.
    let mut app = with_payment(&url(200), "1", "Coffee beans");
    let terminal = draw(&app, (80, 24));
    let text = format!("{}", terminal.backend());
    assert!(text.contains("needs a terminal of at least"), "{text}");
    assert!(
        !text.contains('▀') && !text.contains('▄'),
        "no partial code"
    );
    press(&mut app, KeyCode::Char('f'));
    let terminal = draw(&app, (80, 24));
    let text = format!("{}", terminal.backend());
    assert!(text.contains("needs a terminal of at least"), "{text}");
    assert!(decode_buffer(terminal.backend().buffer(), common::Theme::Dark).is_empty());
}

#[test]
fn the_history_pane_shows_a_payment_chosen_from_it() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    press(&mut app, KeyCode::Char('n'));
    add_payment(&mut app, &url(90), "2", "Tea");
    app.update(ctrl('p'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let terminal = draw(&app, (120, 40));
    assert_eq!(
        decode_buffer(terminal.backend().buffer(), common::Theme::Light),
        vec![url(40)]
    );
}

#[test]
fn the_demo_banner_is_always_there_when_the_demo_api_is_used() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    for size in SIZES {
        assert!(format!("{}", draw(&app, size).backend()).contains("DEMO"));
    }
    press(&mut app, KeyCode::Char('f'));
    for size in SIZES {
        assert!(
            format!("{}", draw(&app, size).backend()).contains("DEMO"),
            "present mode at {size:?}"
        );
    }
}

/// Answers the shown payment's status check, as the API would.
fn set_status(app: &mut App, status: &str) {
    let later = app.moment().after(Duration::from_secs(3));
    let effects = app.update(Msg::Tick(later));
    let Some(Effect::CheckStatus { order_id, check }) = effects
        .into_iter()
        .find(|e| matches!(e, Effect::CheckStatus { .. }))
    else {
        panic!("a status check is due");
    };
    let result = Ok(StatusReport {
        status: PaymentStatus::from_wire(status),
        order: None,
    });
    let at = "2026-11-26T14:07:00Z".parse().unwrap();
    app.update(Msg::StatusChecked {
        order_id,
        check,
        result,
        at,
    });
}

#[test]
fn waiting_screen() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    set_status(&mut app, "PENDING");
    app.now += Duration::from_secs(99);
    snapshot("waiting", &app);
}

#[test]
fn paid_screen() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    set_status(&mut app, "SUCCESS");
    snapshot("paid", &app);
    press(&mut app, KeyCode::Char('f'));
    snapshot("paid_present", &app);
}

#[test]
fn expired_screen() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    set_status(&mut app, "EXPIRED");
    snapshot("expired", &app);
}

#[test]
fn status_unknown_screen_keeps_the_code() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    let later = app.moment().after(Duration::from_secs(3));
    let effects = app.update(Msg::Tick(later));
    let Some(Effect::CheckStatus { order_id, check }) = effects.into_iter().next() else {
        panic!()
    };
    let at = "2026-11-26T14:07:00Z".parse().unwrap();
    app.update(Msg::StatusChecked {
        order_id,
        check,
        result: Err(ApiError::Timeout(Duration::from_secs(20))),
        at,
    });
    snapshot("status_unknown", &app);
    let terminal = draw(&app, (120, 40));
    assert_eq!(
        decode_buffer(terminal.backend().buffer(), common::Theme::Dark),
        vec![url(40)]
    );
}

#[test]
fn large_amount_question_screen() {
    let mut app = app();
    type_text(&mut app, "1500");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "ana@example.com");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Laptop");
    press(&mut app, KeyCode::Enter);
    snapshot("large_amount", &app);
}

#[test]
fn duplicate_question_screen() {
    let mut app = with_payment(&url(40), "7", "Coffee beans");
    press(&mut app, KeyCode::Char('n'));
    app.now += Duration::from_secs(185);
    fill(&mut app, "Coffee beans");
    press(&mut app, KeyCode::Enter);
    snapshot("duplicate", &app);
}

// ---- history views ---------------------------------------------------------------------

use luxpay::api::Order;
use luxpay::ledger::{LedgerEntry, PaymentRecord};
use luxpay::msg::ServerPage;

fn ledger_entry(id: u32, product: &str, when: &str, status: PaymentStatus) -> LedgerEntry {
    LedgerEntry {
        payment: PaymentRecord {
            order_id: OrderId::parse(&id.to_string()).unwrap(),
            order_url: url(40),
            amount: Decimal::new(500 + 250 * id as i64, 2),
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

/// An app whose ledger holds payments from earlier sessions, with the history open.
/// The app on a small ledger, with the history open; keep the directory while it runs.
fn with_ledger() -> (App, Ledger, tempfile::TempDir) {
    let mut app = app();
    let entries = vec![
        ledger_entry(
            1,
            "Espresso",
            "2026-11-25T09:12:00Z",
            PaymentStatus::Success,
        ),
        ledger_entry(
            2,
            "Green tea",
            "2026-11-26T10:30:00Z",
            PaymentStatus::Expired,
        ),
        ledger_entry(3, "Teapot", "2026-11-26T11:45:00Z", PaymentStatus::Success),
        ledger_entry(
            4,
            "Croissant",
            "2026-11-26T12:05:00Z",
            PaymentStatus::Pending,
        ),
    ];
    let (dir, ledger) = start_on(&mut app, &entries);
    app.update(ctrl('p'));
    (app, ledger, dir)
}

/// `v` pressed `presses` times, the ledger reads answered; the other effects.
fn view(app: &mut App, ledger: &Ledger, presses: usize) -> Vec<Effect> {
    (0..presses)
        .flat_map(|_| {
            let effects = press(app, KeyCode::Char('v'));
            serve(app, ledger, effects)
        })
        .collect()
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

fn answer_fetch(
    app: &mut App,
    ledger: &Ledger,
    effects: Vec<Effect>,
    orders: Vec<Order>,
    total: Option<i64>,
) {
    // The last fetch asked for is the one the view on screen waits for.
    let request = effects
        .iter()
        .rev()
        .find_map(|e| match e {
            Effect::FetchServer { request, .. } => Some(*request),
            _ => None,
        })
        .expect("a fetch");
    let page = ServerPage {
        made_at: luxpay::ledger::made_at(ledger, &app.config.api_host, &orders).unwrap(),
        orders,
        total: total.map(|t| Decimal::new(t, 2)),
    };
    app.update(Msg::ServerFetched {
        request,
        result: Ok(page),
    });
}

#[test]
fn all_local_screen() {
    let (mut app, ledger, _dir) = with_ledger();
    view(&mut app, &ledger, 1);
    snapshot("all_local", &app);
    press(&mut app, KeyCode::Char('/'));
    type_on(&mut app, &ledger, "tea status:paid");
    snapshot("all_local_filtered", &app);
    assert_eq!(app.local.entries.len(), 1, "only the paid teapot");
}

/// A cash sale's order id names its till (`C-front-1-12`): All local and the Shop view
/// show it whole, where a fixed column of 6 cut it to `C-fro…`.
#[test]
fn a_cash_sales_order_id_is_shown_whole() {
    let mut cash = ledger_entry(5, "Scone", "2026-11-26T12:30:00Z", PaymentStatus::Success);
    cash.payment.order_id = OrderId::parse("C-front-1-12").unwrap();
    cash.payment.order_url = String::new();
    let mut app = app();
    let (_dir, ledger) = start_on(&mut app, &[cash.clone()]);
    app.update(ctrl('p'));
    view(&mut app, &ledger, 1);
    for size in [(80, 24), (120, 40)] {
        let text = format!("{}", draw(&app, size).backend());
        assert!(
            text.contains("C-front-1-12"),
            "All local at {size:?}: {text}"
        );
    }
    let mut config = common::app::demo_config();
    config.shop = true;
    let mut shop = common::app::app_with(config, "");
    shop.update(ctrl('p'));
    let effects: Vec<Effect> = (0..4)
        .flat_map(|_| press(&mut shop, KeyCode::Char('v')))
        .collect();
    let Some(Effect::LoadShop { request, .. }) = effects.last().cloned() else {
        panic!("the shop's day is asked for: {effects:?}")
    };
    shop.update(Msg::ShopLoaded {
        request,
        result: Ok(vec![cash]),
    });
    let text = format!("{}", draw(&shop, (120, 40)).backend());
    assert!(text.contains("C-front-1-12"), "the Shop view: {text}");
    // This session's list, beside the pane and on its own.
    let (mut sold, _ledger, _dir) = with_a_cash_sale();
    let text = format!("{}", draw(&sold, (120, 40)).backend());
    assert!(text.contains("C-front-1-1 "), "This session: {text}");
    sold.update(ctrl('p'));
    let text = format!("{}", draw(&sold, (120, 40)).backend());
    assert!(text.contains("C-front-1-1 "), "This session: {text}");
}

#[test]
fn server_screen() {
    let (mut app, ledger, _dir) = with_ledger();
    let effects = view(&mut app, &ledger, 2);
    answer_fetch(
        &mut app,
        &ledger,
        effects,
        vec![order(4, 1500, "PENDING"), order(3, 1250, "SUCCESS")],
        None,
    );
    snapshot("server", &app);
}

#[test]
fn summary_screen() {
    let (mut app, ledger, _dir) = with_ledger();
    let effects = view(&mut app, &ledger, 3);
    // The server agrees about 2 and 3, disagrees about 4's status, and has an order 9.
    let server = vec![
        order(2, 1000, "EXPIRED"),
        order(3, 1250, "SUCCESS"),
        order(4, 1500, "SUCCESS"),
        order(9, 100, "SUCCESS"),
    ];
    answer_fetch(&mut app, &ledger, effects, server, Some(3850));
    // Order 4 is open in the ledger: its status was asked for, and the server did not answer.
    app.update(Msg::StatusChecked {
        order_id: OrderId::parse("4").unwrap(),
        check: 0,
        result: Err(ApiError::Timeout(Duration::from_secs(20))),
        at: "2026-11-26T14:07:00Z".parse().unwrap(),
    });
    snapshot("summary", &app);
}

/// A day of two tills and two operators at 80×24: the figures run past the fold, and
/// the reconciliation (last) is reached by scrolling; `r` is one word everywhere.
#[test]
fn the_summary_scrolls_to_the_reconciliation() {
    let (mut app, ledger, _dir) = with_ledger();
    for (id, product) in [(5, "Scone"), (6, "Muffin")] {
        let mut entry = ledger_entry(id, product, "2026-11-26T13:00:00Z", PaymentStatus::Success);
        entry.payment.till = "back-2".into();
        entry.payment.operator = "ben".into();
        ledger
            .append(&luxpay::ledger::Record::Payment(entry.payment))
            .unwrap();
    }
    // The views measure how far it scrolls, as the terminal loop has them do.
    app.measure = luxpay::ui::measure;
    app.update(Msg::Resize {
        width: 80,
        height: 24,
    });
    let effects = view(&mut app, &ledger, 3);
    let server = vec![order(3, 1250, "SUCCESS"), order(9, 100, "SUCCESS")];
    answer_fetch(&mut app, &ledger, effects, server, None);
    let screen = |app: &App| format!("{}", draw(app, (80, 24)).backend());
    let top = screen(&app);
    assert!(
        !top.contains("differences with") && !top.contains("difference with"),
        "{top}"
    );
    assert!(
        top.contains("r reload · e export"),
        "the header's word: {top}"
    );
    assert!(top.contains("r reload  "), "the hint bar's word: {top}");
    assert!(!top.contains("recheck"), "{top}");
    assert!(top.contains("↑ ↓ scroll"), "said in the hint bar: {top}");
    press(&mut app, KeyCode::End);
    let bottom = screen(&app);
    assert!(
        bottom.contains("not in this ledger"),
        "the last line: {bottom}"
    );
    insta::assert_snapshot!("summary_scrolled_80x24", draw(&app, (80, 24)).backend());
    // Past the end nothing moves, and one ↑ shows one line more at the top.
    press(&mut app, KeyCode::Down);
    assert_eq!(screen(&app), bottom);
    press(&mut app, KeyCode::Up);
    assert_ne!(
        screen(&app),
        bottom,
        "↑ moves at once, however often ↓ was pressed"
    );
    press(&mut app, KeyCode::Home);
    assert_eq!(screen(&app), top);
    press(&mut app, KeyCode::PageDown);
    assert_ne!(screen(&app), top);
    for _ in 0..3 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(screen(&app), bottom, "PgDn stops at the last line");
}

#[test]
fn a_hundred_thousand_ledger_rows_draw_only_what_is_on_screen() {
    let mut app = app();
    let entries: Vec<LedgerEntry> = (1..=100_000)
        .map(|i| {
            ledger_entry(
                i,
                &format!("Item {i}"),
                "2026-11-26T10:00:00Z",
                PaymentStatus::Success,
            )
        })
        .collect();
    let (_dir, ledger) = start_on(&mut app, &entries);
    app.update(ctrl('p'));
    view(&mut app, &ledger, 1);
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(
        text.contains("Item 100000") && text.contains("100000 payments"),
        "newest first"
    );
    let effects = press(&mut app, KeyCode::End);
    serve(&mut app, &ledger, effects);
    assert!(
        app.local.entries.len() <= 4 * 200,
        "a window of the ledger, not all of it"
    );
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(
        text.contains("Item 1 ") && !text.contains("Item 100000"),
        "the oldest, at the end"
    );
}

#[test]
fn the_summary_never_adds_currencies_together() {
    let (mut app, ledger, _dir) = with_ledger();
    let effects = view(&mut app, &ledger, 3);
    let mut eur = order(2, 2000, "EXPIRED");
    eur.currency = Some("EUR".into());
    answer_fetch(
        &mut app,
        &ledger,
        effects,
        vec![eur, order(3, 1000, "SUCCESS")],
        Some(3000),
    );
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(
        text.contains("Server totals: 20.00 EUR · 10.00 USD"),
        "{text}"
    );
    assert!(
        text.contains("the server's own sum, 30.00, adds different currencies together"),
        "{text}"
    );
}

#[test]
fn the_duplicate_question_says_what_became_of_the_earlier_link() {
    let mut app = with_payment(&url(40), "1", "Coffee beans");
    let later = app.moment().after(Duration::from_secs(3));
    let checked = app.update(Msg::Tick(later));
    assert!(
        checked
            .iter()
            .any(|e| matches!(e, Effect::CheckStatus { .. }))
    );
    app.update(Msg::StatusChecked {
        order_id: OrderId::parse("1").unwrap(),
        check: 1,
        result: Ok(StatusReport {
            status: PaymentStatus::from_wire("SUCCESS"),
            order: None,
        }),
        at: "2026-11-26T14:05:09Z".parse().unwrap(),
    });
    press(&mut app, KeyCode::Char('n'));
    app.now += Duration::from_secs(6);
    fill(&mut app, "Coffee beans");
    press(&mut app, KeyCode::Enter);
    let text: String = format!("{}", draw(&app, (120, 40)).backend())
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Order 1, made 0:09 ago for the same sale"),
        "{text}"
    );
    assert!(text.contains("is PAID"), "{text}");
}

/// Messages were cut mid-word at 80 columns, the exported file's name included.
#[test]
fn a_long_message_wraps_and_keeps_the_file_name_whole() {
    let mut app = app();
    app.config.home = Some("/home/ana".into());
    let path = "/home/ana/.local/share/luxpay/exports/luxpay-summary-20261127-055301.csv";
    app.update(Msg::Exported(Ok(path.into())));
    let text = format!("{}", draw(&app, (80, 24)).backend());
    assert!(
        text.contains("luxpay-summary-20261127-055301.csv"),
        "the name whole: {text}"
    );
    assert!(text.contains("~/.local/share/luxpay/exports/"), "{text}");
    assert!(!text.contains('…'), "{text}");
}

/// The help overlay scrolls where the window is too small for it.
#[test]
fn the_help_scrolls_when_it_does_not_fit() {
    let mut app = app();
    press(&mut app, KeyCode::F(1));
    let text = format!("{}", draw(&app, (80, 14)).backend());
    assert!(text.contains("↑ ↓ more"), "{text}");
    assert!(!text.contains("go back, send nothing"), "{text}");
    for _ in 0..60 {
        press(&mut app, KeyCode::Down);
    }
    assert!(app.help, "scrolling keeps the help open");
    let text = format!("{}", draw(&app, (80, 14)).backend());
    assert!(
        text.contains("go back, send nothing"),
        "the last keys: {text}"
    );
}

/// A link made for another amount than asked is never presented as a code.
#[test]
fn a_link_for_another_amount_shows_a_warning_not_a_code() {
    let mut app = app();
    fill(&mut app, "Coffee beans");
    submit(&mut app);
    let mut asked = common::app::coffee("Coffee beans");
    asked.amount = Decimal::new(500, 2);
    let mut sale = common::app::sale(&asked, "9", &url(40), MADE_AT);
    sale.record.amount = Decimal::from(5000);
    sale.record.asked_amount = Some(Decimal::new(1250, 2));
    let luxpay::app::CreateState::Submitting { request, .. } = app.create.clone() else {
        panic!()
    };
    app.update(Msg::Created {
        request,
        result: Ok(sale),
    });
    for size in SIZES {
        let terminal = draw(&app, size);
        let text = format!("{}", terminal.backend());
        assert!(text.contains("do not show it to the customer"), "{text}");
        assert!(decode_buffer(terminal.backend().buffer(), common::Theme::Light).is_empty());
    }
    press(&mut app, KeyCode::Char('f'));
    assert!(!app.present, "no present mode for it");
    assert!(
        press(&mut app, KeyCode::Char('c')).is_empty(),
        "nothing copied"
    );
}

/// Every screen draws at every size from 1×1 up without a panic: confirmation dialogs
/// panicked at 5 rows or fewer ("index outside of buffer"), also when resized there.
mod every_size {
    use super::*;
    use proptest::prelude::*;

    fn scenes() -> Vec<App> {
        let mut scenes = vec![app()];
        let mut help = app();
        press(&mut help, KeyCode::F(1));
        scenes.push(help);
        let mut large = app();
        type_text(&mut large, "1500");
        press(&mut large, KeyCode::Tab);
        type_text(&mut large, "ana@example.com");
        press(&mut large, KeyCode::Tab);
        type_text(&mut large, "Laptop");
        press(&mut large, KeyCode::Enter);
        assert!(large.confirm.is_some());
        scenes.push(large);
        let mut duplicate = with_payment(&url(40), "7", "Coffee beans");
        press(&mut duplicate, KeyCode::Char('n'));
        fill(&mut duplicate, "Coffee beans");
        press(&mut duplicate, KeyCode::Enter);
        assert!(duplicate.confirm.is_some());
        scenes.push(duplicate);
        let result = with_payment(&url(90), "1", "Coffee beans");
        let mut present = result.clone();
        press(&mut present, KeyCode::Char('f'));
        scenes.extend([result, present]);
        let (mut history, ledger, _dir) = with_ledger();
        scenes.push(history.clone());
        for _ in 0..3 {
            view(&mut history, &ledger, 1);
            scenes.push(history.clone());
        }
        scenes
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn no_screen_panics_at_any_size(w in 1u16..130, h in 1u16..45) {
            for scene in scenes() {
                draw(&scene, (w, h));
            }
        }
    }

    #[test]
    fn the_smallest_sizes_all_draw() {
        for scene in scenes() {
            for w in (1..=24).step_by(3) {
                for h in 1..=8 {
                    draw(&scene, (w, h));
                }
            }
        }
    }
}

/// At 20×5 the form showed no fields and no word on why.
#[test]
fn a_window_too_small_says_so() {
    let mut app = app();
    let text = format!("{}", draw(&app, (20, 5)).backend());
    assert!(text.contains("too small"), "{text}");
    type_text(&mut app, "1500");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "ana@example.com");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Laptop");
    press(&mut app, KeyCode::Enter);
    let text = format!("{}", draw(&app, (30, 8)).backend()).replace(['\n', '"', ' '], "");
    assert!(
        text.contains("questioniswaiting:enlargethewindow"),
        "a question waits, and how to answer it: {text}"
    );
    // Help opens where nothing else fits.
    app.help = true;
    let text = format!("{}", draw(&app, (30, 5)).backend());
    assert!(!text.contains("too small"), "{text}");
}

/// The too-small text and the status message each keep rows of their own: at 30×4 the
/// message ran into the text, and the text pushed it off the screen.
#[test]
fn a_window_too_small_keeps_the_status_message_apart() {
    let mut app = app();
    app.notice = Some(luxpay::app::Notice {
        text: "A payment link is being created: press Ctrl+C again to quit anyway".into(),
        kind: luxpay::app::NoticeKind::Error,
    });
    for (w, h) in [(30, 4), (40, 6)] {
        let terminal = draw(&app, (w, h));
        let rows: Vec<String> = (0..h)
            .map(|y| {
                (0..w)
                    .map(|x| terminal.backend().buffer()[(x, y)].symbol())
                    .collect()
            })
            .collect();
        let at = rows
            .iter()
            .position(|r| r.starts_with(" ✗ A payment link"))
            .unwrap_or_else(|| panic!("the message starts a row of its own: {rows:#?}"));
        assert!(rows[0].starts_with("Window too small"), "{rows:#?}");
        assert!(
            rows[..at].iter().all(|r| !r.contains("payment link")),
            "{rows:#?}"
        );
        assert!(
            rows[at..].iter().all(|r| !r.contains("Keys wait")),
            "{rows:#?}"
        );
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), terminal.backend());
    }
}

/// `V` goes back a view: from This session straight to the Shop view, asking for the
/// shop's day and nothing of the views between (All local's pages, the Summary's day),
/// and back again; without a shared ledger, to the Summary.
#[test]
fn shift_v_goes_back_a_view_and_opens_only_that_one() {
    let mut config = common::app::demo_config();
    config.shop = true;
    let mut app = common::app::app_with(config, "");
    app.update(ctrl('p'));
    let effects = press(&mut app, KeyCode::Char('V'));
    assert_eq!(app.view, luxpay::app::HistoryView::Shop);
    assert!(
        matches!(effects.as_slice(), [Effect::LoadShop { .. }]),
        "only the shop's day is read: {effects:?}"
    );
    press(&mut app, KeyCode::Char('V'));
    assert_eq!(app.view, luxpay::app::HistoryView::Summary);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.view, luxpay::app::HistoryView::Shop);

    let mut alone = common::app::app_with(common::app::demo_config(), "");
    alone.update(ctrl('p'));
    press(&mut alone, KeyCode::Char('V'));
    assert_eq!(alone.view, luxpay::app::HistoryView::Summary);
}

/// With a shared ledger, a fifth view shows every till's sales of the day, read again
/// when the shared ledger announces a status or a sale.
#[test]
fn the_shop_view_shows_every_tills_sales() {
    let mut config = common::app::demo_config();
    config.shop = true;
    let mut app = common::app::app_with(config, "");
    app.update(ctrl('p'));
    let effects: Vec<Effect> = (0..4)
        .flat_map(|_| press(&mut app, KeyCode::Char('v')))
        .collect();
    assert_eq!(app.view, luxpay::app::HistoryView::Shop);
    let Some(Effect::LoadShop {
        request, from, to, ..
    }) = effects.last().cloned()
    else {
        panic!("the shop's day is asked for: {effects:?}")
    };
    assert_eq!(
        (from.to_string(), to.to_string()),
        ("2026-11-26T00:00:00Z".into(), "2026-11-27T00:00:00Z".into()),
        "today, in the app's time zone"
    );
    let mut front = ledger_entry(1, "Tea", "2026-11-26T10:00:00Z", PaymentStatus::Success);
    front.payment.till = "front-1".into();
    let mut back = ledger_entry(2, "Scarf", "2026-11-26T11:00:00Z", PaymentStatus::Pending);
    back.payment.till = "back".into();
    back.payment.operator = "bo".into();
    app.update(Msg::ShopLoaded {
        request,
        result: Ok(vec![front, back]),
    });
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(
        text.contains("History · Shop") && text.contains("front-1") && text.contains("back"),
        "{text}"
    );
    let first_row = text.lines().find(|l| l.contains('›')).unwrap();
    assert!(
        first_row.contains("Scarf") && first_row.contains("bo"),
        "newest first: {first_row}"
    );
    assert!(!text.contains("kept apart"));
    // Sales kept apart in the shop's ledger (their order id was another's): said.
    app.update(Msg::ShopConflicts(2));
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(text.contains("2 sales kept apart"), "{text}");
    // Another till's payment is paid: the view is read again.
    let again = app.update(Msg::Announced(luxpay::shared::Announced {
        api_host: "127.0.0.1".into(),
        order_id: OrderId::parse("2").unwrap(),
        status: PaymentStatus::Success,
        at: "2026-11-26T11:05:00Z".parse().unwrap(),
    }));
    let Some(Effect::LoadShop { request, .. }) = again.last().cloned() else {
        panic!("read again: {again:?}")
    };
    // Two sales announced while that read is in flight: the rows read before stay on
    // screen, and one more read follows the one in flight, not one per sale.
    for _ in 0..2 {
        assert_eq!(
            app.update(Msg::SoldInShop("127.0.0.1".into())),
            vec![],
            "one read at a time"
        );
    }
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(text.contains("Scarf"), "no flicker while reading: {text}");
    let after = app.update(Msg::ShopLoaded {
        request,
        result: Ok(vec![]),
    });
    let [Effect::LoadShop { request, .. }] = after.as_slice() else {
        panic!("one more read: {after:?}")
    };
    app.update(Msg::ShopLoaded {
        request: *request,
        result: Ok(vec![]),
    });
    // Another API host's sale (a demo till beside a live one) is not this shop's.
    assert_eq!(
        app.update(Msg::SoldInShop("api.luxfin.example".into())),
        vec![]
    );
    let sold = app.update(Msg::SoldInShop("127.0.0.1".into()));
    assert!(
        matches!(sold.as_slice(), [Effect::LoadShop { .. }]),
        "{sold:?}"
    );
    // Without a shared ledger, v goes round four views.
    let mut plain = common::app::app();
    plain.update(ctrl('p'));
    for _ in 0..4 {
        press(&mut plain, KeyCode::Char('v'));
    }
    assert_eq!(plain.view, luxpay::app::HistoryView::Session);
}

/// The Shop view reads the shop's day a page at a time, newest first: the first page,
/// then, as the selection nears its end, the page before its last payment (by keyset),
/// added below; a page not full is the last.
#[test]
fn the_shop_view_reads_the_day_a_page_at_a_time() {
    let mut config = common::app::demo_config();
    config.shop = true;
    let mut app = common::app::app_with(config, "");
    app.update(ctrl('p'));
    let effects: Vec<Effect> = (0..4)
        .flat_map(|_| press(&mut app, KeyCode::Char('v')))
        .collect();
    let Some(Effect::LoadShop {
        request,
        page: Some(page),
        ..
    }) = effects.last().cloned()
    else {
        panic!("a page of the shop's day is asked for: {effects:?}")
    };
    assert_eq!(page.before, None, "the newest first");
    let full = page.limit;
    // A full page, oldest first as the effect answers: 10:00:00 + n seconds.
    let at = |n: usize| format!("2026-11-26T10:{:02}:{:02}Z", n / 60, n % 60);
    let first: Vec<LedgerEntry> = (0..full)
        .map(|n| {
            let id = u32::try_from(1000 + n).unwrap();
            ledger_entry(id, "Tea", &at(n), PaymentStatus::Success)
        })
        .collect();
    assert!(
        app.update(Msg::ShopLoaded {
            request,
            result: Ok(first)
        })
        .is_empty()
    );
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(text.contains("Tea"), "{text}");
    // To the end of those read: the page before the oldest of them.
    let effects = press(&mut app, KeyCode::End);
    let [
        Effect::LoadShop {
            request,
            page: Some(page),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("the next page: {effects:?}")
    };
    assert_eq!(
        page.before,
        Some((at(0).parse().unwrap(), OrderId::parse("1000").unwrap())),
        "before the oldest read"
    );
    let older: Vec<LedgerEntry> = (0..3)
        .map(|n| {
            ledger_entry(
                n + 1,
                "Scarf",
                "2026-11-26T09:00:00Z",
                PaymentStatus::Pending,
            )
        })
        .collect();
    let after = app.update(Msg::ShopLoaded {
        request: *request,
        result: Ok(older),
    });
    assert!(after.is_empty(), "{after:?}");
    // Added below; the last page was not full: nothing more is asked for.
    assert!(press(&mut app, KeyCode::End).is_empty());
    let text = format!("{}", draw(&app, (120, 40)).backend());
    let selected = text.lines().find(|l| l.contains('›')).unwrap();
    assert!(selected.contains("Scarf"), "the oldest last: {selected}");
}

/// The customer mirror: the code scans on both themes at both sizes, the product shows,
/// PAID says so in words too, and a till not running is waited for.
#[test]
fn mirror_screens() {
    use luxpay::mirror::MirrorState;
    use luxpay::ui::mirror::{MirrorView, render};
    let draw_mirror = |view: &MirrorView, (w, h): (u16, u16)| {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut code = None;
        terminal.draw(|f| code = render(view, f)).unwrap();
        (terminal, code)
    };
    let link = url(60);
    let mut view = MirrorView {
        state: None,
        qr: None,
        till: "front".into(),
        no_color: false,
    };
    let text = format!("{}", draw_mirror(&view, (80, 24)).0.backend());
    assert!(text.contains("Waiting for till front"), "{text}");
    view.set(MirrorState::Waiting {
        amount: "14.03 USD".into(),
        product: "2× Flat white, Croissant".into(),
        url: link.clone(),
    });
    for size in SIZES {
        let (terminal, code) = draw_mirror(&view, size);
        // Where the code went, for an image over it where the terminal draws them.
        let code = code.expect("a code drawn");
        assert!(code.x + code.cols <= size.0 && code.y + code.rows <= size.1);
        for theme in THEMES {
            assert_eq!(
                decode_buffer(terminal.backend().buffer(), theme),
                vec![link.clone()],
                "{size:?} {theme:?}"
            );
        }
        let text = format!("{}", terminal.backend());
        assert!(text.contains("2× Flat white, Croissant"), "{text}");
        insta::assert_snapshot!(format!("mirror_{}x{}", size.0, size.1), terminal.backend());
    }
    view.set(MirrorState::Paid {
        amount: "14.03 USD".into(),
    });
    let (terminal, code) = draw_mirror(&view, (80, 24));
    let text = format!("{}", terminal.backend());
    assert!(text.contains("PAID · 14.03 USD"), "{text}");
    assert!(code.is_none(), "no code once paid");
}

/// Beside the code at 120×40 the history pane cut "Latte" and "Espresso" to three
/// letters: its columns are sized to what they hold, the order id goes before the
/// product does, and the product keeps at least 12 columns, there and at 80×24.
#[test]
fn the_history_beside_the_code_keeps_the_product_readable() {
    let mut app = with_payment(&url(40), "7000000001", "Espresso machine descaler");
    press(&mut app, KeyCode::Char('n'));
    add_payment(&mut app, &url(41), "7000000002", "Latte");
    let beside_the_code = format!("{}", draw(&app, (120, 40)).backend());
    // At 80×24 the history has the screen when it has the keys.
    app.update(ctrl('p'));
    let alone = format!("{}", draw(&app, (80, 24)).backend());
    for text in [beside_the_code, alone] {
        assert!(text.contains("Espresso mac"), "{text}");
        assert!(text.contains("Latte"), "{text}");
    }
}

/// With a shared ledger, the Summary named another till's three sales as differences
/// ("✗ 3 difference(s)"): a cashier closing the till thought money was missing. The
/// server's orders a neighbour made are named as theirs; only orders no till made are
/// differences.
#[test]
fn the_summary_names_a_neighbours_sales_as_theirs() {
    let (mut app, ledger, _dir) = with_ledger();
    app.config.shop = true;
    let effects = view(&mut app, &ledger, 3);
    let shop = effects
        .iter()
        .find_map(|e| match e {
            Effect::LoadShop { request, .. } => Some(*request),
            _ => None,
        })
        .expect("the shop's day is read for the summary");
    let server = vec![
        order(2, 1000, "EXPIRED"),
        order(3, 1250, "SUCCESS"),
        order(4, 1500, "PENDING"),
        order(9, 100, "SUCCESS"),
        order(10, 200, "SUCCESS"),
    ];
    answer_fetch(&mut app, &ledger, effects, server, Some(4050));
    let mut south = ledger_entry(9, "Scarf", "2026-11-26T11:00:00Z", PaymentStatus::Success);
    south.payment.till = "south".into();
    app.update(Msg::ShopLoaded {
        request: shop,
        result: Ok(vec![south]),
    });
    let text = format!("{}", draw(&app, (120, 40)).backend());
    assert!(
        text.contains("1 difference with the server"),
        "only order 10: {text}"
    );
    assert!(
        text.contains("Made at other tills of the shop (not differences): south 1"),
        "{text}"
    );
    let report = app.day_report();
    assert_eq!(report.differences.unwrap().len(), 1);
    assert_eq!(report.elsewhere.len(), 1);
}

/// A walk-in sale showed its email template (`cafe-1+{seq}@…`) in This session while
/// All local and the CSV had the address recorded: every view shows what was recorded.
#[test]
fn a_walk_in_sale_shows_the_address_recorded_not_the_template() {
    let mut app = with_payment(&url(40), "6", "Flat white");
    app.payments[0].request.customer = "cafe-1+{seq}@shop.example".into();
    app.payments[0].record.customer = "cafe-1+6@shop.example".into();
    let beside_the_code = format!("{}", draw(&app, (120, 40)).backend());
    app.update(ctrl('p'));
    let alone = format!("{}", draw(&app, (120, 40)).backend());
    for text in [beside_the_code, alone] {
        assert!(!text.contains("{seq}"), "{text}");
        assert!(text.contains("cafe-1+6@shop.example"), "{text}");
    }
}

/// A tip of one's own shows what it comes to as it is typed, as the presets do.
#[test]
fn a_custom_tip_shows_its_total_before_enter() {
    let mut app = shop_with_a_cart();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "18%");
    let text = format!("{}", draw(&app, (80, 24)).backend());
    // 18% of 12.20 is 2.196, half up 2.20: 14.40 in all.
    assert!(text.contains("tip 2.20, total 14.40 USD"), "{text}");
}

/// Below 80 columns labels were cut by the edge ("Venmo    C" at 40×15, "DEMO API: no
/// real money" at 60×20): they are shortened by design instead.
#[test]
fn narrow_windows_shorten_labels_rather_than_cut_them() {
    let mut config = common::app::demo_config();
    config.demo = true;
    let mut app = common::app::app_with(config, "");
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    for size in [(40, 15), (60, 20), (80, 24)] {
        let text = format!("{}", draw(&app, size).backend());
        // Every method whole where they fit; narrower, the chosen one between the
        // arrows that step through them, never a name cut by the edge.
        let all = text.contains("PayPal")
            && text.contains("Venmo")
            && text.contains("Card")
            && text.contains("Cash");
        assert!(all || text.contains("‹ PayPal ›"), "{size:?}: {text}");
        assert_eq!(all, size.0 >= 60, "{size:?}: {text}");
        let title = text.lines().next().unwrap().trim_matches('"').trim_end();
        assert!(
            [
                "DEMO",
                "DEMO: no real money",
                "DEMO API: no real money moves"
            ]
            .iter()
            .any(|whole| title.ends_with(whole)),
            "{size:?}: {title}"
        );
    }
}

/// Below 80 columns the tip dialog and the help were cut by the edge (the totals at
/// 40×15, the help's words at 60×20 and 40×15). Every row's text now ends inside the
/// dialog's border: shortened with `…`, or laid out narrower.
#[test]
fn narrow_dialogs_fit_their_text_inside_their_borders() {
    let mut tip = shop_with_a_cart();
    press(&mut tip, KeyCode::Enter);
    assert!(tip.tip.is_some());
    let mut help = app();
    press(&mut help, KeyCode::F(1));
    for (name, app) in [("tip", &tip), ("help", &help)] {
        for (w, h) in [(40, 15), (60, 20), (80, 24)] {
            let terminal = draw(app, (w, h));
            insta::assert_snapshot!(format!("{name}_narrow_{w}x{h}"), terminal.backend());
            let text = format!("{}", terminal.backend());
            let whole: &[&str] = match name {
                "tip" => &["total 13.42 USD", "total 14.64 USD", "total 12.20 USD"],
                _ if w < 80 => &["suspend (fg resumes)", "previous field"],
                _ => &["history, and back", "day (Summary)"],
            };
            for words in whole {
                assert!(text.contains(words), "{w}x{h}: {words:?} whole: {text}");
            }
        }
    }
    // At 40×15 the help scrolls to its last key, says how, and stops there.
    help.measure = luxpay::ui::measure;
    help.update(Msg::Resize {
        width: 40,
        height: 15,
    });
    let text = format!("{}", draw(&help, (40, 15)).backend());
    assert!(text.contains("↑ ↓ more"), "{text}");
    for _ in 0..20 {
        press(&mut help, KeyCode::PageDown);
    }
    let end = format!("{}", draw(&help, (40, 15)).backend());
    assert!(end.contains("go back, send nothing"), "the last key: {end}");
    press(&mut help, KeyCode::Up);
    let text = format!("{}", draw(&help, (40, 15)).backend());
    assert_ne!(text, end, "↑ moves at once from the end");
}

/// A cash sale made from the form at 12.50 with 20.00 handed over, on a ledger.
fn with_a_cash_sale() -> (App, Ledger, tempfile::TempDir) {
    let mut app = app();
    let (dir, ledger) = start_on(&mut app, &[]);
    fill(&mut app, "Coffee beans");
    app.update(ctrl('t'));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "20");
    let effects = press(&mut app, KeyCode::Enter);
    serve(&mut app, &ledger, effects);
    (app, ledger, dir)
}

#[test]
fn cash_screens() {
    let (mut app, ledger, _dir) = with_a_cash_sale();
    // The change due, large, where a link's code would be.
    snapshot("cash_change", &app);
    // A refund asks how much, how and why.
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "spilt");
    snapshot("refund_question", &app);
    press(&mut app, KeyCode::Esc);
    // The shift's X report at the top of the Summary view.
    app.update(ctrl('p'));
    let effects = view(&mut app, &ledger, 3);
    answer_fetch(&mut app, &ledger, effects, Vec::new(), None);
    snapshot("x_report", &app);
    // Closed on a Z, shown until dismissed.
    for c in "Z20\n".chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        let effects = press(&mut app, code);
        serve(&mut app, &ledger, effects);
    }
    assert!(app.books.closed.is_some());
    snapshot("z_shown", &app);
}
