//! `luxpay mirror`: the customer's screen, run in a second terminal. It connects to the
//! till's socket (waiting, and reconnecting when the till restarts), draws what the till
//! publishes, and takes `q` and Ctrl+C only: nothing of the till's menus is reachable
//! from the customer's side.

use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use tokio::sync::mpsc;

use super::CliError;
use crate::lean_backend::SharedSize;
use crate::mirror::MirrorState;
use crate::ui::mirror::MirrorView;

/// How soon a mirror tries the till again.
const RETRY: Duration = Duration::from_millis(300);

pub async fn run(settings: &crate::config::Settings) -> Result<u8, CliError> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "luxpay mirror draws on a terminal: run it in the terminal the customer sees".into(),
        ));
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

    // The till's states, and `None` each time it goes away.
    let (tx, mut states) = mpsc::unbounded_channel::<Option<MirrorState>>();
    tokio::spawn(async move {
        loop {
            let sent = tx.clone();
            let _ = crate::mirror::watch(&socket, move |state| {
                let _ = sent.send(Some(state));
            })
            .await;
            if tx.send(None).is_err() {
                return;
            }
            tokio::time::sleep(RETRY).await;
        }
    });

    let mut view = MirrorView {
        state: None,
        qr: None,
        till,
        no_color: env.no_color,
    };
    loop {
        let mut code = None;
        terminal
            .draw(|frame| code = crate::ui::mirror::render(&view, frame))
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
            Some(state) = states.recv() => match state {
                Some(state) if view.state.as_ref() != Some(&state) => view.set(state),
                Some(_) => continue,
                None if view.state.is_some() => {
                    view.state = None;
                    view.qr = None;
                }
                None => continue,
            },
            () = &mut stop => return Ok(0),
        }
    }
}

fn io(e: impl std::fmt::Display) -> CliError {
    CliError::Io(e.to_string())
}
