//! Terminal input read by luxpay itself, bytes to crossterm `Event`s (unix).
//!
//! crossterm's reader takes `ESC ESC` arriving in one read (two Esc presses in a burst,
//! as an SSH link delivers them) as one Esc: the second press, closing a second layer,
//! was lost, and crossterm's parser is not public to be fed otherwise. This one reads
//! an Esc followed by an Esc as two, and otherwise reads what crossterm reads for the
//! keys luxpay uses: text (UTF-8), control keys, Alt+key, the CSI and SS3 keys with
//! their modifiers, and bracketed paste. Other sequences (a late answer to a query,
//! mouse reports) are dropped, not typed.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Bytes of an unfinished sequence kept at most; past that it is not one, and dropped.
const LONGEST_SEQUENCE: usize = 64;

/// Turns the bytes of successive reads into events, keeping an unfinished sequence (or
/// paste) for the next read.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
    /// Inside a bracketed paste: its text so far.
    paste: Option<Vec<u8>>,
}

/// What the bytes at the front of the buffer are.
enum Parsed {
    /// An event, from this many bytes.
    Event(Event, usize),
    /// This many bytes that make no event.
    Skip(usize),
    /// A bracketed paste starts after this many bytes.
    PasteStart(usize),
    /// The start of something longer: wait for more bytes.
    Incomplete,
}

impl Parser {
    /// The events in one read's `bytes`; `more` when the read filled its buffer (more
    /// bytes are waiting), so a lone ESC at the end may still start a sequence.
    pub fn advance(&mut self, bytes: &[u8], more: bool) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            let rest = &self.pending[at..];
            if let Some(paste) = &mut self.paste {
                const END: &[u8] = b"\x1b[201~";
                match rest.windows(END.len()).position(|w| w == END) {
                    Some(end) => {
                        paste.extend_from_slice(&rest[..end]);
                        let text = String::from_utf8_lossy(paste).into_owned();
                        events.push(Event::Paste(text));
                        self.paste = None;
                        at += end + END.len();
                    }
                    None => {
                        // Keep what may be the start of the end marker.
                        let keep = (1..END.len())
                            .rev()
                            .find(|&n| rest.ends_with(&END[..n]))
                            .unwrap_or(0);
                        paste.extend_from_slice(&rest[..rest.len() - keep]);
                        at = self.pending.len() - keep;
                        break;
                    }
                }
                continue;
            }
            match parse(rest, more) {
                Parsed::Event(event, used) => {
                    events.push(event);
                    at += used;
                }
                Parsed::Skip(used) => at += used,
                Parsed::PasteStart(used) => {
                    self.paste = Some(Vec::new());
                    at += used;
                }
                Parsed::Incomplete if rest.len() > LONGEST_SEQUENCE => at += 1,
                Parsed::Incomplete => break,
            }
        }
        self.pending.drain(..at);
        events
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Parsed {
    Parsed::Event(Event::Key(KeyEvent::new(code, modifiers)), 0)
}

/// `parsed` having used `n` bytes.
fn used(parsed: Parsed, n: usize) -> Parsed {
    match parsed {
        Parsed::Event(event, _) => Parsed::Event(event, n),
        other => other,
    }
}

/// The first event in `bytes` (not empty).
fn parse(bytes: &[u8], more: bool) -> Parsed {
    let none = KeyModifiers::NONE;
    match bytes[0] {
        0x1b => parse_escape(bytes, more),
        b'\r' => used(key(KeyCode::Enter, none), 1),
        b'\t' => used(key(KeyCode::Tab, none), 1),
        0x7f => used(key(KeyCode::Backspace, none), 1),
        0x00 => used(key(KeyCode::Char(' '), KeyModifiers::CONTROL), 1),
        // Ctrl+A to Ctrl+Z (Ctrl+J is `\n` and Ctrl+H is 0x08 in raw mode, as crossterm reads them).
        c @ 0x01..=0x1a => used(
            key(KeyCode::Char((c - 1 + b'a') as char), KeyModifiers::CONTROL),
            1,
        ),
        c @ 0x1c..=0x1f => used(
            key(
                KeyCode::Char((c - 0x1c + b'4') as char),
                KeyModifiers::CONTROL,
            ),
            1,
        ),
        _ => parse_char(bytes),
    }
}

