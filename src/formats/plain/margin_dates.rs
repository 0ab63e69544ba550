//! An editor's date printed in the margin of a medieval family's letters, set on lines of its own between the
//! heading and the letter's superscription or first line: a year line (`A.D. 1471.`), perhaps with the month and day
//! on the next line in capitals (`MARCH 8.`). The date is the letter's that follows it.

use super::words::QuickTrim;
use super::{Last, Parser, PendingDate};
use crate::model::Date;
use crate::model::date::{Found, scan_date};

/// `A.D. 1471.`, `A. D. 1471`: the year of the editor's margin date.
pub fn year(line: &str) -> Option<i32> {
    let t = line.quick_trim();
    let rest = t.strip_prefix("A.D.").or_else(|| t.strip_prefix("A. D."))?;
    let y = rest.quick_trim_start().strip_suffix('.').unwrap_or(rest.quick_trim_start());
    (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then(|| y.parse().ok()).flatten()
}

/// `MARCH 8.`, `Sept. 29`: the month and the day under the margin's year, the month first and nothing more.
pub fn month_day(line: &str) -> Option<(u8, u8)> {
    let t = line.quick_trim();
    let t = t.strip_suffix('.').unwrap_or(t);
    if t.len() > 16 || !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let f = scan_date(t).filter(|f| f.len == t.len() && f.year.is_none() && f.more_days[0].is_none())?;
    t.as_bytes().last().is_some_and(u8::is_ascii_digit).then_some((f.month, f.day))
}

impl<'a> Parser<'a> {
    /// A margin date: under a heading the letter's date (a year alone dates it to the year), else the date of the
    /// letter whose heading follows (a year alone is then passed over), never the letter before's. Returns the lines
    /// of `next` taken.
    pub(super) fn margin_date(&mut self, no: usize, line: &'a str, next: &[&str]) -> Option<usize> {
        let year = year(line)?;
        let day = next.first().and_then(|n| month_day(n));
        let printed = match day {
            Some(_) => format!("{} {}", line.quick_trim(), next[0].quick_trim()),
            None => line.quick_trim().to_string(),
        };
        let source = format!("margin date \"{printed}\"");
        let under_heading = self.under_heading();
        match day {
            Some((month, d)) => {
                Date::new(year, month, d)?;
                let found =
                    Found { month, day: d, corrected_day: None, year: Some(year), more_days: [None; 3], len: 0 };
                match self.cur.as_mut().filter(|_| under_heading) {
                    Some(draft) => draft.set_written(found, format!("dateline after the heading: {source}")),
                    None => {
                        self.flush_block();
                        self.pre(no, line);
                        let source = format!("{source} before the heading");
                        self.pending.date = Some(PendingDate { found, place: None, source });
                    }
                }
            }
            None => match self.cur.as_mut().filter(|_| under_heading) {
                Some(draft) => draft.month_span = Some(((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?), source)),
                // Over the next letter's heading: the editor's, no text of the letter before.
                None => self.flush_block(),
            },
        }
        self.year_hint = Some(year);
        self.last = Last::Other;
        Some(usize::from(day.is_some()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_and_a_day_in_the_margin() {
        assert_eq!(year("A.D. 1471."), Some(1471));
        assert_eq!(year("A. D. 1471"), Some(1471));
        assert_eq!(year("A.D. 1471 and after"), None);
        assert_eq!(month_day("MARCH 8."), Some((3, 8)));
        assert_eq!(month_day("Sept. 29"), Some((9, 29)));
        assert_eq!(month_day("MARCH 8, 1471."), None, "the year is the line above's");
        assert_eq!(month_day("March 8 and 9 he rode"), None);
    }
}
