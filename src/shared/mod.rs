//! The shop's shared ledger on PostgreSQL (`ledger_url`). Each till writes to its own
//! SQLite ledger first (the code is shown after that commit); what it recorded is then
//! sent here from its outbox, in order and idempotently (unique on API host and order
//! id, and on status events), so an outage of the database loses nothing and doubles
//! nothing. Any place with the URL can close the shop's day from it.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use tokio_postgres::Client;

use crate::ledger::Ledger;

mod listen;
mod pool;
mod push;
mod reads;
mod staff;
mod staff_store;
mod tls;

pub use listen::{Announced, Heard, listen};
pub use pool::{POOL_SIZE, Pool};
pub use reads::{Pages, RawPage};
pub use staff_store::{StaffStore, StaffStoreError};

/// The shared schema's migrations, in order; `luxpay_schema.version` counts those run.
const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE luxpay_payments (
        api_host     text NOT NULL,
        order_id     text NOT NULL,
        order_url    text NOT NULL,
        amount       text NOT NULL,   -- exact decimal
        asked_amount text,
        currency     text NOT NULL,
        customer     text NOT NULL,
        product      text NOT NULL,
        method       text NOT NULL,
        created_at   text NOT NULL,   -- UTC, 2026-11-26T12:00:00.000000000Z
        demo         boolean NOT NULL,
        till         text NOT NULL,
        operator     text NOT NULL,
        recovered    boolean NOT NULL,
        PRIMARY KEY (api_host, order_id)
    );
    CREATE INDEX luxpay_payments_by_time ON luxpay_payments (created_at);
    CREATE TABLE luxpay_status_events (
        api_host text NOT NULL,
        order_id text NOT NULL,
        status   text NOT NULL,
        seen_at  text NOT NULL,
        source   text NOT NULL,
        PRIMARY KEY (api_host, order_id, status, seen_at)
    );
",
    "
    -- Every status event, from any till or the webhook receiver, is announced to the
    -- tills listening, so a screen turns PAID without waiting for its own poll.
    CREATE FUNCTION luxpay_announce_status() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_notify('luxpay_status', json_build_object(
            'api_host', NEW.api_host, 'order_id', NEW.order_id,
            'status', NEW.status, 'seen_at', NEW.seen_at)::text);
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;
    CREATE TRIGGER luxpay_status_announced AFTER INSERT ON luxpay_status_events
        FOR EACH ROW EXECUTE FUNCTION luxpay_announce_status();
",
    "
    -- Every new payment, from any till, is announced too, so the Shop view lists
    -- another till's sale as it is made. (ON CONFLICT DO NOTHING inserts nothing, and
    -- so announces nothing, when a backlog is sent again.)
    CREATE FUNCTION luxpay_announce_payment() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_notify('luxpay_payments', json_build_object(
            'api_host', NEW.api_host, 'order_id', NEW.order_id)::text);
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;
    CREATE TRIGGER luxpay_payment_announced AFTER INSERT ON luxpay_payments
        FOR EACH ROW EXECUTE FUNCTION luxpay_announce_payment();
",
    "
    -- What luxpay keeps beside the amount: the tip (part of it, kept apart for tax), the
    -- cart's items (JSON), and whether the customer was a walk-in.
    ALTER TABLE luxpay_payments ADD COLUMN tip text;
    ALTER TABLE luxpay_payments ADD COLUMN items text;
    ALTER TABLE luxpay_payments ADD COLUMN walk_in boolean NOT NULL DEFAULT false;
",
    "
    -- Final is final, for every till at once: at most one SUCCESS and one EXPIRED event
    -- per order, so of N copies of one webhook posted together exactly one inserts its
    -- event (and runs the hook), whatever the timing. Copies already stored by earlier
    -- versions were replays of one event: the first seen is kept.
    DELETE FROM luxpay_status_events e USING luxpay_status_events f
        WHERE e.api_host = f.api_host AND e.order_id = f.order_id AND e.status = f.status
          AND e.status IN ('SUCCESS', 'EXPIRED') AND e.seen_at > f.seen_at;
    CREATE UNIQUE INDEX luxpay_status_events_final
        ON luxpay_status_events (api_host, order_id, status)
        WHERE status IN ('SUCCESS', 'EXPIRED');
