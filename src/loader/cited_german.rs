//! References in German letters: `Ihr Brief vom 9. d. M.`, `Ihren Brief vom 5ten` (or `vom 5.`), `Ihr Schreiben vom
//! 2. Juli`, `meinen Brief vom 20. v. M.`; in a foreign office's documents, by the document's kind and number:
//! `Euerer Exzellenz Telegramm Nr. 4 vom 5. d. M.`, `Antwort auf Telegramm Nr. 3 vom 4. d. M.`. Whose letter the
//! possessive says (`Ihr`, `Dein`, `Euer`, `Euerer Exzellenz`: the addressee's; `mein`: the writer's own), or the
//! answer (`Antwort auf`: the addressee's); the date is a calendar date, or a day of this month (`d. M.`, `dieses
//! Monats`) or of the month before (`v. M.`, `vorigen Monats`). Found from the word `vom`, which
//! [`super::references`] finds in the same pass as its own cue words.

use crate::model::date::{day_figure, scan_cited, scan_date};
use crate::model::{Date, RefTarget, Reference};

/// The nouns a German letter names another letter by, and a document of an office's correspondence.
const NOUNS: [&str; 21] = [
    "brief",
    "briefe",
    "briefes",
    "schreiben",
    "zeilen",
    "billet",
    "billett",
    "karte",
    "brieflein",
    "briefchen",
    "telegramm",
    "telegramms",
    "bericht",
    "berichts",
    "berichtes",
    "erlaß",
    "erlass",
    "depesche",
    "privatbrief",
    "privatschreiben",
    "handschreiben",
];

/// The possessives before the noun: the addressee's, then the writer's own.
const YOURS: [&str; 15] = [
    "ihr", "ihre", "ihren", "ihrem", "ihres", "dein", "deine", "deinen", "deinem", "euer", "euren", "euere", "eueren",
    "euerer", "eurer",
];
const MINE: [&str; 5] = ["mein", "meine", "meinen", "meinem", "meines"];

/// The addressee's honour after the possessive (`Euerer Exzellenz Telegramm`, `Ew. Durchlaucht Bericht`).
const HONOURS: [&str; 6] = ["exzellenz", "excellenz", "durchlaucht", "hochwohlgeboren", "hoheit", "majestät"];

/// The words of an answer before the document answered (`Antwort auf Telegramm Nr. 3`, `In Beantwortung des
/// Berichts`): the addressee's document.
const ANSWERS: [&str; 3] = ["antwort", "erwiderung", "beantwortung"];

/// The reference whose `vom ` starts at byte `at` of paragraph `p`'s `text`, dated by the letter's own date
/// `context` (or the page's `year` for a date without one), pushed to `out`.
pub fn at_vom(text: &str, p: usize, at: usize, (context, year): (Option<Date>, Option<i32>), out: &mut Vec<Reference>) {
    if at == 0 || text.as_bytes()[at - 1] != b' ' {
        return;
    }
    let Some((start, target)) = owner(&text[..at - 1]) else { return };
    let date_at = at + "vom ".len();
    let Some((len, date)) = date(&text[date_at..], context, year) else { return };
    let end = date_at + len;
    out.push(Reference::read(text, p, (start, end), date, target));
}

/// Looks back from `vom`: a noun of a letter, perhaps one adjective (`Ihr gütiges Schreiben`), then a possessive.
/// Gives the byte the reference starts at and whose letter it is.
fn owner(before: &str) -> Option<(usize, RefTarget)> {
    let mut words = before.rsplit(' ').scan(before.len(), |end, w| {
        *end -= w.len();
        let start = *end;
        *end = end.saturating_sub(1);
        Some((start, w))
    });
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w) || is_lower(w, x));
    let (_, mut noun) = words.next()?;
    // `Telegramm Nr. 12`: the document's number after its kind.
    if noun.bytes().all(|b| b.is_ascii_digit()) {
        let (_, nr) = words.next()?;
        if !matches!(nr, "Nr." | "Nr" | "No.") {
            return None;
        }
        noun = words.next()?.1;
    }
    if !is(noun, &NOUNS) {
        return None;
    }
    for _ in 0..2 {
        let (start, w) = words.next()?;
        if is(w, &YOURS) {
            return Some((start, RefTarget::Addressee));
        }
        if is(w, &MINE) {
            return Some((start, RefTarget::Own));
        }
        // `Euerer Exzellenz Telegramm`, `Ew. Exzellenz Bericht`: the possessive before the addressee's honour.
        if is(w, &HONOURS) {
            let (start, y) = words.next()?;
            return (is(y, &YOURS) || y == "Ew.").then_some((start, RefTarget::Addressee));
        }
        // `Antwort auf Telegramm`, `Antwort auf den Bericht`, `In Beantwortung des Berichts`.
        if matches!(w, "auf" | "des") || w == "den" || w == "das" {
            let (start, a) = words.clone().find(|(_, a)| !matches!(*a, "auf" | "des" | "den" | "das"))?;
            return is(a, &ANSWERS).then_some((start, RefTarget::Addressee));
        }
        // Only an adjective (a word in small letters) may stand between.
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
    }
    None
}

