//! The receiver's health (`/healthz`) and metrics (`/metrics`, the Prometheus text
//! format through prometheus-client): whether it can reach what it writes to, and what
//! it has received. Neither is subject to `webhook_allow`.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::Served;

/// How long a health check waits for a ledger: a database that stopped is said to be
/// down within this, and one that came back, up.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

/// A request's outcome, as a label.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

/// What the receiver counts.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<Outcome, Counter>,
    last_event: Gauge,
    shared_up: Gauge,
    outbox: Gauge,
}

impl Default for Metrics {
    fn default() -> Metrics {
        let mut registry = Registry::default();
        let requests = Family::<Outcome, Counter>::default();
        let (last_event, shared_up, outbox) =
            (Gauge::default(), Gauge::default(), Gauge::default());
        registry.register(
            "luxpay_webhook_requests",
            "Webhook requests, by what came of them",
            requests.clone(),
        );
        registry.register(
            "luxpay_webhook_last_event_timestamp_seconds",
            "When the last event was accepted or replayed, in seconds since 1970",
            last_event.clone(),
        );
        registry.register(
            "luxpay_shared_ledger_up",
            "1 when the shop's shared ledger answers (0 when it does not, or there is none)",
            shared_up.clone(),
        );
        registry.register(
            "luxpay_outbox_pending",
            "Payments and status events in the local ledger not yet in the shared one",
            outbox.clone(),
        );
        Metrics {
            registry,
            requests,
            last_event,
            shared_up,
            outbox,
        }
    }
}

impl Metrics {
    /// Counts one request's outcome.
    pub fn count(&self, outcome: &'static str) {
        self.requests.get_or_create(&Outcome { outcome }).inc();
    }

    /// Notes when the last event was taken.
    pub fn event_at(&self, at: jiff::Timestamp) {
        self.last_event.set(at.as_second());
    }
}

/// The outcome label of an answer the receiver gave.
pub(super) fn outcome((status, text): (StatusCode, &str)) -> &'static str {
    match status {
        StatusCode::OK if text.starts_with("ok: already") => "replayed",
        StatusCode::OK if text.contains("unknown order") => "unknown_order",
        StatusCode::OK if text.contains("unknown status") => "unknown_status",
        StatusCode::OK => "accepted",
        StatusCode::UNAUTHORIZED => "bad_signature",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::REQUEST_TIMEOUT => "too_slow",
        StatusCode::BAD_REQUEST => "bad_request",
        _ => "not_recorded",
    }
}

/// What a probe of the ledgers found.
struct Probe {
    /// The local ledger: how much waits for the shared one, or why it cannot be read.
    local: Result<u64, String>,
    /// The shared ledger, when there is one: up, or why not.
    shared: Option<Result<(), String>>,
}

/// Asks each ledger the receiver writes to whether it answers, within `PROBE_TIMEOUT`.
async fn probe(served: &Served) -> Probe {
    let receiver = &served.receiver;
    let ledger = receiver.ledger.clone();
    let local = tokio::time::timeout(
        PROBE_TIMEOUT,
        tokio::task::spawn_blocking(move || ledger.backlog()),
    )
    .await;
    let local = match local {
        Ok(Ok(Ok(backlog))) => Ok(backlog.payments + backlog.events),
        Ok(Ok(Err(e))) => Err(e.to_string()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", PROBE_TIMEOUT.as_secs())),
    };
    let shared = match &receiver.shared {
        Some(pool) => {
            let ping = async { pool.get().await?.ping().await };
            Some(match tokio::time::timeout(PROBE_TIMEOUT, ping).await {
                Ok(result) => result,
                Err(_) => Err(format!("no answer within {} s", PROBE_TIMEOUT.as_secs())),
            })
        }
        None => None,
    };
    served
        .metrics
        .shared_up
        .set(i64::from(matches!(shared, Some(Ok(())))));
    if let Ok(pending) = &local {
        served
            .metrics
            .outbox
            .set(i64::try_from(*pending).unwrap_or(i64::MAX));
    }
    Probe { local, shared }
}

/// `GET /healthz`: 200 when what the receiver writes to answers (the shared ledger when
/// there is one, and the local ledger), 503 naming what is down.
pub(super) async fn healthz(State(served): State<Arc<Served>>) -> Response {
    let probe = probe(&served).await;
    let word = |r: Result<(), &String>| match r {
        Ok(()) => "up".to_string(),
        Err(e) => format!("down: {e}"),
    };
    let shared = probe
        .shared
        .as_ref()
        .map_or("none".into(), |s| word(s.as_ref().map(drop)));
    let up = probe.local.is_ok() && probe.shared.as_ref().is_none_or(Result::is_ok);
    let body = serde_json::json!({
        "status": if up { "ok" } else { "down" },
        "ledger": word(probe.local.as_ref().map(drop)),
        "shared_ledger": shared,
    });
    let status = if up {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(body)).into_response()
}

/// `GET /metrics`: the counts, and the ledgers as a probe finds them now.
pub(super) async fn metrics(State(served): State<Arc<Served>>) -> Response {
    probe(&served).await;
    let mut text = String::new();
    if prometheus_client::encoding::text::encode(&mut text, &served.metrics.registry).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
