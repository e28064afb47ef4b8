//! Money: exact decimal amounts and the currencies Luxfin accepts.
//!
//! Amounts are `rust_decimal::Decimal` from the first keystroke to the JSON body: no f64
//! ever touches them, so `0.1 + 0.2` problems cannot reach a customer's bill.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The default upper bound for one payment, overridable in the config file.
pub const DEFAULT_MAX_AMOUNT: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// Serialises an amount as exact text with two decimals (`"12.50"`), never as a float.
pub fn serialize_exact<S: serde::Serializer>(amount: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_amount(*amount))
}

/// Reads an amount written by `serialize_exact`.
pub fn deserialize_exact<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(d)?;
    text.parse::<Decimal>().map_err(serde::de::Error::custom)
}

/// A currency code Luxfin accepts for card payments (PayPal and Venmo take USD only).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// US dollar.
    #[default]
    Usd,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Australian dollar.
    Aud,
    /// Canadian dollar.
    Cad,
    /// Swiss franc.
    Chf,
    /// Brazilian real.
    Brl,
    /// Danish krone.
    Dkk,
    /// Mexican peso.
    Mxn,
    /// Norwegian krone.
    Nok,
    /// New Zealand dollar.
    Nzd,
    /// Thai baht.
    Thb,
    /// Turkish lira.
    Try,
}

impl Currency {
    /// Every currency the card endpoint documents, USD first.
    pub const CARD: [Currency; 13] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Aud,
        Currency::Cad,
        Currency::Chf,
        Currency::Brl,
        Currency::Dkk,
        Currency::Mxn,
        Currency::Nok,
        Currency::Nzd,
        Currency::Thb,
        Currency::Try,
    ];

    /// The ISO 4217 code, as the API expects it.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Aud => "AUD",
            Currency::Cad => "CAD",
            Currency::Chf => "CHF",
            Currency::Brl => "BRL",
            Currency::Dkk => "DKK",
            Currency::Mxn => "MXN",
            Currency::Nok => "NOK",
            Currency::Nzd => "NZD",
            Currency::Thb => "THB",
            Currency::Try => "TRY",
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Currency::CARD
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                let codes: Vec<&str> = Currency::CARD.iter().map(|c| c.code()).collect();
                format!(
                    "unknown currency {wanted:?}: use one of {}",
                    codes.join(", ")
                )
            })
    }
}

/// Why typed text is not an amount. Shown in English by `Display` (the config file's
/// checks, logs); `AmountError::say` (in `tip`, the lowest module that sees both money and
/// the catalogues) says it in the cashier's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing typed.
    Empty,
    /// A currency sign typed with the number.
    CurrencySign,
    /// Zero or negative.
    NotPositive,
    /// Not digits with one decimal separator: the text as typed.
    NotANumber(String),
    /// Digits too many for a decimal: the text as read.
    TooLarge(String),
    /// More than two decimal places.
    TooManyDecimals,
    /// Above the limit, which it names.
    AboveLimit(Decimal),
    /// One separator before three digits, `1.500`: the thousands reading (`1500`) and
    /// the decimal one's whole part and cents (`1`, `50`).
    Ambiguous {
        /// The text as typed.
        typed: String,
        /// Read as thousands.
        thousands: String,
        /// Read as decimals: the whole part.
        whole: String,
        /// Read as decimals: the two cents' digits.
        cents: String,
    },
    /// As `Ambiguous`, but as decimals it would have three places (`1.234`).
    AmbiguousThreePlaces {
        /// The text as typed.
        typed: String,
        /// Read as thousands.
        thousands: String,
    },
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::Empty => f.write_str("enter an amount, such as 12.50"),
            AmountError::CurrencySign => {
                f.write_str("type the number only; the currency is chosen separately")
            }
            AmountError::NotPositive => f.write_str("the amount must be more than zero"),
            AmountError::NotANumber(typed) => write!(
                f,
                "{typed:?} is not a number: type digits and one decimal separator, such as 12.50"
            ),
            AmountError::TooLarge(typed) => write!(f, "{typed:?} is too large to be an amount"),
            AmountError::TooManyDecimals => {
                f.write_str("use at most two decimal places, such as 12.50")
            }
            AmountError::AboveLimit(max) => write!(
                f,
                "the amount is above the limit of {}; raise max_amount in the config file if this is right",
                format_amount(*max)
            ),
            AmountError::Ambiguous {
                typed,
                thousands,
                whole,
                cents,
            } => write!(
                f,
                "{typed:?} could be {thousands} or {whole}.{cents}: type {thousands} (thousands) \
                 or {whole}.{cents} (decimals)"
            ),
            AmountError::AmbiguousThreePlaces { typed, thousands } => write!(
                f,
                "{typed:?} could be {thousands} (thousands), but as decimals it has three places: \
                 type {thousands}, or use at most two decimal places"
            ),
        }
    }
}

