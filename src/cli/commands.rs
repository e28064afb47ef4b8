//! The headless commands: what scripts and shells call.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use super::out::{errln, out, outln};
use super::{ApiCtx, CliError, HistoryArgs, ListArgs, table};
use crate::api::{Client, DateBound, Order};
use crate::config::Settings;
use crate::demo::DemoServer;
use crate::money;
use crate::summary;

/// `luxpay list`.
pub async fn list(ctx: &ApiCtx, args: &ListArgs) -> Result<u8, CliError> {
    let (client, demo) = (&ctx.client, ctx.demo);
    let page = client.list(args.limit, args.offset).await?;
    if args.json {
        outln!(
            "{}",
            serde_json::json!({ "limit": page.limit, "offset": page.offset, "payments": page.orders, "demo": demo })
        );
        return Ok(0);
    }
    super::out::demo_banner(demo, &ctx.tr);
    if page.orders.is_empty() {
        outln!("{}", t!(ctx.tr, "cli-list-empty", offset = page.offset));
    } else {
        out!("{}", orders_table(ctx, &page.orders));
    }
    Ok(0)
}

/// `luxpay history`.
pub async fn history(ctx: &ApiCtx, args: &HistoryArgs) -> Result<u8, CliError> {
    let (client, demo) = (&ctx.client, ctx.demo);
    if args.from > args.to {
        return Err(super::from_after_to(args.from, args.to, &ctx.tr));
    }
    let history = client
        .history(DateBound::Day(args.from), DateBound::Day(args.to))
        .await?;
    // Totals per currency, from the rows: the server's own sum may add currencies together.
    let totals = summary::totals_by_currency(&history.orders);
    let sum_note = summary::server_sum_note(history.total, &totals);
    if args.json {
        let totals: Vec<_> = totals
            .iter()
            .map(|(currency, total)| {
                serde_json::json!({ "currency": currency, "total": money::format_amount(*total) })
            })
            .collect();
        let value = serde_json::json!({
            "from": args.from.to_string(),
            "to": args.to.to_string(),
            "totals": totals,
            "server_sum": history.total.map(money::format_amount),
            "server_sum_adds_currencies": sum_note.is_some(),
            "payments": history.orders,
            "demo": demo,
        });
        outln!("{value}");
        return Ok(0);
    }
    super::out::demo_banner(demo, &ctx.tr);
    out!("{}", orders_table(ctx, &history.orders));
    let shown: Vec<String> = totals
        .iter()
        .map(|(currency, total)| format!("{} {currency}", ctx.tr.amount(*total)))
        .collect();
    let shown = if shown.is_empty() {
        t!(ctx.tr, "summary-totals-none")
    } else {
        shown.join(" · ")
    };
    outln!(
        "{}",
        t!(
            ctx.tr,
            "cli-history-line",
            count = history.orders.len(),
            from = ctx.tr.date(args.from),
            to = ctx.tr.date(args.to),
            totals = shown,
        )
    );
    if sum_note.is_some() {
        let sum = history
            .total
            .map(|sum| ctx.tr.amount(sum))
            .unwrap_or_default();
        let note = t!(ctx.tr, "summary-server-sum-mixed", sum = sum);
        outln!("({note})");
    }
    Ok(0)
}

