//! The terminal's modes: taken over for the app (raw mode, the alternate screen,
//! bracketed paste) and given back as it was. Below `tui` and `effects`, which both do it.

use std::io;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};

/// Raw mode, the alternate screen and bracketed paste: the terminal as the app uses it
/// (at start, and again after a suspend).
pub fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)
}

/// Gives the terminal back as it was. Safe to call more than once, and on a terminal
/// that is already gone (after SIGHUP): errors are ignored.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}
