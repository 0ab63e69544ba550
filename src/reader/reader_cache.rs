//! The reading pane's caches: each letter laid out as a [`Doc`] once, and wrapped once per width into rows that
//! map back to their block and byte range. Drawing reads only the visible rows.

use super::doc::{BlockKind, Doc};
use crate::model::{Corpus, LetterIx};
use crate::text::wrap::wrap;
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

/// A letter wrapped to a width.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: usize,
    pub rows: Vec<Row>,
    /// For each block, its first text row and its number of text rows.
    block_rows: Vec<(u32, u32)>,
}

impl Layout {
    /// Wraps every block of `doc` to `width` cells.
    pub fn new(doc: &Doc, width: usize) -> Layout {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut block_rows = Vec::with_capacity(doc.blocks.len());
        for (b, block) in doc.blocks.iter().enumerate() {
            let b32 = b as u32;
            if block.gap {
                rows.push(Row { kind: RowKind::Gap, block: b32, start: 0, end: 0, indent: 0 });
            }
            let first = rows.len() as u32;
            if block.kind == BlockKind::Rule {
                rows.push(Row { kind: RowKind::Rule, block: b32, start: 0, end: block.text.len() as u32, indent: 0 });
            } else {
                let hang = if block.hang * 2 < width { block.hang } else { 0 };
                for (i, r) in wrap(&block.text, width, width - hang).into_iter().enumerate() {
                    let indent = if i == 0 { 0 } else { hang as u16 };
                    rows.push(Row {
                        kind: RowKind::Text,
                        block: b32,
                        start: r.start as u32,
                        end: r.end as u32,
                        indent,
                    });
                }
            }
            block_rows.push((first, rows.len() as u32 - first));
        }
        Layout { width, rows, block_rows }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row showing byte `offset` of `block`.
    pub fn row_of(&self, block: usize, offset: usize) -> usize {
        let Some(&(first, count)) = self.block_rows.get(block) else {
            return self.rows.len().saturating_sub(1);
        };
        let rows = &self.rows[first as usize..(first + count) as usize];
        let n = rows.partition_point(|r| r.start as usize <= offset);
        first as usize + n.saturating_sub(1)
    }

    /// The first row of `block` (its gap row when `gap`).
    pub fn first_row_of(&self, block: usize) -> usize {
        self.block_rows.get(block).map(|r| r.0 as usize).unwrap_or(0)
    }

    /// The row an anchor points at.
    pub fn row_of_anchor(&self, a: Anchor) -> usize {
        let row = self.row_of(a.block as usize, a.offset as usize);
        if a.gap && row > 0 && self.rows.get(row - 1).is_some_and(|r| r.kind == RowKind::Gap) { row - 1 } else { row }
    }

    /// The anchor of a row.
    pub fn anchor_of(&self, row: usize) -> Anchor {
        match self.rows.get(row) {
            Some(r) => Anchor { block: r.block, offset: r.start, gap: r.kind == RowKind::Gap },
            None => Anchor::default(),
        }
    }

    /// The largest top row for a viewport of `height` rows.
    pub fn max_top(&self, height: usize) -> usize {
        self.rows.len().saturating_sub(height.max(1))
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
                let l = Rc::new(Layout::new(&e.doc, width));
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
