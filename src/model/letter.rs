//! The domain model: a corpus of letters, each with its paragraphs, footnotes, page breaks,
//! references to other letters and its place in a reply thread.

use super::date::Date;
pub use super::date_range::DateRange;
use super::file_name::FileName;
use super::fit::{fit, fit_str, fit_thin};
use super::inline::{LineBreak, Styled};
use super::letter_extra::{LetterExtra, LetterRef, Reading, Role};
use super::paragraphs::Paragraphs;
use super::people::People;
use serde::Serialize;
use thin_vec::ThinVec;

/// Index of a letter in [`Corpus::letters`].
pub type LetterIx = usize;

/// Which event a letter's date records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// `Sent on January 8, 1942`.
    Sent,
    /// `Received on January 5, 1942`.
    Received,
    /// A date line after the body, or a dated place line (`Moscow, July 18, 1941`).
    Written,
}

impl DateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Sent => "sent",
            DateKind::Received => "received",
            DateKind::Written => "written",
        }
    }
}

/// How a reply link was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReplyBasis {
    /// The letter names the date of the message it answers.
    Explicit,
    /// The letter thanks for "your message" without a date: linked to the latest earlier letter from the addressee.
    Inferred,
    /// The edition's markup names the previous letter of the correspondence, written by this letter's addressee
    /// (TEI `correspContext/ref`), or its editor says which letter this one answers (`an answer to the preceding
    /// letter`, `(Reply to Letter 12)`).
    Edition,
}

/// Where a page of the printed edition begins: in paragraph `paragraph` (-1 = heading), at byte `offset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageBreak {
    pub page: String,
    pub paragraph: isize,
    pub offset: usize,
}

/// A footnote marker as it stood in the text (removed from the text itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FootnoteRef {
    /// The marker as printed: `75`, `*`.
    pub marker: String,
    /// Paragraph index, -1 for the heading.
    pub paragraph: isize,
    /// Byte offset in that paragraph's text where the marker stood.
    pub offset: usize,
    /// Index into [`Letter::footnotes`], or `None` when the file has no text for it.
    pub footnote: Option<usize>,
}

/// A footnote's text, with the label it had in the footnote list (`1`, `*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footnote {
    pub label: String,
    pub text: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// Whose letter a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefTarget {
    /// "your message of ...": a letter from the addressee to the writer. This makes the letter a reply.
    Addressee,
    /// "my telegram of ...": the writer's own earlier letter to the addressee. Not a reply.
    Own,
}

/// An explicit reference in a letter's body to another letter by its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The words of the reference, e.g. `the letter of March 25 [24], 1945`.
    pub text: String,
    /// The date referred to (an editorial correction in brackets wins).
    pub date: Option<Date>,
    pub target: RefTarget,
    /// Paragraph index and byte range of `text` in it.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// The letter it resolves to, or `None`: not in this corpus.
    pub letter: Option<LetterIx>,
    /// The telegram's number a reference names without a date (`Your telegram No. 611`), as telegrams carry it
    /// (`611`, `D287`).
    pub number: Option<Box<str>>,
}

impl Reference {
    /// A reference read in the text of paragraph `paragraph`, the bytes `start..end` of it, to a letter of `date`;
    /// not resolved yet.
    pub fn read(
        text: &str,
        paragraph: usize,
        (start, end): (usize, usize),
        date: Date,
        target: RefTarget,
    ) -> Reference {
        Reference {
            text: text[start..end].to_string(),
            date: Some(date),
            target,
            paragraph,
            start,
            end,
            letter: None,
            number: None,
        }
    }
}

/// One letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Stable unique id: the file's path (relative, without `.txt`) and the letter's ordinal, e.g. `moscow-1957/2`.
    pub id: String,
    /// The file as given on the command line, or relative to the folder given (shared by the file's letters).
    pub file: FileName,
    /// 1-based line of the heading in the file.
    pub line: usize,
    /// 1-based position of the letter in its file.
    pub ordinal: usize,
    /// Collection number (`No. 28` gives `28`).
    pub number: Option<Box<str>>,
    /// The heading as printed, without its footnote markers.
    pub heading: String,
    pub classification: Option<Box<str>>,
    /// The writers, in the order printed (a joint letter names all of them).
    pub sender: People,
    pub recipient: People,
    pub date: Option<Date>,
    pub date_kind: Option<DateKind>,
    pub paragraphs: Paragraphs,
    /// 1-based file line where each paragraph starts (`u32::MAX` past it): read through
    /// [`Letter::paragraph_line`], added to through [`Letter::push_paragraph_line`].
    pub paragraph_lines: ThinVec<u32>,
    pub pages: ThinVec<PageBreak>,
    pub footnote_refs: ThinVec<FootnoteRef>,
    pub footnotes: ThinVec<Footnote>,
    pub source: Option<String>,
    pub references: ThinVec<Reference>,
    /// Opens with thanks for "your message" without naming its date.
    pub thanks_implicitly: bool,
    pub replies_to: Option<LetterIx>,
    pub reply_basis: Option<ReplyBasis>,
    /// Index into [`Corpus::threads`].
    pub thread: usize,
    /// That letter, once loaded: when not written by this letter's addressee (then it is `replies_to`), this
    /// letter continues its thread without answering it.
    pub follows: Option<LetterIx>,
    /// A document of a collection (a memorandum, minutes) that names no sender and recipient: not a letter.
    pub document: bool,
    /// Where the date came from: `closing date line "November 10, 1943."`, `Sent on ...`, ...
    pub date_source: Option<Box<str>>,
    /// Other printings of the same letter (other editions), in reading order.
    pub editions: Vec<LetterIx>,
    /// The words a reply link rests on, with what they point at: `your message of November 8th`.
    pub reply_evidence: Option<Box<str>>,
    /// Whether the file printed the letter's sender nowhere, so that the collection's writer stands in.
    pub sender_from_collection: bool,
    /// An acknowledgement of a message that names no date (`Thank you for your message`), if the letter opens
    /// with one.
    pub acknowledgement: Option<Box<Acknowledgement>>,
    /// What only some letters have (mostly an edition's markup): read through the accessors of the same names
    /// (`roles()`, `place()`...), written through [`Letter::extra_mut`]. `None` when all of it is empty.
    pub extra: Option<Box<LetterExtra>>,
    /// The letter a covering note passes on (`the following message from Premier Stalin to President Roosevelt:`,
    /// an enclosure printed after it): its people, beside the note's own.
    pub carries: Option<Box<Carried>>,
}

