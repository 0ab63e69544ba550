//! The JSON export, version 1: the shape scripts depend on. Nothing may be added to it without a version bump,
//! so it is spelled out here in transfer structs that borrow from the model (model-only fields such as `line`,
//! `paragraph_lines`, `severity` or a reference's target stay out).

use crate::loader::diagnose;
use crate::model::Date;
use crate::model::{Corpus, DateKind, Letter, Paragraphs, ReplyBasis, Warning};
use serde::{Serialize, Serializer};
use std::io::Write;

/// The version of the export's shape.
pub(crate) const VERSION: u32 = 1;

/// Writes the corpus as JSON to `out`, letter by letter (no copy of the model is built). The warnings are the
/// loader's and the model-level ones, sorted by file and line as `letters check` prints them.
pub(crate) fn write_json<W: Write>(corpus: &Corpus, out: W) -> serde_json::Result<()> {
    let warnings = all_warnings(corpus);
    let doc = Doc {
        version: VERSION,
        letters: Letters(corpus),
        warnings: warnings.iter().map(|w| WarningDto { file: &w.file, line: w.line, message: &w.message }).collect(),
    };
    serde_json::to_writer(out, &doc)
}

/// Every diagnostic of the corpus, the loader's and [`diagnose`]'s, sorted by file then line (stable).
pub(crate) fn all_warnings(corpus: &Corpus) -> Vec<Warning> {
    with_diagnostics(corpus.warnings.clone(), corpus)
}

/// The loader's warnings `own` (taken from the corpus, not copied) with [`diagnose`]'s, sorted as
/// [`all_warnings`] sorts them.
pub(crate) fn with_diagnostics(mut own: Vec<Warning>, corpus: &Corpus) -> Vec<Warning> {
    diagnose::diagnose_into(corpus, &mut own);
    sort_in_place(&mut own);
    own
}

/// Sorts diagnostics by file then line, keeping the order of equal ones, without a second copy of them: their
/// positions are sorted, then the diagnostics are moved into place one cycle of the permutation at a time.
fn sort_in_place(warnings: &mut [Warning]) {
    let mut order: Vec<usize> = (0..warnings.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&warnings[a], &warnings[b]);
        a.file.cmp(&b.file).then(a.line.cmp(&b.line))
    });
    // `order[i]` is the position of the diagnostic that belongs at `i`; a finished position points at itself.
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != at {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            warnings.swap(at, from);
            at = from;
        }
    }
}

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    letters: Letters<'a>,
    warnings: Vec<WarningDto<'a>>,
}

/// The letters, serialized one by one as the writer goes.
struct Letters<'a>(&'a Corpus);

impl Serialize for Letters<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let corpus = self.0;
        s.collect_seq(corpus.letters.iter().map(|l| LetterDto::new(corpus, l)))
    }
}

/// A date as ISO 8601 text, `1941-11-22` (also for export version 2).
pub(super) fn iso<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

#[derive(Serialize)]
struct LetterDto<'a> {
    id: &'a str,
    file: &'a str,
    ordinal: usize,
    number: Option<&'a str>,
    heading: &'a str,
    classification: Option<&'a str>,
    sender: String,
    recipient: String,
    #[serde(serialize_with = "iso")]
    date: Option<Date>,
    date_kind: Option<DateKind>,
    paragraphs: &'a Paragraphs,
    pages: Vec<PageDto<'a>>,
    footnote_refs: Vec<FootnoteRefDto<'a>>,
    footnotes: Vec<FootnoteDto<'a>>,
    source: Option<&'a str>,
    references: Vec<ReferenceDto<'a>>,
    replies_to: Option<&'a str>,
    reply_basis: Option<ReplyBasis>,
    thread: &'a str,
}

/// Shared by export versions 1 and 2.
/// A letter's page breaks, footnote markers and footnotes as both versions of the export print them.
pub(super) fn pages_of(l: &Letter) -> Vec<PageDto<'_>> {
    l.pages.iter().map(|p| PageDto { page: &p.page, paragraph: p.paragraph, offset: p.offset }).collect()
}

