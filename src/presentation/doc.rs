//! A letter laid out for the reading pane, independent of the width: a list of blocks (heading, header fields,
//! body paragraphs split at page breaks, rules, footnotes), each with its display text (footnote markers put
//! back in as superscripts), styled marks and a map back to the letter's own text. Built once per letter.

use crate::model::numbering::numbering;
use crate::model::{Corpus, Emphasis, Letter, LetterIx, RefTarget, ReplyBasis, Role, TextPart};
use crate::text::sanitize::sanitize;
use crate::text::width::str_width;
use std::collections::HashMap;

/// Which text of the letter a block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Part {
    Heading,
    Para(usize),
    Footnote(usize),
    /// The header line `n` (From/To, Date, Source), as [`header_lines`] gives it.
    Meta(usize),
}

/// What a block is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
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
pub(crate) enum MarkKind {
    /// A header label such as `From:`.
    Label,
    /// A footnote marker; the index into [`Doc::links`].
    Marker(usize),
    /// A reference to a letter in the corpus; the index into [`Doc::links`].
    Reference(usize),
    /// A reference to a letter not in the corpus.
    Missing,
    /// Words set apart by the markup: emphasis, superscript, deleted or added words, words a note comments on.
    Emphasis(Emphasis),
}

/// Shown before the words a note comments on (their end is the note's marker).
pub(crate) const ANCHOR_SIGN: &str = "⌜";

/// A styled range `start..end` (bytes of the display text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: MarkKind,
}

/// Where a block's display text comes from in the letter: `part`, bytes `start..end`, with marker texts inserted
/// at the given source offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Source {
    pub(crate) part: Part,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// `(source offset, bytes inserted there)`, sorted. Display bytes before the text itself count as inserted at `start`.
    pub(crate) inserts: Vec<(usize, usize)>,
}

impl Source {
    /// The display offset of source offset `off`; `after_inserts` puts it after text inserted at that very offset.
    pub(crate) fn display_offset(&self, off: usize, after_inserts: bool) -> usize {
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
pub(crate) struct Block {
    pub(crate) kind: BlockKind,
    pub(crate) text: String,
    /// Sorted by start.
    pub(crate) marks: Vec<Mark>,
    /// Cells by which lines after the first are indented (numbered paragraphs, footnotes).
    pub(crate) hang: usize,
    /// A blank row before the block.
    pub(crate) gap: bool,
    pub(crate) source: Option<Source>,
    /// The role of the paragraph a body block shows (opener, salute, closer...), for its style.
    pub(crate) role: Role,
    /// Offsets of the text where a line of the original begins (after a TEI `lb`): a row begins there.
    pub(crate) breaks: Vec<usize>,
}

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LinkTarget {
    /// A footnote marker: the footnote's index, or `None` when the source has no text for it.
    Footnote { marker: String, footnote: Option<usize> },
    /// A reference to another letter of the corpus.
    Letter(LetterIx),
}

/// A link in the text: a footnote marker or a resolved reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub(crate) block: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) target: LinkTarget,
}

/// A letter laid out as blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Doc {
    pub(crate) blocks: Vec<Block>,
    /// In the order they appear.
    pub(crate) links: Vec<Link>,
    /// For each footnote of the letter, the block that shows it.
    pub(crate) footnote_blocks: Vec<Option<usize>>,
    /// The first block after the header (heading, fields and the rule under them).
    pub(crate) body: usize,
    /// The first block of the notes (after the body and its page breaks); the number of blocks when there are none.
    pub(crate) notes: usize,
    /// `(part, source start, block)` of every block with a source, sorted: finds the block of a source offset.
    index: Vec<(Part, usize, usize)>,
}

/// A footnote marker as shown in the text: digits as superscripts, anything else in brackets.
pub(crate) fn marker_text(marker: &str) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if !marker.is_empty() && marker.bytes().all(|b| b.is_ascii_digit()) {
        marker.bytes().map(|b| SUP[(b - b'0') as usize]).collect()
    } else {
        format!("[{marker}]")
    }
}

/// Cells of the number that opens a numbered paragraph (`2. `, `(b) `, `iv) `), for a hanging indent; 0 if none.
pub(crate) fn numbered_prefix(text: &str) -> usize {
    numbering(text).filter(|n| n.followed).map_or(0, |n| n.prefix)
}

/// Builds display blocks from the source text `text[start..end]` of `part`.
struct SegmentBuilder<'a> {
    doc: &'a mut Doc,
    inline: &'a Inline,
}

