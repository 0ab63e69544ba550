//! Nineteenth-century editions of a commander's or a statesman's dispatches that print each document in quotation
//! marks (tests/pages/<style>/): a heading without one names the addressee (`To Viscount Castlereagh.`) or both
//! parties (`Le Maréchal Soult, Duc de Dalmatie, à Sir Arthur Wellesley.`), then every part of the document opens
//! with the edition's mark, single (`'Coimbra, 14th May, 1809.`, `'MY LORD,`), double or curly, and the signature
//! closes it (`'ARTHUR WELLESLEY.'`); letters in French in the same form; footnotes `*` and `†` below. The marks
//! are the edition's, not the letter's: a quotation inside a paragraph keeps its own.

mod pages_support;
use letters::model::{Letter, ReplyBasis};
use pages_support::*;

/// No paragraph keeps the edition's `marks` at its start or end.
fn unmarked(l: &Letter, marks: &[char]) -> bool {
    l.paragraphs.iter().all(|p| !p.starts_with(marks) && !p.ends_with(marks))
}

#[test]
fn a_commanders_dispatches_in_single_quotation_marks_with_letters_in_french() {
    let c = pages("quoted_dispatches");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    assert!(c.letters.iter().all(|l| unmarked(l, &['\''])), "{:#?}", summary(&c));

    let first = by_start(&c, "I have the honor to inform your Lordship");
    assert_eq!(people(first), pair("Wellesley", "Castlereagh"), "`To Viscount Castlereagh.`, signed");
    assert_eq!(basis(first), ["signature"], "the collection's principal signs");
    assert_eq!((date(first).as_deref(), first.place()), (Some("1809-05-14"), Some("Coimbra")));
    assert_eq!(first.paragraphs.iter().next(), Some("MY LORD,"), "the salutation opens the text");
    assert_eq!(first.paragraphs.iter().next_back(), Some("ARTHUR WELLESLEY."));
    assert!(
        first.paragraphs.iter().any(|p| p.contains("the boatmen \"will bring every boat they have hidden.\"")),
        "a quotation inside a paragraph stays: {:?}",
        first.paragraphs
    );
    assert_eq!((markers(first), notes(first)), (vec!["*"], vec!["See the General Order of the 9th May."]));

    let soult = by_start(&c, "J'ai l'honneur de proposer");
    assert_eq!(people(soult), pair("Soult", "Wellesley"), "the other side's letter, headed in French");
    assert_eq!((date(soult).as_deref(), soult.place()), (Some("1809-05-13"), Some("Amarante")));
    assert_eq!(soult.paragraphs.iter().next(), Some("MONSIEUR LE GÉNÉRAL,"));
    assert_eq!(soult.paragraphs.iter().next_back(), Some("Le Maréchal Duc de Dalmatie, SOULT."));

    let hill = by_start(&c, "I have received your letter of the 13th");
    assert_eq!(people(hill), pair("Wellesley", "Hill"));
    assert_eq!(hill.paragraphs.iter().next(), Some("MY DEAR HILL,"));
    assert_eq!(cited(hill), ["1809-05-13"]);
    assert_eq!(hill.replies_to, None, "Hill's letter is not printed; Soult's of the same day is no answer to it");

    let french = by_start(&c, "J'ai reçu votre lettre du 13");
    assert_eq!(people(french), pair("Wellesley", "Soult"), "`Au Maréchal Soult.`, signed");
    assert_eq!(date(french).as_deref(), Some("1809-05-20"), "`'Au Quartier Général, ce 20 Mai, 1809.`");
    assert_eq!(french.paragraphs.iter().next(), Some("MONSIEUR LE MARÉCHAL,"));
    assert!(french.paragraphs.iter().any(|p| p == "J'ai l'honneur d'être, &c."), "{:?}", french.paragraphs);
    assert_eq!((french.replies_to, french.reply_basis), (c.find(&soult.id), Some(ReplyBasis::Explicit)));
    assert_eq!(
        (markers(french), notes(french)),
        (vec!["†"], vec!["The exchange was made at Ponte de Lima on the 28th May."])
    );
}

#[test]
fn a_statesmans_correspondence_in_double_and_curly_quotation_marks() {
    let c = pages("quoted_dispatches_statesman");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));
    assert!(c.letters.iter().all(|l| unmarked(l, &['"', '“', '”'])), "{:#?}", summary(&c));

    let liverpool = by_start(&c, "The Cabinet met yesterday");
    assert_eq!(people(liverpool), pair("Earl of Liverpool", "Castlereagh"));
    assert_eq!(date(liverpool).as_deref(), Some("1815-01-13"));
    assert!(
        liverpool.paragraphs.iter().any(|p| p.contains("We think \"no settlement which leaves Prussia discontented\"")),
        "{:?}",
        liverpool.paragraphs
    );
    let reply = by_start(&c, "I have received your letter of the 13th");
    assert_eq!(people(reply), pair("Castlereagh", "Earl of Liverpool"), "`TO THE EARL OF LIVERPOOL.`, signed");
    assert_eq!(basis(reply), ["signature"]);
    assert_eq!((date(reply).as_deref(), reply.place()), (Some("1815-01-24"), Some("Vienna")));
    assert_eq!(reply.paragraphs.iter().next_back(), Some("CASTLEREAGH."));
    assert_eq!((reply.replies_to, reply.reply_basis), (c.find(&liverpool.id), Some(ReplyBasis::Explicit)));
    assert_eq!(markers(reply), ["*"]);
    let clancarty = by_start(&c, "You will take charge");
    assert_eq!(people(clancarty), pair("Castlereagh", "Clancarty"));
    assert_eq!(clancarty.replies_to, None);

    let report = by_start(&c, "I have the honour to report that the troops");
    assert_eq!(people(report), pair("Maldon", "Governor General"), "curly marks: `“HENRY MALDON.”`");
    assert_eq!((date(report).as_deref(), report.place()), (Some("1843-03-03"), Some("Camp Sukkur")));
    assert_eq!(report.paragraphs.iter().next(), Some("MY LORD,"));
    assert_eq!(report.paragraphs.iter().next_back(), Some("HENRY MALDON."));
    let note = by_start(&c, "Send me the returns");
    assert_eq!(people(note), pair("Maldon", "Rawley"));
    assert_eq!(note.paragraphs.iter().next(), Some("DEAR RAWLEY,"));
}
