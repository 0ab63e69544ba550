//! Page structures of further editions (tests/pages/<style>/): letters of a web edition whose headings follow the
//! editor's notes on the letter before, humanist letters under an editor's introduction, a calendar's abstracts,
//! a mission's letter-book, a life-and-letters book's title page, a firm's signature over a post, an official
//! record's chain of numbered letters.

mod pages_support;
use pages_support::*;

/// A web edition of undated manuscripts: each letter under its code (`R 201`, `R202`), a `To`/`From` line and a
/// date that may be a day, part of a month or a season; the editor's notes after it (`Manuscript: ...`,
/// `Dated: ...`, footnotes `1 ...`) are its source and notes, and the next heading opens the next letter, with
/// or without a blank line between.
#[test]
fn each_heading_after_an_editors_note_block_opens_a_letter() {
    let c = pages("notes_between");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "My dear Hester,");
    assert_eq!(people(first), pair("Wren", "Marlowe"));
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("R 201"), Some("1859-06-03")));
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["The drawing has not survived."]));
    assert_eq!(
        first.source.as_deref(),
        Some(
            "Manuscript: Wren family papers, box 4, folder 2.; Publication: first printed in the Memoir of 1911, pp. 40-41."
        )
    );
    let texts = |l: &letters::model::Letter| l.paragraphs.iter().map(str::to_string).collect::<Vec<_>>().join(" | ");
    assert!(!texts(first).contains("Manuscript") && !texts(first).contains("R202"), "{}", texts(first));

    let answer = by_start(&c, "Dear Tobias,");
    assert_eq!(people(answer), pair("Marlowe", "Wren"), "`From Hester Marlowe` in the writer's edition");
    assert_eq!((answer.number.as_deref(), date(answer).as_deref()), (Some("R202"), Some("1859-06-11")));
    assert_eq!(cited(answer), ["1859-06-03"]);
    assert_eq!(answer.replies_to, c.find(&first.id), "`Your letter of 3 June` is Wren's of that day");

    let seeds = by_start(&c, "Your parcel of seeds");
    assert_eq!(people(seeds), pair("Wren", "Ockley"));
    assert_eq!(seeds.date, None, "a part of a month gives no day, and the note's date before it is not this letter's");
    let span = seeds.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    assert_eq!(span, Some(("1859-07-01".into(), "1859-07-10".into())));
    assert_eq!(notes(seeds), ["Ockley had sent them from Kew in a tin box."]);
    assert_eq!(seeds.paragraphs.len(), 1, "no note is text: {:?}", seeds.paragraphs);

    let window = by_start(&c, "The window is glazed");
    assert_eq!(people(window), pair("Wren", "Marlowe"), "the heading under a footnote, with no blank line between");
    assert_eq!(window.number.as_deref(), Some("R 204"));
    assert_eq!(window.date_range().map(|r| r.label()).as_deref(), Some("between 1 June and 31 August 1860"));
    assert_eq!((markers(window), notes(window)), (vec!["3"], vec!["The glass was made at Whitefriars."]));
}

