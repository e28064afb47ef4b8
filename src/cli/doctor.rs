//! `luxpay doctor`: everything worth knowing when something does not work, never the key.

use super::out::{out, outln};
use super::{CliError, client_for};
use crate::clipboard::Route;
use crate::config::Settings;
use crate::i18n::Tr;
use crate::qr::{EcLevel, QrCode};
use crate::termenv::TermEnv;

/// What doctor found, printed as text or as one JSON document.
#[derive(serde::Serialize)]
struct Report {
    version: &'static str,
    demo: bool,
    config_file: String,
    config_file_found: bool,
    data_dir: String,
    log_dir: String,
    ledger: String,
    /// The ledger's counts and size, or why it could not be read.
    ledger_stats: Option<crate::ledger::Stats>,
    /// Why the ledger could not be read, if it could not.
    ledger_error: Option<String>,
    till: String,
    operator: String,
    /// The shop's shared ledger (host and database only, never the password), and what
    /// waits to be sent to it.
    shared: Option<String>,
    /// What connecting to it found: its schema version and whether the connection is
    /// encrypted, or why it could not be reached.
    shared_check: Option<Result<SharedCheck, String>>,
    backlog: Option<crate::ledger::Backlog>,
    /// The receipt printer: where, paper width, how codes are printed.
    printer: Option<String>,
    /// `printer` in the person's language, for the text.
    #[serde(skip)]
    printer_text: Option<String>,
    /// Where the customer mirror connects (`luxpay mirror`).
    mirror_socket: String,
    base_url: String,
    api_key: String,
    /// `api_key` in the person's language, for the text.
    #[serde(skip)]
    api_key_text: String,
    timeout_secs: f32,
    warnings: Vec<String>,
    /// `ok`, or why the API could not be checked (`None` ok).
    api_error: Option<String>,
    /// `api_error` in the person's language, for the text.
    #[serde(skip)]
    api_error_text: Option<String>,
    api_checked: bool,
    term: Option<String>,
    colours: String,
    #[serde(skip)]
    colours_text: String,
    size: Option<(u16, u16)>,
    ssh: bool,
    tmux: bool,
    screen: bool,
    display: bool,
    copy_goes_to: String,
    #[serde(skip)]
    copy_goes_to_text: String,
}

/// The shared ledger, as a connection to it found it.
#[derive(serde::Serialize)]
struct SharedCheck {
    schema: i32,
    /// The database's identity: a restored or new database has another, and the tills
    /// send it everything again.
    identity: String,
    encrypted: bool,
    /// This till's sales kept apart: their order id was another sale's.
    conflicts: i64,
}

/// Connects to the shared ledger the way the tills do, within a command's time limit.
async fn check_shared(url: &secrecy::SecretString, till: &str) -> Result<SharedCheck, String> {
    let timeout = super::shop::COMMAND_TIMEOUT;
    let asked = async {
        let shared = crate::shared::Shared::connect(url, timeout).await?;
        Ok::<_, String>(SharedCheck {
            schema: shared.schema_version().await?,
            identity: shared.identity().await?,
            encrypted: shared.encrypted().await?,
            conflicts: shared.conflicts(Some(till)).await?,
        })
    };
    tokio::time::timeout(timeout, asked)
        .await
        .map_err(|_| format!("no answer within {} s", timeout.as_secs()))?
}

