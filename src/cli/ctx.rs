//! What the commands that talk to the API share: the client, this API's ledger, the
//! till, the shop's shared ledger and the hooks, with the few things they all do with
//! them (record, share, recover, run a hook).

use std::time::Duration;

use super::out::errln;
use super::words::{note, warning};
use crate::api::{Client, OrderId};

/// What the commands that talk to the API share.
pub(crate) struct ApiCtx {
    pub client: Client,
    /// The ledger of this API: demo payments have their own.
    pub ledger: crate::ledger::Ledger,
    pub demo: bool,
    /// The till and operator recorded with each payment.
    pub seller: crate::ledger::Seller,
    /// The shop's shared ledger, if there is one.
    pub ledger_url: Option<secrecy::SecretString>,
    /// Programs run when a sale is made, paid or expired.
    pub hooks: crate::hooks::Hooks,
    /// The person's language, for what the commands say to them.
    pub tr: crate::i18n::Tr,
}

impl ApiCtx {
    /// Runs the hook configured for `event`, if any, and waits for it (at most 10 s);
    /// a failure is said on stderr and changes nothing else.
    pub async fn run_hook(
        &self,
        event: crate::hooks::HookEvent,
        sale: &crate::ledger::PaymentRecord,
        status: &crate::api::PaymentStatus,
    ) {
        let Some(mut call) = self.hooks.call(event, sale, status) else {
            return;
        };
        if self.void_of(&sale.order_id).is_some() {
            call = call.voided();
        }
        if let Err(e) = crate::hooks::run(call, crate::hooks::HOOK_TIMEOUT).await {
            let text = t!(self.tr, "cli-see-the-log", error = e.to_string());
            errln!("{}", warning(&self.tr, &text));
        }
    }

    /// The void of an order of this API, if it was voided.
    pub fn void_of(&self, id: &OrderId) -> Option<crate::books::BookEvent> {
        self.ledger
            .void_of(&self.client.api_host(), id)
            .ok()
            .flatten()
    }

    /// When `status` is PAID for an order the till voided: says PAID AFTER VOID on
    /// stderr, and runs `on_paid` (with `LUXPAY_VOIDED=1`) unless it ran already.
    pub async fn paid_after_void(&self, id: &OrderId, status: &crate::api::PaymentStatus) {
        if *status != crate::api::PaymentStatus::Success {
            return;
        }
        let Some(void) = self.void_of(id) else {
            return;
        };
        let tz = jiff::tz::TimeZone::system();
        errln!(
            "{}",
            crate::books::paid_after_void(id, &void, &tz, &self.tr)
        );
        let sale = self
            .ledger
            .entry(&self.client.api_host(), id)
            .ok()
            .flatten();
        if let Some(sale) = sale
            && self.claim_final(id, status)
        {
            self.run_hook(crate::hooks::HookEvent::Paid, &sale.payment, status)
                .await;
        }
    }

    /// Whether a final status's actions (its hook, the receipt) are this command's to
    /// run: the first to claim them on this till runs them, the app, a webhook receiver
    /// on this ledger or another command (`Ledger::claim_actions`). A ledger that cannot
    /// say lets them run, with a warning.
    pub fn claim_final(&self, id: &OrderId, status: &crate::api::PaymentStatus) -> bool {
        let host = self.client.api_host();
        match self
            .ledger
            .claim_actions(&host, id, status, jiff::Timestamp::now())
        {
            Ok(claimed) => {
                if !claimed {
                    let text = t!(
                        self.tr,
                        "cli-actions-ran",
                        order_id = id.as_str(),
                        status = super::words::status(&self.tr, status),
                    );
                    errln!("{}", note(&self.tr, &text));
                }
                claimed
            }
            Err(e) => {
                let text = t!(
                    self.tr,
                    "cli-actions-unknown",
                    order_id = id.as_str(),
                    error = e.to_string(),
                );
                errln!("{}", warning(&self.tr, &text));
                true
            }
        }
    }

    /// Appends to the ledger; a failure is told, loudly, but does not hide the payment.
    pub fn record(&self, record: &crate::ledger::Record) {
        if let Err(e) = self.ledger.append(record) {
            self.warn_unrecorded(&e.to_string());
        }
    }

    /// Says, loudly, that something shown could not be written to the ledger.
    pub fn warn_unrecorded(&self, error: &str) {
        let text = t!(
            self.tr,
            "cli-unrecorded",
            path = self.ledger.path().display().to_string(),
            error = error,
        );
        errln!("{}", warning(&self.tr, &text));
    }

    /// When each order was made, where this API's ledger knows.
    pub fn made_at(&self, orders: &[crate::api::Order]) -> Vec<Option<jiff::Timestamp>> {
        crate::ledger::made_at(&self.ledger, &self.client.api_host(), orders).unwrap_or_else(|e| {
            let text = t!(self.tr, "cli-no-times", error = e.to_string());
            errln!("{}", warning(&self.tr, &text));
            vec![None; orders.len()]
        })
    }

