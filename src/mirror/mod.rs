//! The customer mirror: a second terminal turned to the customer shows the amount, the
//! code and the product while a payment waits, PAID or EXPIRED after, the shop's name
//! when idle, and nothing else (never an email, another sale or a menu).
//!
//! The till publishes what the customer should see on a Unix socket, one JSON line per
//! change, in `$XDG_RUNTIME_DIR/luxpay/` (the data directory when that is unset): the
//! directory is 0700 and the socket 0600, so no other user can connect. A directory
//! that is a symbolic link or another user's is refused, never followed or changed. Any number of
//! mirrors may watch; each gets the current state when it connects.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tokio::io::AsyncWriteExt;
use tokio::sync::watch;

/// What the customer sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum MirrorState {
    /// No payment waits: the shop's name.
    Idle {
        /// The shop's name (may be empty).
        shop: String,
    },
    /// A payment waits: its amount, what it is for, and the link the code encodes.
    Waiting {
        /// `14.03 USD`.
        amount: String,
        /// The product text.
        product: String,
        /// The checkout link.
        url: String,
    },
    /// Paid.
    Paid {
        /// `14.03 USD`.
        amount: String,
    },
    /// Expired unpaid.
    Expired {
        /// `14.03 USD`.
        amount: String,
    },
}

/// One line on the socket: the state, and whether the till runs on the demo API, so the
/// mirror says DEMO too. An older till sends no `demo`: read as a live till.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// What the customer sees.
    #[serde(flatten)]
    pub state: MirrorState,
    /// The till runs on the demo API: no real money.
    #[serde(default)]
    pub demo: bool,
}

/// The directory the sockets live in: `$XDG_RUNTIME_DIR/luxpay`, else the data directory.
pub fn socket_dir(runtime_dir: Option<PathBuf>, data_dir: &Path) -> PathBuf {
    match runtime_dir.filter(|d| d.is_absolute()) {
        Some(dir) => dir.join("luxpay"),
        None => data_dir.to_path_buf(),
    }
}

/// The socket of one till.
pub fn socket_path(dir: &Path, till: &str) -> PathBuf {
    // A till name is printable text; a slash or a dot-dot in it must not leave the
    // directory.
    let name: String = till
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join(format!("mirror-{name}.sock"))
}

/// The socket of `till` on this machine: in `$XDG_RUNTIME_DIR/luxpay/`, else in the
/// data directory.
pub fn socket_for(data_dir: &Path, till: &str) -> PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
    socket_path(&socket_dir(runtime, data_dir), till)
}

/// The tills whose sockets are in `dir`, sorted: for a mirror waiting for a till that may
/// be mistyped. Only names a till's socket could have are listed, so a file named to
/// mislead shows nothing on the customer's screen.
pub fn tills_in(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::FileTypeExt;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut tills: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_socket()))
        .filter_map(|e| till_of(&e.file_name().to_string_lossy()))
        .collect();
    tills.sort();
    tills
}

/// The till a socket's file name (`mirror-TILL.sock`) is for, if it is one.
fn till_of(file_name: &str) -> Option<String> {
    let till = file_name.strip_prefix("mirror-")?.strip_suffix(".sock")?;
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    (!till.is_empty() && till.chars().all(plain)).then(|| till.to_string())
}

/// Refuses a socket directory that is a symbolic link or another user's: a till would
/// publish wherever the link points (and make that private), and a mirror would show
/// what another user's program says. One not made yet is fine: the till makes it.
pub fn refuse_unsafe_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    crate::ledger::refuse_link(dir)?;
    match std::fs::metadata(dir) {
        Ok(found) => refuse_foreign(dir, found.uid()),
        Err(_) => Ok(()),
    }
}

