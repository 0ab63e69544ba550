//! Collections of one writer's letters and official blue books, in the styles of 19th-century editions (written
//! for the tests, tests/pages/): a poet's letters numbered in roman and joined to the heading by a dash
//! (`XLI.—TO HENRY WYATT.`) beside his friend's; a wife's letters whose headings say where the addressee was
//! (`TO EDWARD HALL, London.`); a humorist's letters with colon headings (`To J. R. Lowell, in Boston:`) and a
//! salutation run into the first sentence by a dash; a blue book's despatches with file references and routing
//! lines under their headings; a medieval family's letters dated by the editor in brackets.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_poets_numbered_letters_and_his_friends_answer_link_both_ways() {
    let c = pages("poet_numbered");
    // The friends' volume's title names a group, no letter.
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "The ode is finished");
    assert_eq!(people(first), pair("Arden", "Wyatt"));
    assert_eq!(first.number.as_deref(), Some("XLI"), "the roman number before the dash");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1829-04-06"), Some("Islington")));
    let answer = by_start(&c, "Your letter of the 6th");
    assert_eq!(people(answer), pair("Wyatt", "Arden"));
    assert_eq!(cited(answer), ["1829-04-06"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    // An undated thanks answers the friend's last letter, not the poet's own.
    let thanks = by_start(&c, "Thank you for your kind letter");
    assert_eq!((date(thanks).as_deref(), markers(thanks)), (Some("1829-04-25"), vec!["*"]));
    assert_eq!((thanks.replies_to, thanks.reply_basis), (c.find(&answer.id), Some(ReplyBasis::Inferred)));
}

#[test]
fn where_the_addressee_was_is_no_part_of_the_addressee_and_a_bare_possessive_close_signs() {
    let c = pages("wife_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Dearest,—The roof");
    assert_eq!(people(first), pair("Hall", "Hall"), "`Your own | MARY HALL.` signs the letter");
    assert_eq!(&*first.sender.0[0].printed, "MARY HALL");
    assert_eq!(&*first.recipient.0[0].printed, "EDWARD HALL", "`, London.` says where he was");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1859-06-03"), Some("Ashby")), "no weekday in the place");
    let second = by_start(&c, "My dear Kate");
    assert_eq!(people(second), pair("Hall", "Mrs. Prior"));
    assert_eq!(date(second).as_deref(), Some("1859-07-18"));
}

#[test]
fn colon_headings_name_the_addressee_and_a_dashed_salutation_keeps_the_reference() {
    let c = pages("humorist_letters");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "MY DEAR LOWELL,—I send");
    // Unsigned: the collection's title in capitals names its writer, without the possessive.
    assert_eq!(people(first), pair("Quill", "Lowell"));
    assert_eq!(basis(first), ["collection"]);
    let reply = by_start(&c, "MY DEAR LOWELL,—Your letter");
    assert_eq!(cited(reply), ["1868-05-08"]);
    let lowell = by_start(&c, "My dear Quill:");
    assert_eq!((reply.replies_to, reply.reply_basis), (c.find(&lowell.id), Some(ReplyBasis::Explicit)));
    let evidence = reply.reply_evidence.as_deref().unwrap_or_default();
    assert!(evidence.contains("Your letter of the 8th"), "the link keeps its words: {evidence:?}");
}

