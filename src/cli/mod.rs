//! The command line: settings, errors and exit codes, and dispatch to each command
//! (the clap definitions are in `args.rs`).

mod approve;
mod args;
mod books;
mod commands;
mod create;
mod ctx;
mod doctor;
mod export;
mod follow;
mod ledger;
mod mirror;
mod out;
mod printout;
mod shop;
mod staff;
mod summary;
mod table;
mod words;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, Parser};

pub(crate) use args::*;
pub(crate) use ctx::ApiCtx;
use out::errln;

use crate::api::{ApiError, Client, ClientOptions, OrderId};
use crate::config::{ConfigError, Overrides, Settings};
use crate::demo::DemoServer;
use crate::i18n::Tr;
use crate::payment::FieldError;

/// Why a command failed; each case knows its exit code.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
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
    /// The API made the link for another amount than the one asked for: not a sale.
    #[error(
        "Luxfin made this link for {made}, not {asked}: do not show it to the customer. It is order {order_id} ({order_url}), recorded in the ledger as made for another amount"
    )]
    AmountChanged {
        /// What was asked for, with its currency.
        asked: String,
        /// What the API made it for.
        made: String,
        /// The order, so it can be looked into.
        order_id: OrderId,
        /// The link, never shown as a code.
        order_url: String,
    },
    #[error("{0}")]
    Io(String),
    /// The shop's shared ledger could not be reached, or did not answer in time: a
    /// network failure, like the API's.
    #[error("the shared ledger: {0}")]
    Shared(String),
    /// Stdout was a pipe whose reader went away: nothing to report, the shell knows.
    #[error("the output was closed")]
    ClosedPipe,
    /// `verify` found a Z report that no longer matches its period: the books were
    /// changed after the day was closed.
    #[error("the chain of Z reports is broken: {0}")]
    Tampered(String),
    /// A manager action without a manager's right PIN: which it was is said.
    #[error("refused: {0}")]
    Refused(String),
    /// `error`, said to people in their language as `text`; its `--json` and the log
    /// keep the English of `error`, and its kind and exit code.
    #[error("{error}")]
    Said {
        /// The error, in English.
        error: Box<CliError>,
        /// What people read instead, in their language (lines, without `error: `).
        text: String,
    },
}

impl CliError {
    /// `self`, said to people as `text`: the words of a value that knows its own
    /// (`Refusal::text`), in their language. `--json` and the log keep `self`'s English.
    pub(crate) fn said(self, text: String) -> CliError {
        CliError::Said {
            error: Box::new(self),
            text,
        }
    }

    /// An error whose words are the catalogue's: `kind` gets them in English (for
    /// `--json` and the log), people read them in `tr`'s language.
    pub(crate) fn in_words(
        kind: fn(String) -> CliError,
        tr: &Tr,
        words: impl Fn(&Tr) -> String,
    ) -> CliError {
        kind(words(&Tr::plain())).said(words(tr))
    }

    /// The error itself, whatever words it was said in.
    fn inner(&self) -> &CliError {
        match self {
            CliError::Said { error, .. } => error.inner(),
            other => other,
        }
    }

