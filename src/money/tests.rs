use super::*;
use proptest::prelude::*;

fn max() -> Decimal {
    DEFAULT_MAX_AMOUNT
}

#[test]
fn accepts_plain_amounts() {
    assert_eq!(parse_amount("12.50", max()).unwrap().to_string(), "12.5");
    assert_eq!(parse_amount(" 100 ", max()).unwrap().to_string(), "100");
    assert_eq!(parse_amount(".5", max()).unwrap().to_string(), "0.5");
    assert_eq!(
        parse_amount("1000000", max()).unwrap().to_string(),
        "1000000"
    );
}

#[test]
fn rejects_with_a_reason() {
    for (input, hint) in [
        ("", "enter an amount"),
        ("0", "more than zero"),
        ("0.00", "more than zero"),
        ("-5", "more than zero"),
        ("1.234", "two decimal places"),
        ("1.2345", "two decimal places"),
        ("0.125", "two decimal places"),
        ("1234.567", "two decimal places"),
        (
            "1,500",
            "could be 1500 or 1.50: type 1500 (thousands) or 1.50 (decimals)",
        ),
        (
            "12,345",
            "could be 12345 (thousands), but as decimals it has three places",
        ),
        (
            "1.500",
            "could be 1500 or 1.50: type 1500 (thousands) or 1.50 (decimals)",
        ),
        ("12.500", "could be 12500 or 12.50:"),
        ("999.999", "could be 999999 (thousands), but"),
        ("1,5000", "not a number"),
        ("12,34.50", "not a number"),
        ("1.234.5,00", "not a number"),
        (",", "not a number"),
        ("$12", "number only"),
        ("1e3", "not a number"),
        ("12.5.0", "not a number"),
        ("abc", "not a number"),
        (".", "not a number"),
        ("1000000.01", "above the limit"),
        ("99999999999999999999999999999999", "too large"),
    ] {
        let err = parse_amount(input, max()).unwrap_err().to_string();
        assert!(err.contains(hint), "{input:?} gave {err:?}");
    }
    // Said as typed, not as the separators were rewritten ("1234.5a").
    let err = parse_amount("1.234,5a", max()).unwrap_err().to_string();
    assert!(err.starts_with("\"1.234,5a\" is not a number"), "{err}");
}

