//! The papers of one person (tests/pages/<style>/): a documentary edition that numbers its documents `Doc. 47.`,
//! copied from its web viewer (pager, page box, links, running heads `DOC. 47   JUNE 1905   212`) or from its
//! printed volume; a collected works whose items are headed `To Y`, `LETTER TO Y`, `From Y` and signed with a pet
//! name or what the family called the principal; the papers of a senator with a governor's and a prime minister's
//! letter headed by their office in the possessive.

mod pages_support;
use letters::model::{People, ReplyBasis};
use pages_support::*;

fn printed(p: &People) -> Vec<String> {
    p.0.iter().map(|p| p.printed.to_string()).collect()
}

fn by_heading<'a>(c: &'a letters::model::Corpus, heading: &str) -> &'a letters::model::Letter {
    c.letters.iter().find(|l| l.heading == heading).unwrap_or_else(|| panic!("no {heading:?} in {:#?}", summary(c)))
}

/// `Doc. 47. To Conrad Hauser` / `[Bern, 18 or 25 May 1905]` in a viewer's copy of the collected papers of Albert
/// Keller: each document is a letter with its number, the principal the other party, dated by the editor's
/// bracketed line (the first of two days it leaves open) at its place; the viewer's lines and the running heads
/// are page breaks, no text.
#[test]
fn a_viewers_copy_of_numbered_documents() {
    let c = pages("doc_numbered_viewer");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_heading(&c, "Doc. 47. To Conrad Hauser");
    assert_eq!((first.number.as_deref(), people(first)), (Some("47"), pair("Keller", "Hauser")));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1905-05-18"), Some("Bern")));
    assert_eq!(&first.paragraphs[0], "Dear Conrad,");
    assert_eq!(notes(first).len(), 1, "{:?}", notes(first));
    let answer = by_heading(&c, "Doc. 48. From Conrad Hauser");
    assert_eq!((answer.number.as_deref(), people(answer)), (Some("48"), pair("Hauser", "Keller")));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1905-06-04"), Some("Zurich")));
    let wife = by_heading(&c, "Doc. 49. To Mileva Keller");
    assert_eq!(printed(&wife.recipient), ["Mileva Keller"]);
    assert_eq!(wife.sender.names().collect::<Vec<_>>(), ["Keller"], "the pet name he signs is the principal's");
    for l in &c.letters {
        for p in l.paragraphs.iter() {
            for furniture in ["Previous page", "Go to page", "original language", "Cite this", "DOC. 4", "JUNE 1905"] {
                assert!(!p.contains(furniture), "{furniture} in {p:?}");
            }
        }
    }
    // Each page turns once, though the pager and the running head both name it.
    let pages: Vec<&str> = c.letters.iter().flat_map(|l| l.pages.iter().map(|p| p.page.as_str())).collect();
    assert_eq!(pages, ["213", "214"]);
    assert!(c.warnings.iter().all(|w| !w.message.contains("after the end of the letter")), "{:#?}", c.warnings);
}

