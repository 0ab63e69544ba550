//! The `text` of a TEI file, streamed: blocks become paragraphs with their roles, notes footnotes, `pb` page
//! breaks, `lb` line breaks; `choice` shows what the writer wrote; `del`, `add`, `gap`, `unclear` and
//! `supplied` are marked. A `div type="document"` (a FRUS volume) opens a unit of its own.

use super::persons::{Registry, read_list};
use super::tree::MAX_DEPTH;
pub use super::unit::Unit;
use super::unit::{Dest, DocMeta, NotePlace};
use super::xml::{Ev, Tag, Xml};
use crate::model::{Emphasis, Role, TextPart};
use std::collections::HashSet;

/// What an open element means for the text inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Block(Option<Role>),
    Note,
    Hidden,
    /// Writes `close` after its content.
    Marked(&'static str),
    /// Emphasis over its content, from where it began; writes `close` after its content.
    Emph(Emphasis, Option<(TextPart, usize)>, &'static str),
    Doc,
    Head,
    /// A party of a document (`persName type="from"`): its text is collected for the sender or recipient.
    Party(bool),
    Date,
    Place,
    /// `choice`: where its shown words began, and the other readings gathered.
    Choice(Option<(usize, usize)>),
    /// A reading of a `choice` not shown (`expan`, `reg`, `corr`): gathered for search.
    Alternative,
    /// A link to another letter (`ref type="letter"`).
    LetterRef,
    Inline,
}

/// How a `text` element is read.
pub struct Options<'a> {
    /// Whether a `listPerson` in the text is read (the header names someone only by a key, say).
    pub people: bool,
    /// Whether a `div type="document"` is a document of its own (a volume's), not part of one letter whose
    /// header describes it (`correspDesc`).
    pub documents: bool,
    /// The ids of the file's notes, which pointers in the text may name.
    pub note_ids: &'a HashSet<String>,
    /// The ids of the header's `correspDesc`s, one per letter of an anthology, which its divisions name.
    pub letter_ids: &'a [String],
}

/// What reading a `text` element gives.
#[derive(Default)]
pub struct TextRead {
    /// The whole text as one unit, then one unit per `div type="document"`.
    pub units: Vec<Unit>,
    pub registry: Registry,
    /// A problem that stopped the reading: (line, message).
    pub broken: Option<(usize, String)>,
}

struct Walker<'a> {
    out: TextRead,
    /// Takes each document (`div type="document"`) as soon as it ends, so a volume is never held twice.
    on_doc: &'a mut dyn FnMut(Unit),
    frames: Vec<Kind>,
    /// Open units, innermost last (0 is the whole text).
    cur: Vec<usize>,
    hidden: usize,
    /// Parties being collected: (recipient?, text).
    party: Option<(bool, String)>,
    /// Depth of `dateline`/`opener` frames, where a date dates the letter.
    dating: usize,
    /// The attributes of the dating `date` being read, and its text so far.
    date_text: Option<(super::dates::DateSpec, String)>,
    place_text: Option<String>,
    /// The text of the `dateline` being read, whose first part may name the place when no `placeName` does.
    dateline_text: Option<String>,
    /// `hidden` as it was outside each open note.
    note_hidden: Vec<usize>,
    /// The other readings of each open `choice`.
    alternatives: Vec<String>,
    /// Elements open below the deepest one kept.
    flattened: usize,
    /// The ids of the file's notes, which pointers in the text may name.
    note_ids: &'a HashSet<String>,
    letter_ids: &'a [String],
    /// The depths of the open elements that quote or embed a text (`floatingText`, `quote`, `q`, `cit`): a letter
    /// quoted inside another text is no letter of the edition.
    embedded_at: Vec<usize>,
    /// Whether a `div type="document"` opens a document of its own.
    documents: bool,
    /// Pieces of text shown in paragraphs so far, and that count as each open block began: a block whose count
    /// has not moved holds no text of its own (a division of notes).
    shown: usize,
    block_marks: Vec<usize>,
}

