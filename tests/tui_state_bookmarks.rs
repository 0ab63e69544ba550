//! Bookmarks in the reader: `m` toggles, `M` asks for a note, `'` lists them (Enter jumps, d deletes); they are kept
//! with the state and `letters bookmarks --json` sees them.

mod tui_support;

use letters::reader::state::{Overlay, Pane};
use std::process::Command;
use tui_support::{fresh_reader, more, reopen, status};

/// The list rows of a 120-column screen with a bookmark mark.
fn marked_rows(s: &str) -> Vec<String> {
    s.lines().take_while(|l| !l.starts_with('└')).filter(|l| l.chars().nth(2) == Some('★')).map(String::from).collect()
}

#[test]
fn m_toggles_a_bookmark_marked_in_the_list() {
    let (_dir, _store, mut app) = fresh_reader();
    let s = more(&mut app, 120, 30, "jm");
    assert!(status(&s).contains("bookmarked"), "{s}");
    let rows = marked_rows(&s);
    assert_eq!(rows.len(), 1, "{s}");
    assert!(rows[0].contains("18 Jul 1941"), "{rows:?}");
    let s = more(&mut app, 120, 30, "m");
    assert!(marked_rows(&s).is_empty() && s.contains("bookmark removed"), "{s}");
}

#[test]
fn shift_m_adds_a_bookmark_with_a_note_shown_in_the_overlay() {
    let (_dir, _store, mut app) = fresh_reader();
    let s = more(&mut app, 120, 30, "jjM");
    assert!(status(&s).starts_with("bookmark note: "), "the prompt opens: {s}");
    more(&mut app, 120, 30, "About Finland<Enter>");
    let s = more(&mut app, 120, 30, "'");
    let row = s.lines().find(|l| l.contains("About Finland")).unwrap_or_default();
    assert!(row.contains("22 Nov 1941 Churchill → Stalin"), "letter and note on one row: {s}");
    let today = letters::state::now_iso();
    assert!(row.contains(&today[..10]), "the date added: {row}");
    // Esc at the prompt adds nothing.
    let s = more(&mut app, 120, 30, "<Esc>jM<Esc>");
    assert!(s.contains("no bookmark added") && marked_rows(&s).len() == 1, "{s}");
}

#[test]
fn the_overlay_jumps_to_a_bookmark_and_deletes_one() {
    let (_dir, _store, mut app) = fresh_reader();
    more(&mut app, 120, 30, "jmjjm");
    assert_eq!(app.state.bookmarks.len(), 2);
    let s = more(&mut app, 120, 30, "gj'j<Enter>");
    assert_eq!(app.overlay, None, "Enter closes the overlay");
    assert_eq!(app.focus, Pane::Reader);
    assert!(s.contains("┌ moscow-1957-stalin-churchill-1941/3"), "the second bookmark's letter is open: {s}");
    let s = more(&mut app, 120, 30, "<BS>");
    assert!(s.contains("moscow-1957-stalin-churchill-1941/1 "), "Backspace returns: {s}");
    let s = more(&mut app, 120, 30, "'d");
    assert_eq!(app.overlay, Some(Overlay::Bookmarks { selected: 0 }), "d keeps the overlay open");
    assert!(s.contains("deleted"), "{s}");
    assert_eq!(app.state.bookmarks.len(), 1);
    assert_eq!(app.state.bookmarks[0].letter, "moscow-1957-stalin-churchill-1941/3");
    let s = more(&mut app, 120, 30, "dd<Esc>");
    assert!(app.state.bookmarks.is_empty() && app.overlay.is_none() && marked_rows(&s).is_empty(), "{s}");
}

#[test]
fn bookmarks_are_kept_with_the_state_and_printed_by_the_bookmarks_command() {
    let (dir, mut store, mut app) = fresh_reader();
    more(&mut app, 120, 30, "jMAllow me<Enter>jm");

    let mut again = reopen(&mut app, &mut store);
    let s = more(&mut again, 120, 30, "'");
    assert!(s.contains("Allow me") && marked_rows(&s).len() == 2, "{s}");

    let out = Command::new(env!("CARGO_BIN_EXE_letters"))
        .args(["bookmarks", "--json"])
        .env("LETTERS_STATE_DIR", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("cfg"))
        .output()
        .expect("run letters");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let marks = doc["bookmarks"].as_array().expect("a list");
    let got: Vec<(&str, &str)> =
        marks.iter().map(|b| (b["letter"].as_str().unwrap_or(""), b["note"].as_str().unwrap_or(""))).collect();
    assert_eq!(
        got,
        [("moscow-1957-stalin-churchill-1941/1", "Allow me"), ("moscow-1957-stalin-churchill-1941/2", "")],
        "{doc}"
    );
}