pub(super) fn footnote_refs_of(l: &Letter) -> Vec<FootnoteRefDto<'_>> {
    l.footnote_refs
        .iter()
        .map(|r| FootnoteRefDto { marker: &r.marker, paragraph: r.paragraph, offset: r.offset, footnote: r.footnote })
        .collect()
}

pub(super) fn footnotes_of(l: &Letter) -> Vec<FootnoteDto<'_>> {
    l.footnotes.iter().map(|f| FootnoteDto { label: &f.label, text: &f.text }).collect()
}

#[derive(Serialize)]
pub(super) struct PageDto<'a> {
    pub(super) page: &'a str,
    pub(super) paragraph: isize,
    pub(super) offset: usize,
}

/// Shared by export versions 1 and 2.
#[derive(Serialize)]
pub(super) struct FootnoteRefDto<'a> {
    pub(super) marker: &'a str,
    pub(super) paragraph: isize,
    pub(super) offset: usize,
    pub(super) footnote: Option<usize>,
}

/// Shared by export versions 1 and 2.
#[derive(Serialize)]
pub(super) struct FootnoteDto<'a> {
    pub(super) label: &'a str,
    pub(super) text: &'a str,
}

#[derive(Serialize)]
struct ReferenceDto<'a> {
    text: &'a str,
    #[serde(serialize_with = "iso")]
    date: Option<Date>,
    letter: Option<&'a str>,
}

