//! Closing a shift: a day's payments counted and totalled per status and per method,
//! and the local ledger reconciled against the server's history of the same day.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::api::{Order, OrderId, PaymentStatus};
use crate::export::Table;
use crate::ledger::LedgerEntry;
use crate::money::{self, Currency};

/// Count and total of one group, in one currency (amounts in different currencies are
/// never added together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub currency: Currency,
    pub count: usize,
    pub total: Decimal,
}

/// A day's local payments, grouped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    pub date: jiff::civil::Date,
    pub count: usize,
    pub by_status: Vec<Group>,
    pub by_method: Vec<Group>,
}

/// Where the ledger and the server disagree about the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    OnlyLocal {
        id: OrderId,
        status: PaymentStatus,
    },
    OnlyOnServer {
        id: OrderId,
        status: Option<PaymentStatus>,
    },
    Status {
        id: OrderId,
        local: PaymentStatus,
        server: PaymentStatus,
    },
    Amount {
        id: OrderId,
        local: Decimal,
        server: Decimal,
    },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::OnlyLocal { id, status } => write!(
                f,
                "order {id} ({status}) is in the ledger, not on the server"
            ),
            Difference::OnlyOnServer { id, status } => {
                let status = status.as_ref().map_or("?", PaymentStatus::as_str);
                write!(
                    f,
                    "order {id} ({status}) is on the server, not in this ledger"
                )
            }
            Difference::Status { id, local, server } => {
                write!(
                    f,
                    "order {id}: the ledger says {local}, the server says {server}"
                )
            }
            Difference::Amount { id, local, server } => write!(
                f,
                "order {id}: the ledger says {}, the server says {}",
                money::format_amount(*local),
                money::format_amount(*server)
            ),
        }
    }
}

/// The payments made on `date` (in `tz`) by the API at `api_host`.
pub fn day_entries<'a>(
    entries: &'a [LedgerEntry],
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
    api_host: &str,
) -> Vec<&'a LedgerEntry> {
    entries
        .iter()
        .filter(|e| {
            e.payment.api_host == api_host
                && e.payment.created_at.to_zoned_datetime(tz.clone()).date() == date
        })
        .collect()
}

/// Counts and totals of a day's payments.
pub fn summarize(day: &[&LedgerEntry], date: jiff::civil::Date) -> DaySummary {
    let group = |key: &dyn Fn(&LedgerEntry) -> String| {
        let mut groups: BTreeMap<(String, &str), Group> = BTreeMap::new();
        for e in day {
            let name = key(e);
            let g = groups
                .entry((name.clone(), e.payment.currency.code()))
                .or_insert(Group {
                    name,
                    currency: e.payment.currency,
                    count: 0,
                    total: Decimal::ZERO,
                });
            g.count += 1;
            g.total += e.payment.amount;
        }
        groups.into_values().collect()
    };
    DaySummary {
        date,
        count: day.len(),
        by_status: group(&|e| label(&e.status).to_string()),
        by_method: group(&|e| e.payment.method.label().to_string()),
    }
}

fn label(status: &PaymentStatus) -> &str {
    match status {
        PaymentStatus::Success => "PAID",
        other => other.as_str(),
    }
}

/// Every disagreement between a day's ledger and the server's history of it.
pub fn reconcile(day: &[&LedgerEntry], server: &[Order]) -> Vec<Difference> {
    let by_id: BTreeMap<&OrderId, &Order> = server.iter().map(|o| (&o.id, o)).collect();
    let mut differences = Vec::new();
    for e in day {
        let id = &e.payment.order_id;
        let Some(o) = by_id.get(id) else {
            differences.push(Difference::OnlyLocal {
                id: id.clone(),
                status: e.status.clone(),
            });
            continue;
        };
        if let Some(server_status) = &o.status
            && *server_status != e.status
        {
            differences.push(Difference::Status {
                id: id.clone(),
                local: e.status.clone(),
                server: server_status.clone(),
            });
        }
        if let Some(amount) = o.amount
            && amount != e.payment.amount
        {
            differences.push(Difference::Amount {
                id: id.clone(),
                local: e.payment.amount,
                server: amount,
            });
        }
    }
    let local: std::collections::BTreeSet<&OrderId> =
        day.iter().map(|e| &e.payment.order_id).collect();
    for o in server.iter().filter(|o| !local.contains(&o.id)) {
        differences.push(Difference::OnlyOnServer {
            id: o.id.clone(),
            status: o.status.clone(),
        });
    }
    differences
}

/// The summary as text, for `luxpay summary`.
pub fn to_text(
    s: &DaySummary,
    server_total: Option<Decimal>,
    differences: Option<&[Difference]>,
) -> String {
    let mut out = format!(
        "Summary for {} ({} payment(s) in the ledger)\n",
        s.date, s.count
    );
    for (title, groups) in [("By status", &s.by_status), ("By method", &s.by_method)] {
        let _ = writeln!(out, "\n{title}");
        if groups.is_empty() {
            let _ = writeln!(out, "  (none)");
        }
        for g in groups.iter() {
            let _ = writeln!(
                out,
                "  {:<10} {:>4}  {:>16}",
                g.name,
                g.count,
                money::format_money(g.total, g.currency)
            );
        }
    }
    match differences {
        None => out.push_str("\nNot reconciled: the server's history could not be read.\n"),
        Some([]) => {
            let total = server_total
                .map(money::format_grouped)
                .unwrap_or_else(|| "not given".into());
            let _ = writeln!(
                out,
                "\nReconciled with the server: no differences (server total {total})."
            );
        }
        Some(diffs) => {
            let _ = writeln!(out, "\nDifferences with the server ({}):", diffs.len());
            for d in diffs {
                let _ = writeln!(out, "  {d}");
            }
        }
    }
    out
}