/// A footnote marker or reference to place into a segment.
struct Piece {
    at: usize,
    end: usize,
    what: PieceKind,
}

enum PieceKind {
    Marker {
        marker: String,
        footnote: Option<usize>,
    },
    Reference(Option<LetterIx>),
    /// A sign put in (before anchored words).
    Sign(&'static str),
}

impl SegmentBuilder<'_> {
    /// Adds a block for `text[start..end]` of `part`, with the markers and references that fall in it.
    #[allow(clippy::too_many_arguments)]
    fn add(&mut self, kind: BlockKind, part: Part, text: &str, start: usize, end: usize, pieces: &[Piece], gap: bool) {
        let mut seg = Segment {
            block: self.doc.blocks.len(),
            out: String::with_capacity(end - start + 8),
            marks: Vec::new(),
            inserts: Vec::new(),
            cursor: start,
        };
        // Markers are inserted; references are ranges. Both sorted by source offset.
        let first = start == 0;
        for p in pieces {
            match &p.what {
                PieceKind::Marker { marker, footnote } => {
                    if (p.at > start || (first && p.at == start)) && p.at <= end {
                        seg.marker(&mut self.doc.links, text, p.at, marker, *footnote);
                    }
                }
                PieceKind::Reference(letter) => {
                    if p.at >= start && p.at < end {
                        seg.reference(&mut self.doc.links, text, p.at, p.end.min(end), *letter);
                    }
                }
                PieceKind::Sign(sign) => {
                    if p.at >= start && p.at < end {
                        seg.sign(text, p.at, sign);
                    }
                }
            }
        }
        if seg.cursor < end {
            seg.out.push_str(&text[seg.cursor..end]);
        }
        let hang = match kind {
            BlockKind::Body if start == 0 => numbered_prefix(&seg.out),
            _ => 0,
        };
        let source = Source { part, start, end, inserts: seg.inserts };
        let inline = self.inline;
        let mut marks = seg.marks;
        for st in inline.styles.iter().filter(|st| st.start < end && st.end > start) {
            let (a, b) =
                (source.display_offset(st.start.max(start), false), source.display_offset(st.end.min(end), false));
            if a < b && b <= seg.out.len() {
                marks.push(Mark { start: a, end: b, kind: MarkKind::Emphasis(st.emphasis) });
            }
        }
        marks.sort_by_key(|m| m.start);
        let breaks = inline
            .breaks
            .iter()
            .filter(|&&o| o > start && o < end)
            .map(|&o| source.display_offset(o, false))
            .filter(|&o| o < seg.out.len() && seg.out.is_char_boundary(o))
            .collect();
        self.doc.blocks.push(Block {
            kind,
            text: seg.out,
            marks,
            hang,
            gap,
            source: Some(source),
            role: Role::Body,
            breaks,
        });
    }
}

/// The emphasis and line breaks of one part of a letter, as byte offsets of its text.
#[derive(Default)]
struct Inline {
    styles: Vec<crate::model::Styled>,
    breaks: Vec<usize>,
}

/// A block's display text being built from its source: the text so far, its marks, the bytes inserted, and how
/// far the source has been copied.
struct Segment {
    block: usize,
    out: String,
    marks: Vec<Mark>,
    inserts: Vec<(usize, usize)>,
    cursor: usize,
}

impl Segment {
    /// Puts a footnote marker back at source offset `at`, as a link to its footnote.
    fn marker(&mut self, links: &mut Vec<Link>, text: &str, at: usize, marker: &str, footnote: Option<usize>) {
        // An offset inside a character (a damaged state) puts the marker before that character.
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if at < self.cursor {
            return;
        }
        self.out.push_str(&text[self.cursor..at]);
        self.cursor = at;
        let shown = marker_text(marker);
        let s = self.out.len();
        self.out.push_str(&shown);
        self.inserts.push((at, shown.len()));
        let target = LinkTarget::Footnote { marker: marker.to_string(), footnote };
        links.push(Link { block: self.block, start: s, end: self.out.len(), target });
        self.marks.push(Mark { start: s, end: self.out.len(), kind: MarkKind::Marker(links.len() - 1) });
    }

    /// Puts a sign in at source offset `at` (a character boundary).
    fn sign(&mut self, text: &str, at: usize, sign: &str) {
        if at < self.cursor || !text.is_char_boundary(at) {
            return;
        }
        self.out.push_str(&text[self.cursor..at]);
        self.cursor = at;
        self.inserts.push((at, sign.len()));
        self.out.push_str(sign);
    }

