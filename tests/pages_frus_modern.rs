//! Pages of a later FRUS volume as its website prints them (tests/pages/frus_modern/): each document's title is
//! numbered and names its kind (`31. Telegram From the Department of State to the Embassy in the Soviet
//! Union1`), telegrams open with their own number and cite each other as `Deptel`/`Embtel`, a memorandum
//! carries a `SUBJECT` block, and an editorial note is no letter.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn numbered_titles_naming_the_document_kind_open_letters_and_an_editorial_note_opens_none() {
    let c = pages("frus_modern");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let first = by_start(&c, "2093. Eyes only");
    assert_eq!(people(first), pair("Department of State", "Embassy in the Soviet Union"));
    assert_eq!(first.number.as_deref(), Some("31"), "the document's number before its title");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1961-06-02"), Some("Washington")));
    assert_eq!(markers(first), ["1", "2"], "one marker glued to the title, one to a word");
    assert_eq!(notes(first)[1], "Not printed.");
    let letter = by_start(&c, "Dear Mr. Chairman");
    assert_eq!(people(letter), pair("Kennedy", "Khrushchev"));
    assert!(
        !c.letters.iter().any(|l| l.paragraphs.iter().any(|p| p.contains("Soviet Government published"))),
        "an editorial note is no letter"
    );
}

#[test]
fn a_memorandum_keeps_its_subject_as_its_caption() {
    let c = pages("frus_modern");
    let memo = by_start(&c, "I attach a draft");
    assert_eq!(memo.recipient.to_string(), "Kennedy");
    assert_eq!(memo.caption(), Some("SUBJECT: Reply to the Soviet Note on Berlin"));
    assert_eq!(date(memo).as_deref(), Some("1961-06-21"));
}

#[test]
fn an_embassy_telegram_citing_a_deptel_by_date_answers_it_and_a_thank_you_answers_the_last() {
    let c = pages("frus_modern");
    let embassy = by_start(&c, "2917. Reference");
    assert_eq!(people(embassy), pair("Embassy in the Soviet Union", "Department of State"));
    assert_eq!(cited(embassy), ["1961-06-02"], "`Deptel 2093 of June 2.2`: the date, then a marker");
    assert_eq!(markers(embassy), ["1", "2"]);
    assert_eq!((embassy.replies_to, embassy.reply_basis), (c.find("frus1961-63v05_d31/1"), Some(ReplyBasis::Explicit)));
    let thanks = by_start(&c, "2201. Thank you");
    assert_eq!((thanks.replies_to, thanks.reply_basis), (c.find("frus1961-63v05_d32/1"), Some(ReplyBasis::Inferred)));
}
