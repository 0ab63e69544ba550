//! Two readers on one corpus: what one saves must not undo what the other saved meanwhile.
//!
//! A save reads the file again (under the lock) and merges three states: the one this reader started from
//! (`base`), the one it has now (`ours`) and the one on disk now (`theirs`). What this reader changed since it
//! started wins for that letter (it is the newer change); everything else is taken from the disk, so bookmarks,
//! read marks and positions of both readers are kept, and a bookmark removed here stays removed.

use super::model::{Bookmark, ReadingState};
use std::collections::{BTreeMap, BTreeSet};

/// The state to write: `theirs` with this session's changes (`ours` against `base`) applied on top.
pub fn merge(base: &ReadingState, ours: &ReadingState, theirs: &ReadingState) -> ReadingState {
    let mut out = theirs.clone();
    out.version = ours.version.max(theirs.version);
    if (&ours.last_letter, ours.last_scroll, ours.focus) != (&base.last_letter, base.last_scroll, base.focus) {
        out.last_letter = ours.last_letter.clone();
        out.last_scroll = ours.last_scroll;
        out.focus = ours.focus;
    }
    out.scroll = merge_map(&base.scroll, &ours.scroll, &theirs.scroll);
    out.read = merge_set(&base.read, &ours.read, &theirs.read);
    out.bookmarks = merge_bookmarks(&base.bookmarks, &ours.bookmarks, &theirs.bookmarks);
    out
}

fn merge_map(
    base: &BTreeMap<String, usize>,
    ours: &BTreeMap<String, usize>,
    theirs: &BTreeMap<String, usize>,
) -> BTreeMap<String, usize> {
    let mut out = theirs.clone();
    let keys: BTreeSet<&String> = base.keys().chain(ours.keys()).collect();
    for k in keys {
        match (base.get(k), ours.get(k)) {
            (b, o) if b == o => {}
            (_, Some(&v)) => {
                out.insert(k.clone(), v);
            }
            (_, None) => {
                out.remove(k);
            }
        }
    }
    out
}

fn merge_set(base: &BTreeSet<String>, ours: &BTreeSet<String>, theirs: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = theirs.clone();
    out.extend(ours.difference(base).cloned());
    for gone in base.difference(ours) {
        out.remove(gone);
    }
    out
}

/// Bookmarks in the disk's order, this session's new ones after them; a bookmark this session removed or changed
/// (its note) is removed or changed.
fn merge_bookmarks(base: &[Bookmark], ours: &[Bookmark], theirs: &[Bookmark]) -> Vec<Bookmark> {
    let find = |list: &[Bookmark], id: &str| list.iter().position(|b| b.letter == id);
    let mut out = theirs.to_vec();
    for b in base {
        if find(ours, &b.letter).is_none() {
            out.retain(|x| x.letter != b.letter);
        }
    }
    for b in ours {
        let changed = find(base, &b.letter).is_none_or(|i| base[i] != *b);
        if !changed {
            continue;
        }
        match find(&out, &b.letter) {
            Some(i) => out[i] = b.clone(),
            None => out.push(b.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::FocusPane;

    #[test]
    fn two_sessions_keep_each_others_marks() {
        let mut base = ReadingState::default();
        base.add_bookmark("old/1", "", "t0".into());
        base.mark_read("old/1");
        let mut a = base.clone();
        a.add_bookmark("a/1", "", "t1".into());
        a.mark_read("a/1");
        a.set_position("a/1", 3, FocusPane::Reader);
        let mut b = base.clone();
        b.add_bookmark("b/1", "note", "t2".into());
        b.remove_bookmark("old/1");
        b.mark_read("b/1");
        // a saved first; then b merges onto what a wrote.
        let merged = merge(&base, &b, &a);
        let ids: Vec<&str> = merged.bookmarks.iter().map(|x| x.letter.as_str()).collect();
        assert_eq!(ids, ["a/1", "b/1"], "both new bookmarks, and the one b removed stays removed");
        assert!(merged.is_read("a/1") && merged.is_read("b/1") && merged.is_read("old/1"));
        assert_eq!(merged.last_letter.as_deref(), Some("a/1"), "b never moved: a's place is kept");
        assert_eq!(merged.scroll_of("a/1"), 3);
    }

    #[test]
    fn this_sessions_change_wins_for_its_letter() {
        let mut base = ReadingState::default();
        base.set_scroll("x/1", 5);
        base.add_bookmark("x/1", "first", "t0".into());
        let mut ours = base.clone();
        ours.set_scroll("x/1", 9);
        ours.add_bookmark("x/1", "second", "t0".into());
        ours.set_position("x/2", 1, FocusPane::List);
        let mut theirs = base.clone();
        theirs.set_scroll("x/1", 7);
        theirs.set_scroll("y/1", 2);
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.scroll_of("x/1"), 9);
        assert_eq!(merged.scroll_of("y/1"), 2);
        assert_eq!(merged.bookmark("x/1").map(|b| b.note.as_str()), Some("second"));
        assert_eq!(merged.last_letter.as_deref(), Some("x/2"));
    }
}
