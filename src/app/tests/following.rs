//! Following payments: polling, backoff, PAID, EXPIRED.

use super::*;

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
    assert_eq!(app.payments[0].status_label(app.now), "PENDING 0:13");
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
        let later = app.moment().after(due - app.now);
        assert_eq!(checks(&app.update(Msg::Tick(later))), ["7"]);
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
        source: crate::ledger::Source::Poll,
    };
    assert_eq!(
        answer(&mut app, "7", Ok("SUCCESS")),
        [record, Effect::Bell(1)],
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
    assert!(!effects.contains(&Effect::Bell(1)), "{effects:?}");
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

#[test]
fn a_status_the_server_refuses_says_why_is_asked_again_slowly_and_r_reports() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    let refused = ApiError::Rejected {
        status: 400,
        message: "no payment with that payment_id".into(),
    };
    answer(&mut app, "7", Err(refused.clone()));
    let p = &app.payments[0];
    assert_eq!(
        p.poll.error,
        Some(crate::app::CheckError::Refused(
            "no payment with that payment_id".into()
        ))
    );
    assert_eq!(
        p.poll.due.duration_since(app.now),
        crate::app::status::REFUSED_PAUSE,
        "a refusal is not retried in seconds"
    );
    assert!(checks(&advance(&mut app, 60)).is_empty());

    // r asks at once and says what it found, whatever it was.
    assert_eq!(checks(&app.update(key(KeyCode::Char('r')))), ["7"]);
    answer(&mut app, "7", Err(refused));
    let notice = app.notice.clone().unwrap().text;
    assert!(
        notice.contains("no payment with that payment_id"),
        "{notice}"
    );

    assert_eq!(checks(&app.update(key(KeyCode::Char('r')))), ["7"]);
    answer(&mut app, "7", Ok("PENDING"));
    let notice = app.notice.clone().unwrap().text;
    assert!(notice.contains("Order 7: PENDING"), "{notice}");
    assert_eq!(app.payments[0].poll.error, None);
}

/// An announcement of the shared ledger (a webhook, another till) for order `id`.
fn announce(app: &mut App, id: &str, status: &str) -> Vec<Effect> {
    let announced = crate::shared::Announced {
        api_host: app.config.api_host.clone(),
        order_id: OrderId::parse(id).unwrap(),
        status: PaymentStatus::from_wire(status),
        at: "2026-11-26T12:02:00Z".parse().unwrap(),
    };
    app.update(Msg::Announced(announced))
}

/// Bells rung and hooks run by these effects, once the runner has claimed them.
fn bells_and_hooks(effects: &[Effect]) -> (u8, usize) {
    let (mut bells, mut hooks) = (0, 0);
    for e in effects {
        match e {
            Effect::Bell(n) => bells += n,
            Effect::RunHook(_) => hooks += 1,
            Effect::FinalActions { .. } => panic!("claim them first: {e:?}"),
            _ => {}
        }
    }
    (bells, hooks)
}

#[test]
fn paid_is_final_and_its_actions_run_once_whatever_answers_late() {
    // The sequence seen in the shop: a check in flight, the webhook's PAID announced,
    // the check's late PENDING answer, then another answer saying PAID again.
    let mut app = with_payment("7");
    app.config.selling.hooks.on_paid = Some(vec!["drawer".into()]);
    let asked = advance(&mut app, 3);
    let [Effect::CheckStatus { check, .. }] = asked[..] else {
        panic!("{asked:?}")
    };
    let announced = announce(&mut app, "7", "SUCCESS");
    let mut effects = claimed(&mut app, announced);
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::RecordStatus {
                source: crate::ledger::Source::Shared,
                ..
            }
        )),
        "recorded with its real source: {effects:?}"
    );
    let late = answer_check(&mut app, "7", check, Ok("PENDING"));
    assert!(late.is_empty(), "a late PENDING changes nothing: {late:?}");
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert!(app.notice.as_ref().unwrap().text.contains("PAID"));
    assert!(
        checks(&advance(&mut app, 600)).is_empty(),
        "PAID is not followed"
    );
    let again = answer_check(&mut app, "7", check + 1, Ok("SUCCESS"));
    effects.extend(claimed(&mut app, again));
    let again = announce(&mut app, "7", "SUCCESS");
    effects.extend(claimed(&mut app, again));
    // A forged or confused source cannot move it either.
    for word in ["EXPIRED", "PENDING", "weird"] {
        assert!(announce(&mut app, "7", word).is_empty(), "{word}");
        assert_eq!(app.payments[0].status, PaymentStatus::Success, "{word}");
    }
    assert_eq!(bells_and_hooks(&effects), (1, 1), "{effects:?}");
}

