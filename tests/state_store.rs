//! The state store on disk: round trip, atomic writes, corrupt files, `--no-state`. Every test works in a temporary
//! directory; none touches the real home.

use letters::model::Input;
use letters::state::{FocusPane, ReadingState, StateStore};
use std::fs;
use std::path::{Path, PathBuf};

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

fn sample() -> ReadingState {
    let mut s = ReadingState::default();
    s.set_position("moscow-1957-stalin-churchill-1941/2", 17, FocusPane::Reader);
    s.set_scroll("frus-1945-stalin-roosevelt/1", 4);
    s.mark_read("moscow-1957-stalin-churchill-1941/2");
    s.add_bookmark("frus-1945-stalin-roosevelt/1", "Lublin", "2025-05-08T12:00:00Z".into());
    s
}

#[test]
fn quit_and_reopen_gives_the_same_letter_scroll_and_pane() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    store.save(&sample()).expect("save");
    assert_eq!(files_in(dir.path()), ["bundled.json"], "one file, no temporary left over");

    let mut again = StateStore::in_dir(dir.path(), &Input::Bundled);
    let loaded = again.load();
    assert_eq!(loaded.message, None);
    let s = loaded.state;
    assert_eq!(s.last_letter.as_deref(), Some("moscow-1957-stalin-churchill-1941/2"));
    assert_eq!(s.last_scroll, 17);
    assert_eq!(s.focus, Some(FocusPane::Reader));
    assert_eq!(s.scroll_of("frus-1945-stalin-roosevelt/1"), 4);
    assert!(s.is_read("moscow-1957-stalin-churchill-1941/2"));
    assert_eq!(s.bookmarks[0].note, "Lublin");
    assert_eq!(s, sample());
}

#[test]
fn the_file_is_json_a_person_can_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    StateStore::in_dir(dir.path(), &Input::Bundled).save(&sample()).expect("save");
    let text = fs::read_to_string(dir.path().join("bundled.json")).expect("read");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["last_letter"], "moscow-1957-stalin-churchill-1941/2");
    assert_eq!(v["focus"], "reader");
    assert_eq!(v["bookmarks"][0]["added"], "2025-05-08T12:00:00Z");
}

#[test]
fn a_missing_state_directory_is_created_on_save_and_a_missing_file_is_an_empty_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join("a").join("b");
    let mut store = StateStore::in_dir(&nested, &Input::Paths(vec![PathBuf::from("letters-1942")]));
    let loaded = store.load();
    assert!(loaded.state.is_empty() && loaded.message.is_none());
    store.save(&sample()).expect("save");
    let names = files_in(&nested);
    assert_eq!(names.len(), 1);
    assert!(names[0].starts_with("letters-1942-") && names[0].ends_with(".json"), "{names:?}");
}

#[test]
fn an_interrupted_save_leaves_the_old_file_intact_and_readable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let old = sample();
    store.save(&old).expect("first save");
    let old_bytes = fs::read(dir.path().join("bundled.json")).expect("read");

    let mut new = old.clone();
    new.set_position("frus-1945-stalin-roosevelt/1", 99, FocusPane::List);
    let pending = store.prepare(&new).expect("prepare").expect("a writable store");
    let temp = pending.temp_path().to_path_buf();
    assert_eq!(temp.parent(), Some(dir.path()), "the temporary file is in the same directory");
    // The process dies here: between the temporary file and the rename. Nothing runs any more.
    std::mem::forget(pending);

    assert_eq!(fs::read(dir.path().join("bundled.json")).expect("read"), old_bytes, "old file untouched");
    let loaded = StateStore::in_dir(dir.path(), &Input::Bundled).load();
    assert_eq!(loaded.message, None);
    assert_eq!(loaded.state, old, "the next run reads the old state");
    let written: ReadingState = serde_json::from_slice(&fs::read(&temp).expect("temp")).expect("complete temp");
    assert_eq!(written, new, "the temporary file was complete; only the rename was missing");

    // The next save still works, beside the leftover.
    store.save(&new).expect("later save");
    assert_eq!(StateStore::in_dir(dir.path(), &Input::Bundled).load().state, new);
}

