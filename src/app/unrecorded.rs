//! Payment links that were made but could not be written to the ledger (a full disk, a
//! read-only directory): kept in memory, written again every few seconds, named in the
//! title bar until they are on disk, and worth a second Ctrl+C before quitting.

use std::time::{Duration, Instant};

use super::{App, NoticeKind};
use crate::api::OrderId;
use crate::ledger::PaymentRecord;
use crate::msg::Effect;

/// How often an unrecorded link is written again.
pub const RETRY_EVERY: Duration = Duration::from_secs(5);

/// The links not yet in the ledger.
#[derive(Debug, Clone, Default)]
pub struct Unrecorded {
    /// Each waiting record, and whether a write of it is on its way.
    pub records: Vec<(PaymentRecord, bool)>,
    /// When the next writes are due.
    pub retry_at: Option<Instant>,
    /// Why the last write failed.
    pub error: Option<String>,
}

impl App {
    /// Keeps a link the ledger did not take, to write it again soon.
    pub(super) fn keep_unrecorded(&mut self, record: PaymentRecord, error: String) {
        self.unrecorded.records.push((record, false));
        self.unrecorded.error = Some(error);
        self.unrecorded.retry_at = Some(self.now + RETRY_EVERY);
    }

    /// The writes that are due: every waiting record not already on its way.
    pub(super) fn due_writes(&mut self) -> Vec<Effect> {
        let due = self.unrecorded.retry_at.is_some_and(|at| at <= self.now);
        if !due {
            return vec![];
        }
        self.unrecorded.retry_at = None;
        self.unrecorded
            .records
            .iter_mut()
            .filter(|(_, sent)| !*sent)
            .map(|(record, sent)| {
                *sent = true;
                Effect::RecordPayment {
                    record: record.clone(),
                }
            })
            .collect()
    }

    /// What a retried write came to: on disk at last, or another try later.
    pub(super) fn on_recorded(&mut self, order_id: OrderId, result: Result<(), String>) {
        let at = self
            .unrecorded
            .records
            .iter()
            .position(|(r, _)| r.order_id == order_id);
        let Some(at) = at else {
            return;
        };
        match result {
            Ok(()) => {
                self.unrecorded.records.remove(at);
                let said = t!(
                    self.config.tr,
                    "app-in-ledger-now",
                    order_id = order_id.to_string()
                );
                self.notify(NoticeKind::Success, said);
                if self.unrecorded.records.is_empty() {
                    self.unrecorded.error = None;
                }
            }
            Err(e) => {
                self.unrecorded.records[at].1 = false;
                self.unrecorded.error = Some(e);
                self.unrecorded.retry_at = Some(self.now + RETRY_EVERY);
            }
        }
    }

    /// The title bar's warning while links are not in the ledger.
    pub fn unrecorded_banner(&self) -> Option<String> {
        let count = self.unrecorded.records.len();
        (count > 0).then(|| t!(self.config.tr, "app-unrecorded-banner", count = count))
    }
}
