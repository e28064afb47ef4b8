//! The X and Z reports: a period of the books, summed. The same `Report` is printed as
//! text, as JSON (`report x --json`, `close --json`; the keys are documented in the
//! README), and on the receipt printer; a Z keeps its JSON in the ledger, and that is
//! what its hash covers. Money is exact, per currency, written as decimal strings.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Kind, Period, Tender};
use crate::money::{Currency, format_amount};
use crate::payment::Method;

/// An X report (the open shift so far: no number, counted cash or hash) or a Z report
/// (a closed shift).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The Z's number at its till: 1, 2, 3…, never reused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u64>,
    /// The till.
    pub till: String,
    /// When the shift opened (none: no shift open).
    pub opened_at: Option<String>,
    /// When it closed (an X: none).
    pub closed_at: Option<String>,
    /// Who opened it.
    pub opened_by: Option<String>,
    /// Who closed it.
    pub closed_by: Option<String>,
    /// What was taken, per currency code.
    pub currencies: BTreeMap<String, Totals>,
    /// Paid sales per method.
    pub by_method: Vec<Line>,
    /// Paid sales per operator.
    pub by_operator: Vec<Line>,
    /// Paid sales per hour of the day they were made (local time, `09`).
    pub by_hour: Vec<Line>,
    /// The five best items by amount.
    pub best_items: Vec<BestItem>,
    /// The drawer.
    pub cash: Cash,
    /// Links still pending at the end: they carry over to the next shift.
    pub pending: Vec<Order>,
    /// Orders paid after they were voided: counted as paid, listed to be looked into.
    pub paid_after_void: Vec<Order>,
    /// What the server said that the ledger did not know, when the shift was closed.
    pub differences: Vec<String>,
    /// The hash of the Z before (64 zeros before the first).
    pub prev_hash: String,
    /// This Z's hash (`books::chain`): over `prev_hash`, this report and its events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

/// One currency's takings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Paid sales, tips included.
    pub gross: String,
    /// The tips in `gross`.
    pub tips: String,
    /// Voided links (not in `gross`).
    pub voids: Count,
    /// Money given back.
    pub refunds: Refunds,
    /// Gross less refunds.
    pub net: String,
    /// How many paid sales.
    pub sales: u64,
    /// The average paid sale.
    pub average: String,
}

/// How many, and how much.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// How many.
    pub count: u64,
    /// How much in all.
    pub amount: String,
}

/// Refunds: how many, how much, and how much of it in cash and otherwise.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Refunds {
    /// How many.
    pub count: u64,
    /// How much in all.
    pub amount: String,
    /// Of it, given from the drawer.
    pub cash: String,
    /// Of it, given back another way.
    pub other: String,
}

/// A row of a breakdown: sales of one method, operator or hour, in one currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// The method, operator or hour.
    pub key: String,
    /// The currency code.
    pub currency: String,
    /// How many sales.
    pub count: u64,
    /// How much.
    pub amount: String,
}

/// An item and what it brought in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BestItem {
    /// Its name (or the product, for a sale without a cart).
    pub name: String,
    /// The currency code.
    pub currency: String,
    /// How many were sold.
    pub quantity: u64,
    /// What they brought in.
    pub amount: String,
}

/// The drawer, in the till's cash currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cash {
    /// The currency code.
    pub currency: String,
    /// What was in it when the shift opened.
    pub float: String,
    /// Cash sales.
    pub sales: String,
    /// Refunds given from it.
    pub refunds: String,
    /// Cash put in.
    pub paid_in: String,
    /// Cash taken out.
    pub paid_out: String,
    /// What it should hold: float + sales − refunds + paid in − paid out.
    pub expected: String,
    /// What was counted at the close (a Z only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// Counted less expected: negative is missing money (a Z only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difference: Option<String>,
}

/// An order named in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Order {
    /// Its id.
    pub order_id: String,
    /// Its amount.
    pub amount: String,
    /// Its currency code.
    pub currency: String,
    /// When it was made.
    pub created_at: String,
    /// When it was voided, for one paid after its void.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voided_at: Option<String>,
}

/// How a report is made: the drawer's currency, the time zone of the hours, and for a
/// Z who closes it, when, with what counted and what the server said.
#[derive(Debug, Clone)]
pub struct Making<'a> {
    /// The currency the drawer is counted in (the float's, else the configured one).
    pub cash_currency: Currency,
    /// The time zone `by_hour` is read in.
    pub tz: &'a jiff::tz::TimeZone,
    /// For a Z: who closes it, when, and the cash counted.
    pub close: Option<(String, jiff::Timestamp, Decimal)>,
    /// What the server check found.
    pub differences: Vec<String>,
}

