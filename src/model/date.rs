//! Calendar dates as printed in the letters (`July 18, 1941`, `January 11th, 1943`, `18 July 1941`).

use std::fmt;

/// A calendar date. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Month names as printed, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const SHORT_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Date {
    /// A valid date, or `None` (February 30 is not a date).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        calendar(year, month, day).map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for distances between dates.
    pub fn day_number(self) -> i64 {
        /// The Julian day of 1970-01-01.
        const EPOCH: i64 = 2_440_588;
        calendar(self.year, self.month, self.day).map_or(0, |d| i64::from(d.to_julian_day()) - EPOCH)
    }

    /// Parses an ISO date `1941-07-18`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Date::new(y, m, d)
    }

    /// `18 Jul 1941`, for compact displays.
    pub fn short(self) -> String {
        format!("{} {} {}", self.day, SHORT_MONTHS[(self.month - 1) as usize], self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The proleptic Gregorian date, if it is one (years -9999 to 9999).
fn calendar(year: i32, month: u8, day: u8) -> Option<time::Date> {
    let month = time::Month::try_from(month).ok()?;
    time::Date::from_calendar_date(year, month, day).ok()
}

/// The month named by a word (`July`, `JULY`, `Jul`, `Sept`, with or without a final dot), 1-based.
pub fn month_from_word(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.len() < 3 || w.len() > 9 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    for (i, m) in MONTH_NAMES.iter().enumerate() {
        let whole = m.len() == w.len() && m.eq_ignore_ascii_case(w);
        let short =
            (w.len() == 3 || (w.len() == 4 && i == 8)) && m.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes());
        if whole || short {
            return Some(i as u8 + 1);
        }
    }
    None
}

/// A date found at the start of `text`, with the number of bytes it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub month: u8,
    pub day: u8,
    /// The day an editorial bracket corrects it to (`March 25 [24]` gives 24).
    pub corrected_day: Option<u8>,
    pub year: Option<i32>,
    /// Further days of the same month: `January 5 and 7`.
    pub more_days: [Option<u8>; 3],
    pub len: usize,
}

impl Found {
    /// The date meant, the editorial correction winning; `year` stands in for a missing year.
    pub fn date(&self, year: i32) -> Option<Date> {
        Date::new(self.year.unwrap_or(year), self.month, self.corrected_day.unwrap_or(self.day))
    }
}

