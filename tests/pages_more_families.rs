//! More pages in other editions' styles (tests/pages/<style>/), each written for one family of letter grammar:
//! dispatch blocks without a heading, a letter quoted in a memoir, two telegrams on one page, a collection's
//! writer, bracketed and starred notes, dates in words, bishops' and peers' signatures.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn dispatch_blocks_in_a_row_are_letters_by_their_place_date_addressee_and_signature() {
    let c = pages("dispatches");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let order = by_start(&c, "The commanding general directs");
    assert_eq!(people(order), pair("Williams", "Slocum"));
    assert_eq!(basis(order), ["signature"]);
    assert_eq!(date(order).as_deref(), Some("1863-04-30"));
    assert_eq!(order.paragraphs.len(), 2, "the text and the close: {:?}", order.paragraphs);
    let answer = by_start(&c, "My corps is across the river");
    assert_eq!(people(answer), pair("Slocum", "Hooker"));
    assert_eq!(date(answer).as_deref(), Some("1863-04-30"), "`5 P.M., April 30th, 1863.`");
    assert_eq!(answer.paragraphs.len(), 2, "the running head is no paragraph: {:?}", answer.paragraphs);
    let war = by_start(&c, "The President wishes to know");
    assert_eq!(people(war), pair("Stanton", "Hooker"));
    assert_eq!(date(war).as_deref(), Some("1863-05-01"));
    assert_eq!(war.paragraphs.len(), 2, "{:?}", war.paragraphs);
}

#[test]
fn a_letter_copied_into_a_memoir_chapter_is_found_and_the_narrative_is_not() {
    let c = pages("memoir");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(l.sender.to_string(), "Ward");
    assert_eq!(l.recipient.to_string(), "Brother", "`My dear Brother:` names the addressee by a family word");
    assert_eq!((date(l).as_deref(), l.place()), (Some("1841-12-02"), Some("Albany")));
    assert!(l.paragraphs.iter().any(|p| p.starts_with("Your account of the journey")));
    assert!(!l.paragraphs.iter().any(|p| p.contains("snow came early") || p.contains("many weeks")));
}

#[test]
fn two_telegrams_on_one_page_keep_their_own_notes_and_the_second_answers_the_first() {
    let c = pages("frus1936");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let rome = by_start(&c, "112. The Foreign Minister");
    assert_eq!(people(rome), pair("Long", "Secretary of State"));
    assert_eq!((date(rome).as_deref(), rome.place()), (Some("1936-03-07"), Some("Rome")));
    assert_eq!(rome.source.as_deref(), Some("765.84/3801: Telegram"));
    assert_eq!((markers(rome), notes(rome)), (vec!["1"], vec!["Not printed."]));
    let reply = by_start(&c, "47. Your 112, March 7, 4 p.m.");
    assert_eq!(people(reply), pair("Secretary of State", "Long"));
    assert_eq!(reply.source.as_deref(), Some("765.84/3822: Telegram"));
    assert_eq!(date(reply).as_deref(), Some("1936-03-09"));
    assert_eq!(markers(reply), ["2"]);
    assert_eq!(reply.footnotes.len(), 1);
    assert_eq!(cited(reply), ["1936-03-07"]);
    assert_eq!((reply.replies_to, reply.reply_basis), (c.find("d20/1"), Some(ReplyBasis::Explicit)));
}

#[test]
fn a_collection_title_gives_its_writer_to_headings_that_name_only_the_recipient() {
    let c = pages("collected");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "My dear Sterling,");
    assert_eq!(people(first), pair("Carlyle", "Sterling"));
    assert_eq!(date(first).as_deref(), Some("1835-06-04"));
    assert_eq!(cited(first), ["1835-06-02"], "`of the 2nd`");
    let second = by_start(&c, "Dear Mill,");
    assert_eq!(people(second), pair("Carlyle", "Mill"));
    assert_eq!(basis(second), ["collection"]);
    assert_eq!(date(second).as_deref(), Some("1835-06-09"));
}

#[test]
fn a_one_line_close_signs_the_letter_and_the_folder_lends_its_writer_to_an_unsigned_one() {
    let c = pages("signed_folder");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let signed = by_start(&c, "Dear Procter,");
    assert_eq!(people(signed), pair("Thackeray", "Procter"));
    assert_eq!(basis(signed), ["signature"]);
    assert_eq!(date(signed).as_deref(), Some("1848-05-03"));
    let unsigned = by_start(&c, "My dear old Fitz,");
    assert_eq!(people(unsigned), pair("Thackeray", "FitzGerald"));
    assert_eq!(basis(unsigned), ["collection"], "most letters of the folder are his");
}

