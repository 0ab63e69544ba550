//! A collected edition's heading that dates a letter in short before naming its recipient, the writer being the
//! edition's: `321. Tu. 17 Aug. '73. Mrs. Thrale.` (number, weekday, day, month, the year's last figures, the
//! addressee). The date is the dateline's to give (the century is the page's); the heading gives the number and
//! the recipient.

use super::parties::{self, Person};
use super::words::QuickTrim;
use crate::model::date::month_from_word;

/// The number and the recipient of such a heading.
pub fn dated_recipient(line: &str) -> Option<(&str, Person)> {
    let t = line.quick_trim();
    let b = t.as_bytes();
    if b.len() > 90 || !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The number's figures and its stop first, looked at before the line is searched.
    let digits = b.iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=5).contains(&digits) || b.get(digits..digits + 2) != Some(b". ") {
        return None;
    }
    let (number, rest) = (&t[..digits], &t[digits + 2..]);
    // The short date ends with the year's figures after an apostrophe (`'73.`): what follows is the recipient.
    let at = rest.find('\'').or_else(|| rest.find('’'))?;
    let (date, after) = rest.split_at(at);
    let quote = after.chars().next()?.len_utf8();
    let (year, name) = after[quote..].split_once(". ")?;
    let dated = year.len() == 2 && year.bytes().all(|c| c.is_ascii_digit());
    let month = date.split_whitespace().any(|w| month_from_word(w).is_some());
    let day = date.split_whitespace().any(|w| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()));
    if !(dated && month && day) {
        return None;
    }
    let name = name.quick_trim().trim_end_matches('.');
    let person = parties::named(name)?.into_iter().next()?;
    Some((number, person))
}

/// `1788, 83.`, `1892, i. 240.`: under such a heading, where the letter was printed first (a year, then the number
/// or page there): the letter's source, no text.
pub fn printing(line: &str) -> bool {
    let t = line.quick_trim();
    // Short, and the year's four figures then `, ` first: most lines are turned away by their first bytes.
    if t.len() > 24 || t.as_bytes().get(4..6) != Some(b", ") {
        return false;
    }
    let Some((year, rest)) = t.split_once(", ") else { return false };
    let rest = rest.trim_end_matches('.');
    year.len() == 4
        && year.bytes().all(|c| c.is_ascii_digit())
        && (1..=16).contains(&rest.len())
        && rest.bytes().any(|c| c.is_ascii_digit())
        && rest.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b' ' | b'i' | b'v' | b'x'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_date_then_the_addressee() {
        let (n, p) = dated_recipient("321. Tu. 17 Aug. '73. Mrs. Thrale.").expect("heading");
        assert_eq!((n, p.name.as_str()), ("321", "Thrale"));
        let (_, p) = dated_recipient("322. W. 18 Aug. '73. Robert Levet.").expect("heading");
        assert_eq!(p.name, "Levet");
        assert!(dated_recipient("321. The year '73 was a hard one. We went.").is_none());
        assert!(dated_recipient("12. See Life v. 22.").is_none());
        assert!(printing("1788, 83.") && printing("1892, i. 240."));
        assert!(!printing("1788, when he came.") && !printing("Edinburgh, Aug. 17, 1773."));
    }
}
