//! The reader remembers: quitting and reopening returns to the same letter, scroll and pane (through the app and
//! the store, and through `letters render` on a saved state); read marks and the unread count; a corrupt state file
//! moved aside and reported on screen; `--no-state`.

mod tui_support;

use letters::model::Input;
use letters::reader::state::Pane;
use letters::state::{FocusPane, ReadingState, StateStore};
use std::path::Path;
use std::process::{Command, Output};
use tui_support::{fresh_reader, more, open_app, quit, reopen, status};

const REPLY: &str = "moscow-1957-stalin-churchill-1941/3";

fn letters(state_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_letters"))
        .args(args)
        .env("LETTERS_STATE_DIR", state_dir)
        .env("XDG_CONFIG_HOME", state_dir.join("no-config"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run letters")
}

#[test]
fn quitting_and_reopening_returns_to_the_same_letter_scroll_and_pane() {
    let (_dir, mut store, mut app) = fresh_reader();
    more(&mut app, 120, 30, "/sincerely welcome<Enter><Esc>jjj");
    let before = more(&mut app, 120, 30, "");
    let here = app.location().expect("a letter is open");
    assert_eq!(here.focus, Pane::Reader);
    quit(&mut app, &store);
    assert!(store.path().is_some_and(|p| p.is_file()), "a state file was written");

    let mut again = open_app(&mut store);
    assert_eq!(again.location(), Some(here), "same letter, scroll and pane");
    let after = more(&mut again, 120, 30, "");
    let panes = |s: &str| s.lines().rev().skip(1).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(panes(&after), panes(&before), "the same panes (the search is not remembered)");
    assert!(after.contains("I sincerely welcome"), "{after}");
}

#[test]
fn every_letter_keeps_its_own_scroll() {
    let (_dir, mut store, mut app) = fresh_reader();
    // The first letter scrolled down 5 rows, then the second one opened and left at its top.
    more(&mut app, 120, 30, "<Tab>jjjjj<S-Tab>j");
    let first = app.list.rows[0];
    let scrolled = app.pos(first);
    assert_ne!(scrolled, Default::default());
    quit(&mut app, &store);
    let saved = store.clone().load().state;
    assert_eq!(saved.scroll.values().copied().collect::<Vec<_>>(), vec![5], "{saved:?}");

    let mut again = open_app(&mut store);
    assert_eq!(again.pos(first), scrolled, "the first letter's scroll is back");
    let s = more(&mut again, 120, 30, "k");
    assert!(s.contains("Letters 1/4"), "{s}");
}

#[test]
fn opened_letters_are_marked_read_and_counted() {
    let (_dir, mut store, mut app) = fresh_reader();
    let s = more(&mut app, 120, 30, "");
    assert!(s.contains(" 4 unread"), "{s}");
    assert_eq!(s.lines().filter(|l| l.starts_with("│•")).count(), 4, "every letter unread:\n{s}");
    let s = more(&mut app, 120, 30, "<Enter><S-Tab>jj<Enter>");
    assert!(s.contains(" 2 unread"), "{s}");
    let mut again = reopen(&mut app, &mut store);
    let s = more(&mut again, 120, 30, "");
    assert!(s.contains(" 2 unread"), "{s}");
    let rows: Vec<&str> = s.lines().skip(1).take(4).collect();
    let unread: Vec<bool> = rows.iter().map(|r| r.starts_with("│•")).collect();
    assert_eq!(unread, [false, true, false, true], "{s}");
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_reported_on_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let path = store.path().expect("a path").to_path_buf();
    std::fs::write(&path, "{ not json").expect("written");
    let mut app = open_app(&mut store);
    let s = more(&mut app, 120, 30, "");
    let line = status(&s);
    assert!(line.contains("corrupt"), "the status line says so: {line}");
    assert!(Path::new(&format!("{}.corrupt", path.display())).is_file(), "the old file is kept aside");
    assert!(s.contains(" 4 unread"), "started clean: {s}");
    let s = more(&mut app, 120, 30, "<Esc>");
    assert!(!status(&s).contains("corrupt"), "Esc dismisses it");
    // Quitting writes a good file again; the next start says nothing.
    let mut again = reopen(&mut app, &mut store);
    let s = more(&mut again, 120, 30, "");
    assert!(!s.contains("corrupt"), "{s}");
}

#[test]
fn render_starts_from_a_saved_state_and_never_writes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let mut state = ReadingState::default();
    state.set_position(REPLY, 3, FocusPane::Reader);
    state.mark_read(REPLY);
    store.save(&state).expect("saved");
    let path = store.path().expect("path").to_path_buf();
    let written = std::fs::read(&path).expect("read");

    let out = letters(dir.path(), &["render", "--size", "120x30"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains(REPLY), "the remembered letter is open:\n{s}");
    assert!(!s.contains("MESSAGE FROM PREMIER STALIN"), "scrolled 3 rows down, past the heading:\n{s}");
    assert!(s.contains("I sincerely welcome"), "{s}");
    assert!(s.contains(" 3 unread"), "{s}");
    let focused = s.lines().find(|l| l.contains(REPLY)).unwrap_or_default();
    assert!(focused.contains("┌ moscow"), "{focused}");

    let out = letters(dir.path(), &["render", "--size", "120x30", "--keys", "jjj<Tab>m"]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&path).expect("read"), written, "render never writes the state");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1, "nor any other file");

    let out = letters(dir.path(), &["render", "--no-state", "--size", "120x30"]);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(!s.contains("I sincerely welcome") && s.contains(" 4 unread"), "--no-state ignores it:\n{s}");
}

#[test]
fn render_reports_a_corrupt_state_without_moving_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let path = store.path().expect("path").to_path_buf();
    std::fs::write(&path, "{ not json").expect("written");
    let out = letters(dir.path(), &["render", "--size", "160x30"]);
    assert!(out.status.success());
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(status(&screen).contains("corrupt"), "{screen}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("corrupt"));
    assert!(path.is_file(), "render leaves the file where it is (the reader moves it aside)");
}
