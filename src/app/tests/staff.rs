//! Staff in the app: the PIN screen at start, unlocking (the PIN checked by the runner,
//! answered here), the idle lock with time handed in, Ctrl+L, the operator on a sale's
//! effect, and a cashier's void waiting for a manager's PIN.

use super::fixtures::{serve, start_on};
use super::*;
use crate::app::lock::Person;
use crate::books::Kind;
use crate::staff::Role;

fn staff() -> Vec<Person> {
    vec![
        Person {
            name: "ana".into(),
            role: Role::Manager,
        },
        Person {
            name: "bo".into(),
            role: Role::Cashier,
        },
    ]
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(key(code))
}

/// An app that reads the staff list at start, with a 300 s idle lock.
fn staffed() -> App {
    let mut config = fixtures::demo_config();
    config.staff = true;
    config.lock_after_secs = 300;
    fixtures::app_with(config, "")
}

/// Types `pin` for the `down`-th name and returns the check it asks for.
fn type_pin(app: &mut App, down: usize, pin: &str) -> Effect {
    for _ in 0..down {
        press(app, KeyCode::Down);
    }
    for c in pin.chars() {
        assert!(press(app, KeyCode::Char(c)).is_empty());
    }
    let mut effects = press(app, KeyCode::Enter);
    assert_eq!(effects.len(), 1, "{effects:?}");
    effects.remove(0)
}

/// Opens the till for `who` (0 ana, manager; 1 bo, cashier).
fn open_for(app: &mut App, who: usize) {
    // The PIN screen keeps the last name picked: start from the top.
    press(app, KeyCode::Up);
    let check = type_pin(app, who, "4711");
    let Effect::CheckPin { name, approval, .. } = check else {
        panic!("no PIN check: {check:?}");
    };
    assert!(!approval);
    assert_eq!(name, staff()[who].name);
    app.update(Msg::PinChecked {
        approval: false,
        result: Ok(staff()[who].clone()),
    });
}

#[test]
fn keys_wait_for_the_staff_list_then_the_pin_screen_has_them() {
    let mut app = staffed();
    assert!(app.init().contains(&Effect::LoadStaff));
    // Typed before the list is known: kept, not typed into the form.
    type_text(&mut app, "12");
    assert_eq!(app.form.amount.value(), "");
    app.update(Msg::StaffLoaded(Ok(staff())));
    assert_eq!(app.layer(), Layer::Lock);
    assert_eq!(app.form.amount.value(), "", "meant for nobody: dropped");
    // A wrong PIN keeps it locked and says why; help, history and the form wait.
    let check = type_pin(&mut app, 0, "1234");
    assert!(
        matches!(&check, Effect::CheckPin { name, need: Role::Cashier, .. } if name == "ana"),
        "{check:?}"
    );
    assert!(
        !format!("{check:?}").contains("1234"),
        "the PIN is never shown"
    );
    app.update(Msg::PinChecked {
        approval: false,
        result: Err("wrong PIN for ana (4 more wrong PIN(s) lock the name out)".into()),
    });
    assert_eq!(app.layer(), Layer::Lock);
    assert!(app.lock.message.as_deref().unwrap().contains("wrong PIN"));
    assert!(app.update(ctrl('p')).is_empty());
    assert!(press(&mut app, KeyCode::F(1)).is_empty());
    assert_eq!(
        app.update(ctrl('z')),
        vec![],
        "a locked till gives no shell"
    );
    assert_eq!(app.layer(), Layer::Lock);
    open_for(&mut app, 1);
    assert_eq!(app.layer(), Layer::Pane(Pane::Form));
    assert_eq!(app.operator_name().as_deref(), Some("bo"));
}

#[test]
fn without_staff_the_keys_typed_meanwhile_reach_the_form() {
    let mut app = staffed();
    type_text(&mut app, "12");
    app.update(Msg::StaffLoaded(Ok(Vec::new())));
    assert_eq!(app.form.amount.value(), "12");
    assert_eq!(app.layer(), Layer::Pane(Pane::Form));
    assert_eq!(app.operator_name(), None);
    assert_eq!(app.next_wakeup(), None, "no idle lock without staff");
    // Ctrl+L says why it does nothing.
    app.update(ctrl('l'));
    assert_eq!(app.layer(), Layer::Pane(Pane::Form));
    assert!(app.notice.as_ref().unwrap().text.contains("staff add"));
}

