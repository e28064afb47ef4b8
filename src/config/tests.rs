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

/// The keys a config file may hold: the fields `FileConfig` hands serde, recorded by a
/// deserializer that asks for nothing else (no error message is parsed).
fn file_config_keys() -> &'static [&'static str] {
    use serde::Deserialize;
    use serde::de::{Error, Visitor, value};

    struct Fields(&'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for &mut Fields {
        type Error = value::Error;
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, value::Error> {
            self.0 = fields;
            Err(value::Error::custom("only the fields were wanted"))
        }
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, value::Error> {
            Err(value::Error::custom("a struct was expected"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut fields = Fields(&[]);
    let _ = files::FileConfig::deserialize(&mut fields);
    fields.0
}

/// A key added to the file without a line in the example (printer_codepage was) is
/// caught.
#[test]
fn the_example_config_names_every_key() {
    let example = include_str!("../../assets/config.example.toml");
    let keys = file_config_keys();
    assert!(keys.len() > 20, "{keys:?}");
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
        // They name files, which the example cannot ship.
        .filter(|l| !l.starts_with("ledger_url_file") && !l.starts_with("catalogue_file"))
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

/// Loads with `config` as the config file's text (written in `dir`) and these flags.
fn load_with(
    dir: &Path,
    config: &str,
    flags: Overrides,
    env: &[(&str, &str)],
) -> Result<Settings, ConfigError> {
    let flags = Overrides {
        config_file: Some(write(dir, "config.toml", config, 0o600)),
        ..flags
    };
    load(flags, env)
}

/// `text` as a TOML string, control characters escaped.
fn toml_quoted(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => quoted.extend(['\\', c]),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn no_flags() -> Overrides {
    Overrides::default()
}

fn ledger_flag(url: &str) -> Overrides {
    Overrides {
        ledger_url: Some(url.into()),
        ..Overrides::default()
    }
}

/// `LUXFIN_API_KEY=$'sk…\nsecond'` was sent as `Bearer invalid-key` and blamed as
/// "refused (401)", and a BOM in `api_key = "…"` was sent: a key or secret that would go
/// out broken is a configuration error from every source alike, naming the source and
/// never showing the key.
#[test]
fn a_broken_key_or_secret_is_refused_from_every_source() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    for (bad, problem) in [
        ("sk_live_9f2\nsecond", "line break"),
        ("sk_live_9f2\r\nsecond", "line break"),
        ("\u{feff}sk_live_9f2", "byte-order mark"),
        ("sk_live_9f2\u{feff}", "byte-order mark"),
        ("sk_live_\u{0}9f2", "NUL"),
        ("sk_live_\u{1b}[2J9f2", "control characters"),
        ("sk_live_\u{a0}9f2", "outside ASCII"),
        ("sk_live_\u{200b}9f2", "outside ASCII"),
    ] {
        let quoted = toml_quoted(bad);
        let file = write(dir.path(), "secret", bad, 0o600);
        // (config file, flags, environment, the source the message names)
        let cases = [
            (
                String::new(),
                no_flags(),
                vec![("LUXFIN_API_KEY", bad)],
                "the API key in LUXFIN_API_KEY".to_string(),
            ),
            (
                String::new(),
                no_flags(),
                vec![("LUXFIN_API_SECRET", bad)],
                "the API secret in LUXFIN_API_SECRET".into(),
            ),
            (
                format!("api_key = {quoted}\n"),
                no_flags(),
                vec![],
                format!("api_key in {}", cfg.display()),
            ),
            (
                format!("api_secret = {quoted}\n"),
                no_flags(),
                vec![],
                format!("api_secret in {}", cfg.display()),
            ),
            (
                String::new(),
                Overrides {
                    api_key_file: Some(file.clone()),
                    ..no_flags()
                },
                vec![],
                format!("the API key file {}", file.display()),
            ),
            (
                String::new(),
                Overrides {
                    api_secret_file: Some(file.clone()),
                    ..no_flags()
                },
                vec![],
                format!("the API secret file {}", file.display()),
            ),
        ];
        for (config, flags, env, source) in cases {
            let result = load_with(dir.path(), &config, flags, &env);
            let Err(ConfigError::Value(message)) = result else {
                panic!("{bad:?} from {source} was not refused as a bad value: {result:?}");
            };
            assert!(message.contains(&source), "{source}: {message}");
            assert!(message.contains(problem), "{problem}: {message}");
            assert!(
                !message.contains("sk_live") && !message.contains("9f2"),
                "the key is never shown: {message}"
            );
        }
    }
    // A good key, with the spaces and line end a copy brings, is taken.
    let env = [
        ("LUXFIN_API_KEY", " sk_live_9f2\n"),
        ("LUXFIN_API_SECRET", "whsec_1\n"),
    ];
    let s = load_with(dir.path(), "", no_flags(), &env).unwrap();
    assert_eq!(s.api_key.unwrap().expose_secret(), "sk_live_9f2");
    assert_eq!(s.api_secret.unwrap().expose_secret(), "whsec_1");
}

const PG_WITH_PASSWORD: &str = "postgres://till:hunter2pw@db.shop.lan/luxpay";

/// `--ledger-url postgres://till:PASSWORD@…` shows the password to every process
/// (`ps`; hooks read their parent's command line): it earns a warning that names the
/// private ways, and never the URL.
#[test]
fn a_password_in_the_ledger_url_flag_is_warned_about_without_showing_it() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        PG_WITH_PASSWORD,
        "postgres://till@db.shop.lan/luxpay?sslmode=require&password=hunter2pw",
    ] {
        let s = load_with(dir.path(), "", ledger_flag(url), &[]).unwrap();
        let all = s.warnings.concat();
        assert_eq!(s.warnings.len(), 1, "{all}");
        for words in [
            "--ledger-url",
            "password",
            "other processes",
            "LUXPAY_LEDGER_URL",
            "ledger_url_file",
        ] {
            assert!(all.contains(words), "{words}: {all}");
        }
        assert!(
            !all.contains("hunter2pw") && !all.contains("db.shop.lan"),
            "{all}"
        );
    }
    // No password, or the password where only this user sees it: no warning.
    let without = ledger_flag("postgres://till@db.shop.lan/luxpay");
    let s = load_with(dir.path(), "", without, &[]).unwrap();
    assert_eq!(s.warnings, Vec::<String>::new());
    let env = [("LUXPAY_LEDGER_URL", PG_WITH_PASSWORD)];
    let s = load_with(dir.path(), "", no_flags(), &env).unwrap();
    assert_eq!(s.warnings, Vec::<String>::new());
    assert_eq!(s.ledger_url.unwrap().expose_secret(), PG_WITH_PASSWORD);
}

/// `ledger_url_file` (and `LUXPAY_LEDGER_URL_FILE`) keep the URL in a private file, read
/// as the key file is: flag > environment > config file.
#[test]
fn the_ledger_url_can_be_kept_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{PG_WITH_PASSWORD}\n");
    write(dir.path(), "ledger-url", &text, 0o600);
    let url_of = |s: Settings| s.ledger_url.unwrap().expose_secret().to_string();

    // A relative path is the config file's neighbour.
    let config = "ledger_url_file = \"ledger-url\"\n";
    let s = load_with(dir.path(), config, no_flags(), &[]).unwrap();
    assert_eq!(s.warnings, Vec::<String>::new());
    assert_eq!(url_of(s), PG_WITH_PASSWORD);

    // The environment's file beats the config file's URL; the flag beats both.
    let env_file = write(dir.path(), "env-url", "postgres://env@db/luxpay", 0o600);
    let env = [("LUXPAY_LEDGER_URL_FILE", env_file.to_str().unwrap())];
    let config = "ledger_url = \"postgres://file@db/luxpay\"\n";
    let s = load_with(dir.path(), config, no_flags(), &env).unwrap();
    assert_eq!(url_of(s), "postgres://env@db/luxpay");
    let flag = ledger_flag("postgres://flag@db/luxpay");
    let s = load_with(dir.path(), config, flag, &env).unwrap();
    assert_eq!(url_of(s), "postgres://flag@db/luxpay");

    // Others can read it: the warning a key file gets, without the URL.
    let open = write(dir.path(), "open-url", PG_WITH_PASSWORD, 0o644);
    let config = format!("ledger_url_file = {:?}\n", open.display().to_string());
    let s = load_with(dir.path(), &config, no_flags(), &[]).unwrap();
    if cfg!(unix) {
        assert!(
            s.warnings.concat().contains("chmod 600"),
            "{:?}",
            s.warnings
        );
    }
    assert!(!s.warnings.concat().contains("hunter2pw"));

    // Two URLs in one place, a missing file or a broken one: configuration errors.
    let error = |config: &str| {
        load_with(dir.path(), config, no_flags(), &[])
            .unwrap_err()
            .to_string()
    };
    let err = error("ledger_url = \"postgres://a@db/x\"\nledger_url_file = \"ledger-url\"\n");
    assert!(
        err.contains("ledger_url_file") && err.contains("not both"),
        "{err}"
    );
    let err = error("ledger_url_file = \"nowhere\"\n");
    assert!(err.contains("nowhere"), "{err}");
    let text = "postgres://a:hunter2pw@db/x\nmore\n";
    write(dir.path(), "two-lines", text, 0o600);
    let err = error("ledger_url_file = \"two-lines\"\n");
    assert!(
        err.contains("two-lines") && err.contains("line break"),
        "{err}"
    );
    assert!(!err.contains("hunter2pw"), "{err}");
}

/// 10,000 items did not fit the config file's 64 KiB: `catalogue_file` holds them, as
/// `[[catalogue]]` tables or CSV, up to 8 MiB, one catalogue with the config file's.
#[test]
fn a_catalogue_of_ten_thousand_items_loads_from_its_own_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for n in 1..=10_000 {
        text.push_str(&format!(
            "[[catalogue]]\nname = \"Item {n:05}\"\nprice = \"{}.{:02}\"\n",
            n % 90 + 1,
            n % 100
        ));
    }
    text.push_str("[[catalogue]]\nname = \"Cake\"\nprice = 3.5\nkey = \"F7\"\n");
    assert!(text.len() > 64 * 1024, "more than the config file takes");
    write(dir.path(), "catalogue.toml", &text, 0o644);
    let config = "catalogue_file = \"catalogue.toml\"\n\
                  [[catalogue]]\nname = \"Tea\"\nprice = \"2\"\nkey = \"F5\"\n";
    let s = load_with(dir.path(), config, no_flags(), &[]).unwrap();
    let catalogue = &s.selling.catalogue;
    assert_eq!(catalogue.items.len(), 10_002);
    assert_eq!(
        catalogue.items[0].name, "Tea",
        "the config file's items first"
    );
    assert_eq!(catalogue.items[1].name, "Item 00001");
    assert_eq!(catalogue.on_key(7).unwrap().name, "Cake");
    // "Item 00999", and "Item 09990" to "Item 09999".
    assert_eq!(catalogue.matching("0999 ITEM").len(), 11);
    assert_eq!(s.warnings, Vec::<String>::new(), "prices are not secrets");

    // CSV: name,price[,currency[,key]], a heading line allowed.
    let csv = "name,price,currency,key\nScarf,30,GBP,\n\"Tea, large\",2.40\nCake,3.5,,F7\n";
    let path = write(dir.path(), "items.csv", csv, 0o644);
    let config = format!("catalogue_file = {:?}\n", path.display().to_string());
    let s = load_with(dir.path(), &config, no_flags(), &[]).unwrap();
    let items = &s.selling.catalogue.items;
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Scarf", "Tea, large", "Cake"]);
    assert_eq!(items[0].currency, Currency::Gbp);
    assert_eq!(items[1].price, Decimal::new(240, 2));
    assert_eq!(items[2].key, Some(7));
}

#[test]
fn a_catalogue_file_over_8_mib_is_refused_naming_it_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let error = |config: &str| {
        load_with(dir.path(), config, no_flags(), &[])
            .unwrap_err()
            .to_string()
    };
    let huge = "#".repeat(8 * 1024 * 1024 + 1);
    let path = write(dir.path(), "huge.toml", &huge, 0o644);
    let err = error("catalogue_file = \"huge.toml\"\n");
    assert!(
        err.contains(&path.display().to_string()) && err.contains("8 MiB"),
        "{err}"
    );
    // A bad item names the catalogue file; a missing file is named.
    let bad = "[[catalogue]]\nname = \"Tea\"\nprice = \"-2\"\n";
    write(dir.path(), "bad.toml", bad, 0o644);
    let err = error("catalogue_file = \"bad.toml\"\n");
    assert!(err.contains("bad.toml") && err.contains("\"Tea\""), "{err}");
    let err = error("catalogue_file = \"absent.csv\"\n");
    assert!(err.contains("absent.csv"), "{err}");
}

