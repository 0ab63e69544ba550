//! A letter laid out for the reading pane, independent of the width: a list of blocks (heading, header fields,
//! body paragraphs split at page breaks, rules, footnotes), each with its display text (footnote markers put
//! back in as superscripts), styled marks and a map back to the letter's own text. Built once per letter.

use crate::model::{Corpus, LetterIx, RefTarget};
use std::collections::HashMap;

/// Which text of the letter a block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Heading,
    Para(usize),
    Footnote(usize),
}

/// What a block is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    /// A header field (`From: ...`).
    Meta,
    /// A horizontal rule, with its label (`page 740`, `Notes`) as the block's text.
    Rule,
    Body,
    Footnote,
}

/// A styled range of a block's display text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A header label such as `From:`.
    Label,
    /// A footnote marker; the index into [`Doc::links`].
    Marker(usize),
    /// A reference to a letter in the corpus; the index into [`Doc::links`].
    Reference(usize),
    /// A reference to a letter not in the corpus.
    Missing,
}

/// A styled range `start..end` (bytes of the display text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// Where a block's display text comes from in the letter: `part`, bytes `start..end`, with marker texts inserted
/// at the given source offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub part: Part,
    pub start: usize,
    pub end: usize,
    /// `(source offset, bytes inserted there)`, sorted. Display bytes before the text itself count as inserted at `start`.
    pub inserts: Vec<(usize, usize)>,
}

impl Source {
    /// The display offset of source offset `off`; `after_inserts` puts it after text inserted at that very offset.
    pub fn display_offset(&self, off: usize, after_inserts: bool) -> usize {
        let shift: usize = self
            .inserts
            .iter()
            .take_while(|(at, _)| if after_inserts { *at <= off } else { *at < off })
            .map(|(_, n)| n)
            .sum();
        off.saturating_sub(self.start) + shift
    }
}

/// One block of the laid-out letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Sorted by start.
    pub marks: Vec<Mark>,
    /// Cells by which lines after the first are indented (numbered paragraphs, footnotes).
    pub hang: usize,
    /// A blank row before the block.
    pub gap: bool,
    pub source: Option<Source>,
}

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A footnote marker: the footnote's index, or `None` when the source has no text for it.
    Footnote { marker: String, footnote: Option<usize> },
    /// A reference to another letter of the corpus.
    Letter(LetterIx),
}

/// A link in the text: a footnote marker or a resolved reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub target: LinkTarget,
}

/// A letter laid out as blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub blocks: Vec<Block>,
    /// In the order they appear.
    pub links: Vec<Link>,
    /// For each footnote of the letter, the block that shows it.
    pub footnote_blocks: Vec<Option<usize>>,
    /// `(part, source start, block)` of every block with a source, sorted: finds the block of a source offset.
    index: Vec<(Part, usize, usize)>,
}

/// A footnote marker as shown in the text: digits as superscripts, anything else in brackets.
pub fn marker_text(marker: &str) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if !marker.is_empty() && marker.bytes().all(|b| b.is_ascii_digit()) {
        marker.bytes().map(|b| SUP[(b - b'0') as usize]).collect()
    } else {
        format!("[{marker}]")
    }
}

/// Cells of the number that opens a numbered paragraph (`2. `, `(b) `, `iv) `), for a hanging indent; 0 if none.
pub fn numbered_prefix(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'('));
    let start = i;
    while i < b.len() && i - start < 4 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let body = &text[start..i];
    let is_number = !body.is_empty()
        && (body.bytes().all(|c| c.is_ascii_digit())
            || body.len() == 1
            || body.bytes().all(|c| b"ivxlIVXL".contains(&c)));
    if !is_number || i >= b.len() || !(b[i] == b'.' || b[i] == b')') {
        return 0;
    }
    i += 1;
    let spaces = b[i..].iter().take_while(|c| **c == b' ').count();
    if spaces == 0 || i + spaces >= b.len() { 0 } else { i + spaces }
}

