//! The shop's payments read back: a day's, a page at a time (the export and the Shop
//! view, which never hold the whole shop), and one order's, each with its current
//! status as every till's events make it.

use crate::api::{OrderId, PaymentStatus};
use crate::ledger::{LedgerEntry, PaymentRecord};

use super::{Shared, db};

impl Shared {
    /// The shop's payments of `api_host` made in `[from, to)`, every till's, with their
    /// latest status, oldest first.
    pub async fn between(
        &self,
        api_host: &str,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
    ) -> Result<Vec<LedgerEntry>, String> {
        let rows = self
            .client
            .query(
                &format!(
                    "{SELECT_ENTRIES} WHERE p.api_host = $1 AND p.created_at >= $2 \
                     AND p.created_at < $3 ORDER BY p.created_at, p.order_id"
                ),
                &[
                    &api_host,
                    &crate::ledger::stamp(from),
                    &crate::ledger::stamp(to),
                ],
            )
            .await
            .map_err(db)?;
        rows.iter().map(|r| entry_of(r, api_host)).collect()
    }

    /// The shop's payments of `api_host` made in `[from, to)`, oldest first, to be read
    /// a page at a time with `next_page`: an export that never holds the whole shop in
    /// memory. The query is parsed and planned here, once, not once a page.
    pub async fn pages_between(
        &self,
        api_host: &str,
        (from, to): (jiff::Timestamp, jiff::Timestamp),
    ) -> Result<Pages, String> {
        let statement = self
            .client
            .prepare(&format!(
                "{SELECT_ENTRIES} WHERE p.api_host = $1 AND p.created_at >= $2 \
                 AND p.created_at < $3 AND (p.created_at, p.order_id) > ($4, $5) \
                 ORDER BY p.created_at, p.order_id LIMIT $6"
            ))
            .await
            .map_err(db)?;
        Ok(Pages {
            statement,
            api_host: api_host.to_string(),
            from: crate::ledger::stamp(from),
            to: crate::ledger::stamp(to),
            after: (String::new(), String::new()),
        })
    }

    /// The next `limit` payments of `pages`, as the database sent them: what is left
    /// to do with them (`RawPage::entries`) can be done elsewhere while the page after
    /// is read. Empty at the end.
    pub async fn next_page(&self, pages: &mut Pages, limit: i64) -> Result<RawPage, String> {
        let rows = self
            .client
            .query(
                &pages.statement,
                &[
                    &pages.api_host,
                    &pages.from,
                    &pages.to,
                    &pages.after.0,
                    &pages.after.1,
                    &limit,
                ],
            )
            .await
            .map_err(db)?;
        if let Some(last) = rows.last() {
            // The time as stored, not as parsed back: the key compares as the text does.
            pages.after = (last.get(8), last.get(0));
        }
        Ok(RawPage {
            rows,
            api_host: pages.api_host.clone(),
        })
    }

    /// Up to `limit` of the shop's payments of `api_host` made in `[from, to)`, newest
    /// first, before the one `before` names (its time and order id): a page of the Shop
    /// view, which never reads the whole day however big the shop.
    pub async fn page_before(
        &self,
        api_host: &str,
        (from, to): (jiff::Timestamp, jiff::Timestamp),
        before: Option<(jiff::Timestamp, OrderId)>,
        limit: usize,
    ) -> Result<Vec<LedgerEntry>, String> {
        // Past the end of the day, and past every order id: the newest of the day.
        let (before_at, before_id) = match before {
            Some((at, id)) => (crate::ledger::stamp(at), id.as_str().to_string()),
            None => (crate::ledger::stamp(to), String::new()),
        };
        let rows = self
            .client
            .query(
                &format!(
                    "{SELECT_ENTRIES} WHERE p.api_host = $1 AND p.created_at >= $2 \
                     AND p.created_at < $3 AND (p.created_at, p.order_id) < ($4, $5) \
                     ORDER BY p.created_at DESC, p.order_id DESC LIMIT $6"
                ),
                &[
                    &api_host,
                    &crate::ledger::stamp(from),
                    &crate::ledger::stamp(to),
                    &before_at,
                    &before_id,
                    &(limit as i64),
                ],
            )
            .await
            .map_err(db)?;
        rows.iter().map(|r| entry_of(r, api_host)).collect()
    }

    /// The till that made each of these orders, for those the shared ledger holds: a
    /// till's own summary names its neighbours' sales as theirs, not as differences.
    pub async fn tills_of(
        &self,
        api_host: &str,
        ids: &[OrderId],
    ) -> Result<std::collections::BTreeMap<OrderId, String>, String> {
        let ids: Vec<&str> = ids.iter().map(OrderId::as_str).collect();
        let rows = self
            .client
            .query(
                "SELECT order_id, till FROM luxpay_payments WHERE api_host = $1 AND order_id = ANY($2)",
                &[&api_host, &ids],
            )
            .await
            .map_err(db)?;
        let mut tills = std::collections::BTreeMap::new();
        for row in rows {
            if let Ok(id) = OrderId::parse(row.get(0)) {
                tills.insert(id, crate::sanitize::line(row.get(1)));
            }
        }
        Ok(tills)
    }

