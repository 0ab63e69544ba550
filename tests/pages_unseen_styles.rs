//! Pages in the styles of editions the parser was not built on (tests/pages/<style>/): letters signed under a
//! heading that names only the recipient, dispatches and telegrams dated by the hour, a letter quoted in a
//! memoir, a covering letter and its enclosure, an office whose holder the page names, a literary collection.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_correspondence_project_page_without_a_title_takes_the_writer_from_the_signature() {
    let c = pages("darwin_signed");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "I have been going over");
    assert_eq!(people(first), pair("Darwin", "Hooker"));
    assert_eq!(basis(first), ["signature"]);
    assert_eq!(date(first).as_deref(), Some("1857-07-12"), "`12 [July 1857]`");
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["The list has not been found."]));
    let hooker = by_start(&c, "Your note of the 12th");
    assert_eq!(people(hooker), pair("Hooker", "Darwin"), "the writer from the heading, the reader from `Dear Darwin`");
    assert_eq!(date(hooker).as_deref(), Some("1857-07-14"), "`[14 July 1857]`");
    assert_eq!(cited(hooker), ["1857-07-12"]);
    assert_eq!((hooker.replies_to, hooker.reply_basis), (c.find("1857/1"), Some(ReplyBasis::Explicit)));
    let thanks = by_start(&c, "Many thanks for your letter of yesterday");
    assert_eq!(people(thanks), pair("Darwin", "Hooker"), "`Yours affectionately` / `C. Darwin` on two lines");
    assert_eq!(date(thanks).as_deref(), Some("1857-07-15"));
    assert_eq!(cited(thanks), ["1857-07-14"]);
    assert_eq!(thanks.replies_to, c.find("1857/2"));
}

#[test]
fn telegrams_dated_by_the_hour_answer_by_to_day_and_this_morning_and_sign_with_a_rank_line() {
    let c = pages("or_telegrams");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let bridges = by_start(&c, "The bridges over the creek");
    assert_eq!(people(bridges), pair("Thorne", "Grant"));
    assert_eq!((date(bridges).as_deref(), bridges.place()), (Some("1865-04-11"), Some("Winchester")));
    let grant = by_start(&c, "Your despatch of 7 a.m. to-day");
    assert_eq!(people(grant), pair("Grant", "Thorne"));
    assert_eq!(cited(grant), ["1865-04-11"], "to-day is the letter's own date");
    assert_eq!(grant.replies_to, c.find("shenandoah/1"));
    let smith = by_start(&c, "In obedience");
    assert_eq!(people(smith), pair("Smith", "Thorne"), "`your obedient servant, / J. SMITH, / Colonel, ...`");
    assert_eq!(date(smith).as_deref(), Some("1865-04-12"));
    assert_eq!(cited(smith), ["1865-04-11"]);
    assert_eq!(
        smith.replies_to, None,
        "Thorne's telegram of the 11th to Smith is not on the page; his answer of the 12th is no source"
    );
    let answer = by_start(&c, "Your report of this morning");
    assert_eq!(people(answer), pair("Thorne", "Smith"));
    assert_eq!(answer.replies_to, c.find("shenandoah/3"));
    assert!(!answer.paragraphs.iter().any(|p| p.contains("Page 703")));
}

#[test]
fn a_dispatch_book_under_recipient_headings_signed_by_a_peer_with_sources_in_brackets() {
    let c = pages("nelson");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let keats = by_start(&c, "My dear Keats,");
    assert_eq!(people(keats), pair("Nelson", "Keats"), "a ship after the comma is no party");
    assert_eq!(basis(keats), ["signature"]);
    assert_eq!((date(keats).as_deref(), keats.place()), (Some("1804-03-02"), Some("Victory, off Cape Sicie")));
    assert!(keats.source.as_deref().is_some_and(|s| s.contains("Letter-Book")), "{:?}", keats.source);
    assert!(!keats.paragraphs.iter().any(|p| p.contains("Letter-Book")), "{:?}", keats.paragraphs);
    assert_eq!(cited(keats), ["1804-02-24"], "the 24th ultimo");
    assert_eq!((markers(keats), notes(keats)), (vec!["*"], vec!["Rendezvous No. 97, in the Gulf of Palma."]));
    let hobart = by_start(&c, "My Lord,");
    assert_eq!(people(hobart), pair("Nelson", "Hobart"), "`NELSON AND BRONTE.` is one man and his second title");
    assert_eq!(date(hobart).as_deref(), Some("1804-03-09"));
    assert_eq!(cited(hobart), ["1804-01-02"], "`Your Lordship's letter of the 2nd of January`");
    assert_eq!(hobart.replies_to, None);
}

