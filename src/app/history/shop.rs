//! The Shop view, when there is a shared ledger: every till's sales of the day, read
//! from it, and read again when it announces a sale or a status, or on `r`.

use super::{App, Fetch, moved};
use crate::app::keymap::Action;
use crate::ledger::LedgerEntry;
use crate::msg::{Effect, RequestId};

/// The Shop view's state.
#[derive(Debug, Clone, Default)]
pub struct Shop {
    /// The day's payments from every till, newest first.
    pub fetch: Fetch<Vec<LedgerEntry>>,
    /// A read in flight; what was read before stays on screen meanwhile.
    pub reading: Option<RequestId>,
    /// The shared ledger changed while a read was in flight: read again after it.
    pub stale: bool,
    /// The highlighted row.
    pub selected: usize,
    /// Sales the shop's ledger keeps apart (another sale has their order id): said
    /// above the list until someone sorts them out.
    pub conflicts: u64,
}

impl App {
    /// Reads today's payments of every till from the shared ledger.
    pub(in crate::app) fn fetch_shop(&mut self) -> Vec<Effect> {
        let Some((from, to)) = self.day_bounds(self.today()) else {
            return vec![];
        };
        let request = self.next_request_id();
        if !matches!(self.shop.fetch, Fetch::Ready(_)) {
            self.shop.fetch = Fetch::Loading(request);
        }
        self.shop.reading = Some(request);
        self.shop.stale = false;
        vec![Effect::LoadShop { request, from, to }]
    }

    /// The start of `date` and of the day after, in the app's time zone.
    pub(in crate::app) fn day_bounds(
        &self,
        date: jiff::civil::Date,
    ) -> Option<(jiff::Timestamp, jiff::Timestamp)> {
        crate::text::day_bounds(date, &self.config.tz).ok()
    }

    /// The shared ledger announced a sale or a status: the Shop view, when it is the
    /// one shown, is read again, one read at a time (a burst of announcements, as when
    /// a till sends its backlog, makes one more read, not one each).
    pub(in crate::app) fn on_shop_changed(&mut self) -> Vec<Effect> {
        if self.view != super::HistoryView::Shop {
            return vec![];
        }
        if self.shop.reading.is_some() {
            self.shop.stale = true;
            return vec![];
        }
        self.fetch_shop()
    }

    pub(in crate::app) fn on_shop_loaded(
        &mut self,
        request: RequestId,
        result: Result<Vec<LedgerEntry>, String>,
    ) -> Vec<Effect> {
        if self.summary.shop_read == Some(request) {
            self.on_summary_shop(result);
            return vec![];
        }
        if self.shop.reading != Some(request) {
            return vec![];
        }
        self.shop.reading = None;
        self.shop.fetch = match result {
            Ok(mut entries) => {
                entries.reverse();
                self.shop.selected = self.shop.selected.min(entries.len().saturating_sub(1));
                Fetch::Ready(entries)
            }
            Err(e) => Fetch::Failed(e),
        };
        if self.shop.stale {
            return self.fetch_shop();
        }
        vec![]
    }

    pub(super) fn on_shop_action(&mut self, action: Action) -> Vec<Effect> {
        let len = match &self.shop.fetch {
            Fetch::Ready(entries) => entries.len(),
            _ => 0,
        };
        if let Some(at) = moved(self.shop.selected, len, action) {
            self.shop.selected = at;
            return vec![];
        }
        match action {
            Action::Recheck => self.fetch_shop(),
            _ => vec![],
        }
    }
}
