//! What the reader remembers about one corpus between runs: where the user was, what they read, their bookmarks.
//! Everything refers to letters by id, so a changed corpus keeps what still applies.

use crate::model::{Corpus, LetterIx};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The version written in new state files. Files of other versions are read field by field, as far as they go.
pub const STATE_VERSION: u32 = 1;

/// Searches remembered at most.
pub const SEARCHES_KEPT: usize = 100;

/// The pane that had focus when the reader quit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FocusPane {
    /// The letter list.
    List,
    /// The reading pane.
    Reader,
    /// The reply-chain view.
    Chain,
}

impl FocusPane {
    /// The name stored in the state file: `list`, `reader`, `chain`.
    pub fn as_str(self) -> &'static str {
        match self {
            FocusPane::List => "list",
            FocusPane::Reader => "reader",
            FocusPane::Chain => "chain",
        }
    }

    /// The pane with this name (`thread` is read as `chain`).
    pub fn from_name(name: &str) -> Option<FocusPane> {
        match name {
            "thread" => Some(FocusPane::Chain),
            _ => [FocusPane::List, FocusPane::Reader, FocusPane::Chain].into_iter().find(|p| p.as_str() == name),
        }
    }
}

/// An unknown pane name (from a newer version, or a hand edit) reads as "no pane remembered", not as a corrupt file.
fn lenient_focus<'de, D: Deserializer<'de>>(d: D) -> Result<Option<FocusPane>, D::Error> {
    let name: Option<String> = Option::deserialize(d)?;
    Ok(name.as_deref().and_then(FocusPane::from_name))
}

/// A bookmarked letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The letter's id.
    pub letter: String,
    /// The note typed at the prompt (empty for `m`).
    #[serde(default)]
    pub note: String,
    /// When it was added, as an ISO 8601 UTC date-time (`2025-03-01T14:05:09Z`).
    #[serde(default)]
    pub added: String,
}

/// The remembered reading state of one corpus, stored as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadingState {
    /// Format version ([`STATE_VERSION`]).
    pub version: u32,
    /// The letter open when the reader quit.
    pub last_letter: Option<String>,
    /// The reading pane's scroll (first line shown, in wrapped lines) of that letter.
    pub last_scroll: usize,
    /// The pane that had focus.
    #[serde(deserialize_with = "lenient_focus")]
    pub focus: Option<FocusPane>,
    /// Scroll position per letter id (letters scrolled away from the top only).
    pub scroll: BTreeMap<String, usize>,
    /// Ids of the letters opened in the reader.
    pub read: BTreeSet<String>,
    /// Bookmarks, in the order they were added.
    pub bookmarks: Vec<Bookmark>,
    /// Searches made, oldest first (Up and Down at the search prompt bring them back).
    pub searches: Vec<String>,
    /// The list's share of a three-pane screen in percent, when changed with `<` or `>`.
    pub list_percent: Option<u16>,
}

impl Default for ReadingState {
    fn default() -> Self {
        ReadingState {
            version: STATE_VERSION,
            last_letter: None,
            last_scroll: 0,
            focus: None,
            scroll: BTreeMap::new(),
            read: BTreeSet::new(),
            bookmarks: Vec::new(),
            searches: Vec::new(),
            list_percent: None,
        }
    }
}

impl ReadingState {
    /// Whether nothing at all is remembered.
    pub fn is_empty(&self) -> bool {
        self.last_letter.is_none()
            && self.focus.is_none()
            && self.scroll.is_empty()
            && self.read.is_empty()
            && self.bookmarks.is_empty()
            && self.searches.is_empty()
    }

    /// Remembers a search (once, as the latest), keeping the last [`SEARCHES_KEPT`].
    pub fn add_search(&mut self, query: &str) {
        self.searches.retain(|q| q != query);
        self.searches.push(query.to_string());
        let extra = self.searches.len().saturating_sub(SEARCHES_KEPT);
        self.searches.drain(..extra);
    }

    /// Where to start in `corpus`: the remembered letter's index and scroll, if the corpus still has that letter.
    pub fn start(&self, corpus: &Corpus) -> Option<(LetterIx, usize)> {
        let ix = corpus.find(self.last_letter.as_deref()?)?;
        Some((ix, self.last_scroll))
    }

    /// Records where the reader is: the open letter, its scroll and the focused pane (call on quit).
    pub fn set_position(&mut self, letter: &str, scroll: usize, focus: FocusPane) {
        self.last_letter = Some(letter.to_string());
        self.last_scroll = scroll;
        self.focus = Some(focus);
        self.set_scroll(letter, scroll);
    }

    /// Remembers a letter's scroll position (0 forgets it: the top is the default).
    pub fn set_scroll(&mut self, letter: &str, scroll: usize) {
        if scroll == 0 {
            self.scroll.remove(letter);
        } else {
            self.scroll.insert(letter.to_string(), scroll);
        }
    }

    /// A letter's remembered scroll position (0 when none).
    pub fn scroll_of(&self, letter: &str) -> usize {
        self.scroll.get(letter).copied().unwrap_or(0)
    }

    /// Marks a letter as read (opened in the reader).
    pub fn mark_read(&mut self, letter: &str) {
        if !self.read.contains(letter) {
            self.read.insert(letter.to_string());
        }
    }

