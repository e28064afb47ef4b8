//! What the ledger said at start: opened (with the recent payments the duplicate guard
//! counts), and the sales an earlier run left in flight, resolved.

use super::{App, Fetch, NoticeKind};
use crate::msg::Effect;

/// How often sales left in flight are asked about while some are open.
pub const RECOVER_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

impl App {
    pub(super) fn on_ledger_opened(&mut self, result: Result<crate::msg::Opened, String>) {
        match result {
            Ok(opened) => {
                self.recent = opened.recent;
                // The sales an earlier run left in flight: asked about at once, unless
                // a sale of this run is on its way (`due_recovery`).
                self.recover_at = Some(self.now);
                if !opened.notes.is_empty() {
                    self.notify(NoticeKind::Info, opened.notes.join("; "));
                }
            }
            Err(e) => {
                let said = t!(self.config.tr, "app-ledger-not-opened", error = e);
                self.notify(NoticeKind::Error, said);
            }
        }
    }

    /// Another round of recovery, when one is due and no sale of this app is in flight
    /// (its own intent would be found on the server before its answer arrives).
    pub(super) fn due_recovery(&mut self) -> Vec<Effect> {
        let due = self.recover_at.is_some_and(|at| at <= self.now);
        // Links made but not yet in the ledger have their intents open: theirs too.
        if !due
            || self.is_submitting()
            || !self.stopped.is_empty()
            || !self.unrecorded.records.is_empty()
        {
            return vec![];
        }
        self.recover_at = None;
        vec![Effect::Recover {
            sent_before: self.wall,
        }]
    }

    /// Sales an earlier run left in flight, resolved: said once, and the recovered
    /// ones count for the duplicate guard and show in All local.
    pub(super) fn on_recovered(
        &mut self,
        result: Result<crate::sale::Recovery, String>,
    ) -> Vec<Effect> {
        let again = self.recover_rounds > 0;
        self.recover_rounds += 1;
        let recovery = match result {
            Ok(recovery) => recovery,
            Err(e) => {
                self.recover_at = Some(self.now + RECOVER_EVERY);
                if !again {
                    self.notify(NoticeKind::Error, e);
                }
                return vec![];
            }
        };
        // Sales still in flight: asked about again until each is found or given up.
        if recovery.unresolved > 0 {
            self.recover_at = Some(self.now + RECOVER_EVERY);
        }
        let news = !recovery.recovered.is_empty() || recovery.not_created > 0;
        let Some(message) = recovery
            .message_in(&self.config.tr)
            .filter(|_| news || !again)
        else {
            return vec![];
        };
        let said = t!(self.config.tr, "app-ledger-says", message = message);
        self.notify(NoticeKind::Info, said);
        let found = !recovery.recovered.is_empty();
        self.recent
            .extend(
                recovery
                    .recovered
                    .into_iter()
                    .map(|payment| crate::ledger::LedgerEntry {
                        payment,
                        status: crate::api::PaymentStatus::Pending,
                        status_at: None,
                        voided_at: None,
                        row: 0,
                    }),
            );
        if found && self.local.loaded != Fetch::Idle {
            self.reload_local()
        } else {
            vec![]
        }
    }
}
