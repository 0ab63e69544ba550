//! A legal archive's letters (tests/tei/families/filed_titles/, written for these tests): each file's title is
//! its number in the file of the case and what the document is (`7.4 Brief Obermayr an Verlag Der Bote`), its
//! `correspDesc` points at the parties by keys of an index it does not carry (`<persName ref="#q101"/>`) or gives
//! the address as written, its lines marked `|`. A careful editor reads the people from the title, keeps the
//! address as the printed form, and takes neither the number nor the word for the document as part of a name.

mod tei_support;
use tei_support::{by_file, date, people};

fn load() -> letters::model::Corpus {
    tei_support::family("filed_titles")
}

#[test]
fn an_empty_name_pointing_at_an_index_is_named_by_the_title_without_its_number_and_genre() {
    let c = load();
    assert_eq!(c.letters.len(), 8, "one letter per file");
    let f4 = by_file(&c, "f4");
    // The sender's persName is empty: the title's writer, not `7.4 Brief Obermayr`.
    assert_eq!(people(f4), ("Obermayr".to_string(), "Verlag Der Bote".to_string()));
    assert_eq!(date(f4).as_deref(), Some("1931-04-02"));
    // `Abschrift des Telegramms`: a copy of a telegram, from a theatre (an org as a party) to a person.
    let f5 = by_file(&c, "f5");
    assert_eq!(people(f5), ("Landestheater Kufstein".to_string(), "Obermayr".to_string()));
    assert_eq!(date(f5).as_deref(), Some("1931-04-06"));
    // A court's notice (`Mitteilung`): the court as written on it, the kind of document no part of its name.
    let f10 = by_file(&c, "f10");
    assert_eq!(people(f10), ("Bezirksgericht Kufstein".to_string(), "Obermayr".to_string()));
    let printed: Vec<&str> = f10.sender.0.iter().map(|p| &*p.printed).collect();
    assert_eq!(printed, ["Bezirksgericht | Kufstein"]);
}

#[test]
fn an_address_as_written_is_the_printed_form_of_the_party_the_title_names() {
    let c = load();
    let f4 = by_file(&c, "f4");
    let printed: Vec<&str> = f4.recipient.0.iter().map(|p| &*p.printed).collect();
    assert_eq!(printed, ["den | Verlag des Boten"]);
    // Spelt otherwise on the envelope than in the title: the title's name, the envelope's as printed.
    let f8 = by_file(&c, "f8");
    assert_eq!(people(f8), ("Obermayr".to_string(), "RA Leopold Wimmer".to_string()));
    let printed: Vec<&str> = f8.recipient.0.iter().map(|p| &*p.printed).collect();
    assert_eq!(printed, ["Herrn | Dr. Leo Wimer"]);
    // A title naming a firm as the writer and a man of the firm as the addressee names two parties, though the
    // address holds both names.
    let f7 = by_file(&c, "f7");
    assert_eq!(people(f7), ("Alpenland Verlag".to_string(), "Paul Harrer".to_string()));
    // The title names a paper and, in brackets, the man the markup names: the paper is what it adds.
    let f11 = by_file(&c, "f11");
    assert_eq!(people(f11), ("Dr. A. Rainer (Tiroler Bote)".to_string(), "Obermayr".to_string()));
}

#[test]
fn an_action_without_a_type_beside_a_sent_one_is_the_addressee_s() {
    let c = load();
    let f6 = by_file(&c, "f6");
    assert_eq!(people(f6), ("Obermayr".to_string(), "RA Leopold Wimmer".to_string()));
    assert_eq!(date(f6).as_deref(), Some("1931-04-09"));
    // Beside both a sent and a received action, one without a type names no party.
    let f8 = by_file(&c, "f8");
    assert!(!people(f8).1.contains("Lenz") && !people(f8).0.contains("Lenz"), "{:?}", people(f8));
}

#[test]
fn a_title_naming_no_parties_names_nobody() {
    let c = load();
    let f9 = by_file(&c, "f9");
    assert_eq!(people(f9), (String::new(), String::new()), "`7.9 Vollmacht` is no one's name");
    assert_eq!(f9.heading, "7.9 Vollmacht");
    assert_eq!(date(f9).as_deref(), Some("1931-05-05"));
}

#[test]
fn a_second_blank_text_after_the_letter_s_takes_nothing_away() {
    let c = load();
    let f4 = by_file(&c, "f4");
    assert_eq!(f4.pages.len(), 2, "both page breaks of the first text");
    let notes: Vec<&str> = f4.footnotes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(notes, ["Obermayr"]);
    assert_eq!(f4.paragraphs.len(), 3);
    assert!(
        f4.paragraphs.first().is_some_and(|p| p.starts_with("Die Verhandlung gegen Herrn Harrer")),
        "{:?}",
        f4.paragraphs.first()
    );
}