/// Shared by export versions 1 and 2.
#[derive(Serialize)]
pub(super) struct WarningDto<'a> {
    pub(super) file: &'a str,
    pub(super) line: usize,
    pub(super) message: &'a str,
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
            classification: l.classification.as_deref(),
            sender: l.sender.to_string(),
            recipient: l.recipient.to_string(),
            date: l.date,
            date_kind: l.date_kind,
            paragraphs: &l.paragraphs,
            pages: pages_of(l),
            footnote_refs: footnote_refs_of(l),
            footnotes: footnotes_of(l),
            source: l.source.as_deref(),
            references: l
                .references
                .iter()
                .map(|r| ReferenceDto { text: &r.text, date: r.date, letter: r.letter.and_then(id_of) })
                .collect(),
            replies_to: l.replies_to.and_then(id_of),
            reply_basis: l.reply_basis,
            // A corpus not yet linked into threads: each letter stands alone.
            thread: corpus.threads.get(l.thread).map_or(l.id.as_str(), |t| t.id.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FootnoteRef, PageBreak, RefTarget, Reference, Severity, Thread};

    #[test]
    fn diagnostics_sorted_by_file_and_line_keep_the_order_of_equals() {
        let w = |file: &str, line: usize, message: &str| Warning {
            file: file.into(),
            line,
            severity: Severity::Warning,
            message: message.into(),
        };
        let mut ws = vec![
            w("b.txt", 3, "b3"),
            w("a.txt", 9, "a9"),
            w("b.txt", 1, "b1 first"),
            w("a.txt", 2, "a2"),
            w("b.txt", 1, "b1 second"),
            w("a.txt", 9, "a9 again"),
            w("c.txt", 0, "c0"),
        ];
        sort_in_place(&mut ws);
        let got: Vec<&str> = ws.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(got, ["a2", "a9", "a9 again", "b1 first", "b1 second", "b3", "c0"]);
    }

    fn corpus() -> Corpus {
        let mut a = Letter::new(
            "a.txt",
            1,
            "Personal Message from Stalin to Mr Churchill".into(),
            "Stalin".into(),
            "Churchill".into(),
        );
        a.id = "a/1".into();
        a.ordinal = 1;
        a.date = Date::new(1941, 7, 18);
        a.date_kind = Some(DateKind::Written);
        a.paragraphs = vec!["Allow me to thank you."].into();
        a.paragraph_lines = thin_vec::thin_vec![3];
        a.source = Some("Stalin: Works".into());
        let mut b = Letter::new("a.txt", 5, "W. CHURCHILL TO J. V. STALIN".into(), "Churchill".into(), "Stalin".into());
        b.id = "a/2".into();
        b.ordinal = 2;
        b.paragraphs = vec!["Many thanks.", "More [24] text."].into();
        b.pages = thin_vec::thin_vec![PageBreak { page: "740".into(), paragraph: 1, offset: 5 }];
        b.footnote_refs =
            thin_vec::thin_vec![FootnoteRef { marker: "*".into(), paragraph: -1, offset: 28, footnote: None }];
        b.references = thin_vec::thin_vec![
            Reference {
                text: "your message of July 18".into(),
                date: Date::new(1941, 7, 18),
                target: RefTarget::Addressee,
                paragraph: 0,
                start: 0,
                end: 4,
                letter: Some(0),
                number: None,
            },
            Reference {
                text: "the letter of March 25 [24], 1945".into(),
                date: Date::new(1945, 3, 24),
                target: RefTarget::Addressee,
                paragraph: 1,
                start: 0,
                end: 4,
                letter: None,
                number: None,
            },
        ];
        b.replies_to = Some(0);
        b.reply_basis = Some(ReplyBasis::Explicit);
        Corpus {
            letters: vec![a, b],
            threads: vec![Thread { id: "a/1".into(), roots: vec![0], letters: vec![0, 1] }],
            replies: vec![vec![1], vec![]],
            reading_order: vec![0, 1],
            warnings: vec![Warning { file: "a.txt".into(), line: 9, severity: Severity::Error, message: "odd".into() }],
            ..Corpus::default()
        }
    }

    #[test]
    fn the_shape_is_version_1_exactly() {
        let mut out = Vec::new();
        write_json(&corpus(), &mut out).expect("json");
        let v: serde_json::Value = serde_json::from_slice(&out).expect("valid json");
        let expected = serde_json::json!({
            "version": 1,
            "letters": [
                {"id": "a/1", "file": "a.txt", "ordinal": 1, "number": null,
                 "heading": "Personal Message from Stalin to Mr Churchill", "classification": null,
                 "sender": "Stalin", "recipient": "Churchill", "date": "1941-07-18", "date_kind": "written",
                 "paragraphs": ["Allow me to thank you."], "pages": [], "footnote_refs": [], "footnotes": [],
                 "source": "Stalin: Works", "references": [], "replies_to": null, "reply_basis": null, "thread": "a/1"},
                {"id": "a/2", "file": "a.txt", "ordinal": 2, "number": null,
                 "heading": "W. CHURCHILL TO J. V. STALIN", "classification": null,
                 "sender": "Churchill", "recipient": "Stalin", "date": null, "date_kind": null,
                 "paragraphs": ["Many thanks.", "More [24] text."],
                 "pages": [{"page": "740", "paragraph": 1, "offset": 5}],
                 "footnote_refs": [{"marker": "*", "paragraph": -1, "offset": 28, "footnote": null}],
                 "footnotes": [], "source": null,
                 "references": [
                     {"text": "your message of July 18", "date": "1941-07-18", "letter": "a/1"},
                     {"text": "the letter of March 25 [24], 1945", "date": "1945-03-24", "letter": null}],
                 "replies_to": "a/1", "reply_basis": "explicit", "thread": "a/1"}
            ],
            "warnings": [
                {"file": "a.txt", "line": 5, "message": "undated letter (Churchill → Stalin)"},
                {"file": "a.txt", "line": 5, "message": "footnote marker [*] has no footnote text"},
                // The second letter's paragraph lines are unknown: the heading's line stands in.
                {"file": "a.txt", "line": 5, "message":
                    "reference to a letter not in this corpus: Stalin, 24 Mar 1945 (“the letter of March 25 [24], 1945”)"},
                {"file": "a.txt", "line": 9, "message": "odd"}
            ]
        });
        assert_eq!(v, expected);
    }
}
