//! The panes as components, each owning its state: the letter list, the reading pane, the reply chain and the
//! status line. The app routes actions to them; the update step and drawing read them.

use super::prepared::Highlight;
use super::reader_cache::ReaderCache;
use super::state::{ListState, ReaderPos};
use crate::model::filter::Filter;
use crate::model::{Corpus, LetterIx};
use crate::presentation::tree::Tree;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// The letter list: its rows, its cursor and scroll, and what it is filtered by.
#[derive(Debug, Clone, Default)]
pub struct ListPane {
    /// The letters listed, in reading order.
    pub rows: Vec<LetterIx>,
    /// For each letter, its row (`usize::MAX` when not listed).
    pub row_of: Vec<usize>,
    pub(crate) state: ListState,
    /// The filter (correspondents, year).
    pub(crate) filter: Filter,
    /// Unread letters only.
    pub(crate) unread_only: bool,
    /// Undated letters only (the year menu's last entry).
    pub(crate) undated: bool,
    /// The order of the rows.
    pub(crate) sort: crate::model::order::SortOrder,
}

impl ListPane {
    /// Puts the cursor on `row` (kept in the list) and in a view of `height` rows; the letter there.
    pub(crate) fn select(&mut self, row: usize, height: usize) -> Option<LetterIx> {
        let row = row.min(self.rows.len().checked_sub(1)?);
        self.state.selected = row;
        self.state.keep_visible(height);
        self.rows.get(row).copied()
    }
}

/// The reading pane: where the reader is in each letter visited, the letters laid out, the search highlights.
#[derive(Default)]
pub struct ReaderPane {
    /// Scroll and selected link of each letter visited.
    pub(crate) positions: HashMap<LetterIx, ReaderPos>,
    pub(crate) cache: ReaderCache,
    /// Highlights of the current letter: (letter, search generation, highlights).
    pub(crate) highlights: Option<(LetterIx, u64, Rc<Vec<Highlight>>)>,
    /// The footnote block just jumped to, highlighted until the next key: (letter, block).
    pub(crate) flash: Option<(LetterIx, u32)>,
    /// Header blocks asked for in full (true) or cut to a row each (false) with `H`; until then, cut on a low pane.
    pub(crate) headers_full: Option<bool>,
}

/// The reply chain: its cursor and scroll, and the trees of the threads seen last, most recent first.
#[derive(Debug, Clone, Default)]
pub struct ChainPane {
    pub(crate) state: ListState,
    pub(crate) trees: VecDeque<Rc<Tree>>,
}

/// Reply trees kept built: moving between letters of a few threads never rebuilds one.
const TREES_KEPT: usize = 8;

impl ChainPane {
    /// The tree of `thread` with indentation capped at `cap`, built unless one of the last few is it.
    pub(crate) fn tree(&mut self, corpus: &Corpus, thread: usize, cap: usize) -> Rc<Tree> {
        if let Some(i) = self.trees.iter().position(|t| t.thread == thread && t.cap == cap) {
            if i > 0
                && let Some(t) = self.trees.remove(i)
            {
                self.trees.push_front(t);
            }
        } else {
            self.trees.push_front(Rc::new(Tree::build(corpus, thread, cap)));
            self.trees.truncate(TREES_KEPT);
        }
        Rc::clone(&self.trees[0])
    }
}

/// The status line's words: a message until the next key, notices until dismissed.
#[derive(Debug, Clone, Default)]
pub struct StatusLine {
    /// A message, until the next key.
    pub(crate) message: Option<String>,
    /// Problems shown until dismissed with Esc (a bad config, a corrupt state file).
    pub(crate) notices: Vec<String>,
}
