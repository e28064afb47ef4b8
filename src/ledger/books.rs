//! The books in the ledger: cash sales, shift openings, drawer moves, voids and refunds
//! appended to `books`, and the Z reports that close each till's periods, chained by
//! hash (`chain.rs`). A period is the rows after the till's last Z: every read here
//! is a range of row ids from there, so a report reads its shift, not the ledger.

use std::io;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use rust_decimal::Decimal;

use super::chain::{Chain, GENESIS};
use super::period::{BookEvent, Check, Kind, Marks, Paid, Period, StoredZ, Tender};
use super::refusal::{Broken, Refusal};
use super::{Ledger, PaymentRecord, rows};
use crate::api::{OrderId, PaymentStatus};

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The Z reports checked.
    pub reports: u64,
    /// The first that does not match, and why, if one does not.
    pub broken: Option<Broken>,
}

/// The books columns, in the order `book_of` reads them and the chain hashes them.
const BOOK_COLUMNS: &str = "id, till, kind, at, operator, approved_by, api_host, order_id, amount, currency, tender, reason";

impl Ledger {
    /// Records a cash sale: the payment (its order id `C-<till>-<n>` from the till's
    /// counter) and its PAID, at once, in one transaction; and opens a shift with a float
    /// of 0 first when none is open. Returns the sale as recorded and whether a shift
    /// was opened for it; refused when the open drawer counts another currency (its
    /// cash would be in no count).
    pub fn cash_sale(
        &self,
        sale: &PaymentRecord,
    ) -> io::Result<Result<(PaymentRecord, bool), Refusal>> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Some(drawer) = drawer_currency_in(&tx, &sale.till)?
                && drawer != sale.currency
            {
                return Ok(Err(Refusal::CashOtherCurrency {
                    drawer,
                    asked: sale.currency,
                }));
            }
            let opened = ensure_shift_in(
                &tx,
                &sale.till,
                &sale.operator,
                Some(sale.currency),
                sale.created_at,
            )?;
            let n = next_counter(&tx, &format!("cash:{}", sale.till))?;
            let mut sale = sale.clone();
            sale.order_id = super::period::cash_order_id(&sale.till, n)
                .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
            rows::insert_payment(&tx, &sale)?;
            rows::index_text(&tx)?;
            rows::insert_status(
                &tx,
                &super::StatusRecord {
                    order_id: sale.order_id.clone(),
                    status: PaymentStatus::Success,
                    at: sale.created_at,
                    api_host: sale.api_host.clone(),
                    source: super::Source::Cash,
                },
            )?;
            tx.commit()?;
            Ok(Ok((sale, opened)))
        })
    }

    /// Opens a shift with a float of 0 when none is open at the till (a sale made
    /// without `shift open`): true when it did. `currency` is the drawer's, when what
    /// opens it is cash; a link says nothing of it (`drawer_currency_in`).
    pub fn ensure_shift(
        &self,
        till: &str,
        operator: &str,
        currency: Option<crate::money::Currency>,
        at: jiff::Timestamp,
    ) -> io::Result<bool> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let opened = ensure_shift_in(&tx, till, operator, currency, at)?;
            tx.commit()?;
            Ok(opened)
        })
    }

    /// Appends a book event once `check` lets it (`book`, with the checks the app and
    /// the commands share): true when a shift was opened for it, or why it was refused.
    pub fn book_checked(
        &self,
        event: &mut BookEvent,
        check: Check,
    ) -> io::Result<Result<bool, Refusal>> {
        let till = event.till.clone();
        self.book(event, |c, e| {
            // Cash in or out in another currency than the drawer's would be in no count.
            if matches!(e.kind, Kind::In | Kind::Out)
                && let (Some(drawer), Some(asked)) = (drawer_currency_in(c, &till)?, e.currency)
                && drawer != asked
            {
                return Ok(Err(Refusal::MoveOtherCurrency { drawer, asked }));
            }
            let order = e.order.clone();
            match (check, order) {
                (Check::Nothing, _) => Ok(Ok(())),
                (Check::NoShiftOpen, _) => Ok(match shift_open_in(c, &till)? {
                    Some(since) => Err(Refusal::ShiftOpen {
                        till: till.clone(),
                        since,
                    }),
                    None => Ok(()),
                }),
                (Check::Voidable, Some((host, id))) => may_void(c, &host, &id),
                (Check::Refundable(asked), Some((host, id))) => {
                    // Cash given back comes out of the drawer, in the drawer's currency.
                    let drawer = match e.tender {
                        Some(Tender::Cash) => drawer_currency_in(c, &till)?,
                        _ => None,
                    };
                    Ok(may_refund(c, &host, &id, asked, drawer)?.map(|left| e.amount = Some(left)))
                }
                (Check::Voidable | Check::Refundable(_), None) => Ok(Err(Refusal::NoOrder)),
            }
        })
    }

    /// When the till's open shift was opened, if one is.
    pub fn shift_opened(&self, till: &str) -> io::Result<Option<jiff::Timestamp>> {
        self.with(|c| shift_open_in(c, till))
    }

    /// Appends a book event; an event other than an opening opens a shift with a float
    /// of 0 first when none is open (true when it did). `check` runs in the same
    /// transaction, before anything is written, and may complete the event (a refund's
    /// amount is what is left of the sale): its `Err` is a refusal, and nothing is.
    pub fn book(
        &self,
        event: &mut BookEvent,
        check: impl FnOnce(&Connection, &mut BookEvent) -> Verdict,
    ) -> io::Result<Result<bool, Refusal>> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Err(refused) = check(&tx, event)? {
                return Ok(Err(refused));
            }
            // A shift this event opens counts the cash it moves, if it moves any: a
            // void or a refund another way says nothing of the drawer's currency.
            let drawer = event.currency.filter(|_| event.moves_cash());
            let opened = match event.kind {
                Kind::Open => false,
                _ => ensure_shift_in(&tx, &event.till, &event.operator, drawer, event.at)?,
            };
            insert_book(&tx, event)?;
            tx.commit()?;
            Ok(Ok(opened))
        })
    }

    /// The void of an order, if it was voided: for PAID AFTER VOID, said with who
    /// voided it, when and why.
    pub fn void_of(&self, api_host: &str, id: &OrderId) -> io::Result<Option<BookEvent>> {
        self.with(|c| {
            c.prepare_cached(&format!(
                "SELECT {BOOK_COLUMNS} FROM books
                 WHERE kind = 'void' AND api_host = ?1 AND order_id = ?2 ORDER BY id LIMIT 1"
            ))?
            .query_row(params![api_host, id.as_str()], book_of)
            .optional()
        })
    }

    /// The till's open period: what an X report shows, and a Z would close.
    pub fn period(&self, till: &str) -> io::Result<Period> {
        self.with(|c| period_in(c, till))
    }

    /// Closes the till's period on a Z whose report (as JSON, numbered) `make` writes:
    /// numbered, hashed and stored in one transaction. Its hash, or `None` when nothing
    /// is open to close.
    pub fn close(
        &self,
        till: &str,
        make: impl FnOnce(&Period) -> String,
    ) -> io::Result<Option<String>> {
        self.with(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let period = period_in(&tx, till)?;
            if period.opening().is_none() && period.is_empty() {
                return Ok(None);
            }
            let body = make(&period);
            let times: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
            let time = |key: &str| times[key].as_str().map(str::to_string);
            let mut chain = Chain::start(
                till,
                period.number,
                &period.prev_hash,
                period.from,
                period.upto,
                &body,
            );
            hash_rows(&tx, till, period.from, period.upto, &mut chain)?;
            let hash = chain.finish();
            tx.execute(
                "INSERT INTO z_reports (till, number, opened_at, closed_at, payments_upto,
                 events_upto, books_upto, body, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    till,
                    period.number as i64,
                    time("opened_at"),
                    // Stored as every time in the ledger is, so a day's Zs are a range.
                    time("closed_at")
                        .and_then(|t| t.parse().ok())
                        .map(rows::stamp)
                        .unwrap_or_default(),
                    period.upto.payments,
                    period.upto.events,
                    period.upto.books,
                    body,
                    period.prev_hash,
                    hash,
                ],
            )?;
            tx.execute(
                "INSERT INTO counters (name, value) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
                params![format!("z:{till}"), period.number as i64],
            )?;
            tx.commit()?;
            Ok(Some(hash))
        })
    }

    /// The till's Z report `number` as stored: its report (JSON) and its hash.
    pub fn z_body(&self, till: &str, number: u64) -> io::Result<Option<(String, String)>> {
        self.with(|c| {
            c.query_row(
                "SELECT body, hash FROM z_reports WHERE till = ?1 AND number = ?2",
                params![till, number as i64],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
        })
    }

    /// Every Z of every till, checked: each links to the one before it, and its hash
    /// is that of its report and its period's rows as they are now.
    pub fn verify(&self) -> io::Result<Verified> {
        self.with(|c| verify_in(c))
    }
}

