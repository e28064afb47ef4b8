//! Sending a till's backlog to the shared ledger: its local outbox, in order, a batch a
//! transaction, idempotently (what the shared ledger has already is not doubled).

use super::{BATCH, Sent, Shared, db};
use crate::books::{BookEvent, StoredZ};
use crate::ledger::{Ledger, PaymentRecord, SentUpto, StatusRecord};

/// Keeps a sale whose order id the shared ledger holds for another sale apart, whole,
/// and says so in the log. 1 the first time it is kept, 0 when it was already.
async fn conflict(tx: &tokio_postgres::Transaction<'_>, p: &PaymentRecord) -> Result<u64, String> {
    let sale = serde_json::to_string(p).map_err(|e| e.to_string())?;
    let kept = tx
        .execute(
            "INSERT INTO luxpay_conflicts (api_host, order_id, till, created_at, sale)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            &[
                &p.api_host,
                &p.order_id.as_str(),
                &p.till,
                &crate::ledger::stamp(p.created_at),
                &sale,
            ],
        )
        .await
        .map_err(db)?;
    tracing::error!(
        order_id = %p.order_id, api_host = %p.api_host, till = %p.till,
        "the shared ledger holds another sale under this order id: kept apart in luxpay_conflicts"
    );
    Ok(1.min(kept))
}

impl Shared {
    /// Sends the local ledger's backlog, in order, a batch at a time; each batch is
    /// marked sent once the shared ledger has committed it.
    pub async fn push(&mut self, ledger: &Ledger) -> Result<Sent, String> {
        let mut sent = Sent::default();
        // The marks say what *this* database has: for another one, they start again.
        let id = self.identity().await?;
        let local = ledger.clone();
        sent.resent = tokio::task::spawn_blocking(move || local.marks_for(&id))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
        if sent.resent {
            tracing::warn!(
                "the shop's database is not the one this till last sent to: sending everything again"
            );
        }
        loop {
            let local = ledger.clone();
            let outbox = tokio::task::spawn_blocking(move || local.outbox(BATCH))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            if outbox.is_empty() {
                return Ok(sent);
            }
            let tx = self.client.transaction().await.map_err(db)?;
            sent.conflicts += send_payments(&tx, &outbox.payments).await?;
            send_events(&tx, &outbox.events).await?;
            send_books(&tx, &outbox.books).await?;
            send_zs(&tx, &outbox.zs).await?;
            tx.commit().await.map_err(db)?;
            sent.payments += outbox.payments.len() as u64;
            sent.events += outbox.events.len() as u64;
            sent.books += (outbox.books.len() + outbox.zs.len()) as u64;
            let upto = SentUpto {
                payments: outbox.payments.last().map(|(row, _)| *row),
                events: outbox.events.last().map(|(row, _)| *row),
                books: outbox.books.last().map(|(row, _)| *row),
                zs: outbox.zs.last().map(|(row, _)| *row),
            };
            let local = ledger.clone();
            let now = jiff::Timestamp::now();
            tokio::task::spawn_blocking(move || local.mark_sent(upto, now))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
        }
    }
}

