//! A correspondence of two printed with the writer's initial after each letter's number (`171 J`, `88 H`, centred
//! on a line of its own): the number opens a letter whose writer is the correspondent of that initial, its
//! addressee the other one. Which name an initial stands for is learnt from the letters that are signed.

use super::lines::{self, DateLine};
use crate::model::{Letter, People, Person, PersonBasis};

/// `171 J`: a number of one to four figures, a space and one capital, alone on the line (`text` is trimmed).
/// Gives the capital.
pub fn number(text: &str) -> Option<u8> {
    let b = text.as_bytes();
    let n = b.len();
    if !(3..=6).contains(&n) {
        return None;
    }
    let initial = b[n - 1];
    (initial.is_ascii_uppercase() && b[n - 2] == b' ' && b[..n - 2].iter().all(u8::is_ascii_digit)).then_some(initial)
}

/// `PROF. DR. HARTMANN`: a writer's printed letterhead beside the date, in capitals (no small letter, no comma at
/// the end, as a greeting in capitals has).
pub fn letterhead(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 60
        && t.bytes().any(|b| b.is_ascii_uppercase())
        && !t.bytes().any(|b| b.is_ascii_lowercase())
        && !t.ends_with([',', ':'])
}

/// A writer's dateline under an initialled number, with its address: `1003 Lakeside Road, Meilen, 10 January 1910`,
/// `13 January 1910, Graz, Mariengasse 4`, perhaps after a letterhead in capitals set apart by a gap (`PROF. DR.
/// HARTMANN      13 January 1910, Graz`). The date is the comma-separated parts at one end that read as a whole
/// date line with its year; the place, the part nearest it without figures (a street's number is none of it).
pub fn dateline(text: &str) -> Option<DateLine> {
    let text = match lines::split_gap(text) {
        Some((left, right)) if letterhead(left) => right,
        _ => text,
    };
    let t = text.trim().trim_end_matches('.');
    if t.len() > 120 || !t.contains(", ") {
        return None;
    }
    let cuts: Vec<usize> = t.match_indices(", ").map(|(i, _)| i).collect();
    let dated = |s: &str| lines::date_line(s).filter(|d| d.found.year.is_some());
    let place = |parts: &mut dyn Iterator<Item = &str>| {
        parts.map(str::trim).find(|p| !p.is_empty() && !p.bytes().any(|b| b.is_ascii_digit())).map(str::to_string)
    };
    // The address first: the date is the end after a comma.
    for &at in &cuts {
        if let Some(mut d) = dated(&t[at + 2..]) {
            d.place = d.place.or_else(|| place(&mut t[..at].rsplit(", ")));
            return Some(d);
        }
    }
    // The date first: the start before a comma.
    for &at in cuts.iter().rev() {
        if let Some(mut d) = dated(&t[..at]) {
            d.place = d.place.or_else(|| place(&mut t[at + 2..].split(", ")));
            return Some(d);
        }
    }
    None
}

/// The letters of the file opened by an initialled number (their index among the file's letters and the
/// initial): a letter signed with a name of that initial teaches the initial; when the file's initials name two
/// people, each letter gets the one of its initial as writer when nothing named its writer, and the other as
/// addressee when nothing named its addressee.
pub fn resolve(letters: &mut [Letter], marked: &[(usize, u8)]) {
    if marked.len() < 2 {
        return;
    }
    let mut names: Vec<(u8, Person)> = Vec::new();
    for &(ix, initial) in marked {
        let Some(l) = letters.get(ix) else { continue };
        let [signer] = &l.sender.0[..] else { continue };
        if signer.name.as_bytes().first().map(u8::to_ascii_uppercase) != Some(initial) {
            continue;
        }
        match names.iter().find(|(i, _)| *i == initial) {
            Some((_, known)) if known.name != signer.name => return,
            Some(_) => {}
            None => names.push((initial, signer.clone())),
        }
    }
    let [(a, first), (b, second)] = &names[..] else { return };
    for &(ix, initial) in marked {
        let Some(l) = letters.get_mut(ix) else { continue };
        let (writer, reader) = if initial == *a {
            (first, second)
        } else if initial == *b {
            (second, first)
        } else {
            continue;
        };
        let inferred = |p: &Person| People::one(Person::new(&*p.name, &*p.printed, PersonBasis::Inferred));
        if l.sender.is_empty() {
            l.sender = inferred(writer);
            l.sender_from_collection = false;
        }
        if l.recipient.is_empty() && !l.sender.has(&reader.name) {
            l.recipient = inferred(reader);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_an_initial() {
        assert_eq!(number("171 J"), Some(b'J'));
        assert_eq!(number("8 H"), Some(b'H'));
        for no in ["171", "171 j", "J 171", "1711 JK", "12345 K", "17a K"] {
            assert_eq!(number(no), None, "{no}");
        }
    }

    #[test]
    fn datelines_with_an_address_at_either_end() {
        let read = |t: &str| dateline(t).map(|d| (d.found.year, d.found.month, d.found.day, d.place));
        let meilen = Some((Some(1910), 1, 10, Some("Meilen".to_string())));
        assert_eq!(read("1003 Lakeside Road, Meilen, 10 January 1910"), meilen);
        let graz = Some((Some(1910), 1, 13, Some("Graz".to_string())));
        assert_eq!(read("PROF. DR. HARTMANN            13 January 1910, Graz, Mariengasse 4"), graz);
        assert_eq!(read("I came, I saw, I conquered"), None);
    }

    #[test]
    fn letterheads_are_capitals_without_a_greetings_comma() {
        assert!(letterhead("PROF. DR. HARTMANN"));
        assert!(!letterhead("MY LORD,"));
        assert!(!letterhead("Prof. Hartmann"));
    }
}