/// Whether a book event may be written: `Ok(Err(why))` refuses it.
pub type Verdict = rusqlite::Result<Result<(), Refusal>>;

/// What a void checks: the order is this ledger's, pending, and not voided already.
pub fn may_void(c: &Connection, api_host: &str, id: &OrderId) -> Verdict {
    let Some(entry) = rows::entry_of_order(c, api_host, id)? else {
        return Ok(Err(Refusal::NotInLedger(id.clone())));
    };
    if entry.voided_at.is_some() {
        return Ok(Err(Refusal::VoidedAlready(id.clone())));
    }
    Ok(match entry.status {
        PaymentStatus::Pending => Ok(()),
        status => Err(Refusal::NotPending(id.clone(), status)),
    })
}

/// What a refund of `amount` checks: the order is paid, and the refunds so far and this
/// one together are at most what was paid. Returns the amount that is left when
/// `amount` is none.
pub fn may_refund(
    c: &Connection,
    api_host: &str,
    id: &OrderId,
    amount: Option<Decimal>,
    cash_drawer: Option<crate::money::Currency>,
) -> rusqlite::Result<Result<Decimal, Refusal>> {
    let Some(entry) = rows::entry_of_order(c, api_host, id)? else {
        return Ok(Err(Refusal::NotInLedger(id.clone())));
    };
    if entry.status != PaymentStatus::Success && entry.voided_at.is_some() {
        return Ok(Err(Refusal::VoidedNotPaid(id.clone())));
    }
    if entry.status != PaymentStatus::Success {
        return Ok(Err(Refusal::NotPaid(id.clone(), entry.status)));
    }
    if let Some(drawer) = cash_drawer
        && drawer != entry.payment.currency
    {
        return Ok(Err(Refusal::RefundOtherCurrency {
            drawer,
            asked: entry.payment.currency,
        }));
    }
    let refunded: Decimal = c
        .prepare_cached(
            "SELECT amount FROM books WHERE kind = 'refund' AND api_host = ?1 AND order_id = ?2",
        )?
        .query_map(params![api_host, id.as_str()], |r| r.get::<_, String>(0))?
        .filter_map(|a| a.ok().and_then(|a| a.parse::<Decimal>().ok()))
        .sum();
    let left = entry.payment.amount - refunded;
    let amount = amount.unwrap_or(left);
    Ok(if left <= Decimal::ZERO {
        Err(Refusal::RefundedInFull(id.clone()))
    } else if amount > left {
        Err(Refusal::AtMost {
            id: id.clone(),
            left,
            currency: entry.payment.currency,
            paid: entry.payment.amount,
            refunded,
        })
    } else {
        Ok(amount)
    })
}

