//! Dual dates of letters written under the Julian calendar (Russia, and England before 1752), which editions print
//! in both styles: `3/15 June 1869`, `28 May/9 June 1869`, `19 April [1 May] 1869`. The New Style date is the
//! later one, the Old Style's day and month moved on by the days the calendars stand apart.

/// Whether the New Style (Gregorian) `ns` (month, day) is the Old Style (Julian) `os` (month, day) moved on by the
/// days the two calendars stood apart: 10 from 1582, 11 from 1700, 12 from 1800, 13 from 1900. Any of them is
/// taken, whatever the year (`year`, the New Style date's, when the line gives one), as editions print a day off
/// at times (`June 3/14, 1869`); a year before the Gregorian calendar (1582) has no dual date.
pub fn new_style_of(os: (u8, u8), ns: (u8, u8), year: Option<i32>) -> bool {
    let ((om, od), (nm, nd)) = (os, ns);
    // The Old Style's year: the one before when the New Style's month is the next year's (December to January).
    let os_year = year.map(|y| if nm < om { y - 1 } else { y });
    let days = if om == nm {
        i32::from(nd) - i32::from(od)
    } else if nm == om % 12 + 1 {
        month_days(om, os_year) - i32::from(od) + i32::from(nd)
    } else {
        return false;
    };
    os_year.is_none_or(|y| y >= 1582) && (10..=13).contains(&days)
}

/// The days of a month, counted as the New Style counts them (the labels of one day stand apart by the Gregorian
/// calendar's days: Julian 19 February 1700 is Gregorian 1 March, ten days on across a February of 28); a
/// February of no known year has 28.
fn month_days(month: u8, year: Option<i32>) -> i32 {
    match month {
        2 if year.is_some_and(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_style_is_the_old_moved_on_by_the_centurys_days() {
        assert!(new_style_of((6, 3), (6, 15), Some(1869)));
        assert!(new_style_of((5, 28), (6, 9), Some(1869)));
        assert!(new_style_of((12, 29), (1, 10), Some(1870)));
        assert!(new_style_of((4, 19), (5, 1), None));
        assert!(new_style_of((3, 1), (3, 12), Some(1740)), "eleven days in England before 1752");
        assert!(new_style_of((2, 19), (3, 1), Some(1700)), "ten days until the Julian 29 February 1700");
        assert!(new_style_of((2, 17), (3, 1), Some(1869)), "twelve across a February of 28 days");
        assert!(new_style_of((3, 18), (3, 29), Some(1700)), "eleven after it");
        assert!(new_style_of((6, 3), (6, 14), Some(1869)), "an edition's day off is still the New Style printed");
        assert!(!new_style_of((6, 3), (6, 17), Some(1869)), "fourteen days are no two calendars'");
        assert!(!new_style_of((6, 3), (6, 4), None), "two days of one letter are no dual date");
        assert!(!new_style_of((6, 15), (6, 3), None), "the New Style is the later");
        assert!(!new_style_of((6, 3), (6, 15), Some(1500)), "no Gregorian calendar before 1582");
    }
}
