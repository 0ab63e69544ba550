//! The command line around the config and the shell: `letters config`, `completions`, `--version`.
//! Every run gets a temporary HOME and XDG directories, so nothing reads or writes the real home.

mod cli_support;

use cli_support::letters_home;
use letters::keys::action::Action;
use std::process::Output;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn print_default_is_valid_toml_listing_every_action() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = letters_home(home.path(), &["config", "--print-default"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let table: toml::Table = toml::from_str(&text).expect("valid TOML");
    let keys = table["keys"].as_table().expect("a [keys] table");
    for action in Action::all() {
        assert!(keys.contains_key(action.name()), "{} missing", action.name());
    }
    assert_eq!(keys["next_link"].as_array().map(|a| a.len()), Some(1));
    assert_eq!(table["theme"]["accent"].as_str(), Some("cyan"));
    assert_eq!(table["layout"]["panes"].as_str(), Some("auto"));
    assert!(text.starts_with("# letters: configuration file."), "commented");
}

#[test]
fn config_checks_the_file_in_use() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = letters_home(home.path(), &["config"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("cfg/letters/config.toml (none there: the defaults apply)"), "{text}");

    let dir = home.path().join("cfg").join("letters");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), "[keys]\nhelp = [\"H\"]\n").expect("write");
    let out = letters_home(home.path(), &["config"]);
    assert!(out.status.success());
    assert!(stdout(&out).ends_with("no problems\n"), "{}", stdout(&out));

    let bad = home.path().join("bad.toml");
    std::fs::write(&bad, "[keys]\nquit = [\"q\"]\nnext_link = [\"<NoSuchKey>\"]\n[theme]\naccent = \"notacolour\"\n")
        .expect("write");
    let out = letters_home(home.path(), &["config", "--config", bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(&format!("{}:3: unknown key name \"<NoSuchKey>\" for next_link\n", bad.display())), "{text}");
    assert!(text.contains(&format!("{}:5: bad colour \"notacolour\"", bad.display())), "{text}");
}

#[test]
fn completions_for_each_shell() {
    let home = tempfile::tempdir().expect("tempdir");
    for (shell, marker) in [("bash", "complete -F"), ("zsh", "#compdef letters"), ("fish", "complete -c letters")] {
        let out = letters_home(home.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let text = stdout(&out);
        assert!(text.contains(marker), "{shell}: {marker}");
        for sub in ["list", "bookmarks", "config", "no-state"] {
            assert!(text.contains(sub), "{shell} completes {sub}");
        }
    }
    let out = letters_home(home.path(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn version_names_the_program() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = letters_home(home.path(), &["--version"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), format!("letters {}\n", env!("CARGO_PKG_VERSION")));
}
