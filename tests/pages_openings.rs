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
    assert_eq!(people(answer), pair("Pycroft", "Ellison"), "the Chief Secretary signs, T. Pycroft");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1861-03-19"), Some("Fort St. George")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    // An office named with its article; the letter's own number (`No. 41`) gives way to the edition's.
    let third = by_start(&c, "The enlarged nurseries");
    assert_eq!(people(third), pair("Cavell", "Conservator of Forests"));
    assert_eq!((date(third).as_deref(), third.place()), (Some("1861-04-02"), Some("Yellapur")));
    assert_eq!(third.number.as_deref(), Some("14"));
}

#[test]
fn an_editions_number_opens_a_heading_and_kin_of_the_writer_bear_his_name() {
    let c = pages("kin_headings");
    // The title, the translator's line and the narrative sentence `Kessler to his father, in the years that
    // followed, ...` open no letter.
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let first = by_start(&c, "Dearest Father!");
    assert_eq!(people(first), pair("Kessler", "Kessler"), "`his Father` bears the writer's surname");
    assert_eq!(&*first.recipient.0[0].printed, "his Father");
    assert_eq!(first.number.as_deref(), Some("57"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1778-10-14"), Some("Salzburg")));
    // The bracketed note between heading and date line is the letter's source, not its text.
    assert_eq!(first.source.as_deref(), Some("[Autograph in the Municipal Archive, Graz]"));
    assert!(first.paragraphs.iter().all(|p| !p.contains("Autograph")));
    let baroness = by_start(&c, "Most gracious Baroness!");
    assert_eq!(people(baroness), pair("Kessler", "von Ahlen"));
    // A number alone, without brackets, opens the heading too.
    let brother = by_start(&c, "Father is well again");
    assert_eq!((people(brother), brother.number.as_deref()), (pair("Kessler", "Kessler"), Some("59")));
    assert_eq!(date(brother).as_deref(), Some("1778-11-09"));
    // A note that cites a letter as a heading would (`(1) Kessler to his Brother, 9 November 1778, above.`) opens
    // none: no date line or salutation follows it.
    let own = by_start(&c, "Since my letter of the 9th November");
    assert_eq!(people(own), pair("Kessler", "Kessler"));
    assert!(c.letters.iter().all(|l| !l.heading.starts_with("(1)")), "{:#?}", summary(&c));
    // `Your letter of the 30th November` crossed the writer's own of that day: the brother's letter is not in the
    // book, and the writer's own letter is no letter from his brother.
    let crossed = by_start(&c, "Your letter of the 30th November has just come");
    assert_eq!(crossed.replies_to, None, "no link to the writer's own letter of the 30th");
    // The brother, named in full, answers the letter of the 30th.
    let answer = by_start(&c, "I have your letter of the 30th November");
    assert_eq!(people(answer), pair("Kessler", "Kessler"));
    assert_eq!(&*answer.sender.0[0].printed, "Michael Kessler");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&own.id), Some(ReplyBasis::Explicit)));
}

#[test]
fn a_bracketed_heading_between_narrative_paragraphs_opens_a_letter_dated_or_not() {
    let c = pages("life_and_letters");
    // The book's title, the chapter's number and years, the editor's narrative and the note `[The rest of this
    // letter is lost.]` open no letter.
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let sister = by_start(&c, "My dear Emily,");
    // The place and weekday are the whole dateline: an undated letter from Edinburgh.
    assert_eq!((date(sister), sister.place()), (None, Some("Edinburgh")));
    // Named by the bond alone, as a salutation's `Mother` is: the writer the signature gives is not the heading's.
    assert_eq!(people(sister), pair("Ashcombe", "Sister"));
    assert_eq!(&*sister.recipient.0[0].printed, "his sister");
    assert!(sister.paragraphs.iter().all(|p| !p.contains("Saturday")), "the dateline is no paragraph");
    let friend = by_start(&c, "My dear Lindley,");
    assert_eq!(people(friend), pair("Ashcombe", "Lindley"));
    assert_eq!(basis(friend), ["collection"], "unsigned: the book's title names the writer");
    assert_eq!((date(friend).as_deref(), friend.place()), (Some("1832-04-09"), Some("Edinburgh")));
    // No dateline at all: the salutation right under the bracket shows the letter.
    let father = by_start(&c, "My dear Father,");
    // `My dear Father` in one writer's letters: the writer's surname, the bond as printed.
    assert_eq!((people(father), date(father)), (pair("Ashcombe", "Ashcombe"), None));
    assert_eq!(&*father.recipient.0[0].printed, "his father");
}