/// The summary as a table, for CSV export.
pub fn to_table(s: &DaySummary, differences: &[Difference]) -> Table {
    let mut rows = Vec::new();
    for (kind, groups) in [("status", &s.by_status), ("method", &s.by_method)] {
        for g in groups.iter() {
            rows.push(vec![
                s.date.to_string(),
                kind.to_string(),
                g.name.clone(),
                g.currency.to_string(),
                g.count.to_string(),
                money::format_amount(g.total),
            ]);
        }
    }
    for d in differences {
        rows.push(vec![
            s.date.to_string(),
            "difference".into(),
            d.to_string(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    Table {
        header: vec!["date", "group", "name", "currency", "count", "total"],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::PaymentRecord;
    use crate::payment::Method;

    fn entry(
        id: &str,
        amount: i64,
        currency: Currency,
        method: Method,
        status: PaymentStatus,
        when: &str,
    ) -> LedgerEntry {
        LedgerEntry {
            payment: PaymentRecord {
                order_id: OrderId::parse(id).unwrap(),
                order_url: "https://x.example".into(),
                amount: Decimal::new(amount, 2),
                currency,
                customer: "a@b.co".into(),
                product: "p".into(),
                method,
                created_at: when.parse().unwrap(),
                api_host: "luxfin.org".into(),
                demo: false,
            },
            status,
            status_at: None,
        }
    }

    fn order(id: &str, amount: i64, status: &str) -> Order {
        Order {
            id: OrderId::parse(id).unwrap(),
            amount: Some(Decimal::new(amount, 2)),
            currency: Some("USD".into()),
            customer: None,
            product: None,
            hook_url: None,
            status: Some(PaymentStatus::from_wire(status)),
        }
    }

    fn day() -> jiff::civil::Date {
        "2026-11-26".parse().unwrap()
    }

    fn ledger() -> Vec<LedgerEntry> {
        use PaymentStatus::*;
        vec![
            entry(
                "1",
                1250,
                Currency::Usd,
                Method::Paypal,
                Success,
                "2026-11-26T09:00:00Z",
            ),
            entry(
                "2",
                750,
                Currency::Usd,
                Method::Paypal,
                Success,
                "2026-11-26T10:00:00Z",
            ),
            entry(
                "3",
                4000,
                Currency::Eur,
                Method::Card,
                Success,
                "2026-11-26T11:00:00Z",
            ),
            entry(
                "4",
                999,
                Currency::Usd,
                Method::Venmo,
                Expired,
                "2026-11-26T12:00:00Z",
            ),
            entry(
                "5",
                100,
                Currency::Usd,
                Method::Venmo,
                Pending,
                "2026-11-25T12:00:00Z",
            ),
        ]
    }

    #[test]
    fn counts_and_totals_per_status_and_method_never_mixing_currencies() {
        let entries = ledger();
        let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
        let s = summarize(&day_entries, day());
        assert_eq!(s.count, 4, "yesterday's payment is not today's");
        let find = |groups: &[Group], name: &str, c: Currency| {
            groups
                .iter()
                .find(|g| g.name == name && g.currency == c)
                .cloned()
        };
        let paid_usd = find(&s.by_status, "PAID", Currency::Usd).unwrap();
        assert_eq!((paid_usd.count, paid_usd.total), (2, Decimal::new(2000, 2)));
        assert_eq!(
            find(&s.by_status, "PAID", Currency::Eur).unwrap().total,
            Decimal::new(4000, 2)
        );
        assert_eq!(
            find(&s.by_status, "EXPIRED", Currency::Usd).unwrap().count,
            1
        );
        assert_eq!(find(&s.by_method, "Card", Currency::Eur).unwrap().count, 1);
        assert_eq!(
            find(&s.by_method, "PayPal", Currency::Usd).unwrap().total,
            Decimal::new(2000, 2)
        );
    }

    #[test]
    fn reconciling_lists_every_difference() {
        let entries = ledger();
        let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
        let server = [
            order("1", 1250, "SUCCESS"),
            order("2", 750, "PENDING"),
            order("3", 4100, "SUCCESS"),
            order("9", 500, "SUCCESS"),
        ];
        let diffs = reconcile(&day_entries, &server);
        let text: Vec<String> = diffs.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "order 2: the ledger says SUCCESS, the server says PENDING",
                "order 3: the ledger says 40.00, the server says 41.00",
                "order 4 (EXPIRED) is in the ledger, not on the server",
                "order 9 (SUCCESS) is on the server, not in this ledger",
            ]
        );
        assert!(reconcile(&day_entries[..1], &server[..1]).is_empty());
    }

    #[test]
    fn the_text_report_says_whether_it_reconciled() {
        let entries = ledger();
        let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
        let s = summarize(&day_entries, day());
        assert!(to_text(&s, Some(Decimal::from(10)), Some(&[])).contains("no differences"));
        assert!(to_text(&s, None, None).contains("Not reconciled"));
        assert!(to_text(&s, None, None).contains("40.00 EUR"));
    }
}
