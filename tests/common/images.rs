//! Images the way a terminal or a receipt printer draws them: kitty graphics, sixel and
//! ESC/POS raster images decoded to pixels, and the QR codes in them read back (rqrr), as a phone would. Shared by the
//! unit tests of `graphics` and the end-to-end tests.
#![allow(dead_code)]

use base64::Engine;

pub fn scan(width: usize, height: usize, dark: impl Fn(usize, usize) -> bool) -> Vec<String> {
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        if dark(x, y) { 0 } else { 255 }
    });
    image
        .detect_grids()
        .into_iter()
        .map(|g| g.decode().unwrap().1)
        .collect()
}

/// A kitty image as the terminal would put it together: its chunks' data joined,
/// decoded, read as RGB.
pub fn decode_kitty(sequence: &str) -> Vec<String> {
    let mut data = String::new();
    let mut size = (0, 0);
    let mut compressed = false;
    for part in sequence.split("\x1b_G").skip(1) {
        let body = part.strip_suffix("\x1b\\").unwrap();
        let (keys, payload) = body.split_once(';').unwrap();
        for kv in keys.split(',') {
            match kv.split_once('=') {
                Some(("s", v)) => size.0 = v.parse().unwrap(),
                Some(("v", v)) => size.1 = v.parse().unwrap(),
                Some(("o", v)) => compressed = v == "z",
                _ => {}
            }
        }
        assert!(payload.len() <= 4096, "chunks of at most 4096 bytes");
        data.push_str(payload);
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap();
    let rgb = if compressed {
        miniz_oxide::inflate::decompress_to_vec_zlib(&bytes).unwrap()
    } else {
        bytes
    };
    assert_eq!(rgb.len(), size.0 * size.1 * 3);
    scan(size.0, size.1, |x, y| rgb[(y * size.0 + x) * 3] < 128)
}

/// A sixel image as a terminal paints it.
pub fn decode_sixel(sequence: &str) -> Vec<String> {
    let body = sequence
        .strip_prefix("\x1bP0;1;0q")
        .and_then(|s| s.strip_suffix("\x1b\\"))
        .unwrap();
    let body = body.strip_prefix('"').unwrap();
    let data = body.find('#').unwrap();
    let dims: Vec<usize> = body[..data]
        .split(';')
        .map(|n| n.parse().unwrap())
        .collect();
    let (width, height) = (dims[2], dims[3]);
    let mut pixels = vec![None; width * height];
    let (mut colour, mut x, mut band) = (0usize, 0usize, 0usize);
    let mut chars = body[data..]
        .chars()
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    let number = |chars: &mut std::iter::Peekable<std::vec::IntoIter<char>>| {
        let mut n = 0usize;
        while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
            n = n * 10 + d as usize;
            chars.next();
        }
        n
    };
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                colour = number(&mut chars);
                if chars.peek() == Some(&';') {
                    // A definition: skip `;2;r;g;b`.
                    for _ in 0..4 {
                        chars.next();
                        number(&mut chars);
                    }
                }
            }
            '$' => x = 0,
            '-' => {
                x = 0;
                band += 6;
            }
            '!' => {
                let run = number(&mut chars);
                let s = chars.next().unwrap() as u8 - 63;
                for _ in 0..run {
                    paint(&mut pixels, width, height, x, band, s, colour);
                    x += 1;
                }
            }
            c => {
                paint(&mut pixels, width, height, x, band, c as u8 - 63, colour);
                x += 1;
            }
        }
    }
    assert!(pixels.iter().all(Option::is_some), "every pixel painted");
    scan(width, height, |x, y| pixels[y * width + x] == Some(1))
}

fn paint(
    pixels: &mut [Option<usize>],
    w: usize,
    h: usize,
    x: usize,
    band: usize,
    bits: u8,
    colour: usize,
) {
    for i in 0..6 {
        if bits & (1 << i) != 0 && band + i < h && x < w {
            pixels[(band + i) * w + x] = Some(colour);
        }
    }
}

/// The raster image (`GS v 0`) in an ESC/POS job, read as a phone would scan the paper.
pub fn decode_raster(job: &[u8]) -> Vec<String> {
    let at = job
        .windows(4)
        .position(|w| w == [0x1d, b'v', b'0', 0])
        .expect("a raster image");
    let width_bytes = usize::from(job[at + 4]) | usize::from(job[at + 5]) << 8;
    let height = usize::from(job[at + 6]) | usize::from(job[at + 7]) << 8;
    let data = &job[at + 8..at + 8 + width_bytes * height];
    scan(width_bytes * 8, height, |x, y| {
        data[y * width_bytes + x / 8] & (0x80 >> (x % 8)) != 0
    })
}
