//! The Server view: `GET /payments` a page at a time, or a date range with the server's
//! own total.

use crossterm::event::KeyEvent;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::{App, Fetch, moved};
use crate::api::DateBound;
use crate::app::keymap::{self, Action};
use crate::msg::{Effect, ServerPage, ServerQuery};

/// Orders per page in the server view.
pub const SERVER_PAGE: u64 = 20;

/// What the server said, a page or a date range at a time.
#[derive(Debug, Clone)]
pub struct Server {
    /// What was asked for last.
    pub query: ServerQuery,
    /// Its answer.
    pub fetch: Fetch<ServerPage>,
    /// The highlighted row.
    pub selected: usize,
    /// Dates being typed for a range query.
    pub range: Option<RangeForm>,
    /// Why the typed range cannot be used.
    pub range_error: Option<String>,
}

/// The two dates of a range query as they are typed.
#[derive(Debug, Clone)]
pub struct RangeForm {
    /// The first day, as typed.
    pub from: Input,
    /// The last day, as typed.
    pub to: Input,
    /// Whether the cursor is in `to` (else in `from`).
    pub on_to: bool,
}

impl RangeForm {
    /// The focused date field.
    pub fn focused(&self) -> &Input {
        if self.on_to { &self.to } else { &self.from }
    }
}

impl Default for Server {
    fn default() -> Self {
        Server {
            query: ServerQuery::Recent {
                offset: 0,
                limit: SERVER_PAGE,
            },
            fetch: Fetch::Idle,
            selected: 0,
            range: None,
            range_error: None,
        }
    }
}

impl App {
    pub(super) fn on_server_action(&mut self, action: Action) -> Vec<Effect> {
        let count = match &self.server.fetch {
            Fetch::Ready(page) => page.orders.len(),
            _ => 0,
        };
        // PgUp and PgDn turn pages here, the server's pages being the list.
        if !matches!(action, Action::PageUp | Action::PageDown)
            && let Some(at) = moved(self.server.selected, count, action)
        {
            self.server.selected = at;
            return vec![];
        }
        match (action, self.server.query) {
            (Action::NextPage | Action::PageDown, ServerQuery::Recent { offset, limit })
                if count as u64 == limit =>
            {
                self.fetch_server(ServerQuery::Recent {
                    offset: offset + limit,
                    limit,
                })
            }
            (Action::PrevPage | Action::PageUp, ServerQuery::Recent { offset, limit })
                if offset > 0 =>
            {
                self.fetch_server(ServerQuery::Recent {
                    offset: offset.saturating_sub(limit),
                    limit,
                })
            }
            (Action::Dates, _) => {
                let today = self.today().to_string();
                self.server.range = Some(RangeForm {
                    from: Input::new(today.clone()),
                    to: Input::new(today),
                    on_to: false,
                });
                self.server.range_error = None;
                vec![]
            }
            (Action::Recheck, query) => self.fetch_server(query),
            _ => vec![],
        }
    }

    pub(super) fn on_range_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(range) = &mut self.server.range else {
            return vec![];
        };
        match keymap::action(keymap::DATES, key) {
            Some(Action::Back) => self.server.range = None,
            Some(Action::SwitchField) => range.on_to = !range.on_to,
            Some(Action::Apply) => {
                // Whole days, as the history API takes them, the first not after the last.
                let tr = self.config.tr.clone();
                let parse = |i: &Input| {
                    crate::text::parse_day(i.value()).map_err(|_| {
                        let typed = format!("{:?}", i.value().trim());
                        t!(tr, "app-not-a-date", typed = typed)
                    })
                };
                match (parse(&range.from), parse(&range.to)) {
                    (Ok(from), Ok(to)) if from > to => {
                        let tr = &self.config.tr;
                        self.server.range_error = Some(t!(
                            tr,
                            "app-range-backwards",
                            from = tr.date(from),
                            to = tr.date(to)
                        ));
                    }
                    (Ok(from), Ok(to)) => {
                        self.server.range = None;
                        let (from, to) = (DateBound::Day(from), DateBound::Day(to));
                        return self.fetch_server(ServerQuery::Range { from, to });
                    }
                    (Err(e), _) | (_, Err(e)) => self.server.range_error = Some(e),
                }
            }
            _ => {
                let input = if range.on_to {
                    &mut range.to
                } else {
                    &mut range.from
                };
                input.handle_event(&crossterm::event::Event::Key(key));
            }
        }
        vec![]
    }

    pub(super) fn fetch_server(&mut self, query: ServerQuery) -> Vec<Effect> {
        let request = self.next_request_id();
        self.server.query = query;
        self.server.fetch = Fetch::Loading(request);
        self.server.selected = 0;
        vec![Effect::FetchServer { request, query }]
    }

    pub(in crate::app) fn on_server_fetched(
        &mut self,
        request: crate::msg::RequestId,
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
