//! The demo API's orders, in memory.

use std::time::Duration;

use rust_decimal::Decimal;
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::api::{DateBound, PaymentStatus};
use crate::money::{self, Currency};
use crate::payment::{self, Method};

pub(super) struct DemoOrder {
    pub id: u64,
    pub amount: Decimal,
    pub currency: Currency,
    pub customer: String,
    pub product: String,
    pub redirect_url: Option<String>,
    created: Instant,
    created_at: jiff::Timestamp,
    /// Set by pay or expire; until then the status follows the clock.
    outcome: Option<PaymentStatus>,
}

pub(super) struct Store {
    orders: Vec<DemoOrder>,
    pay_after: Duration,
}

impl Store {
    pub fn new(pay_after: Duration) -> Store {
        Store {
            orders: Vec::new(),
            pay_after,
        }
    }

    /// Checks a create body the way a strict server would, then records the order.
    pub fn create(&mut self, body: &Value, method: Method) -> Result<&DemoOrder, String> {
        let amount = match body.get("amount") {
            Some(v @ Value::Number(_)) => {
                money::amount_from_json(v).ok_or("amount is not a number")?
            }
            Some(_) => return Err("amount must be a JSON number".into()),
            None => return Err("amount is required".into()),
        };
        if amount <= Decimal::ZERO {
            return Err("amount must be greater than zero".into());
        }
        let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_string);
        let currency: Currency = text("currency").ok_or("currency is required")?.parse()?;
        if !method.accepts(currency) {
            return Err(format!("{} accepts USD only", method.label()));
        }
        let customer = payment::check_customer(&text("customer").unwrap_or_default())
            .map_err(|e| e.to_string())?;
        let product = payment::check_product(&text("product").unwrap_or_default())
            .map_err(|e| e.to_string())?;
        let redirect_url = text("redirect_url");
        self.orders.push(DemoOrder {
            id: self.orders.len() as u64 + 1,
            amount,
            currency,
            customer,
            product,
            redirect_url,
            created: Instant::now(),
            created_at: jiff::Timestamp::now(),
            outcome: None,
        });
        Ok(self.orders.last().expect("just pushed"))
    }

    pub fn get(&self, id: u64) -> Option<&DemoOrder> {
        id.checked_sub(1).and_then(|i| self.orders.get(i as usize))
    }

    pub fn status_of(&self, order: &DemoOrder) -> PaymentStatus {
        match &order.outcome {
            Some(s) => s.clone(),
            None if order.created.elapsed() >= self.pay_after => PaymentStatus::Success,
            None => PaymentStatus::Pending,
        }
    }

    /// Pays or expires an order; an order already final cannot change.
    pub fn settle(&mut self, id: u64, outcome: PaymentStatus) -> Result<PaymentStatus, String> {
        let current = self
            .get(id)
            .map(|o| self.status_of(o))
            .ok_or("no such order")?;
        if current.is_final() && current != outcome {
            return Err(format!("order {id} is already {current}"));
        }
        let order = &mut self.orders[id as usize - 1];
        order.outcome = Some(outcome.clone());
        Ok(outcome)
    }

    pub fn newest_first(&self) -> impl Iterator<Item = &DemoOrder> {
        self.orders.iter().rev()
    }

    /// Orders created within an inclusive range, newest first, and their total.
    pub fn between(&self, start: DateBound, end: DateBound) -> (Decimal, Vec<&DemoOrder>) {
        let day = |t: jiff::Timestamp| t.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        let after_start = |t: jiff::Timestamp| match start {
            DateBound::Day(d) => day(t) >= d,
            DateBound::Instant(i) => t >= i,
        };
        let before_end = |t: jiff::Timestamp| match end {
            DateBound::Day(d) => day(t) <= d,
            DateBound::Instant(i) => t <= i,
        };
        let found: Vec<&DemoOrder> = self
            .newest_first()
            .filter(|o| after_start(o.created_at) && before_end(o.created_at))
            .collect();
        (found.iter().map(|o| o.amount).sum(), found)
    }
}

/// An order in the documented seven-field shape (note the capital `Amount`).
pub(super) fn order_json(order: &DemoOrder, status: &PaymentStatus) -> Value {
    json!({
        "id": order.id,
        "Amount": money::to_json_number(order.amount),
        "currency": order.currency.code(),
        "customer": order.customer,
        "product": order.product,
        "hook_url": "",
        "status": status.as_str(),
    })
}
