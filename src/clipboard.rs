//! Which way a copy goes: the system clipboard (arboard) or the terminal's (OSC 52).

use std::sync::mpsc;
use std::time::Duration;

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::termenv::TermEnv;

/// The `clipboard` setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardMode {
    /// System clipboard with a local display, OSC 52 over SSH or without one.
    #[default]
    Auto,
    System,
    Osc52,
    Off,
}

/// The `osc52_wrap` setting: how to get OSC 52 through a terminal multiplexer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Osc52Wrap {
    /// Plain OSC 52; tmux forwards it with `set -g set-clipboard on`.
    #[default]
    None,
    /// Wrapped in tmux passthrough (needs `set -g allow-passthrough on`).
    Tmux,
    /// Wrapped in a GNU screen DCS string.
    Screen,
}

/// Where a copy will be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// arboard first; OSC 52 if the system clipboard fails.
    System,
    Osc52(Osc52Wrap),
    Off,
}

impl Route {
    /// Decides the route from the setting and the session.
    pub fn choose(mode: ClipboardMode, wrap: Osc52Wrap, env: &TermEnv) -> Route {
        match mode {
            ClipboardMode::Off => Route::Off,
            ClipboardMode::Osc52 => Route::Osc52(wrap),
            ClipboardMode::System => Route::System,
            ClipboardMode::Auto if env.ssh || !env.display => Route::Osc52(wrap),
            ClipboardMode::Auto => Route::System,
        }
    }

    /// A sentence for `doctor`, in `tr`'s language (`doctor --json` says it in plain
    /// English).
    pub fn describe(self, tr: &crate::i18n::Tr) -> String {
        match self {
            Route::System => t!(tr, "clipboard-route-system"),
            Route::Osc52(Osc52Wrap::None) => t!(tr, "clipboard-route-osc52"),
            Route::Osc52(Osc52Wrap::Tmux) => t!(tr, "clipboard-route-osc52-tmux"),
            Route::Osc52(Osc52Wrap::Screen) => t!(tr, "clipboard-route-osc52-screen"),
            Route::Off => t!(tr, "clipboard-route-off"),
        }
    }
}

/// The escape sequence that asks the terminal to put `text` on its clipboard:
/// `ESC ] 52 ; c ; <base64> BEL`, wrapped for a multiplexer when asked.
pub fn osc52(text: &str, wrap: Osc52Wrap) -> String {
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    let plain = format!("\x1b]52;c;{payload}\x07");
    match wrap {
        Osc52Wrap::None => plain,
        // tmux passes a DCS through when every ESC inside is doubled.
        Osc52Wrap::Tmux => format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b")),
        // GNU screen limits one DCS string, so long sequences go in 76-byte pieces.
        Osc52Wrap::Screen => plain
            .as_bytes()
            .chunks(76)
            .map(|piece| format!("\x1bP{}\x1b\\", String::from_utf8_lossy(piece)))
            .collect(),
    }
}

/// The system clipboard, reached through one long-lived thread.
///
/// arboard is created lazily, on the first copy, because creating it without a display
/// can fail or hang; and it lives as long as the process, because on X11 the copied
/// text is served by the process that copied it and vanishes with the clipboard object.
pub struct SystemClipboard {
    requests: Option<mpsc::Sender<CopyRequest>>,
}

/// Text to copy, and where to send the outcome.
type CopyRequest = (String, mpsc::Sender<Result<(), String>>);

/// How long a copy may take before the system clipboard is taken to be unreachable.
const SYSTEM_COPY_TIMEOUT: Duration = Duration::from_secs(2);

impl SystemClipboard {
    pub fn new() -> SystemClipboard {
        SystemClipboard { requests: None }
    }

    /// Puts `text` on the system clipboard; blocks for at most two seconds.
    pub fn copy(&mut self, text: String) -> Result<(), String> {
        let requests = self.requests.get_or_insert_with(spawn_clipboard_thread);
        let (reply_to, reply) = mpsc::channel();
        requests
            .send((text, reply_to))
            .map_err(|_| "the clipboard thread stopped".to_string())?;
        match reply.recv_timeout(SYSTEM_COPY_TIMEOUT) {
            Ok(result) => result,
            Err(_) => Err("no answer from the system clipboard".into()),
        }
    }
}

impl Default for SystemClipboard {
    fn default() -> Self {
        SystemClipboard::new()
    }
}

fn spawn_clipboard_thread() -> mpsc::Sender<CopyRequest> {
    let (tx, rx) = mpsc::channel::<CopyRequest>();
    std::thread::spawn(move || {
        let mut clipboard: Option<arboard::Clipboard> = None;
        for (text, reply) in rx {
            let result = match &mut clipboard {
                Some(c) => c.set_text(text).map_err(|e| e.to_string()),
                None => match arboard::Clipboard::new() {
                    Ok(mut c) => {
                        let r = c.set_text(text).map_err(|e| e.to_string());
                        clipboard = Some(c);
                        r
                    }
                    Err(e) => Err(e.to_string()),
                },
            };
            let _ = reply.send(result.map_err(|e| crate::sanitize::excerpt(&e, 80)));
        }
    });
    tx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_plain_and_wrapped() {
        assert_eq!(osc52("hi", Osc52Wrap::None), "\x1b]52;c;aGk=\x07");
        assert_eq!(
            osc52("hi", Osc52Wrap::Tmux),
            "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"
        );
        let long = "x".repeat(200);
        let screen = osc52(&long, Osc52Wrap::Screen);
        let pieces: Vec<&str> = screen.split("\x1bP").filter(|p| !p.is_empty()).collect();
        assert!(pieces.len() > 1 && pieces.iter().all(|p| p.ends_with("\x1b\\")));
        let inner: String = pieces
            .iter()
            .map(|p| p.trim_end_matches("\x1b\\"))
            .collect();
        assert_eq!(inner, osc52(&long, Osc52Wrap::None));
    }

    #[test]
    fn auto_uses_osc52_over_ssh_or_without_a_display() {
        let local = TermEnv {
            display: true,
            ..TermEnv::default()
        };
        let ssh = TermEnv {
            display: true,
            ssh: true,
            ..TermEnv::default()
        };
        let headless = TermEnv::default();
        assert_eq!(
            Route::choose(ClipboardMode::Auto, Osc52Wrap::None, &local),
            Route::System
        );
        assert_eq!(
            Route::choose(ClipboardMode::Auto, Osc52Wrap::Tmux, &ssh),
            Route::Osc52(Osc52Wrap::Tmux)
        );
        assert_eq!(
            Route::choose(ClipboardMode::Auto, Osc52Wrap::None, &headless),
            Route::Osc52(Osc52Wrap::None)
        );
        assert_eq!(
            Route::choose(ClipboardMode::System, Osc52Wrap::None, &ssh),
            Route::System
        );
        assert_eq!(
            Route::choose(ClipboardMode::Off, Osc52Wrap::None, &local),
            Route::Off
        );
    }
}
