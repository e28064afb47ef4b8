//! All local: the ledger on this machine, read a page at a time. The view holds a
//! window of the entries that pass the filter, newest first, and reads the next page
//! (by keyset, from the database) as the selection nears either end of it, so a decade
//! of sales costs what one screen shows.

use crossterm::event::KeyEvent;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::{App, Fetch, moved};
use crate::api::{OrderId, PaymentStatus};
use crate::app::keymap::{self, Action};
use crate::app::{NoticeKind, SessionPayment};
use crate::ledger::{Cursor, Direction, Filter, LedgerEntry};
use crate::msg::{Effect, Page, PageQuery, RequestId};

/// Entries read at once.
pub const LOCAL_PAGE: usize = 200;
/// The selection this close to an end of the window reads the next page.
const READ_AHEAD: usize = 50;
/// The most entries the window holds; beyond it, the far end is let go.
const MAX_WINDOW: usize = 4 * LOCAL_PAGE;

/// The All local view's state: a window of the ledger's entries that pass the filter.
#[derive(Debug, Clone, Default)]
pub struct Local {
    /// The entries in the window, newest first.
    pub entries: Vec<LedgerEntry>,
    /// Whether the first page has been read.
    pub loaded: Fetch<()>,
    /// How many entries pass the filter in all.
    pub total: Option<u64>,
    /// More than `total` pass (the count stopped there).
    pub capped: bool,
    /// Entries newer than the window pass the filter too.
    pub newer: bool,
    /// Entries older than the window pass the filter too.
    pub older: bool,
    /// A read that extends the window, in flight.
    paging: Option<(RequestId, Direction)>,
    /// The filter as typed.
    pub filter: Input,
    /// The filter last read with.
    applied: Filter,
    /// Why the filter cannot be used, if it cannot.
    pub filter_error: Option<String>,
    /// Whether keys go to the filter.
    pub editing: bool,
    /// The highlighted row, an index into `entries`.
    pub selected: usize,
}

impl Local {
    /// The highlighted entry, if any passes the filter.
    pub fn selected_entry(&self) -> Option<&LedgerEntry> {
        self.entries.get(self.selected)
    }

    /// The entry for an order of this API, if it is in the window.
    fn find_mut(&mut self, api_host: &str, id: &OrderId) -> Option<&mut LedgerEntry> {
        self.entries
            .iter_mut()
            .find(|e| e.payment.api_host == api_host && &e.payment.order_id == id)
    }

    /// The filter for exports of this view: what is typed, if it can be read.
    pub fn filter(&self) -> &Filter {
        &self.applied
    }
}

impl App {
    /// Reads the view afresh from the newest entry that passes the filter.
    pub(in crate::app) fn reload_local(&mut self) -> Vec<Effect> {
        match Filter::parse(self.local.filter.value()) {
            Ok(filter) => {
                self.local.filter_error = None;
                self.local.applied = filter;
            }
            Err(e) => {
                self.local.filter_error = Some(e);
                return vec![];
            }
        }
        self.read_local(Direction::Older)
    }

    /// Reads a first page: the newest entries (`Older`), or the oldest (`Newer`, for End).
    fn read_local(&mut self, direction: Direction) -> Vec<Effect> {
        let effects = self.read_page(direction, None);
        if let Some((request, _)) = self.local.paging {
            self.local.loaded = Fetch::Loading(request);
        }
        effects
    }

    /// Reads the page past the window's end in `direction`, unless one is in flight.
    fn extend_local(&mut self, direction: Direction) -> Vec<Effect> {
        if self.local.paging.is_some() {
            return vec![];
        }
        let edge = match direction {
            Direction::Older => self.local.entries.last(),
            Direction::Newer => self.local.entries.first(),
        };
        match edge.map(Cursor::after) {
            Some(cursor) => self.read_page(direction, Some(cursor)),
            None => vec![],
        }
    }

    /// Asks for a page from `cursor` (a first page, counted, when there is none).
    fn read_page(&mut self, direction: Direction, cursor: Option<Cursor>) -> Vec<Effect> {
        let request = self.next_request_id();
        self.local.paging = Some((request, direction));
        vec![Effect::LoadPage {
            request,
            query: PageQuery {
                filter: self.local.applied.clone(),
                direction,
                count: cursor.is_none(),
                cursor,
                limit: LOCAL_PAGE,
            },
        }]
    }

