//! The people a page names in full around its letters: the collection's title line, the editor's introduction
//! before the first letter, and the parties of its letters as printed (footnotes, naming many people in passing,
//! are left out). Read once a file is parsed,
//! and only when a letter names someone short (initials, a given name, a word of family) that the page may name
//! in full.

use super::parties;
use crate::model::{Letter, PersonBasis};
use std::cell::OnceCell;

/// The bytes of an introduction read for names at most: front matter, not a book.
const MAX_INTRO: usize = 64 << 10;
/// The words of a name printed in full, at most (`Samuel Langhorne Clemens`, `John Quincy Adams`).
const MAX_WORDS: usize = 5;

/// One person named in full: the words of the name as printed (given names and initials, then the surname), and
/// the surname as a party of that name is recorded.
#[derive(Debug)]
pub(super) struct Named {
    pub words: Vec<String>,
    pub surname: String,
}

impl Named {
    /// The first letters of the name's words (`SLC` of `Samuel L. Clemens`).
    pub fn initials(&self) -> String {
        self.words.iter().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect()
    }

    /// The first given name, in lowercase.
    pub fn given(&self) -> String {
        self.words[0].to_lowercase()
    }
}

/// A parsed file's text and its title line's writer, with the names it holds read at the first need.
pub(super) struct Page<'a> {
    text: &'a str,
    writer: Option<&'a parties::Person>,
    names: OnceCell<Vec<Named>>,
}

impl<'a> Page<'a> {
    pub fn new(text: &'a str, writer: Option<&'a parties::Person>) -> Page<'a> {
        Page { text, writer, names: OnceCell::new() }
    }

    pub fn writer(&self) -> Option<&parties::Person> {
        self.writer
    }

    /// The editor's text before the first letter (at most [`MAX_INTRO`] bytes of it).
    pub fn intro(&self, letters: &[Letter]) -> &'a str {
        let Some(first) = letters.first() else { return "" };
        let end = memchr::memchr_iter(b'\n', self.text.as_bytes()).nth(first.line.saturating_sub(2)).unwrap_or(0);
        let end = if first.line <= 1 { 0 } else { end.min(MAX_INTRO) };
        let end = (0..=end).rev().find(|&k| self.text.is_char_boundary(k)).unwrap_or(0);
        &self.text[..end]
    }

    /// The people the page names in full (see the module), read once.
    pub fn names(&self, letters: &[Letter]) -> &[Named] {
        self.names.get_or_init(|| {
            let mut out = Vec::new();
            if let Some(w) = self.writer {
                full_names(&w.printed, &mut out);
            }
            full_names(self.intro(letters), &mut out);
            for l in letters {
                for p in l.sender.0.iter().chain(l.recipient.0.iter()) {
                    if p.basis != PersonBasis::Inferred && p.basis != PersonBasis::Collection {
                        full_names(&p.printed, &mut out);
                    }
                }
            }
            out
        })
    }
}

/// A word of a name printed in full: capitalised, two letters at least, letters with inner `-` or `'` (`Hugh`,
/// `CLEMENS`, `O'Neil`), no possessive (`QUILL'S`); no title (`Sir`, `Mrs.`) and no small word of a caps line (`OF`, `TO`).
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else { return false };
    first.is_uppercase()
        && w.chars().count() >= 2
        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !["'s", "’s", "'S", "’S"].iter().any(|x| w.ends_with(x))
        && !parties::is_title(w)
        && !SMALL.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Words that open a phrase or join names, never part of a name in full.
const SMALL: &[&str] = &[
    "of", "the", "to", "and", "from", "by", "with", "for", "in", "at", "on", "dear", "my", "his", "her", "their", "our",
];