/// Whether `w` is `lower` (lowercase) in any case, beyond ASCII (`Erlaß`, `Majestät`).
fn is_lower(w: &str, lower: &str) -> bool {
    w.len() == lower.len() && w.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// The date at the start of `rest`, with the bytes it spans: `17. März 1791`, `2. Juli`, `9. d. M.`, `20ten v. M.`,
/// `5ten`.
fn date(rest: &str, context: Option<Date>, year: Option<i32>) -> Option<(usize, Date)> {
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if scan_date(rest).is_some() {
        return scan_cited(rest, context, year);
    }
    let context = context?;
    let (day, n) = day_figure(rest)?;
    let after = &rest[n..];
    let suffix = ["sten", "ten", "ter", "."].iter().find(|s| after.starts_with(*s))?;
    let after = &after[suffix.len()..];
    let month_words = |t: &str| -> Option<(usize, i32)> {
        let t = t.strip_prefix(' ')?;
        let this = ["d. M.", "d.M.", "dieses Monats", "ds. Mts.", "dies. M."];
        let last = ["v. M.", "v.M.", "vorigen Monats", "vor. M.", "pr. M."];
        let found = |words: &[&str]| words.iter().find(|w| t.starts_with(*w)).map(|w| w.len() + 1);
        found(&this).map(|l| (l, 0)).or_else(|| found(&last).map(|l| (l, 1)))
    };
    let (len, back) = match month_words(after) {
        Some((l, back)) => (n + suffix.len() + l, back),
        // `vom 5ten` alone, or `vom 18.` before the sentence goes on: this month's day, or the month before's when
        // it is later than the letter's. (`vom 5. an` and `vom 5. bis` count days from it, no letter's date.)
        None if !after.starts_with(|c: char| c.is_alphanumeric())
            && (*suffix != "." || !["an", "ab", "bis"].iter().any(|w| after.split_whitespace().next() == Some(*w))) =>
        {
            (n + suffix.len(), i32::from(day > context.day))
        }
        None => return None,
    };
    Some((len, context.day_of_month_back(back, day)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(text: &str, context: Date) -> Vec<(String, Option<Date>, RefTarget)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(k) = text[from..].find("vom ") {
            at_vom(text, 0, from + k, (Some(context), None), &mut out);
            from += k + 4;
        }
        out.into_iter().map(|r| (r.text, r.date, r.target)).collect()
    }

    #[test]
    fn german_references_name_the_day_this_month_or_the_month_before() {
        let d = |y, m, day| Date::new(y, m, day).expect("a date");
        let at = d(1791, 3, 17);
        assert_eq!(
            cited("Ihr Brief vom 9. d. M. hat mich erfreut.", at),
            [("Ihr Brief vom 9. d. M.".to_string(), Some(d(1791, 3, 9)), RefTarget::Addressee)]
        );
        assert_eq!(cited("Ihren lieben Brief vom 5ten habe ich.", at)[0].1, Some(d(1791, 3, 5)));
        assert_eq!(cited("Ihren Brief vom 25ten habe ich.", at)[0].1, Some(d(1791, 2, 25)));
        assert_eq!(cited("Ihr Schreiben vom 2. Febr. war", at)[0].1, Some(d(1791, 2, 2)));
        assert_eq!(cited("Ihr Schreiben vom 2. Juli war", at)[0].1, Some(d(1790, 7, 2)));
        assert_eq!(cited("meinen Brief vom 28. v. M. haben Sie", at)[0].2, RefTarget::Own);
        assert_eq!(cited("meinen Brief vom 28. v. M. haben Sie", at)[0].1, Some(d(1791, 2, 28)));
        assert!(cited("Ein Brief vom 9. d. M. kam.", at).is_empty(), "no possessive, no owner");
        assert!(cited("Ihr Brief vom Hofe kam.", at).is_empty());
        assert!(cited("Ihr Brief vom 5. an", at).is_empty(), "from the 5th on: no letter's date");
        assert_eq!(cited("Auf Ihren Brief vom 5. nur in Eile", at)[0].1, Some(d(1791, 3, 5)));
        assert_eq!(cited("Auf Ihren Brief vom 18. nur in Eile", at)[0].1, Some(d(1791, 2, 18)));
    }

    #[test]
    fn an_offices_documents_cited_by_kind_number_and_date() {
        let d = |y, m, day| Date::new(y, m, day).expect("a date");
        let at = d(1898, 3, 12);
        assert_eq!(
            cited("Euerer Exzellenz Telegramm Nr. 7 vom 10. d. M. habe ich", at),
            [(
                "Euerer Exzellenz Telegramm Nr. 7 vom 10. d. M.".to_string(),
                Some(d(1898, 3, 10)),
                RefTarget::Addressee
            )]
        );
        assert_eq!(
            cited("Antwort auf Telegramm Nr. 12 vom 9. d. M.", at),
            [("Antwort auf Telegramm Nr. 12 vom 9. d. M.".to_string(), Some(d(1898, 3, 9)), RefTarget::Addressee)]
        );
        assert_eq!(cited("Ihren Bericht vom 14. d. M. habe ich", at)[0].1, Some(d(1898, 3, 14)));
        assert_eq!(cited("In Beantwortung des Berichts Nr. 41 vom 2. März", at)[0].2, RefTarget::Addressee);
        assert_eq!(cited("mein Telegramm Nr. 9 vom 11. d. M.", at)[0].2, RefTarget::Own);
        assert!(cited("Das Telegramm Nr. 7 vom 10. d. M. kam spät.", at).is_empty(), "no owner");
        assert!(
            cited("Seiner Majestät Telegramm vom 10. d. M.", at).is_empty(),
            "the sovereign's, not the addressee's"
        );
        assert!(cited("Antwort auf die Frage Nr. 3 vom 4. d. M.", at).is_empty(), "no document is named");
    }
}
