//! Following payments until they are paid or expired: which checks are due, what an
//! answer changes, and when the loop must wake up next.

use std::time::{Duration, Instant};

use super::session::CheckError;
use super::{App, NoticeKind};

/// How long to wait before asking again about an order the server refused to report on
/// (a 4xx): it will not change its mind in seconds, and `r` asks at once anyway.
pub const REFUSED_PAUSE: Duration = Duration::from_secs(300);

/// The server's reason for a refusal, without our own wrapping.
fn refusal(error: &ApiError, tr: &crate::i18n::Tr) -> String {
    match error {
        ApiError::Rejected { message, .. } => message.clone(),
        ApiError::Unauthorized(message) => {
            message.clone().unwrap_or_else(|| t!(tr, "app-key-refused"))
        }
        other => other.to_string(),
    }
}
use crate::api::{ApiError, OrderId, PaymentStatus, StatusReport};
use crate::ledger::Source;
use crate::msg::Effect;

impl App {
    /// The interval for a payment: fast for the one on screen, slower for the rest.
    fn interval_for(&self, order_id: &OrderId) -> Duration {
        if self.shown.as_ref() == Some(order_id) {
            self.config.poll_interval
        } else {
            self.config.history_poll
        }
    }

    /// Starts a check for every open payment that is due and has none in flight.
    pub(super) fn due_checks(&mut self) -> Vec<Effect> {
        let now = self.now;
        let mut effects = Vec::new();
        // Open ones, and an expired one someone asked about (`r`).
        let wanted = |p: &super::SessionPayment| {
            p.is_open() || (p.poll.asked && p.followed && p.status == PaymentStatus::Expired)
        };
        for p in self
            .payments
            .iter_mut()
            .filter(|p| wanted(p) && !p.poll.in_flight && p.poll.due <= now)
        {
            p.poll.in_flight = true;
            p.poll.sent += 1;
            effects.push(Effect::CheckStatus {
                order_id: p.record.order_id.clone(),
                check: p.poll.sent,
            });
        }
        effects
    }

    /// `r`: a check now, and a word on what it found.
    /// An expired payment is asked about too: a payer who was on the checkout page may
    /// still have paid it. A paid one is final: nothing to ask.
    pub(super) fn recheck(&mut self, order_id: &OrderId) {
        let Some(p) = self
            .payments
            .iter_mut()
            .find(|p| &p.record.order_id == order_id)
        else {
            return;
        };
        if p.status == PaymentStatus::Success {
            let said = t!(
                self.config.tr,
                "app-paid-is-final",
                order_id = order_id.to_string()
            );
            self.notify(NoticeKind::Info, said);
            return;
        }
        p.poll.asked = true;
        self.check_soon(order_id);
        let said = t!(
            self.config.tr,
            "app-checking",
            order_id = order_id.to_string()
        );
        self.notify(NoticeKind::Info, said);
    }

    /// Makes a payment due for a check now (shown, or `r` pressed).
    pub(super) fn check_soon(&mut self, order_id: &OrderId) {
        let now = self.now;
        if let Some(p) = self
            .payments
            .iter_mut()
            .find(|p| &p.record.order_id == order_id)
        {
            p.poll.due = p.poll.due.min(now);
        }
    }

