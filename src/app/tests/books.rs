//! The books in the app: cash with its change, links paused while Luxfin is offline,
//! voids and PAID AFTER VOID, refunds, and the shift opened, moved and closed on a Z,
//! each through `update` and a real ledger (the runner's book effects, `serve`).

use super::fixtures::{serve, start_on};
use super::*;
use crate::books::Kind;

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(key(code))
}

fn backspaces(app: &mut App, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Backspace);
    }
}

#[test]
fn a_cash_sale_asks_what_was_handed_over_and_shows_the_change() {
    let mut app = app();
    let (_dir, ledger) = start_on(&mut app, &[]);
    fill(&mut app);
    app.update(ctrl('t'));
    assert_eq!(app.form.method, Method::Cash);
    // Nothing goes to Luxfin: what was handed over is asked first.
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(app.layer(), Layer::Books);
    type_text(&mut app, "10");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let error = app.books.ask.as_ref().and_then(|a| a.error.clone());
    assert!(
        error
            .as_deref()
            .is_some_and(|e| e.contains("less than the total 12.50 USD")),
        "{error:?}"
    );
    backspaces(&mut app, 2);
    type_text(&mut app, "20");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::RecordCash { payment, operator: None }]
            if payment.extras.tendered == Some(Decimal::new(20, 0))),
        "{effects:?}"
    );
    let rest = serve(&mut app, &ledger, effects);
    let shown = app.shown_payment().expect("the sale on screen");
    assert_eq!(shown.record.order_id.as_str(), "C-front-1-1");
    assert_eq!(shown.status, PaymentStatus::Success);
    assert_eq!(app.focus, Pane::Payment);
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("change 7.50 USD"), "{notice}");
    assert!(notice.contains("a shift was opened"), "{notice}");
    // Its paid actions are asked for, as a link's are, and the X report holds it.
    assert!(
        rest.iter()
            .any(|e| matches!(e, Effect::FinalActions { status, .. } if *status == PaymentStatus::Success)),
        "{rest:?}"
    );
    let shift = app.books.shift.as_ref().expect("the shift read");
    assert_eq!(shift.paid.len(), 1);
    // Esc in the question writes nothing.
    app.update(ctrl('t'));
    app.focus = Pane::Form;
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.layer(), Layer::Books);
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(app.books.ask.is_none());
}

#[test]
fn while_luxfin_does_not_answer_links_wait_and_cash_goes_on() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Err(ApiError::Timeout(Duration::from_secs(20))),
    });
    assert!(
        app.books.offline_since.is_some(),
        "the OFFLINE banner shows"
    );
    // A link is not sent to wait out another timeout…
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Create { .. })),
        "{effects:?}"
    );
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("Offline") && notice.contains("Cash goes on"),
        "{notice}"
    );
    // …cash goes on…
    app.update(ctrl('t'));
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::RecordCash { .. }]),
        "{effects:?}"
    );
    // …and a moment later Luxfin is tried again; its answer ends the banner.
    advance(&mut app, 16);
    app.form.method = Method::Paypal;
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(created("8")),
    });
    assert_eq!(app.books.offline_since, None);
}

/// The app with link 7 on screen, recorded in a ledger as the runner would have.
pub(super) fn with_link_in_ledger() -> (App, crate::ledger::Ledger, tempfile::TempDir) {
    let app = with_payment("7");
    let (dir, ledger) = fixtures::ledger_with(&[]);
    let record = app.shown_payment().expect("link 7").record.clone();
    ledger
        .append(&crate::ledger::Record::Payment(record))
        .expect("recorded");
    (app, ledger, dir)
}

#[test]
fn a_voided_link_paid_even_so_is_said_until_dismissed_with_three_bells() {
    let (mut app, ledger, _dir) = with_link_in_ledger();
    app.config.selling.hooks.on_paid = Some(vec!["drawer".into()]);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.layer(), Layer::Books);
    // A void says why.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(app.books.ask.as_ref().is_some_and(|a| a.error.is_some()));
    type_text(&mut app, "left");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Book { event, check: crate::books::Check::Voidable }]
            if event.kind == Kind::Void && event.reason == "left"),
        "{effects:?}"
    );
    serve(&mut app, &ledger, effects);
    let shown = app.shown_payment().expect("link 7");
    assert!(shown.voided_at.is_some());
    // Voided: listed so, and no longer shown to the customer.
    assert_eq!(shown.status_in_list(app.now), "VOIDED");
    assert_eq!(
        app.mirror_state(),
        crate::mirror::MirrorState::Idle {
            shop: app.config.selling.shop_name.clone()
        }
    );
    // The customer pays it even so: counted as paid, said until dismissed, three bells,
    // and on_paid told it was voided.
    let effects = answer(&mut app, "7", Ok("SUCCESS"));
    assert!(effects.contains(&Effect::Bell(3)), "{effects:?}");
    let voided_hook = effects.iter().any(|e| {
        matches!(e, Effect::RunHook(call)
            if call.env.contains(&("LUXPAY_VOIDED", "1".to_string())))
    });
    assert!(voided_hook, "{effects:?}");
    let alert = app.books.alert.clone().unwrap_or_default();
    assert!(alert.starts_with("PAID AFTER VOID: order 7"), "{alert}");
    assert_eq!(app.layer(), Layer::Shown);
    // Other keys do not dismiss it; Esc does.
    press(&mut app, KeyCode::Char('n'));
    assert!(app.books.alert.is_some());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.books.alert, None);
}

