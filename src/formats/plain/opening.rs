//! What opens a letter besides a heading, and what the page around it says: the collection's writer named by a
//! title line, editorial brackets under a title, and whether a letter follows a line.

use super::lines;
use super::parties::{self, Person};
use super::words::QuickTrim;
use crate::model::{Letter, PersonBasis};

/// A title line naming the writer of a collection: `The Papers of Thomas Jefferson`, `Papers and Writings of
/// Abraham Lincoln`, `The Works of John Adams`, `Charles Darwin: Collected Works`, `Stalin's Works`.
pub fn collection_writer(line: &str) -> Option<Person> {
    let t = line.quick_trim().trim_end_matches(['.', ',']);
    if t.len() > 100 || t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    const KINDS: &[&str] = &["papers", "works", "writings", "letters", "correspondence", "memoirs", "despatches"];
    // `... Works of NAME`, `Papers and Writings of NAME`.
    if let Some(at) = lower.rfind(" of ") {
        let head = &lower[..at];
        if KINDS.iter().any(|k| head.ends_with(k)) {
            return writer(&t[at + 4..]);
        }
    }
    // `NAME: Works`, `NAME, Collected Works`, `NAME's Works`.
    for k in KINDS {
        if lower.ends_with(k) {
            let head = t[..t.len() - k.len()].quick_trim_end();
            let head = head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '-'));
            let head = head.strip_suffix("Collected").or_else(|| head.strip_suffix("Selected")).unwrap_or(head);
            let head = head.trim_end_matches([' ', ':', ',', '—', '-']);
            let head = head.strip_suffix("'s").or_else(|| head.strip_suffix("’s")).unwrap_or(head);
            return writer(head);
        }
    }
    None
}

fn writer(name: &str) -> Option<Person> {
    let name = name.quick_trim();
    let joint = name.split_whitespace().any(|w| w.eq_ignore_ascii_case("and") || w == "&");
    if name.is_empty() || joint || !parties::valid(name) || name.split_whitespace().count() > 5 {
        return None;
    }
    parties::person(name).filter(|p| !p.office)
}

/// The collection's writer given to a letter whose page names no writer, marked as inferred.
pub fn give_writer(letter: &mut Letter, w: &Person) {
    if letter.recipient.has(&w.name) {
        return;
    }
    letter.sender = crate::model::People(vec![crate::model::Person::new(&w.name, &w.printed, PersonBasis::Collection)]);
}

/// The collection's writer as the recipient of a letter whose heading names only its writer (`From J. D.
/// Hooker ...` in Darwin's correspondence), marked as inferred.
pub fn give_reader(letter: &mut Letter, w: &Person) {
    if letter.sender.has(&w.name) {
        return;
    }
    letter.recipient =
        crate::model::People(vec![crate::model::Person::new(&w.name, &w.printed, PersonBasis::Collection)]);
}

/// `[Translation]`, `[Paraphrase]`, `[Extract]`: an editor's bracket under a title, read as classification.
pub fn editorial_bracket(text: &str) -> Option<&str> {
    let t = text.quick_trim();
    let inner = t.strip_prefix('[')?.strip_suffix(']')?;
    let lower = inner.to_ascii_lowercase();
    if (lower.starts_with("received ") || lower.starts_with("sent ")) && inner.len() <= 60 {
        // A routing line: `[Received March 3—11:10 a.m.]`.
        return Some(t);
    }
    let ok = !inner.is_empty()
        && inner.len() <= 30
        && inner.split_whitespace().count() <= 3
        && inner.chars().all(|c| c.is_alphabetic() || c == ' ')
        && inner.starts_with(char::is_uppercase);
    ok.then_some(t)
}

/// `P.S.`, `PS`, `N.B.`, `Postscript`: text after the signature that is still the letter's.
pub fn postscript(line: &str) -> bool {
    let t = line.quick_trim_start().to_ascii_lowercase();
    ["p.s", "ps.", "ps ", "n.b", "postscript", "p. s"].iter().any(|p| t.starts_with(p))
}

/// Whether the lines after a weak heading show a letter: a salutation or a date line comes first.
pub fn letter_follows(next: &[&str]) -> bool {
    next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| {
        lines::salutation(l).is_some() || lines::date_line(l).is_some() || lines::iso_line(l).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_lines_name_the_writer() {
        let name = |s: &str| collection_writer(s).map(|p| p.name);
        assert_eq!(name("The Papers of Thomas Jefferson").as_deref(), Some("Jefferson"));
        assert_eq!(name("Papers and Writings of Abraham Lincoln, Volume 5").as_deref(), None);
        assert_eq!(name("Papers and Writings of Abraham Lincoln").as_deref(), Some("Lincoln"));
        assert_eq!(name("Charles Darwin: Collected Works").as_deref(), Some("Darwin"));
        assert_eq!(name("J. V. Stalin: Works").as_deref(), Some("Stalin"));
        assert_eq!(name("Correspondence with Winston S. Churchill and Clement R. Attlee"), None);
        assert_eq!(name("War Telegrams"), None);
        assert_eq!(name("Life and Letters of Thomas Huxley").as_deref(), Some("Huxley"));
        assert_eq!(name("The Collected Letters of Elizabeth Gaskell").as_deref(), Some("Gaskell"));
        assert_eq!(name("Papers of John Jay").as_deref(), Some("Jay"));
        assert_eq!(name("The Correspondence of Michael Faraday").as_deref(), Some("Faraday"));
        assert_eq!(name("The Works of Benjamin Franklin").as_deref(), Some("Franklin"));
        assert_eq!(name("Familiar Letters of John Keats").as_deref(), Some("Keats"));
    }

    #[test]
    fn editorial_brackets() {
        assert_eq!(editorial_bracket("[Translation]"), Some("[Translation]"));
        assert_eq!(editorial_bracket("[Page 79]"), None);
        assert!(editorial_bracket("[Received March 3—11:10 a.m.]").is_some());
    }
}
