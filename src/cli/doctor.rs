//! `luxpay doctor`: everything worth knowing when something does not work, never the key.

use super::out::{out, outln};
use super::{CliError, client_for};
use crate::clipboard::Route;
use crate::config::Settings;
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
    /// Where the customer mirror connects (`luxpay mirror`).
    mirror_socket: String,
    base_url: String,
    api_key: String,
    timeout_secs: f32,
    warnings: Vec<String>,
    /// `ok`, or why the API could not be checked (`None` ok).
    api_error: Option<String>,
    api_checked: bool,
    term: Option<String>,
    colours: String,
    size: Option<(u16, u16)>,
    ssh: bool,
    tmux: bool,
    screen: bool,
    display: bool,
    copy_goes_to: String,
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
    let (api_checked, api_error, code) = match settings.require_key() {
        Err(missing) => (false, Some(missing.to_string()), 2),
        Ok(_) => match client_for(settings, demo)?.list(1, 0).await {
            Ok(_) => (true, None, 0),
            Err(e) => (true, Some(e.to_string()), e.exit_code()),
        },
    };
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
        printer: settings.selling.printer.as_ref().map(|p| {
            let qr = match p.qr {
                crate::printer::QrMode::Native => "native QR",
                crate::printer::QrMode::Raster => "raster QR",
            };
            let on_paid = if p.on_paid { ", receipt on paid" } else { "" };
            let text = match p.codepage {
                crate::printer::CodePage::Ascii => "ASCII text",
                crate::printer::CodePage::Pc437 => "PC437 text",
                crate::printer::CodePage::Pc850 => "PC850 text",
                crate::printer::CodePage::Wpc1252 => "WPC1252 text",
            };
            format!("{} ({} mm, {qr}, {text}{on_paid})", p.target, p.width_mm)
        }),
        mirror_socket: crate::mirror::socket_for(&settings.data_dir, &settings.seller.till)
            .display()
            .to_string(),
        backlog: settings
            .ledger_url
            .as_ref()
            .and_then(|_| ledger.backlog().ok()),
        base_url: settings.base_url.to_string(),
        api_key: settings.key_source.to_string(),
        timeout_secs: settings.timeout.as_secs_f32(),
        warnings: settings.warnings.clone(),
        api_error,
        api_checked,
        term: env.term.clone(),
        colours: env.colours().to_string(),
        size: crossterm::terminal::size().ok(),
        ssh: env.ssh,
        tmux: env.tmux,
        screen: env.screen,
        display: env.display,
        copy_goes_to: Route::choose(settings.clipboard, settings.osc52_wrap, &env)
            .describe()
            .to_string(),
    };
    if json {
        let text = serde_json::to_string(&report).map_err(|e| CliError::Io(e.to_string()))?;
        outln!("{text}");
    } else {
        print_text(&report)?;
    }
    Ok(code)
}

/// The report for people: configuration, API, terminal, and a code to scan.
fn print_text(r: &Report) -> Result<(), CliError> {
    outln!(
        "luxpay {} doctor{}",
        r.version,
        if r.demo { " (DEMO API)" } else { "" }
    );
    outln!("\nConfiguration");
    let found = if r.config_file_found {
        ""
    } else {
        " (not found: defaults in use)"
    };
    outln!("  config file   {}{found}", r.config_file);
    outln!("  data dir      {}", r.data_dir);
    outln!(
        "  logs          {} (luxpay.DATE.log, 7 days kept)",
        r.log_dir
    );
    print_ledger(r)?;
    outln!("  till          {} (operator {})", r.till, r.operator);
    print_shared(r)?;
    if let Some(printer) = &r.printer {
        outln!("  printer       {printer}");
    }
    outln!("  mirror socket {}", r.mirror_socket);
    outln!("  base URL      {}", r.base_url);
    outln!("  API key       {}", r.api_key);
    outln!("  timeout       {} s", r.timeout_secs);
    for warning in &r.warnings {
        outln!("  warning       {warning}");
    }

    outln!("\nAPI");
    match (&r.api_error, r.api_checked) {
        (None, _) => outln!("  ok: the key was accepted (GET /payments answered)"),
        (Some(e), false) => outln!("  not checked: {e}"),
        (Some(e), true) => outln!("  FAILED: {e}"),
    }
    print_terminal(r)?;

    print_sample(&r.base_url)
}

/// A code to scan, drawn only on a terminal: it is drawn in colours, and a file or a
/// pipe gets no escape sequences.
fn print_sample(sample: &str) -> Result<(), CliError> {
    if !super::out::stdout_is_terminal() {
        outln!("\nSample QR code: not drawn, stdout is not a terminal");
        return Ok(());
    }
    outln!("\nSample QR code: scan it with a phone; it should read {sample}");
    match QrCode::encode(sample, EcLevel::M) {
        Ok(code) => out!("{}", code.to_ansi()),
        Err(e) => outln!("  cannot draw it: {e}"),
    }
    Ok(())
}

/// The local ledger's line: its size and schema, or why it cannot be read.
fn print_ledger(r: &Report) -> Result<(), CliError> {
    match (&r.ledger_stats, &r.ledger_error) {
        (Some(stats), _) => outln!(
            "  ledger        {} ({} payment(s), {}, schema {}{})",
            r.ledger,
            stats.payments,
            crate::text::bytes(stats.bytes),
            stats.schema,
            match stats.open_intents {
                0 => String::new(),
                n => format!(", {n} sale(s) in flight: run `luxpay ledger recover`"),
            }
        ),
        (None, e) => outln!(
            "  ledger        {} (cannot be read: {})",
            r.ledger,
            e.as_deref().unwrap_or("?")
        ),
    }
    Ok(())
}

/// The shop's shared ledger, when there is one: the backlog, and whether it was reached.
fn print_shared(r: &Report) -> Result<(), CliError> {
    if let Some(shared) = &r.shared {
        let waiting = match &r.backlog {
            Some(b) => format!(
                "{} payment(s) and {} status event(s) to send, last sent {}",
                b.payments,
                b.events,
                b.last_sync.map_or("never".to_string(), |t| t.to_string())
            ),
            None => "backlog unknown".into(),
        };
        outln!("  shared ledger {shared} ({waiting})");
        match &r.shared_check {
            Some(Ok(check)) => {
                outln!(
                    "                reached: schema {}, {}, database {}",
                    check.schema,
                    if check.encrypted {
                        "over TLS"
                    } else {
                        "not encrypted"
                    },
                    check.identity
                );
                if check.conflicts > 0 {
                    outln!(
                        "                FAILED: {} sale(s) of this till conflict with another sale's order id (table luxpay_conflicts)",
                        check.conflicts
                    );
                }
            }
            Some(Err(e)) => outln!("                FAILED: cannot be reached: {e}"),
            None => {}
        }
    }
    Ok(())
}

/// What luxpay found out about the terminal it runs in.
fn print_terminal(r: &Report) -> Result<(), CliError> {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    outln!("\nTerminal");
    outln!(
        "  TERM          {}",
        r.term.as_deref().unwrap_or("(not set)")
    );
    outln!("  colours       {}", r.colours);
    match r.size {
        Some((w, h)) => outln!("  size          {w}x{h}"),
        None => outln!("  size          unknown (not a terminal)"),
    }
    outln!("  SSH           {}", yes_no(r.ssh));
    outln!("  tmux          {}", yes_no(r.tmux));
    outln!("  GNU screen    {}", yes_no(r.screen));
    outln!("  display       {}", yes_no(r.display));
    outln!("  copy goes to  {}", r.copy_goes_to);
    Ok(())
}
