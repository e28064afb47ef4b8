//! The checks of each field a person types: what is refused, and the message that
//! names the field and says what to do.

use email_address::{EmailAddress, Options};
use rust_decimal::Decimal;
use url::Url;

use super::{Field, FieldError, Limits, MAX_PRODUCT_CHARS, Method};
use crate::i18n::Tr;
use crate::money::{self, Currency};

fn fail(field: Field, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// The amount as money: positive, at most two decimal places, not above the limit.
pub fn check_amount(input: &str, limits: &Limits, tr: &Tr) -> Result<Decimal, FieldError> {
    money::parse_amount(input, limits.max_amount).map_err(|m| fail(Field::Amount, m.say(tr)))
}

/// One plain email address: no display name, a domain with a dot.
pub fn check_customer(input: &str, tr: &Tr) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(fail(Field::Customer, t!(tr, "check-email-empty")));
    }
    if let Some(problem) = crate::sanitize::deceptive_in(s, tr) {
        return Err(fail(Field::Customer, problem));
    }
    let strict = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    match EmailAddress::parse_with_options(s, strict) {
        Ok(email) => Ok(email.as_str().to_string()),
        Err(_) => Err(fail(
            Field::Customer,
            t!(
                tr,
                "check-email-invalid",
                typed = format!("{:?}", crate::sanitize::excerpt(s, 60))
            ),
        )),
    }
}

/// Product text: not empty, at most 200 characters, printable.
pub fn check_product(input: &str, tr: &Tr) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(fail(Field::Product, t!(tr, "check-product-empty")));
    }
    let count = s.chars().count();
    if count > MAX_PRODUCT_CHARS {
        return Err(fail(
            Field::Product,
            t!(
                tr,
                "check-product-too-long",
                count = count,
                most = MAX_PRODUCT_CHARS
            ),
        ));
    }
    if !crate::sanitize::is_clean(s) {
        return Err(fail(Field::Product, t!(tr, "check-product-controls")));
    }
    if let Some(problem) = crate::sanitize::deceptive_in(s, tr) {
        return Err(fail(Field::Product, problem));
    }
    Ok(s.to_string())
}

/// The longest URL luxpay takes, from a person or the API: QR codes and terminals
/// both suffer beyond it.
pub const MAX_URL_CHARS: usize = 2048;

/// An optional http or https URL the payer is sent to after paying.
pub fn check_redirect_url(input: &str, tr: &Tr) -> Result<Option<Url>, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let count = s.chars().count();
    if count > MAX_URL_CHARS {
        return Err(fail(
            Field::RedirectUrl,
            t!(
                tr,
                "check-url-too-long",
                count = count,
                most = MAX_URL_CHARS
            ),
        ));
    }
    if let Some(problem) = crate::sanitize::deceptive_in(s, tr) {
        return Err(fail(Field::RedirectUrl, problem));
    }
    let url = Url::parse(s).map_err(|e| {
        fail(
            Field::RedirectUrl,
            t!(tr, "check-url-invalid", error = e.to_string()),
        )
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(fail(Field::RedirectUrl, t!(tr, "check-url-scheme")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(fail(Field::RedirectUrl, t!(tr, "check-url-credentials")));
    }
    Ok(Some(url))
}

/// The currency for a method: USD unless a card currency was chosen.
pub fn check_currency(
    method: Method,
    currency: Option<Currency>,
    tr: &Tr,
) -> Result<Currency, FieldError> {
    let currency = currency.unwrap_or(Currency::Usd);
    if method.accepts(currency) {
        Ok(currency)
    } else {
        Err(fail(
            Field::Currency,
            t!(
                tr,
                "check-currency-usd-only",
                method = method.label(),
                currency = currency.code()
            ),
        ))
    }
}