/// Headings that end in a full stop, as printed editions set them: `812. To the Rev. Nathaniel Pell.` and
/// `Letter 301.—To Robert Haldane.` under the edition's number, `813. From the Rev. Nathaniel Pell` for a letter to
/// the collection's writer (greeted as `Dear Sir Giles`, which is no name he is recorded by). A line `To Henry
/// Blake.` between paragraphs of a memoir, with no letter after it, stays prose.
#[test]
fn a_numbered_heading_with_a_full_stop_opens_its_letter() {
    let c = pages("stopped_headings");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let prints = by_start(&c, "Dear Sir,—Your parcel of prints");
    assert_eq!(people(prints), pair("Ormerod", "Pell"));
    assert_eq!((prints.number.as_deref(), date(prints).as_deref()), (Some("812"), Some("1772-05-03")));
    assert_eq!(markers(prints), ["1"]);
    let answer = by_start(&c, "Dear Sir Giles,—Your letter of the 3rd");
    assert_eq!(people(answer), pair("Pell", "Ormerod"), "`Dear Sir Giles` greets the collection's writer");
    assert_eq!(answer.number.as_deref(), Some("813"));
    assert_eq!(answer.replies_to, c.find(&prints.id), "{:?}", answer.reply_evidence);
    let lady = by_start(&c, "Madam,—I obey");
    assert_eq!(people(lady), pair("Ormerod", "Vane"));
    let proofs = by_start(&c, "My dear Haldane,—I have your letter");
    assert_eq!(people(proofs), pair("Ashby", "Haldane"));
    assert_eq!((proofs.number.as_deref(), date(proofs).as_deref()), (Some("301"), Some("1822-10-02")));
    let reviews = by_start(&c, "Dear Merrow,—Send me");
    assert_eq!(people(reviews), pair("Ashby", "Merrow"));
    assert!(
        !c.letters.iter().any(|l| l.file.to_string().contains("prose_sentence")),
        "a memoir's line `To Henry Blake.` is no heading: {:#?}",
        summary(&c)
    );
}

/// Decrypted telegrams with header fields (`From: Lisbon (Ferreira and Baptista)`): two holders of one post in the
/// brackets are both the party, and the answer citing `your telegram of March 3` links to the telegram they got.
#[test]
fn two_holders_in_a_header_fields_brackets_are_both_the_party() {
    let c = pages("intercepts");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let order = by_start(&c, "The consignment cannot leave Cadiz");
    assert_eq!(people(order), pair("Kessler", "Ferreira, Baptista"));
    assert_eq!(date(order).as_deref(), Some("1917-03-03"));
    let answer = by_start(&c, "Your telegram of March 3 received.");
    assert_eq!(people(answer), pair("Ferreira, Baptista", "Kessler"));
    assert!(answer.sender.0.iter().all(|p| &*p.printed == "Lisbon (Ferreira and Baptista)"), "as printed");
    assert_eq!(answer.replies_to, c.find(&order.id), "{:?}", answer.reply_evidence);
}

/// A letter put between two of an edition's numbers (`Letter 22(A). From Susan Wrenfield`) opens as the others do;
/// written by the collection's writer's sister, who bears her surname, it is to the writer (a namesake of another
/// given name is not the writer), and its `your letter of the 4th` links to the letter it answers.
#[test]
fn an_interposed_number_opens_a_letter_from_a_namesake_to_the_writer() {
    let c = pages("interposed_numbers");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let roses = by_start(&c, "The roses are out at last");
    let printed = |p: &letters::model::People| p.0.iter().map(|x| x.printed.to_string()).collect::<Vec<_>>();
    assert_eq!(
        (printed(&roses.sender), printed(&roses.recipient)),
        (vec!["Harriet Wrenfield".to_string()], vec!["Susan Wrenfield".to_string()])
    );
    let answer = by_start(&c, "Your letter of the 4th came on Saturday");
    assert_eq!(answer.number.as_deref(), Some("22(A)"));
    assert_eq!(printed(&answer.sender), ["Susan Wrenfield"]);
    assert_eq!(printed(&answer.recipient), ["Harriet Wrenfield"], "the collection's writer");
    assert_eq!(date(answer).as_deref(), Some("1822-06-10"));
    assert_eq!(answer.replies_to, c.find(&roses.id), "{:?}", answer.reply_evidence);
    let boots = by_start(&c, "Papa is gone to the assizes");
    assert_eq!(boots.number.as_deref(), Some("23"));
}

/// An e-book's title page (`Title: The Letters of Agnes Thorold, Volume 1`, `Author:`, `Editor:`, `Release date:`)
/// names a book: no letter opens at its `Title:` or `Author:` lines, and the letters after the chapter's prose are
/// the only ones.
#[test]
fn an_ebook_title_page_is_no_letter() {
    let c = pages("ebook_title_page");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let boat = by_start(&c, "Dearest Mother,");
    assert_eq!(date(boat).as_deref(), Some("1911-01-09"));
    assert_eq!(boat.sender.to_string(), "Thorold");
    assert!(
        c.letters.iter().all(|l| !l.heading.contains("Title") && !l.heading.contains("From: ")),
        "{:#?}",
        summary(&c)
    );
}
