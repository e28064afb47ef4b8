//! Waiting for the signals that ask luxpay to stop.

use std::future::Future;

/// Starts listening for Ctrl+C (SIGINT), SIGTERM, SIGHUP (an SSH connection dropping),
/// SIGQUIT and SIGUSR1 right away, and returns a future that resolves when one arrives:
/// each of them would otherwise end luxpay with the terminal left in the app's screen.
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
            SignalKind::quit(),
            SignalKind::user_defined1(),
        ]
        .map(|kind| signal(kind).ok());
        async move {
            let [
                Some(mut int),
                Some(mut term),
                Some(mut hup),
                Some(mut quit),
                Some(mut usr1),
            ] = listeners
            else {
                // Without handlers the default actions apply; wait for nothing.
                return std::future::pending().await;
            };
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
                _ = hup.recv() => {}
                _ = quit.recv() => {}
                _ = usr1.recv() => {}
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

/// Takes over SIGXFSZ, whose default action kills the process when a file passes the
/// size limit (`ulimit -f`): mid-append, with a created order, no link shown, a torn
/// line and the terminal left in the app's screen. Handled, the write fails with an
/// error instead, and luxpay says so. (The handler stays for the process's life.)
pub fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let xfsz = SignalKind::from_raw(rustix::process::Signal::XFSZ.as_raw());
        if let Err(e) = signal(xfsz) {
            tracing::warn!(error = %e, "cannot handle SIGXFSZ");
        }
    }
}

/// Stops luxpay as Ctrl+Z does in a shell (SIGTSTP); returns once `fg` continues it.
pub fn suspend() {
    #[cfg(unix)]
    {
        use rustix::process::{Signal, getpid, kill_process};
        if let Err(e) = kill_process(getpid(), Signal::TSTP) {
            tracing::warn!(error = %e, "cannot suspend");
        }
    }
}
