//! Calendar dates as printed in the letters (`July 18, 1941`, `January 11th, 1943`, `18 July 1941`).

use super::{julian, months};
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

/// The months' first three letters in lower case.
const MONTH_HEADS: [&[u8; 3]; 12] =
    [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"];

impl Date {
    /// A valid date, or `None` (February 30 is not a date).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        calendar(year, month, day).map(|_| Date { year, month, day })
    }

    /// Day `day` of this date's month (`back` 0) or of the month before (`back` 1), across a new year: a date a
    /// letter cites by its day alone (`your letter of the 24th`, `vom 9. d. M.`, `du 3 de ce mois`).
    pub fn day_of_month_back(self, back: i32, day: u8) -> Option<Date> {
        let m = i32::from(self.month) - back;
        let (y, m) = if m < 1 { (self.year - 1, m + 12) } else { (self.year, m) };
        Date::new(y, u8::try_from(m).ok()?, day)
    }

    /// Days since 1970-01-01 (negative before), for distances between dates.
    pub fn day_number(self) -> i64 {
        /// The Julian day of 1970-01-01.
        const EPOCH: i64 = 2_440_588;
        calendar(self.year, self.month, self.day).map_or(0, |d| i64::from(d.to_julian_day()) - EPOCH)
    }

    /// The date `n` days after 1970-01-01 (the inverse of [`Date::day_number`]).
    pub fn from_day_number(n: i64) -> Option<Date> {
        const EPOCH: i64 = 2_440_588;
        let jd = i32::try_from(n + EPOCH).ok()?;
        let d = time::Date::from_julian_day(jd).ok()?;
        Date::new(d.year(), u8::from(d.month()), d.day())
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

    /// The month's short name in [`Date::short`] (`Jul`).
    pub fn short_month(self) -> &'static str {
        SHORT_MONTHS[(self.month - 1) as usize]
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
    month_from_bytes(word.as_bytes())
}

/// [`month_from_word`] of the bytes of a word (a run of letters needs no check that it is UTF-8).
fn month_from_bytes(word: &[u8]) -> Option<u8> {
    let w = word.strip_suffix(b".").unwrap_or(word);
    // Every month's name, in any of the languages read, starts with one of these letters.
    let initial = w.first().map(u8::to_ascii_lowercase);
    if w.len() < 3
        || w.len() > 10
        || !matches!(
            initial,
            Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'x' | b'g' | b'l' | b'i' | b'e')
        )
    {
        return None;
    }
    // Every English reading below holds a month's first three letters, and no two months have the same: the month
    // is the one they start, found before the rest of the word is looked at. Another language's month is looked
    // up only among the languages one of whose months starts as the word does ([`months::other_month`]).
    let head = [w[0], w[1], w[2]].map(|x| x.to_ascii_lowercase());
    let Some(k) = MONTH_HEADS.iter().position(|m| **m == head) else {
        return months::other_month(w);
    };
    if !w.iter().all(u8::is_ascii_alphabetic) {
        return months::other_month(w);
    }
    let m = MONTH_NAMES[k].as_bytes();
    let whole = m.len() == w.len() && m.eq_ignore_ascii_case(w);
    // `Sept.`, and `Octo.` as eighteenth-century hands wrote it short.
    let short = (w.len() == 3 || (w.len() == 4 && matches!(k, 8 | 9))) && m[..w.len()].eq_ignore_ascii_case(w);
    if whole || short {
        return Some(k as u8 + 1);
    }
    contracted_month(w).or_else(|| months::other_month(w))
}

/// `7bre`, `8bre`, `9bre`, `10bre` at the start of `b`: the months an old French print names by their Latin
/// number (septembre is the seventh), as old Dutch and English hands do too (`7bris`, `8ber`). Gives the month and
/// the bytes it spans.
fn old_style_month(b: &[u8]) -> Option<(u8, usize)> {
    let (month, n) = match b {
        [b'7', ..] => (9, 1),
        [b'8', ..] => (10, 1),
        [b'9', ..] => (11, 1),
        [b'1', b'0', ..] => (12, 2),
        _ => return None,
    };
    let ending = OLD_STYLE_ENDINGS.iter().find(|e| b.get(n..n + e.len()).is_some_and(|x| x.eq_ignore_ascii_case(e)))?;
    let end = n + ending.len();
    let whole = !b.get(end).is_some_and(u8::is_ascii_alphanumeric);
    whole.then_some((month, end))
}

/// What follows the number of a month named by it: `bre` (French), `bris` (the Latin genitive of Dutch hands),
/// `ber`.
const OLD_STYLE_ENDINGS: [&[u8]; 3] = [b"bris", b"bre", b"ber"];

/// The bytes of the letter at `b[i]` that may stand in a month's name: an ASCII letter (one), `ä`, `é`, `û` or
/// their capitals (two); zero for any other byte.
fn month_letter(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(c) if c.is_ascii_alphabetic() => 1,
        Some(0xc3) if matches!(b.get(i + 1), Some(0xa4 | 0x84 | 0xa9 | 0x89 | 0xbb | 0x9b)) => 2,
        _ => 0,
    }
}