/// The report of a period (`hash` left for the chain to fill in).
pub fn report(period: &Period, making: &Making) -> Report {
    let opening = period.opening();
    let cash_currency = period.drawer_currency().unwrap_or(making.cash_currency);
    let mut sums = Sums::default();
    for paid in &period.paid {
        sums.sale(paid, making.tz);
    }
    for event in &period.books {
        sums.book(event, period);
    }
    let float = opening.and_then(|o| o.amount).unwrap_or_default();
    let cash = sums.cash(cash_currency, float, making.close.as_ref().map(|c| c.2));
    let order = |e: &crate::ledger::LedgerEntry| Order {
        order_id: e.payment.order_id.to_string(),
        amount: format_amount(e.payment.amount),
        currency: e.payment.currency.code().to_string(),
        created_at: e.payment.created_at.to_string(),
        voided_at: e.voided_at.map(|t| t.to_string()),
    };
    Report {
        number: making.close.as_ref().map(|_| period.number),
        till: period.till.clone(),
        opened_at: opening.map(|o| o.at.to_string()),
        closed_at: making.close.as_ref().map(|c| c.1.to_string()),
        opened_by: opening.map(|o| o.operator.clone()),
        closed_by: making.close.as_ref().map(|c| c.0.clone()),
        currencies: sums.totals(),
        by_method: lines(&sums.by_method),
        by_operator: lines(&sums.by_operator),
        by_hour: lines(&sums.by_hour),
        best_items: sums.best_items(),
        cash,
        pending: period.pending.iter().map(order).collect(),
        paid_after_void: period
            .paid
            .iter()
            .filter(|p| p.entry.voided_at.is_some_and(|v| v <= p.at))
            .map(|p| order(&p.entry))
            .collect(),
        differences: making.differences.clone(),
        prev_hash: period.prev_hash.clone(),
        hash: None,
    }
}

/// Counts and amounts, keyed by a name and a currency.
type Tally = BTreeMap<(String, Currency), (u64, Decimal)>;

/// The running sums a report is made of.
#[derive(Default)]
struct Sums {
    gross: BTreeMap<Currency, (u64, Decimal, Decimal)>,
    voids: BTreeMap<Currency, (u64, Decimal)>,
    refunds: BTreeMap<Currency, (u64, Decimal, Decimal)>,
    by_method: Tally,
    by_operator: Tally,
    by_hour: Tally,
    items: Tally,
    cash_sales: BTreeMap<Currency, Decimal>,
    paid_in: Decimal,
    paid_out: Decimal,
}

fn add(tally: &mut Tally, key: String, currency: Currency, count: u64, amount: Decimal) {
    let entry = tally.entry((key, currency)).or_default();
    entry.0 += count;
    entry.1 += amount;
}

impl Sums {
    fn sale(&mut self, paid: &super::Paid, tz: &jiff::tz::TimeZone) {
        let p = &paid.entry.payment;
        let gross = self.gross.entry(p.currency).or_default();
        gross.0 += 1;
        gross.1 += p.amount;
        gross.2 += p.extras.tip_or_zero();
        add(
            &mut self.by_method,
            p.method.key().to_string(),
            p.currency,
            1,
            p.amount,
        );
        add(
            &mut self.by_operator,
            p.operator.clone(),
            p.currency,
            1,
            p.amount,
        );
        let hour = p.created_at.to_zoned_datetime(tz.clone()).hour();
        add(
            &mut self.by_hour,
            format!("{hour:02}"),
            p.currency,
            1,
            p.amount,
        );
        if p.extras.items.is_empty() {
            let sold = p.amount - p.extras.tip_or_zero();
            add(&mut self.items, p.product.clone(), p.currency, 1, sold);
        }
        for item in &p.extras.items {
            let amount = item.unit_price * Decimal::from(item.quantity);
            add(
                &mut self.items,
                item.name.clone(),
                p.currency,
                u64::from(item.quantity),
                amount,
            );
        }
        if p.method == Method::Cash {
            *self.cash_sales.entry(p.currency).or_default() += p.amount;
        }
    }

    fn book(&mut self, event: &super::BookEvent, period: &Period) {
        let amount = event.amount.unwrap_or_default();
        match event.kind {
            Kind::Open => {}
            Kind::In => self.paid_in += amount,
            Kind::Out => self.paid_out += amount,
            Kind::Void => {
                let voided = period.voided.iter().find(|e| {
                    event.order.as_ref().is_some_and(|(host, id)| {
                        &e.payment.api_host == host && &e.payment.order_id == id
                    })
                });
                // Paid even so, it counts as paid (and is listed as paid after void),
                // not as a void as well.
                if let Some(e) = voided.filter(|e| e.status != crate::api::PaymentStatus::Success) {
                    let v = self.voids.entry(e.payment.currency).or_default();
                    v.0 += 1;
                    v.1 += e.payment.amount;
                }
            }
            Kind::Refund => {
                let currency = event.currency.unwrap_or_default();
                let r = self.refunds.entry(currency).or_default();
                r.0 += 1;
                r.1 += amount;
                if event.tender == Some(Tender::Cash) {
                    r.2 += amount;
                }
            }
        }
    }

