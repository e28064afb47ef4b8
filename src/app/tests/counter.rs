//! The counter's speed: catalogue keys, the picker, the cart, tips, walk-ins, hooks.

use super::*;
use crate::hooks::{Call, HookEvent, Hooks};
use fixtures::press;

fn shop() -> App {
    fixtures::app_with(fixtures::shop_config(), "")
}

fn f(n: u8) -> Msg {
    key(KeyCode::F(n))
}

/// The create Enter sends once the tip is chosen with `choice`.
fn tip_and_send(app: &mut App, choice: char) -> NewPayment {
    assert_eq!(
        app.update(key(KeyCode::Enter)),
        vec![],
        "the tip is asked first"
    );
    assert!(app.tip.is_some());
    match app.update(key(KeyCode::Char(choice))).as_slice() {
        [Effect::Create { payment, .. }] => payment.clone(),
        other => panic!("expected a create, got {other:?}"),
    }
}

#[test]
fn two_flat_whites_and_a_croissant_with_15_percent_in_four_keys_and_the_tip_key() {
    let mut app = shop();
    app.update(f(5));
    app.update(f(5));
    app.update(f(6));
    let payment = tip_and_send(&mut app, '2');
    assert_eq!(payment.amount, Decimal::new(1403, 2), "12.20 + 1.83");
    assert_eq!(payment.subtotal(), Decimal::new(1220, 2));
    assert_eq!(payment.extras.tip, Some(Decimal::new(183, 2)));
    assert_eq!(payment.product, "2× Flat white, Croissant");
    assert_eq!(payment.extras.items.len(), 2);
    assert!(payment.extras.walk_in, "no email typed: a walk-in");
    assert_eq!(payment.customer, "front-1+{seq}@shop.example");
}

#[test]
fn the_tip_dialog_shows_each_preset_and_goes_back_with_esc() {
    let mut app = shop();
    app.update(f(6));
    app.update(f(6));
    app.update(f(5));
    press(&mut app, KeyCode::Enter);
    let choices = app.tip_choices();
    assert_eq!(
        choices[1].tip,
        Decimal::new(164, 2),
        "15% of 10.90, half up"
    );
    assert_eq!(choices[1].total, Decimal::new(1254, 2));
    // Esc: back to the form, nothing sent, the cart as it was.
    assert_eq!(press(&mut app, KeyCode::Esc), vec![]);
    assert!(app.tip.is_none());
    assert_eq!(app.form.cart.total(), Decimal::new(1090, 2));
    // 0: no tip.
    let payment = tip_and_send(&mut app, '0');
    assert_eq!(payment.amount, Decimal::new(1090, 2));
    assert_eq!(payment.extras.tip, Some(Decimal::ZERO));
}

#[test]
fn a_tip_of_ones_own_as_a_percent_or_an_amount() {
    let mut app = shop();
    app.update(f(5));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "lots");
    assert_eq!(press(&mut app, KeyCode::Enter), vec![]);
    let error = app.tip.as_ref().and_then(|t| t.error.clone()).unwrap();
    assert!(error.contains("or a percent"), "{error}");
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "1,00");
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::Create { payment, .. }] = effects.as_slice() else {
        panic!("sent: {effects:?}")
    };
    assert_eq!(payment.amount, Decimal::new(550, 2));
    assert_eq!(payment.extras.tip, Some(Decimal::ONE));
}

#[test]
fn the_cart_on_the_amount_line() {
    let mut app = shop();
    app.update(f(5));
    app.update(f(6));
    assert_eq!(app.form.cart.selected, 1, "the line just added");
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::Char('-'));
    assert_eq!(app.form.cart.lines.len(), 1, "at zero the line goes");
    assert_eq!(app.form.cart.total(), Decimal::new(640, 2));
    // Digits do not type into an amount the cart stands for.
    press(&mut app, KeyCode::Char('9'));
    assert_eq!(app.form.amount.value(), "");
    press(&mut app, KeyCode::Char('n'));
    assert!(app.form.cart.is_empty(), "n empties the cart");
    // Without a cart the form works as before.
    type_text(&mut app, "7");
    assert_eq!(app.form.amount.value(), "7");
}

#[test]
fn the_picker_finds_by_words_and_adds_one_per_enter() {
    let mut app = shop();
    app.update(ctrl('k'));
    assert!(app.picker.is_some());
    type_text(&mut app, "te");
    let names: Vec<&str> = app.picked_items().iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Flat white", "Tea"]);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(app.picker.is_none());
    assert_eq!(crate::payment::product_of(&app.form.cart.lines), "2× Tea");
    // A key with no item says so.
    app.update(f(9));
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("F9 has no catalogue item")
    );
}

#[test]
fn without_presets_or_walk_in_the_form_works_as_today() {
    let mut app = fixtures::app();
    type_text(&mut app, "12,50");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Tea");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.form.error(Field::Customer).map(|e| e.contains("email")),
        Some(true)
    );
    assert_eq!(
        app.form.focus,
        Field::Customer,
        "the field at fault has the cursor"
    );
    type_text(&mut app, "ana@example.com");
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::Create { payment, .. }] = effects.as_slice() else {
        panic!("sent without a tip question: {effects:?}")
    };
    assert_eq!(payment.amount, Decimal::new(1250, 2), "12,50 is 12.50");
}

