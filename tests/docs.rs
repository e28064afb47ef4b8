//! The README documents what the program does: every key in the key tables, every
//! exit code, and the module map the code keeps to.

// Test and measuring code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The backticked keys of the README's key table, by the context in its first column.
fn readme_keys() -> BTreeMap<String, BTreeSet<String>> {
    let readme = readme();
    let table = readme
        .split("### Keys")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .expect("a Keys section");
    let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| where"))
    {
        let cells: Vec<&str> = row.split(" | ").collect();
        let tokens = cells[1].split('`').skip(1).step_by(2).map(str::to_string);
        keys.entry(cells[0].trim_start_matches("| ").to_string())
            .or_default()
            .extend(tokens);
    }
    keys
}

#[test]
fn the_readme_key_table_lists_exactly_the_keys_of_every_key_table() {
    let readme = readme_keys();
    for context in luxpay::app::keymap::CONTEXTS {
        let name = context.name.to_lowercase();
        let table: BTreeSet<String> = context
            .bindings
            .iter()
            .flat_map(|b| b.keys.iter().map(|k| k.name()))
            .collect();
        assert_eq!(
            readme.get(&name),
            Some(&table),
            "the README's key table for {name:?} differs from src/app/keymap.rs"
        );
    }
    let contexts: BTreeSet<String> = luxpay::app::keymap::CONTEXTS
        .iter()
        .map(|c| c.name.to_lowercase())
        .collect();
    let listed: BTreeSet<String> = readme.keys().cloned().collect();
    assert_eq!(
        listed, contexts,
        "the README lists keys for a place luxpay does not know"
    );
}

#[test]
fn the_readme_lists_every_exit_code() {
    let readme = readme();
    for code in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 141] {
        assert!(readme.contains(&format!("| {code} |")), "exit code {code}");
    }
}

#[test]
fn the_readme_names_the_two_commands_a_newcomer_runs() {
    let readme = readme();
    assert!(readme.contains("cargo run --release -- --demo"));
    assert!(readme.contains("\ncargo test\n"));
}

/// The modules in the order the README's module map lists them, bottom up.
fn readme_layers() -> Vec<String> {
    let readme = readme();
    let map = readme
        .split("The modules, bottom up")
        .nth(1)
        .and_then(|rest| rest.split("\n- ").next())
        .expect("a module map in the Development section");
    map.split('`')
        .skip(1)
        .step_by(2)
        .filter(|name| {
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_string)
        .collect()
}

/// The top-level modules a source file names as `crate::…`, grouped imports
/// (`use crate::{a, b::c}`) included, outside its test modules.
fn uses(source: &str, modules: &[String]) -> Vec<String> {
    let code = source
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or(source);
    let name_at = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let mut used = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let names: Vec<String> = match rest.strip_prefix('{') {
            // Each path at the top of the group: `a`, `b::c`, `d::{e, f}`.
            Some(group) => {
                let mut depth = 0;
                let mut names = vec![name_at(group)];
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => names.push(name_at(&group[i + 1..])),
                        _ => {}
                    }
                }
                names
            }
            None => vec![name_at(rest)],
        };
        for name in names {
            if modules.contains(&name) && !used.contains(&name) {
                used.push(name);
            }
        }
    }
    used
}

#[test]
fn grouped_imports_are_seen_by_the_layer_check() {
    let modules: Vec<String> = ["money", "text", "ledger", "app"]
        .iter()
        .map(|m| m.to_string())
        .collect();
    let source =
        "use crate::{money, text::wrap, ledger::{Filter, Ledger}};\nfn f() { crate::app::x(); }";
    assert_eq!(uses(source, &modules), ["money", "text", "ledger", "app"]);
}