/// `luxpay doctor`: exit 0 when the API answered, else the failure's exit code (2 when
/// there is no key to check with).
pub async fn run(
    settings: &Settings,
    ledger: &crate::ledger::Ledger,
    demo: bool,
    json: bool,
) -> Result<u8, CliError> {
    let env = TermEnv::detect();
    let copy_route = Route::choose(settings.clipboard, settings.osc52_wrap, &env);
    let printer = settings.selling.printer.as_ref();
    let tr = &settings.tr;
    let (api_checked, api_error, code) = match settings.require_key() {
        Err(missing) => (false, Some((missing.to_string(), missing.text(tr))), 2),
        Ok(_) => match client_for(settings, demo)?.list(1, 0).await {
            Ok(_) => (true, None, 0),
            Err(e) => (true, Some((e.to_string(), e.text(tr))), e.exit_code()),
        },
    };
    let (api_error, api_error_text) = api_error.unzip();
    let shared_check = match &settings.ledger_url {
        Some(url) => Some(check_shared(url, &settings.seller.till).await),
        None => None,
    };
    // A shared ledger that cannot be reached is a network failure, like the API's.
    let code = match &shared_check {
        Some(Err(_)) if code == 0 => 4,
        Some(Ok(check)) if check.conflicts > 0 && code == 0 => 1,
        _ => code,
    };
    let stats = ledger.stats();
    let report = Report {
        version: env!("CARGO_PKG_VERSION"),
        demo,
        config_file: settings.config_file.display().to_string(),
        config_file_found: settings.config_file_exists,
        data_dir: settings.data_dir.display().to_string(),
        log_dir: settings.log_dir.display().to_string(),
        ledger: ledger.path().display().to_string(),
        ledger_stats: stats.as_ref().ok().cloned(),
        ledger_error: stats.as_ref().err().map(ToString::to_string),
        till: settings.seller.till.clone(),
        operator: settings.seller.operator.clone(),
        shared: settings.ledger_url.as_ref().map(crate::shared::describe),
        shared_check,
        printer: printer.map(|p| printer_line(p, &Tr::plain())),
        printer_text: printer.map(|p| printer_line(p, tr)),
        mirror_socket: crate::mirror::socket_for(&settings.data_dir, &settings.seller.till)
            .display()
            .to_string(),
        backlog: settings
            .ledger_url
            .as_ref()
            .and_then(|_| ledger.backlog().ok()),
        base_url: settings.base_url.to_string(),
        api_key: settings.key_source.to_string(),
        api_key_text: settings.key_source.text(tr),
        timeout_secs: settings.timeout.as_secs_f32(),
        warnings: settings.warnings.clone(),
        api_error,
        api_error_text,
        api_checked,
        term: env.term.clone(),
        colours: env.colours(&Tr::plain()),
        colours_text: env.colours(tr),
        size: crossterm::terminal::size().ok(),
        ssh: env.ssh,
        tmux: env.tmux,
        screen: env.screen,
        display: env.display,
        copy_goes_to: copy_route.describe(&Tr::plain()),
        copy_goes_to_text: copy_route.describe(tr),
    };
    if json {
        let text = serde_json::to_string(&report).map_err(|e| CliError::Io(e.to_string()))?;
        outln!("{text}");
    } else {
        print_text(&report, tr)?;
    }
    Ok(code)
}

/// The report for people: configuration, API, terminal, and a code to scan.
fn print_text(r: &Report, tr: &Tr) -> Result<(), CliError> {
    let title = if r.demo {
        t!(tr, "doctor-title-demo", version = r.version)
    } else {
        t!(tr, "doctor-title", version = r.version)
    };
    outln!("{title}");
    let labels = Labels::new(tr);
    outln!("\n{}", t!(tr, "doctor-configuration"));
    let found = if r.config_file_found {
        String::new()
    } else {
        format!(" ({})", t!(tr, "doctor-config-not-found"))
    };
    outln!(
        "{}{}{found}",
        labels.row("doctor-config-file"),
        r.config_file
    );
    outln!("{}{}", labels.row("doctor-data-dir"), r.data_dir);
    let logs = t!(tr, "doctor-logs-kept", dir = r.log_dir.as_str());
    outln!("{}{logs}", labels.row("doctor-logs"));
    print_ledger(r, tr, &labels)?;
    let till = t!(
        tr,
        "doctor-till-operator",
        till = r.till.as_str(),
        operator = r.operator.as_str()
    );
    outln!("{}{till}", labels.row("doctor-till"));
    print_shared(r, tr, &labels)?;
    if let Some(printer) = &r.printer_text {
        outln!("{}{printer}", labels.row("doctor-printer"));
    }
    outln!("{}{}", labels.row("doctor-mirror-socket"), r.mirror_socket);
    outln!("{}{}", labels.row("doctor-base-url"), r.base_url);
    outln!("{}{}", labels.row("doctor-api-key"), r.api_key_text);
    let timeout = t!(tr, "doctor-seconds", seconds = r.timeout_secs.to_string());
    outln!("{}{timeout}", labels.row("doctor-timeout"));
    for warning in &r.warnings {
        outln!("{}{warning}", labels.row("doctor-warning"));
    }

    outln!("\n{}", t!(tr, "doctor-api"));
    let e = r.api_error_text.as_deref().unwrap_or_default();
    match (&r.api_error, r.api_checked) {
        (None, _) => outln!("  {}", t!(tr, "doctor-api-ok")),
        (Some(_), false) => outln!("  {}", t!(tr, "doctor-not-checked", error = e)),
        (Some(_), true) => outln!("  {}", t!(tr, "doctor-failed", error = e)),
    }
    print_terminal(r, tr, &labels)?;

    print_sample(&r.base_url, tr)
}