impl std::error::Error for AmountError {}

/// Parses cash counted in a drawer, or a float: as `parse_amount`, but an empty drawer
/// (0, 0.00, 0,00) is a count too.
pub fn parse_count(input: &str, max: Decimal) -> Result<Decimal, AmountError> {
    let digits = input.trim().replace(',', ".");
    if !digits.is_empty()
        && digits.chars().all(|c| c == '0' || c == '.')
        && digits.starts_with('0')
        && digits.matches('.').count() <= 1
    {
        return Ok(Decimal::ZERO);
    }
    parse_amount(input, max)
}

/// Parses what a person typed as an amount: a positive number with at most two decimal
/// places, not above `max`, written with a decimal dot or a decimal comma (see
/// `plain_digits`). The error says what to type instead. Amounts, tips, catalogue
/// prices and limits all come through here, so `1.500` means the same everywhere.
pub fn parse_amount(input: &str, max: Decimal) -> Result<Decimal, AmountError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let plain = plain_digits(s)?;
    let s = plain.as_str();
    if s.starts_with(['$', '€', '£']) {
        return Err(AmountError::CurrencySign);
    }
    if s.starts_with('-') {
        return Err(AmountError::NotPositive);
    }
    // Decimal::from_str also takes forms like "1e3" or "_1"; a till takes digits and one dot.
    let well_formed = s.chars().all(|c| c.is_ascii_digit() || c == '.')
        && s.chars().filter(|&c| c == '.').count() <= 1
        && s.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        // Said as typed, not as `plain_digits` rewrote it.
        return Err(AmountError::NotANumber(input.trim().to_string()));
    }
    let amount = Decimal::from_str(s).map_err(|_| AmountError::TooLarge(s.to_string()))?;
    if amount.is_zero() {
        return Err(AmountError::NotPositive);
    }
    if amount.normalize().scale() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    if amount > max {
        return Err(AmountError::AboveLimit(max));
    }
    Ok(amount.normalize())
}

/// An amount as people write it, turned into digits and at most one decimal dot.
/// A single separator, `.` or `,`, with one or two digits after it is a decimal one
/// (`12.50`, `12,50`); with both separators the last one is the decimal separator and
/// the other separates thousands (`1.234,56`, `1,234.56`); commas alone in groups of
/// three separate thousands (`1,234,567`). A single separator with three digits after
/// it is refused (see `ambiguous`).
fn plain_digits(s: &str) -> Result<String, AmountError> {
    if let Some(error) = ambiguous(s) {
        return Err(error);
    }
    let (Some(comma), dot) = (s.rfind(','), s.rfind('.')) else {
        return Ok(s.to_string());
    };
    let not_a_number = || AmountError::NotANumber(s.to_string());
    // The whole part, with its thousands separator taken out (groups of three checked).
    let whole = |part: &str, separator: char| -> Result<String, AmountError> {
        let groups: Vec<&str> = part.split(separator).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        let digits = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
        if first_ok && rest_ok && digits {
            Ok(groups.concat())
        } else {
            Err(not_a_number())
        }
    };
    match dot {
        // Both: the last one separates the decimals.
        Some(dot) if dot > comma => Ok(format!("{}.{}", whole(&s[..dot], ',')?, &s[dot + 1..])),
        Some(_) => Ok(format!("{}.{}", whole(&s[..comma], '.')?, &s[comma + 1..])),
        None if s.matches(',').count() > 1 => whole(s, ','),
        None => {
            let (before, after) = (&s[..comma], &s[comma + 1..]);
            let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
            if !digits(after) || !(digits(before) || before.is_empty()) || after.len() > 3 {
                return Err(not_a_number());
            }
            Ok(format!("{before}.{after}"))
        }
    }
}

