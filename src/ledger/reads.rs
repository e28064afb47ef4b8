//! Reading the ledger a page, a day or a stream at a time: every read is sized to what
//! it shows, and led by the time index (the trigram index narrows words first where it
//! pays).

use rusqlite::params;

use super::{Filter, Ledger, LedgerEntry, filter, rows};

/// Word matches past which the trigram index is not read by: reading newest first is
/// then quicker to fill a page.
const TEXT_INDEX_MAX: u64 = 20_000;

/// The most a filtered count counts; above it the view says "more than".
pub const COUNT_CAP: u64 = 10_000;

/// Which way a page reads from its cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Newest first, older than the cursor.
    Older,
    /// Oldest first, newer than the cursor.
    Newer,
}

/// Where a page starts: just past this entry, in the page's direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    created_at: String,
    row: i64,
}

impl Cursor {
    /// Just past `entry`.
    pub fn after(entry: &LedgerEntry) -> Cursor {
        Cursor {
            created_at: rows::stamp(entry.payment.created_at),
            row: entry.row,
        }
    }
}

/// A page of the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The entries, newest first.
    pub entries: Vec<LedgerEntry>,
    /// Whether the read stopped at its limit: there may be more beyond it.
    pub full: bool,
    /// How many pass the filter in all, when it was asked for.
    pub total: Option<u64>,
    /// The count stopped at `COUNT_CAP`: more than `total` pass.
    pub capped: bool,
}

/// A read of the ledger for the All local view.
#[derive(Debug, Clone, PartialEq)]
pub struct PageQuery {
    /// What passes.
    pub filter: Filter,
    /// Older than the cursor (newest first), or newer (read oldest first, then turned).
    pub direction: Direction,
    /// Where to start: past this entry, or at the newest (oldest for `Newer`).
    pub cursor: Option<Cursor>,
    /// How many at most.
    pub limit: usize,
    /// Whether to count every entry that passes too.
    pub count: bool,
}

impl Ledger {
    /// Up to `limit` entries passing `filter`, from just past `cursor` (or the newest,
    /// or the oldest) in `direction`.
    pub fn page(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        direction: Direction,
        cursor: Option<&Cursor>,
        limit: usize,
    ) -> std::io::Result<Vec<LedgerEntry>> {
        let text_index = self.text_index_pays(filter)?;
        let (mut clause, mut values) = filter.to_sql(tz, text_index);
        let (cmp, order) = match direction {
            Direction::Older => ("<", "DESC"),
            Direction::Newer => (">", "ASC"),
        };
        if let Some(cursor) = cursor {
            clause.push(format!("(created_at, id) {cmp} (?, ?)"));
            values.push(cursor.created_at.clone().into());
            values.push(cursor.row.into());
        }
        let sql = format!(
            "SELECT {} FROM payments {} ORDER BY created_at {order}, id {order} LIMIT {limit}",
            rows::COLUMNS,
            filter::where_of(&clause),
        );
        self.with(|c| {
            c.prepare_cached(&sql)?
                .query_map(rusqlite::params_from_iter(values), rows::entry)?
                .collect()
        })
    }

    /// A page for a view: the entries newest first, whichever way they were read.
    pub fn read(&self, query: &PageQuery, tz: &jiff::tz::TimeZone) -> std::io::Result<Page> {
        let mut entries = self.page(
            &query.filter,
            tz,
            query.direction,
            query.cursor.as_ref(),
            query.limit,
        )?;
        let full = entries.len() == query.limit;
        if query.direction == Direction::Newer {
            entries.reverse();
        }
        let (total, capped) = match query.count {
            // Everything is counted from the time index at once; a filtered count
            // stops once it knows there are more than a screen need say.
            true if query.filter.is_empty() => (Some(self.count(&query.filter, tz)?), false),
            true => {
                let n = self.count_up_to(&query.filter, tz, Some(COUNT_CAP + 1))?;
                (Some(n.min(COUNT_CAP)), n > COUNT_CAP)
            }
            false => (None, false),
        };
        Ok(Page {
            entries,
            full,
            total,
            capped,
        })
    }

    /// Whether the trigram index narrows the filter's words to few enough payments to
    /// read them by it. A word most payments hold ("example") is found sooner by reading
    /// newest first and checking each, which stops at a page.
    fn text_index_pays(&self, filter: &Filter) -> std::io::Result<bool> {
        let Some(query) = filter.text_match() else {
            return Ok(false);
        };
        let found: u64 = self.with(|c| {
            c.prepare_cached(
                "SELECT count(*) FROM (SELECT rowid FROM payments_text WHERE payments_text MATCH ?1 LIMIT ?2)",
            )?
            .query_row(params![query, TEXT_INDEX_MAX + 1], |r| r.get(0))
        })?;
        Ok(found <= TEXT_INDEX_MAX)
    }

    /// How many entries pass `filter`, counting no further than `cap` (so a count never
    /// costs more than reading `cap` matches); `None` counts them all.
    pub fn count_up_to(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        cap: Option<u64>,
    ) -> std::io::Result<u64> {
        let text_index = self.text_index_pays(filter)?;
        let (clause, values) = filter.to_sql(tz, text_index);
        let inner = format!("SELECT 1 FROM payments {}", filter::where_of(&clause));
        let sql = match cap {
            Some(cap) => format!("SELECT count(*) FROM ({inner} LIMIT {cap})"),
            None => format!("SELECT count(*) FROM ({inner})"),
        };
        self.with(|c| {
            c.prepare_cached(&sql)?
                .query_row(rusqlite::params_from_iter(values), |r| r.get(0))
        })
    }

    /// How many entries pass `filter`.
    pub fn count(&self, filter: &Filter, tz: &jiff::tz::TimeZone) -> std::io::Result<u64> {
        self.count_up_to(filter, tz, None)
    }

    /// Every entry passing `filter`, oldest first, one at a time: an export of a decade
    /// of sales never holds more than one row.
    pub fn each(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
        mut f: impl FnMut(LedgerEntry) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let text_index = self.text_index_pays(filter)?;
        let (clause, values) = filter.to_sql(tz, text_index);
        let sql = format!(
            "SELECT {} FROM payments {} ORDER BY created_at, id",
            rows::COLUMNS,
            filter::where_of(&clause)
        );
        let mut failed = None;
        self.with(|c| {
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
            while let Some(row) = rows.next()? {
                if let Err(e) = f(rows::entry(row)?) {
                    failed = Some(e);
                    break;
                }
            }
            Ok(())
        })?;
        failed.map_or(Ok(()), Err)
    }

    /// Every entry passing `filter`, oldest first: for what is small by its filter
    /// (a day, the last hour).
    pub fn all(
        &self,
        filter: &Filter,
        tz: &jiff::tz::TimeZone,
    ) -> std::io::Result<Vec<LedgerEntry>> {
        let mut entries = Vec::new();
        self.each(filter, tz, |e| {
            entries.push(e);
            Ok(())
        })?;
        Ok(entries)
    }
}