    /// Applies a status answer, schedules the next check, and rings the bell on payment.
    /// An open answer to a check asked before the payment last changed is older than
    /// that change, and one the rule of finality refuses is no change: both are only
    /// noted.
    pub(super) fn on_status(
        &mut self,
        order_id: OrderId,
        check: u64,
        result: Result<StatusReport, ApiError>,
        at: jiff::Timestamp,
    ) -> Vec<Effect> {
        if self.summary.checks.is_checking(&order_id) {
            return self.on_summary_status(order_id, result, at);
        }
        let interval = self.interval_for(&order_id);
        let now = self.now;
        let tr = self.config.tr.clone();
        let Some(p) = self.payment_mut(&order_id) else {
            return vec![];
        };
        p.poll.in_flight = false;
        let asked = std::mem::take(&mut p.poll.asked);
        let report = match result {
            Ok(report) => report,
            Err(error) => {
                // Keep the code on screen and keep trying: the payment may be paid meanwhile.
                // A refusal will not pass by itself: ask again much later, not in seconds.
                let refused =
                    matches!(error, ApiError::Rejected { .. } | ApiError::Unauthorized(_));
                let (pause, why) = if refused {
                    tracing::warn!(%order_id, error = %error, "the server refused a status check");
                    (REFUSED_PAUSE, CheckError::Refused(refusal(&error, &tr)))
                } else {
                    let pause = p.poll.backoff.after_failure(interval);
                    (pause, CheckError::Unreachable(error.to_string()))
                };
                p.poll.due = now + pause;
                p.poll.error = Some(why);
                if asked {
                    let said = t!(
                        tr,
                        "app-status-unknown",
                        order_id = order_id.to_string(),
                        error = error.to_string()
                    );
                    self.notify(NoticeKind::Error, said);
                }
                return vec![];
            }
        };
        p.poll.due = now + p.poll.backoff.after_success(interval);
        p.poll.error = None;
        // Asked before the last change: an open word is older news than that change. A
        // final one is not: a payment the server called paid (or expired) stays so.
        let stale = check <= p.poll.stale_upto && !report.status.is_final();
        if stale || !crate::payment::may_follow(&p.status, &report.status) {
            if stale && report.status != p.status {
                tracing::info!(%order_id, answer = %report.status, "a status answer older than the last change ignored");
            }
            if asked {
                let word = p.status_label_in(now, &tr);
                let said = t!(
                    tr,
                    "app-checked-just-now",
                    order_id = order_id.to_string(),
                    status = word
                );
                self.notify(NoticeKind::Info, said);
            }
            return vec![];
        }
        self.apply_status(order_id, report.status, at, Source::Poll)
    }

    /// A status announced by the shop's shared ledger (a webhook, or another till): the
    /// payment on screen changes at once, without waiting for its own poll.
    pub(super) fn on_announced(&mut self, announced: crate::shared::Announced) -> Vec<Effect> {
        if announced.api_host != self.config.api_host {
            return vec![];
        }
        let known = self
            .payments
            .iter()
            .find(|p| p.record.order_id == announced.order_id)
            .map(|p| p.status.clone());
        match known {
            Some(status) if crate::payment::may_follow(&status, &announced.status) => self
                .apply_status(
                    announced.order_id,
                    announced.status,
                    announced.at,
                    Source::Shared,
                ),
            Some(_) => vec![],
            // Not on screen in this session: this till's own ledger learns it all the
            // same (it records only an order it holds, and only what may follow), so
            // its close-out agrees with the shop's.
            None => {
                self.keep_entries_in_step(&announced.order_id, &announced.status, announced.at);
                vec![Effect::RecordStatus {
                    order_id: announced.order_id,
                    status: announced.status,
                    at: announced.at,
                    source: Source::Shared,
                }]
            }
        }
    }

    /// The session's payment of this order.
    fn payment_mut(&mut self, id: &OrderId) -> Option<&mut super::SessionPayment> {
        self.payments.iter_mut().find(|p| &p.record.order_id == id)
    }