",
    "
    -- A till's sale whose order id the shared ledger holds already for a different
    -- sale (two tills on two demo APIs, or an API that reuses ids): kept here, whole,
    -- never taken for the other, and said loudly (`ledger sync`, `doctor`).
    CREATE TABLE luxpay_conflicts (
        api_host  text NOT NULL,
        order_id  text NOT NULL,
        till      text NOT NULL,
        created_at text NOT NULL,
        sale      text NOT NULL,   -- the till's record, as JSON
        PRIMARY KEY (api_host, order_id, till, created_at)
    );
",
    "
    -- The tills' books and Z reports (luxpay's books/ and ledger/books.rs): shift
    -- openings, drawer moves, voids and refunds as each till appended them, and each
    -- till's numbered, hash-chained Zs, so the shop sums a day's Zs and every till
    -- shows a voided link as voided. A till's event is known by its till, time and kind.
    CREATE TABLE luxpay_books (
        till        text NOT NULL,
        kind        text NOT NULL,
        at          text NOT NULL,
        operator    text NOT NULL,
        approved_by text,
        api_host    text,
        order_id    text,
        amount      text,
        currency    text,
        tender      text,
        reason      text NOT NULL,
        PRIMARY KEY (till, at, kind)
    );
    CREATE INDEX luxpay_books_by_order ON luxpay_books (api_host, order_id)
        WHERE order_id IS NOT NULL;
    CREATE TABLE luxpay_z_reports (
        till      text NOT NULL,
        number    bigint NOT NULL,
        opened_at text,
        closed_at text NOT NULL,
        body      text NOT NULL,
        prev_hash text NOT NULL,
        hash      text NOT NULL,
        PRIMARY KEY (till, number)
    );
    CREATE INDEX luxpay_z_reports_by_close ON luxpay_z_reports (closed_at);
",
    "
    -- The shop's staff: one list for every till, so a manager's PIN works at each. A PIN
    -- is kept only as its Argon2id hash (a PHC string with its salt). Names are one
    -- person whatever their case.
    CREATE TABLE luxpay_staff (
        name     text NOT NULL,
        role     text NOT NULL,   -- cashier or manager
        pin_hash text NOT NULL,
        added_at text NOT NULL
    );
    CREATE UNIQUE INDEX luxpay_staff_name ON luxpay_staff (lower(name));
",
    "
    -- This database's identity: a till remembers which database its sent marks are for,
    -- and sends everything again to another (a restore, a new server).
    CREATE TABLE luxpay_identity (id text NOT NULL);
    INSERT INTO luxpay_identity VALUES (gen_random_uuid()::text);
",
    "
    -- A till's backlog goes in batches of thousands of rows a statement: announced once
    -- a statement from its new rows, not by a function run for each row. A sale is
    -- announced once per API host a statement (the Shop view reads its page again
    -- whatever the order); each status event still on its own, for the screens that
    -- follow that order.
    DROP TRIGGER luxpay_status_announced ON luxpay_status_events;
    DROP TRIGGER luxpay_payment_announced ON luxpay_payments;
    CREATE FUNCTION luxpay_announce_statuses() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_notify('luxpay_status', json_build_object(
            'api_host', n.api_host, 'order_id', n.order_id,
            'status', n.status, 'seen_at', n.seen_at)::text)
        FROM luxpay_new_statuses n;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql;
    CREATE TRIGGER luxpay_statuses_announced AFTER INSERT ON luxpay_status_events
        REFERENCING NEW TABLE AS luxpay_new_statuses
        FOR EACH STATEMENT EXECUTE FUNCTION luxpay_announce_statuses();
    CREATE FUNCTION luxpay_announce_payments() RETURNS trigger AS $$
    BEGIN
        PERFORM pg_notify('luxpay_payments', json_build_object(
            'api_host', h.api_host, 'order_id', h.order_id)::text)
        FROM (SELECT api_host, max(order_id) AS order_id FROM luxpay_new_payments
              GROUP BY api_host) h;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql;
    CREATE TRIGGER luxpay_payments_announced AFTER INSERT ON luxpay_payments
        REFERENCING NEW TABLE AS luxpay_new_payments
        FOR EACH STATEMENT EXECUTE FUNCTION luxpay_announce_payments();
",
];

/// The channel status events are announced on.
pub const CHANNEL: &str = "luxpay_status";

/// The channel new payments are announced on.
pub const SALES_CHANNEL: &str = "luxpay_payments";

/// The shared schema version this luxpay writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// Records of each kind sent per transaction: a few megabytes of arrays in one
/// statement, well under a second of the database's work.
const BATCH: usize = 5_000;