/// The printed volume's copy (its title in capitals, the running head on either side of the page, a plain dateline
/// as well as the editor's bracket): `From Hedwig Lautner` is to the principal, and her thanks for his letter of 3
/// March answer the document before; `[Kiel, before 20 March 1911]` places the letter at Kiel.
#[test]
fn a_printed_volumes_numbered_documents() {
    let c = pages("doc_numbered_volume");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_heading(&c, "Doc. 112. To Hedwig Lautner");
    assert_eq!(people(first), pair("Bergmann", "Lautner"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1911-03-03"), Some("Kiel")));
    let answer = by_heading(&c, "Doc. 113. From Hedwig Lautner");
    assert_eq!(people(answer), pair("Lautner", "Bergmann"));
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1911-03-09"), Some("Göttingen")));
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    let last = by_heading(&c, "Doc. 114. To Paul Reinhold");
    assert_eq!((people(last), last.place()), (pair("Bergmann", "Reinhold"), Some("Kiel")));
    assert_eq!(last.number.as_deref(), Some("114"));
    for l in &c.letters {
        assert!(l.paragraphs.iter().all(|p| !p.contains("DOC.") && !p.starts_with("Doc.")), "{:?}", l.paragraphs);
    }
}

/// A collected works whose title names its principal (`THE COLLECTED WORKS OF RAJENDRA MEHTA`, repeated as a
/// running head): `To Y` and `LETTER TO Y` are by him, `From Y` to him, whatever he signs (`Pappy`, `BHAIYA`); the
/// Viceroy's letter is by the one who signs it, and answers the principal's; an appendix's letter signed in full
/// by another is that other's.
#[test]
fn the_principal_of_collected_works_and_his_signatures() {
    let c = pages("principal_works");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let daughter = by_start(&c, "Darling Kamu");
    assert_eq!(printed(&daughter.recipient), ["Kamala Mehta"]);
    assert_eq!(daughter.sender.names().collect::<Vec<_>>(), ["Mehta"]);
    assert_eq!(basis(daughter), ["signature"], "signed with his pet name, the principal as the editor records him");
    let official = by_heading(&c, "2. LETTER TO SIR HUGH ASHLEY");
    assert_eq!(people(official), pair("Mehta", "Ashley"));
    assert_eq!((date(official).as_deref(), official.place()), (Some("1931-03-20"), Some("Allahabad")));
    let from = by_heading(&c, "3. From Kamala Mehta");
    assert_eq!(from.recipient.names().collect::<Vec<_>>(), ["Mehta"]);
    assert_eq!(printed(&from.sender), ["Kamala Mehta"]);
    assert_eq!((from.replies_to, from.reply_basis), (c.find(&daughter.id), Some(ReplyBasis::Explicit)));
    let sister = by_heading(&c, "4. To Vijaya Pandit");
    assert_eq!(people(sister), pair("Mehta", "Pandit"), "what the family called him is no other writer");
    assert!(sister.paragraphs.iter().all(|p| !p.contains("VICEROY")), "the next heading opens its own letter");
    let viceroy = by_heading(&c, "5. THE VICEROY'S LETTER TO RAJENDRA MEHTA");
    assert_eq!(people(viceroy), pair("Ashley", "Mehta"));
    assert_eq!(basis(viceroy), ["signature"]);
    assert_eq!((viceroy.replies_to, viceroy.reply_basis), (c.find(&official.id), Some(ReplyBasis::Explicit)));
    let appendix = by_heading(&c, "6. To Hugh Ashley");
    assert_eq!(people(appendix), pair("Desai", "Ashley"), "a full signature of another is his letter");
    for l in &c.letters {
        let everyone = l.sender.names().chain(l.recipient.names()).collect::<Vec<_>>();
        assert!(
            everyone.iter().all(|n| !["Letter", "Viceroy's Letter", "Bhaiya", "Pappy"].contains(n)),
            "{everyone:?}"
        );
    }
}

/// The variant: `The Papers of Josiah Wendell` in small letters, no numbers. `To Lucretia Wendell` signed
/// `Affectionately / Tiny` is his; `From Lucretia Wendell` greeting `My dear husband` is to him (a bond is no
/// one's name) and answers it; `Governor's reply to the Council` and `PRIME MINISTER'S LETTER TO JOSIAH WENDELL`
/// are by those who sign them, never by the principal nor by anyone named `Reply` or `Letter`.
#[test]
fn the_principal_of_a_senators_papers_and_letters_by_office() {
    let c = pages("principal_papers");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    let wife = by_heading(&c, "To Lucretia Wendell");
    assert_eq!(printed(&wife.recipient), ["Lucretia Wendell"]);
    assert_eq!(wife.sender.names().collect::<Vec<_>>(), ["Wendell"]);
    let answer = by_heading(&c, "From Lucretia Wendell");
    assert_eq!(printed(&answer.sender), ["Lucretia Wendell"]);
    assert_eq!(answer.recipient.names().collect::<Vec<_>>(), ["Wendell"], "not a person named Husband");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&wife.id), Some(ReplyBasis::Explicit)));
    let porter = by_heading(&c, "To Peter B. Porter");
    assert_eq!(people(porter), pair("Wendell", "Porter"));
    let governor = by_heading(&c, "Governor's reply to the Council");
    assert_eq!(governor.sender.names().collect::<Vec<_>>(), ["Slaughter"]);
    assert_eq!(governor.recipient.names().collect::<Vec<_>>(), ["Council"]);
    assert_eq!((date(governor).as_deref(), governor.place()), (Some("1822-02-11"), Some("Frankfort")));
    let minister = by_heading(&c, "PRIME MINISTER'S LETTER TO JOSIAH WENDELL");
    assert_eq!(people(minister), pair("Liverpool", "Wendell"));
    assert_eq!(basis(minister), ["signature"]);
    for l in &c.letters {
        let everyone = l.sender.names().chain(l.recipient.names()).collect::<Vec<_>>();
        assert!(everyone.iter().all(|n| !["Letter", "Reply", "Husband", "Tiny"].contains(n)), "{everyone:?}");
    }
}
