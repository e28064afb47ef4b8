//! The embedded demo API: the endpoints and JSON shapes of luxfin-api.md, served on
//! loopback, so anyone (tests included) can run luxpay without a Luxfin account.
//!
//! Orders start PENDING and turn SUCCESS after `pay_after`, or at once on
//! `POST /demo/pay/{id}`; `POST /demo/expire/{id}` expires one. Each order's URL is a
//! small checkout page served here too.

mod checkout;
mod store;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};
use url::Url;

use crate::payment::Method;
use store::{Store, order_json};

/// The file in a data directory where the demo's orders are kept, so every `--demo`
/// command and `demo-server` of that directory share one demo.
pub fn state_file(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join("demo-state.json")
}

/// How long a demo order stays PENDING before it pays itself, unless told otherwise.
pub const DEFAULT_PAY_AFTER: Duration = Duration::from_secs(30);

/// A running demo API.
pub struct DemoServer {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl DemoServer {
    /// Binds `addr` (port 0 picks a free one) and serves in a background task.
    pub async fn start(addr: SocketAddr, pay_after: Duration) -> std::io::Result<DemoServer> {
        DemoServer::start_with(addr, pay_after, Duration::ZERO, None).await
    }

    /// Like `start`, with every create answered only after `latency` (a slow network
    /// to try the spinner and Esc against), and the orders kept in `state_file` when
    /// given, shared with every other demo that uses the same file.
    pub async fn start_with(
        addr: SocketAddr,
        pay_after: Duration,
        latency: Duration,
        state_file: Option<std::path::PathBuf>,
    ) -> std::io::Result<DemoServer> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Demo {
            store: Mutex::new(Store::new(pay_after, state_file)),
            base: format!("http://{addr}"),
            latency,
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = router(state);
        let task = tokio::spawn(async move {
            let served = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = rx.await;
            });
            if let Err(e) = served.await {
                tracing::error!(error = %e, "demo API stopped");
            }
        });
        tracing::info!(%addr, "demo API listening");
        Ok(DemoServer {
            addr,
            shutdown: Some(tx),
            task: Some(task),
        })
    }

    /// The address the demo API listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client.
    pub fn base_url(&self) -> Url {
        Url::parse(&format!("http://{}", self.addr)).expect("a socket address makes a URL")
    }

    /// Serves until the process is asked to stop (Ctrl+C or SIGTERM).
    pub async fn run_until_stopped(mut self) {
        crate::signals::stop_requested().await;
        self.stop();
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Demo {
    store: Mutex<Store>,
    base: String,
    latency: Duration,
}

impl Demo {
    /// The orders, to read (`write` false) or to change.
    fn store(&self, write: bool) -> store::Held<'_> {
        Store::hold(self.store.lock().expect("demo store lock"), write)
    }
}

type DemoRef = Arc<Demo>;

fn router(state: DemoRef) -> Router {
    let api = Router::new()
        .route("/payment/paypal", post(create_paypal))
        .route("/payment/order", post(create_venmo))
        .route("/card", post(create_card))
        .route("/payment/status", get(status))
        .route("/payments", get(list))
        .route("/payment/history", post(history))
        .route("/payment/test_webhook", get(test_webhook))
        .route_layer(axum::middleware::from_fn(require_key));
    Router::new()
        .merge(api)
        .route("/demo/about", get(about))
        .route("/demo/pay/{id}", post(pay))
        .route("/demo/expire/{id}", post(expire))
        .route("/checkout/{id}", get(checkout::page))
        .route("/checkout/{id}/pay", post(checkout::pay))
        .fallback(|| async {
            error(
                StatusCode::NOT_FOUND,
                "no such endpoint in the luxpay demo API",
            )
        })
        .with_state(state)
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

/// Like the real API, every call needs `Authorization: Bearer <key>`; any key will do.
async fn require_key(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let ok = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|key| !key.trim().is_empty());
    if ok {
        next.run(request).await
    } else {
        error(StatusCode::UNAUTHORIZED, "missing or malformed API key")
    }
}

async fn create_paypal(State(s): State<DemoRef>, body: String) -> Response {
    slow_answer(s, body, Method::Paypal).await
}

async fn create_venmo(State(s): State<DemoRef>, body: String) -> Response {
    slow_answer(s, body, Method::Venmo).await
}

