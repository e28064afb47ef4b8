//! The README documents what the program does: every key in the help overlay, every
//! exit code, every config key.

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn the_readme_key_map_lists_every_key_the_help_lists() {
    let readme = readme();
    for (group, keys) in luxpay::ui::KEYS {
        for (key, _) in *keys {
            for token in key.split(['/', ' ']).filter(|t| !t.is_empty()) {
                let token = token.replace('^', "Ctrl+");
                assert!(
                    readme.contains(&format!("`{token}`")),
                    "{group}: `{token}` is missing from README.md"
                );
            }
        }
    }
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
