//! The config file in the reader: a rebound key appears in the help overlay and acts; the layout is chosen; a
//! bad config is reported with its file and line on screen (until Esc) and, by `letters render`, on stderr.

mod tui_support;

use letters::config::load_file;
use letters::reader::app::App;
use letters::reader::app_for;
use letters::reader::screen::Screen;
use letters::reader::state::Overlay;
use letters::state::StateStore;
use std::path::Path;
use std::process::{Command, Output};
use tui_support::{bundled, more, status};

/// The reader started with this config file (and no state).
fn app_with_config(path: &Path) -> App {
    let config = load_file(path, true);
    let mut app = app_for(&config, StateStore::disabled().load());
    app.set_corpus(bundled());
    app
}

fn write_config(dir: &Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("written");
    path
}

fn letters(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_letters"))
        .args(args)
        .env("LETTERS_STATE_DIR", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .output()
        .expect("run letters")
}

#[test]
fn a_rebound_key_is_listed_in_the_help_and_acts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path =
        write_config(dir.path(), "[keys]\nhelp = [\"H\"]\nbookmark = [\"b\", \"<C-b>\"]\npage_up = [\"<PgUp>\"]\n");
    let mut app = app_with_config(&path);
    let s = more(&mut app, 120, 40, "?");
    assert_eq!(app.overlay, None, "? no longer opens the help: {s}");
    let s = more(&mut app, 120, 40, "H");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })), "H opens it");
    let help_row = s.lines().find(|l| l.contains("this help")).unwrap_or_default();
    assert!(help_row.contains("│ H "), "{help_row}");
    let bookmark_row = s.lines().find(|l| l.contains("toggle a bookmark")).unwrap_or_default();
    assert!(bookmark_row.contains("b, <C-b>"), "{bookmark_row}");
    more(&mut app, 120, 40, "<Esc>j<C-b>");
    assert_eq!(app.state.bookmarks.len(), 1, "<C-b> bookmarks");
    more(&mut app, 120, 40, "b");
    assert!(app.state.bookmarks.is_empty(), "b removes it");
    let s = more(&mut app, 120, 40, "k");
    assert!(status(&s).contains("H help"), "the status hint names the new key");
}

#[test]
fn the_layout_comes_from_the_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), "[layout]\npanes = \"one\"\n");
    let s = more(&mut app_with_config(&path), 120, 30, "");
    let tabs = s.lines().next().unwrap_or_default();
    assert!(tabs.starts_with(" Letters ") && tabs.contains(" Thread"), "one pane under a tab line:\n{s}");
    let path = write_config(dir.path(), "[layout]\nthree_pane_min_width = 80\n");
    let s = more(&mut app_with_config(&path), 80, 24, "");
    assert!(s.lines().next().unwrap_or_default().matches('┌').count() == 2, "three panes at 80 columns:\n{s}");
}

#[test]
fn a_bad_config_is_reported_with_its_line_until_dismissed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), "[keys]\nquit = [\"q\"]\nnext_link = [\"<NoSuchKey>\"]\nhelp = [\"H\"]\n");
    let mut app = app_with_config(&path);
    let s = more(&mut app, 160, 30, "");
    let line = status(&s);
    assert!(line.contains("config.toml:3:") && line.contains("<NoSuchKey>"), "{line}");
    let s = more(&mut app, 160, 30, "jj");
    assert!(status(&s).contains("config.toml:3:"), "still there after other keys");
    let s = more(&mut app, 160, 30, "f");
    assert!(!status(&s).contains("no links"), "f kept its default");
    more(&mut app, 160, 30, "H");
    assert!(app.overlay.is_some(), "the rest of the file applies");
    let s = more(&mut app, 160, 30, "<Esc><Esc>");
    assert!(!status(&s).contains("config.toml"), "Esc dismisses it");
}

#[test]
fn render_prints_config_problems_on_stderr_and_on_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(
        dir.path(),
        "[keys]\nquit = [\"q\"]\nno_such_action = [\"x\"]\n[theme]\naccent = \"notacolour\"\n",
    );
    let p = path.to_string_lossy();
    let out = letters(dir.path(), &["render", "--config", &p, "--size", "200x30"]);
    assert!(out.status.success(), "the app still starts");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with(&format!("letters: {p}:3: ")) && lines[0].contains("no_such_action"), "{err}");
    assert!(lines[1].starts_with(&format!("letters: {p}:5: ")) && lines[1].contains("notacolour"), "{err}");
    let screen = String::from_utf8_lossy(&out.stdout);
    let status = status(&screen);
    assert!(status.contains("config.toml:3:") && status.contains("+1 more"), "{status}");
}