    fn totals(&self) -> BTreeMap<String, Totals> {
        let currencies: std::collections::BTreeSet<Currency> = self
            .gross
            .keys()
            .chain(self.voids.keys())
            .chain(self.refunds.keys())
            .copied()
            .collect();
        currencies
            .into_iter()
            .map(|c| {
                let (sales, gross, tips) = self.gross.get(&c).copied().unwrap_or_default();
                let (voids, voided) = self.voids.get(&c).copied().unwrap_or_default();
                let (refunds, refunded, in_cash) =
                    self.refunds.get(&c).copied().unwrap_or_default();
                let average = if sales == 0 {
                    Decimal::ZERO
                } else {
                    gross / Decimal::from(sales)
                };
                let totals = Totals {
                    gross: format_amount(gross),
                    tips: format_amount(tips),
                    voids: Count {
                        count: voids,
                        amount: format_amount(voided),
                    },
                    refunds: Refunds {
                        count: refunds,
                        amount: format_amount(refunded),
                        cash: format_amount(in_cash),
                        other: format_amount(refunded - in_cash),
                    },
                    net: format_amount(gross - refunded),
                    sales,
                    average: format_amount(average),
                };
                (c.code().to_string(), totals)
            })
            .collect()
    }

    fn cash(&self, currency: Currency, float: Decimal, counted: Option<Decimal>) -> Cash {
        let sales = self.cash_sales.get(&currency).copied().unwrap_or_default();
        let refunds = self.refunds.get(&currency).map_or(Decimal::ZERO, |r| r.2);
        let expected = float + sales - refunds + self.paid_in - self.paid_out;
        Cash {
            currency: currency.code().to_string(),
            float: format_amount(float),
            sales: format_amount(sales),
            refunds: format_amount(refunds),
            paid_in: format_amount(self.paid_in),
            paid_out: format_amount(self.paid_out),
            expected: format_amount(expected),
            counted: counted.map(format_amount),
            difference: counted.map(|c| format_amount(c - expected)),
        }
    }

    fn best_items(&self) -> Vec<BestItem> {
        let mut items: Vec<_> = self.items.iter().collect();
        // Most money first; equal amounts by quantity, then by name, so the list is
        // the same every time it is made.
        items.sort_by(|a, b| {
            (b.1.1, b.1.0)
                .cmp(&(a.1.1, a.1.0))
                .then_with(|| a.0.cmp(b.0))
        });
        items
            .into_iter()
            .take(5)
            .map(|((name, currency), (quantity, amount))| BestItem {
                name: name.clone(),
                currency: currency.code().to_string(),
                quantity: *quantity,
                amount: format_amount(*amount),
            })
            .collect()
    }
}

fn lines(tally: &Tally) -> Vec<Line> {
    tally
        .iter()
        .map(|((key, currency), (count, amount))| Line {
            key: key.clone(),
            currency: currency.code().to_string(),
            count: *count,
            amount: format_amount(*amount),
        })
        .collect()
}

/// Several tills' Z reports added up: per currency, and each drawer's currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Sum {
    /// How many Z reports.
    pub reports: usize,
    /// Their takings, per currency code.
    pub currencies: BTreeMap<String, Totals>,
    /// Their drawers, per currency code.
    pub cash: BTreeMap<String, Cash>,
}

/// The sum of `reports` (the shop's Zs of a day). Figures are read back from each
/// report's exact decimal strings; one that cannot be read counts as zero.
pub fn sum(reports: &[Report]) -> Sum {
    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }
    fn add(into: &mut String, text: &str) {
        *into = format_amount(d(into) + d(text));
    }
    let mut out = Sum {
        reports: reports.len(),
        ..Sum::default()
    };
    for report in reports {
        for (code, t) in &report.currencies {
            let total = out.currencies.entry(code.clone()).or_default();
            add(&mut total.gross, &t.gross);
            add(&mut total.tips, &t.tips);
            total.voids.count += t.voids.count;
            add(&mut total.voids.amount, &t.voids.amount);
            total.refunds.count += t.refunds.count;
            add(&mut total.refunds.amount, &t.refunds.amount);
            add(&mut total.refunds.cash, &t.refunds.cash);
            add(&mut total.refunds.other, &t.refunds.other);
            add(&mut total.net, &t.net);
            total.sales += t.sales;
            total.average = if total.sales == 0 {
                format_amount(Decimal::ZERO)
            } else {
                format_amount(d(&total.gross) / Decimal::from(total.sales))
            };
        }
        let c = &report.cash;
        let cash = out.cash.entry(c.currency.clone()).or_insert_with(|| Cash {
            currency: c.currency.clone(),
            ..Cash::default()
        });
        for (into, from) in [
            (&mut cash.float, &c.float),
            (&mut cash.sales, &c.sales),
            (&mut cash.refunds, &c.refunds),
            (&mut cash.paid_in, &c.paid_in),
            (&mut cash.paid_out, &c.paid_out),
            (&mut cash.expected, &c.expected),
        ] {
            add(into, from);
        }
        for (into, from) in [
            (&mut cash.counted, &c.counted),
            (&mut cash.difference, &c.difference),
        ] {
            let so_far = into.take().unwrap_or_default();
            let mut total = so_far;
            add(&mut total, from.as_deref().unwrap_or("0"));
            *into = Some(total);
        }
    }
    out
}
