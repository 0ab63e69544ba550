//! The reply chain: its cursor and scroll, and the trees of the threads seen last.

use crate::model::Corpus;
use crate::presentation::tree::Tree;
use crate::reader::state::ListState;
use std::collections::VecDeque;
use std::rc::Rc;

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

    /// Forgets the trees (a new corpus).
    pub(crate) fn clear(&mut self) {
        self.trees.clear();
    }

    /// Moves the cursor by `delta` rows of `rows`, in a view of `height`.
    pub(crate) fn move_by(&mut self, delta: isize, rows: usize, height: usize) {
        if rows == 0 {
            return;
        }
        self.state.selected = self.state.selected.saturating_add_signed(delta).min(rows - 1);
        self.state.keep_visible(height);
    }

    /// Puts the cursor on `row` of `rows`, in a view of `height`.
    pub(crate) fn follow(&mut self, row: usize, rows: usize, height: usize) {
        self.state.selected = row;
        self.state.clamp(rows, height);
        self.state.keep_visible(height);
    }

    /// The mouse wheel: scrolls by `delta` rows of `rows` in a view of `height`, the cursor where it is.
    pub(crate) fn wheel(&mut self, delta: isize, rows: usize, height: usize) {
        let max = rows.saturating_sub(height);
        self.state.top = self.state.top.saturating_add_signed(delta).min(max);
    }
}
