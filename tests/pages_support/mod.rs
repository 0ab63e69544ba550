//! Loading the written test pages (tests/pages/<style>/) and reading what a letter records, for the page tests.
#![allow(dead_code)]

use letters::loader::load;
use letters::model::{Corpus, Input, Letter};
use std::path::PathBuf;

pub fn pages(style: &str) -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages").join(style);
    load(&Input::Paths(vec![dir])).expect("the test pages load")
}

/// The letter one of whose first three paragraphs starts with `start`.
pub fn by_start<'a>(c: &'a Corpus, start: &str) -> &'a Letter {
    c.letters
        .iter()
        .find(|l| l.paragraphs.iter().take(3).any(|p| p.starts_with(start)))
        .unwrap_or_else(|| panic!("no letter starting {start:?} in {:#?}", summary(c)))
}

pub fn summary(c: &Corpus) -> Vec<String> {
    c.letters
        .iter()
        .map(|l| format!("{} | {} -> {} | {:?} | {:?}", l.id, l.sender, l.recipient, l.date, l.paragraphs))
        .collect()
}

pub fn people(l: &Letter) -> (String, String) {
    (l.sender.to_string(), l.recipient.to_string())
}

pub fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

pub fn date(l: &Letter) -> Option<String> {
    l.date.map(|d| d.to_string())
}

pub fn markers(l: &Letter) -> Vec<&str> {
    l.footnote_refs.iter().map(|r| r.marker.as_str()).collect()
}

pub fn notes(l: &Letter) -> Vec<&str> {
    l.footnotes.iter().map(|f| f.text.as_str()).collect()
}

pub fn basis(l: &Letter) -> Vec<&str> {
    l.sender.0.iter().map(|p| p.basis.as_str()).collect()
}

/// The letter's number in its edition, its people and its date, as a row for a page's table of letters.
pub fn numbered(l: &Letter) -> (&str, (String, String), String) {
    (l.number.as_deref().unwrap_or_default(), people(l), date(l).unwrap_or_default())
}

/// Every letter's row of [`numbered`], in page order.
pub fn numbered_rows(c: &Corpus) -> Vec<(&str, (String, String), String)> {
    c.letters.iter().map(numbered).collect()
}

/// A row as [`numbered_rows`] gives it: the number (empty for none), the writer, the addressee and the date (empty
/// for none).
pub fn row<'a>(n: &'a str, s: &str, r: &str, d: &str) -> (&'a str, (String, String), String) {
    (n, pair(s, r), d.to_string())
}

pub fn cited(l: &Letter) -> Vec<String> {
    l.references.iter().filter_map(|r| r.date.map(|d| d.to_string())).collect()
}
