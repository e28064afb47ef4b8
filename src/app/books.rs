//! The till's books in the app: a cash sale (what the customer hands over is asked
//! before it is recorded, and the change shown), a void or refund of the payment on
//! screen or selected, the shift opened with its float, cash in and out, the X report
//! in the Summary view, and the Z that closes the shift. Each is one question (an
//! amount, a reason) and one `Effect`; the ledger checks and writes (`ledger/books.rs`).

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent};
use rust_decimal::Decimal;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::keymap::{self, Action};
use super::{App, NoticeKind, Pane, SessionPayment, status_word};
use crate::api::{OrderId, PaymentStatus};
use crate::books::{BookEvent, Check, Kind, Period, Report, Tender};
use crate::i18n::Tr;
use crate::ledger::{LedgerEntry, PaymentRecord, Refusal};
use crate::msg::Effect;
use crate::payment::{Method, NewPayment};

/// How long after Luxfin last failed to answer a link is refused at once, rather than
/// sent to wait out another timeout: cash goes on meanwhile.
pub const OFFLINE_PAUSE: Duration = Duration::from_secs(15);

/// What the books hold in the app.
#[derive(Debug, Clone, Default)]
pub struct Books {
    /// The question open, if one is.
    pub ask: Option<BookAsk>,
    /// The question last answered, until the ledger says it wrote the answer: refused,
    /// it opens again as it was typed, saying why.
    pub sent: Option<BookAsk>,
    /// The shift as last read.
    pub shift: Option<Period>,
    /// Its X report, made once as it is read (not on every frame that shows it); none
    /// while no shift is open.
    pub x: Option<Report>,
    /// The Z just closed, on screen until dismissed.
    pub closed: Option<Report>,
    /// How far the Z on screen is scrolled.
    pub closed_scroll: u16,
    /// PAID AFTER VOID, said until dismissed.
    pub alert: Option<String>,
    /// When Luxfin last failed to answer: links wait a moment, cash goes on.
    pub offline_since: Option<Instant>,
}

/// What a question is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Asking {
    /// A cash sale, before it is recorded: what the customer hands over (none: no
    /// change to work out).
    Tendered(Box<NewPayment>),
    /// The float a shift opens with.
    Float,
    /// Cash put into the drawer, and why.
    CashIn,
    /// Cash taken out of the drawer, and why.
    CashOut,
    /// Why this pending link is voided.
    Void(Target),
    /// How much of this paid sale goes back, how, and why.
    Refund(Target),
    /// The cash counted in the drawer, to close the shift on.
    Close,
}

/// The payment a void or refund is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Its API host.
    pub api_host: String,
    /// Its order id.
    pub order_id: OrderId,
    /// What it was: `7.50 USD · Latte`.
    pub label: String,
    /// Its currency.
    pub currency: crate::money::Currency,
}

/// A question of the books: an amount, a reason, or both (and a refund's tender).
#[derive(Debug, Clone)]
pub struct BookAsk {
    /// What it is for.
    pub asking: Asking,
    /// The amount typed.
    pub amount: Input,
    /// The reason typed.
    pub reason: Input,
    /// How a refund is given back.
    pub tender: Tender,
    /// The reason has the keyboard (else the amount).
    pub on_reason: bool,
    /// Why the last Enter was refused.
    pub error: Option<String>,
    /// A cash-out above what the drawer should hold, said once: Enter again on the
    /// same amount takes it out (the count may be right where the records are short).
    pub over: Option<Decimal>,
}

impl BookAsk {
    fn new(asking: Asking) -> BookAsk {
        let on_reason = matches!(asking, Asking::Void(_));
        BookAsk {
            asking,
            amount: Input::default(),
            reason: Input::default(),
            tender: Tender::Cash,
            on_reason,
            error: None,
            over: None,
        }
    }

    /// Whether it asks for an amount.
    pub fn wants_amount(&self) -> bool {
        !matches!(self.asking, Asking::Void(_))
    }

    /// Whether it asks for a reason.
    pub fn wants_reason(&self) -> bool {
        matches!(
            self.asking,
            Asking::CashIn | Asking::CashOut | Asking::Void(_) | Asking::Refund(_)
        )
    }

