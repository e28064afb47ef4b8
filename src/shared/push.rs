//! Sending a till's backlog to the shared ledger: its local outbox, in order, a batch a
//! transaction, idempotently (what the shared ledger has already is not doubled). A
//! batch is one multi-row statement per kind of record (`INSERT … SELECT FROM unnest`),
//! not a round trip per row, and has a time limit of its own: a big backlog is sent
//! for as long as the database keeps taking batches, and a send that stops midway
//! goes on, the next time, from the last batch committed.

use std::time::Duration;

use super::{BATCH, Sent, Shared, db};
use crate::books::{BookEvent, StoredZ};
use crate::ledger::{Backlog, Ledger, Outbox, PaymentRecord, SentUpto, StatusRecord, stamp};

/// Rows sent by one `push` after which the tables are analysed (`Shared::analyze`).
const ANALYZE_AFTER: u64 = 20_000;

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
                &stamp(p.created_at),
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

/// Runs a blocking read or write of the local ledger off the async threads.
async fn local<T: Send + 'static>(
    ledger: &Ledger,
    work: impl FnOnce(&Ledger) -> std::io::Result<T> + Send + 'static,
) -> Result<T, String> {
    let ledger = ledger.clone();
    tokio::task::spawn_blocking(move || work(&ledger))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())
}

impl Shared {
    /// Makes this till's sent marks describe this database before a send: when they
    /// describe another (restored from a backup, replaced), they start again, and
    /// everything is sent again (idempotently). True when they did.
    pub async fn begin_push(&self, ledger: &Ledger) -> Result<bool, String> {
        let id = self.identity().await?;
        let resent = local(ledger, move |l| l.marks_for(&id)).await?;
        if resent {
            tracing::warn!(
                "the shop's database is not the one this till last sent to: sending everything again"
            );
        }
        Ok(resent)
    }

    /// Sends the local ledger's backlog, in order, a batch at a time, each batch within
    /// `per_batch` and marked sent once the shared ledger has committed it; `on_batch`
    /// hears what has gone so far, of what was waiting when the send began.
    pub async fn push(
        &mut self,
        ledger: &Ledger,
        per_batch: Duration,
        mut on_batch: impl FnMut(&Sent, &Backlog),
    ) -> Result<Sent, String> {
        let mut sent = Sent {
            resent: self.begin_push(ledger).await?,
            ..Sent::default()
        };
        let waiting = local(ledger, Ledger::backlog).await?;
        // The next batch is read from the local ledger while this one is sent: the two
        // ends work at once.
        let mut next = local(ledger, |l| l.outbox(BATCH)).await?;
        while !next.is_empty() {
            let outbox = next;
            let after = upto_of(&outbox);
            let reading = {
                let ledger = ledger.clone();
                tokio::task::spawn_blocking(move || ledger.outbox_after(after, BATCH))
            };
            let batch = self.send_batch(ledger, outbox, per_batch).await;
            // The read ahead is awaited even when the batch failed, so no read of the
            // ledger outlives the send.
            let read = reading.await.map_err(|e| e.to_string())?;
            sent.add(&batch?);
            on_batch(&sent, &waiting);
            next = read.map_err(|e| e.to_string())?;
        }
        if sent.payments + sent.events >= ANALYZE_AFTER {
            self.analyze(per_batch).await;
        }
        Ok(sent)
    }