/// Adds a batch of payments in `tx`; one the shared ledger holds already is this sale
/// sent before, or another sale under its order id, kept apart. Returns how many were
/// kept apart this time.
async fn send_payments(
    tx: &tokio_postgres::Transaction<'_>,
    payments: &[(i64, PaymentRecord)],
) -> Result<u64, String> {
    let add_payment = tx
        .prepare(
            "INSERT INTO luxpay_payments (api_host, order_id, order_url, amount,
                asked_amount, currency, customer, product, method, created_at, demo,
                till, operator, recovered, tip, items, walk_in)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                $16, $17)
             ON CONFLICT (api_host, order_id) DO UPDATE SET order_url = EXCLUDED.order_url
             WHERE luxpay_payments.order_url = ''",
        )
        .await
        .map_err(db)?;
    let stored = tx
        .prepare(
            "SELECT order_url, till, created_at FROM luxpay_payments
             WHERE api_host = $1 AND order_id = $2",
        )
        .await
        .map_err(db)?;
    let mut conflicts = 0;
    for (_, p) in payments {
        let added = tx
            .execute(
                &add_payment,
                &[
                    &p.api_host,
                    &p.order_id.as_str(),
                    &p.order_url,
                    &p.amount.to_string(),
                    &p.asked_amount.map(|a| a.to_string()),
                    &p.currency.code(),
                    &p.customer,
                    &p.product,
                    &p.method.key(),
                    &crate::ledger::stamp(p.created_at),
                    &p.demo,
                    &p.till,
                    &p.operator,
                    &p.recovered,
                    &p.extras.tip.map(|t| t.to_string()),
                    &crate::ledger::items_json(&p.extras.items),
                    &p.extras.walk_in,
                ],
            )
            .await
            .map_err(db)?;
        if added == 1 {
            continue;
        }
        // Held already: this sale sent before (a retried batch), or another
        // sale under the same order id, which must never pass for this one.
        let row = tx
            .query_one(&stored, &[&p.api_host, &p.order_id.as_str()])
            .await
            .map_err(db)?;
        let (url, till, created): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let same =
            url == p.order_url && till == p.till && created == crate::ledger::stamp(p.created_at);
        if !same {
            conflicts += conflict(tx, p).await?;
        }
    }
    Ok(conflicts)
}

/// Adds a batch of status events in `tx`; one the shared ledger holds already is skipped.
async fn send_events(
    tx: &tokio_postgres::Transaction<'_>,
    events: &[(i64, StatusRecord)],
) -> Result<(), String> {
    let add_event = tx
        .prepare(
            "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .await
        .map_err(db)?;
    for (_, s) in events {
        tx.execute(
            &add_event,
            &[
                &s.api_host,
                &s.order_id.as_str(),
                &s.status.as_str(),
                &crate::ledger::stamp(s.at),
                &s.source.as_str(),
            ],
        )
        .await
        .map_err(db)?;
    }
    Ok(())
}

/// Adds a batch of book events in `tx`; one the shared ledger holds already (the same
/// till, time and kind) is skipped.
async fn send_books(
    tx: &tokio_postgres::Transaction<'_>,
    books: &[(i64, BookEvent)],
) -> Result<(), String> {
    let add = tx
        .prepare(
            "INSERT INTO luxpay_books (till, kind, at, operator, approved_by, api_host,
                order_id, amount, currency, tender, reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
        )
        .await
        .map_err(db)?;
    for (_, b) in books {
        tx.execute(
            &add,
            &[
                &b.till,
                &b.kind.as_str(),
                &crate::ledger::stamp(b.at),
                &b.operator,
                &b.approved_by,
                &b.order.as_ref().map(|o| o.0.as_str()),
                &b.order.as_ref().map(|o| o.1.as_str()),
                &b.amount.map(|a| a.to_string()),
                &b.currency.map(|c| c.code()),
                &b.tender.map(crate::books::Tender::as_str),
                &b.reason,
            ],
        )
        .await
        .map_err(db)?;
    }
    Ok(())
}

/// Adds a batch of Z reports in `tx`, as their tills stored them; one held already is
/// skipped (a Z is never changed).
async fn send_zs(
    tx: &tokio_postgres::Transaction<'_>,
    zs: &[(i64, StoredZ)],
) -> Result<(), String> {
    let add = tx
        .prepare(
            "INSERT INTO luxpay_z_reports (till, number, opened_at, closed_at, body,
                prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .await
        .map_err(db)?;
    for (_, z) in zs {
        tx.execute(
            &add,
            &[
                &z.till,
                &(z.number as i64),
                &z.opened_at,
                &z.closed_at,
                &z.body,
                &z.prev_hash,
                &z.hash,
            ],
        )
        .await
        .map_err(db)?;
    }
    Ok(())
}
