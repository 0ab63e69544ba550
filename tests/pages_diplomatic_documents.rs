//! Printed diplomatic document collections of the twentieth century other than FRUS (tests/pages/<style>/): a
//! British-style volume of telegrams under `Sir X (Post) to Mr. Y (Received ...)` headings with a chapter's table
//! of documents, and a dominion department's web page of cablegrams numbered on the heading's line; a volume of
//! filmed records (filmed_records/): each document under its number and its film's serial and frames.

mod pages_support;
use letters::model::{Letter, ReplyBasis};
use pages_support::*;

fn refs(l: &Letter) -> Vec<(&str, Option<String>, Option<&str>)> {
    l.references.iter().map(|r| (r.text.as_str(), r.date.map(|d| d.to_string()), r.number.as_deref())).collect()
}

fn linked(c: &letters::model::Corpus, l: &Letter) -> Vec<Option<String>> {
    l.references.iter().map(|r| r.letter.map(|ix| c.letters[ix].id.clone())).collect()
}

#[test]
fn a_volume_s_telegrams_name_the_writer_at_his_post_and_keep_their_text_under_the_telegram_line() {
    let c = pages("foreign_policy_volume");
    // The table of documents at the chapter's head is no letter: seven documents, seven letters.
    assert_eq!(c.letters.len(), 7, "{:#?}", summary(&c));
    assert!(c.letters.iter().all(|l| l.heading.contains(" to ")), "{:#?}", summary(&c));
    let first = by_start(&c, "Your telegram No. 31 of February 26");
    // `Sir R. Tolliver (Oslo)`: the person at his post, the post the letter's place.
    assert_eq!(people(first), pair("Tolliver", "Wragge"));
    assert_eq!(first.place(), Some("Oslo"));
    // `(Received March 4, ...)` is when it arrived: the date is the dateline's.
    assert_eq!(date(first).as_deref(), Some("1938-03-03"));
    assert_eq!(first.number.as_deref(), Some("401"), "the edition's number");
    assert_eq!(first.telegram(), Some("No. 57 Telegraphic"), "the telegram's own number");
    assert_eq!(first.source.as_deref(), Some("N 1203/88/30"));
    // The body is whole under the telegram line and the dateline: citation, two paragraphs, routing.
    assert_eq!(first.paragraphs.len(), 4, "{:?}", first.paragraphs);
    assert!(first.paragraphs[1].starts_with("I called on the Minister"));
    assert_eq!(&first.paragraphs[3], "Repeated to Stockholm and Copenhagen.");
    // `February 26.1`: a footnote's number glued to the citation, explained under the routing line.
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Not printed."]));
    assert_eq!(refs(first), [("Your telegram No. 31 of February 26", Some("1938-02-26".to_string()), None)]);
    assert_eq!(linked(&c, first), [None], "telegram 31 is not in the volume");
}

#[test]
fn routing_lines_and_table_rows_open_no_letter_and_page_numbers_at_the_margin_are_page_breaks() {
    let c = pages("foreign_policy_volume");
    let names: Vec<String> = c.letters.iter().flat_map(|l| l.sender.names().map(str::to_string)).collect();
    assert!(!names.iter().any(|n| n == "Repeated" || n == "Sent"), "{names:?}");
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("MAIN SUBJECT") && !p.contains("ORMSBY")))
    );
    let second = by_start(&c, "Your telegram No. 57.");
    assert_eq!(people(second), pair("Wragge", "Tolliver"));
    assert_eq!((date(second).as_deref(), second.place()), (Some("1938-03-05"), Some("FOREIGN OFFICE")));
    assert_eq!(second.paragraphs.last(), Some("Repeated to Stockholm No. 12."));
    assert!(second.paragraphs.iter().all(|p| p.trim() != "413"), "{:?}", second.paragraphs);
    assert_eq!(second.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["413"]);
    // `Sent to Foreign Office.` closes the saving telegram.
    let saving = by_start(&c, "The Secretary-General of the Ministry");
    assert_eq!(people(saving), pair("Ormsby", "Wragge"));
    assert_eq!((saving.telegram(), saving.place()), (Some("No. 88 Saving"), Some("Brussels")));
    assert_eq!(saving.paragraphs.last(), Some("Sent to Foreign Office."));
}

