//! A date known only as a span of days (`notBefore`/`notAfter` in TEI), shown as one: `between 6 and 8 May 1892`.

use super::date::Date;
use super::date::MONTH_NAMES;

/// The first and last day a letter may have been written on. Sorted by its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateRange {
    pub start: Date,
    pub end: Date,
}

impl DateRange {
    /// A range from `a` to `b`, in whichever order they are given.
    pub fn new(a: Date, b: Date) -> DateRange {
        DateRange { start: a.min(b), end: a.max(b) }
    }

    /// `between 6 and 8 May 1892`, `between 30 April and 2 May 1892`, `May 1892` for a whole month,
    /// `1892` for a whole year.
    pub fn label(&self) -> String {
        let (a, b) = (self.start, self.end);
        let month = |d: Date| MONTH_NAMES[(d.month - 1) as usize];
        if a == b {
            return format!("{} {} {}", a.day, month(a), a.year);
        }
        if a.year == b.year && a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31 {
            return a.year.to_string();
        }
        if a.year == b.year && a.month == b.month {
            if a.day == 1 && Date::new(b.year, b.month, b.day + 1).is_none() {
                return format!("{} {}", month(a), a.year);
            }
            return format!("between {} and {} {} {}", a.day, b.day, month(a), a.year);
        }
        if a.year == b.year {
            return format!("between {} {} and {} {} {}", a.day, month(a), b.day, month(b), a.year);
        }
        format!("between {} {} {} and {} {} {}", a.day, month(a), a.year, b.day, month(b), b.year)
    }

    /// The month or year as a list row names it (`Nov 1846`, `1846`), at the precision of [`Self::reduced_iso`].
    pub fn short(&self) -> Option<String> {
        self.known()
            .map(|(a, month)| if month { format!("{} {}", a.short_month(), a.year) } else { a.year.to_string() })
    }

    /// The date at the precision the range gives, in ISO 8601's reduced forms: `1846-11` for days of one month,
    /// `1846` for days of one year; `None` for a single day (a day printed nowhere but bounding the date, as a file
    /// number's) or a span across years.
    pub fn reduced_iso(&self) -> Option<String> {
        self.known()
            .map(|(a, month)| if month { format!("{:04}-{:02}", a.year, a.month) } else { format!("{:04}", a.year) })
    }

    /// The range's first day and whether its month is known (else only its year), when it spans days of one year.
    fn known(&self) -> Option<(Date, bool)> {
        let (a, b) = (self.start, self.end);
        (a != b && a.year == b.year).then_some((a, a.month == b.month))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    #[test]
    fn labels_read_as_one_date() {
        assert_eq!(DateRange::new(d(1892, 5, 8), d(1892, 5, 6)).label(), "between 6 and 8 May 1892");
        assert_eq!(DateRange::new(d(1892, 4, 30), d(1892, 5, 2)).label(), "between 30 April and 2 May 1892");
        assert_eq!(
            DateRange::new(d(1891, 12, 30), d(1892, 1, 2)).label(),
            "between 30 December 1891 and 2 January 1892"
        );
        assert_eq!(DateRange::new(d(1869, 9, 1), d(1869, 9, 30)).label(), "September 1869");
        assert_eq!(DateRange::new(d(1869, 1, 1), d(1869, 12, 31)).label(), "1869");
    }

    #[test]
    fn a_range_within_a_month_or_a_year_is_that_month_or_year() {
        assert_eq!(DateRange::new(d(1846, 11, 20), d(1846, 11, 30)).reduced_iso().as_deref(), Some("1846-11"));
        assert_eq!(DateRange::new(d(1869, 1, 1), d(1869, 12, 31)).reduced_iso().as_deref(), Some("1869"));
        assert_eq!(DateRange::new(d(1892, 4, 30), d(1892, 5, 2)).reduced_iso().as_deref(), Some("1892"));
        assert_eq!(DateRange::new(d(1891, 12, 30), d(1892, 1, 2)).reduced_iso(), None);
        assert_eq!(DateRange::new(d(1945, 8, 22), d(1945, 8, 22)).reduced_iso(), None);
        assert_eq!(DateRange::new(d(1846, 11, 20), d(1846, 11, 30)).short().as_deref(), Some("Nov 1846"));
        assert_eq!(DateRange::new(d(1892, 4, 30), d(1892, 5, 2)).short().as_deref(), Some("1892"));
    }
}
