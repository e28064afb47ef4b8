//! Opening the ledger: a private file, never through a symbolic link, in WAL mode with
//! every commit on disk; refused, never modified, when it is damaged or newer than us.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::explain::{damaged, explain};
use super::{BUSY_TIMEOUT, schema};

mod wal;

/// Opens (creating if need be) and migrates the ledger at `path`, then takes over a
/// 0.1 JSON Lines ledger at `legacy` if there is one. Returns what to tell the user.
pub fn open(path: &Path, legacy: Option<&Path>) -> io::Result<(Connection, Vec<String>)> {
    refuse_link(path)?;
    let found_empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    // Before SQLite sees the file, or a new one is made: SQLite would delete or reset a
    // log it cannot use.
    refuse_lost_log(path)?;
    if !path.exists() {
        create_private(path)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_NOFOLLOW;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| explain(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| explain(path, e))?;
    // The log is kept between commands rather than folded into the database and deleted
    // each time one exits (two more syncs, and a new file and a directory sync at the
    // next start); it is folded in every 64 pages and cut back to 256 KiB, so reading
    // it at the next start stays cheap. Set first: a ledger refused below is then
    // closed without a write.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    )
    .map_err(|e| explain(path, e))?;
    // The version is read before anything is written: a newer ledger is left as it is.
    let version = schema::version(&conn).map_err(|e| explain(path, e))?;
    if version > schema::VERSION {
        return Err(io::Error::other(format!(
            "{} was written by a newer luxpay (ledger schema {version}; this luxpay knows up \
             to {}): it is left untouched. Upgrade luxpay to use it",
            path.display(),
            schema::VERSION
        )));
    }
    configure(&mut conn).map_err(|e| explain(path, e))?;
    let mut notes = Vec::new();
    if found_empty {
        // Nothing was lost (`refuse_lost_log` saw no commits), but a ledger that had
        // payments and was emptied looks just like this: say so rather than pass it over.
        notes.push(format!(
            "{} was empty (0 bytes, no log of commits beside it): a new ledger was started in it",
            path.display()
        ));
    }
    match legacy {
        Some(old) if refuse_link(old).is_err() => notes.push(format!(
            "{} is a symbolic link: it is not imported (customer data is not read through links)",
            old.display()
        )),
        Some(old) if old.is_file() => notes.push(take_over(&mut conn, path, old)),
        _ => {}
    }
    Ok((conn, notes))
}

/// Sets a ledger up for use (WAL, full syncs, the log's limits, the schema, the text
/// index) and, when two processes open a new ledger at once, tries again for a while:
/// switching it to WAL needs it alone, and SQLite answers "busy" at once rather than
/// waiting.
fn configure(conn: &mut Connection) -> rusqlite::Result<()> {
    let started = std::time::Instant::now();
    loop {
        match set_up(conn) {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                ) && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            done => return done,
        }
    }
}

/// WAL lets the TUI read while a script writes; FULL syncs the log at every commit, so a
/// committed payment survives a power cut, not only a crash. The log is folded in every
/// 64 pages and cut back to 256 KiB (it is kept between commands: see `open`), so
/// reading it at the next start stays cheap.
fn set_up(conn: &mut Connection) -> rusqlite::Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "wal_autocheckpoint", 64)?;
    conn.pragma_update(None, "journal_size_limit", 256 * 1024)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    schema::migrate(conn)?;
    // An import cut short left its payments out of the text index: add them.
    let behind: bool = conn.query_row(
        "SELECT (SELECT upto FROM text_indexed) < (SELECT coalesce(max(id), 0) FROM payments)",
        [],
        |r| r.get(0),
    )?;
    if behind {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        super::rows::index_text(&tx)?;
        tx.commit()?;
    }
    Ok(())
}

/// Refuses, as damaged, a ledger whose log of commits SQLite would throw away: a log
/// beside an empty or missing file (which SQLite deletes), a log it cannot read or one
/// of another page size (which it starts afresh over). An empty file with no log, or
/// an empty log, is a new ledger.
fn refuse_lost_log(path: &Path) -> io::Result<()> {
    let wal = wal::path_of(path);
    let page_size = match wal::read(&wal).map_err(|e| unreadable(&wal, e))? {
        wal::Log::Empty => return Ok(()),
        wal::Log::Unreadable => {
            return Err(damaged(
                path,
                &format!("its log {} is not one SQLite can apply", wal.display()),
            ));
        }
        wal::Log::Commits { page_size } => page_size,
    };
    let gone = match std::fs::metadata(path) {
        Ok(m) if m.len() > 0 => None,
        Ok(_) => Some("empty"),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Some("missing"),
        Err(e) => return Err(unreadable(path, e)),
    };
    if let Some(state) = gone {
        return Err(damaged(
            path,
            &format!("it is {state}, but its log {} holds commits", wal.display()),
        ));
    }
    match wal::database_page_size(path).map_err(|e| unreadable(path, e))? {
        Some(pages) if pages != page_size => Err(damaged(
            path,
            &format!(
                "its pages are of {pages} bytes, those in its log {} of {page_size}",
                wal.display()
            ),
        )),
        _ => Ok(()),
    }
}

/// Imports a 0.1 ledger once, then renames it `*.imported` so it is not read again.
fn take_over(conn: &mut Connection, path: &Path, old: &Path) -> String {
    let imported = match super::import::import_file(conn, path, old, None, |_| {}) {
        Ok(imported) => imported,
        Err(e) => {
            return format!(
                "{} could not be imported ({e}); it is kept as it is and tried again next time",
                old.display(),
            );
        }
    };
    let mut done = old.as_os_str().to_owned();
    done.push(".imported");
    let renamed = match std::fs::rename(old, &done) {
        Ok(()) => format!("renamed {}", Path::new(&done).display()),
        Err(e) => format!("could not rename it ({e}); importing it again adds nothing"),
    };
    format!(
        "Took over {} payment(s) and {} status event(s) from {}, {renamed}{}",
        imported.payments,
        imported.status_events,
        old.display(),
        imported.skipped_note()
    )
}

/// A ledger (or the mirror's socket directory) that is a symbolic link is not followed:
/// customer data written wherever a link points is data leaked, or someone else's file
/// spoilt.
pub fn refuse_link(path: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(io::Error::other(format!(
            "{} is a symbolic link, which luxpay does not follow for customer data: put the file or directory itself there",
            path.display()
        )));
    }
    Ok(())
}

/// Creates the empty database file, readable by its owner alone (customer emails are
/// personal data); SQLite gives its `-wal` and `-shm` files the same mode.
fn create_private(path: &Path) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| in_words(path, e))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        std::os::unix::fs::OpenOptionsExt::custom_flags(
            &mut options,
            rustix::fs::OFlags::NOFOLLOW.bits() as i32,
        );
    }
    match options.open(path) {
        Ok(_) => {}
        // Another process made it first: theirs is as good.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(in_words(path, e)),
    }
    #[cfg(unix)]
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

fn unreadable(file: &Path, e: io::Error) -> io::Error {
    io::Error::new(
        e.kind(),
        format!(
            "{} cannot be read ({e}): check its permissions",
            file.display()
        ),
    )
}

fn in_words(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(
        e.kind(),
        format!(
            "the ledger {} cannot be created ({e}): check the data directory's permissions and free space",
            path.display()
        ),
    )
}
