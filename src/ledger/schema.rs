//! The ledger's schema and its migrations. `PRAGMA user_version` holds the version;
//! each migration runs once, in its own transaction, when a ledger is opened. The README
//! ("The ledger") describes the tables for anyone querying them with `sqlite3`.

use rusqlite::{Connection, TransactionBehavior};

/// Each migration's SQL, in order: the schema version is how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: payments, their status events, and the intents recorded before a create is sent.
    "
    CREATE TABLE payments (
        id           INTEGER PRIMARY KEY,
        api_host     TEXT NOT NULL,     -- order ids are unique per API host
        order_id     TEXT NOT NULL,
        order_url    TEXT NOT NULL,     -- the checkout link the QR code encodes
        amount       TEXT NOT NULL,     -- exact decimal, as the API confirmed it
        asked_amount TEXT,              -- set when the API made the link for another amount
        currency     TEXT NOT NULL,
        customer     TEXT NOT NULL,
        product      TEXT NOT NULL,
        method       TEXT NOT NULL,     -- paypal, venmo or card
        created_at   TEXT NOT NULL,     -- UTC, 2026-11-26T12:00:00.000000000Z
        demo         INTEGER NOT NULL,  -- 1 for the demo API
        till         TEXT NOT NULL,
        operator     TEXT NOT NULL,
        recovered    INTEGER NOT NULL DEFAULT 0,  -- found after its answer was lost
        status       TEXT NOT NULL DEFAULT 'PENDING', -- the latest event's, kept by a trigger
        status_at    TEXT,
        UNIQUE (api_host, order_id)
    );
    CREATE INDEX payments_by_time ON payments (created_at, id);
    CREATE INDEX payments_by_status ON payments (status, created_at);
    CREATE INDEX payments_by_till ON payments (till, created_at);

    -- Substring search of the words a filter types, by trigram: an index of the text
    -- only (detail none: no positions), read to narrow a search, then checked exactly.
    -- Payments up to text_indexed.upto are in it; each write brings it up to date (an
    -- import once, at its end, which is far quicker than row by row).
    CREATE VIRTUAL TABLE payments_text USING fts5 (
        order_id, customer, product, method,
        content = 'payments', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
    );
    CREATE TABLE text_indexed (upto INTEGER NOT NULL);
    INSERT INTO text_indexed VALUES (0);

    CREATE TABLE status_events (
        id         INTEGER PRIMARY KEY,
        payment_id INTEGER NOT NULL REFERENCES payments (id),
        status     TEXT NOT NULL,       -- the API's word: PENDING, SUCCESS, EXPIRED
        seen_at    TEXT NOT NULL,       -- when luxpay learned it
        source     TEXT NOT NULL,       -- poll, summary, webhook, import or recover
        UNIQUE (payment_id, status, seen_at)
    );

    CREATE TRIGGER status_events_current AFTER INSERT ON status_events
    WHEN NEW.seen_at >= coalesce((SELECT status_at FROM payments WHERE id = NEW.payment_id), '')
    BEGIN
        UPDATE payments SET status = NEW.status, status_at = NEW.seen_at
        WHERE id = NEW.payment_id;
    END;

    CREATE TABLE intents (
        id         INTEGER PRIMARY KEY,
        api_host   TEXT NOT NULL,
        amount     TEXT NOT NULL,
        currency   TEXT NOT NULL,
        customer   TEXT NOT NULL,
        product    TEXT NOT NULL,
        method     TEXT NOT NULL,
        till       TEXT NOT NULL,
        operator   TEXT NOT NULL,
        sent_at    TEXT NOT NULL,       -- written before the request left
        deadline   TEXT NOT NULL,       -- after it, no answer and no order means not created
        outcome    TEXT,                -- NULL while open; made, recovered, not created, refused
        payment_id INTEGER REFERENCES payments (id),
        closed_at  TEXT
    );
    CREATE INDEX intents_open ON intents (api_host) WHERE outcome IS NULL;
    ",
    // 2: how far the shop's shared ledger (PostgreSQL) has been sent: the payments and
    // status events past these rows are the backlog, sent in order.
    "
    CREATE TABLE shared_sync (
        payments_upto INTEGER NOT NULL,
        events_upto   INTEGER NOT NULL,
        last_sync     TEXT              -- when a send last succeeded
    );
    INSERT INTO shared_sync VALUES (0, 0, NULL);
    ",
    // 3: what luxpay keeps beside Luxfin's amount and product: the tip (part of the
    // amount, kept apart for tax), the catalogue items of a cart, whether the customer
    // was a walk-in; the same for intents, so a recovered sale keeps them; and the
    // per-till counter walk-in emails are numbered from.
    "
    ALTER TABLE payments ADD COLUMN tip TEXT;     -- exact decimal; NULL: none asked for
    ALTER TABLE payments ADD COLUMN items TEXT;   -- JSON [{name, unit_price, quantity}]
    ALTER TABLE payments ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE intents ADD COLUMN extras TEXT;   -- JSON {items, tip, walk_in}
    CREATE TABLE counters (
        name  TEXT PRIMARY KEY,                   -- walk_in:TILL
        value INTEGER NOT NULL
    );
    ",
    // 4: final is final. Whether an event may follow the current status is decided
    // before it is inserted (payment::may_follow: PAID never moves back, EXPIRED only
    // turns PAID), so every event inserted is the payment's new status, whatever its
    // time: a PAID heard late from the shop still replaces an EXPIRED seen here. And
    // the actions a final status calls for (bell, hook, receipt) are claimed here once
    // per order and status, so neither a second source nor a restart runs them again.
    "
    DROP TRIGGER status_events_current;
    CREATE TRIGGER status_events_current AFTER INSERT ON status_events
    BEGIN
        UPDATE payments SET status = NEW.status, status_at = NEW.seen_at
        WHERE id = NEW.payment_id;
    END;
    CREATE TABLE final_actions (
        api_host TEXT NOT NULL,
        order_id TEXT NOT NULL,
        status   TEXT NOT NULL,                   -- SUCCESS or EXPIRED
        ran_at   TEXT NOT NULL,
        PRIMARY KEY (api_host, order_id, status)
    );
    ",
    // 5: the till's books. Cash sales are payments (method cash, order id C-<till>-<n>)
    // with what was tendered; shift openings, drawer moves, voids and refunds are rows of
    // `books`, appended and never changed; a void is also kept on its payment (voided_at,
    // by a trigger, like the status columns). Each closed shift is a Z report, numbered
    // per till and chained by hash (books/chain.rs); closed periods are rows up to its
    // *_upto marks. Triggers refuse to change or delete books and Zs: `luxpay verify`
    // catches what is done after dropping them.
    "
    ALTER TABLE payments ADD COLUMN tendered TEXT;   -- cash: what the customer handed over
    ALTER TABLE payments ADD COLUMN voided_at TEXT;  -- kept by books_void
    CREATE TABLE books (
        id          INTEGER PRIMARY KEY,
        till        TEXT NOT NULL,
        kind        TEXT NOT NULL,    -- open, in, out, void, refund
        at          TEXT NOT NULL,
        operator    TEXT NOT NULL,
        approved_by TEXT,             -- who allowed it, when not the operator
        api_host    TEXT,             -- void, refund: the order's
        order_id    TEXT,
        amount      TEXT,             -- open: the float; in, out, refund: the money
        currency    TEXT,
        tender      TEXT,             -- refund: cash or other
        reason      TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX books_by_order ON books (api_host, order_id) WHERE order_id IS NOT NULL;
    CREATE INDEX books_by_till ON books (till, id);
    -- The links an X or Z lists as still pending: a few, among a million payments.
    CREATE INDEX payments_pending ON payments (till, created_at)
        WHERE status = 'PENDING' AND voided_at IS NULL;
    CREATE TRIGGER books_void AFTER INSERT ON books WHEN NEW.kind = 'void'
    BEGIN
        UPDATE payments SET voided_at = NEW.at
        WHERE api_host = NEW.api_host AND order_id = NEW.order_id;
    END;
    CREATE TRIGGER books_kept BEFORE UPDATE ON books
    BEGIN SELECT RAISE(ABORT, 'the books are never changed: add an event instead'); END;
    CREATE TRIGGER books_not_deleted BEFORE DELETE ON books
    BEGIN SELECT RAISE(ABORT, 'the books are never changed: add an event instead'); END;
    CREATE TABLE z_reports (
        till          TEXT NOT NULL,
        number        INTEGER NOT NULL,
        opened_at     TEXT,
        closed_at     TEXT NOT NULL,
        payments_upto INTEGER NOT NULL,  -- the last rows of its period
        events_upto   INTEGER NOT NULL,
        books_upto    INTEGER NOT NULL,
        body          TEXT NOT NULL,     -- the report as `report z --json` prints it
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL,
        PRIMARY KEY (till, number)
    );
    CREATE TRIGGER z_reports_kept BEFORE UPDATE ON z_reports
    BEGIN SELECT RAISE(ABORT, 'a Z report is never changed'); END;
    CREATE TRIGGER z_reports_not_deleted BEFORE DELETE ON z_reports
    BEGIN SELECT RAISE(ABORT, 'a Z report is never changed'); END;
    -- How far the shop's shared ledger has the books and the Zs (by row).
    ALTER TABLE shared_sync ADD COLUMN books_upto INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shared_sync ADD COLUMN zs_upto INTEGER NOT NULL DEFAULT 0;
    ",
    // 6: the till's staff (without a shared ledger; with one, the shop's list is in
    // PostgreSQL) and each name's wrong PINs in a row, which are always this till's. A
    // PIN is kept only as its Argon2id hash: a PHC string with its salt.
    "
    CREATE TABLE staff (
        name     TEXT PRIMARY KEY COLLATE NOCASE,
        role     TEXT NOT NULL,              -- cashier or manager
        pin_hash TEXT NOT NULL,              -- $argon2id$v=19$m=…,t=…,p=…$salt$hash
        added_at TEXT NOT NULL
    );
    CREATE TABLE pin_failures (
        name     TEXT PRIMARY KEY COLLATE NOCASE,
        failures INTEGER NOT NULL,           -- wrong PINs since the last right one
        last_at  TEXT NOT NULL
    );
    ",
    // 7: which shop database the sent marks describe (its identity, a UUID the shared
    // ledger's first migration writes): a database restored or replaced is another one,
    // and everything is sent to it again.
    "
    ALTER TABLE shared_sync ADD COLUMN database_id TEXT;
    ",
];

/// The schema version this luxpay writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The version a ledger is at.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Runs the migrations a ledger has not had. Two processes opening a new ledger at
/// once are serialised by the immediate transaction; the second finds it done.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    if version(conn)? == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let from = version(&tx)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()
}