/// Builds display blocks from the source text `text[start..end]` of `part`.
struct SegmentBuilder<'a> {
    doc: &'a mut Doc,
}

/// A footnote marker or reference to place into a segment.
struct Piece {
    at: usize,
    end: usize,
    what: PieceKind,
}

enum PieceKind {
    Marker { marker: String, footnote: Option<usize> },
    Reference(Option<LetterIx>),
}

impl SegmentBuilder<'_> {
    /// Adds a block for `text[start..end]` of `part`, with the markers and references that fall in it.
    #[allow(clippy::too_many_arguments)]
    fn add(&mut self, kind: BlockKind, part: Part, text: &str, start: usize, end: usize, pieces: &[Piece], gap: bool) {
        let block_ix = self.doc.blocks.len();
        let mut out = String::with_capacity(end - start + 8);
        let mut marks = Vec::new();
        let mut inserts = Vec::new();
        let mut cursor = start;
        // Markers are inserted; references are ranges. Both sorted by source offset.
        let first = start == 0;
        for p in pieces {
            let inside = match p.what {
                PieceKind::Marker { .. } => (p.at > start || (first && p.at == start)) && p.at <= end,
                PieceKind::Reference(_) => p.at >= start && p.at < end,
            };
            if !inside {
                continue;
            }
            match &p.what {
                PieceKind::Marker { marker, footnote } => {
                    let at = p.at.min(text.len());
                    if !text.is_char_boundary(at) || at < cursor {
                        continue;
                    }
                    out.push_str(&text[cursor..at]);
                    cursor = at;
                    let shown = marker_text(marker);
                    let s = out.len();
                    out.push_str(&shown);
                    inserts.push((at, shown.len()));
                    let link = self.doc.links.len();
                    self.doc.links.push(Link {
                        block: block_ix,
                        start: s,
                        end: out.len(),
                        target: LinkTarget::Footnote { marker: marker.clone(), footnote: *footnote },
                    });
                    marks.push(Mark { start: s, end: out.len(), kind: MarkKind::Marker(link) });
                }
                PieceKind::Reference(letter) => {
                    let (a, b) = (p.at, p.end.min(end));
                    if !text.is_char_boundary(a) || !text.is_char_boundary(b) || a < cursor || b <= a {
                        continue;
                    }
                    out.push_str(&text[cursor..a]);
                    let s = out.len();
                    out.push_str(&text[a..b]);
                    cursor = b;
                    let kind = match letter {
                        Some(ix) => {
                            let link = self.doc.links.len();
                            self.doc.links.push(Link {
                                block: block_ix,
                                start: s,
                                end: out.len(),
                                target: LinkTarget::Letter(*ix),
                            });
                            MarkKind::Reference(link)
                        }
                        None => MarkKind::Missing,
                    };
                    marks.push(Mark { start: s, end: out.len(), kind });
                }
            }
        }
        if cursor < end {
            out.push_str(&text[cursor..end]);
        }
        let hang = match kind {
            BlockKind::Body if start == 0 => numbered_prefix(&out),
            _ => 0,
        };
        self.doc.blocks.push(Block {
            kind,
            text: out,
            marks,
            hang,
            gap,
            source: Some(Source { part, start, end, inserts }),
        });
    }
}