/// A humanist's collected letters: `402 / From Ulrich Fabri` names the party other than the collection's writer,
/// a date line may follow, then the editor's introduction in prose, then the greeting in capitals that names both
/// parties and opens the letter. The introduction is the letter's source, never its text; the first letter of the
/// page is found, and each letter keeps its own date (from the date line or the farewell).
#[test]
fn a_humanist_collection_s_letters_open_at_their_greeting_under_the_editors_introduction() {
    let c = pages("humanist_collection");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "ULRICH FABRI TO THE MOST LEARNED BEATUS LINDNER, GREETING");
    assert_eq!(people(first), pair("Fabri", "Lindner"), "the praise of the reader is no part of his name");
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("402"), Some("1523-02-06")));
    assert_eq!(first.place(), Some("Strasbourg"));
    assert!(first.paragraphs[1].starts_with("The sheets you sent"), "{:?}", first.paragraphs);
    assert!(!first.paragraphs.iter().any(|p| p.contains("Rhenish market")), "the introduction is no text");
    assert!(first.source.as_deref().is_some_and(|s| s.contains("Rhenish market")), "{:?}", first.source);

    let answer = by_start(&c, "BEATUS LINDNER TO ULRICH FABRI, GREETING");
    assert_eq!(people(answer), pair("Lindner", "Fabri"));
    assert_eq!(answer.number.as_deref(), Some("403"));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1523-02-20"), Some("Basel")), "dated in the farewell");
    assert_eq!(cited(answer), ["1523-02-06"]);
    assert_eq!(answer.replies_to, c.find(&first.id));
    assert!(!answer.paragraphs.iter().any(|p| p.contains("preceding letter")), "{:?}", answer.paragraphs);

    let abbess = by_start(&c, "BEATUS LINDNER TO THE REVEREND LADY");
    assert_eq!(people(abbess), pair("Lindner", "Blarer"));
    assert_eq!((date(abbess).as_deref(), abbess.place()), (Some("1523-03-02"), Some("Basel")));
    assert_eq!(abbess.replies_to, None);
}

/// A calendar's abstracts: each entry one paragraph, opening with its parties, the date with the year first and
/// the place (`Sir Edmund Hale to Secretary Naunton. 1619, March 3. Dover.`), then the abstract in the third
/// person; no salutation, no signature. A title (`Secretary`, `Sir`) is part of the style, the surname is the
/// name; an office is itself. The site's citation block above is no letter and names nobody.
#[test]
fn each_entry_of_a_calendar_is_a_letter_with_its_parties_date_and_place() {
    let c = pages("calendar_abstracts");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let hale = by_start(&c, "Sir Edmund Hale to Secretary Naunton.");
    assert_eq!(people(hale), pair("Hale", "Naunton"));
    assert_eq!((date(hale).as_deref(), hale.place()), (Some("1619-03-03"), Some("Dover")));
    assert!(hale.paragraphs.iter().any(|p| p.starts_with("Reports the arrival")), "{:?}", hale.paragraphs);
    let admiral = by_start(&c, "The Lord Admiral to the Officers of the Navy.");
    assert_eq!(people(admiral), pair("Lord Admiral", "Officers of the Navy"));
    assert_eq!((date(admiral).as_deref(), admiral.place()), (Some("1619-03-05"), Some("Whitehall")));
    assert!(admiral.paragraphs[0].contains("Directs them"), "the abstract on the opening's line is the text");
    let naunton = by_start(&c, "Secretary Naunton to Sir Edmund Hale.");
    assert_eq!((people(naunton), date(naunton).as_deref()), (pair("Naunton", "Hale"), Some("1619-03-06")));
    // The abstract tells in the third person: `his letter of the 3rd` is Hale's, whom Naunton answers.
    assert_eq!(naunton.replies_to, c.find(&hale.id), "{:?}", naunton.references);
    assert_eq!(naunton.reply_evidence.as_deref(), Some("‘his letter of the 3rd’"));
    let peyton = by_start(&c, "Dr. John Peyton to his brother");
    assert_eq!((people(peyton), peyton.place()), (pair("Peyton", "Peyton"), Some("Cambridge")));
    let named: Vec<String> = c.letters.iter().flat_map(|l| [l.sender.to_string(), l.recipient.to_string()]).collect();
    assert!(!named.iter().any(|n| n.contains("Citation") || n.contains("Calendar")), "{named:?}");
    assert!(!c.letters.iter().any(|l| l.paragraphs.iter().any(|p| p.contains("British History Online"))));
}

