//! English literary editions: the correspondence of two people headed by their initials (`G.T. to L.M.`, dated by
//! a weekday and the editor's postmark), and the calendar of one writer's letters (`To MATTHEW CORBYN, [?15
//! FEBRUARY 1847]`, a line of apparatus, a barred dateline, text with or without a salutation), and a humanist's
//! letters to friends he names his own way (`To his Laelius.`); a calendar's entry for a letter known only from a
//! mention, and its dated running heads (calendar_mentions/); a writer's letters whose datelines join their printed
//! lines with bars (piped_datelines/).

mod pages_support;
use letters::model::Letter;
use pages_support::*;

fn texts(l: &Letter) -> String {
    l.paragraphs.iter().map(str::to_string).collect::<Vec<_>>().join(" | ")
}

/// Each letter is headed by the writer's and the reader's initials; the title names both in full, so the initials
/// are their surnames. The dateline under the heading may be a weekday alone (no date) and the editor's postmark
/// in brackets dates a letter that gives no date itself; neither is text, and the postmark ends nothing.
#[test]
fn a_couples_letters_headed_by_initials_are_dated_by_their_postmarks() {
    let c = pages("initialled_pair");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));

    let note = by_start(&c, "I have your little note");
    assert_eq!(people(note), pair("Thorne", "Marsh"));
    assert_eq!((&*note.sender.0[0].printed, &*note.recipient.0[0].printed), ("G.T.", "L.M."));
    assert_eq!(date(note).as_deref(), Some("1861-10-08"), "the postmark dates a letter with a place alone");
    assert_eq!(note.place(), Some("Bloomsbury Square"));
    assert_eq!(
        (markers(note), notes(note)),
        (vec!["1"], vec!["A Few Words on the Sewers of St Giles, printed privately in 1861."])
    );
    assert_eq!(note.paragraphs.len(), 3, "{}", texts(note));

    let bonnet = by_start(&c, "My aunt will not spare me");
    assert_eq!(people(bonnet), pair("Marsh", "Thorne"));
    assert_eq!(date(bonnet).as_deref(), Some("1861-10-11"), "Thursday Evening, and the postmark");
    let words = texts(bonnet);
    assert!(!words.contains("Thursday") && !words.contains("Post-mark"), "{words}");
    assert!(words.ends_with("L.M."), "the initials alone sign it: {words}");

    let undated = by_start(&c, "I was sorry not to find the bonnet");
    assert_eq!(people(undated), pair("Thorne", "Marsh"));
    assert_eq!(undated.date, None, "a weekday alone and no postmark: undated");
    assert!(!texts(undated).contains("Saturday Morning"), "{}", texts(undated));

    let parcel = by_start(&c, "The parcel came this morning");
    assert_eq!(people(parcel), pair("Marsh", "Thorne"));
    assert_eq!((date(parcel).as_deref(), parcel.place()), (Some("1861-11-02"), Some("Lambeth")));

    // `GT to LM`, the initials printed without their stops.
    let proofs = by_start(&c, "A short line only");
    assert_eq!(people(proofs), pair("Thorne", "Marsh"));
    assert_eq!(date(proofs).as_deref(), Some("1861-11-05"));

    for l in &c.letters {
        assert!(!texts(l).contains("[Page") && !texts(l).contains("Post-mark"), "{}", texts(l));
    }
    assert!(c.warnings.iter().all(|w| !w.message.contains("belongs to no letter") || w.line < 7), "{:#?}", c.warnings);
}

