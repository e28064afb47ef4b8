// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use jiff::{SignedDuration, Timestamp};

use super::*;

fn at(secs: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + secs).unwrap()
}

fn member(name: &str, role: Role, pin: &str) -> Member {
    Member {
        name: name.into(),
        role,
        pin_hash: hash_pin(&Pin::parse(pin).unwrap()).unwrap(),
    }
}

#[test]
fn a_pin_is_four_to_eight_digits() {
    for good in ["1234", "12345678", " 4711\n"] {
        assert!(Pin::parse(good).is_ok(), "{good:?}");
    }
    for bad in ["123", "123456789", "12a4", "", "١٢٣٤", "12 34"] {
        assert_eq!(Pin::parse(bad).unwrap_err(), PinError::Shape, "{bad:?}");
    }
}

#[test]
fn a_pin_is_never_shown_by_debug() {
    let pin = Pin::parse("48151623").unwrap();
    assert!(!format!("{pin:?}").contains("48151623"));
    let m = member("ana", Role::Manager, "48151623");
    let shown = format!("{m:?}");
    assert!(
        shown.contains("ana") && !shown.contains("argon2"),
        "{shown}"
    );
}

#[test]
fn a_pin_is_kept_as_an_argon2id_hash_with_its_own_salt() {
    let pin = Pin::parse("4711").unwrap();
    let one = hash_pin(&pin).unwrap();
    let two = hash_pin(&pin).unwrap();
    assert!(one.starts_with("$argon2id$v=19$"), "{one}");
    assert_ne!(one, two, "a new salt each time");
    assert!(!one.contains("4711") && !two.contains("4711"));
    assert!(verify_pin(&pin, &one) && verify_pin(&pin, &two));
    assert!(!verify_pin(&Pin::parse("4712").unwrap(), &one));
    assert!(!verify_pin(&pin, "not a hash"));
}

#[test]
fn a_hash_of_another_argon2_variant_lets_no_pin_through() {
    let pin = Pin::parse("4711").unwrap();
    let argon2i = hash_pin(&pin)
        .unwrap()
        .replacen("$argon2id$", "$argon2i$", 1);
    assert!(!verify_pin(&pin, &argon2i));
}

#[test]
fn five_wrong_pins_in_a_row_lock_a_name_for_five_minutes() {
    let mut streak = Streak::default();
    for i in 0..4 {
        streak = streak.failed(at(i));
        assert_eq!(streak.locked_until(at(i)), None, "after {} failures", i + 1);
    }
    assert_eq!(streak.left(), 1);
    streak = streak.failed(at(10));
    let until = at(10) + SignedDuration::from_mins(5);
    assert_eq!(streak.locked_until(at(10)), Some(until));
    assert_eq!(
        streak.locked_until(until - SignedDuration::from_secs(1)),
        Some(until)
    );
    assert_eq!(streak.locked_until(until), None, "served");
    // A lock-out served: the next wrong PIN starts a new count.
    let again = streak.failed(until);
    assert_eq!(again.failures, 1);
    assert_eq!(again.locked_until(until), None);
}

