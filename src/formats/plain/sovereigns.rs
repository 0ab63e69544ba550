//! A sovereign named by title alone (`The Queen to Lord Ashcombe.`) on a page that names one holder of that
//! title (`Lord Ashcombe to Queen Charlotte.`): the title means her, so her letters and the answers to them pair
//! up. When the page names no holder, or two (`Queen Charlotte`, `Queen Mary`), the title stays as printed.

use crate::model::{Letter, People, Person};

/// The titles a sovereign is named by alone.
const TITLES: [&str; 4] = ["queen", "king", "emperor", "empress"];

/// Gives each party named by a title alone the one holder of it the file's letters name (see the module).
pub(super) fn resolve(letters: &mut [Letter]) {
    for title in TITLES {
        // Cheap first: a party named by the title alone.
        let bare = |p: &Person| p.name.eq_ignore_ascii_case(title);
        if !letters.iter().any(|l| sides(l).any(bare)) {
            continue;
        }
        let mut holder: Option<Option<&str>> = None;
        for p in letters.iter().flat_map(sides) {
            let Some(name) = holder_of(&p.printed, title) else { continue };
            holder = match holder {
                None => Some(Some(name)),
                Some(Some(known)) if known == name => Some(Some(known)),
                _ => Some(None),
            };
        }
        let Some(Some(name)) = holder else { continue };
        let name: Box<str> = name.into();
        for l in letters.iter_mut() {
            for side in [&mut l.sender, &mut l.recipient] {
                if side.0.iter().any(bare) {
                    let people: Vec<Person> = side
                        .0
                        .iter()
                        .map(|p| if bare(p) { Person { name: name.clone(), ..p.clone() } } else { p.clone() })
                        .collect();
                    *side = People(people.into());
                }
            }
        }
    }
}

/// `Queen Charlotte` (perhaps after `the`): the one capitalised word after the title.
fn holder_of<'a>(printed: &'a str, title: &str) -> Option<&'a str> {
    let t = printed.strip_prefix("the ").or_else(|| printed.strip_prefix("The ")).unwrap_or(printed);
    let (first, rest) = t.split_once(' ')?;
    let name = rest.trim_end_matches(['.', ',']);
    (first.eq_ignore_ascii_case(title)
        && name.starts_with(|c: char| c.is_uppercase())
        && name.chars().all(char::is_alphabetic))
    .then_some(name)
}

/// Both sides' people.
fn sides(l: &Letter) -> impl Iterator<Item = &Person> {
    l.sender.0.iter().chain(l.recipient.0.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_is_the_title_and_one_capitalised_name() {
        assert_eq!(holder_of("Queen Charlotte", "queen"), Some("Charlotte"));
        assert_eq!(holder_of("the King William", "king"), Some("William"));
        assert_eq!(holder_of("The Queen", "queen"), None);
        assert_eq!(holder_of("Queen Mother of Spain", "queen"), None);
    }
}
