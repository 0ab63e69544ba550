//! One letter's (or one FRUS document's) text as it is read: paragraphs with their roles, footnotes with their
//! markers, page breaks, the heading, and what the text itself says about the parties and the date.

use super::dates::Dated;
use super::tree::push_collapsed;
use crate::model::{
    Emphasis, Footnote, FootnoteRef, LetterRef, LineBreak, PageBreak, Paragraphs, Reading, Role, Styled, TextPart,
};
use std::collections::HashMap;

/// A FRUS-style document's own metadata (`div type="document"`).
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    /// A division the edition calls a letter (`div type="letter"`), not a volume's document.
    pub letter: bool,
    /// The `correspDesc` of the header that describes it (`decls="#letter1"`), in an anthology of letters.
    pub described_by: Option<String>,
    pub n: Option<String>,
    pub id: Option<String>,
    pub date_min: Option<String>,
    pub date_max: Option<String>,
    pub from: Vec<String>,
    pub to: Vec<String>,
}

/// What places a note's marker: the note's `xml:id`, which a pointer may name, and its anchor's place.
#[derive(Debug, Default)]
pub struct NotePlace {
    pub id: Option<String>,
    pub at: Option<(isize, usize)>,
}

/// Where text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    Paragraph,
    Heading,
    Note,
}

#[derive(Debug, Default)]
pub struct Unit {
    pub paragraphs: Paragraphs,
    pub roles: Vec<Role>,
    pub lines: Vec<usize>,
    pub pages: Vec<PageBreak>,
    pub refs: Vec<FootnoteRef>,
    pub notes: Vec<Footnote>,
    pub kinds: Vec<Option<String>>,
    pub heading: String,
    pub doc: Option<DocMeta>,
    /// The first dated `date` of a dateline or opener.
    pub dateline: Option<Dated>,
    pub place: Option<String>,
    pub source: Option<String>,
    buf: String,
    buf_line: usize,
    /// After `lb break="no"`: the next text joins without a space.
    join: bool,
    /// Notes being read (innermost last): index into `notes` and its text so far.
    open_notes: Vec<(usize, String)>,
    /// Whether each note had its own `n`.
    numbered: Vec<bool>,
    /// Whether the link being read is a pointer without a type.
    open_ref_unsure: bool,
    pub letter_refs: Vec<LetterRef>,
    pub readings: Vec<Reading>,
    /// A link to a letter being read: its target, part and start.
    open_ref: Option<(String, TextPart, usize)>,
    pub styles: Vec<Styled>,
    pub line_breaks: Vec<LineBreak>,
    /// Anchors (`anchor xml:id`) in the text: where they stand, for the note that comments on the words after them.
    anchors: HashMap<String, (TextPart, usize)>,
    /// Where pointers to notes not read yet stand (`ref`/`ptr target="#n1"`), by the note's id.
    pointers: HashMap<String, (isize, usize)>,
    /// The notes read, by their `xml:id`, for a pointer met after its note.
    note_ids: HashMap<String, usize>,
}

/// Notes' words highlighted back from their anchor over at most this many paragraphs.
const ANCHOR_REACH: usize = 20;

impl Unit {
    pub fn doc(meta: DocMeta) -> Unit {
        Unit { doc: Some(meta), ..Unit::default() }
    }

    /// Whether nothing was read into it: no paragraph, page, note or document.
    pub fn is_blank(&self) -> bool {
        self.paragraphs.is_empty() && self.pages.is_empty() && self.notes.is_empty() && self.doc.is_none()
    }

    /// Adds text where it goes.
    pub fn text(&mut self, dest: Dest, t: &str, line: usize) {
        let join = std::mem::take(&mut self.join);
        let t = if join { t.trim_start() } else { t };
        if t.is_empty() {
            self.join = join;
            return;
        }
        let out = match dest {
            Dest::Note => match self.open_notes.last_mut() {
                Some((_, s)) => s,
                None => &mut self.buf,
            },
            Dest::Heading => &mut self.heading,
            Dest::Paragraph => {
                if self.buf.is_empty() {
                    self.buf_line = line;
                }
                &mut self.buf
            }
        };
        push_collapsed(out, t);
    }

