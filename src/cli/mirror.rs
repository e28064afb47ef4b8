//! `luxpay mirror`: the customer's screen, run in a second terminal. It connects to the
//! till's socket (waiting, and reconnecting when the till restarts), draws what the till
//! publishes, and takes `q` and Ctrl+C only: nothing of the till's menus is reachable
//! from the customer's side.

use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use tokio::sync::mpsc;

use super::CliError;
use crate::lean_backend::SharedSize;
use crate::mirror::Published;
use crate::ui::mirror::{MirrorView, Till};

/// How soon a mirror tries the till again.
const RETRY: Duration = Duration::from_millis(300);

pub async fn run(settings: &crate::config::Settings) -> Result<u8, CliError> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::in_words(CliError::Usage, &settings.tr, |tr| {
            t!(tr, "cli-mirror-needs-terminal")
        }));
    }
    let till = settings.seller.till.clone();
    let socket = crate::mirror::socket_for(&settings.data_dir, &till);
    // A socket in a directory that is a link, or another user's, may be anyone's: what
    // it says is not put before a customer.
    if let Some(dir) = socket.parent() {
        crate::mirror::refuse_unsafe_dir(dir).map_err(io)?;
    }
    let env = crate::termenv::TermEnv::detect();
    crate::tui::install_panic_hook();
    let stop = crate::signals::stop_requested();
    tokio::pin!(stop);
    let size = SharedSize::default();
    let mut terminal = crate::tui::enter(size.clone()).map_err(io)?;
    let _restore = crate::tui::RestoreOnDrop;
    // Asked before anything else reads the terminal's input.
    let images = crate::graphics::Images::for_terminal(settings.qr_graphics, &env);
    let mut input = crate::tui::spawn_input_reader(size);
    let mut out = std::io::stdout();
    let mut imaged = None;

    let mut states = watch_till(socket);
    let mut view = MirrorView {
        state: None,
        qr: None,
        till: Till::from(till.as_str()),
        no_color: env.no_color,
    };
    loop {
        let mut code = None;
        terminal
            .draw(|frame| code = crate::ui::mirror::render_in(&settings.tr, &view, frame))
            .map_err(io)?;
        if let Some(images) = images
            && crate::tui::draw_image(&mut terminal, &mut out, images, &mut imaged, code)
                .map_err(io)?
        {
            continue;
        }
        tokio::select! {
            event = input.recv() => match event {
                Some(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL)
                        && key.code == KeyCode::Char('c');
                    if ctrl_c || key.code == KeyCode::Char('q') {
                        return Ok(0);
                    }
                }
                Some(_) => {}
                None => return Ok(0),
            },
            Some(seen) = states.recv() => {
                if !take(&mut view, seen) {
                    continue;
                }
            }
            () = &mut stop => return Ok(0),
        }
    }
}

/// What the mirror learns of its till.
enum Seen {
    /// The till published a state.
    State(Published),
    /// The till is not reached; the tills whose sockets are there instead.
    Gone(Vec<String>),
}

/// Watches the till's socket, reconnecting when the till restarts: each state it
/// publishes, and each time it is not reached, the tills that are there.
fn watch_till(socket: std::path::PathBuf) -> mpsc::UnboundedReceiver<Seen> {
    let (tx, states) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let sent = tx.clone();
            let _ = crate::mirror::watch(&socket, move |state| {
                let _ = sent.send(Seen::State(state));
            })
            .await;
            if tx.send(Seen::Gone(others(&socket))).is_err() {
                return;
            }
            tokio::time::sleep(RETRY).await;
        }
    });
    states
}

/// The tills with a socket beside `socket`, but for its own (left by a till that died).
fn others(socket: &std::path::Path) -> Vec<String> {
    let Some(dir) = socket.parent() else {
        return Vec::new();
    };
    let mut tills = crate::mirror::tills_in(dir);
    tills.retain(|till| crate::mirror::socket_path(dir, till) != socket);
    tills
}

/// Takes what was seen into the view; whether the screen changed.
fn take(view: &mut MirrorView, seen: Seen) -> bool {
    match seen {
        Seen::State(p) => {
            if view.state.as_ref() == Some(&p.state) && view.till.demo == p.demo {
                return false;
            }
            view.till.demo = p.demo;
            view.set(p.state);
        }
        Seen::Gone(found) => {
            if view.state.is_none() && view.till.found == found {
                return false;
            }
            view.state = None;
            view.qr = None;
            view.till.found = found;
        }
    }
    true
}

fn io(e: impl std::fmt::Display) -> CliError {
    CliError::Io(e.to_string())
}
