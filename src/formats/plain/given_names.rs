//! A writer who signs with a given name alone (`Vincent`) or an addressee greeted by one (`Dear Winston:`) is the
//! person of that given name whom the same page names in full elsewhere (`To Theo van Gogh`, a signature `Winston
//! S. Churchill`), when the page names exactly one person so: the name becomes that person's surname, the printed
//! form stays as printed. A given name the page does not tie to one surname stays as it is. A peer who signs with
//! his title's place (`CLARENDON`) is likewise the Earl of Clarendon the page names.

use super::page_names::Page;
use crate::model::{Letter, People, Person, PersonBasis};
use rustc_hash::FxHashMap;

/// Resolves the given names of one file's letters (see the module).
pub(super) fn resolve(letters: &mut [Letter], page: &Page) {
    if !letters.iter().any(|l| sides(l).any(|p| alone(p).is_some())) {
        return;
    }
    // Given name (lowercase) -> the one surname the page gives it; `None` once two surnames share it.
    let mut full: FxHashMap<String, Option<Box<str>>> = FxHashMap::default();
    for p in letters.iter().flat_map(sides).filter(|p| p.basis != PersonBasis::Inferred) {
        // A peer signs with his title's place (`CLARENDON` for the Earl of Clarendon).
        let given = match peerage_place(&p.name) {
            Some(place) => place.to_lowercase(),
            None => {
                let Some(given) = p.given_name() else { continue };
                given.to_lowercase()
            }
        };
        // `President Roosevelt`, `The Duke`: a title or an article opens the name, no given name.
        if same(&p.name, &given) || given == "the" || super::parties::is_title(&given) {
            continue;
        }
        tie(&mut full, given, &p.name);
    }
    if full.is_empty() && page.names(letters).is_empty() {
        return;
    }
    // The title line and the introduction name people in full too (`her brother, Frederick Hale`): asked only of a
    // name the letters' parties do not give (a short form, `Fred`, or a given name no party bears).
    let mut elsewhere: FxHashMap<String, Option<Box<str>>> = FxHashMap::default();
    for n in page.names(letters) {
        let given = n.given();
        if !parties_word(&given) {
            tie(&mut elsewhere, given, &n.surname);
        }
    }
    let sorted = |map: FxHashMap<String, Option<Box<str>>>| {
        let mut v: Vec<(String, Option<Box<str>>)> = map.into_iter().collect();
        v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        v
    };
    let (full, elsewhere) = (sorted(full), sorted(elsewhere));
    let surname = |p: &Person| {
        let given = alone(p)?;
        match full.binary_search_by(|(g, _)| g.as_str().cmp(&given)) {
            Ok(at) => full[at].1.clone(),
            Err(_) => owner(&[&full, &elsewhere], &given, p.printed.trim_end().ends_with('.')),
        }
    };
    for l in letters.iter_mut() {
        for side in [&mut l.sender, &mut l.recipient] {
            if !side.0.iter().any(|p| surname(p).is_some()) {
                continue;
            }
            let people: Vec<Person> = side
                .0
                .iter()
                .map(|p| match surname(p) {
                    Some(name) => Person { name, ..p.clone() },
                    None => p.clone(),
                })
                .collect();
            *side = People(people.into());
        }
    }
}

/// Ties a given name to a surname in `map`: `None` once two surnames share it.
fn tie(map: &mut FxHashMap<String, Option<Box<str>>>, given: String, surname: &str) {
    map.entry(given)
        .and_modify(|known| {
            if known.as_deref().is_some_and(|k| !same(k, surname)) {
                *known = None;
            }
        })
        .or_insert_with(|| Some(surname.into()));
}

/// A title or an article, no given name.
fn parties_word(given: &str) -> bool {
    given == "the" || super::parties::is_title(given)
}

/// Given names (lowercase, in order) and the one surname each is tied to, if one.
type Tied = [(String, Option<Box<str>>)];

/// The one surname of the given names the page ties to one surname that `word` is, or begins as its short form
/// (`fred` of `frederick`, three letters at least, not cut short with a dot): none when two surnames fit.
fn owner(maps: &[&Tied], word: &str, dotted: bool) -> Option<Box<str>> {
    let short_form = word.chars().count() >= 3 && !dotted && !parties_word(word);
    let mut found: Option<&Box<str>> = None;
    let from = |sorted: &Tied| sorted.partition_point(|(g, _)| g.as_str() < word);
    let tied = maps.iter().flat_map(|m| m[from(m)..].iter().take_while(|(g, _)| g.starts_with(word)));
    for (given, surname) in tied {
        if given != word && !(short_form && given.chars().all(char::is_alphabetic)) {
            continue;
        }
        let surname = surname.as_ref()?;
        match found {
            Some(f) if !same(f, surname) => return None,
            _ => found = Some(surname),
        }
    }
    found.cloned()
}

