//! A calendar's abstracts (a Calendar of State Papers): each entry one paragraph opening with its parties, a date
//! with the year first and a place (`Sir Thomas Roe to Secretary Conway. 1625, Aug. 14. The Hague.`), then the
//! editor's abstract of the letter in the third person. Each entry is a letter.

use super::heading::{self, Heading};
use super::words::QuickTrim;
use super::{Last, Parser, Zone, lines};
use crate::model::date::{Found, month_from_word};
use smallvec::SmallVec;
use std::borrow::Cow;

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
    /// [`margin_entry`] of a line split at its gap (and perhaps of the line under it, `next[0]`): opens its
    /// letter, the parties its heading, the place its letter's, the abstract its text. Gives the lines of `next`
    /// it took when it was one.
    pub(super) fn margin_calendar_entry(
        &mut self,
        no: usize,
        (place, entry): (&'a str, &'a str),
        next: &[&'a str],
    ) -> Option<usize> {
        let (place, opening, text, used) = margin_entry(place, entry, next.first().map(|n| (*n, false)))?;
        let h = heading::parse(&opening, false).filter(|h| !h.senders.is_empty() && !h.recipients.is_empty())?;
        // `Aug. 14.` on the margin's line above: the entry's day, of the year over it (`1628.`) or the page's.
        let year_line = lines::year_line;
        // Before the first entry those lines were set aside as no letter's, the last of them (a page's head, its
        // year in brackets, may come before).
        let above: SmallVec<[&'a str; 2]> = match self.cur {
            Some(_) => self.block.iter().map(|(_, l)| *l).collect(),
            None => {
                let n = self.aside.len();
                let from = if n >= 2 && year_line(self.aside[n - 2]).is_some() { n - 2 } else { n.saturating_sub(1) };
                self.aside[from..].to_vec().into()
            }
        };
        let margin = match above.as_slice() {
            [years @ .., l] if years.len() <= 1 && years.iter().all(|y| year_line(y).is_some()) => {
                crate::model::date::scan_date(l.quick_trim())
                    .filter(|f| f.len + 1 >= l.quick_trim().len() && f.year.is_none())
                    .map(|f| (f, l.quick_trim(), years.first().and_then(|y| year_line(y))))
            }
            _ => None,
        };
        if margin.is_some() {
            self.block.clear();
            self.aside.clear();
        }
        let year = margin.and_then(|m| m.2).or(self.year_hint);
        let dated = margin.filter(|_| year.is_some()).map(|(found, printed, _)| (Found { year, ..found }, printed));
        self.open_entry(no, h, (Some(place.to_string()), dated), (text, used))
    }

    /// Opens a calendar's entry at line `no` under heading `h`: its place and its margin's day (with the year), the
    /// abstract's first words `text` on line `no + used`. Gives `used`.
    fn open_entry(
        &mut self,
        no: usize,
        h: Heading,
        (place, dated): (Option<String>, Option<(Found, &str)>),
        (text, used): (&'a str, usize),
    ) -> Option<usize> {
        self.open(no, h);
        if let Some(d) = self.cur.as_mut() {
            d.set_place(place);
            d.set_abstracted();
            if let Some((found, printed)) = dated {
                d.set_written(found, format!("calendar's margin date \"{printed}\""));
            }
        }
        self.zone = Zone::Body;
        if !text.quick_trim().is_empty() {
            self.block.push((no + used, text));
        }
        self.last = Last::Body;
        Some(used)
    }

    /// `     37. Sir John Berry and Col. Francis Moryson to Sir Wm.` / `Berkeley. Being now arrived ...`: a colonial
    /// calendar's entry, its number and parties set in under the margin's lines above it (the year, the day, the
    /// place over a line or three: `1677.` / `Feb. 8.` / `Swanne's` / `Point,` / `James River.`). The parties may
    /// end on the line under it, where the abstract begins. Gives the lines of `next` it took when it was one.
    pub(super) fn entry_under_margin(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        if !line.starts_with("   ") {
            return None;
        }
        let entry = line.quick_trim();
        let digits = entry.bytes().take(5).take_while(u8::is_ascii_digit).count();
        if !(1..=4).contains(&digits) || !entry[digits..].starts_with(". ") {
            return None;
        }
        let above: SmallVec<[&'a str; 6]> = match self.cur {
            Some(_) => self.block.iter().map(|(_, l)| *l).collect(),
            None => self.aside.iter().copied().collect(),
        };
        let (found, printed, year, place) = margin_lines(&above)?;
        let (_, opening, text, used) = margin_entry("Margin.", entry, next.first().copied().map(|n| (n, true)))?;
        let h = heading::parse(&opening, false).filter(|h| !h.senders.is_empty() && !h.recipients.is_empty())?;
        self.block.clear();
        self.aside.clear();
        let dated = year.or(self.year_hint).map(|year| (Found { year: Some(year), ..found }, printed));
        self.open_entry(no, h, (place, dated), (text, used))
    }

    pub(super) fn calendar_entry(&mut self, no: usize, line: &'a str) -> bool {
        let Some(e) = entry(line) else { return false };
        let source = format!("calendar entry \"{}\"", e.heading.text);
        self.open(no, e.heading);
        if let Some(d) = self.cur.as_mut() {
            d.set_written(e.found, source);
            d.set_place(e.place);
            d.set_abstracted();
        }
        self.zone = Zone::Body;
        self.block.push((no, line));
        self.last = Last::Body;
        true
    }
}

/// `Portsmouth.  41. Edward Nicholas to Sir James Bagg. The Duke wishes him`: an older calendar's entry, its
/// place in the margin beside the number and parties that open the abstract (its date on the margin's lines above,
/// `Aug. 10.` under the year). Gives the place, the heading's text (`41. Edward Nicholas to Sir James Bagg.`), the
/// abstract's first words after it, with the space before them (the abstract's lines under them, set in as far as
/// the margin, run on from them: one paragraph, as the calendar prints it), and the lines under it the parties
/// took: parties too long for the line (`120. The Mayor and Aldermen of Newcastle to the Earl of` /
/// `Northumberland. The colliers ...`) end on the line under it, `below`, set in.
/// `below` comes with whether it may stand at the margin (a colonial calendar's, whose entry is set in).
pub fn margin_entry<'a>(
    place: &'a str,
    entry: &'a str,
    below: Option<(&'a str, bool)>,
) -> Option<(&'a str, Cow<'a, str>, &'a str, usize)> {
    let place = place.strip_suffix('.')?;
    let words = place.split(' ').count();
    if !(1..=3).contains(&words) || !place.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let digits = entry.bytes().take(5).take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || !entry[digits..].starts_with(". ") {
        return None;
    }
    if let Some(end) = parties_end(entry) {
        return Some((place, Cow::Borrowed(&entry[..=end]), entry[end + 1..].quick_trim_end(), 0));
    }
    let below = below.filter(|(l, anywhere)| *anywhere || l.starts_with([' ', '\t']))?.0.quick_trim();
    let first = entry.quick_trim_end();
    let joined = format!("{first} {below}");
    let end = parties_end(&joined).filter(|&e| e > first.len())?;
    let text = below[end - first.len()..].quick_trim_end();
    Some((place, Cow::Owned(joined[..=end].to_string()), text, 1))
}

/// The margin's lines over a colonial calendar's entry, all of them: the year perhaps (`1677.`), the day (`Feb.
/// 8.`), then the place on up to three short lines (`Swanne's` / `Point,` / `James River.`). Gives the day, the day
/// as printed, the year and the place (its lines joined).
fn margin_lines<'a>(above: &[&'a str]) -> Option<(crate::model::date::Found, &'a str, Option<i32>, Option<String>)> {
    let year_line = lines::year_line;
    let (year, rest) = match above {
        [y, rest @ ..] if year_line(y).is_some() => (year_line(y), rest),
        _ => (None, above),
    };
    let [day, places @ ..] = rest else { return None };
    let day = day.quick_trim();
    let found = crate::model::date::scan_date(day).filter(|f| f.len + 1 >= day.len() && f.year.is_none())?;
    let short = |l: &&str| {
        let t = l.quick_trim();
        t.len() <= 24 && t.starts_with(char::is_uppercase) && !t.bytes().any(|b| b.is_ascii_digit())
    };
    if places.len() > 3 || !places.iter().all(short) {
        return None;
    }
    let place = places.iter().map(|l| l.quick_trim()).collect::<Vec<_>>().join(" ");
    let place = place.trim_end_matches(['.', ',']).to_string();
    Some((found, day, year, (!place.is_empty()).then_some(place)))
}

