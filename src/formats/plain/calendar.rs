//! A calendar's abstracts (a Calendar of State Papers): each entry one paragraph opening with its parties, a date
//! with the year first and a place (`Sir Thomas Roe to Secretary Conway. 1625, Aug. 14. The Hague.`), then the
//! editor's abstract of the letter in the third person. Each entry is a letter.

use super::heading::{self, Heading};
use super::words::QuickTrim;
use super::{Last, Parser, Zone, lines};
use crate::model::date::{Found, month_from_word};

/// An entry's opening read: its heading (the parties, the opening as printed), its date and its place.
#[derive(Debug)]
pub struct Entry {
    pub heading: Heading,
    pub found: Found,
    pub place: Option<String>,
}

/// The longest opening looked for: parties, date and place come within it.
const OPENING: usize = 240;

/// `A to B. 1625, Aug. 14. The Hague.`: an entry's opening at the start of `line` (an abstract may follow on it).
pub fn entry(line: &str) -> Option<Entry> {
    let t = line.quick_trim();
    let b = t.as_bytes();
    // The year comes after a full stop and a space, four figures and a comma: `. 1625, `.
    let at = memchr::memchr_iter(b'.', &b[..b.len().min(OPENING)]).find(|&i| {
        b.get(i + 1) == Some(&b' ')
            && b.get(i + 2..i + 6).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            && b.get(i + 6) == Some(&b',')
    })?;
    let parties = &t[..at];
    let year: i32 = t[at + 2..at + 6].parse().ok()?;
    let rest = t[at + 7..].quick_trim_start();
    // `Aug. 14.` or `March 3.`: the month's word, then the day.
    let (month_word, rest) = rest.split_once(' ')?;
    let month = month_from_word(month_word.trim_end_matches('.'))?;
    let digits = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !rest[digits..].starts_with('.') {
        return None;
    }
    let day: u8 = rest[..digits].parse().ok()?;
    let after = rest[digits + 1..].quick_trim_start();
    // The place: a short run of capitalised words up to the next full stop.
    let place = after.split_once(". ").map_or(after.trim_end_matches('.'), |(p, _)| p);
    let place = lines::short_place(place).then(|| place.to_string());
    let opening_end = t.len() - after.len() + place.as_ref().map_or(0, |p| p.len() + 1);
    let h = heading::parse(parties, false).filter(|h| !h.senders.is_empty() && !h.recipients.is_empty())?;
    let found = Found { month, day, corrected_day: None, year: Some(year), more_days: [None; 3], len: 0 };
    crate::model::Date::new(year, month, day)?;
    let text = t[..opening_end.min(t.len())].quick_trim_end().to_string();
    Some(Entry { heading: Heading { text, ..h }, found, place })
}

impl<'a> Parser<'a> {
    /// A calendar's entry opening at the line (a paragraph's first line): opens its letter, dated and placed by
    /// the opening; the paragraph, opening and abstract, is the letter's text. True when the line was one.
    pub(super) fn calendar_entry(&mut self, no: usize, line: &'a str) -> bool {
        let Some(e) = entry(line) else { return false };
        let source = format!("calendar entry \"{}\"", e.heading.text);
        self.open(no, e.heading);
        if let Some(d) = self.cur.as_mut() {
            d.set_written(e.found, source);
            d.set_place(e.place);
        }
        self.zone = Zone::Body;
        self.block.push((no, line));
        self.last = Last::Body;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entrys_opening_gives_parties_date_and_place() {
        let e = entry("Sir Ralph Tey to Secretary Morland. 1631, Aug. 14. The Hague. Reports that ...").expect("entry");
        let names = |p: &[super::super::parties::Person]| p.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            (names(&e.heading.senders), names(&e.heading.recipients)),
            (vec!["Tey".to_string()], vec!["Morland".to_string()])
        );
        assert_eq!((e.found.year, e.found.month, e.found.day), (Some(1631), 8, 14));
        assert_eq!(e.place.as_deref(), Some("The Hague"));
        assert_eq!(e.heading.text, "Sir Ralph Tey to Secretary Morland. 1631, Aug. 14. The Hague.");
        assert!(entry("He came to us. 1631, in the spring. Nothing more.").is_none());
        assert!(entry("'Charles I - volume 12: August 1631', in Calendar of State Papers, pp. 1-5.").is_none());
    }
}
