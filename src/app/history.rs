//! The history pane's four views: this session, all local (the ledger), the server,
//! and the day's summary. The view switch, the session and ledger views, exports.
//! The server and summary views, which fetch, are in `server.rs`.

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::{App, NoticeKind, Pane, SessionPayment};
use crate::api::PaymentStatus;
use crate::ledger::{Filter, LedgerEntry, Loaded};
use crate::msg::Effect;

/// Rows PgUp and PgDn move by.
const PAGE_STEP: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryView {
    #[default]
    Session,
    Local,
    Server,
    Summary,
}

impl HistoryView {
    pub fn title(self) -> &'static str {
        match self {
            HistoryView::Session => "This session",
            HistoryView::Local => "All local",
            HistoryView::Server => "Server",
            HistoryView::Summary => "Summary",
        }
    }

    fn next(self) -> HistoryView {
        match self {
            HistoryView::Session => HistoryView::Local,
            HistoryView::Local => HistoryView::Server,
            HistoryView::Server => HistoryView::Summary,
            HistoryView::Summary => HistoryView::Session,
        }
    }
}

/// Something fetched in the background.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Fetch<T> {
    #[default]
    Idle,
    Loading(u64),
    Ready(T),
    Failed(String),
}

/// The ledger on this machine, loaded once and filtered in memory.
#[derive(Debug, Clone, Default)]
pub struct Local {
    pub entries: Vec<LedgerEntry>,
    pub loaded: Fetch<()>,
    pub filter: Input,
    pub filter_error: Option<String>,
    pub editing: bool,
    /// Indexes into `entries` that pass the filter, newest first.
    pub matches: Vec<usize>,
    pub selected: usize,
}

impl Local {
    /// Recomputes which entries pass the filter. Runs when the filter or the entries
    /// change, never while drawing.
    pub fn refilter(&mut self, tz: &jiff::tz::TimeZone) {
        match Filter::parse(self.filter.value()) {
            Ok(filter) => {
                self.filter_error = None;
                self.matches = (0..self.entries.len())
                    .rev()
                    .filter(|&i| filter.matches(&self.entries[i], tz))
                    .collect();
            }
            Err(e) => self.filter_error = Some(e),
        }
        self.selected = self.selected.min(self.matches.len().saturating_sub(1));
    }

    pub fn selected_entry(&self) -> Option<&LedgerEntry> {
        self.matches.get(self.selected).map(|&i| &self.entries[i])
    }

    /// The latest entry for an order of this API.
    pub fn find_mut(
        &mut self,
        api_host: &str,
        id: &crate::api::OrderId,
    ) -> Option<&mut LedgerEntry> {
        self.entries
            .iter_mut()
            .rev()
            .find(|e| e.payment.api_host == api_host && &e.payment.order_id == id)
    }
}

pub(super) fn moved(selected: usize, len: usize, code: KeyCode) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match code {
        KeyCode::Up | KeyCode::Char('k') => selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => (selected + 1).min(last),
        KeyCode::PageUp => selected.saturating_sub(PAGE_STEP),
        KeyCode::PageDown => (selected + PAGE_STEP).min(last),
        KeyCode::Home => 0,
        KeyCode::End => last,
        _ => return None,
    })
}