/// `L.`: an initial inside a name.
fn initial(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// `Th`, `Wm`, `Chr` of `Th. Fontane`, `Wm. Cobbett`, `Chr. Gottlieb`: a given name cut short to a capital and
/// one small letter, or to a few small letters without a vowel, before its stop (`Cox.` ends a sentence).
fn given_cut_short(w: &str) -> bool {
    let b = w.as_bytes();
    let small = &b[1.min(b.len())..];
    b.first().is_some_and(u8::is_ascii_uppercase)
        && small.iter().all(u8::is_ascii_lowercase)
        && (small.len() == 1 || (2..=3).contains(&small.len()) && !small.iter().any(|c| b"aeiouy".contains(c)))
}

/// Adds to `out` the names printed in full in `text`: each run of name words and initials that opens with a name
/// word and ends with one, two words at least; from a longer run each of its tails that opens with a name word
/// (`When Rufus Ambler` gives `Rufus Ambler` too).
fn full_names(text: &str, out: &mut Vec<Named>) {
    for line in text.lines() {
        names_in_line(line, out);
    }
}

/// [`full_names`] of one line (a name in full is never broken over two).
fn names_in_line(line: &str, out: &mut Vec<Named>) {
    let mut run: Vec<&str> = Vec::new();
    for token in line.split_whitespace() {
        let w = token.trim_start_matches(['(', '[', '"', '“', '‘', '\'']);
        let bare = w.trim_end_matches([',', ';', ':', ')', ']', '"', '”', '’', '!', '?']);
        let ends = bare.len() != w.len();
        let dotted = bare.strip_suffix('.');
        let word = match dotted {
            Some(d) if !initial(bare) => d,
            _ => bare,
        };
        let fits = initial(word) || name_word(word);
        if fits {
            run.push(word);
        }
        // A stop after a name word ends the run, as does a word of no name; not after a given name cut short.
        if !fits || ends || (dotted.is_some() && !initial(word) && !given_cut_short(word)) {
            take_run(&run, out);
            run.clear();
        }
    }
    take_run(&run, out);
}

/// The surname of a name in full that opens `text` (`Hugh Merrow, kept ...`, `Sir Hugh Merrow`, `Dr. Quarles`): a
/// title may open it; two words of a name at least, or a title and one.
pub(super) fn leading_name(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut titled = false;
    for token in text.split_whitespace().take(MAX_WORDS + 2) {
        let bare = token.trim_end_matches([',', ';', ':', ')', ']', '"', '”', '!', '?']);
        let ends = bare.len() != token.len();
        let word = if initial(bare) { bare } else { bare.trim_end_matches('.') };
        let title = words.is_empty() && parties::is_title(word);
        if title {
            titled = true;
        } else if !(initial(word) || name_word(word)) {
            break;
        }
        words.push(bare);
        if ends || word.len() != bare.len() && !initial(word) && !title {
            break;
        }
    }
    let names = words.iter().filter(|w| name_word(w.trim_end_matches('.'))).count();
    let last = words.last()?;
    if initial(last) || names == 0 || names + usize::from(titled) < 2 {
        return None;
    }
    parties::person(&words.join(" ")).filter(|p| !p.office).map(|p| p.name)
}

fn take_run(run: &[&str], out: &mut Vec<Named>) {
    let Some(last) = run.last() else { return };
    if run.len() < 2 || initial(last) {
        return;
    }
    let from = run.len().saturating_sub(MAX_WORDS);
    for start in from..run.len() - 1 {
        if initial(run[start]) {
            continue;
        }
        let words = &run[start..];
        let joined = words.join(" ");
        let Some(p) = parties::person(&joined).filter(|p| !p.office) else { continue };
        out.push(Named { words: words.iter().map(|w| w.to_string()).collect(), surname: p.name });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        full_names(text, &mut out);
        out.into_iter().map(|n| (n.words.join(" "), n.surname)).collect()
    }

    #[test]
    fn runs_of_capitalised_words_name_people_in_full() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(names("Her father, Ambrose Quarles, kept them."), [pair("Ambrose Quarles", "Quarles")]);
        assert_eq!(names("met (Samuel L. Clemens) there"), [pair("Samuel L. Clemens", "Clemens")]);
        assert_eq!(names("LETTERS OF HESTER QUARLES"), [pair("HESTER QUARLES", "Quarles")]);
        assert_eq!(
            names("When Rufus Ambler came"),
            [pair("When Rufus Ambler", "Ambler"), pair("Rufus Ambler", "Ambler")]
        );
        assert!(names("Sir Hugh").is_empty(), "a title and one name are no name in full");
        assert!(names("the letters of R. T. A.").is_empty());
        assert_eq!(
            names("Dein Vater Th. Fontane."),
            [
                pair("Dein Vater Th Fontane", "Fontane"),
                pair("Vater Th Fontane", "Fontane"),
                pair("Th Fontane", "Fontane")
            ]
        );
        assert!(
            !names("He saw Cox. Then he left.").iter().any(|n| n.0.contains("Cox")),
            "a sentence's end ends a name"
        );
        assert_eq!(leading_name("Hugh Merrow, kept").as_deref(), Some("Merrow"));
        assert_eq!(leading_name("Sir Hugh Merrow.").as_deref(), Some("Merrow"));
        assert_eq!(leading_name("Hugh, who"), None);
        assert_eq!(leading_name("who kept"), None);
    }
}
