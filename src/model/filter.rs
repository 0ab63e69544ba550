//! Pure filters over a corpus: correspondent pairs and years (with letter counts, for menus), and the predicate
//! behind `letters list --between A,B --year Y`. Reading state (`--unread`) is not known here.

use super::letter::{Corpus, Letter, LetterIx};
use super::people::same_name;
use std::collections::HashMap;
use std::fmt;

/// Two correspondents, in either direction. Displayed as `Stalin ↔ Churchill`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pair {
    pub a: String,
    pub b: String,
}

impl Pair {
    /// A pair of two names as given (`Stalin`, `Churchill`).
    pub fn new(a: &str, b: &str) -> Pair {
        Pair { a: a.trim().to_string(), b: b.trim().to_string() }
    }

    /// Parses the argument of `--between`: two names separated by a comma, `Stalin,Churchill`.
    pub fn parse(arg: &str) -> Result<Pair, String> {
        let parts: Vec<&str> = arg.split(',').map(str::trim).collect();
        match parts.as_slice() {
            [a, b] if !a.is_empty() && !b.is_empty() => Ok(Pair::new(a, b)),
            _ => Err(format!("--between wants two names separated by a comma, like Stalin,Churchill (got {arg:?})")),
        }
    }

    /// Whether the letter passes between the two, in either direction (names case-insensitive; a joint sender
    /// or recipient counts for each person it names).
    pub fn matches(&self, letter: &Letter) -> bool {
        let (s, r) = (&letter.sender, &letter.recipient);
        (s.has(&self.a) && r.has(&self.b)) || (s.has(&self.b) && r.has(&self.a))
    }
}

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ↔ {}", self.a, self.b)
    }
}

/// The letters' order for counting: reading order when the loader has computed it, else file order.
fn order(corpus: &Corpus) -> Vec<LetterIx> {
    if corpus.reading_order.len() == corpus.letters.len() {
        corpus.reading_order.clone()
    } else {
        (0..corpus.letters.len()).collect()
    }
}

/// Every pair of correspondents with its number of letters, most letters first (ties: first met in reading
/// order first). A pair is unordered and named in the direction of its first letter: `Stalin ↔ Churchill`.
/// A joint message counts once for each pair of a sender and a recipient it names.
pub fn pairs(corpus: &Corpus) -> Vec<(Pair, usize)> {
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut out: Vec<(Pair, usize)> = Vec::new();
    for ix in order(corpus) {
        let l = &corpus.letters[ix];
        for s in l.sender.names() {
            for r in l.recipient.names() {
                if same_name(s, r) {
                    continue;
                }
                let (x, y) = (s.to_lowercase(), r.to_lowercase());
                let key = if x <= y { (x, y) } else { (y, x) };
                match index.get(&key) {
                    Some(&i) => out[i].1 += 1,
                    None => {
                        index.insert(key, out.len());
                        out.push((Pair::new(s, r), 1));
                    }
                }
            }
        }
    }
    // A stable sort keeps first-met order among equal counts.
    out.sort_by_key(|p| std::cmp::Reverse(p.1));
    out
}

/// Every year some letter is dated in, with its number of letters, in chronological order. Undated letters are
/// not counted.
pub fn years(corpus: &Corpus) -> Vec<(i32, usize)> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for l in &corpus.letters {
        if let Some(d) = l.date {
            *counts.entry(d.year).or_insert(0) += 1;
        }
    }
    let mut out: Vec<(i32, usize)> = counts.into_iter().collect();
    out.sort_unstable();
    out
}

/// The filters of the letter list that need no reading state. Empty: every letter passes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub between: Option<Pair>,
    /// Only letters dated in this year (an undated letter never passes).
    pub year: Option<i32>,
}

impl Filter {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.between.is_none() && self.year.is_none()
    }

    /// Whether the letter passes every filter set.
    pub fn matches(&self, letter: &Letter) -> bool {
        self.between.as_ref().is_none_or(|p| p.matches(letter))
            && self.year.is_none_or(|y| letter.date.is_some_and(|d| d.year == y))
    }

    /// Describes the filter for a status line or message: `Stalin ↔ Churchill, 1942`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.between {
            parts.push(p.to_string());
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn letter(sender: &str, recipient: &str, date: Option<(i32, u8, u8)>) -> Letter {
        let mut l = Letter::new("f.txt", 1, String::new(), sender.into(), recipient.into());
        l.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
        l
    }

    fn corpus(letters: Vec<Letter>) -> Corpus {
        Corpus { letters, ..Corpus::default() }
    }

    #[test]
    fn between_matches_either_direction_any_case_and_joint_senders() {
        let p = Pair::parse("stalin, CHURCHILL").expect("pair");
        assert!(p.matches(&letter("Stalin", "Churchill", None)));
        assert!(p.matches(&letter("Churchill", "Stalin", None)));
        assert!(p.matches(&letter("Roosevelt, Churchill", "Stalin", None)));
        assert!(!p.matches(&letter("Stalin", "Roosevelt", None)));
        assert!(!p.matches(&letter("Churchillian", "Stalin", None)));
    }

    #[test]
    fn between_wants_two_names() {
        assert!(Pair::parse("Stalin").is_err());
        assert!(Pair::parse("Stalin,").is_err());
        assert!(Pair::parse("A,B,C").is_err());
    }

    #[test]
    fn year_filter_drops_undated_letters() {
        let f = Filter { between: None, year: Some(1941) };
        assert!(f.matches(&letter("Stalin", "Churchill", Some((1941, 7, 18)))));
        assert!(!f.matches(&letter("Stalin", "Churchill", Some((1942, 1, 1)))));
        assert!(!f.matches(&letter("Stalin", "Churchill", None)));
        assert!(Filter::default().matches(&letter("Stalin", "Churchill", None)));
    }

    #[test]
    fn pairs_are_unordered_and_counted() {
        let c = corpus(vec![
            letter("Stalin", "Churchill", None),
            letter("Churchill", "Stalin", None),
            letter("Stalin", "Roosevelt", None),
            letter("Roosevelt, Churchill", "Stalin", None),
        ]);
        let got: Vec<(String, usize)> = pairs(&c).into_iter().map(|(p, n)| (p.to_string(), n)).collect();
        assert_eq!(got, vec![("Stalin ↔ Churchill".to_string(), 3), ("Stalin ↔ Roosevelt".to_string(), 2)]);
    }

    #[test]
    fn years_are_counted_in_order() {
        let c = corpus(vec![
            letter("Stalin", "Churchill", Some((1942, 1, 1))),
            letter("Churchill", "Stalin", Some((1941, 7, 18))),
            letter("Stalin", "Churchill", Some((1942, 3, 1))),
            letter("Stalin", "Churchill", None),
        ]);
        assert_eq!(years(&c), vec![(1941, 1), (1942, 2)]);
    }
}
