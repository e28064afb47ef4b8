//! End to end: the real binary in a pseudo-terminal against the embedded demo API, seen
//! through a terminal emulator the way a user sees it.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::pty::Pty;
use common::{THEMES, decode_vt100};

const SSH: [(&str, &str); 2] = [
    ("SSH_CONNECTION", "10.0.0.1 50000 10.0.0.2 22"),
    ("SSH_TTY", "/dev/pts/9"),
];
const WAIT: Duration = Duration::from_secs(20);

/// Starts the app on the demo API and waits for its first frame.
fn start(home: &std::path::Path, env: &[(&str, &str)], size: (u16, u16)) -> Pty {
    let mut pty = Pty::spawn(home, &["--demo"], env, size);
    pty.wait_for_text("New payment", WAIT);
    pty
}

fn assert_restored(pty: &Pty) {
    let screen = pty.parser.screen();
    assert!(!screen.alternate_screen(), "the alternate screen was left");
    assert!(!screen.hide_cursor(), "the cursor is shown again");
}

#[test]
fn create_scan_copy_over_ssh_and_quit_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = start(home.path(), &SSH, (120, 40));
    assert!(pty.parser.screen().alternate_screen());
    assert!(pty.parser.screen().contents().contains("DEMO API"));

    pty.send("12.50\tana@example.com\tCoffee beans\r");
    // The frame may arrive in pieces: wait for the code and the link under it.
    pty.wait_for("a QR code that scans, and its link", WAIT, |s, _| {
        decode_vt100(s, common::Theme::Dark)
            .first()
            .is_some_and(|url| s.contents().contains(url.as_str()))
    });
    let screen = pty.parser.screen();
    let url = decode_vt100(screen, common::Theme::Dark).remove(0);
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/checkout/1"),
        "{url}"
    );
    for theme in THEMES {
        assert_eq!(decode_vt100(screen, theme), vec![url.clone()], "{theme:?}");
    }
    pty.wait_for("the link marked up as OSC 8", WAIT, |_, r| {
        r.links.contains(&url)
    });

    pty.send("c");
    pty.wait_for("an OSC 52 copy", WAIT, |_, r| !r.clipboard.is_empty());
    assert_eq!(pty.parser.callbacks().clipboard, vec![url.clone()]);
    pty.wait_for_text("sent to the terminal clipboard (OSC 52)", WAIT);

    pty.send("q");
    let status = pty.wait_exit(WAIT);
    assert!(status.success(), "{status:?}");
    assert_restored(&pty);
}

#[test]
fn present_mode_scans_at_80x24_and_history_lists_the_payment() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = start(home.path(), &SSH, (80, 24));
    pty.send("7\tbo@example.org\tTea\r");
    pty.wait_for_text("order 1", WAIT);
    pty.send("f");
    pty.wait_for("the code in present mode", WAIT, |s, _| {
        !decode_vt100(s, common::Theme::Light).is_empty()
    });
    assert!(decode_vt100(pty.parser.screen(), common::Theme::Light)[0].ends_with("/checkout/1"));
    pty.esc();
    pty.send("\x10"); // Ctrl+P
    pty.wait_for_text("History · This session", WAIT);
    assert!(pty.parser.screen().contents().contains("7.00 USD"));
    pty.send("\x03"); // Ctrl+C
    assert!(pty.wait_exit(WAIT).success());
    assert_restored(&pty);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let home = tempfile::tempdir().unwrap();
        let mut pty = start(home.path(), &[], (80, 24));
        pty.signal(signal);
        pty.wait_exit(WAIT);
        assert_restored(&pty);
    }
}

#[test]
fn a_panic_restores_the_terminal_and_its_message_stays_readable() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(
        home.path(),
        &["--demo"],
        &[("LUXPAY_DEBUG_PANIC", "1")],
        (100, 30),
    );
    let status = pty.wait_exit(WAIT);
    assert!(!status.success());
    assert_restored(&pty);
    assert!(
        pty.parser
            .screen()
            .contents()
            .contains("LUXPAY_DEBUG_PANIC"),
        "{}",
        pty.parser.screen().contents()
    );
}

