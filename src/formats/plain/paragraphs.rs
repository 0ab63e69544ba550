//! A block of body lines (no blank line between them) into paragraphs: hard-wrapped lines are joined, and a
//! block that holds several paragraphs without blank lines between them is split.

use super::words::QuickTrim;
use crate::model::numbering::numbering;
use std::borrow::Cow;

/// One paragraph: its raw text (markers still in) and the 1-based line it starts on. A paragraph of one line
/// borrows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParagraph<'a> {
    pub text: Cow<'a, str>,
    pub line: usize,
}

/// A numbered paragraph's start: `2. President ...`, `(a) The ...`.
pub fn starts_numbered(line: &str) -> bool {
    numbering(line.quick_trim_start()).is_some_and(|n| n.splits_paragraph())
}

fn ends_sentence(line: &str) -> bool {
    let t = line.quick_trim_end().trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
    t.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ';'])
}

/// `U. S. GRANT,`, `J. SMITH.`: a name in capitals alone on its line, as dispatches sign under the last sentence
/// without a blank line; it starts a paragraph of its own.
fn capitals_signature(text: &str) -> bool {
    let name = text.trim_end_matches([',', '.']);
    name.len() < text.len()
        && name.len() <= 40
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !name.chars().any(char::is_lowercase)
        && name.split_whitespace().count() <= 5
}

/// Splits a block into paragraphs. `lines` are (1-based line number, text) with no blank line among them.
#[cfg(test)]
pub fn split<'a>(lines: &[(usize, &'a str)]) -> Vec<RawParagraph<'a>> {
    let mut out = Vec::new();
    split_each(lines, |p| out.push(p));
    out
}

/// Splits a block into paragraphs, handing each to `emit` in order (no list made for the one-line block most
/// paragraphs are). `lines` are (1-based line number, text) with no blank line among them.
pub fn split_each<'a>(lines: &[(usize, &'a str)], mut emit: impl FnMut(RawParagraph<'a>)) {
    if let [(line, text)] = lines {
        emit(RawParagraph { text: Cow::Borrowed(text.quick_trim()), line: *line });
        return;
    }
    if lines.is_empty() {
        return;
    }
    let widths: Vec<usize> = lines.iter().map(|(_, l)| l.quick_trim_end().chars().count()).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    // Lines longer than any hard wrap: each line is a paragraph of its own.
    let unwrapped = max > 100;
    let mut cur: Option<RawParagraph<'a>> = None;
    for (k, (line_no, line)) in lines.iter().enumerate() {
        let text = line.quick_trim();
        let new_para = match &cur {
            None => true,
            // A rank or office line under a signature in capitals belongs to it (`U. S. GRANT,` / `Lieut.-General.`).
            Some(_) if unwrapped => !(capitals_signature(lines[k - 1].1.quick_trim()) && text.len() <= 40),
            Some(_) => {
                let prev = lines[k - 1].1;
                let indented = line.starts_with([' ', '\t', '\u{a0}']) && !prev.starts_with([' ', '\t', '\u{a0}']);
                starts_numbered(line)
                    || indented
                    || ends_sentence(prev) && (widths[k - 1] * 5 < max * 4 || capitals_signature(text))
            }
        };
        if new_para {
            if let Some(p) = cur.take() {
                emit(p);
            }
            cur = Some(RawParagraph { text: Cow::Borrowed(text), line: *line_no });
        } else if let Some(p) = cur.as_mut() {
            let joined = p.text.to_mut();
            let hyphen = joined.ends_with('-') && joined[..joined.len() - 1].ends_with(char::is_alphabetic);
            if hyphen && soft_hyphen(joined, text) {
                joined.pop();
            } else if !hyphen {
                joined.push(' ');
            }
            joined.push_str(text);
        }
    }
    if let Some(p) = cur {
        emit(p);
    }
}

/// Whether the hyphen ending `before` only broke a word at the line's end (`ac-` / `quaint`, `Phila-` /
/// `delphia`), so that the word is joined whole: a small letter on both sides of the break. A hyphen of the word's
/// own stays: before a capital (`Richard-Wagner-` / `Stiftung`) or a word with hyphens of its own (`Aix-` /
/// `la-Chapelle`).
fn soft_hyphen(before: &str, after: &str) -> bool {
    let word = after.split([' ', ',', '.', ';', ':']).next().unwrap_or_default();
    before[..before.len() - 1].ends_with(char::is_lowercase)
        && word.starts_with(char::is_lowercase)
        && !word.contains('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(block: &str) -> Vec<String> {
        let lines: Vec<(usize, &str)> = block.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
        split(&lines).into_iter().map(|p| p.text.into_owned()).collect()
    }

    #[test]
    fn a_word_broken_at_the_lines_end_joins_whole_and_a_compound_keeps_its_hyphen() {
        let block = "I suppose the Spring is back-\nward at Phila-\ndelphia, and Mr. Howe at Bruns-\nwick; the Richard-Wagner-\nStiftung and Aix-\nla-Chapelle stay.";
        assert_eq!(
            texts(block),
            [
                "I suppose the Spring is backward at Philadelphia, and Mr. Howe at Brunswick; the Richard-Wagner-Stiftung \
              and Aix-la-Chapelle stay."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let block = "It seems to me, furthermore, that the military position of the Soviet\nUnion would improve substantially if a front were established against\nHitler in the West.";
        assert_eq!(texts(block).len(), 1);
        assert!(texts(block)[0].contains("Soviet Union would"));
    }

    #[test]
    fn paragraphs_without_blank_lines_split() {
        let block = "First paragraph is short.\nSecond paragraph runs on for a good long while, well past the first line's\nend and onto another line.";
        assert_eq!(texts(block).len(), 2);
        let long = "a".repeat(120);
        assert_eq!(texts(&format!("{long}\n{long}")).len(), 2);
        assert_eq!(texts("1. One thing\n2. Another thing").len(), 2);
    }

    #[test]
    fn a_signature_in_capitals_under_the_last_sentence_is_a_paragraph() {
        let block = "The result of the week must convince you that resistance is hopeless now.\nJ. SMITH,\nColonel.";
        assert_eq!(
            texts(block),
            ["The result of the week must convince you that resistance is hopeless now.", "J. SMITH, Colonel."]
        );
        let wrapped = "We marched at dawn and reached the river by noon, where the\nUSA. ARMY, in camp.";
        assert_eq!(texts(wrapped).len(), 1, "a capital word that goes on a sentence is no signature");
        let long = format!("{} end.", "word ".repeat(30));
        assert_eq!(
            texts(&format!("{long}\nU. S. GRANT,\nLieut.-General.")),
            [long.as_str(), "U. S. GRANT, Lieut.-General."]
        );
    }
}