/// A mission's letter-book: `Rev. J. Orsmond to the Directors, Wesleyan Missionary Society` names a body of people
/// as the reader (as printed), never the `Fathers` or `Brother` of the salutation and the close; a clerical title
/// and an office after the name (`Rev. G. Burder, Home Secretary`) leave the surname.
#[test]
fn a_letter_to_a_body_of_people_names_the_body_not_the_salutations_words() {
    let c = pages("mission_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let school = by_start(&c, "Honoured Fathers and Brethren,");
    assert_eq!(people(school), pair("Orsmond", "the Directors"));
    assert_eq!((date(school).as_deref(), school.place()), (Some("1821-03-14"), Some("Huahine")));
    let slates = by_start(&c, "Dear Sir,");
    assert_eq!(people(slates), pair("Tyerman", "Burder"));
    assert_eq!((date(slates).as_deref(), cited(slates)), (Some("1821-05-02"), vec!["1820-11-09".to_string()]));
    assert_eq!(slates.replies_to, None, "Burder's letter is not on the page");
    let named: Vec<String> = c.letters.iter().flat_map(|l| [l.sender.to_string(), l.recipient.to_string()]).collect();
    assert!(!named.iter().any(|n| n.contains("Fathers") || n.contains("Brother")), "{named:?}");
}

/// A life-and-letters book from a digital library: its title page (`The Project Gutenberg eBook of ...`, `Title:`,
/// `Release Date:`) is no letter, the chapter's narrative between letters is no letter's text (a close signed
/// with initials ends the letter), and `[To his brother.]` is written by the book's subject, named in the title,
/// not by a man the narrative names before it.
#[test]
fn a_books_title_page_and_narrative_are_no_letters_and_its_subject_writes_the_bracketed_headings() {
    let c = pages("life_title_page");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let brother = by_start(&c, "My dear Ned,");
    assert_eq!(brother.sender.to_string(), "Quenby", "the book's subject, not Captain Ferrers of the narrative");
    assert_eq!((date(brother).as_deref(), brother.place()), (Some("1798-04-12"), Some("Gibraltar")));
    assert_eq!(brother.paragraphs.last(), Some("J. Q."), "{:?}", brother.paragraphs);
    let mother = by_start(&c, "My dearest Mother,");
    assert_eq!(mother.sender.to_string(), "Quenby");
    assert_eq!(date(mother).as_deref(), Some("1798-06-02"));
    let texts: Vec<&str> = c.letters.iter().flat_map(|l| l.paragraphs.iter()).collect();
    assert!(
        !texts
            .iter()
            .any(|p| p.contains("Release Date") || p.contains("squadron sailed") || p.contains("spring of 1798")),
        "{texts:?}"
    );
    assert!(!c.letters.iter().any(|l| l.heading.contains("Life and Letters")), "{:#?}", summary(&c));
}

/// A firm's letters signed for the partners (`for HARKNESS & VOSPER,` / `R. Harkness` / `Partner.`): the signer
/// is the man who signs, never the firm's first partner by default, nor the post printed under his name.
#[test]
fn a_signer_for_a_firm_of_partners_is_the_man_who_signs_not_his_post() {
    let c = pages("firm_partners");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let order = by_start(&c, "Dear Sirs,");
    assert_eq!(people(order), pair("Harkness", "Dutton"));
    assert_eq!(date(order).as_deref(), Some("1892-10-04"));
    let samples = by_start(&c, "Dear Sir,");
    assert_eq!(
        people(samples),
        pair("Vosper", "Ince"),
        "`pp. HARKNESS & VOSPER,` / `George Vosper,` / `Managing Clerk.`"
    );
    let named: Vec<String> = c.letters.iter().flat_map(|l| [l.sender.to_string(), l.recipient.to_string()]).collect();
    assert!(!named.iter().any(|n| n.contains("Partner") || n.contains("Clerk") || n == "Sirs"), "{named:?}");
}

/// An official record's chain of numbered letters, each heading ending with the letter's own number in brackets
/// (`Dated Kalat, the 4th March 1852. (No. 88.)`), with numbered paragraphs, a footnote (`* Vide No. 216 below.`)
/// and no blank line between a signature and the next number: every letter is found, and `your letter No. 88,
/// dated the 4th March` links to the letter of that date from the addressee.
#[test]
fn a_chain_of_numbered_official_letters_keeps_each_letter_and_links_the_replies() {
    let c = pages("records_chain");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let report = by_start(&c, "I have the honour to report");
    assert_eq!(people(report), pair("Marsh", "Grey"));
    assert_eq!(
        (report.number.as_deref(), date(report).as_deref(), report.place()),
        (Some("214"), Some("1852-03-04"), Some("Kalat"))
    );
    assert_eq!((markers(report), notes(report)), (vec!["*"], vec!["Vide No. 216 below."]));
    let orders = by_start(&c, "I am directed to acknowledge");
    assert_eq!(people(orders), pair("Grey", "Marsh"));
    assert_eq!(
        (orders.number.as_deref(), date(orders).as_deref(), orders.place()),
        (Some("215"), Some("1852-03-19"), Some("Fort William"))
    );
    assert_eq!(cited(orders), ["1852-03-04"]);
    assert_eq!(orders.replies_to, c.find(&report.id));
    assert!(orders.paragraphs.iter().any(|p| p.starts_with("2. You will give")), "{:?}", orders.paragraphs);
    let restored = by_start(&c, "I have the honour to acknowledge your letter");
    assert_eq!((people(restored), restored.number.as_deref()), (pair("Marsh", "Grey"), Some("216")));
    assert_eq!(restored.replies_to, c.find(&orders.id));
    assert!(!orders.paragraphs.iter().any(|p| p.contains("No. 216")), "the next number is no text");
}

/// A record's letters addressed to an office (`to the Secretary to the Government of Bombay`) are answered by the
/// man who holds it, printed with his office after his name (`A. Kinloch, Esq., Secretary to the Government of
/// Bombay`): the answer citing the letter's date links to it. The secretary of another government citing the
/// same date is no holder of that office, and links to nothing.
#[test]
fn a_letter_to_an_office_is_answered_by_its_holder() {
    let c = pages("secretariat");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let report = by_start(&c, "I have the honour to state");
    assert_eq!(people(report), pair("Dunmore", "Secretary to the Government of Bombay"));
    let sanction = by_start(&c, "In reply to your letter");
    assert_eq!((people(sanction), date(sanction).as_deref()), (pair("Kinloch", "Dunmore"), Some("1861-06-14")));
    assert_eq!(cited(sanction), ["1861-06-03"]);
    assert_eq!(sanction.replies_to, c.find(&report.id), "Kinloch holds the office the report went to");
    let other = by_start(&c, "With reference to your letter");
    assert_eq!((people(other), cited(other)), (pair("Pellew", "Dunmore"), vec!["1861-06-03".to_string()]));
    assert_eq!(other.replies_to, None, "the secretary of another government answers no letter to Bombay's");
}

/// A parliamentary paper prints the day a despatch was received after its heading, set off by a dash
/// (`Sir H. Elmore to the Earl of Derwent.—(Received April 2.)`, or two hyphens where the dash was typed): the
/// recipient's name ends before it, the date is the date line's, and the answers citing each despatch link to it.
#[test]
fn a_heading_s_day_of_receipt_is_no_part_of_the_recipient() {
    let c = pages("blue_book_received");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let report = by_start(&c, "I HAVE the honour to report");
    assert_eq!(people(report), pair("Elmore", "Earl of Derwent"));
    assert_eq!((report.number.as_deref(), date(report).as_deref()), (Some("3"), Some("1874-03-21")));
    let approval = by_start(&c, "I HAVE received your despatch");
    assert_eq!(people(approval), pair("Earl of Derwent", "Elmore"));
    assert_eq!(approval.replies_to, c.find(&report.id));
    let release = by_start(&c, "WITH reference to your Lordship");
    assert_eq!((people(release), date(release).as_deref()), (pair("Elmore", "Earl of Derwent"), Some("1874-04-20")));
    assert_eq!(release.replies_to, c.find(&approval.id), "`--(Received May 1.)` as typed, too");
}

/// An edition prints its apparatus between a letter's heading and its text: the address, the manuscript's
/// place, the postmark (`Address: ...`, `MS. Bodleian Library.`, `Postmark: 19 October 1822.`), the kind of
/// copy (`ALS: Houghton Library`), an archive's reference in brackets (`[NA, PLO, Lets. Recd., N-4]`). Each is
/// the letter's source: none ends the letter before its text, and the postmark's day is not the day written.
#[test]
fn an_editions_apparatus_under_the_heading_is_the_letter_s_source() {
    let c = pages("edition_apparatus");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let poem = by_start(&c, "My dear Agnes");
    assert_eq!(people(poem), pair("Hartley", "Fenwick"));
    assert_eq!(date(poem).as_deref(), Some("1822-10-14"), "the date line, not the postmark");
    let source = poem.source.as_deref().unwrap_or_default();
    assert!(source.contains("MS. Bodleian Library") && source.contains("Postmark"), "{source}");
    assert!(poem.paragraphs.iter().any(|p| p.starts_with("The rain has kept me")), "{:?}", poem.paragraphs);
    let proofs = by_start(&c, "Dear Rennard");
    assert_eq!((people(proofs), date(proofs).as_deref()), (pair("Hartley", "Rennard"), Some("1822-10-20")));
    assert_eq!(proofs.source.as_deref(), Some("ALS: Houghton Library"));
    let survey = by_start(&c, "Sir");
    assert_eq!(date(survey).as_deref(), Some("1823-05-03"));
    assert_eq!(survey.source.as_deref(), Some("NA, PLO, Lets. Recd., N-4"));
    assert!(survey.paragraphs.iter().any(|p| p.starts_with("I have the honor to report")), "{:?}", survey.paragraphs);
}

/// An older calendar of state papers: the year and each entry's day in the margin on lines of their own (`1627.`
/// / `Oct. 2.`), the place in the margin beside the entry's number and parties, which open the editor's abstract
/// (`Dover.  12. Sir Henry Mervyn to Sec. Nicholas. The ships are come ...`). Each entry is a letter from its
/// parties, dated by its margin's day in the margin's year, at its place; the abstract is its text.
#[test]
fn an_older_calendars_entries_with_their_margins() {
    let c = pages("calendar_margin_dates");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let got: Vec<_> =
        c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default(), l.place().map(str::to_string))).collect();
    assert_eq!(
        got,
        [
            (pair("Mervyn", "Nicholas"), "1627-10-02".to_string(), Some("Dover".to_string())),
            (pair("Nicholas", "Mervyn"), "1627-10-04".to_string(), Some("Whitehall".to_string())),
        ]
    );
    assert_eq!(c.letters[0].number.as_deref(), Some("12"));
    assert_eq!(
        c.letters[0].paragraphs.iter().collect::<Vec<_>>(),
        ["The ships are come into the Downs, but the men are so sick that not one in four can stand to the capstan. \
          Prays for money and victuals.  [1 p.]"],
        "the abstract's lines set in under the margin run on from its first words"
    );
    assert!(c.letters[1].paragraphs.iter().all(|p| !p.contains("Oct.")), "the margin's day is no text");
}