/// Reads the `text` element whose start was just read. A `listPerson` in it is read only when `people` (the
/// header names someone only by a key, say); other lists are passed over unread. Each document that ends is
/// handed to `on_doc`; documents the file leaves open are among the units returned.
pub fn read(xml: &mut Xml<'_>, options: Options<'_>, on_doc: &mut dyn FnMut(Unit)) -> TextRead {
    let Options { people, documents, note_ids, letter_ids } = options;
    let mut w = Walker {
        out: TextRead { units: vec![Unit::default()], ..TextRead::default() },
        on_doc,
        frames: vec![Kind::Block(None)],
        cur: vec![0],
        hidden: 0,
        party: None,
        dating: 0,
        date_text: None,
        place_text: None,
        dateline_text: None,
        note_hidden: Vec::new(),
        alternatives: Vec::new(),
        flattened: 0,
        note_ids,
        letter_ids,
        embedded_at: Vec::new(),
        documents,
        shown: 0,
        block_marks: vec![0],
    };
    loop {
        match xml.next() {
            Ev::Start(tag) => {
                let line = if w.wants_line(tag.name) { xml.line() } else { 0 };
                if matches!(tag.name, "listPerson" | "listPlace" | "listBibl" | "listOrg" | "listEvent") {
                    if tag.name == "listPerson" && people {
                        let (node, err) = super::tree::read(xml, &tag);
                        read_list(&node, &mut w.out.registry);
                        if let Some(e) = err {
                            w.out.broken = Some((xml.line(), e));
                            break;
                        }
                    } else if !xml.skip(&tag) {
                        w.out.broken = Some((xml.line(), "the file ends inside an element".into()));
                        break;
                    }
                    continue;
                }
                if w.frames.len() >= MAX_DEPTH {
                    // Deeper elements are read as part of the one above them: no step looks deeper than that.
                    w.flattened += 1;
                    continue;
                }
                let kind = w.start(&tag, line);
                w.frames.push(kind);
            }
            Ev::Empty(_) if w.frames.len() >= MAX_DEPTH => {}
            Ev::Empty(tag) => {
                let line = if w.wants_line(tag.name) { xml.line() } else { 0 };
                let kind = w.start(&tag, line);
                w.frames.push(kind);
                w.end();
            }
            Ev::Text(t) => {
                let line = if w.wants_line("") { xml.line() } else { 0 };
                w.text(&t, line);
            }
            Ev::End(_) if w.flattened > 0 => w.flattened -= 1,
            Ev::End(_) => {
                if w.frames.len() == 1 {
                    break;
                }
                w.end();
            }
            Ev::Eof => {
                w.out.broken = Some((xml.line(), "the file ends inside the text".into()));
                break;
            }
            Ev::Broken(e) => {
                w.out.broken = Some((xml.line(), e));
                break;
            }
        }
    }
    for u in &mut w.out.units {
        u.finish(Role::Body);
    }
    w.out
}

