//! Printed collected editions of seventeenth- and eighteenth-century correspondence (tests/pages/<style>/): numbered
//! headings naming both parties in capitals (`188. MERROW TO QUARLES.`) with running heads that repeat them, initials
//! signed with a colon, months cut short with a colon (`Oct: 5. 1671.`), a translated reformers' edition (editions
//! cited under the heading, the editor's approximate dates, commentary between letters), an edition headed by the
//! recipient alone under a running title, a bookseller's exchange with a poet acknowledging letters undated, and a
//! papers edition's letters to and from its man (`To Nathan Gaither` / `From Nathan Gaither`, `ALS, DLC ...`), and
//! a correspondent headed by his initials alone (`JOHN WRAXALL TO P. V. H.`), and headings dated in short before
//! the addressee (`58. F. 3 Mar. '69. Mrs. Hartley.`), and an edition that prints the copy's source on a line of
//! its own under each heading (`Fitzwilliam MSS (Sheffield)`).

mod pages_support;
use letters::model::{Letter, ReplyBasis};
use pages_support::*;

fn pages_of(l: &Letter) -> Vec<&str> {
    l.pages.iter().map(|p| p.page.as_str()).collect()
}

fn range(l: &Letter) -> Option<(String, String)> {
    l.date_range().map(|r| (r.start.to_string(), r.end.to_string()))
}

#[test]
fn numbered_pair_headings_in_capitals_with_running_heads_and_initials_with_a_colon() {
    let c = pages("numbered_pair_headings");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "I have at last procured");
    assert_eq!(people(first), pair("Merrow", "Quarles"), "`188. MERROW TO QUARLES.`");
    assert_eq!(basis(first), ["heading"]);
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("188"), Some("1667-03-03")));
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["The grinder was Thomas Ashworth of Long Acre."]));

    let answer = by_start(&c, "I received yours of the 3rd");
    assert_eq!(people(answer), pair("Quarles", "Merrow"), "`TO MERROW AT LONDON`: London is where he was");
    assert_eq!(answer.recipient.0[0].printed.as_ref(), "MERROW");
    assert_eq!((answer.number.as_deref(), date(answer).as_deref()), (Some("189"), Some("1667-03-11")));
    assert_eq!(cited(answer), ["1667-03-03"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find("merrow_quarles/1"), Some(ReplyBasis::Explicit)));
    // The running head `214   QUARLES TO MERROW   [1667` is the page's, no heading and no text.
    assert_eq!(pages_of(answer), ["214"]);
    assert!(answer.paragraphs.iter().all(|p| !p.contains("QUARLES TO MERROW")), "{:?}", answer.paragraphs);
    assert!(answer.paragraphs.iter().any(|p| p.starts_with("I have tried it upon the moon")));
    assert!(answer.paragraphs.iter().next_back().is_some_and(|p| p.ends_with("S Q:")), "the initials sign it");

    let third = by_start(&c, "The Society heard your account");
    assert_eq!(people(third), pair("Merrow", "Quarles"), "`190. MR. MERROW TO MR. QUARLES.`");
    assert_eq!((third.number.as_deref(), date(third).as_deref()), (Some("190"), Some("1667-04-02")));
    assert_eq!(pages_of(third), ["215"], "`[1667   MR. MERROW TO MR. QUARLES   215`");
    assert_eq!(markers(third), ["1"]);
    assert_eq!(notes(third), ["Merrow to Quarles, 3 March, above."], "a note citing a letter opens none");
    assert!(c.letters.iter().all(|l| !l.paragraphs.is_empty()), "`N. M:` opens no letter of its own");
    let same = by_start(&c, "I forgot in my last");
    assert_eq!(people(same), pair("Merrow", "Quarles"), "`191. THE SAME TO THE SAME.`: as the letter before");
    assert_eq!((same.number.as_deref(), date(same).as_deref()), (Some("191"), Some("1667-04-09")));
    assert!(third.paragraphs.iter().all(|p| !p.contains("THE SAME")), "{:?}", third.paragraphs);
}

#[test]
fn numbered_lines_of_prose_in_capitals_are_no_headings() {
    let c = pages("numbered_pair_headings");
    assert!(c.letters.iter().all(|l| l.file.as_str() != "prose_numbers.txt"), "{:#?}", summary(&c));
    assert!(c.letters.iter().all(|l| !l.sender.to_string().contains("Clerk")));
}