/// A report of a commission on historical manuscripts, laid out as an older calendar: margins with the year, the
/// day and the place; parties too long for the entry's line end on the line under it (`120. The Mayor and Aldermen
/// of Newcastle to the Earl of` / `Northumberland. The colliers ...`); a year in brackets at the page's head. The
/// abstracts tell in the third person, so the addressee's letter is `his of the 3rd`, `theirs of the 9th`, `his
/// Honour's of the 7th`: each a reply to the entry of that day from the addressee. `Lord Conway's letter of the
/// 10th` is a third man's, and links nothing.
#[test]
fn a_calendars_abstracts_answer_his_and_theirs() {
    let c = pages("calendar_third_person");
    let got: Vec<_> = c
        .letters
        .iter()
        .map(|l| (l.number.as_deref().unwrap_or_default(), date(l).unwrap_or_default(), l.place().unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            ("118", "1640-05-03".to_string(), "Berwick"),
            ("119", "1640-05-07".to_string(), "Whitehall"),
            ("120", "1640-05-09".to_string(), "Newcastle"),
            ("121", "1640-05-12".to_string(), "Alnwick"),
            ("122", "1640-05-14".to_string(), "Berwick"),
        ]
    );
    let [astley, coke, mayor, earl, astley2] = &c.letters[..] else { unreachable!() };
    assert_eq!(people(mayor).1, "Earl of Northumberland", "the parties end on the line under");
    assert!(mayor.paragraphs[0].starts_with("The colliers refuse"), "{:?}", mayor.paragraphs);
    assert!(earl.paragraphs[0].starts_with("In answer to theirs"), "{:?}", earl.paragraphs);
    assert_eq!(coke.replies_to, c.find(&astley.id), "{:?}", coke.references);
    assert_eq!(earl.replies_to, c.find(&mayor.id), "{:?}", earl.references);
    assert_eq!(astley2.replies_to, c.find(&coke.id), "{:?}", astley2.references);
    assert_eq!(astley2.reply_evidence.as_deref(), Some("‘his Honour's of the 7th’"));
    assert_eq!(astley2.references.len(), 1, "Lord Conway's letter is no one's of the page: {:?}", astley2.references);
}

