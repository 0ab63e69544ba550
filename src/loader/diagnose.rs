//! Diagnostics about the model, beyond the loader's own (decoding and parsing): footnote markers without texts,
//! footnote texts without markers, undated letters, references to letters not in the corpus.
//!
//! Pure: the same corpus gives the same list, in letter order. `letters check` prints them beside
//! [`Corpus::warnings`]; the reader can show them too.

use crate::model::{Corpus, Letter, RefTarget, Reference, Severity, Warning};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::fmt;

/// The model-level diagnostics of a corpus, letter by letter (all warnings: none of them stops reading).
pub fn diagnose(corpus: &Corpus) -> Vec<Warning> {
    let mut out = Vec::new();
    diagnose_into(corpus, &mut out);
    out
}

/// [`diagnose`], appending to `out`: room is made once for all of them, and each part is dropped as soon as it
/// is moved in, so that a large check never holds its diagnostics twice.
pub fn diagnose_into(corpus: &Corpus, out: &mut Vec<Warning>) {
    // Letters in parallel chunks (a large corpus has hundreds of thousands), joined in letter order.
    let parts: Vec<Vec<Warning>> = corpus
        .letters
        .par_chunks(4096)
        .map(|chunk| {
            let mut out = Vec::new();
            for letter in chunk {
                diagnose_letter(letter, &mut out);
            }
            out
        })
        .collect();
    out.reserve_exact(parts.iter().map(Vec::len).sum());
    for mut part in parts {
        out.append(&mut part);
    }
}

/// The diagnostics of one letter, appended to `out` in line order.
pub fn diagnose_letter(letter: &Letter, out: &mut Vec<Warning>) {
    each_diagnostic(letter, |line, said| {
        // A check of a large corpus holds hundreds of thousands of these: each message in a block of its size.
        let mut message = String::new();
        said.write_to(&mut message);
        crate::model::fit::fit_str(&mut message);
        out.push(Warning { file: letter.file.clone(), line, severity: Severity::Warning, message });
    });
}

/// One diagnostic's words, written where they are wanted without the formatting machinery (a large check writes
/// a hundred thousand of them).
pub enum Said<'a> {
    /// `undated letter (Churchill → Stalin)`.
    Undated(&'a Letter),
    /// `footnote marker [*] has no footnote text (3 times)`.
    NoFootnoteText { marker: &'a str, times: usize },
    /// `reference to a letter not in this corpus: ...` (see [`missing_reference`]).
    Missing(&'a Letter, &'a Reference),
    /// `footnote 2 has no marker in the letter`.
    NoMarker(&'a str),
}

impl Said<'_> {
    /// Appends the words to `out`.
    pub fn write_to(&self, out: &mut String) {
        match self {
            Said::Undated(l) => {
                out.push_str("undated letter (");
                push_people(out, &l.sender);
                out.push_str(" \u{2192} ");
                push_people(out, &l.recipient);
                out.push(')');
            }
            Said::NoFootnoteText { marker, times } => {
                for part in ["footnote marker [", marker, "] has no footnote text"] {
                    out.push_str(part);
                }
                if *times > 1 {
                    out.push_str(" (");
                    crate::text::decimal::push(out, *times);
                    out.push_str(" times)");
                }
            }
            Said::Missing(l, r) => {
                out.push_str("reference to a letter not in this corpus: ");
                missing_into(out, l, r);
            }
            Said::NoMarker(label) => {
                for part in ["footnote ", label, " has no marker in the letter"] {
                    out.push_str(part);
                }
            }
        }
    }
}

/// The names of `people`, as their `Display` shows them (`Roosevelt, Churchill`).
fn push_people(out: &mut String, people: &crate::model::People) {
    for (i, name) in people.names().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
}

/// The diagnostics of one letter in line order, each given to `emit` as its line and its words (all warnings): a
/// caller that only writes them out makes no [`Warning`] of them.
pub fn each_diagnostic<'a>(letter: &'a Letter, mut emit: impl FnMut(usize, Said<'a>)) {
    // A letter whose days are bounded (`[late November 1846]`, a file number's date) is dated so far.
    if letter.date.is_none() && letter.date_range().is_none() {
        emit(letter.line, Said::Undated(letter));
    }
    // One warning per marker and paragraph, however often the marker stands there without a text.
    let mut unlinked: Vec<(isize, &str, usize)> = Vec::new();
    let mut seen: FxHashMap<(isize, &str), usize> = FxHashMap::default();
    for r in letter.footnote_refs.iter().filter(|r| r.footnote.is_none()) {
        match seen.get(&(r.paragraph, r.marker.as_str())) {
            Some(&k) => unlinked[k].2 += 1,
            None => {
                seen.insert((r.paragraph, r.marker.as_str()), unlinked.len());
                unlinked.push((r.paragraph, r.marker.as_str(), 1));
            }
        }
    }
    for (p, marker, times) in unlinked {
        emit(paragraph_line(letter, p), Said::NoFootnoteText { marker, times });
    }
    for r in &letter.references {
        if r.letter.is_none() {
            emit(paragraph_line(letter, r.paragraph as isize), Said::Missing(letter, r));
        }
    }
    if letter.footnotes.is_empty() {
        return;
    }
    let mut linked = vec![false; letter.footnotes.len()];
    for f in letter.footnote_refs.iter().filter_map(|r| r.footnote) {
        if let Some(l) = linked.get_mut(f) {
            *l = true;
        }
    }
    for (i, f) in letter.footnotes.iter().enumerate() {
        if !linked[i] {
            emit(f.line, Said::NoMarker(&f.label));
        }
    }
}

/// A reference to a letter the corpus does not hold, as the user is shown it: `Roosevelt, 24 Mar 1945 ("the
/// letter of March 25 [24], 1945")`.
pub fn missing_reference(letter: &Letter, r: &Reference) -> String {
    Missing(letter, r).to_string()
}

/// [`missing_reference`], written where it is displayed.
struct Missing<'a>(&'a Letter, &'a Reference);

impl fmt::Display for Missing<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut words = String::new();
        missing_into(&mut words, self.0, self.1);
        f.write_str(&words)
    }
}

