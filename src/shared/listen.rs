//! Listening to the shared ledger: every status event any till (or the webhook
//! receiver) inserts is announced on a channel, and a running app turns a payment PAID
//! from it without waiting for its own poll; every new payment is announced on another,
//! and the Shop view lists it.

use std::time::Duration;

use secrecy::SecretString;

use super::{CHANNEL, SALES_CHANNEL};
use crate::api::{OrderId, PaymentStatus};

/// A status announced by the shared ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Announced {
    /// The API host of the order.
    pub api_host: String,
    /// The order.
    pub order_id: OrderId,
    /// Its new status.
    pub status: PaymentStatus,
    /// When it was learned.
    pub at: jiff::Timestamp,
}

/// What the shared ledger announced.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    /// A status event.
    Status(Announced),
    /// A new payment, by any till.
    Sale {
        /// The API host of the order.
        api_host: String,
    },
}

/// Listens for status events and new payments on the shared ledger and hands each to
/// `found`, until the connection ends (then returns why). A till that shows an order
/// turns it PAID from this, without waiting for its own poll.
pub async fn listen(
    url: &SecretString,
    timeout: Duration,
    mut found: impl FnMut(Heard),
) -> Result<(), String> {
    use futures_util::StreamExt;
    let (client, mut connection) = super::tls::open(url, timeout).await?;
    // The connection's messages (notifications among them) come through this stream,
    // which must be polled for the client to work at all.
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let pump = tokio::spawn(async move {
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(tokio_postgres::AsyncMessage::Notification(n)) => {
                    let heard = (n.channel().to_string(), n.payload().to_string());
                    if tx.send(heard).is_err() {
                        break;
                    }
                }
                Ok(_) => {}
                Err(e) => return Err(e.to_string()),
            }
        }
        Ok(())
    });
    client
        .batch_execute(&format!("LISTEN {CHANNEL}; LISTEN {SALES_CHANNEL}"))
        .await
        .map_err(|e| e.to_string())?;
    while let Some((channel, payload)) = rx.recv().await {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&payload) else {
            continue;
        };
        if channel == SALES_CHANNEL {
            if let Some(host) = v["api_host"].as_str() {
                found(Heard::Sale {
                    api_host: crate::sanitize::line(host),
                });
            }
            continue;
        }
        let (Some(host), Some(id), Some(status), Some(at)) = (
            v["api_host"].as_str(),
            v["order_id"].as_str(),
            v["status"].as_str(),
            v["seen_at"].as_str(),
        ) else {
            continue;
        };
        let (Ok(order_id), Ok(at)) = (OrderId::parse(id), at.parse()) else {
            continue;
        };
        found(Heard::Status(Announced {
            api_host: crate::sanitize::line(host),
            order_id,
            status: PaymentStatus::from_wire(status),
            at,
        }));
    }
    drop(client);
    match pump.await {
        Ok(Err(e)) => Err(e),
        _ => Err("the shared ledger closed the connection".into()),
    }
}
