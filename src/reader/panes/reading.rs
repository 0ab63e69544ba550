//! The reading pane: where the reader is in each letter visited, the letters laid out, the search highlights.

use crate::model::{Corpus, LetterIx};
use crate::presentation::doc::Doc;
use crate::presentation::layout::{Headers, Layout};
use crate::reader::prepared::Highlight;
use crate::reader::reader_cache::ReaderCache;
use crate::reader::search::Search;
use crate::reader::state::ReaderPos;
use std::collections::HashMap;
use std::rc::Rc;

/// The reading pane: where the reader is in each letter visited, the letters laid out, the search highlights.
#[derive(Default)]
pub struct ReaderPane {
    /// Scroll and selected link of each letter visited.
    pub(crate) positions: HashMap<LetterIx, ReaderPos>,
    pub(crate) cache: ReaderCache,
    /// Highlights of the current letter under the search in force: (letter, highlights).
    highlights: Option<(LetterIx, Rc<Vec<Highlight>>)>,
    /// The footnote block just jumped to, highlighted until the next key: (letter, block).
    pub(crate) flash: Option<(LetterIx, u32)>,
    /// Header blocks asked for in full (true) or cut to a row each (false) with `H`; until then, cut on a low pane.
    pub(crate) headers_full: Option<bool>,
}

impl ReaderPane {
    /// Forgets every place and layout (a new corpus).
    pub(crate) fn clear(&mut self) {
        self.positions.clear();
        self.highlights = None;
        self.cache.clear();
    }

    /// The scroll and link of a letter (the top and nothing, the first time).
    pub(crate) fn pos(&self, letter: LetterIx) -> ReaderPos {
        self.positions.get(&letter).copied().unwrap_or_default()
    }

    /// A letter's doc and its layout at `width`, its header blocks in full or cut.
    pub(crate) fn layout(
        &mut self,
        corpus: &Corpus,
        letter: LetterIx,
        width: usize,
        headers: Headers,
    ) -> (Rc<Doc>, Rc<Layout>) {
        self.cache.get(corpus, letter, width, headers)
    }

    /// The top row shown for `letter` in a view of `height` rows, kept inside the letter.
    pub(crate) fn top(&self, layout: &Layout, letter: LetterIx, height: usize) -> usize {
        layout.row_of_anchor(self.pos(letter).anchor).min(layout.max_top(height))
    }

    /// Scrolls `letter` so that row `top` is at the top of a view of `height` rows (kept inside the letter).
    pub(crate) fn set_top(&mut self, letter: LetterIx, layout: &Layout, top: usize, height: usize) {
        let top = top.min(layout.max_top(height));
        self.positions.entry(letter).or_default().anchor = layout.anchor_of(top);
    }

    /// Scrolls `letter` by `delta` rows.
    pub(crate) fn scroll(&mut self, letter: LetterIx, layout: &Layout, delta: isize, height: usize) {
        let top = self.top(layout, letter, height);
        self.set_top(letter, layout, top.saturating_add_signed(delta), height);
    }

    /// Selects link `link` of `letter`, or none.
    pub(crate) fn set_link(&mut self, letter: LetterIx, link: Option<usize>) {
        if link.is_none() && !self.positions.contains_key(&letter) {
            return;
        }
        self.positions.entry(letter).or_default().link = link;
    }

    /// f / F: selects the next or previous link of `letter` in a view of `height` rows, counted from the selected
    /// one if it is in view, else from the top of the view, and scrolls to it. The message when there is none.
    pub(crate) fn select_link(
        &mut self,
        letter: LetterIx,
        (doc, layout): (&Doc, &Layout),
        height: usize,
        next: bool,
    ) -> Result<(), &'static str> {
        let n = doc.links.len();
        if n == 0 {
            return Err("no links in this letter");
        }
        let (h, top) = (height, self.top(layout, letter, height));
        let row = |i: usize| layout.row_of(doc.links[i].block, doc.links[i].start);
        let visible = |i: usize| (top..top + h).contains(&row(i));
        let selected = self.pos(letter).link.filter(|&l| l < n && visible(l));
        let target = match (selected, next) {
            (Some(l), true) => (l + 1 < n).then_some(l + 1),
            (Some(l), false) => l.checked_sub(1),
            (None, true) => (0..n).find(|&i| row(i) >= top),
            (None, false) => (0..n).rev().find(|&i| row(i) < top + h),
        };
        let Some(t) = target else { return Err(if next { "no further link" } else { "no earlier link" }) };
        let r = row(t);
        let new_top = if r < top {
            r
        } else if r >= top + h {
            r + 1 - h
        } else {
            top
        };
        self.set_top(letter, layout, new_top, height);
        self.positions.entry(letter).or_default().link = Some(t);
        Ok(())
    }

    /// Scrolls `letter` so that match `at` (block, start) of a view of `height` rows is in view, two rows below
    /// the top when it was not.
    pub(crate) fn reveal(&mut self, letter: LetterIx, layout: &Layout, at: (usize, usize), height: usize) {
        let row = layout.row_of(at.0, at.1);
        let top = self.top(layout, letter, height);
        if row < top || row >= top + height {
            self.set_top(letter, layout, row.saturating_sub(2.min(height / 3)), height);
        }
    }

    /// The search forgot: the highlights are located again.
    pub(crate) fn forget_highlights(&mut self) {
        self.highlights = None;
    }

    /// The highlights of `search`'s matches in `letter`, located in its blocks (cached until the search changes).
    pub(crate) fn highlights(
        &mut self,
        corpus: &Corpus,
        search: Option<&Search>,
        order_pos: &[usize],
        letter: LetterIx,
    ) -> Rc<Vec<Highlight>> {
        if let Some((l, h)) = &self.highlights
            && *l == letter
        {
            return Rc::clone(h);
        }
        let mut out = Vec::new();
        if let Some(search) = search {
            let range = search.in_letter(letter, order_pos);
            if !range.is_empty() {
                let doc = self.cache.doc(corpus, letter);
                for i in range {
                    let m = search.matches[i];
                    if let Some((block, start, end)) = doc.locate(m.part, m.start, m.end) {
                        out.push(Highlight { block, start, end, index: i });
                    }
                }
            }
        }
        let h = Rc::new(out);
        self.highlights = Some((letter, Rc::clone(&h)));
        h
    }
}
