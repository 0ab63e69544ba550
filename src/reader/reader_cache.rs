//! The reading pane's caches: each letter laid out as a [`Doc`] once, and wrapped once per width into rows that
//! map back to their block and byte range. Drawing reads only the visible rows.

use super::doc::{BlockKind, Doc};
use crate::model::{Corpus, LetterIx};
use crate::text::wrap::wrap_each;
use std::collections::VecDeque;
use std::rc::Rc;

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The blank row before a block.
    Gap,
    /// A line of a block's text: bytes `start..end`, indented by `indent` cells.
    Text,
    /// A rule (the block's text is its label).
    Rule,
}

/// One row of a wrapped letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub block: u32,
    pub start: u32,
    pub end: u32,
    pub indent: u16,
}

/// A scroll position that survives re-wrapping: the row showing this block and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Anchor {
    pub block: u32,
    pub offset: u32,
    /// The blank row before the block.
    pub gap: bool,
}

/// Every this many text rows of a block, a [`Layout`] keeps where the row starts; the rows in between are wrapped
/// again when they are drawn or looked up. A 20 MB letter in a one-column pane has millions of rows: kept whole they
/// would take many times the letter's size.
const STEP: usize = 64;

/// The rows of one block.
#[derive(Debug, Clone)]
struct BlockRows {
    /// The block's first row (its gap row when it has one).
    first: usize,
    /// Its text (or rule) rows.
    count: usize,
    gap: bool,
    rule: bool,
    /// The indent of text rows after the first.
    hang: usize,
    /// Where text row `k * STEP` starts, for every k.
    marks: Vec<u32>,
}

impl BlockRows {
    fn text_first(&self) -> usize {
        self.first + usize::from(self.gap)
    }
}

/// A letter wrapped to a width: how many rows, and where each row's text is, found again on demand.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: usize,
    doc: Rc<Doc>,
    blocks: Vec<BlockRows>,
    len: usize,
}

