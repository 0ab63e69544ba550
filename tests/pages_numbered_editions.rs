//! Printed editions whose letters are numbered in their own ways (tests/pages/<style>/): a two-person
//! correspondence numbered with the writer's initial (`41 K`), an editor's narrative edition (`LETTER XXI.`, a
//! commentary, a superscription `For ...: These.`), and an eighteenth-century edition (`LETTER XII.` / `TO MR.
//! FENWICK.`, dates with `O.S.`, dates cited in words).

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn a_correspondence_numbered_with_the_writers_initial() {
    let c = pages("initialled_correspondence");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "Your paper on the viscosity");
    assert_eq!(first.number.as_deref(), Some("41 K"));
    assert_eq!(people(first), pair("Kessler", "Reisinger"), "signed KESSLER, greeting `Dear Professor Reisinger`");
    assert_eq!(basis(first), ["signature"]);
    assert_eq!(
        (date(first).as_deref(), first.place()),
        (Some("1911-03-03"), Some("Küsnacht")),
        "`Seestrasse 12, Küsnacht, 3 March 1911`: the street's number is no part of the place"
    );
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Published in the Annalen der Physik for 1911."]));
    let answer = by_start(&c, "Many thanks for your letter of 3 March");
    assert_eq!(answer.number.as_deref(), Some("42 R"));
    assert_eq!(people(answer), pair("Reisinger", "Kessler"), "`Dear friend`: the other correspondent");
    assert_eq!(
        (date(answer).as_deref(), answer.place()),
        (Some("1911-03-09"), Some("Innsbruck")),
        "the letterhead `PROF. DR. REISINGER` beside `9 March 1911, Innsbruck, Museumstrasse 7`"
    );
    assert!(!answer.paragraphs.iter().any(|p| p.contains("PROF. DR.")), "{:?}", answer.paragraphs);
    assert_eq!(notes(answer), ["Kessler's letter of 3 March, no. 41 above."], "the next number is no note's text");
    assert_eq!(cited(answer), ["1911-03-03"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find("reisinger_kessler/1"), Some(ReplyBasis::Explicit)));
    let undated = by_start(&c, "Many thanks for your letter and");
    assert_eq!(people(undated), pair("Kessler", "Reisinger"));
    assert_eq!((date(undated), undated.place()), (None, Some("Küsnacht")), "`Küsnacht, undated`");
    assert_eq!(
        (undated.replies_to, undated.reply_basis),
        (c.find("reisinger_kessler/2"), Some(ReplyBasis::Inferred)),
        "an undated thanks answers the letter numbered before it"
    );
    let unsigned = by_start(&c, "I am sorry to hear");
    assert_eq!(people(unsigned), pair("Reisinger", "Kessler"), "no signature: `44 R` is Reisinger's");
    assert_eq!(basis(unsigned), ["inferred"]);
    assert!(c.letters.iter().all(|l| l.number.as_deref() != Some("3 A")), "a number over running text opens nothing");
    assert!(unsigned.paragraphs.iter().any(|p| p.starts_with("and it is yours")), "{:?}", unsigned.paragraphs);
}

#[test]
fn an_eighteenth_century_edition_with_old_style_dates_and_dates_cited_in_words() {
    let c = pages("eighteenth_century");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "I HAVE now been a fortnight");
    assert_eq!(first.number.as_deref(), Some("XII"));
    assert_eq!(people(first), pair("Pelling", "Fenwick"), "the collection's writer to `MR. FENWICK`");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1718-03-14"), Some("Smyrna")), "`March 14, O.S. 1718`");
    let baths = by_start(&c, "YOU will expect");
    assert_eq!(people(baths), pair("Pelling", "Bute"), "`TO THE COUNTESS OF BUTE.`: the title's place");
    assert_eq!(baths.recipient.0[0].printed.as_ref(), "THE COUNTESS OF BUTE");
    assert!(baths.paragraphs[0].starts_with("YOU will expect some account"), "the capitals open the text");
    assert_eq!(markers(baths), ["*", "†"]);
    assert_eq!(notes(baths)[1], "Lady Pelling tells the same story in her letter of March 14 to Lady ----.");
    assert!(baths.references.is_empty(), "a note's letter of March 14 is no reference of the letter");
    let answer = by_start(&c, "I RECEIVED yours from Smyrna");
    assert_eq!(people(answer), pair("Fenwick", "Pelling"), "`MR. FENWICK TO LADY HARRIET PELLING.`");
    assert_eq!((answer.number.as_deref(), date(answer)), (None, None));
    assert_eq!(cited(answer), ["1718-03-14"], "`yours from Smyrna of the fourteenth of March`");
    assert_eq!(
        (answer.replies_to, answer.reply_basis),
        (c.find("pelling_letters/1"), Some(ReplyBasis::Explicit)),
        "undated: the one letter of the page from Lady Pelling to him of 14 March"
    );
    let later = by_start(&c, "I HAVE had no answer");
    assert_eq!(people(later), pair("Pelling", "Bute"));
    assert_eq!(cited(later), ["1718-03-20"], "`my letter of the twentieth of March`");
    assert_eq!(later.references[0].letter, c.find("pelling_letters/2"));
    assert_eq!(later.replies_to, None, "her own letter is no letter she answers");
}

