//! Intents: a sale is written down before its create is sent, and completed with the
//! answer. An intent left open means luxpay died (or lost the line) while Luxfin may
//! have made the order; `sale::recover` asks the server and closes it either way.

use std::io;

use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::rows::{self, stamp};
use super::{Ledger, PaymentRecord, Seller};
use crate::money::Currency;
use crate::payment::{Method, NewPayment};

/// An intent's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntentId(i64);

/// How an intent was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The answer arrived and the payment was recorded.
    Made,
    /// The answer was lost; the order was found at the server and recorded.
    Recovered,
    /// The answer was lost and the server has no such order: nothing was made.
    NotCreated,
    /// The server answered that it did not make it (an error before or instead of a link).
    Refused,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Made => "made",
            Outcome::Recovered => "recovered",
            Outcome::NotCreated => "not created",
            Outcome::Refused => "refused",
        }
    }
}

/// A sale that was sent and whose answer never arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Intent {
    /// Its row.
    pub id: IntentId,
    /// The API it was sent to.
    pub api_host: String,
    /// The sale as asked.
    pub amount: rust_decimal::Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The customer's email.
    pub customer: String,
    /// What was sold.
    pub product: String,
    /// How the customer pays.
    pub method: Method,
    /// Where and by whom.
    pub seller: Seller,
    /// When it was sent.
    pub sent_at: jiff::Timestamp,
    /// After this, an order the server does not have was not made.
    pub deadline: jiff::Timestamp,
    /// Items, tip, walk-in, as asked.
    pub extras: crate::payment::Extras,
}

impl Ledger {
    /// Records that `payment` is about to be sent to `api_host`; its answer is due by
    /// `deadline`.
    pub fn begin_intent(
        &self,
        payment: &NewPayment,
        seller: &Seller,
        api_host: &str,
        sent_at: jiff::Timestamp,
        deadline: jiff::Timestamp,
    ) -> io::Result<IntentId> {
        self.with(|c| {
            // Written, not synced: an intent is there for a luxpay that dies (kill -9, a
            // dropped SSH session), which the operating system outlives; the payment's
            // own commit moments later syncs it with everything before it.
            c.pragma_update(None, "synchronous", "NORMAL")?;
            let written = c
                .prepare_cached(
                    "INSERT INTO intents (api_host, amount, currency, customer, product, method,
                    till, operator, sent_at, deadline, extras)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )?
                .execute(params![
                    api_host,
                    payment.amount.to_string(),
                    payment.currency.code(),
                    payment.customer,
                    payment.product,
                    payment.method.key(),
                    seller.till,
                    seller.operator,
                    stamp(sent_at),
                    stamp(deadline),
                    serde_json::to_string(&payment.extras).unwrap_or_default(),
                ]);
            c.pragma_update(None, "synchronous", "FULL")?;
            written?;
            Ok(IntentId(c.last_insert_rowid()))
        })
    }

    /// Records the payment an intent made (or, with no intent, the payment alone), in
    /// one transaction: the intent is never closed without its payment.
    pub fn complete_intent(
        &self,
        intent: Option<IntentId>,
        record: &PaymentRecord,
    ) -> io::Result<()> {
        let outcome = if record.recovered {
            Outcome::Recovered
        } else {
            Outcome::Made
        };
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let (row, _) = rows::insert_payment(&tx, record)?;
            rows::index_text(&tx)?;
            if let Some(IntentId(id)) = intent {
                tx.execute(
                    "UPDATE intents SET outcome = ?1, payment_id = ?2, closed_at = ?3 WHERE id = ?4",
                    params![outcome.as_str(), row, stamp(record.created_at), id],
                )?;
            }
            tx.commit()
        })
    }

    /// Closes an intent that made no payment.
    pub fn close_intent(
        &self,
        intent: IntentId,
        outcome: Outcome,
        at: jiff::Timestamp,
    ) -> io::Result<()> {
        self.with(|c| {
            c.execute(
                "UPDATE intents SET outcome = ?1, closed_at = ?2 WHERE id = ?3 AND outcome IS NULL",
                params![outcome.as_str(), stamp(at), intent.0],
            )
            .map(|_| ())
        })
    }

    /// The intents still open for this API, oldest first.
    pub fn open_intents(&self, api_host: &str) -> io::Result<Vec<Intent>> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT id, api_host, amount, currency, customer, product, method, till,
                    operator, sent_at, deadline, extras
                 FROM intents WHERE outcome IS NULL AND api_host = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([api_host], |r| {
                let text = |i: usize| r.get::<_, String>(i);
                let parse_err = |i: usize, e: String| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                };
                Ok(Intent {
                    id: IntentId(r.get(0)?),
                    api_host: text(1)?,
                    amount: text(2)?.parse().map_err(|e| parse_err(2, format!("{e}")))?,
                    currency: text(3)?.parse().map_err(|e| parse_err(3, e))?,
                    customer: text(4)?,
                    product: text(5)?,
                    method: text(6)?.parse().map_err(|e| parse_err(6, e))?,
                    seller: Seller {
                        till: text(7)?,
                        operator: text(8)?,
                    },
                    sent_at: text(9)?.parse().map_err(|e| parse_err(9, format!("{e}")))?,
                    deadline: text(10)?
                        .parse()
                        .map_err(|e| parse_err(10, format!("{e}")))?,
                    // Intents from before extras were kept have none.
                    extras: r
                        .get::<_, Option<String>>(11)?
                        .and_then(|json| serde_json::from_str(&json).ok())
                        .unwrap_or_default(),
                })
            })?;
            rows.collect()
        })
    }

    /// The next number of this till's walk-in customers (1, 2, …), counted in the
    /// ledger so every process of the till shares it.
    pub fn next_walk_in(&self, till: &str) -> io::Result<u64> {
        self.with(|c| {
            c.prepare_cached(
                "INSERT INTO counters (name, value) VALUES (?1, 1)
                 ON CONFLICT (name) DO UPDATE SET value = value + 1
                 RETURNING value",
            )?
            .query_row([format!("walk_in:{till}")], |r| r.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
        })
    }

    /// Whether an order of this API is recorded.
    pub fn holds(&self, api_host: &str, order_id: &crate::api::OrderId) -> io::Result<bool> {
        self.with(|c| {
            c.prepare_cached("SELECT 1 FROM payments WHERE api_host = ?1 AND order_id = ?2")?
                .query_row(params![api_host, order_id.as_str()], |_| Ok(()))
                .optional()
                .map(|found| found.is_some())
        })
    }
}
