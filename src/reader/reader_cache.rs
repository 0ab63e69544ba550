//! The reading pane's caches: each letter laid out as a [`Doc`] once, and wrapped once per width into rows that
//! map back to their block and byte range. Drawing reads only the visible rows.

use crate::model::{Corpus, LetterIx};
use crate::presentation::doc::Doc;
use crate::presentation::layout::Layout;
use std::collections::VecDeque;
use std::rc::Rc;

/// A letter's doc and its layout at the last width asked for.
struct Entry {
    letter: LetterIx,
    doc: Rc<Doc>,
    layout: Option<Rc<Layout>>,
}

/// The last few letters laid out, most recent first.
#[derive(Default)]
pub(crate) struct ReaderCache {
    entries: VecDeque<Entry>,
}

/// How many letters stay laid out.
const CAPACITY: usize = 16;

impl ReaderCache {
    /// Forgets everything (a new corpus).
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
    }

    fn entry(&mut self, corpus: &Corpus, letter: LetterIx) -> &mut Entry {
        if let Some(pos) = self.entries.iter().position(|e| e.letter == letter) {
            if pos != 0
                && let Some(e) = self.entries.remove(pos)
            {
                self.entries.push_front(e);
            }
        } else {
            self.entries.push_front(Entry { letter, doc: Rc::new(Doc::build(corpus, letter)), layout: None });
            self.entries.truncate(CAPACITY);
        }
        &mut self.entries[0]
    }

    /// The doc of a letter.
    pub(crate) fn doc(&mut self, corpus: &Corpus, letter: LetterIx) -> Rc<Doc> {
        Rc::clone(&self.entry(corpus, letter).doc)
    }

    /// The doc of a letter and its layout at `width`.
    #[cfg(test)]
    pub(crate) fn get(&mut self, corpus: &Corpus, letter: LetterIx, width: usize) -> (Rc<Doc>, Rc<Layout>) {
        self.get_with(corpus, letter, width, false)
    }

    /// The doc of a letter and its layout at `width`, header lines cut to one row when `collapsed`.
    pub(crate) fn get_with(
        &mut self,
        corpus: &Corpus,
        letter: LetterIx,
        width: usize,
        collapsed: bool,
    ) -> (Rc<Doc>, Rc<Layout>) {
        let e = self.entry(corpus, letter);
        let layout = match &e.layout {
            Some(l) if l.width == width.max(1) && l.collapsed == collapsed => Rc::clone(l),
            _ => {
                let l = Rc::new(Layout::with_headers(&e.doc, width, collapsed));
                e.layout = Some(Rc::clone(&l));
                l
            }
        };
        (Rc::clone(&e.doc), layout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Letter;
    use crate::presentation::layout::RowKind;

    fn corpus() -> Corpus {
        let mut l = Letter::new("t.txt", 1, "A to B".into(), "A".into(), "B".into());
        l.paragraphs = (0..20).map(|i| format!("Paragraph {i} has a few words that wrap on narrow panes.")).collect();
        Corpus { letters: vec![l], ..Corpus::default() }
    }

    #[test]
    fn anchors_survive_rewrapping() {
        let mut cache = ReaderCache::default();
        let c = corpus();
        let (_, wide) = cache.get(&c, 0, 80);
        let row = wide.rows.iter().position(|r| r.kind == RowKind::Text && r.block == 15).expect("row");
        let anchor = wide.anchor_of(row);
        assert_eq!(wide.row_of_anchor(anchor), row);
        let (doc, narrow) = cache.get(&c, 0, 20);
        let r = narrow.row_of_anchor(anchor);
        assert_eq!(narrow.rows[r].block, 15, "the same paragraph at the top after a resize");
        assert!(doc.blocks[15].text.starts_with("Paragraph 11"));
        assert!(narrow.len() > wide.len());
    }

    #[test]
    fn gap_rows_are_anchors_of_their_own() {
        let c = corpus();
        let (_, l) = ReaderCache::default().get(&c, 0, 80);
        let gap = l.rows.iter().position(|r| r.kind == RowKind::Gap).expect("gap");
        assert_eq!(l.row_of_anchor(l.anchor_of(gap)), gap);
        assert_eq!(l.max_top(10), l.len() - 10);
    }
}