#[test]
fn an_open_answer_asked_before_the_last_change_is_ignored_a_final_one_is_not() {
    let mut app = with_payment("7");
    let asked = advance(&mut app, 3);
    let [Effect::CheckStatus { check, .. }] = asked[..] else {
        panic!("{asked:?}")
    };
    // Another source moved it on while the check was out.
    announce(&mut app, "7", "HOLD");
    assert_eq!(app.payments[0].status_label(app.now), "HOLD");
    assert!(answer_check(&mut app, "7", check, Ok("PENDING")).is_empty());
    assert_eq!(
        app.payments[0].status_label(app.now),
        "HOLD",
        "older than HOLD"
    );
    // A later check's answer is news.
    let next = checks(&advance(&mut app, 3)).len();
    assert_eq!(next, 1);
    let fresh = answer_check(&mut app, "7", check + 1, Ok("PENDING"));
    assert!(!fresh.is_empty());
    assert_eq!(app.payments[0].status, PaymentStatus::Pending);
    // Paid is the truth however old the question: never dropped as stale.
    let asked = advance(&mut app, 3);
    let [Effect::CheckStatus { check, .. }] = asked[..] else {
        panic!("{asked:?}")
    };
    announce(&mut app, "7", "HOLD");
    let paid = answer_check(&mut app, "7", check, Ok("SUCCESS"));
    let paid = claimed(&mut app, paid);
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert_eq!(bells_and_hooks(&paid).0, 1);
}

#[test]
fn expired_may_still_turn_paid_and_rings_for_each() {
    let mut app = with_payment("7");
    advance(&mut app, 3);
    let expired = answer(&mut app, "7", Ok("EXPIRED"));
    assert_eq!(bells_and_hooks(&expired).0, 3);
    let paid = announce(&mut app, "7", "SUCCESS");
    let paid = claimed(&mut app, paid);
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert_eq!(bells_and_hooks(&paid).0, 1);
}

#[test]
fn final_actions_are_asked_for_once_per_status_and_claimed_by_the_runner() {
    let mut app = with_payment("7");
    app.config.selling.hooks.on_paid = Some(vec!["drawer".into()]);
    advance(&mut app, 3);
    let effects = answer_check(&mut app, "7", 1, Ok("SUCCESS"));
    let asked: Vec<_> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::FinalActions {
                order_id,
                status,
                actions,
            } => Some((order_id.as_str(), status.clone(), actions.len())),
            _ => None,
        })
        .collect();
    // The hook and the bell, inside: nothing runs until the ledger says it is the first.
    assert_eq!(asked, [("7", PaymentStatus::Success, 2)]);
    assert_eq!(bells_and_hooks(&effects[..1]), (0, 0));
}

#[test]
fn r_asks_about_an_expired_payment_which_may_yet_be_paid_and_not_about_a_paid_one() {
    let mut app = with_payment("21");
    advance(&mut app, 3);
    answer(&mut app, "21", Ok("EXPIRED"));
    assert!(
        checks(&advance(&mut app, 600)).is_empty(),
        "not followed by itself"
    );
    app.focus = Pane::Payment;
    let asked = app.update(key(KeyCode::Char('r')));
    assert_eq!(checks(&asked), ["21"], "r asks: {asked:?}");
    let paid = answer(&mut app, "21", Ok("SUCCESS"));
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert_eq!(bells_and_hooks(&paid).0, 1);
    // Paid is final: r says so instead of asking (and leaving "Checking…" for ever).
    let again = app.update(key(KeyCode::Char('r')));
    assert!(checks(&again).is_empty());
    assert!(app.notice.as_ref().unwrap().text.contains("final"));
}

#[test]
fn a_status_the_shop_announces_for_an_order_not_on_screen_reaches_this_tills_ledger() {
    let mut app = with_payment("7");
    let effects = announce(&mut app, "99", "SUCCESS");
    assert!(
        matches!(
            &effects[..],
            [Effect::RecordStatus { order_id, status: PaymentStatus::Success, source: crate::ledger::Source::Shared, .. }]
                if order_id.as_str() == "99"
        ),
        "{effects:?}"
    );
}
