use std::io::Read;

use rust_decimal::Decimal;

use super::*;

use crate::payment::{Extras, Item};
use crate::test_images::decode_raster;

const URL: &str = "http://127.0.0.1:8787/checkout/42";

fn printer(qr: QrMode, width_mm: u16) -> Printer {
    Printer {
        target: Target::Tcp("127.0.0.1".into(), 9100),
        width_mm,
        qr,
        shop_name: "Luxe Café".into(),
        footer: "Thank you!".into(),
        on_paid: true,
        codepage: CodePage::Ascii,
    }
}

fn sale() -> PaymentRecord {
    PaymentRecord {
        order_id: OrderId::parse("42").unwrap(),
        order_url: URL.into(),
        amount: Decimal::new(1403, 2),
        currency: crate::money::Currency::Usd,
        customer: "ana@example.com".into(),
        product: "2× Flat white, Croissant".into(),
        method: crate::payment::Method::Paypal,
        created_at: "2026-11-26T12:00:00Z".parse().unwrap(),
        api_host: "demo".into(),
        demo: true,
        asked_amount: None,
        till: "front-1".into(),
        operator: "ana".into(),
        recovered: false,
        extras: Extras {
            items: vec![
                Item {
                    name: "Flat white".into(),
                    unit_price: Decimal::new(450, 2),
                    quantity: 2,
                },
                Item {
                    name: "Croissant".into(),
                    unit_price: Decimal::new(320, 2),
                    quantity: 1,
                },
            ],
            tip: Some(Decimal::new(183, 2)),
            walk_in: false,
            tendered: None,
        },
    }
}

fn utc() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::UTC
}

/// The printable text of a job: its bytes without the commands this module writes.
fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_raster_slip_scans_on_both_paper_widths() {
    for width in [58, 80] {
        let p = printer(QrMode::Raster, width);
        let bytes = slip(&p, &sale(), &utc(), &Tr::plain());
        assert_eq!(decode_raster(&bytes), [URL], "{width} mm");
        assert!(bytes.starts_with(escpos::INIT));
        assert!(
            bytes.ends_with(&[0x1b, b'd', 4, 0x1d, b'V', 66, 3]),
            "feed, cut"
        );
        let text = text_of(&bytes);
        for words in [
            "Luxe Cafe",
            "14.03 USD",
            "2x Flat white",
            "Order 42 - 2026-11-26 12:00",
            "Scan to pay",
            "Thank you!",
        ] {
            assert!(text.contains(words), "{words}: {text}");
        }
        // The image fits the paper.
        let at = bytes
            .windows(4)
            .position(|w| w == [0x1d, b'v', b'0', 0])
            .unwrap();
        assert!(usize::from(bytes[at + 4]) * 8 <= p.dots());
    }
}

#[test]
fn a_native_slip_asks_the_printer_for_the_code() {
    let bytes = slip(&printer(QrMode::Native, 58), &sale(), &utc(), &Tr::plain());
    let store: Vec<u8> = [&[49, 80, 48][..], URL.as_bytes()].concat();
    assert!(bytes.windows(store.len()).any(|w| w == store.as_slice()));
    assert!(
        !bytes.windows(3).any(|w| w == [0x1d, b'v', b'0']),
        "no raster"
    );
}

#[test]
fn a_receipt_has_items_tip_total_and_paid() {
    let paid_at = "2026-11-26T12:03:00Z".parse().unwrap();
    let p = printer(QrMode::Native, 58);
    let text = text_of(&receipt(&p, &sale(), paid_at, &utc(), &Tr::plain()));
    // Names on the left, money on the right, on the paper's 32 columns.
    let spread = |left: &str, right: &str| format!("{left:<0$}{right}", 32 - right.len());
    for words in [
        spread("2x Flat white", "9.00"),
        spread("Croissant", "3.20"),
        spread("Tip", "1.83"),
        spread("TOTAL", "14.03 USD"),
        "Order 42".into(),
        "Paid 2026-11-26 12:03".into(),
        "Till front-1 - ana".into(),
        "PAID".into(),
    ] {
        assert!(text.contains(&words), "{words:?}: {text}");
    }
}

/// "Luxe Café" printed as "Luxe Cafe" on a plain ASCII printer. With a table named, accents
/// print, and names still line up with the money (one column a character).
#[test]
fn a_receipt_prints_accents_in_the_table_named() {
    use yore::code_pages::CP1252;
    let mut p = printer(QrMode::Native, 58);
    let mut sold = sale();
    sold.extras.items[1].name = "Crème brûlée".into();
    let paid_at = "2026-11-26T12:03:00Z".parse().unwrap();
    let ascii = text_of(&receipt(&p, &sold, paid_at, &utc(), &Tr::plain()));
    assert!(
        ascii.contains("Luxe Cafe") && ascii.contains("Creme brulee"),
        "{ascii}"
    );
    p.codepage = CodePage::Wpc1252;
    let bytes = receipt(&p, &sold, paid_at, &utc(), &Tr::plain());
    assert!(
        bytes.starts_with(&[0x1b, b'@', 0x1b, b't', 16]),
        "the table first"
    );
    let text = CP1252.decode(&bytes);
    assert!(text.contains("Luxe Café"), "{text}");
    let line = format!("{:<28}3.20", "Crème brûlée");
    assert!(text.contains(&line), "lined up: {text}");
}

