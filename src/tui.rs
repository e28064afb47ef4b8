//! The terminal: raw mode and the alternate screen on the way in, restored on every way
//! out (quit, error, panic, SIGTERM, SIGHUP); and the event loop that turns input,
//! effect results and ticks into messages, calls `update`, draws, and runs effects.

#[cfg(unix)]
mod input;
mod reader;

use std::future::Future;
use std::io::{self, Write};

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use tokio::sync::mpsc::{self, UnboundedReceiver};

use crate::app::App;
pub use crate::effects::{Effects, EffectsSetup, Next, Runner};
use crate::graphics::{Graphics, Images};
use crate::lean_backend::{LeanBackend, SharedSize};
use crate::msg::{Moment, Msg};
use crate::ui::{self, CodeMark, Hyperlink};
pub use reader::spawn_input_reader;

/// Puts the terminal into raw mode on the alternate screen.
pub fn enter(size: SharedSize) -> io::Result<Terminal<LeanBackend<io::Stdout>>> {
    take_over()?;
    let (width, height) = crossterm::terminal::size()?;
    size.set(width, height);
    Terminal::new(LeanBackend::new(io::stdout(), size))
}

pub use crate::screen::{restore, take_over};

/// Restores the terminal when dropped, so early returns and errors restore it too.
pub struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore();
    }
}

/// Removes a file when dropped: the mirror's socket goes with the app that made it.
struct RemoveOnDrop(Option<std::path::PathBuf>);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(path) = &self.0 {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Makes a panic restore the terminal before its message is printed, so the message
/// lands on the normal screen where it can be read.
pub fn install_panic_hook() {
    let (panic_hook, eyre_hook) = color_eyre::config::HookBuilder::default().into_hooks();
    let _ = eyre_hook.install();
    let panic_hook = panic_hook.into_panic_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        panic_hook(info);
    }));
}

/// Runs the app until it quits. `out` receives escape sequences that are not part of a
/// frame (OSC 52 copies, OSC 8 links, images); `stop` resolves when a signal asks us to
/// stop; `images` says how this terminal draws the code as an image, if it can.
// Each argument is a different end of the loop; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub async fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    mut app: App,
    mut input: UnboundedReceiver<Event>,
    mut results: UnboundedReceiver<Msg>,
    effects: &impl Runner,
    out: &mut (dyn Write + Send),
    stop: impl Future<Output = ()>,
    images: Option<Images>,
) -> io::Result<App>
where
    B::Error: Send + Sync + 'static,
{
    tokio::pin!(stop);
    start(&mut app, terminal, effects, out)?;
    let mut marked: Vec<Hyperlink> = Vec::new();
    let mut marked_area = ratatui::layout::Rect::default();
    let mut imaged: Option<CodeMark> = None;
    let mut dirty = true;
    loop {
        if dirty {
            let mut drawn = ui::Drawn::default();
            let mut area = marked_area;
            terminal
                .draw(|frame| {
                    area = frame.area();
                    drawn = ui::view(&app, frame);
                })
                .map_err(io::Error::other)?;
            if let Some(images) = images
                && draw_image(terminal, out, images, &mut imaged, drawn.code)?
            {
                // The old image's pixels had to go: draw the whole frame again first.
                marked.clear();
                continue;
            }
            let links = drawn.links;
            // A resize repaints everything, links included: mark them again.
            if links != marked || area != marked_area {
                mark_links(out, &links)?;
                marked = links;
                marked_area = area;
            }
            dirty = false;
            // Debug builds only: lets the end-to-end tests check that a panic restores
            // the terminal and leaves its message readable.
            #[cfg(debug_assertions)]
            if std::env::var_os("LUXPAY_DEBUG_PANIC").is_some() {
                panic!("LUXPAY_DEBUG_PANIC is set: panicking on purpose");
            }
        }
        // Sleep until the app has something to do (a spinner frame, a timer's next
        // second, a status check) or input arrives; idle, it wakes for nothing.
        let wakeup = app.next_wakeup();
        let tick = async {
            match wakeup {
                Some(at) => tokio::time::sleep_until(at.into()).await,
                None => std::future::pending().await,
            }
        };
        let msg = tokio::select! {
            event = input.recv() => match event {
                Some(event) => match message_for(event) {
                    Some(msg) => msg,
                    None => continue,
                },
                None => Msg::Quit,
            },
            Some(msg) = results.recv() => msg,
            () = tick => Msg::Tick(moment()),
            () = &mut stop => Msg::Quit,
        };
        // Input already waiting (a paste the terminal sends as typing) is taken in before
        // the next frame: one frame for a burst of keys, not one per key.
        let mut batch = vec![msg];
        while batch.len() < MAX_BATCH {
            match input.try_recv() {
                Ok(event) => batch.extend(message_for(event)),
                Err(_) => break,
            }
        }
        for msg in batch {
            // The clocks are read here, once per message, so `update` never reads one.
            for effect in app.update_at(moment(), msg) {
                match effects.run(effect, out) {
                    Next::Quit => return Ok(app),
                    Next::Redraw => {
                        terminal.clear().map_err(io::Error::other)?;
                        marked.clear();
                    }
                    Next::Continue => {}
                }
            }
        }
        dirty = true;
    }
}

/// The app told the size it starts at (below the smallest, keys wait: see
/// `App::too_small`), and what it asks for as it starts run.
fn start<B: Backend>(
    app: &mut App,
    terminal: &Terminal<B>,
    effects: &impl Runner,
    out: &mut (dyn Write + Send),
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    app.update_at(
        moment(),
        Msg::Resize {
            width: size.width,
            height: size.height,
        },
    );
    for effect in app.init() {
        effects.run(effect, out);
    }
    Ok(())
}

