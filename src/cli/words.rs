//! Words the commands share, in the person's language: a status, a method, and the
//! `note:`/`warning:` lines said on stderr.

use crate::api::PaymentStatus;
use crate::i18n::Tr;
use crate::payment::Method;

/// A status as a person reads it (`PAID`, `BEZAHLT`); a word the API sent that luxpay
/// does not know is shown as it came (sanitised).
pub(crate) fn status(tr: &Tr, status: &PaymentStatus) -> String {
    match status {
        PaymentStatus::Pending => t!(tr, "status-pending"),
        PaymentStatus::Success => t!(tr, "status-paid"),
        PaymentStatus::Expired => t!(tr, "status-expired"),
        PaymentStatus::Unknown(_) => status.to_string(),
    }
}

/// A method as a person reads it: the brands as they are, card and cash in the language.
pub(crate) fn method(tr: &Tr, method: Method) -> String {
    match method {
        Method::Card => t!(tr, "cli-method-card"),
        Method::Cash => t!(tr, "cli-method-cash"),
        Method::Paypal | Method::Venmo => method.label().to_string(),
    }
}

/// `note: …` in the language.
pub(crate) fn note(tr: &Tr, text: &str) -> String {
    t!(tr, "cli-note", text = text)
}

/// `warning: …` in the language.
pub(crate) fn warning(tr: &Tr, text: &str) -> String {
    t!(tr, "cli-warning", text = text)
}

/// The width of a column of labels: at least `least` (the English layout), else the
/// widest label and a space.
pub(crate) fn label_width(labels: &[String], least: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    labels
        .iter()
        .map(|label| label.width() + 1)
        .max()
        .unwrap_or(0)
        .max(least)
}

/// `label` padded with spaces to `width` columns.
pub(crate) fn pad(label: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{label}{}", " ".repeat(width.saturating_sub(label.width())))
}