    /// Has PostgreSQL look at the tables a big send filled, when it has never looked at
    /// them: until autovacuum first gets to a new shop's tables (a minute or more later)
    /// the planner takes them for nearly empty, and picks plans that read a
    /// million-row shop 40 times slower. Once they have statistics, the planner scales
    /// them to the tables' size and autovacuum keeps them, so a later send costs nothing
    /// here. Best effort: a role that does not own the tables is told so by the server
    /// and skipped, and the send has done its work whatever happens here.
    async fn analyze(&self, limit: Duration) {
        let analyzed = tokio::time::timeout(limit, async {
            let never = self
                .client
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM pg_stat_user_tables
                        WHERE relid IN ('luxpay_payments'::regclass, 'luxpay_status_events'::regclass)
                        AND last_analyze IS NULL AND last_autoanalyze IS NULL)",
                    &[],
                )
                .await?
                .get::<_, bool>(0);
            if never {
                self.client
                    .batch_execute("ANALYZE luxpay_payments, luxpay_status_events")
                    .await?;
            }
            Ok::<bool, tokio_postgres::Error>(never)
        })
        .await;
        match analyzed {
            Ok(Ok(true)) => {
                tracing::debug!("the shared ledger's new tables analysed after a big send")
            }
            Ok(Ok(false)) => {}
            Ok(Err(e)) => tracing::info!("the shared ledger's tables not analysed: {}", db(e)),
            Err(_) => tracing::info!("the shared ledger's tables not analysed in time"),
        }
    }

    /// Sends the next batch of the local ledger's outbox (none when it is empty), as
    /// `push` does: the app's sender takes one at a time, so the Shop view's reads get
    /// their turn on the connection between batches.
    pub async fn push_batch(
        &mut self,
        ledger: &Ledger,
        per_batch: Duration,
    ) -> Result<Option<Sent>, String> {
        let outbox = local(ledger, |l| l.outbox(BATCH)).await?;
        if outbox.is_empty() {
            return Ok(None);
        }
        self.send_batch(ledger, outbox, per_batch).await.map(Some)
    }

    /// One batch in one transaction, within `limit`; marked sent once committed. A
    /// batch that fails or runs out of time is rolled back whole: nothing of it is
    /// marked, and the next send starts with it again.
    async fn send_batch(
        &mut self,
        ledger: &Ledger,
        outbox: Outbox,
        limit: Duration,
    ) -> Result<Sent, String> {
        let rows = outbox.payments.len() + outbox.events.len();
        let work = async {
            let tx = self.client.transaction().await.map_err(db)?;
            let conflicts = send_payments(&tx, &outbox.payments).await?;
            send_events(&tx, &outbox.events).await?;
            send_books(&tx, &outbox.books).await?;
            send_zs(&tx, &outbox.zs).await?;
            tx.commit().await.map_err(db)?;
            Ok::<_, String>(conflicts)
        };
        let conflicts = tokio::time::timeout(limit, work).await.map_err(|_| {
            format!(
                "the shared ledger did not take a batch of {rows} records within {} s \
                 (what went before it is kept; the next send goes on from there)",
                limit.as_secs_f64()
            )
        })??;
        let upto = upto_of(&outbox);
        let now = jiff::Timestamp::now();
        local(ledger, move |l| l.mark_sent(upto, now)).await?;
        Ok(Sent {
            payments: outbox.payments.len() as u64,
            events: outbox.events.len() as u64,
            books: (outbox.books.len() + outbox.zs.len()) as u64,
            resent: false,
            conflicts,
        })
    }
}

/// The last row of each kind a batch holds.
fn upto_of(outbox: &Outbox) -> SentUpto {
    SentUpto {
        payments: outbox.payments.last().map(|(row, _)| *row),
        events: outbox.events.last().map(|(row, _)| *row),
        books: outbox.books.last().map(|(row, _)| *row),
        zs: outbox.zs.last().map(|(row, _)| *row),
    }
}