    /// Its title and the line under it, in `tr`'s language.
    pub fn title(&self, tr: &Tr) -> (String, String) {
        match &self.asking {
            Asking::Tendered(p) => (
                t!(tr, "books-ask-cash"),
                t!(
                    tr,
                    "books-ask-cash-under",
                    total = tr.money(p.amount, p.currency)
                ),
            ),
            Asking::Float => (t!(tr, "books-ask-float"), t!(tr, "books-ask-float-under")),
            Asking::CashIn => (
                t!(tr, "books-ask-cash-in"),
                t!(tr, "books-ask-cash-in-under"),
            ),
            Asking::CashOut => (
                t!(tr, "books-ask-cash-out"),
                t!(tr, "books-ask-cash-out-under"),
            ),
            Asking::Void(t) => (
                t!(tr, "books-ask-void", order_id = t.order_id.to_string()),
                t!(tr, "books-ask-void-under", sale = t.label.as_str()),
            ),
            Asking::Refund(t) => (
                t!(tr, "books-ask-refund", order_id = t.order_id.to_string()),
                t!(tr, "books-ask-refund-under", sale = t.label.as_str()),
            ),
            Asking::Close => (t!(tr, "books-ask-close"), t!(tr, "books-ask-close-under")),
        }
    }
}

impl App {
    /// A sale that passed every check: a link goes to Luxfin, cash asks what was handed
    /// over first. While Luxfin does not answer, a link waits a moment before it is
    /// sent again, and says cash goes on.
    pub(super) fn sell(&mut self, payment: NewPayment) -> Vec<Effect> {
        if payment.method == Method::Cash {
            self.books.ask = Some(BookAsk::new(Asking::Tendered(Box::new(payment))));
            return vec![];
        }
        if let Some(since) = self.books.offline_since {
            let waited = self.now.saturating_duration_since(since);
            if waited < OFFLINE_PAUSE {
                let left = (OFFLINE_PAUSE - waited).as_secs().max(1);
                let said = t!(self.config.tr, "books-offline-not-sent", seconds = left);
                self.notify(NoticeKind::Error, said);
                return vec![];
            }
        }
        self.start_create(payment)
    }

    /// Whether Luxfin answered (`true`) or could not be reached: while it does not, the
    /// OFFLINE banner shows, and the pause before a link is sent counts from the last
    /// failure.
    pub(super) fn heard_from_luxfin(&mut self, answered: bool) {
        self.books.offline_since = (!answered).then_some(self.now);
    }

    /// `x` on a payment: asks why it is voided, when it is a pending link of this till.
    pub(super) fn ask_void(&mut self, entry: Option<LedgerEntry>) -> Vec<Effect> {
        let Some(entry) = entry else {
            return vec![];
        };
        let p = &entry.payment;
        if entry.voided_at.is_some() {
            let said = t!(
                self.config.tr,
                "app-voided-already",
                order_id = p.order_id.to_string()
            );
            self.notify(NoticeKind::Error, said);
        } else if entry.status != PaymentStatus::Pending {
            let said = t!(
                self.config.tr,
                "books-only-pending-voided",
                order_id = p.order_id.to_string(),
                status = status_word(&self.config.tr, entry.word())
            );
            self.notify(NoticeKind::Error, said);
        } else {
            let target = target(&entry, &self.config.tr);
            self.books.ask = Some(BookAsk::new(Asking::Void(target)));
        }
        vec![]
    }

    /// `m` on a payment: asks how much goes back, when it was paid.
    pub(super) fn ask_refund(&mut self, entry: Option<LedgerEntry>) -> Vec<Effect> {
        let Some(entry) = entry else {
            return vec![];
        };
        if entry.status == PaymentStatus::Success {
            let target = target(&entry, &self.config.tr);
            self.books.ask = Some(BookAsk::new(Asking::Refund(target)));
        } else {
            let tr = &self.config.tr;
            let order_id = entry.payment.order_id.to_string();
            let status = status_word(tr, entry.word());
            let said = if entry.status == PaymentStatus::Pending {
                t!(
                    tr,
                    "books-only-paid-refunded-pending",
                    order_id = order_id,
                    status = status
                )
            } else {
                t!(
                    tr,
                    "books-only-paid-refunded",
                    order_id = order_id,
                    status = status
                )
            };
            self.notify(NoticeKind::Error, said);
        }
        vec![]
    }

