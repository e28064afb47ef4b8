//! Words the app's messages share, in the cashier's language.

use crate::i18n::Tr;

/// A status word as people read it (`PAID`, `PENDING`, `EXPIRED`, `VOIDED`, from
/// `PaymentStatus::word` or `LedgerEntry::word`) in `tr`'s language; a word luxpay does
/// not know (the server's own) as it came.
pub fn status_word(tr: &Tr, word: &str) -> String {
    match word {
        "PAID" => t!(tr, "status-paid"),
        "PENDING" => t!(tr, "status-pending"),
        "EXPIRED" => t!(tr, "status-expired"),
        "VOIDED" => t!(tr, "status-voided"),
        other => other.to_owned(),
    }
}