fn next_counter(c: &Connection, name: &str) -> rusqlite::Result<u64> {
    c.prepare_cached(
        "INSERT INTO counters (name, value) VALUES (?1, 1)
         ON CONFLICT (name) DO UPDATE SET value = value + 1
         RETURNING value",
    )?
    .query_row([name], |r| r.get::<_, i64>(0))
    .map(|n| n.max(0) as u64)
}

/// The last Z of a till: its number, hash and marks.
fn last_z(c: &Connection, till: &str) -> rusqlite::Result<Option<(u64, String, Marks)>> {
    c.prepare_cached(
        "SELECT number, hash, payments_upto, events_upto, books_upto FROM z_reports
         WHERE till = ?1 ORDER BY number DESC LIMIT 1",
    )?
    .query_row([till], |r| {
        Ok((
            r.get::<_, i64>(0)?.max(0) as u64,
            r.get(1)?,
            Marks {
                payments: r.get(2)?,
                events: r.get(3)?,
                books: r.get(4)?,
            },
        ))
    })
    .optional()
}

/// When the till's open shift was opened, if one is: read in a transaction of the
/// caller's.
pub fn shift_open_in(c: &Connection, till: &str) -> rusqlite::Result<Option<jiff::Timestamp>> {
    let from = last_z(c, till)?.map_or(0, |z| z.2.books);
    let at: Option<String> = c
        .prepare_cached(
            "SELECT at FROM books WHERE till = ?1 AND kind = 'open' AND id > ?2
             ORDER BY id LIMIT 1",
        )?
        .query_row(params![till, from], |r| r.get(0))
        .optional()?;
    Ok(at.and_then(|a| a.parse().ok()))
}