/// The people of a letter that another passes on, and the words that say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub sender: People,
    pub recipient: People,
    pub words: String,
}

/// An undated acknowledgement: the words, and whether they are weak (thanks for greetings or congratulations,
/// which a message may carry or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acknowledgement {
    pub words: String,
    pub weak: bool,
}

impl Letter {
    /// A letter with only what the parser must fill in; the rest empty.
    pub fn new(file: impl Into<FileName>, line: usize, heading: String, sender: People, recipient: People) -> Letter {
        Letter {
            id: String::new(),
            file: file.into(),
            line,
            ordinal: 0,
            number: None,
            heading,
            classification: None,
            sender,
            recipient,
            date: None,
            date_kind: None,
            paragraphs: Paragraphs::new(),
            paragraph_lines: ThinVec::new(),
            pages: ThinVec::new(),
            footnote_refs: ThinVec::new(),
            footnotes: ThinVec::new(),
            source: None,
            references: ThinVec::new(),
            thanks_implicitly: false,
            replies_to: None,
            reply_basis: None,
            thread: 0,
            follows: None,
            document: false,
            date_source: None,
            editions: Vec::new(),
            reply_evidence: None,
            sender_from_collection: false,
            acknowledgement: None,
            extra: None,
            carries: None,
        }
    }

    /// The part only some letters have, made on first use (see [`LetterExtra`]).
    pub fn extra_mut(&mut self) -> &mut LetterExtra {
        self.extra.get_or_insert_default()
    }

    /// Gives back the room every list and text of the letter grew beyond what it holds, and drops an empty
    /// [`LetterExtra`]: a letter costs what it holds once it is finished.
    pub fn tidy(&mut self) {
        if self.extra.as_deref().is_some_and(|x| *x == LetterExtra::default()) {
            self.extra = None;
        }
        for s in [&mut self.id, &mut self.heading] {
            fit_str(s);
        }
        if let Some(s) = &mut self.source {
            fit_str(s);
        }
        self.paragraphs.shrink_to_fit();
        fit_thin(&mut self.paragraph_lines);
        fit_thin(&mut self.pages);
        fit_thin(&mut self.footnote_refs);
        fit_thin(&mut self.footnotes);
        self.footnotes.iter_mut().for_each(|f| fit_str(&mut f.text));
        fit_thin(&mut self.references);
        fit(&mut self.editions);
    }

    /// The 1-based file line where paragraph `p` starts, if known.
    pub fn paragraph_line(&self, p: usize) -> Option<usize> {
        self.paragraph_lines.get(p).map(|&n| n as usize)
    }

    /// Notes the file line where the next paragraph starts.
    pub fn push_paragraph_line(&mut self, line: usize) {
        self.paragraph_lines.push(u32::try_from(line).unwrap_or(u32::MAX));
    }

    /// The ids the edition gives the letter.
    pub fn ids(&self) -> &[String] {
        self.extra.as_deref().map_or(&[], |x| &x.ids)
    }

    /// The letter the editor says this one answers.
    pub fn editor_answers(&self) -> Option<&super::EditorAnswer> {
        self.extra.as_deref().and_then(|x| x.editor_answers.as_ref())
    }

    /// The edition's ids for the previous letter of the correspondence, separated by spaces.
    pub fn edition_previous(&self) -> Option<&str> {
        self.extra.as_deref().and_then(|x| x.edition_previous.as_deref())
    }

    /// The date as a range, when it is known only as one.
    pub fn date_range(&self) -> Option<DateRange> {
        self.extra.as_deref().and_then(|x| x.date_range)
    }