#[test]
fn a_save_abandoned_before_the_rename_removes_its_temporary_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    store.save(&sample()).expect("save");
    let pending = store.prepare(&ReadingState::default()).expect("prepare").expect("writable");
    drop(pending);
    assert_eq!(files_in(dir.path()), ["bundled.json"]);
    assert_eq!(StateStore::in_dir(dir.path(), &Input::Bundled).load().state, sample());
}

#[test]
fn a_corrupt_file_is_moved_aside_and_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bundled.json");
    fs::write(&file, "{ not json").expect("write");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let loaded = store.load();
    assert!(loaded.state.is_empty(), "starts clean");
    let msg = loaded.message.expect("a message for the status line");
    assert!(msg.starts_with("state file was corrupt"), "{msg}");
    assert!(msg.contains("moved to") && msg.contains("bundled.json.corrupt"), "{msg}");
    assert_eq!(files_in(dir.path()), ["bundled.json.corrupt"]);
    assert_eq!(fs::read_to_string(dir.path().join("bundled.json.corrupt")).expect("kept"), "{ not json");

    // Told once: the next load finds no file and says nothing.
    assert_eq!(store.load().message, None);
    // A second corrupt file never overwrites the first one set aside.
    fs::write(&file, "\u{0}\u{0}").expect("write");
    let msg = store.load().message.expect("reported again");
    assert!(msg.contains("bundled.json.2.corrupt"), "{msg}");
    assert_eq!(files_in(dir.path()), ["bundled.json.2.corrupt", "bundled.json.corrupt"]);
}

#[test]
fn a_truncated_file_counts_as_corrupt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    store.save(&sample()).expect("save");
    let file = dir.path().join("bundled.json");
    let bytes = fs::read(&file).expect("read");
    fs::write(&file, &bytes[..bytes.len() / 2]).expect("truncate");
    let loaded = StateStore::in_dir(dir.path(), &Input::Bundled).load();
    assert!(loaded.state.is_empty());
    assert!(loaded.message.is_some_and(|m| m.contains("corrupt")));
}

#[test]
fn an_unreadable_file_is_moved_aside_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("bundled.json")).expect("a directory where the file should be");
    let loaded = StateStore::in_dir(dir.path(), &Input::Bundled).load();
    let msg = loaded.message.expect("reported");
    assert!(msg.contains("could not be read") && msg.contains("moved to"), "{msg}");
    assert!(dir.path().join("bundled.json.corrupt").is_dir());
    let store = StateStore::in_dir(dir.path(), &Input::Bundled);
    store.save(&sample()).expect("the reader can save again");
}

#[test]
fn a_read_only_store_reports_a_corrupt_file_but_leaves_it_and_never_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bundled.json");
    fs::write(&file, "garbage").expect("write");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled).read_only();
    let msg = store.load().message.expect("reported");
    assert!(msg.contains("corrupt") && msg.contains("starting without it"), "{msg}");
    store.save(&sample()).expect("a no-op");
    assert_eq!(files_in(dir.path()), ["bundled.json"]);
    assert_eq!(fs::read_to_string(&file).expect("read"), "garbage");
}

#[test]
fn no_state_neither_reads_nor_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    StateStore::in_dir(dir.path(), &Input::Bundled).save(&sample()).expect("save");
    let before = fs::read(dir.path().join("bundled.json")).expect("read");

    let mut store = StateStore::open(&Input::Bundled, true);
    assert_eq!(store.path(), None);
    assert!(!store.is_writable());
    let loaded = store.load();
    assert!(loaded.state.is_empty() && loaded.message.is_none());
    store.save(&ReadingState::default()).expect("a no-op");
    assert!(store.prepare(&ReadingState::default()).expect("no-op").is_none());
    assert_eq!(files_in(dir.path()), ["bundled.json"]);
    assert_eq!(fs::read(dir.path().join("bundled.json")).expect("read"), before);
}