impl Walker<'_> {
    fn unit(&mut self) -> &mut Unit {
        let ix = self.cur.last().copied().unwrap_or(0);
        &mut self.out.units[ix]
    }

    /// Whether what comes next needs the line it is on: a note, or text that may begin a paragraph. Lines are
    /// counted only then.
    fn wants_line(&self, name: &str) -> bool {
        let ix = self.cur.last().copied().unwrap_or(0);
        name == "note" || self.out.units[ix].at_paragraph_start()
    }

    /// Where shown text would go now (nowhere when hidden or in the heading).
    fn here(&self) -> Option<(TextPart, usize)> {
        let ix = self.cur.last().copied().unwrap_or(0);
        if self.hidden > 0 { None } else { self.out.units[ix].pos(self.dest()) }
    }

    /// Emphasis that writes `open` before its content and `close` after it.
    fn emph(&mut self, e: Emphasis, open: &str, close: &'static str, line: usize) -> Kind {
        let at = self.here();
        self.put(open, line);
        Kind::Emph(e, at, close)
    }

    fn dest(&self) -> Dest {
        let ix = self.cur.last().copied().unwrap_or(0);
        if self.out.units[ix].in_note() {
            Dest::Note
        } else if self.frames.iter().rev().take_while(|k| **k != Kind::Doc).any(|k| *k == Kind::Head)
            && self.out.units[ix].doc.is_some()
        {
            Dest::Heading
        } else {
            Dest::Paragraph
        }
    }

    /// The role of the innermost block that has one.
    fn role(&self) -> Role {
        self.frames
            .iter()
            .rev()
            .find_map(|k| if let Kind::Block(Some(r)) = k { Some(*r) } else { None })
            .unwrap_or_default()
    }

    fn text(&mut self, t: &str, line: usize) {
        if self.frames.contains(&Kind::Alternative)
            && let Some(alt) = self.alternatives.last_mut()
        {
            alt.push_str(t);
            alt.push(' ');
        }
        if self.hidden > 0 {
            return;
        }
        if let Some((_, s)) = &mut self.party {
            s.push_str(t);
        }
        if let Some((_, s)) = &mut self.date_text {
            s.push_str(t);
        }
        if let Some(s) = &mut self.place_text {
            s.push_str(t);
        }
        if let Some(s) = &mut self.dateline_text {
            s.push_str(t);
        }
        let dest = self.dest();
        if dest == Dest::Paragraph && !t.trim().is_empty() {
            self.shown += 1;
        }
        self.unit().text(dest, t, line);
    }

    fn put(&mut self, s: &str, line: usize) {
        if self.hidden == 0 {
            let dest = self.dest();
            self.unit().text(dest, s, line);
        }
    }

    fn block(&mut self, role: Option<Role>) -> Kind {
        self.block_marks.push(self.shown);
        if matches!(role, Some(Role::Opener | Role::Dateline)) {
            self.dating += 1;
        }
        if self.dest() == Dest::Paragraph {
            let r = self.role();
            self.unit().flush(r);
        } else {
            self.put(" ", 0);
        }
        Kind::Block(role)
    }

    fn start(&mut self, tag: &Tag<'_>, line: usize) -> Kind {
        let ty = tag.attr("type");
        if matches!(tag.name, "floatingText" | "quote" | "q" | "cit") {
            self.embedded_at.push(self.frames.len());
        }
        match tag.name {
            "note" => {
                let dest = self.dest();
                let anchor = tag.attr("corresp").or_else(|| tag.attr("target"));
                let anchor =
                    anchor.as_deref().and_then(|a| a.split_whitespace().next()).map(|a| a.trim_start_matches('#'));
                // A note apart from the text (in a block that holds no text of its own) names the anchor where
                // its marker goes; one after the words it comments highlights them.
                let apart = dest == Dest::Paragraph
                    && matches!(self.frames.last(), Some(Kind::Block(_)))
                    && self.block_marks.last() == Some(&self.shown);
                let at = anchor.filter(|_| apart).and_then(|a| self.unit().detached_anchor(a));
                if let (Some(a), None) = (anchor, at) {
                    self.unit().anchored(a, dest);
                }
                let n = tag.attr("n").filter(|n| !n.trim().is_empty());
                let place = NotePlace { id: tag.attr("id").filter(|id| self.note_ids.contains(id)), at };
                self.unit().open_note(n, ty, dest, line, place);
                // A note is read even inside hidden content: its text shows as the footnote.
                let saved = std::mem::take(&mut self.hidden);
                self.note_hidden.push(saved);
                Kind::Note
            }
            "pb" => {
                let dest = self.dest();
                self.unit().page_break(tag.attr("n").filter(|n| !n.trim().is_empty()), dest);
                Kind::Inline
            }
            "lb" => {
                let dest = self.dest();
                let joins = tag.attr("break").is_some_and(|b| b == "no");
                if self.hidden == 0 {
                    self.unit().line_break(dest, joins, line);
                }
                Kind::Inline
            }
            "div"
                if self.documents
                    && (ty.as_deref() == Some("document")
                        || self.embedded_at.is_empty()
                            && self.dest() == Dest::Paragraph
                            && (is_letter_type(ty.as_deref()) || self.describes(tag))) =>
            {
                let meta = DocMeta {
                    letter: is_letter_type(ty.as_deref()),
                    described_by: self.described_by(tag),
                    n: tag.attr("n"),
                    id: tag.attr("id"),
                    date_min: tag.attr("doc-dateTime-min"),
                    date_max: tag.attr("doc-dateTime-max"),
                    ..DocMeta::default()
                };
                let r = self.role();
                self.unit().flush(r);
                self.out.units.push(Unit::doc(meta));
                self.cur.push(self.out.units.len() - 1);
                Kind::Doc
            }
            "div" | "p" | "ab" | "lg" | "l" | "list" | "item" | "table" | "row" | "address" | "addrLine" | "byline"
            | "argument" | "epigraph" | "trailer" | "floatingText" | "body" | "front" | "back" | "figure" => {
                self.block(div_role(tag.name, ty.as_deref()))
            }
            // The numbered divisions of older encodings (`div1` ... `div7`) are divisions like `div`.
            n if numbered_div(n) => self.block(div_role("div", ty.as_deref())),
            "head" => {
                let u = self.unit();
                let opens_doc = u.doc.is_some() && u.paragraphs.is_empty() && u.heading.is_empty();
                if opens_doc && self.dest() == Dest::Paragraph { Kind::Head } else { self.block(None) }
            }
            "opener" | "closer" | "dateline" | "salute" | "signed" | "postscript" => {
                if tag.name == "dateline" && self.dateline_text.is_none() && self.hidden == 0 {
                    self.dateline_text = Some(String::new());
                }
                self.block(div_role(tag.name, None))
            }
            "persName" | "gloss" | "orgName" if matches!(ty.as_deref(), Some("from" | "to")) => {
                if self.unit().doc.is_some() && self.party.is_none() && !self.unit().in_note() {
                    self.party = Some((ty.as_deref() == Some("to"), String::new()));
                    Kind::Party(ty.as_deref() == Some("to"))
                } else {
                    Kind::Inline
                }
            }
            "date" if self.dating > 0 && self.date_text.is_none() => {
                let spec = super::dates::DateSpec::of_attrs(|k| tag.attr(k), String::new());
                self.date_text = Some((spec, String::new()));
                Kind::Date
            }
            "placeName" if self.dating > 0 && self.place_text.is_none() => {
                self.place_text = Some(String::new());
                Kind::Place
            }
            _ => self.start_inline(tag, ty, line),
        }
    }

    /// Inline elements: links to letters, `choice` and its readings, and the editorial marks.
    fn start_inline(&mut self, tag: &Tag<'_>, ty: Option<String>, line: usize) -> Kind {
        if matches!(tag.name, "ref" | "ptr")
            && self.hidden == 0
            && let Some(id) = self.note_pointed_at(tag)
        {
            // The note's marker stands here; the pointer's own words (its number) are the marker's.
            let dest = self.dest();
            self.unit().point_to_note(id, dest);
            return if tag.name == "ref" { self.hide() } else { Kind::Inline };
        }
        match tag.name {
            "ref" if matches!(ty.as_deref(), Some("letter" | "brief")) && self.dest() != Dest::Heading => {
                match tag.attr("target").map(|t| super::persons::key_id(&t).to_string()) {
                    Some(t) if !t.is_empty() && self.hidden == 0 => {
                        let dest = self.dest();
                        self.unit().open_letter_ref(t, dest, false);
                        Kind::LetterRef
                    }
                    _ => Kind::Inline,
                }
            }
            // A pointer without a type to another file of the edition, or to an element of this one: a link when
            // it names a letter.
            "ref" if ty.is_none() && self.dest() != Dest::Heading && self.hidden == 0 => {
                match tag.attr("target").as_deref().and_then(local_target) {
                    Some(t) => {
                        let dest = self.dest();
                        self.unit().open_letter_ref(t, dest, true);
                        Kind::LetterRef
                    }
                    None => Kind::Inline,
                }
            }
            "choice" => {
                let at = (self.dest() == Dest::Paragraph && self.hidden == 0).then(|| self.unit().mark());
                self.alternatives.push(String::new());
                Kind::Choice(at)
            }
            // A critical apparatus shows its lemma; the other witnesses' readings are gathered for search.
            "app" => {
                let at = (self.dest() == Dest::Paragraph && self.hidden == 0).then(|| self.unit().mark());
                self.alternatives.push(String::new());
                Kind::Choice(at)
            }
            "expan" | "reg" | "corr" | "rdg" if matches!(self.frames.last(), Some(Kind::Choice(_))) => {
                self.hidden += 1;
                Kind::Alternative
            }
            "fw" | "figDesc" | "facsimile" => self.hide(),
            "gap" => {
                let at = self.here();
                self.put("[…]", line);
                if let Some(at) = at {
                    self.unit().style(at, Emphasis::Editorial);
                }
                Kind::Inline
            }
            "hi" => match tag.attr("rend").and_then(|r| r.split_whitespace().find_map(Emphasis::of_rend)) {
                Some(e) => self.emph(e, "", "", line),
                None => Kind::Inline,
            },
            "anchor" => {
                if let (Some(id), 0) = (tag.attr("id"), self.hidden) {
                    let dest = self.dest();
                    self.unit().anchor(id, dest);
                }
                Kind::Inline
            }
            "space" => {
                self.put(" ", line);
                Kind::Inline
            }
            "del" => self.emph(Emphasis::Deleted, "⟦", "⟧", line),
            "add" => self.emph(Emphasis::Added, "⸌", "⸍", line),
            "supplied" => self.emph(Emphasis::Editorial, "[", "]", line),
            "unclear" => self.emph(Emphasis::Unclear, "", "[?]", line),
            // A letterhead line is a line of its own; a part set left or right stands apart from the next.
            "seg" if ty.as_deref() == Some("letterhead") => self.block(None),
            "seg" if tag.attr("rend").is_some_and(|r| matches!(r.as_str(), "left" | "right" | "center")) => {
                self.put(" ", line);
                Kind::Marked(" ")
            }
            "cell" => {
                self.put(" ", line);
                Kind::Inline
            }
            _ => Kind::Inline,
        }
    }

    /// The header's `correspDesc` a division says it is described by (`decls`, or `corresp`), among the file's.
    fn described_by(&self, tag: &Tag<'_>) -> Option<String> {
        if self.letter_ids.is_empty() {
            return None;
        }
        let named = tag.attr("decls").or_else(|| tag.attr("corresp"))?;
        named
            .split_whitespace()
            .map(|t| t.trim_start_matches('#'))
            .find(|t| self.letter_ids.iter().any(|i| i == t))
            .map(str::to_string)
    }

    fn describes(&self, tag: &Tag<'_>) -> bool {
        self.described_by(tag).is_some()
    }

    /// The id of the file's note a pointer names (`#n1`).
    fn note_pointed_at(&self, tag: &Tag<'_>) -> Option<String> {
        if self.note_ids.is_empty() {
            return None;
        }
        let target = tag.attr("target")?;
        let id = target.trim().strip_prefix('#')?;
        self.note_ids.contains(id).then(|| id.to_string())
    }

    fn hide(&mut self) -> Kind {
        self.hidden += 1;
        Kind::Hidden
    }

    fn end(&mut self) {
        let Some(kind) = self.frames.pop() else { return };
        if self.embedded_at.last() == Some(&self.frames.len()) {
            self.embedded_at.pop();
        }
        match kind.clone() {
            Kind::Block(role) => {
                self.block_marks.pop();
                if self.dest() == Dest::Paragraph {
                    let r = role.unwrap_or_else(|| self.role());
                    self.unit().flush(r);
                } else {
                    self.put(" ", 0);
                }
            }
            Kind::Note => {
                self.hidden = self.note_hidden.pop().unwrap_or(0);
                if let Some(text) = self.unit().close_note() {
                    let kind = self.unit().kinds.last().cloned().flatten();
                    if kind.as_deref() == Some("source") && self.unit().source.is_none() {
                        self.unit().source = Some(text);
                    }
                }
            }
            Kind::Hidden => self.hidden = self.hidden.saturating_sub(1),
            Kind::Marked(close) => self.put(close, 0),
            Kind::Emph(e, at, close) => {
                self.put(close, 0);
                if let Some(at) = at.filter(|_| self.hidden == 0) {
                    self.unit().style(at, e);
                }
            }
            Kind::Doc => {
                let r = self.role();
                self.unit().finish(r);
                if self.cur.len() > 1 {
                    let ix = self.cur.pop().unwrap_or(0);
                    // Documents nest, so the one ending is the last unit: handed on, not kept.
                    if ix > 0
                        && ix + 1 == self.out.units.len()
                        && let Some(u) = self.out.units.pop()
                    {
                        (self.on_doc)(u);
                    }
                }
            }
            Kind::Party(to) => {
                if let Some((_, name)) = self.party.take() {
                    let name = super::tree::collapse(&name);
                    if let Some(doc) = &mut self.unit().doc
                        && !name.is_empty()
                    {
                        if to { doc.to.push(name) } else { doc.from.push(name) }
                    }
                }
            }
            Kind::Date => {
                if let Some((spec, text)) = self.date_text.take() {
                    let d = super::dates::DateSpec { text, ..spec }.resolve();
                    if d.date.is_some() && self.unit().dateline.is_none() {
                        self.unit().dateline = Some(d);
                    }
                }
            }
            Kind::Place => {
                if let Some(p) = self.place_text.take() {
                    let p = super::tree::collapse(&p);
                    if !p.is_empty() && self.unit().place.is_none() {
                        self.unit().place = Some(p);
                    }
                }
            }
            Kind::LetterRef => {
                let dest = self.dest();
                self.unit().close_letter_ref(dest, 0);
            }
            Kind::Alternative => self.hidden = self.hidden.saturating_sub(1),
            Kind::Choice(at) => {
                let alt = self.alternatives.pop().unwrap_or_default();
                if let Some(at) = at {
                    self.unit().reading(at, &alt);
                }
            }
            Kind::Head | Kind::Inline => {}
        }
        if matches!(kind, Kind::Block(Some(Role::Opener | Role::Dateline))) {
            self.dating = self.dating.saturating_sub(1);
        }
        if kind == Kind::Block(Some(Role::Dateline))
            && let Some(line) = self.dateline_text.take()
            && self.unit().place.is_none()
        {
            self.unit().place = place_of_dateline(&line);
        }
    }
}

