//! The history pane's views (`HistoryView::ALL`), each in its own file as in `ui/history/`: this session,
//! all local (the ledger), the server, and the day's summary. Here: the view switch, the
//! keys every view shares, and exports.

mod local;
mod server;
mod session;
mod shop;
mod summary;

use crossterm::event::KeyEvent;

pub use local::Local;
pub use server::{RangeForm, SERVER_PAGE, Server};
pub use session::Session;
pub use shop::Shop;
pub use summary::{Checks, DayReport, Summary};

use super::App;
use super::keymap::Action;
use crate::ledger::LedgerEntry;
use crate::msg::{Effect, RequestId};

/// Rows PgUp and PgDn move by.
const PAGE_STEP: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
/// Which list the history pane shows.
pub enum HistoryView {
    #[default]
    /// This session's payments.
    Session,
    /// Every payment in the ledger on this machine.
    Local,
    /// The server's list of payments.
    Server,
    /// The day's close-out.
    Summary,
    /// Every till's sales of the day, from the shared ledger (when there is one).
    Shop,
}

impl HistoryView {
    /// Every view, in the order `v` goes through them; Shop only where there is a
    /// shared ledger. The one list the views, the help and the README follow.
    pub const ALL: [HistoryView; 5] = [
        HistoryView::Session,
        HistoryView::Local,
        HistoryView::Server,
        HistoryView::Summary,
        HistoryView::Shop,
    ];

    /// The views there are: the Shop view only with a shared ledger.
    pub fn offered(shop: bool) -> impl Iterator<Item = HistoryView> {
        Self::ALL
            .into_iter()
            .filter(move |v| shop || *v != HistoryView::Shop)
    }

    /// The view's name, for its title.
    pub fn title(self) -> &'static str {
        match self {
            HistoryView::Session => "This session",
            HistoryView::Local => "All local",
            HistoryView::Server => "Server",
            HistoryView::Summary => "Summary",
            HistoryView::Shop => "Shop",
        }
    }

    /// The view after this one, among those offered (`offered`).
    fn next(self, shop: bool) -> HistoryView {
        let views: Vec<HistoryView> = Self::offered(shop).collect();
        let at = views.iter().position(|v| *v == self).unwrap_or(0);
        views[(at + 1) % views.len()]
    }

    /// The view before this one, among those offered: from This session, the last (the
    /// Shop view, where there is one), without opening the views between.
    fn prev(self, shop: bool) -> HistoryView {
        let views: Vec<HistoryView> = Self::offered(shop).collect();
        let at = views.iter().position(|v| *v == self).unwrap_or(0);
        views[(at + views.len() - 1) % views.len()]
    }
}

/// Something fetched in the background; `Loading` names the request it waits for.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Fetch<T> {
    #[default]
    /// Not asked for yet.
    Idle,
    /// Asked for, waiting for this request.
    Loading(RequestId),
    /// Arrived.
    Ready(T),
    /// Failed, with why.
    Failed(String),
}

/// The selection after a movement action in a list of `len` rows; `None` for other actions.
pub(super) fn moved(selected: usize, len: usize, action: Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::PageUp => selected.saturating_sub(PAGE_STEP),
        Action::PageDown => (selected + PAGE_STEP).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    })
}