    /// What people read on stderr, in `tr`'s language, one line or more (each gets the
    /// `error: ` of the language). `Display` is the English, for `--json` and the log.
    pub(crate) fn text(&self, tr: &Tr) -> String {
        match self {
            CliError::Said { text, .. } => text.clone(),
            CliError::Input(fields) => fields
                .iter()
                .map(|field| field.text(tr))
                .collect::<Vec<_>>()
                .join("\n"),
            CliError::Config(e) => e.text(tr),
            CliError::Api(e) => e.text(tr),
            CliError::CreateUncertain(e) => {
                t!(tr, "cli-error-create-uncertain", error = e.text(tr))
            }
            CliError::AmountChanged {
                asked,
                made,
                order_id,
                order_url,
            } => t!(
                tr,
                "cli-error-amount-changed",
                asked = asked,
                made = made,
                order_id = order_id.as_str(),
                order_url = order_url
            ),
            CliError::Shared(e) => t!(tr, "cli-error-shared", error = e),
            CliError::ClosedPipe => t!(tr, "cli-error-closed-pipe"),
            CliError::Tampered(e) => t!(tr, "cli-error-tampered", broken = e),
            CliError::Refused(e) => t!(tr, "cli-error-refused", reason = e),
            // Said in English where they are made: a system's own words (an I/O error)
            // or a usage of an option, which `--help` names in English too.
            CliError::Usage(e) | CliError::Io(e) => e.clone(),
        }
    }

    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            CliError::Said { error, .. } => error.exit_code(),
            CliError::Input(_) | CliError::Usage(_) | CliError::Config(_) => 2,
            CliError::Api(e) | CliError::CreateUncertain(e) => e.exit_code(),
            // The API's answer cannot be used as it is: like any invalid answer.
            CliError::AmountChanged { .. } => 5,
            CliError::Io(_) => 1,
            CliError::Shared(_) => 4,
            CliError::Tampered(_) => 8,
            CliError::Refused(_) => 9,
            // 128 + SIGPIPE, as a shell reports a command that wrote into a closed pipe.
            CliError::ClosedPipe => 141,
        }
    }

    /// A word for the kind of failure, for scripts reading `--json` output.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            CliError::Said { error, .. } => error.kind(),
            CliError::Input(_) => "input",
            CliError::Usage(_) => "usage",
            CliError::Config(_) => "config",
            CliError::Api(e) => e.kind(),
            CliError::CreateUncertain(_) => "create_uncertain",
            CliError::AmountChanged { .. } => "amount_changed",
            CliError::Io(_) => "io",
            CliError::Shared(_) => "shared_ledger",
            CliError::ClosedPipe => "closed_pipe",
            CliError::Tampered(_) => "tampered",
            CliError::Refused(_) => "refused",
        }
    }

    /// The error as the JSON object `--json` prints on stdout.
    fn to_json(&self) -> serde_json::Value {
        let mut error = serde_json::json!({
            "kind": self.kind(),
            "message": self.to_string(),
            "exit_code": self.exit_code(),
        });
        if let CliError::AmountChanged {
            order_id,
            order_url,
            ..
        } = self.inner()
        {
            error["order_id"] = order_id.as_str().into();
            error["order_url"] = order_url.as_str().into();
        }
        serde_json::json!({ "error": error })
    }
}

/// The process entry point: parse, run, print errors to stderr, return the exit code.
pub fn main() -> ExitCode {
    // Everything luxpay writes (ledger, exports, logs) holds customer data: readable by
    // the user alone, whatever the shell's umask.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let json = cli.wants_json();
    // The language errors are said in: the environment's until the config file is read
    // (a config file that cannot be read is said in it), then the settings'.
    let mut tr = crate::i18n::choose(None, &|name| std::env::var(name).ok()).tr;
    // One thread does it all: luxpay waits on people and the network, and a single
    // thread wakes less often (and spends less) than a pool handing work around.
    // File and clipboard work goes to tokio's blocking threads.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let text = t!(tr, "cli-cannot-start", error = e.to_string());
            errln!("{}", t!(tr, "cli-error", text = text));
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async {
        crate::signals::survive_file_size_limit();
        run(cli, &mut tr).await
    });
    // Work still in flight (a status check, a copy) must not hold the exit up.
    runtime.shutdown_timeout(Duration::from_millis(200));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(CliError::ClosedPipe) => ExitCode::from(CliError::ClosedPipe.exit_code()),
        Err(e) => {
            if json {
                // A script reading stdout learns of the failure there too; a closed
                // stdout is not worth a second error.
                let _ = out::write_out(format_args!("{}\n", e.to_json()));
            }
            for line in e.text(&tr).lines() {
                errln!("{}", t!(tr, "cli-error", text = line));
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// A command line clap could not read: its own message (or help, or the version), and
/// with `--json` anywhere on the line, the error as JSON on stdout too.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let is_error = !matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if is_error && std::env::args().any(|a| a == "--json") {
        let error = CliError::Usage(e.kind().as_str().unwrap_or("invalid usage").to_string());
        let _ = out::write_out(format_args!("{}\n", error.to_json()));
    }
    let _ = e.print();
    ExitCode::from(if is_error { 2 } else { 0 })
}

