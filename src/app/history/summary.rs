//! The Summary view: the day's close-out from the ledger, reconciled with the server's
//! history of the same day.

use super::{App, Fetch};
use crate::api::{ApiError, DateBound, OrderId, StatusReport};
use crate::app::keymap::Action;
use crate::ledger::LedgerEntry;
use crate::msg::RequestId;
use crate::msg::{Effect, ServerPage, ServerQuery};
use crate::summary::{DaySummary, Difference};

/// The Summary view's state.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The day shown; `None` means today.
    pub date: Option<jiff::civil::Date>,
    /// The server's history of that day, to reconcile with.
    pub fetch: Fetch<ServerPage>,
    /// The day's payments from the ledger, oldest first.
    pub day: Fetch<Vec<LedgerEntry>>,
    /// The day's open payments being asked about before they are counted.
    pub checks: Checks,
    /// With a shared ledger, which till made each of the shop's orders of that day:
    /// the server's orders a neighbour made are theirs, not differences.
    pub shop_tills: std::collections::BTreeMap<OrderId, String>,
    /// The shared ledger's read of the day, in flight.
    pub shop_read: Option<RequestId>,
    /// How many lines the figures are scrolled down, where they do not fit.
    pub scroll: u16,
}

/// Open payments of the day whose status is asked for, a few at a time, so the figures
/// do not call a payment PENDING that the server has had PAID for hours.
#[derive(Debug, Clone, Default)]
pub struct Checks {
    /// Not asked yet.
    queue: Vec<OrderId>,
    /// Asked, no answer yet.
    in_flight: Vec<OrderId>,
    /// How many were asked about in this round.
    pub total: usize,
    /// How many could not be checked (the server did not answer).
    pub unchecked: usize,
}

impl Checks {
    /// Whether an answer for this order belongs to the summary's round.
    pub fn is_checking(&self, id: &OrderId) -> bool {
        self.in_flight.contains(id)
    }

    /// Whether answers are still awaited.
    pub fn busy(&self) -> bool {
        !self.queue.is_empty() || !self.in_flight.is_empty()
    }

    /// Moves orders from the queue into flight, up to the limit; the checks to send.
    fn next(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        while self.in_flight.len() < CHECKS_IN_FLIGHT
            && let Some(order_id) = self.queue.pop()
        {
            self.in_flight.push(order_id.clone());
            // Not the session's payments, whose own checks count: 0 is never stale.
            effects.push(Effect::CheckStatus { order_id, check: 0 });
        }
        effects
    }
}

/// Lines PgUp and PgDn scroll the figures by.
const PAGE_LINES: u16 = 10;

/// Open payments asked about at once: enough to be quick, few enough not to hammer the API.
const CHECKS_IN_FLIGHT: usize = 4;

