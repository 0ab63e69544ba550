//! Pages from one writer's collected letters and dispatches (tests/pages/<style>/): titles that name the writer
//! with volumes and years after the name, numbered `To` headings, dateline blocks of place and date lines,
//! signatures by initials, letters after names, and namesakes that must not be linked.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_poets_collected_letters_with_a_volume_title_and_two_line_datelines() {
    let c = pages("poet_volume");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let dunlop = by_start(&c, "The harvest is in at last");
    assert_eq!(people(dunlop), pair("Burns", "Dunlop"), "the title names the writer, `R. B.` signs");
    assert_eq!((date(dunlop).as_deref(), dunlop.place()), (Some("1788-12-07"), Some("Ellisland")));
    assert_eq!(markers(dunlop), ["1"], "a bracketed marker after the heading's last word");
    assert_eq!(dunlop.heading, "To Mrs. Frances Dunlop");
    assert_eq!(notes(dunlop), ["Autograph letter, in private hands. The song sent with it is lost."]);
    let nicol = by_start(&c, "Your letter of the 9th");
    assert_eq!(people(nicol), pair("Burns", "Nicol"));
    assert_eq!(basis(nicol), ["signature"]);
    assert_eq!(cited(nicol), ["1788-12-09"]);
    assert_eq!(nicol.replies_to, None, "the letter answered is not in the corpus");
}

#[test]
fn numbered_headings_address_blocks_and_initials_in_an_essayists_letters() {
    let c = pages("essayist_letters");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "The cat has got into the India House");
    assert_eq!(first.number.as_deref(), Some("144"));
    assert_eq!(people(first), pair("Lamb", "Lamb"), "a letter to his sister is his own");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1805-07-04"), Some("Temple")));
    let manning = by_start(&c, "You ask what London does without you");
    assert_eq!(manning.number.as_deref(), Some("145"), "`145:` numbers the letter too");
    assert_eq!(people(manning), pair("Lamb", "Manning"));
    assert_eq!(date(manning).as_deref(), Some("1805-07-11"), "a weekday before the date is no place");
    assert_eq!(manning.place(), Some("Inner Temple Lane"), "the address under the date is the place");
    assert!(!manning.paragraphs.iter().any(|p| p.contains("Inner Temple") || p.contains("Huntington")));
    let thanks = by_start(&c, "Thank you for your kind letter");
    assert_eq!(people(thanks), pair("Lamb", "Lamb"));
    assert_eq!(thanks.replies_to, None, "writer and addressee share a name: no inferred link to the first letter");
    let lost = by_start(&c, "Your letter of the 4th has not come");
    assert_eq!(cited(lost), ["1805-07-04"]);
    assert_eq!(lost.replies_to, None, "Mary's letter of the 4th is not Charles's own letter to her of that day");
}

#[test]
fn an_admirals_dispatches_with_sources_in_brackets_and_letters_after_names() {
    let c = pages("admiral_dispatches");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let barham = by_start(&c, "The ships which were taken");
    assert_eq!(people(barham), pair("Collingwood", "Barham"));
    assert_eq!(barham.source.as_deref(), Some("[Original, in the Admiralty.]"));
    assert_eq!((date(barham).as_deref(), barham.place()), (Some("1805-11-02"), Some("Queen, off Cadiz")));
    let blackett = by_start(&c, "You will have heard before this");
    assert_eq!(people(blackett), pair("Collingwood", "Blackett"), "`ESQ.` is no name");
    assert_eq!(date(blackett).as_deref(), Some("1805-11-09"));
    assert!(c.letters.iter().all(|l| l.reply_basis != Some(ReplyBasis::Inferred)));
}

#[test]
fn numbered_letters_old_style_dates_and_family_salutations() {
    let c = pages("family_letters");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let girl = by_start(&c, "DEAR GIRL:");
    assert_eq!(girl.number.as_deref(), Some("IX"), "`LETTER IX.` alone on its line numbers the letter under it");
    assert_eq!(
        people(girl),
        pair("Halifax", "Girl"),
        "`Letters written by` names the writer; the salutation the addressee"
    );
    assert_eq!((date(girl).as_deref(), girl.place()), (Some("1751-10-03"), Some("YORK")), "`O. S.` marks the calendar");
    let bell = by_start(&c, "Sir, I have your letter of the 14th");
    assert_eq!(bell.number.as_deref(), Some("X"));
    assert_eq!(people(bell), pair("Halifax", "Bell"), "a heading ending in a full stop under a number line");
    assert_eq!(cited(bell), ["1751-10-14"]);
    let father = by_start(&c, "Dear Father,");
    assert_eq!(father.number.as_deref(), Some("3"));
    // `Dear Father` from one writer's letters: the writer's surname, marked as inferred, the bond as printed.
    assert_eq!(people(father), pair("Dunn", "Dunn"));
    assert_eq!((&*father.recipient.0[0].printed, father.recipient.0[0].basis.as_str()), ("Father", "inferred"));
    assert_eq!((date(father).as_deref(), father.place()), (Some("1917-03-02"), Some("Flanders")));
}

#[test]
fn a_dispatch_quoted_in_a_memoir_is_signed_by_the_capitals_under_its_last_sentence() {
    let c = pages("memoir_signed");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(people(l), pair("Webb", "Barlow"), "the name in capitals and its rank line sign the note");
    assert_eq!(basis(l), ["signature"]);
    assert_eq!(date(l).as_deref(), Some("1864-05-03"));
    assert!(l.paragraphs.iter().any(|p| p == "T. R. WEBB, Brigadier-General."), "{:?}", l.paragraphs);
}
