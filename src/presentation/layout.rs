//! A laid-out letter wrapped to a width: rows that map back to their block and byte range. The one wrapping of a
//! letter: the reading pane paints these rows, `letters show` prints them, so both break every line alike.

use super::doc::{BlockKind, Doc};
use crate::text::wrap::wrap;

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

/// A letter wrapped to a width.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub(crate) width: usize,
    pub(crate) rows: Vec<Row>,
    /// For each block, its first text row and its number of text rows.
    block_rows: Vec<(u32, u32)>,
    /// Header lines (From/To, Date, Source, ...) cut to their first row.
    pub(crate) collapsed: bool,
}

impl Layout {
    /// Wraps every block of `doc` to `width` cells.
    pub(crate) fn new(doc: &Doc, width: usize) -> Layout {
        Layout::with_headers(doc, width, false)
    }

    /// Wraps every block of `doc` to `width` cells, each header line cut to one row when `collapsed`.
    pub(crate) fn with_headers(doc: &Doc, width: usize, collapsed: bool) -> Layout {
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
                let keep = if collapsed && block.kind == BlockKind::Meta { 1 } else { usize::MAX };
                for (i, r) in wrap(&block.text, width, width - hang).into_iter().take(keep).enumerate() {
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
        Layout { width, rows, block_rows, collapsed }
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// The row showing byte `offset` of `block`.
    pub(crate) fn row_of(&self, block: usize, offset: usize) -> usize {
        let Some(&(first, count)) = self.block_rows.get(block) else {
            return self.rows.len().saturating_sub(1);
        };
        let rows = &self.rows[first as usize..(first + count) as usize];
        let n = rows.partition_point(|r| r.start as usize <= offset);
        first as usize + n.saturating_sub(1)
    }

    /// The first row of `block` (its gap row when `gap`).
    pub(crate) fn first_row_of(&self, block: usize) -> usize {
        self.block_rows.get(block).map(|r| r.0 as usize).unwrap_or(0)
    }

    /// The row an anchor points at.
    pub(crate) fn row_of_anchor(&self, a: Anchor) -> usize {
        let row = self.row_of(a.block as usize, a.offset as usize);
        if a.gap && row > 0 && self.rows.get(row - 1).is_some_and(|r| r.kind == RowKind::Gap) { row - 1 } else { row }
    }

    /// The anchor of a row.
    pub(crate) fn anchor_of(&self, row: usize) -> Anchor {
        match self.rows.get(row) {
            Some(r) => Anchor { block: r.block, offset: r.start, gap: r.kind == RowKind::Gap },
            None => Anchor::default(),
        }
    }

    /// The largest top row for a viewport of `height` rows.
    pub(crate) fn max_top(&self, height: usize) -> usize {
        self.rows.len().saturating_sub(height.max(1))
    }
}

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
            format!("{}{text}", " ".repeat(row.indent as usize))
        }
    }
}
