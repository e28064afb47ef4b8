//! The Summary view: the day's close-out from the ledger, reconciled with the server's
//! history of the same day.

use super::{App, Fetch};
use crate::api::DateBound;
use crate::app::keymap::Action;
use crate::msg::{Effect, ServerPage, ServerQuery};
use crate::summary::{DaySummary, Difference};

/// The Summary view's state.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The day shown; `None` means today.
    pub date: Option<jiff::civil::Date>,
    /// The server's history of that day, to reconcile with.
    pub fetch: Fetch<ServerPage>,
}

/// A day's figures as the Summary view shows them and its export writes them.
#[derive(Debug, Clone, PartialEq)]
pub struct DayReport {
    /// The day's counts and totals from the ledger.
    pub summary: DaySummary,
    /// The differences with the server; `None` until its history has arrived.
    pub differences: Option<Vec<Difference>>,
}

impl App {
    /// Today, in the app's time zone, from the wall-clock time the loop handed in.
    pub fn today(&self) -> jiff::civil::Date {
        self.wall.to_zoned_datetime(self.config.tz.clone()).date()
    }

    /// The day the summary shows.
    pub fn summary_date(&self) -> jiff::civil::Date {
        self.summary.date.unwrap_or_else(|| self.today())
    }

    /// The shown day's figures, and the differences with the server once it answered.
    pub fn day_report(&self) -> DayReport {
        let date = self.summary_date();
        let day = crate::summary::day_entries(
            &self.local.entries,
            date,
            &self.config.tz,
            &self.config.api_host,
        );
        let differences = match &self.summary.fetch {
            Fetch::Ready(page) => Some(crate::summary::reconcile(&day, &page.orders)),
            _ => None,
        };
        DayReport {
            summary: crate::summary::summarize(&day, date),
            differences,
        }
    }

    pub(super) fn on_summary_action(&mut self, action: Action) -> Vec<Effect> {
        let date = self.summary_date();
        let day = match action {
            Action::PrevDay => date.yesterday().ok(),
            Action::NextDay => date.tomorrow().ok(),
            Action::Recheck => Some(date),
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
        let request = self.next_request_id();
        self.summary.fetch = Fetch::Loading(request);
        vec![Effect::FetchServer {
            request,
            query: ServerQuery::Range { from: day, to: day },
        }]
    }
}