#[test]
fn two_stores_saving_one_after_the_other_keep_both_sessions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = StateStore::in_dir(dir.path(), &Input::Bundled);
    let mut b = StateStore::in_dir(dir.path(), &Input::Bundled);
    let mut sa = a.load().state;
    let mut sb = b.load().state;
    sa.add_bookmark("frus-1945-stalin-roosevelt/1", "", "2025-01-01T00:00:00Z".into());
    sa.mark_read("frus-1945-stalin-roosevelt/1");
    sb.add_bookmark("frus-1945-stalin-roosevelt/2", "", "2025-01-01T00:00:01Z".into());
    sb.set_position("frus-1945-stalin-roosevelt/2", 3, FocusPane::Reader);
    a.save(&sa).expect("a saves");
    b.save(&sb).expect("b saves after");
    let kept = StateStore::in_dir(dir.path(), &Input::Bundled).load().state;
    let ids: Vec<&str> = kept.bookmarks.iter().map(|x| x.letter.as_str()).collect();
    assert_eq!(ids, ["frus-1945-stalin-roosevelt/1", "frus-1945-stalin-roosevelt/2"]);
    assert!(kept.is_read("frus-1945-stalin-roosevelt/1"), "a's read mark survives b's save");
    assert_eq!(kept.last_letter.as_deref(), Some("frus-1945-stalin-roosevelt/2"), "b moved last");
}

#[test]
fn a_state_of_a_newer_version_is_left_untouched_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bundled.json");
    let newer = r#"{"version": 99, "read": ["x/1"], "future_field": {"kept": true}}"#;
    fs::write(&file, newer).expect("write");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let loaded = store.load();
    let msg = loaded.message.expect("said");
    assert!(msg.contains("newer version") && msg.contains("nothing of this session will be saved"), "{msg}");
    assert!(loaded.state.is_read("x/1"), "read as far as it goes");
    assert!(!store.is_writable());
    store.save(&sample()).expect("a no-op");
    assert_eq!(fs::read_to_string(&file).expect("read"), newer, "untouched, unknown fields and all");
}

#[test]
fn a_symlinked_state_file_is_written_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.json");
    fs::write(&real, "{}").expect("write");
    let link = dir.path().join("bundled.json");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    store.load();
    store.save(&sample()).expect("save");
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "still a symlink");
    let through: ReadingState = serde_json::from_slice(&fs::read(&real).expect("target")).expect("json");
    assert_eq!(through, sample());
}

#[test]
fn a_state_file_without_read_permission_is_reported_not_moved() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bundled.json");
    fs::write(&file, "{}").expect("write");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&file).is_ok() {
        println!("SKIPPED a_state_file_without_read_permission_is_reported_not_moved: running as root reads anything");
        return;
    }
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let msg = store.load().message.expect("said");
    assert!(msg.contains("could not be read") && msg.contains("nothing will be saved"), "{msg}");
    assert!(!msg.contains("corrupt"), "{msg}");
    assert_eq!(files_in(dir.path()), ["bundled.json"], "not moved aside");
    assert!(!store.is_writable());
}

#[test]
fn marks_of_letters_missing_now_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut old = sample();
    old.mark_read("gone-for-now/1");
    old.set_scroll("gone-for-now/1", 9);
    StateStore::in_dir(dir.path(), &Input::Bundled).save(&old).expect("save");
    let corpus = letters::loader::load(&Input::Bundled).expect("bundled letters");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let mut state = store.load().state;
    state.prune(&corpus);
    store.save(&state).expect("save");
    let kept = StateStore::in_dir(dir.path(), &Input::Bundled).load().state;
    assert!(kept.is_read("gone-for-now/1"));
    assert_eq!(kept.scroll_of("gone-for-now/1"), 9);
}