#[test]
fn paid_and_expired_ring_differently_and_run_their_hooks() {
    let mut config = fixtures::shop_config();
    config.selling.hooks = Hooks {
        on_created: Some(vec!["created".into()]),
        on_paid: Some(vec!["drawer".into(), "--pulse".into()]),
        on_expired: None,
    };
    let mut app = fixtures::app_with(config, "");
    app.update(f(5));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('2'));
    let effects = fixtures::answer_create(&mut app, "1", "https://pay.example/1", START);
    let hook = |effects: &[Effect]| -> Option<Call> {
        effects.iter().find_map(|e| match e {
            Effect::RunHook(call) => Some(call.clone()),
            _ => None,
        })
    };
    let created = hook(&effects).expect("on_created");
    assert_eq!(created.event, HookEvent::Created);
    let paid = answer(&mut app, "1", Ok("SUCCESS"));
    assert!(paid.contains(&Effect::Bell(1)), "{paid:?}");
    let call = hook(&paid).expect("on_paid");
    assert_eq!(call.command, ["drawer", "--pulse"]);
    let env: std::collections::HashMap<_, _> = call.env.into_iter().collect();
    assert_eq!(env["LUXPAY_TIP"], "0.68", "15% of 4.50, half up");
    assert_eq!(env["LUXPAY_AMOUNT"], "5.18");
    assert_eq!(env["LUXPAY_STATUS"], "PAID");
    // A hook that fails is said once, then only logged.
    let failed = || Msg::HookFailed {
        event: HookEvent::Paid,
        reason: "on_paid failed (exit status: 1)".into(),
    };
    app.update(failed());
    assert!(app.notice.as_ref().unwrap().text.contains("on_paid failed"));
    app.notice = None;
    app.update(failed());
    assert!(app.notice.is_none(), "said once");

    // Expired: three bells, no hook (none configured).
    let mut app = shop();
    app.update(f(6));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('0'));
    fixtures::answer_create(&mut app, "2", "https://pay.example/2", START);
    let expired = answer(&mut app, "2", Ok("EXPIRED"));
    assert!(expired.contains(&Effect::Bell(3)), "{expired:?}");
    assert!(hook(&expired).is_none());
    // The runner rings one and hands the rest back: they are rung in turn.
    assert_eq!(app.update(Msg::BellDue(2)), [Effect::Bell(2)]);
}

#[test]
fn p_prints_a_slip_then_the_receipt_prints_itself_when_paid() {
    use crate::printer::{Print, Printer, QrMode, Target};
    let mut config = fixtures::shop_config();
    config.selling.printer = Some(Printer {
        target: Target::Tcp("127.0.0.1".into(), 9100),
        width_mm: 58,
        qr: QrMode::Native,
        shop_name: "Luxe Café".into(),
        footer: String::new(),
        on_paid: true,
        codepage: Default::default(),
    });
    let mut app = fixtures::app_with(config, "");
    app.update(f(6));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('0'));
    fixtures::answer_create(&mut app, "1", "https://pay.example/1", START);
    let effects = press(&mut app, KeyCode::Char('p'));
    assert!(
        matches!(effects.as_slice(), [Effect::Print(Print::Slip(r))] if r.order_id.as_str() == "1"),
        "{effects:?}"
    );
    // The printer is off: a message, and p again tries again.
    app.update(Msg::Printed {
        order_id: OrderId::parse("1").unwrap(),
        word: "slip",
        result: Err("tcp://127.0.0.1:9100: Connection refused".into()),
    });
    let notice = app.notice.as_ref().unwrap().text.clone();
    assert_eq!(
        notice,
        "Not printed: tcp://127.0.0.1:9100: Connection refused — p to retry"
    );
    let paid = answer(&mut app, "1", Ok("SUCCESS"));
    assert!(
        paid.iter().any(
            |e| matches!(e, Effect::Print(Print::Receipt(r, _)) if r.order_id.as_str() == "1")
        ),
        "{paid:?}"
    );
    // Printed: the PAID news stays, with the receipt added to it.
    app.update(Msg::Printed {
        order_id: OrderId::parse("1").unwrap(),
        word: "receipt",
        result: Ok(()),
    });
    let notice = &app.notice.as_ref().unwrap().text;
    assert!(
        notice.starts_with("Order 1 is PAID") && notice.ends_with("· receipt printed"),
        "{notice}"
    );

    // Without a printer, p says how to set one.
    let mut app = shop();
    app.update(f(6));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('0'));
    fixtures::answer_create(&mut app, "1", "https://pay.example/1", START);
    assert_eq!(press(&mut app, KeyCode::Char('p')), vec![]);
    assert!(app.notice.as_ref().unwrap().text.contains("No printer"));
}
