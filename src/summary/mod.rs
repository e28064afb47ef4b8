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
mod tests;
