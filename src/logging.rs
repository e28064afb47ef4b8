//! Logs go to a file in the data directory, never to the terminal luxpay draws on.

use std::path::Path;

use tracing_subscriber::filter::LevelFilter;

/// Keeps the background log writer alive; logs still buffered are flushed on drop.
pub type LogGuard = tracing_appender::non_blocking::WorkerGuard;

/// Starts logging to `<data_dir>/luxpay.log` at the level in `LUXPAY_LOG` (default
/// `info`). Returns `None`, quietly, if the directory cannot be made: logging must
/// never stop a sale.
pub fn init(data_dir: &Path) -> Option<LogGuard> {
    std::fs::create_dir_all(data_dir).ok()?;
    let level = std::env::var("LUXPAY_LOG")
        .ok()
        .and_then(|l| l.parse::<LevelFilter>().ok())
        .unwrap_or(LevelFilter::INFO);
    let appender = tracing_appender::rolling::never(data_dir, "luxpay.log");
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let targets = tracing_subscriber::filter::Targets::new().with_target("luxpay", level);
    use tracing_subscriber::layer::SubscriberExt;
    let subscriber = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(writer)
                .with_ansi(false),
        )
        .with(targets);
    tracing::subscriber::set_global_default(subscriber).ok()?;
    Some(guard)
}
