//! A page of one person's papers whose title is not on it (tests/pages/<style>/): headings name only the other
//! party (`To Samuel Pryor`, `From Samuel Pryor`), and the principal is the one who signs the letters to others.

mod pages_support;
use letters::model::{PersonBasis, ReplyBasis};
use pages_support::*;

/// A letterbook page in the manner of a colonial merchant's papers: two of the principal's letters are unsigned
/// letterbook copies (`LB (ScHi).`, a note on the copy, not a signature), one is signed `Henry Laurens`, and one is
/// from his correspondent. The signer is the writer of every `To ...` letter and the addressee of the `From ...`
/// one, marked as the collection's; the answers link by the dates they cite.
#[test]
fn the_signer_of_one_letter_is_the_principal_of_the_page() {
    let c = pages("papers_unnamed_principal");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (pair("Laurens", "Pryor"), "1779-08-14".to_string()),
            (pair("Pryor", "Laurens"), "1779-08-20".to_string()),
            (pair("Laurens", "Pryor"), "1779-08-26".to_string()),
            (pair("Laurens", "Governor of Georgia"), "1779-08-27".to_string()),
        ]
    );
    assert_eq!(c.letters[0].sender.0[0].basis, PersonBasis::Collection, "inferred, not printed");
    assert_eq!(c.letters[1].recipient.0[0].basis, PersonBasis::Collection);
    assert_eq!(c.letters[2].sender.0[0].basis, PersonBasis::Signature, "printed under the text");
    // The letterbook's note is the letter's source, not its last paragraph nor its signer.
    let last = &c.letters[3];
    assert_eq!(last.source.as_deref(), Some("LB (ScHi)."));
    assert!(last.paragraphs.iter().all(|p| !p.contains("ScHi")), "{:?}", last.paragraphs);
    assert!(c.letters[0].paragraphs.iter().all(|p| !p.contains("ScHi")), "{:?}", c.letters[0].paragraphs);
    for (reply, answered) in [(1, 0), (2, 1)] {
        let (r, a) = (&c.letters[reply], &c.letters[answered]);
        assert_eq!((r.replies_to, r.reply_basis), (c.find(&a.id), Some(ReplyBasis::Explicit)), "{}", r.id);
    }
}

/// One signature alone on a page with no letter from another (`Your Scholar` under a poet's letter) may be a pet
/// name or a role: it is that letter's, and the other unsigned letter stays without a writer.
#[test]
fn one_signature_alone_makes_no_principal() {
    let c = pages("papers_one_signature");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    assert_eq!(c.letters[0].recipient.to_string(), "Warrington");
    assert!(c.letters[1].sender.is_empty(), "{:?}", c.letters[1].sender);
}
