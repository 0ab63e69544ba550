//! The lines around a letter that an Italian edition prints (its headings' words are in [`super::tongues`]): a Latin superscription under the heading (`Magnifico viro Thomae Baldo ... domino suo.`), a
//! salutation running into the first paragraph (`Compare carissimo. Io ebbi ...`), and the formula before a
//! closing date (`a dì 16 d'agosto`, `addì`, `Data in Firenze,`, `Die 3 Augusti`).

use super::romance::is_one_of;
use super::words::QuickTrim;

/// Whether a line is the Latin superscription an Italian edition prints under the heading, as the letter was
/// addressed (`Magnifico viro Thomae Baldo oratori florentino, domino suo honorando.`, `Spectabili viro ...
/// amico carissimo.`): it opens with a capital, has a Latin word of address (`viro`, `domino`, `amico`, `oratori`)
/// among its first five words, and ends in a full stop.
pub fn superscription(t: &str) -> bool {
    if t.len() > 200 || t.len() < 12 || !t.starts_with(|c: char| c.is_ascii_uppercase()) || !t.ends_with('.') {
        return false;
    }
    let address = ["viro", "viri", "viris", "domino", "domine", "dominae", "amico", "oratori", "fratri", "patri"];
    // Each word of address has four to seven letters and opens with one of a few: a word is looked up only then.
    let may_address = |w: &&str| {
        (4..=8).contains(&w.len()) && matches!(w.as_bytes()[0] | 0x20, b'v' | b'd' | b'a' | b'o' | b'f' | b'p')
    };
    // The first five words (as `split(' ')` gives them), their spaces read a byte at a time: the words are too
    // short for a search of each space to pay.
    let b = t.as_bytes();
    let mut start = 0;
    for _ in 0..5 {
        let end = (start..b.len()).find(|&i| b[i] == b' ').unwrap_or(b.len());
        let w = &t[start..end];
        if may_address(&w) && is_one_of(w, &address) {
            return true;
        }
        if end == b.len() {
            break;
        }
        start = end + 1;
    }
    false
}

/// The words of an Italian salutation that runs into the first paragraph (`Magnifico Ambasciadore.`, `Compare
/// carissimo.`, `Signor mio.`, `Illustrissimo Signore.`), lowercase.
const GREETING_WORDS: [&str; 37] = [
    "magnifice",
    "spectabilis",
    "honorande",
    "vir",
    "domine",
    "amice",
    "frater",
    "carissime",
    "dilettissimo",
    "magnifico",
    "magnifica",
    "magnifici",
    "ambasciadore",
    "ambasciatore",
    "oratore",
    "compare",
    "carissimo",
    "carissima",
    "onorando",
    "honorando",
    "onorandissimo",
    "signore",
    "signor",
    "signori",
    "mio",
    "illustrissimo",
    "illustrissima",
    "eccellentissimo",
    "reverendissimo",
    "monsignore",
    "amico",
    "fratello",
    "padre",
    "osservandissimo",
    "messer",
    "spettabile",
    "nobile",
];

/// An Italian salutation running into the first paragraph: the line opens with one to four words of greeting
/// (the first capitalised) and a full stop, and the text goes on after it (`Compare carissimo. Io ebbi ...`).
/// Gives the salutation's words. Only a line opening with a capital is read.
pub fn run_in_salutation(line: &str) -> Option<&str> {
    let t = line.quick_trim_start();
    if !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let stop = memchr::memchr(b'.', &t.as_bytes()[..t.len().min(48)])?;
    let head = &t[..stop];
    let goes_on = t[stop + 1..].starts_with(' ') && t[stop + 1..].quick_trim_start().starts_with(char::is_uppercase);
    (greeting(head) && goes_on).then_some(head)
}

/// The words of an Italian (or a Latin) salutation before its stop or comma (`Magnifico Ambasciadore`, `Compare
/// carissimo`, `Spectabilis vir`, `Magnifico Pietro`): one to four words, the first a word of greeting, the others
/// such words or capitalised.
pub fn greeting(head: &str) -> bool {
    let mut words = head.split(' ');
    let first = words.next().unwrap_or("");
    head.len() <= 48
        && head.split(' ').count() <= 4
        && first.starts_with(char::is_uppercase)
        && is_one_of(first, &GREETING_WORDS)
        && words.all(|w| w.starts_with(char::is_uppercase) || is_one_of(w, &GREETING_WORDS))
}