    /// A line break: a space, or nothing when the word goes on (`break="no"`).
    pub fn line_break(&mut self, dest: Dest, joins: bool, line: usize) {
        if joins {
            let out = match dest {
                Dest::Note => self.open_notes.last_mut().map(|(_, s)| s),
                Dest::Heading => Some(&mut self.heading),
                Dest::Paragraph => Some(&mut self.buf),
            };
            if let Some(out) = out {
                let n = out.trim_end().len();
                out.truncate(n);
            }
            self.join = true;
        } else {
            self.text(dest, " ", line);
            if let Some((part, offset)) = self.pos(dest).filter(|p| p.1 > 0) {
                self.line_breaks.push(LineBreak { part, offset });
            }
        }
    }

    /// Where text would go now: the paragraph being read or the innermost open note, and its length so far.
    pub fn pos(&self, dest: Dest) -> Option<(TextPart, usize)> {
        match dest {
            Dest::Paragraph => Some((TextPart::Para(self.paragraphs.len()), self.buf.len())),
            Dest::Note => self.open_notes.last().map(|(ix, s)| (TextPart::Note(*ix), s.len())),
            Dest::Heading => None,
        }
    }

    /// The text of a part as read so far.
    fn part_text(&self, part: TextPart) -> &str {
        match part {
            TextPart::Para(p) if p == self.paragraphs.len() => &self.buf,
            TextPart::Para(p) => self.paragraphs.get(p).unwrap_or(""),
            TextPart::Note(ix) => match self.open_notes.iter().rev().find(|(i, _)| *i == ix) {
                Some((_, s)) => s,
                None => self.notes.get(ix).map(|n| n.text.as_str()).unwrap_or(""),
            },
        }
    }

    /// Emphasis over the words from `start` to here (or to the end of its part, when that part has ended).
    pub fn style(&mut self, (part, start): (TextPart, usize), emphasis: Emphasis) {
        let text = self.part_text(part);
        let end = text.trim_end().len();
        let start = start.min(end);
        let start = start + text[start..end].len() - text[start..end].trim_start().len();
        if start < end {
            self.styles.push(Styled { part, start, end, emphasis });
        }
    }

    /// An anchor: the words after it, up to the note that names it, are that note's.
    pub fn anchor(&mut self, id: String, dest: Dest) {
        if let Some(at) = self.pos(dest) {
            self.anchors.insert(id, at);
        }
    }

    /// A note naming an anchor begins: the words since the anchor are highlighted (across paragraphs too).
    pub fn anchored(&mut self, id: &str, dest: Dest) {
        let (Some((from_part, from)), Some((here, _))) = (self.anchors.remove(id), self.pos(dest)) else { return };
        match (from_part, here) {
            (TextPart::Para(a), TextPart::Para(b)) if a < b && b - a <= ANCHOR_REACH => {
                self.style((from_part, from), Emphasis::Anchored);
                for p in a + 1..=b {
                    self.style((TextPart::Para(p), 0), Emphasis::Anchored);
                }
            }
            (a, b) if a == b => self.style((from_part, from), Emphasis::Anchored),
            _ => {}
        }
    }

    /// Ends the paragraph being read, if it holds text.
    pub fn flush(&mut self, role: Role) {
        let t = self.buf.trim_end();
        if t.is_empty() {
            self.buf.clear();
            return;
        }
        // An exact copy: the buffer keeps its room for the next paragraph, the paragraph takes no more than it needs.
        self.paragraphs.push(t);
        self.buf.clear();
        self.roles.push(role);
        self.lines.push(self.buf_line);
        self.join = false;
    }

    /// Where the next mark stands: in the heading, the paragraph being read, or (between paragraphs) the next.
    fn here(&self, dest: Dest) -> (isize, usize) {
        match dest {
            Dest::Heading => (-1, self.heading.len()),
            _ => (self.paragraphs.len() as isize, self.buf.len()),
        }
    }

