//! The words of lines around letters printed in French editions (their headings' words are in
//! [`super::tongues`]): the article of a date line (`le 24 octobre`, `ce lundi 3 août`) and salutations
//! (`Monsieur,`, `Ma chère fille,`). Each shape is looked for only behind a cheap sign of it (a line's first
//! letters), so English pages pay almost nothing.

use super::romance::{is_one_of, lower_eq};
use super::words::QuickTrim;

/// The article or weekday before a French date (`le 24 octobre`, `ce 3 mars`, `Ce lundi 3 août`, `mercredi soir,
/// 14 [janvier 1857]`): the date after it, or `s` when none stands first. Only `s` opening with `l`, `c` or a
/// weekday's first letter is read further.
pub fn date_article(s: &str) -> &str {
    // Most dates open with their day's figure or an English month: no article (`le`, `ce`), no weekday (`lundi`,
    // `mardi`, `mercredi`, `jeudi`, `vendredi`, `samedi`, `dimanche`), whose first two letters are looked at.
    let b = s.as_bytes();
    let two = [b.first().map_or(0, |c| c | 0x20), b.get(1).map_or(0, |c| c | 0x20)];
    if !matches!(&two, b"le" | b"ce" | b"lu" | b"ma" | b"me" | b"je" | b"ve" | b"sa" | b"di") {
        return s;
    }
    let mut s = s;
    if let Some(r) = ["le ", "Le ", "ce ", "Ce ", "LE ", "CE "].iter().find_map(|a| s.strip_prefix(a)) {
        s = r;
    }
    let Some(first) = s.as_bytes().first() else { return s };
    if !matches!(first | 0x20, b'l' | b'm' | b'j' | b'v' | b's' | b'd') {
        return s;
    }
    let end = s.find([' ', ',']).unwrap_or(s.len());
    if !crate::model::weekdays::is_weekday(&s[..end]) {
        return s;
    }
    let mut rest = s[end..].trim_start_matches([' ', ',']);
    if let Some(r) = ["soir", "matin", "midi"].iter().find_map(|t| rest.strip_prefix(t)) {
        rest = r.trim_start_matches([' ', ',']);
    }
    // A weekday alone gives no date: one must follow.
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '[') { rest } else { s }
}

/// `À Cirey`, `A Ferney`: the place of a date line without the `à` before it (`Aux Délices`, `Au Caire` keep
/// their article, which is part of the name).
pub fn place_without_a(place: &str) -> &str {
    ["À ", "A "].iter().find_map(|a| place.strip_prefix(a)).map_or(place, QuickTrim::quick_trim_start)
}

/// A French salutation's words before its comma (`Monsieur`, `Madame`, `Ma chère fille`, `Mon cher maître`,
/// `Monsieur le Ministre`): it greets, naming no one. Its first word is looked at first, without allocating.
pub fn salutation(head: &str) -> bool {
    let head = head.quick_trim();
    let mut words = head.split(' ');
    let first = words.next().unwrap_or("");
    if head.len() > 48 || first.len() > 12 {
        return false;
    }
    if !matches!(first.as_bytes()[0] | 0x20, b'm' | b's' | b'c') {
        return false;
    }
    let count = head.split(' ').count();
    if is_one_of(first, &["monsieur", "madame", "mademoiselle", "monseigneur"]) {
        return count <= 3;
    }
    if count == 1 {
        return is_one_of(first, &["sire", "messieurs", "mesdames", "citoyen", "citoyenne"]);
    }
    // `Mon cher ami`, `Ma très chère fille`, `Cher maître`, `Mon bon papa`.
    let fond = ["cher", "chère", "chers", "chères", "bon", "bonne"];
    let second = words.next().unwrap_or("");
    let opens = if is_one_of(first, &["mon", "ma", "mes"]) {
        is_one_of(second, &fond) || lower_eq(second, "très") && words.next().is_some_and(|w| is_one_of(w, &fond))
    } else {
        is_one_of(first, &fond[..4])
    };
    opens && count <= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_date_line_loses_its_article_and_weekday() {
        assert_eq!(date_article("le 24 octobre 1738"), "24 octobre 1738");
        assert_eq!(date_article("Ce lundi 3 août"), "3 août");
        assert_eq!(date_article("mercredi soir, 14 [janvier 1857]"), "14 [janvier 1857]");
        assert_eq!(date_article("Ce lundi"), "lundi", "a weekday alone gives no date");
        assert_eq!(place_without_a("À Cirey"), "Cirey");
        assert_eq!(place_without_a("Aux Délices"), "Aux Délices");
    }

    #[test]
    fn french_salutations_greet_no_one() {
        for s in
            ["Monsieur", "Madame", "Ma chère fille", "Mon cher ami", "Mon cher maître", "Monsieur le Ministre", "Sire"]
        {
            assert!(salutation(s), "{s}");
        }
        assert!(!salutation("Monsieur Dupré arriva hier au soir avec toute sa famille et ses gens"));
    }
}