/// Runs one parsed command line; returns the exit code on success. `tr` becomes the
/// settings' language once they are read.
pub(crate) async fn run(cli: Cli, tr: &mut Tr) -> Result<u8, CliError> {
    let overrides = Overrides {
        config_file: cli.global.config.clone(),
        api_key_file: cli.global.api_key_file.clone(),
        base_url: cli.global.base_url.clone(),
        timeout_secs: cli.global.timeout,
        till: cli.global.till.clone(),
        operator: cli.global.operator.clone(),
        api_secret_file: cli.global.api_secret_file.clone(),
        ledger_url: cli.global.ledger_url.clone(),
    };
    let mut settings = Settings::load(&overrides, &|name| std::env::var(name).ok())?;
    tr.clone_from(&settings.tr);
    let _log = match crate::logging::init(&settings.log_dir) {
        Ok(guard) => Some(guard),
        Err(warning) => {
            settings.warnings.push(warning);
            None
        }
    };
    if let Some(name) = &settings.unsupported_locale {
        tracing::info!("locale {name:?} is not one luxpay speaks: English is used");
    }
    for warning in &settings.warnings {
        tracing::warn!("{warning}");
        errln!("{}", words::warning(&settings.tr, warning));
    }
    let pay_after = Duration::from_secs(cli.global.demo_pay_after);
    let latency = Duration::from_millis(cli.global.demo_latency);
    match cli.command {
        Some(Command::Mirror) => mirror::run(&settings).await,
        Some(Command::DemoServer(args)) => {
            let state = crate::demo::state_file(&settings.data_dir);
            commands::demo_server(args.addr, pay_after, latency, state).await
        }
        Some(Command::Completions(args)) => {
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "luxpay", &mut script);
            out::write_bytes(&script)?;
            Ok(0)
        }
        Some(Command::Man) => {
            out::write_bytes(&commands::man_page(Cli::command())?)?;
            Ok(0)
        }
        Some(Command::Api(command)) => {
            let mut env = Launch::open(settings, cli.global.demo, pay_after, latency).await?;
            env.till_flag = cli.global.till.clone();
            let pins = approve::Pins {
                from_stdin: cli.global.pin_stdin,
            };
            run_api(command, &mut env, &pins).await
        }
        None => {
            let env = Launch::open(settings, cli.global.demo, pay_after, latency).await?;
            // Opened by the app once its first frame is up: a new ledger's creation
            // (and a 0.1 ledger's import) never holds the screen back.
            let ledger = crate::ledger::Ledger::in_dir(&env.settings.data_dir, env.is_demo());
            crate::tui::run(&env.settings, env.client()?, ledger, env.is_demo())
                .await
                .map_err(|e| CliError::Io(e.to_string()))?;
            Ok(0)
        }
    }
}

/// Runs a command against the API; each asks `env` for what it needs. What a command
/// recorded (a status learned, a sale recovered, an import) reaches the shop's shared
/// ledger before it returns, as a sale made with `create` does.
async fn run_api(
    command: ApiCommand,
    env: &mut Launch,
    pins: &approve::Pins,
) -> Result<u8, CliError> {
    if let ApiCommand::Staff(command) = command {
        let ledger = env.ledger();
        return staff::run(command, &env.gate(&ledger), pins).await;
    }
    if is_manager_action(&command) {
        let ledger = env.ledger();
        let approver =
            approve::approve(&env.gate(&ledger), pins, crate::staff::Role::Manager).await?;
        // The name as the staff list spells it, on every event the action records.
        if let Some(manager) = approver {
            env.settings.seller.operator = manager.name;
        }
    }
    let records = matches!(
        command,
        ApiCommand::Status(_)
            | ApiCommand::List(_)
            | ApiCommand::History(_)
            | ApiCommand::Summary(_)
            | ApiCommand::Ledger(LedgerCommand::Import(_) | LedgerCommand::Recover(_))
    );
    let code = run_command(command, env).await;
    if records && env.settings.ledger_url.is_some() {
        env.share().await;
    }
    code
}

/// What needs a manager once anyone is on the staff: what moves or hides money (the
/// float sets what the drawer is expected to hold), what closes the day, and what takes
/// customer data away. Sales, reports and `verify` do not.
fn is_manager_action(command: &ApiCommand) -> bool {
    matches!(
        command,
        ApiCommand::Void(_)
            | ApiCommand::Shift(_)
            | ApiCommand::Refund(_)
            | ApiCommand::Drawer(_)
            | ApiCommand::Close(_)
            | ApiCommand::Export(_)
    )
}

