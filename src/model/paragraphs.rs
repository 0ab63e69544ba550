//! A letter's paragraphs, kept as one text with the end of each paragraph in it: one allocation for the whole
//! body instead of one per paragraph (a large corpus holds hundreds of thousands of paragraphs). Once a file is
//! read, its letters' texts are moved into one text they share ([`Paragraphs::share`]), so that no letter's
//! text pays for the allocator rounding its size up.

use super::fit::{fit_str, fit_thin};
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::{Index, Range};
use std::sync::Arc;
use thin_vec::ThinVec;

/// The paragraphs of a letter, in order. Read like a list of `&str`: `len`, `get`, `iter`, `p[i]`.
#[derive(Clone, Default)]
pub struct Paragraphs {
    text: Text,
    /// Where each paragraph ends in the letter's text; it begins where the one before ends. Kept as `u32` beside
    /// their count: a letter's ends cost a pointer and four bytes a paragraph.
    ends: ThinVec<u32>,
}

/// The text of a file's letters while they are read, behind a pointer: it costs a letter being read no more room
/// than a text of its own.
#[allow(clippy::box_collection)]
pub type FileText = Box<String>;

/// A letter's own text, or the text of its file's letters, shared, with where the letter's text begins in it.
#[derive(Clone)]
enum Text {
    Own(String),
    Shared(Arc<String>, u32),
    /// The text of its file's letters being written: the letter being read, its text at the end, from the byte
    /// given on ([`Paragraphs::open`]).
    Open(FileText, u32),
    /// The text of a letter read, from the byte given on of its file's text, which the next letter is being
    /// written after ([`Paragraphs::close`]): it reads as empty until [`Paragraphs::share_file`] gives it that
    /// text.
    Closed(u32),
}

impl Default for Text {
    fn default() -> Text {
        Text::Own(String::new())
    }
}

impl Paragraphs {
    pub fn new() -> Paragraphs {
        Paragraphs::default()
    }

    /// The text the letter's text is in, and where it begins there (the ends count from it).
    fn parts(&self) -> (&str, usize) {
        match &self.text {
            Text::Own(s) => (s, 0),
            Text::Shared(s, start) => (s, *start as usize),
            Text::Open(s, start) => (s, *start as usize),
            Text::Closed(_) => ("", 0),
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text and where paragraph `i` is in it, if there is one.
    fn at(&self, i: usize) -> Option<(&str, Range<usize>)> {
        if let Text::Closed(_) = self.text {
            return None;
        }
        let end = *self.ends.get(i)? as usize;
        let (text, base) = self.parts();
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some((text, base + start..base + end))
    }

    /// Paragraph `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        self.at(i).map(|(text, r)| &text[r])
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
        let (text, base) = self.own();
        let end = text.len() - base;
        let end = match u32::try_from(end + paragraph.len()) {
            Ok(longer) => {
                text.push_str(paragraph);
                longer
            }
            // Within 4 GiB: every paragraph before was.
            Err(_) => end as u32,
        };
        self.ends.push(end);
    }

    /// Adds a paragraph that `write` writes at the end of the letter's text (given the text and where the
    /// paragraph begins in it), when it writes something: no text of its own is made and copied. Returns whether
    /// one was added. A paragraph that would take the letter's text beyond 4 GiB is added empty.
    pub fn push_with(&mut self, write: impl FnOnce(&mut String, usize)) -> bool {
        let (text, base) = self.own();
        let start = text.len();
        write(text, start);
        if text.len() <= start {
            text.truncate(start);
            return false;
        }
        let end = match u32::try_from(text.len() - base) {
            Ok(end) => end,
            Err(_) => {
                text.truncate(start);
                // Within 4 GiB: every paragraph before was.
                (start - base) as u32
            }
        };
        self.ends.push(end);
        true
    }

    /// Paragraphs written at the end of `file`, the text of the letters of a file read so far (that the file's
    /// letters will share, no letter's text copied into it): gives `file` back when it is 4 GiB long already.
    pub fn open(file: FileText) -> Result<Paragraphs, FileText> {
        match u32::try_from(file.len()) {
            Ok(start) => Ok(Paragraphs { text: Text::Open(file, start), ends: ThinVec::new() }),
            Err(_) => Err(file),
        }
    }

    /// Done writing paragraphs opened by [`Paragraphs::open`]: gives back the file's text, for the next letter.
    /// The paragraphs read as empty until [`Paragraphs::share_file`].
    pub fn close(&mut self) -> Option<FileText> {
        let Text::Open(_, start) = self.text else { return None };
        match std::mem::replace(&mut self.text, Text::Closed(start)) {
            Text::Open(file, _) => Some(file),
            _ => None,
        }
    }

    /// Gives the paragraphs of `all` closed by [`Paragraphs::close`] the text of their file, which they then
    /// share.
    pub fn share_file<'a>(all: impl IntoIterator<Item = &'a mut Paragraphs>, file: String) {
        let file = Arc::new(file);
        for p in all {
            if let Text::Closed(start) = p.text {
                p.text = if p.ends.is_empty() { Text::default() } else { Text::Shared(Arc::clone(&file), start) };
            }
        }
    }

