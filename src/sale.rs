//! The app's main promise in one place: a sale is written down before it is sent, the
//! payment link is created at Luxfin, stamped, and written to the ledger before anyone
//! is told of it, so a link that was shown is never lost, and an order whose answer was
//! lost is found again (`recover`). The TUI and the CLI both go through `make`.

use crate::api::{ApiError, Client, Order};
use crate::ledger::{Intent, Ledger, Outcome, PaymentRecord, Record, Seller, Source, StatusRecord};
use crate::payment::NewPayment;

/// A payment link that was made, as recorded (or as it would have been).
#[derive(Debug, Clone, PartialEq)]
pub struct Sale {
    /// What the API answered and what was asked, stamped with when the answer arrived.
    pub record: PaymentRecord,
    /// Why it could not be written to the ledger, if it could not. The link works even so.
    pub unrecorded: Option<String>,
    /// No shift was open at the till: one was opened for this sale with a float of 0.
    pub shift_opened: bool,
}

/// Runs a ledger call off the async thread (it syncs to disk), so the loop keeps
/// drawing meanwhile.
async fn blocking<T: Send + 'static>(
    ledger: &Ledger,
    f: impl FnOnce(&Ledger) -> std::io::Result<T> + Send + 'static,
) -> Result<T, String> {
    let ledger = ledger.clone();
    match tokio::task::spawn_blocking(move || f(&ledger)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Records the intent, creates the link at Luxfin (once, never retried), stamps it with
/// `clock()` as the answer arrives, and records it in `ledger` before returning.
pub async fn make(
    client: &Client,
    ledger: &Ledger,
    payment: &NewPayment,
    demo: bool,
    seller: &Seller,
    clock: impl Fn() -> jiff::Timestamp,
) -> Result<Sale, ApiError> {
    let host = client.api_host();
    let sent_at = clock();
    // A walk-in's email gets this till's next number, counted in the ledger; without
    // a ledger, the time keeps numbers apart.
    let walk_in_number = if payment.extras.walk_in {
        let till = seller.till.clone();
        blocking(ledger, move |l| l.next_walk_in(&till))
            .await
            .unwrap_or(sent_at.as_second().max(0) as u64)
    } else {
        0
    };
    let payment = &payment.clone().with_walk_in_number(walk_in_number);
    // An answer can come no later than the timeout; a second more covers the clock.
    let deadline = sent_at
        + jiff::SignedDuration::try_from(client.timeout()).unwrap_or_default()
        + jiff::SignedDuration::from_secs(1);
    let intent = {
        let (payment, seller, host) = (payment.clone(), seller.clone(), host.clone());
        blocking(ledger, move |l| {
            l.begin_intent(&payment, &seller, &host, sent_at, deadline)
        })
        .await
    };
    if let Err(e) = &intent {
        // Not fatal: the sale is sent, and not recording it is said when it is shown.
        tracing::error!(error = %e, "sale not written down before sending");
    }
    let intent = intent.ok();
    let created = match client.create(payment).await {
        Ok(created) => created,
        Err(e) => {
            if let Some(id) = intent.filter(|_| !e.create_may_have_happened()) {
                let at = clock();
                let _ = blocking(ledger, move |l| l.close_intent(id, Outcome::Refused, at)).await;
            }
            return Err(e);
        }
    };
    let record = PaymentRecord::made(&created, payment, clock(), &host, demo, seller);
    tracing::info!(order_id = %record.order_id, method = payment.method.key(), "payment link created");
    let line = record.clone();
    let unrecorded = blocking(ledger, move |l| l.complete_intent(intent, &line))
        .await
        .err();
    if let Some(e) = &unrecorded {
        // The log is then where the link is kept on disk, if anywhere.
        tracing::error!(
            order_id = %record.order_id,
            order_url = %record.order_url,
            error = %e,
            "payment link not recorded"
        );
    }
    // Every sale belongs to a shift (its X and Z): the first one opens it.
    let (till, operator, at) = (
        seller.till.clone(),
        seller.operator.clone(),
        record.created_at,
    );
    // A link is not cash: the shift it opens takes its drawer's currency from the
    // first cash that moves (a PayPal link is USD in any shop).
    let shift_opened = unrecorded.is_none()
        && blocking(ledger, move |l| l.ensure_shift(&till, &operator, None, at))
            .await
            .unwrap_or(false);
    Ok(Sale {
        record,
        unrecorded,
        shift_opened,
    })
}

/// What resolving the open intents found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recovery {
    /// Orders Luxfin made whose answer was lost, now recorded (marked recovered).
    pub recovered: Vec<PaymentRecord>,
    /// Sales the server has no order for, past their deadline: closed as not created.
    pub not_created: usize,
    /// Sales still within their deadline, perhaps in flight: left to be resolved later.
    pub unresolved: usize,
}

impl Recovery {
    /// What to tell the user, once, in English; `None` when there was nothing to
    /// resolve.
    pub fn message(&self) -> Option<String> {
        self.message_in(&crate::i18n::Tr::plain())
    }

    /// What to tell the user, once, in `tr`'s language; `None` when there was nothing
    /// to resolve.
    pub fn message_in(&self, tr: &crate::i18n::Tr) -> Option<String> {
        let mut parts = Vec::new();
        if !self.recovered.is_empty() {
            let ids: Vec<String> = self
                .recovered
                .iter()
                .map(|r| r.order_id.to_string())
                .collect();
            parts.push(t!(
                tr,
                "sale-recovered",
                count = ids.len(),
                orders = ids.join(", ")
            ));
        }
        if self.not_created > 0 {
            parts.push(t!(tr, "sale-not-created", count = self.not_created));
        }
        if self.unresolved > 0 {
            parts.push(t!(tr, "sale-in-flight", count = self.unresolved));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Newest orders looked through for lost answers: sales are recovered at the next
/// start, so their orders are among the newest.
const RECOVER_PAGES: u64 = 5;
const RECOVER_PAGE: u64 = 100;

/// Resolves this API's open intents by asking the server's list for an order with the
/// same customer, amount and product that the ledger does not hold yet. Found, it is
/// recorded as recovered, at once; not found, it was not created once its deadline has
/// passed (its sender has given up or died), and is left open before that.
///
/// Only intents sent before `sent_before` are looked at: the app passes the moment it
/// asks, with no sale of its own in flight, so a sale it sends meanwhile is not taken
/// for a lost one (its link would then be recorded without the link the answer has).
pub async fn recover(
    client: &Client,
    ledger: &Ledger,
    demo: bool,
    now: jiff::Timestamp,
    sent_before: jiff::Timestamp,
) -> Result<Recovery, String> {
    let host = client.api_host();
    let mut intents = {
        let host = host.clone();
        blocking(ledger, move |l| l.open_intents(&host)).await?
    };
    intents.retain(|i| i.sent_at < sent_before);
    let mut recovery = Recovery::default();
    if intents.is_empty() {
        return Ok(recovery);
    }
    // Asked at once, whatever the deadlines: a sale whose sender died is found now, not
    // after its timeout. Recording it is idempotent (by order id), so a slow original
    // answer arriving later changes nothing.
    let orders = match server_orders(client).await {
        Ok(orders) => orders,
        // Nothing past its deadline: all may still be in flight, and will be asked again.
        Err(_) if intents.iter().all(|i| now <= i.deadline) => {
            recovery.unresolved = intents.len();
            return Ok(recovery);
        }
        Err(e) => return Err(e),
    };
    let mut orders = orders;
    for intent in intents {
        let found = loop {
            let Some(i) = orders.iter().position(|o| same_sale(&intent, o)) else {
                break None;
            };
            let order = orders.remove(i);
            let (h, id) = (host.clone(), order.id.clone());
            if !blocking(ledger, move |l| l.holds(&h, &id)).await? {
                break Some(order);
            }
        };
        match found {
            Some(order) => {
                let record = recovered_record(&intent, &order, &host, demo);
                let (id, line) = (intent.id, record.clone());
                blocking(ledger, move |l| l.complete_intent(Some(id), &line)).await?;
                if let Some(status) = order.status.clone() {
                    let status = Record::Status(StatusRecord {
                        order_id: order.id.clone(),
                        status,
                        at: now,
                        api_host: host.clone(),
                        source: Source::Recover,
                    });
                    blocking(ledger, move |l| l.append(&status)).await?;
                }
                tracing::warn!(order_id = %record.order_id, "sale recovered after its answer was lost");
                recovery.recovered.push(record);
            }
            None if now > intent.deadline => {
                let id = intent.id;
                blocking(ledger, move |l| {
                    l.close_intent(id, Outcome::NotCreated, now)
                })
                .await?;
                recovery.not_created += 1;
            }
            None => recovery.unresolved += 1,
        }
    }
    Ok(recovery)
}

/// The server's newest orders, a few pages of them: where a sale whose answer was lost
/// is found.
async fn server_orders(client: &Client) -> Result<Vec<Order>, String> {
    let mut orders: Vec<Order> = Vec::new();
    for page in 0..RECOVER_PAGES {
        let got = client
            .list(RECOVER_PAGE, page * RECOVER_PAGE)
            .await
            .map_err(|e| format!("cannot ask the server about interrupted sales: {e}"))?;
        let last = (got.orders.len() as u64) < RECOVER_PAGE;
        orders.extend(got.orders);
        if last {
            break;
        }
    }
    Ok(orders)
}

/// Whether a server order is the sale an intent sent.
fn same_sale(intent: &Intent, order: &Order) -> bool {
    order
        .customer
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case(&intent.customer))
        && order.amount == Some(intent.amount)
        && order.product.as_deref() == Some(intent.product.as_str())
        && order
            .currency
            .as_deref()
            .is_none_or(|c| c.eq_ignore_ascii_case(intent.currency.code()))
}

/// The record of a recovered order. The list does not carry the checkout link, so it
/// is left empty; the time is when the sale was sent.
fn recovered_record(intent: &Intent, order: &Order, host: &str, demo: bool) -> PaymentRecord {
    PaymentRecord {
        order_id: order.id.clone(),
        order_url: String::new(),
        amount: intent.amount,
        currency: intent.currency,
        customer: intent.customer.clone(),
        product: intent.product.clone(),
        method: intent.method,
        created_at: intent.sent_at,
        api_host: host.to_string(),
        demo,
        asked_amount: None,
        till: intent.seller.till.clone(),
        operator: intent.seller.operator.clone(),
        recovered: true,
        extras: intent.extras.clone(),
    }
}