/// Refuses a directory `owner` owns when that is not this process's user.
fn refuse_foreign(dir: &Path, owner: u32) -> std::io::Result<()> {
    if owner == rustix::process::geteuid().as_raw() {
        return Ok(());
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        format!(
            "{} belongs to another user (uid {owner}): luxpay keeps the mirror's socket only \
             in a directory of its own user",
            dir.display()
        ),
    ))
}

/// Makes the directory private (0700), creating it when needed; one that is a symbolic
/// link or another user's is refused and left as it is.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    use rustix::fs::{Mode, OFlags};
    use std::os::unix::fs::DirBuilderExt;
    refuse_unsafe_dir(dir)?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // Checked and changed through a handle opened without following links, so a link
    // put in its place since the check is refused too, never followed.
    let opened = rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
    refuse_foreign(dir, rustix::fs::fstat(&opened)?.st_uid)?;
    rustix::fs::fchmod(&opened, Mode::from_raw_mode(0o700))?;
    Ok(())
}

/// Publishes a live till's state on its socket until the process ends: returns the
/// sender the till updates. A socket left by a till that died is replaced; one a running
/// till answers on is not.
pub async fn publish(
    path: &Path,
    first: MirrorState,
) -> std::io::Result<watch::Sender<MirrorState>> {
    publish_as(path, first, false).await
}

/// As [`publish`], for a till on the demo API when `demo`: its mirrors say DEMO.
pub async fn publish_as(
    path: &Path,
    first: MirrorState,
    demo: bool,
) -> std::io::Result<watch::Sender<MirrorState>> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(dir) = path.parent() {
        private_dir(dir)?;
    }
    if tokio::net::UnixStream::connect(path).await.is_ok() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AddrInUse,
            format!(
                "another luxpay of this till publishes on {} already: give this one \
                 another --till",
                path.display()
            ),
        ));
    }
    let _ = std::fs::remove_file(path);
    let listener = tokio::net::UnixListener::bind(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    let (tx, rx) = watch::channel(first);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(feed(stream, rx.clone(), demo));
        }
    });
    Ok(tx)
}

/// Sends one mirror the current state, then every change, until it goes away.
async fn feed(
    mut stream: tokio::net::UnixStream,
    mut rx: watch::Receiver<MirrorState>,
    demo: bool,
) {
    loop {
        let line = {
            let state = rx.borrow_and_update().clone();
            let published = Published { state, demo };
            let mut line = serde_json::to_string(&published).unwrap_or_default();
            line.push('\n');
            line
        };
        if stream.write_all(line.as_bytes()).await.is_err() || rx.changed().await.is_err() {
            return;
        }
    }
}

/// Reads states from a till's socket and hands each to `seen` until the till goes away.
pub async fn watch(path: &Path, mut seen: impl FnMut(Published)) -> std::io::Result<()> {
    use tokio::io::AsyncBufReadExt;
    let stream = tokio::net::UnixStream::connect(path).await?;
    let mut lines = tokio::io::BufReader::new(stream).lines();
    while let Some(line) = lines.next_line().await? {
        // A line that is not a state (another program on the socket?) is skipped.
        if let Ok(published) = serde_json::from_str::<Published>(&line) {
            seen(Published {
                state: published.state.sanitised(),
                ..published
            });
        }
    }
    Ok(())
}

impl MirrorState {
    /// The text cleaned before it reaches the customer's terminal.
    fn sanitised(self) -> MirrorState {
        use crate::sanitize::line;
        match self {
            MirrorState::Idle { shop } => MirrorState::Idle { shop: line(&shop) },
            MirrorState::Waiting {
                amount,
                product,
                url,
            } => MirrorState::Waiting {
                amount: line(&amount),
                product: line(&product),
                url: line(&url).replace(' ', ""),
            },
            MirrorState::Paid { amount } => MirrorState::Paid {
                amount: line(&amount),
            },
            MirrorState::Expired { amount } => MirrorState::Expired {
                amount: line(&amount),
            },
        }
    }
}

#[cfg(test)]
mod tests;