impl Layout {
    /// Wraps every block of `doc` to `width` cells (keeping only every [`STEP`]th row's start).
    pub fn new(doc: Rc<Doc>, width: usize) -> Layout {
        let width = width.max(1);
        let mut blocks = Vec::with_capacity(doc.blocks.len());
        let mut len = 0;
        for block in &doc.blocks {
            let rule = block.kind == BlockKind::Rule;
            let hang = if block.hang * 2 < width { block.hang } else { 0 };
            let mut rows = BlockRows { first: len, count: 0, gap: block.gap, rule, hang, marks: Vec::new() };
            if rule {
                rows.count = 1;
            } else {
                wrap_each(&block.text, width, width - hang, |r| {
                    if rows.count % STEP == 0 {
                        rows.marks.push(r.start as u32);
                    }
                    rows.count += 1;
                    true
                });
            }
            len += usize::from(block.gap) + rows.count;
            blocks.push(rows);
        }
        Layout { width, doc, blocks, len }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The block holding row `row`.
    fn block_at(&self, row: usize) -> Option<usize> {
        let b = self.blocks.partition_point(|b| b.first <= row).checked_sub(1)?;
        (row < self.blocks[b].text_first() + self.blocks[b].count).then_some(b)
    }

    /// Calls `f` with text rows `from..` of block `b` (numbered within the block), wrapping from the nearest kept
    /// start; stops when `f` returns false.
    fn text_rows(&self, b: usize, from: usize, mut f: impl FnMut(usize, Row) -> bool) {
        let (rows, block) = (&self.blocks[b], &self.doc.blocks[b]);
        let b32 = b as u32;
        if rows.rule {
            if from == 0 {
                f(0, Row { kind: RowKind::Rule, block: b32, start: 0, end: block.text.len() as u32, indent: 0 });
            }
            return;
        }
        let chunk = (from / STEP).min(rows.marks.len().saturating_sub(1));
        let mark = rows.marks.get(chunk).copied().unwrap_or(0) as usize;
        let (first, rest) = (self.width, self.width - rows.hang);
        let text = block.text.get(mark..).unwrap_or("");
        let mut k = chunk * STEP;
        wrap_each(text, if chunk == 0 { first } else { rest }, rest, |r| {
            let indent = if k == 0 { 0 } else { rows.hang as u16 };
            let row = Row {
                kind: RowKind::Text,
                block: b32,
                start: (mark + r.start) as u32,
                end: (mark + r.end) as u32,
                indent,
            };
            let go_on = k < from || f(k, row);
            k += 1;
            go_on
        });
    }

    /// Row `row`, if there is one.
    pub fn row(&self, row: usize) -> Option<Row> {
        self.rows(row, 1).into_iter().next()
    }

    /// Rows `top..top + count` (fewer at the end), wrapped again from the nearest kept starts.
    pub fn rows(&self, top: usize, count: usize) -> Vec<Row> {
        let mut out = Vec::with_capacity(count.min(self.len.saturating_sub(top)));
        let Some(mut b) = self.block_at(top) else { return out };
        let mut at = top;
        while out.len() < count && b < self.blocks.len() {
            let rows = &self.blocks[b];
            if rows.gap && at == rows.first {
                out.push(Row { kind: RowKind::Gap, block: b as u32, start: 0, end: 0, indent: 0 });
                at += 1;
            }
            if out.len() < count {
                let from = at - rows.text_first();
                self.text_rows(b, from, |_, row| {
                    out.push(row);
                    at += 1;
                    out.len() < count
                });
            }
            b += 1;
        }
        out
    }

    /// The row showing byte `offset` of `block`.
    pub fn row_of(&self, block: usize, offset: usize) -> usize {
        let Some(rows) = self.blocks.get(block) else {
            return self.len.saturating_sub(1);
        };
        let chunk = rows.marks.partition_point(|&m| m as usize <= offset).saturating_sub(1);
        let mut found = chunk * STEP;
        self.text_rows(block, chunk * STEP, |k, row| {
            if row.start as usize <= offset || k == chunk * STEP {
                found = k;
                true
            } else {
                false
            }
        });
        rows.text_first() + found.min(rows.count.saturating_sub(1))
    }

    /// The first row of `block` (its gap row when it has one).
    pub fn first_row_of(&self, block: usize) -> usize {
        self.blocks.get(block).map(|r| r.first).unwrap_or(0)
    }

    /// The row an anchor points at.
    pub fn row_of_anchor(&self, a: Anchor) -> usize {
        let row = self.row_of(a.block as usize, a.offset as usize);
        if a.gap && row > 0 && self.row(row - 1).is_some_and(|r| r.kind == RowKind::Gap) { row - 1 } else { row }
    }

    /// The anchor of a row.
    pub fn anchor_of(&self, row: usize) -> Anchor {
        match self.row(row) {
            Some(r) => Anchor { block: r.block, offset: r.start, gap: r.kind == RowKind::Gap },
            None => Anchor::default(),
        }
    }

    /// The largest top row for a viewport of `height` rows.
    pub fn max_top(&self, height: usize) -> usize {
        self.len.saturating_sub(height.max(1))
    }
}

/// A letter's doc and its layout at the last width asked for.
struct Entry {
    letter: LetterIx,
    doc: Rc<Doc>,
    layout: Option<Rc<Layout>>,
}

/// The last few letters laid out, most recent first.
#[derive(Default)]
pub struct ReaderCache {
    entries: VecDeque<Entry>,
}

/// How many letters stay laid out.
const CAPACITY: usize = 16;

impl ReaderCache {
    /// Forgets everything (a new corpus).
    pub fn clear(&mut self) {
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
    pub fn doc(&mut self, corpus: &Corpus, letter: LetterIx) -> Rc<Doc> {
        Rc::clone(&self.entry(corpus, letter).doc)
    }

    /// The doc of a letter and its layout at `width`.
    pub fn get(&mut self, corpus: &Corpus, letter: LetterIx, width: usize) -> (Rc<Doc>, Rc<Layout>) {
        let e = self.entry(corpus, letter);
        let layout = match &e.layout {
            Some(l) if l.width == width.max(1) => Rc::clone(l),
            _ => {
                let l = Rc::new(Layout::new(Rc::clone(&e.doc), width));
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
        let row = wide.rows(0, wide.len()).iter().position(|r| r.kind == RowKind::Text && r.block == 15).expect("row");
        let anchor = wide.anchor_of(row);
        assert_eq!(wide.row_of_anchor(anchor), row);
        let (doc, narrow) = cache.get(&c, 0, 20);
        let r = narrow.row_of_anchor(anchor);
        assert_eq!(narrow.row(r).map(|r| r.block), Some(15), "the same paragraph at the top after a resize");
        assert!(doc.blocks[15].text.starts_with("Paragraph 11"));
        assert!(narrow.len() > wide.len());
    }

    #[test]
    fn rows_wrapped_again_on_demand_are_the_rows_of_a_full_wrap() {
        let mut l = Letter::new("t.txt", 1, "A to B".into(), "A".into(), "B".into());
        let long: String = (0..900).map(|i| format!("w{i} ")).collect();
        l.paragraphs = vec!["1. short".into(), long, "end".into()];
        let c = Corpus { letters: vec![l], ..Corpus::default() };
        for width in [1, 3, 7, 40] {
            let (doc, layout) = ReaderCache::default().get(&c, 0, width);
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
            for (i, r) in all.iter().enumerate() {
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
        let (_, l) = ReaderCache::default().get(&c, 0, 80);
        let gap = l.rows(0, l.len()).iter().position(|r| r.kind == RowKind::Gap).expect("gap");
        assert_eq!(l.row_of_anchor(l.anchor_of(gap)), gap);
        assert_eq!(l.max_top(10), l.len() - 10);
    }
}
