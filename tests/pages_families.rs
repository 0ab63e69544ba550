//! Pages in the styles of other editions (tests/pages/<style>/): each test loads a folder as a user would and
//! checks what a careful editor records — the letters, their people, dates, footnote markers and reply links.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

#[test]
fn founders_online_headings_datelines_and_yours_of_the_14th() {
    let c = pages("founders");
    assert_eq!(c.letters.len(), 2);
    let tj = by_start(&c, "I return you the letters");
    assert_eq!(people(tj), pair("Jefferson", "Adams"));
    assert_eq!((date(tj).as_deref(), tj.place()), (Some("1813-10-14"), Some("Monticello")));
    assert_eq!(markers(tj), ["1"]);
    assert_eq!(tj.footnotes.len(), 1, "the unindented note under the signature is a footnote");
    let ja = by_start(&c, "Yours of the 14th came to hand");
    assert_eq!(people(ja), pair("Adams", "Jefferson"));
    assert_eq!(ja.replies_to, c.find("adams-jefferson-1813/1"));
    assert_eq!(ja.reply_basis, Some(ReplyBasis::Explicit));
    assert_eq!(ja.reply_evidence.as_deref(), Some("‘Yours of the 14th’"));
}

#[test]
fn frus_of_the_1930s_offices_holders_routing_and_telegram_replies() {
    let c = pages("frus1934");
    assert_eq!(c.letters.len(), 2);
    let dodd = by_start(&c, "45. The Chancellor");
    assert_eq!(people(dodd), pair("Dodd", "Secretary of State"));
    assert_eq!(dodd.source.as_deref(), Some("862.00/3210: Telegram"));
    assert_eq!(dodd.classification.as_deref(), Some("[Received March 3—11:10 a.m.]"));
    assert_eq!((date(dodd).as_deref(), dodd.place()), (Some("1934-03-03"), Some("Berlin")));
    assert_eq!(markers(dodd), ["12"]);
    let reply = by_start(&c, "22. Your telegram of March 3");
    // The acting holder answers for the office.
    assert_eq!(people(reply), pair("Secretary of State", "Dodd"));
    assert_eq!(&*reply.sender.0[0].printed, "The Acting Secretary of State");
    let dates: Vec<String> = reply.references.iter().filter_map(|r| r.date.map(|d| d.to_string())).collect();
    assert_eq!(dates, ["1934-03-03"], "`March 3, 1 p.m.` is one date and an hour");
    assert_eq!(reply.replies_to, c.find("d45/1"));
}

#[test]
fn official_records_open_letters_by_date_line_and_addressee() {
    let c = pages("official_records");
    assert_eq!(c.letters.len(), 2, "the running heads neither open nor split a letter");
    let meade = by_start(&c, "I have the honor to report");
    assert_eq!(people(meade), pair("Meade", "Halleck"));
    assert_eq!(basis(meade), ["signature"]);
    assert_eq!(date(meade).as_deref(), Some("1863-07-04"));
    assert!(meade.paragraphs.iter().any(|p| p.starts_with("The army is much worn")));
    let halleck = by_start(&c, "Your despatch of 10 p.m. yesterday");
    assert_eq!(people(halleck), pair("Halleck", "Meade"));
    assert_eq!(halleck.place(), Some("WASHINGTON"));
    assert_eq!(halleck.replies_to, c.find("gettysburg/1"), "yesterday is the day before the letter's date");
}

#[test]
fn collected_works_give_the_writer_of_recipient_only_headings() {
    let c = pages("lincoln");
    assert_eq!(c.letters.len(), 2);
    let meade = by_start(&c, "MAJOR-GENERAL MEADE:");
    assert_eq!(people(meade), pair("Lincoln", "Meade"));
    assert_eq!(basis(meade), ["collection"]);
    assert_eq!(date(meade).as_deref(), Some("1863-07-07"));
    assert_eq!(markers(meade), ["*"]);
    assert_eq!(meade.footnotes.len(), 1);
    let grant = by_start(&c, "MY DEAR GENERAL:");
    assert_eq!(people(grant), pair("Lincoln", "Grant"));
    assert_eq!(date(grant).as_deref(), Some("1863-07-13"));
}

