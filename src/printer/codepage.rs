//! The character table a printer prints text in. ESC/POS printers print one byte a
//! character from a table chosen with `ESC t n`; luxpay sends only bytes the chosen
//! table has a letter for, and spells out or replaces the rest.

use yore::code_pages::{CP437, CP850, CP1252};

/// The table receipts are printed in (`printer_codepage`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodePage {
    /// Printable ASCII only: right on every printer; accented letters print as their plain letter (é as e).
    #[default]
    Ascii,
    /// PC437 (table 0), most printers' own: é, ü, ñ, £, no €.
    Pc437,
    /// PC850 (table 2), Western European: also ã, õ, Ø, no €.
    Pc850,
    /// WPC1252 (table 16): Western European with €, œ and Š.
    Wpc1252,
}

impl CodePage {
    /// `ESC t n` choosing the table, or nothing for ASCII (every table has it).
    pub fn select(self) -> &'static [u8] {
        match self {
            CodePage::Ascii => &[],
            CodePage::Pc437 => &[0x1b, b't', 0],
            CodePage::Pc850 => &[0x1b, b't', 2],
            CodePage::Wpc1252 => &[0x1b, b't', 16],
        }
    }

    /// The byte for a character outside ASCII, if the table has one.
    pub fn byte(self, c: char) -> Option<u8> {
        let mut buf = [0; 4];
        let text = c.encode_utf8(&mut buf);
        let encoded = match self {
            CodePage::Ascii => return None,
            CodePage::Pc437 => CP437.encode(text).ok()?,
            CodePage::Pc850 => CP850.encode(text).ok()?,
            CodePage::Wpc1252 => CP1252.encode(text).ok()?,
        };
        // The upper half only: the lower half is ASCII and control codes.
        match *encoded {
            [byte] if byte >= 0x80 => Some(byte),
            _ => None,
        }
    }
}

/// Text as the table prints it, one character a column: printable ASCII as it is, what
/// the table has as it is, a few common signs spelled out, an accented letter the table
/// lacks as its plain letter, anything else `?`. Control
/// characters never pass.
pub fn printable(text: &str, page: CodePage) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if (' '..='~').contains(&c) || page.byte(c).is_some() {
            out.push(c);
            continue;
        }
        out.push_str(match c {
            '×' => "x",
            // The spaces CLDR puts in numbers and dates (French groups with a narrow
            // no-break space): a plain space on paper.
            '\u{a0}' | '\u{202f}' | '\u{2009}' => " ",
            '€' => "EUR",
            '£' => "GBP",
            '·' | '–' | '—' => "-",
            '’' | '‘' => "'",
            '“' | '”' => "\"",
            'ß' => "ss",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            'ø' => "o",
            'Ø' => "O",
            c => match plain_letter(c) {
                Some(letter) => {
                    out.push(letter);
                    continue;
                }
                None => "?",
            },
        });
    }
    out
}

/// The letter under an accent (`é` → `e`, `ã` → `a`, `ç` → `c`), for a table that
/// lacks the accented one: a name the customer can still read, not a `?`.
fn plain_letter(c: char) -> Option<char> {
    use unicode_normalization::UnicodeNormalization;
    let base = std::iter::once(c).nfd().next()?;
    (base != c && base.is_ascii_alphabetic()).then_some(base)
}

/// `text` as bytes for the printer: `printable` text, each character its byte.
pub fn encode(text: &str, page: CodePage) -> Vec<u8> {
    printable(text, page)
        .chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            c => page.byte(c).unwrap_or(b'?'),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_table_prints_what_it_has_and_spells_out_the_rest() {
        let text = "Café crème · 4,50 €";
        assert_eq!(printable(text, CodePage::Ascii), "Cafe creme - 4,50 EUR");
        // Letters a table lacks print as the letter under the accent; signs with no
        // letter under them as `?`.
        assert_eq!(printable("São Paulo", CodePage::Pc437), "Sao Paulo");
        assert_eq!(printable("São Paulo", CodePage::Pc850), "São Paulo");
        assert_eq!(
            printable("Straße, Œuvre", CodePage::Ascii),
            "Strasse, OEuvre"
        );
        assert_eq!(printable("Kaffee ☕", CodePage::Wpc1252), "Kaffee ?");
        assert_eq!(printable(text, CodePage::Pc437), "Café crème · 4,50 EUR");
        assert_eq!(printable(text, CodePage::Pc850), "Café crème · 4,50 EUR");
        assert_eq!(printable(text, CodePage::Wpc1252), "Café crème · 4,50 €");
        // The printer's own reading of the bytes gives the text back.
        assert_eq!(
            CP437.decode(&encode(text, CodePage::Pc437)),
            "Café crème · 4,50 EUR"
        );
        assert_eq!(
            CP1252.decode(&encode(text, CodePage::Wpc1252)),
            "Café crème · 4,50 €"
        );
        assert_eq!(encode("é", CodePage::Pc437), [0x82]);
        assert_eq!(encode("€", CodePage::Wpc1252), [0x80]);
    }

    #[test]
    fn no_byte_of_text_is_a_command() {
        for page in [
            CodePage::Ascii,
            CodePage::Pc437,
            CodePage::Pc850,
            CodePage::Wpc1252,
        ] {
            let bytes = encode("a\x1b@b\u{7}\u{9b}\u{1d}V\nü", page);
            assert!(
                bytes.iter().all(|&b| b >= 0x20 && b != 0x7f),
                "{page:?}: {bytes:?}"
            );
        }
    }

    #[test]
    fn each_table_is_chosen_by_its_number() {
        assert_eq!(CodePage::Ascii.select(), b"");
        assert_eq!(CodePage::Pc437.select(), [0x1b, b't', 0]);
        assert_eq!(CodePage::Pc850.select(), [0x1b, b't', 2]);
        assert_eq!(CodePage::Wpc1252.select(), [0x1b, b't', 16]);
    }
}
