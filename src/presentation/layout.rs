//! A laid-out letter wrapped to a width: rows that map back to their block and byte range. The one wrapping of a
//! letter: the reading pane paints these rows, `letters show` prints them, so both break every line alike. Only
//! every 64th row's start is kept; the rows between are wrapped again when asked for, so a long letter in a narrow
//! pane costs memory in proportion to its text, not a row per character.

use super::doc::{BlockKind, Doc};
use crate::text::wrap::wrap_each;
use std::ops::Range;
use std::rc::Rc;

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// The blank row before a block.
    Gap,
    /// A line of a block's text: bytes `start..end`, indented by `indent` cells.
    Text,
    /// A rule (the block's text is its label).
    Rule,
}

/// One row of a wrapped letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) kind: RowKind,
    pub(crate) block: u32,
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) indent: u16,
}

/// A scroll position that survives re-wrapping: the row showing this block and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Anchor {
    pub(crate) block: u32,
    pub(crate) offset: u32,
    /// The blank row before the block.
    pub(crate) gap: bool,
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
    /// A header block cut to its first row, which is wrapped one cell narrower to leave room for an ellipsis.
    cut: bool,
}

impl BlockRows {
    fn text_first(&self) -> usize {
        self.first + usize::from(self.gap)
    }
}

/// A letter wrapped to a width: how many rows, and where each row's text is, found again on demand.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub(crate) width: usize,
    doc: Rc<Doc>,
    blocks: Vec<BlockRows>,
    len: usize,
    /// How the header blocks are laid out: in full, or cut to a row each.
    pub(crate) headers: Headers,
}

/// How the header blocks (the heading and the lines under it) are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Headers {
    /// Every row of them.
    #[default]
    Full,
    /// One row each, but for the block `except` (the one holding the current search match).
    Cut { except: Option<usize> },
}

impl Headers {
    fn cuts(self, block: usize) -> bool {
        matches!(self, Headers::Cut { except } if except != Some(block))
    }
}

impl Layout {
    /// Wraps every block of `doc` to `width` cells (keeping only every [`STEP`]th row's start).
    pub(crate) fn new(doc: Rc<Doc>, width: usize) -> Layout {
        Layout::with_headers(doc, width, Headers::Full)
    }

    /// Wraps every block of `doc` to `width` cells; with [`Headers::Cut`], each header block (the heading and the
    /// lines under it) that would take more than a row shows only its first row, marked as cut.
    pub(crate) fn with_headers(doc: Rc<Doc>, width: usize, headers: Headers) -> Layout {
        let width = width.max(1);
        let mut blocks = Vec::with_capacity(doc.blocks.len());
        let mut len = 0;
        for (b, block) in doc.blocks.iter().enumerate() {
            let rule = block.kind == BlockKind::Rule;
            let hang = if block.hang * 2 < width { block.hang } else { 0 };
            let mut rows =
                BlockRows { first: len, count: 0, gap: block.gap, rule, hang, marks: Vec::new(), cut: false };
            if rule {
                rows.count = 1;
            } else if b < doc.body && headers.cuts(b) && width > 1 && rows_past_one(block, width, hang) {
                rows.cut = true;
                rows.count = 1;
                rows.marks.push(0);
            } else {
                wrap_lines(&block.text, &block.breaks, 0, width, width - hang, |r| {
                    if rows.count.is_multiple_of(STEP) {
                        rows.marks.push(r.start as u32);
                    }
                    rows.count += 1;
                    true
                });
            }
            len += usize::from(block.gap) + rows.count;
            blocks.push(rows);
        }
        Layout { width, doc, blocks, len, headers }
    }

    /// Whether block `b` is a header block cut to its first row (drawn with [`CUT_SIGN`] after it).
    pub(crate) fn is_cut(&self, b: usize) -> bool {
        self.blocks.get(b).is_some_and(|r| r.cut)
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.len
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
        let first = if rows.cut { self.width - 1 } else { self.width };
        let rest = self.width - rows.hang;
        let mut k = chunk * STEP;
        wrap_lines(&block.text, &block.breaks, mark, if chunk == 0 { first } else { rest }, rest, |r| {
            let indent = if k == 0 { 0 } else { rows.hang as u16 };
            let row = Row { kind: RowKind::Text, block: b32, start: r.start as u32, end: r.end as u32, indent };
            let go_on = k < from || f(k, row);
            k += 1;
            go_on && k < rows.count
        });
    }