/// The same family as an e-book prints it: three initials for one correspondent (`I.M.D.`), the place or the
/// weekday right over the postmark, a dateline with a colon (`12 Harley Place: April 4, 1839.`), the greeting run
/// into the first sentence, the notes as `[Footnote 1: ...]`, signatures in full capitals or initials.
#[test]
fn a_couples_letters_in_an_e_book_keep_their_datelines_postmarks_and_notes() {
    let c = pages("initialled_pair_volume");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));

    let sonnets = by_start(&c, "I have read your sonnets");
    assert_eq!(people(sonnets), pair("Hexham", "Dacre"));
    assert_eq!(sonnets.heading, "R.H. to I.M.D.");
    assert_eq!((date(sonnets).as_deref(), sonnets.place()), (Some("1839-04-02"), Some("Camberwell Grove, Surrey")));
    assert_eq!(
        (markers(sonnets), notes(sonnets)),
        (vec!["1"], vec!["The sonnets had appeared in a quarterly that winter."])
    );

    let thanks = by_start(&c, "I thank you, dear Mr. Hexham");
    assert_eq!(people(thanks), pair("Dacre", "Hexham"));
    assert_eq!((date(thanks).as_deref(), thanks.place()), (Some("1839-04-04"), Some("12 Harley Place")));
    assert_eq!(thanks.paragraphs.len(), 3, "{}", texts(thanks));

    let call = by_start(&c, "Dear Miss Dacre,--I shall say");
    assert_eq!(people(call), pair("Hexham", "Dacre"));
    assert_eq!(date(call).as_deref(), Some("1839-04-12"));
    assert!(!texts(call).contains("Thursday"), "{}", texts(call));

    let doctor = by_start(&c, "The doctor says no");
    assert_eq!((people(doctor), doctor.date), (pair("Dacre", "Hexham"), None));
    assert_eq!(doctor.paragraphs.len(), 2, "the weekday and its hour are no text: {}", texts(doctor));
    assert!(c.letters.iter().all(|l| !texts(l).contains("Footnote") && !texts(l).contains("[Page")));
}

/// Initials with `to` between them inside a sentence head nothing; a postmark under a letter's signature is that
/// letter's, and dates no letter after it.
#[test]
fn initials_in_a_sentence_head_nothing_and_a_postmark_dates_only_its_own_letter() {
    let c = pages("initialled_pair_prose");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let carrier = by_start(&c, "The carrier says");
    assert_eq!(people(carrier), pair("Quill", "Ashby"));
    assert_eq!(date(carrier).as_deref(), Some("1870-06-03"));
    let words = texts(carrier);
    assert!(words.contains("and that O.Q. to P.A.") && words.contains("is the whole of the direction"), "{words}");

    let path = by_start(&c, "Do walk over");
    assert_eq!(people(path), pair("Ashby", "Quill"));
    assert_eq!(date(path).as_deref(), Some("1870-06-09"), "the postmark under its signature");

    let walk = by_start(&c, "The walk was worth the mud");
    assert_eq!(people(walk), pair("Quill", "Ashby"));
    assert_eq!(walk.date, None, "the postmark above its heading is the letter's before");
}

