//! The receiver's accept loop: hyper's HTTP/1 connections under limits that
//! `axum::serve` does not set. A client that opens a connection and never finishes its
//! headers is cut off after `HEADER_TIMEOUT` instead of holding the connection for
//! ever; headers past `MAX_HEADER` are answered 431; at most `MAX_CONNECTIONS` are
//! served at once, the rest wait in the listen backlog. On stop: no new connections,
//! the requests in hand are finished within `DRAIN`, and systemd is told (Type=notify).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long a client may take to send a request's headers (also how long an idle
/// kept-alive connection stays open).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request head (request line and headers) taken; larger is answered 431.
pub const MAX_HEADER: usize = 16 * 1024;

/// Connections served at once. One more waits in the kernel's listen backlog until one
/// ends (at the latest `HEADER_TIMEOUT` or `BODY_TIMEOUT` later), rather than costing
/// the receiver memory and file descriptors.
pub const MAX_CONNECTIONS: usize = 512;

/// How long a stop waits for the requests in hand before it cuts them off: a request
/// whose body has come needs 2 s at most (`SHARED_TIMEOUT`), and the process is gone
/// within 5 s of SIGTERM, well before systemd's stop timeout.
pub const DRAIN: Duration = Duration::from_secs(3);

/// After a failed accept (out of file descriptors, say): a pause before the next, so the
/// loop does not spin while nothing can be accepted.
const ACCEPT_PAUSE: Duration = Duration::from_millis(100);

/// The receiver's limits; `Limits::default()` is what `luxpay webhook` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long a request's headers may take to arrive.
    pub header_timeout: Duration,
    /// The largest request head, in bytes.
    pub max_header: usize,
    /// Connections served at once.
    pub connections: usize,
    /// How long a stop waits for the requests in hand.
    pub drain: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: HEADER_TIMEOUT,
            max_header: MAX_HEADER,
            connections: MAX_CONNECTIONS,
            drain: DRAIN,
        }
    }
}

/// Serves `app` on `listener` within `limits` until `stop` resolves; then stops
/// accepting, lets the requests in hand finish (for `limits.drain` at most) and returns.
/// Handlers see the peer's address as `ConnectInfo<SocketAddr>`.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    stop: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.max_header);
    let permits = Arc::new(Semaphore::new(limits.connections.max(1)));
    let connections = GracefulShutdown::new();
    systemd::ready();
    let mut stop = std::pin::pin!(stop);
    loop {
        // A permit first: past the cap, connections wait in the backlog, unaccepted.
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => permit,
            () = &mut stop => break,
        };
        let Ok(permit) = permit else { break };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(ACCEPT_PAUSE).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let service = TowerToHyperService::new(app.clone().map_request(
            move |mut request: axum::http::Request<Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            },
        ));
        let connection = connections.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                // Timed out headers, a head too large, a client gone: its own business.
                tracing::debug!(%peer, error = %e, "webhook connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    systemd::stopping();
    let in_hand = connections.count();
    tracing::info!(
        connections = in_hand,
        "stopping: finishing the requests in hand"
    );
    if tokio::time::timeout(limits.drain, connections.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(drain = ?limits.drain, "requests still in hand after the drain time: cut off");
    }
    Ok(())
}

/// Tells systemd how the service is doing when it asked to be told (NOTIFY_SOCKET set,
/// as `Type=notify` does); nothing otherwise.
mod systemd {
    /// The receiver listens: systemd may start what comes after it.
    pub fn ready() {
        #[cfg(unix)]
        send(sd_notify::NotifyState::Ready);
    }

    /// The receiver is stopping (finishing the requests in hand).
    pub fn stopping() {
        #[cfg(unix)]
        send(sd_notify::NotifyState::Stopping);
    }

    #[cfg(unix)]
    fn send(state: sd_notify::NotifyState<'_>) {
        if let Err(e) = sd_notify::notify(&[state]) {
            tracing::warn!(error = %e, "cannot notify systemd");
        }
    }
}