    /// The text paragraphs are added at the end of, and where the letter's text begins in it: the letter's own,
    /// copied out of a shared one first.
    fn own(&mut self) -> (&mut String, usize) {
        match self.text {
            Text::Shared(..) => self.text = Text::Own(self.as_str().to_owned()),
            // Not to be added to before its text is back: taken as empty.
            Text::Closed(_) => {
                self.text = Text::default();
                self.ends.clear();
            }
            Text::Own(_) | Text::Open(..) => {}
        }
        match &mut self.text {
            Text::Open(s, start) => (s, *start as usize),
            Text::Own(s) => (s, 0),
            Text::Shared(..) | Text::Closed(_) => unreachable!("made own above"),
        }
    }

    /// Gives back the room the text and the ends grew beyond what they hold (moving them into allocations of
    /// their size).
    pub fn shrink_to_fit(&mut self) {
        if let Text::Own(s) = &mut self.text {
            fit_str(s);
        }
        fit_thin(&mut self.ends);
    }

    /// Moves the texts of `all` into one text they share, of exactly their length (the lists of one file: they
    /// are dropped together). Texts that would make it longer than 4 GiB stay their own.
    pub fn share(all: &mut [&mut Paragraphs]) {
        let mut total = 0usize;
        let mut moved = Vec::new();
        for (i, p) in all.iter().enumerate() {
            if let Text::Own(s) = &p.text
                && !p.ends.is_empty()
                && u32::try_from(total + s.len()).is_ok()
            {
                total += s.len();
                moved.push(i);
            }
        }
        if moved.is_empty() {
            return;
        }
        let mut text = String::with_capacity(total);
        let mut starts = Vec::with_capacity(moved.len());
        for &i in &moved {
            // Within 4 GiB: counted above.
            starts.push(text.len() as u32);
            text.push_str(all[i].as_str());
        }
        let text = Arc::new(text);
        for (&i, start) in moved.iter().zip(starts) {
            all[i].text = Text::Shared(Arc::clone(&text), start);
        }
    }

    /// All the paragraphs' text run together, the first paragraph's start at 0 (for one pass over them all).
    pub fn as_str(&self) -> &str {
        if let Text::Closed(_) = self.text {
            return "";
        }
        let (text, base) = self.parts();
        &text[base..base + self.ends.last().map_or(0, |&e| e as usize)]
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

/// Alike when their paragraphs are, wherever their texts are kept.
impl PartialEq for Paragraphs {
    fn eq(&self, other: &Paragraphs) -> bool {
        self.len() == other.len() && self.as_str() == other.as_str() && self.ends == other.ends
    }
}

impl Eq for Paragraphs {}

impl Index<usize> for Paragraphs {
    type Output = str;

    /// Paragraph `i`; panics when there is none, as a slice's index does.
    fn index(&self, i: usize) -> &str {
        match self.at(i) {
            Some((text, r)) => &text[r],
            None => panic!("paragraph {i} of {}", self.len()),
        }
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

    #[test]
    fn letters_written_one_after_another_share_their_files_text() {
        let mut a = Paragraphs::open(Box::new(String::with_capacity(64))).expect("room");
        a.push("Dear Sir,");
        assert!(a.push_with(|text, start| text.push_str(&format!("Thanks from {start}."))));
        assert_eq!((a.len(), a.last()), (2, Some("Thanks from 9.")), "read as it is written");
        let text = a.close().expect("open");
        assert_eq!((a.len(), a.as_str(), a.first()), (2, "", None), "empty until its file's text is back");
        let mut b = Paragraphs::open(text).expect("room");
        let mut c = Paragraphs::open(b.close().expect("open")).expect("room");
        assert!(!c.push_with(|_, _| {}), "nothing written, nothing added");
        c.push("Yours — J.");
        assert_eq!((c.len(), c.as_str(), &c[0]), (1, "Yours — J.", "Yours — J."));
        let text = c.close().expect("open");
        Paragraphs::share_file([&mut a, &mut b, &mut c], *text);
        assert_eq!((a.to_vec(), a.as_str()), (vec!["Dear Sir,", "Thanks from 9."], "Dear Sir,Thanks from 9."));
        assert_eq!((b.len(), b.as_str()), (0, ""));
        assert_eq!(c, ["Yours — J."]);
        assert!(matches!((&a.text, &c.text), (Text::Shared(x, _), Text::Shared(y, _)) if Arc::ptr_eq(x, y)));
    }

    #[test]
    fn a_files_letters_share_one_text_and_read_as_before() {
        let mut a = Paragraphs::from(["Dear Sir,", "Thanks."]);
        let mut b = Paragraphs::new();
        let mut c = Paragraphs::from(["", "Yours — J."]);
        Paragraphs::share(&mut [&mut a, &mut b, &mut c]);
        assert!(matches!((&a.text, &c.text), (Text::Shared(x, _), Text::Shared(y, _)) if Arc::ptr_eq(x, y)));
        assert_eq!(
            (a.to_vec(), a.as_str(), a.last()),
            (vec!["Dear Sir,", "Thanks."], "Dear Sir,Thanks.", Some("Thanks."))
        );
        assert_eq!((b.len(), b.as_str(), b.first()), (0, "", None));
        assert_eq!(
            (c.len(), &c[1], c.as_str(), c.iter().rev().collect::<Vec<_>>()),
            (2, "Yours — J.", "Yours — J.", vec!["Yours — J.", ""])
        );
        assert_eq!(c, ["", "Yours — J."]);
        assert_eq!(c, Paragraphs::from(["", "Yours — J."]));
        assert_ne!(c, Paragraphs::from(["Yours — J.", ""]));
        c.push("P.S.");
        assert_eq!((c.to_vec(), a.to_vec()), (vec!["", "Yours — J.", "P.S."], vec!["Dear Sir,", "Thanks."]));
    }
}