#[test]
fn printer_addresses() {
    assert_eq!(
        Target::parse("tcp://192.168.1.50").unwrap(),
        Target::Tcp("192.168.1.50".into(), 9100)
    );
    assert_eq!(
        Target::parse("tcp://printer.lan:9101").unwrap(),
        Target::Tcp("printer.lan".into(), 9101)
    );
    assert_eq!(
        Target::parse("/dev/usb/lp0").unwrap(),
        Target::Device("/dev/usb/lp0".into())
    );
    assert!(Target::parse("lp0").unwrap_err().contains("device path"));
}

#[test]
fn a_job_goes_in_one_connection_to_a_fake_printer() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let fake = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut got = Vec::new();
        conn.read_to_end(&mut got).unwrap();
        got
    });
    let mut p = printer(QrMode::Raster, 80);
    p.target = Target::Tcp("127.0.0.1".into(), port);
    print(&p, &Print::Slip(sale()), &utc(), &Tr::plain()).unwrap();
    let got = fake.join().unwrap();
    assert_eq!(got, slip(&p, &sale(), &utc(), &Tr::plain()));
    assert_eq!(decode_raster(&got), [URL]);
}

#[test]
fn a_printer_that_is_off_is_a_reason_not_a_wait() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut p = printer(QrMode::Native, 58);
    p.target = Target::Tcp("127.0.0.1".into(), port);
    let err = print(&p, &Print::Slip(sale()), &utc(), &Tr::plain()).unwrap_err();
    assert!(err.starts_with(&format!("tcp://127.0.0.1:{port}")), "{err}");
    p.target = Target::Device("/nonexistent/lp0".into());
    let err = print(&p, &Print::Slip(sale()), &utc(), &Tr::plain()).unwrap_err();
    assert!(err.contains("/nonexistent/lp0"), "{err}");
}

#[test]
fn a_usb_printer_is_written_as_its_device_file() {
    // A device file takes the job as a file would: a plain file stands in for /dev/usb/lp0.
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("lp0");
    std::fs::write(&device, b"").unwrap();
    let mut p = printer(QrMode::Native, 58);
    p.target = Target::Device(device.clone());
    let paid_at = "2026-11-26T12:03:00Z".parse().unwrap();
    print(&p, &Print::Receipt(sale(), paid_at), &utc(), &Tr::plain()).unwrap();
    assert_eq!(
        std::fs::read(&device).unwrap(),
        receipt(&p, &sale(), paid_at, &utc(), &Tr::plain())
    );
}

/// Runs `job` on a thread and gives its answer, or fails the test if it is still
/// running after `limit`: a hang is the fault under test, and a stuck test says nothing.
fn within<T: Send + 'static>(limit: Duration, job: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(job());
    });
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("still printing after {} s", limit.as_secs()))
}

/// A named pipe standing in for a device file: it blocks as a stuck device does.
fn fifo(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("lp0");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &path,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .unwrap();
    path
}

#[test]
fn a_device_nothing_reads_is_a_reason_after_3_s_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let device = fifo(dir.path());
    let mut p = printer(QrMode::Native, 58);
    p.target = Target::Device(device.clone());
    let err = within(Duration::from_secs(15), move || {
        print(&p, &Print::Slip(sale()), &utc(), &Tr::plain())
    })
    .unwrap_err();
    assert!(
        err.contains(&device.display().to_string()) && err.contains("3 s"),
        "{err}"
    );
}

#[test]
fn a_device_that_stops_taking_the_job_is_given_up_on() {
    let dir = tempfile::tempdir().unwrap();
    let device = fifo(dir.path());
    // A reader that never reads: the job fills the pipe, then waits for room.
    let _reader = rustix::fs::open(
        &device,
        rustix::fs::OFlags::RDONLY | rustix::fs::OFlags::NONBLOCK,
        rustix::fs::Mode::empty(),
    )
    .unwrap();
    let target = Target::Device(device.clone());
    let err = within(Duration::from_secs(15), move || {
        send_within(&target, &vec![b'x'; 1 << 20], Duration::from_secs(1))
    })
    .unwrap_err();
    assert!(
        err.contains(&device.display().to_string()) && err.contains("1 s"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn a_printer_that_resets_the_connection_did_not_print() {
    use tokio::io::AsyncReadExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let (mut conn, _) = listener.accept().await.unwrap();
        let mut first = [0; 16];
        conn.read_exact(&mut first).await.unwrap();
        // Closed with SO_LINGER 0, the connection ends in a reset, not a FIN: a printer
        // that broke off mid-job.
        conn.set_zero_linger().unwrap();
    });
    let mut p = printer(QrMode::Native, 58);
    p.target = Target::Tcp("127.0.0.1".into(), port);
    let err =
        tokio::task::spawn_blocking(move || print(&p, &Print::Slip(sale()), &utc(), &Tr::plain()))
            .await
            .unwrap()
            .unwrap_err();
    assert!(
        err.starts_with(&format!("tcp://127.0.0.1:{port}")) && err.contains("reset"),
        "{err}"
    );
}

#[test]
fn a_printer_that_keeps_the_connection_open_has_printed() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let fake = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut got = Vec::new();
        conn.read_to_end(&mut got).unwrap();
        // Holds its side open until the test is over, as some printers do.
        let _ = done_rx.recv();
        got
    });
    let mut p = printer(QrMode::Native, 58);
    p.target = Target::Tcp("127.0.0.1".into(), port);
    let result = within(Duration::from_secs(15), {
        let p = p.clone();
        move || print(&p, &Print::Slip(sale()), &utc(), &Tr::plain())
    });
    drop(done_tx);
    assert_eq!(result, Ok(()));
    assert_eq!(
        fake.join().unwrap(),
        slip(&p, &sale(), &utc(), &Tr::plain())
    );
}

