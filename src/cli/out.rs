//! Writing to stdout and stderr from commands without ever panicking.
//!
//! `println!` panics when stdout is a pipe whose reader has gone (`luxpay doctor | head
//! -3`). Commands write through `outln!`/`out!` instead: a closed pipe ends the command
//! quietly, with exit code 141 as a shell reports SIGPIPE. Messages go through `errln!`,
//! which drops what cannot be shown rather than crash over it.

use std::fmt;
use std::io::{self, Write};

/// Whether the demo API that answers is a `luxpay demo-server` apart (set once, when a
/// command starts), so the banner names the one it is.
static DEMO_SERVER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes that the demo API answering is a `luxpay demo-server` running apart.
pub(crate) fn demo_is_a_server(yes: bool) {
    DEMO_SERVER.store(yes, std::sync::atomic::Ordering::Relaxed);
}

use super::CliError;

/// Writes to stdout; the error for a closed pipe is `CliError::ClosedPipe`.
pub(crate) fn write_out(args: fmt::Arguments) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_fmt(args)
        .and_then(|()| out.flush())
        .map_err(write_error)
}

/// Writes bytes to stdout as they are (a script, a manual page).
pub(crate) fn write_bytes(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(write_error)
}

/// Whether stdout is a terminal: only then does it get escape sequences (the QR code's
/// colours, layouts for the window's size). A file or a pipe is read by a script, which
/// wants plain lines.
pub(crate) fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    io::stdout().is_terminal()
}

/// Says on stderr that the demo API answers, when it does: a banner never goes into
/// the output a script reads.
/// Every command run on the embedded demo API says it first, on stderr; the same for a
/// `luxpay demo-server` running apart.
pub(crate) fn demo_banner(demo: bool, tr: &crate::i18n::Tr) {
    if demo {
        let line = if DEMO_SERVER.load(std::sync::atomic::Ordering::Relaxed) {
            t!(tr, "cli-demo-server-banner")
        } else {
            t!(tr, "cli-demo-banner")
        };
        write_err(format_args!("{line}\n"));
    }
}

/// Writes to stderr, best effort: a message that cannot be shown is dropped.
pub(crate) fn write_err(args: fmt::Arguments) {
    let _ = io::stderr().lock().write_fmt(args);
}

/// The error for a failed write to stdout or a file: a closed pipe is not a failure of
/// ours, the reader simply stopped reading.
pub(crate) fn write_error(e: io::Error) -> CliError {
    if is_closed_pipe(&e) {
        CliError::ClosedPipe
    } else {
        CliError::Io(format!("cannot write the output: {e}"))
    }
}

/// Whether the error, or one it wraps (the CSV writer wraps its own), is a closed pipe.
fn is_closed_pipe(e: &io::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
        {
            return true;
        }
        cause = c.source();
    }
    false
}

/// `println!` for commands: `?`s a closed pipe out of the command.
macro_rules! outln {
    () => { $crate::cli::out::write_out(format_args!("\n"))? };
    ($($arg:tt)*) => { $crate::cli::out::write_out(format_args!("{}\n", format_args!($($arg)*)))? };
}

/// `print!` for commands: `?`s a closed pipe out of the command.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::out::write_out(format_args!($($arg)*))? };
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::out::write_err(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {errln, out, outln};
