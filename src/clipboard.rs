//! Which way a copy goes: the system clipboard (arboard) or the terminal's (OSC 52).

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

    /// A sentence for `doctor` and the help screen.
    pub fn describe(self) -> &'static str {
        match self {
            Route::System => "system clipboard (falls back to OSC 52 if it is not reachable)",
            Route::Osc52(Osc52Wrap::None) => {
                "terminal clipboard via OSC 52 (inside tmux, needs `set -g set-clipboard on`)"
            }
            Route::Osc52(Osc52Wrap::Tmux) => "terminal clipboard via OSC 52 in tmux passthrough",
            Route::Osc52(Osc52Wrap::Screen) => "terminal clipboard via OSC 52 through GNU screen",
            Route::Off => "off (clipboard = \"off\")",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
