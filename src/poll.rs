//! When to ask for a payment's status next: a steady interval while answers come,
//! doubling pauses (up to a ceiling) while they fail.

use std::time::Duration;

/// The longest pause between checks while the API keeps failing.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// The shortest interval between checks: never more than one request a second per
/// order, whatever the caller asks for.
pub const MIN_INTERVAL: Duration = Duration::from_secs(1);

/// Tracks failures in a row and turns them into the next pause.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backoff {
    /// The pause after the last failure; `None` while checks succeed.
    current: Option<Duration>,
}

impl Backoff {
    /// The pause after a check that got an answer: the interval itself.
    pub fn after_success(&mut self, interval: Duration) -> Duration {
        self.current = None;
        interval.max(MIN_INTERVAL)
    }

    /// The pause after a failed check: double the last pause (the interval, the first
    /// time), up to `MAX_BACKOFF`.
    pub fn after_failure(&mut self, interval: Duration) -> Duration {
        let last = self.current.unwrap_or(interval.max(MIN_INTERVAL));
        let next = (last * 2).min(MAX_BACKOFF.max(interval));
        self.current = Some(next);
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREE: Duration = Duration::from_secs(3);

    #[test]
    fn failures_double_up_to_the_ceiling_and_success_resets() {
        let mut b = Backoff::default();
        let pauses: Vec<u64> = (0..5).map(|_| b.after_failure(THREE).as_secs()).collect();
        assert_eq!(pauses, [6, 12, 24, 30, 30]);
        assert_eq!(b.after_success(THREE), THREE);
        assert_eq!(
            b.after_failure(THREE),
            Duration::from_secs(6),
            "a success starts the doubling again"
        );
    }

    #[test]
    fn a_zero_interval_cannot_spin() {
        let mut b = Backoff::default();
        assert_eq!(b.after_success(Duration::ZERO), MIN_INTERVAL);
        assert_eq!(b.after_failure(Duration::ZERO), MIN_INTERVAL * 2);
    }

    #[test]
    fn a_long_interval_is_never_shortened_by_the_ceiling() {
        let mut b = Backoff::default();
        assert_eq!(
            b.after_failure(Duration::from_secs(60)),
            Duration::from_secs(60)
        );
    }
}
