//! The command line's shape: clap definitions of every command and option.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::demo;
use crate::money::Currency;
use crate::payment::Method;

/// What `webhook --help` and the manual page say of the requests the receiver takes.
pub(super) const WEBHOOK_HELP: &str = "\
The request: POST to /webhook (or /), the JSON body Luxfin sends when a payment succeeds,
signed in the header X-Luxfintech-Signature (the hex HMAC-SHA256 of the raw body keyed
with the API secret, bare or as sha256=<hex>):
  {\"order_id\": \"4711\", \"status\": \"SUCCESS\", \"amount\": 12.50, \"product\": \"Coffee beans\"}
luxpay reads order_id (a string or a number) and status (SUCCESS, PENDING, EXPIRED);
amount and product are Luxfin's record and change nothing here.

A signed event, to try a receiver:
  body='{\"order_id\": \"4711\", \"status\": \"SUCCESS\", \"amount\": 12.50, \"product\": \"Tea\"}'
  sig=$(printf '%s' \"$body\" | openssl dgst -sha256 -hmac \"$LUXFIN_API_SECRET\" | awk '{print $NF}')
  curl -H \"X-Luxfintech-Signature: $sig\" --data \"$body\" http://127.0.0.1:8788/webhook

The answers:
  200  recorded, or nothing to do (a replay, a status after PAID, an order no ledger
       holds, a status luxpay does not know): Luxfin stops sending it
  400  signed, but the body cannot be read (not JSON, no order_id or status)
  401  the signature is missing or wrong
  403  the sender is not in webhook_allow
  408  the body did not arrive within 10 s of the headers
  413  the body is larger than 64 KiB
  431  the request's headers are larger than 16 KiB (the connection is closed)
  503  not recorded (the ledger or the shared ledger failed): Luxfin tries again";

pub(super) const EXIT_CODES: &str = "\
Exit codes:
    0  done (with --wait: the payment was paid)
    1  a local file could not be read or written, or no terminal for the app
    2  invalid input, usage or configuration: nothing was sent
    3  the API said no (401 key refused, other 4xx, 5xx) or redirected
    4  network failure or timeout (the API's or the shared ledger's)
    5  the API's answer could not be used
    6  with --wait: the payment expired
    7  the link was made but not recorded in the ledger: keep the output
    8  verify: the chain of Z reports is broken (a closed period was changed)
    9  refused: a manager action without a manager's right PIN (wrong PIN, not a
       manager, name locked out, or no PIN given and no terminal to ask it on)
  141  stdout was closed by its reader (as in `| head`)";

/// luxpay: turn a sale into a payment link your customer can scan.
#[derive(Debug, Parser)]
#[command(name = "luxpay", version, about, after_help = EXIT_CODES)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes. They are listed under their own headings, after the
/// command's own options, so `create --help` reads as a form.
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// Read the API key from this file [else env LUXFIN_API_KEY, else api_key in config.toml]
    #[arg(long, global = true, value_name = "PATH", help_heading = GLOBAL)]
    pub api_key_file: Option<PathBuf>,
    /// The Luxfin API base URL [env: LUXFIN_BASE_URL] [default: https://luxfin.org]
    #[arg(long, global = true, value_name = "URL", help_heading = GLOBAL)]
    pub base_url: Option<String>,
    /// Seconds a request may take, connecting included [default: 20]
    #[arg(long, global = true, value_name = "SECS", help_heading = GLOBAL)]
    pub timeout: Option<f64>,
    /// The config file [env: LUXPAY_CONFIG] [default: config.toml in the config dir]
    #[arg(long, global = true, value_name = "PATH", help_heading = GLOBAL)]
    pub config: Option<PathBuf>,
    /// Read the API secret that signs webhooks from this file [else env LUXFIN_API_SECRET, else api_secret in config.toml]
    #[arg(long, global = true, value_name = "PATH", help_heading = GLOBAL)]
    pub api_secret_file: Option<PathBuf>,
    /// The shop's shared ledger, a postgres:// URL [env: LUXPAY_LEDGER_URL] [default: ledger_url in config.toml]
    #[arg(long, global = true, value_name = "URL", help_heading = GLOBAL)]
    pub ledger_url: Option<String>,
    /// The till payments are recorded at [env: LUXPAY_TILL] [default: till in config.toml, else the host name]
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub till: Option<String>,
    /// Who makes the sales [env: LUXPAY_OPERATOR] [default: the login name]
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub operator: Option<String>,
    /// Read the approving manager's PIN from the first line of standard input, not the
    /// terminal (`staff add` and `staff pin` then read the new PIN from the next line)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub pin_stdin: bool,
    /// Use the embedded demo API (no key, no real money); output is labelled DEMO
    #[arg(long, global = true, help_heading = DEMO)]
    pub demo: bool,
    /// Seconds before a demo order pays itself (--demo and demo-server)
    #[arg(long, global = true, value_name = "SECS", default_value_t = demo::DEFAULT_PAY_AFTER.as_secs(), help_heading = DEMO)]
    pub demo_pay_after: u64,
    /// Milliseconds the demo API waits before answering a create (--demo and demo-server)
    #[arg(long, global = true, value_name = "MS", default_value_t = 0, help_heading = DEMO)]
    pub demo_latency: u64,
}