    /// Records a status the API reported.
    pub fn record_status(&self, id: &OrderId, status: &crate::api::PaymentStatus) {
        self.record(&crate::ledger::Record::Status(
            crate::ledger::StatusRecord {
                order_id: id.clone(),
                status: status.clone(),
                at: jiff::Timestamp::now(),
                api_host: self.client.api_host(),
                source: crate::ledger::Source::Poll,
            },
        ));
    }

    /// Sends what the shop's shared ledger does not have yet, if there is one. A failure
    /// loses nothing (the local ledger keeps it for the next send) and is said once.
    pub async fn share(&self) {
        if let Some(url) = &self.ledger_url {
            share_to(url, &self.ledger, &self.tr).await;
        }
    }

    /// Resolves sales left in flight, saying what was found; a server that cannot be
    /// asked leaves them for next time, with a warning.
    pub async fn recover(&self) -> Option<crate::sale::Recovery> {
        let now = jiff::Timestamp::now();
        match crate::sale::recover(&self.client, &self.ledger, self.demo, now, now).await {
            Ok(recovery) => {
                if let Some(message) = recovery.message() {
                    tracing::warn!("{message}");
                    errln!("{}", note(&self.tr, &message));
                }
                Some(recovery)
            }
            Err(e) => {
                let text = t!(self.tr, "cli-recover-later", error = e.to_string());
                errln!("{}", warning(&self.tr, &text));
                None
            }
        }
    }
}

/// Sends the ledger's backlog to the shared ledger at `url`; a failure loses nothing (the
/// local ledger keeps it for the next send) and is said once.
pub(super) async fn share_to(
    url: &secrecy::SecretString,
    ledger: &crate::ledger::Ledger,
    tr: &crate::i18n::Tr,
) {
    // Bounded as a whole, as the command's own work is done: a big backlog goes on
    // with the next command or `ledger sync` from the last batch that went in.
    let mut progress = Progress::new(Backlog::Now, tr);
    let pushed = tokio::time::timeout(
        SHARE_TIMEOUT * 4,
        crate::shared::push_now(url, ledger, SHARE_TIMEOUT, |sent, waiting| {
            progress.batch(sent, waiting);
        }),
    )
    .await
    // English: the log keeps it too.
    .unwrap_or_else(|_| Err("the backlog did not all go in time".into()));
    progress.done();
    match pushed {
        Ok(sent) => say_resent(&sent, tr),
        Err(e) => {
            tracing::warn!(error = %e, "shared ledger not reached");
            let text = t!(tr, "cli-not-shared-yet", error = e.to_string());
            errln!("{}", note(tr, &text));
        }
    }
}

/// Said when the shop's database was another than the one this till last sent to.
pub(super) fn say_resent(sent: &crate::shared::Sent, tr: &crate::i18n::Tr) {
    if sent.resent {
        errln!("{}", note(tr, &t!(tr, "cli-resent")));
    }
}

/// How long a command waits for the shared ledger before leaving its backlog for later.
const SHARE_TIMEOUT: Duration = Duration::from_secs(3);

/// How far a send of the backlog has got, said on one line of stderr redrawn in place,
/// only when stderr is a terminal and the backlog is more than a moment's work.
pub(super) struct Progress {
    what: Backlog,
    tr: crate::i18n::Tr,
    terminal: bool,
    shown: bool,
}

/// Which backlog a progress line is about.
#[derive(Clone, Copy)]
pub(super) enum Backlog {
    /// This till's, sent by a command or `ledger sync`.
    Now,
    /// This till's, sent before the shop's ledger is read.
    First,
}

/// A backlog this small goes in a blink: no line for it.
const PROGRESS_FROM: u64 = 5_000;

impl Progress {
    /// A progress line for sending `what`.
    pub(super) fn new(what: Backlog, tr: &crate::i18n::Tr) -> Progress {
        use std::io::IsTerminal;
        Progress {
            what,
            tr: tr.clone(),
            terminal: std::io::stderr().is_terminal(),
            shown: false,
        }
    }

    /// A batch went: the line says what has gone, of what was waiting.
    pub(super) fn batch(&mut self, sent: &crate::shared::Sent, waiting: &crate::ledger::Backlog) {
        if !self.terminal || waiting.payments + waiting.events + waiting.books < PROGRESS_FROM {
            return;
        }
        self.shown = true;
        // Carriage return and erase-line: the line is drawn over, not scrolled.
        let tr = &self.tr;
        let what = match self.what {
            Backlog::Now => t!(tr, "cli-backlog-now"),
            Backlog::First => t!(tr, "cli-backlog-first"),
        };
        let line = t!(
            tr,
            "cli-backlog-progress",
            what = what,
            payments = sent.payments,
            payments_waiting = waiting.payments,
            events = sent.events,
            events_waiting = waiting.events,
            books = sent.books,
            books_waiting = waiting.books
        );
        super::out::write_err(format_args!("\r\x1b[K{line}"));
    }

    /// The send is over: the last line drawn stays, and what follows starts below it.
    pub(super) fn done(self) {
        if self.shown {
            super::out::write_err(format_args!("\n"));
        }
    }
}
