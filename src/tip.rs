//! Tips: a percent of the subtotal or an amount, added on top of it. Luxfin knows no
//! tips: the amount sent is subtotal + tip, and luxpay keeps the tip apart for tax.

use rust_decimal::{Decimal, RoundingStrategy};

use std::str::FromStr;

use crate::i18n::Tr;
use crate::money::{self, AmountError};

/// A tip as asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tip {
    /// A percent of the subtotal (15 for 15%).
    Percent(Decimal),
    /// An amount.
    Amount(Decimal),
}

/// The most a percent tip may be: a typo (150 for 15) is refused rather than charged.
pub const MAX_PERCENT: Decimal = Decimal::from_parts(100, 0, 0, false, 0);

impl Tip {
    /// Reads `15%` (a percent) or `0.50` (an amount; a decimal comma is fine). Zero is
    /// allowed: no tip. Errors start with `tip` and the text quoted once, as typed
    /// (`tip "150%" is not a tip: …`): the CLI puts `--` before them.
    pub fn parse(text: &str, tr: &Tr) -> Result<Tip, String> {
        let text = text.trim();
        if let Some(percent) = text.strip_suffix('%') {
            let p = read_percent(percent.trim()).map_err(|why| {
                let typed = format!("{text:?}");
                match why {
                    NotPercent::Number => t!(tr, "tip-not-a-percent", typed = typed),
                    NotPercent::Range => t!(tr, "tip-out-of-range", typed = typed),
                }
            })?;
            return Ok(Tip::Percent(p));
        }
        if text.trim_matches(['0', '.', ',']).is_empty() && !text.is_empty() {
            return Ok(Tip::Amount(Decimal::ZERO));
        }
        money::parse_amount(text, Decimal::MAX)
            .map(Tip::Amount)
            .map_err(|e| {
                let e = e.say(tr);
                // Most amount errors quote the text already: quoted twice reads as two.
                let quoted = format!("{text:?}");
                if e.starts_with(&quoted) {
                    t!(tr, "tip-amount-error", error = e)
                } else {
                    t!(tr, "tip-amount-error-quoted", typed = quoted, error = e)
                }
            })
    }