/// The labels of the report's rows in the language, padded to one width: the English
/// layout's, or wider when the language's labels are.
struct Labels {
    tr: Tr,
    width: usize,
}

impl Labels {
    const IDS: [&'static str; 20] = [
        "doctor-config-file",
        "doctor-data-dir",
        "doctor-logs",
        "doctor-ledger",
        "doctor-till",
        "doctor-shared-ledger",
        "doctor-printer",
        "doctor-mirror-socket",
        "doctor-base-url",
        "doctor-api-key",
        "doctor-timeout",
        "doctor-warning",
        "doctor-term",
        "doctor-colours",
        "doctor-size",
        "doctor-ssh",
        "doctor-tmux",
        "doctor-screen",
        "doctor-display",
        "doctor-copy-goes-to",
    ];

    fn new(tr: &Tr) -> Labels {
        let labels: Vec<String> = Self::IDS.iter().map(|id| tr.msg(id, &[])).collect();
        Labels {
            tr: tr.clone(),
            width: super::words::label_width(&labels, 14),
        }
    }

    /// `  label   `, ready for its value.
    fn row(&self, id: &str) -> String {
        format!("  {}", super::words::pad(&self.tr.msg(id, &[]), self.width))
    }

    /// The indent of a line that goes on under a row's value.
    fn under(&self) -> String {
        " ".repeat(2 + self.width)
    }
}

/// A code to scan, drawn only on a terminal: it is drawn in colours, and a file or a
/// pipe gets no escape sequences.
fn print_sample(sample: &str, tr: &Tr) -> Result<(), CliError> {
    if !super::out::stdout_is_terminal() {
        outln!("\n{}", t!(tr, "doctor-sample-not-drawn"));
        return Ok(());
    }
    outln!("\n{}", t!(tr, "doctor-sample", sample = sample));
    match QrCode::encode(sample, EcLevel::M) {
        Ok(code) => out!("{}", code.to_ansi()),
        Err(e) => outln!(
            "  {}",
            t!(tr, "doctor-sample-failed", error = e.to_string())
        ),
    }
    Ok(())
}

/// The printer's line: where, paper width, how codes and text are printed.
fn printer_line(p: &crate::printer::Printer, tr: &Tr) -> String {
    let qr = match p.qr {
        crate::printer::QrMode::Native => t!(tr, "doctor-printer-native-qr"),
        crate::printer::QrMode::Raster => t!(tr, "doctor-printer-raster-qr"),
    };
    let codepage = match p.codepage {
        crate::printer::CodePage::Ascii => "ASCII",
        crate::printer::CodePage::Pc437 => "PC437",
        crate::printer::CodePage::Pc850 => "PC850",
        crate::printer::CodePage::Wpc1252 => "WPC1252",
    };
    t!(
        tr,
        "doctor-printer-line",
        target = p.target.to_string(),
        width = p.width_mm,
        qr = qr,
        codepage = codepage,
        on_paid = if p.on_paid { "yes" } else { "no" }
    )
}

/// The local ledger's line: its size and schema, or why it cannot be read.
fn print_ledger(r: &Report, tr: &Tr, labels: &Labels) -> Result<(), CliError> {
    let row = labels.row("doctor-ledger");
    match (&r.ledger_stats, &r.ledger_error) {
        (Some(stats), _) => {
            let in_flight = match stats.open_intents {
                0 => String::new(),
                n => format!(", {}", t!(tr, "doctor-in-flight", count = n)),
            };
            let line = t!(
                tr,
                "doctor-ledger-stats",
                path = r.ledger.as_str(),
                payments = stats.payments,
                size = crate::text::bytes(stats.bytes, tr),
                schema = stats.schema.to_string(),
                in_flight = in_flight
            );
            outln!("{row}{line}");
        }
        (None, e) => {
            let line = t!(
                tr,
                "doctor-ledger-unread",
                path = r.ledger.as_str(),
                error = e.as_deref().unwrap_or("?")
            );
            outln!("{row}{line}");
        }
    }
    Ok(())
}