/// The place a peer's title names (`Earl of Clarendon` gives `Clarendon`), by which he signs.
fn peerage_place(name: &str) -> Option<&str> {
    let (rank, place) = name.split_once(" of ")?;
    let ranks = ["duke", "duchess", "earl", "countess", "marquess", "marquis", "viscount", "baron", "lord", "bishop"];
    let one_word = !place.is_empty() && place.chars().all(char::is_alphabetic);
    (ranks.iter().any(|r| rank.eq_ignore_ascii_case(r)) && one_word).then_some(place)
}

/// Both sides' people.
fn sides(l: &Letter) -> impl Iterator<Item = &Person> {
    l.sender.0.iter().chain(l.recipient.0.iter())
}

/// The given name (lowercase) of a person named by a signature or salutation with one word only, that word their
/// name as well (`Vincent`, `WINSTON`); a word of family (`Mother`) is no given name.
fn alone(p: &Person) -> Option<String> {
    if !matches!(p.basis, PersonBasis::Signature | PersonBasis::Salutation) || p.is_near_kin() {
        return None;
    }
    let word = p.printed.trim().trim_end_matches(['.', ',', ':', '!']);
    let one_word = word.len() > 2 && word.chars().all(char::is_alphabetic);
    (one_word && same(&p.name, word) && !crate::model::KIN_WORDS.iter().any(|k| same(k, word)))
        .then(|| word.to_lowercase())
}

fn same(a: &str, b: &str) -> bool {
    crate::model::same_name(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(sender: Person, recipient: Person) -> Letter {
        Letter::new("f", 1, String::new(), People::one(sender), People::one(recipient))
    }

    fn person(name: &str, printed: &str, basis: PersonBasis) -> Person {
        Person::new(name, printed, basis)
    }

    #[test]
    fn a_given_name_takes_the_surname_the_page_gives_it() {
        let mut letters = vec![
            letter(
                person("Churchill", "Winston S. Churchill", PersonBasis::Signature),
                person("President", "President", PersonBasis::Salutation),
            ),
            letter(
                person("Roosevelt", "Franklin D. Roosevelt", PersonBasis::Signature),
                person("Winston", "Winston", PersonBasis::Salutation),
            ),
        ];
        resolve(&mut letters, &Page::new("", None));
        let to = &letters[1].recipient.0[0];
        assert_eq!((&*to.name, &*to.printed), ("Churchill", "Winston"));
        assert_eq!(&*letters[0].recipient.0[0].name, "President", "an office is no given name");
    }

    #[test]
    fn a_peer_signing_with_his_title_s_place_is_the_peer_the_page_names() {
        let mut letters = vec![
            letter(
                person("Crampton", "JOHN F. CRAMPTON", PersonBasis::Signature),
                person("Earl of Clarendon", "The Earl of Clarendon", PersonBasis::Salutation),
            ),
            letter(
                person("Clarendon", "CLARENDON", PersonBasis::Signature),
                person("Crampton", "John F. Crampton", PersonBasis::Salutation),
            ),
        ];
        resolve(&mut letters, &Page::new("", None));
        let from = &letters[1].sender.0[0];
        assert_eq!((&*from.name, &*from.printed), ("Earl of Clarendon", "CLARENDON"));
    }

    #[test]
    fn two_surnames_for_one_given_name_or_a_word_of_family_leave_it_as_printed() {
        let mut letters = vec![
            letter(
                person("Smith", "John Smith", PersonBasis::Heading),
                person("Jones", "John Jones", PersonBasis::Heading),
            ),
            letter(person("John", "John", PersonBasis::Signature), person("Mother", "Mother", PersonBasis::Salutation)),
        ];
        resolve(&mut letters, &Page::new("", None));
        assert_eq!(&*letters[1].sender.0[0].name, "John");
        assert_eq!(&*letters[1].recipient.0[0].name, "Mother");
    }

    #[test]
    fn the_collection_s_writer_ties_a_given_name_but_a_title_or_an_inference_does_not() {
        let mut letters = vec![
            letter(
                person("Gale", "Thomas Gale", PersonBasis::Collection),
                person("Mother", "Mother", PersonBasis::Salutation),
            ),
            letter(
                person("Thomas", "Thomas", PersonBasis::Signature),
                person("Roosevelt", "President Roosevelt", PersonBasis::Heading),
            ),
            letter(
                person("Hay", "John Hay", PersonBasis::Inferred),
                person("President", "President", PersonBasis::Salutation),
            ),
            letter(person("John", "John", PersonBasis::Signature), person("Gale", "Thomas Gale", PersonBasis::Heading)),
        ];
        resolve(&mut letters, &Page::new("", None));
        assert_eq!(&*letters[1].sender.0[0].name, "Gale");
        assert_eq!(&*letters[2].recipient.0[0].name, "President");
        assert_eq!(&*letters[3].sender.0[0].name, "John");
    }
}
