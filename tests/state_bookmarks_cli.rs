//! `letters bookmarks`: the bookmarks of a corpus's state, as text and JSON, found through LETTERS_STATE_DIR.

mod cli_support;

use cli_support::letters_home;
use letters::model::Input;
use letters::state::{ReadingState, StateStore, state_file_name};
use std::path::PathBuf;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn with_bookmarks() -> ReadingState {
    let mut s = ReadingState::default();
    s.add_bookmark("moscow-1957-stalin-churchill-1941/1", "first message", "2025-05-08T12:00:09Z".into());
    s.add_bookmark("frus-1945-stalin-roosevelt/1", "", "2025-05-09T08:30:00Z".into());
    s.add_bookmark("removed-file/3", "was here", "2025-05-10T00:00:00Z".into());
    s
}

#[test]
fn prints_the_bundled_corpus_bookmarks_as_a_table() {
    let home = tempfile::tempdir().expect("tempdir");
    StateStore::in_dir(&home.path().join("state"), &Input::Bundled).save(&with_bookmarks()).expect("save");
    let out = letters_home(home.path(), &["bookmarks"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("moscow-1957-stalin-churchill-1941/1  2025-05-08 12:00  first message  "), "{stdout}");
    assert!(lines[0].contains("Stalin") && lines[0].contains("Churchill"), "the heading: {stdout}");
    assert!(lines[1].starts_with("frus-1945-stalin-roosevelt/1         2025-05-09 08:30  -              "), "{stdout}");
    assert!(lines[1].contains("Roosevelt"), "{stdout}");
    assert!(lines[2].starts_with("removed-file/3") && lines[2].ends_with("was here       (not in this corpus)"));
}

#[test]
fn prints_json() {
    let home = tempfile::tempdir().expect("tempdir");
    StateStore::in_dir(&home.path().join("state"), &Input::Bundled).save(&with_bookmarks()).expect("save");
    let out = letters_home(home.path(), &["bookmarks", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let list = v["bookmarks"].as_array().expect("a bookmarks array");
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["letter"], "moscow-1957-stalin-churchill-1941/1");
    assert_eq!(list[0]["note"], "first message");
    assert_eq!(list[0]["added"], "2025-05-08T12:00:09Z");
    assert_eq!(list[0]["date"], "1941-07-18");
    assert!(list[0]["heading"].as_str().is_some_and(|h| h.contains("Churchill")));
    assert_eq!(list[1]["date"], serde_json::Value::Null, "the FRUS letter is undated");
    assert_eq!(list[2]["heading"], serde_json::Value::Null);
}

#[test]
fn nothing_bookmarked_and_no_state() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = letters_home(home.path(), &["bookmarks"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("no bookmarks (state file: "), "{}", text(&out.stderr));
    let out = letters_home(home.path(), &["bookmarks", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["bookmarks"].as_array().map(Vec::len), Some(0));

    StateStore::in_dir(&home.path().join("state"), &Input::Bundled).save(&with_bookmarks()).expect("save");
    let out = letters_home(home.path(), &["bookmarks", "--json", "--no-state"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["bookmarks"].as_array().map(Vec::len), Some(0), "--no-state reads nothing");
}

#[test]
fn each_corpus_has_its_own_bookmarks() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/variants/crlf.txt");
    let input = Input::Paths(vec![file.clone()]);
    let mut s = ReadingState::default();
    s.add_bookmark("crlf/1", "line endings", "2025-01-01T00:00:00Z".into());
    StateStore::in_dir(&home.path().join("state"), &input).save(&s).expect("save");
    StateStore::in_dir(&home.path().join("state"), &Input::Bundled).save(&with_bookmarks()).expect("save");
    assert!(home.path().join("state").join(state_file_name(&input)).is_file());

    let out = letters_home(home.path(), &["bookmarks", "--json", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let list = v["bookmarks"].as_array().expect("array");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["note"], "line endings");
    assert_eq!(list[0]["heading"], "Personal Message from Stalin to Mr Churchill");
}

#[test]
fn a_corrupt_state_is_reported_and_left_alone() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("state");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("bundled.json"), "{ not json").expect("write");
    let out = letters_home(home.path(), &["bookmarks"]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("state file was corrupt"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(dir.join("bundled.json")).expect("still there"), "{ not json");
    assert!(!dir.join("bundled.json.corrupt").exists(), "a reading command moves nothing");
}
