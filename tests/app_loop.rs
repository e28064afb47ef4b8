//! The real event loop (`tui::run_loop`) on a TestBackend: under paused tokio time with
//! scripted status answers, and in real time against the embedded demo API.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::VecDeque;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::app::{START, answer_create, submit};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use luxpay::api::{ApiError, Client, ClientOptions, OrderId, PaymentStatus, StatusReport};
use luxpay::app::{App, AppConfig, Form};
use luxpay::demo::DemoServer;
use luxpay::money::Currency;
use luxpay::msg::{Effect, Moment, Msg};
use luxpay::payment::Method;
use luxpay::tui::{Effects, Next, Runner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

fn config(poll: Duration) -> AppConfig {
    AppConfig {
        demo: true,
        poll_interval: poll,
        history_poll: poll * 5,
        ..AppConfig::default()
    }
}

fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

/// An app started now on tokio's clock (paused in some tests), at the fixed wall time.
fn app_at(config: AppConfig, start: Instant) -> App {
    let form = Form::new(Method::Paypal, Currency::Usd, "");
    let wall = START.parse().unwrap();
    App::new(config, form, Moment { now: start, wall })
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_sale(input: &UnboundedSender<Event>, product: &str) {
    for c in "12.50".chars() {
        input.send(key(KeyCode::Char(c))).unwrap();
    }
    input.send(key(KeyCode::Tab)).unwrap();
    for c in "ana@example.com".chars() {
        input.send(key(KeyCode::Char(c))).unwrap();
    }
    input.send(key(KeyCode::Tab)).unwrap();
    for c in product.chars() {
        input.send(key(KeyCode::Char(c))).unwrap();
    }
    input.send(key(KeyCode::Enter)).unwrap();
}

fn ctrl_c() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
}

/// Answers status checks from a script, at once, and records when each was asked.
struct Scripted {
    tx: UnboundedSender<Msg>,
    start: Instant,
    answers: Mutex<VecDeque<Result<&'static str, ApiError>>>,
    asked: Arc<Mutex<Vec<u64>>>,
    bells: Arc<Mutex<usize>>,
}

impl Runner for Scripted {
    fn run(&self, effect: Effect, _: &mut dyn Write) -> Next {
        match effect {
            Effect::Quit => return Next::Quit,
            Effect::CheckStatus { order_id, check } => {
                self.asked
                    .lock()
                    .unwrap()
                    .push(now().duration_since(self.start).as_secs());
                let answer = self
                    .answers
                    .lock()
                    .unwrap()
                    .pop_front()
                    .expect("a scripted answer");
                let result = answer.map(|s| StatusReport {
                    status: PaymentStatus::from_wire(s),
                    order: None,
                });
                let at = "2026-11-26T12:00:00Z".parse().unwrap();
                self.tx
                    .send(Msg::StatusChecked {
                        order_id,
                        check,
                        result,
                        at,
                    })
                    .unwrap();
            }
            Effect::Bell(n) => *self.bells.lock().unwrap() += n as usize,
            // A till that had not run them: claimed, and handed back.
            Effect::FinalActions { actions, .. } => {
                self.tx.send(Msg::FinalActionsClaimed(actions)).unwrap();
            }
            Effect::OpenLedger { .. } | Effect::RecordStatus { .. } => {}
            other => panic!("unexpected effect {other:?}"),
        }
        Next::Continue
    }
}

#[tokio::test(start_paused = true)]
async fn status_checks_follow_the_interval_back_off_and_stop_when_paid() {
    let start = now();
    let mut app = app_at(config(Duration::from_secs(3)), start);
    // A payment on screen, as a create answer would put it there.
    common::app::fill(&mut app, "Coffee");
    submit(&mut app);
    answer_create(&mut app, "1", "https://pay.example/checkout/1", START);

    let timeout = || Err(ApiError::Timeout(Duration::from_secs(20)));
    let (tx, results) = unbounded_channel();
    let asked = Arc::new(Mutex::new(Vec::new()));
    let bells = Arc::new(Mutex::new(0));
    let runner = Scripted {
        tx,
        start,
        answers: Mutex::new(VecDeque::from([
            Ok("PENDING"),
            timeout(),
            timeout(),
            timeout(),
            timeout(),
            Ok("SUCCESS"),
        ])),
        asked: asked.clone(),
        bells: bells.clone(),
    };
    let (input, input_rx) = unbounded_channel();
    let task = tokio::spawn(async move {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut out = Vec::new();
        let app = luxpay::tui::run_loop(
            &mut terminal,
            app,
            input_rx,
            results,
            &runner,
            &mut out,
            std::future::pending(),
            None,
        )
        .await
        .unwrap();
        (app, terminal)
    });
    // Paused time jumps from one timer to the next: ten minutes pass in no time.
    tokio::time::sleep(Duration::from_secs(600)).await;
    input.send(ctrl_c()).unwrap();
    let (app, terminal) = task.await.unwrap();

    // Every 3 s while answered; after failures 6, 12, 24, 30 s; then nothing once paid.
    assert_eq!(*asked.lock().unwrap(), [3, 6, 12, 24, 48, 78]);
    assert_eq!(app.payments[0].status, PaymentStatus::Success);
    assert_eq!(*bells.lock().unwrap(), 1);
    assert!(format!("{}", terminal.backend()).contains("PAID"));
}

/// A writer the test can read while the loop writes to it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>, Arc<Mutex<Vec<Instant>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        // When each bell was rung: a write of its own (a 0x07 inside a frame ends an
        // OSC sequence, and is no bell).
        if buf == b"\x07" {
            self.1.lock().unwrap().push(Instant::now());
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn until(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(20);
    while !done().await {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
// A scenario: one running app taken through a sale's whole life, step after step.
#[allow(clippy::too_many_lines)]
async fn the_demo_api_drives_the_app_to_paid_and_expired() {
    let server = DemoServer::start(
        SocketAddr::from(([127, 0, 0, 1], 0)),
        Duration::from_secs(3600),
    )
    .await
    .unwrap();
    let base = server.base_url();
    let mut options =
        ClientOptions::new(base.clone(), secrecy::SecretString::from("k".to_string()));
    options.timeout = Duration::from_secs(5);
    let client = Client::new(options).unwrap();
    let app = app_at(config(Duration::from_millis(100)), now());
    let (tx, results) = unbounded_channel();
    let data = tempfile::tempdir().unwrap();
    let ledger = luxpay::ledger::Ledger::in_dir(data.path(), true);
    let setup = luxpay::tui::EffectsSetup {
        client: client.clone(),
        ledger: ledger.clone(),
        export_dir: data.path().join("exports"),
        demo: true,
        seller: common::app::seller(),
        tz: jiff::tz::TimeZone::UTC,
        ledger_url: None,
        printer: None,
        tr: luxpay::i18n::Tr::plain(),
        mirror: None,
        timeout: Duration::from_secs(5),
    };
    let effects = Effects::new(setup, tx);
    let (input, input_rx) = unbounded_channel();
    let out = Shared::default();
    let mut loop_out = out.clone();
    let task = tokio::spawn(async move {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let app = luxpay::tui::run_loop(
            &mut terminal,
            app,
            input_rx,
            results,
            &effects,
            &mut loop_out,
            std::future::pending(),
            None,
        )
        .await
        .unwrap();
        (app, terminal)
    });
    let http = common::http();
    let orders = async || {
        client
            .list(10, 0)
            .await
            .map(|p| p.orders.len())
            .unwrap_or(0)
    };

    type_sale(&input, "Coffee");
    until("order 1 at the demo API", async || orders().await == 1).await;
    http.post(base.join("demo/pay/1").unwrap())
        .send()
        .await
        .unwrap();
    until("the bell for a paid order", async || {
        out.1.lock().unwrap().len() == 1
    })
    .await;

    input.send(key(KeyCode::Char('n'))).unwrap();
    type_sale(&input, "Tea");
    until("order 2 at the demo API", async || orders().await == 2).await;
    http.post(base.join("demo/expire/2").unwrap())
        .send()
        .await
        .unwrap();
    // Three bells for EXPIRED, rung apart: written together, terminals sound one.
    until("the three bells of an expiry", async || {
        out.1.lock().unwrap().len() == 4
    })
    .await;
    let bells = out.1.lock().unwrap().clone();
    for pair in bells[1..].windows(2) {
        assert!(
            pair[1] - pair[0] >= Duration::from_millis(250),
            "bells apart: {bells:?}"
        );
    }
    // `g` does something only once the app has seen the order expire: order 3 proves it.
    until("a fresh link after EXPIRED", async || {
        input.send(key(KeyCode::Char('g'))).unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        orders().await == 3
    })
    .await;

    input.send(ctrl_c()).unwrap();
    // A second Ctrl+C is needed only if a link is still being made; if not, the app
    // has already quit and nothing is listening.
    let _ = input.send(ctrl_c());
    let (app, _terminal) = task.await.unwrap();
    let status = |id: &str| {
        app.payments
            .iter()
            .find(|p| p.record.order_id.as_str() == id)
            .map(|p| p.status.clone())
    };
    assert_eq!(status("1"), Some(PaymentStatus::Success));
    assert_eq!(status("2"), Some(PaymentStatus::Expired));
    let fresh = client
        .status(&OrderId::parse("3").unwrap())
        .await
        .unwrap()
        .order
        .unwrap();
    assert_eq!(
        fresh.product.as_deref(),
        Some("Tea"),
        "the fresh link has the same details"
    );
}

/// Two Escs in one burst (one write, read at once, as over SSH) are two presses: the
/// first closes the help, the second the history under it. The terminal's reader took
/// `ESC ESC` for one Esc, and the history stayed open.
#[test]
fn two_escs_in_one_read_close_two_layers() {
    let wait = Duration::from_secs(20);
    let home = tempfile::tempdir().unwrap();
    let mut pty = common::pty::Pty::spawn(home.path(), &["--demo"], &[], (80, 24));
    pty.wait_for_text("New payment", wait);
    pty.send("\x10"); // Ctrl+P
    pty.wait_for_text("History · This session", wait);
    pty.send("\x1bOP"); // F1
    pty.wait_for_text("Keys ·", wait);
    pty.send("\x1b\x1b");
    pty.wait_for("the help and the history closed", wait, |s, _| {
        let text = s.contents();
        text.contains("New payment") && !text.contains("Keys ·") && !text.contains("History ·")
    });
    pty.send("\x03"); // Ctrl+C
    assert!(pty.wait_exit(wait).success());
}
