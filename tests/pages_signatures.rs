//! The writer's name at the foot of a letter, in styles written for the tests (tests/pages/): field telegrams
//! signed with a name and, on the line under it, an abbreviated rank (`Maj. Gen.`, `Col.`); office letters whose
//! signer's post (`Colonial Secretary`, `Director.`) or the firm he signs for (`for BRANDLEY & HOOK LTD.`) stands
//! under or over his name; a painter's letters under a site's title naming him in full, signed with his given name or
//! with his bond to the reader (`Your Scholar`); a humanist's letters headed `ANSELM OF BRUGES TO PIETER HALS`; a
//! scientist's papers whose letters greet by a calling (`Dear Colleague,`).

mod pages_support;
use pages_support::*;

#[test]
fn a_rank_or_post_under_the_signature_is_the_signers_post_not_the_signer() {
    let c = pages("signed_posts");
    assert_eq!(c.letters.len(), 8, "{:#?}", summary(&c));
    let order = by_start(&c, "Your despatch of 6 A.M.");
    assert_eq!(people(order), pair("Trelawney", "Ashby"), "`Maj. Gen.` under the name is his rank");
    assert_eq!(&*order.sender.0[0].printed, "G. W. TRELAWNEY Maj. Gen.", "the printed form keeps the rank");
    assert_eq!(date(order).as_deref(), Some("1864-05-12"));
    let answer = by_start(&c, "The wagons are over.");
    assert_eq!(people(answer), pair("Ashby", "Trelawney"), "`Col.` alone under the name");
    let brigade = by_start(&c, "Your despatch of the 12th");
    assert_eq!(people(brigade), pair("Pryce", "Ashby"), "after a close, `Brig. Gen.`");
    let depot = by_start(&c, "The depot at the river landing");
    assert_eq!(basis(depot), ["signature"]);
    assert_eq!(depot.sender.to_string(), "Cassidy", "`(Signed)`, then `Capt. and Asst. Quartermaster.`");

    let minister = by_start(&c, "I have read your memorandum");
    assert_eq!(people(minister), pair("Penrose", "Vane"), "`Colonial Secretary` is his post");
    assert_eq!(&*minister.sender.0[0].printed, "Arthur Penrose Colonial Secretary");
    let looms = by_start(&c, "We regret that the looms");
    assert_eq!(people(looms), pair("Ormsby", "Holt"), "the director signs for the firm named above him");
    assert!(looms.sender.0[0].printed.contains("BRANDLEY & HOOK LTD."), "the firm is kept as printed");
    let survey = by_start(&c, "I have the honour to report that the survey party");
    assert_eq!(survey.sender.to_string(), "Fenby", "`(Signed) W. T. Fenby` over `Assistant Resident.`");
    assert_eq!(date(survey).as_deref(), Some("1902-04-03"));
}

#[test]
fn a_surname_that_is_also_a_word_of_office_stays_the_name() {
    let c = pages("signed_posts");
    let order = by_start(&c, "Your letter of the 9th is to hand");
    assert_eq!(people(order), pair("Marshal", "Holt"), "`Henry Marshal`: no post is left a name");
    // No rank or post became anyone: every sender is one of the signers.
    let senders: Vec<String> = c.letters.iter().map(|l| l.sender.to_string()).collect();
    for s in &senders {
        assert!(
            !["Gen", "Col", "Secretary", "Director", "Resident", "Quartermaster"].contains(&s.as_str()),
            "{senders:?}"
        );
    }
}

/// A painter's letters under the site's title `Jules Marchand - The Letters`: the writer signs with his given name
/// alone, which is the writer the title names in full; a close `Your Scholar` names no one, so the letter is the
/// collection's writer's, marked as such; his friend's answer signed `Henri` is the friend's, whom the page names
/// in full.
#[test]
fn a_given_name_signature_is_the_writer_the_title_names_and_a_bond_close_is_no_name() {
    let c = pages("painter_letters");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let nets = by_start(&c, "The boats came in late");
    assert_eq!(people(nets), pair("Marchand", "Vautrin"));
    assert_eq!((&*nets.sender.0[0].printed, basis(nets)), ("Jules", vec!["signature"]), "signed `Jules`");
    assert_eq!(date(nets).as_deref(), Some("1891-07-09"));
    let parcel = by_start(&c, "Your parcel came this morning");
    assert_eq!(people(parcel), pair("Marchand", "Vautrin"), "`Your Scholar` is no name: the title's writer");
    assert_eq!(basis(parcel), ["collection"]);
    let answer = by_start(&c, "I am glad the paper serves");
    assert_eq!(people(answer), pair("Vautrin", "Marchand"), "`Henri` is the Henri the page names, not the writer");
    assert_eq!(date(answer).as_deref(), Some("1891-07-26"));
    // On its own page a letter is cited by its day: the letter of the 20th is not the one of the 22nd cited.
    assert_eq!(cited(answer), ["1891-07-22"]);
    assert_eq!(answer.replies_to, None, "{:?}", answer.reply_evidence);
}