/// Reads a date at the start of `text`: `July 18, 1941`, `July 18th, 1941`, `March 25 [24], 1945`,
/// `18 July 1941`, `18th July, 1941`, `January 11` (no year), `January 5 and 7`.
pub fn scan_date(text: &str) -> Option<Found> {
    let b = text.as_bytes();
    let mut cur = Cursor { b, i: 0 };
    if let Some(month) = cur.month() {
        // Month-first.
        cur.spaces();
        let day = cur.day()?;
        let start_after_day = cur.i;
        let corrected_day = cur.bracket_day();
        if corrected_day.is_none() {
            cur.i = start_after_day;
        }
        let mut more_days = [None; 3];
        let mut k = 0;
        loop {
            let save = cur.i;
            cur.spaces();
            let sep = cur.eat_str(",") || cur.eat_str("and") || cur.eat_str("&");
            cur.spaces();
            let sep = sep || cur.eat_str("and");
            cur.spaces();
            if sep && k < 3 {
                let before = cur.i;
                if let Some(d) = cur.day() {
                    // A four-digit number is a year, not a day.
                    if cur.i - before <= 4 && !cur.peek_digit() {
                        more_days[k] = Some(d);
                        k += 1;
                        continue;
                    }
                }
            }
            cur.i = save;
            break;
        }
        let year = cur.year_after();
        return Some(Found { month, day, corrected_day, year, more_days, len: cur.i });
    }
    // Day-first: `18 July 1941`, `18th July, 1941`.
    let day = cur.day()?;
    cur.spaces();
    let month = cur.month()?;
    let year = cur.year_after();
    Some(Found { month, day, corrected_day: None, year, more_days: [None; 3], len: cur.i })
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn spaces(&mut self) {
        while self.i < self.b.len() && self.b[self.i] == b' ' {
            self.i += 1;
        }
    }
    fn peek_digit(&self) -> bool {
        self.b.get(self.i).is_some_and(u8::is_ascii_digit)
    }
    fn eat_str(&mut self, s: &str) -> bool {
        let s = s.as_bytes();
        if self.b.len() >= self.i + s.len() && self.b[self.i..self.i + s.len()].eq_ignore_ascii_case(s) {
            let after = self.b.get(self.i + s.len());
            if s[0].is_ascii_alphabetic() && after.is_some_and(u8::is_ascii_alphabetic) {
                return false;
            }
            self.i += s.len();
            true
        } else {
            false
        }
    }
    fn number(&mut self, max_digits: usize) -> Option<u32> {
        let start = self.i;
        let mut n: u32 = 0;
        while self.i < self.b.len() && self.b[self.i].is_ascii_digit() && self.i - start < max_digits {
            n = n * 10 + (self.b[self.i] - b'0') as u32;
            self.i += 1;
        }
        if self.i == start || self.peek_digit() {
            self.i = start;
            return None;
        }
        Some(n)
    }
    /// `18`, `18th`, `1st`, `22nd`, `3rd`.
    fn day(&mut self) -> Option<u8> {
        let start = self.i;
        let n = self.number(2)?;
        for suffix in ["st", "nd", "rd", "th"] {
            if self.eat_str(suffix) {
                break;
            }
        }
        if n == 0 || n > 31 || self.b.get(self.i).is_some_and(u8::is_ascii_alphabetic) {
            self.i = start;
            return None;
        }
        Some(n as u8)
    }
    /// ` [24]` after a day: an editorial correction.
    fn bracket_day(&mut self) -> Option<u8> {
        self.spaces();
        if !self.eat_str("[") {
            return None;
        }
        let d = self.day()?;
        if !self.eat_str("]") {
            return None;
        }
        Some(d)
    }
    fn month(&mut self) -> Option<u8> {
        let start = self.i;
        while self.i < self.b.len() && (self.b[self.i].is_ascii_alphabetic()) {
            self.i += 1;
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
        }
        let word = std::str::from_utf8(&self.b[start..self.i]).ok()?;
        match month_from_word(word) {
            Some(m) => Some(m),
            None => {
                self.i = start;
                None
            }
        }
    }
    /// `, 1941` or ` 1941` after a day or month.
    fn year_after(&mut self) -> Option<i32> {
        let save = self.i;
        self.eat_str(",");
        self.spaces();
        let start = self.i;
        match self.number(4) {
            Some(y) if self.i - start == 4 => Some(y as i32),
            _ => {
                self.i = save;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        let f = scan_date(s)?;
        f.date(1900).map(|d| d.to_string())
    }

    #[test]
    fn reads_the_styles_of_the_correspondence() {
        assert_eq!(d("July 18, 1941").as_deref(), Some("1941-07-18"));
        assert_eq!(d("January 11th, 1943").as_deref(), Some("1943-01-11"));
        assert_eq!(d("18 July 1941").as_deref(), Some("1941-07-18"));
        assert_eq!(d("18th July, 1941").as_deref(), Some("1941-07-18"));
        assert_eq!(d("JULY 18, 1941").as_deref(), Some("1941-07-18"));
        assert_eq!(d("Sept. 5th").as_deref(), Some("1900-09-05"));
        assert_eq!(d("March 25 [24], 1945").as_deref(), Some("1945-03-24"));
        assert_eq!(d("February 30, 1944"), None);
        assert_eq!(d("Mayor of"), None);
    }

    #[test]
    fn reads_several_days() {
        let f = scan_date("January 5 and 7 received").expect("date");
        assert_eq!((f.month, f.day, f.more_days[0], f.year), (1, 5, Some(7), None));
        let f = scan_date("January 5, 1942 and").expect("date");
        assert_eq!((f.day, f.more_days[0], f.year), (5, None, Some(1942)));
    }

    #[test]
    fn day_numbers_count_days() {
        let a = Date::new(1945, 3, 24).expect("date");
        let b = Date::new(1945, 4, 3).expect("date");
        assert_eq!(b.day_number() - a.day_number(), 10);
        assert_eq!(Date::new(1970, 1, 1).map(Date::day_number), Some(0));
    }
}
