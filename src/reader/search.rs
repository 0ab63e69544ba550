//! Search over everything the reading pane shows of a letter (heading, header lines with the source, body,
//! footnotes): smart case (a capital in the query makes it case
//! sensitive), matches in reading order.

use crate::model::{Corpus, Letter, LetterIx};
use crate::presentation::doc::{Part, header_lines, header_text};

/// Matches kept at most; the counter shows `+` beyond.
pub(crate) const MAX_MATCHES: usize = 1_000_000;

/// One match: a byte range of a part of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub(crate) letter: LetterIx,
    pub(crate) part: Part,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A search and its results.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub(crate) query: String,
    pub(crate) matches: Vec<Match>,
    /// Index of the current match.
    pub(crate) current: Option<usize>,
    /// More matches than [`MAX_MATCHES`].
    pub(crate) truncated: bool,
    /// Highlights hidden (Esc); n / N show them again.
    pub(crate) hidden: bool,
    /// The matches kept are the last ones, not the first ([`Search::run_tail`]).
    pub(crate) tail: bool,
}

/// Adds the matches in letter `ix` to `out` in reading order (heading, header lines, body, footnotes), up to
/// `cap` matches in all. False when the cap cut them short.
fn letter_matches(matcher: &Matcher, corpus: &Corpus, ix: LetterIx, out: &mut Vec<Match>, cap: usize) -> bool {
    let Some(l) = corpus.letters.get(ix) else { return true };
    let header: Vec<String> = header_lines(corpus, ix).iter().map(|f| header_text(f)).collect();
    let parts = std::iter::once((Part::Heading, l.heading.as_str()))
        .chain(header.iter().enumerate().map(|(i, t)| (Part::Meta(i), t.as_str())))
        .chain(l.paragraphs.iter().enumerate().map(|(i, p)| (Part::Para(i), p)))
        .chain(l.footnotes.iter().enumerate().map(|(i, f)| (Part::Footnote(i), f.text.as_str())));
    for (part, text) in parts {
        let from = out.len();
        let mut full = false;
        matcher.find_all(text, |start, end| {
            if out.len() >= cap {
                full = true;
                return false;
            }
            out.push(Match { letter: ix, part, start, end });
            true
        });
        if full {
            return false;
        }
        if let Part::Para(i) = part {
            add_readings(matcher, l, ix, i, from, out, cap);
        }
    }
    true
}

/// Words with another reading (an abbreviation's expansion) in paragraph `i`: found by it, the words shown
/// marked, in their place among the paragraph's matches (those from `from` on).
fn add_readings(matcher: &Matcher, l: &Letter, ix: LetterIx, i: usize, from: usize, out: &mut Vec<Match>, cap: usize) {
    let mut extra: Vec<Match> = Vec::new();
    // Readings are in text order: those of paragraph `i` are found by halving.
    let first = l.readings().partition_point(|r| r.paragraph < i);
    for r in l.readings()[first..].iter().take_while(|r| r.paragraph == i) {
        let mut found = false;
        matcher.find_all(&r.text, |_, _| {
            found = true;
            false
        });
        if found {
            extra.push(Match { letter: ix, part: Part::Para(i), start: r.start, end: r.end });
        }
    }
    if !extra.is_empty() && out.len() + extra.len() <= cap {
        let mut own = out.split_off(from);
        own.extend(extra);
        own.sort_by_key(|m| (m.start, m.end));
        own.dedup_by_key(|m| (m.start, m.end));
        out.extend(own);
    }
}

/// Whether the query is matched case-sensitively: it holds a capital letter.
pub(crate) fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

impl Search {
    /// Runs `query` over the letters in `order`: the first [`MAX_MATCHES`] matches.
    pub(crate) fn run(corpus: &Corpus, order: &[LetterIx], query: &str) -> Search {
        Search::run_with(corpus, order, query, MAX_MATCHES)
    }

    /// Runs `query` over the letters in `order`, keeping at most `cap` matches.
    pub(crate) fn run_with(corpus: &Corpus, order: &[LetterIx], query: &str, cap: usize) -> Search {
        let mut s = Search { query: query.to_string(), ..Search::default() };
        if query.is_empty() {
            return s;
        }
        let matcher = Matcher::new(query);
        for &ix in order {
            if !letter_matches(&matcher, corpus, ix, &mut s.matches, cap) {
                s.truncated = true;
                break;
            }
        }
        s
    }

    /// The last matches of a search with more than it keeps: `query` run from the end of `order` backwards, the
    /// current match the very last one (what `N` from the first match goes to).
    pub(crate) fn run_tail(corpus: &Corpus, order: &[LetterIx], query: &str, cap: usize) -> Search {
        let mut s = Search { query: query.to_string(), truncated: true, tail: true, ..Search::default() };
        let matcher = Matcher::new(query);
        let mut letters: Vec<Vec<Match>> = Vec::new();
        let mut total = 0;
        for &ix in order.iter().rev() {
            let mut found = Vec::new();
            letter_matches(&matcher, corpus, ix, &mut found, usize::MAX);
            total += found.len();
            if !found.is_empty() {
                letters.push(found);
            }
            if total >= cap {
                break;
            }
        }
        s.matches = letters.into_iter().rev().flatten().collect();
        let extra = s.matches.len().saturating_sub(cap);
        s.matches.drain(..extra);
        s.current = s.matches.len().checked_sub(1);
        s
    }

