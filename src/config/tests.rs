use super::*;
use secrecy::ExposeSecret;

fn write(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    path
}

fn load(flags: Overrides, env: &[(&str, &str)]) -> Result<Settings, ConfigError> {
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Settings::load(&flags, &|name| {
        env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    })
}

#[test]
fn flag_beats_env_beats_file_beats_default() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "config.toml",
        "api_key = \"from-file\"\nbase_url = \"https://file.example\"\n",
        0o600,
    );
    let key = write(dir.path(), "key", "from-flag\n", 0o600);
    let flags = || Overrides {
        config_file: Some(cfg.clone()),
        ..Overrides::default()
    };

    let s = load(flags(), &[]).unwrap();
    assert_eq!(s.api_key.unwrap().expose_secret(), "from-file");
    assert_eq!(s.base_url.as_str(), "https://file.example/");
    assert_eq!(s.key_source, KeySource::ConfigFile(cfg.clone()));

    let env = [
        ("LUXFIN_API_KEY", "from-env"),
        ("LUXFIN_BASE_URL", "https://env.example"),
    ];
    let s = load(flags(), &env).unwrap();
    assert_eq!(s.api_key.unwrap().expose_secret(), "from-env");
    assert_eq!(s.base_url.as_str(), "https://env.example/");

    let mut f = flags();
    f.api_key_file = Some(key.clone());
    f.base_url = Some("https://flag.example".into());
    let s = load(f, &env).unwrap();
    assert_eq!(s.api_key.unwrap().expose_secret(), "from-flag");
    assert_eq!(s.base_url.as_str(), "https://flag.example/");
    assert_eq!(s.key_source, KeySource::File(key));

    let none = Overrides {
        config_file: Some(dir.path().join("absent.toml")),
        ..Overrides::default()
    };
    let s = load(none, &[]).unwrap();
    assert_eq!(s.base_url.as_str(), "https://luxfin.org/");
    assert_eq!(s.timeout, Duration::from_secs(20));
    assert!(matches!(s.require_key(), Err(ConfigError::MissingKey(_))));
}

#[test]
fn the_missing_key_message_says_where_and_mentions_demo() {
    let dir = tempfile::tempdir().unwrap();
    let s = load(
        Overrides {
            config_file: Some(dir.path().join("c.toml")),
            ..Overrides::default()
        },
        &[],
    )
    .unwrap();
    let msg = s.require_key().unwrap_err().to_string();
    assert!(
        msg.contains("--api-key-file") && msg.contains("LUXFIN_API_KEY") && msg.contains("--demo")
    );
}

#[test]
fn a_key_others_can_read_is_warned_about_without_showing_it() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "config.toml",
        "api_key = \"sk_secret_123\"\n",
        0o644,
    );
    let s = load(
        Overrides {
            config_file: Some(cfg),
            ..Overrides::default()
        },
        &[],
    )
    .unwrap();
    if cfg!(unix) {
        assert_eq!(s.warnings.len(), 1);
        assert!(s.warnings[0].contains("chmod 600"));
    }
    assert!(!s.warnings.concat().contains("sk_secret_123"));
    assert!(
        !format!("{s:?}").contains("sk_secret_123"),
        "Debug must redact the key"
    );
}

/// "invalid type: string \"wide\", expected u16" did not say which key: it does now,
/// nested keys with their place.
#[test]
fn a_wrongly_typed_key_is_named() {
    let dir = tempfile::tempdir().unwrap();
    for (text, key) in [
        ("printer_width = \"wide\"\n", "printer_width: "),
        ("printer_codepage = \"latin1\"\n", "printer_codepage: "),
        (
            "[[catalogue]]\nname = \"Tea\"\nprice = \"2\"\nkey = 5\n",
            "catalogue[0].key: ",
        ),
    ] {
        let cfg = write(dir.path(), "config.toml", text, 0o600);
        let flags = Overrides {
            config_file: Some(cfg),
            ..Overrides::default()
        };
        let message = load(flags, &[]).unwrap_err().to_string();
        assert!(message.contains(key), "{key}: {message}");
    }
}

#[test]
fn plain_http_only_on_loopback() {
    assert!(check_base_url("http://127.0.0.1:8080").is_ok());
    assert!(check_base_url("http://localhost:1").is_ok());
    assert!(check_base_url("http://[::1]:1").is_ok());
    assert!(
        check_base_url("http://luxfin.org")
            .unwrap_err()
            .to_string()
            .contains("https")
    );
    assert!(check_base_url("ftp://luxfin.org").is_err());
}

#[test]
fn typos_and_bad_values_in_the_file_are_named() {
    let dir = tempfile::tempdir().unwrap();
    for (text, want) in [
        ("api_kye = \"x\"", "api_kye"),
        ("max_amount = -5", "max_amount"),
        ("clipboard = \"sometimes\"", "sometimes"),
        ("redirect_url = \"nope\"", "redirect_url"),
    ] {
        let cfg = write(dir.path(), "bad.toml", text, 0o600);
        let err = load(
            Overrides {
                config_file: Some(cfg),
                ..Overrides::default()
            },
            &[],
        )
        .unwrap_err();
        assert!(err.to_string().contains(want), "{text}: {err}");
    }
}