    /// The tip on `subtotal`, rounded half-up to the cent: 15% of 12.20 is 1.83.
    pub fn on(self, subtotal: Decimal) -> Decimal {
        match self {
            Tip::Percent(p) => (subtotal * p / Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
            Tip::Amount(a) => a,
        }
    }
}

/// A percent as written in `tip_presets` (the number, without its `%`): 0 to 100, at
/// most two decimals. Errors quote it once, with its `%`.
/// The config file's checks stay English.
pub fn percent_of(text: &str) -> Result<Decimal, String> {
    read_percent(text).map_err(|why| {
        let why = match why {
            NotPercent::Number => "is not a percent: type a number, such as 15",
            NotPercent::Range => "is not a tip: use 0 to 100, such as 15",
        };
        format!("{:?} {why}", format!("{text}%"))
    })
}

/// Why a percent's text is not a tip.
enum NotPercent {
    /// Not a number at all.
    Number,
    /// Below 0, above 100, or with more than two decimals.
    Range,
}

/// A percent's number, or why it is not one, to follow the percent as the user wrote it.
fn read_percent(text: &str) -> Result<Decimal, NotPercent> {
    let p: Decimal = text
        .replace(',', ".")
        .parse()
        .map_err(|_| NotPercent::Number)?;
    if p.is_sign_negative() || p > MAX_PERCENT || p.normalize().scale() > 2 {
        return Err(NotPercent::Range);
    }
    Ok(p.normalize())
}

/// An amount a message names, as a limit or a total: English keeps its plain `12.50`
/// and `1000000.00` (what the config file takes, and what luxpay always said); other
/// languages write it as they write amounts (`1.000.000,00`).
pub fn said_amount(tr: &Tr, amount: Decimal) -> String {
    if tr.lang() == crate::i18n::Lang::En {
        money::format_amount(amount)
    } else {
        tr.amount(amount)
    }
}

// Here rather than in `money`, which the catalogues themselves use: `tip` is the lowest
// module that sees both, and every amount a person types passes below it or through it.
impl AmountError {
    /// What is wrong and what to type instead, in `tr`'s language (`Tr::plain()` says
    /// exactly what `Display` says).
    pub fn say(&self, tr: &Tr) -> String {
        let quoted = |text: &str| format!("{text:?}");
        match self {
            AmountError::Empty => t!(tr, "money-enter-amount"),
            AmountError::CurrencySign => t!(tr, "money-number-only"),
            AmountError::NotPositive => t!(tr, "money-more-than-zero"),
            AmountError::NotANumber(typed) => t!(tr, "money-not-a-number", typed = quoted(typed)),
            AmountError::TooLarge(typed) => t!(tr, "money-too-large", typed = quoted(typed)),
            AmountError::TooManyDecimals => t!(tr, "money-two-decimals"),
            AmountError::AboveLimit(max) => {
                t!(tr, "money-above-limit", limit = said_amount(tr, *max))
            }
            AmountError::Ambiguous {
                typed,
                thousands,
                whole,
                cents,
            } => {
                // The decimal reading with the locale's separator: 1,50 in German.
                let decimals = Decimal::from_str(&format!("{whole}.{cents}"))
                    .map_or_else(|_| format!("{whole}.{cents}"), |d| tr.amount(d));
                t!(
                    tr,
                    "money-ambiguous",
                    typed = quoted(typed),
                    thousands = thousands.as_str(),
                    decimals = decimals
                )
            }
            AmountError::AmbiguousThreePlaces { typed, thousands } => t!(
                tr,
                "money-ambiguous-three-places",
                typed = quoted(typed),
                thousands = thousands.as_str()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn percent_tips_round_half_up_to_the_cent() {
        assert_eq!(
            Tip::parse("15%", &Tr::plain()).unwrap().on(d("12.20")),
            d("1.83")
        );
        // 10% of 0.25 is 0.025: half a cent goes up.
        assert_eq!(
            Tip::parse("10%", &Tr::plain()).unwrap().on(d("0.25")),
            d("0.03")
        );
        assert_eq!(
            Tip::parse("12.5%", &Tr::plain()).unwrap().on(d("10")),
            d("1.25")
        );
        assert_eq!(Tip::parse("0%", &Tr::plain()).unwrap().on(d("10")), d("0"));
    }

    #[test]
    fn amount_tips_as_people_write_them() {
        assert_eq!(
            Tip::parse("0.50", &Tr::plain()).unwrap(),
            Tip::Amount(d("0.5"))
        );
        assert_eq!(
            Tip::parse("1,50", &Tr::plain()).unwrap(),
            Tip::Amount(d("1.5"))
        );
        assert_eq!(Tip::parse("0", &Tr::plain()).unwrap(), Tip::Amount(d("0")));
    }

    #[test]
    fn bad_tips_say_what_to_type() {
        for (text, hint) in [
            ("150%", "0 to 100"),
            ("-5%", "0 to 100"),
            ("lots", "or a percent"),
            ("x%", "not a percent"),
            ("1.234", "two decimal places"),
            ("1.500", "could be 1500 or 1.50:"),
            ("0.125", "two decimal places"),
        ] {
            let err = Tip::parse(text, &Tr::plain()).unwrap_err();
            assert!(err.contains(hint), "{text}: {err}");
        }
    }

    #[test]
    fn amount_errors_in_english_say_what_display_says() {
        for text in [
            "",
            "$5",
            "-1",
            "0",
            "abc",
            "1.234,5a",
            "1.500",
            "1.234",
            "0.125",
            "2000000",
            "99999999999999999999999999999999",
        ] {
            let e = money::parse_amount(text, Decimal::new(1_000_000, 0)).unwrap_err();
            assert_eq!(e.say(&Tr::plain()), e.to_string(), "{text:?}");
            assert_eq!(
                e.say(&Tr::of(crate::i18n::Lang::En)),
                e.to_string(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_tip_is_quoted_once_as_typed() {
        for (text, said) in [
            (
                "-1000000%",
                "tip \"-1000000%\" is not a tip: use 0 to 100, such as 15",
            ),
            ("--10%", "tip \"--10%\" is not a percent: type a number"),
            (" 150 % ", "tip \"150 %\" is not a tip"),
            ("lots", "tip \"lots\" is not a number"),
            ("1.500", "tip \"1.500\" could be 1500 or 1.50:"),
            ("-5", "tip \"-5\": the amount must be more than zero"),
        ] {
            let err = Tip::parse(text, &Tr::plain()).unwrap_err();
            assert!(err.starts_with(said), "{text}: {err}");
        }
        // A preset is written without its `%`, and quoted with it.
        assert!(
            percent_of("150")
                .unwrap_err()
                .starts_with("\"150%\" is not a tip")
        );
    }
}