/// Whether some run of ASCII letters in `text` (between any other bytes) names a month: [`scan_date`] reads a
/// month only from such a run, so it finds no date in any part of a text without one that starts and ends at a
/// run's edge.
pub fn names_month(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if month_letter(b, i) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while let n @ 1.. = month_letter(b, i) {
            i += n;
        }
        if month_from_bytes(&b[start..i]).is_some() || b[start] | 0x20 == b'b' && old_style_before(b, start, i) {
            return true;
        }
    }
    false
}

/// Whether the run of letters `b[start..end]` is the `bre` (or `bris`, `ber`) of an old print's month (`9bre`).
fn old_style_before(b: &[u8], start: usize, end: usize) -> bool {
    let len = end - start;
    let from = |back: usize| start >= back && old_style_month(&b[start - back..]).is_some_and(|(_, n)| n == back + len);
    (3..=4).contains(&len) && (from(1) || from(2))
}

/// Whether a date [`scan_date`] reads may end where `text` ends: at a digit (a day, a year), a closing bracket, or
/// a run of letters that is a month, a day's suffix (`4th`) or a day written out (`November twenty-first`).
pub fn may_end_date(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(&last) = b.last() else { return false };
    if last.is_ascii_digit() || last == b']' {
        return true;
    }
    if !last.is_ascii_alphabetic() {
        return false;
    }
    // The word's letters back from the end (`März` has a letter of two bytes).
    let mut start = b.len();
    while start > 0 && month_letter(b, start - 1) == 1 || start >= 2 && month_letter(b, start - 2) == 2 {
        start -= if month_letter(b, start - 1) == 1 { 1 } else { 2 };
    }
    let w = &text[start..];
    month_from_word(w).is_some()
        || (3..=4).contains(&w.len()) && old_style_before(b, start, b.len())
        || DAY_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
        || start > 0 && b[start - 1].is_ascii_digit() && JOINED_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
        || DAY_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// What may follow a day's number: `1st`, `2nd`, `3rd`, `4th`, `3d`.
/// A German letter's `4ten`, `1sten`, `3ter` too.
/// A French `1er` (premier).
const DAY_SUFFIXES: [&str; 9] = ["st", "nd", "rd", "th", "d", "sten", "ten", "ter", "er"];

/// A Danish, Norwegian or Dutch ordinal's ending, joined to its number: `1ste`, `2den`, `3die`, `12te`, `21de`,
/// `2en` (as a word alone each is an article or a preposition, so it ends a date only after a digit).
/// A Swedish ordinal's `:a`, `:e` (`1:a`, `12:e`) too, and a French one's `e`, `ème` (`6e février`, `2ème`).
const JOINED_SUFFIXES: [&str; 11] = ["ste", "den", "die", "de", "te", "en", ":a", ":e", "ème", "eme", "e"];

/// `Jany`, `Feby`, `Augt`, `Septr`, `Novr`: a clerk's contraction, the month's first letters and its last.
fn contracted_month(w: &[u8]) -> Option<u8> {
    let n = w.len();
    if !(4..=5).contains(&n) || !matches!(w[n - 1], b'y' | b't' | b'r' | b'l' | b'h' | b'e') {
        return None;
    }
    let pos = MONTH_NAMES.iter().position(|m| {
        n < m.len()
            && m.as_bytes()[..n - 1].eq_ignore_ascii_case(&w[..n - 1])
            && m.as_bytes()[m.len() - 1].eq_ignore_ascii_case(&w[n - 1])
    })?;
    Some(pos as u8 + 1)
}

/// A date found at the start of `text`, with the number of bytes it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub month: u8,
    pub day: u8,
    /// The day an editorial bracket corrects it to (`March 25 [24]` gives 24).
    pub corrected_day: Option<u8>,
    pub year: Option<i32>,
    /// Further dates as (month, day): `January 5 and 7`, `April 29 and May 1`.
    pub more_days: [Option<(u8, u8)>; 3],
    pub len: usize,
}

impl Found {
    /// The date meant, the editorial correction winning; `year` stands in for a missing year.
    pub fn date(&self, year: i32) -> Option<Date> {
        Date::new(self.year.unwrap_or(year), self.month, self.corrected_day.unwrap_or(self.day))
    }
}

/// A day of the month in one or two figures at the start of `text` (not three: `24`, not `240`), and its length.
pub fn day_figure(text: &str) -> Option<(u8, usize)> {
    let n = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    Some((text[..n].parse().ok()?, n))
}

/// A date cited at the start of `text` in a letter written on `context` (or in `year`): its length and the date,
/// a cited month later in the year than the letter's being of the year before (`your letter of December 20`
/// written in January).
pub fn scan_cited(text: &str, context: Option<Date>, year: Option<i32>) -> Option<(usize, Date)> {
    let found = scan_date(text)?;
    let y = found.year.or_else(|| context.map(|c| if found.month > c.month { c.year - 1 } else { c.year })).or(year)?;
    Some((found.len, Date::new(y, found.month, found.corrected_day.unwrap_or(found.day))?))
}

