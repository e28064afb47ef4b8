//! The history views: ledger, server, export.

use super::*;

#[test]
fn all_local_filters_and_brings_an_earlier_payment_back() {
    let (mut app, ledger, _dir) = history_with(vec![
        ledger_entry(1, "Green tea"),
        ledger_entry(2, "Coffee"),
    ]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.view, HistoryView::Local);
    let products = |app: &App| -> Vec<String> {
        app.local
            .entries
            .iter()
            .map(|e| e.payment.product.clone())
            .collect()
    };
    assert_eq!(products(&app), ["Coffee", "Green tea"], "newest first");
    app.update(key(KeyCode::Char('/')));
    fixtures::type_on(&mut app, &ledger, "tea");
    press_on(&mut app, &ledger, KeyCode::Enter);
    assert_eq!(products(&app), ["Green tea"]);
    assert_eq!(app.local.total, Some(1));
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
    let (mut app, ledger, _dir) = history_with(vec![ledger_entry(1, "Green tea")]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.local.entries.len(), 1);
    app.update(key(KeyCode::Esc));
    fill(&mut app);
    let request = submit(&mut app);
    // `sale::make` records the payment before the app hears of it.
    let made = created("7");
    ledger
        .append(&crate::ledger::Record::Payment(made.record.clone()))
        .unwrap();
    let effects = app.update(Msg::Created {
        request,
        result: Ok(made),
    });
    fixtures::serve(&mut app, &ledger, effects);
    assert_eq!(app.local.entries.len(), 2, "read again, with the new link");
    assert_eq!(app.local.entries[0].payment.order_id.as_str(), "7");
    advance(&mut app, 3);
    answer(&mut app, "7", Ok("SUCCESS"));
    assert_eq!(app.local.entries[0].status, PaymentStatus::Success);
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
    let (mut app, ledger, _dir) = history_with(vec![]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    let effects = press_on(&mut app, &ledger, KeyCode::Char('v'));
    let [
        Effect::FetchServer {
            request,
            query:
                ServerQuery::Recent {
                    offset: 0,
                    limit: SERVER_PAGE,
                },
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
            made_at: Vec::new(),
        }),
    });
    let effects = app.update(key(KeyCode::Char('n')));
    assert!(matches!(
        effects[..],
        [Effect::FetchServer {
            query: ServerQuery::Recent {
                offset: 20,
                limit: SERVER_PAGE
            },
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
    let (mut app, ledger, _dir) = history_with(vec![
        ledger_entry(1, "Green tea"),
        ledger_entry(2, "Coffee"),
    ]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    app.update(key(KeyCode::Char('/')));
    fixtures::type_on(&mut app, &ledger, "tea");
    press_on(&mut app, &ledger, KeyCode::Enter);
    let effects = app.update(key(KeyCode::Char('e')));
    // Every entry the filter passes, streamed from the ledger, not the window on screen.
    assert_eq!(
        effects,
        [Effect::ExportLocal {
            filter: crate::ledger::Filter::parse("tea").unwrap()
        }]
    );
}

#[test]
fn the_summary_asks_about_the_days_open_payments_four_at_a_time_and_records_changes() {
    let mut entries: Vec<LedgerEntry> = (1..=6).map(|i| ledger_entry(i, "Tea")).collect();
    for e in &mut entries {
        e.payment.created_at = "2026-11-26T09:00:00Z".parse().unwrap();
    }
    entries[5].status = PaymentStatus::Success;
    let (mut app, ledger, _dir) = history_with(entries);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    let effects = press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.view, HistoryView::Summary);
    assert_eq!(
        app.day_report().summary.count,
        6,
        "the day read from the ledger"
    );
    assert_eq!(
        checks(&effects).len(),
        4,
        "never more than 4 in flight: {effects:?}"
    );
    assert!(app.summary.checks.busy());

    let first = checks(&effects)[0].to_string();
    let effects = answer(&mut app, &first, Ok("SUCCESS"));
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::RecordStatus {
                status: PaymentStatus::Success,
                ..
            }
        )),
        "the change is recorded: {effects:?}"
    );
    assert_eq!(checks(&effects).len(), 1, "the fifth goes out: {effects:?}");
    let paid = app.day_report().summary.by_status;
    assert!(
        paid.iter().any(|g| g.name == "PAID" && g.count == 2),
        "{paid:?}"
    );

    for id in ["1", "2", "3", "4", "5"]
        .into_iter()
        .filter(|id| *id != first)
    {
        answer(
            &mut app,
            id,
            Err(ApiError::Timeout(Duration::from_secs(20))),
        );
    }
    assert!(!app.summary.checks.busy());
    assert_eq!(app.summary.checks.unchecked, 4);
}

