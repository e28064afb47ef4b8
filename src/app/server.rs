//! The history views that ask the server: its list (a page at a time, or a date
//! range with its total) and the day's summary, reconciled with it.

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::App;
use super::history::{Fetch, moved};
use crate::api::DateBound;
use crate::msg::{Effect, ServerPage, ServerQuery};

/// Orders per page in the server view.
pub const SERVER_PAGE: u64 = 20;

/// What the server said, a page or a date range at a time.
#[derive(Debug, Clone)]
pub struct Server {
    pub query: ServerQuery,
    pub fetch: Fetch<ServerPage>,
    pub selected: usize,
    /// Dates being typed for a range query: (from, to, which has focus).
    pub range: Option<(Input, Input, bool)>,
    pub range_error: Option<String>,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            query: ServerQuery::Recent { offset: 0 },
            fetch: Fetch::Idle,
            selected: 0,
            range: None,
            range_error: None,
        }
    }
}

/// The day's close-out: local figures, and the server's history to reconcile with.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The day shown; `None` means today.
    pub date: Option<jiff::civil::Date>,
    pub fetch: Fetch<ServerPage>,
}

impl App {
    /// The day the summary shows.
    pub fn summary_date(&self) -> jiff::civil::Date {
        self.summary
            .date
            .unwrap_or_else(|| self.wall.to_zoned_datetime(self.config.tz.clone()).date())
    }

    pub(super) fn on_server_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let count = match &self.server.fetch {
            Fetch::Ready(page) => page.orders.len(),
            _ => 0,
        };
        if let Some(at) = moved(self.server.selected, count, key.code)
            && !matches!(key.code, KeyCode::PageUp | KeyCode::PageDown)
        {
            self.server.selected = at;
            return vec![];
        }
        match (key.code, self.server.query) {
            (KeyCode::Char('n') | KeyCode::PageDown, ServerQuery::Recent { offset })
                if count as u64 == SERVER_PAGE =>
            {
                self.fetch_server(ServerQuery::Recent {
                    offset: offset + SERVER_PAGE,
                })
            }
            (KeyCode::Char('p') | KeyCode::PageUp, ServerQuery::Recent { offset })
                if offset > 0 =>
            {
                self.fetch_server(ServerQuery::Recent {
                    offset: offset.saturating_sub(SERVER_PAGE),
                })
            }
            (KeyCode::Char('d'), _) => {
                let today = self
                    .wall
                    .to_zoned_datetime(self.config.tz.clone())
                    .date()
                    .to_string();
                self.server.range = Some((Input::new(today.clone()), Input::new(today), false));
                self.server.range_error = None;
                vec![]
            }
            (KeyCode::Char('r'), query) => self.fetch_server(query),
            _ => vec![],
        }
    }

    pub(super) fn on_range_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some((from, to, on_to)) = &mut self.server.range else {
            return vec![];
        };
        match key.code {
            KeyCode::Esc => self.server.range = None,
            KeyCode::Tab | KeyCode::BackTab => *on_to = !*on_to,
            KeyCode::Enter => {
                let parse = |i: &Input| i.value().parse::<DateBound>();
                match (parse(from), parse(to)) {
                    (Ok(from), Ok(to)) => {
                        self.server.range = None;
                        return self.fetch_server(ServerQuery::Range { from, to });
                    }
                    (Err(e), _) | (_, Err(e)) => self.server.range_error = Some(e),
                }
            }
            _ => {
                let input = if *on_to { to } else { from };
                input.handle_event(&crossterm::event::Event::Key(key));
            }
        }
        vec![]
    }

    pub(super) fn fetch_server(&mut self, query: ServerQuery) -> Vec<Effect> {
        let request = self.next_request;
        self.next_request += 1;
        self.server.query = query;
        self.server.fetch = Fetch::Loading(request);
        self.server.selected = 0;
        vec![Effect::FetchServer { request, query }]
    }

    pub(super) fn on_summary_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let date = self.summary_date();
        let day = match key.code {
            KeyCode::Left => date.yesterday().ok(),
            KeyCode::Right => date.tomorrow().ok(),
            KeyCode::Char('r') => Some(date),
            _ => None,
        };
        match day {
            Some(day) => {
                self.summary.date = Some(day);
                self.fetch_summary()
            }
            None => vec![],
        }
    }

    pub(super) fn fetch_summary(&mut self) -> Vec<Effect> {
        let day = DateBound::Day(self.summary_date());
        let request = self.next_request;
        self.next_request += 1;
        self.summary.fetch = Fetch::Loading(request);
        vec![Effect::FetchServer {
            request,
            query: ServerQuery::Range { from: day, to: day },
        }]
    }

    pub(super) fn on_server_fetched(
        &mut self,
        request: u64,
        result: Result<ServerPage, crate::api::ApiError>,
    ) {
        let fetch = match result {
            Ok(page) => Fetch::Ready(page),
            Err(e) => Fetch::Failed(e.to_string()),
        };
        if self.server.fetch == Fetch::Loading(request) {
            self.server.fetch = fetch;
        } else if self.summary.fetch == Fetch::Loading(request) {
            self.summary.fetch = fetch;
        }
    }
}
