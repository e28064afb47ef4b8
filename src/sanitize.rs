//! Cleaning text that came from the network or a file before it reaches a terminal.
//!
//! A hostile server must not be able to move the cursor, clear the screen, set the
//! clipboard or reorder what we print, so every control character (C0, DEL, C1) and
//! every bidirectional override is removed. Line breaks and tabs become spaces, so a
//! value always stays on the line it was printed on.

/// Returns `s` with control and bidi-override characters removed and whitespace controls
/// turned into single spaces.
pub fn line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\t' | '\n' | '\r') {
            out.push(' ');
        } else if !is_unsafe(c) {
            out.push(c);
        }
    }
    out
}

/// `line`, cut to at most `max` characters with an ellipsis when something was cut.
pub fn excerpt(s: &str, max: usize) -> String {
    let clean = line(s);
    let clean = clean.trim();
    if clean.chars().count() <= max {
        return clean.to_string();
    }
    let mut cut: String = clean.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// True for characters that may change terminal state or the visual order of text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True when `s` holds nothing `line` would change.
pub fn is_clean(s: &str) -> bool {
    !s.chars().any(is_unsafe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_c1_controls() {
        let hostile = "Paid\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m!\u{7f}";
        let clean = line(hostile);
        assert!(is_clean(&clean));
        assert_eq!(clean, "Paid[2J]52;c;ZXZpbA==31m!");
    }

    #[test]
    fn keeps_text_on_one_line_and_drops_bidi_overrides() {
        assert_eq!(line("a\nb\tc\u{202E}d"), "a b cd");
        assert_eq!(line("café ☕ 日本"), "café ☕ 日本");
    }

    #[test]
    fn excerpt_cuts_long_text() {
        assert_eq!(excerpt("  short ", 10), "short");
        assert_eq!(excerpt("abcdefghij", 5), "abcd…");
    }
}