/// Draws the code a frame holds as an image over its cells, when it is not there yet,
/// and takes away the last one. Returns true when the screen was cleared for that (a
/// sixel's pixels stay until their cells are written again) and must be drawn again.
pub fn draw_image<B: Backend>(
    terminal: &mut Terminal<B>,
    out: &mut dyn Write,
    images: Images,
    imaged: &mut Option<CodeMark>,
    code: Option<CodeMark>,
) -> io::Result<bool>
where
    B::Error: Send + Sync + 'static,
{
    if *imaged == code {
        return Ok(false);
    }
    if imaged.take().is_some() {
        match images.graphics {
            Graphics::Kitty { tmux } => {
                let clear = crate::graphics::kitty_clear();
                let clear = if tmux {
                    crate::graphics::tmux_wrap(&clear)
                } else {
                    clear
                };
                out.write_all(clear.as_bytes())?;
            }
            Graphics::Sixel { .. } => {
                terminal.clear().map_err(io::Error::other)?;
                return Ok(true);
            }
        }
    }
    if let Some(mark) = &code {
        let image = crate::graphics::draw(
            images.graphics,
            &mark.code,
            (mark.x, mark.y, mark.cols, mark.rows),
            images.cell_px,
        );
        out.write_all(image.as_bytes())?;
    }
    out.flush()?;
    *imaged = code;
    Ok(false)
}

/// The most waiting input events taken in before a frame is drawn.
const MAX_BATCH: usize = 4096;

/// The time on both clocks: the monotonic one from tokio, so tests with paused time
/// control it, and the wall clock for dates.
fn moment() -> Moment {
    Moment {
        now: tokio::time::Instant::now().into_std(),
        wall: jiff::Timestamp::now(),
    }
}

/// The message for a terminal event; `None` for events luxpay ignores.
fn message_for(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}

/// Rewrites each link's text wrapped in OSC 8, at the place the frame drew it. The
/// visible cells do not change, so the frame and the screen stay in step.
fn mark_links(out: &mut dyn Write, links: &[Hyperlink]) -> io::Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    // Save the cursor (DECSC), write each link at its place, restore (DECRC).
    let mut seq = String::from("\x1b7");
    for link in links {
        seq.push_str(&format!(
            // No style to reset: a frame always ends in the default style.
            "\x1b[{};{}H\x1b]8;;{}\x07{}\x1b]8;;\x07",
            link.y + 1,
            link.x + 1,
            link.url,
            link.text
        ));
    }
    seq.push_str("\x1b8");
    out.write_all(seq.as_bytes())?;
    out.flush()
}

/// Opens the TUI and runs it until the person quits or a signal stops it.
pub async fn run(
    settings: &crate::config::Settings,
    client: crate::api::Client,
    ledger: crate::ledger::Ledger,
    demo: bool,
) -> io::Result<()> {
    use std::io::IsTerminal;
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(io::Error::other(
            "the luxpay app needs a terminal; in scripts use a command such as `luxpay create` (see luxpay --help)",
        ));
    }
    let env = crate::termenv::TermEnv::detect();
    let tz = jiff::tz::TimeZone::system();
    let config = crate::app::AppConfig::from_settings(settings, &env, demo, tz.clone());
    let form = crate::app::Form::new(settings.method, settings.currency, &settings.redirect_url);
    let mut app = App::new(config, form, moment());
    app.measure = ui::measure;
    // What the customer mirrors (`luxpay mirror`) show; the socket goes with the app.
    let socket = crate::mirror::socket_for(&settings.data_dir, &settings.seller.till);
    let mirror = match crate::mirror::publish_as(&socket, app.mirror_state(), demo).await {
        Ok(tx) => Some(tx),
        Err(e) => {
            tracing::warn!(error = %e, "no customer mirror");
            let said = t!(settings.tr, "app-no-mirror", error = e.to_string());
            app.update(Msg::Warning(said));
            None
        }
    };
    let _socket = RemoveOnDrop(mirror.is_some().then(|| socket.clone()));
    // Printed before the screen was taken over, and gone with it: say them here too.
    if !settings.warnings.is_empty() {
        app.update(Msg::Warning(settings.warnings.join("; ")));
    }

    install_panic_hook();
    let stop = crate::signals::stop_requested();
    let size = SharedSize::default();
    let mut terminal = enter(size.clone())?;
    let _restore = RestoreOnDrop;
    let (tx, results) = mpsc::unbounded_channel();
    let export_dir = settings.data_dir.join("exports");
    let setup = crate::effects::EffectsSetup {
        client,
        ledger,
        export_dir,
        demo,
        seller: settings.seller.clone(),
        tz,
        ledger_url: settings.ledger_url.clone(),
        printer: settings.selling.printer.clone(),
        tr: settings.tr.clone(),
        mirror,
        timeout: settings.timeout,
    };
    let effects = Effects::new(setup, tx);
    // Asked before anything else reads the terminal's input: its answers must not
    // reach the form as keys.
    let images = Images::for_terminal(settings.qr_graphics, &env);
    let input = spawn_input_reader(size);
    let mut out = io::stdout();
    run_loop(
        &mut terminal,
        app,
        input,
        results,
        &effects,
        &mut out,
        stop,
        images,
    )
    .await?;
    Ok(())
}