/// Reads a date at the start of `text`: `July 18, 1941`, `July 18th, 1941`, `March 25 [24], 1945`,
/// `18 July 1941`, `18th July, 1941`, `the 5th of May, 1790`, `November fifth`, `Feb. 3. 1790`, `3 April [1860]`,
/// `January 11` (no year), `January 5 and 7`, `April 29 and May 1`.
pub fn scan_date(text: &str) -> Option<Found> {
    let b = text.as_bytes();
    let mut cur = Cursor { b, i: 0 };
    if let Some(month) = cur.month() {
        // Month-first: `July 12`, `July the 12th`.
        cur.spaces();
        let save = cur.i;
        if !cur.eat_str("the ") {
            cur.i = save;
        }
        let day = cur.day().or_else(|| cur.day_word())?;
        // `June 3/15, 1869`, `May 28/June 9, 1869`, `April 19 [May 1], 1869`: a dual date, its New Style the date.
        if matches!(cur.b.get(cur.i), Some(b'/' | b' '))
            && let Some(found) = cur.dual_month_first((month, day))
        {
            return Some(found);
        }
        let start_after_day = cur.i;
        let corrected_day = cur.bracket_day();
        if corrected_day.is_none() {
            cur.i = start_after_day;
        }
        let more_days = cur.more_days(month);
        let year = cur.year_after();
        // `December 27, 1740/January 7, 1741`: each date of a dual date with its year.
        if let Some(os_year) = year.filter(|_| corrected_day.is_none() && more_days[0].is_none())
            && cur.b.get(cur.i) == Some(&b'/')
            && let Some(found) = cur.dual_years_month_first((month, day), os_year)
        {
            return Some(found);
        }
        return Some(Found { month, day, corrected_day, year, more_days, len: cur.i });
    }
    // Day-first: `18 July 1941`, `18th July, 1941`, `the 5th of May`, `the fifth of May` (a day in words only
    // after `the`).
    let save = cur.i;
    let the = cur.eat_str("the ");
    if !the {
        cur.i = save;
    }
    let day = match cur.day() {
        Some(day) => day,
        None if the => cur.day_word()?,
        None => return None,
    };
    // `3/15 June 1869`: the Old Style's day and the New Style's of a dual date.
    let ns_day = cur.slash_day();
    let start_after_day = cur.i;
    let corrected_day = if ns_day.is_none() { cur.bracket_day() } else { None };
    if corrected_day.is_none() {
        cur.i = start_after_day;
    }
    // `9. März 1791`: a German day's number ends in a full stop.
    let dotted = cur.b.get(cur.i) == Some(&b'.') && cur.b.get(cur.i + 1) == Some(&b' ');
    if dotted {
        cur.i += 2;
    }
    // `9 and 10 March`, `8 or 9 December`: a letter written over two days, or an editor's choice of two; the
    // second day is one more of the date's days.
    let save = cur.i;
    let second = if cur.eat_str(" and ") || cur.eat_str(" or ") { cur.day() } else { None };
    if second.is_none() {
        cur.i = save;
    }
    cur.spaces();
    // `the 22nd day of January`: the formula of charters and briefs.
    let save = cur.i;
    if !(cur.eat_str("day") && cur.b.get(cur.i) == Some(&b' ')) {
        cur.i = save;
    }
    cur.spaces();
    let save = cur.i;
    if !(cur.eat_str("of") && cur.b.get(cur.i) == Some(&b' ')) {
        cur.i = save;
    }
    cur.spaces();
    // `5 de mayo`, `10 di dicembre`, `16 d'agosto`: the `of` of Spanish and Italian dates.
    let save = cur.i;
    if !(cur.eat_str("de ") || cur.eat_str("di ") || cur.eat_str("d'") || cur.eat_str("d’")) {
        cur.i = save;
    }
    // `12 [July 1857]`: an editor supplies the month and year in brackets.
    let bracket = cur.eat_str("[");
    let month_at = cur.i;
    let month = cur.month_after_day()?;
    // A dual date goes on with a slash or a bracket within the next few bytes (`/9 June`, ` [1 May]`, ` 1869/10`).
    let dual_sign = || cur.b[cur.i..cur.b.len().min(cur.i + 7)].iter().any(|&c| matches!(c, b'/' | b'[' | b'('));
    if !bracket && (ns_day.is_some() || dual_sign()) {
        match cur.dual_day_first((month, day), ns_day) {
            Some(found) => return Some(found),
            None if ns_day.is_some() => return None,
            None => {}
        }
    }
    let year = cur.year_after();
    if bracket && !cur.eat_str("]") {
        return None;
    }
    // `1. May we ...`, `2. March on`: a numbered item, unless a year follows the month.
    if dotted
        && year.is_none()
        && [b"may".as_slice(), b"march"]
            .iter()
            .any(|w| b[month_at..].get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    let more_days = [second.map(|d| (month, d)), None, None];
    Some(Found { month, day, corrected_day, year, more_days, len: cur.i })
}

/// Days written out, as some letters and editors print them: `November fifth`, `the twenty-second`.
const DAY_WORDS: [&str; 31] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
];

