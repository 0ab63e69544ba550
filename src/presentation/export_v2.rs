//! The JSON export, version 2: people as lists of `{name, printed, basis}`, the date with its range, kind and
//! source, place, caption, classification, the other printings (`editions`) and each reply link's evidence.
//! Version 1 ([`super::export`]) stays as it was for scripts that depend on it.

use super::export::{
    FootnoteDto, FootnoteRefDto, PageDto, WarningDto, all_warnings, footnote_refs_of, footnotes_of, iso, pages_of,
};
use crate::model::{Corpus, Date, DateKind, Letter, Paragraphs, People, RefTarget, ReplyBasis};
use serde::{Serialize, Serializer};
use std::io::Write;

/// The version of this shape.
pub const VERSION: u32 = 2;

/// Writes the corpus as JSON version 2 to `out`, letter by letter.
pub fn write_json<W: Write>(corpus: &Corpus, out: W) -> serde_json::Result<()> {
    let warnings = all_warnings(corpus);
    let doc = Doc {
        version: VERSION,
        letters: Letters(corpus),
        warnings: warnings.iter().map(|w| WarningDto { file: &w.file, line: w.line, message: &w.message }).collect(),
    };
    serde_json::to_writer(out, &doc)
}

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    letters: Letters<'a>,
    warnings: Vec<WarningDto<'a>>,
}

struct Letters<'a>(&'a Corpus);

impl Serialize for Letters<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let corpus = self.0;
        s.collect_seq(corpus.letters.iter().map(|l| LetterDto::new(corpus, l)))
    }
}

fn iso_range<S: Serializer>(r: &Option<(Date, Date)>, s: S) -> Result<S::Ok, S::Error> {
    match r {
        Some((a, b)) => s.collect_seq([a.to_string(), b.to_string()]),
        None => s.serialize_none(),
    }
}

#[derive(Serialize)]
struct PersonDto {
    name: String,
    printed: String,
    basis: String,
}

#[derive(Serialize)]
struct LetterDto<'a> {
    id: &'a str,
    file: &'a str,
    ordinal: usize,
    number: Option<&'a str>,
    heading: &'a str,
    caption: Option<&'a str>,
    classification: Option<&'a str>,
    sender: Vec<PersonDto>,
    recipient: Vec<PersonDto>,
    /// The full date, else the month or year a range of days gives (`1846-11`).
    date: Option<String>,
    #[serde(serialize_with = "iso_range")]
    date_range: Option<(Date, Date)>,
    date_kind: Option<DateKind>,
    date_source: Option<&'a str>,
    place: Option<&'a str>,
    paragraphs: &'a Paragraphs,
    pages: Vec<PageDto<'a>>,
    footnote_refs: Vec<FootnoteRefDto<'a>>,
    footnotes: Vec<FootnoteDto<'a>>,
    source: Option<&'a str>,
    references: Vec<ReferenceDto<'a>>,
    replies_to: Option<&'a str>,
    reply_basis: Option<ReplyBasis>,
    reply_evidence: Option<&'a str>,
    editions: Vec<&'a str>,
    carries: Option<CarriedDto>,
    thread: &'a str,
}

/// The letter a covering note passes on: its people and the words that say so.
#[derive(Serialize)]
struct CarriedDto {
    sender: Vec<PersonDto>,
    recipient: Vec<PersonDto>,
    words: String,
}

#[derive(Serialize)]
struct ReferenceDto<'a> {
    text: &'a str,
    #[serde(serialize_with = "iso")]
    date: Option<Date>,
    /// `addressee` (a letter answered) or `own` (the writer's own earlier letter).
    whose: &'static str,
    letter: Option<&'a str>,
}

/// The people of one side, each with the form printed and what it rests on.
fn people(list: &People) -> Vec<PersonDto> {
    list.0
        .iter()
        .map(|p| PersonDto {
            name: p.name.to_string(),
            printed: p.printed.to_string(),
            basis: p.basis.as_str().to_string(),
        })
        .collect()
}

impl<'a> LetterDto<'a> {
    fn new(corpus: &'a Corpus, l: &'a Letter) -> LetterDto<'a> {
        let id_of = |ix: usize| corpus.letters.get(ix).map(|l| l.id.as_str());
        LetterDto {
            id: &l.id,
            file: &l.file,
            ordinal: l.ordinal,
            number: l.number.as_deref(),
            heading: &l.heading,
            caption: l.caption(),
            classification: l.classification.as_deref(),
            sender: people(&l.sender),
            recipient: people(&l.recipient),
            date: l.date.map(|d| d.to_string()).or_else(|| l.date_range().and_then(|r| r.reduced_iso())),
            date_range: l.date_range().map(|r| (r.start, r.end)).or(l.date.map(|d| (d, d))),
            date_kind: l.date_kind,
            date_source: l.date_source.as_deref(),
            place: l.place(),
            paragraphs: &l.paragraphs,
            pages: pages_of(l),
            footnote_refs: footnote_refs_of(l),
            footnotes: footnotes_of(l),
            source: l.source.as_deref(),
            references: l
                .references
                .iter()
                .map(|r| ReferenceDto {
                    text: &r.text,
                    date: r.date,
                    whose: if r.target == RefTarget::Own { "own" } else { "addressee" },
                    letter: r.letter.and_then(id_of),
                })
                .collect(),
            replies_to: l.replies_to.and_then(id_of),
            reply_basis: l.reply_basis,
            reply_evidence: l.reply_evidence.as_deref(),
            editions: l.editions.iter().filter_map(|&e| id_of(e)).collect(),
            carries: l.carries.as_deref().map(|c| CarriedDto {
                sender: people(&c.sender),
                recipient: people(&c.recipient),
                words: c.words.clone(),
            }),
            thread: corpus.threads.get(l.thread).map_or(l.id.as_str(), |t| t.id.as_str()),
        }
    }
}
