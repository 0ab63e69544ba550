//! References in French letters: `votre lettre du 24`, `votre lettre du 12 de ce mois`, `j'ai reçu votre lettre
//! du 3 mars`, `la vôtre du 5 courant`, `ma lettre du 9 octobre`. Whose letter the possessive says (`votre`, `ta`,
//! `la vôtre`: the addressee's; `ma`, `mon`, `la mienne`: the writer's own); the date is a calendar date, or a day
//! of this month (`de ce mois`, `courant`, or the day alone when it is not after the letter's) or of the month
//! before (`du mois dernier`, `du mois passé`, or the day alone when it is after the letter's). Found from the word
//! `du`, which [`super::references`] finds in the same pass as its own cue words.

use crate::model::date::scan_date;
use crate::model::{Date, RefTarget, Reference};

/// The nouns a French letter names another letter by.
const NOUNS: [&str; 8] = ["lettre", "lettres", "billet", "mot", "réponse", "dépêche", "missive", "épître"];

/// The possessives before the noun: the addressee's, then the writer's own.
const YOURS: [&str; 6] = ["votre", "vos", "ta", "ton", "tes", "vôtre"];
const MINE: [&str; 3] = ["ma", "mon", "mes"];

/// `la vôtre`, `la tienne`, `la mienne`: a possessive standing for the letter.
const PRONOUNS: [(&str, RefTarget); 4] = [
    ("vôtre", RefTarget::Addressee),
    ("votre", RefTarget::Addressee),
    ("tienne", RefTarget::Addressee),
    ("mienne", RefTarget::Own),
];

/// The reference whose `du ` starts at byte `at` of paragraph `p`'s `text`, dated by the letter's own date
/// `context` (or the page's `year` for a date without one), pushed to `out`.
pub fn at_du(text: &str, p: usize, at: usize, (context, year): (Option<Date>, Option<i32>), out: &mut Vec<Reference>) {
    // The date's first figure right after `du `: most `du` in a text are followed by a word.
    if at == 0 || text.as_bytes()[at - 1] != b' ' || !text.as_bytes().get(at + 3).is_some_and(u8::is_ascii_digit) {
        return;
    }
    let Some((start, target)) = owner(&text[..at - 1]) else { return };
    let date_at = at + "du ".len();
    let Some((len, date)) = date(&text[date_at..], context, year) else { return };
    out.push(Reference::read(text, p, (start, date_at + len), date, target));
}

/// Looks back from `du`: a noun of a letter, perhaps one adjective (`votre aimable lettre`), then a possessive;
/// or `la vôtre`. Gives the byte the reference starts at and whose letter it is.
fn owner(before: &str) -> Option<(usize, RefTarget)> {
    let mut words = before.rsplit(' ').scan(before.len(), |end, w| {
        *end -= w.len();
        let start = *end;
        *end = end.saturating_sub(1);
        Some((start, w))
    });
    let (start, noun) = words.next()?;
    let lower = noun.to_lowercase();
    if let Some((_, target)) = PRONOUNS.iter().find(|(w, _)| *w == lower) {
        let (article, a) = words.next()?;
        return matches!(a, "la" | "La" | "les" | "Les").then_some((article, *target)).or(Some((start, *target)));
    }
    if !NOUNS.contains(&lower.as_str()) {
        return None;
    }
    for _ in 0..2 {
        let (start, w) = words.next()?;
        // `j'ai reçu votre lettre`: the word may carry an elided word before it (`qu'votre` never does).
        let lower = w.to_lowercase();
        if YOURS.contains(&lower.as_str()) {
            return Some((start, RefTarget::Addressee));
        }
        if MINE.contains(&lower.as_str()) {
            return Some((start, RefTarget::Own));
        }
        // Only an adjective (a word in small letters) may stand between.
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
    }
    None
}

/// The date at the start of `rest`, with the bytes it spans: `3 mars 1851`, `2 novembre`, `12 de ce mois`,
/// `5 courant`, `28 du mois dernier`, `24`.
fn date(rest: &str, context: Option<Date>, year: Option<i32>) -> Option<(usize, Date)> {
    if let Some(found) = scan_date(rest) {
        let y =
            found.year.or_else(|| context.map(|c| if found.month > c.month { c.year - 1 } else { c.year })).or(year)?;
        return Some((found.len, Date::new(y, found.month, found.corrected_day.unwrap_or(found.day))?));
    }
    let context = context?;
    let n = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    let day: u8 = rest[..n].parse().ok()?;
    let suffix = usize::from(rest[n..].starts_with("er"));
    let after = &rest[n + 2 * suffix..];
    let this = [" de ce mois", " courant", " du courant", " ct"];
    let last = [" du mois dernier", " du mois passé", " dernier"];
    let found = |words: &[&str]| words.iter().find(|w| after.starts_with(*w)).map(|w| w.len());
    let (len, back) = match (found(&this), found(&last)) {
        (Some(l), _) => (l, 0),
        (None, Some(l)) => (l, 1),
        // `du 24` alone: this month's day, or the month before's when it is later than the letter's.
        (None, None) if !after.starts_with(|c: char| c.is_alphanumeric()) => (0, i32::from(day > context.day)),
        _ => return None,
    };
    Some((n + 2 * suffix + len, context.day_of_month_back(back, day)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(text: &str, context: Date) -> Vec<(String, Option<Date>, RefTarget)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(k) = text[from..].find("du ") {
            at_du(text, 0, from + k, (Some(context), None), &mut out);
            from += k + 3;
        }
        out.into_iter().map(|r| (r.text, r.date, r.target)).collect()
    }

    #[test]
    fn french_references_name_a_date_a_day_of_this_month_or_the_month_before() {
        let d = |y, m, day| Date::new(y, m, day).expect("a date");
        let at = d(1851, 3, 17);
        assert_eq!(
            cited("J'ai reçu votre lettre du 12 de ce mois, et je", at),
            [("votre lettre du 12 de ce mois".to_string(), Some(d(1851, 3, 12)), RefTarget::Addressee)]
        );
        assert_eq!(cited("votre lettre du 3 mars m'a", at)[0].1, Some(d(1851, 3, 3)));
        assert_eq!(cited("votre lettre du 9 octobre", at)[0].1, Some(d(1850, 10, 9)));
        assert_eq!(cited("votre aimable lettre du 24, qui", at)[0].1, Some(d(1851, 2, 24)));
        assert_eq!(cited("votre billet du 5 courant", at)[0].1, Some(d(1851, 3, 5)));
        assert_eq!(
            cited("la vôtre du 1er mars", at)[0],
            ("la vôtre du 1er mars".to_string(), Some(d(1851, 3, 1)), RefTarget::Addressee)
        );
        assert_eq!(cited("ma lettre du 28 du mois dernier", at)[0].1, Some(d(1851, 2, 28)));
        assert_eq!(cited("ma lettre du 28 du mois dernier", at)[0].2, RefTarget::Own);
        assert!(cited("une lettre du 9 mars arriva", at).is_empty(), "no possessive, no owner");
        assert!(cited("votre lettre du roi", at).is_empty());
        assert!(cited("votre lettre du 5e bataillon", at).is_empty(), "a number that is no day");
    }
}
