//! Money, dates and times as a locale writes them, from CLDR's data (ICU4X). For people
//! only: files, JSON and the API get `money::format_amount` and ISO dates.

use fixed_decimal::Decimal as FixedDecimal;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::DecimalFormatterOptions;
use rust_decimal::Decimal;

use super::Tr;

type Gregorian = icu_calendar::Gregorian;

pub(super) struct Formats {
    pub(super) locale: icu_locale_core::Locale,
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
}

impl Formats {
    pub(super) fn new(locale: icu_locale_core::Locale) -> Formats {
        // Grouped as CLDR says for the locale: from four digits, except in Spanish,
        // which groups from five (`1234,56`, `12.345,67`).
        let decimal =
            DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())
                .expect("CLDR's compiled data covers every locale");
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::short())
            .expect("compiled data has short dates");
        let time = FixedCalendarDateTimeFormatter::try_new(
            (&locale).into(),
            T::short().with_time_precision(TimePrecision::Minute),
        )
        .expect("compiled data has short times");
        let date_time = FixedCalendarDateTimeFormatter::try_new(
            (&locale).into(),
            YMDT::short().with_time_precision(TimePrecision::Minute),
        )
        .expect("compiled data has short dates with times");
        Formats {
            locale,
            decimal,
            date,
            time,
            date_time,
        }
    }
}

/// `1234.56` as luxpay's plain form writes it: `1,234.56`.
fn plain_grouped(two_places: &str) -> String {
    let (sign, digits) = two_places
        .strip_prefix('-')
        .map_or(("", two_places), |d| ("-", d));
    let (whole, cents) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}.{cents}")
}

fn icu_date(date: jiff::civil::Date) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(
        i32::from(date.year()),
        date.month().unsigned_abs(),
        date.day().unsigned_abs(),
    )
    .ok()
}

fn icu_time(time: jiff::civil::Time) -> Option<Time> {
    Time::try_new(
        time.hour().unsigned_abs(),
        time.minute().unsigned_abs(),
        0,
        0,
    )
    .ok()
}

impl Tr {
    /// An amount with two decimals, grouped as the locale groups: `1,234.56` (plain and
    /// English), `1.234,56` (German, Portuguese; Spanish from five digits), `1 234,56` (French, with the
    /// narrow no-break space CLDR gives it).
    pub fn amount(&self, amount: Decimal) -> String {
        let two_places = format!("{:.2}", amount.round_dp(2));
        let Some(formats) = &self.formats else {
            return plain_grouped(&two_places);
        };
        match two_places.parse::<FixedDecimal>() {
            Ok(fixed) => formats.decimal.format(&fixed).to_string(),
            Err(_) => plain_grouped(&two_places),
        }
    }

    /// A measure (not money) with `places` decimals, as the locale writes it: `3,5` in
    /// German; plain: `3.5`.
    pub fn number(&self, value: f64, places: usize) -> String {
        let plain = format!("{value:.places$}");
        match (&self.formats, plain.parse::<FixedDecimal>()) {
            (Some(formats), Ok(fixed)) => formats.decimal.format(&fixed).to_string(),
            _ => plain,
        }
    }

    /// An amount and its currency (`USD`, or anything that shows as its code), as a
    /// person reads it: `1.234,56 USD`.
    pub fn money(&self, amount: Decimal, currency: impl std::fmt::Display) -> String {
        format!("{} {}", self.amount(amount), currency)
    }

    /// A day in the locale's short form (`12/5/26`, `05.12.26`); plain: `2026-12-05`.
    pub fn date(&self, date: jiff::civil::Date) -> String {
        match (&self.formats, icu_date(date)) {
            (Some(formats), Some(d)) => formats.date.format(&d).to_string(),
            _ => date.strftime("%Y-%m-%d").to_string(),
        }
    }

    /// A time of day to the minute (`2:03 PM`, `14:03`); plain: `14:03`.
    pub fn time(&self, time: jiff::civil::Time) -> String {
        match (&self.formats, icu_time(time)) {
            (Some(formats), Some(t)) => formats.time.format(&t).to_string(),
            _ => time.strftime("%H:%M").to_string(),
        }
    }

    /// A day and time to the minute in the locale's short form; plain:
    /// `2026-12-05 14:03`.
    pub fn date_time(&self, at: jiff::civil::DateTime) -> String {
        match (&self.formats, icu_date(at.date()), icu_time(at.time())) {
            (Some(formats), Some(date), Some(time)) => formats
                .date_time
                .format(&DateTime { date, time })
                .to_string(),
            _ => at.strftime("%Y-%m-%d %H:%M").to_string(),
        }
    }
}
