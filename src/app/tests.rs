//! `update` tests: keys in, state and effects out. No terminal, no network.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rust_decimal::Decimal;

use super::history::HistoryView;
use super::*;
use crate::api::{ApiError, CreatedPayment, OrderId};
use crate::clipboard::{Osc52Wrap, Route};
use crate::money::Currency;
use crate::msg::{CopyFailure, Created, Effect, Msg};
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

#[test]
fn typing_and_tab_fill_the_fields_in_order() {
    let mut app = app();
    fill(&mut app);
    assert_eq!(app.form.amount.value(), "12.50");
    assert_eq!(app.form.customer.value(), "ana@example.com");
    assert_eq!(app.form.product.value(), "Coffee beans");
    assert_eq!(app.form.focus, Field::Product);
    app.update(Msg::Key(KeyEvent::new(
        KeyCode::BackTab,
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.form.focus, Field::Customer);
    app.update(key(KeyCode::Up));
    app.update(key(KeyCode::Up));
    assert_eq!(app.form.focus, Field::Method, "focus wraps around");
}

#[test]
fn enter_twice_sends_one_create() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    assert!(app.is_submitting());
    assert!(
        app.update(key(KeyCode::Enter)).is_empty(),
        "a second Enter while in flight sends nothing"
    );
    assert!(app.update(key(KeyCode::Char('x'))).is_empty());
    assert_eq!(
        app.form.product.value(),
        "Coffee beans",
        "no edits while the values are on their way"
    );
    assert_eq!(app.next_wakeup(), Some(app.now + SPINNER_TICK));
    app.update(Msg::Created {
        request,
        result: Ok(created("7")),
    });
    assert!(!app.is_submitting());
}

#[test]
fn an_idle_app_never_wakes_up() {
    assert_eq!(app().next_wakeup(), None);
}

#[test]
fn the_create_effect_carries_the_checked_payment() {
    let mut app = app();
    fill(&mut app);
    let effects = app.update(key(KeyCode::Enter));
    let [Effect::Create { payment, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(payment.amount, Decimal::new(125, 1));
    assert_eq!(payment.customer, "ana@example.com");
    assert_eq!(
        payment.redirect_url.as_ref().unwrap().as_str(),
        "https://shop.example/thanks"
    );
}

#[test]
fn invalid_fields_send_nothing_keep_the_values_and_focus_the_first() {
    let mut app = app();
    type_text(&mut app, "12.345");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "not-an-email");
    app.update(key(KeyCode::Tab));
    assert!(
        app.form.error(Field::Customer).is_some(),
        "checked when left"
    );
    assert!(app.update(key(KeyCode::Enter)).is_empty());
    assert_eq!(app.form.focus, Field::Amount);
    assert!(
        app.form
            .error(Field::Amount)
            .unwrap()
            .contains("two decimal places")
    );
    assert!(
        app.form
            .error(Field::Product)
            .unwrap()
            .contains("enter what is being sold")
    );
    assert_eq!(app.form.amount.value(), "12.345");
    assert_eq!(app.notice.as_ref().unwrap().kind, NoticeKind::Error);
}

#[test]
fn leaving_an_empty_field_is_not_an_error_yet() {
    let mut app = app();
    app.update(key(KeyCode::Tab));
    app.update(key(KeyCode::Tab));
    assert!(!app.form.has_errors());
}

#[test]
fn esc_stops_waiting_and_a_late_link_is_still_recorded() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    app.update(key(KeyCode::Esc));
    assert_eq!(app.create, CreateState::Idle);
    assert_eq!(app.form.amount.value(), "12.50");
    app.update(Msg::Created {
        request,
        result: Ok(created("9")),
    });
    assert_eq!(
        app.payments.len(),
        1,
        "a link that may be paid is never dropped"
    );
    assert_eq!(app.shown, None, "but it does not jump onto the screen");
    assert!(app.notice.as_ref().unwrap().text.contains("order 9"));
}

#[test]
fn an_error_keeps_the_form_and_focuses_the_field_it_names() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    let error = ApiError::Rejected {
        status: 400,
        message: "amount is below the minimum".into(),
    };
    app.update(Msg::Created {
        request,
        result: Err(error),
    });
    let CreateState::Failed { message } = &app.create else {
        panic!("{:?}", app.create)
    };
    assert!(message.contains("amount is below the minimum"));
    assert_eq!(app.form.focus, Field::Amount);
    assert_eq!(app.focus, Pane::Form);
    assert_eq!(app.form.customer.value(), "ana@example.com");
    assert_eq!(submit(&mut app), request + 1, "it can be sent again");
}