async fn create_card(State(s): State<DemoRef>, body: String) -> Response {
    slow_answer(s, body, Method::Card).await
}

/// Makes the order at once and answers `latency` later, as a far API does: an answer
/// still on its way when the client gives up (or dies) leaves an order made.
async fn slow_answer(s: DemoRef, body: String, method: Method) -> Response {
    let latency = s.latency;
    let answer = create(s, body, method);
    tokio::time::sleep(latency).await;
    answer
}

fn create(s: DemoRef, body: String, method: Method) -> Response {
    let Ok(body) = serde_json::from_str::<Value>(&body) else {
        return error(StatusCode::BAD_REQUEST, "the body must be a JSON object");
    };
    let mut store = s.store(true);
    match store.create(&body, method) {
        Ok(order) => {
            let url = format!("{}/checkout/{}", s.base, order.id);
            let reply = json!({ "order_url": url, "order_id": order.id, "amount": order.amount.normalize().to_string() });
            axum::Json(reply).into_response()
        }
        Err(message) => error(StatusCode::BAD_REQUEST, &message),
    }
}

#[derive(Deserialize)]
struct StatusQuery {
    payment_id: Option<String>,
}

async fn status(State(s): State<DemoRef>, Query(q): Query<StatusQuery>) -> Response {
    let Some(id) = q.payment_id.and_then(|id| id.trim().parse::<u64>().ok()) else {
        return error(StatusCode::BAD_REQUEST, "payment_id must be an order id");
    };
    let store = s.store(false);
    match store.get(id) {
        Some(order) => {
            let status = store.status_of(order);
            axum::Json(json!({ "status": status.as_str(), "data": order_json(order, &status) }))
                .into_response()
        }
        None => error(StatusCode::BAD_REQUEST, "no payment with that payment_id"),
    }
}

#[derive(Deserialize)]
struct ListQuery {
    limit: Option<usize>,
    offset: Option<usize>,
}

async fn list(State(s): State<DemoRef>, Query(q): Query<ListQuery>) -> Response {
    let limit = q.limit.unwrap_or(10).min(100);
    let offset = q.offset.unwrap_or(0);
    let store = s.store(false);
    let data: Vec<Value> = store
        .newest_first()
        .skip(offset)
        .take(limit)
        .map(|o| order_json(o, &store.status_of(o)))
        .collect();
    axum::Json(json!({ "limit": limit, "offset": offset, "data": data })).into_response()
}

async fn history(State(s): State<DemoRef>, body: String) -> Response {
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let bound = |key: &str| {
        body.get(key)
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<crate::api::DateBound>().ok())
    };
    let (Some(start), Some(end)) = (bound("start_date"), bound("end_date")) else {
        return error(
            StatusCode::BAD_REQUEST,
            "start_date and end_date are required ISO 8601 dates",
        );
    };
    let store = s.store(false);
    let (total, data) = store.between(start, end);
    let data: Vec<Value> = data
        .into_iter()
        .map(|o| order_json(o, &store.status_of(o)))
        .collect();
    let reply = json!({ "amount": crate::money::to_json_number(total), "data": data });
    axum::Json(reply).into_response()
}

/// How a luxpay on this machine tells the demo from a real API (luxfin-api.md has no
/// such endpoint; luxpay asks it of loopback addresses only).
async fn about() -> Response {
    axum::Json(json!({ "demo": true, "name": "luxpay demo API" })).into_response()
}

async fn test_webhook() -> Response {
    axum::Json(json!({ "message": "demo: a test event would be sent to your webhook now" }))
        .into_response()
}

async fn pay(State(s): State<DemoRef>, Path(id): Path<u64>) -> Response {
    settle(&s, id, crate::api::PaymentStatus::Success)
}

async fn expire(State(s): State<DemoRef>, Path(id): Path<u64>) -> Response {
    settle(&s, id, crate::api::PaymentStatus::Expired)
}

fn settle(s: &DemoRef, id: u64, outcome: crate::api::PaymentStatus) -> Response {
    let mut store = s.store(true);
    match store.settle(id, outcome) {
        Ok(status) => {
            axum::Json(json!({ "order_id": id, "status": status.as_str() })).into_response()
        }
        Err(message) => error(StatusCode::CONFLICT, &message),
    }
}