    /// Whether a letter has been opened.
    pub fn is_read(&self, letter: &str) -> bool {
        self.read.contains(letter)
    }

    /// How many letters of the corpus have not been opened.
    pub fn unread_count(&self, corpus: &Corpus) -> usize {
        corpus.letters.iter().filter(|l| !self.read.contains(&l.id)).count()
    }

    /// The bookmark on a letter.
    pub fn bookmark(&self, letter: &str) -> Option<&Bookmark> {
        self.bookmarks.iter().find(|b| b.letter == letter)
    }

    /// Bookmarks a letter with a note, added at `added` (see [`super::now_iso`]). A bookmark already on the letter
    /// gets the new note and keeps its place and date.
    pub fn add_bookmark(&mut self, letter: &str, note: &str, added: String) {
        match self.bookmarks.iter_mut().find(|b| b.letter == letter) {
            Some(b) => b.note = note.to_string(),
            None => self.bookmarks.push(Bookmark { letter: letter.to_string(), note: note.to_string(), added }),
        }
    }

    /// Removes the bookmark on a letter; whether there was one.
    pub fn remove_bookmark(&mut self, letter: &str) -> bool {
        let before = self.bookmarks.len();
        self.bookmarks.retain(|b| b.letter != letter);
        self.bookmarks.len() != before
    }

    /// `m`: bookmarks the letter without a note, or removes its bookmark. Returns whether it is now bookmarked.
    pub fn toggle_bookmark(&mut self, letter: &str, added: String) -> bool {
        if self.remove_bookmark(letter) {
            false
        } else {
            self.add_bookmark(letter, "", added);
            true
        }
    }

    /// Forgets what no longer applies to `corpus`: the last letter, when the corpus no longer has it. Read marks,
    /// positions and bookmarks of letters missing now are kept (a file moved away for a while must not cost the
    /// user their marks); the bookmarks overlay shows those as not in the corpus. Returns how many entries were
    /// dropped.
    pub fn prune(&mut self, corpus: &Corpus) -> usize {
        let gone = self.last_letter.as_deref().is_some_and(|id| corpus.find(id).is_none());
        if gone {
            self.last_letter = None;
            self.last_scroll = 0;
        }
        usize::from(gone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Letter;

    fn corpus(ids: &[&str]) -> Corpus {
        let mut c = Corpus::default();
        for id in ids {
            let mut l = Letter::new("f.txt", 1, "Heading".into(), "Stalin".into(), "Churchill".into());
            l.id = id.to_string();
            c.letters.push(l);
        }
        c
    }

    #[test]
    fn json_round_trip() {
        let mut s = ReadingState::default();
        s.set_position("a/1", 12, FocusPane::Reader);
        s.mark_read("a/1");
        s.add_bookmark("a/2", "Finland", "2025-01-01T00:00:00Z".into());
        let json = serde_json::to_string(&s).expect("json");
        assert!(json.contains(r#""focus":"reader""#), "{json}");
        let back: ReadingState = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, s);
        assert_eq!(back.scroll_of("a/1"), 12);
    }

    #[test]
    fn missing_fields_and_unknown_pane_read_leniently() {
        let s: ReadingState = serde_json::from_str(r#"{"focus":"sidebar","read":["x/1"],"future":true}"#).expect("ok");
        assert_eq!(s.focus, None);
        assert!(s.is_read("x/1"));
        assert_eq!(s.version, STATE_VERSION);
    }

    #[test]
    fn toggle_and_note_bookmarks() {
        let mut s = ReadingState::default();
        assert!(s.toggle_bookmark("a/1", "t1".into()));
        s.add_bookmark("a/1", "a note", "t2".into());
        assert_eq!(s.bookmarks.len(), 1);
        assert_eq!(s.bookmark("a/1").map(|b| (b.note.as_str(), b.added.as_str())), Some(("a note", "t1")));
        assert!(!s.toggle_bookmark("a/1", "t3".into()));
        assert!(s.bookmarks.is_empty());
    }

    #[test]
    fn prune_keeps_what_still_applies() {
        let mut s = ReadingState::default();
        s.set_position("gone/1", 5, FocusPane::List);
        s.set_scroll("kept/1", 3);
        s.mark_read("kept/1");
        s.mark_read("gone/2");
        s.add_bookmark("gone/1", "", "t".into());
        let c = corpus(&["kept/1", "kept/2"]);
        assert_eq!(s.start(&c), None, "the remembered letter is gone");
        s.set_position("kept/2", 8, FocusPane::Chain);
        assert_eq!(s.start(&c), Some((1, 8)));
        s.last_letter = Some("gone/1".into());
        assert_eq!(s.prune(&c), 1);
        assert_eq!(s.last_letter, None);
        assert_eq!(s.scroll_of("kept/1"), 3);
        assert!(s.is_read("kept/1") && s.is_read("gone/2"), "marks of letters missing now are kept");
        assert_eq!(s.bookmarks.len(), 1, "bookmarks survive");
        assert_eq!(s.unread_count(&c), 1);
        assert_eq!(s.focus, Some(FocusPane::Chain));
    }
}