#[test]
fn a_date_range_is_whole_days_the_first_not_after_the_last() {
    let (mut app, ledger, _dir) = history_with(vec![]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    app.update(key(KeyCode::Char('d')));
    // From today (2026-11-26) to a day before it.
    app.update(key(KeyCode::Tab));
    app.update(key(KeyCode::Backspace));
    type_text(&mut app, "5");
    assert!(
        app.update(key(KeyCode::Enter)).is_empty(),
        "nothing is asked"
    );
    let error = app.server.range_error.clone().unwrap();
    assert!(error.contains("2026-11-26 is after 2026-11-25"), "{error}");
}

#[test]
fn the_hint_bar_says_what_p_and_r_do_in_each_view() {
    use crate::printer::{Printer, QrMode, Target};
    let mut config = fixtures::shop_config();
    config.selling.printer = Some(Printer {
        target: Target::Tcp("127.0.0.1".into(), 9100),
        width_mm: 58,
        qr: QrMode::Native,
        shop_name: "Luxe".into(),
        footer: String::new(),
        on_paid: false,
        codepage: Default::default(),
    });
    let mut app = fixtures::app_with(config, "");
    app.update(ctrl('p'));
    let bar = |app: &App| -> Vec<String> {
        crate::ui::hints(app)
            .into_iter()
            .map(|h| format!("{} {}", h.key, h.label))
            .collect()
    };
    // This session, then All local: p prints.
    assert!(
        bar(&app).contains(&"p print".to_string()),
        "{:?}",
        bar(&app)
    );
    app.update(key(KeyCode::Char('v')));
    assert!(
        bar(&app).contains(&"p print".to_string()),
        "{:?}",
        bar(&app)
    );
    // Server: r reads it again.
    app.update(key(KeyCode::Char('v')));
    assert!(
        bar(&app).contains(&"r reload".to_string()),
        "{:?}",
        bar(&app)
    );
}

#[test]
fn exports_are_oldest_first_whatever_the_view_shows() {
    let mut app = with_payment("1");
    app.update(key(KeyCode::Char('n')));
    fill_with(&mut app, "Tea");
    let request = submit(&mut app);
    app.update(Msg::Created {
        request,
        result: Ok(fixtures::sale(
            &fixtures::coffee("Tea"),
            "2",
            "https://pay.example/checkout/2",
            START,
        )),
    });
    app.update(ctrl('p'));
    let effects = app.update(key(KeyCode::Char('e')));
    let [Effect::Export { table, .. }] = &effects[..] else {
        panic!("{effects:?}")
    };
    let order = table.header.iter().position(|h| *h == "order_id").unwrap();
    let ids: Vec<&str> = table.rows.iter().map(|r| r[order].as_str()).collect();
    assert_eq!(ids, ["1", "2"], "oldest first, as All local's export");
}

#[test]
fn a_view_returned_to_is_read_again_not_shown_as_it_was_left() {
    let (mut app, ledger, _dir) = history_with(vec![ledger_entry(1, "Green tea")]);
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.local.entries.len(), 1);
    // Back to the form; meanwhile a sale reaches the ledger another way (the CLI).
    app.update(key(KeyCode::Esc));
    assert_eq!(app.focus, Pane::Form);
    let coffee = ledger_entry(2, "Coffee");
    ledger
        .append(&crate::ledger::Record::Payment(coffee.payment))
        .unwrap();
    let effects = app.update(ctrl('p'));
    fixtures::serve(&mut app, &ledger, effects);
    assert_eq!(app.focus, Pane::History);
    assert_eq!(app.local.entries.len(), 2, "read again on the way back");

    // The Server view, answered once, is asked again when `v` comes round to it.
    let asks = |effects: &[Effect]| {
        effects
            .iter()
            .filter(|e| matches!(e, Effect::FetchServer { .. }))
            .count()
    };
    let effects = press_on(&mut app, &ledger, KeyCode::Char('v'));
    let [Effect::FetchServer { request, .. }] = effects[..] else {
        panic!("{effects:?}")
    };
    app.update(Msg::ServerFetched {
        request,
        result: Ok(ServerPage {
            orders: Vec::new(),
            total: None,
            made_at: Vec::new(),
        }),
    });
    // Summary, This session, All local, and the Server again.
    for _ in 0..3 {
        press_on(&mut app, &ledger, KeyCode::Char('v'));
    }
    assert_eq!(app.view, HistoryView::Local);
    let effects = press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.view, HistoryView::Server);
    assert_eq!(asks(&effects), 1, "{effects:?}");

    // The Summary, left for the form and opened again, reads its day again.
    press_on(&mut app, &ledger, KeyCode::Char('v'));
    assert_eq!(app.view, HistoryView::Summary);
    app.update(key(KeyCode::Esc));
    let effects = app.update(ctrl('p'));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::LoadDay { .. })) && asks(&effects) == 1,
        "{effects:?}"
    );
}