#[test]
fn decimal_commas_and_thousands_as_people_write_them() {
    for (input, amount) in [
        ("12,50", "12.5"),
        ("12,5", "12.5"),
        (",5", "0.5"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567", "1234567"),
        ("1,000.5", "1000.5"),
        ("1.500,00", "1500"),
        ("1,500.00", "1500"),
        ("12.5", "12.5"),
        ("1.5000", "1.5"),
        // No group of thousands starts with 0, nor has four digits: decimals.
        ("0.500", "0.5"),
        ("0,500", "0.5"),
        (".500", "0.5"),
        (",500", "0.5"),
        ("1234.500", "1234.5"),
        ("1234,500", "1234.5"),
    ] {
        let big = Decimal::from(10_000_000);
        assert_eq!(
            parse_amount(input, big).unwrap().to_string(),
            amount,
            "{input}"
        );
    }
}

#[test]
fn an_ambiguous_separator_shows_both_readings_whichever_it_is() {
    for separator in [',', '.'] {
        let typed = format!("1{separator}500");
        assert_eq!(
            parse_amount(&typed, max()).unwrap_err().to_string(),
            format!("{typed:?} could be 1500 or 1.50: type 1500 (thousands) or 1.50 (decimals)")
        );
        // Read as decimals, 1.234 has one too many: the other reading is still shown.
        let typed = format!("1{separator}234");
        assert_eq!(
            parse_amount(&typed, max()).unwrap_err().to_string(),
            format!(
                "{typed:?} could be 1234 (thousands), but as decimals it has three places: \
                 type 1234, or use at most two decimal places"
            )
        );
    }
}

#[test]
fn formats_money() {
    let a = parse_amount("12.5", max()).unwrap();
    assert_eq!(format_money(a, Currency::Usd), "12.50 USD");
    assert_eq!(format_amount(Decimal::from(3)), "3.00");
}

#[test]
fn groups_thousands_for_people() {
    let grouped = |s: &str| format_grouped(Decimal::from_str(s).unwrap());
    assert_eq!(grouped("0.5"), "0.50");
    assert_eq!(grouped("999.99"), "999.99");
    assert_eq!(grouped("1500"), "1,500.00");
    assert_eq!(grouped("1000000"), "1,000,000.00");
    assert_eq!(
        format_money(Decimal::from(123456), Currency::Eur),
        "123,456.00 EUR"
    );
}

#[test]
fn currencies_parse_case_insensitively() {
    assert_eq!("eur".parse::<Currency>().unwrap(), Currency::Eur);
    assert!("XYZ".parse::<Currency>().unwrap_err().contains("USD, EUR"));
}

#[test]
fn server_amounts_from_numbers_and_strings() {
    use serde_json::json;
    assert_eq!(amount_from_json(&json!("100")), Some(Decimal::from(100)));
    assert_eq!(amount_from_json(&json!(12.5)).unwrap().to_string(), "12.5");
    assert_eq!(amount_from_json(&json!(0.1)).unwrap().to_string(), "0.1");
    assert_eq!(amount_from_json(&json!(null)), None);
    assert_eq!(amount_from_json(&json!("lots")), None);
}

proptest! {
    #[test]
    fn every_whole_cent_amount_round_trips(cents in 1u64..=100_000_000) {
        let text = format!("{}.{:02}", cents / 100, cents % 100);
        let parsed = parse_amount(&text, max()).unwrap();
        prop_assert_eq!(parsed, Decimal::new(cents as i64, 2));
        prop_assert_eq!(format_amount(parsed), text);
    }

    #[test]
    fn three_decimal_places_are_refused(mills in 1u64..=1_000_000_000) {
        prop_assume!(mills % 10 != 0);
        let text = format!("{}.{:03}", mills / 1000, mills % 1000);
        prop_assert!(parse_amount(&text, max()).is_err());
    }

    /// `1.500` and `1,500` are refused alike, whatever the digits: either could be
    /// thousands.
    #[test]
    fn one_separator_before_three_digits_is_refused_either_way(
        whole in 1u64..=999,
        three in 0u64..=999,
        comma: bool,
    ) {
        let separator = if comma { ',' } else { '.' };
        let text = format!("{whole}{separator}{three:03}");
        let err = parse_amount(&text, max()).unwrap_err().to_string();
        let expected = format!("could be {whole}{three:03}");
        prop_assert!(err.contains(&expected), "{}", err);
        // The decimal reading is a different number from what was typed, or none.
        prop_assert!(!err.contains(&format!("or {whole}.{three:03}")), "{}", err);
        if three % 10 == 0 {
            let decimals = format!("or {whole}.{:02}", three / 10);
            prop_assert!(err.contains(&decimals), "{}", err);
        }
    }

    #[test]
    fn above_the_limit_is_refused(cents in 100_000_001u64..=u64::MAX / 2) {
        let text = format!("{}.{:02}", cents / 100, cents % 100);
        prop_assert!(parse_amount(&text, max()).is_err());
    }

    #[test]
    fn negative_amounts_are_refused(cents in 1u64..=100_000_000) {
        let text = format!("-{}.{:02}", cents / 100, cents % 100);
        prop_assert!(parse_amount(&text, max()).is_err());
    }

    #[test]
    fn any_input_gives_a_result_never_a_panic(s in "\\PC{0,40}") {
        if let Ok(amount) = parse_amount(&s, max()) {
            prop_assert!(amount > Decimal::ZERO && amount <= max());
            prop_assert!(amount.scale() <= 2);
        }
    }
}