/// In a letter itself, written in the first person, `his letter of the 12th of March` is a third man's (Jay's,
/// Madison's): never the addressee's, whom only `your` and `yours` name.
#[test]
fn his_letter_in_a_letter_is_no_letter_of_the_addressee() {
    let c = pages("first_person_his_letter");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let [to_madison, to_jay] = &c.letters[..] else { unreachable!() };
    let cited: Vec<_> = to_madison.references.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(cited, ["yours of the 10th of March"]);
    assert!(to_jay.references.is_empty(), "{:?}", to_jay.references);
}

/// A collected edition's letters under a centred `To X`, the dateline a block of short lines set in at the right:
/// the place, the day (`Thursday Oct. 9`, `Oct. 20.`) and the editor's year in brackets (`[1851]`), each on its own
/// line, then the greeting. After the first letter's manuscript line and notes, the next heading opens the next
/// letter; the notes under `MS. John Rylands Library.` are notes, not more of the source.
#[test]
fn a_dateline_block_of_place_day_and_year_dates_the_letter() {
    let c = pages("dateline_blocks");
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default(), l.place())).collect();
    assert_eq!(
        got,
        [
            (pair("Gaskell", "Forster"), "1851-10-09".to_string(), Some("Plymouth Grove")),
            (pair("Gaskell", "Norton"), "1851-10-20".to_string(), Some("Plymouth Grove")),
        ],
        "{:#?}",
        summary(&c)
    );
    let forster = &c.letters[0];
    assert_eq!(forster.source.as_deref(), Some("MS. John Rylands Library."));
    assert_eq!(forster.footnotes.len(), 1);
    assert!(forster.footnotes[0].text.starts_with("The first chapters"), "{:?}", forster.footnotes);
    assert_eq!(forster.footnote_refs[0].footnote, Some(0), "the marker `Cranford¹` finds its note");
    assert!(c.letters[1].paragraphs.first().is_some_and(|p| p.starts_with("My dear Mr Norton, Your letter")));
}

