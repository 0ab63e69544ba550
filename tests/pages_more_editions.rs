//! Pages of a later FRUS volume as its website prints them (tests/pages/frus_modern/): each document's title is
//! numbered and names its kind (`31. Telegram From the Department of State to the Embassy in the Soviet
//! Union1`), telegrams open with their own number and cite each other as `Deptel`/`Embtel`, a memorandum
//! carries a `SUBJECT` block, and an editorial note is no letter. Also headings of other editions read on the
//! way: a collected-works volume's two-line capitals, an artist's letters with place and date after a full stop,
//! a printed volume's notes numbered by a space, a two-way correspondence's series codes (`R-115`),
//! and a memoir's letter addressed to an office.

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
    assert_eq!(people(memo), pair("Rusk", "Kennedy"), "`Secretary of State Rusk`: the title before the holder");
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

/// A collected-works volume prints its headings in capitals over two lines, the second saying where the
/// addressee was (`ENGELS TO MARX` / `IN LONDON`).
#[test]
fn a_second_heading_line_naming_where_the_addressee_was_belongs_to_the_heading() {
    let c = pages("collected_caps");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let engels = by_start(&c, "Dear Moor,");
    assert_eq!(people(engels), pair("Engels", "Marx"));
    assert_eq!(engels.heading, "ENGELS TO MARX IN LONDON");
    assert_eq!((date(engels).as_deref(), engels.place()), (Some("1868-05-06"), Some("Manchester")));
    let marx = by_start(&c, "Dear Fred,");
    assert_eq!(people(marx), pair("Marx", "Engels"));
    assert_eq!((date(marx).as_deref(), marx.place()), (Some("1868-05-07"), Some("London")));
    assert!(!c.letters.iter().any(|l| l.paragraphs.iter().any(|p| p == "IN LONDON" || p == "IN MANCHESTER")));
}

/// An artist's letters numbered by the edition (the number alone on the line above the heading), each heading
/// naming the recipient, then after a full stop the place, the weekday and the date.
#[test]
fn a_heading_with_place_weekday_and_date_after_a_full_stop() {
    let c = pages("numbered_art_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "My dear Theo,");
    assert_eq!(first.recipient.to_string(), "van Gogh");
    assert_eq!(date(first).as_deref(), Some("1888-07-08"));
    assert_eq!(cited(first), ["1888-07-05"]);
    let second = c.letters.iter().find(|l| l.date.map(|d| d.to_string()).as_deref() == Some("1888-07-10"));
    assert_eq!(second.map(|l| l.recipient.to_string()).as_deref(), Some("van Gogh"), "{:#?}", summary(&c));
    let numbers: Vec<_> = c.letters.iter().map(|l| l.number.as_deref()).collect();
    assert_eq!(numbers, [Some("641"), Some("642")], "the edition's numbers, no text outside a letter");
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter")), "{:#?}", c.warnings);
}

/// The same FRUS documents as a printed volume sets them: blank lines between parts, and notes numbered with a
/// space only (`1 Source: ...`), read as notes because the letter has those markers.
#[test]
fn a_printed_volumes_notes_numbered_by_a_space_are_read_where_their_markers_wait() {
    let c = pages("frus_modern_volume");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let embassy = by_start(&c, "2917. Reference");
    assert_eq!(markers(embassy), ["1", "2"]);
    assert_eq!(notes(embassy)[1], "No reply was received before June 10.");
    assert!(notes(embassy)[0].starts_with("Source: Department of State, Central Files"));
    assert_eq!(embassy.replies_to, c.find("frus_1961_berlin/1"));
    let answer = by_start(&c, "2110. Embtel 2917");
    assert_eq!(cited(answer), ["1961-06-04"]);
    assert_eq!(answer.replies_to, c.find("frus_1961_berlin/2"));
    assert!(c.warnings.iter().all(|w| !w.message.contains("has no footnote text")), "{:#?}", c.warnings);
}

/// A two-way correspondence numbering each writer's letters in a series of its own (`R-115`, `C-46`) above the
/// date line, under headings that name both parties alone and how the message went (`, via U.S. Navy code`).
#[test]
fn series_codes_above_a_date_line_number_letters_whose_bare_headings_name_both_parties() {
    let c = pages("numbered_series");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let r = by_start(&c, "I have given much thought");
    assert_eq!(people(r), pair("Roosevelt", "Churchill"));
    assert_eq!((r.number.as_deref(), date(r).as_deref()), (Some("R-115"), Some("1942-03-09")));
    let ch = by_start(&c, "Thank you for your message of March 9");
    assert_eq!(people(ch), pair("Churchill", "Roosevelt"));
    assert_eq!((ch.number.as_deref(), markers(ch), notes(ch)), (Some("C-46"), vec!["1"], vec!["R-115."]));
    assert_eq!((ch.replies_to, ch.reply_basis), (c.find("kimball_1942/1"), Some(ReplyBasis::Explicit)));
}

/// A memoir quoting two letters: the second is addressed to an office by an inside address (`The President:`),
/// which names its recipient as the office; the first has no office, so the reply cannot be matched to it.
#[test]
fn an_inside_address_to_an_office_names_the_recipient() {
    let c = pages("memoir_office");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let lincoln = by_start(&c, "Not expecting to see you");
    assert_eq!(people(lincoln), pair("Lincoln", "Grant"));
    let grant = by_start(&c, "Your very kind letter of yesterday");
    assert_eq!(people(grant), pair("Grant", "President"));
    assert_eq!(cited(grant), ["1864-04-30"]);
    assert_eq!(grant.replies_to, None, "nothing on the page says Lincoln is the President");
}