#[test]
fn months_cut_short_with_a_colon_and_the_address_copied_from_the_cover() {
    let c = pages("colon_abbreviations");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "I have your tables");
    assert_eq!(people(first), pair("Pym", "Halden"));
    assert_eq!(date(first).as_deref(), Some("1671-10-05"), "`Trin: Coll. Thursday, Oct: 5. 1671.`");
    assert_eq!(first.place(), Some("Trin: Coll."), "the weekday is no part of the place");
    assert_eq!(
        first.source.as_deref(),
        Some("Address: To Mr Halden at his house in Fleet Street, London. Postmark: 9 OC."),
        "the address and postmark after the text are its source"
    );
    assert!(first.paragraphs.iter().all(|p| !p.contains("Postmark")), "{:?}", first.paragraphs);
    let second = by_start(&c, "I am glad the bridge register");
    assert_eq!(people(second), pair("Halden", "Pym"));
    assert_eq!(
        (date(second).as_deref(), second.place()),
        (Some("1671-10-12"), Some("London")),
        "the closing date line `London. Oct: 12. 1671.`"
    );
    assert!(second.paragraphs.iter().all(|p| !p.contains("Oct:")), "{:?}", second.paragraphs);
    let third = by_start(&c, "The equinox has come");
    assert_eq!(date(third), None, "a month is no day");
    assert_eq!(range(third), Some(pair("1671-11-01", "1671-11-30")), "`Cambridge. Nov: 1671.`");
    assert!(third.paragraphs.iter().all(|p| !p.contains("1671")), "{:?}", third.paragraphs);
    assert!(c.letters.iter().all(|l| l.replies_to.is_none()), "no letter cites or thanks for another");
}

#[test]
fn a_translated_reformers_edition_with_sources_approximate_dates_and_commentary() {
    let c = pages("reformers_translated");
    assert_eq!(c.letters.len(), 4, "the commentary between letters is none: {:#?}", summary(&c));
    let first = by_start(&c, "Grace and peace from the Lord. I have been back");
    assert_eq!(people(first), pair("Hollard", "Rossel"), "`618. HOLLARD TO ROSSEL.`");
    assert_eq!(first.number.as_deref(), Some("618"));
    assert_eq!(first.source.as_deref(), Some("Roget, iii. 41. Opera (Leipzig, 1869), ix. 1. 88."));
    assert_eq!(
        (date(first).as_deref(), first.place()),
        (Some("1540-04-02"), Some("BASEL")),
        "`BASEL, (about April 2,) 1540.`: the editor's approximation"
    );
    assert_eq!(markers(first), ["1"]);
    assert_eq!(notes(first), ["The catechism appeared only in the autumn; see the letter of October 3."]);
    assert_eq!(first.paragraphs.iter().next_back(), Some("MARTIN HOLLARD."));
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("Rossel's answer is lost"))),
        "the editor's commentary belongs to no letter"
    );
    let second = by_start(&c, "Grace and peace from the Lord. The news of the vote");
    assert_eq!((second.number.as_deref(), date(second)), (Some("619"), None));
    assert_eq!(range(second), Some(pair("1540-05-21", "1540-05-31")), "`(end of May,) 1540`");
    let reply = by_start(&c, "Grace and peace from God our Father.");
    assert_eq!(people(reply), pair("Rossel", "Hollard"));
    assert_eq!(date(reply).as_deref(), Some("1540-06-09"));
    assert_eq!(
        (reply.replies_to, reply.reply_basis),
        (c.find("hollard_rossel/2"), Some(ReplyBasis::Inferred)),
        "`your letter of last month`: the letter before it, from Hollard, of May"
    );
    let body = by_start(&c, "Grace and peace from the Lord. We commend");
    assert_eq!(people(body), pair("Hollard", "Pastors of Zurich"), "`621. HOLLARD TO THE PASTORS OF ZURICH.`");
    assert_eq!(body.number.as_deref(), Some("621"));
    assert_eq!(range(body), Some(pair("1540-07-01", "1540-07-10")), "`(beginning of July,) 1540`");
    assert_eq!(body.replies_to, None);
}

#[test]
fn an_edition_headed_by_the_recipient_under_its_running_title() {
    let c = pages("recipient_running_title");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let cut = by_start(&c, "I beg leave to recommend");
    assert_eq!(people(cut), pair("Thrale", "Wakeley"), "cut off before its signature: the running title's writer");
    assert_eq!(basis(cut), ["collection"]);
    assert_eq!(date(cut).as_deref(), Some("1672-06-20"));
    let next = by_start(&c, "The herbal has come");
    assert_eq!(people(next), pair("Thrale", "Ashby"));
    assert!(c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("LETTERS OF"))));
}

#[test]
fn a_running_title_after_the_first_letter_names_the_writer_of_the_letter_cut_off() {
    let c = pages("recipient_running_title_later");
    let cut = by_start(&c, "I send you the seeds");
    assert_eq!(people(cut), pair("Thrale", "Wakeley"), "{:#?}", summary(&c));
    let first = by_start(&c, "The carrier brought");
    assert_eq!(pages_of(first), ["314"], "the running head is a page break");
}