#[test]
fn an_item_in_both_the_config_and_the_catalogue_file_is_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    let refusal = |in_file: &str, in_config: &str| {
        write(dir.path(), "items.toml", in_file, 0o644);
        let config = format!("catalogue_file = \"items.toml\"\n{in_config}");
        load_with(dir.path(), &config, no_flags(), &[])
            .unwrap_err()
            .to_string()
    };
    let items = dir.path().join("items.toml");
    let places = [cfg.display().to_string(), items.display().to_string()];

    let err = refusal(
        "[[catalogue]]\nname = \"tea\"\nprice = \"2\"\n",
        "[[catalogue]]\nname = \"Tea\"\nprice = \"2\"\n",
    );
    for words in places.iter().map(String::as_str).chain(["\"Tea\""]) {
        assert!(err.contains(words), "{words}: {err}");
    }
    let err = refusal(
        "[[catalogue]]\nname = \"Cake\"\nprice = \"3\"\nkey = \"F5\"\n",
        "[[catalogue]]\nname = \"Tea\"\nprice = \"2\"\nkey = \"F5\"\n",
    );
    for words in places
        .iter()
        .map(String::as_str)
        .chain(["F5", "\"Tea\"", "\"Cake\""])
    {
        assert!(err.contains(words), "{words}: {err}");
    }
}

#[test]
fn trusted_proxies_are_addresses_or_ranges_and_the_environment_wins() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "config.toml",
        "trusted_proxies = [\"127.0.0.1\", \"10.0.0.0/8\"]\n",
        0o600,
    );
    let with = |env: &[(&str, &str)]| {
        load(
            Overrides {
                config_file: Some(cfg.clone()),
                ..Overrides::default()
            },
            env,
        )
    };
    let file = with(&[]).unwrap().trusted_proxies;
    assert_eq!(
        file.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["127.0.0.1/32", "10.0.0.0/8"]
    );
    let env = with(&[("LUXPAY_TRUSTED_PROXIES", "::1, 192.168.0.0/16")])
        .unwrap()
        .trusted_proxies;
    assert_eq!(
        env.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["::1/128", "192.168.0.0/16"]
    );
    let err = with(&[("LUXPAY_TRUSTED_PROXIES", "proxy.lan")]).unwrap_err();
    assert!(
        err.to_string().contains("LUXPAY_TRUSTED_PROXIES") && err.to_string().contains("proxy.lan"),
        "{err}"
    );
}