#[test]
fn an_uncertain_failure_warns_that_the_payment_may_exist() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Err(ApiError::Timeout(Duration::from_secs(20))),
    });
    let CreateState::Failed { message } = &app.create else {
        panic!()
    };
    assert!(message.contains("may exist even so"));
}

#[test]
fn a_created_link_is_shown_copied_presented_and_left_for_a_new_one() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("7")),
    });
    assert_eq!(app.focus, Pane::Payment);
    assert_eq!(
        app.shown_payment().unwrap().order_url,
        "https://pay.example/checkout/7"
    );

    let copy = app.update(key(KeyCode::Char('c')));
    assert_eq!(
        copy,
        [Effect::Copy {
            text: "https://pay.example/checkout/7".into(),
            route: Route::Osc52(Osc52Wrap::None)
        }]
    );
    app.update(Msg::Copied(Ok(Route::Osc52(Osc52Wrap::None))));
    assert_eq!(
        app.notice.as_ref().unwrap().text,
        "Link sent to the terminal clipboard (OSC 52)"
    );

    app.update(key(KeyCode::Char('f')));
    assert!(app.present);
    assert_eq!(
        app.update(key(KeyCode::Char('c'))).len(),
        1,
        "copy works in present mode too"
    );
    app.update(key(KeyCode::Esc));
    assert!(!app.present);

    app.form.method = Method::Card;
    app.update(key(KeyCode::Char('n')));
    assert_eq!(app.focus, Pane::Form);
    assert_eq!(app.form.amount.value(), "");
    assert_eq!(app.form.product.value(), "");
    assert_eq!(app.form.method, Method::Card, "the method is kept");
    assert_eq!(
        app.form.redirect_url.value(),
        "https://shop.example/thanks",
        "the redirect URL is kept"
    );
}

#[test]
fn history_opens_while_typing_and_shows_or_copies_a_payment() {
    let mut app = app();
    for id in ["1", "2"] {
        fill_with(&mut app, &format!("Coffee {id}"));
        let request = submit(&mut app);
        app.update(Msg::Created {
            request,
            result: Ok(created(id)),
        });
        app.update(key(KeyCode::Char('n')));
    }
    type_text(&mut app, "5");
    app.update(ctrl('p'));
    assert_eq!(app.focus, Pane::History);
    assert_eq!(app.form.amount.value(), "5", "Ctrl+P typed nothing");
    assert_eq!(app.payments[0].order_id.as_str(), "2", "newest first");

    app.update(key(KeyCode::Down));
    assert_eq!(app.selected, 1);
    app.update(key(KeyCode::Down));
    assert_eq!(app.selected, 1, "stays on the last row");
    let copy = app.update(key(KeyCode::Char('c')));
    assert!(matches!(&copy[..], [Effect::Copy { text, .. }] if text.ends_with("/checkout/1")));
    app.update(key(KeyCode::Enter));
    assert_eq!(app.focus, Pane::Payment);
    assert_eq!(app.shown.as_ref().unwrap().as_str(), "1");

    app.update(Msg::Key(KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE)));
    assert_eq!(app.focus, Pane::History);
    app.update(ctrl('p'));
    assert_eq!(
        app.focus,
        Pane::Payment,
        "Ctrl+P goes back where it came from"
    );
}

#[test]
fn question_mark_is_text_in_a_field_and_help_elsewhere() {
    let mut app = app();
    app.update(key(KeyCode::Tab));
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "Why?");
    assert_eq!(app.form.product.value(), "Why?");
    assert!(!app.help);
    app.update(key(KeyCode::F(1)));
    assert!(app.help);
    assert!(
        app.update(key(KeyCode::Char('q'))).is_empty(),
        "q closes help, it does not quit"
    );
    assert!(!app.help);
    app.form.focus = Field::Method;
    app.update(key(KeyCode::Char('?')));
    assert!(app.help);
}

