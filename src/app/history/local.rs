//! All local: the ledger on this machine, loaded once and filtered in memory.

use crossterm::event::KeyEvent;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::{App, Fetch, moved};
use crate::api::{OrderId, PaymentStatus};
use crate::app::keymap::{self, Action};
use crate::app::{NoticeKind, SessionPayment};
use crate::ledger::{Filter, LedgerEntry, Loaded};
use crate::msg::{Effect, RequestId};

/// The All local view's state: the ledger's entries and the filter over them.
#[derive(Debug, Clone, Default)]
pub struct Local {
    /// The ledger's payments, oldest first.
    pub entries: Vec<LedgerEntry>,
    /// Whether the ledger has been read.
    pub loaded: Fetch<()>,
    /// The filter as typed.
    pub filter: Input,
    /// Why the filter cannot be used, if it cannot.
    pub filter_error: Option<String>,
    /// Whether keys go to the filter.
    pub editing: bool,
    /// Indexes into `entries` that pass the filter, newest first.
    pub matches: Vec<usize>,
    /// The highlighted row, an index into `matches`.
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

    /// The highlighted entry, if any passes the filter.
    pub fn selected_entry(&self) -> Option<&LedgerEntry> {
        self.matches.get(self.selected).map(|&i| &self.entries[i])
    }

    /// The latest entry for an order of this API.
    fn find_mut(&mut self, api_host: &str, id: &OrderId) -> Option<&mut LedgerEntry> {
        self.entries
            .iter_mut()
            .rev()
            .find(|e| e.payment.api_host == api_host && &e.payment.order_id == id)
    }
}

impl App {
    pub(in crate::app) fn on_ledger_loaded(
        &mut self,
        request: RequestId,
        loaded: Result<Loaded, String>,
    ) {
        if self.local.loaded != Fetch::Loading(request) {
            return;
        }
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

    pub(super) fn on_local_action(&mut self, action: Action) -> Vec<Effect> {
        if let Some(at) = moved(self.local.selected, self.local.matches.len(), action) {
            self.local.selected = at;
            return vec![];
        }
        match action {
            Action::Filter => self.local.editing = true,
            Action::Copy => {
                if let Some(e) = self.local.selected_entry() {
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
        self.local.refilter(&self.config.tz);
        vec![]
    }

    /// Keeps the ledger view in step with a status seen in this session.
    pub(in crate::app) fn note_status(
        &mut self,
        id: &OrderId,
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