/// The shop's shared ledger, when there is one: the backlog, and whether it was reached.
fn print_shared(r: &Report, tr: &Tr, labels: &Labels) -> Result<(), CliError> {
    if let Some(shared) = &r.shared {
        let waiting = match &r.backlog {
            Some(b) => {
                let last = b.last_sync.map_or_else(
                    || t!(tr, "doctor-never"),
                    |t| {
                        let at = jiff::tz::TimeZone::system().to_datetime(t);
                        if tr.lang() == crate::i18n::Lang::En {
                            t.to_string()
                        } else {
                            tr.date_time(at)
                        }
                    },
                );
                t!(
                    tr,
                    "doctor-backlog",
                    payments = b.payments,
                    events = b.events,
                    last = last
                )
            }
            None => t!(tr, "doctor-backlog-unknown"),
        };
        outln!("{}{shared} ({waiting})", labels.row("doctor-shared-ledger"));
        let under = labels.under();
        match &r.shared_check {
            Some(Ok(check)) => {
                let encrypted = if check.encrypted {
                    t!(tr, "doctor-over-tls")
                } else {
                    t!(tr, "doctor-not-encrypted")
                };
                let line = t!(
                    tr,
                    "doctor-reached",
                    schema = check.schema.to_string(),
                    encrypted = encrypted,
                    identity = check.identity.as_str()
                );
                outln!("{under}{line}");
                if check.conflicts > 0 {
                    let conflicts = t!(tr, "doctor-conflicts", count = check.conflicts);
                    outln!("{under}{}", t!(tr, "doctor-failed", error = conflicts));
                }
            }
            Some(Err(e)) => {
                let unreached = t!(tr, "doctor-unreached", error = e.as_str());
                outln!("{under}{}", t!(tr, "doctor-failed", error = unreached));
            }
            None => {}
        }
    }
    Ok(())
}

/// What luxpay found out about the terminal it runs in.
fn print_terminal(r: &Report, tr: &Tr, labels: &Labels) -> Result<(), CliError> {
    let yes_no = |b: bool| {
        if b {
            t!(tr, "doctor-yes")
        } else {
            t!(tr, "doctor-no")
        }
    };
    outln!("\n{}", t!(tr, "doctor-terminal"));
    let term = r
        .term
        .clone()
        .unwrap_or_else(|| format!("({})", t!(tr, "doctor-not-set")));
    outln!("{}{term}", labels.row("doctor-term"));
    outln!("{}{}", labels.row("doctor-colours"), r.colours_text);
    let size = match r.size {
        Some((w, h)) => format!("{w}x{h}"),
        None => t!(tr, "doctor-size-unknown"),
    };
    outln!("{}{size}", labels.row("doctor-size"));
    outln!("{}{}", labels.row("doctor-ssh"), yes_no(r.ssh));
    outln!("{}{}", labels.row("doctor-tmux"), yes_no(r.tmux));
    outln!("{}{}", labels.row("doctor-screen"), yes_no(r.screen));
    outln!("{}{}", labels.row("doctor-display"), yes_no(r.display));
    outln!(
        "{}{}",
        labels.row("doctor-copy-goes-to"),
        r.copy_goes_to_text
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::printer::{CodePage, Printer, QrMode, Target};

    #[test]
    fn the_printer_line_says_receipt_on_paid_only_when_it_is_set() {
        let mut printer = Printer {
            target: Target::Tcp("10.0.0.5".into(), 9100),
            width_mm: 80,
            qr: QrMode::Native,
            shop_name: String::new(),
            footer: String::new(),
            on_paid: false,
            codepage: CodePage::Pc850,
        };
        assert_eq!(
            printer_line(&printer, &Tr::plain()),
            "tcp://10.0.0.5:9100 (80 mm, native QR, PC850 text)"
        );
        printer.on_paid = true;
        printer.qr = QrMode::Raster;
        assert_eq!(
            printer_line(&printer, &Tr::plain()),
            "tcp://10.0.0.5:9100 (80 mm, raster QR, PC850 text, receipt on paid)"
        );
        assert_eq!(
            printer_line(&printer, &Tr::of(Lang::De)),
            "tcp://10.0.0.5:9100 (80 mm, QR als Rastergrafik, Text in PC850, Beleg bei Zahlung)"
        );
    }
}