#[test]
fn bracketed_and_starred_notes_and_dates_in_the_words_writers_use() {
    let c = pages("notes");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "I have your letter of the 3d of April");
    assert_eq!(people(first), pair("Monroe", "Lee"));
    assert_eq!(date(first).as_deref(), Some("1813-05-27"));
    assert_eq!(cited(first), ["1813-04-03"], "the month the text gives, the letter's year");
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Lee had written at length on the militia."]));
    assert!(
        first.paragraphs.iter().any(|p| p.contains("discipline in")),
        "the marker leaves the word: {:?}",
        first.paragraphs
    );
    assert_eq!(first.paragraphs.len(), 4, "salutation, two paragraphs, close: {:?}", first.paragraphs);
    let second = by_start(&c, "Your favour of the 23rd");
    assert_eq!(date(second).as_deref(), Some("1814-02-02"));
    assert_eq!(cited(second), ["1814-01-23"], "the 23rd before the 2nd is last month's");
    assert_eq!((markers(second), notes(second)), (vec!["*"], vec!["The defeat on the lakes is meant."]));
}

#[test]
fn bishops_signing_by_their_sees_keep_the_offices_of_the_heading() {
    let c = pages("church");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let york = by_start(&c, "I have the pleasure to acknowledge");
    assert_eq!(people(york), pair("Archbishop of York", "Bishop of Durham"));
    assert_eq!(date(york).as_deref(), Some("1829-10-28"));
    assert_eq!(cited(york), ["1829-10-21"]);
    let durham = by_start(&c, "I thank you for your kind letter of the 28th");
    assert_eq!(people(durham), pair("Bishop of Durham", "Archbishop of York"));
    assert_eq!(date(durham).as_deref(), Some("1829-10-31"));
    assert_eq!(durham.replies_to, c.find("1829/1"));
}

#[test]
fn a_dispatch_answered_the_next_day_under_a_running_head_in_capitals() {
    let c = pages("dispatches_west");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let ask = by_start(&c, "We hold the town");
    assert_eq!(people(ask), pair("Rosecrans", "Burnside"));
    assert_eq!((date(ask).as_deref(), ask.place()), (Some("1863-09-24"), Some("Near Chattanooga")));
    assert!(!ask.paragraphs.iter().any(|p| p.contains("OPERATIONS")), "{:?}", ask.paragraphs);
    let answer = by_start(&c, "Your despatch of yesterday");
    assert_eq!(people(answer), pair("Burnside", "Rosecrans"));
    assert_eq!(date(answer).as_deref(), Some("1863-09-25"));
    assert_eq!(answer.replies_to, c.find("chattanooga/1"));
}

#[test]
fn a_telegram_to_an_office_answers_the_telegram_its_holder_signed() {
    let c = pages("frus1938");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let vienna = by_start(&c, "31. The Chancellor returned");
    assert_eq!(people(vienna), pair("Wiley", "Secretary of State"));
    assert_eq!((markers(vienna), notes(vienna)), (vec!["1"], vec!["See footnote 4, p. 12."]));
    let reply = by_start(&c, "14. Your 31, February 11, noon.");
    assert_eq!(people(reply), pair("Secretary of State", "Minister in Austria"));
    assert_eq!(date(reply).as_deref(), Some("1938-02-12"));
    assert_eq!(cited(reply), ["1938-02-11"]);
    assert_eq!(reply.replies_to, c.find("d7/1"), "the Minister in Austria is Wiley, who sent it");
}

#[test]
fn an_archive_line_above_a_heading_opens_the_next_telegram_after_a_bare_signature() {
    // The first telegram ends in a one-word signature with no footnotes and no blank line: the archive line and
    // the office title under it still begin the second document; neither is the first one's text.
    let c = pages("frus_unsigned_archive");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "301. Mobilization");
    let second = by_start(&c, "122. Your 301");
    assert_eq!(people(first), pair("Long", "Secretary of State"));
    assert_eq!(people(second), pair("Secretary of State", "Long"));
    assert_eq!(date(second).as_deref(), Some("1935-10-04"));
    assert!(!first.paragraphs.iter().any(|p| p.contains("765.84/1402")), "{:?}", first.paragraphs);
    assert!(second.source.as_deref().is_some_and(|s| s.contains("765.84/1402")), "{:?}", second.source);
    let first_ix = c.letters.iter().position(|l| std::ptr::eq(l, first));
    assert_eq!(second.replies_to, first_ix, "the reply cites the telegram of October 2");
}