impl Doc {
    /// Lays out letter `ix` of the corpus.
    pub fn build(corpus: &Corpus, ix: LetterIx) -> Doc {
        let mut doc = Doc::default();
        let Some(letter) = corpus.letters.get(ix) else {
            return doc;
        };
        // Markers and references grouped by paragraph (-1 = heading), each group sorted by offset.
        let mut pieces_by_para: HashMap<isize, Vec<Piece>> = HashMap::new();
        for r in &letter.footnote_refs {
            pieces_by_para.entry(r.paragraph).or_default().push(Piece {
                at: r.offset,
                end: r.offset,
                what: PieceKind::Marker { marker: r.marker.clone(), footnote: r.footnote },
            });
        }
        for r in &letter.references {
            pieces_by_para.entry(r.paragraph as isize).or_default().push(Piece {
                at: r.start,
                end: r.end,
                what: PieceKind::Reference(r.letter.filter(|&l| l < corpus.letters.len())),
            });
        }
        for v in pieces_by_para.values_mut() {
            v.sort_by_key(|p| p.at);
        }
        let mut breaks_by_para: HashMap<isize, Vec<(usize, &str)>> = HashMap::new();
        for b in &letter.pages {
            breaks_by_para.entry(b.paragraph).or_default().push((b.offset, b.page.as_str()));
        }
        let markers_of = |p: isize| -> &[Piece] { pieces_by_para.get(&p).map(Vec::as_slice).unwrap_or(&[]) };

        // Header.
        let heading = &letter.heading;
        SegmentBuilder { doc: &mut doc }.add(
            BlockKind::Heading,
            Part::Heading,
            heading,
            0,
            heading.len(),
            markers_of(-1),
            false,
        );
        let (from, to) = (letter.sender.to_string(), letter.recipient.to_string());
        doc.meta(&[("From: ", &from), ("   To: ", &to)], false);
        let date = match (letter.date, letter.date_kind) {
            (Some(d), Some(k)) => format!("{} ({})", d.short(), k.as_str()),
            (Some(d), None) => d.short(),
            (None, _) => "undated".to_string(),
        };
        let number = letter.number.as_deref().map(|n| format!("No. {n}"));
        let mut fields: Vec<(&str, &str)> = vec![("Date: ", &date)];
        if let Some(n) = &number {
            fields.push(("   ", n));
        }
        if let Some(c) = &letter.classification {
            fields.push(("   ", c));
        }
        doc.meta(&fields, false);
        if let Some(src) = &letter.source {
            doc.meta(&[("Source: ", src)], false);
        }
        if let Some(evidence) = crate::loader::threads::reply_evidence(corpus, ix) {
            doc.meta(&[("Reply: ", &evidence)], false);
        }
        if !letter.editions.is_empty() {
            let ids: Vec<&str> =
                letter.editions.iter().filter_map(|&e| corpus.letters.get(e)).map(|e| e.id.as_str()).collect();
            doc.meta(&[("Also printed as: ", &ids.join(", "))], false);
        }
        doc.rule(String::new(), false);

        // Body, split at page breaks.
        let n_paras = letter.paragraphs.len() as isize;
        for pb in letter.pages.iter().filter(|pb| pb.paragraph < 0) {
            doc.rule(format!("page {}", pb.page), false);
        }
        for (p, text) in letter.paragraphs.iter().enumerate() {
            let pieces = markers_of(p as isize);
            let mut breaks: Vec<(usize, &str)> = breaks_by_para
                .get(&(p as isize))
                .map(|v| v.iter().map(|(o, page)| ((*o).min(text.len()), *page)).collect())
                .unwrap_or_default();
            breaks.retain(|(o, _)| text.is_char_boundary(*o));
            breaks.sort_by_key(|b| b.0);
            let mut start = 0;
            let mut gap = p > 0;
            for (off, page) in breaks {
                if off > start {
                    SegmentBuilder { doc: &mut doc }.add(BlockKind::Body, Part::Para(p), text, start, off, pieces, gap);
                    gap = false;
                    start = skip_spaces(text, off);
                }
                doc.rule(format!("page {page}"), gap);
                gap = false;
            }
            if start < text.len() || start == 0 {
                SegmentBuilder { doc: &mut doc }.add(
                    BlockKind::Body,
                    Part::Para(p),
                    text,
                    start,
                    text.len(),
                    pieces,
                    gap,
                );
            }
        }

        for pb in letter.pages.iter().filter(|pb| pb.paragraph >= n_paras) {
            doc.rule(format!("page {}", pb.page), false);
        }

        // Footnotes.
        let orphan_markers = letter.footnote_refs.iter().any(|r| r.footnote.is_none());
        if !letter.footnotes.is_empty() || orphan_markers {
            doc.rule("Notes".to_string(), true);
        }
        doc.footnote_blocks = vec![None; letter.footnotes.len()];
        for (i, f) in letter.footnotes.iter().enumerate() {
            let label = letter
                .footnote_refs
                .iter()
                .find(|r| r.footnote == Some(i))
                .map(|r| r.marker.as_str())
                .unwrap_or(f.label.as_str());
            let shown = marker_text(label);
            doc.footnote_blocks[i] = Some(doc.blocks.len());
            let mut text = String::with_capacity(shown.len() + 1 + f.text.len());
            text.push_str(&shown);
            text.push(' ');
            let prefix = text.len();
            text.push_str(&f.text);
            doc.blocks.push(Block {
                kind: BlockKind::Footnote,
                marks: vec![Mark { start: 0, end: shown.len(), kind: MarkKind::Label }],
                hang: crate::text::width::str_width(&shown) + 1,
                gap: i > 0,
                source: Some(Source {
                    part: Part::Footnote(i),
                    start: 0,
                    end: f.text.len(),
                    inserts: vec![(0, prefix)],
                }),
                text,
            });
        }
        for r in letter.footnote_refs.iter().filter(|r| r.footnote.is_none()) {
            let text = format!("{} (no text for this footnote in the source)", marker_text(&r.marker));
            let n = marker_text(&r.marker).len();
            doc.blocks.push(Block {
                kind: BlockKind::Footnote,
                marks: vec![Mark { start: 0, end: n, kind: MarkKind::Label }],
                hang: 0,
                gap: true,
                source: None,
                text,
            });
        }
        doc.index = doc
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.source.as_ref().map(|s| (s.part, s.start, i)))
            .collect();
        doc.index.sort();
        doc
    }

    /// A header line of `(label, value)` fields.
    fn meta(&mut self, fields: &[(&str, &str)], gap: bool) {
        let mut text = String::new();
        let mut marks = Vec::new();
        for (label, value) in fields {
            let s = text.len();
            text.push_str(label);
            let trimmed = label.trim_start();
            if !trimmed.is_empty() {
                marks.push(Mark { start: s + (label.len() - trimmed.len()), end: text.len(), kind: MarkKind::Label });
            }
            text.push_str(value);
        }
        let hang = fields.first().map(|(l, _)| l.len()).unwrap_or(0);
        self.blocks.push(Block { kind: BlockKind::Meta, text, marks, hang, gap, source: None });
    }

    /// A rule with an optional label.
    fn rule(&mut self, label: String, gap: bool) {
        self.blocks.push(Block { kind: BlockKind::Rule, text: label, marks: Vec::new(), hang: 0, gap, source: None });
    }

    /// The block and display range of the source range `start..end` of `part`.
    pub fn locate(&self, part: Part, start: usize, end: usize) -> Option<(usize, usize, usize)> {
        let i = self.index.partition_point(|(p, s, _)| (*p, *s) <= (part, start)).checked_sub(1)?;
        let (p, _, b) = self.index[i];
        if p != part {
            return None;
        }
        let block = &self.blocks[b];
        let src = block.source.as_ref()?;
        let s = src.display_offset(start, true);
        let e = src.display_offset(end.min(src.end), false).max(s);
        Some((b, s.min(block.text.len()), e.min(block.text.len())))
    }
}