/// The currency the till's open drawer counts (`Period::drawer_currency`), if a shift
/// is open and it counts one yet: read in a transaction of the caller's.
fn drawer_currency_in(
    c: &Connection,
    till: &str,
) -> rusqlite::Result<Option<crate::money::Currency>> {
    if shift_open_in(c, till)?.is_none() {
        return Ok(None);
    }
    Ok(period_in(c, till)?.drawer_currency())
}

fn ensure_shift_in(
    c: &Connection,
    till: &str,
    operator: &str,
    currency: Option<crate::money::Currency>,
    at: jiff::Timestamp,
) -> rusqlite::Result<bool> {
    if shift_open_in(c, till)?.is_some() {
        return Ok(false);
    }
    let mut open = BookEvent::new(Kind::Open, till, operator, at);
    open.amount = Some(Decimal::ZERO);
    open.currency = currency;
    open.reason = "opened by the first sale".into();
    insert_book(c, &open)?;
    Ok(true)
}

fn insert_book(c: &Connection, e: &BookEvent) -> rusqlite::Result<()> {
    c.prepare_cached(
        "INSERT INTO books (till, kind, at, operator, approved_by, api_host, order_id, amount,
         currency, tender, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        e.till,
        e.kind.as_str(),
        rows::stamp(e.at),
        e.operator,
        e.approved_by,
        e.order.as_ref().map(|o| o.0.clone()),
        e.order.as_ref().map(|o| o.1.as_str().to_string()),
        e.amount.map(|a| a.to_string()),
        e.currency.map(|c| c.code()),
        e.tender.map(Tender::as_str),
        e.reason,
    ])?;
    Ok(())
}

fn book_of(r: &rusqlite::Row) -> rusqlite::Result<BookEvent> {
    use crate::sanitize::line_owned as line;
    let order = match (
        r.get::<_, Option<String>>(6)?,
        r.get::<_, Option<String>>(7)?,
    ) {
        (Some(host), Some(id)) => OrderId::parse(&id).ok().map(|id| (line(host), id)),
        _ => None,
    };
    Ok(BookEvent {
        till: line(r.get(1)?),
        kind: Kind::from_word(&r.get::<_, String>(2)?).unwrap_or(Kind::Open),
        at: r.get::<_, String>(3)?.parse().unwrap_or_default(),
        operator: line(r.get(4)?),
        approved_by: r.get::<_, Option<String>>(5)?.map(line),
        order,
        amount: r.get::<_, Option<String>>(8)?.and_then(|a| a.parse().ok()),
        currency: r.get::<_, Option<String>>(9)?.and_then(|c| c.parse().ok()),
        tender: match r.get::<_, Option<String>>(10)?.as_deref() {
            Some("cash") => Some(Tender::Cash),
            Some("other") => Some(Tender::Other),
            _ => None,
        },
        reason: line(r.get(11)?),
    })
}

/// Up to `limit` book events after row `after`, oldest first: what the shop's ledger
/// has not had yet.
pub(super) fn books_after(
    c: &Connection,
    after: i64,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, BookEvent)>> {
    c.prepare_cached(&format!(
        "SELECT {BOOK_COLUMNS} FROM books WHERE id > ?1 ORDER BY id LIMIT ?2"
    ))?
    .query_map(params![after, limit as i64], |r| {
        Ok((r.get(0)?, book_of(r)?))
    })?
    .collect()
}