/// A learned correspondence's edition: each letter under its number and the parties in capitals, set apart by two
/// spaces (`215  WALLIS TO HUYGENS`), the date at the right under it, the editor's line on the copy printed, then
/// `[Translation]` and the text at once. The line on the copy is the source, `[Translation]` the classification,
/// and what follows is the text (never more of the source); `Your letter of 6 March` answers the letter before.
#[test]
fn numbered_headings_in_capitals_over_source_and_translation() {
    let c = pages("numbered_caps_headings");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            ("212", pair("Huygens", "Wallis"), "1659-03-06".to_string()),
            ("215", pair("Wallis", "Huygens"), "1659-03-14".to_string()),
        ],
        "{:#?}",
        summary(&c)
    );
    let answer = &c.letters[1];
    assert_eq!(answer.classification.as_deref(), Some("[Translation]"));
    assert_eq!(answer.source.as_deref(), Some("From the copy in Leiden University Library, Hug. 45"));
    assert!(answer.paragraphs.first().is_some_and(|p| p.starts_with("Your letter of 6 March reached me")));
    assert_eq!(answer.replies_to, c.find(&c.letters[0].id));
}

/// A calendar whose entries are set in under the margin's lines: the year, the day, the place over one line or two
/// (`April 9.` / `Drogheda` / `Bridge.`), then `     63. Sir Geoffrey Fenton, ..., to Sir` with the parties ending
/// on the line under it, where the abstract begins. The abstract's `theirs of the 20th March` is the addressee's
/// letter; `The Lord Deputy's letters of the 2nd` are a third man's, and cite nothing of the addressee.
#[test]
fn a_calendars_entries_set_in_under_their_margins() {
    let c = pages("calendar_set_in_entries");
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default(), l.place())).collect();
    assert_eq!(
        got,
        [
            (pair("Lords of the Council", "Mountjoy"), "1603-03-20".to_string(), Some("Whitehall")),
            (pair("Mountjoy", "Lords of the Council"), "1603-04-02".to_string(), Some("Mellifont")),
            (pair("Fenton", "Cecil"), "1603-04-09".to_string(), Some("Drogheda Bridge")),
        ],
        "{:#?}",
        summary(&c)
    );
    let [council, deputy, fenton] = &c.letters[..] else { unreachable!() };
    assert!(
        council.paragraphs.iter().all(|p| !p.contains("April 2.")),
        "the next margin is no text: {:?}",
        council.paragraphs
    );
    assert!(fenton.paragraphs[0].starts_with("The Lord Deputy's letters"), "{:?}", fenton.paragraphs);
    assert_eq!(deputy.replies_to, c.find(&council.id), "{:?}", deputy.references);
    assert!(fenton.references.is_empty(), "{:?}", fenton.references);
}