/// The byte of the full stop that ends an entry's parties: the first after their `to` that ends a word of two
/// letters at least (`Sec.` and `Sir J.` come before it).
fn parties_end(entry: &str) -> Option<usize> {
    let to = entry.find(" to ")?;
    let b = entry.as_bytes();
    (to..entry.len()).find(|&i| {
        let word = entry[..i].rsplit(' ').next().unwrap_or_default();
        b[i] == b'.'
            && b.get(i + 1).is_none_or(|&c| c == b' ')
            && word.len() >= 2
            && word.bytes().all(|c| c.is_ascii_alphabetic())
            && word.bytes().any(|c| c.is_ascii_lowercase())
            // A title cut short goes on to its name (`Sec.`, `Sir J.`); a whole word ending the line (`the Lords
            // of the Council.`) ends them.
            && (!super::parties::is_title(word) || i + 1 == entry.len() && word.len() >= 5)
            // `Sir Wm.`, `Chas.`: a given name cut short, without a vowel, goes on to the surname.
            && word.bytes().skip(1).any(|c| b"aeiouy".contains(&c))
    })
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
    }

    #[test]
    fn a_margin_entrys_parties_may_end_on_the_line_under_it() {
        let (place, opening, text, used) = margin_entry(
            "Newcastle.",
            "120. The Mayor and Aldermen of Newcastle to the Earl of",
            Some(("             Northumberland. The colliers refuse to work.", false)),
        )
        .expect("entry");
        assert_eq!(
            (place, opening.as_ref(), text, used),
            (
                "Newcastle",
                "120. The Mayor and Aldermen of Newcastle to the Earl of Northumberland.",
                " The colliers refuse to work.",
                1
            )
        );
        let one = margin_entry("Dover.", "12. Sir Henry Mervyn to Sec. Nicholas. The ships are come", None);
        assert_eq!(
            one.map(|e| (e.1.into_owned(), e.2, e.3)),
            Some(("12. Sir Henry Mervyn to Sec. Nicholas.".to_string(), " The ships are come", 0))
        );
        // A line under that is not set in, or ends no parties, takes nothing.
        assert!(
            margin_entry("Dover.", "12. Sir Henry Mervyn to the Earl of", Some(("Northumberland. The", false)))
                .is_none()
        );
        assert!(
            margin_entry("Dover.", "12. Sir Henry Mervyn to the Earl of", Some(("   the next line goes on", false)))
                .is_none()
        );
        assert!(entry("'Charles I - volume 12: August 1631', in Calendar of State Papers, pp. 1-5.").is_none());
    }
}
