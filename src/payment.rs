//! What a sale is made of before it is sent: the payment method, the fields a person
//! types, and the checks every front end (headless `create`, the TUI form) shares.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::i18n::Tr;
use crate::money::{self, Currency};
use crate::tip::Tip;

mod checks;
mod status;

pub use checks::{
    MAX_URL_CHARS, check_amount, check_currency, check_customer, check_product, check_redirect_url,
};
pub use status::{PaymentStatus, may_follow, rank};

/// The longest product text accepted; it is shown to the payer on the checkout page.
pub const MAX_PRODUCT_CHARS: usize = 200;

/// How the customer pays; each method has its own create endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    #[default]
    /// PayPal (`POST /payment/paypal`), USD only.
    Paypal,
    /// Venmo (`POST /payment/order`), USD only.
    Venmo,
    /// Card (`POST /card`), in the card currencies.
    Card,
    /// Cash at the counter: nothing is sent to Luxfin, the sale is paid at once.
    Cash,
}

impl Method {
    /// Every method that makes a Luxfin link.
    pub const ALL: [Method; 3] = [Method::Paypal, Method::Venmo, Method::Card];

    /// The form's method line: the links, then cash.
    pub const CHOICES: [Method; 4] = [Method::Paypal, Method::Venmo, Method::Card, Method::Cash];

    /// The path of the endpoint that creates a payment link for this method; none for
    /// cash, which never reaches Luxfin.
    pub fn create_path(self) -> Option<&'static str> {
        match self {
            Method::Paypal => Some("/payment/paypal"),
            Method::Venmo => Some("/payment/order"),
            Method::Card => Some("/card"),
            Method::Cash => None,
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Method::Paypal => "PayPal",
            Method::Venmo => "Venmo",
            Method::Card => "Card",
            Method::Cash => "Cash",
        }
    }

    /// The lowercase name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Method::Paypal => "paypal",
            Method::Venmo => "venmo",
            Method::Card => "card",
            Method::Cash => "cash",
        }
    }

    /// Whether the method takes this currency (PayPal and Venmo take USD only).
    pub fn accepts(self, currency: Currency) -> bool {
        matches!(self, Method::Card | Method::Cash) || currency == Currency::Usd
    }

    /// The method for a sale whose currency is set (by a cart): this one when it takes
    /// `currency`, else Card, the one that takes them all. The form and `create` alike.
    pub fn for_currency(self, currency: Currency) -> Method {
        if self.accepts(currency) {
            self
        } else {
            Method::Card
        }
    }

    /// The currency a sale by this method starts from: `preferred` (the configured one)
    /// when the method takes it, else USD. The configured currency is a default, not a
    /// demand: PayPal and Venmo fall back to USD.
    pub fn currency_from(self, preferred: Currency) -> Currency {
        if self.accepts(preferred) {
            preferred
        } else {
            Currency::Usd
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .chain([Method::Cash])
            .find(|m| m.key().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "unknown method {:?}: use paypal, venmo, card or cash",
                    s.trim()
                )
            })
    }
}

/// A field of a new payment, so an error can say which one is at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The amount.
    Amount,
    /// The customer's email.
    Customer,
    /// What is sold.
    Product,
    /// Where the payer goes after paying.
    RedirectUrl,
    /// How the customer pays.
    Method,
    /// The card currency.
    Currency,
}

impl Field {
    /// The name people see in the form and in messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::Amount => "amount",
            Field::Customer => "customer email",
            Field::Product => "product",
            Field::RedirectUrl => "redirect URL",
            Field::Method => "method",
            Field::Currency => "currency",
        }
    }

    /// The name people see, in `tr`'s language.
    pub fn label_in(self, tr: &Tr) -> String {
        match self {
            Field::Amount => t!(tr, "field-amount"),
            Field::Customer => t!(tr, "field-customer"),
            Field::Product => t!(tr, "field-product"),
            Field::RedirectUrl => t!(tr, "field-redirect-url"),
            Field::Method => t!(tr, "field-method"),
            Field::Currency => t!(tr, "field-currency"),
        }
    }
}

/// One field's problem, phrased so the person knows what to type instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", field.label())]
pub struct FieldError {
    /// The field that is wrong.
    pub field: Field,
    /// What is wrong and what to do.
    pub message: String,
}

impl FieldError {
    /// The field's name in `tr`'s language, then the message (which is in the language
    /// it was checked in).
    pub fn text(&self, tr: &Tr) -> String {
        t!(
            tr,
            "field-error",
            field = self.field.label_in(tr),
            message = self.message.as_str()
        )
    }
}

/// The limits a deployment may tune in its config file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// The largest amount a sale may have.
    pub max_amount: Decimal,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_amount: money::DEFAULT_MAX_AMOUNT,
        }
    }
}

/// What a person typed, before checking.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// The amount as typed.
    pub amount: String,
    /// The customer's email as typed.
    pub customer: String,
    /// The product as typed.
    pub product: String,
    /// The redirect URL as typed, or empty.
    pub redirect_url: String,
    /// How the customer pays.
    pub method: Method,
    /// The currency; `None` means the method's default.
    pub currency: Option<Currency>,
    /// The email used when none is typed (`walk_in_email`, `{till}` filled, `{seq}`
    /// left for when the sale is made); `None`: an email is required.
    pub walk_in: Option<String>,
    /// The cart's items, when the sale is made from the catalogue (the amount is then
    /// their total).
    pub items: Vec<Item>,
}