#[test]
fn ctrl_c_quits_but_asks_again_while_a_link_is_being_made() {
    let mut app = app();
    assert_eq!(app.update(ctrl('c')), [Effect::Quit]);
    fill(&mut app);
    submit(&mut app);
    assert!(app.update(ctrl('c')).is_empty());
    assert!(app.notice.as_ref().unwrap().text.contains("Ctrl+C again"));
    assert_eq!(app.update(ctrl('c')), [Effect::Quit]);
    assert_eq!(app.update(Msg::Quit), [Effect::Quit], "signals quit");
}

#[test]
fn a_failed_system_copy_falls_back_to_osc52() {
    let mut app = app();
    let failure = CopyFailure {
        route: Route::System,
        text: "https://x.example".into(),
        reason: "no display".into(),
    };
    assert_eq!(
        app.update(Msg::Copied(Err(failure))),
        [Effect::Copy {
            text: "https://x.example".into(),
            route: Route::Osc52(Osc52Wrap::None)
        }]
    );
    let failure = CopyFailure {
        route: Route::Osc52(Osc52Wrap::None),
        text: "t".into(),
        reason: "broken pipe".into(),
    };
    assert!(app.update(Msg::Copied(Err(failure))).is_empty());
    assert_eq!(app.notice.as_ref().unwrap().kind, NoticeKind::Error);
}

#[test]
fn copying_off_says_so() {
    let mut app = app();
    app.config.copy_route = Route::Off;
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("1")),
    });
    assert!(app.update(key(KeyCode::Char('c'))).is_empty());
    assert!(app.notice.as_ref().unwrap().text.contains("Copying is off"));
}

#[test]
fn method_and_currency_choices() {
    let mut app = app();
    app.form.focus = Field::Method;
    assert!(!app.form.fields().contains(&Field::Currency));
    app.update(key(KeyCode::Right));
    assert_eq!(app.form.method, Method::Venmo);
    app.update(key(KeyCode::Char(' ')));
    assert_eq!(app.form.method, Method::Card);
    app.update(key(KeyCode::Tab));
    assert_eq!(app.form.focus, Field::Currency);
    app.update(key(KeyCode::Right));
    assert_eq!(app.form.currency, Currency::Eur);
    app.update(key(KeyCode::BackTab));
    app.update(key(KeyCode::Right));
    assert_eq!(app.form.method, Method::Paypal);
    assert_eq!(app.form.currency, Currency::Usd, "PayPal takes USD only");
}

#[test]
fn paste_goes_into_the_field_on_one_line() {
    let mut app = app();
    app.form.focus = Field::Product;
    app.update(Msg::Paste("Tea\nset\u{1b}[2J".into()));
    assert_eq!(app.form.product.value(), "Tea set[2J");
}

#[test]
fn word_delete_and_home_end_edit_the_field() {
    let mut app = app();
    app.form.focus = Field::Product;
    type_text(&mut app, "Green tea");
    app.update(ctrl('w'));
    assert_eq!(app.form.product.value(), "Green ");
    app.update(key(KeyCode::Home));
    type_text(&mut app, "X");
    assert_eq!(app.form.product.value(), "XGreen ");
}

// ---- following payments ------------------------------------------------------------

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

use crate::api::PaymentStatus;

#[test]
fn the_shown_payment_is_checked_every_interval_one_check_at_a_time() {
    let mut app = with_payment("7");
    let created_at = app.now;
    assert_eq!(
        app.next_wakeup(),
        Some(created_at + Duration::from_secs(1)),
        "the waiting timer"
    );
    assert!(checks(&advance(&mut app, 2)).is_empty());
    assert_eq!(
        checks(&advance(&mut app, 1)),
        ["7"],
        "due 3 s after creation"
    );
    assert!(
        checks(&advance(&mut app, 10)).is_empty(),
        "never two in flight for one order"
    );
    assert!(answer(&mut app, "7", Ok("PENDING")).is_empty());
    assert_eq!(app.payments[0].status_label(app.now), "waiting 0:13");
    assert!(checks(&advance(&mut app, 2)).is_empty());
    assert_eq!(checks(&advance(&mut app, 1)), ["7"]);
}