#[test]
fn without_a_terminal_the_app_says_to_use_a_command() {
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_luxpay"))
        .arg("--demo")
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

#[test]
fn the_demo_api_paying_or_expiring_shows_on_screen_by_itself() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "poll_interval_secs = 1\n").unwrap();
    let mut pty = start(home.path(), &[], (120, 40));
    pty.send("12.50\tana@example.com\tCoffee beans\r");
    pty.wait_for("the code and its link", WAIT, |s, _| {
        decode_vt100(s, common::Theme::Dark)
            .first()
            .is_some_and(|url| s.contents().contains(url.as_str()))
    });
    let url = decode_vt100(pty.parser.screen(), common::Theme::Dark).remove(0);
    let base = url.trim_end_matches("/checkout/1").to_string();
    let demo = |path: &str| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(common::http().post(format!("{base}{path}")).send())
            .unwrap();
    };

    demo("/demo/pay/1");
    pty.wait_for("PAID and the bell", WAIT, |s, r| {
        s.contents().contains("✓ 12.50 USD received") && r.bells == 1
    });

    pty.send("n");
    pty.send("9\tbo@example.org\tTea\r");
    pty.wait_for_text("order 2 ·", WAIT);
    demo("/demo/expire/2");
    pty.wait_for_text("This link expired before it was paid.", WAIT);
    pty.send("g");
    pty.wait_for_text("order 3 ·", WAIT);
    pty.wait_for("the fresh link's code", WAIT, |s, _| {
        decode_vt100(s, common::Theme::Light)
            .first()
            .is_some_and(|u| u.ends_with("/checkout/3"))
    });
    pty.send("\x10");
    pty.wait_for_text("History · This session", WAIT);
    let screen = pty.parser.screen().contents();
    assert!(
        screen.contains("PAID") && screen.contains("EXPIRED") && screen.contains("PENDING"),
        "{screen}"
    );
    pty.send("\x03");
    assert!(pty.wait_exit(WAIT).success());
    assert_restored(&pty);
}

#[test]
fn after_kill_9_a_restart_shows_the_link_under_all_local_and_its_code_again() {
    let home = tempfile::tempdir().unwrap();
    let mut first = start(home.path(), &[], (120, 40));
    first.send("12.50\tana@example.com\tLinen scarf\r");
    first.wait_for("the code", WAIT, |s, _| {
        !decode_vt100(s, common::Theme::Dark).is_empty()
    });
    let url = decode_vt100(first.parser.screen(), common::Theme::Dark).remove(0);
    first.signal("KILL");
    first.wait_exit(WAIT);
    drop(first);

    let mut second = start(home.path(), &[], (120, 40));
    second.send("\x10"); // Ctrl+P
    second.send("v");
    second.wait_for_text("History · All local", WAIT);
    second.wait_for_text("Linen scarf", WAIT);
    second.send("\r");
    second.wait_for("the earlier code", WAIT, |s, _| {
        decode_vt100(s, common::Theme::Light).first() == Some(&url)
    });
    second.send("\x03");
    assert!(second.wait_exit(WAIT).success());
}

/// `luxpay create` printed 28 lines for a short link, so the top of the code scrolled
/// away at 80×24. Now a link of 90 characters prints a code that is whole on screen and
/// scans, with the details beside it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_fits_an_80x24_terminal_and_its_code_scans() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let base = "https://pay.luxfin.example/checkout/";
    let url = format!(
        "{base}{}",
        "Xy7Kq2Lm9Zr4".repeat(5).get(..90 - base.len()).unwrap()
    );
    assert_eq!(url.len(), 90);
    let mock = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({ "order_url": url, "order_id": 4711, "amount": "12.50" }),
        ))
        .mount(&mock)
        .await;
    let home = tempfile::tempdir().unwrap();
    let uri = mock.uri();
    let screen = tokio::task::spawn_blocking(move || {
        let args = [
            "--base-url",
            &uri,
            "create",
            "--amount",
            "12.50",
            "--customer",
            "ana@example.com",
            "--product",
            "Coffee beans",
        ];
        let mut pty = Pty::spawn(home.path(), &args, &[("LUXFIN_API_KEY", "k")], (80, 24));
        assert!(pty.wait_exit(WAIT).success());
        pty.parser.screen().clone()
    })
    .await
    .unwrap();
    for theme in THEMES {
        assert_eq!(decode_vt100(&screen, theme), vec![url.clone()], "{theme:?}");
    }
    let text = screen.contents();
    assert!(text.contains("Order     4711"), "{text}");
    assert!(text.contains("Amount    12.50 USD"), "{text}");
}