#[test]
fn a_bond_close_on_a_page_naming_no_writer_names_nobody() {
    let c = pages("painter_letters");
    let copy = by_start(&c, "I have finished the copy");
    assert!(copy.sender.is_empty(), "`Your Pupil` is no one's name: {:?}", copy.sender.to_string());
    assert_eq!(copy.recipient.to_string(), "Piquet");
}

/// A humanist's letters in translation, headed `ANSELM OF BRUGES TO PIETER HALS, GREETING.`: a personal name with
/// no title before `of` and a place is the person (`Anselm`, as an editor records him), never the place; after a
/// title (`LORD FENWICK OF HALTWHISTLE`) the place is the title's name, as peers sign.
#[test]
fn a_given_name_of_a_place_is_the_person_and_a_lord_of_a_place_is_the_peer() {
    let c = pages("humanist_letters");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let book = by_start(&c, "I have received the little book");
    assert_eq!(people(book), pair("Anselm", "Hals"));
    assert_eq!(&*book.sender.0[0].printed, "ANSELM OF BRUGES", "the printed form keeps the place");
    assert_eq!((book.number.as_deref(), date(book).as_deref()), (Some("XII"), Some("1521-05-03")));
    let answer = by_start(&c, "Your letter of the 3rd of May");
    assert_eq!(people(answer), pair("Hals", "Anselm"));
    assert_eq!(answer.replies_to, c.find(&book.id), "the answer links to Anselm's letter");
    let lord = by_start(&c, "Your book pleased the King");
    assert_eq!(people(lord), pair("Haltwhistle", "Anselm"), "the peer by his title's place");
    let named: Vec<String> = c.letters.iter().flat_map(|l| [l.sender.to_string(), l.recipient.to_string()]).collect();
    assert!(!named.iter().any(|n| n == "Bruges"), "the place of a personal name is nobody: {named:?}");
}

/// A general's papers: each telegram headed `To Maj. Gen. Silas M. Harlan` or `Maj. Gen. Silas M. Harlan to Maj.
/// Gen. Amos T. Redfield`, signed `A. T. REDFIELD` over `Maj. Gen.`. The rank after the signature's name is no given
/// name, so the signer and the man the heading names in full are one man, and an answer citing `your despatch of
/// 7.00 A.M. yesterday` links to his telegram of that day.
#[test]
fn a_rank_after_the_signature_keeps_one_man_for_the_reply_link() {
    let c = pages("ranked_signatures");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let order = by_start(&c, "Your despatch of the 19th received.");
    assert_eq!(people(order), pair("Redfield", "Harlan"));
    assert_eq!(date(order).as_deref(), Some("1863-05-20"));
    let brigade = by_start(&c, "Move your brigade");
    assert_eq!(people(brigade), pair("Redfield", "Vail"));
    let answer = by_start(&c, "Your despatch of 7.00 A.M. yesterday");
    assert_eq!(people(answer), pair("Harlan", "Redfield"));
    assert_eq!(cited(answer), ["1863-05-20"]);
    assert_eq!(answer.replies_to, c.find(&order.id), "{:?}", answer.reply_evidence);
    let last = by_start(&c, "Your despatch of 6 A.M. to-day");
    assert_eq!(cited(last), ["1863-05-21"]);
    assert_eq!(last.replies_to, c.find(&answer.id), "{:?}", last.reply_evidence);
}

/// A writer's collected papers, headed `41. To Thomas Crane`: the edition says the writer wrote it, so a pet name
/// signed in small letters (`Your Hettie`) is the writer, not another person; the answer headed `From Thomas
/// Crane` and signed `Ever your Tom` is Crane's, to the writer.
#[test]
fn a_pet_name_signed_under_a_to_heading_is_the_collection_s_writer() {
    let c = pages("pet_names");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let lectures = by_start(&c, "The lectures have begun again");
    assert_eq!(people(lectures), pair("Vane", "Crane"));
    assert_eq!((&*lectures.sender.0[0].printed, basis(lectures)), ("Hettie", vec!["signature"]));
    let answer = by_start(&c, "Your letter of 3 May came");
    assert_eq!(people(answer), pair("Crane", "Vane"));
    assert_eq!(answer.replies_to, c.find(&lectures.id));
    let thanks = by_start(&c, "Thank you for your letter");
    assert_eq!(people(thanks), pair("Vane", "Crane"));
}

/// A scientist's papers (`12. From Ernest Rutherford`, `13. To Ernest Rutherford`): `Dear Colleague,` names no
/// one, so the letter from the correspondent goes to the papers' man, known by his signature on his own letter;
/// his answer citing `your letter of the 20th` links to it.
#[test]
fn a_greeting_by_a_calling_names_no_one() {
    let c = pages("colleague_papers");
    let got = numbered_rows(&c);
    assert_eq!(got, [row("12", "Rutherford", "Bohr", "1913-03-20"), row("13", "Bohr", "Rutherford", "1913-03-31")]);
    assert_eq!(c.letters[0].recipient.0[0].basis, letters::model::PersonBasis::Collection);
    assert_eq!(c.letters[1].replies_to, c.find(&c.letters[0].id));
}
