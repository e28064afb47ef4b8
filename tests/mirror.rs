//! The customer mirror in a second terminal, against a till in a first: it waits for the
//! till, shows a code that scans and the amount while the payment waits, PAID within a
//! second of the till learning it, and never the customer's email.

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

mod common;

use common::pty::Pty;
use common::{Theme, decode_vt100};

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn a_mirror_shows_the_code_the_amount_and_paid() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(common::demo_server());
    let base = server.base_url().to_string();
    let home = tempfile::tempdir().unwrap();
    let runtime = home.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let config = home.path().join("config/luxpay");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "shop_name = \"Luxe\"\npoll_interval_secs = 1\n",
    )
    .unwrap();
    let runtime_dir = runtime.to_str().unwrap();
    let env = [
        ("LUXFIN_API_KEY", "k"),
        ("LUXPAY_TILL", "front"),
        ("XDG_RUNTIME_DIR", runtime_dir),
    ];

    // The mirror first: the till is not running yet.
    // 80×24: the amount in plain letters (larger windows draw it large).
    let mut mirror = Pty::spawn(home.path(), &["mirror"], &env, (80, 24));
    mirror.wait_for_text("Waiting for till front", WAIT);

    let mut till = Pty::spawn(home.path(), &["--base-url", &base], &env, (120, 40));
    till.wait_for_text("New payment", WAIT);
    mirror.wait_for("the till's idle screen", WAIT, |s, _| {
        !s.contents().contains("Waiting for till")
    });
    till.send("4.50\tana@example.com\tFlat white\r");
    till.wait_for_text("order 1 ·", WAIT);
    let link = format!("{base}checkout/1");
    mirror.wait_for("the code and the sale", WAIT, |s, _| {
        decode_vt100(s, Theme::Dark) == [link.clone()]
            && decode_vt100(s, Theme::Light) == [link.clone()]
            && s.contents().contains("Flat white")
    });
    let screen = mirror.parser.screen().contents();
    assert!(screen.contains("4.50 USD"), "{screen}");
    assert!(
        !screen.contains("ana@example.com"),
        "never the email: {screen}"
    );

    // Paid at Luxfin: the till learns it by its poll, the mirror a moment later.
    rt.block_on(common::http().post(format!("{base}demo/pay/1")).send())
        .unwrap();
    till.wait_for_text("PAID", WAIT);
    mirror.wait_for("PAID on the mirror", WAIT, |s, _| {
        s.contents().contains("PAID · 4.50 USD")
    });

    // Only q and Ctrl+C do anything on the customer's side: keys pressed there change
    // nothing, up to the till going away, when the mirror waits for it again.
    mirror.send("n\x10\t");
    till.send("\x03");
    till.wait_exit(WAIT);
    mirror.wait_for(
        "the mirror waiting again, and nothing between",
        WAIT,
        |s, _| {
            let screen = s.contents();
            assert!(
                screen.contains("PAID · 4.50 USD") || screen.contains("Waiting for till front"),
                "a key did something: {screen}"
            );
            screen.contains("Waiting for till front")
        },
    );
    mirror.send("q");
    assert!(mirror.wait_exit(WAIT).success());
}