/// Why `s` cannot be read one way only, if so: one separator, `.` or `,`, between one
/// to three digits not starting with 0 and exactly three digits (`1.500`, `12,345`).
/// Read as decimals it is 1.500, read as thousands 1500, and which separator a cashier
/// uses for which depends on where they learnt to write numbers: taking either reading
/// silently charges a thousand times too much or too little, so both are shown and the
/// cashier writes the amount again. A whole part of 0 or of none (`0.500`, `,500`) or of
/// four digits or more (`1234.500`) cannot start a group of thousands, so those are
/// decimals, and are read as such.
fn ambiguous(s: &str) -> Option<AmountError> {
    let at = s.find(['.', ','])?;
    let (before, after) = (&s[..at], &s[at + 1..]);
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    let groups_thousands = (1..=3).contains(&before.len()) && !before.starts_with('0');
    if !(groups_thousands && digits(before) && after.len() == 3 && digits(after)) {
        return None;
    }
    let thousands = format!("{before}{after}");
    // Each reading as it would be typed unambiguously: 1.500 read as decimals is 1.50.
    // 1.234 read so has a decimal too many, and that reading is not offered (saying
    // "1.234 could be 1.234" would read as no reading at all).
    Some(match after.strip_suffix('0') {
        Some(cents) => AmountError::Ambiguous {
            typed: s.to_string(),
            thousands,
            whole: before.to_string(),
            cents: cents.to_string(),
        },
        None => AmountError::AmbiguousThreePlaces {
            typed: s.to_string(),
            thousands,
        },
    })
}

/// Shows an amount with exactly two decimal places: `12.50`.
pub fn format_amount(amount: Decimal) -> String {
    format!("{:.2}", amount.round_dp(2))
}

/// Shows an amount with its currency, as a person reads it: `12.50 USD`,
/// `1,500.00 USD`. For people only: the API and files get `format_amount`.
pub fn format_money(amount: Decimal, currency: Currency) -> String {
    format!("{} {}", format_grouped(amount), currency)
}

/// An amount with two decimals and thousands separated by commas: `1,500.00` (the
/// plain form; a locale's is `i18n::Tr::amount`).
pub fn format_grouped(amount: Decimal) -> String {
    crate::i18n::Tr::plain().amount(amount)
}

/// Serialises an optional amount as text with two decimals (`"12.50"`), as luxpay's
/// JSON output shows money: exact, and the same shape the API uses for `amount`.
pub fn serialize_amount<S: serde::Serializer>(
    amount: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match amount {
        Some(a) => s.serialize_str(&format_amount(*a)),
        None => s.serialize_none(),
    }
}

/// Reads an optional amount written by `serialize_amount`.
pub fn deserialize_amount<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Decimal>, D::Error> {
    let text = <Option<String> as serde::Deserialize>::deserialize(d)?;
    text.map(|t| t.parse::<Decimal>().map_err(serde::de::Error::custom))
        .transpose()
}

/// An amount as a JSON number, written from its exact decimal text (never through f64).
pub fn to_json_number(amount: Decimal) -> Box<serde_json::value::RawValue> {
    serde_json::value::RawValue::from_string(amount.normalize().to_string())
        .expect("a decimal's text is a valid JSON number")
}

/// Parses an amount the server sent: a JSON number or a string holding one.
pub fn amount_from_json(value: &serde_json::Value) -> Option<Decimal> {
    match value {
        // serde_json prints the shortest text that reads back as the same number, so
        // going through text keeps "12.5" as 12.5 rather than 12.4999….
        serde_json::Value::Number(n) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .ok(),
        serde_json::Value::String(s) => Decimal::from_str(s.trim()).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
