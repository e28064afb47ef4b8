//! The demo API's orders: in memory, and in a state file when several luxpay processes
//! share one demo (every `--demo` command of a data directory, and `demo-server`).

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::PathBuf;
use std::sync::MutexGuard;
use std::time::Duration;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::api::{DateBound, PaymentStatus};
use crate::money::{self, Currency};
use crate::payment::{self, Method};

#[derive(Serialize, Deserialize)]
pub(super) struct DemoOrder {
    pub id: u64,
    #[serde(
        serialize_with = "money::serialize_exact",
        deserialize_with = "money::deserialize_exact"
    )]
    pub amount: Decimal,
    pub currency: Currency,
    pub customer: String,
    pub product: String,
    pub redirect_url: Option<String>,
    created_at: jiff::Timestamp,
    /// When it pays itself: fixed when it is made, so every process sharing the demo
    /// agrees, whatever `--demo-pay-after` each was started with.
    pays_at: jiff::Timestamp,
    /// Set by pay or expire; until then the status follows the clock.
    outcome: Option<PaymentStatus>,
}

pub(super) struct Store {
    orders: Vec<DemoOrder>,
    pay_after: Duration,
    /// Where the orders are shared with other processes, if they are.
    file: Option<PathBuf>,
}

/// The store, fresh from the state file, held with the file's lock until dropped; a
/// guard that may change the orders writes them back when dropped. So processes sharing
/// one demo never lose or double an order.
pub(super) struct Held<'a> {
    store: MutexGuard<'a, Store>,
    file: Option<File>,
    write: bool,
}

impl std::ops::Deref for Held<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

impl std::ops::DerefMut for Held<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.store
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        let (Some(file), true) = (&mut self.file, self.write) else {
            return;
        };
        let written = serde_json::to_vec(&self.store.orders)
            .map_err(std::io::Error::other)
            .and_then(|text| {
                file.set_len(0)?;
                file.rewind()?;
                file.write_all(&text)
            });
        if let Err(e) = written {
            tracing::warn!(error = %e, "the demo state could not be saved");
        }
        // Closing the file releases its lock.
    }
}

impl Store {
    pub fn new(pay_after: Duration, file: Option<PathBuf>) -> Store {
        Store {
            orders: Vec::new(),
            pay_after,
            file,
        }
    }

    /// Holds the store, reading the shared orders first (another process may have made
    /// some). `write`: the holder may change them, and they are saved when it lets go.
    /// A state file that cannot be used leaves the demo working in memory.
    pub fn hold(store: MutexGuard<'_, Store>, write: bool) -> Held<'_> {
        let mut held = Held {
            store,
            file: None,
            write,
        };
        if let Some(path) = held.store.file.clone() {
            match read_locked(&path, write) {
                Ok((file, orders)) => {
                    if let Some(orders) = orders {
                        held.store.orders = orders;
                    }
                    held.file = Some(file);
                }
                Err(e) => tracing::warn!(error = %e, "the demo state could not be read"),
            }
        }
        held
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
        let customer = payment::check_customer(
            &text("customer").unwrap_or_default(),
            &crate::i18n::Tr::plain(),
        )
        .map_err(|e| e.to_string())?;
        let product = payment::check_product(
            &text("product").unwrap_or_default(),
            &crate::i18n::Tr::plain(),
        )
        .map_err(|e| e.to_string())?;
        let redirect_url = text("redirect_url");
        let now = jiff::Timestamp::now();
        self.orders.push(DemoOrder {
            id: self.orders.len() as u64 + 1,
            amount,
            currency,
            customer,
            product,
            redirect_url,
            created_at: now,
            pays_at: now
                .checked_add(self.pay_after)
                .unwrap_or(jiff::Timestamp::MAX),
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
            None if jiff::Timestamp::now().duration_since(order.created_at)
                >= jiff::SignedDuration::try_from(self.pay_after)
                    .unwrap_or(jiff::SignedDuration::MAX) =>
            {
                PaymentStatus::Success
            }
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

/// Opens the state file, locks it (shared to read, exclusive to change), and reads the
/// orders in it; `None` for a new, empty file.
fn read_locked(path: &PathBuf, write: bool) -> std::io::Result<(File, Option<Vec<DemoOrder>>)> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    if write {
        file.lock()?;
    } else {
        file.lock_shared()?;
    }
    let mut text = String::new();
    file.read_to_string(&mut text)?;
    if text.trim().is_empty() {
        return Ok((file, None));
    }
    let orders = serde_json::from_str(&text).map_err(std::io::Error::other)?;
    Ok((file, Some(orders)))
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