    /// Marks the source range `a..b` as a reference: a link when its letter is in the corpus.
    fn reference(&mut self, links: &mut Vec<Link>, text: &str, a: usize, b: usize, letter: Option<LetterIx>) {
        if !text.is_char_boundary(a) || !text.is_char_boundary(b) || a < self.cursor || b <= a {
            return;
        }
        self.out.push_str(&text[self.cursor..a]);
        let s = self.out.len();
        self.out.push_str(&text[a..b]);
        self.cursor = b;
        let kind = match letter {
            Some(ix) => {
                links.push(Link { block: self.block, start: s, end: self.out.len(), target: LinkTarget::Letter(ix) });
                MarkKind::Reference(links.len() - 1)
            }
            None => MarkKind::Missing,
        };
        self.marks.push(Mark { start: s, end: self.out.len(), kind });
    }
}

/// The markers and references of a letter grouped by paragraph (-1 = heading), each group sorted by offset; and
/// its page breaks grouped the same way.
struct Pieces<'l> {
    by_para: HashMap<isize, Vec<Piece>>,
    breaks: HashMap<isize, Vec<(usize, &'l str)>>,
    /// Links to letters in each footnote: (start, end, letter).
    note_refs: HashMap<usize, Vec<(usize, usize, Option<LetterIx>)>>,
    inline: HashMap<TextPart, Inline>,
    none: Inline,
}

