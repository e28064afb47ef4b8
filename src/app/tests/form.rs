//! The form, creating a link, copying, keys.

use super::*;

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
    assert!(
        app.form
            .fields()
            .into_iter()
            .all(|f| app.form.error(f).is_none())
    );
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
    assert_eq!(
        submit(&mut app),
        RequestId(request.0 + 1),
        "it can be sent again"
    );
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
        app.shown_payment().unwrap().record.order_url,
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
    app.form.currency = Currency::Eur;
    app.update(key(KeyCode::Char('n')));
    assert_eq!(app.focus, Pane::Form);
    assert_eq!(app.form.amount.value(), "");
    assert_eq!(app.form.product.value(), "");
    assert_eq!(app.form.method, Method::Card, "the method is kept");
    assert_eq!(
        app.form.currency,
        Currency::Usd,
        "the currency goes back to the configured one"
    );
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
    assert_eq!(
        app.payments[0].record.order_id.as_str(),
        "2",
        "newest first"
    );

    app.update(key(KeyCode::Down));
    assert_eq!(app.session.selected, 1);
    app.update(key(KeyCode::Down));
    assert_eq!(app.session.selected, 1, "stays on the last row");
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
    assert_eq!(app.form.method, Method::Cash);
    assert_eq!(app.form.currency, Currency::Eur, "cash takes any currency");
    assert!(app.form.fields().contains(&Field::Currency));
    app.update(key(KeyCode::Right));
    assert_eq!(app.form.method, Method::Paypal);
    assert_eq!(app.form.currency, Currency::Usd, "PayPal takes USD only");
}

#[test]
fn paste_goes_into_the_field_on_one_line() {
    let mut app = app();
    app.form.focus = Field::Product;
    app.update(Msg::Paste("Tea\nset\u{1b}[2J".into()));
    assert_eq!(app.form.product.value(), "Tea set");
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