/// Adds a batch of payments in `tx`, in one statement; one the shared ledger holds
/// already is this sale sent before, or another sale under its order id, kept apart.
/// Returns how many were kept apart this time.
async fn send_payments(
    tx: &tokio_postgres::Transaction<'_>,
    payments: &[(i64, PaymentRecord)],
) -> Result<u64, String> {
    if payments.is_empty() {
        return Ok(0);
    }
    let column = |f: &dyn Fn(&PaymentRecord) -> String| -> Vec<String> {
        payments.iter().map(|(_, p)| f(p)).collect()
    };
    let maybe = |f: &dyn Fn(&PaymentRecord) -> Option<String>| -> Vec<Option<String>> {
        payments.iter().map(|(_, p)| f(p)).collect()
    };
    let flag = |f: &dyn Fn(&PaymentRecord) -> bool| -> Vec<bool> {
        payments.iter().map(|(_, p)| f(p)).collect()
    };
    let hosts = column(&|p| p.api_host.clone());
    let ids = column(&|p| p.order_id.as_str().to_string());
    let created = column(&|p| stamp(p.created_at));
    // Each sale's order id comes back when it went in (or filled in a link an earlier
    // copy lacked); the rest the shared ledger held already.
    let added = tx
        .query(
            "INSERT INTO luxpay_payments (api_host, order_id, order_url, amount,
                asked_amount, currency, customer, product, method, created_at, demo,
                till, operator, recovered, tip, items, walk_in)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
                $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                $11::bool[], $12::text[], $13::text[], $14::bool[], $15::text[],
                $16::text[], $17::bool[])
             ON CONFLICT (api_host, order_id) DO UPDATE SET order_url = EXCLUDED.order_url
             WHERE luxpay_payments.order_url = ''
             RETURNING api_host, order_id",
            &[
                &hosts,
                &ids,
                &column(&|p| p.order_url.clone()),
                &column(&|p| p.amount.to_string()),
                &maybe(&|p| p.asked_amount.map(|a| a.to_string())),
                &column(&|p| p.currency.code().to_string()),
                &column(&|p| p.customer.clone()),
                &column(&|p| p.product.clone()),
                &column(&|p| p.method.key().to_string()),
                &created,
                &flag(&|p| p.demo),
                &column(&|p| p.till.clone()),
                &column(&|p| p.operator.clone()),
                &flag(&|p| p.recovered),
                &maybe(&|p| p.extras.tip.map(|t| t.to_string())),
                &maybe(&|p| crate::ledger::items_json(&p.extras.items)),
                &flag(&|p| p.extras.walk_in),
            ],
        )
        .await
        .map_err(db)?;
    if added.len() == payments.len() {
        return Ok(0);
    }
    let went: std::collections::HashSet<(String, String)> =
        added.iter().map(|r| (r.get(0), r.get(1))).collect();
    held_already(tx, payments, &went).await
}

/// The sales of a batch the shared ledger held already: this sale sent before (a
/// retried batch), or another sale under the same order id, which must never pass for
/// this one and is kept apart. How many were kept apart this time.
async fn held_already(
    tx: &tokio_postgres::Transaction<'_>,
    payments: &[(i64, PaymentRecord)],
    went: &std::collections::HashSet<(String, String)>,
) -> Result<u64, String> {
    let held: Vec<&PaymentRecord> = payments
        .iter()
        .map(|(_, p)| p)
        .filter(|p| !went.contains(&(p.api_host.clone(), p.order_id.as_str().to_string())))
        .collect();
    let hosts: Vec<&str> = held.iter().map(|p| p.api_host.as_str()).collect();
    let ids: Vec<&str> = held.iter().map(|p| p.order_id.as_str()).collect();
    let rows = tx
        .query(
            "SELECT p.api_host, p.order_id, p.order_url, p.till, p.created_at
             FROM luxpay_payments p
             JOIN unnest($1::text[], $2::text[]) AS k(api_host, order_id)
                USING (api_host, order_id)",
            &[&hosts, &ids],
        )
        .await
        .map_err(db)?;
    let stored: std::collections::HashMap<(String, String), (String, String, String)> = rows
        .iter()
        .map(|r| ((r.get(0), r.get(1)), (r.get(2), r.get(3), r.get(4))))
        .collect();
    let mut conflicts = 0;
    for p in held {
        let key = (p.api_host.clone(), p.order_id.as_str().to_string());
        let same = stored.get(&key).is_some_and(|(url, till, created)| {
            *url == p.order_url && *till == p.till && *created == stamp(p.created_at)
        });
        if !same {
            conflicts += conflict(tx, p).await?;
        }
    }
    Ok(conflicts)
}

