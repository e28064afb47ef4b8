//! The ledger: every payment link luxpay made, in an append-only JSON Lines file that
//! nothing can lose.
//!
//! - A payment is appended and fsynced before its link is shown; status changes are
//!   appended as their own lines. The file is never rewritten.
//! - Each append holds an exclusive file lock, so two luxpay processes never
//!   interleave; a reader holds a shared lock, so it never sees half a line.
//! - A line torn by a crash is skipped on reading (with one warning), and the next
//!   append starts on a fresh line, so a torn line can never swallow a good one.
//! - Demo payments have their own file and never mix with live ones.

mod filter;
mod record;

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub use filter::Filter;
pub use record::{PaymentRecord, Record, StatusRecord};

use crate::api::{OrderId, PaymentStatus};

/// The ledger file for live or demo payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    path: PathBuf,
}

/// A payment from the ledger with the last status recorded for it.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    /// The payment as made.
    pub payment: PaymentRecord,
    /// Its last status recorded.
    pub status: PaymentStatus,
    /// When that status was seen.
    pub status_at: Option<jiff::Timestamp>,
}

/// What reading the ledger found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// Payments in the order they were made (oldest first).
    pub entries: Vec<LedgerEntry>,
    /// Lines that could not be read (torn by a crash, or corrupt).
    pub skipped: usize,
}

impl Loaded {
    /// The one warning to give about unreadable lines, if there were any.
    pub fn warning(&self, ledger: &Ledger) -> Option<String> {
        (self.skipped > 0).then(|| {
            format!(
                "{} unreadable line(s) in {} were skipped; every other record is intact",
                self.skipped,
                ledger.path.display()
            )
        })
    }
}

/// When each order was made, where these ledger entries of `api_host` know: the API's
/// own orders carry no time.
pub fn made_at(
    entries: &[LedgerEntry],
    api_host: &str,
    orders: &[crate::api::Order],
) -> Vec<Option<jiff::Timestamp>> {
    let known: std::collections::HashMap<&OrderId, jiff::Timestamp> = entries
        .iter()
        .filter(|e| e.payment.api_host == api_host)
        .map(|e| (&e.payment.order_id, e.payment.created_at))
        .collect();
    orders.iter().map(|o| known.get(&o.id).copied()).collect()
}

impl Ledger {
    /// The ledger in `data_dir`: `ledger.jsonl`, or `ledger-demo.jsonl` for the demo API.
    pub fn in_dir(data_dir: &Path, demo: bool) -> Ledger {
        let name = if demo {
            "ledger-demo.jsonl"
        } else {
            "ledger.jsonl"
        };
        Ledger {
            path: data_dir.join(name),
        }
    }

    /// The ledger in this exact file.
    pub fn at(path: PathBuf) -> Ledger {
        Ledger { path }
    }

    /// The ledger's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record and waits until it is on disk.
    pub fn append(&self, record: &Record) -> io::Result<()> {
        let mut line = serde_json::to_vec(record).map_err(io::Error::other)?;
        line.push(b'\n');
        let created = !self.path.exists();
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = open_for_append(&self.path)?;
        file.lock()?;
        let result = (|| {
            // A crash may have left a torn last line: start ours on a fresh one.
            let len = file.metadata()?.len();
            if len > 0 {
                let mut last = [0u8; 1];
                file.seek(SeekFrom::Start(len - 1))?;
                file.read_exact(&mut last)?;
                if last[0] != b'\n' {
                    file.write_all(b"\n")?;
                }
            }
            file.write_all(&line)?;
            file.sync_data()
        })();
        let _ = file.unlock();
        result?;
        if created {
            sync_dir(&self.path);
        }
        Ok(())
    }

    /// Reads every payment and its last status. A missing file is an empty ledger.
    pub fn load(&self) -> io::Result<Loaded> {
        let file = match open_for_reading(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Loaded::default()),
            Err(e) => return Err(e),
        };
        file.lock_shared()?;
        let loaded = (|| {
            // Counting lines first costs one more pass over a file the OS has cached, and
            // saves growing the list by doubling: a 100,000-payment ledger would otherwise
            // briefly need its memory three times over.
            let lines = count_lines(BufReader::with_capacity(1 << 16, &file))?;
            (&file).seek(SeekFrom::Start(0))?;
            read_records(BufReader::with_capacity(1 << 16, &file), lines)
        })();
        let _ = file.unlock();
        loaded
    }
}

fn count_lines(mut reader: impl BufRead) -> io::Result<usize> {
    let mut lines = 0;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(lines);
        }
        lines += chunk.iter().filter(|&&b| b == b'\n').count();
        let used = chunk.len();
        reader.consume(used);
    }
}

/// Parses ledger lines, with room made for `capacity` payments up front; unreadable
/// lines are counted, never fatal.
fn read_records(mut reader: impl BufRead, capacity: usize) -> io::Result<Loaded> {
    let mut loaded = Loaded {
        entries: Vec::with_capacity(capacity),
        skipped: 0,
    };
    // Where a status line applies: the latest payment with its host and order id, found
    // by a hash of the two (checked against the entry, so a collision cannot mislead).
    let mut latest: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let key = |host: &str, id: &OrderId| {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        host.hash(&mut h);
        id.hash(&mut h);
        h.finish()
    };
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Record>(text) {
            Ok(Record::Payment(p)) => {
                let p = p.sanitised();
                latest.insert(key(&p.api_host, &p.order_id), loaded.entries.len());
                loaded.entries.push(LedgerEntry {
                    payment: p,
                    status: PaymentStatus::Pending,
                    status_at: None,
                });
            }
            Ok(Record::Status(mut s)) => {
                s.api_host = crate::api::canonical_host(&s.api_host);
                let same = |e: &LedgerEntry| {
                    e.payment.api_host == s.api_host && e.payment.order_id == s.order_id
                };
                let found = match latest.get(&key(&s.api_host, &s.order_id)) {
                    Some(&i) if same(&loaded.entries[i]) => Some(i),
                    Some(_) => loaded.entries.iter().rposition(same),
                    None => None,
                };
                // A status for a payment this ledger does not hold is harmless: ignore it.
                if let Some(i) = found {
                    loaded.entries[i].status = s.status;
                    loaded.entries[i].status_at = Some(s.at);
                }
            }
            Err(_) => loaded.skipped += 1,
        }
    }
    loaded.entries.shrink_to_fit();
    Ok(loaded)
}

fn open_for_append(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    // Customer emails are personal data: the file is the user's alone.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    no_follow(&mut options);
    options.open(path).map_err(|e| explain_link(path, e))
}

/// Opens the ledger to read it, never through a symbolic link.
fn open_for_reading(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    no_follow(&mut options);
    options.open(path).map_err(|e| explain_link(path, e))
}

/// A ledger that is a symbolic link is not followed: customer data appended to wherever
/// a link points is data leaked, or a file of someone else's spoilt.
fn no_follow(options: &mut OpenOptions) {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        options,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
}

/// The error for a ledger path that is a symbolic link says so and what to do.
fn explain_link(path: &Path, e: io::Error) -> io::Error {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        io::Error::other(format!(
            "{} is a symbolic link, which luxpay does not follow for customer data: put the file itself there",
            path.display()
        ))
    } else {
        e
    }
}

/// Makes a new file's directory entry durable too (best effort).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests;