/// The formula before an Italian or a Latin date (`a dì 16 d'agosto`, `addì 10`, `a' dì`, `li 5 marzo`, `Die 3
/// Augusti`): the date after it, or `s` when none stands first. Only `s` opening with `a`, `l` or `d` is read
/// further.
pub fn date_formula(s: &str) -> &str {
    if !matches!(s.as_bytes().first().map(|b| b | 0x20), Some(b'a' | b'l' | b'd')) {
        return s;
    }
    let formulas =
        ["a dì ", "A dì ", "a' dì ", "adì ", "addì ", "Addì ", "a di ", "addi ", "li ", "lì ", "Die ", "die "];
    match formulas.iter().find_map(|f| s.strip_prefix(f)) {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => r,
        _ => s,
    }
}

/// The place of an Italian closing date without the formula before it (`Data in Firenze` → `Firenze`, `In Roma`
/// → `Roma`, `Di Lucca` → `Lucca`, `Datum Florentiae` → `Florentiae`; `Ex Urbe` and `IN THE FIELD` stay).
pub fn place_without_in(place: &str) -> &str {
    let b = place.as_bytes();
    if !matches!(b.first(), Some(b'D' | b'I' | b'd')) || place.len() < 6 {
        return place;
    }
    if let Some(p) =
        ["Data in ", "Dato in ", "Date in ", "data in ", "Datum "].iter().find_map(|a| place.strip_prefix(a))
    {
        return p.quick_trim_start();
    }
    // `In Roma`, `Di Lucca`: one word after, not in capitals (`IN THE FIELD` is an English place).
    match ["In ", "Di ", "Da "].iter().find_map(|a| place.strip_prefix(a)) {
        Some(p) if !p.contains(' ') && p.bytes().any(|b| b.is_ascii_lowercase()) => p,
        _ => place,
    }
}

/// `Tommaso Baldi, in Villa.`, `Tommaso Baldi, Oratore.`, `Tommaso de' Baldi.`: the writer's name as an Italian
/// edition prints it under the closing date, perhaps with his place or office after a comma. Gives the name: two
/// to four words, capitalised but for particles, not in capitals; what follows the comma is a few words without
/// figures.
pub fn signature_below(line: &str) -> Option<&str> {
    let t = line.quick_trim().trim_end_matches('.');
    if t.len() > 60 || !t.starts_with(|c: char| c.is_uppercase()) || !t.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (name, after) = t.split_once(", ").unwrap_or((t, ""));
    let particles = ["de", "de'", "di", "da", "del", "della", "degli", "dei", "d'"];
    let count = name.split(' ').count();
    let named = (2..=4).contains(&count)
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase) || is_one_of(w, &particles))
        && name.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase));
    let post = after.split(' ').count() <= 3 && !after.bytes().any(|b| b.is_ascii_digit() || b == b',');
    (named && post).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn italian_lines_around_a_letter() {
        assert!(superscription("Magnifico viro Thomae Baldo oratori lucensi, domino suo honorando."));
        assert!(!superscription("Magnifico Ambasciadore. Io ho avuto la vostra."));
        assert!(superscription("Spectabili viro Thomae Baldo tamquam fratri."));
        assert_eq!(run_in_salutation("Spectabilis vir. Accepi"), Some("Spectabilis vir"));
        assert!(greeting("Illustrissimo Signore") && !greeting("Io ho avuto"));
        assert_eq!(run_in_salutation("Compare carissimo. Io ebbi la vostra"), Some("Compare carissimo"));
        assert_eq!(run_in_salutation("Magnifico Oratore. Ho ricevuto"), Some("Magnifico Oratore"));
        assert_eq!(run_in_salutation("Compare. Ho veduto"), Some("Compare"));
        assert_eq!(run_in_salutation("Compare mio. poi"), None);
        assert_eq!(run_in_salutation("Io ho avuto. Ecco"), None);
        assert_eq!(date_formula("a dì 16 d'agosto 1514"), "16 d'agosto 1514");
        assert_eq!(date_formula("addì 10 di dicembre"), "10 di dicembre");
        assert_eq!(date_formula("Die 3 Augusti 1514"), "3 Augusti 1514");
        assert_eq!(date_formula("adagio"), "adagio");
        assert_eq!(place_without_in("Data in Firenze"), "Firenze");
        assert_eq!(place_without_in("In Roma"), "Roma");
        assert_eq!(place_without_in("IN THE FIELD"), "IN THE FIELD");
        assert_eq!(signature_below("Tommaso Baldi, in Villa."), Some("Tommaso Baldi"));
        assert_eq!(signature_below("Tommaso de' Baldi, Oratore."), Some("Tommaso de' Baldi"));
        assert_eq!(signature_below("TOMMASO BALDI."), None, "a name in capitals heads the next letter");
        assert_eq!(signature_below("Il Duca partì ieri."), None);
    }
}