/// One writer's letters as a calendar prints them: the heading names the addressee and the date, perhaps an
/// editor's conjecture in brackets (`[?15 FEBRUARY 1847]`); a line of apparatus follows (`MS Bodleian Library.`,
/// `Extract in ...`, `Text from ...`), then a barred dateline and a salutation, or the text at once. The writer is
/// the volume's.
#[test]
fn a_calendar_of_one_writers_letters_reads_each_heading_apparatus_and_dateline() {
    let c = pages("calendar_headings");
    assert_eq!(c.letters.len(), 7, "{:#?}", summary(&c));

    let proofs = by_start(&c, "My dear Corbyn,");
    assert_eq!(people(proofs), pair("Fenwick", "Corbyn"));
    assert_eq!((date(proofs).as_deref(), proofs.place()), (Some("1847-02-12"), Some("Holly Lodge, Richmond")));
    assert_eq!(proofs.source.as_deref(), Some("MS Bodleian Library."));
    assert_eq!(proofs.paragraphs[0].to_string(), "My dear Corbyn,", "{}", texts(proofs));
    assert_eq!(markers(proofs), ["*", "1"]);
    assert_eq!(notes(proofs).len(), 2);

    let story = by_start(&c, "The story is coming on well");
    assert_eq!(people(story), pair("Fenwick", "Frost"));
    assert_eq!(date(story).as_deref(), Some("1847-02-15"), "the editor's conjectured day");
    assert!(story.source.as_deref().is_some_and(|s| s.starts_with("Extract in Tredgold")), "{:?}", story.source);
    assert_eq!(story.paragraphs.len(), 1, "{}", texts(story));

    let cheque = by_start(&c, "Many thanks for the cheque");
    assert_eq!(people(cheque), pair("Fenwick", "Corbyn"));
    assert_eq!(date(cheque).as_deref(), Some("1847-02-17"));
    assert_eq!(cheque.source.as_deref(), Some("Text from Frost, Recollections, I, 88."));
    assert_eq!(cheque.place(), Some("Holly Lodge"), "a dateline with its day in words, without bars");
    assert!(!texts(cheque).contains("Seventeenth"), "{}", texts(cheque));

    let school = by_start(&c, "Dear Sir,");
    assert_eq!(people(school), pair("Fenwick", "Brooke"));
    assert_eq!((date(school).as_deref(), school.place()), (Some("1847-02-20"), Some("Holly Lodge")));
    assert!(!texts(school).contains("Saturday"), "{}", texts(school));

    // The addressee in the editor's brackets, and a month for a date: no day, so undated.
    let bed = by_start(&c, "The mill chapter is done");
    assert_eq!((people(bed), bed.date), (pair("Fenwick", "Corbyn"), None));
    // An entry given by its summary alone is a letter without text; the heading after it opens the next.
    let sermon = c.letters.iter().find(|l| l.heading.contains("3 MARCH 1847")).expect("the summarised letter");
    assert_eq!((people(sermon), date(sermon).as_deref()), (pair("Fenwick", "Brooke"), Some("1847-03-03")));
    assert!(sermon.paragraphs.is_empty() && sermon.source.as_deref().is_some_and(|s| s.contains("for the sermon")));
    let sheets = by_start(&c, "My dear Mrs. Frost,");
    assert_eq!((people(sheets), date(sheets).as_deref()), (pair("Fenwick", "Frost"), Some("1847-03-05")));

    // The editor on the title page is no one's correspondent, and no apparatus is text.
    for l in &c.letters {
        assert!(!l.sender.has("Colville") && !l.recipient.has("Colville"));
        assert!(!texts(l).contains("MS ") && !texts(l).contains("Extract in"), "{}", texts(l));
    }
}

/// A periodical prints a letter within quotation marks, each of its lines opening with one: its dateline is one
/// still.
#[test]
fn a_letter_printed_within_quotation_marks_keeps_its_dateline() {
    let c = pages("periodical_quoted");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!((date(l).as_deref(), l.place()), (Some("1851-07-30"), Some("Neuherrnhut")));
    assert_eq!(l.sender.to_string(), "Hallberg");
}

#[test]
fn a_friend_named_by_the_writer_s_own_name_for_him_is_the_recipient() {
    // `To his Laelius.`, `To my Lucilius, at Rome.`: a possessive before a name is the friend so named.
    let c = pages("humanist_friends");
    let first = by_start(&c, "Your silence has lasted");
    assert_eq!((first.recipient.to_string(), date(first).as_deref()), ("Laelius".into(), Some("1349-02-02")));
    let second = by_start(&c, "I have your three letters");
    assert_eq!(second.recipient.to_string(), "Lucilius");
    // `his friends` in small letters names no one.
    assert!(
        c.letters.iter().all(|l| l.recipient.names().all(|n| n != "Friends" && n != "friends")),
        "{:#?}",
        summary(&c)
    );
}

#[test]
fn a_calendar_entry_known_only_from_a_mention_is_no_letter_and_a_dated_running_head_is_a_page() {
    let c = pages("calendar_mentions");
    // `To MRS. PEMBERTON, [?3 MARCH 1847]` / `Mention in ...`: a letter lost, known from another's mention of it.
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    assert!(c.warnings.iter().any(|w| w.message.contains("known only from a mention")), "{:?}", c.warnings);
    // `4 Mar 1847     88` at the head of a page: the page's number, no text of any letter.
    let second = by_start(&c, "My Dear Hobday.");
    assert_eq!(date(second).as_deref(), Some("1847-03-04"));
    assert!(c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("Mar 1847"))), "{:#?}", summary(&c));
}

