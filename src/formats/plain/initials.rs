//! A writer printed as initials (`SLC to Olivia Langdon`, a signature `T. J.` or `G.W.`) is the one person the page
//! names in full with those initials (`Samuel L. Clemens` in the title, the introduction, a heading or another
//! letter's signature): the party's name becomes that person's surname, the printed form stays. Initials that fit
//! no one, or two people, change nothing; abbreviations that are no one's (`USA`, `N.B.`) are never read so.

use super::page_names::Page;
use crate::model::{Letter, People, Person, PersonBasis};

/// Abbreviations printed in capitals that name no person.
const NO_ONE: &[&str] = &[
    "US", "USA", "UK", "USSR", "RSVP", "NB", "PS", "PPS", "HMS", "USS", "SS", "MS", "MSS", "OK", "AM", "PM", "DC", "NY",
];

/// The letters of initials printed alone (`SLC`, `S. L. C.`, `G.W.`, `T J`, `Th. F.`): two to four capitals,
/// dotted, spaced or neither (then one word), and no abbreviation of [`NO_ONE`]. Dotted, a given name may be cut
/// to its first two or three letters (`Th.`, `Chr.`, `Wm.`), never the last.
pub(super) fn letters_of(printed: &str) -> Option<String> {
    let t = printed.trim().trim_end_matches(',');
    let b = t.as_bytes();
    if b.len() > 12 || !b.iter().all(|&c| c.is_ascii_alphabetic() || c == b'.' || c == b' ') {
        return None;
    }
    let letters: String = t.chars().filter(char::is_ascii_uppercase).collect();
    // Dotted or spaced, each letter stands alone (`S. L. C.`, not `JOHN.`), or opens a given name cut short.
    let separated = t.contains(['.', ' ']);
    let words: Vec<&str> = t.split(['.', ' ']).filter(|w| !w.is_empty()).collect();
    let cut =
        |w: &str| w.len() <= 3 && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase) && t.contains(&format!("{w}."));
    let alone =
        words.split_last().is_some_and(|(last, given)| last.len() == 1 && given.iter().all(|w| w.len() == 1 || cut(w)));
    let capitals = words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let ok = (2..=4).contains(&letters.len())
        && capitals
        && (separated && alone || !separated && b.iter().all(u8::is_ascii_uppercase))
        && !NO_ONE.contains(&letters.as_str());
    ok.then_some(letters)
}

/// The surname of the one person the page names in full with these initials.
fn owner(page: &Page, letters: &[Letter], initials: &str) -> Option<String> {
    let mut found: Option<(String, &str)> = None;
    for n in page.names(letters).iter().filter(|n| n.initials() == initials) {
        match &found {
            Some((given, surname)) if *given != n.given() || !crate::model::same_name(surname, &n.surname) => {
                return None;
            }
            Some(_) => {}
            None => found = Some((n.given(), &n.surname)),
        }
    }
    found.map(|(_, s)| s.to_string())
}

/// Resolves the initials of a file's letters: parties printed as initials, and the letters (by index) signed with
/// initials alone that name no writer otherwise.
pub(super) fn resolve(letters: &mut [Letter], signed: &[(usize, String)], page: &Page) {
    let printed_so = |p: &Person| p.basis != PersonBasis::Inferred && letters_of(&p.printed).is_some();
    if signed.is_empty() && !letters.iter().any(|l| l.sender.0.iter().chain(l.recipient.0.iter()).any(printed_so)) {
        return;
    }
    let mut found: Vec<(usize, bool, usize, String)> = Vec::new();
    for (ix, l) in letters.iter().enumerate() {
        for (recipient, side) in [(false, &l.sender), (true, &l.recipient)] {
            for (k, p) in side.0.iter().enumerate() {
                let Some(initials) = letters_of(&p.printed).filter(|_| printed_so(p)) else { continue };
                if let Some(surname) = owner(page, letters, &initials) {
                    found.push((ix, recipient, k, surname));
                }
            }
        }
    }
    let mut given: Vec<(usize, String, String)> = Vec::new();
    for (ix, printed) in signed {
        let Some(l) = letters.get(*ix) else { continue };
        let unsigned = l.sender.0.iter().all(|p| p.basis == PersonBasis::Collection);
        if let (true, Some(initials)) = (unsigned, letters_of(printed))
            && let Some(surname) = owner(page, letters, &initials)
            && !l.sender.has(&surname)
        {
            given.push((*ix, surname, printed.clone()));
        }
    }
    for (ix, recipient, k, surname) in found {
        let side = if recipient { &mut letters[ix].recipient } else { &mut letters[ix].sender };
        let mut people = side.0.to_vec();
        people[k] = Person::new(surname, &*people[k].printed, people[k].basis);
        *side = People(people.into());
    }
    for (ix, surname, printed) in given {
        letters[ix].sender = People::one(Person::new(surname, printed.trim(), PersonBasis::Signature));
        letters[ix].sender_from_collection = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_two_to_four_capitals_and_no_abbreviation() {
        assert_eq!(letters_of("SLC").as_deref(), Some("SLC"));
        assert_eq!(letters_of("T. J.").as_deref(), Some("TJ"));
        assert_eq!(letters_of("G.W.").as_deref(), Some("GW"));
        assert_eq!(letters_of("R. T. A.").as_deref(), Some("RTA"));
        assert_eq!(letters_of("Th. F.").as_deref(), Some("TF"), "a given name cut short");
        assert_eq!(letters_of("Chr. G. L.").as_deref(), Some("CGL"));
        for not in
            ["USA", "RSVP", "N.B.", "P.S.", "JOHN.", "Slc", "ABCDE", "J.", "Th. Fo.", "Ther. F.", "Th F", "F. Th."]
        {
            assert_eq!(letters_of(not), None, "{not}");
        }
    }
}
