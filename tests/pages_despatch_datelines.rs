//! Despatches dated at their departure and arrival, and the notes of a diplomatic series (tests/pages/<style>/): a
//! telegram's dateline beside its kind and number (`Tel. (No. 31.)      Vienna, D. March 4, 1908, 2·30 P.M.`) over
//! the hour it was received (`R. March 4, 1908, 6·10 P.M.`), dated by its despatch; markers in round brackets
//! glued to a word or its stop (`"frontier."(1)`) with their notes (`(1) [...]`); and a headquarters' dateline with
//! its hour and the hour received in brackets at the head of a page (`HEADQUARTERS ...,` / `Murfreesborough, Tenn.,
//! January 5, 1863—9 p.m.` / `(Received 11.40 p.m.)`).

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_telegram_is_dated_by_its_despatch_not_its_receipt_and_its_notes_are_found() {
    let c = pages("despatch_received_times");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let tel = by_start(&c, "Baron von Aehrenthal told me");
    assert_eq!(people(tel), pair("Goschen", "Grey"));
    assert_eq!(
        (date(tel).as_deref(), tel.place()),
        (Some("1908-03-04"), Some("Vienna")),
        "`D. March 4, 1908, 2·30 P.M.`"
    );
    assert_eq!(tel.classification.as_deref(), Some("Tel. (No. 31.)"));
    assert!(tel.paragraphs.iter().all(|p| !p.contains("1908") && !p.contains("Tel.")), "{:?}", tel.paragraphs);
    assert_eq!(markers(tel), ["1"], "`\"frontier.\"(1)`");
    assert_eq!(notes(tel), ["[The word had been used in the Russian note of February 28.]"]);
    assert!(tel.paragraphs[0].contains("\"frontier.\" He then"), "{:?}", tel.paragraphs);

    let answer = by_start(&c, "I have received your telegram No. 31");
    assert_eq!(people(answer), pair("Grey", "Goschen"));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1908-03-09"), Some("Foreign Office")));
    assert_eq!(answer.classification.as_deref(), Some("(No. 77.) Secret"));
    assert_eq!(markers(answer), ["1", "2"]);
    assert_eq!(notes(answer), ["[v. No. 45.]", "[The Porte's answer is printed as No. 48.]"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&tel.id), Some(ReplyBasis::Explicit)));

    let third = by_start(&c, "IN reply to your despatch No. 77");
    assert_eq!(date(third).as_deref(), Some("1908-03-12"));
    assert!(markers(third).is_empty(), "`that (1) the scheme`: figures in brackets after a space are no markers");
    assert!(third.paragraphs.iter().any(|p| p.contains("that (1) the scheme")), "{:?}", third.paragraphs);
    assert_eq!((third.replies_to, third.reply_basis), (c.find(&answer.id), Some(ReplyBasis::Explicit)));
}

#[test]
fn a_secret_telegram_from_paris_and_the_dateline_beside_the_salutation() {
    let c = pages("despatch_received_paris");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let tel = by_start(&c, "M. Pichon told me");
    assert_eq!((date(tel).as_deref(), tel.place()), (Some("1908-01-14"), Some("Paris")));
    assert_eq!(tel.classification.as_deref(), Some("Tel. (No. 5.) Secret"));
    assert_eq!(markers(tel), ["1", "2"], "`treaty,(1)`, `met.(2)`");
    assert_eq!(notes(tel).len(), 2);
    let answer = by_start(&c, "I have received your telegram No. 5");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1908-01-16"), Some("Foreign Office")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&tel.id), Some(ReplyBasis::Explicit)));
}

#[test]
fn a_headquarters_dateline_with_its_hours_at_the_head_of_the_page() {
    for (style, start, day, received) in [
        ("headquarters_first", "The enemy has fallen back", "1863-01-05", "(Received 11.40 p.m.)"),
        ("headquarters_first_east", "The river is falling", "1863-02-10", "(Received 12.15 p.m.)"),
    ] {
        let c = pages(style);
        assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
        let first = by_start(&c, start);
        assert_eq!(date(first).as_deref(), Some(day), "{style}");
        assert_eq!(first.recipient.to_string(), "Halleck");
        assert_eq!(first.classification.as_deref(), Some(received), "the hour received is its routing, no text");
        let answer = c.letters.iter().find(|l| l.id != first.id).expect("the answer");
        assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)), "{style}");
        let orphans: Vec<&str> =
            c.warnings.iter().map(|w| w.message.as_str()).filter(|m| m.contains("no letter")).collect();
        assert!(orphans.is_empty(), "no text before the first letter: {style}: {orphans:?}");
    }
}