/// The day a word names (`fifth` → 5), for a word at the start of `text`, with its byte length.
pub fn day_word(text: &str) -> Option<(u8, usize)> {
    // The word's letters and hyphens are ASCII: the first other byte ends it (the first of a character of several
    // bytes, too), read without decoding characters.
    let b = text.as_bytes();
    let end = b.iter().position(|&c| !(c.is_ascii_alphabetic() || c == b'-')).unwrap_or(b.len());
    let w = &b[..end];
    // `first` is as short as a day's word is, `twenty-seventh` as long: any other word is compared with none.
    if !(5..=14).contains(&w.len()) {
        return None;
    }
    DAY_WORDS.iter().position(|d| d.as_bytes().eq_ignore_ascii_case(w)).map(|k| (k as u8 + 1, end))
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
    /// ` p.m.`, ` a.m.`, `:30`: what follows an hour.
    fn at_time(&self) -> bool {
        let rest = &self.b[self.i..self.b.len().min(self.i + 6)];
        let rest: Vec<u8> = rest.iter().filter(|c| **c != b' ').map(u8::to_ascii_lowercase).collect();
        rest.starts_with(b"p.m")
            || rest.starts_with(b"a.m")
            || rest.starts_with(b"p.") && rest.get(2) == Some(&b'm')
            || rest.first() == Some(&b':')
    }
    fn peek_digit(&self) -> bool {
        self.b.get(self.i).is_some_and(u8::is_ascii_digit)
    }
    fn eat_str(&mut self, s: &str) -> bool {
        let s = s.as_bytes();
        if self.b.len() >= self.i + s.len() && self.b[self.i..self.i + s.len()].eq_ignore_ascii_case(s) {
            let after = self.b.get(self.i + s.len());
            // A word is whole (`and`, not `andante`); `the ` ends at its space.
            if s[s.len() - 1].is_ascii_alphabetic() && after.is_some_and(u8::is_ascii_alphabetic) {
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
        // A suffix opens with a letter, a colon or `è` (its first byte C3): most days are followed by none.
        if self.b.get(self.i).is_some_and(|&c| c.is_ascii_alphabetic() || c == b':' || c == 0xc3) {
            for suffix in DAY_SUFFIXES.iter().chain(&JOINED_SUFFIXES) {
                if self.eat_str(suffix) {
                    break;
                }
            }
        }
        if n == 0 || n > 31 || self.b.get(self.i).is_some_and(u8::is_ascii_alphabetic) {
            self.i = start;
            return None;
        }
        Some(n as u8)
    }
    /// `fifth`, `twenty-second`.
    fn day_word(&mut self) -> Option<u8> {
        let rest = std::str::from_utf8(&self.b[self.i..]).ok()?;
        let (d, len) = day_word(rest)?;
        self.i += len;
        Some(d)
    }
    /// `and 7`, `, 8 and May 1` after a first day.
    fn more_days(&mut self, month: u8) -> [Option<(u8, u8)>; 3] {
        let mut more = [None; 3];
        let mut k = 0;
        let mut month = month;
        while k < 3 {
            let save = self.i;
            self.spaces();
            let sep = self.eat_str(",") || self.eat_str("and") || self.eat_str("&");
            self.spaces();
            let sep = sep || self.eat_str("and");
            self.spaces();
            if sep {
                let before_month = self.i;
                let m = self.month();
                if m.is_some() {
                    self.spaces();
                } else {
                    self.i = before_month;
                }
                let before = self.i;
                if let Some(d) = self.day() {
                    // A four-digit number is a year, not a day; `3, 1 p.m.` is a day and an hour.
                    if self.i - before <= 4 && !self.peek_digit() && !self.at_time() {
                        month = m.unwrap_or(month);
                        more[k] = Some((month, d));
                        k += 1;
                        continue;
                    }
                }
            }
            self.i = save;
            break;
        }
        more
    }
    /// `/15` or ` (15)` after a day: the New Style's day of a dual date whose month both share (`3/15 June`, `3 (15) June`).
    fn slash_day(&mut self) -> Option<u8> {
        // `16 (28) August`: the New Style's day in round brackets after the Old Style's.
        let save = self.i;
        if self.b.get(self.i..self.i + 2) == Some(b" (") {
            self.i += 2;
            if let Some(d) = self.day()
                && self.b.get(self.i) == Some(&b')')
            {
                self.i += 1;
                return Some(d);
            }
            self.i = save;
        }
        if self.b.get(self.i) != Some(&b'/') {
            return None;
        }
        self.i += 1;
        let d = self.day();
        if d.is_none() {
            self.i = save;
        }
        d
    }
    /// The mark between a dual date's two styles, eaten: `/` (no bracket to close: `None`), or `[` or `(` after
    /// spaces (the bracket that closes it); nothing read when none stands there.
    fn dual_mark(&mut self) -> Option<Option<&'static str>> {
        let save = self.i;
        if self.b.get(self.i) == Some(&b'/') {
            self.i += 1;
            return Some(None);
        }
        self.spaces();
        let close = match self.b.get(self.i) {
            Some(b'[') => "]",
            Some(b'(') => ")",
            _ => {
                self.i = save;
                return None;
            }
        };
        self.i += 1;
        Some(Some(close))
    }
    /// `/9 June`, ` [1 May]`, `/10 January`: the New Style's day and month of a dual date after the Old Style's
    /// (its year perhaps within the brackets), or nothing read.
    fn day_month_after(&mut self) -> Option<((u8, u8), Option<i32>)> {
        let save = self.i;
        let close = self.dual_mark()?;
        let read = (|| {
            let d = self.day()?;
            self.spaces();
            let m = self.month()?;
            let y = if close.is_some() { self.year_after() } else { None };
            close.is_none_or(|c| self.eat_str(c)).then_some(((m, d), y))
        })();
        if read.is_none() {
            self.i = save;
        }
        read
    }
    /// After a day-first date's month: the rest of a dual date, the found date its New Style (`ns_day` the New
    /// Style's day read before the month): `3/15 June 1869`, `28 May/9 June 1869`, `19 April [1 May] 1869`,
    /// `29 December 1869/10 January 1870`. Nothing read unless the two dates are one day in the two styles.
    #[cold]
    fn dual_day_first(&mut self, os: (u8, u8), ns_day: Option<u8>) -> Option<Found> {
        let save = self.i;
        let read = (|| match ns_day {
            Some(d) => Some(((os.0, d), self.year_after())),
            None => match self.day_month_after() {
                Some((ns, y)) => Some((ns, y.or_else(|| self.year_after()))),
                None => {
                    // `29 December 1869/10 January 1870`: each date with its year.
                    let os_year = self.year_after()?;
                    let (ns, _) = self.day_month_after()?;
                    let y = self.year_after()?;
                    (os_year == if ns.0 < os.0 { y - 1 } else { y }).then_some((ns, Some(y)))
                }
            },
        })();
        let found = read.filter(|&(ns, year)| julian::new_style_of(os, ns, year)).map(|(ns, year)| Found {
            month: ns.0,
            day: ns.1,
            corrected_day: None,
            year,
            more_days: [None; 3],
            len: self.i,
        });
        if found.is_none() {
            self.i = save;
        }
        found
    }
    /// After a month-first date's year: `/January 7, 1741`, the New Style date of a dual date with its own year, or
    /// nothing read.
    #[cold]
    fn dual_years_month_first(&mut self, os: (u8, u8), os_year: i32) -> Option<Found> {
        if self.b.get(self.i) != Some(&b'/') {
            return None;
        }
        let save = self.i;
        self.i += 1;
        let read = (|| {
            let m = self.month()?;
            self.spaces();
            let d = self.day()?;
            let y = self.year_after()?;
            let one_day = os_year == if m < os.0 { y - 1 } else { y } && julian::new_style_of(os, (m, d), Some(y));
            one_day.then_some(Found {
                month: m,
                day: d,
                corrected_day: None,
                year: Some(y),
                more_days: [None; 3],
                len: 0,
            })
        })();
        match read {
            Some(found) => Some(Found { len: self.i, ..found }),
            None => {
                self.i = save;
                None
            }
        }
    }
    /// After a month-first date's Old Style day: the rest of a dual date, the found date its New Style (`/15,
    /// 1869`, `/June 9, 1869`, ` [May 1], 1869`), or nothing read.
    #[cold]
    fn dual_month_first(&mut self, os: (u8, u8)) -> Option<Found> {
        let save = self.i;
        if let Some((ns, year)) = self.new_style_month_first(os.0)
            && julian::new_style_of(os, ns, year)
        {
            return Some(Found {
                month: ns.0,
                day: ns.1,
                corrected_day: None,
                year,
                more_days: [None; 3],
                len: self.i,
            });
        }
        self.i = save;
        None
    }
    /// After a month-first date's day: the New Style's month and day of a dual date and its year, or nothing read.
    fn new_style_month_first(&mut self, month: u8) -> Option<((u8, u8), Option<i32>)> {
        let save = self.i;
        let close = self.dual_mark()?;
        let read = (|| {
            let m = self.month();
            if m.is_some() {
                self.spaces();
            }
            let d = self.day()?;
            close.is_none_or(|c| self.eat_str(c)).then_some(((m.unwrap_or(month), d), self.year_after()))
        })();
        if read.is_none() {
            self.i = save;
        }
        read
    }
    /// ` [24]` or `[10?]` after a day: an editorial correction.
    fn bracket_day(&mut self) -> Option<u8> {
        self.spaces();
        if !self.eat_str("[") {
            return None;
        }
        let d = self.day()?;
        self.eat_str("?");
        if !self.eat_str("]") {
            return None;
        }
        Some(d)
    }
    /// [`Cursor::month`], or an old French print's month by number after a day (`2 9bre`).
    fn month_after_day(&mut self) -> Option<u8> {
        if !self.peek_digit() {
            return self.month();
        }
        let (m, len) = old_style_month(&self.b[self.i..])?;
        self.i += len;
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
        }
        Some(m)
    }
    fn month(&mut self) -> Option<u8> {
        let start = self.i;
        while let n @ 1.. = month_letter(self.b, self.i) {
            self.i += n;
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
        } else if self.b.get(self.i) == Some(&b':') {
            // `Dec: 8.`, `Octob: 3`: a month cut short with a colon, as the seventeenth and eighteenth centuries
            // wrote it (a whole month's name before a colon is none: `May: the rest`).
            let m = month_from_bytes(&self.b[start..self.i]).filter(|&m| {
                MONTH_NAMES[usize::from(m) - 1].len() > self.i - start && self.b.get(self.i + 1) == Some(&b' ')
            });
            self.i = if m.is_some() { self.i + 1 } else { start };
            return m;
        }
        match month_from_bytes(&self.b[start..self.i]) {
            Some(m) => Some(m),
            None => {
                self.i = start;
                None
            }
        }
    }
    /// `1666/7`, `1643-4`: the year by the old reckoning (which began in March) and the new; the new one is the
    /// date's. After a dash only the new year's last one or two figures are read (`1643-1644` is a range).
    fn double_year(&mut self, y: i32) -> i32 {
        let save = self.i;
        let dashed = self.b.get(self.i) == Some(&b'-');
        if !self.eat_str("/") && !self.eat_str("-") {
            return y;
        }
        let start = self.i;
        let next = y + 1;
        match self.number(4).map(|n| (n as i32, self.i - start)) {
            Some((n, 1)) if next % 10 == n => next,
            Some((n, 2)) if next % 100 == n => next,
            Some((n, 4)) if next == n && !dashed => next,
            _ => {
                self.i = save;
                y
            }
        }
    }

    /// `, 1941`, ` 1941`, `. 1790` or ` [1860]` after a day or month.
    fn year_after(&mut self) -> Option<i32> {
        let save = self.i;
        if !self.eat_str(",") {
            self.eat_str(".");
        }
        self.spaces();
        // `de 1828`, `del 1514`: the `of` before a Spanish or an Italian year.
        let before = self.i;
        if !(self.eat_str("de ") || self.eat_str("del ")) {
            self.i = before;
        }
        match self.four_figures() {
            Some(y) => Some(self.double_year(y)),
            None => {
                self.i = save;
                None
            }
        }
    }

    /// A year in four figures, any run of them an editor's supplying in brackets: `1860`, `[1860]`, `[18]66`,
    /// `18[66]`. Nothing is read unless the brackets close and four figures stand alone.
    fn four_figures(&mut self) -> Option<i32> {
        let save = self.i;
        let (mut year, mut figures, mut open, mut opened) = (0, 0, false, false);
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'0'..=b'9' if figures < 4 => {
                    year = year * 10 + i32::from(c - b'0');
                    figures += 1;
                }
                b'[' if !opened => (open, opened) = (true, true),
                b']' if open => open = false,
                _ => break,
            }
            self.i += 1;
            if figures == 4 && !open {
                break;
            }
        }
        // Four figures, the brackets closed, and no figure run on (`18[66]7`); or an early year of three (`1
        // August 599`), only where the text ends after it (`May 12, 125 men` has no year).
        let ends = || self.b[self.i..].iter().all(|c| matches!(c, b'.' | b']' | b')' | b','));
        let whole = (figures == 4 || figures == 3 && year >= 100 && ends()) && !open && !self.peek_digit();
        if whole {
            Some(year)
        } else {
            self.i = save;
            None
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
    fn a_dual_dates_new_style_in_round_brackets() {
        let f = scan_date("16 (28) August 1867").expect("the New Style's day in brackets");
        assert_eq!((f.day, f.month, f.year), (28, 8, Some(1867)));
        let f = scan_date("29 September (11 October) 1867").expect("the New Style's day and month in brackets");
        assert_eq!((f.day, f.month, f.year), (11, 10, Some(1867)));
        let f = scan_date("April 19 (May 1), 1869").expect("month first");
        assert_eq!((f.day, f.month, f.year), (1, 5, Some(1869)));
        let f = scan_date("3 May (see below) 1867");
        assert!(f.is_none_or(|f| (f.day, f.month) == (3, 5)), "a note in brackets is no New Style: {f:?}");
        assert!(scan_date("16 (20) August 1867").is_none_or(|f| f.day == 16), "not twelve days apart");
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
        assert_eq!(d("the 5th of May, 1790").as_deref(), Some("1790-05-05"));
        assert_eq!(d("the fifth of May, 1789").as_deref(), Some("1789-05-05"));
        assert_eq!(d("the twenty-first day of June 1788").as_deref(), Some("1788-06-21"));
        assert_eq!(d("fifth May"), None, "a day in words opens a date only after `the`");
        assert_eq!(d("Feb. 3. 1790.").as_deref(), Some("1790-02-03"));
        assert_eq!(d("3 April [1860]").as_deref(), Some("1860-04-03"));
        assert_eq!(d("22 novembre [18]66.").as_deref(), Some("1866-11-22"));
        assert_eq!(d("1 August 599").as_deref(), Some("0599-08-01"));
        assert_eq!(d("1 August 599].").as_deref(), Some("0599-08-01"));
        assert_eq!(scan_date("May 12, 125 men").and_then(|f| f.year), None, "three figures before more words");
        assert_eq!(d("March 3, [17]89").as_deref(), Some("1789-03-03"));
        assert_eq!(d("3 March 17[89]").as_deref(), Some("1789-03-03"));
        let open = scan_date("3 April [18]66]").expect("the date without the stray bracket");
        assert_eq!(open.year, Some(1866));
        assert_eq!(d("November fifth which").as_deref(), Some("1900-11-05"));
        assert_eq!(d("August 9 [10?], 1862").as_deref(), Some("1862-08-10"));
        assert_eq!(d("12 [July 1857]").as_deref(), Some("1857-07-12"));
        assert_eq!(d("Feby. 19. 1790").as_deref(), Some("1790-02-19"));
        assert_eq!(d("Septr 3d 1787").as_deref(), Some("1787-09-03"));
        assert_eq!(d("Mary 3, 1790"), None);
        assert_eq!(d("the 22nd day of January, 1899").as_deref(), Some("1899-01-22"));
        assert_eq!(d("March 10, 1666/7").as_deref(), Some("1667-03-10"));
        assert_eq!(d("10 February 1699/1700").as_deref(), Some("1700-02-10"));
        assert_eq!(d("July the 12th, 1857").as_deref(), Some("1857-07-12"));
        let f = scan_date("May 3, 1815/19 men").expect("date");
        assert_eq!((f.year, f.len), (Some(1815), 11), "`/19` that is no next year is not the date's");
        assert_eq!(d("12 [July 1857"), None, "an open bracket is no date");
        let two = scan_date("9 and 10 March 1869").expect("two days, day first");
        assert_eq!((two.day, two.more_days[0], two.year), (9, Some((3, 10)), Some(1869)));
        let either = scan_date("8 or 9 December 1883").expect("an editor's choice of two days");
        assert_eq!((either.day, either.more_days[0]), (8, Some((12, 9))));
        assert_eq!(d("3 or 4 days after"), None, "two numbers before no month are no date");
    }

    #[test]
    fn a_month_is_named_in_full_short_or_contracted_in_any_case() {
        let named = [
            ("July", 7),
            ("JULY", 7),
            ("jul", 7),
            ("Jul.", 7),
            ("Sept", 9),
            ("sept.", 9),
            ("September", 9),
            ("Feby", 2),
            ("Feby.", 2),
            ("Decr", 12),
            ("Octr.", 10),
            ("Jany", 1),
            ("Augt", 8),
            ("Octo.", 10),
            ("May", 5),
            ("MAY.", 5),
        ];
        for (w, m) in named {
            assert_eq!(month_from_word(w), Some(m), "{w}");
        }
        for w in ["Ju", "Julyish", "Junee", "Mayor", "Sep1", "Oct4", "Févriers", "Mär", "Augusts", "Marc", "Nove", ""]
        {
            assert_eq!(month_from_word(w), None, "{w}");
        }
    }

    #[test]
    fn french_months_with_or_without_accents_short_or_by_their_old_number() {
        for (w, m) in [
            ("janvier", 1),
            ("Janv.", 1),
            ("février", 2),
            ("FÉVRIER", 2),
            ("fevrier", 2),
            ("févr.", 2),
            ("mars", 3),
            ("avril", 4),
            ("avr.", 4),
            ("mai", 5),
            ("juin", 6),
            ("juillet", 7),
            ("juill.", 7),
            ("août", 8),
            ("AOÛT", 8),
            ("septembre", 9),
            ("octobre", 10),
            ("novembre", 11),
            ("décembre", 12),
            ("Xbre", 12),
        ] {
            assert_eq!(month_from_word(w), Some(m), "{w}");
        }
        for w in ["juste", "avoir", "aout-", "fevriers", "Marseille", "juillets"] {
            assert_eq!(month_from_word(w), None, "{w}");
        }
        assert_eq!(d("24 octobre 1738").as_deref(), Some("1738-10-24"));
        assert_eq!(d("1er mars 1758").as_deref(), Some("1758-03-01"));
        assert_eq!(d("6e février 1671").as_deref(), Some("1671-02-06"), "a French ordinal's ending");
        assert_eq!(d("2ème mars 1871").as_deref(), Some("1871-03-02"));
        assert_eq!(d("2 9bre 1738").as_deref(), Some("1738-11-02"));
        assert_eq!(d("5 7bre").as_deref(), Some("1900-09-05"));
        assert_eq!(d("30 Xbre 1740").as_deref(), Some("1740-12-30"));
        assert_eq!(d("14 [janvier 1857]").as_deref(), Some("1857-01-14"));
        assert_eq!(d("3 9bres"), None);
        assert_eq!(d("5 de mayo de 1828").as_deref(), Some("1828-05-05"));
        assert_eq!(d("16 d'agosto 1514").as_deref(), Some("1514-08-16"));
        assert_eq!(d("10 di dicembre del 1514").as_deref(), Some("1514-12-10"));
        assert_eq!(d("12 marzo 1512").as_deref(), Some("1512-03-12"));
        assert_eq!(d("3 Augusti 1514").as_deref(), Some("1514-08-03"));
        assert_eq!(d("3 de Witt"), None);
        assert!(names_month("ce 2 9bre 1738") && names_month("le 4 10bre") && may_end_date("le 4 10bre"));
        assert!(!names_month("le 4 bre 1738"), "`bre` alone is no month");
        assert_eq!(d("28 7bris 1642").as_deref(), Some("1642-09-28"), "a Dutch hand's Latin genitive");
        assert_eq!(d("3 8ber 1650").as_deref(), Some("1650-10-03"));
        assert_eq!(d("2 Julij 1635").as_deref(), Some("1635-07-02"));
        assert_eq!(d("14 Maert 1642").as_deref(), Some("1642-03-14"));
        assert!(names_month("den 28 7bris 1642") && may_end_date("den 28 7bris"));
        assert_eq!(d("3 7brisk"), None);
    }

    #[test]
    fn months_are_named_by_runs_of_letters() {
        assert!(names_month("12 [July 1857]"));
        assert!(names_month("Feby. 19. 1790"));
        assert!(names_month("—Sept"));
        assert!(!names_month("No. 28"));
        assert!(!names_month("Julyish 4, 1863"), "a longer word is no month");
        assert!(!names_month("President Roosevelt to Marshal Stalin 1"));
    }

    #[test]
    fn dates_end_at_a_number_a_bracket_or_a_few_words() {
        for t in ["July 18, 1941", "12 [July 1857]", "October 4th", "3 Feb", "November twenty-first", "May 3d"] {
            assert!(may_end_date(t), "{t}");
            assert_eq!(scan_date(t).map(|f| f.len), Some(t.len()), "{t}");
        }
        for t in ["Your message of December 31 received", "June 5 (Monday)", "July 4, 1863”", "", "5th."] {
            assert!(!may_end_date(t), "{t}");
        }
    }

    #[test]
    fn a_dual_date_of_the_julian_calendar_is_its_new_style() {
        assert_eq!(d("3/15 June 1869").as_deref(), Some("1869-06-15"));
        assert_eq!(d("28 May/9 June 1869").as_deref(), Some("1869-06-09"));
        assert_eq!(d("29 December 1869/10 January 1870").as_deref(), Some("1870-01-10"));
        assert_eq!(d("19 April [1 May] 1869").as_deref(), Some("1869-05-01"));
        assert_eq!(d("19 April [1 May], 1869").as_deref(), Some("1869-05-01"));
        assert_eq!(d("June 3/15, 1869").as_deref(), Some("1869-06-15"));
        assert_eq!(d("May 28/June 9, 1869").as_deref(), Some("1869-06-09"));
        assert_eq!(d("April 19 [May 1], 1869").as_deref(), Some("1869-05-01"));
        assert_eq!(d("10/21 March 1740").as_deref(), Some("1740-03-21"), "eleven days before 1752");
        assert_eq!(d("December 27, 1740/January 7, 1741").as_deref(), Some("1741-01-07"));
        assert_eq!(d("February 10/21, 1739/40").as_deref(), Some("1740-02-21"), "and the year of the old reckoning");
        let f = scan_date("3/15 June which").expect("a dual date without its year");
        assert_eq!((f.month, f.day, f.year, f.len), (6, 15, None, 9));
        let f = scan_date("19 April [1 May]. I").expect("a dual date in brackets");
        assert_eq!((f.month, f.day, f.len), (5, 1, 16));
        assert_eq!(d("3/4 June 1869"), None, "two days a day apart are no dual date");
        assert_eq!(d("June 3/14, 1869").as_deref(), Some("1869-06-14"), "the New Style as printed, a day off");
        assert_eq!(d("3/18 June 1869"), None, "fifteen days are no two calendars'");
        assert_eq!(d("March 25 [24], 1945").as_deref(), Some("1945-03-24"), "a correction is no dual date");
        let f = scan_date("June 5/6 and").expect("a date before a slash");
        assert_eq!((f.day, f.len), (5, 6));
        let f = scan_date("3 June/4 June").expect("a date before a slash");
        assert_eq!((f.month, f.day, f.len), (6, 3, 6));
        let f = scan_date("29 December 1869/10 January 1871").expect("the first date");
        assert_eq!((f.day, f.year, f.len), (29, Some(1869), 16), "two years apart are not one day's");
    }

    #[test]
    fn reads_several_days() {
        let f = scan_date("January 5 and 7 received").expect("date");
        assert_eq!((f.month, f.day, f.more_days[0], f.year), (1, 5, Some((1, 7)), None));
        let f = scan_date("April 29 and May 1 reached me").expect("date");
        assert_eq!(f.more_days[0], Some((5, 1)));
        let f = scan_date("January 5, 1942 and").expect("date");
        assert_eq!((f.day, f.more_days[0], f.year), (5, None, Some(1942)));
        let f = scan_date("March 3, 1 p.m. has").expect("date");
        assert_eq!((f.day, f.more_days[0]), (3, None));
    }

    #[test]
    fn day_numbers_count_days() {
        let a = Date::new(1945, 3, 24).expect("date");
        let b = Date::new(1945, 4, 3).expect("date");
        assert_eq!(b.day_number() - a.day_number(), 10);
        assert_eq!(Date::new(1970, 1, 1).map(Date::day_number), Some(0));
        assert_eq!(Date::from_day_number(b.day_number()), Some(b));
        assert_eq!(
            Date::from_day_number(Date::new(1790, 3, 1).map_or(0, Date::day_number) - 1),
            Date::new(1790, 2, 28)
        );
    }
}
