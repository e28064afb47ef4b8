//! The app's side of the shop's shared ledger: its backlog sent in the background,
//! the statuses the ledger announces passed in, and the Shop view's reads.

use std::sync::Arc;

use tokio::sync::Notify;
use tokio::sync::mpsc::UnboundedSender;

use super::Effects;
use crate::ledger::Ledger;
use crate::msg::{Msg, RequestId};

/// How often the app sends its backlog when nothing wakes it, and waits before trying
/// again to reach the shared ledger after a failure.
pub(super) const SHARE_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// The app's one connection to the shared ledger, kept while it works: the sender and
/// the Shop view's reads take turns on it, rather than connecting for each.
pub(super) type Connection = Arc<tokio::sync::Mutex<Option<crate::shared::Shared>>>;

/// Keeps the shared ledger in step for as long as the app runs: the local backlog sent
/// as soon as something is recorded (`wake`), and every few seconds besides; the
/// statuses it announces passed to the app. A database that is down is tried again
/// every few seconds, whatever wakes the sender; nothing here ever stops a sale.
pub(super) fn share_in_background(
    url: secrecy::SecretString,
    ledger: Ledger,
    connection: Connection,
    wake: Arc<Notify>,
    tx: UnboundedSender<Msg>,
) {
    let sender_url = url.clone();
    tokio::spawn(async move {
        let mut reached = true;
        loop {
            let sent = send_backlog(&sender_url, &ledger, &connection).await;
            // Said in the log when it changes, not at every try.
            if sent != reached {
                reached = sent;
                if sent {
                    tracing::info!("shared ledger reached again: the backlog is sent");
                } else {
                    tracing::warn!("shared ledger not reached: sales wait in the outbox");
                }
            }
            if sent {
                // Woken by a sale or a status, or the timer: whichever comes first.
                tokio::select! {
                    () = wake.notified() => {}
                    () = tokio::time::sleep(SHARE_EVERY) => {}
                }
            } else {
                // Unreachable: back off, however many sales are made meanwhile (they
                // wait in the outbox, and the next send takes them all).
                tokio::time::sleep(SHARE_EVERY).await;
            }
        }
    });
    tokio::spawn(async move {
        loop {
            let announce = |heard| {
                let _ = tx.send(match heard {
                    crate::shared::Heard::Status(a) => Msg::Announced(a),
                    crate::shared::Heard::Sale { api_host } => Msg::SoldInShop(api_host),
                });
            };
            if let Err(e) = crate::shared::listen(&url, SHARE_EVERY, announce).await {
                tracing::debug!(error = %e, "not listening to the shared ledger; trying again");
            }
            if tx.is_closed() {
                return;
            }
            tokio::time::sleep(SHARE_EVERY).await;
        }
    });
}

/// Sends the whole backlog over the kept connection, in the batches `ledger sync` sends,
/// letting go of the connection between batches so the Shop view's reads get their turn
/// however big the backlog. False when the shared ledger could not be reached or a
/// batch failed (what went before it stays sent).
async fn send_backlog(
    url: &secrecy::SecretString,
    ledger: &Ledger,
    connection: &Connection,
) -> bool {
    let mut first = true;
    loop {
        let mut shared = connection.lock().await;
        match send_batch(url, ledger, &mut shared, first).await {
            Some(true) => first = false,
            Some(false) => return true,
            None => return false,
        }
        drop(shared);
        tokio::task::yield_now().await;
    }
}

/// Sends one batch of the backlog over the kept connection, connecting first if there
/// is none (and checking which database it is when `begin`): whether a batch went
/// (more may wait), or `None` when the shared ledger could not be reached or the send
/// failed (the connection is then dropped, to be made anew).
async fn send_batch(
    url: &secrecy::SecretString,
    ledger: &Ledger,
    shared: &mut Option<crate::shared::Shared>,
    begin: bool,
) -> Option<bool> {
    let begin = begin || shared.is_none();
    if shared.is_none() {
        *shared = crate::shared::Shared::connect(url, SHARE_EVERY)
            .await
            .map_err(|e| tracing::debug!(error = %e, "shared ledger not reached"))
            .ok();
    }
    let connection = shared.as_mut()?;
    let sent = async {
        if begin {
            connection.begin_push(ledger).await?;
        }
        connection.push_batch(ledger, SHARE_EVERY).await
    };
    match sent.await {
        Ok(batch) => Some(batch.is_some()),
        Err(e) => {
            tracing::debug!(error = %e, "shared ledger send failed; the backlog waits");
            *shared = None;
            None
        }
    }
}

impl Effects {
    /// Every till's payments of a day, from the shared ledger, this till's backlog first,
    /// over the app's kept connection.
    pub(super) fn load_shop(
        &self,
        request: RequestId,
        (from, to): (jiff::Timestamp, jiff::Timestamp),
        page: Option<crate::msg::ShopPage>,
    ) {
        let (url, ledger, host) = (
            self.ledger_url.clone(),
            self.ledger.clone(),
            self.client.api_host(),
        );
        let connection = self.shared.clone();
        let tx = self.tx.clone();
        self.spawn(async move {
            let Some(url) = url else {
                let result = Err("there is no shared ledger (ledger_url)".into());
                return Msg::ShopLoaded { request, result };
            };
            let mut shared = connection.lock().await;
            // This till's latest sales first when they are a batch or less; a bigger
            // backlog is the sender's, and its batches announce themselves.
            let result = if send_batch(&url, &ledger, &mut shared, true).await.is_some()
                && let Some(connection) = shared.as_ref()
            {
                let read = match page {
                    None => connection.between(&host, from, to).await,
                    // Read newest first by keyset; answered oldest first, as a day is.
                    Some(page) => connection
                        .page_before(&host, (from, to), page.before, page.limit)
                        .await
                        .map(|mut entries| {
                            entries.reverse();
                            entries
                        }),
                };
                if let Ok(n) = connection.conflicts(None).await {
                    let _ = tx.send(Msg::ShopConflicts(n.max(0).unsigned_abs()));
                }
                if read.is_err() {
                    *shared = None;
                }
                read
            } else {
                Err("the shared ledger cannot be reached".into())
            };
            Msg::ShopLoaded { request, result }
        });
    }
}