    /// A session payment's new status, if the rule of finality lets it follow the last:
    /// recorded, shown, and its final actions asked for. Checks asked before now are
    /// older than this change: their answers will be ignored.
    fn apply_status(
        &mut self,
        order_id: OrderId,
        status: PaymentStatus,
        at: jiff::Timestamp,
        source: Source,
    ) -> Vec<Effect> {
        let Some(p) = self.payment_mut(&order_id) else {
            return vec![];
        };
        if !crate::payment::may_follow(&p.status, &status) {
            return vec![];
        }
        p.status = status.clone();
        p.poll.stale_upto = p.poll.sent;
        let (id, record) = (p.record.order_id.clone(), p.record.clone());
        if p.status == PaymentStatus::Success {
            p.paid_at = Some(at);
        }
        let after_void =
            (status == PaymentStatus::Success && p.voided_at.is_some()).then(|| p.clone());
        let mut effects = vec![Effect::RecordStatus {
            order_id: id.clone(),
            status: status.clone(),
            at,
            source,
        }];
        effects.extend(self.final_actions(&record, &status, at));
        if let Some(voided) = after_void {
            effects.extend(self.paid_after_void(&voided));
        }
        self.keep_entries_in_step(&id, &status, at);
        match status {
            PaymentStatus::Success => {
                let tr = &self.config.tr;
                let said = t!(
                    tr,
                    "app-order-paid-money",
                    order_id = id.to_string(),
                    money = tr.money(record.amount, record.currency)
                );
                self.notify(NoticeKind::Success, said);
            }
            PaymentStatus::Expired => {
                let said = t!(
                    self.config.tr,
                    "app-order-expired",
                    order_id = id.to_string()
                );
                self.notify(NoticeKind::Error, said);
            }
            _ => {}
        }
        effects
    }

    /// What a final status calls for, to run once per order and status on this till:
    /// its hook, the receipt `print_on_paid` asks for, and the bell (one for paid,
    /// three for expired, so an expiry does not sound like a payment).
    pub(super) fn final_actions(
        &self,
        record: &crate::ledger::PaymentRecord,
        status: &PaymentStatus,
        at: jiff::Timestamp,
    ) -> Option<Effect> {
        let bells = match status {
            PaymentStatus::Success => 1,
            PaymentStatus::Expired => 3,
            _ => return None,
        };
        // A sale the till voided and the customer paid even so: the hook is told.
        let voided = self
            .payments
            .iter()
            .any(|p| p.record.order_id == record.order_id && p.voided_at.is_some());
        let mut actions: Vec<Effect> = crate::hooks::HookEvent::for_status(status)
            .and_then(|event| self.config.selling.hooks.call(event, record, status))
            .map(|call| if voided { call.voided() } else { call })
            .map(Effect::RunHook)
            .into_iter()
            .collect();
        if *status == PaymentStatus::Success {
            actions.extend(self.receipt_on_paid(record, at));
        }
        if self.config.bell {
            actions.push(Effect::Bell(bells));
        }
        Some(Effect::FinalActions {
            order_id: record.order_id.clone(),
            status: status.clone(),
            actions,
        })
    }

    /// When the loop must wake up even if nothing happens: the spinner's next frame,
    /// the next second of a waiting timer, the next status check. `None`: sleep until
    /// input arrives.
    pub fn next_wakeup(&self) -> Option<Instant> {
        let mut next: Option<Instant> = None;
        let mut consider = |t: Instant| next = Some(next.map_or(t, |n: Instant| n.min(t)));
        if self.is_submitting() {
            consider(self.now + super::SPINNER_TICK);
        }
        if let Some(at) = self.lock.next_wakeup() {
            consider(at);
        }
        if let Some(at) = self.unrecorded.retry_at {
            consider(at);
        }
        // Recovery waits while a sale of this app is in flight (see `due_recovery`):
        // its time must not wake the loop meanwhile, or it would spin.
        if let Some(at) = self
            .recover_at
            .filter(|_| !self.is_submitting() && self.stopped.is_empty())
        {
            consider(at);
        }
        for p in self.payments.iter().filter(|p| p.is_open()) {
            if !p.poll.in_flight {
                consider(p.poll.due);
            }
            // Waiting timers turn over on whole seconds since creation.
            let elapsed = self.now.saturating_duration_since(p.created).as_secs();
            consider(p.created + Duration::from_secs(elapsed + 1));
        }
        next
    }
}
