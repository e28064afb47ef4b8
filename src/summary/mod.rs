//! Closing a shift: a day's payments counted and totalled per status and per method,
//! and the local ledger reconciled against the server's history of the same day.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::api::{Order, OrderId, PaymentStatus};
use crate::export::Table;
use crate::ledger::LedgerEntry;
use crate::money::{self, Currency};
use crate::payment::Method;

/// Count and total of one group, in one currency (amounts in different currencies are
/// never added together).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Group {
    pub name: String,
    pub currency: Currency,
    pub count: usize,
    #[serde(serialize_with = "money::serialize_exact")]
    pub total: Decimal,
}

/// A day's local payments, grouped.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DaySummary {
    pub date: jiff::civil::Date,
    pub count: usize,
    pub by_status: Vec<Group>,
    pub by_method: Vec<Group>,
    /// Per till, so each counter closes its own day.
    pub by_till: Vec<Group>,
    /// Per operator.
    pub by_operator: Vec<Group>,
    /// The tips within the totals, by status: kept apart, as tax treats them apart.
    pub tips: Vec<Group>,
}

impl DaySummary {
    /// The groupings with their titles, in the order they are shown.
    pub fn sections(&self) -> [(&'static str, &'static str, &[Group]); 5] {
        [
            ("By status", "status", &self.by_status),
            ("By method", "method", &self.by_method),
            ("By till", "till", &self.by_till),
            ("By operator", "operator", &self.by_operator),
            ("Tips (within the totals above)", "tips", &self.tips),
        ]
    }
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

impl Difference {
    /// The order it is about.
    pub fn order_id(&self) -> &OrderId {
        match self {
            Difference::OnlyLocal { id, .. }
            | Difference::OnlyOnServer { id, .. }
            | Difference::Status { id, .. }
            | Difference::Amount { id, .. } => id,
        }
    }