#[test]
fn an_editors_narrative_edition_with_superscriptions_and_a_quoted_letter() {
    let c = pages("narrative_edition");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "I beseech you");
    assert_eq!(first.number.as_deref(), Some("XXI"), "`LETTER XXI.` over the commentary and the superscription");
    assert_eq!(people(first), pair("Ashdown", "Committee at Northampton"), "a body of people, where it sits");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1644-01-24"), Some("Huntingdon")), "`1643-4`");
    assert_eq!(markers(first), ["†", "*"], "the star glued to the signature `ROBERT ASHDOWN.*`");
    assert_eq!(notes(first), ["The arrears were of eleven weeks.", "Saturday next was the 27th."]);
    let commentary =
        ["winter of this year", "Committee sent part", "Ashdown's answer", "answer was written", "marched"];
    for l in &c.letters {
        assert!(
            !l.paragraphs.iter().any(|p| commentary.iter().any(|w| p.contains(w))),
            "the editor's commentary is no letter's text: {:?}",
            l.paragraphs
        );
    }
    let quoted = by_start(&c, "I have received command from the Lords");
    assert_eq!(people(quoted), pair("Dalby", "Ashdown"), "signed `WILL. DALBY.`; the commentary: `wrote to Ashdown`");
    assert_eq!((date(quoted).as_deref(), quoted.place()), (Some("1644-06-02"), Some("Newark")));
    assert_eq!(quoted.number, None);
    let answer = by_start(&c, "I have yours of the 2d");
    assert_eq!(answer.number.as_deref(), Some("XXII"));
    assert_eq!(people(answer), pair("Ashdown", "Dalby"), "`For my honoured Friend Sir William Dalby, ...: These.`");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1644-06-05"), Some("Stamford")));
    assert!(!answer.paragraphs.iter().any(|p| p.starts_with("Stamford")), "the closing date line is no paragraph");
    assert_eq!(cited(answer), ["1644-06-02"]);
    assert_eq!(
        (answer.replies_to, answer.reply_basis),
        (c.find("ashdown_letters/2"), Some(ReplyBasis::Explicit)),
        "`yours of the 2d`: the letter the commentary quotes"
    );
    let brother = by_start(&c, "I thank God");
    assert_eq!(brother.number.as_deref(), Some("XXIII"), "`LETTER XXXV.` inside a sentence numbers nothing");
    assert!(c.letters.iter().all(|l| l.number.as_deref() != Some("XXXV")));
    assert_eq!(people(brother), pair("Ashdown", "Ashdown"), "`To my loving Brother Captain Henry Ashdown`");
    assert_eq!(
        (date(brother).as_deref(), brother.place()),
        (Some("1645-03-09"), Some("Ely")),
        "`9th March 1644-5, O.S.`"
    );
    assert_eq!(notes(brother), ["The mill was finished in the summer."]);
    assert!(!brother.paragraphs.iter().any(|p| p.contains("last letter of the winter")), "{:?}", brother.paragraphs);
}

#[test]
fn an_indented_edition_s_centred_number_and_heading_end_the_notes_of_the_letter_before() {
    let c = pages("centred_edition");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Your kind letter of the 2nd");
    assert_eq!(first.number.as_deref(), Some("41"));
    assert_eq!(date(first).as_deref(), Some("1771-04-08"));
    assert_eq!(
        notes(first),
        [
            "Robert (1762–1830) and Henry (1764–1811), afterwards of the Bengal service.",
            "The new barn at Brereton, finished that summer."
        ],
        "an indented note goes on over its unindented line, and ends at the centred number"
    );
    let answer = by_start(&c, "Yours of the 8th came");
    assert_eq!(answer.number.as_deref(), Some("42"));
    assert_eq!(date(answer).as_deref(), Some("1771-04-15"));
    assert_eq!(notes(answer), ["The dispute with the City over the printing of debates."]);
    assert_eq!(answer.replies_to, c.find("ashby_letters_1771/1"));
}

#[test]
fn a_centred_number_over_a_centred_german_heading_opens_the_next_letter_after_notes() {
    let c = pages("centred_edition_german");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Ihr Brief vom 20. v. M.");
    assert_eq!((first.number.as_deref(), people(first)), (Some("12"), pair("Halbach", "Reuter")));
    assert_eq!(notes(first), ["Der Verlag von Wilhelm Hertz in Berlin, der die Sammlung später übernahm."]);
    let answer = by_start(&c, "Haben Sie Dank für Ihren Brief vom 3. d. M.");
    assert_eq!((answer.number.as_deref(), people(answer)), (Some("13"), pair("Reuter", "Halbach")));
    assert_eq!(date(answer).as_deref(), Some("1861-05-09"));
    assert_eq!(answer.replies_to, c.find("briefwechsel_1861/1"));
}

