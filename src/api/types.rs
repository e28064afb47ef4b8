//! What the Luxfin API answers, as checked, sanitised domain values.
//!
//! Responses are read as loose JSON and converted field by field, so an answer that
//! misses or mistypes a field yields an `InvalidResponse` naming that field, extra
//! fields are ignored, and every string is sanitised once, here, at the border.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use url::Url;

use super::ApiError;
use crate::money;
use crate::sanitize;

/// The longest payment URL luxpay will show or encode.
pub const MAX_ORDER_URL_CHARS: usize = crate::payment::MAX_URL_CHARS;

/// A Luxfin order id. The docs show a number in one place and a string in another, so
/// both are accepted and kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrderId(String);

impl OrderId {
    /// An id typed by a person or read from our own ledger.
    pub fn parse(s: &str) -> Result<OrderId, String> {
        let s = s.trim();
        if s.is_empty()
            || s.len() > 128
            || !sanitize::is_clean(s)
            || s.contains(char::is_whitespace)
        {
            return Err(format!("{:?} is not an order id", sanitize::excerpt(s, 40)));
        }
        Ok(OrderId(s.to_string()))
    }

    /// The id as the API wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn from_json(value: Option<&Value>, field: &str) -> Result<OrderId, ApiError> {
        let text = match value {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(invalid(format!("{field} is neither a number nor a string"))),
            None => return Err(invalid(format!("{field} is missing"))),
        };
        OrderId::parse(&text).map_err(|_| invalid(format!("{field} is not a usable order id")))
    }
}

impl fmt::Display for OrderId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub use crate::payment::PaymentStatus;

/// The answer to a create: the link to show and the order to follow.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatedPayment {
    /// The order's id at the API.
    pub order_id: OrderId,
    /// The checkout page, exactly as the server sent it (checked: see `check_order_url`).
    pub order_url: String,
    /// The amount as the server confirmed it.
    pub amount: Decimal,
}

impl CreatedPayment {
    pub(crate) fn from_json(v: &Value, allow_http: bool) -> Result<CreatedPayment, ApiError> {
        let order_url = match v.get("order_url") {
            Some(Value::String(s)) => check_order_url(s, allow_http)?,
            Some(_) => return Err(invalid("order_url is not a string")),
            None => return Err(invalid("order_url is missing")),
        };
        let order_id = OrderId::from_json(v.get("order_id"), "order_id")?;
        let amount = match v.get("amount") {
            Some(a) => {
                money::amount_from_json(a).ok_or_else(|| invalid("amount is not a number"))?
            }
            None => return Err(invalid("amount is missing")),
        };
        // A payment link for nothing, for less than nothing, or for fractions of a cent
        // is not one anybody asked for.
        if amount <= Decimal::ZERO {
            return Err(invalid(format!("amount {amount} is not above zero")));
        }
        if amount.normalize().scale() > 2 {
            return Err(invalid(format!(
                "amount {amount} has more than two decimals"
            )));
        }
        Ok(CreatedPayment {
            order_id,
            order_url,
            amount,
        })
    }
}

/// Checks a payment URL before anyone sees it or a QR code encodes it. `allow_http` is
/// true only when the API itself is on loopback.
pub fn check_order_url(raw: &str, allow_http: bool) -> Result<String, ApiError> {
    if raw.chars().count() > MAX_ORDER_URL_CHARS {
        return Err(invalid(format!(
            "order_url is longer than {MAX_ORDER_URL_CHARS} characters"
        )));
    }
    if !sanitize::is_clean(raw) || raw.contains(char::is_whitespace) {
        return Err(invalid("order_url contains control characters or spaces"));
    }
    let url = Url::parse(raw).map_err(|e| invalid(format!("order_url is not a URL ({e})")))?;
    // Plain http only from a loopback API (the demo, tests) to a loopback page.
    let scheme_ok = url.scheme() == "https"
        || (allow_http && url.scheme() == "http" && super::is_loopback(&url));
    if !scheme_ok {
        return Err(invalid(format!(
            "order_url must be https, not {}",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("order_url has no host"));
    }
    Ok(raw.to_string())
}

/// One order as the status, list and history endpoints describe it. In luxpay's JSON
/// output its `status` is the word people read (`PAID`), `server_status` the API's own.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    /// The order's id.
    pub id: OrderId,
    /// Its amount (the API calls it `Amount`).
    pub amount: Option<Decimal>,
    /// Its currency code.
    pub currency: Option<String>,
    /// The customer's email.
    pub customer: Option<String>,
    /// The product text.
    pub product: Option<String>,
    /// The webhook URL the order reports to.
    pub hook_url: Option<String>,
    /// Its status, if the API sent one.
    pub status: Option<PaymentStatus>,
}

impl Serialize for Order {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut o = s.serialize_struct("Order", 8)?;
        o.serialize_field("id", &self.id)?;
        o.serialize_field("amount", &self.amount.map(money::format_amount))?;
        o.serialize_field("currency", &self.currency)?;
        o.serialize_field("customer", &self.customer)?;
        o.serialize_field("product", &self.product)?;
        o.serialize_field("hook_url", &self.hook_url)?;
        o.serialize_field("status", &self.status.as_ref().map(PaymentStatus::word))?;
        o.serialize_field(
            "server_status",
            &self.status.as_ref().map(PaymentStatus::as_str),
        )?;
        o.end()
    }
}

