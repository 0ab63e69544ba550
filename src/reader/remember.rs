//! The reading state in the app: applying the remembered state when the corpus arrives, read marks, bookmarks,
//! and the state to save on quit. Scroll positions are stored as rows at the reading pane's width and kept in
//! the app as anchors in the text (so a resize keeps the place).

use super::app::App;
use super::read_marks::ReadMarks;
use super::state::{Overlay, Pane, PromptKind};
use crate::model::LetterIx;
use crate::state::{FocusPane, ReadingState, now_iso};
use std::collections::HashMap;

/// The app's pane for a remembered one.
pub(crate) fn pane_of(focus: FocusPane) -> Pane {
    match focus {
        FocusPane::List => Pane::List,
        FocusPane::Reader => Pane::Reader,
        FocusPane::Chain => Pane::Chain,
    }
}

/// The remembered pane for one of the app's.
pub(crate) fn focus_of(pane: Pane) -> FocusPane {
    match pane {
        Pane::List => FocusPane::List,
        Pane::Reader => FocusPane::Reader,
        Pane::Chain => FocusPane::Chain,
    }
}

impl App {
    /// Applies [`App::state`] to the corpus just set: forgets what no longer applies, marks the letters read, puts
    /// back every letter's scroll, and returns to the last letter and pane.
    pub(crate) fn restore_state(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        self.state.prune(corpus);
        let n = corpus.letters.len();
        let ids: HashMap<&str, LetterIx> = corpus.letters.iter().enumerate().map(|(i, l)| (l.id.as_str(), i)).collect();
        self.marks = ReadMarks::new(n, self.state.read.iter().filter_map(|id| ids.get(id.as_str()).copied()));
        if let Some(p) = self.state.list_percent {
            self.config.layout.list_percent = p;
        }
        let scrolls: Vec<(LetterIx, usize)> =
            self.state.scroll.iter().filter_map(|(id, &rows)| Some((*ids.get(id.as_str())?, rows))).collect();
        let start = self.state.last_letter.as_deref().and_then(|id| ids.get(id).copied());
        for (ix, rows) in scrolls {
            self.set_scroll_rows(ix, rows);
        }
        if let Some(ix) = start {
            self.current = Some(ix);
            self.set_scroll_rows(ix, self.state.last_scroll);
            if let Some(f) = self.state.focus {
                self.focus = pane_of(f);
            }
            self.sync_chain();
        }
    }

    /// Scrolls a letter so that row `rows` (at the reading pane's width) is at the top.
    fn set_scroll_rows(&mut self, letter: LetterIx, rows: usize) {
        if rows == 0 {
            return;
        }
        let Some((_, layout)) = self.layout_of(letter) else { return };
        let h = self.reader_view().1;
        self.reader_pane.set_top(letter, &layout, rows, h);
    }

    /// The first row of a letter shown, at the reading pane's width.
    fn scroll_rows(&mut self, letter: LetterIx) -> usize {
        if self.pos(letter).anchor == Default::default() {
            return 0;
        }
        match self.layout_of(letter) {
            Some((_, layout)) => self.reader_top(&layout, letter),
            None => 0,
        }
    }

    /// The state to save: the remembered one with where the reader is now (letter, scroll, pane) and the scroll of
    /// every letter visited. `None` while the corpus is not loaded (nothing must be saved then).
    pub fn snapshot_state(&mut self) -> Option<ReadingState> {
        self.corpus.as_ref()?;
        let mut state = self.state.clone();
        let mut visited: Vec<LetterIx> = self.reader_pane.positions.keys().copied().collect();
        visited.sort_unstable();
        for ix in visited {
            let rows = self.scroll_rows(ix);
            if let Some(id) = self.letter_id(ix) {
                state.set_scroll(&id, rows);
            }
        }
        if let Some(cur) = self.current
            && let Some(id) = self.letter_id(cur)
        {
            let rows = self.scroll_rows(cur);
            state.set_position(&id, rows, focus_of(self.focus));
        }
        Some(state)
    }

    fn letter_id(&self, ix: LetterIx) -> Option<String> {
        self.corpus.as_ref()?.letters.get(ix).map(|l| l.id.clone())
    }

    /// Marks the current letter read once it is open: shown with the reading pane or the chain focused.
    pub(crate) fn note_read(&mut self) {
        let Some(cur) = self.current.filter(|_| self.focus != Pane::List) else { return };
        if !self.marks.mark(cur) {
            return;
        }
        if let Some(id) = self.letter_id(cur) {
            self.state.mark_read(&id);
        }
    }

    /// `m`: bookmarks the current letter, or removes its bookmark.
    pub(crate) fn toggle_bookmark(&mut self) {
        let Some(id) = self.current.and_then(|c| self.letter_id(c)) else { return };
        let on = self.state.toggle_bookmark(&id, now_iso());
        self.status.say(if on { "bookmarked" } else { "bookmark removed" });
    }

    /// `M`: asks for the note of a bookmark on the current letter (its note so far when it has one).
    pub(crate) fn open_note_prompt(&mut self) {
        let Some(id) = self.current.and_then(|c| self.letter_id(c)) else { return };
        let input = self.state.bookmark(&id).map(|b| b.note.clone()).unwrap_or_default();
        self.prompt.ask(PromptKind::BookmarkNote, input, None);
    }

    /// Enter at the note prompt.
    pub(crate) fn add_bookmark_note(&mut self, note: &str) {
        let Some(id) = self.current.and_then(|c| self.letter_id(c)) else { return };
        self.state.add_bookmark(&id, note, now_iso());
        self.status.say("bookmarked with a note");
    }

    /// Enter in the bookmarks overlay: opens the bookmarked letter.
    pub(crate) fn jump_to_bookmark(&mut self, selected: usize) {
        let Some(b) = self.state.bookmarks.get(selected) else { return };
        let found = self.corpus.as_ref().and_then(|c| c.find(&b.letter));
        match found {
            Some(ix) => {
                self.overlay = None;
                self.jump_to_letter(ix, Pane::Reader);
            }
            None => self.status.say(format!("{} is not in this corpus", b.letter)),
        }
    }

    /// `d` in the bookmarks overlay: deletes the bookmark under the cursor.
    pub(crate) fn delete_selected_bookmark(&mut self) {
        let Some(Overlay::Bookmarks { selected }) = self.overlay else { return };
        if selected >= self.state.bookmarks.len() {
            return;
        }
        let b = self.state.bookmarks.remove(selected);
        let selected = selected.min(self.state.bookmarks.len().saturating_sub(1));
        self.overlay = Some(Overlay::Bookmarks { selected });
        self.status.say(format!("bookmark on {} deleted", b.letter));
    }
}