#[test]
fn a_salutation_and_a_date_on_one_line_and_a_close_with_etc() {
    let c = pages("wellington");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let bathurst = by_start(&c, "I have nothing of importance");
    assert_eq!(people(bathurst), pair("Wellington", "Bathurst"));
    assert_eq!((date(bathurst).as_deref(), bathurst.place()), (Some("1811-01-02"), Some("Cartaxo")));
    assert!(!bathurst.paragraphs.iter().any(|p| p.contains("Cartaxo")), "{:?}", bathurst.paragraphs);
    let hill = by_start(&c, "I have received your letter of the 12th");
    assert_eq!(people(hill), pair("Wellington", "Hill"));
    assert_eq!(date(hill).as_deref(), Some("1812-05-14"));
    assert_eq!(cited(hill), ["1812-05-12"]);
}

#[test]
fn letters_quoted_in_a_memoir_are_found_by_station_date_and_inside_address() {
    let c = pages("memoir_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let harlow = by_start(&c, "The little that reaches us");
    assert_eq!(people(harlow), pair("Harlow", "Brandon"));
    assert_eq!(date(harlow).as_deref(), Some("1864-12-03"));
    assert!(!harlow.paragraphs.iter().any(|p| p.contains("replied the next morning")), "{:?}", harlow.paragraphs);
    let brandon = by_start(&c, "I received, day before yesterday");
    assert_eq!(people(brandon), pair("Brandon", "Harlow"));
    assert_eq!((date(brandon).as_deref(), brandon.place()), (Some("1864-12-16"), Some("IN THE FIELD, NEAR THE COAST")));
    assert_eq!(cited(brandon), ["1864-12-03"], "`December 3d`");
    assert_eq!(brandon.replies_to, c.find("chapter-xx/1"));
    assert!(!brandon.paragraphs.iter().any(|p| p.contains("fleet came up")), "{:?}", brandon.paragraphs);
}

#[test]
fn a_covering_letter_and_the_letter_it_encloses_are_two_letters_with_their_own_people() {
    let c = pages("covering");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let note = by_start(&c, "I have the honour to transmit");
    assert_eq!(people(note), pair("Sargent", "Pickering"));
    assert_eq!(date(note).as_deref(), Some("1795-06-04"));
    assert!(
        !note.paragraphs.iter().any(|p| p.contains("garrison") || p.contains("Enclosure")),
        "{:?}",
        note.paragraphs
    );
    let carried = by_start(&c, "The garrison is well");
    assert_eq!(people(carried), pair("Hamtramck", "Sargent"));
    assert_eq!((date(carried).as_deref(), carried.place()), (Some("1795-05-20"), Some("Fort Knox")));
    assert_eq!(carried.replies_to, None);
    assert_eq!(note.replies_to, None, "passing a letter on is no reply to it");
    let passed = note.carries.as_deref().expect("the note records the letter it passes on");
    assert_eq!((passed.sender.to_string(), passed.recipient.to_string()), pair("Hamtramck", "Sargent"));
    assert_eq!(carried.carries, None);
}

#[test]
fn a_telegram_that_passes_on_a_message_records_its_own_people_and_the_message_s() {
    let c = pages("covering_quoted");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let t = by_start(&c, "241. Please deliver");
    assert_eq!(people(t), pair("Secretary of State", "Grew"));
    assert_eq!((date(t).as_deref(), t.source.as_deref()), (Some("1937-08-09"), Some("793.94/9876: Telegram")));
    let passed = t.carries.as_deref().expect("the message passed on");
    assert_eq!((passed.sender.to_string(), passed.recipient.to_string()), pair("President", "Prime Minister of Japan"));
    assert_eq!(cited(t), ["1937-08-02"]);
    let relayed = by_start(&c, "236. The Minister for Foreign Affairs");
    assert_eq!(people(relayed), pair("Grew", "Secretary of State"));
    let passed = relayed.carries.as_deref().expect("the message relayed");
    assert_eq!((passed.sender.to_string(), passed.recipient.to_string()), pair("Prime Minister of Japan", "President"));
    // The President's message answers the Prime Minister's, relayed on the 3rd; neither telegram answers the other.
    assert_eq!(t.replies_to, c.find("d205/1"));
    assert_eq!(relayed.replies_to, None);
}

#[test]
fn an_office_is_its_holder_where_the_page_names_him() {
    let c = pages("office_holder");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let hull = by_start(&c, "My Dear Mr. President: I enclose");
    assert_eq!(people(hull), pair("Hull", "President"), "the Secretary signs, Cordell Hull");
    let fdr = by_start(&c, "My Dear Mr. Secretary: Thank you");
    assert_eq!(people(fdr), pair("Roosevelt", "Secretary of State"));
    assert_eq!(cited(fdr), ["1939-05-02"]);
    assert_eq!(fdr.replies_to, c.find("1939/1"), "the page says the President is Roosevelt");
    let memo = by_start(&c, "The President telephoned");
    assert_eq!(people(memo), pair("Under Secretary of State", "Secretary of State"));
    assert_eq!(memo.replies_to, None);
}

#[test]
fn a_literary_collection_numbers_its_letters_and_dates_them_by_weekday() {
    let c = pages("literary");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let kot = by_start(&c, "My dear Kot,");
    assert_eq!(people(kot), pair("Lawrence", "Koteliansky"));
    assert_eq!(kot.number.as_deref(), Some("412"));
    assert_eq!(date(kot).as_deref(), Some("1917-05-04"), "`Friday, 4 May 1917`");
    let asquith = by_start(&c, "My dear Lady Cynthia,");
    assert_eq!(people(asquith), pair("Lawrence", "Asquith"));
    assert_eq!((asquith.number.as_deref(), date(asquith).as_deref()), (Some("413"), Some("1917-05-07")));
    assert_eq!(cited(asquith), ["1917-05-02"]);
    assert_eq!(asquith.replies_to, None);
    let proofs = by_start(&c, "Your letter of Tuesday");
    assert_eq!((people(proofs), date(proofs).as_deref()), (pair("Lawrence", "Koteliansky"), Some("1917-05-10")));
    assert_eq!(cited(proofs), ["1917-05-08"], "the Tuesday before Thursday 10 May");
    assert_eq!(proofs.replies_to, None, "Koteliansky's letters are not in the corpus");
}

#[test]
fn founders_online_with_a_clerk_s_months_and_favours_of_the_5th_instant() {
    let c = pages("founders_rush");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let rush = by_start(&c, "Your favour of the 5th instant");
    assert_eq!(people(rush), pair("Rush", "Adams"));
    assert_eq!((date(rush).as_deref(), rush.place()), (Some("1790-02-12"), Some("Philadelphia")));
    assert_eq!(cited(rush), ["1790-02-05"]);
    assert_eq!((markers(rush), notes(rush)), (vec!["1"], vec!["No such piece by Rush has been found."]));
    let adams = by_start(&c, "I thank you for your favour of the 12th");
    assert_eq!(people(adams), pair("Adams", "Rush"));
    assert_eq!((date(adams).as_deref(), adams.place()), (Some("1790-02-19"), Some("New York")), "`Feby. 19.`");
    assert_eq!((adams.replies_to, adams.reply_basis), (c.find("rush-adams-1790/1"), Some(ReplyBasis::Explicit)));
}

#[test]
fn a_queen_writing_in_the_third_person_is_answered_for_your_majesty_s_letter_of_yesterday() {
    let c = pages("victoria");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let queen = by_start(&c, "The Queen has just received");
    assert_eq!(people(queen), pair("Victoria", "Melbourne"));
    assert_eq!((date(queen).as_deref(), queen.place()), (Some("1839-07-03"), Some("BUCKINGHAM PALACE")));
    let lord = by_start(&c, "Lord Melbourne presents his humble duty");
    assert_eq!(people(lord), pair("Melbourne", "Victoria"));
    assert_eq!(cited(lord), ["1839-07-03"]);
    assert_eq!(lord.replies_to, c.find("1839/1"));
}

#[test]
fn a_papal_brief_is_dated_by_its_closing_formula() {
    let c = pages("papal");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(people(l), pair("Leo XIII", "Gibbons"), "the see after the comma is his office");
    assert_eq!((date(l).as_deref(), l.place()), (Some("1899-01-22"), Some("Rome")));
    assert_eq!(cited(l), ["1898-12-10"], "December before January is last year's");
    assert_eq!(l.replies_to, None);
}

#[test]
fn medieval_letters_dated_by_feasts_have_no_calendar_date_and_no_guessed_link() {
    let c = pages("paston");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let margaret = by_start(&c, "Right worshipful husband");
    assert_eq!(people(margaret), pair("Paston", "Paston"));
    assert_eq!((margaret.number.as_deref(), margaret.date), (Some("74"), None));
    assert!(margaret.paragraphs.iter().any(|p| p.starts_with("Written at Norwich")), "{:?}", margaret.paragraphs);
    let john = by_start(&c, "I recommend me to you, and thank you");
    assert_eq!((john.number.as_deref(), john.date), (Some("75"), None));
    assert_eq!(&*john.sender.0[0].printed, "JOHN PASTON");
    // 75 follows 74 and thanks for a letter, but writer and addressee share one name: which way a letter went
    // cannot be told by the name, so no link is guessed.
    assert_eq!(john.replies_to, None);
}

#[test]
fn a_report_printed_addressee_first_and_dated_at_its_foot_is_a_letter_of_its_own() {
    let c = pages("or_reports");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let gregg = by_start(&c, "I have the honor to report");
    assert_eq!(people(gregg), pair("Gregg", "Williams"));
    assert_eq!(date(gregg).as_deref(), Some("1863-08-03"));
    let answer = by_start(&c, "Your report of the 3d");
    assert_eq!(people(answer), pair("Williams", "Gregg"), "`(Signed) S. WILLIAMS,` in a copy");
    assert_eq!(date(answer).as_deref(), Some("1863-08-04"), "the date at the foot");
    assert_eq!(cited(answer), ["1863-08-03"]);
    assert_eq!(answer.replies_to, c.find("gettysburg-cavalry/1"));
}

#[test]
fn a_translated_collection_lends_its_writer_but_not_his_epithet() {
    let c = pages("pliny_younger");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Your request that I would send you");
    assert_eq!((people(first), first.number.as_deref()), (pair("Pliny", "Tacitus"), Some("XVI")));
    assert_eq!(basis(first), ["collection"]);
    let second = by_start(&c, "The letter which I wrote to you");
    assert_eq!((people(second), second.number.as_deref()), (pair("Pliny", "Tacitus"), Some("XVII")));
    assert_eq!(second.replies_to, None, "a second letter to the same man answers nothing");
}

#[test]
fn seventeenth_century_letters_dated_by_the_old_and_new_year() {
    let c = pages("old_style");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let pepys = by_start(&c, "I have your favour of the 6th");
    assert_eq!(people(pepys), pair("Pepys", "Evelyn"));
    assert_eq!((date(pepys).as_deref(), pepys.place()), (Some("1667-02-10"), Some("Navy Office")), "`1666/7`");
    assert_eq!(cited(pepys), ["1667-02-06"]);
    let evelyn = by_start(&c, "I received yours of the 10th");
    assert_eq!(people(evelyn), pair("Evelyn", "Pepys"));
    assert_eq!(date(evelyn).as_deref(), Some("1667-02-12"));
    assert_eq!(evelyn.replies_to, c.find("1667/1"));
}

#[test]
fn under_a_heading_naming_only_the_recipient_the_signature_names_the_writer_and_its_office() {
    let c = pages("recipient_only");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let stanton = by_start(&c, "The President asks whether");
    assert_eq!(people(stanton), pair("Stanton", "Sheridan"));
    assert_eq!(&*stanton.sender.0[0].printed, "EDWIN M. STANTON, Secretary of War");
    let sheridan = by_start(&c, "Your telegram of 7 p.m. 19th");
    assert_eq!(people(sheridan), pair("Sheridan", "Secretary of War"));
    assert_eq!(basis(sheridan), ["signature"]);
    assert_eq!(cited(sheridan), ["1864-09-19"], "`7 p.m. 19th`: an hour and a day of the letter's month");
    assert_eq!(sheridan.replies_to, c.find("1864/1"), "the page signs Stanton as the Secretary of War");
    let knox = by_start(&c, "I have been favoured");
    assert_eq!(people(knox), pair("Washington", "Knox"), "`Go: Washington` under a close without a comma");
    assert_eq!(cited(knox), ["1787-02-22"]);
}