/// One UTF-8 character, as typed (uppercase letters with Shift, as crossterm reads them).
fn parse_char(bytes: &[u8]) -> Parsed {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Parsed::Skip(1),
    };
    if bytes.len() < len {
        return Parsed::Incomplete;
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) if c.is_uppercase() => used(key(KeyCode::Char(c), KeyModifiers::SHIFT), len),
        Some(c) => used(key(KeyCode::Char(c), KeyModifiers::NONE), len),
        None => Parsed::Skip(1),
    }
}

fn parse_escape(bytes: &[u8], more: bool) -> Parsed {
    let esc = || used(key(KeyCode::Esc, KeyModifiers::NONE), 1);
    let Some(&second) = bytes.get(1) else {
        return if more { Parsed::Incomplete } else { esc() };
    };
    match second {
        // Two Escs: two presses. The second is read on its own (it may start a sequence).
        0x1b => esc(),
        b'[' => parse_csi(bytes),
        b'O' => parse_ss3(bytes),
        // OSC, DCS, APC, PM, SOS strings (a terminal's answer): up to BEL or ESC \.
        b']' | b'P' | b'_' | b'^' | b'X' => skip_string(bytes),
        _ => match parse(&bytes[1..], more) {
            Parsed::Event(Event::Key(mut k), n) => {
                k.modifiers |= KeyModifiers::ALT;
                Parsed::Event(Event::Key(k), n + 1)
            }
            Parsed::Event(_, n) | Parsed::Skip(n) | Parsed::PasteStart(n) => Parsed::Skip(n + 1),
            Parsed::Incomplete => Parsed::Incomplete,
        },
    }
}

fn skip_string(bytes: &[u8]) -> Parsed {
    let end = bytes
        .iter()
        .enumerate()
        .skip(2)
        .find_map(|(i, &b)| match b {
            0x07 => Some(i + 1),
            b'\\' if bytes[i - 1] == 0x1b => Some(i + 1),
            _ => None,
        });
    end.map_or(Parsed::Incomplete, Parsed::Skip)
}

fn parse_ss3(bytes: &[u8]) -> Parsed {
    let Some(&last) = bytes.get(2) else {
        return Parsed::Incomplete;
    };
    match letter_key(last) {
        Some(code) => used(key(code, KeyModifiers::NONE), 3),
        None => Parsed::Skip(3),
    }
}

/// The keys a CSI or SS3 sequence names by its last letter.
fn letter_key(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

fn parse_csi(bytes: &[u8]) -> Parsed {
    let Some(end) = bytes
        .iter()
        .skip(2)
        .position(|b| (0x40..=0x7e).contains(b))
        .map(|i| i + 2)
    else {
        return Parsed::Incomplete;
    };
    let len = end + 1;
    if &bytes[..len] == b"\x1b[200~" {
        return Parsed::PasteStart(len);
    }
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or("?");
    let numbers: Option<Vec<u8>> = params
        .split(';')
        .map(|p| {
            if p.is_empty() {
                Some(1)
            } else {
                p.parse().ok()
            }
        })
        .collect();
    let Some(numbers) = numbers else {
        // Private (`?`, `>`) or otherwise not a key: an answer or a report.
        return Parsed::Skip(len);
    };
    let modifiers = modifiers(numbers.get(1).copied().unwrap_or(1));
    let code = match bytes[end] {
        b'Z' => return used(key(KeyCode::BackTab, KeyModifiers::SHIFT), len),
        // CSI row;col R is a cursor position report, not F3: never asked for here.
        b'R' => None,
        b'~' => tilde_key(numbers[0]),
        last => letter_key(last),
    };
    match code {
        Some(code) => used(key(code, modifiers), len),
        None => Parsed::Skip(len),
    }
}

/// The keys of `CSI n ~`.
fn tilde_key(n: u8) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F(n - 10),
        17..=21 => KeyCode::F(n - 11),
        23..=26 => KeyCode::F(n - 12),
        28 | 29 | 31..=34 => KeyCode::F(n - 15),
        _ => return None,
    })
}

