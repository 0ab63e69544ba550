//! A correspondence of two printed under their initials (`H.A. to C.P.`, `HA to CP`), as the editions of a
//! couple's letters head each one; the collection's title names both in full, and [`super::initials`] finds whom
//! the initials stand for. Under the heading the letter's dateline may be no more than the day of the week and
//! its time (`Wednesday Evening.`), and the editor adds the postmark in brackets (`[Post-mark, March 3, 1852.]`),
//! which dates a letter whose own dateline gives no day.

use super::heading::{Heading, find_word};
use super::initials::letters_of;
use super::lines;
use super::look::Look;
use super::parties::{self, Person};
use super::words::QuickTrim;
use super::{Last, Parser};
use crate::model::date::{Found, scan_date};
use crate::model::weekdays::{is_time_of_day, is_weekday};

impl<'a> Parser<'a> {
    /// A couple's letter headed by their initials, and the lines of its dateline under any heading: a weekday
    /// alone (`Friday Morning.`, no date), the editor's postmark (the date when the letter gives none), and in a
    /// couple's letter a place before the postmark or with the weekday (`Hatcham, Tuesday Night.`). A postmark
    /// later in the letter is its own too. True when the line was one of them. `look` is the line's [`Look`].
    pub(super) fn pair_line(&mut self, no: usize, look: &Look, next: &[&str], fresh: bool) -> bool {
        let t = look.text;
        let Some(&first) = t.as_bytes().first() else { return false };
        if (fresh || !self.pending.raw.is_empty())
            && first.is_ascii_uppercase()
            && t.len() <= MAX_HEADING
            && let Some(h) = heading(t)
        {
            self.open(no, h);
            self.paired = true;
            return true;
        }
        if first == b'['
            && fresh
            && self.cur.is_some()
            && !self.in_notes
            && let Some(found) = postmark(t)
        {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.set_postmark(found, format!("postmark \"{t}\""));
            }
            self.last = Last::Other;
            return true;
        }
        if !(first.is_ascii_uppercase() || first.is_ascii_digit()) || !self.under_heading() {
            return false;
        }
        // `50 Wimpole Street: Jan. 11, 1845.`: the place, a colon, the date.
        if look.digit
            && let Some((place, found)) = place_colon_date(t)
        {
            if let Some(d) = self.cur.as_mut() {
                d.set_written(found, format!("dateline after the heading: date line \"{t}\""));
                d.set_place(Some(place.to_string()));
            }
            self.last = Last::Other;
            return true;
        }
        if first.is_ascii_digit() {
            return false;
        }
        let postmark_next =
            || next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| postmark(l.quick_trim()).is_some());
        let place = if day_alone(t) {
            None
        } else if self.paired
            && let Some(place) = lines::place_and_day(t)
        {
            Some(place)
        } else if self.paired
            && let Some(place) = place_over_postmark(t).filter(|_| postmark_next())
        {
            Some(place)
        } else {
            return false;
        };
        if let Some(d) = self.cur.as_mut() {
            d.set_place(place.map(str::to_string));
        }
        self.last = Last::Other;
        true
    }
}

/// The longest heading of two sets of initials (`R. W. E. to M. M. F.` with room to spare).
const MAX_HEADING: usize = 40;

/// `H.A. to C.P.`, `HA to CP`: two people's initials (two to four capitals each, dotted, spaced or neither),
/// different ones, with `to` between and nothing else on the line (`text` is trimmed).
pub fn heading(text: &str) -> Option<Heading> {
    let b = text.as_bytes();
    if b.len() > MAX_HEADING || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    // Initials go on with a stop, a space or a capital, and the first of them are a short word (a word of five
    // capitals or more is a name).
    let first_word = b.iter().position(|&c| c == b' ').unwrap_or(b.len());
    let dotted = b[..first_word].contains(&b'.');
    if first_word > 8
        || !dotted && first_word > 4
        || !b.get(1).is_some_and(|&c| c == b'.' || c == b' ' || c.is_ascii_uppercase())
    {
        return None;
    }
    let at = find_word(text, "to")?;
    let (writer, reader) = (text[..at].quick_trim(), text[at + 3..].quick_trim());
    let (w, r) = (letters_of(writer)?, letters_of(reader)?);
    if w == r {
        return None;
    }
    let person = |printed: &str, letters: &str| {
        let name = parties::person(letters).map_or_else(|| letters.to_string(), |p| p.name);
        Person { name, printed: printed.to_string(), office: false }
    };
    Some(Heading {
        senders: vec![person(writer, &w)],
        recipients: vec![person(reader, &r)],
        ..Heading::bare(text.to_string())
    })
}

/// `Wednesday Evening.`, `Friday.`, `Sunday night, 11 o'clock.`, `Saturday Morning--Eight o'clock.`, `Dienstag.`,
/// `mercredi soir`: a dateline that is a day of the week alone, perhaps with the part of the day and the hour
/// (`text` is trimmed). It dates nothing.
pub fn day_alone(text: &str) -> bool {
    if text.len() > 48 || !text.starts_with(char::is_alphabetic) {
        return false;
    }
    let t = text.trim_end_matches('.');
    // The hour after a comma or a dash (`, 11 o'clock`, `--half-past 2`).
    let t = match t.find([',', '-', '\u{2014}']) {
        Some(at) if clock(t[at..].trim_start_matches([',', '-', '\u{2014}'])) => &t[..at],
        Some(_) => return false,
        None => t,
    };
    let mut words = t.split_whitespace();
    let Some(day) = words.next() else { return false };
    let time = words.next();
    is_weekday(day) && time.is_none_or(is_time_of_day) && words.next().is_none()
}