#[test]
fn failures_back_off_keep_the_code_and_say_the_status_is_unknown() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    let mut pauses = vec![];
    for _ in 0..5 {
        answer(
            &mut app,
            "7",
            Err(ApiError::Timeout(Duration::from_secs(20))),
        );
        let due = app.payments[0].poll.due;
        pauses.push(due.duration_since(app.now).as_secs());
        app.now = due;
        assert_eq!(checks(&app.update(Msg::Tick(due))), ["7"]);
    }
    assert_eq!(pauses, [6, 12, 24, 30, 30]);
    assert!(app.payments[0].poll.error.is_some());
    assert!(app.shown.is_some(), "the code stays on screen");
    answer(&mut app, "7", Ok("PENDING"));
    assert_eq!(
        app.payments[0].poll.due,
        app.now + Duration::from_secs(3),
        "back to the interval"
    );
    assert!(app.payments[0].poll.error.is_none());
}

#[test]
fn paid_rings_the_bell_once_and_stops_the_checks() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    let at = "2026-11-26T12:03:00Z".parse().unwrap();
    let record = Effect::RecordStatus {
        order_id: OrderId::parse("7").unwrap(),
        status: PaymentStatus::Success,
        at,
    };
    assert_eq!(
        answer(&mut app, "7", Ok("SUCCESS")),
        [record, Effect::Bell],
        "recorded, then the bell"
    );
    let p = &app.payments[0];
    assert_eq!(p.status, PaymentStatus::Success);
    assert_eq!(p.paid_at, Some("2026-11-26T12:03:00Z".parse().unwrap()));
    assert!(app.notice.as_ref().unwrap().text.contains("PAID"));
    assert_eq!(app.next_wakeup(), None, "nothing left to follow");
    assert!(checks(&advance(&mut app, 600)).is_empty());
}

#[test]
fn the_bell_can_be_turned_off() {
    let mut app = with_payment("7");
    app.config.bell = false;
    advance(&mut app, 3);
    let effects = answer(&mut app, "7", Ok("SUCCESS"));
    assert!(!effects.contains(&Effect::Bell), "{effects:?}");
}

#[test]
fn an_unknown_status_is_shown_as_it_is_and_never_taken_for_paid() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    let effects = answer(&mut app, "7", Ok("REFUNDED"));
    assert!(
        matches!(&effects[..], [Effect::RecordStatus { status: PaymentStatus::Unknown(s), .. }] if s == "REFUNDED")
    );
    assert_eq!(app.payments[0].status_label(app.now), "REFUNDED");
    assert!(app.payments[0].paid_at.is_none());
    assert_eq!(checks(&advance(&mut app, 3)), ["7"], "still followed");
}

#[test]
fn other_payments_are_checked_slower_and_r_checks_now() {
    let mut app = with_payment("1");
    app.update(key(KeyCode::Char('n')));
    fill_with(&mut app, "Tea");
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("2")),
    });
    // Order 1 was on screen when created (due at 3 s); once it has been checked it
    // falls back to the history's 15 s.
    assert_eq!(checks(&advance(&mut app, 3)), ["1", "2"]);
    answer(&mut app, "1", Ok("PENDING"));
    answer(&mut app, "2", Ok("PENDING"));
    // From t = 3 s: the shown one every 3 s, the other 15 s after its last check.
    for t in [6, 9, 12, 15, 18] {
        let effects = advance(&mut app, 3);
        let due: Vec<String> = checks(&effects).into_iter().map(str::to_string).collect();
        let want: &[&str] = if t == 18 { &["1", "2"] } else { &["2"] };
        assert_eq!(due, want, "at {t} s");
        for id in due {
            answer(&mut app, &id, Ok("PENDING"));
        }
    }

    app.update(ctrl('p'));
    app.update(key(KeyCode::Down));
    assert_eq!(
        checks(&app.update(key(KeyCode::Char('r')))),
        ["1"],
        "r checks the selected one now"
    );
}

#[test]
fn expired_then_g_makes_a_fresh_link_with_the_same_details() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    answer(&mut app, "7", Ok("EXPIRED"));
    assert_eq!(app.payments[0].status_label(app.now), "EXPIRED");
    assert!(app.notice.as_ref().unwrap().text.contains("press g"));
    app.update(key(KeyCode::Char('n')));
    app.update(Msg::Key(KeyEvent::new(
        KeyCode::Char('p'),
        KeyModifiers::CONTROL,
    )));
    app.update(key(KeyCode::Enter));
    let effects = app.update(key(KeyCode::Char('g')));
    let [Effect::Create { payment, .. }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(payment.customer, "ana@example.com");
    assert_eq!(payment.amount, Decimal::new(1250, 2));
    assert!(app.confirm.is_none(), "an expired link is no duplicate");
    assert_eq!(
        app.form.product.value(),
        "Coffee beans",
        "the form shows what is being made"
    );
}