#[test]
fn a_correspondence_edition_with_bracketed_years_and_daggers() {
    let c = pages("darwin");
    assert_eq!(c.letters.len(), 3);
    let from_hooker = by_start(&c, "Kew");
    assert_eq!(people(from_hooker), pair("Hooker", "Darwin"), "a letter to the collection's writer");
    assert_eq!(from_hooker.recipient.0[0].basis.as_str(), "collection");
    assert_eq!(from_hooker.replies_to, c.find("1860/2"), "your note of the 12th");
    let gray = by_start(&c, "Down Bromley Kent");
    assert_eq!(people(gray), pair("Darwin", "Gray"));
    assert_eq!(date(gray).as_deref(), Some("1860-03-10"));
    assert_eq!(markers(gray), ["†"]);
    assert_eq!(gray.footnotes[0].text, "Gray's letter is not known to survive.");
    assert_eq!(gray.references[0].date.map(|d| d.to_string()).as_deref(), Some("1860-02-20"));
    let hooker = by_start(&c, "My dear Hooker");
    assert_eq!(people(hooker).1, "Hooker");
}

#[test]
fn classical_letters_numbered_in_roman_answer_each_other() {
    let c = pages("classical");
    assert_eq!(c.letters.len(), 4);
    let cicero = by_start(&c, "I have received your letter of the 1st");
    assert_eq!(people(cicero), pair("Cicero", "Atticus"), "a greeting is no party");
    assert_eq!(cicero.date, None, "the 5th of May without a year dates nothing");
    let seneca = by_start(&c, "Continue to act thus");
    assert_eq!(people(seneca), pair("Seneca", "Lucilius"));
    let pliny = by_start(&c, "Your request that I would send");
    assert_eq!((people(pliny), pliny.number.as_deref()), (pair("Pliny", "Tacitus"), Some("XX")));
    assert_eq!(markers(pliny), ["*"]);
    let tacitus = by_start(&c, "I have received your letter, and thank");
    assert_eq!(people(tacitus), pair("Tacitus", "Pliny"));
    // Undated both, but XXI follows XX in the edition and thanks for the letter.
    assert_eq!((tacitus.replies_to, tacitus.reply_basis), (c.find("pliny/1"), Some(ReplyBasis::Inferred)));
}

#[test]
fn royal_letters_with_peers_and_offices_in_capitals() {
    let c = pages("royal");
    assert_eq!(c.letters.len(), 2);
    let w = by_start(&c, "My dear Lord,");
    assert_eq!(people(w), pair("Duke of Wellington", "Liverpool"));
    assert_eq!((date(w).as_deref(), w.place()), (Some("1815-10-11"), Some("Paris")));
    assert_eq!(w.references[0].date.map(|d| d.to_string()).as_deref(), Some("1815-10-05"));
    assert_eq!(w.replies_to, None, "the letter of the 5th is not in the corpus");
    let v = by_start(&c, "MY DEAREST UNCLE");
    assert_eq!(people(v), pair("Victoria", "King of the Belgians"));
    assert_eq!(date(v).as_deref(), Some("1838-06-18"));
}

#[test]
fn a_letter_quoted_in_prose_ends_at_its_signature_and_a_route_is_no_letter() {
    let c = pages("prose");
    assert_eq!(c.letters.len(), 1);
    let rush = by_start(&c, "Dear Sir,");
    assert_eq!(people(rush).0, "Rush");
    assert_eq!((date(rush).as_deref(), rush.place()), (Some("1790-05-05"), Some("Philadelphia")));
    assert_eq!(rush.paragraphs.len(), 3, "the narrative after the signature is not the letter's");
}

#[test]
fn archive_metadata_lines_name_the_people_and_the_date() {
    let c = pages("metadata");
    assert_eq!(c.letters.len(), 1);
    let l = &c.letters[0];
    assert_eq!(people(l), pair("Washington", "Knox"));
    assert_eq!(basis(l), ["metadata"]);
    assert_eq!(date(l).as_deref(), Some("1787-03-05"));
    assert_eq!(l.references[0].date.map(|d| d.to_string()).as_deref(), Some("1787-02-22"), "the 22d ultimo");
}