async fn run_command(command: ApiCommand, env: &Launch) -> Result<u8, CliError> {
    let demo = env.is_demo();
    match command {
        ApiCommand::Create(args)
            if args.cash || args.method == Some(crate::payment::Method::Cash) =>
        {
            create::cash(&env.books(), &env.settings, args).await
        }
        ApiCommand::Create(args) => create::create(&env.ctx().await?, &env.settings, args).await,
        ApiCommand::Shift(ShiftCommand::Open(args)) => books::shift_open(&env.books(), &args),
        ApiCommand::Drawer(args) => books::drawer(&env.books(), &args).await,
        ApiCommand::Void(args) => books::void(&env.books(), env.client().ok(), &args).await,
        ApiCommand::Refund(args) => books::refund(&env.books(), &args).await,
        ApiCommand::Report(ReportCommand::X(args)) => books::report_x(&env.books(), &args).await,
        ApiCommand::Report(ReportCommand::Z(args)) => books::report_z(&env.books(), &args).await,
        ApiCommand::Close(args) => books::close(&env.books(), env.client().ok(), &args).await,
        ApiCommand::Verify(args) => books::verify(&env.books(), &args),
        // Run by run_api, with its gate.
        ApiCommand::Staff(_) => Err(CliError::Usage("staff: not here".into())),
        ApiCommand::Status(args) => {
            let id = OrderId::parse(&args.order_id).map_err(CliError::Usage)?;
            follow::status(&env.ctx().await?, &id, &args).await
        }
        ApiCommand::List(args) => commands::list(&env.ctx().await?, &args).await,
        ApiCommand::History(args) => commands::history(&env.ctx().await?, &args).await,
        // The ledger is ours: exporting it or summing it up needs no key.
        ApiCommand::Export(args) if args.shop => {
            let api_host = env.settings.api_host(demo);
            export::export_shop(&env.settings, &env.ledger(), &api_host, &args).await
        }
        ApiCommand::Export(args) if args.source == Source::Local => {
            export::export_local(&env.ledger(), &args, &env.settings.tr)
        }
        ApiCommand::Export(args) => {
            export::export_server(&env.client()?, &args, &env.settings.tr).await
        }
        ApiCommand::Summary(args) => {
            let client = env.client().ok();
            summary::summary(&env.settings, &env.ledger(), client.as_ref(), demo, &args).await
        }
        ApiCommand::Doctor(args) => {
            doctor::run(&env.settings, &env.ledger(), demo, args.json).await
        }
        ApiCommand::TestWebhook => {
            commands::test_webhook(&env.client()?, demo, &env.settings.tr).await
        }
        ApiCommand::Webhook(args) => {
            commands::webhook(&env.settings, env.ledger(), demo, &args).await
        }
        ApiCommand::Ledger(LedgerCommand::Import(args)) => {
            ledger::import(&env.ledger(), &args, env.settings_till(), &env.settings.tr)
        }
        ApiCommand::Ledger(LedgerCommand::Check(args)) => {
            ledger::check(&env.ledger(), &args, &env.settings.tr)
        }
        ApiCommand::Ledger(LedgerCommand::Sync(args)) => {
            ledger::sync(&env.settings, &env.ledger(), &args).await
        }
        ApiCommand::Ledger(LedgerCommand::Recover(args)) => {
            let ctx = env.ctx_without_recovery()?;
            ledger::recover(&ctx, &args).await
        }
    }
}

/// What a command may ask for: the settings, and on demand the ledger and a client.
/// With --demo it owns the in-process demo API, which lives as long as the command.
struct Launch {
    settings: Settings,
    demo: Option<DemoServer>,
    /// The base URL is a `luxpay demo-server` running apart.
    external_demo: bool,
    /// `--till`, when given on the command line.
    till_flag: Option<String>,
}

impl Launch {
    async fn open(
        mut settings: Settings,
        demo: bool,
        pay_after: Duration,
        latency: Duration,
    ) -> Result<Launch, CliError> {
        if demo && settings.ledger_url.is_some() {
            // Each embedded demo numbers its orders from 1: two tills would each make
            // "order 1", and the shop's ledger cannot tell them apart.
            return Err(CliError::in_words(CliError::Usage, &settings.tr, |tr| {
                t!(tr, "cli-demo-with-shared-ledger")
            }));
        }
        if demo {
            // One demo per data directory: its orders are kept beside the demo ledger.
            let addr = SocketAddr::from(([127, 0, 0, 1], 0));
            let state = crate::demo::state_file(&settings.data_dir);
            let server = DemoServer::start_with(addr, pay_after, latency, Some(state))
                .await
                .map_err(|e| {
                    CliError::in_words(CliError::Io, &settings.tr, |tr| {
                        t!(tr, "cli-demo-not-started", error = e.to_string())
                    })
                })?;
            settings.use_demo(server.base_url());
            return Ok(Launch {
                settings,
                demo: Some(server),
                external_demo: false,
                till_flag: None,
            });
        }
        // A `luxpay demo-server` on this machine is a demo too: its payments go to the
        // demo ledger and are labelled DEMO, never mixed with live ones.
        let external_demo = match client_for(&settings, false) {
            Ok(client) => client.is_luxpay_demo().await,
            Err(_) => false,
        };
        out::demo_is_a_server(external_demo);
        Ok(Launch {
            settings,
            demo: None,
            external_demo,
            till_flag: None,
        })
    }

