//! The lines of letters printed in Spanish editions (their headings' words are in [`super::tongues`]): the `a` of
//! a dateline (`Quito, a 3 de enero de 1825`) and salutations (`Mi querido general:`, `Señor:`, `Excelentísimo
//! señor:`).

use super::romance::is_one_of;
use super::tongues::SPANISH;
use super::words::QuickTrim;

/// The `a` of a Spanish dateline before its day (`a 3 de enero de 1825`, `á 3 de enero`), or its `y` before the
/// month (`Lima, y enero 3 de 1825`): the date after it, or `s` when none stands first.
pub fn date_a(s: &str) -> &str {
    match ["a ", "á ", "A ", "y "].iter().find_map(|a| s.strip_prefix(a)) {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) || s.starts_with('y') => r,
        _ => s,
    }
}

/// The words a Spanish salutation opens with, lowercase (`Mi querido general`, `Señor`, `Excelentísimo señor`,
/// `Estimado amigo`, `Muy señor mío`).
const OPENERS: [&str; 23] = [
    "excmo",
    "exmo",
    "ilmo",
    "sr",
    "amado",
    "compañero",
    "distinguido",
    "mi",
    "mis",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "apreciado",
    "apreciable",
    "muy",
    "señor",
    "señora",
    "señores",
    "excelentísimo",
    "excelentísima",
    "ilustrísimo",
    "amigo",
];

/// A Spanish salutation's words before its colon or comma: it greets, naming no one but by rank or by name after
/// its words of greeting (`Mi querido general`, `Querido Santander`, `Señor`). After `Mi`, `Mis` or `Muy` a word
/// of greeting or a title must come (`Mi casa` opens a sentence). Its first word is looked at first, without
/// allocating.
pub fn salutation(head: &str) -> bool {
    let head = head.quick_trim();
    if head.len() > 48 {
        return false;
    }
    let mut words = head.split(' ');
    let first = words.next().unwrap_or("");
    // `Martín mío`, `Hija mía`: a name or a bond, then the possessive that makes it a greeting.
    let count = head.split(' ').count();
    if (2..=3).contains(&count)
        && first.starts_with(char::is_uppercase)
        && !is_one_of(first, &["lo", "el", "la", "los", "las", "todo", "esto", "eso"])
        && head.rsplit(' ').next().is_some_and(|w| is_one_of(w, &["mío", "mía"]))
    {
        return true;
    }
    if !is_one_of(first, &OPENERS) || count > 5 {
        return false;
    }
    if !is_one_of(first, &["mi", "mis", "muy"]) {
        return true;
    }
    words.next().is_some_and(|w| is_one_of(w, &OPENERS) || is_one_of(w, SPANISH.titles))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn spanish_datelines_and_salutations() {
        assert_eq!(date_a("a 3 de enero de 1825"), "3 de enero de 1825");
        assert_eq!(date_a("abril 3"), "abril 3");
        assert_eq!(date_a("y enero 3 de 1825"), "enero 3 de 1825");
        for s in ["Mi querido general", "Señor", "Excelentísimo señor", "Muy señor mío", "Mi estimado amigo"] {
            assert!(salutation(s), "{s}");
        }
        assert!(salutation("Querido Santander") && salutation("Mi general") && salutation("Excmo. Señor"));
        assert!(!salutation("Mi hermano Juan Gómez llegó ayer con toda la familia"));
        assert!(!salutation("Mi casa"));
        assert!(salutation("Martín mío") && salutation("Hija mía"), "a name and the possessive");
        assert!(!salutation("Lo mío") && !salutation("mío"));
    }
}