/// A humanist's letters numbered by book and letter (`Ep. IV, 7.`), centred over `To X.`, dated at the end, with
/// the editor's notes gathered under `NOTES` after the last letter.
#[test]
fn a_humanist_s_letters_numbered_by_book_and_letter() {
    let c = pages("humanist_numbered");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "The scribe has finished");
    assert_eq!(first.number.as_deref(), Some("Ep. IV, 7"));
    assert_eq!((first.recipient.to_string(), date(first).as_deref()), ("Guarino".to_string(), Some("1418-03-12")));
    assert_eq!(notes(first), ["Guarino had asked for the Quintilian in the previous autumn; the copy is now lost."]);
    let second = by_start(&c, "Your letter of the first of March");
    assert_eq!(second.number.as_deref(), Some("Ep. IV, 8"), "a running head between letters opens nothing");
    let last = by_start(&c, "The remaining books");
    assert_eq!((last.number.as_deref(), date(last)), (Some("Ep. IV, 9"), None));
    assert!(last.sender.is_empty(), "`NOTES` is no signature: {}", last.sender);
    assert_eq!(notes(last), ["The copy was made from the manuscript found at St Gall in 1416."]);
}

/// A scientific correspondence: `Letter 2210`, the heading, the editor's date, `From the original in ...` (the
/// letter's source, under which the text still begins), then the writer's dateline at the right and the greeting.
#[test]
fn a_scientific_correspondence_keeps_its_text_under_where_the_original_is() {
    let c = pages("scientific_correspondence");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "I write in haste");
    assert_eq!((first.number.as_deref(), people(first)), (Some("2210"), pair("Volkhardt", "Tyndale")));
    assert_eq!(first.source.as_deref(), Some("From the original in RS MS 241, f. 17"));
    assert_eq!(date(first).as_deref(), Some("1852-03-03"));
    assert!(first.paragraphs.iter().all(|p| !p.starts_with("From the original")), "{:?}", first.paragraphs);
    let answer = by_start(&c, "Your letter of the 3rd");
    assert_eq!(answer.source.as_deref().map(|s| s.starts_with("From a copy in RI MS T 3/88")), Some(true));
    assert_eq!(answer.replies_to, c.find("correspondence_v4_1852/1"));
}

/// An indented edition without numbers: after a letter's indented note, a centred heading over a dateline opens
/// the next letter, though the heading alone might be a note's words.
#[test]
fn a_centred_heading_over_a_dateline_ends_the_notes_of_the_letter_before() {
    let c = pages("translated_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "The new quartet");
    assert_eq!(notes(first), ["The quartet in E flat, Op. 14."]);
    let second = by_start(&c, "Your letter of the 20th of last month");
    assert_eq!(second.recipient.to_string(), "Lampe");
    assert_eq!(date(second).as_deref(), Some("1838-03-09"));
}

/// A pope's register in translation: each letter numbered and addressed to a body of people named by where it is
/// (`To all the bishops of Gaul`, `To the Clergy of Arles`), an editor's date of an early year (`[1 March 514]`),
/// and the letter's own first line naming both sides (`Hormisdas to all the bishops of Gaul.`), which is its
/// caption, no letter of its own.
#[test]
fn a_register_of_letters_to_bodies_of_people() {
    let c = pages("church_register");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    assert_eq!(people(&c.letters[0]), pair("Hormisdas", "bishops of Gaul"));
    assert_eq!(date(&c.letters[0]).as_deref(), Some("0514-03-01"));
    assert_eq!(people(&c.letters[1]), pair("Hormisdas", "Clergy of Arles"));
    assert!(c.letters[0].paragraphs.iter().all(|p| !p.starts_with("Hormisdas to")), "{:?}", c.letters[0].paragraphs);
}

/// A modern edition's letters numbered with their figures set apart by a wider space (`812  To Archibald
/// Lowrie`), each heading over the note on its copy (`MS Yale. Published: Letters, ii, 204 (extract).`, `ALS,
/// NLS-RLS.`, with a library's siglum and its collection's): each note is its letter's source, never the name of
/// a collection's writer nor a signature; the next heading opens a letter of its own after the signature.
#[test]
fn figures_set_apart_before_to_number_a_letter() {
    let c = pages("gapped_edition_numbers");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (l.number.clone(), people(l), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (Some("812".into()), pair("Fenwick", "Lowrie"), "1891-05-04".to_string()),
            (Some("813".into()), pair("Fenwick", "Fenwick"), "1891-05-09".to_string()),
        ]
    );
    assert_eq!(c.letters[0].source.as_deref(), Some("MS Yale. Published: Letters, ii, 204 (extract)."));
    assert_eq!(c.letters[1].source.as_deref(), Some("ALS, NLS-RLS."));
    assert!(c.letters.iter().all(|l| l.sender.0[0].basis == letters::model::PersonBasis::Signature));
}
