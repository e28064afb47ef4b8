//! The ledger's errors in words, for every part of it that reads or writes the file
//! (opening, importing, each statement): what happened to the ledger and what to do.

use std::io;
use std::path::Path;

use rusqlite::ErrorCode;

use super::BUSY_TIMEOUT;

/// A ledger refused as damaged, `why` in words: nothing is written, and the way to
/// recover what it holds. The log beside it is copied too, first: a program opening the
/// ledger may delete it, and the latest commits are in it.
pub(super) fn damaged(path: &Path, why: &str) -> io::Error {
    let p = path.display();
    io::Error::other(format!(
        "the ledger {p} is damaged ({why}). luxpay will not write to it, nor start a new one \
         in its place. Keep a copy of it and of {p}-wal if there is one (before any program \
         opens them), see `luxpay ledger check`, and recover what it holds with \
         `sqlite3 {p} .recover | sqlite3 recovered.db`"
    ))
}

/// A database error in words: what happened to the ledger and what to do.
pub(super) fn explain(path: &Path, e: rusqlite::Error) -> io::Error {
    let p = path.display();
    let text = match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            return damaged(path, &e.to_string());
        }
        Some(ErrorCode::DiskFull) => {
            format!("the disk holding the ledger {p} is full: nothing was written ({e})")
        }
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            format!(
                "the ledger {p} cannot be written ({e}): check the data directory's permissions"
            )
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => format!(
            "the ledger {p} is busy: another luxpay process held it for over {} s ({e}); try again",
            BUSY_TIMEOUT.as_secs()
        ),
        _ => format!("the ledger {p}: {e}"),
    };
    io::Error::other(text)
}
