use super::*;

use crate::qr::EcLevel;
use crate::test_images::{decode_kitty, decode_sixel};

const URL: &str = "https://pay.luxfin.example/checkout/Xy7Kq2Lm9Zr4Xy7Kq2";

fn code() -> QrCode {
    QrCode::encode(URL, EcLevel::H).unwrap()
}

#[test]
fn a_kitty_image_decodes() {
    let image = kitty(&code(), 40, 20);
    assert_eq!(decode_kitty(&image), [URL]);
    assert!(image.starts_with("\x1b_Ga=T,f=24,"));
    assert!(image.contains(",c=40,r=20,"), "scaled to the cells");
}

/// Sent uncompressed, a code was 600 KB of escape sequence: seconds over SSH.
#[test]
fn a_kitty_image_is_sent_compressed() {
    let image = kitty(&code(), 40, 20);
    assert!(image.contains(",o=z,"));
    let pixels = (code().side() * KITTY_MODULE_PX).pow(2) * 3;
    assert!(image.len() < pixels / 20, "{} bytes", image.len());
}

#[test]
fn a_sixel_image_decodes() {
    for module in [2, 5] {
        assert_eq!(decode_sixel(&sixel(&code(), module)), [URL], "{module} px");
    }
}

#[test]
fn what_terminals_answer() {
    assert_eq!(
        from_reply(b"\x1b_Gi=31;OK\x1b\\\x1b[?62;22c"),
        Some(Graphics::Kitty { tmux: false })
    );
    assert_eq!(
        from_reply(b"\x1b[?62;4;22c"),
        Some(Graphics::Sixel { tmux: false })
    );
    assert_eq!(from_reply(b"\x1b[?1;2c"), None, "a VT100 answer: neither");
    assert_eq!(
        from_reply(b"\x1b[?4c"),
        None,
        "the first number is the class"
    );
    assert!(
        !reply_complete(b"\x1b_Gi=31;OK\x1b\\"),
        "waiting for the attributes"
    );
    assert!(reply_complete(b"\x1b[?62;4c"));
}

#[test]
fn tmux_and_settings() {
    let auto = |tmux, ssh| decided(GraphicsMode::Auto, tmux, ssh);
    assert_eq!(auto(true, false), Some(None), "tmux: half blocks");
    assert_eq!(auto(false, true), Some(None), "SSH: half blocks");
    assert_eq!(auto(false, false), None, "ask");
    assert_eq!(
        decided(GraphicsMode::Kitty, true, true),
        Some(Some(Graphics::Kitty { tmux: true }))
    );
    assert_eq!(
        tmux_wrap("\x1b_Gx\x1b\\"),
        "\x1bPtmux;\x1b\x1b_Gx\x1b\x1b\\\x1b\\"
    );
    assert!("SIXEL".parse::<GraphicsMode>().is_ok());
    assert!(
        "png"
            .parse::<GraphicsMode>()
            .unwrap_err()
            .contains("auto, kitty")
    );
}

#[test]
fn drawn_at_its_cells_and_the_cursor_put_back() {
    let drawn = draw(
        Graphics::Sixel { tmux: false },
        &code(),
        (3, 2, 30, 15),
        Some((8, 16)),
    );
    assert!(
        drawn.starts_with("\x1b7\x1b[3;4H\x1bP"),
        "{:?}",
        &drawn[..20]
    );
    assert!(drawn.ends_with("\x1b\\\x1b8"));
    // 30 columns of 8 px, 15 rows of 16 px: 240 px for the code's side at most.
    let raster = drawn.split("\"1;1;").nth(1).unwrap();
    let side: usize = raster.split(';').next().unwrap().parse().unwrap();
    // Whole pixels a module: at most one module's worth less than that.
    assert!(side <= 240 && side + code().side() > 240, "{side}");
}
