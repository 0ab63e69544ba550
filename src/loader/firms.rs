//! A firm is written to and answers under the name of its house: `Messrs. Blake & Co.` is answered by `A. Blake`,
//! and `Hartley & Sons Ltd` by `J. Hartley` signing for it. A reply link between a firm and a partner of the name
//! it bears is as sound as one between two people; it still needs the cited date or the acknowledgement that
//! every link needs.
//!
//! Only the grammar of a firm's style decides this: a first name, then a partnership's mark (`& Co`, `& Sons`,
//! `and Company`, `Brothers`) or a company's (`Ltd`, `Limited`, `Inc`). No firms are known by name.

/// The words that mark a name as a firm's, after its house's name (`Co` also as `Co.`).
const MARKS: [&str; 11] =
    ["co", "company", "sons", "son", "brothers", "bros", "ltd", "limited", "inc", "cie", "partners"];

/// The house a firm is named for: the first word of its style, when the style ends in or holds a firm's mark
/// (`Blake & Co` and `Smith, Elder & Co.` give `Blake` and `Smith`). `None` for a person or an office.
pub(crate) fn house(name: &str) -> Option<&str> {
    let name = name.trim();
    // A name of one word (most canonical names: a surname) is no firm's style: turned away by one byte search.
    memchr::memchr2(b' ', b',', name.as_bytes())?;
    let mark = |w: &str| MARKS.iter().any(|m| w.trim_end_matches('.').eq_ignore_ascii_case(m));
    // Most names are people's: without an ampersand, only a style ending in a mark is looked at further.
    let last = name.rsplit([' ', ',']).find(|w| !w.is_empty())?;
    if !(name.contains('&') || mark(last)) || !name.split([' ', ',']).skip(1).any(mark) {
        return None;
    }
    let first = name.split([' ', ',']).next()?;
    let house = first.trim_end_matches('.');
    // A surname: a capital, then letters (`Blake`, `O'Neill`, `Müller`); not `The`, not an initial.
    let mut chars = house.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let shaped =
        capital && house.chars().count() > 2 && house.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-');
    (shaped && !house.eq_ignore_ascii_case("the") && house != name).then_some(house)
}

#[cfg(test)]
mod tests {
    use super::house;

    #[test]
    fn a_firms_style_names_its_house() {
        assert_eq!(house("Blake & Co"), Some("Blake"));
        assert_eq!(house("Blake & Co."), Some("Blake"));
        assert_eq!(house("Hartley & Sons Ltd"), Some("Hartley"));
        assert_eq!(house("Smith, Elder & Co."), Some("Smith"));
        assert_eq!(house("Baring Brothers and Company"), Some("Baring"));
        assert_eq!(house("Acme Ltd"), Some("Acme"));
    }

    #[test]
    fn people_and_offices_are_no_firms() {
        assert_eq!(house("Blake"), None);
        assert_eq!(house("Thomas Jefferson"), None);
        assert_eq!(house("Secretary of State"), None);
        assert_eq!(house("The Company"), None);
        assert_eq!(house("Co"), None);
        // A son named in a salutation is kin, not a firm.
        assert_eq!(house("son"), None);
        assert_eq!(house("J. & Co"), None);
    }
}
