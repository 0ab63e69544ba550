//! The screen shown in README.md is what `letters render` prints for the command written above it, on a first run
//! (no remembered state, no config).

mod cli_support;
use std::path::Path;

/// The `letters render ...` command named in the README right before the screen, and the screen's lines.
fn readme_screen() -> (Vec<String>, String) {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let at = readme.find("`letters render ").expect("README names a render command");
    let rest = &readme[at + 1..];
    let command = &rest[..rest.find('`').expect("closing backtick")];
    let block_start = rest.find("```\n").expect("a code block follows") + 4;
    let block = &rest[block_start..];
    let screen = &block[..block.find("```").expect("the block ends")];
    (shell_words(command), screen.to_string())
}

/// Splits `letters render --size 100x22 --keys '...'` into its words (single quotes only, as the README writes).
fn shell_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn the_readme_screen_is_what_render_prints() {
    let (words, screen) = readme_screen();
    assert_eq!(words.first().map(String::as_str), Some("letters"));
    assert_eq!(words.get(1).map(String::as_str), Some("render"));
    let home = tempfile::tempdir().expect("temp home");
    let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let out = cli_support::letters_home(home.path(), &args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed = String::from_utf8(out.stdout).expect("UTF-8 screen");
    assert_eq!(printed, screen, "README.md's screen is out of date; `{}` prints:\n{printed}", words.join(" "));
}

#[test]
fn shell_words_keep_quoted_spaces() {
    assert_eq!(shell_words("letters render --keys '/a b<Enter>'"), ["letters", "render", "--keys", "/a b<Enter>"]);
}

#[test]
fn the_readme_names_the_rust_version_cargo_toml_asks_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("Cargo.toml has a rust-version");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    assert!(
        readme.contains(&format!("Prerequisites: Rust {version} or newer")),
        "README's prerequisites name {version}"
    );
    assert!(readme.contains("cargo install --path ."), "README says how to put letters on the PATH");
}
