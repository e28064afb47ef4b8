//! Sharper codes: a terminal that answers the kitty graphics query gets the code as a
//! kitty image in present mode, one that lists sixel gets sixel, on the mirror too; the
//! image bytes luxpay sends are decoded back to the link, as a phone would read them.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

mod common;

use common::images::{decode_kitty, decode_sixel};
use common::pty::Pty;

const WAIT: Duration = Duration::from_secs(20);

/// Starts luxpay with `args`, answering its question about images with `answer`, as a
/// terminal that draws them would.
fn spawn_answering(
    home: &std::path::Path,
    args: &[&str],
    env: &[(&str, &str)],
    answer: &str,
) -> Pty {
    let mut env = env.to_vec();
    env.push(("LUXPAY_QR_GRAPHICS", "auto"));
    let mut pty = Pty::spawn(home, args, &env, (100, 40));
    let asked = Instant::now();
    while !pty.raw.windows(3).any(|w| w == b"\x1b[c") {
        assert!(asked.elapsed() < WAIT, "luxpay never asked");
        pty.pump_for(Duration::from_millis(10));
    }
    pty.send(answer);
    pty
}

/// The bytes of the last image sequence starting with `start`, up to its end.
fn last_image(raw: &[u8], start: &str) -> Option<String> {
    let text = String::from_utf8_lossy(raw);
    let at = text.rfind(start)?;
    let rest = &text[at..];
    Some(match start {
        // A kitty image is several sequences, the last with m=0.
        "\x1b_Ga=T" => {
            let end = rest.find("m=0;")?;
            let close = rest[end..].find("\x1b\\")?;
            rest[..end + close + 2].to_string()
        }
        _ => rest[..rest.find("\x1b\\")? + 2].to_string(),
    })
}

/// The last whole image starting with `start` that the program wrote, waited for.
fn wait_for_image(pty: &mut Pty, start: &str) -> String {
    let started = Instant::now();
    loop {
        pty.pump_for(Duration::from_millis(50));
        if let Some(image) = last_image(&pty.raw, start) {
            return image;
        }
        assert!(started.elapsed() < WAIT, "no image starting {start:?}");
    }
}

#[test]
fn present_mode_draws_a_sixel_code_that_scans() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(common::demo_server());
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let env = [("LUXFIN_API_KEY", "k")];
    // A terminal of the VT340 kind: sixel in its attributes, no kitty answer.
    let mut pty = spawn_answering(
        home.path(),
        &["--base-url", &base],
        &env,
        "\x1b[?63;1;4;22c",
    );
    pty.wait_for_text("New payment", WAIT);
    pty.send("4.50\tana@example.com\tTea\r");
    pty.wait_for_text("order 1 ·", WAIT);
    pty.send("f");
    let link = format!("{base}checkout/1");
    let image = wait_for_image(&mut pty, "\x1bP0;1;0q");
    assert_eq!(decode_sixel(&image), [link]);
    // Back from present mode: the image goes (the screen is drawn afresh over it).
    pty.send("\x1b");
    pty.wait_for_text("order 1", WAIT);
    pty.send("\x03");
    pty.wait_exit(WAIT);
}

#[test]
fn the_mirror_draws_a_kitty_code_that_scans() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(common::demo_server());
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let env = [
        ("LUXFIN_API_KEY", "k"),
        ("LUXPAY_TILL", "front"),
        ("XDG_RUNTIME_DIR", runtime.to_str().unwrap()),
    ];
    let mut mirror = spawn_answering(
        home.path(),
        &["mirror"],
        &env,
        "\x1b_Gi=31;OK\x1b\\\x1b[?62;22c",
    );
    mirror.wait_for_text("Waiting for till front", WAIT);
    let mut till = Pty::spawn(home.path(), &["--base-url", &base], &env, (120, 40));
    till.wait_for_text("New payment", WAIT);
    till.send("4.50\tana@example.com\tTea\r");
    till.wait_for_text("order 1 ·", WAIT);
    let link = format!("{base}checkout/1");
    let image = wait_for_image(&mut mirror, "\x1b_Ga=T");
    assert_eq!(decode_kitty(&image), [link]);
    till.send("\x03");
    till.wait_exit(WAIT);
    mirror.send("q");
    mirror.wait_exit(WAIT);
}
