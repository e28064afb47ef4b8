//! The catalogues: every language's `.ftl` files, compiled into the binary and read into
//! Fluent bundles the first time a language speaks.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang};

/// The catalogue's files, the same in every language: what each part of luxpay says.
pub const FILES: [&str; 6] = ["common", "ui", "app", "cli", "books", "errors"];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/ui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/books.ftl")),
            include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
        ]
    };
}

/// Every language's files, in `Lang::ALL`'s order, in `FILES`' order.
pub const SOURCES: [[&str; 6]; 5] = [
    sources!("en"),
    sources!("de"),
    sources!("fr"),
    sources!("es"),
    sources!("pt-BR"),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    BUNDLES[lang.index()].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .expect("the language codes are valid identifiers");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around variables: terminals and printers would show
        // them, and luxpay's messages are all left to right.
        bundle.set_use_isolating(false);
        for source in SOURCES[lang.index()] {
            // A catalogue that does not parse, or says a message twice, is caught by the
            // catalogue tests; what parsed is still used.
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The message `id` in `lang`, else in English, else the id itself.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}
