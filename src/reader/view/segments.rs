//! A row of the reading pane cut into segments at the edges of its marks (labels, markers, references) and of
//! the search matches on it: what the update step measures for the mouse and drawing styles.

use crate::presentation::doc::{Block, MarkKind};
use crate::presentation::layout::Row;
use crate::reader::prepared::Highlight;

/// A piece of a row's text with one set of marks over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    /// Bytes of the block's text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The marks over the whole segment, in order.
    pub(crate) marks: Vec<MarkKind>,
    /// The search matches over the whole segment (their indices), in order.
    pub(crate) matches: Vec<usize>,
    /// The link the segment belongs to (a marker or a reference).
    pub(crate) link: Option<usize>,
}

/// The segments of text row `row` of `block`; search matches count when `show_matches`.
pub(crate) fn segments(block: &Block, row: &Row, highlights: &[Highlight], show_matches: bool) -> Vec<Segment> {
    let (s, e) = (row.start as usize, row.end as usize);
    // Marks are sorted by start; emphasis may hold other marks inside it, so their ends are not in order.
    let before_end = block.marks.partition_point(|m| m.start < e);
    let marks: Vec<_> = block.marks[..before_end].iter().filter(|m| m.end > s).collect();
    let hls: Vec<&Highlight> = if show_matches {
        let b = row.block as usize;
        let from = highlights.partition_point(|x| (x.block, x.end) <= (b, s));
        highlights[from..].iter().take_while(|x| x.block == b && x.start < e).filter(|x| x.end > s).collect()
    } else {
        Vec::new()
    };
    let mut cuts = vec![s, e];
    for m in &marks {
        cuts.extend([m.start.max(s), m.end.min(e)]);
    }
    for x in &hls {
        cuts.extend([x.start.max(s), x.end.min(e)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if block.text.get(a..b).is_none() {
            continue;
        }
        let over: Vec<MarkKind> = marks.iter().filter(|m| m.start <= a && m.end >= b).map(|m| m.kind).collect();
        let link = over.iter().rev().find_map(|k| match k {
            MarkKind::Marker(l) | MarkKind::Reference(l) => Some(*l),
            _ => None,
        });
        let matches = hls.iter().filter(|h| h.start <= a && h.end >= b).map(|h| h.index).collect();
        out.push(Segment { start: a, end: b, marks: over, matches, link });
    }
    out
}