    /// Whether the edition marks the date as uncertain.
    pub fn date_uncertain(&self) -> bool {
        self.extra.as_deref().is_some_and(|x| x.date_uncertain)
    }

    /// Where the letter was written.
    pub fn place(&self) -> Option<&str> {
        self.extra.as_deref().and_then(|x| x.place.as_deref())
    }

    /// The role of each paragraph; empty when all are body text.
    pub fn roles(&self) -> &[Role] {
        self.extra.as_deref().map_or(&[], |x| &x.roles)
    }

    /// The edition's type of each footnote; empty when none has one.
    pub fn footnote_kinds(&self) -> &[Option<String>] {
        self.extra.as_deref().map_or(&[], |x| &x.footnote_kinds)
    }

    /// For a letter known only from its metadata: where its text is.
    pub fn text_at(&self) -> Option<&str> {
        self.extra.as_deref().and_then(|x| x.text_at.as_deref())
    }

    /// People named only by a key of a registry in another file.
    pub fn person_keys(&self) -> &[(bool, String)] {
        self.extra.as_deref().map_or(&[], |x| &x.person_keys)
    }

    /// Links from the text to other letters by the edition's ids.
    pub fn letter_refs(&self) -> &[LetterRef] {
        self.extra.as_deref().map_or(&[], |x| &x.letter_refs)
    }

    /// Other readings of words of the text.
    pub fn readings(&self) -> &[Reading] {
        self.extra.as_deref().map_or(&[], |x| &x.readings)
    }

    /// Emphasis and the like over words of paragraphs and notes.
    pub fn styles(&self) -> &[Styled] {
        self.extra.as_deref().map_or(&[], |x| &x.styles)
    }

    /// Where lines of the original end inside paragraphs and notes.
    pub fn line_breaks(&self) -> &[LineBreak] {
        self.extra.as_deref().map_or(&[], |x| &x.line_breaks)
    }

    /// The message's own first line under an editor's title.
    pub fn caption(&self) -> Option<&str> {
        self.extra.as_deref().and_then(|x| x.caption.as_deref())
    }

    /// Whether the text is an editor's abstract in the third person (see [`LetterExtra::abstracted`]).
    pub fn abstracted(&self) -> bool {
        self.extra.as_deref().is_some_and(|x| x.abstracted)
    }

    /// The telegram's own designation with its number (`No. 57 Telegraphic`, `Cablegram 145`), beside the
    /// edition's number of the document.
    pub fn telegram(&self) -> Option<&str> {
        self.extra.as_deref().and_then(|x| x.telegram.as_deref())
    }

    /// The role of paragraph `p`.
    pub fn role(&self, p: usize) -> Role {
        self.roles().get(p).copied().unwrap_or_default()
    }

    /// The date as shown to a reader: `18 Jul 1941`, `between 6 and 8 May 1892`, with `?` when uncertain.
    pub fn date_label(&self) -> Option<String> {
        let mut s = match (self.date_range(), self.date) {
            (Some(r), _) => r.label(),
            (None, Some(d)) => d.short(),
            (None, None) => return None,
        };
        if self.date_uncertain() {
            s.push('?');
        }
        Some(s)
    }

    /// The first words of the body, for list rows and tree nodes.
    pub fn first_words(&self, max_chars: usize) -> String {
        let text = self.paragraphs.first().unwrap_or("");
        let mut out: String = text.chars().take(max_chars).collect();
        if text.chars().count() > max_chars {
            out.push('…');
        }
        out
    }

    /// Text of paragraph `p` (-1 = the heading).
    pub fn text_of(&self, p: isize) -> &str {
        if p < 0 { &self.heading } else { self.paragraphs.get(p as usize).unwrap_or("") }
    }
}

/// How serious a diagnostic is: `check` exits 1 when there is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A diagnostic about the input, with the file and 1-based line it concerns (0 = the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: FileName,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

/// A connected tree of reply links. Every letter is in exactly one thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    /// Thread id: the id of its root letter.
    pub id: String,
    /// The letters of the thread that reply to nothing in it (usually one).
    pub roots: Vec<LetterIx>,
    /// All letters of the thread in reading order (by date, file order for undated letters).
    pub letters: Vec<LetterIx>,
}

/// The whole correspondence as loaded.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub letters: Vec<Letter>,
    pub threads: Vec<Thread>,
    /// For each letter, the letters that reply to it, in reading order.
    pub replies: Vec<Vec<LetterIx>>,
    /// Letter indexes in reading order: by date; an undated letter right after the letter before it in its file.
    pub reading_order: Vec<LetterIx>,
    pub warnings: Vec<Warning>,
    /// Bytes read, for progress and speed figures.
    pub bytes: u64,
    /// Files read (or tried), for summaries.
    pub files: usize,
}

impl Corpus {
    /// The letter with this id.
    pub fn find(&self, id: &str) -> Option<LetterIx> {
        self.letters.iter().position(|l| l.id == id)
    }

    /// Whether `check` should exit 1.
    pub fn has_errors(&self) -> bool {
        self.warnings.iter().any(|w| w.severity == Severity::Error)
    }
}
