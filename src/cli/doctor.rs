//! `luxpay doctor`: everything worth knowing when something does not work, never the key.

use super::{CliError, client_for};
use crate::clipboard::Route;
use crate::config::Settings;
use crate::qr::{EcLevel, QrCode};
use crate::termenv::TermEnv;

pub async fn run(settings: &Settings, demo: bool) -> Result<u8, CliError> {
    let env = TermEnv::detect();
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    println!(
        "luxpay {} doctor{}",
        env!("CARGO_PKG_VERSION"),
        if demo { " (DEMO API)" } else { "" }
    );

    println!("\nConfiguration");
    let found = if settings.config_file_exists {
        ""
    } else {
        " (not found: defaults in use)"
    };
    println!("  config file   {}{found}", settings.config_file.display());
    println!("  data dir      {}", settings.data_dir.display());
    println!(
        "  log file      {}",
        settings.data_dir.join("luxpay.log").display()
    );
    println!("  base URL      {}", settings.base_url);
    println!("  API key       {}", settings.key_source);
    println!("  timeout       {} s", settings.timeout.as_secs_f32());
    for warning in &settings.warnings {
        println!("  warning       {warning}");
    }

    println!("\nAPI");
    let mut code = 0;
    if let Err(missing) = settings.require_key() {
        println!("  not checked: {missing}");
        code = 2;
    } else {
        let client = client_for(settings)?;
        match client.list(1, 0).await {
            Ok(_) => println!("  ok: the key was accepted (GET /payments answered)"),
            Err(e) => {
                println!("  FAILED: {e}");
                code = e.exit_code();
            }
        }
    }

    println!("\nTerminal");
    println!(
        "  TERM          {}",
        env.term.as_deref().unwrap_or("(not set)")
    );
    println!("  colours       {}", env.colours());
    match crossterm::terminal::size() {
        Ok((w, h)) => println!("  size          {w}x{h}"),
        Err(_) => println!("  size          unknown (not a terminal)"),
    }
    println!("  SSH           {}", yes_no(env.ssh));
    println!("  tmux          {}", yes_no(env.tmux));
    println!("  GNU screen    {}", yes_no(env.screen));
    println!("  display       {}", yes_no(env.display));
    println!(
        "  copy goes to  {}",
        Route::choose(settings.clipboard, settings.osc52_wrap, &env).describe()
    );

    let sample = settings.base_url.as_str();
    println!("\nSample QR code: scan it with a phone; it should read {sample}");
    match QrCode::encode(sample, EcLevel::M) {
        Ok(code) => print!("{}", code.to_ansi()),
        Err(e) => println!("  cannot draw it: {e}"),
    }
    Ok(code)
}
