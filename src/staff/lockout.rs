//! The lock-out: five wrong PINs in a row for one name lock it for five minutes. Pure:
//! the time comes in from the caller, and the streak is kept by the till's ledger.

use jiff::{SignedDuration, Timestamp};

/// Wrong PINs in a row that lock a name out.
pub const MAX_FAILURES: u32 = 5;

/// How long a name stays locked out.
pub const LOCK_FOR: SignedDuration = SignedDuration::from_secs(5 * 60);

/// A name's wrong PINs in a row, and when the last was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Streak {
    /// Wrong PINs since the last right one.
    pub failures: u32,
    /// When the last wrong one was.
    pub last: Option<Timestamp>,
}

impl Streak {
    /// Until when the name is locked out at `now`, if it is.
    pub fn locked_until(&self, now: Timestamp) -> Option<Timestamp> {
        let until = self.last?.checked_add(LOCK_FOR).ok()?;
        (self.failures >= MAX_FAILURES && now < until).then_some(until)
    }

    /// The streak after a wrong PIN at `now`: a lock-out served starts a new count.
    pub fn failed(self, now: Timestamp) -> Streak {
        let failures = if self.failures >= MAX_FAILURES {
            1
        } else {
            self.failures + 1
        };
        Streak {
            failures,
            last: Some(now),
        }
    }

    /// Wrong PINs left before the lock-out.
    pub fn left(&self) -> u32 {
        MAX_FAILURES.saturating_sub(self.failures)
    }
}