impl<'l> Pieces<'l> {
    fn of(corpus: &Corpus, letter: &'l Letter) -> Pieces<'l> {
        let mut by_para: HashMap<isize, Vec<Piece>> = HashMap::new();
        for r in &letter.footnote_refs {
            by_para.entry(r.paragraph).or_default().push(Piece {
                at: r.offset,
                end: r.offset,
                what: PieceKind::Marker { marker: r.marker.clone(), footnote: r.footnote },
            });
        }
        for r in &letter.references {
            by_para.entry(r.paragraph as isize).or_default().push(Piece {
                at: r.start,
                end: r.end,
                what: PieceKind::Reference(r.letter.filter(|&l| l < corpus.letters.len())),
            });
        }
        let mut note_refs: HashMap<usize, Vec<_>> = HashMap::new();
        for r in letter.letter_refs() {
            let letter = r.letter.filter(|&l| l < corpus.letters.len());
            if let Some(n) = r.note {
                note_refs.entry(n).or_default().push((r.start, r.end, letter));
                continue;
            }
            by_para.entry(r.paragraph as isize).or_default().push(Piece {
                at: r.start,
                end: r.end,
                what: PieceKind::Reference(r.letter.filter(|&l| l < corpus.letters.len())),
            });
        }
        let mut inline: HashMap<TextPart, Inline> = HashMap::new();
        for st in letter.styles() {
            inline.entry(st.part).or_default().styles.push(*st);
            if let (Emphasis::Anchored, TextPart::Para(p)) = (st.emphasis, st.part) {
                let sign = PieceKind::Sign(ANCHOR_SIGN);
                by_para.entry(p as isize).or_default().push(Piece { at: st.start, end: st.start, what: sign });
            }
        }
        for b in letter.line_breaks() {
            inline.entry(b.part).or_default().breaks.push(b.offset);
        }
        for v in by_para.values_mut() {
            v.sort_by_key(|p| p.at);
        }
        let mut breaks: HashMap<isize, Vec<(usize, &str)>> = HashMap::new();
        for b in &letter.pages {
            breaks.entry(b.paragraph).or_default().push((b.offset, b.page.as_str()));
        }
        Pieces { by_para, breaks, note_refs, inline, none: Inline::default() }
    }

    /// The emphasis and line breaks of a part of the letter.
    fn inline_of(&self, part: TextPart) -> &Inline {
        self.inline.get(&part).unwrap_or(&self.none)
    }

    fn of_para(&self, p: isize) -> &[Piece] {
        self.by_para.get(&p).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The page breaks of paragraph `p`, on character boundaries of its `text`, in order.
    fn breaks_of(&self, p: isize, text: &str) -> Vec<(usize, &'l str)> {
        let mut breaks: Vec<(usize, &str)> = self
            .breaks
            .get(&p)
            .map(|v| v.iter().map(|(o, page)| ((*o).min(text.len()), *page)).collect())
            .unwrap_or_default();
        breaks.retain(|(o, _)| text.is_char_boundary(*o));
        breaks.sort_by_key(|b| b.0);
        breaks
    }
}

/// The header lines under the heading, each as (label, value) fields: the caption, `From: ` and `   To: `, the letter
/// a covering note passes on, the date with the
/// number and classification, the place, the source, the letter answered (its id, the link's basis and the words it
/// rests on), other printings, the replies, what the edition says of a document or a text kept elsewhere. The
/// reading pane and `letters show` show them; search looks in them.
pub(crate) fn header_lines(corpus: &Corpus, ix: LetterIx) -> Vec<Vec<(&'static str, String)>> {
    let Some(letter) = corpus.letters.get(ix) else { return Vec::new() };
    let mut lines = Vec::new();
    // The message's own first line under an editor's title (`Personal and secret message from ...`): the
    // parser took it out of the text, so it is shown here.
    if let Some(caption) = letter.caption() {
        lines.push(vec![("", caption.to_string())]);
    }
    // A side the page does not name is said to be so, not left blank.
    let side = |p: &crate::model::People| if p.is_empty() { "(not named)".to_string() } else { p.to_string() };
    lines.push(vec![("From: ", side(&letter.sender)), ("   To: ", side(&letter.recipient))]);
    // A covering note: the people of the letter it passes on, beside its own.
    if let Some(c) = &letter.carries {
        lines.push(vec![("Passes on: ", format!("a letter from {} to {}", c.sender, c.recipient))]);
    }
    let mut date = vec![("Date: ", date_field(letter))];
    if let Some(n) = letter.number.as_deref() {
        date.push(("   ", format!("No. {n}")));
    }
    // A telegram's own number beside the edition's (`No. 57 Telegraphic`, `Cablegram 145`).
    if let Some(t) = letter.telegram() {
        date.push(("   ", t.to_string()));
    }
    if let Some(c) = &letter.classification {
        date.push(("   ", c.to_string()));
    }
    lines.push(date);
    if let Some(place) = letter.place() {
        lines.push(vec![("Place: ", place.to_string())]);
    }
    if let Some(src) = &letter.source {
        lines.push(vec![("Source: ", src.clone())]);
    }
    if let Some(parent) = letter.replies_to.and_then(|p| corpus.letters.get(p)) {
        let basis = match letter.reply_basis {
            Some(ReplyBasis::Explicit) => " (explicit)",
            Some(ReplyBasis::Inferred) => " (inferred)",
            Some(ReplyBasis::Edition) => " (the edition)",
            None => "",
        };
        lines.push(vec![("In reply to: ", format!("{}{basis}", sanitize(&parent.id)))]);
    }
    if let Some(evidence) = crate::loader::threads::reply_evidence(corpus, ix) {
        lines.push(vec![("Reply: ", evidence)]);
    }
    let ids = |list: &[LetterIx]| -> String {
        // Ids come from file names, which may hold anything: the text may be piped out as it is.
        let ids: Vec<_> = list.iter().filter_map(|&e| corpus.letters.get(e)).map(|e| sanitize(&e.id)).collect();
        ids.join(", ")
    };
    if !letter.editions.is_empty() {
        lines.push(vec![("Also printed as: ", ids(&letter.editions))]);
    }
    if let Some(replies) = corpus.replies.get(ix).filter(|r| !r.is_empty()) {
        lines.push(vec![("Replies: ", ids(replies))]);
    }
    if letter.document {
        lines.push(vec![("", "A document: it names no sender or recipient.".to_string())]);
    }
    if let Some(at) = letter.text_at() {
        lines.push(vec![("Text: ", format!("not in this file; the edition gives it at {at}"))]);
    }
    lines
}

/// A header line's text as the reading pane shows it: labels and values in a row.
pub(crate) fn header_text(fields: &[(&str, String)]) -> String {
    fields.iter().flat_map(|(l, v)| [*l, v.as_str()]).collect()
}

/// The date field of the header: `7 Apr 1945 (sent)`, `between 6 and 8 May 1892?`, or `undated`.
pub(crate) fn date_field(letter: &Letter) -> String {
    match (letter.date_label(), letter.date_kind) {
        (Some(d), Some(k)) => format!("{d} ({})", k.as_str()),
        (Some(d), None) => d,
        (None, _) => "undated".to_string(),
    }
}

impl Doc {
    /// Lays out letter `ix` of the corpus.
    pub(crate) fn build(corpus: &Corpus, ix: LetterIx) -> Doc {
        let mut doc = Doc::default();
        let Some(letter) = corpus.letters.get(ix) else {
            return doc;
        };
        let pieces = Pieces::of(corpus, letter);
        doc.header((corpus, ix), letter, &pieces);
        doc.body = doc.blocks.len();
        doc.paragraphs(letter, &pieces);
        doc.notes = doc.blocks.len();
        doc.footnotes(letter, &pieces);
        doc.index = doc
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.source.as_ref().map(|s| (s.part, s.start, i)))
            .collect();
        doc.index.sort();
        doc
    }

    /// The heading, the header fields and the rule under them.
    fn header(&mut self, (corpus, ix): (&Corpus, LetterIx), letter: &Letter, pieces: &Pieces) {
        let heading = &letter.heading;
        SegmentBuilder { doc: self, inline: &pieces.none }.add(
            BlockKind::Heading,
            Part::Heading,
            heading,
            0,
            heading.len(),
            pieces.of_para(-1),
            false,
        );
        for line in header_lines(corpus, ix) {
            let fields: Vec<(&str, &str)> = line.iter().map(|(l, v)| (*l, v.as_str())).collect();
            self.meta(&fields, false);
        }
        self.rule(String::new(), false);
    }

    /// The body paragraphs, split at page breaks.
    fn paragraphs(&mut self, letter: &Letter, pieces: &Pieces) {
        let n_paras = letter.paragraphs.len() as isize;
        for pb in letter.pages.iter().filter(|pb| pb.paragraph < 0) {
            self.rule(format!("page {}", pb.page), false);
        }
        for (p, text) in letter.paragraphs.iter().enumerate() {
            let first_block = self.blocks.len();
            let markers = pieces.of_para(p as isize);
            let inline = pieces.inline_of(TextPart::Para(p));
            let mut start = 0;
            let mut gap = p > 0;
            for (off, page) in pieces.breaks_of(p as isize, text) {
                if off > start {
                    SegmentBuilder { doc: self, inline }.add(
                        BlockKind::Body,
                        Part::Para(p),
                        text,
                        start,
                        off,
                        markers,
                        gap,
                    );
                    gap = false;
                    start = skip_spaces(text, off);
                }
                self.rule(format!("page {page}"), gap);
                gap = false;
            }
            if start < text.len() || start == 0 {
                let end = text.len();
                SegmentBuilder { doc: self, inline }.add(
                    BlockKind::Body,
                    Part::Para(p),
                    text,
                    start,
                    end,
                    markers,
                    gap,
                );
            }
            let role = letter.role(p);
            self.blocks[first_block..].iter_mut().filter(|b| b.kind == BlockKind::Body).for_each(|b| b.role = role);
        }
        for pb in letter.pages.iter().filter(|pb| pb.paragraph >= n_paras) {
            self.rule(format!("page {}", pb.page), false);
        }
    }

    /// The notes: a rule, each footnote under the marker that points at it, then markers without a text.
    fn footnotes(&mut self, letter: &Letter, pieces: &Pieces) {
        let orphan_markers = letter.footnote_refs.iter().any(|r| r.footnote.is_none());
        if !letter.footnotes.is_empty() || orphan_markers {
            self.rule("Notes".to_string(), true);
        }
        self.footnote_blocks = vec![None; letter.footnotes.len()];
        for (i, f) in letter.footnotes.iter().enumerate() {
            let label = letter
                .footnote_refs
                .iter()
                .find(|r| r.footnote == Some(i))
                .map(|r| r.marker.as_str())
                .unwrap_or(f.label.as_str());
            let shown = marker_text(label);
            self.footnote_blocks[i] = Some(self.blocks.len());
            let mut text = String::with_capacity(shown.len() + 1 + f.text.len());
            text.push_str(&shown);
            text.push(' ');
            // The edition's type of note (commentary, addendum...), before its text.
            if let Some(kind) = letter.footnote_kinds().get(i).and_then(Option::as_deref) {
                text.push_str(&format!("({kind}) "));
            }
            let prefix = text.len();
            text.push_str(&f.text);
            let mut marks = vec![Mark { start: 0, end: shown.len(), kind: MarkKind::Label }];
            self.note_marks(i, prefix, &text, pieces, &mut marks);
            let inline = pieces.inline_of(TextPart::Note(i));
            let breaks = inline.breaks.iter().map(|o| o + prefix).filter(|&o| o < text.len()).collect();
            self.blocks.push(Block {
                kind: BlockKind::Footnote,
                marks,
                breaks,
                hang: str_width(&shown) + 1,
                gap: i > 0,
                source: Some(Source {
                    part: Part::Footnote(i),
                    start: 0,
                    end: f.text.len(),
                    inserts: vec![(0, prefix)],
                }),
                text,
                role: Role::Body,
            });
        }
        for r in letter.footnote_refs.iter().filter(|r| r.footnote.is_none()) {
            let shown = marker_text(&r.marker);
            let n = shown.len();
            self.blocks.push(Block {
                kind: BlockKind::Footnote,
                marks: vec![Mark { start: 0, end: n, kind: MarkKind::Label }],
                hang: 0,
                gap: true,
                source: None,
                text: format!("{shown} (no text for this footnote in the source)"),
                role: Role::Body,
                breaks: Vec::new(),
            });
        }
    }

    /// The links to letters and the emphasis in footnote `i`, whose text begins at byte `prefix` of the block.
    fn note_marks(&mut self, i: usize, prefix: usize, text: &str, pieces: &Pieces, marks: &mut Vec<Mark>) {
        let block = self.blocks.len();
        let fits =
            |a: usize, b: usize| a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b);
        for &(a, b, letter) in pieces.note_refs.get(&i).map(Vec::as_slice).unwrap_or(&[]) {
            let (a, b) = (a + prefix, b + prefix);
            if !fits(a, b) {
                continue;
            }
            let kind = match letter {
                Some(ix) => {
                    self.links.push(Link { block, start: a, end: b, target: LinkTarget::Letter(ix) });
                    MarkKind::Reference(self.links.len() - 1)
                }
                None => MarkKind::Missing,
            };
            marks.push(Mark { start: a, end: b, kind });
        }
        for st in &pieces.inline_of(TextPart::Note(i)).styles {
            if fits(st.start + prefix, st.end + prefix) {
                marks.push(Mark {
                    start: st.start + prefix,
                    end: st.end + prefix,
                    kind: MarkKind::Emphasis(st.emphasis),
                });
            }
        }
        marks.sort_by_key(|m| m.start);
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
        self.blocks.push(Block {
            kind: BlockKind::Meta,
            text,
            marks,
            hang,
            gap,
            source: None,
            role: Role::Body,
            breaks: Vec::new(),
        });
    }