/// Ctrl+Z was swallowed. It now gives the terminal back (the shell's screen, cooked
/// mode) and stops, as any program; on `fg` the app takes the screen again and draws it
/// whole. (A process group with no shell, as here, is not stopped by the kernel: the
/// test sees the terminal given back and taken again.)
#[test]
fn ctrl_z_gives_the_terminal_back_and_takes_it_again() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = start(home.path(), &[], (80, 24));
    let before = pty.raw.len();
    pty.send("\x1a");
    // Left and entered again, as the bytes show, then drawn.
    let until = std::time::Instant::now() + WAIT;
    loop {
        let after = String::from_utf8_lossy(&pty.raw[before..]).to_string();
        let left = after.find("\x1b[?1049l");
        if left.is_some_and(|at| after[at..].contains("\x1b[?1049h")) {
            break;
        }
        assert!(
            std::time::Instant::now() < until,
            "never given back and taken again"
        );
        pty.pump_for(Duration::from_millis(50));
    }
    pty.wait_for("the app drawn again", WAIT, |s, _| {
        s.alternate_screen() && s.contents().contains("New payment")
    });
    let after = String::from_utf8_lossy(&pty.raw[before..]).to_string();
    let left = after
        .find("\x1b[?1049l")
        .expect("the alternate screen was left");
    let back = after[left..]
        .find("\x1b[?1049h")
        .expect("and entered again");
    assert!(back > 0);
    pty.send("12.5");
    pty.wait_for_text("12.5", WAIT);
    pty.send("\x03");
    assert!(pty.wait_exit(WAIT).success());
    assert_restored(&pty);
}

/// SIGQUIT and SIGUSR1 left the alternate screen on: they stop luxpay like SIGTERM.
#[test]
fn sigquit_and_sigusr1_restore_the_terminal() {
    for signal in ["QUIT", "USR1"] {
        let home = tempfile::tempdir().unwrap();
        let mut pty = start(home.path(), &[], (80, 24));
        pty.signal(signal);
        pty.wait_exit(WAIT);
        assert_restored(&pty);
    }
}

/// At a few rows only "Window too small" shows: a sale typed blind, its confirmation
/// and all, makes nothing; once the window is large again the form is as it was.
#[test]
fn keys_typed_into_a_window_too_small_make_nothing() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(home.path(), &["--demo"], &[], (80, 5));
    pty.wait_for_text("too small", WAIT);
    pty.send("1500\ta@b.co\tLaptop\ry\ry");
    pty.wait_for_text("too small", WAIT);
    pty.resize(80, 24);
    // A resize signalled before the app listens for them (it starts listening just
    // after its first frame) is lost: tell it again until it draws the new size.
    let end = std::time::Instant::now() + WAIT;
    while !pty.parser.screen().contents().contains("New payment") {
        assert!(std::time::Instant::now() < end, "never redrawn at 80x24");
        pty.pump_for(Duration::from_millis(200));
        pty.signal("WINCH");
    }
    let screen = pty.parser.screen().contents();
    assert!(!screen.contains("order 1"), "{screen}");
    assert!(!screen.contains("Laptop"), "nothing was typed: {screen}");
    // Ctrl+C, again if a resize signal raced the first (a quit is asked for twice at
    // most): the app leaves, and the terminal is given back.
    pty.send("\x03");
    pty.pump_for(Duration::from_millis(500));
    pty.send("\x03");
    pty.wait_exit(WAIT);
    assert_restored(&pty);
}
