//! The people on each side of a letter: a list (a joint letter names all its writers), each person with the name
//! used for linking and filtering, the form as printed, and what the attribution rests on.

use super::fit::boxed;
use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

/// What a person's place on a letter rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PersonBasis {
    /// Named by the letter's heading or title.
    #[default]
    Heading,
    /// Named by the signature under the text.
    Signature,
    /// Named by the salutation or inside address.
    Salutation,
    /// The writer of the collection the letter belongs to (a title line, the folder's one writer).
    Collection,
    /// Inferred from the surrounding letters.
    Inferred,
    /// Named by an edition's markup (TEI `correspAction`, FRUS `persName`).
    Markup,
    /// Named by the message's own first line under an editor's title.
    Caption,
    /// Named by an archive portal's metadata lines (`From: Knox, Henry`).
    Metadata,
}

impl PersonBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonBasis::Heading => "heading",
            PersonBasis::Signature => "signature",
            PersonBasis::Salutation => "salutation",
            PersonBasis::Collection => "collection",
            PersonBasis::Inferred => "inferred",
            PersonBasis::Markup => "markup",
            PersonBasis::Caption => "caption",
            PersonBasis::Metadata => "metadata",
        }
    }
}

/// One person (or office) on one side of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Person {
    /// The canonical name: the surname as printed (`Jefferson`), or the office when no person is named.
    pub name: Box<str>,
    /// The full form as printed (`Premier J. V. Stalin`); the name itself when nothing more was printed.
    pub printed: Box<str>,
    pub basis: PersonBasis,
}

/// Words of family a letter may name its addressee by alone (`Dear Wife`, `My dear Mother`).
pub const KIN_WORDS: [&str; 21] = [
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "boy",
    "girl",
    "child",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandmother",
    "grandfather",
    "mamma",
    "papa",
    "parents",
];

/// The kin who most often bear the writer's own surname: a letter to `Wife` from `Samuel Pike` goes to a Pike.
const SAME_NAME_KIN: [&str; 13] = [
    "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "boy", "girl", "mamma", "papa",
    "parents",
];

/// Whether a word of family names kin who most often bear the writer's own surname ([`SAME_NAME_KIN`]).
pub fn shares_writers_name(word: &str) -> bool {
    SAME_NAME_KIN.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// `his Brother`, `her Husband`: a party printed only as a bond of family that usually shares the writer's surname,
/// after a possessive (a form that names the other side of each letter, whichever way it went).
pub fn named_by_kin(printed: &str) -> bool {
    // The first word is `his`, `her` or `their`: a name that starts with another letter (most do) is not split.
    if !matches!(printed.trim_start().as_bytes().first(), Some(b'h' | b'H' | b't' | b'T')) {
        return false;
    }
    let mut words = printed.split_whitespace();
    let (Some(p), Some(k), None) = (words.next(), words.next(), words.next()) else { return false };
    ["his", "her", "their"].iter().any(|x| p.eq_ignore_ascii_case(x))
        && shares_writers_name(k.trim_end_matches(['.', ',', ':', ';']))
}

impl Person {
    /// Whether the person is named only by a bond of family that usually shares the writer's surname (`Wife`,
    /// `Mother`, as a salutation names them), or printed so though the family's name was found for them
    /// (`Dear Wife,` read as the writer's surname).
    pub fn is_near_kin(&self) -> bool {
        let printed = self.printed.split_whitespace().next_back().unwrap_or_default();
        shares_writers_name(&self.name) || shares_writers_name(printed.trim_end_matches(['.', ',', ':', ';', '!']))
    }

    /// The first of several words of the name as printed, as a salutation names the person (`Samuel` of `Samuel
    /// Pike` or `SAMUEL PIKE`), when it is no initial.
    pub fn given_name(&self) -> Option<String> {
        let mut words = self.printed.split_whitespace();
        let first = words.next()?.trim_end_matches(',');
        let mut chars = first.chars();
        let initial = chars.next()?;
        (words.next().is_some() && first.len() > 2 && first.chars().all(char::is_alphabetic))
            .then(|| initial.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
    }

    /// The office printed before the holder's name in brackets (`The Chargé in the Soviet Union (Beam)` gives
    /// `The Chargé in the Soviet Union`).
    pub fn held_office(&self) -> Option<&str> {
        let t = self.printed.trim().strip_suffix(')')?;
        // The last ` (`, found without a searcher made for each of the many short names.
        let at = t.as_bytes().windows(2).rposition(|w| w == b" (")?;
        Some(t[..at].trim())
    }

    pub fn new(name: impl Into<String>, printed: impl Into<String>, basis: PersonBasis) -> Person {
        Person { name: boxed(name.into()), printed: boxed(printed.into()), basis }
    }
}

/// The people on one side of a letter, in the order printed. Displayed as their names joined by ", ". A list
/// that never grows once parsed, shared: the letters of a file that name the same people hold one list
/// (see [`People::share`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct People(pub Arc<[Person]>);

impl People {
    /// One person.
    pub fn one(person: Person) -> People {
        People(Arc::new([person]))
    }

    /// The same list as one already in `seen`, sharing its room, or this list, then added to `seen`.
    pub fn share(&mut self, seen: &mut rustc_hash::FxHashSet<People>) {
        match seen.get(self) {
            Some(same) => *self = same.clone(),
            None => {
                seen.insert(self.clone());
            }
        }
    }

    /// People named by a heading, from canonical names.
    pub fn named<S: AsRef<str>>(names: &[S]) -> People {
        People(names.iter().map(|n| Person::new(n.as_ref(), n.as_ref(), PersonBasis::Heading)).collect())
    }

    /// The canonical names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|p| &*p.name)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether one of the people has this name (case-insensitive).
    pub fn has(&self, name: &str) -> bool {
        self.names().any(|n| same_name(n, name))
    }
}

/// As a list of people, as `Vec<Person>` was.
impl Serialize for People {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter())
    }
}

/// Names compared case-insensitively, without allocating.
pub fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// A comma-joined list of names (`Roosevelt, Churchill`), as the heading rules and tests write it.
impl From<&str> for People {
    fn from(joined: &str) -> People {
        let names: Vec<&str> = joined.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
        People::named(&names)
    }
}

impl From<String> for People {
    fn from(joined: String) -> People {
        People::from(joined.as_str())
    }
}

impl fmt::Display for People {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(&p.name)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_joint_side_lists_each_person_and_shows_them_joined() {
        let p = People::from("Roosevelt, Churchill");
        assert_eq!(p.names().collect::<Vec<_>>(), ["Roosevelt", "Churchill"]);
        assert_eq!(p.to_string(), "Roosevelt, Churchill");
        assert!(p.has("churchill"));
        assert!(!p.has("Stalin"));
        assert!(People::from("  ").is_empty());
        assert_eq!(
            serde_json::to_string(&People::from("Stalin")).expect("json"),
            r#"[{"name":"Stalin","printed":"Stalin","basis":"heading"}]"#
        );
    }

    #[test]
    fn lists_alike_share_one_allocation() {
        let mut seen = rustc_hash::FxHashSet::default();
        let (mut a, mut b, mut c) =
            (People::from("Stalin, Molotov"), People::from("Stalin, Molotov"), People::from("Stalin"));
        for p in [&mut a, &mut b, &mut c] {
            p.share(&mut seen);
        }
        assert!(Arc::ptr_eq(&a.0, &b.0), "the second list is the first's");
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!((a.to_string(), c.to_string()), ("Stalin, Molotov".to_string(), "Stalin".to_string()));
    }
}