#[test]
fn trying_a_pin_checks_the_lock_then_the_hash_then_the_role() {
    let staff = vec![
        member("Ana", Role::Manager, "1111"),
        member("bo", Role::Cashier, "2222"),
    ];
    let right = Pin::parse("1111").unwrap();
    let wrong = Pin::parse("9999").unwrap();
    let ok = try_pin(
        &staff,
        "ana",
        &right,
        Streak::default(),
        Role::Manager,
        at(0),
    );
    assert_eq!(ok.outcome.unwrap().name, "Ana");
    assert_eq!(ok.streak, Streak::default());

    let cashier = try_pin(
        &staff,
        "bo",
        &Pin::parse("2222").unwrap(),
        Streak::default(),
        Role::Manager,
        at(0),
    );
    assert_eq!(
        cashier.outcome.unwrap_err(),
        Refusal::NotManager("bo".into())
    );
    let sells = try_pin(
        &staff,
        "bo",
        &Pin::parse("2222").unwrap(),
        Streak::default(),
        Role::Cashier,
        at(0),
    );
    assert!(sells.outcome.is_ok());

    let unknown = try_pin(
        &staff,
        "cy",
        &right,
        Streak::default(),
        Role::Manager,
        at(0),
    );
    assert_eq!(unknown.outcome.unwrap_err(), Refusal::Unknown("cy".into()));

    let mut streak = Streak::default();
    for i in 0..4 {
        let tried = try_pin(&staff, "ana", &wrong, streak, Role::Manager, at(i));
        assert_eq!(
            tried.outcome.unwrap_err(),
            Refusal::WrongPin {
                name: "Ana".into(),
                left: 4 - i as u32
            }
        );
        streak = tried.streak;
    }
    let fifth = try_pin(&staff, "ana", &wrong, streak, Role::Manager, at(4));
    let until = at(4) + SignedDuration::from_mins(5);
    assert_eq!(
        fifth.outcome.unwrap_err(),
        Refusal::LockedOut {
            name: "Ana".into(),
            until
        }
    );
    // Locked: even the right PIN is refused, and the message says when to try again.
    let locked = try_pin(&staff, "ana", &right, fifth.streak, Role::Manager, at(60));
    let refusal = locked.outcome.unwrap_err();
    assert!(refusal.to_string().contains("try again after"), "{refusal}");
    assert_eq!(locked.streak, fifth.streak);
    let later = try_pin(&staff, "ana", &right, fifth.streak, Role::Manager, until);
    assert!(later.outcome.is_ok());
    assert_eq!(
        later.streak,
        Streak::default(),
        "a right PIN forgets the streak"
    );
}

#[test]
fn the_first_person_is_a_manager_and_the_last_manager_stays() {
    let first = member("cy", Role::Cashier, "3333");
    assert!(
        check_change(&[], &Change::Add(first.clone()))
            .unwrap_err()
            .contains("must be a manager")
    );
    let staff = vec![member("ana", Role::Manager, "1111"), first];
    assert!(check_change(&staff, &Change::Add(member("ANA", Role::Cashier, "4444"))).is_err());
    assert!(
        check_change(&staff, &Change::Remove("ana".into()))
            .unwrap_err()
            .contains("last manager")
    );
    assert!(check_change(&staff, &Change::Remove("cy".into())).is_ok());
    assert!(
        check_change(&staff[..1], &Change::Remove("ana".into())).is_ok(),
        "the last person may go"
    );
    assert!(check_change(&staff, &Change::Remove("dee".into())).is_err());
    assert!(check_change(&staff, &Change::Pin("dee".into(), String::new())).is_err());
}

#[test]
fn the_tills_list_and_streaks_keep_no_pin_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = crate::ledger::Ledger::at(dir.path().join("ledger.db"));
    let ana = member("ana", Role::Manager, "90817263");
    assert_eq!(
        ledger
            .change_staff(&Change::Add(ana.clone()), at(0))
            .unwrap(),
        Ok(())
    );
    let bo = member("bo", Role::Cashier, "5647382");
    assert_eq!(
        ledger.change_staff(&Change::Add(bo), at(1)).unwrap(),
        Ok(())
    );
    assert!(
        ledger
            .change_staff(&Change::Add(ana.clone()), at(2))
            .unwrap()
            .is_err()
    );
    let listed = ledger.staff().unwrap();
    assert_eq!(
        listed.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        ["ana", "bo"]
    );
    assert_eq!(listed[0], ana);

    let streak = Streak::default().failed(at(3));
    ledger.note_pin("ANA", streak).unwrap();
    assert_eq!(ledger.pin_streak("ana").unwrap(), streak);
    ledger.note_pin("ana", Streak::default()).unwrap();
    assert_eq!(ledger.pin_streak("ana").unwrap(), Streak::default());

    let new = hash_pin(&Pin::parse("11223344").unwrap()).unwrap();
    ledger
        .change_staff(&Change::Pin("ANA".into(), new.clone()), at(4))
        .unwrap()
        .unwrap();
    assert_eq!(ledger.staff().unwrap()[0].pin_hash, new);
    drop(ledger);
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for pin in ["90817263", "5647382", "11223344"] {
            assert!(
                !bytes.windows(pin.len()).any(|w| w == pin.as_bytes()),
                "PIN {pin} found at rest"
            );
        }
    }
}