#[test]
fn ctrl_z_pressed_while_the_staff_list_is_read_suspends_once_it_is_known() {
    let mut app = staffed();
    assert!(
        app.update(ctrl('z')).is_empty(),
        "it waits with the other keys"
    );
    let effects = app.update(Msg::StaffLoaded(Ok(Vec::new())));
    assert!(effects.contains(&Effect::Suspend), "{effects:?}");
    // With staff, the till opens locked: no shell for whoever is at the keyboard.
    let mut locked = staffed();
    locked.update(ctrl('z'));
    let effects = locked.update(Msg::StaffLoaded(Ok(staff())));
    assert!(!effects.contains(&Effect::Suspend), "{effects:?}");
}

#[test]
fn no_key_for_lock_after_secs_locks_and_ctrl_l_locks_at_once() {
    let mut app = staffed();
    app.update(Msg::StaffLoaded(Ok(staff())));
    open_for(&mut app, 0);
    let opened = app.now;
    assert_eq!(
        app.next_wakeup(),
        Some(opened + Duration::from_secs(300)),
        "the loop wakes when the lock is due"
    );
    advance(&mut app, 200);
    type_text(&mut app, "5");
    advance(&mut app, 299);
    assert_eq!(
        app.layer(),
        Layer::Pane(Pane::Form),
        "a key restarts the wait"
    );
    advance(&mut app, 1);
    assert_eq!(app.layer(), Layer::Lock);
    assert_eq!(app.operator_name(), None);
    // The form keeps what was typed, hidden; the next person opens it.
    open_for(&mut app, 0);
    assert_eq!(app.form.amount.value(), "5");
    app.update(ctrl('l'));
    assert_eq!(app.layer(), Layer::Lock);
}

#[test]
fn a_payment_on_screen_is_still_followed_while_locked() {
    let mut app = staffed();
    app.update(Msg::StaffLoaded(Ok(staff())));
    open_for(&mut app, 1);
    fill(&mut app);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Create { operator: Some(op), .. }] if op == "bo"),
        "the sale names who sells it: {effects:?}"
    );
    let Some(Effect::Create { request, .. }) = effects.first() else {
        unreachable!()
    };
    app.update(Msg::Created {
        request: *request,
        result: Ok(created("7")),
    });
    app.update(ctrl('l'));
    assert_eq!(app.layer(), Layer::Lock);
    assert!(app.shown.is_some(), "the code stays on screen");
    // PAID still rings and shows.
    let effects = answer(&mut app, "7", Ok("SUCCESS"));
    assert!(effects.contains(&Effect::Bell(1)), "{effects:?}");
    assert_eq!(
        app.shown_payment().map(|p| p.status.clone()),
        Some(PaymentStatus::Success)
    );
    assert_eq!(app.layer(), Layer::Lock);
}

#[test]
fn a_cash_sale_records_who_opened_the_till() {
    let mut app = staffed();
    let (_dir, ledger) = start_on(&mut app, &[]);
    app.update(Msg::StaffLoaded(Ok(staff())));
    open_for(&mut app, 1);
    fill(&mut app);
    app.update(ctrl('t'));
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::RecordCash { operator: Some(op), .. }] if op == "bo"),
        "{effects:?}"
    );
    serve(&mut app, &ledger, effects);
    assert_eq!(app.shown_payment().unwrap().record.operator, "bo");
}

/// Link 7 in the ledger, the till opened by bo (a cashier), and bo's void of it
/// typed ("left"), Enter not yet pressed.
fn void_by_a_cashier() -> (App, crate::ledger::Ledger, tempfile::TempDir) {
    let (mut app, ledger, dir) = super::books::with_link_in_ledger();
    app.config.staff = true;
    app.update(Msg::StaffLoaded(Ok(staff())));
    open_for(&mut app, 1);
    app.focus = Pane::Payment;
    press(&mut app, KeyCode::Char('x'));
    type_text(&mut app, "left");
    (app, ledger, dir)
}