/// Up to `limit` Z reports after row `after`, oldest first.
pub(super) fn zs_after(
    c: &Connection,
    after: i64,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, StoredZ)>> {
    c.prepare_cached(
        "SELECT rowid, till, number, opened_at, closed_at, body, prev_hash, hash
         FROM z_reports WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
    )?
    .query_map(params![after, limit as i64], |r| {
        Ok((
            r.get(0)?,
            StoredZ {
                till: r.get(1)?,
                number: r.get::<_, i64>(2)?.max(0) as u64,
                opened_at: r.get(3)?,
                closed_at: r.get(4)?,
                body: r.get(5)?,
                prev_hash: r.get(6)?,
                hash: r.get(7)?,
            },
        ))
    })?
    .collect()
}

fn marks_now(c: &Connection) -> rusqlite::Result<Marks> {
    let max = |table: &str| {
        c.query_row(
            &format!("SELECT coalesce(max(id), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )
    };
    Ok(Marks {
        payments: max("payments")?,
        events: max("status_events")?,
        books: max("books")?,
    })
}

fn period_in(c: &Connection, till: &str) -> rusqlite::Result<Period> {
    let last = last_z(c, till)?;
    let counted: i64 = c
        .prepare_cached("SELECT value FROM counters WHERE name = ?1")?
        .query_row([format!("z:{till}")], |r| r.get(0))
        .optional()?
        .unwrap_or(0);
    let (number, prev_hash, from) = match last {
        Some((n, hash, marks)) => (n.max(counted.max(0) as u64) + 1, hash, marks),
        None => (
            counted.max(0) as u64 + 1,
            GENESIS.to_string(),
            Marks::default(),
        ),
    };
    let upto = marks_now(c)?;
    // `+till` (here and in `hash_rows`): the till is checked on each row of the range,
    // never used to choose an index. By `payments_by_till` SQLite would read every
    // payment the till ever made (the whole ledger, at a one-till shop) for each report.
    let paid = c
        .prepare_cached(&format!(
            "SELECT {}, paid_at FROM payments JOIN (
                SELECT payment_id, seen_at AS paid_at FROM status_events
                WHERE id > ?1 AND id <= ?2 AND status = 'SUCCESS'
             ) ON payment_id = payments.id
             WHERE +till = ?3 ORDER BY paid_at, payments.id",
            rows::COLUMNS
        ))?
        .query_map(params![from.events, upto.events, till], |r| {
            let at: String = r.get(22)?;
            Ok(Paid {
                entry: rows::entry(r)?,
                at: at.parse().unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let books = c
        .prepare_cached(&format!(
            "SELECT {BOOK_COLUMNS} FROM books WHERE till = ?1 AND id > ?2 AND id <= ?3 ORDER BY id"
        ))?
        .query_map(params![till, from.books, upto.books], book_of)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut voided = Vec::new();
    for (host, id) in books
        .iter()
        .filter(|b| b.kind == Kind::Void)
        .filter_map(|b| b.order.as_ref())
    {
        voided.extend(rows::entry_of_order(c, host, id)?);
    }
    // Read by `payments_pending`, which holds only the links still open.
    let pending = c
        .prepare_cached(&format!(
            "SELECT {} FROM payments WHERE status = 'PENDING' AND voided_at IS NULL
             AND till = ?1 AND id <= ?2 ORDER BY created_at, id",
            rows::COLUMNS
        ))?
        .query_map(params![till, upto.payments], rows::entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Period {
        till: till.to_string(),
        number,
        prev_hash,
        from,
        upto,
        paid,
        books,
        voided,
        pending,
    })
}

/// A stored value as the chain reads it: text, a number written out, or none.
fn text_of(v: ValueRef) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
    }
}

/// Feeds the chain every row of the till's period: payments as made (not the columns
/// kept by triggers, which later events change), status events, book events.
fn hash_rows(
    c: &Connection,
    till: &str,
    from: Marks,
    upto: Marks,
    chain: &mut Chain,
) -> rusqlite::Result<()> {
    let tables: [(&str, String, i64, i64); 3] = [
        (
            "payments",
            "SELECT id, api_host, order_id, amount, asked_amount, currency, customer, product,
             method, created_at, demo, till, operator, recovered, tip, items, walk_in, tendered
             FROM payments WHERE id > ?1 AND id <= ?2 AND +till = ?3 ORDER BY id"
                .to_string(),
            from.payments,
            upto.payments,
        ),
        (
            "status_events",
            "SELECT e.id, e.payment_id, e.status, e.seen_at, e.source
             FROM status_events e JOIN payments p ON p.id = e.payment_id
             WHERE e.id > ?1 AND e.id <= ?2 AND +p.till = ?3 ORDER BY e.id"
                .to_string(),
            from.events,
            upto.events,
        ),
        (
            "books",
            format!(
                "SELECT {BOOK_COLUMNS} FROM books WHERE id > ?1 AND id <= ?2 AND till = ?3 ORDER BY id"
            ),
            from.books,
            upto.books,
        ),
    ];
    for (table, sql, low, high) in tables {
        let mut stmt = c.prepare_cached(&sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(params![low, high, till])?;
        let mut columns = Vec::with_capacity(width);
        while let Some(row) = rows.next()? {
            columns.clear();
            for i in 0..width {
                columns.push(text_of(row.get_ref(i)?));
            }
            chain.row(table, &columns);
        }
    }
    Ok(())
}

fn verify_in(c: &Connection) -> rusqlite::Result<Verified> {
    let tills: Vec<String> = c
        .prepare("SELECT DISTINCT till FROM z_reports UNION SELECT substr(name, 3) FROM counters WHERE name LIKE 'z:%' ORDER BY 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut reports = 0;
    for till in tills {
        if let Some(broken) = verify_till(c, &till, &mut reports)? {
            return Ok(Verified {
                reports,
                broken: Some(broken),
            });
        }
    }
    Ok(Verified {
        reports,
        broken: kept_columns_disagree(c)?,
    })
}

/// The first payment whose kept columns (its status, whether it is voided) are not what
/// its events say. The chain hashes the events, not these columns, which triggers keep;
/// but refunds and voids read the columns, so an edit of one would change what the
/// books allow without breaking any hash.
fn kept_columns_disagree(c: &Connection) -> rusqlite::Result<Option<Broken>> {
    c.query_row(
        "SELECT p.till, p.order_id FROM payments p
         WHERE p.status IS NOT coalesce(
                 (SELECT e.status FROM status_events e WHERE e.payment_id = p.id
                  ORDER BY e.id DESC LIMIT 1), 'PENDING')
            OR p.voided_at IS NOT
                 (SELECT b.at FROM books b WHERE b.kind = 'void'
                  AND b.api_host = p.api_host AND b.order_id = p.order_id
                  ORDER BY b.id DESC LIMIT 1)
         LIMIT 1",
        [],
        |r| {
            Ok(Broken::KeptColumns {
                till: r.get(0)?,
                order: r.get(1)?,
            })
        },
    )
    .optional()
}

/// Checks one till's chain; the first Z that does not match, in words.
fn verify_till(c: &Connection, till: &str, reports: &mut u64) -> rusqlite::Result<Option<Broken>> {
    type Stored = (i64, String, String, String, Marks);
    let zs: Vec<Stored> = c
        .prepare(
            "SELECT number, body, prev_hash, hash, payments_upto, events_upto, books_upto
             FROM z_reports WHERE till = ?1 ORDER BY number",
        )?
        .query_map([till], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                Marks {
                    payments: r.get(4)?,
                    events: r.get(5)?,
                    books: r.get(6)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut prev_hash = GENESIS.to_string();
    let mut from = Marks::default();
    let mut expected = 1i64;
    for (number, body, stored_prev, hash, upto) in zs {
        if number != expected {
            return Ok(Some(Broken::Missing {
                till: till.to_owned(),
                number: expected,
            }));
        }
        if stored_prev != prev_hash {
            return Ok(Some(Broken::DoesNotFollow {
                till: till.to_owned(),
                number,
            }));
        }
        let mut chain = Chain::start(till, number as u64, &prev_hash, from, upto, &body);
        hash_rows(c, till, from, upto, &mut chain)?;
        if chain.finish() != hash {
            return Ok(Some(Broken::Changed {
                till: till.to_owned(),
                number,
            }));
        }
        *reports += 1;
        prev_hash = hash;
        from = upto;
        expected += 1;
    }
    let issued: i64 = c
        .query_row(
            "SELECT value FROM counters WHERE name = ?1",
            [format!("z:{till}")],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    if issued >= expected {
        return Ok(Some(Broken::Missing {
            till: till.to_owned(),
            number: expected,
        }));
    }
    Ok(None)
}
