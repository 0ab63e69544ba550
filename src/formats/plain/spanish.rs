//! The lines of letters printed in Spanish editions (their headings' words are in [`super::tongues`]): the `a` of
//! a dateline (`Quito, a 3 de enero de 1825`) and salutations (`Mi querido general:`, `Señor:`, `Excelentísimo
//! señor:`).

use super::romance::is_one_of;
use super::words::QuickTrim;

/// The `a` of a Spanish dateline before its day (`a 3 de enero de 1825`, `á 3 de enero`): the date after it, or
/// `s` when none stands first.
pub fn date_a(s: &str) -> &str {
    match ["a ", "á ", "A "].iter().find_map(|a| s.strip_prefix(a)) {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => r,
        _ => s,
    }
}

/// The words a Spanish salutation opens with, lowercase (`Mi querido general`, `Señor`, `Excelentísimo señor`,
/// `Estimado amigo`, `Muy señor mío`).
const OPENERS: [&str; 16] = [
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

/// A Spanish salutation's words before its colon or comma: it greets, naming no one but by rank. Its first word
/// is looked at first, without allocating.
pub fn salutation(head: &str) -> bool {
    let head = head.quick_trim();
    if head.len() > 48 {
        return false;
    }
    let mut words = head.split(' ');
    let first = words.next().unwrap_or("");
    let count = head.split(' ').count();
    is_one_of(first, &OPENERS) && count <= 5 && words.all(|w| w.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn spanish_datelines_and_salutations() {
        assert_eq!(date_a("a 3 de enero de 1825"), "3 de enero de 1825");
        assert_eq!(date_a("abril 3"), "abril 3");
        for s in ["Mi querido general", "Señor", "Excelentísimo señor", "Muy señor mío", "Mi estimado amigo"] {
            assert!(salutation(s), "{s}");
        }
        assert!(!salutation("Mi padre Juan Gómez llegó ayer con toda la familia"));
    }
}