const GLOBAL: &str = "Global options";
const DEMO: &str = "Demo API";

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    #[command(flatten)]
    Api(ApiCommand),
    /// The customer's screen, for a second terminal turned to the customer: the amount,
    /// the code and PAID, nothing else (--till picks the till when several run)
    Mirror,
    /// Run the embedded demo API on this machine
    DemoServer(DemoServerArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to stdout
    Man,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The commands that work with an API (the configured one, or the demo's with --demo).
#[derive(Debug, Subcommand)]
pub(crate) enum ApiCommand {
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
    Doctor(DoctorArgs),
    /// Ask Luxfin to send a test event to your webhook
    TestWebhook,
    /// Receive Luxfin's signed webhooks and record each payment they report paid
    #[command(after_help = WEBHOOK_HELP)]
    Webhook(WebhookArgs),
    /// The local ledger: import a 0.1 ledger, check it, recover sales in flight
    #[command(subcommand)]
    Ledger(LedgerCommand),
    /// The till's shift: open it with the cash in the drawer
    #[command(subcommand)]
    Shift(ShiftCommand),
    /// Record cash put into (in) or taken out of (out) the drawer
    Drawer(DrawerArgs),
    /// Void a pending link: out of every total (the customer may still pay it)
    Void(VoidArgs),
    /// Record money given back outside Luxfin, in cash or another way
    Refund(RefundArgs),
    /// The X report of the open shift, or an earlier Z report
    #[command(subcommand)]
    Report(ReportCommand),
    /// Close the shift: check open links with the server, count the drawer, write the Z
    Close(CloseArgs),
    /// Check the hash chain of the Z reports: exit 8 names the first that was changed
    Verify(VerifyArgs),
    /// The staff who share this till (the shop's, with a shared ledger): names, roles, PINs
    #[command(subcommand)]
    Staff(StaffCommand),
}

/// What `luxpay staff` does. Once anyone is on the staff, voids, refunds, drawer moves,
/// closing, exports and staff changes need a manager: --operator NAME and their PIN.
#[derive(Debug, Subcommand)]
pub(crate) enum StaffCommand {
    /// Add a person with a PIN (4 to 8 digits, asked twice; one line of stdin when it is not a terminal)
    Add(StaffAddArgs),
    /// List the staff and their roles (never a PIN)
    List(StaffListArgs),
    /// Remove a person (not the last manager while others remain)
    Remove(StaffNameArgs),
    /// Change a person's PIN (a manager, or the person with their own PIN)
    Pin(StaffNameArgs),
}

#[derive(Debug, Args)]
pub(crate) struct StaffAddArgs {
    /// The person's name, as sales and events record it
    pub name: String,
    /// cashier (sells and prints) or manager (also voids, refunds, moves cash, closes,
    /// exports and changes staff); the first person added is a manager
    #[arg(long, value_enum)]
    pub role: crate::staff::Role,
}

#[derive(Debug, Args)]
pub(crate) struct StaffNameArgs {
    /// The person's name
    pub name: String,
}

#[derive(Debug, Args)]
pub(crate) struct StaffListArgs {
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

/// What `luxpay shift` does.
#[derive(Debug, Subcommand)]
pub(crate) enum ShiftCommand {
    /// Open the till's shift with its float (the cash in the drawer to start with)
    Open(ShiftOpenArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ShiftOpenArgs {
    /// The cash in the drawer at the start, such as 100.00
    #[arg(long, value_name = "AMOUNT")]
    pub float: String,
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

/// Which way cash moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Direction {
    /// Cash put into the drawer
    In,
    /// Cash taken out of the drawer
    Out,
}

#[derive(Debug, Args)]
pub(crate) struct DrawerArgs {
    /// in or out
    #[arg(value_enum)]
    pub direction: Direction,
    /// How much, such as 20.00
    #[arg(long)]
    pub amount: String,
    /// Why (kept with the event)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct VoidArgs {
    /// The order id of a pending link
    pub order_id: String,
    /// Why (kept with the event)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct RefundArgs {
    /// The order id of a paid sale
    pub order_id: String,
    /// How much [default: all that is left of what was paid]
    #[arg(long)]
    pub amount: Option<String>,
    /// How the money was given back: cash (from the drawer) or other
    #[arg(long, value_enum)]
    pub tender: crate::books::Tender,
    /// Why (kept with the event)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

/// What `luxpay report` shows.
#[derive(Debug, Subcommand)]
pub(crate) enum ReportCommand {
    /// The open shift so far
    X(ReportXArgs),
    /// A closed shift's Z report (the last one without NUMBER), or with --shop every
    /// till's Zs of a day and their sum
    Z(ReportZArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ReportXArgs {
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
    /// Print it on the receipt printer too
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ReportZArgs {
    /// The Z's number at this till [default: the last]
    #[arg(conflicts_with = "shop")]
    pub number: Option<u64>,
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
    /// Print it on the receipt printer too
    #[arg(long, conflicts_with = "shop")]
    pub print: bool,
    /// Every till's Zs closed on --date, and their sum, from the shop's shared ledger
    #[arg(long, requires = "date")]
    pub shop: bool,
    /// The day of --shop (YYYY-MM-DD, local time)
    #[arg(long, value_parser = parse_day, requires = "shop")]
    pub date: Option<jiff::civil::Date>,
}

#[derive(Debug, Args)]
pub(crate) struct CloseArgs {
    /// The cash counted in the drawer, such as 152.40
    #[arg(long, value_name = "AMOUNT")]
    pub counted: String,
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
    /// Print the Z on the receipt printer too
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct WebhookArgs {
    /// Where to listen (put a reverse proxy with TLS in front of it)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8788")]
    pub listen: SocketAddr,
}

/// What `luxpay ledger` does.
#[derive(Debug, Subcommand)]
pub(crate) enum LedgerCommand {
    /// Import a JSON Lines ledger (luxpay 0.1's format); importing twice adds nothing
    Import(ImportArgs),
    /// Check the ledger's integrity; print its counts, size and schema version
    Check(LedgerJsonArgs),
    /// Resolve sales whose answer was lost (luxpay killed mid-create) by asking the server
    Recover(LedgerJsonArgs),
    /// Send what the shop's shared ledger (ledger_url) does not have yet, now
    Sync(LedgerJsonArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// The .jsonl file to import (payments that name no till get --till, if given)
    pub file: PathBuf,
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct LedgerJsonArgs {
    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CreateArgs {
    /// The amount, such as 12.50 or 12,50 (at most two decimal places)
    #[arg(long, required_unless_present = "item", conflicts_with = "item")]
    pub amount: Option<String>,
    /// The customer's email address [default: walk_in_email in config.toml, if set]
    #[arg(long)]
    pub customer: Option<String>,
    /// What is being sold, shown to the payer (up to 200 characters)
    #[arg(long, required_unless_present = "item", conflicts_with = "item")]
    pub product: Option<String>,
    /// A catalogue item, NAME or NAME*QTY (repeatable; names case-insensitive): the
    /// amount and product come from the items
    #[arg(long, value_name = "NAME[*QTY]")]
    pub item: Vec<String>,
    /// A tip on top: a percent (15%) or an amount (0.50)
    #[arg(long, value_name = "PERCENT%|AMOUNT")]
    pub tip: Option<String>,
    /// Where the payer goes after paying [default: redirect_url in config.toml]
    #[arg(long, value_name = "URL")]
    pub redirect_url: Option<String>,
    /// How the customer pays [default: method in config.toml, else paypal]
    #[arg(long, value_parser = Offered { values: methods, parse: parse_method })]
    pub method: Option<Method>,
    /// Currency code; PayPal and Venmo take USD only [default: currency in config.toml, else USD]
    #[arg(long, value_name = "CODE", value_parser = Offered { values: currencies, parse: as_given })]
    pub currency: Option<String>,
    /// Print one JSON object to stdout and nothing else
    #[arg(long)]
    pub json: bool,
    /// Do not print the QR code (it is drawn only when stdout is a terminal)
    #[arg(long)]
    pub no_qr: bool,
    /// Print a QR slip on the receipt printer (printer in config.toml); a printer that
    /// is off is said on stderr and changes nothing else
    #[arg(long)]
    pub print: bool,
    /// After showing the link, wait until it is paid (exit 0) or expired (exit 6)
    #[arg(long, conflicts_with = "cash")]
    pub wait: bool,
    /// A cash sale: nothing is sent to Luxfin, it is paid at once (order C-<till>-<n>)
    #[arg(long)]
    pub cash: bool,
    /// Cash: what the customer handed over, such as 20.00; the change is shown
    #[arg(long, value_name = "AMOUNT")]
    pub tendered: Option<String>,
    /// Seconds between status checks with --wait
    #[arg(long, value_name = "SECS", default_value_t = 3.0, requires = "wait")]
    pub interval: f64,
}

#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
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
pub(crate) struct ListArgs {
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
pub(crate) struct HistoryArgs {
    /// First day (YYYY-MM-DD), inclusive
    #[arg(long, value_parser = parse_day)]
    pub from: jiff::civil::Date,
    /// Last day (YYYY-MM-DD), inclusive
    #[arg(long, value_parser = parse_day)]
    pub to: jiff::civil::Date,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

/// Where exported payments come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Source {
    /// The ledger on this machine (every payment luxpay made here)
    Local,
    /// The Luxfin API
    Server,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
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
    /// Every till's payments, from the shop's shared ledger (ledger_url)
    #[arg(long, conflicts_with = "source")]
    pub shop: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SummaryArgs {
    /// The day to sum up (YYYY-MM-DD, local time) [default: today]
    #[arg(long, value_parser = parse_day)]
    pub date: Option<jiff::civil::Date>,
    /// Print one JSON document instead of text
    #[arg(long)]
    pub json: bool,
    /// The whole shop's day, every till's, from the shared ledger (ledger_url)
    #[arg(long)]
    pub shop: bool,
}

#[derive(Debug, Args)]
pub(crate) struct DoctorArgs {
    /// Print one JSON document instead of text (no sample QR code)
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct DemoServerArgs {
    /// The address to listen on; port 0 picks a free one
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: SocketAddr,
}

fn parse_method(s: &str) -> Result<Method, String> {
    s.parse()
}

/// A value kept as it was given, for the command to check.
fn as_given(s: &str) -> Result<String, String> {
    Ok(s.to_string())
}

fn methods() -> Vec<&'static str> {
    Method::ALL.into_iter().map(Method::key).collect()
}

fn currencies() -> Vec<&'static str> {
    Currency::CARD.into_iter().map(Currency::code).collect()
}

/// A value taken as `parse` takes it, with `values` offered to completion scripts and
/// help. Unlike clap's `PossibleValuesParser` it refuses nothing itself: the command's
/// own checks keep their messages naming the field (and `--json`'s error kind).
#[derive(Clone)]
struct Offered<T> {
    values: fn() -> Vec<&'static str>,
    parse: fn(&str) -> Result<T, String>,
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Offered<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        self.parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            (self.values)().into_iter().map(PossibleValue::new),
        ))
    }
}

/// A day, as the history API takes it. An instant such as 2026-11-26T23:30:00-05:00 is
/// refused rather than quietly sent as its whole day.
fn parse_day(s: &str) -> Result<jiff::civil::Date, String> {
    crate::text::parse_day(s).map_err(|e| format!("{e} (luxpay asks for whole days)"))
}

impl Cli {
    /// Whether the command asked for JSON output: then errors are JSON on stdout too.
    pub(crate) fn wants_json(&self) -> bool {
        let Some(Command::Api(command)) = &self.command else {
            return false;
        };
        match command {
            ApiCommand::Create(a) => a.json,
            ApiCommand::Status(a) => a.json,
            ApiCommand::List(a) => a.json,
            ApiCommand::History(a) => a.json,
            ApiCommand::Summary(a) => a.json,
            ApiCommand::Doctor(a) => a.json,
            ApiCommand::Ledger(LedgerCommand::Import(a)) => a.json,
            ApiCommand::Ledger(
                LedgerCommand::Check(a) | LedgerCommand::Recover(a) | LedgerCommand::Sync(a),
            ) => a.json,
            ApiCommand::Shift(ShiftCommand::Open(a)) => a.json,
            ApiCommand::Drawer(a) => a.json,
            ApiCommand::Void(a) => a.json,
            ApiCommand::Refund(a) => a.json,
            ApiCommand::Report(ReportCommand::X(a)) => a.json,
            ApiCommand::Report(ReportCommand::Z(a)) => a.json,
            ApiCommand::Close(a) => a.json,
            ApiCommand::Verify(a) => a.json,
            ApiCommand::Staff(StaffCommand::List(a)) => a.json,
            ApiCommand::Staff(_) => false,
            ApiCommand::Export(_) | ApiCommand::TestWebhook | ApiCommand::Webhook(_) => false,
        }
    }
}