#[test]
fn modules_use_only_those_below_them_in_the_readme_map() {
    let layers = readme_layers();
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "lib" || name == "main" {
            continue;
        }
        let at = layers
            .iter()
            .position(|m| *m == name)
            .unwrap_or_else(|| panic!("src/{name} is missing from the README's module map"));
        let files: Vec<std::path::PathBuf> = if path.is_dir() {
            walk(&path)
        } else {
            vec![path.clone()]
        };
        for file in files {
            if file.components().any(|c| c.as_os_str() == "tests") || file.ends_with("tests.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).unwrap();
            for used in uses(&source, &layers) {
                let below = layers.iter().position(|m| *m == used).unwrap();
                assert!(
                    used == name || below < at,
                    "{} uses crate::{used}, which the README lists above {name}",
                    file.display()
                );
            }
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The text of every `.rs` file under `dir`.
fn sources(dir: &str) -> Vec<String> {
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect()
}

/// Cargo.toml's `rust-version` (the oldest Rust said to build luxpay) is at least what
/// every feature the code uses needs. Only one toolchain is installed where this runs,
/// so rather than building with the old one (`cargo msrv verify` would download it),
/// each of the newest features in use is listed with the Rust that made it stable and
/// a piece of source that shows it is used; a feature from a newer Rust, once used, gets
/// a row here, and then rust-version must follow. Dependencies need no row: edition
/// 2024's resolver (`resolver = "3"`) keeps to versions whose own rust-version fits
/// ours when Cargo.lock is updated.
#[test]
fn rust_version_covers_every_feature_the_code_uses() {
    // (feature, the Rust it needs, where to look, what shows it)
    const FEATURES: &[(&str, (u32, u32), &str, &str)] = &[
        ("edition 2024", (1, 85), "Cargo.toml", "edition = \"2024\""),
        (
            "let chains (`if let … && let …`)",
            (1, 88),
            "src",
            "&& let ",
        ),
        (
            "File::lock and File::lock_shared",
            (1, 89),
            "src",
            ".lock_shared()",
        ),
    ];
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let declared = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.toml declares rust-version");
    let mut parts = declared.split('.').map(|n| n.parse::<u32>().unwrap());
    let declared = (parts.next().unwrap(), parts.next().unwrap_or(0));
    let src = sources("src");
    for (feature, needs, place, shown_by) in FEATURES {
        let used = if *place == "Cargo.toml" {
            manifest.contains(shown_by)
        } else {
            src.iter().any(|text| text.contains(shown_by))
        };
        assert!(
            used,
            "{feature} is no longer used ({shown_by:?} is not in {place}): take its row out, \
             and rust-version may go down"
        );
        assert!(
            declared >= *needs,
            "{feature} needs Rust {}.{}, but Cargo.toml says rust-version {}.{}",
            needs.0,
            needs.1,
            declared.0,
            declared.1
        );
    }
}

/// No two modules of one folder import each other (`cli/shift.rs` ↔ `cli/shop.rs` did):
/// a sibling named as `super::NAME` or `crate::FOLDER::NAME` in a file is a use.
#[test]
fn no_two_sibling_modules_import_each_other() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![src.clone()];
    folders.extend(
        walk(&src)
            .iter()
            .filter_map(|f| f.parent().map(std::path::Path::to_path_buf)),
    );
    folders.sort();
    folders.dedup();
    for folder in folders {
        let prefix = folder
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('/', "::");
        let files: Vec<(String, String)> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .map(|p| {
                let name = p.file_stem().unwrap().to_string_lossy().to_string();
                let code = std::fs::read_to_string(&p).unwrap();
                let code = code
                    .split("#[cfg(test)]\nmod tests")
                    .next()
                    .unwrap()
                    .to_string();
                (name, code)
            })
            .filter(|(name, _)| !["mod", "lib", "main", "tests"].contains(&name.as_str()))
            .collect();
        let names_sibling = |code: &str, sibling: &str| {
            let full = format!("crate::{prefix}::{sibling}::");
            code.contains(&format!("super::{sibling}::"))
                || code.contains(&format!("super::{sibling};"))
                || (!prefix.is_empty() && code.contains(&full))
        };
        for (a, code_a) in &files {
            for (b, code_b) in &files {
                assert!(
                    a >= b || !(names_sibling(code_a, b) && names_sibling(code_b, a)),
                    "src/{prefix}: {a} and {b} import each other"
                );
            }
        }
    }
}

/// The README lists the history views in the order `v` goes through them, from the
/// same list the app cycles through (`HistoryView::ALL`).
#[test]
fn the_readme_lists_the_history_views_in_their_order() {
    let readme = readme();
    let section = readme
        .split("The history pane (`Ctrl+P`) has these views")
        .nth(1)
        .expect("the README's list of history views");
    let listed: Vec<&str> = section
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with('`'))
        .filter_map(|l| l.strip_prefix("- **"))
        .filter_map(|l| l.split("**").next())
        .collect();
    let views: Vec<&str> = luxpay::app::HistoryView::ALL
        .iter()
        .map(|v| v.title())
        .collect();
    assert_eq!(listed, views);
}
