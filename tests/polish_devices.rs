//! Issue 28, the devices at the edge: a demo till's slips, receipts and mirror say DEMO,
//! as the README promises of everything the demo shows; a demo slip says its code opens
//! only while that luxpay runs; and a mirror waiting for a till that does not run (a
//! typo) names the tills that do and says how to start one.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

mod common;

use common::pty::Pty;
use common::{THEMES, decode_buffer};
use luxpay::mirror::MirrorState;
use luxpay::ui::mirror::{MirrorView, Till, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const WAIT: Duration = Duration::from_secs(20);
const LINK: &str = "https://pay.luxfin.example/checkout/Xy7Kq2Lm9Zr4";

fn draw(view: &MirrorView, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| drop(render(view, f))).unwrap();
    terminal
}

fn states() -> [MirrorState; 4] {
    let amount = || "14.03 USD".to_string();
    [
        MirrorState::Idle {
            shop: "Luxe".into(),
        },
        MirrorState::Waiting {
            amount: amount(),
            product: "Flat white".into(),
            url: LINK.into(),
        },
        MirrorState::Paid { amount: amount() },
        MirrorState::Expired { amount: amount() },
    ]
}

/// Every screen of a demo till says DEMO, and the code still scans on both themes;
/// a live till's screens do not.
#[test]
fn a_demo_tills_mirror_says_demo_on_every_screen() {
    for demo in [true, false] {
        let mut view = MirrorView {
            state: None,
            qr: None,
            till: Till {
                demo,
                ..Till::from("front")
            },
            no_color: false,
        };
        for state in states() {
            let waiting = matches!(state, MirrorState::Waiting { .. });
            view.set(state);
            for size in SIZES {
                let terminal = draw(&view, size);
                let text = format!("{}", terminal.backend());
                assert_eq!(text.contains("DEMO - no real money"), demo, "{text}");
                if waiting {
                    for theme in THEMES {
                        let codes = decode_buffer(terminal.backend().buffer(), theme);
                        assert_eq!(codes, [LINK], "{size:?} {theme:?} {text}");
                    }
                    assert!(text.contains("Flat white"), "{text}");
                }
            }
        }
    }
}

/// Waiting for a till, the mirror names the tills found and how to start this one.
#[test]
fn a_mirror_waiting_names_the_tills_found_and_how_to_start_one() {
    let mut view = MirrorView {
        state: None,
        qr: None,
        till: Till {
            found: vec!["back".into(), "front".into()],
            ..Till::from("cafe-9")
        },
        no_color: false,
    };
    for size in SIZES {
        let text = format!("{}", draw(&view, size).backend());
        for words in [
            "Waiting for till cafe-9…",
            "Tills found here: back, front",
            "LUXPAY_TILL=cafe-9",
            "--till cafe-9",
        ] {
            assert!(text.contains(words), "{words}: {text}");
        }
    }
    view.till.found.clear();
    let text = format!("{}", draw(&view, (80, 24)).backend());
    assert!(!text.contains("Tills found"), "{text}");
    assert!(text.contains("LUXPAY_TILL=cafe-9"), "{text}");
}

/// The real binary: a mirror for a mistyped till names the till that runs; a mirror for
/// that till, a demo one, says DEMO.
#[test]
fn a_mirror_for_a_typo_names_the_till_that_runs_and_a_demo_one_says_demo() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let home = tempfile::tempdir().unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    // The till "front", on the demo API, publishing where a till does.
    let dir = luxpay::mirror::socket_dir(Some(runtime.clone()), home.path());
    let socket = luxpay::mirror::socket_path(&dir, "front");
    let idle = MirrorState::Idle {
        shop: "Luxe".into(),
    };
    let _till = rt
        .block_on(luxpay::mirror::publish_as(&socket, idle, true))
        .unwrap();
    let env = [("XDG_RUNTIME_DIR", runtime.to_str().unwrap())];

    let mut typo = Pty::spawn(home.path(), &["mirror", "--till", "cafe-9"], &env, (80, 24));
    typo.wait_for("the till that runs, named", WAIT, |s, _| {
        let screen = s.contents();
        screen.contains("Waiting for till cafe-9")
            && screen.contains("Tills found here: front")
            && screen.contains("LUXPAY_TILL=cafe-9")
    });
    typo.send("q");
    assert!(typo.wait_exit(WAIT).success());

    let mut right = Pty::spawn(home.path(), &["mirror", "--till", "front"], &env, (80, 24));
    right.wait_for("DEMO on the mirror", WAIT, |s, _| {
        s.contents().contains("DEMO - no real money")
    });
    right.send("q");
    assert!(right.wait_exit(WAIT).success());
}

/// `--demo create --print`: the slip and the receipt say DEMO, and the slip that its
/// code opens only while the luxpay that made it runs (the demo API goes with it).
#[test]
fn a_demo_slip_and_receipt_say_demo() {
    let home = tempfile::tempdir().unwrap();
    let (port, jobs) = common::fake_printer();
    let dir = home.path().join("config/luxpay");
    std::fs::create_dir_all(&dir).unwrap();
    let config = format!(
        "printer = \"tcp://127.0.0.1:{port}\"\nprinter_qr = \"raster\"\nprint_on_paid = true\n"
    );
    std::fs::write(dir.join("config.toml"), config).unwrap();
    let mut cmd = common::luxpay_in(home.path());
    cmd.env("LUXPAY_TILL", "front")
        .args([
            "--demo",
            "--demo-pay-after",
            "1",
            "create",
            "--amount",
            "4.50",
        ])
        .args([
            "--customer",
            "ana@example.com",
            "--product",
            "Tea",
            "--json",
        ])
        .args(["--print", "--wait", "--interval", "1"]);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let timeout = Duration::from_secs(10);
    let slip = jobs.recv_timeout(timeout).unwrap();
    let slip = String::from_utf8_lossy(&slip);
    for words in [
        "DEMO - no real money",
        "DEMO code - opens only while",
        "the luxpay that made it runs",
    ] {
        assert!(slip.contains(words), "{words}: {slip}");
    }
    let receipt = jobs.recv_timeout(timeout).unwrap();
    let receipt = String::from_utf8_lossy(&receipt);
    assert!(
        receipt.contains("DEMO - no real money") && receipt.contains("PAID (DEMO)"),
        "{receipt}"
    );
}