    /// Every till's Z reports closed in `[from, to)`, by till and number: each as its
    /// till stored it (the report's JSON and its hash).
    pub async fn zs_between(
        &self,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
    ) -> Result<Vec<crate::books::Report>, String> {
        let rows = self
            .client
            .query(
                "SELECT body, hash FROM luxpay_z_reports
                 WHERE closed_at >= $1 AND closed_at < $2 ORDER BY till, number",
                &[&crate::ledger::stamp(from), &crate::ledger::stamp(to)],
            )
            .await
            .map_err(db)?;
        rows.iter()
            .map(|r| {
                let mut report: crate::books::Report =
                    serde_json::from_str(r.get(0)).map_err(|_| {
                        "the shared ledger holds a Z report luxpay cannot read".to_string()
                    })?;
                report.hash = Some(r.get(1));
                Ok(report)
            })
            .collect()
    }

    /// One payment of the shop, any till's, if the shared ledger holds it.
    pub async fn entry(
        &self,
        api_host: &str,
        order_id: &OrderId,
    ) -> Result<Option<LedgerEntry>, String> {
        let row = self
            .client
            .query_opt(
                &format!("{SELECT_ENTRIES} WHERE p.api_host = $1 AND p.order_id = $2"),
                &[&api_host, &order_id.as_str()],
            )
            .await
            .map_err(db)?;
        row.map(|r| entry_of(&r, api_host)).transpose()
    }
}

/// Payments with their current status, as `entry_of` reads them: the latest event of
/// the highest rank (`payment::rank`: paid, then expired, then any open word), so a late
/// PENDING from a slow till never hides another till's PAID.
const SELECT_ENTRIES: &str = "SELECT p.order_id, p.order_url, p.amount, p.asked_amount, \
    p.currency, p.customer, p.product, p.method, p.created_at, p.demo, p.till, p.operator, \
    p.recovered, s.status, s.seen_at, p.tip, p.items, p.walk_in,
    (SELECT min(b.at) FROM luxpay_books b WHERE b.kind = 'void' AND b.api_host = p.api_host
        AND b.order_id = p.order_id) AS voided_at
    FROM luxpay_payments p
    LEFT JOIN LATERAL (
        SELECT status, seen_at FROM luxpay_status_events e
        WHERE e.api_host = p.api_host AND e.order_id = p.order_id
        ORDER BY CASE status WHEN 'SUCCESS' THEN 2 WHEN 'EXPIRED' THEN 1 ELSE 0 END DESC,
            seen_at DESC
        LIMIT 1
    ) s ON true";

/// Where `Shared::next_page` is in the shop's payments: a prepared query and the key
/// (time as stored, order id) of the last payment read.
pub struct Pages {
    statement: tokio_postgres::Statement,
    api_host: String,
    from: String,
    to: String,
    after: (String, String),
}

/// A page of the shop's payments as the database sent them.
pub struct RawPage {
    rows: Vec<tokio_postgres::Row>,
    api_host: String,
}

impl RawPage {
    /// How many payments the page holds.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the page is empty: the end of the payments.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The page's payments with their latest status, sanitised.
    pub fn entries(&self) -> impl Iterator<Item = Result<LedgerEntry, String>> + '_ {
        self.rows.iter().map(|r| entry_of(r, &self.api_host))
    }
}

/// A row of `SELECT_ENTRIES`; its text is sanitised, as every till may have written it.
fn entry_of(r: &tokio_postgres::Row, api_host: &str) -> Result<LedgerEntry, String> {
    let text = |i: usize| -> String { r.get(i) };
    let bad = |what: &str| format!("the shared ledger holds a bad {what}");
    let payment = PaymentRecord {
        order_id: OrderId::parse(&text(0)).map_err(|_| bad("order id"))?,
        order_url: text(1),
        amount: text(2).parse().map_err(|_| bad("amount"))?,
        asked_amount: r
            .get::<_, Option<String>>(3)
            .map(|a| a.parse())
            .transpose()
            .map_err(|_| bad("amount"))?,
        currency: text(4).parse().map_err(|_| bad("currency"))?,
        customer: text(5),
        product: text(6),
        method: text(7).parse().map_err(|_| bad("method"))?,
        created_at: text(8).parse().map_err(|_| bad("time"))?,
        api_host: api_host.to_string(),
        demo: r.get(9),
        till: text(10),
        operator: text(11),
        recovered: r.get(12),
        extras: crate::payment::Extras {
            tip: r
                .get::<_, Option<String>>(15)
                .map(|t| t.parse())
                .transpose()
                .map_err(|_| bad("tip"))?,
            items: match r.get::<_, Option<String>>(16) {
                Some(json) => serde_json::from_str(&json).map_err(|_| bad("items"))?,
                None => Vec::new(),
            },
            walk_in: r.get(17),
            // The shop's ledger keeps what a sale was, not the change given at the till.
            tendered: None,
        },
    };
    let status: Option<String> = r.get(13);
    let seen: Option<String> = r.get(14);
    Ok(LedgerEntry {
        payment: payment.sanitised(),
        status: status.map_or(PaymentStatus::Pending, |s| PaymentStatus::from_wire(&s)),
        status_at: seen.and_then(|s| s.parse().ok()),
        voided_at: r.get::<_, Option<String>>(18).and_then(|s| s.parse().ok()),
        row: 0,
    })
}
