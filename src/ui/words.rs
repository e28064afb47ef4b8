//! Words several views share, in the cashier's language: statuses (from `common.ftl`),
//! methods, the form's field names, and money and times as the locale writes them.

use std::time::Instant;

use crate::api::PaymentStatus;
use crate::app::SessionPayment;
use crate::i18n::Tr;
use crate::payment::{Field, Method};
use crate::text::clock;

/// The status's word: `PAID`, `PENDING`, `EXPIRED`, or an unknown word as the server
/// sent it (sanitised when it was read).
pub fn status(tr: &Tr, status: &PaymentStatus) -> String {
    match status {
        PaymentStatus::Pending => t!(tr, "status-pending"),
        PaymentStatus::Success => t!(tr, "status-paid"),
        PaymentStatus::Expired => t!(tr, "status-expired"),
        PaymentStatus::Unknown(word) => word.clone(),
    }
}

/// The status with how long it has waited while open: `PENDING 1:42`.
pub fn status_label(tr: &Tr, payment: &SessionPayment, now: Instant) -> String {
    match &payment.status {
        PaymentStatus::Pending => format!(
            "{} {}",
            t!(tr, "status-pending"),
            clock(now.saturating_duration_since(payment.created))
        ),
        other => status(tr, other),
    }
}

/// The status in a list: waiting in whole minutes (`PENDING 3m`), so a list of open
/// payments does not redraw every second; a voided link unpaid is `VOIDED`.
pub fn status_in_list(tr: &Tr, payment: &SessionPayment, now: Instant) -> String {
    if payment.voided_at.is_some() && payment.status != PaymentStatus::Success {
        return t!(tr, "status-voided");
    }
    match &payment.status {
        PaymentStatus::Pending => {
            let minutes = now.saturating_duration_since(payment.created).as_secs() / 60;
            if minutes == 0 {
                t!(tr, "status-pending")
            } else {
                t!(
                    tr,
                    "ui-pending-minutes",
                    status = t!(tr, "status-pending"),
                    minutes = minutes
                )
            }
        }
        _ => status_label(tr, payment, now),
    }
}

/// A method's name: the brands as they are, card and cash in the language.
pub fn method(tr: &Tr, method: Method) -> String {
    match method {
        Method::Card => t!(tr, "ui-method-card"),
        Method::Cash => t!(tr, "ui-method-cash"),
        other => other.label().to_string(),
    }
}

/// A field's label in the form.
pub fn field(tr: &Tr, field: Field) -> String {
    match field {
        Field::Amount => t!(tr, "ui-form-amount"),
        Field::Customer => t!(tr, "ui-form-customer"),
        Field::Product => t!(tr, "ui-form-product"),
        Field::RedirectUrl => t!(tr, "ui-form-redirect-url"),
        Field::Method => t!(tr, "ui-form-method"),
        Field::Currency => t!(tr, "ui-form-currency"),
    }
}

/// A ledger entry's word: `VOIDED` for a voided link unpaid, else its status's.
pub fn entry(tr: &Tr, entry: &crate::ledger::LedgerEntry) -> String {
    if entry.voided_at.is_some() && entry.status != PaymentStatus::Success {
        t!(tr, "status-voided")
    } else {
        status(tr, &entry.status)
    }
}

/// A time of a list, as the locale writes it: the time alone where the list's rows fall
/// on one day (`format` from `text::when_format` is `%H:%M`), else with the date. The
/// plain forms (English without a locale) keep the list's own (`11-26 14:05`).
pub fn when(tr: &Tr, at: jiff::Timestamp, tz: &jiff::tz::TimeZone, format: &str) -> String {
    let zoned = at.to_zoned_datetime(tz.clone());
    if format == "%H:%M" {
        return tr.time(zoned.time());
    }
    let local = tr.date_time(zoned.datetime());
    if local == zoned.strftime("%Y-%m-%d %H:%M").to_string() {
        zoned.strftime(format).to_string()
    } else {
        local
    }
}