/// The id a pointer without a type names, when it may be a letter of the edition: a file beside this one
/// (`let416.xml`) or an element of this one (`#rb1`); an address elsewhere or a place in a file is none.
fn local_target(target: &str) -> Option<String> {
    let t = target.trim();
    if t.contains(char::is_whitespace) || t.contains("://") || t.contains(':') && !t.starts_with('#') {
        return None;
    }
    if let Some(id) = t.strip_prefix('#') {
        return (!id.is_empty() && !id.contains('#')).then(|| id.to_string());
    }
    let file = t.strip_suffix(".xml").filter(|f| !f.is_empty() && !f.contains(['#', '/']))?;
    Some(file.to_string())
}

/// Whether a division's type makes it one letter (`letter`, and the word in the edition's language).
fn is_letter_type(ty: Option<&str>) -> bool {
    const LETTER: [&str; 6] = ["letter", "brief", "lettre", "lettera", "carta", "brev"];
    ty.is_some_and(|t| LETTER.iter().any(|l| t.trim().eq_ignore_ascii_case(l)))
}

/// The place a dateline names before its date (`Jena, 3. Mai 1840`, `Arles, le 3 octobre`): its first part up to
/// a comma, when that is a few words without figures beginning with a capital.
fn place_of_dateline(line: &str) -> Option<String> {
    let line = super::tree::collapse(line);
    let (first, rest) = line.split_once(',')?;
    let first = first.trim().trim_start_matches(['[', '(']).trim_end_matches([']', ')']).trim();
    let words = first.split_whitespace().count();
    let capital = first.chars().next().is_some_and(char::is_uppercase);
    let plain = !first.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | ';' | '.' | '!' | '?'));
    // A dateline's first part naming a day of the week names no place.
    let day = first.split_whitespace().any(crate::model::weekdays::is_weekday)
        || crate::model::date::month_from_word(first).is_some();
    (capital && plain && !day && (1..=3).contains(&words) && !rest.trim().is_empty()).then(|| first.to_string())
}

fn numbered_div(name: &str) -> bool {
    name.strip_prefix("div").is_some_and(|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The role an element or a `div @type` gives its paragraphs.
fn div_role(name: &str, ty: Option<&str>) -> Option<Role> {
    let key = if name == "div" { ty.unwrap_or("") } else { name };
    Some(match key {
        "opener" => Role::Opener,
        "dateline" => Role::Dateline,
        "salute" => Role::Salute,
        "closer" => Role::Closer,
        "signed" | "signature" => Role::Signed,
        "postscript" | "ps" => Role::Postscript,
        _ => return None,
    })
}
