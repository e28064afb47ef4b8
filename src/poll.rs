//! When to ask for a payment's status next: a steady interval while answers come,
//! doubling pauses (up to a ceiling) while they fail.

use std::time::Duration;

/// The longest pause between checks while the API keeps failing.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollSchedule {
    interval: Duration,
    max: Duration,
    current: Duration,
}

impl PollSchedule {
    pub fn new(interval: Duration, max: Duration) -> PollSchedule {
        let interval = interval.max(Duration::from_millis(100));
        PollSchedule {
            interval,
            max: max.max(interval),
            current: interval,
        }
    }

    /// The pause after a check that got an answer.
    pub fn after_success(&mut self) -> Duration {
        self.current = self.interval;
        self.current
    }

    /// The pause after a check that failed: double the last one, up to the ceiling.
    pub fn after_failure(&mut self) -> Duration {
        self.current = (self.current * 2).min(self.max);
        self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_double_up_to_the_ceiling_and_success_resets() {
        let mut s = PollSchedule::new(Duration::from_secs(3), MAX_BACKOFF);
        let pauses: Vec<u64> = (0..5).map(|_| s.after_failure().as_secs()).collect();
        assert_eq!(pauses, [6, 12, 24, 30, 30]);
        assert_eq!(s.after_success(), Duration::from_secs(3));
        assert_eq!(s.after_failure(), Duration::from_secs(6));
    }

    #[test]
    fn a_zero_interval_cannot_spin() {
        let mut s = PollSchedule::new(Duration::ZERO, MAX_BACKOFF);
        assert_eq!(s.after_success(), Duration::from_millis(100));
    }
}