    fn is_demo(&self) -> bool {
        self.demo.is_some() || self.external_demo
    }

    /// The ledger of this API (demo payments have their own), opened: what opening did
    /// (a 0.1 ledger taken over) is told once. A ledger that cannot be opened is
    /// returned all the same; the command's first use of it reports why.
    fn ledger(&self) -> crate::ledger::Ledger {
        let ledger = crate::ledger::Ledger::in_dir(&self.settings.data_dir, self.is_demo());
        if let Ok(notes) = ledger.open() {
            for note in notes {
                tracing::info!("{note}");
                errln!("{}", words::note(&self.settings.tr, &note.to_string()));
            }
        }
        ledger
    }

    /// What the books commands work with: the ledger, the settings, who and where.
    fn books(&self) -> books::Books<'_> {
        books::Books {
            ledger: self.ledger(),
            settings: &self.settings,
            api_host: self.settings.api_host(self.is_demo()),
            demo: self.is_demo(),
        }
    }

    /// What approving a manager action needs: where the staff list is (the shop's with
    /// a shared ledger, else this till's), this till's ledger, who asks.
    fn gate<'a>(&'a self, ledger: &'a crate::ledger::Ledger) -> approve::Gate<'a> {
        approve::Gate {
            store: crate::shared::StaffStore::of(
                self.settings.ledger_url.as_ref(),
                self.settings.timeout,
                ledger,
            ),
            ledger,
            till: &self.settings.seller.till,
            operator: &self.settings.seller.operator,
            tr: &self.settings.tr,
        }
    }

    fn client(&self) -> Result<Client, CliError> {
        client_for(&self.settings, self.is_demo())
    }

    /// The till given on the command line, if one was: an import gives it to payments
    /// that name none.
    fn settings_till(&self) -> Option<&str> {
        self.till_flag.as_deref()
    }

    /// Sends this till's backlog to the shop's shared ledger, if it has any: once, with
    /// one line when the database cannot be reached (the outbox keeps it).
    async fn share(&self) {
        let Some(url) = &self.settings.ledger_url else {
            return;
        };
        // Opened (and its notes said) by the command already.
        let ledger = crate::ledger::Ledger::in_dir(&self.settings.data_dir, self.is_demo());
        if ledger
            .backlog()
            .is_ok_and(|b| b.payments == 0 && b.events == 0 && b.books == 0)
        {
            return;
        }
        ctx::share_to(url, &ledger, &self.settings.tr).await;
    }

    fn ctx_without_recovery(&self) -> Result<ApiCtx, CliError> {
        Ok(ApiCtx {
            client: self.client()?,
            ledger: self.ledger(),
            demo: self.is_demo(),
            seller: self.settings.seller.clone(),
            ledger_url: self.settings.ledger_url.clone(),
            hooks: self.settings.selling.hooks.clone(),
            tr: self.settings.tr.clone(),
        })
    }

    /// What a command that talks to the API needs. Sales left in flight by an earlier
    /// luxpay are resolved first, so the ledger it works with holds every order made.
    async fn ctx(&self) -> Result<ApiCtx, CliError> {
        let ctx = self.ctx_without_recovery()?;
        ctx.recover().await;
        Ok(ctx)
    }
}

/// `--from` after `--to`: said in the person's language (English for `--json`).
pub(crate) fn from_after_to(from: jiff::civil::Date, to: jiff::civil::Date, tr: &Tr) -> CliError {
    CliError::in_words(CliError::Usage, tr, |tr| {
        t!(
            tr,
            "cli-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )
    })
}

/// A client for the configured API; fails with the "where to put a key" message.
pub(crate) fn client_for(settings: &Settings, demo: bool) -> Result<Client, CliError> {
    let mut options = ClientOptions::new(settings.base_url.clone(), settings.require_key()?);
    options.timeout = settings.timeout;
    options.host_label = Some(settings.api_host(demo));
    Ok(Client::new(options)?)
}