/// Adds a batch of status events in `tx`, in one statement; one the shared ledger
/// holds already is skipped.
async fn send_events(
    tx: &tokio_postgres::Transaction<'_>,
    events: &[(i64, StatusRecord)],
) -> Result<(), String> {
    if events.is_empty() {
        return Ok(());
    }
    let column = |f: &dyn Fn(&StatusRecord) -> String| -> Vec<String> {
        events.iter().map(|(_, s)| f(s)).collect()
    };
    tx.execute(
        "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT DO NOTHING",
        &[
            &column(&|s| s.api_host.clone()),
            &column(&|s| s.order_id.as_str().to_string()),
            &column(&|s| s.status.as_str().to_string()),
            &column(&|s| stamp(s.at)),
            &column(&|s| s.source.as_str().to_string()),
        ],
    )
    .await
    .map_err(db)?;
    Ok(())
}

/// Adds a batch of book events in `tx`, in one statement; one the shared ledger holds
/// already (the same till, time and kind) is skipped.
async fn send_books(
    tx: &tokio_postgres::Transaction<'_>,
    books: &[(i64, BookEvent)],
) -> Result<(), String> {
    if books.is_empty() {
        return Ok(());
    }
    let column = |f: &dyn Fn(&BookEvent) -> String| -> Vec<String> {
        books.iter().map(|(_, b)| f(b)).collect()
    };
    let maybe = |f: &dyn Fn(&BookEvent) -> Option<String>| -> Vec<Option<String>> {
        books.iter().map(|(_, b)| f(b)).collect()
    };
    tx.execute(
        "INSERT INTO luxpay_books (till, kind, at, operator, approved_by, api_host,
            order_id, amount, currency, tender, reason)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
            $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         ON CONFLICT DO NOTHING",
        &[
            &column(&|b| b.till.clone()),
            &column(&|b| b.kind.as_str().to_string()),
            &column(&|b| stamp(b.at)),
            &column(&|b| b.operator.clone()),
            &maybe(&|b| b.approved_by.clone()),
            &maybe(&|b| b.order.as_ref().map(|o| o.0.clone())),
            &maybe(&|b| b.order.as_ref().map(|o| o.1.as_str().to_string())),
            &maybe(&|b| b.amount.map(|a| a.to_string())),
            &maybe(&|b| b.currency.map(|c| c.code().to_string())),
            &maybe(&|b| b.tender.map(|t| t.as_str().to_string())),
            &column(&|b| b.reason.clone()),
        ],
    )
    .await
    .map_err(db)?;
    Ok(())
}

/// Adds a batch of Z reports in `tx`, as their tills stored them, in one statement;
/// one held already is skipped (a Z is never changed).
async fn send_zs(
    tx: &tokio_postgres::Transaction<'_>,
    zs: &[(i64, StoredZ)],
) -> Result<(), String> {
    if zs.is_empty() {
        return Ok(());
    }
    let column =
        |f: &dyn Fn(&StoredZ) -> String| -> Vec<String> { zs.iter().map(|(_, z)| f(z)).collect() };
    let numbers: Vec<i64> = zs.iter().map(|(_, z)| z.number as i64).collect();
    let opened: Vec<Option<String>> = zs.iter().map(|(_, z)| z.opened_at.clone()).collect();
    tx.execute(
        "INSERT INTO luxpay_z_reports (till, number, opened_at, closed_at, body,
            prev_hash, hash)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[],
            $5::text[], $6::text[], $7::text[])
         ON CONFLICT DO NOTHING",
        &[
            &column(&|z| z.till.clone()),
            &numbers,
            &opened,
            &column(&|z| z.closed_at.clone()),
            &column(&|z| z.body.clone()),
            &column(&|z| z.prev_hash.clone()),
            &column(&|z| z.hash.clone()),
        ],
    )
    .await
    .map_err(db)?;
    Ok(())
}