    /// A rule with an optional label.
    fn rule(&mut self, label: String, gap: bool) {
        let role = Role::Body;
        self.blocks.push(Block {
            kind: BlockKind::Rule,
            text: label,
            marks: Vec::new(),
            hang: 0,
            gap,
            source: None,
            role,
            breaks: Vec::new(),
        });
    }

    /// The block and display range of the source range `start..end` of `part`.
    pub(crate) fn locate(&self, part: Part, start: usize, end: usize) -> Option<(usize, usize, usize)> {
        if let Part::Meta(n) = part {
            let b = self.blocks.iter().enumerate().filter(|(_, b)| b.kind == BlockKind::Meta).nth(n)?.0;
            let len = self.blocks[b].text.len();
            return Some((b, start.min(len), end.min(len)));
        }
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
pub(crate) fn is_missing_reply_ref(r: &crate::model::Reference) -> bool {
    r.letter.is_none() && r.target == RefTarget::Addressee
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Footnote, FootnoteRef, PageBreak};

    fn corpus_with(letter: Letter) -> Corpus {
        Corpus { letters: vec![letter], ..Corpus::default() }
    }

    fn sample() -> Letter {
        let mut l = Letter::new("t.txt", 1, "Stalin to Roosevelt".into(), "Stalin".into(), "Roosevelt".into());
        l.paragraphs = vec!["First paragraph.", "At the Crimea Conference is to bind the troops."].into();
        l.footnote_refs = thin_vec::thin_vec![
            FootnoteRef { marker: "75".into(), paragraph: -1, offset: 19, footnote: Some(0) },
            FootnoteRef { marker: "76".into(), paragraph: 1, offset: 24, footnote: Some(1) },
        ];
        l.footnotes = thin_vec::thin_vec![
            Footnote { label: "1".into(), text: "Copy of telegram.".into(), line: 9 },
            Footnote { label: "2".into(), text: "Reference to section I.".into(), line: 10 },
        ];
        l.pages = thin_vec::thin_vec![PageBreak { page: "740".into(), paragraph: 1, offset: 25 }];
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
