//! CSV export for the end of a shift: RFC 4180 (header row, CRLF, quotes where
//! needed) with every cell that a spreadsheet would run as a formula neutralised.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

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
        writer.write_record(header).map_err(unwrapped)?;
        Ok(CsvWriter { writer })
    }

    /// Writes one row, each cell neutralised.
    pub fn row(&mut self, row: &[impl AsRef<str>]) -> io::Result<()> {
        for cell in row {
            self.writer
                .write_field(neutralise(cell.as_ref()).as_bytes())
                .map_err(unwrapped)?;
        }
        self.writer.write_record(None::<&[u8]>).map_err(unwrapped)
    }

    /// Flushes what is buffered.
    pub fn finish(mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// A writer's error as the I/O error it is underneath: the CSV crate's error hides it
/// from `source()`, and a closed pipe (`export | head`) must still be seen as one.
fn unwrapped(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
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

/// Writes `csv` into a new file `luxpay-VIEW-STAMP.csv` in `dir` (made if need be),
/// never over an earlier export: a second one within the same second is `…-2.csv`, then
/// `-3`. The file appears whole and synced, or not at all (see `Draft`).
pub fn write_new_file(
    dir: &Path,
    view: &str,
    stamp: &str,
    csv: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let name = |n: u32| match n {
        1 => format!("luxpay-{view}-{stamp}.csv"),
        n => format!("luxpay-{view}-{stamp}-{n}.csv"),
    };
    let mut draft = Draft::create(dir, &name(1))?;
    draft.write(csv)?;
    let mut n = 1;
    loop {
        let path = dir.join(name(n));
        match draft.place(&path) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < MAX_SAME_NAME => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// How many exports of one view within one second get a file of their own.
const MAX_SAME_NAME: u32 = 100;

/// Writes a new file at `target` with `write`, whole and synced, or not at all; an
/// error of kind `AlreadyExists` if `target` exists, which is never replaced.
pub fn write_new<T>(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> io::Result<T> {
    let Some(name) = target.file_name() else {
        let why = "not the name of a file, such as day.csv";
        return Err(io::Error::new(io::ErrorKind::InvalidInput, why));
    };
    let mut draft = Draft::create(dir_of(target), &name.to_string_lossy())?;
    let written = draft.write(write)?;
    draft.place(target)?;
    Ok(written)
}

/// An export being written beside where it goes, under a hidden name of its own
/// (`.NAME.tmp-PID-N`), and given its name only once complete: an export that fails
/// midway (a full disk, a ledger read failing) leaves no file to block the retry's name,
/// nor one that looks complete and is not. Removed when dropped, unless placed.
struct Draft {
    path: PathBuf,
    /// Open until written: closed before it is placed or removed (which Windows needs).
    file: Option<File>,
}

/// Numbers the drafts of one process: two exports at once get a file each.
static DRAFTS: AtomicU32 = AtomicU32::new(0);

impl Draft {
    fn create(dir: &Path, name: &str) -> io::Result<Draft> {
        let mut tries = 0;
        loop {
            let n = DRAFTS.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(".{name}.tmp-{}-{n}", std::process::id()));
            // create_new: a draft left by a killed process of the same id is not
            // written into.
            match File::options().write(true).create_new(true).open(&path) {
                Ok(file) => {
                    let file = Some(file);
                    return Ok(Draft { path, file });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
                Err(e) => return Err(e),
            }
        }
    }

    /// Writes the draft through a buffer, and syncs it to disk.
    fn write<T>(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<T>) -> io::Result<T> {
        let Some(mut file) = self.file.take() else {
            return Err(io::Error::other("this export was written already"));
        };
        let mut out = io::BufWriter::with_capacity(1 << 16, &mut file);
        let written = write(&mut out)?;
        out.flush()?;
        drop(out);
        file.sync_all()?;
        Ok(written)
    }

    /// Gives the draft the name `target`, unless a file has it. A hard link, then the
    /// draft's name removed: linking fails when the name is taken, in one step, where
    /// a rename would replace the file and a check before it could race another
    /// process. A file system without hard links (FAT on a USB stick, some network
    /// shares) gets the check and the rename: only another export of this very name
    /// in the same instant could slip between them.
    fn place(&self, target: &Path) -> io::Result<()> {
        match std::fs::hard_link(&self.path, target) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
            Err(_) if std::fs::symlink_metadata(target).is_ok() => {
                return Err(io::ErrorKind::AlreadyExists.into());
            }
            Err(_) => std::fs::rename(&self.path, target)?,
        }
        // The new name on disk too, as the contents are.
        #[cfg(unix)]
        if let Ok(dir) = File::open(dir_of(target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Drop for Draft {
    fn drop(&mut self) {
        drop(self.file.take());
        // Placed by a link, the draft's own name goes; by a rename, it is gone already.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The directory a file is in: `.` for a bare name.
fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
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

/// A time as `2026-11-26T12:00:00+01:00` in `tz`, to the second. jiff's own printer
/// writes it without a format string: an export writes a million of them.
fn local_time(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    static PRINTER: jiff::fmt::temporal::DateTimePrinter =
        jiff::fmt::temporal::DateTimePrinter::new().precision(Some(0));
    let mut out = String::with_capacity(25);
    PRINTER
        .print_timestamp_with_offset(&t, tz.to_offset(t), &mut out)
        .expect("writing to a String cannot fail");
    out
}

/// One ledger payment as a row under `LOCAL_HEADER`. The payment's own text is
/// borrowed, not copied: an export writes a million rows, one at a time.
pub fn local_row<'a>(e: &'a LedgerEntry, tz: &jiff::tz::TimeZone) -> [Cow<'a, str>; 15] {
    let p = &e.payment;
    [
        Cow::Borrowed(p.order_id.as_str()),
        Cow::Owned(local_time(p.created_at, tz)),
        Cow::Owned(money::format_amount(p.amount)),
        Cow::Borrowed(p.currency.code()),
        Cow::Borrowed(e.word()),
        Cow::Borrowed(e.status.as_str()),
        Cow::Borrowed(&p.customer),
        Cow::Borrowed(&p.product),
        Cow::Borrowed(p.method.key()),
        Cow::Borrowed(&p.order_url),
        Cow::Borrowed(&p.api_host),
        Cow::Borrowed(&p.till),
        Cow::Borrowed(&p.operator),
        Cow::Borrowed(if p.recovered { "yes" } else { "" }),
        // Part of `amount` (what the customer pays), kept apart for tax.
        Cow::Owned(money::format_amount(p.extras.tip_or_zero())),
    ]
}

/// Ledger payments, one row each.
pub fn local_table<'a>(
    entries: impl IntoIterator<Item = &'a LedgerEntry>,
    tz: &jiff::tz::TimeZone,
) -> Table {
    Table {
        header: LOCAL_HEADER.to_vec(),
        rows: entries
            .into_iter()
            .map(|e| local_row(e, tz).into_iter().map(Cow::into_owned).collect())
            .collect(),
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
        // A fraction of a second is cut, as strftime's %S does, never rounded up.
        let t: jiff::Timestamp = "2026-11-26T23:30:05.999Z".parse().unwrap();
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
    fn an_export_never_replaces_an_earlier_one() {
        let dir = tempfile::tempdir().unwrap();
        let write = |text: &'static str| {
            write_new_file(dir.path(), "local", "20261127-120000", |w| {
                w.write_all(text.as_bytes())
            })
            .unwrap()
        };
        let (first, second) = (write("first"), write("second"));
        assert_eq!(first, dir.path().join("luxpay-local-20261127-120000.csv"));
        assert_eq!(
            second,
            dir.path().join("luxpay-local-20261127-120000-2.csv")
        );
        assert_eq!(std::fs::read_to_string(first).unwrap(), "first");
        assert_eq!(std::fs::read_to_string(second).unwrap(), "second");
    }

    /// A writer that writes `bytes` of a row, then fails, as a full disk or a ledger
    /// read failing midway does.
    fn fails_midway(out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&b"12.50,".repeat(100_000))?;
        Err(io::Error::other("the disk is full"))
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_export_leaves_nothing_and_the_retry_takes_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_new_file(dir.path(), "local", "20261127-120000", fails_midway);
        assert_eq!(error.unwrap_err().to_string(), "the disk is full");
        assert!(
            names_in(dir.path()).is_empty(),
            "{:?}",
            names_in(dir.path())
        );

        let path = write_new_file(dir.path(), "local", "20261127-120000", |w| {
            w.write_all(b"whole")
        })
        .unwrap();
        assert_eq!(path, dir.path().join("luxpay-local-20261127-120000.csv"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "whole");
        assert_eq!(names_in(dir.path()), ["luxpay-local-20261127-120000.csv"]);
    }

    #[test]
    fn a_failed_export_to_a_named_file_leaves_nothing_and_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("day.csv");
        let error = write_new(&target, fails_midway).unwrap_err();
        assert_eq!(error.to_string(), "the disk is full");
        assert!(
            names_in(dir.path()).is_empty(),
            "{:?}",
            names_in(dir.path())
        );

        write_new(&target, |w| w.write_all(b"first")).unwrap();
        let again = write_new(&target, |w| w.write_all(b"second")).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "first");
        assert_eq!(names_in(dir.path()), ["day.csv"]);
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