#[test]
fn a_paid_sale_is_refunded_not_voided_and_the_ledger_fills_in_what_is_left() {
    let mut app = app();
    let (_dir, ledger) = start_on(&mut app, &[]);
    fill(&mut app);
    app.update(ctrl('t'));
    // Cash, nothing handed over said: recorded at once.
    for _ in 0..2 {
        let effects = press(&mut app, KeyCode::Enter);
        serve(&mut app, &ledger, effects);
    }
    press(&mut app, KeyCode::Char('x'));
    assert!(app.books.ask.is_none(), "a paid sale is not voided");
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("press m to refund"), "{notice}");
    press(&mut app, KeyCode::Char('m'));
    // The tender is chosen with → ; an empty amount is all that is left.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "spilt");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Book { event, check: crate::books::Check::Refundable(None) }]
            if event.tender == Some(crate::books::Tender::Other)),
        "{effects:?}"
    );
    serve(&mut app, &ledger, effects);
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("Refunded 12.50 USD of order C-front-1-1"),
        "{notice}"
    );
    // Nothing is left to refund.
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "again");
    let effects = press(&mut app, KeyCode::Enter);
    serve(&mut app, &ledger, effects);
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("refunded in full already"), "{notice}");
    // Refused, the question is back as it was typed, saying why: nothing typed is lost.
    let ask = app.books.ask.as_ref().expect("the refund asked again");
    assert!(matches!(ask.asking, Asking::Refund(_)));
    assert_eq!(ask.reason.value(), "again");
    let error = ask.error.clone().unwrap_or_default();
    assert!(error.contains("refunded in full already"), "{error}");
    assert_eq!(app.layer(), Layer::Books);
    press(&mut app, KeyCode::Esc);
    assert!(app.books.ask.is_none() && app.books.sent.is_none());
}

#[test]
fn the_summary_view_opens_the_shift_moves_cash_and_closes_it_on_a_z() {
    let mut app = app();
    let (_dir, ledger) = start_on(&mut app, &[]);
    let act = |app: &mut App, keys: &str| {
        for c in keys.chars() {
            let code = if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            };
            let effects = press(app, code);
            serve(app, &ledger, effects);
        }
    };
    app.update(ctrl('p'));
    while app.view != HistoryView::Summary {
        act(&mut app, "v");
    }
    act(&mut app, "s100\n");
    let opening = app.books.shift.as_ref().and_then(|p| p.opening().cloned());
    assert_eq!(opening.and_then(|o| o.amount), Some(Decimal::new(100, 0)));
    act(&mut app, "s50\n");
    let notice = app
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("a shift is open"), "{notice}");
    // The float asked again as it was typed; Esc gives it up.
    assert_eq!(app.books.ask.as_ref().map(|a| a.amount.value()), Some("50"));
    press(&mut app, KeyCode::Esc);
    // More out than the drawer should hold (100): said once, with what it holds; Enter
    // again on the same amount takes it out.
    act(&mut app, "o150\nbank\n");
    let ask = app.books.ask.as_ref().expect("asked again");
    let error = ask.error.clone().unwrap_or_default();
    assert!(
        error.contains("should hold only 100.00 USD") && error.contains("150.00 USD anyway"),
        "{error}"
    );
    assert_eq!(ask.reason.value(), "bank");
    act(&mut app, "\n");
    let expected = app.books.x.as_ref().map(|x| x.cash.expected.clone());
    assert_eq!(
        expected.as_deref(),
        Some("-50.00"),
        "taken out: the count will say"
    );
    act(&mut app, "i150\nback\n");
    act(&mut app, "o20\nbank\n");
    act(&mut app, "i5\nchange\n");
    act(&mut app, "Z80\n");
    let z = app.books.closed.clone().expect("the Z on screen");
    assert_eq!(z.number, Some(1));
    assert_eq!(z.cash.expected, "85.00");
    assert_eq!(z.cash.counted.as_deref(), Some("80.00"));
    assert_eq!(z.cash.difference.as_deref(), Some("-5.00"));
    assert_eq!(app.layer(), Layer::Shown);
    act(&mut app, "\n");
    assert_eq!(app.books.closed, None);
    // The next period is empty: no shift open until a sale or `s`.
    assert!(
        app.books
            .shift
            .as_ref()
            .is_some_and(|p| p.opening().is_none())
    );
}