/// Orders as a table, with when each was made where this machine's ledger knows: the
/// API's orders carry no time.
fn orders_table(ctx: &ApiCtx, orders: &[Order]) -> String {
    let tz = jiff::tz::TimeZone::system();
    let made = ctx.made_at(orders);
    let format = crate::text::when_format(made.iter().flatten().copied(), &tz);
    let rows: Vec<Vec<String>> = orders
        .iter()
        .zip(&made)
        .map(|(o, made)| {
            let amount = match (o.amount, o.currency.as_deref()) {
                (Some(a), Some(c)) => format!("{} {c}", money::format_amount(a)),
                (Some(a), None) => money::format_amount(a),
                (None, _) => "?".into(),
            };
            let when = made.map_or_else(
                || "-".to_string(),
                |t| t.to_zoned_datetime(tz.clone()).strftime(format).to_string(),
            );
            vec![
                when,
                o.id.to_string(),
                o.status
                    .as_ref()
                    .map_or("?".into(), |s| super::words::status(&ctx.tr, s)),
                amount,
                o.customer.clone().unwrap_or_default(),
                o.product.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let tr = &ctx.tr;
    let header = [
        t!(tr, "cli-column-when"),
        t!(tr, "cli-column-id"),
        t!(tr, "cli-column-status"),
        t!(tr, "cli-column-amount"),
        t!(tr, "cli-column-customer"),
        t!(tr, "cli-column-product"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    table::render(&header, &rows)
}

/// `luxpay test-webhook`.
pub async fn test_webhook(
    client: &Client,
    demo: bool,
    tr: &crate::i18n::Tr,
) -> Result<u8, CliError> {
    let answer = client.test_webhook().await?;
    let said = answer
        .get("message")
        .and_then(|m| m.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| answer.to_string());
    super::out::demo_banner(demo, tr);
    let said = crate::sanitize::excerpt(&said, 300);
    outln!("{}", t!(tr, "cli-test-webhook", said = said));
    Ok(0)
}

/// `luxpay demo-server`.
pub async fn demo_server(
    addr: SocketAddr,
    pay_after: Duration,
    latency: Duration,
    state_file: std::path::PathBuf,
) -> Result<u8, CliError> {
    let server = DemoServer::start_with(addr, pay_after, latency, Some(state_file))
        .await
        .map_err(|e| CliError::Io(format!("cannot listen on {addr}: {e}")))?;
    let base = server.base_url();
    let base = base.as_str().trim_end_matches('/');
    let secs = pay_after.as_secs();
    // The banner is a courtesy: a closed stdout must not stop the server.
    let _ = writeln!(
        std::io::stdout(),
        "luxpay DEMO API listening on {base}\n  \
         orders pay themselves after {secs} s; POST /demo/pay/ID pays one now, \
         POST /demo/expire/ID expires one\n  \
         try: luxpay --base-url {base} create ...   (any API key works)\n  \
         Ctrl+C stops it."
    );
    server.run_until_stopped().await;
    Ok(0)
}

/// `luxpay webhook --listen ADDR`: receives Luxfin's webhooks until SIGTERM or Ctrl+C.
pub async fn webhook(
    settings: &Settings,
    ledger: crate::ledger::Ledger,
    demo: bool,
    args: &super::WebhookArgs,
) -> Result<u8, CliError> {
    let Some(secret) = settings.api_secret.clone() else {
        let config = settings.config_file.display().to_string();
        return Err(CliError::in_words(CliError::Usage, &settings.tr, |tr| {
            t!(tr, "cli-no-api-secret", config = config.as_str())
        }));
    };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| {
            CliError::in_words(CliError::Io, &settings.tr, |tr| {
                let addr = args.listen.to_string();
                t!(tr, "cli-cannot-listen", addr = addr, error = e.to_string())
            })
        })?;
    let receiver = crate::webhook::Receiver {
        ledger,
        api_host: settings.api_host(demo),
        secret,
        allow: settings.webhook_allow.clone(),
        trusted_proxies: settings.trusted_proxies.clone(),
        shared: settings
            .ledger_url
            .clone()
            .map(|url| crate::shared::Pool::new(url, crate::webhook::SHARED_TIMEOUT)),
        hooks: settings.selling.hooks.clone(),
    };
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Io(e.to_string()))?;
    tracing::info!(%addr, "receiving webhooks");
    let url = format!("http://{addr}/webhook");
    errln!("{}", t!(settings.tr, "cli-webhook-receiving", url = url));
    crate::webhook::serve(listener, receiver, crate::signals::stop_requested())
        .await
        .map_err(|e| CliError::Io(e.to_string()))?;
    tracing::info!("webhook receiver stopped");
    Ok(0)
}

/// `luxpay man`: one page, whole: every command with its options, the environment,
/// hooks, the configuration keys, files, the app's keys and the exit codes. One page and
/// no `luxpay-create(1)` pages to install, so nothing it names can be missing.
pub(super) fn man_page(root: clap::Command) -> Result<Vec<u8>, CliError> {
    let man = clap_mangen::Man::new(root.clone());
    let mut page = Vec::new();
    let io = |e: std::io::Error| CliError::Io(e.to_string());
    man.render_title(&mut page).map_err(io)?;
    // Not hyphenated nor stretched: "config.toml" must not break as "con‐ fig.toml".
    page.extend_from_slice(b".nh\n.ad l\n");
    man.render_name_section(&mut page).map_err(io)?;
    man.render_synopsis_section(&mut page).map_err(io)?;
    man.render_description_section(&mut page).map_err(io)?;
    man.render_options_section(&mut page).map_err(io)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in root.get_subcommands() {
        command_entry(&mut page, "luxpay", sub).map_err(io)?;
    }
    text_section(&mut page, "ENVIRONMENT", ENVIRONMENT);
    text_section(&mut page, "HOOKS", HOOKS);
    text_section(&mut page, "CONFIGURATION", CONFIGURATION);
    text_section(
        &mut page,
        "",
        include_str!("../../assets/config.example.toml"),
    );
    text_section(&mut page, "FILES", FILES);
    keys_section(&mut page);
    text_section(&mut page, "EXIT STATUS", super::EXIT_CODES);
    Ok(page)
}

/// The environment variables luxpay reads, for the manual page (a test holds it to
/// every one the source reads).
const ENVIRONMENT: &str = "\
  LUXFIN_API_KEY          the API key (else --api-key-file, else api_key in config.toml)
  LUXFIN_API_SECRET       the secret webhooks are signed with (else --api-secret-file,
                          else api_secret)
  LUXFIN_BASE_URL         the API base URL
  LUXPAY_CONFIG           the config file
  LUXPAY_TILL             the till payments are recorded at (else till, else the host name)
  LUXPAY_OPERATOR         who makes the sales (else the login name)
  LUXPAY_LEDGER_URL       the shop's shared ledger, a postgres:// URL (else ledger_url);
                          set but empty, no shared ledger for this run
  LUXPAY_LEDGER_URL_FILE  a private file holding that URL (not both)
  LUXPAY_TRUSTED_PROXIES  proxies before `luxpay webhook` whose X-Forwarded-For is read,
                          comma-separated addresses or ranges (else trusted_proxies)
  LUXPAY_QR_GRAPHICS      how the app draws codes: auto, kitty, sixel or off
                          (else qr_graphics, else auto)
  LUXPAY_LOG              the log level: error, warn, info (default), debug, trace
  NO_COLOR                no colours, except the QR code's black on white
  XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME, XDG_RUNTIME_DIR
                          where config, ledger, logs and the mirror's socket live";

/// What hooks (on_created, on_paid, on_expired) are given, for the manual page.
const HOOKS: &str = "\
Hooks (on_created, on_paid, on_expired in config.toml) run with these variables set, and
every other LUXPAY_ and LUXFIN_ variable (the key, the secret, the ledger URL) withheld:
  LUXPAY_ORDER_ID, LUXPAY_ORDER_URL, LUXPAY_AMOUNT, LUXPAY_CURRENCY, LUXPAY_TIP,
  LUXPAY_PRODUCT, LUXPAY_CUSTOMER, LUXPAY_STATUS, LUXPAY_TILL, LUXPAY_OPERATOR;
  and LUXPAY_VOIDED=1 for on_paid of an order the till had voided (PAID AFTER VOID)";

/// Where luxpay keeps what it writes, for the manual page.
const FILES: &str = "\
Linux paths; `luxpay doctor` prints the exact ones.
  $XDG_CONFIG_HOME/luxpay/config.toml   the config file (~/.config/luxpay/); chmod 600
                                        if it holds the key
  $XDG_DATA_HOME/luxpay/ledger.db       the ledger (~/.local/share/luxpay/), 0600
  ledger-demo.db, demo-state.json       the demo's ledger and orders, beside the ledger
  exports/luxpay-VIEW-DATE-TIME.csv     exports made in the app, beside the ledger
  $XDG_STATE_HOME/luxpay/luxpay.DATE.log
                                        logs (~/.local/state/luxpay/), 7 days kept
  $XDG_RUNTIME_DIR/luxpay/              the socket `luxpay mirror` connects to";

/// What the page says before the example config file, which lists every key.
const CONFIGURATION: &str = "\
Every setting is optional. Precedence: command-line flag > environment variable >
config.toml > default. Every key, with its default:";

/// A command's part of the page: its name, what it does, its usage and options (the
/// global ones are the page's own), what its help says after them; then its own
/// commands (`luxpay ledger import`).
fn command_entry(page: &mut Vec<u8>, parent: &str, cmd: &clap::Command) -> std::io::Result<()> {
    let path = format!("{parent} {}", cmd.get_name());
    page.extend_from_slice(format!(".SS \"{}\"\n", roff_line(&path)).as_bytes());
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        for line in about.to_string().lines() {
            page.extend_from_slice(format!("{}\n", roff_line(line)).as_bytes());
        }
    }
    page.extend_from_slice(b".PP\n");
    let own = clap_mangen::Man::new(cmd.clone().bin_name(&path).disable_help_flag(true));
    let mut parts = Vec::new();
    own.render_synopsis_section(&mut parts)?;
    own.render_options_section(&mut parts)?;
    // Headings stay the page's: a command's synopsis and options sit in its subsection.
    for line in String::from_utf8_lossy(&parts).lines() {
        if !line.starts_with(".SH") && !line.starts_with(".ie") && !line.starts_with(".el") {
            page.extend_from_slice(format!("{line}\n").as_bytes());
        }
    }
    if let Some(after) = cmd.get_after_help() {
        text_section(page, "", &after.to_string());
    }
    for sub in cmd.get_subcommands() {
        command_entry(page, &path, sub)?;
    }
    Ok(())
}

/// A block of preformatted text, under a heading when one is given.
fn text_section(page: &mut Vec<u8>, heading: &str, text: &str) {
    if !heading.is_empty() {
        page.extend_from_slice(format!(".SH {heading}\n").as_bytes());
    }
    page.extend_from_slice(b".PP\n.nf\n");
    for line in text.lines() {
        page.extend_from_slice(format!("{}\n", roff_line(line)).as_bytes());
    }
    page.extend_from_slice(b".fi\n");
}

/// The app's keys, from the tables that drive it (`app::keymap`).
fn keys_section(page: &mut Vec<u8>) {
    page.extend_from_slice(b".SH KEYS\nIn the app (luxpay with no command); ? shows them too.\n");
    for context in crate::app::keymap::CONTEXTS {
        page.extend_from_slice(format!(".SS \"{}\"\n", roff_line(context.name)).as_bytes());
        for binding in context.bindings {
            let keys: Vec<String> = binding.keys.iter().map(|k| k.name()).collect();
            page.extend_from_slice(
                format!(
                    ".TP\n\\fB{}\\fR\n{}\n",
                    roff_line(&keys.join(", ")),
                    roff_line(binding.help)
                )
                .as_bytes(),
            );
        }
    }
}

/// A line of text as roff reads it literally: backslashes, a leading dot, apostrophes
/// (typeset as quotes otherwise) and hyphens (typeset as U+2010, which a command pasted
/// from the page would not survive).
fn roff_line(line: &str) -> String {
    let escaped = line
        .replace('\\', "\\e")
        .replace('-', "\\-")
        .replace('\'', "\\*(Aq");
    if escaped.starts_with('.') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}
