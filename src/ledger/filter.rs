//! Finding payments in the ledger: free text, a status, a till, an operator and a
//! date range, turned into SQL the ledger's indexes serve.

use rusqlite::types::Value;

use crate::api::PaymentStatus;

/// A parsed filter such as `coffee status:paid till:front-1 from:2026-11-01 to:2026-11-30`.
/// Words match the order id, customer, product or method, ignoring (ASCII) case; `date:`
/// is one day; dates are in the time zone given when it is used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    words: Vec<String>,
    /// The API's word for the status wanted.
    status: Option<String>,
    till: Option<String>,
    operator: Option<String>,
    from: Option<jiff::civil::Date>,
    to: Option<jiff::civil::Date>,
    /// Set by code, never typed: payments of this API only.
    api_host: Option<String>,
    /// Set by code, never typed: payments made at or after this time.
    since: Option<jiff::Timestamp>,
}

impl Filter {
    /// Parses a filter as typed; an error says which part cannot be read.
    pub fn parse(text: &str) -> Result<Filter, String> {
        let mut filter = Filter::default();
        for token in text.split_whitespace() {
            let date = crate::text::parse_day;
            match token.split_once(':') {
                Some(("status", s)) => filter.status = Some(status_word(s)?),
                Some(("till", t)) => filter.till = Some(t.to_string()),
                Some(("operator", o)) => filter.operator = Some(o.to_string()),
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

    /// Narrowed to one API's payments.
    pub fn on_host(mut self, api_host: &str) -> Filter {
        self.api_host = Some(api_host.to_string());
        self
    }

    /// Narrowed to payments made at or after `at`.
    pub fn since(mut self, at: jiff::Timestamp) -> Filter {
        self.since = Some(at);
        self
    }

    /// Whether it lets everything through.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The text index query for the words of three characters or more (each word's
    /// trigrams, all required), if there are such words. It finds a superset of the
    /// matches: the words are still checked exactly.
    pub fn text_match(&self) -> Option<String> {
        let trigrams: Vec<String> = self
            .words
            .iter()
            .flat_map(|w| {
                let chars: Vec<char> = w.chars().collect();
                chars
                    .windows(3)
                    .map(|t| format!("\"{}\"", t.iter().collect::<String>().replace('"', "\"\"")))
                    .collect::<Vec<_>>()
            })
            .collect();
        (!trigrams.is_empty()).then(|| trigrams.join(" AND "))
    }

    /// The SQL conditions (joined by AND) and their values, for the `payments` table.
    /// With `text_index`, the words are first narrowed by the trigram index.
    pub fn to_sql(&self, tz: &jiff::tz::TimeZone, text_index: bool) -> (Vec<String>, Vec<Value>) {
        let mut clause = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut add = |sql: &str, value: String| {
            clause.push(sql.to_string());
            values.push(Value::Text(value));
        };
        // The unary `+` keeps SQLite from reading by an index on these columns: a host,
        // a till or a status holds a large share of the ledger, and the time index (which
        // also gives the order pages are read in) is the one to read by.
        if let Some(host) = &self.api_host {
            add("+api_host = ?", host.clone());
        }
        if let Some(status) = &self.status {
            add("+status = ?", status.clone());
        }
        if let Some(till) = &self.till {
            add("+till = ? COLLATE NOCASE", till.clone());
        }
        if let Some(operator) = &self.operator {
            add("+operator = ? COLLATE NOCASE", operator.clone());
        }
        let day = |date: jiff::civil::Date| crate::text::day_bounds(date, tz).ok();
        if let Some((start, _)) = self.from.and_then(day) {
            add("created_at >= ?", super::rows::stamp(start));
        }
        if let Some((_, end)) = self.to.and_then(day) {
            add("created_at < ?", super::rows::stamp(end));
        }
        if let Some(since) = self.since {
            add("created_at >= ?", super::rows::stamp(since));
        }
        if let Some(query) = self.text_match().filter(|_| text_index) {
            add(
                "id IN (SELECT rowid FROM payments_text WHERE payments_text MATCH ?)",
                query,
            );
        }
        for word in &self.words {
            add(
                "instr(lower(order_id || ' ' || customer || ' ' || product || ' ' || method), ?) > 0",
                word.clone(),
            );
        }
        (clause, values)
    }
}

/// `WHERE a AND b`, or nothing for no conditions.
pub fn where_of(clause: &[String]) -> String {
    if clause.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clause.join(" AND "))
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
