use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use rust_decimal::Decimal;

use super::catalogue::{FILES, SOURCES};
use super::*;

fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[test]
fn the_config_file_wins_then_lc_all_lc_messages_lang() {
    let env = env_of(&[
        ("LC_ALL", ""),
        ("LC_MESSAGES", "fr_FR.UTF-8"),
        ("LANG", "de_DE.UTF-8"),
    ]);
    assert_eq!(choose(Some("es"), &env).tr.lang(), Lang::Es);
    // An empty LC_ALL is not set: LC_MESSAGES comes next.
    assert_eq!(choose(None, &env).tr.lang(), Lang::Fr);
    let env = env_of(&[("LANG", "pt_BR.UTF-8")]);
    assert_eq!(choose(None, &env).tr.lang(), Lang::PtBr);
    let env = env_of(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")]);
    let choice = choose(None, &env);
    assert_eq!(choice.tr.lang(), Lang::En);
    assert!(choice.unsupported.is_none(), "C is English, not unknown");
    assert_eq!(choose(None, &env_of(&[])).tr.lang(), Lang::En);
}

#[test]
fn an_unknown_locale_is_english_and_named_for_the_log() {
    for name in ["ja_JP.UTF-8", "pt_PT.UTF-8", "x", "!!"] {
        let choice = choose(Some(name), &env_of(&[]));
        assert_eq!(choice.tr.lang(), Lang::En, "{name}");
        assert_eq!(choice.unsupported.as_deref(), Some(name));
    }
}

#[test]
fn money_as_each_locale_writes_it() {
    let amount = Decimal::new(123_456, 2);
    let usd = "USD";
    assert_eq!(Tr::plain().money(amount, usd), "1,234.56 USD");
    assert_eq!(Tr::of(Lang::En).money(amount, usd), "1,234.56 USD");
    assert_eq!(Tr::of(Lang::De).money(amount, usd), "1.234,56 USD");
    assert_eq!(Tr::of(Lang::Fr).money(amount, usd), "1\u{202f}234,56 USD");
    // Spanish groups from five digits, as CLDR (and the RAE) write it.
    assert_eq!(Tr::of(Lang::Es).money(amount, usd), "1234,56 USD");
    assert_eq!(
        Tr::of(Lang::Es).money(Decimal::new(1_234_567, 2), usd),
        "12.345,67 USD"
    );
    assert_eq!(Tr::of(Lang::PtBr).money(amount, usd), "1.234,56 USD");
    assert_eq!(Tr::of(Lang::De).amount(Decimal::new(12345, 1)), "1.234,50");
    assert_eq!(Tr::of(Lang::De).amount(Decimal::new(-5, 1)), "-0,50");
}

#[test]
fn dates_and_times_in_each_locales_short_form() {
    let at = jiff::civil::date(2026, 12, 5).at(14, 3, 9, 0);
    assert_eq!(Tr::plain().date_time(at), "2026-12-05 14:03");
    assert_eq!(Tr::plain().date(at.date()), "2026-12-05");
    assert_eq!(Tr::plain().time(at.time()), "14:03");
    assert_eq!(Tr::of(Lang::De).date(at.date()), "05.12.26");
    assert_eq!(Tr::of(Lang::De).time(at.time()), "14:03");
    assert_eq!(Tr::of(Lang::En).time(at.time()), "2:03\u{202f}PM");
    for lang in Lang::ALL {
        let text = Tr::of(lang).date_time(at);
        assert!(
            text.contains('5') && text.contains("03"),
            "{lang:?}: {text}"
        );
    }
}

/// Every message and term of a catalogue file, with the variables it uses.
fn messages(source: &str, what: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{what} does not parse: {errors:?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        let (id, pattern, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = pattern {
            variables(p, &mut vars);
        }
        for attribute in attributes {
            variables(&attribute.value, &mut vars);
        }
        assert!(
            found.insert(id.clone(), vars).is_none(),
            "{what}: {id} is said twice"
        );
    }
    found
}

fn variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let mut problems = Vec::new();
    for (file_index, file) in FILES.iter().enumerate() {
        let english = messages(SOURCES[0][file_index], &format!("en/{file}.ftl"));
        for lang in &Lang::ALL[1..] {
            let what = format!("{}/{file}.ftl", lang.code());
            let theirs = messages(SOURCES[lang.index()][file_index], &what);
            for (id, vars) in &english {
                match theirs.get(id) {
                    None => problems.push(format!("{what}: {id} is missing")),
                    Some(v) if v != vars => {
                        problems.push(format!("{what}: {id} uses {v:?}, English uses {vars:?}"))
                    }
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{what}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_said_in_two_files() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (file_index, file) in FILES.iter().enumerate() {
            for id in messages(SOURCES[lang.index()][file_index], file).into_keys() {
                assert!(seen.insert(id.clone()), "{}: {id} twice", lang.code());
            }
        }
    }
}

/// Every `t!(tr, "id"…)` in the sources names a message English has: a typo in an id
/// would otherwise show the id to the cashier.
#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let mut english = BTreeSet::new();
    for (file_index, file) in FILES.iter().enumerate() {
        english.extend(messages(SOURCES[0][file_index], file).into_keys());
    }
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // This module's own docs and tests name made-up ids.
                if !path.ends_with("i18n") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("t!(") {
                    // `t!(`, not `print!(` or `assert!(`.
                    let before = text[..at].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' {
                        continue;
                    }
                    let rest = &text[at + 3..];
                    let Some(start) = rest.find('"') else {
                        continue;
                    };
                    // Only the first argument's string, on the call's first lines.
                    if rest[..start].contains(')') || rest[..start].contains(';') {
                        continue;
                    }
                    let id = rest[start + 1..].split('"').next().unwrap_or_default();
                    if !id.is_empty() && !english.contains(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in English: {missing:#?}");
}

#[test]
fn messages_take_their_variables_and_plurals() {
    let tr = Tr::of(Lang::En);
    assert_eq!(t!(tr, "status-paid"), "PAID");
    assert_eq!(t!(Tr::of(Lang::De), "status-paid"), "BEZAHLT");
    // A message missing everywhere shows its id rather than nothing.
    assert_eq!(tr.msg("no-such-message", &[]), "no-such-message");
}

/// French and Portuguese count 0 as CLDR's `one` ("0 paiement", "0 pagamento"), so their
/// `[one]` variants say the number, never a literal 1: doctor once said "1 paiement" of
/// an empty ledger.
#[test]
fn where_one_holds_zero_the_one_variant_says_the_number() {
    let mut problems = Vec::new();
    for lang in [Lang::Fr, Lang::PtBr] {
        for (file_index, file) in FILES.iter().enumerate() {
            for line in SOURCES[lang.index()][file_index].lines() {
                let Some((_, variant)) = line.split_once("[one]") else {
                    continue;
                };
                let literal_one = variant
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == "1");
                if literal_one {
                    problems.push(format!("{}/{file}.ftl: {}", lang.code(), line.trim()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let zero = t!(
        Tr::of(Lang::Fr),
        "doctor-ledger-stats",
        path = "l.db",
        payments = 0,
        size = "1 KiB",
        schema = "7",
        in_flight = ""
    );
    assert!(zero.contains("0 paiement,"), "{zero}");
}
