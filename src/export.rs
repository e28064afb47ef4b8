//! CSV export for the end of a shift: RFC 4180 (header row, CRLF, quotes where
//! needed) with every cell that a spreadsheet would run as a formula neutralised.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use crate::api::Order;
use crate::ledger::LedgerEntry;
use crate::money;

/// Rows under a header, ready to write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
/// spreadsheets skip) would run as a formula: a leading `'` makes it plain text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// CSV written a row at a time: an export of a decade of sales holds one row.
pub struct CsvWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// Starts the CSV with its header row.
    pub fn new(out: W, header: &[&str]) -> io::Result<CsvWriter<W>> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(header)?;
        Ok(CsvWriter { writer })
    }

    /// Writes one row, each cell neutralised.
    pub fn row(&mut self, row: &[String]) -> io::Result<()> {
        for cell in row {
            self.writer.write_field(neutralise(cell).as_bytes())?;
        }
        self.writer.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes what is buffered.
    pub fn finish(mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// Writes the table as CSV.
pub fn write_csv(out: impl Write, table: &Table) -> io::Result<()> {
    let mut w = CsvWriter::new(out, &table.header)?;
    for row in &table.rows {
        w.row(row)?;
    }
    w.finish()
}

/// Writes the table to a new file, creating its directory, and syncs it to disk.
pub fn write_file(path: &Path, table: &Table) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::File::create(path)?;
    write_csv(&mut file, table)?;
    file.sync_all()
}

/// The columns of a ledger export.
pub const LOCAL_HEADER: [&str; 15] = [
    "order_id",
    "created_at",
    "amount",
    "currency",
    "status",
    "server_status",
    "customer",
    "product",
    "method",
    "order_url",
    "api_host",
    "till",
    "operator",
    "recovered",
    "tip",
];

/// A time as `2026-11-26T12:00:00+01:00` in `tz` (written out by hand: an export
/// writes a million of them, and a format string is parsed each time).
fn local_time(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    let offset = tz.to_offset(t);
    let dt = offset.to_datetime(t);
    let secs = offset.seconds();
    let (sign, abs) = if secs < 0 { ('-', -secs) } else { ('+', secs) };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second(),
        abs / 3600,
        abs % 3600 / 60
    )
}

/// One ledger payment as a row under `LOCAL_HEADER`.
pub fn local_row(e: &LedgerEntry, tz: &jiff::tz::TimeZone) -> Vec<String> {
    let p = &e.payment;
    vec![
        p.order_id.to_string(),
        local_time(p.created_at, tz),
        money::format_amount(p.amount),
        p.currency.to_string(),
        e.status.to_string(),
        e.status.as_str().to_string(),
        p.customer.clone(),
        p.product.clone(),
        p.method.key().to_string(),
        p.order_url.clone(),
        p.api_host.clone(),
        p.till.clone(),
        p.operator.clone(),
        if p.recovered { "yes" } else { "" }.to_string(),
        // Part of `amount` (what the customer pays), kept apart for tax.
        money::format_amount(p.extras.tip_or_zero()),
    ]
}

/// Ledger payments, one row each.
pub fn local_table<'a>(
    entries: impl IntoIterator<Item = &'a LedgerEntry>,
    tz: &jiff::tz::TimeZone,
) -> Table {
    Table {
        header: LOCAL_HEADER.to_vec(),
        rows: entries.into_iter().map(|e| local_row(e, tz)).collect(),
    }
}

/// Orders as the server listed them.
pub fn server_table(orders: &[Order]) -> Table {
    let rows = orders
        .iter()
        .map(|o| {
            vec![
                o.id.to_string(),
                o.amount.map(money::format_amount).unwrap_or_default(),
                o.currency.clone().unwrap_or_default(),
                o.status
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                o.status
                    .as_ref()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                o.customer.clone().unwrap_or_default(),
                o.product.clone().unwrap_or_default(),
            ]
        })
        .collect();
    Table {
        header: vec![
            "order_id",
            "amount",
            "currency",
            "status",
            "server_status",
            "customer",
            "product",
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(table: &Table) -> String {
        let mut out = Vec::new();
        write_csv(&mut out, table).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn quotes_per_rfc_4180_with_crlf() {
        let table = Table {
            header: vec!["a", "b"],
            rows: vec![
                vec!["plain".into(), "with, comma".into()],
                vec!["say \"hi\"".into(), "two\nlines".into()],
            ],
        };
        assert_eq!(
            csv(&table),
            "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn times_are_written_as_strftime_would() {
        let t: jiff::Timestamp = "2026-11-26T23:30:05Z".parse().unwrap();
        for tz in [
            jiff::tz::TimeZone::UTC,
            jiff::tz::TimeZone::fixed(jiff::tz::offset(9)),
            jiff::tz::TimeZone::fixed(
                jiff::tz::Offset::from_seconds(-(3 * 3600 + 30 * 60)).unwrap(),
            ),
        ] {
            let by_format = t
                .to_zoned_datetime(tz.clone())
                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                .to_string();
            assert_eq!(local_time(t, &tz), by_format);
        }
    }

    #[test]
    fn formulas_are_neutralised() {
        let evil = [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ];
        let table = Table {
            header: vec!["p"],
            rows: evil.iter().map(|e| vec![e.to_string()]).collect(),
        };
        let text = csv(&table);
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let cells: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[0].to_string())
            .collect();
        for (cell, original) in cells.iter().zip(evil) {
            assert_eq!(*cell, format!("'{original}"));
        }
        assert_eq!(neutralise("Coffee = good"), "Coffee = good");
        assert_eq!(neutralise("12.50"), "12.50");
    }
}