/// A key added to the file without a line in the example (printer_codepage was) is
/// caught: serde lists every key it knows when it meets one it does not.
#[test]
fn the_example_config_names_every_key() {
    let example = include_str!("../../assets/config.example.toml");
    let unknown = toml::from_str::<files::FileConfig>("not_a_key = 1").unwrap_err();
    let message = unknown.message().to_string();
    let known = message
        .split_once("expected one of ")
        .expect("serde lists the keys")
        .1;
    let keys: Vec<&str> = known.split(", ").map(|k| k.trim_matches('`')).collect();
    assert!(keys.len() > 20, "{message}");
    for key in keys {
        let documented = example.lines().any(|l| {
            l.starts_with(&format!("# {key} = ")) || l.starts_with(&format!("# [[{key}]]"))
        });
        assert!(documented, "{key} is not in assets/config.example.toml");
    }
}

#[test]
fn the_example_config_documents_the_defaults() {
    // Every key in the example is commented out; uncommenting them all must give
    // exactly the built-in defaults, so the documentation cannot drift.
    let example = include_str!("../../assets/config.example.toml");
    // The catalogue's tables come last: their keys are not top-level ones.
    let uncommented: String = example
        .lines()
        .take_while(|l| !l.starts_with("# [["))
        .filter_map(|l| l.strip_prefix("# ").filter(|rest| rest.contains(" = ")))
        .filter(|l| !l.starts_with("api_key"))
        .map(|l| format!("{l}\n"))
        .collect();
    let parsed: files::FileConfig = toml::from_str(&uncommented).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(dir.path(), "c.toml", &uncommented, 0o600);
    let from_example = load(
        Overrides {
            config_file: Some(cfg),
            ..Overrides::default()
        },
        &[],
    )
    .unwrap();
    let defaults = load(
        Overrides {
            config_file: Some(dir.path().join("none.toml")),
            ..Overrides::default()
        },
        &[],
    )
    .unwrap();
    assert!(
        parsed.base_url.is_some() && parsed.clipboard.is_some(),
        "the example lists the keys"
    );
    assert_eq!(from_example.base_url, defaults.base_url);
    assert_eq!(from_example.timeout, defaults.timeout);
    assert_eq!(from_example.limits, defaults.limits);
    assert_eq!(from_example.method, defaults.method);
    assert_eq!(from_example.currency, defaults.currency);
    assert_eq!(from_example.redirect_url, defaults.redirect_url);
    assert_eq!(from_example.clipboard, defaults.clipboard);
    assert_eq!(from_example.osc52_wrap, defaults.osc52_wrap);
    assert_eq!(from_example.poll_interval, defaults.poll_interval);
    assert_eq!(from_example.history_poll, defaults.history_poll);
    assert_eq!(from_example.bell, defaults.bell);
    assert_eq!(from_example.confirm_above, defaults.confirm_above);
    assert_eq!(from_example.duplicate_window, defaults.duplicate_window);
    assert_eq!(defaults.duplicate_window, Duration::from_secs(600));
}

/// `duplicate_window_mins = 1e18` panicked every command, `poll_interval_secs = 1e19`
/// the app after a create, `timeout_secs = 1e300` printed a 301-digit number, and
/// `poll_interval_secs = 0.000001` polled a hundred times in ten seconds.
#[test]
fn every_duration_setting_has_a_range_checked_at_load() {
    let dir = tempfile::tempdir().unwrap();
    for (line, key) in [
        ("duplicate_window_mins = 1e18", "duplicate_window_mins"),
        ("poll_interval_secs = 1e19", "poll_interval_secs"),
        ("poll_interval_secs = 0.000001", "poll_interval_secs"),
        ("history_poll_secs = 0", "history_poll_secs"),
        ("timeout_secs = 1e300", "timeout"),
        ("timeout_secs = -3", "timeout"),
        ("duplicate_window_mins = nan", "duplicate_window_mins"),
    ] {
        let cfg = write(dir.path(), "config.toml", &format!("{line}\n"), 0o600);
        let flags = Overrides {
            config_file: Some(cfg),
            ..Overrides::default()
        };
        let Err(e) = load(flags, &[]) else {
            panic!("{line} was accepted")
        };
        let message = e.to_string();
        assert!(
            message.contains(key) && message.contains("must be between"),
            "{message}"
        );
        assert!(message.len() < 120, "short, whatever the number: {message}");
    }
    let cfg = write(dir.path(), "config.toml", "poll_interval_secs = 1\n", 0o600);
    let flags = Overrides {
        config_file: Some(cfg),
        ..Overrides::default()
    };
    assert!(
        load(flags, &[]).is_ok(),
        "one second is the floor, and allowed"
    );
}
