//! `luxpay doctor`: everything worth knowing when something does not work, never the key.

use super::out::{out, outln};
use super::{CliError, client_for};
use crate::clipboard::Route;
use crate::config::Settings;
use crate::qr::{EcLevel, QrCode};
use crate::termenv::TermEnv;

pub async fn run(settings: &Settings, demo: bool) -> Result<u8, CliError> {
    let env = TermEnv::detect();
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    outln!(
        "luxpay {} doctor{}",
        env!("CARGO_PKG_VERSION"),
        if demo { " (DEMO API)" } else { "" }
    );

    outln!("\nConfiguration");
    let found = if settings.config_file_exists {
        ""
    } else {
        " (not found: defaults in use)"
    };
    outln!("  config file   {}{found}", settings.config_file.display());
    outln!("  data dir      {}", settings.data_dir.display());
    outln!(
        "  logs          {} (luxpay.DATE.log, 7 days kept)",
        settings.log_dir.display()
    );
    outln!("  base URL      {}", settings.base_url);
    outln!("  API key       {}", settings.key_source);
    outln!("  timeout       {} s", settings.timeout.as_secs_f32());
    for warning in &settings.warnings {
        outln!("  warning       {warning}");
    }

    outln!("\nAPI");
    let mut code = 0;
    if let Err(missing) = settings.require_key() {
        outln!("  not checked: {missing}");
        code = 2;
    } else {
        let client = client_for(settings)?;
        match client.list(1, 0).await {
            Ok(_) => outln!("  ok: the key was accepted (GET /payments answered)"),
            Err(e) => {
                outln!("  FAILED: {e}");
                code = e.exit_code();
            }
        }
    }

    outln!("\nTerminal");
    outln!(
        "  TERM          {}",
        env.term.as_deref().unwrap_or("(not set)")
    );
    outln!("  colours       {}", env.colours());
    match crossterm::terminal::size() {
        Ok((w, h)) => outln!("  size          {w}x{h}"),
        Err(_) => outln!("  size          unknown (not a terminal)"),
    }
    outln!("  SSH           {}", yes_no(env.ssh));
    outln!("  tmux          {}", yes_no(env.tmux));
    outln!("  GNU screen    {}", yes_no(env.screen));
    outln!("  display       {}", yes_no(env.display));
    outln!(
        "  copy goes to  {}",
        Route::choose(settings.clipboard, settings.osc52_wrap, &env).describe()
    );

    let sample = settings.base_url.as_str();
    outln!("\nSample QR code: scan it with a phone; it should read {sample}");
    match QrCode::encode(sample, EcLevel::M) {
        Ok(code) => out!("{}", code.to_ansi()),
        Err(e) => outln!("  cannot draw it: {e}"),
    }
    Ok(code)
}