/// The offset after the spaces at `off`.
fn skip_spaces(text: &str, off: usize) -> usize {
    off + text[off..].bytes().take_while(|b| *b == b' ').count()
}

/// Whether a reference points to the addressee's letter that is missing from the corpus.
pub fn is_missing_reply_ref(r: &crate::model::Reference) -> bool {
    r.letter.is_none() && r.target == RefTarget::Addressee
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Footnote, FootnoteRef, Letter, PageBreak};

    fn corpus_with(letter: Letter) -> Corpus {
        Corpus { letters: vec![letter], ..Corpus::default() }
    }

    fn sample() -> Letter {
        let mut l = Letter::new("t.txt", 1, "Stalin to Roosevelt".into(), "Stalin".into(), "Roosevelt".into());
        l.paragraphs = vec!["First paragraph.".into(), "At the Crimea Conference is to bind the troops.".into()];
        l.footnote_refs = vec![
            FootnoteRef { marker: "75".into(), paragraph: -1, offset: 19, footnote: Some(0) },
            FootnoteRef { marker: "76".into(), paragraph: 1, offset: 24, footnote: Some(1) },
        ];
        l.footnotes = vec![
            Footnote { label: "1".into(), text: "Copy of telegram.".into(), line: 9 },
            Footnote { label: "2".into(), text: "Reference to section I.".into(), line: 10 },
        ];
        l.pages = vec![PageBreak { page: "740".into(), paragraph: 1, offset: 25 }];
        l
    }

    #[test]
    fn a_page_break_splits_its_paragraph_around_a_rule() {
        let doc = Doc::build(&corpus_with(sample()), 0);
        let texts: Vec<(&BlockKind, &str)> = doc.blocks.iter().map(|b| (&b.kind, b.text.trim_end())).collect();
        let i = texts.iter().position(|(_, t)| *t == "At the Crimea Conference⁷⁶").expect("first half with its marker");
        assert_eq!(texts[i + 1], (&BlockKind::Rule, "page 740"));
        assert_eq!(texts[i + 2], (&BlockKind::Body, "is to bind the troops."));
        assert_eq!(doc.blocks[0].text, "Stalin to Roosevelt⁷⁵");
    }

    #[test]
    fn links_are_in_order_and_footnotes_have_blocks() {
        let doc = Doc::build(&corpus_with(sample()), 0);
        assert_eq!(doc.links.len(), 2);
        assert_eq!(doc.links[0].block, 0);
        assert!(matches!(&doc.links[1].target, LinkTarget::Footnote { marker, footnote: Some(1) } if marker == "76"));
        let fb = doc.footnote_blocks[1].expect("block");
        assert_eq!(doc.blocks[fb].text, "⁷⁶ Reference to section I.");
    }

    #[test]
    fn source_offsets_map_to_display_offsets() {
        let doc = Doc::build(&corpus_with(sample()), 0);
        // "bind" after the page break: source offset 35 of paragraph 1.
        let (b, s, e) = doc.locate(Part::Para(1), 31, 35).expect("located");
        assert_eq!(&doc.blocks[b].text[s..e], "bind");
        // "Conference" before the marker.
        let (b, s, e) = doc.locate(Part::Para(1), 14, 24).expect("located");
        assert_eq!(&doc.blocks[b].text[s..e], "Conference");
        let (b, s, e) = doc.locate(Part::Footnote(0), 0, 4).expect("located");
        assert_eq!(&doc.blocks[b].text[s..e], "Copy");
        let (b, s, e) = doc.locate(Part::Heading, 0, 6).expect("located");
        assert_eq!((b, &doc.blocks[b].text[s..e]), (0, "Stalin"));
    }

    #[test]
    fn markers_become_superscripts_or_brackets() {
        assert_eq!(marker_text("75"), "⁷⁵");
        assert_eq!(marker_text("*"), "[*]");
    }

    #[test]
    fn numbered_paragraphs_are_recognised() {
        assert_eq!(numbered_prefix("2. The second point"), 3);
        assert_eq!(numbered_prefix("(b) another"), 4);
        assert_eq!(numbered_prefix("iv) roman"), 4);
        assert_eq!(numbered_prefix("1941 was a year"), 0);
        assert_eq!(numbered_prefix("In 1941. Then"), 0);
        assert_eq!(numbered_prefix("2."), 0);
    }
}