impl App {
    pub(super) fn on_history_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if self.view == HistoryView::Local && self.local.editing {
            return self.on_filter_key(key);
        }
        if self.view == HistoryView::Server && self.server.range.is_some() {
            return self.on_range_key(key);
        }
        let Some(action) = super::keymap::action(super::keymap::HISTORY, key) else {
            return vec![];
        };
        match action {
            Action::NextView => return self.next_view(),
            Action::PrevView => {
                self.view = self.view.prev(self.config.shop);
                return self.reload_view();
            }
            Action::Export => {
                let effects = self.export_view();
                let what = t!(self.config.tr, "app-export-view");
                return self.as_manager(what, effects);
            }
            Action::Back => {
                self.focus = self.back_to;
                return vec![];
            }
            Action::Quit => return self.quit(),
            _ => {}
        }
        if let Some(effects) = self.on_books_action(action) {
            return effects;
        }
        // `p` pages the Server view; in the others it prints the selected payment.
        if action == Action::PrevPage
            && matches!(self.view, HistoryView::Session | HistoryView::Local)
        {
            return self.print_selected();
        }
        match self.view {
            HistoryView::Session => self.on_session_action(action),
            HistoryView::Local => self.on_local_action(action),
            HistoryView::Server => self.on_server_action(action),
            HistoryView::Summary => self.on_summary_action(action),
            HistoryView::Shop => self.on_shop_action(action),
        }
    }

    /// The books' keys in the history: void or refund the selected payment (This
    /// session, All local), open the shift, move cash, close on a Z (Summary).
    fn on_books_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let selected = || match self.view {
            HistoryView::Session => self
                .payments
                .get(self.session.selected)
                .map(super::SessionPayment::to_entry),
            HistoryView::Local => self.local.selected_entry().cloned(),
            _ => None,
        };
        match action {
            Action::Void => {
                let entry = selected();
                Some(self.ask_void(entry))
            }
            Action::Refund => {
                let entry = selected();
                Some(self.ask_refund(entry))
            }
            Action::OpenShift | Action::CashIn | Action::CashOut | Action::CloseShift
                if self.view == HistoryView::Summary =>
            {
                Some(self.ask_books(action))
            }
            Action::OpenShift | Action::CashIn | Action::CashOut | Action::CloseShift => {
                let said = t!(self.config.tr, "app-shift-keys-in-summary");
                self.notify(super::NoticeKind::Info, said);
                Some(vec![])
            }
            _ => None,
        }
    }

    /// `p` in This session or All local: the selected payment's slip or receipt.
    fn print_selected(&mut self) -> Vec<Effect> {
        let selected = match self.view {
            HistoryView::Session => self
                .payments
                .get(self.session.selected)
                .map(|p| (p.record.clone(), p.status.clone(), p.paid_at)),
            _ => self
                .local
                .selected_entry()
                .map(|e| (e.payment.clone(), e.status.clone(), e.status_at)),
        };
        match selected {
            Some((record, status, paid_at)) => self.print(record, &status, paid_at),
            None => vec![],
        }
    }

    fn next_view(&mut self) -> Vec<Effect> {
        self.view = self.view.next(self.config.shop);
        self.reload_view()
    }

    /// The shown view read again, as it is whenever one comes back on screen (`v`, or
    /// back from another pane): what it showed when it was left may be stale by now
    /// (a sale made, a status changed, a till's sale), and reading is cheap (the ledger
    /// pages by keyset, the server sends a page). This session's list is the app's own.
    pub(in crate::app) fn reload_view(&mut self) -> Vec<Effect> {
        match self.view {
            HistoryView::Session => vec![],
            HistoryView::Server => self.fetch_server(self.server.query),
            HistoryView::Local => self.reload_local(),
            HistoryView::Summary => {
                let mut effects = self.fetch_summary();
                effects.push(Effect::LoadShift);
                effects
            }
            HistoryView::Shop => self.fetch_shop(),
        }
    }

    /// Puts a session payment on screen; on screen it is followed at the fast rate.
    fn show(&mut self, id: crate::api::OrderId) {
        self.check_soon(&id);
        self.shown = Some(id);
        self.focus = super::Pane::Payment;
    }

    /// `e`: the current view as a CSV file, oldest first whatever the order on screen
    /// (it is a ledger: All local's export, and `luxpay export`, read that way too).
    fn export_view(&mut self) -> Vec<Effect> {
        let tz = &self.config.tz;
        let (view, table) = match self.view {
            HistoryView::Session => {
                let entries: Vec<LedgerEntry> =
                    self.payments.iter().rev().map(|p| p.to_entry()).collect();
                ("session", crate::export::local_table(&entries, tz))
            }
            HistoryView::Local => {
                // Every entry that passes the filter, streamed from the ledger: the
                // window on screen is only part of them.
                let filter = self.local.filter().clone();
                let said = t!(self.config.tr, "app-exporting");
                self.notify(super::NoticeKind::Info, said);
                return vec![Effect::ExportLocal { filter }];
            }
            HistoryView::Server => match &self.server.fetch {
                Fetch::Ready(page) => {
                    // The API lists newest first.
                    let oldest_first: Vec<_> = page.orders.iter().rev().cloned().collect();
                    ("server", crate::export::server_table(&oldest_first))
                }
                _ => {
                    let said = t!(self.config.tr, "app-export-server-not-yet");
                    self.notify(super::NoticeKind::Error, said);
                    return vec![];
                }
            },
            HistoryView::Summary => {
                let report = self.day_report();
                let differences = report.differences.unwrap_or_default();
                (
                    "summary",
                    crate::summary::to_table(&report.summary, &differences),
                )
            }
            HistoryView::Shop => match &self.shop.fetch {
                Fetch::Ready(entries) => {
                    // Shown newest first.
                    let oldest_first: Vec<_> = entries.iter().rev().cloned().collect();
                    ("shop", crate::export::local_table(&oldest_first, tz))
                }
                _ => {
                    let said = t!(self.config.tr, "app-export-shop-not-yet");
                    self.notify(super::NoticeKind::Error, said);
                    return vec![];
                }
            },
        };
        let said = t!(
            self.config.tr,
            "app-exporting-rows",
            count = table.rows.len()
        );
        self.notify(super::NoticeKind::Info, said);
        vec![Effect::Export { view, table }]
    }
}
