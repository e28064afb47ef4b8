//! A PIN tried for a name: the lock-out first, then the hash, then the role. Pure but
//! for the hash: the time and the name's streak come in, the new streak goes out for
//! the caller to keep.

use jiff::Timestamp;

use super::{MAX_FAILURES, Member, Pin, Refusal, Role, Streak, find, verify_pin};

/// What trying a PIN came to.
#[derive(Debug)]
pub struct Attempt {
    /// The person, when the PIN was theirs and their role allows what was asked.
    pub outcome: Result<Member, Refusal>,
    /// The name's streak now: to be kept by the till (no failures: forget it).
    pub streak: Streak,
}

/// Tries `pin` for `name`, who must have the role `need` (a manager does all a cashier
/// does). A locked-out name is refused without looking at the PIN.
pub fn try_pin(
    staff: &[Member],
    name: &str,
    pin: &Pin,
    streak: Streak,
    need: Role,
    now: Timestamp,
) -> Attempt {
    let Some(member) = find(staff, name) else {
        return Attempt {
            outcome: Err(Refusal::Unknown(name.to_string())),
            streak,
        };
    };
    let name = member.name.clone();
    if let Some(until) = streak.locked_until(now) {
        return Attempt {
            outcome: Err(Refusal::LockedOut { name, until }),
            streak,
        };
    }
    if !verify_pin(pin, &member.pin_hash) {
        let streak = streak.failed(now);
        let outcome = match streak.locked_until(now) {
            Some(until) => Refusal::LockedOut { name, until },
            None => Refusal::WrongPin {
                name,
                left: MAX_FAILURES - streak.failures,
            },
        };
        return Attempt {
            outcome: Err(outcome),
            streak,
        };
    }
    let outcome = if need == Role::Manager && member.role != Role::Manager {
        Err(Refusal::NotManager(name))
    } else {
        Ok(member.clone())
    };
    Attempt {
        outcome,
        streak: Streak::default(),
    }
}
