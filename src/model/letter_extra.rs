//! The part of a letter most letters of plain text lack (the ids, roles, spans and links of an edition's
//! markup, a place, a caption), kept behind one pointer: [`crate::model::Letter::extra`].

use super::date_range::DateRange;
use super::inline::{LineBreak, Styled};
use serde::Serialize;
use thin_vec::ThinVec;

/// The part of a letter that most letters of plain text lack: held behind one pointer, so that a letter
/// without any of it pays for the pointer only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LetterExtra {
    /// The letter's own ids in its edition (TEI `xml:id`, the file's stem), for the edition's links to it.
    pub ids: ThinVec<String>,
    /// The ids the edition gives for the previous letter of the same correspondence (TEI `correspContext/ref`),
    /// separated by spaces: a joint letter continues one correspondence per writer.
    pub edition_previous: Option<String>,
    /// A date known only as a range (`notBefore`/`notAfter`, `from`/`to`): `date` holds its start.
    pub date_range: Option<DateRange>,
    /// The edition marks the date as uncertain (`@cert`, `@evidence`): shown with a `?`.
    pub date_uncertain: bool,
    /// Where the letter was written.
    pub place: Option<String>,
    /// The role of each paragraph (opener, salute, closer...); empty when every paragraph is body text.
    pub roles: ThinVec<Role>,
    /// The edition's type of each footnote (`commentary`, `addendum`...), parallel to `footnotes`; empty when
    /// none has one.
    pub footnote_kinds: ThinVec<Option<String>>,
    /// For a letter known only from its metadata (CMIF): where its text is.
    pub text_at: Option<String>,
    /// People named only by a key the letter's file does not resolve: (recipient?, id). The loader names them
    /// from the registries of other files (a `listperson.xml` beside the letters).
    pub person_keys: ThinVec<(bool, String)>,
    /// Links the edition's markup makes from the text to another letter by its id (TEI `ref type="letter"`).
    pub letter_refs: ThinVec<LetterRef>,
    /// Other readings of words of the text (an abbreviation's expansion, a regularised spelling, a correction):
    /// not shown, but found by search.
    pub readings: ThinVec<Reading>,
    /// Emphasis, deletions, additions and the like over words of paragraphs and notes.
    pub styles: ThinVec<Styled>,
    /// Where lines of the original end inside paragraphs and notes (TEI `lb`).
    pub line_breaks: ThinVec<LineBreak>,
    /// The message's own first line under an editor's title.
    pub caption: Option<String>,
    /// A telegram's own designation with its number (`No. 57 Telegraphic`, `Circular cablegram D412`).
    pub telegram: Option<String>,
    /// The editor's statement of the letter this one answers (`This is evidently an answer to the preceding
    /// letter.`, `(Reply to Letter 12)`).
    pub editor_answers: Option<EditorAnswer>,
    /// The text is an editor's abstract of the letter in the third person (a calendar's entry: `Received his
    /// letter of the 10th`), so that `his letter` there is the addressee's, as `your letter` is in a letter.
    pub abstracted: bool,
}

/// The letter an editor says a letter answers, with the editor's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorAnswer {
    pub answered: Answered,
    pub words: String,
}

/// Which letter an editor's statement names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// The letter printed just before in the same file (`the preceding letter`, `the foregoing`).
    Preceding,
    /// The letter of this number in the same file (`No. 603`, `Letter 12`).
    Number(String),
}

/// Another reading of the words `start..end` of paragraph `paragraph` (TEI `choice`: `expan`, `reg`, `corr`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A link in a letter's text to another letter, by the edition's id for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRef {
    /// Paragraph index and byte range of the linked words in it.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// The edition's id of the letter (`K_2201`).
    pub target: String,
    /// That letter (its index in the corpus's letters), when loaded.
    pub letter: Option<usize>,
    /// The footnote the link is in (`paragraph`, `start`, `end` are then in its text), `None` in a paragraph.
    pub note: Option<usize>,
    /// A pointer without a type (`ref target="let416.xml"`): a link only when its target is a letter's own id or
    /// file, else no link at all.
    pub unsure: bool,
}

/// What a paragraph is in the letter's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Body,
    Opener,
    Dateline,
    Salute,
    Closer,
    Signed,
    Postscript,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Opener => "opener",
            Role::Dateline => "dateline",
            Role::Salute => "salute",
            Role::Closer => "closer",
            Role::Signed => "signed",
            Role::Postscript => "postscript",
        }
    }
}
