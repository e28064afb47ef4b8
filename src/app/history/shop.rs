//! The Shop view, when there is a shared ledger: every till's sales of the day, read
//! from it a page at a time (by keyset, newest first, the next page as the selection
//! nears the end of those read), and read again when it announces a sale or a status,
//! or on `r`. A shop of a million sales costs what a screen shows.

use super::{App, Fetch, moved};
use crate::app::keymap::Action;
use crate::ledger::LedgerEntry;
use crate::msg::{Effect, RequestId, ShopPage};

/// Payments read at once.
pub const SHOP_PAGE: usize = 200;
/// The selection this close to the end of those read reads the next page.
const READ_AHEAD: usize = 50;

/// The Shop view's state.
#[derive(Debug, Clone, Default)]
pub struct Shop {
    /// The day's payments from every till read so far, newest first.
    pub fetch: Fetch<Vec<LedgerEntry>>,
    /// A read in flight; what was read before stays on screen meanwhile.
    pub reading: Option<RequestId>,
    /// The read in flight is the next page, older than those read.
    appending: bool,
    /// How many payments the read in flight asks for.
    asked: usize,
    /// Older payments of the day than those read may be there (the last page was full).
    pub older: bool,
    /// The shared ledger changed while a read was in flight: read again after it.
    pub stale: bool,
    /// The highlighted row.
    pub selected: usize,
    /// Sales the shop's ledger keeps apart (another sale has their order id): said
    /// above the list until someone sorts them out.
    pub conflicts: u64,
}

impl App {
    /// Reads today's newest payments of every till from the shared ledger afresh: as
    /// many as were read before (a page at least), so the selection keeps its place.
    pub(in crate::app) fn fetch_shop(&mut self) -> Vec<Effect> {
        let read = match &self.shop.fetch {
            Fetch::Ready(entries) => entries.len(),
            _ => 0,
        };
        self.shop.appending = false;
        self.read_shop(None, read.max(SHOP_PAGE))
    }

    /// Reads the page of today's payments before `before` (the newest without one).
    fn read_shop(
        &mut self,
        before: Option<(jiff::Timestamp, crate::api::OrderId)>,
        limit: usize,
    ) -> Vec<Effect> {
        let Some((from, to)) = self.day_bounds(self.today()) else {
            return vec![];
        };
        let request = self.next_request_id();
        if !matches!(self.shop.fetch, Fetch::Ready(_)) {
            self.shop.fetch = Fetch::Loading(request);
        }
        self.shop.reading = Some(request);
        self.shop.asked = limit;
        self.shop.stale = false;
        vec![Effect::LoadShop {
            request,
            from,
            to,
            page: Some(ShopPage { before, limit }),
        }]
    }

    /// The next page, older than those read, when the selection nears their end and
    /// there may be more.
    fn read_older_shop(&mut self) -> Vec<Effect> {
        let Fetch::Ready(entries) = &self.shop.fetch else {
            return vec![];
        };
        if !self.shop.older
            || self.shop.reading.is_some()
            || self.shop.selected + READ_AHEAD < entries.len()
        {
            return vec![];
        }
        let Some(last) = entries.last() else {
            return vec![];
        };
        let before = (last.payment.created_at, last.payment.order_id.clone());
        self.shop.appending = true;
        self.read_shop(Some(before), SHOP_PAGE)
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
        let appending = std::mem::take(&mut self.shop.appending);
        let asked = self.shop.asked;
        match (result, &mut self.shop.fetch) {
            (Ok(mut page), Fetch::Ready(entries)) if appending => {
                self.shop.older = page.len() >= asked;
                page.reverse();
                entries.extend(page);
            }
            (Ok(mut page), fetch) => {
                self.shop.older = page.len() >= asked;
                page.reverse();
                self.shop.selected = self.shop.selected.min(page.len().saturating_sub(1));
                *fetch = Fetch::Ready(page);
            }
            // A next page that failed leaves those read on screen; `r` reads again.
            (Err(e), Fetch::Ready(_)) if appending => {
                tracing::debug!(error = %e, "the shop's next page was not read");
            }
            (Err(e), fetch) => *fetch = Fetch::Failed(e),
        }
        if self.shop.stale {
            return self.fetch_shop();
        }
        self.read_older_shop()
    }

    pub(super) fn on_shop_action(&mut self, action: Action) -> Vec<Effect> {
        let len = match &self.shop.fetch {
            Fetch::Ready(entries) => entries.len(),
            _ => 0,
        };
        if let Some(at) = moved(self.shop.selected, len, action) {
            self.shop.selected = at;
            return self.read_older_shop();
        }
        match action {
            Action::Recheck => self.fetch_shop(),
            _ => vec![],
        }
    }
}