/// A connection to the shared ledger.
pub struct Shared {
    client: Client,
}

/// What a send did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    /// Payments sent (those the shared ledger had already count too: sending is idempotent).
    pub payments: u64,
    /// Status events sent.
    pub events: u64,
    /// Book events and Z reports sent.
    pub books: u64,
    /// The database was not the one this till last sent to (restored, replaced): its
    /// marks started again, and everything was sent again.
    pub resent: bool,
    /// Payments whose order id the shared ledger holds for a different sale: kept apart
    /// in `luxpay_conflicts`, not counted as the other.
    pub conflicts: u64,
}

impl Sent {
    /// Adds what another batch sent.
    pub fn add(&mut self, batch: &Sent) {
        self.payments += batch.payments;
        self.events += batch.events;
        self.books += batch.books;
        self.conflicts += batch.conflicts;
        self.resent |= batch.resent;
    }
}

/// The host and database of a `postgres://` URL, for people to read: never the password.
pub fn describe(url: &SecretString) -> String {
    match url::Url::parse(url.expose_secret()) {
        Ok(u) => format!(
            "{}{} database {}{}",
            u.host_str().unwrap_or("localhost"),
            u.port().map(|p| format!(":{p}")).unwrap_or_default(),
            u.path().trim_start_matches('/'),
            if tls::wants_tls(url) { " over TLS" } else { "" }
        ),
        Err(_) => "(a ledger_url that is not a URL)".into(),
    }
}

