//! The cashier's language: every word a person reads comes from a Fluent catalogue
//! (`locales/<lang>/*.ftl`, compiled into the binary), and money, dates and times are
//! written as the locale writes them (CLDR's data through ICU4X).
//!
//! What machines read never passes through here: `--json`, CSV, the ledger, logs, the
//! mirror's socket and the API keep their one fixed form whatever the locale.
//!
//! A [`Tr`] is chosen once at start ([`choose`]) and handed to whoever writes for people:
//! the app's config, the CLI's context, the printer. Nothing here reads the environment:
//! `choose` is given it.

/// A message of the catalogue: `t!(tr, "form-amount")`,
/// `t!(tr, "paid-count", count = n, name = who)`.
#[macro_export]
macro_rules! t {
    ($tr:expr, $id:literal) => {
        $tr.msg($id, &[])
    };
    ($tr:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $tr.msg($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

mod catalogue;
mod format;
#[cfg(test)]
mod tests;

use std::sync::Arc;

pub use catalogue::FILES;
use format::Formats;

/// A language luxpay speaks. English is the source; the others are complete translations
/// of it (a test checks every message and its variables).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English, the source.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Brazilian Portuguese.
    PtBr,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::PtBr];

    /// The code the config file takes and the catalogue's directory is named after.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Fr => 2,
            Lang::Es => 3,
            Lang::PtBr => 4,
        }
    }
}

/// A locale as a person or the environment names it (`de`, `de_DE.UTF-8`, `pt-BR`,
/// `fr_CA@euro`), read into what luxpay needs of it: the language of the catalogue, and
/// the locale whose CLDR data writes numbers and dates. `None` for `C` and `POSIX`, which
/// mean "no locale": English with luxpay's plain forms (`1,234.56`, `2026-12-05 14:03`).
fn parse(name: &str) -> Result<Option<(Lang, icu_locale_core::Locale)>, ()> {
    // Drop the code set and modifier (`.UTF-8`, `@euro`): CLDR does not need them.
    let base = name.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return Ok(None);
    }
    let tag = base.replace('_', "-");
    let locale: icu_locale_core::Locale = tag.parse().map_err(|_| ())?;
    let language = locale.id.language.as_str();
    let region = locale.id.region.map(|r| r.to_string());
    let lang = match language {
        "en" => Lang::En,
        "de" => Lang::De,
        "fr" => Lang::Fr,
        "es" => Lang::Es,
        // Brazilian Portuguese is what luxpay has: Portuguese with no region, or Brazil's.
        "pt" if region.as_deref().is_none_or(|r| r == "BR") => Lang::PtBr,
        _ => return Err(()),
    };
    // `pt` alone formats as Brazil does, since that is the translation it gets.
    let locale = if lang == Lang::PtBr && region.is_none() {
        "pt-BR".parse().map_err(|_| ())?
    } else {
        locale
    };
    Ok(Some((lang, locale)))
}

/// How luxpay speaks to people: its language and how it writes money and dates. Cheap to
/// clone (the formatters are shared).
#[derive(Clone)]
pub struct Tr {
    lang: Lang,
    /// CLDR's formatters for the locale; `None` for the plain forms of `C`/`POSIX`.
    formats: Option<Arc<Formats>>,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.formats {
            Some(formats) => write!(f, "Tr({}, {})", self.lang.code(), formats.locale),
            None => write!(f, "Tr({}, plain)", self.lang.code()),
        }
    }
}

impl Default for Tr {
    /// English with the plain forms: what tests and the `C` locale get.
    fn default() -> Tr {
        Tr::plain()
    }
}

/// What [`choose`] found: the `Tr`, and the locale it could not use, to be logged once.
#[derive(Debug)]
pub struct Choice {
    /// How luxpay speaks.
    pub tr: Tr,
    /// The locale asked for that luxpay does not speak.
    pub unsupported: Option<String>,
}

/// Chooses the language: `locale` from the config file if set, else the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (POSIX's order), read
/// through `env`. An unknown or unsupported locale is English (with the plain forms),
/// and is named in `unsupported` for the log.
pub fn choose(config: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> Choice {
    let named = config.map(str::to_owned).or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| env(var))
            .find(|value| !value.trim().is_empty())
    });
    let Some(name) = named else {
        return Choice {
            tr: Tr::plain(),
            unsupported: None,
        };
    };
    match parse(&name) {
        Ok(Some((lang, locale))) => Choice {
            tr: Tr::new(lang, locale),
            unsupported: None,
        },
        Ok(None) => Choice {
            tr: Tr::plain(),
            unsupported: None,
        },
        Err(()) => Choice {
            tr: Tr::plain(),
            unsupported: Some(name),
        },
    }
}

/// A value a message is given: text, or a number (which Fluent's plurals select on).
#[derive(Debug, Clone)]
pub enum Arg {
    /// Words, shown as they are.
    Text(String),
    /// A count: plurals select on it.
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize);

impl Tr {
    /// English, with luxpay's plain forms for money and dates.
    pub fn plain() -> Tr {
        Tr {
            lang: Lang::En,
            formats: None,
        }
    }

    /// `lang`'s messages, with money and dates as CLDR writes them for `locale`.
    pub fn new(lang: Lang, locale: icu_locale_core::Locale) -> Tr {
        Tr {
            lang,
            formats: Some(Arc::new(Formats::new(locale))),
        }
    }

    /// A language with its own CLDR forms (`de` → German, as written in Germany by
    /// default): what the config's `locale = "de"` and the tests in each language use.
    pub fn of(lang: Lang) -> Tr {
        let locale = lang
            .code()
            .parse()
            .expect("the language codes are valid locales");
        Tr::new(lang, locale)
    }

    /// The language of the messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with its variables, from this language's catalogue (English if
    /// the message is missing there; the id itself if English lacks it too, which a test
    /// of the sources rules out).
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self.lang, id, args)
    }
}