/// A day's figures as the Summary view shows them and its export writes them.
#[derive(Debug, Clone, PartialEq)]
pub struct DayReport {
    /// The day's counts and totals from the ledger.
    pub summary: DaySummary,
    /// The differences with the server; `None` until its history has arrived.
    pub differences: Option<Vec<Difference>>,
    /// The server's orders that other tills of the shop made (order → till): not
    /// differences.
    pub elsewhere: std::collections::BTreeMap<OrderId, String>,
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
        let day: Vec<&LedgerEntry> = match &self.summary.day {
            Fetch::Ready(day) => day.iter().collect(),
            _ => Vec::new(),
        };
        let mut elsewhere = std::collections::BTreeMap::new();
        let differences = match &self.summary.fetch {
            Fetch::Ready(page) => {
                let mut differences = crate::summary::reconcile(&day, &page.orders);
                differences.retain(|d| {
                    let till = match d {
                        Difference::OnlyOnServer { id, .. } => self.summary.shop_tills.get(id),
                        _ => None,
                    };
                    if let Some(till) = till {
                        elsewhere.insert(d.order_id().clone(), till.clone());
                    }
                    till.is_none()
                });
                Some(differences)
            }
            _ => None,
        };
        DayReport {
            summary: crate::summary::summarize(&day, date),
            differences,
            elsewhere,
        }
    }

    pub(super) fn on_summary_action(&mut self, action: Action) -> Vec<Effect> {
        // The figures run past the fold at 80×24 (the reconciliation comes last): they
        // scroll like the lists, as far as the last line and no further.
        let most = (self.measure)(self, crate::app::Scrolling::Summary).unwrap_or(u16::MAX);
        let at = self.summary.scroll.min(most);
        let scrolled = match action {
            Action::Up => Some(at.saturating_sub(1)),
            Action::Down => Some((at + 1).min(most)),
            Action::PageUp => Some(at.saturating_sub(PAGE_LINES)),
            Action::PageDown => Some((at + PAGE_LINES).min(most)),
            Action::First => Some(0),
            Action::Last => Some(most),
            _ => None,
        };
        if let Some(scroll) = scrolled {
            self.summary.scroll = scroll;
            return vec![];
        }
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
                self.summary.scroll = 0;
                self.fetch_summary()
            }
            None => vec![],
        }
    }

    pub(super) fn fetch_summary(&mut self) -> Vec<Effect> {
        let date = self.summary_date();
        let day = DateBound::Day(date);
        let request = self.next_request_id();
        self.summary.fetch = Fetch::Loading(request);
        let read = self.next_request_id();
        self.summary.day = Fetch::Loading(read);
        let mut effects = vec![
            Effect::LoadDay {
                request: read,
                date,
            },
            Effect::FetchServer {
                request,
                query: ServerQuery::Range { from: day, to: day },
            },
        ];
        // With a shared ledger, which till made each of the shop's orders that day.
        self.summary.shop_tills.clear();
        self.summary.shop_read = None;
        if self.config.shop
            && let Some((from, to)) = self.day_bounds(date)
        {
            let shop = self.next_request_id();
            self.summary.shop_read = Some(shop);
            effects.push(Effect::LoadShop {
                request: shop,
                from,
                to,
                page: None,
            });
        }
        effects
    }

    /// The shop's payments of the summary's day arrived (or did not: then the server's
    /// orders no ledger here holds stay listed as differences).
    pub(in crate::app) fn on_summary_shop(&mut self, result: Result<Vec<LedgerEntry>, String>) {
        self.summary.shop_read = None;
        match result {
            Ok(entries) => {
                self.summary.shop_tills = entries
                    .into_iter()
                    .map(|e| (e.payment.order_id, e.payment.till))
                    .collect();
            }
            Err(e) => {
                tracing::info!(error = %e, "the shop's day could not be read for the summary")
            }
        }
    }

    /// The day's payments from the ledger: counted, and the open ones asked about.
    pub(in crate::app) fn on_day_loaded(
        &mut self,
        request: RequestId,
        result: Result<Vec<LedgerEntry>, String>,
    ) -> Vec<Effect> {
        if self.summary.day != Fetch::Loading(request) {
            return vec![];
        }
        match result {
            Ok(day) => {
                self.summary.day = Fetch::Ready(day);
                self.check_open_payments()
            }
            Err(e) => {
                let said = t!(self.config.tr, "app-ledger-not-read", error = e.as_str());
                self.notify(crate::app::NoticeKind::Error, said);
                self.summary.day = Fetch::Failed(e);
                vec![]
            }
        }
    }

    /// Starts asking about the day's open ledger payments. The session's own payments
    /// are followed already and are left to their own checks.
    fn check_open_payments(&mut self) -> Vec<Effect> {
        let in_session = |id: &OrderId| self.payments.iter().any(|p| &p.record.order_id == id);
        let Fetch::Ready(day) = &self.summary.day else {
            return vec![];
        };
        let mut queue: Vec<OrderId> = day
            .iter()
            .filter(|e| !e.status.is_final() && !in_session(&e.payment.order_id))
            .map(|e| e.payment.order_id.clone())
            .collect();
        queue.retain(|id| !self.summary.checks.in_flight.contains(id));
        queue.reverse();
        let checks = &mut self.summary.checks;
        checks.total = queue.len() + checks.in_flight.len();
        checks.unchecked = 0;
        checks.queue = queue;
        checks.next()
    }

    /// An answer to one of the summary's checks: a change is recorded like any other,
    /// a failure is counted, and the next check goes out.
    pub(in crate::app) fn on_summary_status(
        &mut self,
        order_id: OrderId,
        result: Result<StatusReport, ApiError>,
        at: jiff::Timestamp,
    ) -> Vec<Effect> {
        self.summary.checks.in_flight.retain(|id| *id != order_id);
        let mut effects = Vec::new();
        match result {
            Ok(report) => {
                let known = match &self.summary.day {
                    Fetch::Ready(day) => day
                        .iter()
                        .find(|e| e.payment.order_id == order_id)
                        .map(|e| (e.status.clone(), e.payment.clone())),
                    _ => None,
                };
                if let Some((status, record)) = known
                    && crate::payment::may_follow(&status, &report.status)
                {
                    self.keep_entries_in_step(&order_id, &report.status, at);
                    effects.push(Effect::RecordStatus {
                        order_id,
                        status: report.status.clone(),
                        at,
                        source: crate::ledger::Source::Summary,
                    });
                    // Whoever tells first runs them: a summary too, once per till.
                    effects.extend(self.final_actions(&record, &report.status, at));
                }
            }
            Err(_) => self.summary.checks.unchecked += 1,
        }
        effects.extend(self.summary.checks.next());
        effects
    }
}
