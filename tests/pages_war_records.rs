//! Official war records in the style of the American Civil War's (tests/pages/<style>/): a headquarters line in
//! capitals over the dateline, the addressee over two lines ending in a colon (the office perhaps with its seat,
//! `President of the Confederate States, Richmond, Va.:`), the salutation run into the first paragraph with a colon
//! (`Mr. SECRETARY: I have the honor ...`, `GENERAL: Your dispatch ...`), `(Received 10 a.m.)` under the dateline,
//! the signature with the rank below; between documents an editor's line of spaced stars, a section head in
//! capitals (`CONFEDERATE CORRESPONDENCE, ETC.`) and the pages' running heads (`930   N. C., VA., ...   [CHAP.
//! XXXIX.`).

mod pages_support;
use letters::model::{Letter, ReplyBasis};
use pages_support::*;

fn pages_of(l: &Letter) -> Vec<&str> {
    l.pages.iter().map(|p| p.page.as_str()).collect()
}

/// The text after the salutation: the salutation is a paragraph of its own, the text starts after its colon.
fn salutation_then(l: &Letter, salutation: &str, text: &str) {
    let mut p = l.paragraphs.iter();
    assert_eq!(p.next(), Some(salutation), "{:?}", l.paragraphs);
    assert!(p.next().is_some_and(|p| p.starts_with(text)), "{:?}", l.paragraphs);
}

#[test]
fn salutations_run_into_the_text_a_receipt_time_and_a_letter_after_a_section_head() {
    let c = pages("war_records");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let report = by_start(&c, "Mr. SECRETARY:");
    salutation_then(report, "Mr. SECRETARY:", "I have the honor to report the return");
    assert_eq!(people(report), pair("Pleasonton", "Stanton"));
    assert_eq!(date(report).as_deref(), Some("1863-05-10"));

    let answer = by_start(&c, "Your dispatch of the 10th");
    salutation_then(answer, "GENERAL:", "Your dispatch of the 10th is received.");
    assert_eq!(people(answer), pair("Stanton", "Pleasonton"));
    assert_eq!(date(answer).as_deref(), Some("1863-05-11"));
    assert_eq!(answer.classification.as_deref(), Some("(Received 4.30 p.m.)"), "the receipt time, no text");
    assert!(answer.paragraphs.iter().all(|p| !p.contains("Received")), "{:?}", answer.paragraphs);
    assert_eq!(cited(answer), ["1863-05-10"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));

    // After the stars, the section head and with the page's running head inside: found, addressed to the
    // President at his seat.
    let lee = by_start(&c, "Mr. PRESIDENT:");
    salutation_then(lee, "Mr. PRESIDENT:", "The enemy's cavalry has returned");
    assert_eq!(people(lee), pair("Lee", "Davis"));
    assert_eq!(lee.recipient.0[0].printed.as_ref(), "His Excellency JEFFERSON DAVIS");
    assert_eq!(
        (date(lee).as_deref(), lee.place()),
        (Some("1863-05-12"), Some("HEADQUARTERS ARMY OF NORTHERN VIRGINIA"))
    );
    assert_eq!(pages_of(lee), ["930"], "the running head is the page's");
    assert!(lee.paragraphs.iter().all(|p| !p.contains("CHAP.")), "{:?}", lee.paragraphs);
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("CORRESPONDENCE") && !p.starts_with('*'))),
        "the section head and the stars are the editor's: {:#?}",
        summary(&c)
    );
}

#[test]
fn the_union_side_with_the_seat_in_the_addressee_block_and_the_facing_pages_running_heads() {
    let c = pages("war_records_union");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let meade = by_start(&c, "GENERAL:");
    salutation_then(meade, "GENERAL:", "The army crossed the Rapidan");
    assert_eq!(people(meade), pair("Meade", "Halleck"), "`General-in-Chief, Washington, D. C.:`");
    assert_eq!(date(meade).as_deref(), Some("1863-11-27"));
    assert_eq!(meade.classification.as_deref(), Some("(Received 9.15 a.m.)"));
    let halleck = by_start(&c, "Your dispatch of this morning");
    assert_eq!(people(halleck), pair("Halleck", "Meade"));
    assert_eq!((halleck.replies_to, halleck.reply_basis), (c.find(&meade.id), Some(ReplyBasis::Explicit)));
    let french = by_start(&c, "SIR:");
    salutation_then(french, "SIR:", "I have the honor to report that my corps");
    assert_eq!(people(french), pair("French", "Williams"));
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("CHAP.") && !p.contains("CORRESPONDENCE"))),
        "{:#?}",
        summary(&c)
    );
}
