//! The few ESC/POS commands a slip and a receipt need, as bytes. Written here rather
//! than taken from a crate: the subset is eight commands, and the crates that cover
//! ESC/POS bring an image library for rasters, which luxpay draws from its own QR
//! modules anyway. Byte-level tests below pin each command.

use super::codepage::{CodePage, encode};
use crate::qr::QrCode;

/// `ESC @`: resets the printer, so a job never inherits the last one's settings.
pub const INIT: &[u8] = &[0x1b, b'@'];

/// How text lines up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Centred.
    Centre,
}

/// A job being written: commands appended in order.
#[derive(Debug)]
pub struct Job {
    bytes: Vec<u8>,
    /// The table its text is printed in.
    page: CodePage,
}

impl Job {
    /// A job that starts with `ESC @`, then chooses the table its text is printed in.
    pub fn new(page: CodePage) -> Job {
        let mut bytes = INIT.to_vec();
        bytes.extend(page.select());
        Job { bytes, page }
    }

    /// `ESC a n`: the alignment of the lines that follow.
    pub fn align(&mut self, align: Align) -> &mut Job {
        let n = match align {
            Align::Left => 0,
            Align::Centre => 1,
        };
        self.bytes.extend([0x1b, b'a', n]);
        self
    }

    /// `ESC E n`: bold on or off.
    pub fn bold(&mut self, on: bool) -> &mut Job {
        self.bytes.extend([0x1b, b'E', u8::from(on)]);
        self
    }

    /// `GS ! n`: characters twice as wide and tall, or back to normal.
    pub fn large(&mut self, on: bool) -> &mut Job {
        self.bytes
            .extend([0x1d, b'!', if on { 0x11 } else { 0x00 }]);
        self
    }

    /// A line of text in the job's table: what it cannot print becomes plain ASCII or
    /// `?`, and no byte of it is a command.
    pub fn line(&mut self, text: &str) -> &mut Job {
        self.bytes.extend(encode(text, self.page));
        self.bytes.push(b'\n');
        self
    }

    /// `ESC d n`: feeds `n` lines.
    pub fn feed(&mut self, lines: u8) -> &mut Job {
        self.bytes.extend([0x1b, b'd', lines]);
        self
    }

    /// `GS V 66 n`: feeds to the cutter and cuts (partly, where the printer can).
    pub fn cut(&mut self) -> &mut Job {
        self.bytes.extend([0x1d, b'V', 66, 3]);
        self
    }

    /// The printer's own QR code (`GS ( k`): model 2, `module` dots a module, error
    /// correction M, then the data stored and printed.
    pub fn native_qr(&mut self, data: &str, module: u8) -> &mut Job {
        let gs_k = |bytes: &mut Vec<u8>, body: &[u8]| {
            let len = body.len() as u16;
            bytes.extend([0x1d, b'(', b'k', (len & 0xff) as u8, (len >> 8) as u8]);
            bytes.extend(body);
        };
        gs_k(&mut self.bytes, &[49, 65, 50, 0]); // model 2
        gs_k(&mut self.bytes, &[49, 67, module.clamp(1, 16)]); // module size
        gs_k(&mut self.bytes, &[49, 69, 49]); // error correction M
        let mut store = vec![49, 80, 48];
        store.extend(data.bytes());
        gs_k(&mut self.bytes, &store);
        gs_k(&mut self.bytes, &[49, 81, 48]); // print it
        self
    }

    /// A QR code drawn by luxpay as a raster image (`GS v 0`), for printers without
    /// QR support: `module` dots a module, quiet zone included, centred in `dots`.
    pub fn raster_qr(&mut self, code: &QrCode, module: usize, dots: usize) -> &mut Job {
        let side = code.side() * module;
        let left = dots.saturating_sub(side) / 2;
        let width_bytes = (left + side).div_ceil(8);
        self.bytes.extend([
            0x1d,
            b'v',
            b'0',
            0,
            (width_bytes & 0xff) as u8,
            (width_bytes >> 8) as u8,
            (side & 0xff) as u8,
            (side >> 8) as u8,
        ]);
        for y in 0..side {
            let mut row = vec![0u8; width_bytes];
            for x in 0..side {
                if code.is_dark(x / module, y / module) {
                    let dot = left + x;
                    row[dot / 8] |= 0x80 >> (dot % 8);
                }
            }
            self.bytes.extend(row);
        }
        self
    }

    /// The bytes, ready to send.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_command_as_bytes() {
        let mut job = Job::new(CodePage::Ascii);
        job.align(Align::Centre)
            .bold(true)
            .large(true)
            .line("Hi")
            .feed(3)
            .cut();
        assert_eq!(
            job.into_bytes(),
            [
                0x1b, b'@', // init
                0x1b, b'a', 1, // centre
                0x1b, b'E', 1, // bold
                0x1d, b'!', 0x11, // double size
                b'H', b'i', b'\n', //
                0x1b, b'd', 3, // feed
                0x1d, b'V', 66, 3, // cut
            ]
        );
    }

    #[test]
    fn a_native_qr_code_stores_the_data_with_its_length() {
        let mut job = Job::new(CodePage::Ascii);
        job.native_qr("https://pay.example/1", 6);
        let bytes = &job.into_bytes()[2..];
        assert_eq!(&bytes[..9], &[0x1d, b'(', b'k', 4, 0, 49, 65, 50, 0]);
        assert_eq!(&bytes[9..17], &[0x1d, b'(', b'k', 3, 0, 49, 67, 6]);
        assert_eq!(&bytes[17..25], &[0x1d, b'(', b'k', 3, 0, 49, 69, 49]);
        // Store: pL pH = 3 + 21 bytes of data.
        assert_eq!(&bytes[25..33], &[0x1d, b'(', b'k', 24, 0, 49, 80, 48]);
        assert_eq!(&bytes[33..54], b"https://pay.example/1");
        assert_eq!(&bytes[54..], &[0x1d, b'(', b'k', 3, 0, 49, 81, 48]);
    }

    #[test]
    fn a_job_chooses_its_table_after_the_reset() {
        let mut job = Job::new(CodePage::Pc437);
        job.line("Caf\u{e9}");
        assert_eq!(
            job.into_bytes(),
            [0x1b, b'@', 0x1b, b't', 0, b'C', b'a', b'f', 0x82, b'\n']
        );
    }
}
