//! Facts about the terminal and session luxpay runs in, read once from the environment.

/// What the environment says about where we are drawing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermEnv {
    pub term: Option<String>,
    pub colorterm: Option<String>,
    /// NO_COLOR is set to a non-empty value (https://no-color.org).
    pub no_color: bool,
    /// Logged in over SSH: SSH_CONNECTION or SSH_TTY is set.
    pub ssh: bool,
    pub tmux: bool,
    /// Inside GNU screen (STY is set).
    pub screen: bool,
    /// A local graphical session whose clipboard arboard can reach.
    pub display: bool,
    /// The home directory (HOME), to show paths under it as `~/…`.
    pub home: Option<std::path::PathBuf>,
}

impl TermEnv {
    /// Reads the facts through `var`, so tests can supply their own environment.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> TermEnv {
        let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
        TermEnv {
            term: var("TERM"),
            colorterm: var("COLORTERM"),
            no_color: set("NO_COLOR"),
            ssh: set("SSH_CONNECTION") || set("SSH_TTY"),
            tmux: set("TMUX"),
            screen: set("STY"),
            home: var("HOME")
                .filter(|h| !h.is_empty())
                .map(std::path::PathBuf::from),
            // macOS and Windows always have a clipboard; elsewhere it needs X11 or Wayland.
            display: cfg!(any(target_os = "macos", windows))
                || set("DISPLAY")
                || set("WAYLAND_DISPLAY"),
        }
    }

    /// The real process environment.
    pub fn detect() -> TermEnv {
        TermEnv::from_vars(|name| std::env::var(name).ok())
    }

    /// A short description of the colour support, for `doctor`, in `tr`'s language
    /// (`doctor --json` says it in plain English).
    pub fn colours(&self, tr: &crate::i18n::Tr) -> String {
        if self.no_color {
            return t!(tr, "termenv-colours-none");
        }
        match (self.colorterm.as_deref(), self.term.as_deref()) {
            (Some("truecolor" | "24bit"), _) => t!(tr, "termenv-colours-24bit"),
            (_, Some(t)) if t.contains("256color") => t!(tr, "termenv-colours-256"),
            (_, Some("dumb")) | (_, None) => t!(tr, "termenv-colours-unknown"),
            _ => t!(tr, "termenv-colours-16"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;

    fn env(pairs: &[(&str, &str)]) -> TermEnv {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        TermEnv::from_vars(|name| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn ssh_tmux_and_display_are_seen() {
        let e = env(&[
            ("SSH_CONNECTION", "10.0.0.1 5 10.0.0.2 22"),
            ("TMUX", "/tmp/t,1,0"),
        ]);
        assert!(e.ssh && e.tmux && !e.screen);
        assert_eq!(e.display, cfg!(any(target_os = "macos", windows)));
        assert!(env(&[("SSH_TTY", "/dev/pts/1")]).ssh);
        assert!(!env(&[("SSH_TTY", "")]).ssh);
    }

    #[test]
    fn colours_honour_no_color() {
        assert!(
            env(&[("NO_COLOR", "1"), ("TERM", "xterm-256color")])
                .colours(&Tr::plain())
                .starts_with("none")
        );
        let plain = Tr::plain();
        assert_eq!(env(&[("TERM", "xterm-256color")]).colours(&plain), "256");
        assert_eq!(env(&[("COLORTERM", "truecolor")]).colours(&plain), "24-bit");
        assert_eq!(
            env(&[("TERM", "xterm")]).colours(&Tr::of(crate::i18n::Lang::De)),
            "16 oder mehr (TERM nennt kein 256color)"
        );
    }
}
