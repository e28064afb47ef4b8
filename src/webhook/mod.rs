//! `luxpay webhook`: receives the webhooks Luxfin signs and sends when a payment succeeds,
//! and records each as a status event. The signature (`X-Luxfintech-Signature`, hex
//! HMAC-SHA256 of the raw body keyed with the API secret, bare or as `sha256=<hex>`) is
//! checked in constant time on the raw bytes, before anything is parsed; a request
//! without a good one is refused and records nothing. The same event may come more than
//! once (Luxfin retries, and sends no event id): a replay is answered 200 and changes
//! nothing.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

use crate::api::{OrderId, PaymentStatus};
use crate::ledger::{Ledger, Noted, Source, StatusRecord};

mod forwarded;
mod health;
mod serve;

pub use forwarded::sender;
pub use health::Metrics;
pub use serve::{DRAIN, HEADER_TIMEOUT, Limits, MAX_CONNECTIONS, MAX_HEADER, serve_with};

/// The header Luxfin signs its webhooks in.
pub const SIGNATURE_HEADER: &str = "x-luxfintech-signature";

/// Bodies larger than this are refused (413): Luxfin's events are a few dozen bytes.
pub const MAX_BODY: usize = 64 * 1024;

/// How long a request's body may take to arrive once its headers have.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long an event waits for the shared ledger before Luxfin is told to try again.
pub const SHARED_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// What the receiver needs: where to record, for which API, and whom to believe.
#[derive(Debug, Clone)]
pub struct Receiver {
    /// The ledger events are recorded in.
    pub ledger: Ledger,
    /// The API host the events are about (the webhook does not say).
    pub api_host: String,
    /// The API secret the signature is keyed with.
    pub secret: SecretString,
    /// Senders accepted; empty accepts any (the signature is what counts).
    pub allow: Vec<IpAddr>,
    /// Proxies whose forwarding headers are believed: the sender `allow` checks is then
    /// the first address, from the right, that is not one of them (`sender`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The shop's shared ledger, if there is one, through a few pooled connections:
    /// events go there (and so to every till listening), as well as into `ledger` when
    /// it holds the order.
    pub shared: Option<crate::shared::Pool>,
    /// Hooks run for a new paid (or expired) event, as a till runs them.
    pub hooks: crate::hooks::Hooks,
}

/// An event as Luxfin sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The order it is about (a string or a number on the wire).
    pub order_id: OrderId,
    /// Its status (success is the only one documented).
    pub status: PaymentStatus,
}

/// Whether `signature` (the header's value) is the HMAC-SHA256 of `body` keyed with
/// `secret`, as hex, bare or after `sha256=`. Compared in constant time.
pub fn verify(secret: &[u8], body: &[u8], signature: &str) -> bool {
    let hex_digits = signature.trim();
    let hex_digits = hex_digits.strip_prefix("sha256=").unwrap_or(hex_digits);
    let Ok(expected) = hex::decode(hex_digits) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// The signature Luxfin would send for `body`: for tests and for trying a receiver.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mac) => mac,
        // HMAC takes a key of any length: this cannot happen.
        Err(_) => return String::new(),
    };
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Reads an event: `order_id` as a string or a number, `status` as the API's word.
pub fn parse(body: &[u8]) -> Result<Event, String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not JSON: {e}"))?;
    let order_id = match &value["order_id"] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err("order_id is missing".into()),
    };
    let order_id = OrderId::parse(&order_id)?;
    let status = match value["status"].as_str() {
        Some(s) => PaymentStatus::from_wire(s),
        None => return Err("status is missing".into()),
    };
    Ok(Event { order_id, status })
}

/// The receiver's routes: POST on `/` and `/webhook` for events; `/healthz` and
/// `/metrics` beside them, which `webhook_allow` does not guard (keep them off the
/// public proxy path).
pub fn router(receiver: Receiver) -> Router {
    let served = Served {
        receiver,
        metrics: Metrics::default(),
    };
    Router::new()
        .route("/", post(receive))
        .route("/webhook", post(receive))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(health::metrics))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(Arc::new(served))
}

/// What the routes share: the receiver, and what it has counted.
struct Served {
    receiver: Receiver,
    metrics: Metrics,
}

/// Serves the receiver on `listener` within the default `Limits` until `stop` resolves,
/// then finishes the requests in hand (for `DRAIN` at most) and returns.
pub async fn serve(
    listener: tokio::net::TcpListener,
    receiver: Receiver,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, router(receiver), Limits::default(), stop).await
}

/// Whether `peer` may send webhooks: any, when nothing is listed. Addresses are compared
/// canonically, so 127.0.0.5 seen on a dual-stack socket as `::ffff:127.0.0.5` is still
/// 127.0.0.5.
pub fn allowed(allow: &[IpAddr], peer: IpAddr) -> bool {
    allow.is_empty()
        || allow
            .iter()
            .any(|a| a.to_canonical() == peer.to_canonical())
}

