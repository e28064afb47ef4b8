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

/// Printable ASCII has nothing to remove: most text takes this way (a ledger export
/// cleans six fields a row, a million rows).
fn is_plain(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// `line` for text already owned: text with nothing to remove is kept, not copied.
pub fn line_owned(s: String) -> String {
    if is_plain(&s) { s } else { line(&s) }
}

/// Returns `s` with escape sequences, control and bidi-override characters removed and
/// whitespace controls turned into single spaces.
pub fn line(s: &str) -> String {
    if is_plain(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut scan = Scan::Text;
    let mut combining = 0;
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
                combining = if is_combining(c) { combining + 1 } else { 0 };
                if !is_unsafe(c) && !is_invisible(c) && combining <= MAX_COMBINING_RUN {
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

/// True for characters that show as nothing, or as something else: Unicode's
/// default-ignorable code points (zero-width spaces and joiners, the byte-order mark,
/// the soft hyphen, Hangul fillers, variation selectors, tags, direction marks) and the
/// line and paragraph separators. In text they shift table columns and hide what is there.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// True for combining marks (the Combining Diacritical Marks blocks): one or two on a
/// letter are ordinary writing; a long run of them piles up over the lines around it.
pub fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The most combining marks kept on one letter.
pub const MAX_COMBINING_RUN: usize = 2;

/// What makes typed text look like something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deception {
    /// An invisible or direction-changing character.
    Invisible(char),
    /// More combining marks on one letter than `MAX_COMBINING_RUN`.
    CombiningPile,
}

/// What makes typed text look like something else, if anything.
pub fn deception(s: &str) -> Option<Deception> {
    let mut run = 0;
    for c in s.chars() {
        if is_unsafe(c) || is_invisible(c) {
            return Some(Deception::Invisible(c));
        }
        run = if is_combining(c) { run + 1 } else { 0 };
        if run > MAX_COMBINING_RUN {
            return Some(Deception::CombiningPile);
        }
    }
    None
}

/// What makes typed text look like something else, if anything: for a message that
/// names the problem (the field is named by the caller), in `tr`'s language.
pub fn deceptive_in(s: &str, tr: &crate::i18n::Tr) -> Option<String> {
    deception(s).map(|d| match d {
        Deception::Invisible(c) => {
            t!(
                tr,
                "text-invisible-char",
                code = format!("{:04X}", c as u32)
            )
        }
        Deception::CombiningPile => t!(tr, "text-combining-pile"),
    })
}

/// `deceptive_in`, in English.
#[cfg(test)]
pub fn deceptive(s: &str) -> Option<String> {
    deceptive_in(s, &crate::i18n::Tr::plain())
}

/// True when `s` holds no character that changes terminal state or text order.
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
    fn owned_text_is_cleaned_like_borrowed_text() {
        for text in ["plain text", "caf\u{e9}", "a\x1b[2Jb\tc", "\u{202e}evil"] {
            assert_eq!(line_owned(text.to_string()), line(text));
        }
    }

    #[test]
    fn keeps_text_on_one_line_and_drops_bidi_overrides() {
        assert_eq!(line("a\nb\tc\u{202E}d"), "a b cd");
        assert_eq!(line("café ☕ 日本"), "café ☕ 日本");
    }

    #[test]
    fn server_text_loses_invisible_characters_and_piles_of_marks() {
        let hostile =
            "Te\u{200B}a\u{00AD}\u{FEFF}\u{3164} e\u{0301}\u{0301}\u{0301}\u{0301}x\u{2028}y";
        assert_eq!(line(hostile), "Tea e\u{0301}\u{0301}xy");
        assert_eq!(line("Phở"), "Phở", "ordinary accents stay");
    }

    #[test]
    fn deceptive_input_is_named() {
        assert!(deceptive("ana@example.com").is_none());
        assert!(deceptive("Phở bò").is_none());
        for bad in [
            "a\u{202E}b",
            "a\u{200B}b",
            "a\u{2028}b",
            "a\u{061C}b",
            "a\u{FEFF}",
            "a\u{00AD}b",
        ] {
            assert!(deceptive(bad).unwrap().contains("U+"), "{bad:?}");
        }
        assert!(
            deceptive("e\u{0301}\u{0302}\u{0303}")
                .unwrap()
                .contains("combining")
        );
    }

    #[test]
    fn excerpt_cuts_long_text() {
        assert_eq!(excerpt("  short ", 10), "short");
        assert_eq!(excerpt("abcdefghij", 5), "abcd…");
    }
}
