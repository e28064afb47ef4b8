//! A receipt printer (ESC/POS) on the network or on USB: a QR slip the customer can pay
//! from later, and a receipt when a payment is paid. Jobs are built here as bytes
//! (pure, tested byte by byte) and sent in one connection, within a time limit
//! (`transport`); a printer that is off never blocks or fails a sale, it only makes a
//! message.

use std::path::PathBuf;
use std::time::Duration;

use crate::api::OrderId;
use crate::i18n::Tr;
use crate::ledger::PaymentRecord;

pub mod codepage;
pub mod escpos;
mod transport;

pub use codepage::CodePage;
use escpos::{Align, Job};
pub use transport::send;
// The tests give a job less time than a real one has.
#[cfg(test)]
use transport::send_within;

/// How long connecting to a network printer, or opening a device file, may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// How long a whole job may take, from connecting to the last byte taken.
pub const JOB_TIMEOUT: Duration = Duration::from_secs(10);

/// The raw TCP port of network receipt printers.
pub const DEFAULT_PORT: u16 = 9100;

/// Where the printer is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A network printer: host and port (`tcp://192.168.1.50:9100`).
    Tcp(String, u16),
    /// A device file (`/dev/usb/lp0`).
    Device(PathBuf),
}

impl Target {
    /// Reads `printer`: `tcp://HOST[:PORT]`, or an absolute device path.
    pub fn parse(text: &str) -> Result<Target, String> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("tcp://") {
            let url = url::Url::parse(&format!("tcp://{rest}"))
                .map_err(|e| format!("printer {text:?} is not tcp://HOST:PORT ({e})"))?;
            let host = url
                .host_str()
                .filter(|h| !h.is_empty())
                .ok_or_else(|| format!("printer {text:?} names no host"))?;
            return Ok(Target::Tcp(
                host.trim_matches(['[', ']']).to_string(),
                url.port().unwrap_or(DEFAULT_PORT),
            ));
        }
        if text.starts_with('/') {
            return Ok(Target::Device(PathBuf::from(text)));
        }
        Err(format!(
            "printer {text:?} is neither tcp://HOST[:PORT] nor a device path such as /dev/usb/lp0"
        ))
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Tcp(host, port) => write!(f, "tcp://{host}:{port}"),
            Target::Device(path) => write!(f, "{}", path.display()),
        }
    }
}

/// How the code gets on paper.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QrMode {
    /// The printer's own QR command (`GS ( k`).
    #[default]
    Native,
    /// Drawn by luxpay as a raster image (`GS v 0`), for printers without QR support.
    Raster,
}

/// A configured printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printer {
    /// Where it is.
    pub target: Target,
    /// Paper width in mm: 58 or 80.
    pub width_mm: u16,
    /// Native or raster codes.
    pub qr: QrMode,
    /// The shop's name, at the top of every job.
    pub shop_name: String,
    /// A line at the foot of every job.
    pub footer: String,
    /// Print a receipt when a payment turns PAID.
    pub on_paid: bool,
    /// The table text is printed in.
    pub codepage: CodePage,
}

impl Printer {
    /// Dots a line holds: 384 on 58 mm paper, 576 on 80 mm.
    pub fn dots(&self) -> usize {
        if self.width_mm >= 80 { 576 } else { 384 }
    }

    /// Characters a line holds: 32 or 48.
    pub fn columns(&self) -> usize {
        if self.width_mm >= 80 { 48 } else { 32 }
    }
}

/// What to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Print {
    /// A slip with the code, to pay from later.
    Slip(PaymentRecord),
    /// A receipt for a paid payment, and when it was paid.
    Receipt(PaymentRecord, jiff::Timestamp),
}

impl Print {
    /// The order it is for.
    pub fn order_id(&self) -> &OrderId {
        match self {
            Print::Slip(p) | Print::Receipt(p, _) => &p.order_id,
        }
    }

    /// "slip" or "receipt", for messages.
    pub fn word(&self) -> &'static str {
        match self {
            Print::Slip(_) => "slip",
            Print::Receipt(..) => "receipt",
        }
    }
}

/// A time as a slip shows it, in the till's time zone and language.
fn when(t: jiff::Timestamp, tz: &jiff::tz::TimeZone, tr: &Tr) -> String {
    tr.date_time(t.to_zoned_datetime(tz.clone()).datetime())
}

/// `left` and `right` on one line of the paper, the space between them filled.
fn spread(left: &str, right: &str, printer: &Printer) -> String {
    let left = codepage::printable(left, printer.codepage);
    let right = codepage::printable(right, printer.codepage);
    let room = printer.columns().saturating_sub(right.chars().count() + 1);
    let left: String = left.chars().take(room).collect();
    format!("{left:<room$} {right}")
}

/// The sale's lines: each item with its total, or the product text; then the tip, if
/// there is one.
fn sale_lines(job: &mut Job, p: &PaymentRecord, printer: &Printer, tr: &Tr) {
    if p.extras.items.is_empty() {
        job.line(&p.product);
    }
    for item in &p.extras.items {
        let name = if item.quantity == 1 {
            item.name.clone()
        } else {
            format!("{}x {}", item.quantity, item.name)
        };
        job.line(&spread(&name, &tr.amount(item.total()), printer));
    }
    if let Some(tip) = p.extras.tip.filter(|t| !t.is_zero()) {
        job.line(&spread(
            &t!(tr, "books-receipt-tip"),
            &tr.amount(tip),
            printer,
        ));
    }
}

