//! What opens a letter in styles the parser had not met (written for the tests, tests/pages/): official records'
//! numbered paragraph headings (`From ..., to the Secretary to the Government of .... Dated ...`), wrapped or not,
//! whose offices carry their own `to`.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn official_records_open_a_letter_at_each_numbered_from_to_heading_with_its_dated_clause() {
    let c = pages("records_paragraph");
    // The title, the section's title and the editor's note (`From the Collector's office to the Government ...`)
    // are no letters.
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "I have the honour to submit");
    assert_eq!(people(first), pair("Ellison", "Chief Secretary to the Government of Madras"));
    assert_eq!(&*first.recipient.0[0].printed, "the Chief Secretary to the Government of Madras");
    assert_eq!((date(first).as_deref(), first.number.as_deref()), (Some("1861-03-04"), Some("12")));
    assert_eq!(first.paragraphs.iter().next(), Some("Sir,"));
    // Wrapped over three lines: the office writes, the Conservator is addressed; the place is the Dated clause's.
    let answer = by_start(&c, "In reply to your letter");
    assert_eq!(people(answer), pair("Chief Secretary to the Government of Madras", "Ellison"));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1861-03-19"), Some("Fort St. George")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    // An office named with its article; the letter's own number (`No. 41`) gives way to the edition's.
    let third = by_start(&c, "The enlarged nurseries");
    assert_eq!(people(third), pair("Cavell", "Conservator of Forests"));
    assert_eq!((date(third).as_deref(), third.place()), (Some("1861-04-02"), Some("Yellapur")));
    assert_eq!(third.number.as_deref(), Some("14"));
}
