//! A mission society's periodical printing its missionaries' letters (tests/pages/mission_periodical/): `Extracts
//! of a Letter from Br. X to Br. Y.`, then `From Br. Z to the same.` for a second letter to that addressee, each
//! letter in quotation marks under its heading (the periodical's marks, left out where they open the dateline and the
//! text; the closing set to the right keeps them).

mod pages_support;
use pages_support::*;

#[test]
fn extracts_of_a_letter_and_a_letter_to_the_same_name_both_parties() {
    let c = pages("mission_periodical");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "DEAR BROTHER,--The brig came in");
    assert_eq!(people(first), pair("Halvorsen", "Mellish"));
    assert_eq!(date(first).as_deref(), Some("1852-07-20"));
    // `to the same`: the addressee of the letter before.
    let second = by_start(&c, "DEAR BROTHER,--We thank you");
    assert_eq!(people(second), pair("Quist", "Mellish"));
    assert_eq!(date(second).as_deref(), Some("1852-07-28"));
    // Both answer the secretary's letter of 14 March, printed after them.
    let asked = by_start(&c, "DEAR BROTHER,--The stores");
    assert_eq!(people(asked), pair("Mellish", "Halvorsen"));
    assert_eq!(cited(first), ["1852-03-14"]);
    assert_eq!(first.replies_to.map(|ix| c.letters[ix].id.as_str()), Some(asked.id.as_str()));
    // Quist was not written to on 14 March (the letter of that day is to Halvorsen): no link.
    assert_eq!(cited(second), ["1852-03-14"]);
    assert_eq!(second.replies_to, None);
}
