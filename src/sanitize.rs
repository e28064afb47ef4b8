//! Cleaning text that came from the network or a file before it reaches a terminal.
//!
//! A hostile server must not be able to move the cursor, clear the screen, set the
//! clipboard or reorder what we print. Escape sequences are removed whole (CSI, OSC,
//! DCS, SOS, PM, APC, in their 7-bit and 8-bit forms), so no half of one is left to show
//! as `[2J` or `]52;c;…`; then every remaining control character (C0, DEL, C1) and every
//! bidirectional override is removed. Line breaks and tabs become spaces, so a value
//! always stays on the line it was printed on.

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// The 8-bit String Terminator.
const ST: char = '\u{9c}';

/// Where the scanner is in an escape sequence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scan {
    Text,
    /// After ESC: the next character says what follows.
    Escape,
    /// In a control sequence: parameters until a final byte (`@` to `~`).
    Csi,
    /// In a string (OSC, DCS, SOS, PM, APC): until ST, ESC \\ or (for OSC) BEL.
    Str,
    /// ESC inside a string: `\\` ends it.
    StrEscape,
}

/// Returns `s` with escape sequences, control and bidi-override characters removed and
/// whitespace controls turned into single spaces.
pub fn line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut scan = Scan::Text;
    for c in s.chars() {
        scan = match (scan, c) {
            (Scan::Text, ESC) => Scan::Escape,
            (Scan::Text, '\u{9b}') => Scan::Csi,
            (Scan::Text, '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}') => Scan::Str,
            (Scan::Text, '\t' | '\n' | '\r') => {
                out.push(' ');
                Scan::Text
            }
            (Scan::Text, c) => {
                if !is_unsafe(c) {
                    out.push(c);
                }
                Scan::Text
            }
            (Scan::Escape, '[') => Scan::Csi,
            (Scan::Escape, ']' | 'P' | 'X' | '^' | '_') => Scan::Str,
            // Any other escape is two characters long (ESC 7, ESC c, …).
            (Scan::Escape, _) => Scan::Text,
            (Scan::Csi, '\u{40}'..='\u{7e}') => Scan::Text,
            (Scan::Csi, _) => Scan::Csi,
            (Scan::Str, BEL | ST) => Scan::Text,
            (Scan::Str, ESC) => Scan::StrEscape,
            (Scan::Str, _) => Scan::Str,
            (Scan::StrEscape, '\\') => Scan::Text,
            (Scan::StrEscape, _) => Scan::Str,
        };
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
        assert_eq!(
            clean, "Paid!",
            "whole sequences go, not only their escape bytes"
        );
    }

    #[test]
    fn every_kind_of_sequence_goes_whole() {
        let cases = [
            ("a\u{1b}[1;31mb\u{1b}[0mc", "abc"),
            (
                "a\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\b",
                "alinkb",
            ),
            ("a\u{1b}]0;title\u{7}b", "ab"),
            ("a\u{1b}Pq#0;1\u{1b}\\b", "ab"),
            (
                "a\u{1b}_apc\u{1b}\\b\u{1b}^pm\u{9c}c\u{1b}Xsos\u{1b}\\d",
                "abcd",
            ),
            ("a\u{9d}52;c;eA==\u{9c}b\u{90}dcs\u{9c}c", "abc"),
            ("a\u{1b}7b\u{1b}cc", "abc"),
            ("cut \u{1b}]52;c;never ends", "cut "),
        ];
        for (hostile, clean) in cases {
            assert_eq!(line(hostile), clean, "{hostile:?}");
        }
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