/// xterm's modifier parameter: 1 + Shift (1) + Alt (2) + Ctrl (4).
fn modifiers(parameter: u8) -> KeyModifiers {
    let bits = parameter.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
    ] {
        if bits & bit != 0 {
            modifiers |= modifier;
        }
    }
    modifiers
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeyCode as C;
    use KeyModifiers as M;

    fn keys(bytes: &[u8]) -> Vec<(KeyCode, KeyModifiers)> {
        Parser::default()
            .advance(bytes, false)
            .into_iter()
            .map(|e| match e {
                Event::Key(k) => (k.code, k.modifiers),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn two_escs_in_one_read_are_two_presses() {
        assert_eq!(keys(b"\x1b\x1b"), [(C::Esc, M::NONE), (C::Esc, M::NONE)]);
        assert_eq!(keys(b"\x1b\x1b\x1b").len(), 3);
        assert_eq!(keys(b"\x1b\x1b[A"), [(C::Esc, M::NONE), (C::Up, M::NONE)]);
    }

    #[test]
    fn a_lone_esc_waits_for_more_only_when_more_is_coming() {
        let mut parser = Parser::default();
        assert!(parser.advance(b"\x1b", true).is_empty());
        let events = parser.advance(b"[B", false);
        assert_eq!(events, [Event::Key(KeyEvent::new(C::Down, M::NONE))]);
        assert_eq!(keys(b"\x1b"), [(C::Esc, M::NONE)]);
        // A sequence split across reads is joined.
        let mut parser = Parser::default();
        assert!(parser.advance(b"\x1b[1;", false).is_empty());
        let events = parser.advance(b"5D", false);
        assert_eq!(events, [Event::Key(KeyEvent::new(C::Left, M::CONTROL))]);
    }

    #[test]
    fn reads_the_keys_luxpay_uses_as_crossterm_does() {
        assert_eq!(
            keys("aZé\r\t\x7f\x10\x03".as_bytes()),
            [
                (C::Char('a'), M::NONE),
                (C::Char('Z'), M::SHIFT),
                (C::Char('é'), M::NONE),
                (C::Enter, M::NONE),
                (C::Tab, M::NONE),
                (C::Backspace, M::NONE),
                (C::Char('p'), M::CONTROL),
                (C::Char('c'), M::CONTROL),
            ]
        );
        assert_eq!(
            keys(b"\x1bOP\x1b[15~\x1b[24~\x1b[Z\x1b[5~\x1b[6~\x1b[H\x1b[4~\x1b[3~\x1bOA"),
            [
                (C::F(1), M::NONE),
                (C::F(5), M::NONE),
                (C::F(12), M::NONE),
                (C::BackTab, M::SHIFT),
                (C::PageUp, M::NONE),
                (C::PageDown, M::NONE),
                (C::Home, M::NONE),
                (C::End, M::NONE),
                (C::Delete, M::NONE),
                (C::Up, M::NONE),
            ]
        );
        assert_eq!(
            keys(b"\x1bx\x1b[1;2P"),
            [(C::Char('x'), M::ALT), (C::F(1), M::SHIFT)]
        );
    }

    #[test]
    fn a_paste_is_one_event_and_answers_are_not_typed() {
        let mut parser = Parser::default();
        assert!(parser.advance(b"\x1b[200~12.5\x1b[2", false).is_empty());
        let events = parser.advance(b"01~q", false);
        assert_eq!(
            events,
            [
                Event::Paste("12.5".into()),
                Event::Key(KeyEvent::new(C::Char('q'), M::NONE))
            ]
        );
        // A late device-attributes answer, a kitty graphics answer, a cursor report.
        assert!(keys(b"\x1b[?62;4c\x1b_Gi=31;OK\x1b\\\x1b[12;40R").is_empty());
    }
}
