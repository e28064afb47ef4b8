//! What the ledger said at start: opened (with the recent payments the duplicate guard
//! counts), and the sales an earlier run left in flight, resolved.

use super::{App, Fetch, NoticeKind};
use crate::msg::Effect;

impl App {
    pub(super) fn on_ledger_opened(&mut self, result: Result<crate::msg::Opened, String>) {
        match result {
            Ok(opened) => {
                self.recent = opened.recent;
                if !opened.notes.is_empty() {
                    self.notify(NoticeKind::Info, opened.notes.join("; "));
                }
            }
            Err(e) => self.notify(
                NoticeKind::Error,
                format!("The ledger could not be opened: {e}"),
            ),
        }
    }

    /// Sales an earlier run left in flight, resolved: said once, and the recovered
    /// ones count for the duplicate guard and show in All local.
    pub(super) fn on_recovered(
        &mut self,
        result: Result<crate::sale::Recovery, String>,
    ) -> Vec<Effect> {
        let recovery = match result {
            Ok(recovery) => recovery,
            Err(e) => {
                self.notify(NoticeKind::Error, e);
                return vec![];
            }
        };
        let Some(message) = recovery.message() else {
            return vec![];
        };
        self.notify(NoticeKind::Info, format!("Ledger: {message}"));
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
