//! The terminal's input, read on its own and sent to the loop as crossterm events: on
//! unix by luxpay itself (`input`), elsewhere by crossterm's `EventStream`.

use std::io;

use crossterm::event::Event;
use tokio::sync::mpsc::{self, UnboundedReceiver};

use crate::lean_backend::SharedSize;

/// Reads terminal input on its own thread and forwards it, so the loop has one input
/// channel whether the events come from a terminal or from a test.
/// Resize events also update `size`, which the terminal backend reads.
#[cfg(unix)]
pub fn spawn_input_reader(size: SharedSize) -> UnboundedReceiver<Event> {
    let (tx, rx) = mpsc::unbounded_channel();
    // The window's size, on SIGWINCH, for as long as the input lasts.
    let resizes = tx.downgrade();
    tokio::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut changes) = signal(SignalKind::window_change()) else {
            return;
        };
        while changes.recv().await.is_some() {
            let (Ok((width, height)), Some(tx)) = (crossterm::terminal::size(), resizes.upgrade())
            else {
                break;
            };
            size.set(width, height);
            if tx.send(Event::Resize(width, height)).is_err() {
                break;
            }
        }
    });
    // A thread of its own, not a blocking task: it waits in read(2) until the process
    // ends, which the runtime's shutdown would otherwise wait for.
    std::thread::spawn(move || read_input(&tx));
    rx
}

/// Reads the terminal (stdin, or /dev/tty where stdin is not one, as crossterm does)
/// until it ends or fails: then dropping `tx` ends the loop.
#[cfg(unix)]
fn read_input(tx: &mpsc::UnboundedSender<Event>) {
    use std::io::{IsTerminal, Read};
    let mut source: Box<dyn Read> = if io::stdin().is_terminal() {
        Box::new(io::stdin())
    } else {
        match std::fs::File::open("/dev/tty") {
            Ok(tty) => Box::new(tty),
            Err(_) => return,
        }
    };
    let mut parser = super::input::Parser::default();
    let mut buffer = [0u8; 1024];
    loop {
        let n = match source.read(&mut buffer) {
            Ok(0) => return,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return,
        };
        for event in parser.advance(&buffer[..n], n == buffer.len()) {
            if tx.send(event).is_err() {
                return;
            }
        }
    }
}

/// Reads terminal input on its own task and forwards it (crossterm's reader where
/// luxpay does not read the terminal itself).
#[cfg(not(unix))]
pub fn spawn_input_reader(size: SharedSize) -> UnboundedReceiver<Event> {
    use futures_util::StreamExt;
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut events = crossterm::event::EventStream::new();
        while let Some(Ok(event)) = events.next().await {
            if let Event::Resize(width, height) = event {
                size.set(width, height);
            }
            if tx.send(event).is_err() {
                break;
            }
        }
    });
    rx
}
