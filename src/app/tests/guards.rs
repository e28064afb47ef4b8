//! The large-amount and duplicate guards.

use super::*;

/// A sale above `confirm_above`: 1500 for a laptop.
fn fill_large(app: &mut App) {
    type_text(app, "1500");
    app.update(key(KeyCode::Tab));
    type_text(app, "ana@example.com");
    app.update(key(KeyCode::Tab));
    type_text(app, "Laptop");
}

#[test]
fn a_large_amount_asks_first_and_sends_nothing_until_yes() {
    let mut app = app();
    fill_large(&mut app);
    assert!(app.update(key(KeyCode::Enter)).is_empty());
    let confirm = app.confirm.as_ref().unwrap();
    assert!(confirm.large && confirm.duplicate.is_none());
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
        large: false,
        duplicate: Some(earlier),
        ..
    }) = &app.confirm
    else {
        panic!("{:?}", app.confirm)
    };
    assert_eq!(
        (earlier.order_id.as_str(), earlier.ago.as_secs()),
        ("7", 125)
    );
    assert_eq!(earlier.status, PaymentStatus::Pending, "what became of it");
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
fn a_large_duplicate_asks_once_with_both_reasons() {
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
    answer(&mut app, "3", Ok("SUCCESS"));
    big(&mut app);
    let confirm = app.confirm.as_ref().unwrap();
    assert!(confirm.large, "{confirm:?}");
    assert_eq!(
        confirm.duplicate.as_ref().map(|d| d.status.clone()),
        Some(PaymentStatus::Success),
        "the earlier one was paid"
    );
    assert_eq!(
        app.update(key(KeyCode::Char('y'))).len(),
        1,
        "one y sends it"
    );
}

#[test]
fn a_question_clears_the_message_from_before() {
    let mut app = with_payment("7");
    assert!(app.notice.is_some(), "'Payment link created'");
    app.update(key(KeyCode::Char('n')));
    app.notify(NoticeKind::Info, "Exporting 3 row(s)…");
    fill(&mut app);
    app.update(key(KeyCode::Enter));
    assert!(app.confirm.is_some());
    assert_eq!(app.notice, None, "nothing stale under the question");
}

#[test]
fn a_window_too_small_to_show_the_question_sends_nothing() {
    for rows in 1..=5 {
        let mut app = app();
        app.update(Msg::Resize {
            width: 80,
            height: rows,
        });
        // A whole large sale and its "yes", typed blind.
        let mut effects = Vec::new();
        for text in ["1500", "\t", "a@b.co", "\t", "Laptop", "\r", "y", "\r", "y"] {
            for c in text.chars() {
                let code = match c {
                    '\t' => KeyCode::Tab,
                    '\r' => KeyCode::Enter,
                    c => KeyCode::Char(c),
                };
                effects.extend(app.update(key(code)));
            }
        }
        effects.extend(app.update(Msg::Paste("ana@example.com".into())));
        assert!(effects.is_empty(), "{rows} rows: {effects:?}");
        assert!(app.confirm.is_none());
        assert_eq!(app.form.amount.value(), "", "nothing typed blind");
        // F1 and q still act.
        app.update(key(KeyCode::F(1)));
        assert!(app.help);
        app.update(key(KeyCode::F(1)));
        assert_eq!(app.update(key(KeyCode::Char('q'))), [Effect::Quit]);
    }
    // Large enough again: keys act as before.
    let mut app = app();
    app.update(Msg::Resize {
        width: 10,
        height: 3,
    });
    app.update(Msg::Resize {
        width: crate::app::MIN_SIZE.0,
        height: crate::app::MIN_SIZE.1,
    });
    type_text(&mut app, "12");
    assert_eq!(app.form.amount.value(), "12");
}

#[test]
fn a_question_waiting_when_the_window_shrinks_waits_for_it_to_grow() {
    let mut app = app();
    fill_large(&mut app);
    app.update(key(KeyCode::Enter));
    assert!(app.confirm.is_some());
    app.update(Msg::Resize {
        width: 120,
        height: 4,
    });
    assert!(app.update(key(KeyCode::Char('y'))).is_empty(), "unseen: no");
    assert!(app.confirm.is_some(), "still asked");
    app.update(Msg::Resize {
        width: 120,
        height: 40,
    });
    let effects = app.update(key(KeyCode::Char('y')));
    assert!(
        matches!(&effects[..], [Effect::Create { .. }]),
        "{effects:?}"
    );
}

#[test]
fn the_topmost_layer_has_the_keys_and_dialogs_stack_in_one_order() {
    let mut app = app();
    assert_eq!(app.layer(), Layer::Pane(Pane::Form));
    app.present = true;
    assert_eq!(app.layer(), Layer::Present);
    app.help = true;
    assert_eq!(app.layers(), [Layer::Present, Layer::Help]);
    assert_eq!(app.layer(), Layer::Help);
    // A question is answered before anything else opens over it.
    let mut app = super::app();
    fill_large(&mut app);
    app.update(key(KeyCode::Enter));
    assert_eq!(app.layer(), Layer::Confirm);
    app.update(key(KeyCode::F(1)));
    assert_eq!(app.layer(), Layer::Confirm, "a question is answered first");
}
