//! TEI letter editions whose letters are not one `correspDesc` per file (tests/tei/families/, written for these
//! tests): a volume of several `div type="letter"`, an anthology whose divisions name their own `correspDesc`, a
//! letter whose header describes it in the edition's own vocabulary, and a letter whose parties are only keys.
//! Each asserts the letters, people, dates, places, notes and pages a careful editor would record, and what is no
//! letter.

mod tei_support;
use letters::model::{Corpus, Letter};
use tei_support::{by_file, date, family as load, people};

fn letters_of<'a>(c: &'a Corpus, stem: &str) -> Vec<&'a Letter> {
    let name = format!("{stem}.xml");
    c.letters.iter().filter(|l| l.file.rsplit('/').next() == Some(name.as_str())).collect()
}

#[test]
fn a_volume_holds_one_letter_per_letter_division_its_author_writing_to_whom_each_heading_names() {
    let c = load("volume");
    let v = letters_of(&c, "reisebriefe");
    // Three letters: the preface, the notes at the back, the register and a letter quoted inside a letter are none.
    assert_eq!(v.len(), 3, "{:?}", v.iter().map(|l| &l.heading).collect::<Vec<_>>());
    let [a, b, d] = [v[0], v[1], v[2]];
    assert_eq!(a.heading, "1. An Thekla Ammerbach");
    // A heading naming only the addressee: the volume's one author wrote it; one naming both says so itself.
    assert_eq!(people(a), ("Veit Ammerbach".to_string(), "Thekla Ammerbach".to_string()));
    assert_eq!(people(b), ("Veit Ammerbach".to_string(), "Thekla Ammerbach".to_string()));
    assert_eq!(people(d), ("Veit Ammerbach".to_string(), "Hugo Ammerbach".to_string()));
    // Dates from each dateline: a day, a span by notBefore/notAfter, a date in words; places from the dateline.
    assert_eq!((date(a).as_deref(), a.place()), (Some("1851-04-09"), Some("Basel")));
    assert_eq!(b.date_label().as_deref(), Some("between 1 and 10 May 1851"));
    assert_eq!(b.place(), Some("Lugano"));
    assert_eq!((date(d).as_deref(), d.place()), (Some("1852-03-14"), Some("Como")));
    // Each letter keeps its own note and page break.
    assert_eq!(a.footnotes.len(), 1);
    assert_eq!(a.footnotes[0].text, "Mit der Post aus Freiburg.");
    assert_eq!(a.pages.len(), 1);
    assert!(b.footnotes.is_empty() && b.pages.is_empty() && d.footnotes.is_empty());
    // The quoted letter stays text of the letter that quotes it.
    assert!(b.paragraphs.iter().any(|p| p.contains("Die Zimmer sind bereit.")));
    assert!(!c.letters.iter().any(|l| l.paragraphs.iter().any(|p| p.contains("Vorrede") || p.contains("ohne Brücke"))));
    // A pointer without a type is a link to the letter it names; one to a person of the register, a file that is
    // no letter of the edition or an address elsewhere is none.
    let links: Vec<(&str, Option<usize>)> = b.letter_refs().iter().map(|r| (r.target.as_str(), r.letter)).collect();
    assert_eq!(links, [("rb1", c.find(&a.id))]);
    let p = b.paragraphs.iter().find(|p| p.contains("Mein Brief")).expect("the paragraph with the link");
    assert_eq!(&p[b.letter_refs()[0].start..b.letter_refs()[0].end], "aus Basel");
    assert!(p.contains("Thekla soll die Karte vom Gotthard und den Druck behalten."), "{p}");
    // The divisions' ids name the letters.
    assert!(a.ids().iter().any(|i| i == "rb1") && d.ids().iter().any(|i| i == "rb3"));
}

#[test]
fn an_anthology_s_divisions_are_the_letters_their_own_corresp_desc_describes() {
    let c = load("anthology");
    let v = letters_of(&c, "meyer_auswahl");
    assert_eq!(v.len(), 2);
    let (a, b) = (v[0], v[1]);
    assert_eq!(people(a), ("Oda Brenning".to_string(), "Hanna Lindqvist".to_string()));
    assert_eq!((date(a).as_deref(), a.place()), (Some("1902-08-14"), Some("Bergen")));
    assert_eq!(people(b), ("Per Ask".to_string(), "Hanna Lindqvist".to_string()));
    assert_eq!(b.date_label().as_deref(), Some("between 1 and 3 September 1902"));
    // Each with its own text, note and page, not the anthology's title.
    assert_eq!(a.heading, "Oda Brenning to Hanna Lindqvist");
    assert!(a.paragraphs.iter().any(|p| p.contains("Takk for brevet ditt.")));
    assert!(!a.paragraphs.iter().any(|p| p.contains("Jag kommer")));
    assert!(b.paragraphs.iter().any(|p| p.contains("Jag kommer på lördag.")));
    assert_eq!((a.footnotes.len(), a.pages.len()), (1, 1));
    assert_eq!((b.footnotes.len(), b.pages.len()), (0, 0));
}

#[test]
fn a_header_without_corresp_desc_names_a_letter_by_its_source_s_addressee_or_its_title() {
    let c = load("undescribed");
    // Van Gogh style: the source's description names author and addressee in the edition's own namespace; the
    // title `To X. Place, date` names the addressee and dates it.
    let v = by_file(&c, "let0417");
    assert_eq!(people(v), ("Lucien Marchetti".to_string(), "Emile Varon".to_string()));
    assert_eq!(date(v).as_deref(), Some("1889-06-06"));
    assert_eq!(v.pages.len(), 2);
    assert!(v.paragraphs.iter().any(|p| p.contains("Les toiles sont parties hier.")));
    // A title saying who wrote to whom in Italian, the place and date in the dateline.
    let i = by_file(&c, "lettera_bini");
    assert_eq!(people(i), ("Ottavia Sarti".to_string(), "Giulio Bini".to_string()));
    assert_eq!((date(i).as_deref(), i.place()), (Some("1874-03-03"), Some("Firenze")));
    // The one letter division of a file, without a heading: the title heads it, names its people and dates it.
    let t = by_file(&c, "single_division");
    assert_eq!(t.heading, "Typed Letter Signed Nora Quill to Ambrose Tate, 2 March 1961");
    assert_eq!(people(t), ("Nora Quill".to_string(), "Ambrose Tate".to_string()));
    assert_eq!(date(t).as_deref(), Some("1961-03-02"));
    // A work titled `Author: ... an B` with a signature, and a glossary whose title begins `To the`: no letters.
    assert_eq!(c.letters.len(), 3, "{:?}", c.letters.iter().map(|l| &l.heading).collect::<Vec<_>>());
}

#[test]
fn parties_given_only_as_keys_are_the_two_people_the_title_names() {
    let c = load("keyed_title");
    let k = by_file(&c, "kt_0911");
    assert_eq!(people(k), ("Marta Olbracht".to_string(), "Jan Zawisza".to_string()));
    assert_eq!((date(k).as_deref(), k.place()), (Some("1533-05-17"), Some("Kraków")));
}