/// The QR slip: shop name, amount, what was sold, order and time, the code, "Scan to pay".
/// A demo slip says DEMO, and that its code opens only while the luxpay that made it runs
/// (the embedded demo API goes with that process).
pub fn slip(printer: &Printer, p: &PaymentRecord, tz: &jiff::tz::TimeZone, tr: &Tr) -> Vec<u8> {
    let mut job = Job::new(printer.codepage);
    heading(&mut job, printer, p.demo, tr);
    job.large(true)
        .line(&tr.money(p.amount, p.currency))
        .large(false);
    job.align(Align::Left);
    sale_lines(&mut job, p, printer, tr);
    job.line(&t!(
        tr,
        "books-slip-order",
        order_id = p.order_id.as_str(),
        when = when(p.created_at, tz, tr),
    ));
    job.align(Align::Centre);
    qr(&mut job, printer, &p.order_url);
    job.bold(true).line(&t!(tr, "books-slip-scan")).bold(false);
    if p.demo {
        // Two short lines: they fit 32 columns, the narrowest paper.
        job.line(&t!(tr, "books-slip-demo-1"))
            .line(&t!(tr, "books-slip-demo-2"));
    }
    finish(job, printer)
}

/// The receipt: shop name, items and tip, total, order, paid time, till and operator,
/// PAID (and DEMO beside it, for a demo payment).
pub fn receipt(
    printer: &Printer,
    p: &PaymentRecord,
    paid_at: jiff::Timestamp,
    tz: &jiff::tz::TimeZone,
    tr: &Tr,
) -> Vec<u8> {
    let mut job = Job::new(printer.codepage);
    heading(&mut job, printer, p.demo, tr);
    job.align(Align::Left);
    sale_lines(&mut job, p, printer, tr);
    job.bold(true)
        .line(&spread(
            &t!(tr, "books-receipt-total"),
            &tr.money(p.amount, p.currency),
            printer,
        ))
        .bold(false);
    job.line(&t!(
        tr,
        "books-receipt-order",
        order_id = p.order_id.as_str()
    ));
    job.line(&t!(
        tr,
        "books-receipt-paid-at",
        when = when(paid_at, tz, tr)
    ));
    job.line(&t!(
        tr,
        "books-receipt-till",
        till = p.till.as_str(),
        operator = p.operator.as_str(),
    ));
    // Large letters are twice as wide: "PAID (DEMO)" still fits 32 columns (16 large
    // letters, in every language).
    let paid = if p.demo {
        t!(tr, "books-receipt-paid-demo")
    } else {
        t!(tr, "books-receipt-paid")
    };
    job.align(Align::Centre)
        .large(true)
        .line(&paid)
        .large(false);
    finish(job, printer)
}

/// The shop's name, centred and bold, when there is one, and the demo line for a demo
/// payment; what follows is centred.
fn heading(job: &mut Job, printer: &Printer, demo: bool, tr: &Tr) {
    job.align(Align::Centre);
    if !printer.shop_name.is_empty() {
        job.bold(true).line(&printer.shop_name).bold(false);
    }
    if demo {
        // The README promises everything the demo shows is labelled, and paper outlives
        // the terminal that said so.
        job.bold(true)
            .line(&t!(tr, "books-receipt-demo"))
            .bold(false);
    }
}

/// The code, the printer's way or drawn, sized to the paper.
fn qr(job: &mut Job, printer: &Printer, url: &str) {
    let Ok(code) = crate::qr::QrCode::encode(url, crate::qr::EcLevel::M) else {
        job.line(url);
        return;
    };
    // Modules as large as the paper allows, up to 8 dots (about 1 mm) each.
    let module = (printer.dots() / code.side()).clamp(1, 8);
    match printer.qr {
        QrMode::Native => job.native_qr(url, module as u8),
        QrMode::Raster => job.raster_qr(&code, module, printer.dots()),
    };
    job.line("");
}

/// The footer, a feed and the cut.
fn finish(mut job: Job, printer: &Printer) -> Vec<u8> {
    if !printer.footer.is_empty() {
        job.line(&printer.footer);
    }
    job.feed(4).cut();
    job.into_bytes()
}

/// An X or Z report on paper: the same lines as on the terminal (`books::to_text`), as
/// wide as the paper, under the shop's name.
pub fn report(
    printer: &Printer,
    report: &crate::books::Report,
    demo: bool,
    tz: &jiff::tz::TimeZone,
    tr: &Tr,
) -> Vec<u8> {
    let mut job = Job::new(printer.codepage);
    heading(&mut job, printer, demo, tr);
    job.align(Align::Left);
    for line in crate::books::to_text(report, printer.columns(), tz, tr) {
        job.line(&line);
    }
    finish(job, printer)
}

/// Prints an X or Z report; why not, if it was not printed.
pub fn print_report(
    printer: &Printer,
    report: &crate::books::Report,
    demo: bool,
    tz: &jiff::tz::TimeZone,
    tr: &Tr,
) -> Result<(), String> {
    send(
        &printer.target,
        &self::report(printer, report, demo, tz, tr),
    )
}

/// A job's bytes, to be sent with [`send`].
pub fn bytes(printer: &Printer, job: &Print, tz: &jiff::tz::TimeZone, tr: &Tr) -> Vec<u8> {
    match job {
        Print::Slip(p) => slip(printer, p, tz, tr),
        Print::Receipt(p, paid_at) => receipt(printer, p, *paid_at, tz, tr),
    }
}

/// Builds and sends a job; why not, if it was not printed.
pub fn print(
    printer: &Printer,
    job: &Print,
    tz: &jiff::tz::TimeZone,
    tr: &Tr,
) -> Result<(), String> {
    send(&printer.target, &bytes(printer, job, tz, tr))
}

#[cfg(test)]
mod tests;