#[test]
fn page_furniture_and_file_lines_belong_to_no_letter() {
    let c = pages("furniture");
    assert_eq!(c.letters.len(), 2);
    let b = by_start(&c, "1412. Your 901");
    assert_eq!(people(b), pair("Bohlen", "Department of State"));
    assert_eq!((b.number.as_deref(), b.source.as_deref()), (Some("12"), Some("611.61/2–1855: Telegram")));
    assert_eq!(b.classification.as_deref(), Some("secret; priority"));
    assert_eq!(b.paragraphs.len(), 3, "the running head splits nothing");
    assert_eq!(markers(b), ["1", "2"]);
    assert_eq!(b.footnotes.len(), 2);
    let d = by_start(&c, "903. Your telegram");
    assert_eq!((d.number.as_deref(), date(d).as_deref()), (Some("13"), Some("1955-02-19")));
    assert_eq!(
        d.replies_to,
        c.find("frus-1955/1"),
        "the Secretary's telegram to the Embassy answers the Ambassador's to the Department: one seat to the other"
    );
}

#[test]
fn no_link_to_a_later_letter_an_answered_one_an_undated_one_or_a_year_back() {
    let c = pages("wrong_links");
    let early = by_start(&c, "I write in haste");
    assert_eq!(early.replies_to, None, "a reply never comes before the letter it cites");
    assert_eq!(early.references[0].letter, None);
    let answered = by_start(&c, "Your letter of the 5th came to hand");
    assert_eq!(answered.replies_to, c.find("exchange/2"));
    let again = by_start(&c, "Thank you for your kind letter");
    assert_eq!(again.replies_to, None, "the letter of 5 March was answered already");
    let undated = by_start(&c, "Thank you for your letter. I shall write");
    assert_eq!(undated.replies_to, None, "an undated letter's place in the order is no date");
    let late = by_start(&c, "Thank you for your letter. Much has changed");
    assert_eq!(late.replies_to, None, "a year is no exchange");
}

#[test]
fn one_letter_in_two_editions_is_one_letter_and_its_reply_holds_for_both() {
    let c = pages("editions");
    let founders = c.find("founders/1").expect("founders/1");
    let familiar = c.find("familiar-letters/1").expect("familiar-letters/1");
    assert_eq!(c.letters[founders].editions, [familiar]);
    assert_eq!(c.letters[familiar].editions, [founders]);
    assert_eq!(c.letters[familiar].number.as_deref(), Some("LXXXVI"));
    let reply = by_start(&c, "Your letter of March 31 reached me");
    let target = reply.replies_to.expect("a reply");
    assert!(target == founders || target == familiar);
    let other = c.find("founders/2").expect("founders/2");
    assert!(c.letters[other].editions.is_empty());
}

#[test]
fn frus_memoranda_by_an_office_with_dates_in_brackets_and_markers_after_a_day() {
    let c = pages("frus_memoranda");
    assert_eq!(c.letters.len(), 2);
    let hull = by_start(&c, "My Dear Mr. President:");
    // The office's holder signs (`Cordell Hull`): he is the writer, the office kept with his name.
    assert_eq!(people(hull), pair("Hull", "Roosevelt"));
    assert_eq!(&*hull.sender.0[0].printed, "Secretary of State (Cordell Hull)");
    assert_eq!((date(hull).as_deref(), hull.place()), (Some("1943-03-03"), Some("Washington")));
    assert_eq!(markers(hull), ["1", "2"], "`February 27,1` carries a marker");
    assert_eq!(hull.footnotes.len(), 2);
    let fdr = by_start(&c, "My Dear Mr. Secretary:");
    assert_eq!(people(fdr), pair("President", "Secretary of State"));
    // The office is not known to be Roosevelt from this page: no link rather than a guessed one.
    assert_eq!(fdr.replies_to, None);
    assert_eq!(fdr.references[0].date.map(|d| d.to_string()).as_deref(), Some("1943-03-03"));
}