    pub(in crate::app) fn on_page_loaded(
        &mut self,
        request: RequestId,
        result: Result<Page, String>,
    ) {
        let Some((asked, direction)) = self.local.paging else {
            return;
        };
        if asked != request {
            return;
        }
        self.local.paging = None;
        let page = match result {
            Ok(page) => page,
            Err(e) => {
                let said = t!(self.config.tr, "app-ledger-not-read", error = e.as_str());
                self.notify(NoticeKind::Error, said);
                if self.local.loaded == Fetch::Loading(request) {
                    self.local.loaded = Fetch::Failed(e);
                }
                return;
            }
        };
        let local = &mut self.local;
        if local.loaded == Fetch::Loading(request) {
            // A first page: the window starts over.
            local.loaded = Fetch::Ready(());
            local.total = page.total;
            local.capped = page.capped;
            local.entries = page.entries;
            match direction {
                Direction::Older => {
                    local.newer = false;
                    local.older = page.full;
                    local.selected = 0;
                }
                Direction::Newer => {
                    local.newer = page.full;
                    local.older = false;
                    local.selected = local.entries.len().saturating_sub(1);
                }
            }
            return;
        }
        let n = page.entries.len();
        match direction {
            Direction::Older => {
                local.older = page.full;
                local.entries.extend(page.entries);
                if local.entries.len() > MAX_WINDOW {
                    let cut = local.entries.len() - MAX_WINDOW;
                    local.entries.drain(..cut);
                    local.selected = local.selected.saturating_sub(cut);
                    local.newer = true;
                }
            }
            Direction::Newer => {
                local.newer = page.full;
                local.entries.splice(0..0, page.entries);
                local.selected += n;
                if local.entries.len() > MAX_WINDOW {
                    local.entries.truncate(MAX_WINDOW);
                    local.older = true;
                }
            }
        }
    }

    pub(super) fn on_local_action(&mut self, action: Action) -> Vec<Effect> {
        let len = self.local.entries.len();
        if action == Action::Last && self.local.older {
            // The end of a long list is read from the other side, not paged to.
            return self.read_local(Direction::Newer);
        }
        if action == Action::First && self.local.newer {
            return self.read_local(Direction::Older);
        }
        if let Some(at) = moved(self.local.selected, len, action) {
            self.local.selected = at;
            if self.local.older && at + READ_AHEAD >= len {
                return self.extend_local(Direction::Older);
            }
            if self.local.newer && at < READ_AHEAD {
                return self.extend_local(Direction::Newer);
            }
            return vec![];
        }
        match action {
            Action::Filter => self.local.editing = true,
            Action::Copy => {
                if let Some(e) = self.local.selected_entry() {
                    if e.payment.order_url.is_empty() {
                        let said = t!(self.config.tr, "app-no-link-recovered");
                        self.notify(NoticeKind::Error, said);
                        return vec![];
                    }
                    let text = e.payment.order_url.clone();
                    return self.copy(text);
                }
            }
            Action::Show | Action::Recheck => {
                // An earlier payment comes back into the session: its code on screen,
                // its status followed again if it may still be paid.
                let Some(entry) = self.local.selected_entry().cloned() else {
                    return vec![];
                };
                let id = self.reopen(entry);
                if action == Action::Show {
                    self.show(id);
                } else {
                    self.recheck(&id);
                }
            }
            _ => {}
        }
        vec![]
    }

    /// Makes a ledger payment part of the session (if it is not already) and returns its id.
    fn reopen(&mut self, entry: LedgerEntry) -> OrderId {
        let id = entry.payment.order_id.clone();
        if !self.payments.iter().any(|p| p.record.order_id == id) {
            let payment =
                SessionPayment::from_ledger(entry, self.now, self.wall, &self.config.api_host);
            self.payments.insert(0, payment);
        }
        id
    }

    pub(super) fn on_filter_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let before = self.local.filter.value().to_string();
        match keymap::action(keymap::FILTER, key) {
            Some(Action::Apply) => self.local.editing = false,
            Some(Action::Back) => {
                self.local.editing = false;
                self.local.filter = Input::default();
            }
            _ => {
                self.local
                    .filter
                    .handle_event(&crossterm::event::Event::Key(key));
            }
        }
        if self.local.filter.value() == before {
            return vec![];
        }
        self.reload_local()
    }

    /// Keeps the ledger's entries on hand in step with a status seen in this session.
    pub(in crate::app) fn keep_entries_in_step(
        &mut self,
        id: &OrderId,
        status: &PaymentStatus,
        at: jiff::Timestamp,
    ) {
        let host = self.config.api_host.clone();
        let same = |e: &LedgerEntry| e.payment.api_host == host && &e.payment.order_id == id;
        let windows = [
            self.local.find_mut(&host, id),
            self.recent.iter_mut().find(|e| same(e)),
        ];
        let day = match &mut self.summary.day {
            Fetch::Ready(day) => day.iter_mut().find(|e| same(e)),
            _ => None,
        };
        for entry in windows.into_iter().chain([day]).flatten() {
            entry.status = status.clone();
            entry.status_at = Some(at);
        }
    }
}
