//! The log of commits beside a ledger (`ledger.db-wal`), read before SQLite opens the
//! ledger. SQLite deletes a log found beside an empty database and starts afresh over
//! one whose header it cannot read: either way the commits in it are gone without a
//! word. Reading its 32-byte header first lets luxpay refuse instead.
//! The format: <https://www.sqlite.org/fileformat2.html#walformat>.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The log's header: magic, format version, page size, checkpoint number, two salts,
/// and a checksum of the 24 bytes before it.
const HEADER: usize = 32;
/// The format version every log since SQLite 3.7.0 carries.
const VERSION: u32 = 3_007_000;

/// What the log beside a ledger holds, as far as opening needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Log {
    /// No log, or nothing in it: nothing to lose.
    Empty,
    /// A log SQLite can read, of pages of this many bytes.
    Commits {
        /// Its page size, which must be the database's.
        page_size: u32,
    },
    /// Bytes that are not a log SQLite can read: SQLite would throw them away.
    Unreadable,
}

/// The log's file: the ledger's name with `-wal` after it.
pub(super) fn path_of(ledger: &Path) -> PathBuf {
    let mut name = ledger.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// Reads what the log at `wal` holds. Another luxpay process may be rewriting the
/// header at this moment (a log starts over after a checkpoint), so a header that does
/// not read is read again a few times before it is called unreadable.
pub(super) fn read(wal: &Path) -> io::Result<Log> {
    let mut log = read_once(wal)?;
    for _ in 0..3 {
        if log != Log::Unreadable {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
        log = read_once(wal)?;
    }
    Ok(log)
}

fn read_once(wal: &Path) -> io::Result<Log> {
    let mut file = match File::open(wal) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Log::Empty),
        Err(e) => return Err(e),
    };
    let mut header = Vec::with_capacity(HEADER);
    (&mut file).take(HEADER as u64).read_to_end(&mut header)?;
    if let Some(page_size) = header_page_size(&header) {
        return Ok(Log::Commits { page_size });
    }
    // A power cut can leave a log whose length was written and its bytes not: zeros
    // held no commit, and SQLite rightly starts such a log afresh.
    if all_zeros(&header) && all_zeros_after(&mut file)? {
        return Ok(Log::Empty);
    }
    Ok(Log::Unreadable)
}

/// The page size of a well-formed header, or None for any other bytes.
fn header_page_size(header: &[u8]) -> Option<u32> {
    let word = |i: usize| -> Option<u32> {
        Some(u32::from_be_bytes(header.get(i..i + 4)?.try_into().ok()?))
    };
    let magic = word(0)?;
    if magic & !1 != 0x377f_0682 || word(4)? != VERSION {
        return None;
    }
    let page_size = word(8)?;
    let checksum = checksum(header.get(..24)?, magic & 1 == 1);
    let sane = page_size.is_power_of_two() && (512..=65536).contains(&page_size);
    (sane && checksum == (word(24)?, word(28)?)).then_some(page_size)
}

/// SQLite's log checksum: over 32-bit words, big-endian when the magic number is odd.
fn checksum(bytes: &[u8], big_endian: bool) -> (u32, u32) {
    let word = |b: &[u8]| -> u32 {
        let b = [b[0], b[1], b[2], b[3]];
        if big_endian {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    };
    let (mut s0, mut s1) = (0u32, 0u32);
    for pair in bytes.chunks_exact(8) {
        s0 = s0.wrapping_add(word(&pair[..4])).wrapping_add(s1);
        s1 = s1.wrapping_add(word(&pair[4..])).wrapping_add(s0);
    }
    (s0, s1)
}

fn all_zeros(bytes: &[u8]) -> bool {
    bytes.iter().all(|&b| b == 0)
}

fn all_zeros_after(file: &mut File) -> io::Result<bool> {
    let mut buffer = [0u8; 8192];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            return Ok(true);
        }
        if !all_zeros(&buffer[..n]) {
            return Ok(false);
        }
    }
}

/// The page size a database file's header gives, if the file starts as a SQLite
/// database does (anything else is for SQLite itself to judge).
pub(super) fn database_page_size(ledger: &Path) -> io::Result<Option<u32>> {
    let mut header = Vec::with_capacity(18);
    File::open(ledger)?.take(18).read_to_end(&mut header)?;
    if !header.starts_with(b"SQLite format 3\0") {
        return Ok(None);
    }
    // Two bytes, big-endian; 1 stands for 65536, which two bytes cannot hold.
    Ok(header
        .get(16..18)
        .map(|b| match u16::from_be_bytes([b[0], b[1]]) {
            1 => 65536,
            n => u32::from(n),
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header as SQLite writes it, with its checksum.
    fn header(magic: u32, page_size: u32) -> Vec<u8> {
        let mut h = Vec::new();
        for word in [magic, VERSION, page_size, 0, 0x1234_5678, 0x9abc_def0] {
            h.extend(word.to_be_bytes());
        }
        let (s0, s1) = checksum(&h, magic & 1 == 1);
        h.extend(s0.to_be_bytes());
        h.extend(s1.to_be_bytes());
        h
    }

    #[test]
    fn headers_of_either_byte_order_are_read() {
        assert_eq!(header_page_size(&header(0x377f_0683, 4096)), Some(4096));
        assert_eq!(header_page_size(&header(0x377f_0682, 65536)), Some(65536));
    }

    #[test]
    fn anything_else_is_not_a_header() {
        let good = header(0x377f_0682, 4096);
        for i in 0..HEADER {
            let mut bad = good.clone();
            bad[i] ^= 0x10;
            assert_eq!(header_page_size(&bad), None, "byte {i} changed");
        }
        assert_eq!(header_page_size(&good[..31]), None);
        assert_eq!(header_page_size(&header(0x377f_0682, 1000)), None);
        assert_eq!(header_page_size(&[0; HEADER]), None);
    }

    #[test]
    fn a_log_of_zeros_held_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let wal = dir.path().join("ledger.db-wal");
        assert_eq!(read_once(&wal).unwrap(), Log::Empty, "no log");
        std::fs::write(&wal, [0u8; 20_000]).unwrap();
        assert_eq!(read_once(&wal).unwrap(), Log::Empty);
        let mut zeros_then_data = vec![0u8; 20_000];
        zeros_then_data[15_000] = 1;
        std::fs::write(&wal, zeros_then_data).unwrap();
        assert_eq!(read_once(&wal).unwrap(), Log::Unreadable);
    }
}
