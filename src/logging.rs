//! Logs go to files in the log directory ($XDG_STATE_HOME/luxpay on Linux), one a day,
//! the last 7 kept; never to the terminal luxpay draws on.

use std::path::Path;

use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::LevelFilter;

/// Keeps the background log writer alive; logs still buffered are flushed on drop.
pub type LogGuard = tracing_appender::non_blocking::WorkerGuard;

/// How many daily log files are kept.
const KEEP_DAYS: usize = 7;

/// How many lines may wait for the background writer.
const BUFFERED_LINES: usize = 1024;

/// Starts logging to `<log_dir>/luxpay.<date>.log` at the level in `LUXPAY_LOG` (default
/// `info`). Logging must never stop a sale: if the directory or the file cannot be made
/// (read-only, owned by root after one `sudo luxpay`, a directory in the way), luxpay
/// runs without a log file and returns the one warning to give.
pub fn init(log_dir: &Path) -> Result<LogGuard, String> {
    let appender = std::fs::create_dir_all(log_dir)
        .map_err(|e| e.to_string())
        .and_then(|()| {
            RollingFileAppender::builder()
                .rotation(Rotation::DAILY)
                .filename_prefix("luxpay")
                .filename_suffix("log")
                .max_log_files(KEEP_DAYS)
                .build(log_dir)
                .map_err(|e| e.to_string())
        })
        .map_err(|e| {
            format!(
                "no log file in {} ({e}): running without one",
                log_dir.display()
            )
        })?;
    let level = std::env::var("LUXPAY_LOG")
        .ok()
        .and_then(|l| l.parse::<LevelFilter>().ok())
        .unwrap_or(LevelFilter::INFO);
    // The writer's queue is allocated and touched whole at start: the crate's default of
    // 128,000 lines cost 5 MB and 3 ms before every command's first step. luxpay logs a
    // few lines per sale; a burst past this many is dropped rather than block a screen.
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .buffered_lines_limit(BUFFERED_LINES)
        .finish(appender);
    let targets = tracing_subscriber::filter::Targets::new().with_target("luxpay", level);
    use tracing_subscriber::layer::SubscriberExt;
    let subscriber = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(writer)
                .with_ansi(false),
        )
        .with(targets);
    // Only fails if a logger is set already (a second init in one process): keep that one.
    let _ = tracing::subscriber::set_global_default(subscriber);
    Ok(guard)
}
