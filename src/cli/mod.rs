//! The command line: clap definitions, settings, and dispatch to each command.

mod commands;
mod doctor;
mod shift;
mod table;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::api::{ApiError, Client, ClientOptions, OrderId};
use crate::config::{ConfigError, Overrides, Settings};
use crate::demo::{self, DemoServer};
use crate::payment::{FieldError, Method};

const EXIT_CODES: &str = "\
Exit codes:
  0  done (with --wait: the payment was paid)
  2  invalid input, usage or configuration: nothing was sent
  3  the API said no (401 key refused, other 4xx, 5xx)
  4  network failure or timeout
  5  the API's answer could not be used
  6  with --wait: the payment expired";

/// luxpay: turn a sale into a payment link your customer can scan.
#[derive(Debug, Parser)]
#[command(name = "luxpay", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Use the embedded demo API (no key, no real money); output is labelled DEMO
    #[arg(long, global = true)]
    pub demo: bool,
    /// Seconds before a demo order pays itself
    #[arg(long, global = true, value_name = "SECS", default_value_t = demo::DEFAULT_PAY_AFTER.as_secs())]
    pub demo_pay_after: u64,
    /// Milliseconds the demo API waits before answering a create (to see the spinner)
    #[arg(long, global = true, value_name = "MS", default_value_t = 0)]
    pub demo_latency: u64,
    /// Read the API key from this file [else env LUXFIN_API_KEY, else api_key in config.toml]
    #[arg(long, global = true, value_name = "PATH")]
    pub api_key_file: Option<PathBuf>,
    /// The Luxfin API base URL [env: LUXFIN_BASE_URL] [default: https://luxfin.org]
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// Seconds a request may take, connecting included [default: 20]
    #[arg(long, global = true, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// The config file [env: LUXPAY_CONFIG] [default: config.toml in the config dir]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a payment link and show it as a QR code
    Create(CreateArgs),
    /// Show a payment's status; --wait follows it until paid or expired
    Status(StatusArgs),
    /// List recent payments from the server, newest first
    List(ListArgs),
    /// Payments between two dates from the server, with their total
    History(HistoryArgs),
    /// Export payments as CSV, from the local ledger or the server
    Export(ExportArgs),
    /// Close a shift: the day's payments counted, totalled and reconciled with the server
    Summary(SummaryArgs),
    /// Check the configuration, the API key, the terminal and the clipboard
    Doctor,
    /// Ask Luxfin to send a test event to your webhook
    TestWebhook,
    /// Run the embedded demo API on this machine
    DemoServer(DemoServerArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The amount, such as 12.50 (a dot for decimals, at most two places)
    #[arg(long)]
    pub amount: String,
    /// The customer's email address
    #[arg(long)]
    pub customer: String,
    /// What is being sold, shown to the payer (up to 200 characters)
    #[arg(long)]
    pub product: String,
    /// Where the payer goes after paying [default: redirect_url in config.toml]
    #[arg(long, value_name = "URL")]
    pub redirect_url: Option<String>,
    /// How the customer pays [default: method in config.toml, else paypal]
    #[arg(long, value_parser = parse_method)]
    pub method: Option<Method>,
    /// Currency code; PayPal and Venmo take USD only [default: currency in config.toml, else USD]
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// Print one JSON object to stdout and nothing else
    #[arg(long)]
    pub json: bool,
    /// Do not print the QR code
    #[arg(long)]
    pub no_qr: bool,
    /// After showing the link, wait until it is paid (exit 0) or expired (exit 6)
    #[arg(long)]
    pub wait: bool,
    /// Seconds between status checks with --wait
    #[arg(long, value_name = "SECS", default_value_t = 3.0, requires = "wait")]
    pub interval: f64,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The order id that create printed
    pub order_id: String,
    /// Keep checking until the payment is paid (exit 0) or expired (exit 6)
    #[arg(long)]
    pub wait: bool,
    /// Seconds between checks with --wait
    #[arg(long, value_name = "SECS", default_value_t = 3.0, requires = "wait")]
    pub interval: f64,
    /// Print JSON instead of the bare status
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// How many payments
    #[arg(long, default_value_t = 10)]
    pub limit: u64,
    /// How many of the newest to skip
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// First day (YYYY-MM-DD) or instant (RFC 3339), inclusive
    #[arg(long, value_parser = parse_date)]
    pub from: crate::api::DateBound,
    /// Last day (YYYY-MM-DD) or instant (RFC 3339), inclusive
    #[arg(long, value_parser = parse_date)]
    pub to: crate::api::DateBound,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

/// Where exported payments come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Source {
    /// The ledger on this machine (every payment luxpay made here)
    Local,
    /// The Luxfin API
    Server,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// First day (YYYY-MM-DD, local time), inclusive
    #[arg(long, value_parser = parse_day)]
    pub from: Option<jiff::civil::Date>,
    /// Last day (YYYY-MM-DD, local time), inclusive
    #[arg(long, value_parser = parse_day)]
    pub to: Option<jiff::civil::Date>,
    /// Where the payments come from
    #[arg(long, value_enum, default_value = "local")]
    pub source: Source,
    /// The CSV file to write (it must not exist yet); - writes to stdout
    #[arg(long, value_name = "FILE.csv")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The day to sum up (YYYY-MM-DD, local time) [default: today]
    #[arg(long, value_parser = parse_day)]
    pub date: Option<jiff::civil::Date>,
}

#[derive(Debug, Args)]
pub struct DemoServerArgs {
    /// The address to listen on; port 0 picks a free one
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: SocketAddr,
}