/// A collected edition's line on the copy printed, right under the heading (`Text MS Leeds; Purdy 41`, `Text TS
/// Dorset; Purdy 44`): the letter's source, which lets the heading open the letter over the editor's bracketed
/// place, the date and a greeting ended by a full stop; the second letter, signed with initials, is the writer's
/// whom the page names in full.
#[test]
fn a_text_ms_line_under_the_heading_is_the_source() {
    let c = pages("text_ms_apparatus");
    let got: Vec<_> = c
        .letters
        .iter()
        .map(|l| (people(l), date(l).unwrap_or_default(), l.source.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            (pair("Hardy", "Gosse"), "1891-03-04".to_string(), "Text MS Leeds; Purdy 41".to_string()),
            (pair("Hardy", "Henniker"), "1891-03-10".to_string(), "Text TS Dorset; Purdy 44".to_string()),
        ],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].paragraphs.first(), Some("My dear Gosse."));
}

/// A medieval collection in translation: each letter under its number, centred, and a heading in capitals naming
/// the addressee with what the letter is about (`TO POPE URBAN, ON BEHALF OF THE CHURCH OF ...`: a long line, set
/// in less), or a body of people (`TO HIS MONKS OF BEC`, `TO THE CANONS OF SAINT PAUL'S`); the writer is the
/// collection's (its title).
#[test]
fn a_medieval_collections_headings_name_people_and_bodies() {
    let c = pages("medieval_collection");
    let got: Vec<_> = c.letters.iter().map(|l| (l.number.as_deref().unwrap_or_default(), people(l))).collect();
    assert_eq!(
        got,
        [
            ("147", pair("Anselm", "Urban")),
            ("148", pair("Anselm", "Monks of Bec")),
            ("149", pair("Anselm", "Canons of Saint Paul's")),
        ],
        "{:#?}",
        summary(&c)
    );
    assert!(c.letters[1].paragraphs.iter().any(|p| p.starts_with("MY heart is with you")));
}