/// ` 11 o'clock`, ` 10 p.m`, `half-past 2`, `Eight o'clock`: an hour, a few words with a word of the clock.
fn clock(hour: &str) -> bool {
    let h = hour.quick_trim().to_ascii_lowercase();
    h.len() <= 24
        && h.split_whitespace().count() <= 3
        && ["o'clock", "a.m", "p.m", "a. m", "p. m", "past", "noon", "midnight"].iter().any(|w| h.contains(w))
}

/// `[Post-mark, March 3, 1852.]`, `[Postmark: 3 March 1852]`: the editor's note of the postmark, its date with
/// the year (`text` is trimmed).
pub fn postmark(text: &str) -> Option<Found> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?.quick_trim();
    if inner.len() > 60 {
        return None;
    }
    let rest = ["post-mark", "postmark", "post mark"].iter().find_map(|w| lines::strip_prefix_ci(inner, w))?;
    let date = rest.trim_start_matches([',', ':', '.', ' ']).trim_end_matches(['.', ' ']);
    let found = scan_date(date).filter(|f| f.year.is_some() && f.len == date.len())?;
    Some(found)
}

/// `50 Wimpole Street: Jan. 11, 1845.`: a place of two words at least (one word is a label's: `Received: ...`),
/// a colon and a date line with its year (`text` is trimmed).
pub fn place_colon_date(text: &str) -> Option<(&str, Found)> {
    if text.len() > 80 || memchr::memchr(b':', text.as_bytes()).is_none() {
        return None;
    }
    let (place, date) = text.split_once(": ")?;
    let d = lines::date_line(date).filter(|d| d.place.is_none() && d.found.year.is_some())?;
    let place = place.quick_trim();
    (place.contains(' ') && lines::place_line(place)).then_some((place, d.found))
}

/// A place alone over the editor's postmark (`Bloomsbury Square.`, `New Cross, Hatcham, Surrey.`): capitalised
/// words ending in a full stop, no date.
pub fn place_over_postmark(text: &str) -> Option<&str> {
    let place = text.trim_end_matches('.').quick_trim_end();
    (!place.is_empty() && lines::place_line(place) && !place.bytes().any(|b| b.is_ascii_digit())).then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_two_sets_of_initials() {
        let read = |t: &str| heading(t).map(|h| (h.senders[0].printed.clone(), h.recipients[0].printed.clone()));
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(read("G.T. to L.M."), pair("G.T.", "L.M."));
        assert_eq!(read("GT to LM"), pair("GT", "LM"));
        assert_eq!(read("R. W. E. to M. F."), pair("R. W. E.", "M. F."));
        for no in ["G.T. to G.T.", "US to UK", "Gideon to Lavinia", "G.T. went to L.M.", "to L.M.", "GT to"] {
            assert_eq!(read(no), None, "{no}");
        }
    }

    #[test]
    fn a_weekday_alone_is_a_dateline_without_a_date() {
        for day in [
            "Wednesday Evening.",
            "Friday.",
            "Sunday night, 11 o'clock.",
            "Monday Morning",
            "Saturday Morning--Eight o'clock.",
            "Wednesday Morning--half-past 2.",
            "Friday—2 p.m.",
        ] {
            assert!(day_alone(day), "{day}");
        }
        for no in [
            "Wednesday we went out.",
            "Friday, March 3, 1852",
            "Tuesday, at the Fair",
            "Easter Monday.",
            "Monday--we went past the church at noon and on to the mill",
        ] {
            assert!(!day_alone(no), "{no}");
        }
    }

    #[test]
    fn postmarks_in_the_editors_brackets() {
        let day = |t: &str| postmark(t).map(|f| (f.year, f.month, f.day));
        assert_eq!(day("[Post-mark, March 3, 1852.]"), Some((Some(1852), 3, 3)));
        assert_eq!(day("[Postmark: 14 October 1861]"), Some((Some(1861), 10, 14)));
        assert_eq!(day("[Post-mark, March 3.]"), None, "no year");
        assert_eq!(day("[Page 98]"), None);
        assert_eq!(place_over_postmark("New Cross, Hatcham, Surrey."), Some("New Cross, Hatcham, Surrey"));
        assert_eq!(place_over_postmark("I came."), None);
        let colon = |t: &'static str| place_colon_date(t).map(|(p, f)| (p, f.year, f.month, f.day));
        assert_eq!(colon("14 Clapham Road: Oct. 11, 1861."), Some(("14 Clapham Road", Some(1861), 10, 11)));
        assert_eq!(colon("Date: Oct. 11, 1861."), None);
        assert_eq!(colon("Received: Oct. 11, 1861."), None);
        assert_eq!(colon("We met: Oct. 11, 1861."), None);
    }
}