/// One line of a sale made from the catalogue: an item, its unit price, how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The item's name, as the catalogue has it.
    pub name: String,
    /// Its price for one.
    #[serde(
        serialize_with = "crate::money::serialize_exact",
        deserialize_with = "crate::money::deserialize_exact"
    )]
    pub unit_price: Decimal,
    /// How many.
    pub quantity: u32,
}

impl Item {
    /// The line's total.
    pub fn total(&self) -> Decimal {
        self.unit_price * Decimal::from(self.quantity)
    }
}

/// The product text a cart makes: `2× Flat white, Croissant`.
pub fn product_of(items: &[Item]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|i| match i.quantity {
            1 => i.name.clone(),
            n => format!("{n}× {}", i.name),
        })
        .collect();
    lines.join(", ")
}

/// What luxpay keeps of a sale beyond what Luxfin knows (an amount and a product): the
/// cart's items, the tip (part of the amount, kept apart for tax), and whether the
/// customer was a walk-in whose email luxpay made up (`walk_in_email`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extras {
    /// The catalogue items sold, when the sale was made from a cart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// The tip included in the amount, when one was asked for (zero: declined).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::money::serialize_amount",
        deserialize_with = "crate::money::deserialize_amount"
    )]
    pub tip: Option<Decimal>,
    /// The customer gave no email: it was made from `walk_in_email`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub walk_in: bool,
    /// Cash: what the customer handed over, when the cashier typed it (the change is
    /// what it exceeds the amount by).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::money::serialize_amount",
        deserialize_with = "crate::money::deserialize_amount"
    )]
    pub tendered: Option<Decimal>,
}

impl Extras {
    /// The tip, zero when there is none.
    pub fn tip_or_zero(&self) -> Decimal {
        self.tip.unwrap_or_default()
    }
}

/// The `{seq}` placeholder of `walk_in_email`, filled as each walk-in sale is made.
pub const WALK_IN_SEQ: &str = "{seq}";

/// A payment that passed every check and may be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPayment {
    /// The amount, exact.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The customer's email.
    pub customer: String,
    /// What is sold.
    pub product: String,
    /// Where the payer goes after paying.
    pub redirect_url: Option<Url>,
    /// How the customer pays.
    pub method: Method,
    /// Items, tip, walk-in: what luxpay keeps beside the amount.
    pub extras: Extras,
}

impl NewPayment {
    /// The same sale with a tip on top: the amount sent is subtotal + tip.
    pub fn with_tip(mut self, tip: Decimal) -> NewPayment {
        self.amount += tip;
        self.extras.tip = Some(tip);
        self
    }

    /// The same sale with `tip` worked out on its amount and added, unless subtotal +
    /// tip is above the limit: the form's tip screen and `create --tip` alike.
    pub fn tipped(self, tip: Tip, limits: &Limits, tr: &Tr) -> Result<NewPayment, FieldError> {
        let amount = tip.on(self.amount);
        let payment = self.with_tip(amount);
        if payment.amount > limits.max_amount {
            return Err(FieldError {
                field: Field::Amount,
                message: t!(
                    tr,
                    "check-tip-above-limit",
                    amount = crate::tip::said_amount(tr, payment.amount),
                    limit = crate::tip::said_amount(tr, limits.max_amount)
                ),
            });
        }
        Ok(payment)
    }

    /// A walk-in's email with its number filled in (`till+{seq}@…` → `till+42@…`).
    pub fn with_walk_in_number(mut self, seq: u64) -> NewPayment {
        if self.extras.walk_in {
            self.customer = self.customer.replace(WALK_IN_SEQ, &seq.to_string());
        }
        self
    }

    /// The amount before the tip.
    pub fn subtotal(&self) -> Decimal {
        self.amount - self.extras.tip_or_zero()
    }
}

impl Draft {
    /// Checks every field; on failure returns each field's error, in form order.
    pub fn validate(&self, limits: &Limits, tr: &Tr) -> Result<NewPayment, Vec<FieldError>> {
        let amount = check_amount(&self.amount, limits, tr);
        let walk_in = self.customer.trim().is_empty() && self.walk_in.is_some();
        let customer = match &self.walk_in {
            Some(template) if walk_in => Ok(template.clone()),
            // Nothing is sent to a cash customer: an email is theirs to give or not.
            _ if self.method == Method::Cash && self.customer.trim().is_empty() => {
                Ok(String::new())
            }
            _ => check_customer(&self.customer, tr),
        };
        let product = check_product(&self.product, tr);
        let redirect_url = check_redirect_url(&self.redirect_url, tr);
        let currency = check_currency(self.method, self.currency, tr);
        match (amount, customer, product, redirect_url, currency) {
            (Ok(amount), Ok(customer), Ok(product), Ok(redirect_url), Ok(currency)) => {
                Ok(NewPayment {
                    amount,
                    currency,
                    customer,
                    product,
                    redirect_url,
                    method: self.method,
                    extras: Extras {
                        items: self.items.clone(),
                        tip: None,
                        walk_in,
                        tendered: None,
                    },
                })
            }
            (a, c, p, r, cur) => Err([a.err(), c.err(), p.err(), r.err(), cur.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

#[cfg(test)]
mod tests;
