//! German salutations: `Lieber Hermann,`, `Sehr geehrtes Fräulein!`, `Mein lieber, guter Robert,`, `Gnädige
//! Frau!`, `Hochverehrter Herr Geheimrat!`, `Liebste!`, `Ew. Excellenz!`. They end in a comma or an exclamation
//! mark, and open with a word of fondness or of respect; the words after it are such words again, or capitalised
//! (names, titles and the nouns German capitalises).

use super::romance::is_one_of;
use super::words::QuickTrim;

/// The stems of the words a German salutation opens with, lowercase: `lieb` (`Lieber`, `Liebste`), `verehrt`
/// (`Verehrtester`), `hochverehrt`, `gnädig`, `teur` / `theur` (`Teurer Freund`, `Theuerster`), ...
const STEMS: [&str; 17] = [
    "lieb",
    "geliebt",
    "herzlieb",
    "verehrt",
    "hochverehrt",
    "hochgeehrt",
    "hochgeschätzt",
    "hochzuverehrend",
    "hochwohlgeboren",
    "hochgeboren",
    "gnädig",
    "allergnädigst",
    "durchlauchtigst",
    "teur",
    "theur",
    "teuer",
    "theuer",
];

/// Openers that must be followed by a word of greeting (`Sehr geehrter`, `Mein lieber`, `Werter Herr` alone is
/// one), lowercase.
const LEADS: [&str; 4] = ["sehr", "mein", "meine", "meiner"];

/// Lowercase words that may stand inside a salutation besides the stems' (`Mein lieber, guter Robert`, `Liebe
/// gute Mutter`, `Lieber alter Freund`).
const INSIDE: [&str; 20] = [
    "guter", "gute", "gutes", "alter", "alte", "altes", "einziger", "einzige", "innigst", "innig", "und", "treuer",
    "treue", "bester", "beste", "werter", "werte", "werther", "geehrter", "geehrte",
];

/// A stem's word: `Lieber`, `liebste`, `Hochverehrtester`, in any case.
fn greets(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    // Every stem opens with one of these four bytes (in any case): most words are turned away by them at once.
    const HEADS: [&[u8; 4]; 15] = [
        b"lieb",
        b"geli",
        b"herz",
        b"vere",
        b"hoch",
        b"gn\xc3\xa4",
        b"alle",
        b"durc",
        b"teur",
        b"theu",
        b"teue",
        b"wert",
        b"best",
        b"geeh",
        b"gn\xc3\x84",
    ];
    let Some(head) = w.as_bytes().get(..4) else { return false };
    let head = [head[0].to_ascii_lowercase(), head[1].to_ascii_lowercase(), head[2], head[3].to_ascii_lowercase()];
    if w.len() > 24
        || !HEADS
            .iter()
            .any(|h| h[0] == head[0] && h[1] == head[1] && h[2] == head[2].to_ascii_lowercase() && h[3] == head[3])
    {
        return false;
    }
    let starts = |s: &str| w.get(..s.len()).is_some_and(|h| super::romance::lower_eq(h, s));
    STEMS.iter().any(|s| starts(s))
        // `Werter Herr`, `Werthester Freund`, `Bester Freund`, `Geehrter Herr`: a word of respect alone.
        || ["wert", "werth", "best", "geehrt"].iter().any(|s| {
            starts(s) && ["er", "e", "es", "ester", "este", "ster", "ste"].contains(&&w[s.len()..])
        })
}

/// Whether the first word of `t` may open a German salutation: a word of greeting, a lead (`Sehr`, `Mein`) or the
/// address of rank (`Ew.`). Looked at before a line is read further.
pub fn opens(t: &str) -> bool {
    let first = t.quick_trim_start().split([' ', ',', '!']).next().unwrap_or("");
    greets(first) || is_one_of(first, &LEADS) || is_one_of(first, &["ew", "euer", "eure", "ewr"])
}

/// A word of a German salutation's greeting, not of the addressee's name (`Mein`, `lieber,`, `guter`, `Sehr`,
/// `geehrtes`): the words to skip to reach the name.
pub fn greeting_word(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    greets(w) || is_one_of(w, &INSIDE) || is_one_of(w, &LEADS)
}

/// Whether the first byte of `t` may open a German salutation (looked at before anything else).
pub fn may_open(first: u8) -> bool {
    matches!(first | 0x20, b'l' | b'g' | b'h' | b'v' | b't' | b'w' | b'b' | b's' | b'm' | b'e' | b'a' | b'd')
}

/// A German salutation's words before its comma or exclamation mark (`Lieber Hermann`, `Sehr geehrtes Fräulein`,
/// `Mein lieber, guter Robert`, `Ew. Excellenz`): one to six words.
pub fn salutation(head: &str) -> bool {
    let head = head.quick_trim();
    if head.len() > 60 || !head.as_bytes().first().is_some_and(|&b| may_open(b)) || !opens(head) {
        return false;
    }
    let words: Vec<&str> = head.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    if words.len() > 6 || !first.starts_with(char::is_uppercase) {
        return false;
    }
    // `Ew. Excellenz`, `Euer Hochwohlgeboren`, `Eure Majestät`: the address of rank, a capitalised title after it.
    if is_one_of(first, &["ew", "euer", "eure", "ewr"]) {
        return !rest.is_empty() && rest.iter().all(|w| w.starts_with(char::is_uppercase));
    }
    let rest = if is_one_of(first, &LEADS) {
        // `Sehr geehrter Herr`, `Mein lieber Robert`, `Meine liebe Clara`, `Mein innigst geliebter Robert`.
        match rest.split_first() {
            Some((w, more)) if greets(w) || is_one_of(w, &INSIDE) => more,
            _ => return false,
        }
    } else if greets(first) {
        rest
    } else {
        return false;
    };
    rest.iter().all(|w| w.starts_with(char::is_uppercase) || greets(w) || is_one_of(w, &INSIDE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_salutations_greet_by_fondness_or_respect() {
        for s in [
            "Lieber Hermann",
            "Liebe Lou",
            "Liebes Fräulein Felice",
            "Liebste",
            "Sehr geehrtes Fräulein",
            "Sehr verehrter Herr Professor",
            "Gnädiges Fräulein",
            "Gnädige Frau",
            "Mein lieber, guter Robert",
            "Meine liebe Clara",
            "Mein innigst geliebter Robert",
            "Hochverehrter Herr Geheimrat",
            "Ew. Excellenz",
            "Teurer Freund",
            "Werter Herr Doktor",
            "Lieber alter Freund",
        ] {
            assert!(salutation(s), "{s}");
        }
        for s in [
            "Liebe ist das Einzige, was bleibt",
            "Mein Vater ist gestorben",
            "Sehr viel Arbeit",
            "Best wishes to all",
            "Bestimmt nicht",
            "Gestern kam dein Brief",
            "Ew. Excellenz wird sich erinnern",
        ] {
            assert!(!salutation(s), "{s}");
        }
    }
}
