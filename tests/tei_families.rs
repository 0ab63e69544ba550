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

#[test]
fn people_named_by_rs_by_name_parts_with_a_choice_or_a_note_inside() {
    let c = load("names");
    assert_eq!(c.letters.len(), 3);
    // forename, nameLink, surname, roleName, genName: the name as its parts read.
    let h = by_file(&c, "hum_1805");
    assert_eq!(
        people(h),
        ("Alexander von Humboldt".to_string(), "König Friedrich Wilhelm III. von Preußen".to_string())
    );
    assert_eq!((h.date.map(|d| d.to_string()).as_deref(), h.place()), (Some("1805-05-01"), Some("Paris")));
    // Two people as reference strings (`rs type="person"`), a newspaper as the addressee.
    let r = by_file(&c, "rs_several");
    assert_eq!(people(r), ("Jane Wells, Thomas Wells".to_string(), "The Leeds Gazette".to_string()));
    // A note inside a name is no part of it; an abbreviated name reads as the edition expands it.
    let n = by_file(&c, "note_in_name");
    assert_eq!(people(n), ("Clara Schumann".to_string(), "Johannes Brahms".to_string()));
}

#[test]
fn a_letter_redirected_or_forwarded_is_from_its_writer_to_its_addressee_dated_when_written() {
    let c = load("ways");
    let f = by_file(&c, "forwarded");
    assert_eq!(people(f), ("Marie Lenz".to_string(), "Paul Roth".to_string()));
    assert_eq!((f.date.map(|d| d.to_string()).as_deref(), f.place()), (Some("1890-03-02"), Some("Kassel")));
    let r = by_file(&c, "redirected");
    assert_eq!(people(r), ("Edith Marsh".to_string(), "Hugh Bell".to_string()));
    assert_eq!((r.date.map(|d| d.to_string()).as_deref(), r.place()), (Some("1921-05-03"), Some("Ottawa")));
}
