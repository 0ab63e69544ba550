//! The reading pane's caches: each letter laid out as a [`Doc`] once, and wrapped once per width into rows that
//! map back to their block and byte range. Drawing reads only the visible rows.

use crate::model::{Corpus, LetterIx};
use crate::presentation::doc::Doc;
use crate::presentation::layout::{Headers, Layout};
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

    /// The doc of a letter and its layout at `width`, its header blocks laid out as `headers` says.
    pub(crate) fn get(
        &mut self,
        corpus: &Corpus,
        letter: LetterIx,
        width: usize,
        headers: Headers,
    ) -> (Rc<Doc>, Rc<Layout>) {
        let e = self.entry(corpus, letter);
        let layout = match &e.layout {
            Some(l) if l.width == width.max(1) && l.headers == headers => Rc::clone(l),
            _ => {
                let l = Rc::new(Layout::with_headers(Rc::clone(&e.doc), width, headers));
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
        let (_, wide) = cache.get(&c, 0, 80, Headers::Full);
        let row = wide.rows(0, wide.len()).iter().position(|r| r.kind == RowKind::Text && r.block == 15).expect("row");
        let anchor = wide.anchor_of(row);
        assert_eq!(wide.row_of_anchor(anchor), row);
        let (doc, narrow) = cache.get(&c, 0, 20, Headers::Full);
        let r = narrow.row_of_anchor(anchor);
        assert_eq!(narrow.row(r).map(|r| r.block), Some(15), "the same paragraph at the top after a resize");
        assert!(doc.blocks[15].text.starts_with("Paragraph 11"));
        assert!(narrow.len() > wide.len());
    }

    #[test]
    fn rows_wrapped_again_on_demand_are_the_rows_of_a_full_wrap() {
        let mut l = Letter::new("t.txt", 1, "A to B".into(), "A".into(), "B".into());
        let long: String = (0..900).map(|i| format!("w{i} ")).collect();
        l.paragraphs = vec!["1. short".into(), long, "end".into()].into();
        let c = Corpus { letters: vec![l], ..Corpus::default() };
        for width in [1, 3, 7, 40] {
            let (doc, layout) = ReaderCache::default().get(&c, 0, width, Headers::Full);
            let all = layout.rows(0, layout.len());
            assert_eq!(all.len(), layout.len(), "width {width}");
            let b = (0..doc.blocks.len()).max_by_key(|&b| doc.blocks[b].text.len()).expect("blocks");
            assert!(doc.blocks[b].text.starts_with("w0 w1"), "{:?}", &doc.blocks[b].text[..20]);
            let hang = if doc.blocks[b].hang * 2 < width { doc.blocks[b].hang } else { 0 };
            let want = crate::text::wrap::wrap(&doc.blocks[b].text, width, width - hang);
            let got: Vec<_> = all.iter().filter(|r| r.block as usize == b && r.kind == RowKind::Text).collect();
            assert_eq!(got.len(), want.len(), "width {width}");
            for (g, w) in got.iter().zip(&want) {
                assert_eq!((g.start as usize, g.end as usize), (w.start, w.end), "width {width}");
            }
            // Rows at and around every kept start, and a sample of the others.
            for (i, r) in all.iter().enumerate().filter(|(i, _)| matches!(i % 64, 0 | 1 | 62 | 63) || i % 13 == 0) {
                assert_eq!(layout.row(i).as_ref(), Some(r), "row {i} at width {width}");
                if r.kind == RowKind::Text {
                    assert_eq!(layout.row_of(r.block as usize, r.start as usize), i, "row_of {i} at width {width}");
                }
                assert_eq!(layout.row_of_anchor(layout.anchor_of(i)), i, "anchor of {i} at width {width}");
            }
        }
    }

    #[test]
    fn gap_rows_are_anchors_of_their_own() {
        let c = corpus();
        let (_, l) = ReaderCache::default().get(&c, 0, 80, Headers::Full);
        let gap = l.rows(0, l.len()).iter().position(|r| r.kind == RowKind::Gap).expect("gap");
        assert_eq!(l.row_of_anchor(l.anchor_of(gap)), gap);
        assert_eq!(l.max_top(10), l.len() - 10);
    }

    #[test]
    fn a_cut_header_is_one_row_and_its_offsets_find_that_row() {
        let mut l = Letter::new("t.txt", 1, "A to B".into(), "A".into(), "B".into());
        l.source = Some("word ".repeat(200_000));
        l.paragraphs = vec!["Body text."].into();
        let c = Corpus { letters: vec![l], ..Corpus::default() };
        let mut cache = ReaderCache::default();
        let (doc, full) = cache.get(&c, 0, 40, Headers::Full);
        let (_, cut) = cache.get(&c, 0, 40, Headers::Cut { except: None });
        let source = (0..doc.body).find(|&b| doc.blocks[b].text.starts_with("Source: ")).expect("source block");
        assert!(cut.is_cut(source) && !full.is_cut(source));
        assert_eq!(
            full.len() - cut.len(),
            full.rows(0, full.len()).iter().filter(|r| r.block as usize == source).count() - 1
        );
        let row = cut.row_of(source, 500_000);
        let shown = cut.row(row).expect("the cut row");
        assert_eq!((shown.block as usize, shown.start), (source, 0), "an offset cut away finds the row shown");
        assert!(shown.end < 40, "one cell left for the ellipsis: {shown:?}");
        assert!(crate::presentation::layout::row_text(&doc, &cut, &shown).ends_with("word…"));
        let rows = cut.rows(0, cut.len());
        assert_eq!(rows.len(), cut.len());
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(cut.row(i).as_ref(), Some(r), "row {i}");
            assert_eq!(cut.row_of_anchor(cut.anchor_of(i)), i, "anchor of {i}");
        }
        let (_, open) = cache.get(&c, 0, 40, Headers::Cut { except: Some(source) });
        assert!(!open.is_cut(source) && open.len() == full.len(), "the block of the search match in full");
    }
}