#[test]
fn a_telegram_cited_by_its_number_alone_links_only_to_the_one_letter_that_carries_it() {
    let c = pages("foreign_policy_volume");
    let second = by_start(&c, "Your telegram No. 57.");
    assert_eq!(refs(second), [("Your telegram No. 57", None, Some("57"))]);
    assert_eq!(second.replies_to, c.find("chapter_iv/1"));
    assert_eq!(second.reply_basis, Some(ReplyBasis::Explicit));
    // To two posts, each with its own number: `No. 19 to Brussels, No. 36 to Oslo Telegraphic`.
    let joint = by_start(&c, "Your telegram No. 88.");
    assert_eq!(
        (joint.sender.to_string(), joint.recipient.names().collect::<Vec<_>>()),
        ("Wragge".to_string(), vec!["Ormsby", "Tolliver"])
    );
    assert_eq!(joint.telegram(), Some("No. 19 to Brussels, No. 36 to Oslo Telegraphic"));
    // Brussels sent a saving telegram and a telegram both numbered 88: the number names neither.
    assert_eq!(refs(joint), [("Your telegram No. 88", None, Some("88"))]);
    assert_eq!(linked(&c, joint), [None]);
    assert_eq!(joint.replies_to, None);
    // Oslo cites the number the joint telegram carries for it.
    let oslo = by_start(&c, "Your telegram No. 36.");
    assert_eq!(people(oslo), pair("Tolliver", "Wragge"));
    assert_eq!(oslo.replies_to, c.find("chapter_iv/5"));
    // `Re your 61.` to Brussels: 61 is a telegram from Oslo, not from the addressee; no link.
    let circular = by_start(&c, "Re your 61.");
    assert_eq!((circular.telegram(), date(circular).as_deref()), (Some("Circular telegram"), Some("1938-03-11")));
    assert_eq!(refs(circular), [("your 61", None, Some("61"))]);
    assert_eq!((linked(&c, circular), circular.replies_to), (vec![None], None));
}

#[test]
fn a_dominion_page_numbers_its_cablegrams_on_the_heading_s_line_and_ends_each_with_its_archive() {
    let c = pages("dominion_cables");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let first = by_start(&c, "For Bramall from Whitcombe.");
    // `204 Mr J. T. Whitcombe, Prime Minister, to Mr H. L. Bramall, High Commissioner in London`.
    assert_eq!(people(first), pair("Whitcombe", "Bramall"));
    assert_eq!(first.number.as_deref(), Some("204"));
    assert_eq!(first.telegram(), Some("Cablegram 145"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1941-05-11"), Some("WELLINGTON")));
    assert_eq!(first.classification.as_deref(), Some("MOST SECRET AND PERSONAL"));
    assert_eq!(first.source.as_deref(), Some("NA : EA 1, 1941, 88/3/12"));
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["See Document 198."]));
    assert!(first.paragraphs.iter().all(|p| !p.contains("Skip to") && !p.contains("Home >") && !p.contains('[')));
    let answer = by_start(&c, "Your 145.");
    assert_eq!(people(answer), pair("Bramall", "Whitcombe"));
    assert_eq!(date(answer).as_deref(), Some("1941-05-13"), "the dateline's date, not the received one");
    assert_eq!(refs(answer), [("Your 145", None, Some("145"))]);
    assert_eq!(answer.replies_to, c.find("volume_iv_may_1941/1"));
    assert_eq!(notes(answer), ["The third escort did not sail until August."]);
    let last = by_start(&c, "Re your 96.");
    assert_eq!(last.replies_to, c.find("volume_iv_may_1941/2"));
    assert!(last.paragraphs.iter().all(|p| !p.contains("Back to top")));
}

