//! An editor's statement of the letter a letter answers, where the letter itself cites no date.
//!
//! A family papers edition (verney_family_1642): a number over a heading of writer and addressee, the manuscript in
//! brackets, a headnote (`This is plainly an answer to the preceding letter.`), the date, the text, the close and
//! signature set right. A web edition of a movement's letters (oxford_letters_1833): `Letter 2. X to Y`, then the
//! editor's bracketed line `(Reply to Letter 1)` above the dateline.
//!
//! The link is made only to the letter named (the one printed just before, or the one of that number before it in
//! the file), only when that letter was written by this one's addressee to its writer, and never when the editor
//! denies it (`No reply to the preceding letter is known.`).

mod pages_support;

use letters::model::ReplyBasis;
use pages_support::{by_start, date, pages, pair, people, summary};

#[test]
fn a_headnote_saying_the_letter_answers_the_preceding_one_links_them() {
    let c = pages("editor_answers");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let first = by_start(&c, "Written two days before");
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("41"), Some("1642-10-21")));
    let answer = by_start(&c, "This is plainly an answer");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Edition)));
    assert_eq!(answer.reply_evidence.as_deref(), Some("the editor: ‘answer to the preceding’"));
    let wife = by_start(&c, "No reply to the preceding letter");
    assert_eq!(wife.replies_to, None, "the editor denies a reply");
}

#[test]
fn a_bracketed_line_naming_the_letter_answered_by_its_number_links_only_when_the_parties_fit() {
    let c = pages("editor_answers");
    let numbered = |n: &str| {
        let found = c.letters.iter().find(|l| l.file.contains("oxford") && l.number.as_deref() == Some(n));
        found.unwrap_or_else(|| panic!("no letter {n}: {:#?}", summary(&c)))
    };
    let (keble, newman, froude) = (numbered("1"), numbered("2"), numbered("3"));
    assert_eq!((people(keble), date(keble).as_deref()), (pair("Keble", "Newman"), Some("1833-03-03")));
    // `(Reply to Letter 1)` is the editor's, not the letter's: it opens no letter and is no text of it.
    assert_eq!((people(newman), date(newman).as_deref()), (pair("Newman", "Keble"), Some("1833-03-06")));
    assert_eq!(newman.paragraphs.iter().next(), Some("My dear Keble,"));
    assert_eq!((newman.replies_to, newman.reply_basis), (c.find(&keble.id), Some(ReplyBasis::Edition)));
    assert_eq!(newman.reply_evidence.as_deref(), Some("the editor: ‘Reply to Letter 1’"));
    // Froude answers no letter of Keble's to him: the editor's number names a letter of other parties.
    assert_eq!((people(froude), froude.replies_to), (pair("Froude", "Newman"), None));
}