    /// The difference in words for a whole shop's ledger, every till's sales in it: an
    /// order on the server only was made by no till.
    pub fn in_shop(&self) -> String {
        match self {
            Difference::OnlyOnServer { id, status } => {
                let status = status.as_ref().map_or("?", PaymentStatus::word);
                format!("order {id} ({status}) is on the server, made by no till")
            }
            Difference::OnlyLocal { id, status } => {
                format!("order {id} ({status}) was made by a till, not on the server")
            }
            other => other.to_string(),
        }
    }
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::OnlyLocal { id, status } => write!(
                f,
                "order {id} ({status}) is in the ledger, not on the server"
            ),
            Difference::OnlyOnServer { id, status } => {
                let status = status.as_ref().map_or("?", PaymentStatus::word);
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

/// A till or operator name, or a word for none (payments from before they were kept).
fn named(name: &str) -> String {
    if name.is_empty() {
        "(none)".into()
    } else {
        name.to_string()
    }
}

/// Counts and totals of a day's payments.
pub fn summarize(day: &[&LedgerEntry], date: jiff::civil::Date) -> DaySummary {
    let group_of = |day: &[&LedgerEntry],
                    key: &dyn Fn(&LedgerEntry) -> String,
                    value: &dyn Fn(&LedgerEntry) -> Decimal| {
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
            g.total += value(e);
        }
        groups.into_values().collect()
    };
    let group = |key: &dyn Fn(&LedgerEntry) -> String| group_of(day, key, &|e| e.payment.amount);
    let tipped: Vec<&LedgerEntry> = day
        .iter()
        .copied()
        .filter(|e| !e.payment.extras.tip_or_zero().is_zero())
        .collect();
    DaySummary {
        date,
        count: day.len(),
        tips: group_of(&tipped, &|e| e.status.word().to_string(), &|e| {
            e.payment.extras.tip_or_zero()
        }),
        by_status: group(&|e| e.word().to_string()),
        by_method: group(&|e| e.payment.method.label().to_string()),
        by_till: group(&|e| named(&e.payment.till)),
        by_operator: group(&|e| named(&e.payment.operator)),
    }
}

/// Every disagreement between a day's ledger and the server's history of it.
pub fn reconcile(day: &[&LedgerEntry], server: &[Order]) -> Vec<Difference> {
    let by_id: BTreeMap<&OrderId, &Order> = server.iter().map(|o| (&o.id, o)).collect();
    let mut differences = Vec::new();
    // Cash never reaches Luxfin: the server has nothing to say of it.
    for e in day.iter().filter(|e| e.payment.method != Method::Cash) {
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

/// The total of each currency among orders, from the rows themselves: never one sum
/// across currencies. Orders without a currency count under `?`.
pub fn totals_by_currency(orders: &[Order]) -> Vec<(String, Decimal)> {
    let mut totals: BTreeMap<String, Decimal> = BTreeMap::new();
    for o in orders {
        if let Some(amount) = o.amount {
            let currency = o.currency.clone().unwrap_or_else(|| "?".into());
            *totals.entry(currency).or_default() += amount;
        }
    }
    totals.into_iter().collect()
}

/// Totals as people read them: `20.00 EUR · 12.00 USD`, or `none`.
pub fn format_totals(tr: &crate::i18n::Tr, totals: &[(String, Decimal)]) -> String {
    if totals.is_empty() {
        return t!(tr, "ui-summary-none");
    }
    totals
        .iter()
        .map(|(currency, total)| tr.money(*total, currency))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What the server's own sum is worth saying: nothing when the rows are in one currency
/// (their total says it), a warning when it adds different currencies together.
pub fn server_sum_note(
    server_sum: Option<Decimal>,
    totals: &[(String, Decimal)],
) -> Option<String> {
    let sum = server_sum?;
    (totals.len() > 1).then(|| {
        format!(
            "the server's own sum, {}, adds different currencies together",
            money::format_grouped(sum)
        )
    })
}

/// What the server said about the day, for reconciling.
#[derive(Debug, Clone, Copy)]
pub struct ServerDay<'a> {
    pub orders: &'a [Order],
    /// The server's own sum (which may add currencies together).
    pub sum: Option<Decimal>,
}

/// The summary as text, for `luxpay summary`, in `tr`'s language. `server` is `None`
/// when the server's history could not be read; `unchecked` counts open payments whose
/// status could not be asked for.
pub fn to_text(
    s: &DaySummary,
    server: Option<(ServerDay, &[Difference])>,
    unchecked: usize,
    shop: bool,
    tr: &crate::i18n::Tr,
) -> String {
    let mut out = t!(tr, "summary-title", date = tr.date(s.date), count = s.count);
    out.push('\n');
    for (_, kind, groups) in s.sections() {
        if kind == "tips" && groups.is_empty() {
            continue;
        }
        let title = match kind {
            "status" => t!(tr, "summary-by-status"),
            "method" => t!(tr, "summary-by-method"),
            "till" => t!(tr, "summary-by-till"),
            "operator" => t!(tr, "summary-by-operator"),
            _ => t!(tr, "summary-tips"),
        };
        let _ = writeln!(out, "\n{title}");
        if groups.is_empty() {
            let _ = writeln!(out, "  {}", t!(tr, "summary-none"));
        }
        for g in groups.iter() {
            let _ = writeln!(
                out,
                "  {:<10} {:>4}  {:>16}",
                g.name,
                g.count,
                tr.money(g.total, g.currency)
            );
        }
    }
    if unchecked > 0 {
        let _ = writeln!(out, "\n{}", t!(tr, "summary-unchecked", count = unchecked));
    }
    let Some((day, differences)) = server else {
        let _ = writeln!(out, "\n{}", t!(tr, "summary-not-reconciled"));
        return out;
    };
    let totals = totals_by_currency(day.orders);
    let shown: Vec<String> = totals
        .iter()
        .map(|(currency, total)| format!("{} {currency}", tr.amount(*total)))
        .collect();
    let shown = if shown.is_empty() {
        t!(tr, "summary-totals-none")
    } else {
        shown.join(" · ")
    };
    let _ = writeln!(out, "\n{}", t!(tr, "summary-server-totals", totals = shown));
    if let Some(sum) = day
        .sum
        .filter(|_| server_sum_note(day.sum, &totals).is_some())
    {
        let note = t!(tr, "summary-server-sum-mixed", sum = tr.amount(sum));
        let _ = writeln!(out, "  ({note})");
    }
    if differences.is_empty() {
        let _ = writeln!(out, "{}", t!(tr, "summary-reconciled"));
    } else {
        let count = differences.len();
        let _ = writeln!(out, "{}", t!(tr, "summary-differences", count = count));
        for d in differences {
            let words = if shop { d.in_shop() } else { d.to_string() };
            let _ = writeln!(out, "  {words}");
        }
    }
    out
}

/// The line that names the server's orders other tills of the shop made (order → till),
/// counted per till: "Made at other tills (not differences): front-2 3, back 1".
pub fn made_elsewhere(
    elsewhere: &BTreeMap<OrderId, String>,
    tr: &crate::i18n::Tr,
) -> Option<String> {
    if elsewhere.is_empty() {
        return None;
    }
    let mut per_till: BTreeMap<&str, usize> = BTreeMap::new();
    for till in elsewhere.values() {
        *per_till.entry(till).or_default() += 1;
    }
    let tills: Vec<String> = per_till
        .iter()
        .map(|(till, n)| format!("{till} {n}"))
        .collect();
    Some(t!(tr, "ui-summary-elsewhere", tills = tills.join(", ")))
}

/// The summary as a table, for CSV export.
pub fn to_table(s: &DaySummary, differences: &[Difference]) -> Table {
    let mut rows = Vec::new();
    for (_, kind, groups) in s.sections() {
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