fn parse_method(s: &str) -> Result<Method, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<crate::api::DateBound, String> {
    s.parse()
}

fn parse_day(s: &str) -> Result<jiff::civil::Date, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

/// Why a command failed; each case knows its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Input(Vec<FieldError>),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Api(#[from] ApiError),
    /// A create that failed in a way that may still have made the payment.
    #[error(
        "{0}\nthe payment may have been created even so: check `luxpay list` before trying again"
    )]
    CreateUncertain(ApiError),
    #[error("{0}")]
    Io(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Input(_) | CliError::Usage(_) | CliError::Config(_) => 2,
            CliError::Api(e) | CliError::CreateUncertain(e) => e.exit_code(),
            CliError::Io(_) => 1,
        }
    }
}

/// The process entry point: parse, run, print errors to stderr, return the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // One thread does it all: luxpay waits on people and the network, and a single
    // thread wakes less often (and spends less) than a pool handing work around.
    // File and clipboard work goes to tokio's blocking threads.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(run(cli));
    // Work still in flight (a status check, a copy) must not hold the exit up.
    runtime.shutdown_timeout(Duration::from_millis(200));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {}", e.to_string().replace('\n', "\nerror: "));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs one parsed command line; returns the exit code on success.
pub async fn run(cli: Cli) -> Result<u8, CliError> {
    let overrides = Overrides {
        config_file: cli.global.config.clone(),
        api_key_file: cli.global.api_key_file.clone(),
        base_url: cli.global.base_url.clone(),
        timeout_secs: cli.global.timeout,
    };
    let mut settings = Settings::load(&overrides, &|name| std::env::var(name).ok())?;
    let _log = crate::logging::init(&settings.data_dir);
    for warning in &settings.warnings {
        eprintln!("warning: {warning}");
    }
    let pay_after = Duration::from_secs(cli.global.demo_pay_after);

    if let Some(Command::DemoServer(args)) = &cli.command {
        let latency = Duration::from_millis(cli.global.demo_latency);
        return commands::demo_server(args.addr, pay_after, latency).await;
    }

    // The in-process demo API lives as long as this command.
    let demo = if cli.global.demo {
        let latency = Duration::from_millis(cli.global.demo_latency);
        let server =
            DemoServer::start_with(SocketAddr::from(([127, 0, 0, 1], 0)), pay_after, latency)
                .await
                .map_err(|e| CliError::Io(format!("cannot start the demo API: {e}")))?;
        settings.use_demo(server.base_url());
        Some(server)
    } else {
        None
    };
    let is_demo = demo.is_some();

    if let Some(Command::Doctor) = cli.command {
        return doctor::run(&settings, is_demo).await;
    }
    let ledger = crate::ledger::Ledger::in_dir(&settings.data_dir, is_demo);
    // The ledger is ours: exporting it or summing it up needs no key.
    match &cli.command {
        Some(Command::Export(args)) if args.source == Source::Local => {
            return shift::export_local(&ledger, args);
        }
        Some(Command::Summary(args)) => {
            let client = client_for(&settings).ok();
            return shift::summary(&settings, &ledger, client.as_ref(), args).await;
        }
        _ => {}
    }
    let client = client_for(&settings)?;
    let Some(command) = cli.command else {
        crate::tui::run(&settings, client, ledger, is_demo)
            .await
            .map_err(|e| CliError::Io(e.to_string()))?;
        return Ok(0);
    };
    let ctx = Ctx {
        client: client.clone(),
        ledger,
        demo: is_demo,
    };
    match command {
        Command::Create(args) => commands::create(&ctx, &settings, args).await,
        Command::Status(args) => {
            let id = OrderId::parse(&args.order_id).map_err(CliError::Usage)?;
            commands::status(&ctx, &id, &args).await
        }
        Command::Export(args) => shift::export_server(&client, &args).await,
        Command::List(args) => commands::list(&client, &args, is_demo).await,
        Command::History(args) => commands::history(&client, &args, is_demo).await,
        Command::TestWebhook => commands::test_webhook(&client, is_demo).await,
        Command::Doctor | Command::DemoServer(_) | Command::Summary(_) => {
            unreachable!("handled above")
        }
    }
}

/// What the commands that talk to the API share.
pub struct Ctx {
    pub client: Client,
    /// The ledger of this API: demo payments have their own.
    pub ledger: crate::ledger::Ledger,
    pub demo: bool,
}

impl Ctx {
    /// Appends to the ledger; a failure is told, loudly, but does not hide the payment.
    pub fn record(&self, record: &crate::ledger::Record) {
        if let Err(e) = self.ledger.append(record) {
            self.warn_unrecorded(&e.to_string());
        }
    }

    /// Says, loudly, that something shown could not be written to the ledger.
    pub fn warn_unrecorded(&self, error: &str) {
        eprintln!(
            "warning: could not record this in the ledger {} ({error}): keep this output",
            self.ledger.path().display()
        );
    }

    /// Records a status the API reported.
    pub fn record_status(&self, id: &OrderId, status: &crate::api::PaymentStatus) {
        self.record(&crate::ledger::Record::Status(
            crate::ledger::StatusRecord {
                order_id: id.clone(),
                status: status.clone(),
                at: jiff::Timestamp::now(),
                api_host: self.client.api_host(),
            },
        ));
    }
}

/// A client for the configured API; fails with the "where to put a key" message.
pub fn client_for(settings: &Settings) -> Result<Client, CliError> {
    let mut options = ClientOptions::new(settings.base_url.clone(), settings.require_key()?);
    options.timeout = settings.timeout;
    Ok(Client::new(options)?)
}