#[test]
fn a_government_is_a_party_and_a_circular_s_number_is_cited_with_its_stop() {
    let c = pages("dominion_cables");
    let circular = by_start(&c, "The following is for the Prime Minister.");
    assert_eq!(people(circular), pair("Ashdown", "Government of New Zealand"));
    assert!(circular.recipient.0.iter().all(|p| p.basis.as_str() == "heading"));
    assert_eq!(circular.telegram(), Some("Circular cablegram D412"));
    assert_eq!(circular.source.as_deref(), Some("DO 35/1102; NA : EA 1, 1941, 88/3/14"));
    let reply = by_start(&c, "Your circular telegram D.412.");
    assert_eq!(people(reply), pair("Government of New Zealand", "Ashdown"));
    assert_eq!(refs(reply), [("Your circular telegram D.412", None, Some("D412"))]);
    assert_eq!(reply.replies_to, c.find("volume_iv_may_1941/3"));
}

#[test]
fn a_cablegram_cited_by_its_number_and_a_day_first_date_links_to_the_one_of_that_day() {
    let c = pages("dominion_cables_dated");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let answer = by_start(&c, "Your 318 of 4th June.");
    assert_eq!(people(answer), pair("Fennimore", "Lasseter"));
    assert_eq!(refs(answer), [("Your 318 of 4th June.", Some("1942-06-04".to_string()), None)]);
    assert_eq!(answer.replies_to, c.find("volume_vi_june_1942/1"));
    // `your 12 of the 40 aircraft`: a figure, then no date: no reference.
    assert_eq!(answer.references.len(), 1);
    let circular = by_start(&c, "Your circular telegram D.77 of 9 June.");
    assert_eq!(refs(circular), [("Your circular telegram D.77 of 9 June.", Some("1942-06-09".to_string()), None)]);
    assert_eq!(circular.replies_to, c.find("volume_vi_june_1942/3"));
}

/// A peer named by his title's place, at his post in brackets (`Marquess of Lothian (Washington)`): the peer is
/// Lothian, the brackets his post (no holder of an office); the answer cites the telegram by number and date.
#[test]
fn a_peer_at_his_post_is_named_by_his_title() {
    let c = pages("peer_at_post");
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (pair("Halifax", "Lothian"), "1938-03-03".to_string()),
            (pair("Lothian", "Halifax"), "1938-03-04".to_string())
        ],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[1].replies_to, c.find(&c.letters[0].id));
}

/// A volume of documents from filmed records: the number (`No. 71`) and the film's serial and frames
/// (`4417/083312-14`, each set apart by blank lines) over the heading; the office that writes is its holder who signs
/// in capitals (`KÖCHER`), the office kept with his name; `Telegram` alone under the heading is the document's kind,
/// no text; `Memorandum by the Permanent Under-Secretary` is a paper for the file, its writer alone named.
#[test]
fn filmed_records_number_their_documents_and_their_offices_sign() {
    let c = pages("filmed_records");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            row("71", "Köcher", "Foreign Ministry", "1939-04-03"),
            row("72", "Mackensen", "", "1939-04-04"),
            row("73", "Weizsäcker", "Legation in Switzerland", "1939-04-05"),
        ],
        "{:#?}",
        summary(&c)
    );
    let first = &c.letters[0];
    assert_eq!(&*first.sender.0[0].printed, "Minister in Switzerland (KÖCHER)");
    assert_eq!(first.source.as_deref(), Some("4417/083312-14"));
    assert_eq!(first.telegram(), Some("Telegram"));
    assert!(first.paragraphs.iter().next().is_some_and(|p| p.starts_with("The Federal Councillor")));
    assert_eq!(markers(first), ["1"]);
    assert_eq!(&*c.letters[1].sender.0[0].printed, "Permanent Under-Secretary (MACKENSEN)");
    assert_eq!(c.letters[1].heading, "Memorandum by the Permanent Under-Secretary");
}