    /// A page break with its number (`n`), or its count when it has none.
    pub fn page_break(&mut self, n: Option<String>, dest: Dest) {
        let (paragraph, offset) = self.here(if dest == Dest::Heading { dest } else { Dest::Paragraph });
        let page = n.unwrap_or_else(|| (self.pages.len() + 1).to_string());
        self.pages.push(PageBreak { page, paragraph, offset });
    }

    /// A pointer to a note (`ref`/`ptr target="#n1"`): the note's marker stands here, wherever the note is.
    pub fn point_to_note(&mut self, id: String, dest: Dest) {
        let at = self.here(if dest == Dest::Heading { dest } else { Dest::Paragraph });
        match self.note_ids.get(&id) {
            Some(&ix) => {
                if let Some(r) = self.refs.get_mut(ix) {
                    (r.paragraph, r.offset) = at;
                }
            }
            None => {
                self.pointers.insert(id, at);
            }
        }
    }

    /// A note standing apart (nothing of its paragraph read yet) that names an anchor in an earlier paragraph:
    /// the anchor's place, where its marker belongs.
    pub fn detached_anchor(&mut self, id: &str) -> Option<(isize, usize)> {
        if !self.buf.is_empty() {
            return None;
        }
        match self.anchors.get(id) {
            Some(&(TextPart::Para(p), offset)) if p < self.paragraphs.len() => {
                self.anchors.remove(id);
                Some((p as isize, offset))
            }
            _ => None,
        }
    }

    /// A note begins: its marker stands where a pointer to it (by its `id`) or its anchor (`at`) stands, else
    /// where the note stood; numbered in order unless it has its own `n`.
    pub fn open_note(&mut self, n: Option<String>, kind: Option<String>, dest: Dest, line: usize, place: NotePlace) {
        let pointed = place.id.as_ref().and_then(|id| self.pointers.remove(id)).or(place.at);
        let (paragraph, offset) = match (pointed, dest) {
            (Some(at), _) => at,
            (None, Dest::Note) => self.here(Dest::Paragraph),
            (None, d) => self.here(d),
        };
        let ix = self.notes.len();
        if let Some(id) = place.id {
            self.note_ids.insert(id, ix);
        }
        self.numbered.push(n.is_some());
        let label = n.unwrap_or_else(|| (ix + 1).to_string());
        self.refs.push(FootnoteRef { marker: label.clone(), paragraph, offset, footnote: Some(ix) });
        self.notes.push(Footnote { label, text: String::new(), line });
        self.kinds.push(kind);
        self.open_notes.push((ix, String::new()));
    }

    /// The innermost note ends; returns its text.
    pub fn close_note(&mut self) -> Option<String> {
        let (ix, text) = self.open_notes.pop()?;
        let text = text.trim_end().to_string();
        if let Some(f) = self.notes.get_mut(ix) {
            f.text = text.clone();
        }
        Some(text)
    }

    /// A link to another letter begins here (in the text or in a note).
    pub fn open_letter_ref(&mut self, target: String, dest: Dest, unsure: bool) {
        self.open_ref = self.pos(dest).map(|(part, at)| (target, part, at));
        self.open_ref_unsure = unsure;
    }

    /// The link ends: the words it spans, or, when it spans none, an arrow and the letter's id put in.
    pub fn close_letter_ref(&mut self, dest: Dest, line: usize) {
        let Some((target, part, mut start)) = self.open_ref.take() else { return };
        if self.pos(dest).is_none_or(|(p, len)| p != part || len < start) {
            return;
        }
        let unsure = self.open_ref_unsure;
        if self.part_text(part).trim_end().len() <= start {
            if unsure {
                return;
            }
            self.text(dest, &format!(" [→ {target}]"), line);
            start = self.part_text(part).rfind("[→ ").unwrap_or(start);
        }
        let end = self.part_text(part).trim_end().len();
        if end > start {
            let (paragraph, note) = match part {
                TextPart::Para(p) => (p, None),
                TextPart::Note(ix) => (0, Some(ix)),
            };
            self.letter_refs.push(LetterRef { paragraph, start, end, target, letter: None, note, unsure });
        }
    }

    /// Where the paragraph being read stands: its index and length so far.
    pub fn mark(&self) -> (usize, usize) {
        (self.paragraphs.len(), self.buf.len())
    }

