//! Where the staff list is: the till's own ledger, or the shop's shared ledger when
//! there is one (so a manager's PIN works at every till). The wrong-PIN streaks are
//! always the till's. Each time the shop's list is read, the till keeps a copy in its
//! own ledger, used while the shared ledger cannot be reached: a till that is cut off
//! still knows who its managers are.

use std::time::Duration;

use secrecy::SecretString;

use crate::ledger::Ledger;
use crate::staff::{Change, Member};

/// The staff list's home.
#[derive(Debug, Clone)]
pub enum StaffStore {
    /// This till's ledger.
    Till(Ledger),
    /// The shop's shared ledger (PostgreSQL).
    Shop {
        /// The `postgres://` URL.
        url: SecretString,
        /// How long to wait for it.
        timeout: Duration,
        /// The till's ledger, which keeps a copy of the list for when it cannot be reached.
        copy: Ledger,
    },
}

/// Why the list could not be read or changed.
#[derive(Debug, thiserror::Error)]
pub enum StaffStoreError {
    /// The till's ledger failed.
    #[error(transparent)]
    Till(#[from] std::io::Error),
    /// The shared ledger could not be reached or failed.
    #[error("{0}")]
    Shop(String),
}

impl StaffStore {
    /// The shop's list with a shared ledger, else the till's.
    pub fn of(ledger_url: Option<&SecretString>, timeout: Duration, ledger: &Ledger) -> StaffStore {
        match ledger_url {
            Some(url) => StaffStore::Shop {
                url: url.clone(),
                timeout,
                copy: ledger.clone(),
            },
            None => StaffStore::Till(ledger.clone()),
        }
    }

    /// Everyone on the staff, by name.
    pub async fn list(&self) -> Result<Vec<Member>, StaffStoreError> {
        match self {
            StaffStore::Till(ledger) => Ok(ledger.staff()?),
            StaffStore::Shop { url, timeout, copy } => {
                let read = match super::Shared::connect(url, *timeout).await {
                    Ok(shared) => shared.staff().await,
                    Err(e) => Err(e),
                };
                match read {
                    Ok(list) => {
                        if let Err(e) = copy.keep_staff(&list) {
                            tracing::warn!("could not keep a copy of the shop's staff: {e}");
                        }
                        Ok(list)
                    }
                    Err(e) => {
                        tracing::warn!("the shop's staff list: {e}; using this till's copy");
                        Ok(copy.staff()?)
                    }
                }
            }
        }
    }

    /// Makes `change` unless the list refuses it (the refusal, in words).
    pub async fn change(
        &self,
        change: &Change,
        at: jiff::Timestamp,
    ) -> Result<Result<(), String>, StaffStoreError> {
        match self {
            StaffStore::Till(ledger) => Ok(ledger.change_staff(change, at)?),
            StaffStore::Shop { url, timeout, copy } => {
                let mut shared = super::Shared::connect(url, *timeout)
                    .await
                    .map_err(StaffStoreError::Shop)?;
                let changed = shared
                    .change_staff(change, at)
                    .await
                    .map_err(StaffStoreError::Shop)?;
                // The till's copy follows at once: it may be all it has tomorrow.
                if changed.is_ok() {
                    match shared.staff().await {
                        Ok(list) => copy.keep_staff(&list)?,
                        Err(e) => tracing::warn!("could not copy the shop's staff: {e}"),
                    }
                }
                Ok(changed)
            }
        }
    }
}
