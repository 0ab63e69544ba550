//! TEI letter editions encoded in the ways of other editions than the team's three slices (tests/tei/families/,
//! written for these tests, one folder per way of encoding): each asserts what a careful editor would record
//! of the letters: their people, dates, text, notes and the links between them.

use letters::loader;
use letters::model::{Corpus, Input, Letter};
use std::path::PathBuf;

fn load(family: &str) -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tei/families").join(family);
    loader::load(&Input::Paths(vec![dir])).expect("test files load")
}

fn by_file<'a>(c: &'a Corpus, stem: &str) -> &'a Letter {
    let name = format!("{stem}.xml");
    c.letters.iter().find(|l| l.file.rsplit('/').next() == Some(name.as_str())).expect("a letter of this file")
}

fn people(l: &Letter) -> (String, String) {
    (l.sender.to_string(), l.recipient.to_string())
}

#[test]
fn dates_in_the_iso_attributes_text_and_uncertain_forms() {
    let c = load("dates");
    assert_eq!(c.letters.len(), 5);
    let label = |stem: &str| by_file(&c, stem).date_label();
    // `notBefore-iso`/`notAfter-iso` and `from-iso`/`to-iso`: the spans they give.
    assert_eq!(label("d1").as_deref(), Some("between 1 March and 31 May 1795"));
    assert_eq!(by_file(&c, "d1").date.map(|d| d.to_string()).as_deref(), Some("1795-03-01"));
    assert_eq!(label("d2").as_deref(), Some("between 2 and 4 June 1795"));
    // An ISO date or a date in words as the element's only content.
    assert_eq!(by_file(&c, "d3").date.map(|d| d.to_string()).as_deref(), Some("1795-07-09"));
    assert_eq!(by_file(&c, "d4").date.map(|d| d.to_string()).as_deref(), Some("1795-08-09"));
    // `@cert` lower than high: the day, marked uncertain.
    let d5 = by_file(&c, "d5");
    assert_eq!((d5.date.map(|d| d.to_string()).as_deref(), d5.date_uncertain()), (Some("1795-09-10"), true));
    for l in &c.letters {
        assert_eq!(people(l), ("Jean Paul".to_string(), "Christian Otto".to_string()));
    }
}
