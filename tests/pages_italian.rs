//! Letters printed in Italian editions of correspondences: a number in roman figures alone over each letter
//! (`CCXL.`), headings `A X in PLACE.` and `X a Y.` (in capitals too), a Latin superscription under the heading,
//! the editor's date in round brackets, a salutation running into the text (`Compare carissimo. Io ebbi ...`), the
//! date at the end in Italian or Latin (`In Ferrara, a dì 11 di maggio 1513.`, `Die 4 Maii 1513.`, `Datum
//! Florentiae, die 20 Augusti 1513.`), the writer's name under it with his office or place, notes `(1)`, and an
//! editor's remark in square brackets between letters; references `la vostra de' 4 del presente`, `la vostra
//! lettera dell'11 di maggio`.

mod pages_support;

use letters::model::ReplyBasis;
use pages_support::{by_start, cited, date, markers, notes, pages, pair, people, summary};

/// A secretary's letters and his correspondents' answers, as a digital library prints them under its breadcrumb.
#[test]
fn a_secretarys_letters_numbered_in_roman_figures_dated_at_their_end() {
    let c = pages("italian_secretary");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let first = by_start(&c, "Magnifico Oratore. Io ho avuto");
    assert_eq!(
        people(first),
        pair("Corsellini", "Albizzeschi"),
        "`A Iacopo Albizzeschi in Ferrara.`: the town is no part of his name"
    );
    assert_eq!(first.number.as_deref(), Some("CCXL"), "the roman number alone over the heading");
    assert_eq!(
        (date(first).as_deref(), first.place()),
        (Some("1513-05-04"), Some("Firenze")),
        "`(Firenze, 4 maggio 1513.)`"
    );
    assert!(
        first.source.as_deref().is_some_and(|s| s.starts_with("Magnifico viro Iacopo")),
        "the Latin superscription is the letter's address, no text: {:?}",
        first.source
    );
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Il Duca di Ferrara, Alfonso."]));
    assert_eq!(cited(first), ["1513-04-28"], "`la vostra de' 28 d'aprile`");
    assert_eq!(first.replies_to, None, "no letter of the 28th April is printed");
    assert_eq!(first.paragraphs.last(), Some("Matteo Corsellini, Segretario."), "the name under `Die 4 Maii 1513.`");

    let answer = by_start(&c, "Compare carissimo. Io ebbi");
    assert_eq!(people(answer), pair("Albizzeschi", "Corsellini"), "`Iacopo Albizzeschi a Matteo Corsellini.`");
    assert_eq!(answer.number.as_deref(), Some("CCXLI"));
    assert_eq!(
        (date(answer).as_deref(), answer.place()),
        (Some("1513-05-11"), Some("Ferrara")),
        "`In Ferrara, a dì 11 di maggio 1513.`"
    );
    assert_eq!(cited(answer), ["1513-05-04"], "`la vostra de' 4 del presente`: this month's fourth");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));

    let villa = by_start(&c, "Compare. Ho veduto");
    assert_eq!(people(villa), pair("Corsellini", "Albizzeschi"));
    assert_eq!(
        (date(villa).as_deref(), villa.place()),
        (Some("1513-08-02"), Some("Firenze")),
        "`Data in Firenze, addì 2 d'agosto 1513.`"
    );
    assert!(
        villa.paragraphs[0].contains("la vostra lettera dell'11 di maggio"),
        "`dell'11` keeps its day: no marker {:?}",
        villa.paragraphs
    );
    assert_eq!(cited(villa), ["1513-05-11"]);
    assert_eq!(villa.replies_to, c.find(&answer.id), "the letter of the 11th May from Albizzeschi");
    assert_eq!(villa.paragraphs.last(), Some("Matteo Corsellini, in Villa."));

    let rome = by_start(&c, "Magnifico Ambasciadore. Voi mi scrivete");
    assert_eq!(people(rome), pair("Corsellini", "Gherardacci"));
    assert_eq!(cited(rome), ["1513-05-11"], "`per la vostra de' 11 di maggio`");
    assert_eq!(
        rome.replies_to, None,
        "the letter of the 11th May printed is Albizzeschi's, not Gherardacci's: no link"
    );

    let reply = by_start(&c, "Onorando Segretario.");
    assert_eq!(people(reply), pair("Gherardacci", "Corsellini"), "`BARTOLOMMEO GHERARDACCI A MATTEO CORSELLINI.`");
    assert_eq!(
        (date(reply).as_deref(), reply.place()),
        (Some("1513-08-16"), Some("Roma")),
        "`Di Roma, a dì 16 d'agosto 1513.`"
    );
    assert_eq!(reply.replies_to, c.find(&rome.id), "`la vostra de' 9 del presente`");

    let latin = by_start(&c, "Magnifico Ambasciadore. I Collegi");
    assert_eq!(people(latin), pair("Corsellini", "Gherardacci"), "`A BARTOLOMMEO GHERARDACCI IN ROMA.`");
    assert_eq!(latin.number.as_deref(), Some("CCXLV"));
    assert_eq!(date(latin).as_deref(), Some("1513-08-20"), "`Datum Florentiae, die 20 Augusti 1513.`");

    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("Mancano") && !p.contains("Biblioteca"))),
        "the editor's remark and the breadcrumb are no letter's text"
    );
}

/// An Italian life of a secretary: a date mid-sentence, a quoted `la vostra de' 28 d'aprile`, a place alone on
/// its line (`A Ferrara.`) and a sentence opening `Andò a Roma` open no letter.
#[test]
fn an_italian_narrative_with_places_and_dates_opens_no_letter() {
    let c = pages("italian_prose");
    assert!(c.letters.is_empty(), "{:#?}", summary(&c));
}