    /// The Summary view's books keys: open the shift, cash in and out, close on a Z.
    pub(super) fn ask_books(&mut self, action: Action) -> Vec<Effect> {
        let asking = match action {
            Action::OpenShift => Asking::Float,
            Action::CashIn => Asking::CashIn,
            Action::CashOut => Asking::CashOut,
            Action::CloseShift => Asking::Close,
            _ => return vec![],
        };
        self.books.ask = Some(BookAsk::new(asking));
        vec![]
    }

    /// A key while the books ask something.
    pub(super) fn on_books_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(ask) = self.books.ask.as_mut() else {
            return vec![];
        };
        let refund = matches!(ask.asking, Asking::Refund(_));
        match keymap::action(keymap::BOOKS, key) {
            Some(Action::Back) => {
                self.books.ask = None;
                vec![]
            }
            Some(Action::SwitchField) if ask.wants_amount() && ask.wants_reason() => {
                ask.on_reason = !ask.on_reason;
                vec![]
            }
            Some(Action::PrevChoice | Action::NextChoice) if refund => {
                ask.tender = match ask.tender {
                    Tender::Cash => Tender::Other,
                    Tender::Other => Tender::Cash,
                };
                vec![]
            }
            Some(Action::Apply) if !ask.on_reason && ask.wants_reason() => {
                ask.on_reason = true;
                vec![]
            }
            Some(Action::Apply) => self.answer_books(),
            _ => {
                let input = if ask.on_reason {
                    &mut ask.reason
                } else {
                    &mut ask.amount
                };
                input.handle_event(&Event::Key(key));
                ask.error = None;
                vec![]
            }
        }
    }

    /// Enter on the question's last field: checked here, then written by the ledger.
    fn answer_books(&mut self) -> Vec<Effect> {
        let Some(ask) = self.books.ask.clone() else {
            return vec![];
        };
        if let Some((amount, said)) = self.more_than_held(&ask)
            && let Some(open) = self.books.ask.as_mut()
        {
            open.error = Some(said);
            open.over = Some(amount);
            return vec![];
        }
        match self.books_effect(&ask) {
            Ok(effect) => {
                self.books.ask = None;
                self.books.sent = Some(ask.clone());
                // Cash sold is a cashier's; the drawer, voids, refunds and the shift are
                // a manager's.
                if matches!(effect, Effect::RecordCash { .. }) {
                    return vec![effect];
                }
                let effects = self.as_manager(ask.title(&self.config.tr).0, vec![effect]);
                // No manager to ask (said): nothing goes, and the question stays.
                if effects.is_empty() && self.approval.is_none() {
                    let sent = self.books.sent.take();
                    self.ask_again(sent, None);
                }
                effects
            }
            Err(error) => {
                if let Some(open) = self.books.ask.as_mut() {
                    open.on_reason = error.0;
                    open.error = Some(error.1);
                }
                vec![]
            }
        }
    }

    /// The effect an answer calls for, or the field at fault (true: the reason) and why.
    fn books_effect(&self, ask: &BookAsk) -> Result<Effect, (bool, String)> {
        let max = self.config.limits.max_amount;
        let typed = ask.amount.value().trim();
        let amount = |required: bool| -> Result<Option<Decimal>, (bool, String)> {
            if typed.is_empty() {
                return if required {
                    Err((false, t!(self.config.tr, "books-type-amount")))
                } else {
                    Ok(None)
                };
            }
            crate::money::parse_amount(typed, max)
                .map(Some)
                .map_err(|e| (false, e.say(&self.config.tr)))
        };
        // Cash counted or a float: an empty drawer is 0, and a count.
        let count = || -> Result<Decimal, (bool, String)> {
            if typed.is_empty() {
                return Err((false, t!(self.config.tr, "books-type-count")));
            }
            crate::money::parse_count(typed, max).map_err(|e| (false, e.say(&self.config.tr)))
        };
        let reason = crate::sanitize::line_owned(ask.reason.value().trim().to_string());
        if ask.wants_reason() && reason.is_empty() {
            return Err((true, t!(self.config.tr, "books-say-why")));
        }
        let currency = self.drawer_currency();
        // The till is the runner's to fill in (`Effects::book`), and so is the operator
        // when nobody opened the till with a PIN (no staff: `--operator` or the login).
        let operator = self.operator_name();
        let mut event =
            BookEvent::new(Kind::Open, "", operator.as_deref().unwrap_or(""), self.wall);
        event.reason = reason;
        let check = match &ask.asking {
            Asking::Tendered(payment) => {
                let mut payment = (**payment).clone();
                self.counted_by_drawer(payment.currency, |drawer, asked| {
                    Refusal::CashOtherCurrency { drawer, asked }
                })?;
                let given = amount(false)?;
                if let Some(given) = given.filter(|g| *g < payment.amount) {
                    let tr = &self.config.tr;
                    return Err((
                        false,
                        t!(
                            tr,
                            "books-less-than-total",
                            given = given_text(tr, given),
                            total = tr.money(payment.amount, payment.currency)
                        ),
                    ));
                }
                payment.extras.tendered = given;
                return Ok(Effect::RecordCash { payment, operator });
            }
            Asking::Close => {
                let counted = count()?;
                return Ok(Effect::CloseShift {
                    counted,
                    operator: operator.unwrap_or_default(),
                });
            }
            Asking::Float => {
                event.amount = Some(count()?);
                event.currency = Some(currency);
                Check::NoShiftOpen
            }
            Asking::CashIn | Asking::CashOut => {
                event.kind = if ask.asking == Asking::CashIn {
                    Kind::In
                } else {
                    Kind::Out
                };
                event.amount = amount(true)?;
                event.currency = Some(currency);
                Check::Nothing
            }
            Asking::Void(t) => {
                event.kind = Kind::Void;
                event.order = Some((t.api_host.clone(), t.order_id.clone()));
                Check::Voidable
            }
            Asking::Refund(t) => {
                if ask.tender == Tender::Cash {
                    self.counted_by_drawer(t.currency, |drawer, asked| {
                        Refusal::RefundOtherCurrency { drawer, asked }
                    })?;
                }
                event.kind = Kind::Refund;
                event.order = Some((t.api_host.clone(), t.order_id.clone()));
                event.currency = Some(t.currency);
                event.tender = Some(ask.tender);
                Check::Refundable(amount(false)?)
            }
        };
        Ok(Effect::Book { event, check })
    }

    /// Cash in `asked` checked against the open drawer's currency before it is sent
    /// (the ledger checks again): in another, why not, in the cashier's words.
    fn counted_by_drawer(
        &self,
        asked: crate::money::Currency,
        refusal: fn(crate::money::Currency, crate::money::Currency) -> Refusal,
    ) -> Result<(), (bool, String)> {
        match self.books.shift.as_ref().and_then(Period::drawer_currency) {
            Some(drawer) if drawer != asked => {
                Err((false, refusal(drawer, asked).text(&self.config.tr)))
            }
            _ => Ok(()),
        }
    }

    /// A cash-out of more than the open drawer should hold, not yet said for this
    /// amount: the amount, and what to say.
    fn more_than_held(&self, ask: &BookAsk) -> Option<(Decimal, String)> {
        if ask.asking != Asking::CashOut {
            return None;
        }
        let max = self.config.limits.max_amount;
        let amount = crate::money::parse_amount(ask.amount.value().trim(), max).ok()?;
        let cash = &self.books.x.as_ref()?.cash;
        let held: Decimal = cash.expected.parse().ok()?;
        if amount <= held || ask.over == Some(amount) {
            return None;
        }
        let tr = &self.config.tr;
        let currency = self.drawer_currency();
        let said = t!(
            tr,
            "books-out-more-than-held",
            held = tr.money(held, currency),
            amount = tr.money(amount, currency)
        );
        Some((amount, said))
    }

    /// The drawer's currency: the open shift's (`Period::drawer_currency`), else the
    /// form's.
    fn drawer_currency(&self) -> crate::money::Currency {
        self.books
            .shift
            .as_ref()
            .and_then(Period::drawer_currency)
            .unwrap_or(self.form.currency)
    }

    /// The shift as the ledger holds it now, and its X report.
    pub(super) fn on_shift_loaded(&mut self, period: Period) {
        self.books.x = period.opening().is_some().then(|| {
            let making = crate::books::report::Making {
                cash_currency: self.form.currency,
                tz: &self.config.tz,
                close: None,
                differences: Vec::new(),
            };
            crate::books::report(&period, &making)
        });
        self.books.shift = Some(period);
    }

    /// A cash sale recorded (or not): shown PAID with its change, its paid actions run.
    pub(super) fn on_cash_recorded(
        &mut self,
        result: Result<(PaymentRecord, bool), String>,
    ) -> Vec<Effect> {
        let (record, opened) = match result {
            Ok(done) => done,
            Err(e) => {
                let said = t!(self.config.tr, "books-cash-not-recorded", error = e);
                self.refused(said, |asked| matches!(asked, Asking::Tendered(_)));
                return vec![];
            }
        };
        self.sent_for(|asked| matches!(asked, Asking::Tendered(_)));
        let entry = LedgerEntry {
            status: PaymentStatus::Success,
            status_at: Some(record.created_at),
            voided_at: None,
            row: 0,
            payment: record.clone(),
        };
        let payment =
            SessionPayment::from_ledger(entry, self.now, self.wall, &self.config.api_host);
        let tr = &self.config.tr;
        let mut said = t!(
            tr,
            "books-cash-sale-paid",
            order_id = record.order_id.to_string(),
            money = tr.money(record.amount, record.currency)
        );
        if let Some(given) = record.extras.tendered {
            said.push_str(" · ");
            let change = tr.money(given - record.amount, record.currency);
            said.push_str(&t!(tr, "books-change", change = change));
        }
        if opened {
            said.push_str(" · ");
            said.push_str(&t!(tr, "app-shift-opened-zero"));
        }
        self.notify(NoticeKind::Success, said);
        self.shown = Some(record.order_id.clone());
        self.focus = Pane::Payment;
        let mut effects = self.add_payment(payment, None);
        effects.extend(self.final_actions(&record, &PaymentStatus::Success, record.created_at));
        effects.push(Effect::LoadShift);
        effects
    }

    /// A book event written (or refused): said, and the views brought up to date.
    pub(super) fn on_booked(
        &mut self,
        event: &BookEvent,
        result: Result<bool, String>,
    ) -> Vec<Effect> {
        let opened = match result {
            Ok(opened) => opened,
            Err(reason) => {
                let said = t!(self.config.tr, "books-not-written", reason = reason);
                self.refused(said, |asked| answered_by(asked, event));
                return vec![];
            }
        };
        self.sent_for(|asked| answered_by(asked, event));
        let mut said = booked_words(&self.config.tr, event);
        if opened {
            said.push_str(" · ");
            said.push_str(&t!(self.config.tr, "books-shift-opened-for-it"));
        }
        self.notify(NoticeKind::Success, said);
        if event.kind == Kind::Void
            && let Some((_, id)) = &event.order
            && let Some(p) = self.payments.iter_mut().find(|p| &p.record.order_id == id)
        {
            p.voided_at = Some(event.at);
        }
        let mut effects = vec![Effect::LoadShift];
        if self.local.loaded != super::Fetch::Idle {
            effects.extend(self.reload_local());
        }
        effects
    }

    /// The shift closed on a Z (on screen until dismissed), or why not.
    pub(super) fn on_shift_closed(&mut self, result: Result<Report, String>) -> Vec<Effect> {
        match result {
            Ok(report) => {
                self.sent_for(|asked| *asked == Asking::Close);
                let said = t!(
                    self.config.tr,
                    "books-z-closed",
                    number = report.number.unwrap_or_default()
                );
                self.notify(NoticeKind::Success, said);
                self.books.closed = Some(report);
                self.books.closed_scroll = 0;
                vec![Effect::LoadShift]
            }
            Err(e) => {
                let said = t!(self.config.tr, "books-shift-not-closed", error = e);
                self.refused(said, |asked| *asked == Asking::Close);
                vec![]
            }
        }
    }

    /// A write the ledger refused: said, and the question it answered (what `answers`
    /// holds of it) opens again with what was typed and why.
    fn refused(&mut self, said: String, answers: impl Fn(&Asking) -> bool) {
        let sent = self.sent_for(answers);
        self.ask_again(sent, Some(said.clone()));
        self.notify(NoticeKind::Error, said);
    }

    /// The question last answered, taken, if the reply at hand is to it: a reply to
    /// another (a Z closing while a refund waits for a manager) leaves it waiting.
    fn sent_for(&mut self, answers: impl Fn(&Asking) -> bool) -> Option<BookAsk> {
        let ours = self.books.sent.as_ref().is_some_and(|a| answers(&a.asking));
        if ours { self.books.sent.take() } else { None }
    }

    /// `ask` open again as it was typed (saying `why`, when the ledger refused it;
    /// none, when it found no manager to approve it): nothing typed is lost. A question
    /// opened meanwhile is left alone.
    pub(super) fn ask_again(&mut self, ask: Option<BookAsk>, why: Option<String>) {
        if let Some(mut ask) = ask
            && self.books.ask.is_none()
        {
            ask.error = why;
            self.books.ask = Some(ask);
        }
    }

    /// A key while a Z or PAID AFTER VOID is on screen.
    pub(super) fn on_shown_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match keymap::action(keymap::SHOWN, key) {
            Some(Action::Dismiss) if self.books.alert.is_some() => self.books.alert = None,
            Some(Action::Dismiss) => self.books.closed = None,
            Some(Action::Down) => {
                self.books.closed_scroll = self.books.closed_scroll.saturating_add(1)
            }
            Some(Action::Up) => {
                self.books.closed_scroll = self.books.closed_scroll.saturating_sub(1)
            }
            Some(Action::Print) if self.books.alert.is_none() => {
                if let Some(report) = &self.books.closed {
                    return vec![Effect::PrintReport(Box::new(report.clone()))];
                }
            }
            _ => {}
        }
        vec![]
    }

    /// PAID for a payment the till had voided: said until dismissed, with three bells.
    pub(super) fn paid_after_void(&mut self, payment: &SessionPayment) -> Vec<Effect> {
        let Some(voided) = payment.voided_at else {
            return vec![];
        };
        let tr = &self.config.tr;
        let when = tr.time(voided.to_zoned_datetime(self.config.tz.clone()).time());
        let record = &payment.record;
        self.books.alert = Some(t!(
            tr,
            "app-paid-after-void",
            order_id = record.order_id.to_string(),
            money = tr.money(record.amount, record.currency),
            time = when
        ));
        if self.config.bell {
            vec![Effect::Bell(3)]
        } else {
            vec![]
        }
    }
}