    /// Another reading of the words since `mark`, when they are still in the paragraph being read.
    pub fn reading(&mut self, (p, start): (usize, usize), text: &str) {
        let text = super::tree::collapse(text);
        let end = self.buf.trim_end().len();
        if p == self.paragraphs.len() && end > start && !text.is_empty() {
            self.readings.push(Reading { paragraph: p, start, end, text });
        }
    }

    /// Whether text now would begin a paragraph (which then needs its line).
    pub fn at_paragraph_start(&self) -> bool {
        self.buf.is_empty()
    }

    pub fn in_note(&self) -> bool {
        !self.open_notes.is_empty()
    }

    /// Gives back the room the vectors grew beyond what they hold (a volume has tens of thousands of units), and
    /// the buffer's.
    fn shrink(&mut self) {
        self.paragraphs.shrink_to_fit();
        self.roles.shrink_to_fit();
        self.lines.shrink_to_fit();
        self.pages.shrink_to_fit();
        self.refs.shrink_to_fit();
        self.notes.shrink_to_fit();
        self.kinds.shrink_to_fit();
        self.letter_refs.shrink_to_fit();
        self.readings.shrink_to_fit();
        self.styles.shrink_to_fit();
        self.line_breaks.shrink_to_fit();
        self.buf = String::new();
        self.numbered = Vec::new();
        self.open_notes = Vec::new();
    }

    /// Closes what is open and moves marks past the last paragraph back onto it (or onto the heading).
    pub fn finish(&mut self, role: Role) {
        while self.close_note().is_some() {}
        self.flush(role);
        self.heading = self.heading.trim_end().to_string();
        let (paras, heading_len) = (&self.paragraphs, self.heading.len());
        let fix = |p: &mut isize, o: &mut usize| {
            if *p >= 0 && *p as usize >= paras.len() {
                match paras.last() {
                    Some(last) => (*p, *o) = (paras.len() as isize - 1, last.len()),
                    None => (*p, *o) = (-1, heading_len),
                }
            }
            let len = if *p < 0 { heading_len } else { paras[*p as usize].len() };
            *o = (*o).min(len);
        };
        for r in &mut self.refs {
            fix(&mut r.paragraph, &mut r.offset);
        }
        for b in &mut self.pages {
            fix(&mut b.paragraph, &mut b.offset);
        }
        let paras = &self.paragraphs;
        self.readings
            .retain(|r| paras.get(r.paragraph).is_some_and(|t| r.end <= t.len() && t.is_char_boundary(r.start)));
        let notes = &self.notes;
        let text_of = |part: TextPart| match part {
            TextPart::Para(p) => paras.get(p),
            TextPart::Note(ix) => notes.get(ix).map(|n| n.text.as_str()),
        };
        let fits = |part: TextPart, start: usize, end: usize| {
            text_of(part)
                .is_some_and(|t| start < end && end <= t.len() && t.is_char_boundary(start) && t.is_char_boundary(end))
        };
        self.letter_refs.retain(|r| {
            let part = r.note.map_or(TextPart::Para(r.paragraph), TextPart::Note);
            fits(part, r.start, r.end)
        });
        self.styles.retain(|s| fits(s.part, s.start, s.end));
        self.line_breaks.retain(|b| fits(b.part, 0, b.offset) && text_of(b.part).is_some_and(|t| b.offset < t.len()));
        self.anchors = HashMap::new();
        self.pointers = HashMap::new();
        self.note_ids = HashMap::new();
        // Among numbered notes, one without a number (a source note) is marked `*`, not given a number of theirs.
        if self.numbered.contains(&true) {
            for (ix, numbered) in self.numbered.iter().enumerate() {
                if !numbered {
                    // Each note has the one marker made with it, at the same index.
                    self.notes[ix].label = "*".into();
                    if let Some(r) = self.refs.get_mut(ix) {
                        r.marker = "*".into();
                    }
                }
            }
        }
        if self.kinds.iter().all(Option::is_none) {
            self.kinds.clear();
        }
        if self.roles.iter().all(|r| *r == Role::Body) {
            self.roles.clear();
        }
        self.shrink();
    }
}