    /// Row `row`, if there is one.
    pub(crate) fn row(&self, row: usize) -> Option<Row> {
        self.rows(row, 1).into_iter().next()
    }

    /// Rows `top..top + count` (fewer at the end), wrapped again from the nearest kept starts.
    pub(crate) fn rows(&self, top: usize, count: usize) -> Vec<Row> {
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
    pub(crate) fn row_of(&self, block: usize, offset: usize) -> usize {
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
    pub(crate) fn first_row_of(&self, block: usize) -> usize {
        self.blocks.get(block).map(|r| r.first).unwrap_or(0)
    }

    /// The row an anchor points at.
    pub(crate) fn row_of_anchor(&self, a: Anchor) -> usize {
        let row = self.row_of(a.block as usize, a.offset as usize);
        if a.gap && row > 0 && self.row(row - 1).is_some_and(|r| r.kind == RowKind::Gap) { row - 1 } else { row }
    }

    /// The anchor of a row.
    pub(crate) fn anchor_of(&self, row: usize) -> Anchor {
        match self.row(row) {
            Some(r) => Anchor { block: r.block, offset: r.start, gap: r.kind == RowKind::Gap },
            None => Anchor::default(),
        }
    }

    /// The largest top row for a viewport of `height` rows.
    pub(crate) fn max_top(&self, height: usize) -> usize {
        self.len.saturating_sub(height.max(1))
    }
}

/// Wraps `text[from..]` line by line: each line of the original (after a TEI `lb`, at an offset in `breaks`)
/// begins a row. The first row is `first` cells wide, the others `rest`. Calls `line` with each row's byte range
/// in `text`, in order, until it returns false.
fn wrap_lines(
    text: &str,
    breaks: &[usize],
    from: usize,
    first: usize,
    rest: usize,
    mut line: impl FnMut(Range<usize>) -> bool,
) {
    let mut start = from.min(text.len());
    let mut width = first;
    let next = breaks.partition_point(|&b| b <= start);
    for end in breaks[next..].iter().copied().chain([text.len()]) {
        let Some(part) = text.get(start..end) else { continue };
        if part.is_empty() && end < text.len() {
            continue;
        }
        let mut go_on = true;
        wrap_each(part, width, rest, |r| {
            go_on = line(start + r.start..start + r.end);
            go_on
        });
        if !go_on {
            return;
        }
        width = rest;
        start = end;
    }
}

/// Whether `block` wrapped at `width` (lines after the first indented by `hang`) takes more than one row; stops
/// wrapping at the second row.
fn rows_past_one(block: &super::doc::Block, width: usize, hang: usize) -> bool {
    let mut n = 0;
    wrap_lines(&block.text, &block.breaks, 0, width, width - hang, |_| {
        n += 1;
        n < 2
    });
    n > 1
}

/// Shown at the end of a header block cut to one row.
pub(crate) const CUT_SIGN: &str = "…";

/// A rule across `width` cells with its label: `── page 740 ─────`, or a plain line without one.
pub(crate) fn rule_line(label: &str, width: usize) -> String {
    let mut out = String::new();
    if !label.is_empty() {
        out.push_str("── ");
        out.push_str(label);
        out.push(' ');
    }
    let used = crate::text::width::str_width(&out);
    out.extend(std::iter::repeat_n('─', width.saturating_sub(used)));
    out
}

/// The plain text of a row: its indent and text, a rule across the width, or nothing for a gap.
pub(crate) fn row_text(doc: &Doc, layout: &Layout, row: &Row) -> String {
    let Some(block) = doc.blocks.get(row.block as usize) else { return String::new() };
    match row.kind {
        RowKind::Gap => String::new(),
        RowKind::Rule => rule_line(&block.text, layout.width),
        RowKind::Text => {
            let text = block.text.get(row.start as usize..row.end as usize).unwrap_or("");
            let cut = if layout.is_cut(row.block as usize) { CUT_SIGN } else { "" };
            format!("{}{text}{cut}", " ".repeat(row.indent as usize))
        }
    }
}