// ---- guards ---------------------------------------------------------------------------

#[test]
fn a_large_amount_asks_first_and_sends_nothing_until_yes() {
    let mut app = app();
    type_text(&mut app, "1500");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "ana@example.com");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "Laptop");
    assert!(app.update(key(KeyCode::Enter)).is_empty());
    assert_eq!(app.confirm.as_ref().unwrap().kind, ConfirmKind::LargeAmount);
    assert!(
        app.update(key(KeyCode::Char('x'))).is_empty(),
        "other keys do nothing"
    );
    assert!(app.update(key(KeyCode::Char('n'))).is_empty());
    assert!(app.confirm.is_none());
    assert_eq!(app.form.amount.value(), "1500", "the form is kept");
    app.update(key(KeyCode::Enter));
    let effects = app.update(key(KeyCode::Char('y')));
    assert!(
        matches!(&effects[..], [Effect::Create { payment, .. }] if payment.amount == Decimal::from(1500))
    );
}

#[test]
fn exactly_the_limit_needs_no_confirmation() {
    let mut app = app();
    type_text(&mut app, "1000");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "ana@example.com");
    app.update(key(KeyCode::Tab));
    type_text(&mut app, "Laptop");
    assert_eq!(app.update(key(KeyCode::Enter)).len(), 1);
}

#[test]
fn the_same_sale_within_ten_minutes_asks_create_another() {
    let mut app = with_payment("7");
    app.update(key(KeyCode::Char('n')));
    app.now += Duration::from_secs(125);
    fill(&mut app);
    assert!(app.update(key(KeyCode::Enter)).is_empty());
    let Some(Confirm {
        kind: ConfirmKind::Duplicate { order_id, ago },
        ..
    }) = &app.confirm
    else {
        panic!("{:?}", app.confirm)
    };
    assert_eq!((order_id.as_str(), ago.as_secs()), ("7", 125));
    assert!(app.update(key(KeyCode::Esc)).is_empty());
    assert!(app.confirm.is_none());
    app.update(key(KeyCode::Enter));
    assert_eq!(app.update(key(KeyCode::Char('y'))).len(), 1);
}

#[test]
fn a_different_sale_or_an_old_one_asks_nothing() {
    let mut app = with_payment("7");
    app.update(key(KeyCode::Char('n')));
    fill(&mut app);
    app.update(key(KeyCode::Backspace));
    assert_eq!(app.update(key(KeyCode::Enter)).len(), 1, "another product");

    let mut app = with_payment("7");
    app.update(key(KeyCode::Char('n')));
    app.now += Duration::from_secs(601);
    app.wall += Duration::from_secs(601);
    fill(&mut app);
    let effects = app.update(key(KeyCode::Enter));
    assert!(
        matches!(effects[..], [Effect::Create { .. }]),
        "eleven minutes later: {effects:?}"
    );
}

#[test]
fn a_large_duplicate_asks_both_questions() {
    let mut app = app();
    let big = |app: &mut App| {
        type_text(app, "2000");
        app.update(key(KeyCode::Tab));
        type_text(app, "ana@example.com");
        app.update(key(KeyCode::Tab));
        type_text(app, "TV");
        app.update(key(KeyCode::Enter))
    };
    big(&mut app);
    let effects = app.update(key(KeyCode::Char('y')));
    let [Effect::Create { request, .. }] = effects[..] else {
        panic!()
    };
    app.update(Msg::Created {
        request,
        result: Ok(created("3")),
    });
    app.update(key(KeyCode::Char('n')));
    big(&mut app);
    assert_eq!(app.confirm.as_ref().unwrap().kind, ConfirmKind::LargeAmount);
    assert!(app.update(key(KeyCode::Char('y'))).is_empty());
    assert!(matches!(
        app.confirm.as_ref().unwrap().kind,
        ConfirmKind::Duplicate { .. }
    ));
    assert_eq!(app.update(key(KeyCode::Char('y'))).len(), 1);
}

