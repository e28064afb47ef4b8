//! The lines of the ledger: a payment when it is made, a status when it changes.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::api::{OrderId, PaymentStatus};
use crate::money::Currency;
use crate::payment::Method;

/// One line of the ledger. `kind` says which; `v` leaves room for later formats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Record {
    /// A payment link was made.
    Payment(PaymentRecord),
    /// A payment's status changed.
    Status(StatusRecord),
}

/// A payment link as it was made and shown. Never holds the API key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaymentRecord {
    /// The order's id at the API.
    pub order_id: OrderId,
    /// The checkout page the QR code encodes.
    pub order_url: String,
    #[serde(
        serialize_with = "crate::money::serialize_exact",
        deserialize_with = "crate::money::deserialize_exact"
    )]
    /// The amount the API confirmed.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The customer's email.
    pub customer: String,
    /// What was sold.
    pub product: String,
    /// How the customer pays.
    pub method: Method,
    /// When the API's answer arrived.
    pub created_at: jiff::Timestamp,
    /// The API's host (and port, if any): order ids are unique per host only.
    pub api_host: String,
    /// Whether it was made on the demo API.
    pub demo: bool,
    /// The amount asked for, when the API made the link for another: such a link is
    /// not a sale to show the customer, and the ledger says so.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::money::serialize_amount",
        deserialize_with = "crate::money::deserialize_amount"
    )]
    pub asked_amount: Option<Decimal>,
    /// The till it was made at (empty in ledgers from before tills were recorded).
    #[serde(default)]
    pub till: String,
    /// Who made it: the operator's name, or the login of the user running luxpay.
    #[serde(default)]
    pub operator: String,
    /// Found at the API after luxpay died waiting for its answer, rather than recorded
    /// as the answer arrived.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
    /// Items, tip, walk-in: what luxpay keeps beside the amount.
    #[serde(default, flatten)]
    pub extras: crate::payment::Extras,
}

/// Who sold: the till a sale is made at and the operator at it, recorded with every
/// payment, so a shop with two counters can close each one's day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seller {
    /// The till's name (config `till`, `LUXPAY_TILL`, `--till`; the host name by default).
    pub till: String,
    /// The operator's name (`LUXPAY_OPERATOR`, `--operator`; the login name by default).
    pub operator: String,
}

impl PaymentRecord {
    /// Whether the API made the link for another amount than the one asked for.
    pub fn amount_differs(&self) -> bool {
        self.asked_amount.is_some()
    }
}

/// A status luxpay saw for an order, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusRecord {
    /// The order's id at the API.
    pub order_id: OrderId,
    /// The status seen.
    pub status: PaymentStatus,
    /// When it was seen.
    pub at: jiff::Timestamp,
    /// The API's host (and port).
    pub api_host: String,
    /// How luxpay learned it.
    #[serde(default)]
    pub source: Source,
}

/// Where a status came from, kept with every status event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Following a payment (the TUI's polls, `status`, `wait`).
    #[default]
    Poll,
    /// Refreshing open payments for a summary.
    Summary,
    /// A webhook from Luxfin.
    Webhook,
    /// Imported from a JSON Lines ledger.
    Import,
    /// Asked for when recovering a sale whose answer was lost.
    Recover,
    /// Announced by the shop's shared ledger (another till, or the webhook receiver).
    Shared,
    /// A cash sale, paid as it was recorded.
    Cash,
}

impl Source {
    /// The source a stored word names (`poll` for one it does not know).
    pub fn from_word(word: &str) -> Source {
        match word {
            "summary" => Source::Summary,
            "webhook" => Source::Webhook,
            "import" => Source::Import,
            "recover" => Source::Recover,
            "shared" => Source::Shared,
            "cash" => Source::Cash,
            _ => Source::Poll,
        }
    }

    /// The word stored in the ledger's `status_events.source`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Poll => "poll",
            Source::Summary => "summary",
            Source::Webhook => "webhook",
            Source::Import => "import",
            Source::Recover => "recover",
            Source::Shared => "shared",
            Source::Cash => "cash",
        }
    }
}

impl PaymentRecord {
    /// The record of a link just made: what the API answered and what was asked.
    pub fn made(
        created: &crate::api::CreatedPayment,
        asked: &crate::payment::NewPayment,
        at: jiff::Timestamp,
        api_host: &str,
        demo: bool,
        seller: &Seller,
    ) -> PaymentRecord {
        PaymentRecord {
            order_id: created.order_id.clone(),
            order_url: created.order_url.clone(),
            amount: created.amount,
            currency: asked.currency,
            customer: asked.customer.clone(),
            product: asked.product.clone(),
            method: asked.method,
            created_at: at,
            api_host: api_host.to_string(),
            demo,
            asked_amount: (created.amount != asked.amount).then_some(asked.amount),
            till: seller.till.clone(),
            operator: seller.operator.clone(),
            recovered: false,
            extras: asked.extras.clone(),
        }
    }

    /// The record's text fields, cleaned: the file may have been edited by hand or by
    /// something hostile, and its text reaches the terminal.
    pub fn sanitised(mut self) -> PaymentRecord {
        use crate::sanitize::line_owned as line;
        self.order_url = line(self.order_url);
        if self.order_url.contains(' ') {
            self.order_url = self.order_url.replace(' ', "");
        }
        self.customer = line(self.customer);
        self.product = line(self.product);
        self.till = line(self.till);
        self.operator = line(self.operator);
        for item in &mut self.extras.items {
            item.name = line(std::mem::take(&mut item.name));
        }
        self.api_host = crate::api::canonical_host(&line(self.api_host));
        self
    }
}
