//! A letter's paragraphs, kept as one text with the end of each paragraph in it: one allocation for the whole
//! body instead of one per paragraph (a large corpus holds hundreds of thousands of paragraphs).

use super::fit::{fit_str, fit_thin};
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::{Index, Range};
use thin_vec::ThinVec;

/// The paragraphs of a letter, in order. Read like a list of `&str`: `len`, `get`, `iter`, `p[i]`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Paragraphs {
    text: String,
    /// Where each paragraph ends in `text`; it begins where the one before ends. Kept as `u32` beside their
    /// count: a letter's ends cost a pointer and four bytes a paragraph.
    ends: ThinVec<u32>,
}

impl Paragraphs {
    pub fn new() -> Paragraphs {
        Paragraphs::default()
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn range(&self, i: usize) -> Range<usize> {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        start..self.ends[i] as usize
    }

    /// Paragraph `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        (i < self.len()).then(|| &self.text[self.range(i)])
    }

    pub fn first(&self) -> Option<&str> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter { paragraphs: self, next: 0, end: self.len() }
    }

    /// Adds a paragraph after the last. A paragraph that would take the letter's text beyond 4 GiB is added
    /// empty.
    pub fn push(&mut self, paragraph: impl AsRef<str>) {
        let paragraph = paragraph.as_ref();
        let end = self.text.len() + paragraph.len();
        let end = match u32::try_from(end) {
            Ok(end) => {
                self.text.push_str(paragraph);
                end
            }
            Err(_) => self.text.len() as u32,
        };
        self.ends.push(end);
    }

    /// Gives back the room the text and the ends grew beyond what they hold (moving them into allocations of
    /// their size).
    pub fn shrink_to_fit(&mut self) {
        fit_str(&mut self.text);
        fit_thin(&mut self.ends);
    }

    /// All the paragraphs' text run together, the first paragraph's start at 0 (for one pass over them all).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The paragraphs as a list of slices (for comparing and slicing).
    pub fn to_vec(&self) -> Vec<&str> {
        self.iter().collect()
    }

    /// The paragraphs joined by `sep`.
    pub fn join(&self, sep: &str) -> String {
        self.to_vec().join(sep)
    }
}

impl Index<usize> for Paragraphs {
    type Output = str;

    /// Paragraph `i`; panics when there is none, as a slice's index does.
    fn index(&self, i: usize) -> &str {
        &self.text[self.range(i)]
    }
}

/// The paragraphs front to back (or back to front).
#[derive(Clone)]
pub struct Iter<'a> {
    paragraphs: &'a Paragraphs,
    next: usize,
    end: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.next == self.end {
            return None;
        }
        self.next += 1;
        self.paragraphs.get(self.next - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.end - self.next, Some(self.end - self.next))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.next == self.end {
            return None;
        }
        self.end -= 1;
        self.paragraphs.get(self.end)
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Paragraphs {
    type Item = &'a str;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Paragraphs {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Paragraphs {
        let mut p = Paragraphs::new();
        for s in iter {
            p.push(s);
        }
        p.shrink_to_fit();
        p
    }
}

impl<S: AsRef<str>> From<Vec<S>> for Paragraphs {
    fn from(v: Vec<S>) -> Paragraphs {
        v.into_iter().collect()
    }
}

impl<S: AsRef<str>, const N: usize> From<[S; N]> for Paragraphs {
    fn from(v: [S; N]) -> Paragraphs {
        v.into_iter().collect()
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for Paragraphs {
    fn eq(&self, other: &[S]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Paragraphs {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for Paragraphs {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

impl fmt::Debug for Paragraphs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// As a list of strings, as `Vec<String>` was.
impl Serialize for Paragraphs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_the_list_it_was_given() {
        let mut p = Paragraphs::new();
        assert_eq!((p.len(), p.first(), p.last()), (0, None, None));
        p.push("One.");
        p.push(String::from(""));
        p.push("Three — ü.");
        assert_eq!(p, ["One.", "", "Three — ü."]);
        assert_eq!((p.len(), &p[0], p.get(1), p.get(3)), (3, "One.", Some(""), None));
        assert_eq!(p.iter().rev().collect::<Vec<_>>(), ["Three — ü.", "", "One."]);
        assert_eq!(p.iter().skip(1).rev().take(1).collect::<Vec<_>>(), ["Three — ü."]);
        assert_eq!(p.join("|"), "One.||Three — ü.");
        assert_eq!(format!("{p:?}"), r#"["One.", "", "Three — ü."]"#);
        assert_eq!(serde_json::to_string(&p).expect("json"), r#"["One.","","Three — ü."]"#);
        assert_eq!(Paragraphs::from(vec!["One.", "", "Three — ü."]), p);
    }
}
