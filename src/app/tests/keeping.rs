//! What the app keeps and says when something outside it goes wrong: warnings from
//! before the screen opened, pastes past a field's limit, links the ledger did not take.

use super::*;

#[test]
fn a_warning_from_before_the_screen_opened_is_shown_in_it() {
    let mut app = app();
    app.update(Msg::Warning(
        "/home/ana/.config/luxpay/config.toml can be read by other users".into(),
    ));
    let notice = app.notice.clone().unwrap();
    assert_eq!(notice.kind, NoticeKind::Error);
    assert!(
        notice.text.contains("can be read by other users"),
        "{}",
        notice.text
    );
}

/// A 20 KB paste sent as plain typing froze the app for 28 s: every key cost as much as
/// the field held. Fields stop taking characters at their limit, typed or pasted.
#[test]
fn fields_stop_taking_characters_at_their_limit() {
    let mut app = app();
    app.update(key(KeyCode::Tab));
    app.update(key(KeyCode::Tab));
    assert_eq!(app.form.focus, Field::Product);
    for _ in 0..20_000 {
        app.update(key(KeyCode::Char('x')));
    }
    assert_eq!(app.form.product.value().chars().count(), 200);
    app.update(key(KeyCode::Backspace));
    assert_eq!(
        app.form.product.value().chars().count(),
        199,
        "other keys still edit"
    );
    app.update(Msg::Paste("y".repeat(100_000)));
    assert_eq!(app.form.product.value().chars().count(), 200);
    assert!(app.form.product.value().ends_with('y'));
    app.update(key(KeyCode::Tab));
    app.update(Msg::Paste(format!(
        "https://shop.example/{}",
        "z".repeat(100_000)
    )));
    assert_eq!(app.form.redirect_url.value().chars().count(), 2048);
}

/// The app with link 7 made and shown, and not in the ledger: its disk is full.
fn with_an_unrecorded_link() -> App {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    let mut sale = created("7");
    sale.unrecorded = Some("No space left on device".into());
    app.update(Msg::Created {
        request,
        result: Ok(sale),
    });
    app
}

/// A link the ledger did not take was shown once and never written again. Now it is kept,
/// written every few seconds, named in the title bar until it is on disk, and quitting
/// asks twice.
#[test]
fn an_unrecorded_link_is_kept_retried_and_worth_a_second_ctrl_c() {
    let mut app = with_an_unrecorded_link();
    assert!(
        app.unrecorded_banner()
            .unwrap()
            .contains("1 link NOT in the ledger")
    );
    let writes = |effects: &[Effect]| {
        effects
            .iter()
            .filter(|e| matches!(e, Effect::RecordPayment { .. }))
            .count()
    };
    assert_eq!(writes(&advance(&mut app, 1)), 0, "not before its time");
    assert_eq!(writes(&advance(&mut app, 5)), 1);
    assert_eq!(writes(&advance(&mut app, 5)), 0, "one write at a time");
    let order_id = OrderId::parse("7").unwrap();
    app.update(Msg::Recorded {
        order_id: order_id.clone(),
        result: Err("No space left on device".into()),
    });
    assert_eq!(writes(&advance(&mut app, 5)), 1, "and again");

    assert!(app.update(ctrl('c')).is_empty(), "the first Ctrl+C asks");
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .text
            .contains("not in the ledger yet")
    );
    app.update(Msg::Recorded {
        order_id,
        result: Ok(()),
    });
    assert_eq!(app.unrecorded_banner(), None);
    assert_eq!(app.update(ctrl('c')), [Effect::Quit]);
}

/// The e2e test of present mode failed now and then: a sale typed as the app started
/// was found on the server by the start's recovery before its own answer arrived,
/// said to be "recovered… whose answer was lost", and recorded without its link.
#[test]
fn the_start_asks_about_earlier_sales_in_flight_only_when_none_of_its_own_is() {
    let mut app = app();
    fill(&mut app);
    let request = submit(&mut app);
    let opened = app.update(Msg::LedgerOpened(Ok(crate::msg::Opened {
        notes: vec![],
        recent: vec![],
    })));
    assert!(
        !opened.iter().any(|e| matches!(e, Effect::Recover { .. })),
        "{opened:?}"
    );
    let made = app.update(Msg::Created {
        request,
        result: Ok(created("1")),
    });
    let asked: Vec<_> = made
        .iter()
        .filter_map(|e| match e {
            Effect::Recover { sent_before } => Some(*sent_before),
            _ => None,
        })
        .collect();
    // About sales sent before now: one sent later is stamped later (`sale::recover`).
    assert_eq!(asked, [app.wall], "asked once");
}

/// A link the ledger did not take yet has its intent open: recovery would record it
/// from Luxfin's list, without its link, so it waits until the link is written.
#[test]
fn recovery_waits_while_a_link_is_not_in_the_ledger() {
    let mut app = with_an_unrecorded_link();
    let opened = app.update(Msg::LedgerOpened(Ok(crate::msg::Opened {
        notes: vec![],
        recent: vec![],
    })));
    let recovers = |effects: &[Effect]| effects.iter().any(|e| matches!(e, Effect::Recover { .. }));
    assert!(!recovers(&opened), "{opened:?}");
    assert!(!recovers(&advance(&mut app, 1)));
    let written = app.update(Msg::Recorded {
        order_id: OrderId::parse("7").unwrap(),
        result: Ok(()),
    });
    assert!(recovers(&written), "{written:?}");
}

#[test]
fn sales_still_in_flight_are_asked_about_every_ten_seconds_until_resolved() {
    let mut app = app();
    let in_flight = crate::sale::Recovery {
        unresolved: 1,
        ..Default::default()
    };
    app.update(Msg::Recovered(Ok(in_flight.clone())));
    assert!(app.notice.is_some(), "said once, at start");
    assert!(advance(&mut app, 9).is_empty());
    assert!(matches!(advance(&mut app, 1)[..], [Effect::Recover { .. }]));
    assert!(advance(&mut app, 30).is_empty(), "one round at a time");
    // Still in flight: asked again, quietly.
    app.notice = None;
    app.update(Msg::Recovered(Ok(in_flight)));
    assert!(app.notice.is_none(), "no news, no word");
    // A sale of this app in flight meanwhile: its own intent is not looked for.
    fill(&mut app);
    let request = submit(&mut app);
    assert!(
        advance(&mut app, 10)
            .iter()
            .all(|e| !matches!(e, Effect::Recover { .. }))
    );
    assert!(
        app.next_wakeup().is_some_and(|at| at > app.now),
        "and its time does not spin the loop"
    );
    let made = app.update(Msg::Created {
        request,
        result: Ok(created("9")),
    });
    assert!(
        made.iter().any(|e| matches!(e, Effect::Recover { .. })),
        "{made:?}"
    );
    // Resolved: no more rounds.
    app.update(Msg::Recovered(Ok(Default::default())));
    assert!(
        advance(&mut app, 60)
            .iter()
            .all(|e| !matches!(e, Effect::Recover { .. }))
    );
}