impl Shared {
    /// Connects (giving up after `timeout`) and brings the schema up to date; a schema
    /// from a newer luxpay is refused.
    pub async fn connect(url: &SecretString, timeout: Duration) -> Result<Shared, String> {
        let where_ = describe(url);
        let (client, connection) = tls::open(url, timeout).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::warn!(error = %e, "shared ledger connection ended");
            }
        });
        // The database stops any statement that takes longer than we wait for it (a
        // table someone holds locked): the command ends with a message, not a hang.
        let limit = format!(
            "SET statement_timeout = {}",
            timeout.as_millis().clamp(1, i32::MAX as u128)
        );
        client.batch_execute(&limit).await.map_err(db)?;
        let mut shared = Shared { client };
        // One read when the schema is up to date. Kept per connection rather than per
        // process: a database restored from an old backup gets its tables back.
        shared
            .migrate()
            .await
            .map_err(|e| format!("the shared ledger at {where_}: {e}"))?;
        Ok(shared)
    }

    /// Brings the schema up to `VERSION`. Written here rather than with a migration
    /// crate (refinery): every till runs this on connect, so two at once must not both
    /// migrate, which an advisory lock here settles and refinery does not do by itself;
    /// the fast path is one read of one row with no lock and no transaction, where a
    /// runner reads its history table on every connect; and it needs no dependency.
    async fn migrate(&mut self) -> Result<(), String> {
        // Up to date, as it is but once per release: one read and no lock, so tills
        // connecting all day never queue behind each other. (A fresh database has no
        // table yet: that read fails, and the migration below makes it.)
        let current: Option<i32> = self
            .client
            .query_opt("SELECT version FROM luxpay_schema", &[])
            .await
            .ok()
            .flatten()
            .map(|r| r.get(0));
        match current {
            Some(v) if v == VERSION => return Ok(()),
            Some(v) if v > VERSION => return Err(newer(v)),
            _ => {}
        }
        // One migrator at a time, across every till: an advisory lock held until the
        // transaction ends, taken before anything is created (two tills creating the
        // first table at once would otherwise collide inside PostgreSQL).
        let tx = self.client.transaction().await.map_err(db)?;
        tx.batch_execute(
            "SELECT pg_advisory_xact_lock(7202611);
             CREATE TABLE IF NOT EXISTS luxpay_schema (version integer NOT NULL)",
        )
        .await
        .map_err(db)?;
        let version: i32 = tx
            .query_opt("SELECT version FROM luxpay_schema", &[])
            .await
            .map_err(db)?
            .map_or(0, |r| r.get(0));
        if version > VERSION {
            return Err(newer(version));
        }
        for sql in MIGRATIONS.iter().skip(version.max(0) as usize) {
            tx.batch_execute(sql).await.map_err(db)?;
        }
        tx.batch_execute(&format!(
            "DELETE FROM luxpay_schema; INSERT INTO luxpay_schema VALUES ({VERSION})"
        ))
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    /// This database's identity (`luxpay_identity`). One whose row was deleted (after
    /// restoring an old backup, which carries the identity it had then) gets a new one,
    /// and every till sends it everything again.
    pub async fn identity(&self) -> Result<String, String> {
        self.client
            .batch_execute(
                "INSERT INTO luxpay_identity SELECT gen_random_uuid()::text
                 WHERE NOT EXISTS (SELECT 1 FROM luxpay_identity)",
            )
            .await
            .map_err(db)?;
        let row = self
            .client
            .query_one("SELECT id FROM luxpay_identity", &[])
            .await
            .map_err(db)?;
        Ok(row.get(0))
    }

    /// How many sales are kept apart because their order id was another sale's
    /// (`luxpay_conflicts`): this till's for `ledger sync` and `doctor`, every till's
    /// (`None`) for the Shop view.
    pub async fn conflicts(&self, till: Option<&str>) -> Result<i64, String> {
        let row = self
            .client
            .query_one(
                "SELECT count(*) FROM luxpay_conflicts WHERE $1::text IS NULL OR till = $1",
                &[&till],
            )
            .await
            .map_err(db)?;
        Ok(row.get(0))
    }

    /// Whether the database answers at all: one round trip.
    pub async fn ping(&self) -> Result<(), String> {
        self.client.simple_query("SELECT 1").await.map_err(db)?;
        Ok(())
    }

    /// The schema version the shared ledger is at.
    pub async fn schema_version(&self) -> Result<i32, String> {
        let row = self
            .client
            .query_one("SELECT version FROM luxpay_schema", &[])
            .await
            .map_err(db)?;
        Ok(row.get(0))
    }

    /// Whether this connection is encrypted, as the server sees it (`pg_stat_ssl`).
    pub async fn encrypted(&self) -> Result<bool, String> {
        let row = self
            .client
            .query_opt(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .await
            .map_err(db)?;
        Ok(row.is_some_and(|r| r.get(0)))
    }

    /// Records a status for an order the shared ledger holds, when the rule of finality
    /// lets it follow the order's current status there (PAID never moves back). Of
    /// copies sent at once, only one is `Recorded`: the unique index on final events
    /// decides, inside PostgreSQL.
    pub async fn note_status(
        &self,
        status: &crate::ledger::StatusRecord,
    ) -> Result<crate::ledger::Noted, String> {
        use crate::ledger::Noted;
        let Some(current) = self.entry(&status.api_host, &status.order_id).await? else {
            return Ok(Noted::Unknown);
        };
        if !crate::payment::may_follow(&current.status, &status.status) {
            return Ok(Noted::Unchanged);
        }
        let added = self
            .client
            .execute(
                "INSERT INTO luxpay_status_events (api_host, order_id, status, seen_at, source)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                &[
                    &status.api_host,
                    &status.order_id.as_str(),
                    &status.status.as_str(),
                    &crate::ledger::stamp(status.at),
                    &status.source.as_str(),
                ],
            )
            .await
            .map_err(db)?;
        Ok(if added == 1 {
            Noted::Recorded
        } else {
            Noted::Unchanged
        })
    }
}

/// A database error in words: PostgreSQL's own message, not just "db error".
fn db(e: tokio_postgres::Error) -> String {
    if e.code() == Some(&tokio_postgres::error::SqlState::QUERY_CANCELED) {
        return "the database did not answer within the time limit (a table may be locked)".into();
    }
    match e.as_db_error() {
        Some(d) => format!("{} ({})", d.message(), d.code().code()),
        None => e.to_string(),
    }
}

/// Why a schema from a newer luxpay is not touched.
fn newer(version: i32) -> String {
    format!(
        "its schema ({version}) is from a newer luxpay (this one knows up to {VERSION}): \
         upgrade luxpay; nothing was changed"
    )
}

/// Sends the backlog to the shared ledger at `url`, if one is configured; returns what
/// went, or why nothing did. For commands that record something and then return: each
/// batch has `timeout`, the whole backlog as long as batches keep going in.
pub async fn push_now(
    url: &SecretString,
    ledger: &Ledger,
    timeout: Duration,
    on_batch: impl FnMut(&Sent, &crate::ledger::Backlog),
) -> Result<Sent, String> {
    let mut shared = Shared::connect(url, timeout).await?;
    shared.push(ledger, timeout, on_batch).await
}
