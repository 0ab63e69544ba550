//! Documentary editions of American papers copied from their printed volumes (tests/pages/<style>/): a founder's
//! papers with an editor's headnote between the heading (and its note on the document) and the letter's dateline
//! and salutation; a general's papers whose salutation and dateline share a line set apart by a gap; territorial
//! papers whose land-office officers sign together, answered by office, with an endorsement and an enclosure
//! after the letter.

mod pages_support;
use letters::model::{People, ReplyBasis};
use pages_support::*;

fn names(p: &People) -> Vec<String> {
    p.names().map(str::to_string).collect()
}

/// `From Jean-Baptiste Vauquelin` / `ALS: ...` / the editor's headnote / `Lorient Dec. 30. 1776` / `Sir`: the
/// letter is found, its text opens at the salutation, the headnote is its source (not its first paragraph), and
/// the volume's man is the other party.
#[test]
fn a_headnote_between_the_heading_and_the_dateline_is_the_editors() {
    let c = pages("papers_headnotes");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let first = by_start(&c, "Allow a stranger who honours your country");
    assert_eq!(&first.paragraphs[0], "Sir", "the text opens at the salutation");
    assert_eq!(people(first), pair("Vauquelin", "Caldwell"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1776-12-30"), Some("Lorient")));
    let source = first.source.as_deref().expect("a source");
    assert!(source.starts_with("ALS: American Philosophical Society; Headnote: Vauquelin, a dealer"), "{source}");
    assert!(source.contains("Notation: Vauquelin 30 Dec. 1776"), "{source}");
    assert_eq!(markers(first), ["4"], "the headnote's markers are no marks in the letter's text");
    let answer = by_start(&c, "I received duly your obliging letter of the 30th past");
    assert_eq!(people(answer), pair("Caldwell", "Vauquelin"));
    assert_eq!(date(answer).as_deref(), Some("1777-01-14"));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    // No letter opens with an editor's sentence.
    for l in &c.letters {
        let opening = l.paragraphs.iter().next().unwrap_or_default();
        assert!(!opening.contains("editors") && !opening.contains(" was a "), "{opening}");
    }
}

/// A headnote wrapped over lines in two paragraphs, under a source note run on over two lines, the heading an
/// office (`The Committee of Secret Correspondence to ...`) and three members signing under a close in the
/// plural: the members are the writers; `From Lavergne` (one word) over `ALS: ...` is a letter too.
#[test]
fn a_wrapped_headnote_and_a_committee_signing_together() {
    let c = pages("papers_headnotes");
    let committee = by_start(&c, "We rejoice to learn from your letter written at Nantes");
    assert_eq!(&committee.paragraphs[0], "Dear and honoured Sir");
    assert_eq!(names(&committee.sender), ["Tolley", "Crane", "Lusk"]);
    assert_eq!(basis(committee), ["signature", "signature", "signature"]);
    assert_eq!(names(&committee.recipient), ["Caldwell"]);
    assert_eq!(date(committee).as_deref(), Some("1777-01-21"));
    assert!(committee.source.as_deref().is_some_and(|s| s.contains("Headnote: This is the first letter")));
    assert!(committee.source.as_deref().is_some_and(|s| s.contains("reached Paris in the first week of March")));
    assert_eq!(markers(committee), ["8"]);
    assert_eq!(notes(committee).len(), 3, "the notes after the names are the letter's, none its text");
    let shipbuilder = by_start(&c, "Permit me to offer you the two corvettes");
    assert_eq!(people(shipbuilder), pair("Lavergne", "Caldwell"));
    assert_eq!((date(shipbuilder).as_deref(), shipbuilder.place()), (Some("1777-01-25"), Some("Nantes")));
}

/// What must not happen: a letter under an edition's note with neither salutation nor dateline keeps its text
/// (its first paragraph is no headnote), and nothing after a signature opens a letter.
#[test]
fn a_letter_without_greeting_keeps_its_first_paragraph() {
    let c = pages("papers_headnotes");
    let note = by_start(&c, "I send you the accounts of the sloop");
    assert_eq!(
        note.paragraphs[0].split(',').next(),
        Some("I send you the accounts of the sloop as the captain gave them to me")
    );
    assert_eq!(people(note), pair("Caldwell", "Marsh"));
    assert_eq!(note.source.as_deref(), Some("ADfS: American Philosophical Society"));
    assert!(c.warnings.iter().all(|w| !w.message.contains("after the end of the letter")), "{:#?}", c.warnings);
}

/// `Dear General                         Fort Edward August 3d 1776` under `From Colonel Amos Tredwell` in the
/// papers of one general: the salutation opens the text, the dateline dates it, the general is the other party;
/// so with a comma after the greeting, a heading of two words (`From Jotham Rusk`), a place with a word in small
/// letters (`Head Quarters White plains`) and the month cut short as the century did (`Octo.`).
#[test]
fn a_salutation_and_a_dateline_on_one_line() {
    let c = pages("papers_gapped_greetings");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let report = by_start(&c, "Dear General");
    assert_eq!(people(report), pair("Tredwell", "Harroway"));
    assert_eq!((date(report).as_deref(), report.place()), (Some("1776-08-03"), Some("Fort Edward")));
    assert!(report.paragraphs[1].starts_with("I arrived here last evening"));
    let answer = by_start(&c, "Your letter of the 3d came to hand");
    assert_eq!(people(answer), pair("Harroway", "Tredwell"));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1776-08-09"), Some("Camp on Long Island")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));
    let rusk = by_start(&c, "Dear Sir, The enemy lay quiet all day");
    assert_eq!(people(rusk), pair("Rusk", "Harroway"));
    assert_eq!((date(rusk).as_deref(), rusk.place()), (Some("1776-10-04"), Some("Camp near Kings Bridge")));
    let orders = by_start(&c, "Your favour of the 4th ultimo");
    assert_eq!(&orders.paragraphs[0], "Sir");
    assert_eq!(people(orders), pair("Harroway", "Rusk"));
    assert_eq!((date(orders).as_deref(), orders.place()), (Some("1776-11-04"), Some("Head Quarters White plains")));
    assert_eq!((orders.replies_to, orders.reply_basis), (c.find(&rusk.id), Some(ReplyBasis::Explicit)));
}

/// `THE REGISTER AND RECEIVER AT PALMYRA TO THE COMMISSIONER OF THE GENERAL LAND OFFICE`, signed `Jno Badgley
/// Register` / `Nathl Ewart Receiver`: both signers are the writers, the office the addressee. The answer `TO THE
/// REGISTER AND RECEIVER AT PALMYRA` (`Gentlemen`, `Your joint letter of the 22d ultimo`) is to the two, and
/// answers that letter. The endorsement under it is its source; the enclosure and its table make no letter.
#[test]
fn land_office_officers_sign_together_and_are_answered_by_office() {
    let c = pages("territorial_joint");
    assert_eq!(c.letters.len(), 3, "the enclosure is no letter: {:#?}", summary(&c));
    let returns = by_start(&c, "We have the honor to enclose our monthly returns");
    assert_eq!(names(&returns.sender), ["Badgley", "Ewart"]);
    assert_eq!(names(&returns.recipient), ["Commissioner of the General Land Office"]);
    assert_eq!((date(returns).as_deref(), returns.place()), (Some("1824-03-22"), Some("Land Office at Palmyra")));
    let source = returns.source.as_deref().expect("a source");
    assert!(source.ends_with("[Endorsed] Recd 9th April 1824. Ansd 12th April"), "{source}");
    assert!(returns.paragraphs.iter().all(|p| !p.contains("Endorsed") && !p.contains("Township")));
    let answer = by_start(&c, "Your joint letter of the 22d ultimo");
    assert_eq!(names(&answer.recipient), ["Badgley", "Ewart"]);
    assert_eq!(cited(answer), ["1824-03-22"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&returns.id), Some(ReplyBasis::Explicit)));
    assert_eq!(date(answer).as_deref(), Some("1824-04-12"));
}

/// What must not happen: a single writer's report under an office's heading has one writer, the holder who signs
/// for the office (`Wm Fenwick`, the office kept with his name), names no officer of the land office as its
/// addressee, and no letter answers it.
#[test]
fn a_single_officer_is_not_made_a_joint_writer() {
    let c = pages("territorial_joint");
    let plats = by_start(&c, "The plats of the townships north of Palmyra");
    assert_eq!(people(plats), pair("Fenwick", "Commissioner of the General Land Office"));
    assert_eq!(&*plats.sender.0[0].printed, "Surveyor of Public Lands (Wm Fenwick)");
    assert_eq!(plats.replies_to, None);
    assert!(c.letters.iter().all(|l| l.replies_to != c.find(&plats.id)));
}
