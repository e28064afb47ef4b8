//! The app's side of the shop's shared ledger: its backlog sent in the background,
//! the statuses the ledger announces passed in, and the Shop view's reads.

use tokio::sync::mpsc::UnboundedSender;

use super::Effects;
use crate::ledger::Ledger;
use crate::msg::{Msg, RequestId};

/// How often the app sends its backlog to the shared ledger, and waits before trying
/// again to listen to it.
pub(super) const SHARE_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Keeps the shared ledger in step for as long as the app runs: the local backlog sent
/// every few seconds, and the statuses it announces passed to the app. A database that
/// is down is tried again; nothing here ever stops a sale.
pub(super) fn share_in_background(
    url: secrecy::SecretString,
    ledger: Ledger,
    tx: UnboundedSender<Msg>,
) {
    let sender_url = url.clone();
    tokio::spawn(async move {
        // One connection, kept while it works: sending every few seconds must not
        // connect every few seconds.
        let mut shared: Option<crate::shared::Shared> = None;
        loop {
            if shared.is_none() {
                shared = crate::shared::Shared::connect(&sender_url, SHARE_EVERY)
                    .await
                    .map_err(|e| tracing::debug!(error = %e, "shared ledger not reached"))
                    .ok();
            }
            if let Some(connection) = shared.as_mut()
                && let Err(e) = connection.push(&ledger).await
            {
                tracing::debug!(error = %e, "shared ledger send failed; the backlog waits");
                shared = None;
            }
            tokio::time::sleep(SHARE_EVERY).await;
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

impl Effects {
    /// Every till's payments of a day, from the shared ledger, this till's backlog first.
    pub(super) fn load_shop(&self, request: RequestId, from: jiff::Timestamp, to: jiff::Timestamp) {
        let (url, ledger, host) = (
            self.ledger_url.clone(),
            self.ledger.clone(),
            self.client.api_host(),
        );
        self.spawn(async move {
            let result = match url {
                Some(url) => match crate::shared::Shared::connect(&url, SHARE_EVERY).await {
                    Ok(mut shared) => {
                        let _ = shared.push(&ledger).await;
                        shared.between(&host, from, to).await
                    }
                    Err(e) => Err(e),
                },
                None => Err("there is no shared ledger (ledger_url)".into()),
            };
            Msg::ShopLoaded { request, result }
        });
    }
}
