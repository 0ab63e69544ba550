//! Pages in more editions' styles (tests/pages/<style>/): German letters copied from an online edition, a
//! library's transcribed family letters under item headings, a president's collected works, letters between a
//! sovereign and a minister headed by titles, letters to a newspaper's editor on an issue's page.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn german_letters_under_an_headings_with_starred_notes_and_printed_page_numbers() {
    let c = pages("german_letters");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    // `Gotha, Ende April 1791.`: the part of a month in German words gives the days it spans, never a day.
    let boxes = by_start(&c, "Die Kisten mit den Büchern");
    assert_eq!(people(boxes), pair("Vollmer", "Brandau"));
    assert_eq!(date(boxes), None);
    let span = boxes.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    assert_eq!(span, Some(("1791-04-21".to_string(), "1791-04-30".to_string())));
    let first = by_start(&c, "Endlich kann ich Ihnen melden");
    assert_eq!(people(first), pair("Brandau", "Vollmer"), "`Brandau an Vollmer.`");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1791-03-09"), Some("Erfurt")), "`Erfurt den 9. März`");
    assert_eq!(
        (markers(first), notes(first)),
        (vec!["*"], vec!["Die Abschrift der Chronik, von der im vorigen Briefe die Rede war."])
    );
    assert!(
        first.paragraphs.iter().all(|p| !p.contains("Abschrift)")),
        "the star's bracket is the marker's: {:?}",
        first.paragraphs
    );
    let answer = by_start(&c, "Ihr Brief vom 9. d. M.");
    assert_eq!(people(answer), pair("Vollmer", "Brandau"));
    assert_eq!(
        (date(answer).as_deref(), answer.place()),
        (Some("1791-03-17"), Some("Gotha")),
        "`Gotha, d. 17ten März 1791.`"
    );
    assert_eq!(cited(answer), ["1791-03-09"], "`d. M.`: this month");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find("briefwechsel/1"), Some(ReplyBasis::Explicit)));
    assert_eq!(markers(answer), ["**"]);
    assert_eq!(notes(answer), ["Am 15. März, mit der fahrenden Post."]);
    assert!(!answer.paragraphs.iter().any(|p| p.contains("[13]")), "a printed page number is no paragraph");
    assert_eq!(answer.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["13"]);
    let third = by_start(&c, "Ihr Schreiben vom 17. März");
    assert_eq!(people(third), pair("Brandau", "Vollmer"), "`Von Brandau an Vollmer`");
    assert_eq!(date(third).as_deref(), Some("1791-04-02"), "`Erfurt, 2. Apr. 1791`");
    assert_eq!(cited(third), ["1791-03-17"]);
    assert_eq!(third.replies_to, c.find("briefwechsel/2"));
}

#[test]
fn a_german_introduction_naming_two_people_and_an_english_line_with_an_are_no_letters() {
    let c = pages("german_prose");
    assert!(c.letters.is_empty(), "{:#?}", summary(&c));
}

