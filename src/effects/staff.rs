//! The staff's effects in the app: the list read (names and roles, never a hash, leave
//! here), and a PIN checked against it with the till's lock-out, as the CLI checks one
//! (`cli/approve.rs`). Argon2 is slow on purpose: it runs off the async threads.

use super::Effects;
use crate::msg::Msg;
use crate::staff::{self, Member, Person, Pin, Role};

fn person(m: &Member) -> Person {
    Person {
        name: m.name.clone(),
        role: m.role,
    }
}

impl Effects {
    /// Reads the staff list (the shop's, or the till's copy while it cannot be reached).
    pub(super) fn load_staff(&self) {
        let store = self.staff.clone();
        self.spawn(async move {
            let list = store.list().await.map_err(|e| e.to_string());
            Msg::StaffLoaded(list.map(|l| l.iter().map(person).collect()))
        });
    }

    /// Checks `pin` for `name`, who must have the role `need`: the lock-out first, then
    /// the hash, then the role. Each wrong PIN is logged with the till, the name and the
    /// time, never the PIN.
    pub(super) fn check_pin(&self, name: String, pin: Pin, need: Role, approval: bool) {
        let (store, ledger) = (self.staff.clone(), self.ledger.clone());
        let till = self.seller.till.clone();
        let tr = self.tr.clone();
        self.spawn(async move {
            let result = match store.list().await {
                Ok(list) => tokio::task::spawn_blocking(move || {
                    let streak = ledger.pin_streak(&name).map_err(|e| e.to_string())?;
                    let now = jiff::Timestamp::now();
                    let attempt = staff::try_pin(&list, &name, &pin, streak, need, now);
                    ledger
                        .note_pin(&name, attempt.streak)
                        .map_err(|e| e.to_string())?;
                    if attempt.streak.failures > 0 && attempt.streak != streak {
                        tracing::warn!(till = %till, name = %name, at = %now, "wrong PIN");
                    }
                    attempt.outcome.map(|m| person(&m)).map_err(|r| r.text(&tr))
                })
                .await
                .unwrap_or_else(|e| Err(e.to_string())),
                Err(e) => Err(t!(tr, "app-staff-list-unread", error = e.to_string())),
            };
            Msg::PinChecked { approval, result }
        });
    }
}