/// Whether `event`, written or refused, answers what was `asked`.
fn answered_by(asked: &Asking, event: &BookEvent) -> bool {
    let about = |t: &Target| {
        event
            .order
            .as_ref()
            .is_some_and(|(host, id)| *host == t.api_host && *id == t.order_id)
    };
    match asked {
        Asking::Float => event.kind == Kind::Open,
        Asking::CashIn => event.kind == Kind::In,
        Asking::CashOut => event.kind == Kind::Out,
        Asking::Void(t) => event.kind == Kind::Void && about(t),
        Asking::Refund(t) => event.kind == Kind::Refund && about(t),
        Asking::Tendered(_) | Asking::Close => false,
    }
}

fn target(entry: &LedgerEntry, tr: &Tr) -> Target {
    let p = &entry.payment;
    Target {
        api_host: p.api_host.clone(),
        order_id: p.order_id.clone(),
        label: format!("{} · {}", tr.money(p.amount, p.currency), p.product),
        currency: p.currency,
    }
}

/// An amount handed over, as the tendered question names it: English keeps its plain
/// `12.50`, other languages write it as they write amounts.
fn given_text(tr: &Tr, given: Decimal) -> String {
    crate::tip::said_amount(tr, given)
}

/// What a book event written says.
fn booked_words(tr: &Tr, event: &BookEvent) -> String {
    let money = tr.money(
        event.amount.unwrap_or_default(),
        event.currency.unwrap_or_default(),
    );
    let order = event
        .order
        .as_ref()
        .map(|o| o.1.to_string())
        .unwrap_or_default();
    match event.kind {
        Kind::Open => t!(tr, "books-shift-opened", money = money),
        Kind::In => t!(tr, "books-cash-put-in", money = money),
        Kind::Out => t!(tr, "books-cash-taken-out", money = money),
        Kind::Void => t!(tr, "books-voided", order_id = order),
        Kind::Refund => {
            let tender = match event.tender {
                Some(Tender::Cash) => t!(tr, "books-tender-cash"),
                Some(Tender::Other) => t!(tr, "books-tender-other"),
                None => String::new(),
            };
            t!(
                tr,
                "books-refunded",
                money = money,
                order_id = order,
                tender = tender
            )
        }
    }
}
