//! A dateline printed on one line with its line ends as bars, as the calendars of one writer's letters print the
//! address and date under the heading and its apparatus: `Devonshire Terrace. | Thursday Fourth March 1846.`,
//! `Holly Lodge. | Saturday.`. The parts before the last are the place; the last is the date, in figures or in
//! words, or a day of the week alone (no date). Without bars, a date in words is read after a place and a comma
//! (`Devonshire Terrace, Friday Sixth March 1846.`) or alone.

use super::lines;
use super::look::Look;
use super::pair_headings::day_alone;
use super::words::QuickTrim;
use super::{Last, Parser};
use crate::model::date::{Found, scan_date};

impl<'a> Parser<'a> {
    /// The barred dateline right under a heading (and its apparatus): its place and date are the letter's. True
    /// when the line was one. `look` is the line's [`Look`].
    pub(super) fn barred_dateline(&mut self, look: &Look) -> bool {
        if look.text.len() > MAX_LINE || !self.under_heading() {
            return false;
        }
        // Barred, or ending in a year.
        let year_last = look.text.trim_end_matches('.').ends_with(|c: char| c.is_ascii_digit());
        if !year_last && memchr::memchr(b'|', look.text.as_bytes()).is_none() {
            return false;
        }
        let Some((place, date)) = read(look.text) else { return false };
        if let Some(d) = self.cur.as_mut() {
            if let Some(found) = date {
                d.set_written(found, format!("dateline after the heading: date line \"{}\"", look.text));
            }
            d.set_place(place);
        }
        self.last = Last::Other;
        true
    }
}

/// The longest barred dateline.
const MAX_LINE: usize = 120;

/// The place and date of a barred dateline (`text` is trimmed); the date is none when the last part is a day of
/// the week alone. Without bars, the place (if any) and the date in words.
pub fn read(text: &str) -> Option<(Option<String>, Option<Found>)> {
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        let (place, date) = match text.rsplit_once(", ") {
            Some((place, date)) => (Some(place.trim_end_matches('.')), date),
            None => (None, text),
        };
        // A day in words: the year's are the date's only figures.
        if date.bytes().filter(u8::is_ascii_digit).count() != 4 {
            return None;
        }
        let found = in_words(date)?;
        return place.is_none_or(lines::place_line).then(|| (place.map(str::to_string), Some(found)));
    }
    let parts: Vec<&str> = text.split('|').map(QuickTrim::quick_trim).filter(|p| !p.is_empty()).collect();
    let (last, places) = parts.split_last()?;
    if places.is_empty() || places.len() > 3 {
        return None;
    }
    let date = match lines::date_line(last) {
        Some(d) => Some(d.found),
        None if day_alone(last) => None,
        None => Some(in_words(last)?),
    };
    let places: Vec<&str> = places.iter().map(|p| p.trim_end_matches(['.', ',']).quick_trim_end()).collect();
    places.iter().all(|p| lines::place_line(p)).then(|| (Some(places.join(", ")), date))
}

/// `Thursday Fourth March 1846.`, `Twenty-first February 1847`: a date with its day in words and its year, perhaps
/// after the day of the week.
fn in_words(text: &str) -> Option<Found> {
    let t = text.trim_end_matches('.');
    let rest = match t.split_once(' ') {
        Some((day, rest)) if day_alone(day) => rest,
        _ => t,
    };
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // `Twenty Fourth March`: the tens and the day as one word.
    let tens = ["Twenty ", "Thirty ", "TWENTY ", "THIRTY "].iter().find(|t| rest.starts_with(**t)).map(|t| t.len());
    let words = match tens {
        Some(n) => format!("the {}-{}", &rest[..n - 1], &rest[n..]),
        None => format!("the {rest}"),
    };
    scan_date(&words).filter(|f| f.year.is_some() && f.len == words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_barred_datelines_place_and_date() {
        let day = |t: &str| read(t).map(|(place, f)| (place, f.map(|f| (f.year, f.month, f.day))));
        let place = |p: &str, d| Some((Some(p.to_string()), d));
        assert_eq!(
            day("Holly Lodge, Richmond. | Friday Twelfth February 1847."),
            place("Holly Lodge, Richmond", Some((Some(1847), 2, 12)))
        );
        assert_eq!(day("Holly Lodge. | Saturday."), place("Holly Lodge", None));
        assert_eq!(day("1 Devonshire Terrace | 4 March 1846"), place("1 Devonshire Terrace", Some((Some(1846), 3, 4))));
        assert_eq!(
            day("Rosemont, | Lausanne. | Twenty-first February 1847."),
            place("Rosemont, Lausanne", Some((Some(1847), 2, 21)))
        );
        assert_eq!(
            day("Devonshire Terrace, Friday Sixth March 1846."),
            place("Devonshire Terrace", Some((Some(1846), 3, 6)))
        );
        assert_eq!(day("Thursday Fourth March 1846."), Some((None, Some((Some(1846), 3, 4)))));
        assert_eq!(day("Tuesday Twenty Fourth March 1846."), Some((None, Some((Some(1846), 3, 24)))));
        for no in [
            "Saturday.",
            "cheese | bread | butter",
            "Holly Lodge. | came to see me",
            "a | b",
            "We went, Sixth March 1846.",
            "Fourth of the boys came in 1846.",
        ] {
            assert_eq!(day(no), None, "{no}");
        }
    }
}