/// `Roosevelt, 24 Mar 1945 ("the letter of March 25 [24], 1945")`, appended to `out`.
fn missing_into(out: &mut String, letter: &Letter, r: &Reference) {
    let whose = match r.target {
        RefTarget::Addressee => &letter.recipient,
        RefTarget::Own => &letter.sender,
    };
    push_people(out, whose);
    if let Some(d) = r.date {
        // What `Date::short` writes.
        out.push_str(", ");
        crate::text::decimal::push(out, usize::from(d.day));
        out.push(' ');
        out.push_str(d.short_month());
        out.push(' ');
        if d.year < 0 {
            out.push('-');
        }
        crate::text::decimal::push(out, d.year.unsigned_abs() as usize);
    }
    for part in [" (\u{201c}", &r.text, "\u{201d})"] {
        out.push_str(part);
    }
}

/// The file line where paragraph `p` starts (-1 = the heading); the heading's line when unknown.
pub fn paragraph_line(letter: &Letter, p: isize) -> usize {
    if p < 0 {
        return letter.line;
    }
    letter.paragraph_line(p as usize).unwrap_or(letter.line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Footnote, FootnoteRef};

    fn letter() -> Letter {
        let mut l = Letter::new("a.txt", 3, "W. CHURCHILL TO J. V. STALIN".into(), "Churchill".into(), "Stalin".into());
        l.paragraphs = vec!["Many thanks.", "Your message of March 5, 1942 received."].into();
        l.paragraph_lines = thin_vec::thin_vec![5, 7];
        l
    }

    fn messages(l: &Letter) -> Vec<(usize, String)> {
        let c = Corpus { letters: vec![l.clone()], ..Corpus::default() };
        diagnose(&c).into_iter().map(|w| (w.line, w.message)).collect()
    }

    #[test]
    fn a_missing_letters_date_is_written_as_short_writes_it() {
        let mut l = letter();
        for date in [Date::new(1942, 3, 5), Date::new(-44, 12, 31), Date::new(7, 1, 1)] {
            let date = date.expect("a date");
            let r = Reference {
                text: "yours".into(),
                date: Some(date),
                target: RefTarget::Own,
                paragraph: 0,
                start: 0,
                end: 5,
                letter: None,
                number: None,
            };
            l.sender = "Adams".into();
            assert_eq!(missing_reference(&l, &r), format!("Adams, {} (\u{201c}yours\u{201d})", date.short()));
        }
    }

    #[test]
    fn a_clean_dated_letter_has_nothing_to_say() {
        let mut l = letter();
        l.date = Date::new(1941, 11, 22);
        assert!(messages(&l).is_empty());
    }

    #[test]
    fn undated_letters_and_markers_without_text_are_reported_on_their_lines() {
        let mut l = letter();
        l.footnote_refs = thin_vec::thin_vec![
            FootnoteRef { marker: "*".into(), paragraph: -1, offset: 28, footnote: None },
            FootnoteRef { marker: "*".into(), paragraph: 1, offset: 4, footnote: None },
        ];
        assert_eq!(
            messages(&l),
            vec![
                (3, "undated letter (Churchill → Stalin)".to_string()),
                (3, "footnote marker [*] has no footnote text".to_string()),
                (7, "footnote marker [*] has no footnote text".to_string()),
            ]
        );
    }

    #[test]
    fn footnotes_without_markers_and_references_out_of_the_corpus() {
        let mut l = letter();
        l.date = Date::new(1942, 3, 9);
        l.footnotes = thin_vec::thin_vec![
            Footnote { label: "1".into(), text: "Linked.".into(), line: 9 },
            Footnote { label: "2".into(), text: "Orphan.".into(), line: 10 },
        ];
        l.footnote_refs =
            thin_vec::thin_vec![FootnoteRef { marker: "75".into(), paragraph: 0, offset: 4, footnote: Some(0) }];
        l.references = thin_vec::thin_vec![Reference {
            text: "Your message of March 5, 1942".into(),
            date: Date::new(1942, 3, 5),
            target: RefTarget::Addressee,
            paragraph: 1,
            start: 0,
            end: 29,
            letter: None,
            number: None,
        }];
        assert_eq!(
            messages(&l),
            vec![
                (
                    7,
                    "reference to a letter not in this corpus: Stalin, 5 Mar 1942 (“Your message of March 5, 1942”)"
                        .to_string()
                ),
                (10, "footnote 2 has no marker in the letter".to_string()),
            ]
        );
    }
}