#[test]
fn a_blue_books_file_references_and_routing_lines_stay_out_of_the_text() {
    let c = pages("blue_book");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Sir,");
    assert_eq!(people(first), pair("Harlow", "Percy"));
    assert_eq!(first.number.as_deref(), Some("88"));
    assert_eq!(first.source.as_deref(), Some("F.O. 800/41."));
    assert_eq!(first.classification.as_deref(), Some("(No. 212.) Secret"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1911-03-03"), Some("Foreign Office")));
    let answer = c.letters.iter().find(|l| l.number.as_deref() == Some("91")).expect("No. 91");
    assert_eq!(people(answer), pair("Percy", "Harlow"));
    assert_eq!(answer.classification.as_deref(), Some("(No. 77.) Confidential; R. March 11"));
    assert_eq!(date(answer).as_deref(), Some("1911-03-09"), "the date written, not the date received");
    // The whole body is the letter's: the routing lines before the dateline do not end it.
    assert_eq!(answer.paragraphs.iter().next(), Some("Sir,"));
    assert!(answer.paragraphs.iter().any(|p| p.starts_with("I have the honour to acknowledge")));
    assert_eq!(answer.paragraphs.iter().next_back(), Some("J. PERCY."));
    assert_eq!(cited(answer), ["1911-03-03"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

#[test]
fn an_editors_bracketed_dateline_under_a_numbered_heading_dates_the_letter() {
    let c = pages("family_medieval");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let mother = by_start(&c, "To my right worshipful son");
    assert_eq!(people(mother), pair("Stonor", "Stonor"));
    assert_eq!(mother.number.as_deref(), Some("88"));
    assert_eq!((date(mother).as_deref(), mother.place()), (Some("1478-05-12"), Some("Oxford")));
    let son = by_start(&c, "Right worshipful mother");
    assert_eq!((date(son).as_deref(), son.place()), (Some("1478-05-20"), Some("London")));
    assert_eq!(cited(son), ["1478-05-12"], "`your letter of the 12th of May`");
    assert_eq!((son.replies_to, son.reply_basis), (c.find(&mother.id), Some(ReplyBasis::Explicit)));
}

/// A sovereign's correspondence numbers each letter before a dash (`No. 17—The Queen to Lord Ashford.`), a poet's
/// letters and journals after a document word (`LETTER 212.—TO JAMES HOLT.`); a year and a dash opening a
/// sentence opens no letter.
#[test]
fn a_number_joined_to_its_heading_by_a_dash_opens_a_letter_and_a_dashed_year_in_the_text_does_not() {
    let c = pages("numbered_dashes");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let queen = by_start(&c, "Lord Ashford,—The Queen");
    assert_eq!((people(queen), queen.number.as_deref()), (pair("Queen", "Ashford"), Some("17")));
    let minister = by_start(&c, "Lord Ashford presents");
    assert_eq!((people(minister), minister.number.as_deref()), (pair("Ashford", "Queen"), Some("18")));
    assert_eq!(date(minister).as_deref(), Some("1821-04-03"));
    let holt = by_start(&c, "DEAR HOLT,—The verses");
    // Signed with initials: the writer is the one the title names.
    assert_eq!((people(holt), holt.number.as_deref()), (pair("Marlowe", "Holt"), Some("212")));
    let vane = c.letters.iter().find(|l| l.number.as_deref() == Some("213")).expect("LETTER 213");
    assert_eq!(people(vane), pair("Marlowe", "Vane"));
    assert!(vane.paragraphs.iter().any(|p| p.starts_with("1822—the year of the storm")), "{:#?}", summary(&c));
}

/// `THE LETTERS OF JOHN TALBOT TO HIS FAMILY AND FRIENDS`: the writer the title names ends before `to`; `Your
/// loving son, | J. T.` closes a letter signed with initials.
#[test]
fn a_title_naming_the_writer_and_his_readers_gives_the_writer_and_a_loving_close_signs() {
    let c = pages("family_war");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let mother = by_start(&c, "DEAR MOTHER,—The parcel");
    // `DEAR MOTHER` in one writer's letters: his surname, marked as inferred.
    assert_eq!(people(mother), pair("Talbot", "Talbot"));
    assert_eq!(mother.recipient.0[0].basis.as_str(), "inferred");
    assert_eq!(date(mother).as_deref(), Some("1915-03-02"));
    let friend = by_start(&c, "My dear Arthur");
    assert_eq!(people(friend), pair("Talbot", "Bell"));
    assert_eq!(friend.sender.0[0].basis.as_str(), "signature", "`Your loving friend, | Jack Talbot.`");
}

/// A soldier writes `Dear Wife` and his wife `Dear Thomas`: a dated citation finds her letter, as near kin bear the
/// writer's surname and a salutation names him by his given name. A neighbour's letter of the cited date to
/// `Thomas` is not the mother's.
#[test]
fn a_letter_to_near_kin_citing_a_date_answers_the_kins_letter_and_no_one_elses() {
    let c = pages("kin_replies");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let wife = by_start(&c, "The cow is sold at last").id.clone();
    let to_wife = by_start(&c, "Dear Wife");
    assert_eq!(people(to_wife), pair("Ward", "Ward"), "a wife bore her husband's name");
    assert_eq!(&*to_wife.recipient.0[0].printed, "Wife");
    assert_eq!(cited(to_wife), ["1863-02-26"]);
    assert_eq!((to_wife.replies_to, to_wife.reply_basis), (c.find(&wife), Some(ReplyBasis::Explicit)));
    let to_mother = by_start(&c, "Dear Mother");
    assert_eq!(cited(to_mother), ["1863-03-12"]);
    assert_eq!(to_mother.replies_to, None, "Henry Lake's letter of that day is no Ward's");
}

/// Typed letters under a letterhead: a greeting to an office holder by the office alone (`Dear Mr. Prime
/// Minister`) names the office when nothing else names the addressee; a bare `Sir,` names no one.
#[test]
fn a_greeting_by_office_names_the_office_and_a_bare_sir_names_no_one() {
    let c = pages("typed_office");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let thanks = by_start(&c, "Dear Mr. Prime Minister");
    assert_eq!(people(thanks), pair("Cambridge", "Prime Minister"));
    assert_eq!(date(thanks).as_deref(), Some("1941-06-02"));
    let answer = by_start(&c, "Sir,");
    assert_eq!(people(answer), pair("Gale", ""));
}

/// A digital archive's page: the editor's title, then labelled blocks (`Citation:`, `Summary:`, `Original
/// Language: English`), then the message with its own caption: one letter, the blocks its source.
#[test]
fn an_archive_portals_labelled_blocks_are_the_source_and_the_caption_under_them_opens_no_second_letter() {
    let c = pages("portal_labels");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(people(l), pair("Vance", "Ostrova"));
    assert_eq!(date(l).as_deref(), Some("1943-09-03"));
    assert_eq!(l.caption(), Some("CONFIDENTIAL MESSAGE FROM AMBASSADOR VANCE TO MINISTER OSTROVA"));
    assert!(l.paragraphs.iter().next().is_some_and(|p| p.starts_with("I have received your report")));
    let source = l.source.as_deref().unwrap_or_default();
    assert!(source.starts_with("Citation: \"Letter from Harold Vance"), "{source}");
    assert!(
        source.contains("Summary: Vance thanks Ostrova") && source.ends_with("Original Language: English"),
        "{source}"
    );
    assert_eq!(cited(l), ["1943-08-27"]);
}

/// Letters to a newspaper under a section title: the title (`LETTERS TO THE EDITOR`) opens none; each is addressed
/// to the editor, an office; `yours, &c., | THOMAS BELL.` signs; one signed letter makes no folder's writer.
#[test]
fn letters_to_an_editor_are_each_signed_and_the_section_title_is_no_letter() {
    let c = pages("newspaper_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Sir,—The lamps");
    assert_eq!(people(first), pair("Ratepayer", "Editor of the Morning Chronicle"));
    assert_eq!(date(first).as_deref(), Some("1842-03-02"));
    let second = by_start(&c, "Sir,—Your correspondent");
    assert_eq!(people(second), pair("Bell", "Editor of the Morning Chronicle"));
    assert_eq!((date(second).as_deref(), second.place()), (Some("1842-03-04"), Some("Holborn")));
    assert_eq!(second.replies_to, None, "his letter is no letter of the addressee's");
}

/// An official letter's address block (`From` / the writer's office / `To` / the addressee's, over lines), as the
/// records of British India print it: offices whose names hold a `to` are no headings; the signature with its
/// office is no heading either; the answer citing `your letter No. 7, dated the 9th instant` links to it; a
/// sentence opening with `From` on its own line is text.
#[test]
fn an_address_block_names_both_offices_and_the_answer_links_back() {
    let c = pages("address_block");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Sir,");
    // Each office's holder signs with the office under his name (`R. HALL, Collector`): he is the writer.
    assert_eq!(people(first), pair("Hall", "Secretary to the Board of Revenue"));
    assert_eq!(&*first.sender.0[0].printed, "Collector of Tanjore (R. HALL, Collector)");
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("7"), Some("1871-06-09")));
    let answer = c.letters.iter().find(|l| l.number.as_deref() == Some("8")).expect("No. 8");
    assert_eq!(people(answer), pair("Price", "Collector of Tanjore"));
    assert_eq!(cited(answer), ["1871-06-09"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    assert!(answer.paragraphs.iter().any(|p| p.starts_with("From the hills the rain")), "nothing is lost");
}

/// A run of letters to one person: `TO THE SAME.` names the addressee of the letter before; datelines written
/// `the 4th of May, 1802`, `May the 20th, 1802` and in figures (`6/23/1802`, read only as it can be read).
#[test]
fn to_the_same_names_the_last_addressee_and_dates_in_words_or_figures_are_read() {
    let c = pages("to_the_same");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "The waters do me no good");
    assert_eq!((people(first), date(first).as_deref()), (pair("Forbes", "Shelby"), Some("1802-05-04")));
    assert_eq!(first.place(), Some("Bath"));
    let same = by_start(&c, "I forgot in my last");
    assert_eq!((people(same), date(same).as_deref()), (pair("Forbes", "Shelby"), Some("1802-05-20")));
    assert_eq!(same.number.as_deref(), Some("13"));
    let brother = by_start(&c, "The carriage is mended");
    assert_eq!((people(brother), date(brother).as_deref()), (pair("Forbes", "Forbes"), Some("1802-06-23")));
    assert_eq!(brother.place(), Some("Camp Hill"));
}

/// Business letters: a letterhead, the date, an inside address over two or three lines (a person or a firm, and
/// its town) above `Dear Sir,` or `Dear Sirs,`, a signature in capitals over the writer's post. The firm is one
/// party; `Sirs` names no one. The answer to the firm `Palmer & Sons Ltd` answers the letter its partner R. Palmer
/// signed: a firm is answered under the name of its house.
#[test]
fn an_inside_address_of_several_lines_names_the_firm_and_the_firms_partner_is_answered_through_it() {
    let c = pages("business_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let asked = by_start(&c, "W. Dodd, Esq.");
    assert_eq!(people(asked), pair("Palmer", "Dodd"));
    let l = by_start(&c, "Messrs. Palmer");
    assert_eq!(people(l), pair("Dodd", "Palmer & Sons Ltd"));
    assert_eq!(date(l).as_deref(), Some("1926-04-12"));
    assert_eq!(l.paragraphs.iter().next(), Some("Messrs. Palmer & Sons Ltd., Hull."), "the address is kept");
    assert_eq!(cited(l), ["1926-04-02"]);
    assert_eq!((l.replies_to, l.reply_basis), (c.find(&asked.id), Some(ReplyBasis::Explicit)));
}

/// The same answer, when the letter of its cited date was signed by another house's partner, links to nothing.
#[test]
fn a_firm_is_not_answered_through_another_house() {
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/business_letters/letters.txt");
    let text = std::fs::read_to_string(page).expect("the test page");
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("letters.txt"), text.replace("R. PALMER", "R. FENWICK")).expect("written");
    let input = letters::model::Input::Paths(vec![dir.path().to_path_buf()]);
    let c = letters::loader::load(&input).expect("the changed page loads");
    let asked = by_start(&c, "W. Dodd, Esq.");
    assert_eq!(people(asked), pair("Fenwick", "Dodd"));
    let l = by_start(&c, "Messrs. Palmer");
    assert_eq!(cited(l), ["1926-04-02"]);
    assert_eq!(l.replies_to, None, "Fenwick is no partner of Palmer & Sons");
}

/// A newspaper prints letters as an editor's extract or copy (`Extract of a letter from A to B, dated Place, Date.`,
/// `Copy of a letter from A to B.`): the heading names both, its `dated` clause is no party.
#[test]
fn an_extract_or_copy_of_a_letter_is_headed_by_its_parties_and_dated_by_its_clause() {
    let c = pages("extracts");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let extract = by_start(&c, "The militia came in slowly");
    assert_eq!((people(extract), date(extract).as_deref()), (pair("Morgan", "Howard"), Some("1781-05-02")));
    let copy = by_start(&c, "Sir,");
    assert_eq!((people(copy), date(copy).as_deref()), (pair("Howard", "Morgan"), Some("1781-05-09")));
    assert_eq!(cited(copy), ["1781-05-02"]);
    assert_eq!((copy.replies_to, copy.reply_basis), (c.find(&extract.id), Some(ReplyBasis::Explicit)));
}

/// A governor addressed by his style (`To His Excellency the Governor of Ohio`, the office without the style), a
/// place line ending in a state's abbreviation (`near Cincinnati, O.`) above a date line without its comma (`June 3
/// 1861`); a title naming no one (`LETTERS OF A COUNTY OFFICER`) gives no writer.
#[test]
fn an_office_addressed_by_its_style_is_the_office_and_the_answer_links_back() {
    let c = pages("governors");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let report = by_start(&c, "Sir,");
    assert_eq!((people(report), date(report).as_deref()), (pair("Cox", "Governor of Ohio"), Some("1861-06-03")));
    let answer = by_start(&c, "Colonel,");
    assert_eq!(people(answer), pair("Dennison", "Cox"), "the governor who signs writes for the office");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));
}

/// Telegrams dated with the year in two figures (`7 June 44`) under a page's year (`1944` alone on its line): the
/// page gives the century; the reply cites the first by its date.
#[test]
fn a_year_in_two_figures_takes_the_century_of_the_pages_year() {
    let c = pages("short_years");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Everything has started well");
    assert_eq!((people(first), date(first).as_deref()), (pair("Prime Minister", "Stalin"), Some("1944-06-07")));
    let reply = by_start(&c, "I have received your message of June 7");
    assert_eq!((date(reply).as_deref(), cited(reply)), (Some("1944-06-11"), vec!["1944-06-07".to_string()]));
    assert_eq!((reply.replies_to, reply.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

/// A letter signed or greeted with a given name alone is the person the page names in full by it: sisters who
/// sign `Harriet` and `Margaret` under headings naming them in full, a typed letter greeting `Dear Arthur:` the
/// writer who signed `Arthur P. Denholm`. An office greeted (`Dear Mr. Mayor`) is no person.
#[test]
fn a_given_name_alone_is_the_person_the_page_names_in_full() {
    let c = pages("given_names");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let bath = by_start(&c, "The rooms here are smaller");
    assert_eq!(people(bath), pair("Hollis", "Hollis"));
    assert_eq!(&*bath.sender.0[0].printed, "Harriet", "the name as signed is kept");
    let kendal = by_start(&c, "Your letter of the 4th");
    assert_eq!((kendal.replies_to, kendal.reply_basis), (c.find(&bath.id), Some(ReplyBasis::Explicit)));
    let asked = by_start(&c, "I write to ask that the question");
    assert_eq!(people(asked), pair("Denholm", "Mayor"));
    let answer = by_start(&c, "I have your letter of June 2nd");
    assert_eq!(people(answer), pair("Pettigrew", "Denholm"));
    assert_eq!(&*answer.recipient.0[0].printed, "Arthur");
    assert_eq!(cited(answer), ["1931-06-02"]);
}

/// A general's or admiral's papers in the modern editors' style: the edition's running number alone over a heading
/// that names only the recipient (`To Arthur Wellesley Pembroke`) or only the writer (`From ...`, undated), a
/// classification or a cable's number under it, then the date line (once in words). Each number opens a letter,
/// even right after the letter before; the cable line is the letter's routing, not its text; a cable cited by its
/// series and number (`Your P-2208 of February 6`) is a reference.
#[test]
fn running_numbers_over_recipient_or_writer_headings_with_cable_lines() {
    let c = pages("papers_cables");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let numbers: Vec<_> = c.letters.iter().map(|l| l.number.as_deref()).collect();
    assert_eq!(numbers, [Some("311"), Some("312"), Some("313"), Some("314")]);
    let first = by_start(&c, "The convoy sailed at dawn");
    assert_eq!(people(first), pair("Trevelyan", "Pembroke"), "the writer is the papers' own");
    assert_eq!((date(first).as_deref(), first.classification.as_deref()), (Some("1917-02-02"), Some("Secret")));
    let second = by_start(&c, "Two of the eleven");
    assert_eq!(second.classification.as_deref(), Some("Cable T-4410. Most secret"));
    let answer = by_start(&c, "Your letter of February 2 arrived");
    assert_eq!(people(answer), pair("Pembroke", "Trevelyan"));
    assert_eq!(date(answer).as_deref(), Some("1917-02-06"));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    // A cable cited by its series and number, in a letter dated in words.
    let last = by_start(&c, "Your P-2208 of February 6");
    assert_eq!(date(last).as_deref(), Some("1917-02-08"));
    assert_eq!(cited(last), ["1917-02-06"]);
    assert_eq!((last.replies_to, last.reply_basis), (c.find(&answer.id), Some(ReplyBasis::Explicit)));
}

/// A collected-works edition: `114. LETTER TO ...` and `115. LETTER FROM ...` under the volume's title, the place
/// in capitals over the date, a line saying what the text was printed from (`From a copy: ...`, the source), and
/// notes numbered in superscript. The reply's heading names only its writer; the note's text is kept whole.
#[test]
fn a_collected_works_volume_with_source_lines_and_superscript_notes() {
    let c = pages("collected_works");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "DEAR SIR HENRY,");
    assert_eq!(people(first), pair("Lorimer", "Balfour"));
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("114"), Some("1912-06-03")));
    assert_eq!(first.source.as_deref(), Some("From a copy: Lorimer Papers 2231"));
    let note = first.footnotes.first().map(|n| (n.label.as_str(), n.text.as_str()));
    assert_eq!(note, Some(("1", "The Board's minute of April 11 had cut the lighting grant by half.")));
    assert!(!first.paragraphs.iter().any(|p| p.contains("From a copy") || p.contains("Board's minute")));
    let reply = by_start(&c, "DEAR MISS LORIMER,");
    assert_eq!(people(reply), pair("Balfour", "Lorimer"));
    assert_eq!(
        (reply.number.as_deref(), reply.source.as_deref()),
        (Some("115"), Some("From the original: Lorimer Papers 2240"))
    );
    assert_eq!((reply.replies_to, reply.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

/// A merchant's letter dated under the signature, then a postscript: the postscript is the letter's, not text
/// after it; the answer cites the letter's closing date.
#[test]
fn a_postscript_under_a_closing_date_line_stays_with_its_letter() {
    let c = pages("postscripts");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Your letter of the 9th");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1767-03-02"), Some("Bristol")));
    assert_eq!(
        first.paragraphs.iter().next_back(),
        Some("P.S. The ship's master asks that the casks be marked before they are sent down to the quay.")
    );
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter")), "{:#?}", c.warnings);
    let answer = by_start(&c, "I have yours of the 2d of March");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

/// A legation's despatches as a blue book prints them: no heading, the addressee named under the signature
/// (`The Earl of Malmesbury, G.C.B.,` / `&c. &c. &c.`, `Arthur Magenis, Esq.`), the answer closed by the cut-short
/// formula `I am, &c.` and signed by the peer with his title's place (`MALMESBURY.`). The address is no signature
/// and no text after the letter; the peer is one person under both names, so the answer links.
#[test]
fn despatches_with_the_addressee_under_the_signature() {
    let c = pages("despatches_below");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let report = by_start(&c, "I have the honour to acknowledge");
    assert_eq!(people(report), pair("Magenis", "Earl of Malmesbury"));
    assert_eq!((report.number.as_deref(), date(report).as_deref()), (Some("31"), Some("1858-04-06")));
    let answer = by_start(&c, "I have received your despatch No. 31");
    assert_eq!(people(answer), pair("Earl of Malmesbury", "Magenis"));
    assert_eq!(&*answer.sender.0[0].printed, "MALMESBURY");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter")), "{:#?}", c.warnings);
}

/// Messages printed from a mail program, as archives of recent correspondence hold them: `From:`, `Sent:` with
/// the hour (`10:15 AM`), `To:` and `Subject:` over the text. Each header block opens a message with its people
/// and date; the answer cites the first by its date.
#[test]
fn messages_printed_from_a_mail_program() {
    let c = pages("mail_printouts");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "The accounts for the spring");
    assert_eq!(people(first), pair("Benn", "Olsen"));
    assert_eq!(date(first).as_deref(), Some("2009-03-03"));
    assert_eq!(first.date_source.as_deref(), Some("metadata line \"Sent: Tuesday, March 3, 2009 10:15 AM\""));
    let answer = by_start(&c, "Thanks for your message of March 3");
    assert_eq!((people(answer), date(answer).as_deref()), (pair("Olsen", "Benn"), Some("2009-03-04")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    assert!(
        !answer.paragraphs.iter().any(|p| p.contains("Sent:") || p.contains("Subject:")),
        "{:?}",
        answer.paragraphs
    );
}

/// An older printing's notes numbered in round brackets under the signature (`(1) The stage ran ...`): they are the
/// letter's notes, kept whole, not text after it. The `(1)` in the text stays as printed.
#[test]
fn notes_numbered_in_round_brackets_under_the_signature_are_kept() {
    let c = pages("notes_in_brackets");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    let notes: Vec<(&str, &str)> = l.footnotes.iter().map(|n| (n.label.as_str(), n.text.as_str())).collect();
    assert_eq!(
        notes,
        [
            ("1", "The stage ran weekly between Hartford and Springfield."),
            ("2", "The orchard is shown on the survey of 1793.")
        ]
    );
    assert!(l.paragraphs.iter().any(|p| p.contains("Hartford stage (1) came up")), "{:?}", l.paragraphs);
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter")), "{:#?}", c.warnings);
}

/// A joint letter whose writers are listed with commas before the `&` or `and` (`Whitby, Carrow & Penhale`,
/// `Whitby, Carrow, and Penhale`): every one of them is a party, on either side; the answer to the three links.
#[test]
fn a_joint_party_listed_with_commas_names_every_person() {
    let c = pages("joint_lists");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let report = by_start(&c, "We have received your letter of the 30th");
    let names = |p: &letters::model::People| p.names().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(names(&report.sender), ["Whitby", "Carrow", "Penhale"]);
    let answer = by_start(&c, "Your letter of the 12th instant");
    assert_eq!(names(&answer.recipient), ["Whitby", "Carrow", "Penhale"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));
}

/// Eighteenth-century short forms: `Dr Sir,` opens a letter under its dateline, the close is written without
/// commas (`I am Dr Sir Yr most obt Servt` / `Jno. Pattison`), and an office is addressed with its style (`To the
/// Honorable the Board of War`): the writer signs, the office is the Board of War.
#[test]
fn short_forms_of_the_eighteenth_century() {
    let c = pages("short_forms");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "I have received your favor of the 30th");
    assert_eq!((first.sender.to_string(), date(first).as_deref()), ("Pattison".to_string(), Some("1780-02-06")));
    assert_eq!(cited(first), ["1780-01-30"]);
    let second = by_start(&c, "The returns of the 6th instant");
    assert_eq!(people(second), pair("Wardlow", "Board of War"));
    assert_eq!(date(second).as_deref(), Some("1780-02-09"));
}

/// A documentary edition's notes on the copy printed under each letter (`RC (MiU-C: Greene Papers); endorsed:
/// ...`, `LbC (Greene Papers).`): each is its letter's source, not text after it.
#[test]
fn an_edition_s_note_on_the_copy_printed_is_the_source() {
    let c = pages("source_notes");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "I have the pleasure to inform you");
    assert_eq!(first.source.as_deref(), Some("RC (MiU-C: Greene Papers); endorsed: \"Col. Lee May 2d. 1781.\""));
    let answer = by_start(&c, "Your letter of the 2d came to hand");
    assert_eq!(answer.source.as_deref(), Some("LbC (Greene Papers)."));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter")), "{:#?}", c.warnings);
}

/// A general's letters dated in the Republican calendar, with the editor's equivalent in ours in round or square
/// brackets (`Toulon, 3 Germinal, Year VI (23 March 1798).`): the bracketed date dates the letter, the place is the
/// line's first word. Before, such a date line opened nothing and the page gave no letter.
#[test]
fn a_date_in_another_calendar_is_dated_by_its_bracketed_equivalent() {
    let c = pages("republican_calendar");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Citizen Minister, the frigates");
    assert_eq!(people(first), pair("Desaix", "Minister of Marine"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1798-03-23"), Some("Toulon")));
    assert_eq!(first.number.as_deref(), Some("812"));
    let second = by_start(&c, "The biscuit you promised");
    assert_eq!(people(second), pair("Desaix", "Laporte"));
    assert_eq!((date(second).as_deref(), second.place()), (Some("1798-03-25"), Some("Toulon")));
}

/// An online edition's heading: the parties by initials or name, then one line of date and place set apart by a
/// bullet with the catalogue number in brackets (`3 and 4 June 1872 • Cambridge, Mass. (HLC 00311)`); a letter
/// written over two days is dated by the first. The answer cites it by weekday (`Your letter of Monday &
/// Tuesday`) and links back. Before, neither letter had a date.
#[test]
fn a_bulleted_line_of_date_and_place_dates_the_letter_under_the_heading() {
    let c = pages("bulleted_datelines");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Cambridge, Monday Night.");
    assert_eq!(people(first), pair("Wdh", "Mead"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1872-06-03"), Some("Cambridge, Mass")));
    let answer = by_start(&c, "Dear Will,");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1872-06-06"), Some("Brattleboro, Vt")));
    assert_eq!(cited(answer), ["1872-06-03"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

/// Official letters cite a letter by the place and date it was dated at (`your letter dated Indore, 14 May
/// 1851`): the date is read past the place, and the link rests on it, not on the thanks alone.
#[test]
fn a_letter_cited_as_dated_at_a_place_is_cited_by_its_date() {
    let c = pages("dated_at_a_place");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = c.letters.iter().find(|l| l.paragraphs.iter().any(|p| p.contains("The survey"))).expect("the report");
    assert_eq!(people(first), pair("Carver", "Ansell"));
    let answer = c.letters.iter().find(|l| l.paragraphs.iter().any(|p| p.contains("laid them"))).expect("the answer");
    assert_eq!(cited(answer), ["1851-05-14"]);
    let evidence = answer.reply_evidence.as_deref().unwrap_or_default();
    assert!(evidence.contains("dated Indore, 14 May 1851"), "the link rests on the dated words: {evidence:?}");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
}

/// An online edition prints its labels between the heading and the salutation (`Source status:`, `Location:`
/// with an inventory number, `Date:` with the editor's reasoning in words): they are the letter's source, so
/// that the inventory number's figures are no footnote marker and the letter opens with its salutation.
#[test]
fn an_editions_labels_under_the_heading_are_the_source_not_the_text() {
    let c = pages("edition_labels");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(people(l), pair("Verloop", "Stam"));
    assert_eq!(date(l).as_deref(), Some("1891-03-03"));
    assert_eq!(l.paragraphs.first(), Some("Dear Stam,"));
    assert_eq!(markers(l), ["1"], "b412 is an inventory number");
    let source = l.source.as_deref().unwrap_or_default();
    assert!(source.contains("Location: Haarlem") && source.contains("Date: Written on the Tuesday"), "{source}");
}

/// A company history prints its typed letters between the historian's paragraphs: a centred letterhead, the
/// firm's `Our ref.` and `Your ref.` lines, the date pushed to the right, an inside address of three lines (the
/// firm, its street by number, its town), `Dear Sirs,`. The reference lines are the letter's file marks and open
/// the next letter even with no letterhead over it. Before, the second and later letters were lost.
#[test]
fn typed_business_letters_with_file_references_and_three_line_addresses() {
    let c = pages("company_history");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let offer = by_start(&c, "Messrs. Oakes & Co.");
    assert_eq!((offer.recipient.to_string(), date(offer).as_deref()), ("Oakes & Co".into(), Some("1924-03-03")));
    assert_eq!(offer.source.as_deref(), Some("Our ref. WD/KP; Your ref. 7/C"));
    assert_eq!(cited(offer), ["1924-02-28"], "your enquiry of the 28th ult.");
    let answer = by_start(&c, "Messrs. Dale & Prior Ltd.");
    assert_eq!(
        (answer.recipient.to_string(), date(answer).as_deref()),
        ("Dale & Prior Ltd".into(), Some("1924-03-10"))
    );
    assert_eq!(answer.source.as_deref(), Some("Our ref. 7/C; Your ref. WD/KP"));
    assert_eq!(cited(answer), ["1924-03-03"]);
    assert!(!answer.paragraphs.iter().any(|p| p.contains("a week in coming")), "the historian's words are no letter's");
}

/// A humanist dates his letter in its last sentence, after the farewell (`Farewell. Tübingen, 4 April 1512.`),
/// perhaps above his name: the place and date date the letter; a date in an earlier sentence (`We met at Worms,
/// 1 May 1510`) does not. The text stays whole.
#[test]
fn a_place_and_date_after_the_farewell_date_the_letter() {
    let c = pages("humanist_farewells");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Your book on the old inscriptions");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1512-04-04"), Some("Tübingen")));
    assert!(first.paragraphs.iter().any(|p| p.ends_with("Farewell. Tübingen, 4 April 1512.")), "the text is kept");
    let second = by_start(&c, "I send the Hebrew grammar");
    assert_eq!(people(second), pair("Reuchel", "Imhof"));
    assert_eq!((date(second).as_deref(), second.place()), (Some("1512-05-18"), Some("Stuttgart")));
}

/// An edition of undated manuscripts dates a letter by its month alone, with the editor's word for the part of
/// it (`early May 1859`, `late June 1859`) on the line under the heading: the letter is not given a day it does
/// not have, but the span of days, shown as the month and read from the line; a year alone spans the year.
#[test]
fn a_month_alone_under_the_heading_gives_the_span_of_days() {
    let c = pages("month_dates");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "Dear Friend,");
    assert_eq!(people(first), pair("Holm", "Wendt"));
    assert_eq!(first.date, None, "no day is printed");
    let span = first.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    assert_eq!(span, Some(("1859-05-01".into(), "1859-05-10".into())));
    assert_eq!(first.date_source.as_deref(), Some("month line \"early May 1859\""));
    let second = by_start(&c, "I have your note");
    assert_eq!(second.date_range().map(|r| r.label()).as_deref(), Some("between 21 and 30 June 1859"));
    assert_eq!(second.paragraphs.len(), 2, "the next letter is not swallowed: {:?}", second.paragraphs);
    let third = by_start(&c, "This has no month");
    assert_eq!(third.date_range().map(|r| r.label()).as_deref(), Some("1859"));
}