/// The body, read only when its declared length fits and within `BODY_TIMEOUT`: a
/// request that declares 100 MB, or never sends the body it declared, is answered at
/// once or cut off, not held.
async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, (StatusCode, &'static str)> {
    let declared = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err((StatusCode::PAYLOAD_TOO_LARGE, "too large\n"));
    }
    match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err((StatusCode::PAYLOAD_TOO_LARGE, "too large\n")),
        Err(_) => Err((
            StatusCode::REQUEST_TIMEOUT,
            "the body did not arrive in time\n",
        )),
    }
}

async fn receive(
    State(served): State<Arc<Served>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> (StatusCode, &'static str) {
    let answer = handle(&served.receiver, peer, &headers, body).await;
    served.metrics.count(health::outcome(answer));
    if answer.0 == StatusCode::OK && answer.1.starts_with("ok") {
        served.metrics.event_at(jiff::Timestamp::now());
    }
    answer
}

/// One request to the receiver: checked, read, recorded; its answer.
async fn handle(
    receiver: &Receiver,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: Body,
) -> (StatusCode, &'static str) {
    let from = sender(peer.ip(), headers, &receiver.trusted_proxies);
    if !allowed(&receiver.allow, from) {
        tracing::warn!(%peer, sender = %from, "webhook from a sender not allowed");
        return (StatusCode::FORBIDDEN, "sender not allowed\n");
    }
    let body = match read_body(headers, body).await {
        Ok(body) => body,
        Err(refused) => {
            tracing::warn!(%peer, answer = %refused.0, "webhook body refused");
            return refused;
        }
    };
    let signature = headers
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !verify(receiver.secret.expose_secret().as_bytes(), &body, signature) {
        tracing::warn!(%peer, "webhook with a missing or wrong signature refused");
        return (StatusCode::UNAUTHORIZED, "bad signature\n");
    }
    let event = match parse(&body) {
        Ok(event) => event,
        Err(e) => {
            tracing::warn!(%peer, error = %e, "signed webhook that cannot be read");
            return (StatusCode::BAD_REQUEST, "cannot read the event\n");
        }
    };
    if let PaymentStatus::Unknown(word) = &event.status {
        // Answered 200 so Luxfin stops retrying; a word the docs do not list changes
        // nothing, least of all a paid order.
        tracing::warn!(order_id = %event.order_id, status = %word, "webhook with an unknown status ignored");
        return (StatusCode::OK, "ignored: unknown status\n");
    }
    let record = StatusRecord {
        order_id: event.order_id.clone(),
        status: event.status.clone(),
        at: jiff::Timestamp::now(),
        api_host: receiver.api_host.clone(),
        source: Source::Webhook,
    };
    let shared = match &receiver.shared {
        Some(pool) => match note_shared(pool, &record).await {
            Ok(noted) => Some(noted),
            Err(e) => {
                tracing::error!(order_id = %event.order_id, error = %e, "webhook not recorded in the shared ledger");
                // Not 200: Luxfin tries again, and the event is not lost.
                return (StatusCode::SERVICE_UNAVAILABLE, "not recorded, try again\n");
            }
        },
        None => None,
    };
    let ledger = receiver.ledger.clone();
    let local = tokio::task::spawn_blocking(move || ledger.note_status(&record)).await;
    let local = match local {
        Ok(Ok(noted)) => noted,
        Ok(Err(e)) => {
            tracing::error!(order_id = %event.order_id, error = %e, "webhook not recorded");
            return (StatusCode::SERVICE_UNAVAILABLE, "not recorded, try again\n");
        }
        Err(e) => {
            tracing::error!(error = %e, "webhook not recorded");
            return (StatusCode::SERVICE_UNAVAILABLE, "not recorded, try again\n");
        }
    };
    // The shared ledger decides across receivers (its unique index lets one copy of an
    // event in); the local ledger where the shop's does not hold the order.
    let new = match shared {
        Some(Noted::Recorded) => true,
        Some(Noted::Unchanged) => false,
        Some(Noted::Unknown) | None => local == Noted::Recorded,
    };
    if shared.is_none_or(|s| s == Noted::Unknown) && local == Noted::Unknown {
        tracing::warn!(order_id = %event.order_id, status = %event.status, "webhook for an order no ledger holds: not recorded");
        return (StatusCode::OK, "ignored: unknown order\n");
    }
    tracing::info!(order_id = %event.order_id, status = %event.status, ?shared, ?local, new, "webhook");
    if !new {
        return (StatusCode::OK, "ok: already recorded\n");
    }
    paid_actions(receiver, &event).await;
    (StatusCode::OK, "ok\n")
}

/// Records the event in the shared ledger, through the pool, within its time limit.
async fn note_shared(pool: &crate::shared::Pool, record: &StatusRecord) -> Result<Noted, String> {
    let work = async {
        let shared = pool.get().await?;
        shared.note_status(record).await
    };
    tokio::time::timeout(SHARED_TIMEOUT, work)
        .await
        .map_err(|_| "the shared ledger did not answer in time".to_string())?
}

/// The hook a new final event calls for, run once for this receiver's till (claimed in
/// its ledger, as a till claims its own) with the sale's details from the ledger that
/// holds it.
async fn paid_actions(receiver: &Receiver, event: &Event) {
    let Some(kind) = crate::hooks::HookEvent::for_status(&event.status) else {
        return;
    };
    if receiver.hooks.command(kind).is_none() {
        return;
    }
    let sale = match &receiver.shared {
        Some(pool) => match pool.get().await {
            Ok(shared) => shared
                .entry(&receiver.api_host, &event.order_id)
                .await
                .ok()
                .flatten(),
            Err(_) => None,
        },
        None => None,
    };
    let (ledger, host, id, status) = (
        receiver.ledger.clone(),
        receiver.api_host.clone(),
        event.order_id.clone(),
        event.status.clone(),
    );
    let local = tokio::task::spawn_blocking(move || {
        let claimed = ledger.claim_actions(&host, &id, &status, jiff::Timestamp::now());
        let local = ledger.entry(&host, &id).ok().flatten();
        (claimed, local)
    })
    .await;
    let (claimed, local) = match local {
        Ok(found) => found,
        Err(e) => (Err(std::io::Error::other(e.to_string())), None),
    };
    match claimed {
        Ok(true) => run_hook(&receiver.hooks, sale.or(local), event),
        Ok(false) => {
            tracing::info!(order_id = %event.order_id, "paid-actions ran already on this till")
        }
        // Not recorded as run: better the drawer opens than a paid sale goes unmarked.
        Err(e) => {
            tracing::warn!(order_id = %event.order_id, error = %e, "paid-actions not recorded; running them");
            run_hook(&receiver.hooks, sale.or(local), event);
        }
    }
}

/// Runs the hook a new event calls for, in the background (the answer to Luxfin must
/// not wait for it), with the sale's details from the ledger that holds it.
fn run_hook(hooks: &crate::hooks::Hooks, sale: Option<crate::ledger::LedgerEntry>, event: &Event) {
    let Some(kind) = crate::hooks::HookEvent::for_status(&event.status) else {
        return;
    };
    let Some(sale) = sale else {
        tracing::warn!(order_id = %event.order_id, hook = kind.key(), "no ledger holds this order: hook not run");
        return;
    };
    let paid_after_void = sale.voided_at.is_some() && event.status == PaymentStatus::Success;
    if paid_after_void {
        tracing::warn!(order_id = %event.order_id, "PAID AFTER VOID: a voided order was paid even so");
    }
    if let Some(mut call) = hooks.call(kind, &sale.payment, &event.status) {
        if paid_after_void {
            call = call.voided();
        }
        tokio::spawn(async move {
            let _ = crate::hooks::run(call, crate::hooks::HOOK_TIMEOUT).await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_bare_prefixed_forged_and_missing() {
        let body = br#"{"order_id":42,"status":"SUCCESS","amount":12.5,"product":"Tea"}"#;
        let good = sign(b"secret", body);
        assert!(verify(b"secret", body, &good));
        assert!(verify(b"secret", body, &format!("sha256={good}")));
        assert!(
            verify(b"secret", body, &good.to_uppercase()),
            "hex in either case"
        );
        assert!(!verify(b"other", body, &good), "keyed with the secret");
        assert!(!verify(b"secret", b"{}", &good), "of these bytes");
        assert!(!verify(b"secret", body, ""));
        assert!(!verify(b"secret", body, "sha256=zz"));
    }

    #[test]
    fn senders_are_compared_as_canonical_addresses() {
        let allow: Vec<IpAddr> = vec!["127.0.0.5".parse().unwrap()];
        let mapped: IpAddr = "::ffff:127.0.0.5".parse().unwrap();
        assert!(allowed(&allow, mapped), "as a dual-stack socket sees it");
        assert!(allowed(&allow, "127.0.0.5".parse().unwrap()));
        assert!(!allowed(&allow, "::ffff:127.0.0.6".parse().unwrap()));
        assert!(!allowed(&allow, "::1".parse().unwrap()));
        let mapped_in_list: Vec<IpAddr> = vec![mapped];
        assert!(allowed(&mapped_in_list, "127.0.0.5".parse().unwrap()));
        assert!(allowed(&[], "::1".parse().unwrap()), "none listed: any");
    }

    #[test]
    fn order_ids_come_as_strings_or_numbers() {
        let number = parse(br#"{"order_id":42,"status":"SUCCESS"}"#).unwrap();
        let text = parse(br#"{"order_id":"42","status":"SUCCESS"}"#).unwrap();
        assert_eq!(number, text);
        assert_eq!(number.status, PaymentStatus::Success);
        assert!(parse(br#"{"status":"SUCCESS"}"#).is_err());
        assert!(parse(b"not json").is_err());
    }
}