#[test]
fn a_librarys_transcribed_family_letters_under_item_headings_between_rules() {
    let c = pages("library_items");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "i seat myself this evening");
    let printed = |p: &letters::model::People| p.0.iter().map(|x| x.printed.to_string()).collect::<Vec<_>>();
    assert_eq!(
        (printed(&first.sender), printed(&first.recipient)),
        (vec!["Samuel Pryor".to_string()], vec!["Hannah Pryor".to_string()])
    );
    assert_eq!(first.number.as_deref(), Some("12"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1863-10-14"), Some("Camp near Culpeper, Va.")));
    assert_eq!(cited(first), ["1863-10-02"], "`yours of the 2nd came to hand`");
    assert_eq!(first.replies_to, None, "the letter of the 2nd is not on the page");
    assert_eq!(
        (markers(first), notes(first)),
        (vec!["*"], vec!["The regiment had crossed the Rapidan on the 9th. [Transcriber's note]"])
    );
    assert!(!first.paragraphs.iter().any(|p| p.contains("-----")), "{:?}", first.paragraphs);
    let mother = by_start(&c, "we received your letter of the 14th");
    assert_eq!(printed(&mother.sender), ["Hannah Pryor"]);
    assert_eq!(date(mother).as_deref(), Some("1863-10-25"));
    assert_eq!((mother.replies_to, mother.reply_basis), (c.find("pryor_family/1"), Some(ReplyBasis::Explicit)));
    let undated = by_start(&c, "i received your kind letter");
    assert_eq!((date(undated), undated.number.as_deref()), (None, Some("14")), "`undated`");
    let father = by_start(&c, "i take my pen to answer");
    assert_eq!(printed(&father.recipient), ["Josiah Pryor"]);
    assert_eq!(date(father).as_deref(), Some("1863-11-30"));
    assert_eq!(cited(father), ["1863-11-20"]);
    assert_eq!(
        father.replies_to, None,
        "the undated letter before it went from the writer to his mother, not from his father: one surname is not one person"
    );
}

#[test]
fn collected_works_with_the_date_set_apart_beside_a_salutation_or_an_addressee_and_notes_after_each_letter() {
    let c = pages("collected_works_gapped");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "Dear Wendell:");
    assert_eq!(people(first), pair("Halloran", "Wendell"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1858-05-12"), Some("Riverton")));
    assert_eq!(
        (markers(first), notes(first)),
        (vec!["1"], vec!["ALS, private collection. Wendell was a lawyer at Marion."])
    );
    let fairbank = by_start(&c, "Friend Fairbank:  Yours of the 27th");
    assert_eq!(people(fairbank), pair("Halloran", "Fairbank"));
    assert_eq!(date(fairbank).as_deref(), Some("1858-06-02"), "the date alone far to the right");
    assert_eq!(cited(fairbank), ["1858-05-27"]);
    let third = by_start(&c, "Hon. J. K. Wendell");
    assert_eq!(people(third), pair("Halloran", "Wendell"), "a letter of its own, not the end of the one before");
    assert_eq!(
        (date(third).as_deref(), third.place()),
        (Some("1858-06-09"), Some("Riverton")),
        "the addressee is no place"
    );
    assert_eq!(notes(third), ["ALS, private collection."]);
    let answer = by_start(&c, "Your letter of the 9th came");
    assert_eq!(people(answer), pair("Wendell", "Halloran"));
    assert_eq!(cited(answer), ["1858-06-09"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find("volume_two/3"), Some(ReplyBasis::Explicit)));
}

#[test]
fn the_queen_is_the_one_queen_the_page_names_so_an_answer_to_her_letter_links() {
    let c = pages("sovereign_titles");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let riots = by_start(&c, "The Queen has read");
    assert_eq!(people(riots), pair("Charlotte", "Ashcombe"), "`The Queen` on a page naming `Queen Charlotte` alone");
    assert_eq!(riots.sender.0[0].printed.as_ref(), "The Queen", "printed as the heading prints it");
    let answer = by_start(&c, "Lord Ashcombe presents");
    assert_eq!(people(answer), pair("Ashcombe", "Charlotte"));
    assert_eq!(cited(answer), ["1839-03-03"], "`your Majesty's letter of yesterday`");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find("court_letters/1"), Some(ReplyBasis::Explicit)));
}

#[test]
fn with_two_queens_on_the_page_the_queen_stays_as_printed_and_links_to_neither() {
    let c = pages("sovereign_titles_two");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    assert_eq!(people(by_start(&c, "The Queen wishes")), pair("Queen", "Ashcombe"));
    let answer = by_start(&c, "Lord Ashcombe presents");
    assert_eq!(people(answer), pair("Ashcombe", "Charlotte"));
    assert_eq!(answer.replies_to, None, "which queen wrote yesterday the page does not say");
}

/// Letters to a newspaper's editor on an archive page of one issue (`THE DAILY COURIER, THURSDAY, MARCH 7, 1889.`):
/// each is dated by the place-and-day line under its signature, in the year of the issue, or the year before when
/// the day would come after the issue's (`Dec. 28.`); the site's `Category: Letters to the Editor` is no letter.
#[test]
fn letters_to_a_newspaper_take_their_year_from_the_issue() {
    let c = pages("newspaper_issue");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let bridge = by_start(&c, "Sir,—The plans for the new bridge");
    assert_eq!(people(bridge), pair("Mason", "Editor of the Courier"));
    assert_eq!((date(bridge).as_deref(), bridge.place()), (Some("1889-03-05"), Some("Eaton Square")));
    assert!(bridge.date_source.as_deref().is_some_and(|s| s.contains("1889-03-07")), "{:?}", bridge.date_source);
    let railings = by_start(&c, "Sir,—Mr. Mason's letter of Tuesday");
    assert_eq!(railings.sender.to_string(), "Ratepayer");
    assert_eq!(date(railings).as_deref(), Some("1889-03-06"));
    let mill = by_start(&c, "Sir,—Your correspondent who asks");
    assert_eq!(date(mill).as_deref(), Some("1888-12-28"), "a December day in a March issue: the year before");
}