#[test]
fn a_booksellers_exchange_acknowledging_letters_undated() {
    let c = pages("publisher_exchange");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let first = by_start(&c, "The subscribers grow daily");
    assert_eq!(people(first), pair("Waynflete", "Ordway"), "`No. III.` over `MR. WAYNFLETE TO MR. ORDWAY.`");
    assert_eq!(first.number.as_deref(), Some("III"));
    assert_eq!((date(first), range(first)), (None, Some(pair("1709-08-01", "1709-08-31"))), "`London, August, 1709.`");
    let got = by_start(&c, "I have just this moment got your letter");
    assert_eq!(people(got), pair("Ordway", "Waynflete"));
    assert_eq!((got.replies_to, got.reply_basis), (c.find("waynflete_ordway/1"), Some(ReplyBasis::Inferred)));
    let pleased = by_start(&c, "I received with much satisfaction");
    assert_eq!(
        (pleased.replies_to, pleased.reply_basis),
        (c.find("waynflete_ordway/2"), Some(ReplyBasis::Inferred)),
        "`your pleasant and obliging letter`"
    );
    let not_yet = by_start(&c, "I have not yet got your letter");
    assert_eq!(not_yet.replies_to, None, "a letter not received is answered by nothing");
    let unnumbered = by_start(&c, "I have this moment received your kind letter");
    assert_eq!((unnumbered.number.as_deref(), date(unnumbered)), (None, None));
    assert_eq!(
        (unnumbered.replies_to, unnumbered.reply_basis),
        (c.find("waynflete_ordway/4"), Some(ReplyBasis::Inferred)),
        "printed after `No. VI.` unnumbered: the letter before it"
    );
}

#[test]
fn a_papers_edition_heads_letters_to_and_from_its_man_and_notes_the_copy_after_the_text() {
    let c = pages("papers_to_and_from");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    // `I am with sincere friendship yr mo. obt. serv.` / the name, under the text with no blank line: the close cut
    // short still signs (and `friendship` holds no close).
    let first = by_start(&c, "Dear Sir");
    assert_eq!(people(first), pair("Thornbury", "Gaither"));
    // `ALS, TU (4-0112). Published in ...`: the edition's note on the copy, after the text, is no signature.
    assert!(first.paragraphs.iter().all(|p| !p.starts_with("ALS")), "{:?}", first.paragraphs);
    // `From Nathan Gaither` (two words of a name, in small letters after their capitals): the writer; the letter
    // answers the one of the 3d.
    let second = by_start(&c, "Dear General");
    assert_eq!(second.sender.to_string(), "Gaither");
    assert_eq!(date(second).as_deref(), Some("1814-03-09"));
    assert_eq!(cited(second), ["1814-03-03"]);
}

#[test]
fn a_correspondent_headed_by_his_initials_alone_is_a_party() {
    // `JOHN WRAXALL TO P. V. H.`: the edition names the other side by his initials; both letters are found.
    let c = pages("initials_heading");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Most learned Sir,");
    assert_eq!((first.sender.to_string(), date(first).as_deref()), ("Wraxall".into(), Some("1662-03-03")));
    assert!(first.recipient.names().next().is_some_and(|n| n.starts_with("P. V. H")), "{}", first.recipient);
    let second = by_start(&c, "Most honoured Sir,");
    assert_eq!(second.recipient.to_string(), "Wraxall");
    assert_eq!(cited(second), ["1662-03-03"]);
}

#[test]
fn a_short_dated_heading_names_the_addressee_and_the_first_printing_is_the_source() {
    // `58. F. 3 Mar. '69. Mrs. Hartley.`: the number, the day in short, the addressee; `1801, 12.` under it is
    // where the letter was printed first.
    let c = pages("short_dated_headings");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Dear Madam,");
    assert_eq!(first.recipient.to_string(), "Hartley");
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("58"), Some("1769-03-03")));
    assert_eq!(first.source.as_deref(), Some("1801, 12."));
    let second = by_start(&c, "Dear Sir,");
    assert_eq!((second.recipient.to_string(), date(second).as_deref()), ("Pettit".into(), Some("1769-03-11")));
}

/// An edition that prints where each copy is under its heading, on a short line of its own (`Fitzwilliam MSS
/// (Sheffield)`, `Morgan Papers 1774`, `Hoare` over a dateline naming its own place): the letter's source, and the
/// dateline under it is still the letter's; a running head inside a letter with the day in the editor's open
/// bracket (`18   JOHN MORGAN TO EDMUND BURKE   [10 August`) is the page that opens.
#[test]
fn a_source_line_under_each_heading() {
    let c = pages("source_under_heading");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            row("", "Burke", "Morgan", "1772-08-04"),
            row("", "Morgan", "Burke", "1772-08-10"),
            row("", "Burke", "O'Hara", "1772-08-14")
        ],
        "{:#?}",
        summary(&c)
    );
    let sources: Vec<_> = c.letters.iter().map(|l| l.source.as_deref().unwrap_or_default()).collect();
    assert_eq!(sources, ["Fitzwilliam MSS (Sheffield)", "Morgan Papers 1774", "Hoare"]);
    let answer = &c.letters[1];
    assert_eq!(answer.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["18"]);
    assert!(answer.paragraphs.iter().all(|p| !p.contains("JOHN MORGAN TO")));
    assert_eq!(answer.replies_to, c.find(&c.letters[0].id), "`yours of the 4th`");
}