impl App {
    pub(super) fn on_ledger_loaded(&mut self, loaded: Result<Loaded, String>) {
        match loaded {
            Ok(loaded) => {
                if loaded.skipped > 0 {
                    self.notify(
                        NoticeKind::Info,
                        format!(
                            "{} unreadable line(s) in the ledger were skipped; all else is intact",
                            loaded.skipped
                        ),
                    );
                }
                // Links made while the file was being read are kept, once each.
                let made_meanwhile: Vec<LedgerEntry> = std::mem::take(&mut self.local.entries)
                    .into_iter()
                    .filter(|e| !loaded.entries.iter().any(|l| l.payment == e.payment))
                    .collect();
                self.local.entries = loaded.entries;
                self.local.entries.extend(made_meanwhile);
                self.local.loaded = Fetch::Ready(());
            }
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    format!("The ledger could not be read: {e}"),
                );
                self.local.loaded = Fetch::Failed(e);
            }
        }
        self.local.refilter(&self.config.tz);
    }

    pub(super) fn on_history_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if self.view == HistoryView::Local && self.local.editing {
            return self.on_filter_key(key);
        }
        if self.view == HistoryView::Server && self.server.range.is_some() {
            return self.on_range_key(key);
        }
        match key.code {
            KeyCode::Char('v') => return self.next_view(),
            KeyCode::Char('e') => return self.export_view(),
            KeyCode::Esc => {
                self.focus = self.back_to;
                return vec![];
            }
            KeyCode::Char('q') => return self.quit(),
            _ => {}
        }
        match self.view {
            HistoryView::Session => self.on_session_key(key),
            HistoryView::Local => self.on_local_key(key),
            HistoryView::Server => self.on_server_key(key),
            HistoryView::Summary => self.on_summary_key(key),
        }
    }

    fn next_view(&mut self) -> Vec<Effect> {
        self.view = self.view.next();
        match self.view {
            HistoryView::Server if self.server.fetch == Fetch::Idle => {
                self.fetch_server(self.server.query)
            }
            HistoryView::Summary => self.fetch_summary(),
            _ => vec![],
        }
    }

    fn on_session_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if let Some(at) = moved(self.selected, self.payments.len(), key.code) {
            self.selected = at;
            return vec![];
        }
        let Some(id) = self.payments.get(self.selected).map(|p| p.order_id.clone()) else {
            return vec![];
        };
        match key.code {
            KeyCode::Enter => self.show(id),
            KeyCode::Char('r') => self.check_soon(&id),
            KeyCode::Char('c') => {
                let text = self.payments[self.selected].order_url.clone();
                return self.copy(text);
            }
            _ => {}
        }
        vec![]
    }

    /// Puts a session payment on screen; on screen it is followed at the fast rate.
    fn show(&mut self, id: crate::api::OrderId) {
        self.check_soon(&id);
        self.shown = Some(id);
        self.focus = Pane::Payment;
    }

    fn on_local_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if let Some(at) = moved(self.local.selected, self.local.matches.len(), key.code) {
            self.local.selected = at;
            return vec![];
        }
        match key.code {
            KeyCode::Char('/') => self.local.editing = true,
            KeyCode::Char('c') => {
                if let Some(e) = self.local.selected_entry() {
                    let text = e.payment.order_url.clone();
                    return self.copy(text);
                }
            }
            KeyCode::Enter | KeyCode::Char('r') => {
                // An earlier payment comes back into the session: its code on screen,
                // its status followed again if it may still be paid.
                let Some(entry) = self.local.selected_entry().cloned() else {
                    return vec![];
                };
                let id = self.reopen(entry);
                if key.code == KeyCode::Enter {
                    self.show(id);
                } else {
                    self.check_soon(&id);
                }
            }
            _ => {}
        }
        vec![]
    }

    /// Makes a ledger payment part of the session (if it is not already) and returns its id.
    fn reopen(&mut self, entry: LedgerEntry) -> crate::api::OrderId {
        let id = entry.payment.order_id.clone();
        if !self.payments.iter().any(|p| p.order_id == id) {
            let payment =
                SessionPayment::from_ledger(entry, self.now, self.wall, &self.config.api_host);
            self.payments.insert(0, payment);
        }
        id
    }

    fn on_filter_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Enter => self.local.editing = false,
            KeyCode::Esc => {
                self.local.editing = false;
                self.local.filter = Input::default();
            }
            _ => {
                self.local
                    .filter
                    .handle_event(&crossterm::event::Event::Key(key));
            }
        }
        self.local.refilter(&self.config.tz);
        vec![]
    }

    /// `e`: the current view as a CSV file.
    fn export_view(&mut self) -> Vec<Effect> {
        let tz = &self.config.tz;
        let (view, table) = match self.view {
            HistoryView::Session => {
                let entries: Vec<LedgerEntry> = self
                    .payments
                    .iter()
                    .map(|p| p.to_entry(&self.config))
                    .collect();
                ("session", crate::export::local_table(&entries, tz))
            }
            HistoryView::Local => (
                "local",
                crate::export::local_table(
                    self.local.matches.iter().map(|&i| &self.local.entries[i]),
                    tz,
                ),
            ),
            HistoryView::Server => match &self.server.fetch {
                Fetch::Ready(page) => ("server", crate::export::server_table(&page.orders)),
                _ => {
                    self.notify(
                        NoticeKind::Error,
                        "Nothing to export yet: the server's list has not arrived",
                    );
                    return vec![];
                }
            },
            HistoryView::Summary => {
                let date = self.summary_date();
                let day = crate::summary::day_entries(
                    &self.local.entries,
                    date,
                    tz,
                    &self.config.api_host,
                );
                let summary = crate::summary::summarize(&day, date);
                let differences = match &self.summary.fetch {
                    Fetch::Ready(page) => crate::summary::reconcile(&day, &page.orders),
                    _ => vec![],
                };
                ("summary", crate::summary::to_table(&summary, &differences))
            }
        };
        self.notify(
            NoticeKind::Info,
            format!("Exporting {} row(s)…", table.rows.len()),
        );
        vec![Effect::Export { view, table }]
    }

    /// Keeps the ledger view in step with a status seen in this session.
    pub(super) fn note_status(
        &mut self,
        id: &crate::api::OrderId,
        status: &PaymentStatus,
        at: jiff::Timestamp,
    ) {
        let host = self.config.api_host.clone();
        if let Some(entry) = self.local.find_mut(&host, id) {
            entry.status = status.clone();
            entry.status_at = Some(at);
        }
    }
}