/// A poet's letters numbered on a line of their own, each heading with the editor's date beside it across the
/// page, a day or only a part of a month or a season (`early April 1871`, `late summer 1871`); greetings ended with
/// a full stop (`Dear Cousin.`) with the text on the very next line; a joint addressee sharing a surname (`George
/// and Lydia Thorne`).
#[test]
fn numbered_headings_with_the_editors_date_beside_them() {
    let c = pages("poet_numbered_gapped");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let span = |l: &Letter| l.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(span(&c.letters[0]), pair("1871-04-01", "1871-04-10"), "early April");
    assert_eq!(date(&c.letters[1]).as_deref(), Some("1871-05-14"));
    assert_eq!(span(&c.letters[2]), pair("1871-08-01", "1871-08-31"), "late summer: its last month");
    assert_eq!(c.letters[0].recipient.to_string(), "Vane");
    assert_eq!(&c.letters[0].paragraphs[0], "Dear Cousin.");
    assert!(c.letters[0].paragraphs[1].starts_with("The Frost let go"), "{:?}", c.letters[0].paragraphs);
    assert_eq!(c.letters[1].recipient.names().collect::<Vec<_>>(), ["Thorne", "Thorne"]);
    assert!(c.letters[2].paragraphs[1].starts_with("Because the Hay is in"), "{:?}", c.letters[2].paragraphs);
}

/// A poet's letters in a critical edition: numbered on lines of their own, headed in capitals with the note's
/// marker glued to the last name (`CHARLES LAMB TO THOMAS HOOD1`), the editor's date and the writer's own
/// dateline, a greeting without its comma. The marker is counted, the heading found, and the answer links.
#[test]
fn headings_in_capitals_with_a_glued_marker() {
    let c = pages("caps_heading_markers");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = &c.letters[0];
    assert_eq!((people(first), date(first).as_deref()), (pair("Lamb", "Hood"), Some("1822-05-03")));
    assert_eq!(first.heading, "CHARLES LAMB TO THOMAS HOOD");
    assert_eq!(markers(first), ["1"]);
    let answer = &c.letters[1];
    assert_eq!((people(answer), answer.replies_to), (pair("Hood", "Lamb"), c.find(&first.id)));
}

/// A collected edition's letters whose note on the manuscript stands over the editor's month (`MS. Bodleian
/// Library. Hitherto unpublished.` / `[Early March 1807]`) and a greeting without a comma (`My dear Marland`): the
/// month ends the note, the text is the letter's (none of it taken into its source), and `Your obliged | W.
/// Hesketh` signs it.
#[test]
fn a_note_on_the_manuscript_over_the_editors_month() {
    let c = pages("source_then_month");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = &c.letters[0];
    assert_eq!(first.source.as_deref(), Some("MS. Bodleian Library. Hitherto unpublished."));
    let span = first.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    assert_eq!(span, Some(("1807-03-01".to_string(), "1807-03-10".to_string())));
    assert!(texts(first).contains("Your Letter gave me more pleasure"), "{:?}", first.paragraphs);
    assert_eq!(people(first), pair("Hesketh", "Marland"));
    assert_eq!((people(&c.letters[1]), date(&c.letters[1]).as_deref()), (pair("Hesketh", "Garth"), Some("1807-03-12")));
}

/// An edition that prints a dateline's lines joined by bars (`Boston | Wednesday night | Feb. 15, '71`, under the
/// heading; `Cambridge | Feb. 20 [1871] | 14 Brattle st.` under the signature): the place is the first part, the
/// date the part with its month (a year in two figures read in the page's century), the weekday, the hour and the
/// street left out. The edition's note on the copy numbered as the letter (`112. Harte Papers, ...`) is its source,
/// and opens its notes.
#[test]
fn datelines_whose_lines_are_joined_by_bars() {
    let c = pages("piped_datelines");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let (first, second) = (&c.letters[0], &c.letters[1]);
    assert_eq!((date(first).as_deref(), first.place()), (Some("1871-02-15"), Some("Boston")));
    assert_eq!((date(second).as_deref(), second.place()), (Some("1871-02-20"), Some("Cambridge")));
    assert_eq!(people(second), pair("Harte", "Osgood"));
    assert_eq!(first.source.as_deref(), Some("Harte Papers, Bancroft Library."));
    assert_eq!(notes(first), ["James T. Fields, the publisher."]);
    assert_eq!(cited(first), ["1871-02-11"], "`Yours of the 11th`");
    assert!(first.paragraphs.iter().all(|p| !p.contains("Bancroft") && !p.contains('|')));
}
