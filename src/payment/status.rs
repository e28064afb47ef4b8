//! Where a payment stands, and the rule every source of news obeys: final is final
//! (a poll, the shop's NOTIFY, a webhook, a summary's check, a recovery, an import).
//!
//! PAID never moves again: a late or forged answer cannot undo a payment, and so
//! cannot make the paid-actions (bell, `on_paid`, receipt) run a second time. EXPIRED
//! may still turn PAID (a payer who was already on the checkout page), and nothing
//! else. An open status (PENDING, or a word the docs do not list) may become any other.

use std::fmt;

use serde::{Deserialize, Serialize, Serializer};

use crate::sanitize;

/// Where a payment stands. Anything but the documented values is `Unknown`, shown as it
/// came (sanitised) and never taken for paid.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PaymentStatus {
    /// Waiting for the payer.
    Pending,
    /// Paid.
    Success,
    /// The link expired unpaid.
    Expired,
    /// A word the docs do not list, kept as sent (sanitised); never taken as paid.
    Unknown(String),
}

impl PaymentStatus {
    /// The status for a word the API sent.
    pub fn from_wire(s: &str) -> PaymentStatus {
        match s.trim() {
            "PENDING" => PaymentStatus::Pending,
            "SUCCESS" => PaymentStatus::Success,
            "EXPIRED" => PaymentStatus::Expired,
            other => PaymentStatus::Unknown(sanitize::excerpt(other, 40)),
        }
    }

    /// The word people read, the same in every view, table and JSON field `status`:
    /// `PAID`, `PENDING`, `EXPIRED`, or an unknown word as the server sent it (never
    /// `PAID`). The ledger and `server_status` fields keep the API's word (`as_str`).
    pub fn word(&self) -> &str {
        match self {
            PaymentStatus::Success => "PAID",
            other => other.as_str(),
        }
    }

    /// The word people read, in `tr`'s language (`BEZAHLT`); an unknown word as the
    /// server sent it. Files and JSON keep `word`.
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            PaymentStatus::Pending => t!(tr, "status-pending"),
            PaymentStatus::Success => t!(tr, "status-paid"),
            PaymentStatus::Expired => t!(tr, "status-expired"),
            PaymentStatus::Unknown(word) => word.clone(),
        }
    }

    /// The API's own word for the status (`SUCCESS` for paid): what the ledger stores.
    pub fn as_str(&self) -> &str {
        match self {
            PaymentStatus::Pending => "PENDING",
            PaymentStatus::Success => "SUCCESS",
            PaymentStatus::Expired => "EXPIRED",
            PaymentStatus::Unknown(s) => s,
        }
    }

    /// No further change is expected: stop following it.
    pub fn is_final(&self) -> bool {
        matches!(self, PaymentStatus::Success | PaymentStatus::Expired)
    }
}

impl fmt::Display for PaymentStatus {
    /// The word people read (`word`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

impl Serialize for PaymentStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PaymentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(PaymentStatus::from_wire(&String::deserialize(d)?))
    }
}

/// Whether a payment whose status is `current` takes `next` as a change. The same status
/// again is no change.
pub fn may_follow(current: &PaymentStatus, next: &PaymentStatus) -> bool {
    match current {
        _ if current == next => false,
        PaymentStatus::Success => false,
        PaymentStatus::Expired => *next == PaymentStatus::Success,
        PaymentStatus::Pending | PaymentStatus::Unknown(_) => true,
    }
}

/// The order in which a ledger's events are read for the current status: the latest
/// event of the highest rank wins. Paid outranks expired, which outranks any open word,
/// so a later PENDING sent by a slow till never hides a PAID another till recorded.
/// (The shared ledger's read encodes the same ranks in SQL: see `shared::SELECT_ENTRIES`.)
pub fn rank(status: &PaymentStatus) -> u8 {
    match status {
        PaymentStatus::Success => 2,
        PaymentStatus::Expired => 1,
        PaymentStatus::Pending | PaymentStatus::Unknown(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PaymentStatus::{Expired, Pending, Success};

    fn weird() -> PaymentStatus {
        PaymentStatus::Unknown("weird".into())
    }

    #[test]
    fn paid_never_moves_again() {
        for next in [Pending, Expired, weird()] {
            assert!(!may_follow(&Success, &next), "PAID -> {next}");
        }
    }

    #[test]
    fn expired_may_only_turn_paid() {
        assert!(may_follow(&Expired, &Success));
        for next in [Pending, weird(), Expired] {
            assert!(!may_follow(&Expired, &next), "EXPIRED -> {next}");
        }
    }

    #[test]
    fn open_statuses_take_any_other() {
        for current in [Pending, weird()] {
            for next in [Success, Expired] {
                assert!(may_follow(&current, &next), "{current} -> {next}");
            }
        }
        assert!(may_follow(&Pending, &weird()));
        assert!(may_follow(&weird(), &Pending));
        assert!(
            !may_follow(&Pending, &Pending),
            "the same again is no change"
        );
    }

    #[test]
    fn ranks_agree_with_the_moves() {
        // Whatever may follow a status never ranks below it, so a fold by rank and
        // time lands where the moves would.
        let all = [Pending, weird(), Expired, Success];
        for a in &all {
            for b in &all {
                if may_follow(a, b) {
                    assert!(rank(b) >= rank(a), "{a} -> {b}");
                }
            }
        }
    }
}