#[test]
fn a_cashiers_void_waits_for_a_managers_pin_and_records_both_names() {
    let (mut app, ledger, _dir) = void_by_a_cashier();
    // Nothing is written yet: a manager is asked.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(app.layer(), Layer::Approval);
    assert_eq!(
        app.approval.as_ref().unwrap().prompt.staff.len(),
        1,
        "managers only"
    );
    // Esc at the prompt gives the approval up, and the void comes back as typed.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.layer(), Layer::Books);
    assert_eq!(app.books.ask.as_ref().unwrap().reason.value(), "left");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(app.layer(), Layer::Approval);
    // A wrong PIN: refused, said, still waiting.
    let check = type_pin(&mut app, 0, "9999");
    assert!(
        matches!(&check, Effect::CheckPin { name, need: Role::Manager, approval: true, .. } if name == "ana"),
        "{check:?}"
    );
    let effects = app.update(Msg::PinChecked {
        approval: true,
        result: Err("wrong PIN for ana".into()),
    });
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(app.layer(), Layer::Approval);
    // The right one: the void goes out, by bo, approved by ana.
    type_pin(&mut app, 0, "4711");
    let effects = app.update(Msg::PinChecked {
        approval: true,
        result: Ok(staff()[0].clone()),
    });
    let [Effect::Book { event, .. }] = effects.as_slice() else {
        panic!("no void: {effects:?}");
    };
    assert_eq!(event.kind, Kind::Void);
    assert_eq!(event.operator, "bo");
    assert_eq!(event.approved_by.as_deref(), Some("ana"));
    assert_eq!(app.layer(), Layer::Pane(Pane::Payment));
    serve(&mut app, &ledger, effects);
    assert!(app.shown_payment().is_some_and(|p| p.voided_at.is_some()));
}

#[test]
fn a_cashier_without_a_manager_gets_nothing_done() {
    let mut app = staffed();
    app.update(Msg::StaffLoaded(Ok(staff())));
    open_for(&mut app, 1);
    // Export from the history, then cash out of the drawer: both ask a manager.
    app.update(ctrl('p'));
    assert!(press(&mut app, KeyCode::Char('e')).is_empty());
    assert_eq!(app.layer(), Layer::Approval);
    // Esc gives up: nothing written.
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(app.approval.is_none());
    assert!(app.notice.as_ref().unwrap().text.contains("not done"));
    // A manager opens the till: no prompt, the event is theirs alone.
    app.update(ctrl('l'));
    open_for(&mut app, 0);
    assert_eq!(app.layer(), Layer::Pane(Pane::History), "as it was left");
    let effects = press(&mut app, KeyCode::Char('e'));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Export { .. } | Effect::ExportLocal { .. })),
        "{effects:?}"
    );
}

/// A staff list with no manager on it (all cashiers): a manager's question is said to
/// need one, and stays on screen as typed rather than going with nothing sent.
#[test]
fn a_question_no_manager_can_approve_stays_as_typed() {
    let mut app = staffed();
    let cashiers = vec![staff()[1].clone()];
    app.update(Msg::StaffLoaded(Ok(cashiers.clone())));
    press(&mut app, KeyCode::Up);
    type_pin(&mut app, 0, "4711");
    app.update(Msg::PinChecked {
        approval: false,
        result: Ok(cashiers[0].clone()),
    });
    app.update(ctrl('p'));
    while app.view != HistoryView::Summary {
        press(&mut app, KeyCode::Char('v'));
    }
    press(&mut app, KeyCode::Char('o'));
    type_text(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "bank");
    assert!(press(&mut app, KeyCode::Enter).is_empty(), "nothing sent");
    assert!(app.approval.is_none());
    let ask = app.books.ask.as_ref().expect("still asked");
    assert_eq!((ask.amount.value(), ask.reason.value()), ("5", "bank"));
    assert!(app.books.sent.is_none());
}

/// A reply to another question (a Z refused while a refund waits for a manager) does
/// not take the waiting one's place: it neither reopens it nor forgets it.
#[test]
fn a_reply_reopens_only_the_question_it_answers() {
    let (mut app, _ledger, _dir) = void_by_a_cashier();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.layer(), Layer::Approval);
    app.update(Msg::ShiftClosed(Box::new(Err("the disk is full".into()))));
    assert!(
        app.books.ask.is_none(),
        "the void is not reopened by the Z's error"
    );
    // Esc at the prompt: the void comes back as typed.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.books.ask.as_ref().unwrap().reason.value(), "left");
}
