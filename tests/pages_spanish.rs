//! Letters printed in Spanish editions of correspondences: headings `AL SEÑOR GENERAL X.`, `A don X.`, `Al
//! mismo.`, `DEL GENERAL X AL GENERAL Y.`, an office in capitals (`AL EXCMO. SEÑOR VICEPRESIDENTE DE LA
//! REPÚBLICA.`); datelines `Quito, 5 de mayo de 1828.`, `Lima, a 3 de enero de 1829.`; salutations `Mi querido
//! general:`, `Señor:`; closes `Soy de usted afectísimo amigo,`, `Dios guarde a V. E. muchos años.`; references
//! `su carta del 12 de abril`, `su apreciable de 28 del pasado`, `la de usted de 10 del corriente`. A writer's
//! letters to one friend under a running head (`PÉREZ GALDÓS · CARTAS A PEREDA`), numbered by the editor alone.

mod pages_support;

use letters::model::ReplyBasis;
use pages_support::{by_start, cited, date, markers, notes, numbered_rows, pages, pair, people, row, summary};

/// A general's collected letters, with two of his correspondent's among them.
#[test]
fn a_generals_letters_with_datelines_salutations_and_closes() {
    let c = pages("spanish_general");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let report = by_start(&c, "Los partes de la división");
    assert_eq!(people(report), pair("Salceda", "Arriaga"), "`DEL GENERAL DIEGO SALCEDA AL GENERAL ARRIAGA.`");
    assert_eq!(
        (date(report).as_deref(), report.place()),
        (Some("1828-04-12"), Some("Guayaquil")),
        "`Guayaquil, a 12 de abril de 1828.`"
    );
    assert_eq!(
        (markers(report), notes(report)),
        (vec!["1"], vec!["El río Daule, que en abril sale de madre todos los años."])
    );

    let answer = by_start(&c, "He recibido su carta del 12 de abril");
    assert_eq!(
        people(answer),
        pair("Arriaga", "Salceda"),
        "`AL SEÑOR GENERAL DIEGO SALCEDA.`, signed `TOMÁS ARRIAGA.`"
    );
    assert_eq!(
        (date(answer).as_deref(), answer.place()),
        (Some("1828-05-05"), Some("Quito")),
        "`Quito, 5 de mayo de 1828.`"
    );
    assert!(answer.paragraphs.first().is_some_and(|p| p == "Mi querido general:"), "the greeting opens the text");
    assert_eq!(cited(answer), ["1828-04-12"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&report.id), Some(ReplyBasis::Explicit)));

    let hospital = by_start(&c, "Contesto su apreciable");
    assert_eq!(people(hospital), pair("Arriaga", "Villaverde"), "`A don Ramón Villaverde.`, signed `T. Arriaga.`");
    assert_eq!(
        (date(hospital).as_deref(), hospital.place()),
        (Some("1829-01-03"), Some("Lima")),
        "`Lima, a 3 de enero de 1829.`"
    );
    assert_eq!(cited(hospital), ["1828-12-28"], "`de 28 del pasado`: the month before's 28th");
    assert_eq!(
        hospital.replies_to, None,
        "the letter of the 28th December printed is Salceda's, not Villaverde's: no link"
    );

    let same = by_start(&c, "Por la de usted");
    assert_eq!(people(same), pair("Arriaga", "Villaverde"), "`Al mismo.`");
    assert_eq!(date(same).as_deref(), Some("1829-01-20"));
    assert_eq!(cited(same), ["1829-01-10"], "`la de usted de 10 del corriente`");
    assert_eq!(same.replies_to, None);

    let office = by_start(&c, "Tengo el honor");
    assert_eq!(
        people(office),
        pair("Arriaga", "Vicepresidente de la República"),
        "an office in capitals is the addressee"
    );
    assert_eq!(date(office).as_deref(), Some("1829-01-22"));
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("— 213 —"))),
        "a page's number is no text"
    );
}

/// A Spanish memoir: a date mid-sentence, `Su carta del 12 de abril` in a narrative, a place alone on its line
/// (`A Quito.`) and a sentence opening `A las cinco` open no letter.
#[test]
fn a_spanish_narrative_with_places_and_dates_opens_no_letter() {
    let c = pages("spanish_prose");
    assert!(c.letters.is_empty(), "{:#?}", summary(&c));
}

/// A writer's letters to one friend, under a running head that names both (`PÉREZ GALDÓS · CARTAS A PEREDA`), each
/// under the editor's number alone: over a dateline and a greeting run into the text (`Querido Pereda: Recibí la
/// tuya del 27 del pasado ...`), over the greeting alone (`Amigo mío: ...`, dated at its foot), or over the
/// editor's month (`[Madrid, mayo de 1877]`). `Amigo` names no one; `Autógrafo. ...` under the text is its source.
#[test]
fn numbered_letters_to_one_friend_under_a_running_head() {
    let c = pages("spanish_numbered_letters");
    let got = numbered_rows(&c);
    let row = |n, d| row(n, "Galdós", "Pereda", d);
    assert_eq!(got, [row("12", "1877-04-02"), row("13", "1877-04-18"), row("14", "")], "{:#?}", summary(&c));
    let first = &c.letters[0];
    assert_eq!(cited(first), ["1877-03-27"], "`la tuya del 27 del pasado`");
    assert_eq!(markers(first), ["1"]);
    assert_eq!(first.source.as_deref(), Some("Autógrafo. Casa-Museo de Pereda, Polanco."));
    assert!(first.paragraphs.iter().all(|p| !p.starts_with("Autógrafo")));
    let month = c.letters[2].date_range().expect("the editor's month");
    assert_eq!((month.start.to_string(), month.end.to_string()), ("1877-05-01".into(), "1877-05-31".into()));
    assert!(c.letters[2].paragraphs.iter().next().is_some_and(|p| p.starts_with("Amigo: No tengo tiempo")));
}
