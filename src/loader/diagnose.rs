//! Diagnostics about the model, beyond the loader's own (decoding and parsing): footnote markers without texts,
//! footnote texts without markers, undated letters, references to letters not in the corpus.
//!
//! Pure: the same corpus gives the same list, in letter order. `letters check` prints them beside
//! [`Corpus::warnings`]; the reader can show them too.

use crate::model::{Corpus, Letter, RefTarget, Reference, Severity, Warning};
use rayon::prelude::*;
use std::collections::HashMap;
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
    each_diagnostic(letter, |line, args| {
        // A check of a large corpus holds hundreds of thousands of these: each message in a block of its size.
        let mut message = std::fmt::format(args);
        crate::model::fit::fit_str(&mut message);
        out.push(Warning { file: letter.file.clone(), line, severity: Severity::Warning, message });
    });
}

/// The diagnostics of one letter in line order, each given to `emit` as its line and its message's words (all
/// warnings): a caller that only writes them out makes no [`Warning`] of them.
pub fn each_diagnostic(letter: &Letter, mut emit: impl FnMut(usize, fmt::Arguments<'_>)) {
    if letter.date.is_none() {
        emit(letter.line, format_args!("undated letter ({} → {})", letter.sender, letter.recipient));
    }
    // One warning per marker and paragraph, however often the marker stands there without a text.
    let mut unlinked: Vec<(isize, &str, usize)> = Vec::new();
    let mut seen: HashMap<(isize, &str), usize> = HashMap::new();
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
        let line = paragraph_line(letter, p);
        if times > 1 {
            emit(line, format_args!("footnote marker [{marker}] has no footnote text ({times} times)"));
        } else {
            emit(line, format_args!("footnote marker [{marker}] has no footnote text"));
        }
    }
    for r in &letter.references {
        if r.letter.is_none() {
            let line = paragraph_line(letter, r.paragraph as isize);
            emit(line, format_args!("reference to a letter not in this corpus: {}", Missing(letter, r)));
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
            emit(f.line, format_args!("footnote {} has no marker in the letter", f.label));
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
        let Missing(letter, r) = self;
        let whose = match r.target {
            RefTarget::Addressee => &letter.recipient,
            RefTarget::Own => &letter.sender,
        };
        match r.date {
            Some(d) => write!(f, "{whose}, {} (\u{201c}{}\u{201d})", d.short(), r.text),
            None => write!(f, "{whose} (\u{201c}{}\u{201d})", r.text),
        }
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