/// The README promises everything the demo shows is labelled: a demo slip and receipt say
/// DEMO (and the slip that its code opens only while that luxpay runs); a live one does
/// not.
#[test]
fn demo_slips_and_receipts_say_demo_and_live_ones_do_not() {
    let paid_at = "2026-11-26T12:03:00Z".parse().unwrap();
    let p = printer(QrMode::Native, 58);
    let demo = sale();
    assert!(demo.demo);
    let slip_text = text_of(&slip(&p, &demo, &utc(), &Tr::plain()));
    let receipt_text = text_of(&receipt(&p, &demo, paid_at, &utc(), &Tr::plain()));
    for text in [&slip_text, &receipt_text] {
        assert!(text.contains("DEMO - no real money"), "{text}");
    }
    assert!(
        slip_text.contains("DEMO code - opens only while")
            && slip_text.contains("the luxpay that made it runs"),
        "{slip_text}"
    );
    assert!(receipt_text.contains("PAID (DEMO)"), "{receipt_text}");
    // The demo line comes first, before the amount on the slip and the items on the
    // receipt.
    let at = |text: &str, words: &str| text.find(words).unwrap();
    assert!(at(&slip_text, "DEMO") < at(&slip_text, "14.03 USD"));
    assert!(at(&receipt_text, "DEMO") < at(&receipt_text, "Flat white"));

    let live = PaymentRecord {
        demo: false,
        ..sale()
    };
    for bytes in [
        slip(&p, &live, &utc(), &Tr::plain()),
        receipt(&p, &live, paid_at, &utc(), &Tr::plain()),
    ] {
        assert!(
            !bytes.windows(4).any(|w| w == b"DEMO"),
            "{}",
            text_of(&bytes)
        );
    }
}

/// A German till prints its receipt in German, money and time the German way, and the
/// umlauts and accents the table has.
#[test]
fn a_german_receipt_speaks_german_in_the_table_named() {
    use crate::i18n::{Lang, Tr};
    use yore::code_pages::CP850;
    let mut p = printer(QrMode::Native, 80);
    p.codepage = CodePage::Pc850;
    let mut sold = sale();
    sold.demo = false;
    sold.amount = Decimal::new(123_450, 2);
    sold.extras.items[1].name = "Crème brûlée".into();
    let paid_at = "2026-11-26T12:03:00Z".parse().unwrap();
    let bytes = receipt(&p, &sold, paid_at, &utc(), &Tr::of(Lang::De));
    let text = CP850.decode(&bytes);
    for word in [
        "SUMME",
        "Trinkgeld",
        "Bestellung 42",
        "BEZAHLT",
        "Crème brûlée",
    ] {
        assert!(text.contains(word), "{word}: {text}");
    }
    assert!(text.contains("1.234,50 USD"), "{text}");
    assert!(text.contains("Bezahlt 26.11.26, 12:03"), "{text}");
    // "Geöffnet" on the Z: an umlaut the table has.
    let report = crate::books::Report {
        number: Some(3),
        till: "front-1".into(),
        opened_at: Some("2026-11-26T08:00:00Z".into()),
        closed_at: Some("2026-11-26T18:00:00Z".into()),
        opened_by: Some("ana".into()),
        closed_by: Some("ana".into()),
        currencies: Default::default(),
        by_method: Vec::new(),
        by_operator: Vec::new(),
        by_hour: Vec::new(),
        best_items: Vec::new(),
        cash: Default::default(),
        pending: Vec::new(),
        paid_after_void: Vec::new(),
        differences: Vec::new(),
        prev_hash: String::new(),
        hash: None,
    };
    let z_bytes = super::report(&p, &report, false, &utc(), &Tr::of(Lang::De));
    let z = CP850.decode(&z_bytes);
    assert!(z.contains("Z-BERICHT 3") && z.contains("Geöffnet"), "{z}");
    let ascii = codepage::printable("Geöffnet", CodePage::Ascii);
    assert_eq!(
        ascii, "Geoffnet",
        "ASCII has no umlaut: the letter under it"
    );
}