    /// `3/17`, `3/1000000+ (counted so far)`, `2nd last of 1000000+`, or `no match`.
    pub(crate) fn counter(&self) -> String {
        let n = self.matches.len();
        if n == 0 {
            return "no match".into();
        }
        if self.tail {
            return match self.current.map(|c| n - c) {
                Some(1) => format!("last of {n}+"),
                Some(k) => format!("{k} from the end of {n}+"),
                None => format!("{n}+ (counted from the end)"),
            };
        }
        if self.truncated {
            return format!("{}/{n}+ (counted so far)", self.current.map_or(0, |c| c + 1));
        }
        let plus = if self.truncated { "+" } else { "" };
        match self.current {
            Some(c) => format!("{}/{n}{plus}", c + 1),
            None => format!("0/{n}{plus}"),
        }
    }

    /// The first match in a letter at or after reading position `pos`, wrapping to the start.
    pub(crate) fn first_from(&self, pos: usize, order_pos: &[usize]) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let p = |m: &Match| order_pos.get(m.letter).copied().unwrap_or(usize::MAX);
        let i = self.matches.partition_point(|m| p(m) < pos);
        Some(if i < self.matches.len() { i } else { 0 })
    }

    /// The last match in a letter at or before reading position `pos`, wrapping to the end (a backward search).
    pub(crate) fn last_until(&self, pos: usize, order_pos: &[usize]) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let p = |m: &Match| order_pos.get(m.letter).copied().unwrap_or(usize::MAX);
        let i = self.matches.partition_point(|m| p(m) <= pos);
        Some(i.checked_sub(1).unwrap_or(self.matches.len() - 1))
    }

    /// The matches in letter `ix`, as a range of indexes (matches are sorted by reading position).
    pub(crate) fn in_letter(&self, ix: LetterIx, order_pos: &[usize]) -> std::ops::Range<usize> {
        let Some(&pos) = order_pos.get(ix) else { return 0..0 };
        let p = |m: &Match| order_pos.get(m.letter).copied().unwrap_or(usize::MAX);
        let a = self.matches.partition_point(|m| p(m) < pos);
        let b = a + self.matches[a..].partition_point(|m| p(m) <= pos);
        a..b
    }
}

/// Finds a query in text, smart case.
enum Matcher {
    Exact(Box<memchr::memmem::Finder<'static>>),
    /// Case-insensitive ASCII query (lowercase bytes).
    Ascii(Vec<u8>),
    /// Case-insensitive query with non-ASCII letters (lowercase chars).
    Folded(Vec<char>),
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl Matcher {
    fn new(query: &str) -> Matcher {
        if is_case_sensitive(query) {
            Matcher::Exact(Box::new(memchr::memmem::Finder::new(query.as_bytes()).into_owned()))
        } else if query.is_ascii() {
            Matcher::Ascii(query.as_bytes().to_ascii_lowercase())
        } else {
            Matcher::Folded(query.chars().map(fold).collect())
        }
    }

    /// Calls `hit(start, end)` for each non-overlapping match, until it returns false.
    fn find_all(&self, text: &str, mut hit: impl FnMut(usize, usize) -> bool) {
        match self {
            Matcher::Exact(f) => {
                let n = f.needle().len();
                let mut at = 0;
                while let Some(i) = f.find(&text.as_bytes()[at..]) {
                    if !hit(at + i, at + i + n) {
                        return;
                    }
                    at += i + n.max(1);
                }
            }
            Matcher::Ascii(q) => {
                let b = text.as_bytes();
                let (lo, up) = (q[0], q[0].to_ascii_uppercase());
                let mut at = 0;
                while let Some(i) = memchr::memchr2(lo, up, &b[at..]) {
                    let s = at + i;
                    if b.len() - s >= q.len() && b[s..s + q.len()].eq_ignore_ascii_case(q) {
                        if !hit(s, s + q.len()) {
                            return;
                        }
                        at = s + q.len();
                    } else {
                        at = s + 1;
                    }
                }
            }
            Matcher::Folded(q) => {
                let mut starts = text.char_indices();
                while let Some((s, _)) = starts.next() {
                    let mut chars = text[s..].char_indices();
                    let mut end = s;
                    let mut ok = true;
                    for qc in q {
                        match chars.next() {
                            Some((i, c)) if fold(c) == *qc => end = s + i + c.len_utf8(),
                            _ => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if ok {
                        if !hit(s, end) {
                            return;
                        }
                        while starts.offset() < end {
                            if starts.next().is_none() {
                                break;
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(q: &str, text: &str) -> Vec<(usize, usize)> {
        let mut v = vec![];
        Matcher::new(q).find_all(text, |a, b| {
            v.push((a, b));
            true
        });
        v
    }

    #[test]
    fn smart_case() {
        assert_eq!(find("finland", "Finland and FINLAND, finland"), [(0, 7), (12, 19), (21, 28)]);
        assert_eq!(find("Finland", "Finland and FINLAND, finland"), [(0, 7)]);
        assert_eq!(find("ü", "Über über"), [(0, 2), (6, 8)]);
        assert_eq!(find("Ü", "Über über"), [(0, 2)]);
        assert_eq!(find("aa", "aaaa"), [(0, 2), (2, 4)]);
    }
}
