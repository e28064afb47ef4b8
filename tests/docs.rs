//! The README documents what the program does: every key in the help overlay, every
//! exit code, every config key.

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
    for code in [0, 2, 3, 4, 5, 6] {
        assert!(readme.contains(&format!("| {code} |")), "exit code {code}");
    }
}

#[test]
fn the_readme_names_the_two_commands_a_newcomer_runs() {
    let readme = readme();
    assert!(readme.contains("cargo run --release -- --demo"));
    assert!(readme.contains("\ncargo test\n"));
}
