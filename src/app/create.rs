//! Making a payment link: from the form's Enter to the API's answer.

use super::{App, CreateState, Fetch, NoticeKind, Pane, SessionPayment};
use crate::api::{ApiError, PaymentStatus};
use crate::hooks::HookEvent;
use crate::msg::{Effect, RequestId, Sale};
use crate::payment::{Field, NewPayment};

impl App {
    pub(super) fn submit(&mut self) -> Vec<Effect> {
        let mut draft = self.form.draft();
        draft.walk_in = self.config.selling.walk_in_email.clone();
        match draft.validate(&self.config.limits, &self.config.tr) {
            Err(errors) => {
                self.form.focus = errors[0].field;
                let count = errors.len();
                self.form.set_errors(errors);
                let said = t!(self.config.tr, "app-fields-need-fixing", count = count);
                self.notify(NoticeKind::Error, said);
                vec![]
            }
            Ok(payment) => {
                self.form.set_errors(vec![]);
                self.ask_tip(payment)
            }
        }
    }

    /// Sends a create for a payment that passed every check and guard.
    pub(super) fn start_create(&mut self, payment: NewPayment) -> Vec<Effect> {
        let request = self.next_request_id();
        self.create = CreateState::Submitting {
            request,
            since: self.now,
            payment: Box::new(payment.clone()),
        };
        self.focus = Pane::Form;
        self.notice = None;
        // The seller is named now, on the effect: a sale in flight when the till locks
        // stays the seller's, whoever opens it next.
        vec![Effect::Create {
            request,
            payment,
            operator: self.operator_name(),
        }]
    }

    pub(super) fn cancel_create(&mut self) {
        if let CreateState::Submitting {
            request, payment, ..
        } = std::mem::replace(&mut self.create, CreateState::Idle)
        {
            self.stopped.push((request, *payment));
        }
        let said = t!(self.config.tr, "app-stopped-waiting");
        self.notify(NoticeKind::Info, said);
    }

    pub(super) fn on_created(
        &mut self,
        request: RequestId,
        result: Result<Sale, ApiError>,
    ) -> Vec<Effect> {
        let current = match &self.create {
            CreateState::Submitting {
                request: r,
                payment,
                ..
            } if *r == request => Some((**payment).clone()),
            _ => None,
        };
        let mut effects = Vec::new();
        if let Err(e) = &result {
            if matches!(e, ApiError::Network(_) | ApiError::Timeout(_)) {
                self.heard_from_luxfin(false);
            }
        } else {
            self.heard_from_luxfin(true);
        }
        match (current, result) {
            (Some(asked), Ok(sale)) => {
                let payment =
                    SessionPayment::new(sale.record, asked, self.now, self.config.poll_interval);
                if payment.record.amount_differs() {
                    let said = t!(
                        self.config.tr,
                        "app-other-amount-not-shown",
                        order_id = payment.record.order_id.to_string()
                    );
                    self.notify(NoticeKind::Error, said);
                } else {
                    let mut said = t!(
                        self.config.tr,
                        "app-link-created",
                        order_id = payment.record.order_id.to_string()
                    );
                    if sale.shift_opened {
                        said.push_str(" · ");
                        said.push_str(&t!(self.config.tr, "app-shift-opened-zero"));
                    }
                    self.notify(NoticeKind::Success, said);
                }
                self.shown = Some(payment.record.order_id.clone());
                let hook = self.config.selling.hooks.call(
                    HookEvent::Created,
                    &payment.record,
                    &PaymentStatus::Pending,
                );
                effects = self.add_payment(payment, sale.unrecorded);
                effects.extend(hook.map(Effect::RunHook));
                self.create = CreateState::Idle;
                self.focus = Pane::Payment;
            }
            (Some(_), Err(error)) => {
                let mut message = error.to_string();
                if error.create_may_have_happened() {
                    message.push_str(". ");
                    message.push_str(&t!(self.config.tr, "app-create-may-exist"));
                }
                if let Some(field) = field_named_in(&error) {
                    let visible = self.form.fields().contains(&field);
                    self.form.focus = if visible { field } else { Field::Method };
                }
                self.focus = Pane::Form;
                let said = t!(self.config.tr, "app-link-not-created");
                self.notify(NoticeKind::Error, said);
                self.create = CreateState::Failed { message };
            }
            // A request the person stopped waiting for still made a payment: keep it,
            // never lose a link that may be paid.
            (None, Ok(sale)) => {
                if let Some(asked) = self.take_stopped(request) {
                    let payment =
                        SessionPayment::new(sale.record, asked, self.now, self.config.history_poll);
                    let said = t!(
                        self.config.tr,
                        "app-stopped-did-create",
                        order_id = payment.record.order_id.to_string()
                    );
                    self.notify(NoticeKind::Info, said);
                    effects = self.add_payment(payment, sale.unrecorded);
                }
            }
            (None, Err(error)) => {
                self.take_stopped(request);
                tracing::info!(%request, %error, "a stopped create failed");
            }
        }
        effects
    }

    /// A new payment of this session: first in the history, and in the All local view
    /// (read again, as the ledger now holds it).
    pub(super) fn add_payment(
        &mut self,
        payment: SessionPayment,
        unrecorded: Option<String>,
    ) -> Vec<Effect> {
        if let Some(e) = unrecorded {
            let said = t!(
                self.config.tr,
                "app-not-in-ledger-retrying",
                order_id = payment.record.order_id.to_string(),
                error = e.as_str()
            );
            self.notify(NoticeKind::Error, said);
            self.keep_unrecorded(payment.record.clone(), e);
        }
        self.payments.insert(0, payment);
        self.session.selected = 0;
        if self.local.loaded == Fetch::Idle {
            vec![]
        } else {
            self.reload_local()
        }
    }

    pub(super) fn take_stopped(&mut self, request: RequestId) -> Option<NewPayment> {
        let at = self.stopped.iter().position(|(r, _)| *r == request)?;
        Some(self.stopped.remove(at).1)
    }

    /// `g` on an expired payment: the same sale again, through the form and its guards.
    pub(super) fn fresh_link(&mut self) -> Vec<Effect> {
        let Some(p) = self
            .shown_payment()
            .filter(|p| p.status == PaymentStatus::Expired)
        else {
            return vec![];
        };
        let request = p.request.clone();
        self.form.load(&request);
        self.guarded_create(request, Default::default())
    }
}

/// The form field an API error is about, when its message names one.
fn field_named_in(error: &ApiError) -> Option<Field> {
    let ApiError::Rejected { message, .. } = error else {
        return None;
    };
    let m = message.to_lowercase();
    [
        ("amount", Field::Amount),
        ("customer", Field::Customer),
        ("email", Field::Customer),
        ("product", Field::Product),
        ("redirect", Field::RedirectUrl),
        ("currency", Field::Currency),
    ]
    .into_iter()
    .find(|(word, _)| m.contains(word))
    .map(|(_, field)| field)
}
