//! Editions whose letters are found by their frame: a national foreign-policy edition's web pages
//! (tests/pages/foreign_policy_web_edition/: each document under its number and archive reference, `No. 210 NA EXT
//! 41/7`, a heading naming the kind of document, its writer and its recipient with the place of his post in brackets,
//! `Letter from ... to Aidan Colquhoun (Berne)`, a classification in brackets under it, the site's tools between
//! documents), FRUS-style holders in brackets (bracketed_holders/), and a German exchange whose reply is dated only
//! to the end of a month (german_month_dated/) or numbered over headings of their own (german_numbered_undated/).

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_heading_names_the_writer_and_the_recipient_at_his_post_not_the_post() {
    let c = pages("foreign_policy_web_edition");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "Dear Colquhoun,");
    // `Aidan Colquhoun (Berne)`: the recipient is the person, Berne the place of his post.
    assert_eq!(people(first), pair("Farrow", "Colquhoun"));
    assert_eq!(date(first).as_deref(), Some("1938-05-04"));
    // The number and the archive's reference over the heading are the document's; `(Confidential)` under it is
    // its classification, not its text, and does not split the letter from its dateline.
    assert_eq!(first.number.as_deref(), Some("210"));
    assert_eq!(first.source.as_deref(), Some("NA EXT 41/7"));
    assert_eq!(first.classification.as_deref(), Some("Confidential"));
    assert!(
        first.paragraphs.iter().all(|p| !p.contains("Confidential") && !p.contains("Print")),
        "{:?}",
        first.paragraphs
    );
    assert_eq!((markers(first), notes(first).len()), (vec!["1"], 1));
    let answer = by_start(&c, "Dear Farrow,");
    assert_eq!(people(answer), pair("Colquhoun", "Farrow"));
    assert_eq!(answer.classification.as_deref(), Some("Secret"));
    assert_eq!(cited(answer), ["1938-05-04"]);
    assert_eq!(answer.replies_to.map(|ix| c.letters[ix].id.as_str()), Some(first.id.as_str()));
}

#[test]
fn a_report_without_greeting_is_a_letter_and_yours_of_the_9th_is_answered() {
    let c = pages("foreign_policy_web_edition");
    // `Confidential report from Moira T. Lennon to ...`: a kind of document with its classification before it.
    let report = by_start(&c, "I called at the Board of Trade");
    assert_eq!(people(report), pair("Lennon", "Farrow"));
    assert_eq!((date(report).as_deref(), report.number.as_deref()), (Some("1938-05-12"), Some("212")));
    assert_eq!(report.source.as_deref(), Some("NA EXT Secretary's Files P4"));
    let last = c.letters.last().expect("four letters");
    assert_eq!(people(last), pair("Farrow", "Colquhoun"));
    let answered = by_start(&c, "Dear Farrow,");
    assert_eq!(last.replies_to.map(|ix| c.letters[ix].id.as_str()), Some(answered.id.as_str()));
    assert!(matches!(last.reply_basis, Some(ReplyBasis::Explicit)), "{:?}", last.reply_basis);
}

#[test]
fn an_office_s_holder_in_brackets_is_still_the_person() {
    // FRUS brackets the holder after an office, one capitalised word as a post would be: the person is the holder.
    let c = pages("bracketed_holders");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    assert_eq!(people(&c.letters[0]), pair("Farrow", "Secretary of State"));
    assert_eq!(people(&c.letters[1]), pair("Secretary of State", "Farrow"));
    // Men at their posts, each surname after an initial though it names an office too (`Clerk`, `Bishop`).
    assert_eq!(people(&c.letters[2]), pair("Warden", "Clerk, Bishop"));
}

#[test]
fn a_letter_dated_to_the_end_of_a_month_answers_the_day_it_names_in_that_month() {
    // `[Leipzig, Ende Mai 1861.]`: only the last days of May are known; `vom 9.` in it is the 9th of May.
    let c = pages("german_month_dated");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let answer = by_start(&c, "Auf Ihren Brief vom 9.");
    assert_eq!(people(answer), pair("Haberkorn", "Lindner"));
    assert_eq!(answer.date, None);
    let range = answer.date_range().expect("the end of May");
    assert_eq!((range.start.to_string(), range.end.to_string()), ("1861-05-21".into(), "1861-05-31".into()));
    // `Vom 1. an` counts days from the first: no letter's date.
    assert_eq!(cited(answer), ["1861-05-09"]);
    let asked = by_start(&c, "Die Abschrift der Gedichte");
    assert_eq!(answer.replies_to.map(|ix| c.letters[ix].id.as_str()), Some(asked.id.as_str()));
}

#[test]
fn a_number_over_a_heading_of_its_own_opens_a_letter_whose_text_comes_at_once() {
    // `8.` / `Hagedorn an Körner.` / the text, its date at the end: the number and the heading open the letter,
    // under the notes of the letter before.
    let c = pages("german_numbered_undated");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let second = by_start(&c, "Die Abschrift ist gekommen");
    assert_eq!(people(second), pair("Hagedorn", "Körner"));
    assert_eq!((second.number.as_deref(), date(second).as_deref()), (Some("8"), Some("1802-03-09")));
    assert_eq!(notes(&c.letters[0]).len(), 1, "the note stays with the letter before");
}