// ---- history views -------------------------------------------------------------------

use crate::ledger::{LedgerEntry, Loaded, PaymentRecord};
use crate::msg::{ServerPage, ServerQuery};

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

#[test]
fn all_local_filters_and_brings_an_earlier_payment_back() {
    let mut app = history_with(vec![
        ledger_entry(1, "Green tea"),
        ledger_entry(2, "Coffee"),
    ]);
    app.update(key(KeyCode::Char('v')));
    assert_eq!(app.view, HistoryView::Local);
    assert_eq!(app.local.matches, [1, 0], "newest first");
    app.update(key(KeyCode::Char('/')));
    type_text(&mut app, "tea");
    app.update(key(KeyCode::Enter));
    assert_eq!(app.local.matches, [0]);
    let copy = app.update(key(KeyCode::Char('c')));
    assert!(matches!(&copy[..], [Effect::Copy { text, .. }] if text.ends_with("/checkout/1")));

    // Enter: on screen again, and followed again: it may still be paid.
    let effects = app.update(key(KeyCode::Enter));
    assert_eq!(checks(&effects), ["1"]);
    assert_eq!(app.focus, Pane::Payment);
    assert_eq!(app.shown_payment().unwrap().request.product, "Green tea");
}

#[test]
fn a_new_link_joins_all_local_and_a_status_change_is_recorded_there() {
    let mut app = history_with(vec![ledger_entry(1, "Green tea")]);
    app.update(key(KeyCode::Esc));
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("7")),
    });
    assert_eq!(app.local.entries.len(), 2);
    advance(&mut app, 3);
    answer(&mut app, "7", Ok("SUCCESS"));
    assert_eq!(app.local.entries[1].status, PaymentStatus::Success);
}

#[test]
fn a_link_that_could_not_be_recorded_is_still_shown_with_a_warning() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    let mut made = created("7");
    made.unrecorded = Some("No space left on device".into());
    app.update(Msg::Created {
        request,
        result: Ok(made),
    });
    assert!(app.shown_payment().is_some());
    let notice = app.notice.as_ref().unwrap();
    assert_eq!(notice.kind, NoticeKind::Error);
    assert!(notice.text.contains("could not be written to the ledger"));
}

#[test]
fn the_server_view_pages_and_asks_for_date_ranges() {
    let mut app = history_with(vec![]);
    app.update(key(KeyCode::Char('v')));
    let effects = app.update(key(KeyCode::Char('v')));
    let [
        Effect::FetchServer {
            request,
            query: ServerQuery::Recent { offset: 0 },
        },
    ] = effects[..]
    else {
        panic!("{effects:?}")
    };
    let full_page: Vec<crate::api::Order> = (0..SERVER_PAGE)
        .map(|i| crate::api::Order {
            id: OrderId::parse(&i.to_string()).unwrap(),
            amount: None,
            currency: None,
            customer: None,
            product: None,
            hook_url: None,
            status: None,
        })
        .collect();
    app.update(Msg::ServerFetched {
        request,
        result: Ok(ServerPage {
            orders: full_page,
            total: None,
        }),
    });
    let effects = app.update(key(KeyCode::Char('n')));
    assert!(matches!(
        effects[..],
        [Effect::FetchServer {
            query: ServerQuery::Recent { offset: 20 },
            ..
        }]
    ));

    app.update(key(KeyCode::Char('d')));
    app.update(ctrl('u'));
    type_text(&mut app, "2026-11-01");
    app.update(key(KeyCode::Tab));
    let effects = app.update(key(KeyCode::Enter));
    let [
        Effect::FetchServer {
            query: ServerQuery::Range { from, to },
            ..
        },
    ] = effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (from.to_string(), to.to_string()),
        ("2026-11-01".into(), "2026-11-26".into())
    );
}

#[test]
fn e_exports_the_view_on_screen() {
    let mut app = history_with(vec![
        ledger_entry(1, "Green tea"),
        ledger_entry(2, "Coffee"),
    ]);
    app.update(key(KeyCode::Char('v')));
    let effects = app.update(key(KeyCode::Char('e')));
    let [
        Effect::Export {
            view: "local",
            table,
        },
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0][6], "Coffee", "newest first, as on screen");
}
