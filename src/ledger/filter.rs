//! Finding payments in the ledger: free text, a status, and a date range.

use crate::api::PaymentStatus;

use super::LedgerEntry;

/// A parsed filter such as `coffee status:paid from:2026-11-01 to:2026-11-30`.
/// Words match the order id, customer, product or method, ignoring case; `date:` is
/// one day; dates are in the given time zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    words: Vec<String>,
    /// The API's word for the status wanted.
    status: Option<String>,
    from: Option<jiff::civil::Date>,
    to: Option<jiff::civil::Date>,
}

impl Filter {
    /// Parses a filter as typed; an error says which part cannot be read.
    pub fn parse(text: &str) -> Result<Filter, String> {
        let mut filter = Filter::default();
        for token in text.split_whitespace() {
            let date = crate::text::parse_day;
            match token.split_once(':') {
                Some(("status", s)) => filter.status = Some(status_word(s)?),
                Some(("from", d)) => filter.from = Some(date(d)?),
                Some(("to", d)) => filter.to = Some(date(d)?),
                Some(("date", d)) => {
                    let day = date(d)?;
                    filter.from = Some(day);
                    filter.to = Some(day);
                }
                _ => filter.words.push(token.to_lowercase()),
            }
        }
        Ok(filter)
    }

    /// Payments made between two days, inclusive.
    pub fn dates(from: Option<jiff::civil::Date>, to: Option<jiff::civil::Date>) -> Filter {
        Filter {
            from,
            to,
            ..Filter::default()
        }
    }

    /// Whether it lets everything through.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether an entry passes (dates are read in `tz`).
    pub fn matches(&self, entry: &LedgerEntry, tz: &jiff::tz::TimeZone) -> bool {
        let p = &entry.payment;
        if let Some(want) = &self.status
            && entry.status.as_str() != want
        {
            return false;
        }
        if self.from.is_some() || self.to.is_some() {
            let day = p.created_at.to_zoned_datetime(tz.clone()).date();
            if self.from.is_some_and(|from| day < from) || self.to.is_some_and(|to| day > to) {
                return false;
            }
        }
        self.words.iter().all(|w| {
            p.order_id.as_str().to_lowercase().contains(w)
                || p.customer.to_lowercase().contains(w)
                || p.product.to_lowercase().contains(w)
                || p.method.key().contains(w.as_str())
        })
    }
}

/// A status as people type it (`paid`, `pending`, `expired`, or the API's own words),
/// as the API's word; anything else is an error that lists the statuses there are.
fn status_word(s: &str) -> Result<String, String> {
    let status = match s.to_uppercase().as_str() {
        "PAID" | "SUCCESS" => PaymentStatus::Success,
        "WAITING" | "PENDING" => PaymentStatus::Pending,
        "EXPIRED" => PaymentStatus::Expired,
        _ => {
            return Err(format!(
                "{s:?} is not a status: use status:paid, status:pending or status:expired"
            ));
        }
    };
    Ok(status.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::OrderId;
    use crate::ledger::PaymentRecord;
    use crate::money::Currency;
    use crate::payment::Method;

    fn entry(id: &str, product: &str, day: &str, status: PaymentStatus) -> LedgerEntry {
        LedgerEntry {
            payment: PaymentRecord {
                order_id: OrderId::parse(id).unwrap(),
                order_url: "https://x.example".into(),
                amount: rust_decimal::Decimal::ONE,
                currency: Currency::Usd,
                customer: "Ana@Example.com".into(),
                product: product.into(),
                method: Method::Venmo,
                created_at: format!("{day}T23:30:00Z").parse().unwrap(),
                api_host: "h".into(),
                demo: false,
                asked_amount: None,
            },
            status,
            status_at: None,
        }
    }

    #[test]
    fn words_status_and_dates() {
        let utc = jiff::tz::TimeZone::UTC;
        let tea = entry("41", "Green tea", "2026-11-26", PaymentStatus::Success);
        let beans = entry("42", "Coffee beans", "2026-11-25", PaymentStatus::Pending);
        let f = |s: &str| Filter::parse(s).unwrap();
        assert!(f("").matches(&tea, &utc));
        assert!(f("TEA ana").matches(&tea, &utc) && !f("tea").matches(&beans, &utc));
        assert!(f("status:paid").matches(&tea, &utc) && !f("status:paid").matches(&beans, &utc));
        assert!(f("status:pending").matches(&beans, &utc));
        assert!(
            f("date:2026-11-26").matches(&tea, &utc) && !f("date:2026-11-26").matches(&beans, &utc)
        );
        assert!(f("from:2026-11-25 to:2026-11-25").matches(&beans, &utc));
        assert!(f("venmo 42").matches(&beans, &utc));
        assert!(
            Filter::parse("from:yesterday")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        let bogus = Filter::parse("status:bogus").unwrap_err();
        assert!(
            bogus.contains("\"bogus\" is not a status")
                && bogus.contains("status:paid, status:pending or status:expired"),
            "{bogus}"
        );
        assert!(
            f("status:EXPIRED")
                .matches(&entry("7", "x", "2026-11-26", PaymentStatus::Expired), &utc)
        );
    }

    #[test]
    fn days_are_in_the_given_time_zone() {
        // 23:30 UTC on the 26th is already the 27th in Tokyo.
        let tea = entry("1", "Tea", "2026-11-26", PaymentStatus::Success);
        let tokyo = jiff::tz::TimeZone::get("Asia/Tokyo")
            .unwrap_or(jiff::tz::TimeZone::fixed(jiff::tz::offset(9)));
        assert!(
            Filter::parse("date:2026-11-27")
                .unwrap()
                .matches(&tea, &tokyo)
        );
    }
}