impl Order {
    fn from_json(v: &Value) -> Result<Order, ApiError> {
        if !v.is_object() {
            return Err(invalid("an order is not a JSON object"));
        }
        let text = |key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .map(|s| sanitize::excerpt(s, 300))
        };
        // The docs spell it `Amount`; accept `amount` too in case that is ever fixed.
        let amount = v
            .get("Amount")
            .or_else(|| v.get("amount"))
            .and_then(money::amount_from_json);
        Ok(Order {
            id: OrderId::from_json(v.get("id").or_else(|| v.get("order_id")), "order id")?,
            amount,
            currency: text("currency"),
            customer: text("customer"),
            product: text("product"),
            hook_url: text("hook_url"),
            status: v
                .get("status")
                .and_then(Value::as_str)
                .map(PaymentStatus::from_wire),
        })
    }
}

/// The answer to a status request.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusReport {
    /// The status the API reported.
    pub status: PaymentStatus,
    /// The order itself, when the API sent it along.
    pub order: Option<Order>,
}

impl StatusReport {
    pub(crate) fn from_json(v: &Value) -> Result<StatusReport, ApiError> {
        let status = match v.get("status") {
            Some(Value::String(s)) => PaymentStatus::from_wire(s),
            Some(_) => return Err(invalid("status is not a string")),
            None => return Err(invalid("status is missing")),
        };
        // `data` is informative only; a malformed one must not hide a valid status.
        let order = v.get("data").and_then(|d| Order::from_json(d).ok());
        Ok(StatusReport { status, order })
    }
}

/// One page of `GET /payments`, newest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PaymentPage {
    /// The page size the API used.
    pub limit: u64,
    /// How many of the newest were skipped.
    pub offset: u64,
    /// The orders, newest first.
    pub orders: Vec<Order>,
}

impl PaymentPage {
    pub(crate) fn from_json(v: &Value, limit: u64, offset: u64) -> Result<PaymentPage, ApiError> {
        Ok(PaymentPage {
            limit: v.get("limit").and_then(Value::as_u64).unwrap_or(limit),
            offset: v.get("offset").and_then(Value::as_u64).unwrap_or(offset),
            orders: orders_in(v)?,
        })
    }
}

/// The answer to `POST /payment/history`: the orders in a date range and their sum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    #[serde(serialize_with = "money::serialize_amount")]
    /// The API's own sum of the amounts.
    pub total: Option<Decimal>,
    /// The orders in the range.
    pub orders: Vec<Order>,
}

impl History {
    pub(crate) fn from_json(v: &Value) -> Result<History, ApiError> {
        Ok(History {
            total: v.get("amount").and_then(money::amount_from_json),
            orders: orders_in(v)?,
        })
    }
}

fn orders_in(v: &Value) -> Result<Vec<Order>, ApiError> {
    match v.get("data") {
        Some(Value::Array(items)) => items.iter().map(Order::from_json).collect(),
        Some(Value::Null) | None => Ok(vec![]),
        Some(_) => Err(invalid("data is not a list of orders")),
    }
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::InvalidResponse(message.into())
}

#[cfg(test)]
mod tests;
