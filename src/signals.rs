//! Waiting for the signals that ask luxpay to stop.

use std::future::Future;

/// Starts listening for Ctrl+C (SIGINT), SIGTERM and SIGHUP (an SSH connection
/// dropping) right away, and returns a future that resolves when one arrives.
///
/// The handlers are installed before this returns, so a signal that comes while the
/// terminal is being set up is not lost to the default action, which would kill the
/// process without restoring the terminal.
pub fn stop_requested() -> impl Future<Output = ()> + Send {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let listeners = [
            SignalKind::interrupt(),
            SignalKind::terminate(),
            SignalKind::hangup(),
        ]
        .map(|kind| signal(kind).ok());
        async move {
            let [Some(mut int), Some(mut term), Some(mut hup)] = listeners else {
                // Without handlers the default actions apply; wait for nothing.
                return std::future::pending().await;
            };
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
                _ = hup.recv() => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
