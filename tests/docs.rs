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
    for code in [0, 1, 2, 3, 4, 5, 6, 7, 141] {
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
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_string)
        .collect()
}

/// The top-level modules a source file names as `crate::…`, outside its test modules.
fn uses(source: &str, modules: &[String]) -> Vec<String> {
    let code = source
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or(source);
    let mut used = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if modules.contains(&name) && !used.contains(&name) {
            used.push(name);
        }
    }
    used
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
