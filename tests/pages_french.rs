//! Letters printed in French editions of correspondences: headings `À M. X.`, `AU MÊME.`, `DE M. X À M. Y.`,
//! `Mme X à M. Y.` under the edition's number; date lines before or after the body (`À Sorèze, le 24 octobre
//! 1738.`, `Paris, ce 3 mars 1851.`, `Le 20 mars 1851.`, `Croisset, mercredi soir, 12 [mars 1851].`, `ce 2 9bre
//! 1738`, `1er décembre`); salutations that greet no one (`Monsieur,`, `Mon cher maître,`); markers `(1)` and `*`;
//! references `votre lettre du 2 novembre`, `du 3 de ce mois`. Ordinal days `25e juillet`, `2e août`.
//!
//! A party's name is its surname without its particle (`M. DE LORMEUIL` and `M. de Lormeuil` are both
//! `Lormeuil`), as a French index files people; the heading keeps the form printed.

mod pages_support;

use letters::model::ReplyBasis;
use pages_support::{by_start, cited, date, markers, notes, numbered_rows, pages, pair, people, row, summary};

/// An eighteenth-century edition: roman numbers joined by a dash to `À M. X.`, `AU MÊME.`, a letter from the
/// correspondent (`DE M. X À M. Y.`), the place and date under the signature, notes `(1)` after each letter.
#[test]
fn an_eighteenth_century_edition_with_addressees_and_closing_date_lines() {
    let c = pages("french_classic");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "J'ai reçu votre lettre du 18 octobre");
    assert_eq!(
        people(first),
        pair("Vernange", "Lormeuil"),
        "the writer is the title's: `CORRESPONDANCE DE M. DE VERNANGE`"
    );
    assert_eq!(first.number.as_deref(), Some("CCCXV"));
    assert_eq!(
        (date(first).as_deref(), first.place()),
        (Some("1738-10-24"), Some("Sorèze")),
        "`À Sorèze, le 24 octobre 1738.`"
    );
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Cette lettre ne s'est pas retrouvée."]));
    assert!(
        first.paragraphs.iter().all(|p| !p.contains("(1)")),
        "the marker is out of the text: {:?}",
        first.paragraphs
    );
    assert_eq!(cited(first), ["1738-10-18"]);
    assert_eq!(first.replies_to, None, "no letter of the 18th October is printed: no link to a nearby one");
    assert!(first.paragraphs.iter().all(|p| !p.contains("Sorèze")), "the date line is no paragraph");

    let same = by_start(&c, "Mon cher philosophe");
    assert_eq!(people(same), pair("Vernange", "Lormeuil"), "`AU MÊME.`: the addressee of the letter before");
    assert_eq!(date(same).as_deref(), Some("1738-11-02"), "`ce 2 9bre 1738`: November by its old number");
    assert_eq!(markers(same), ["1"]);

    let answer = by_start(&c, "Votre lettre du 2 novembre");
    assert_eq!(people(answer), pair("Lormeuil", "Vernange"), "`DE M. DE LORMEUIL À M. DE VERNANGE.`");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1738-11-09"), Some("Castres")));
    assert_eq!(cited(answer), ["1738-11-02"]);
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&same.id), Some(ReplyBasis::Explicit)));

    let marquise = by_start(&c, "On dit que vous quittez la campagne");
    assert_eq!(people(marquise), pair("Vernange", "Espagnac"), "`À MADAME LA MARQUISE D'ESPAGNAC.`");
    assert_eq!(marquise.heading, "CCCXVIII. — À MADAME LA MARQUISE D'ESPAGNAC", "the heading as printed");
    assert_eq!(
        (date(marquise).as_deref(), marquise.place()),
        (Some("1738-12-01"), Some("Aux Tilleuls")),
        "`1er décembre`"
    );
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("— 113 —"))),
        "a page's number is no text"
    );
}

/// A nineteenth-century edition: arabic numbers joined by a dash, the date line above the salutation (`Rouen, ce 3
/// mars 1851.`, `Le 20 mars 1851.`, a weekday and the editor's bracket), both parties (`Louis Bertrand à M.
/// Marcillac.`), `À la même.`, an office as addressee, a letter dated only by a weekday.
#[test]
fn a_nineteenth_century_edition_with_numbered_headings_and_dates_above_the_text() {
    let c = pages("french_numbered");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    let first = by_start(&c, "Je travaille comme un bœuf");
    assert_eq!(people(first), pair("Marcillac", "Bertrand"), "`LETTRES DE GUSTAVE MARCILLAC`, `À M. Louis Bertrand.`");
    assert_eq!(
        (date(first).as_deref(), first.place()),
        (Some("1851-03-03"), Some("Rouen")),
        "`Rouen, ce 3 mars 1851.`"
    );
    assert_eq!(first.number.as_deref(), Some("412"));
    assert_eq!((markers(first), notes(first)), (vec!["1"], vec!["Il s'agit du roman achevé en 1853."]));
    assert!(first.paragraphs.first().is_some_and(|p| p.starts_with("Mon cher ami,")), "the greeting opens the text");

    let answer = by_start(&c, "J'ai reçu votre lettre du 3 de ce mois");
    assert_eq!(people(answer), pair("Bertrand", "Marcillac"), "`Louis Bertrand à M. Marcillac.`");
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1851-03-06"), Some("Paris")));
    assert_eq!(cited(answer), ["1851-03-03"], "`du 3 de ce mois`: this month's third");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));

    let lyon = by_start(&c, "Vous me demandez des nouvelles du livre");
    assert_eq!(
        people(lyon),
        pair("Marcillac", "Delaunay"),
        "`À Mme Delaunay, à Lyon.`: the town is no part of her name"
    );
    assert_eq!(
        (date(lyon).as_deref(), lyon.place()),
        (Some("1851-03-12"), Some("Croisset")),
        "`mercredi soir, 12 [mars 1851]`"
    );
    assert_eq!(cited(lyon), ["1851-02-28"]);
    assert_eq!(lyon.replies_to, None, "her letter of the 28th February is not printed");

    let same = by_start(&c, "Un mot seulement");
    assert_eq!(people(same), pair("Marcillac", "Delaunay"), "`À la même.`");
    assert_eq!((date(same).as_deref(), same.place()), (Some("1851-03-20"), None), "`Le 20 mars 1851.`");

    let office = by_start(&c, "J'ai l'honneur de vous adresser");
    assert_eq!(people(office), pair("Marcillac", "Ministre de l'Instruction publique"), "an office is the addressee");
    assert_eq!(date(office).as_deref(), Some("1851-04-01"), "`Croisset, 1er avril 1851.`");

    let undated = by_start(&c, "Le paquet est parti");
    assert_eq!(
        (people(undated), date(undated)),
        (pair("Marcillac", "Bertrand"), None),
        "`Croisset, lundi.`: a weekday alone gives no date"
    );
    assert_eq!((markers(undated), notes(undated)), (vec!["*"], vec!["La diligence de Rouen partait à six heures."]));
    assert!(undated.paragraphs.iter().any(|p| p.starts_with("P.S. N'oublie pas")), "the postscript is the letter's");
    assert!(undated.paragraphs.iter().all(|p| !p.contains("— 125 —")), "{:?}", undated.paragraphs);
}

/// A French memoir's narrative: a sentence naming a place and a date (`appelé à Paris, le 3 mars 1829, pour`), a
/// place alone on its line (`À Paris.`) and a sentence opening `Au même moment` open no letter.
#[test]
fn a_french_narrative_with_a_place_and_a_date_mid_sentence_opens_no_letter() {
    let c = pages("french_prose");
    assert!(c.letters.is_empty(), "{:#?}", summary(&c));
}

#[test]
fn a_title_with_its_article_elided_names_the_party() {
    // `M. l'abbé Vautrin`, `L'abbé Vautrin`: the title keeps its elided article; the party is Vautrin.
    let c = pages("french_elided_titles");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    assert_eq!(people(&c.letters[0]), pair("Delorme", "Vautrin"));
    assert_eq!(people(&c.letters[1]), pair("Vautrin", "Delorme"));
    assert_eq!(c.letters[1].replies_to, Some(0));
}

/// A definitive edition's letters numbered with the series' capital joined to the figures (`D2210.`), the parties'
/// names with an elided particle (`Jean Le Rond d'Alembert`), a French dateline with `ce`, and editors' datelines in
/// brackets giving a month only, in French or in English (`[mars 1753]`, `[April 1753]`); a running head with the
/// page's number, its letters' number and their date.
#[test]
fn lettered_numbers_elided_particles_and_bracketed_months() {
    let c = pages("lettered_numbers");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "Je vous remercie, madame");
    assert_eq!((people(first), first.number.as_deref()), (pair("d'Alembert", "du Deffand"), Some("D2210")));
    assert_eq!(date(first).as_deref(), Some("1753-03-22"));
    let answer = by_start(&c, "Votre lettre m'a fait");
    assert_eq!((people(answer), answer.number.as_deref()), (pair("du Deffand", "d'Alembert"), Some("D2214")));
    assert_eq!(answer.date_range().and_then(|r| r.reduced_iso()).as_deref(), Some("1753-03"), "`[mars 1753]`");
    // `58     LETTER D2219     2 April 1753`: the running head with the date of the page's letters, no closing date.
    assert_eq!(answer.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["58"]);
    let last = by_start(&c, "Je n'ai point encore vu");
    assert_eq!(people(last), pair("d'Alembert", "Hénault"));
    assert_eq!(last.date_range().and_then(|r| r.reduced_iso()).as_deref(), Some("1753-04"), "`[April 1753]`");
}

/// A correspondence's editors complete what the writers left out, in brackets: the century of a year (`2 mars
/// [18]41.`), the place and date after a weekday (`[Paris,] jeudi [11 mars 1841].`), or the part of a month alone
/// (`[Paris, fin de mars 1841.]`). Each letter is found, dated as the editor dates it, and the answer to `votre
/// lettre du 2` links to the letter of 2 March.
#[test]
fn editors_brackets_complete_years_weekday_dates_and_parts_of_months() {
    let c = pages("french_editor_dates");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "Je vous écris à la hâte");
    assert_eq!(
        (people(first), date(first).as_deref(), first.place()),
        (pair("Vallet", "Marceau"), Some("1841-03-02"), Some("Tours"))
    );
    let answer = by_start(&c, "Votre lettre du 2");
    assert_eq!(
        (people(answer), date(answer).as_deref(), answer.place()),
        (pair("Marceau", "Vallet"), Some("1841-03-11"), Some("Paris"))
    );
    assert_eq!(answer.replies_to, c.find(&first.id));
    let last = by_start(&c, "Je n'ai pas eu de vos nouvelles");
    assert_eq!(people(last), pair("Marceau", "Vallet"));
    let range = last.date_range().map(|r| (r.start.to_string(), r.end.to_string()));
    assert_eq!(range, Some(("1841-03-21".to_string(), "1841-03-31".to_string())), "the end of March");
}

/// A writer's correspondence whose own letters are headed by their addressee alone in capitals under the edition's
/// number (`241. — À SOPHIE VOLLAND`, a name with no title), and the letters to him by both parties (`242. — DE
/// GRIMM À DIDEROT`): the one he is named in those is the writer of the others, though he signs none. Datelines with
/// ordinal days (`dimanche 25e juillet [1762]`, `le 2e août [1762]`).
#[test]
fn letters_to_the_writer_name_the_writer_of_the_others() {
    let c = pages("french_principal");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            row("241", "Diderot", "Volland", "1762-07-25"),
            row("242", "Grimm", "Diderot", "1762-07-27"),
            row("243", "Diderot", "Volland", "1762-08-02"),
        ],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].sender.0[0].basis, letters::model::PersonBasis::Collection, "inferred, not printed");
    assert_eq!(cited(&c.letters[0]), ["1762-07-20"], "`Votre lettre du 20`");
    assert_eq!(markers(&c.letters[0]), ["1"]);
}

/// A definitive edition's letters under lettered numbers (`D2229.  Frederick II, king of Prussia, to Voltaire`, the
/// writer's title in small letters in apposition), each followed by its apparatus under heads in capitals
/// (`MANUSCRIPT`, `EDITIONS`, `TEXTUAL NOTES`), which end the text: the notes are the letter's, and the next
/// numbered heading opens the next letter even with no date or greeting over its text. A dateline with the date
/// first and the place after it (`15 juin 1740, à Bruxelles`).
#[test]
fn a_definitive_editions_apparatus_ends_each_letter() {
    let c = pages("definitive_apparatus");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            row("D2229", "Frederick II", "Voltaire", "1740-06-06"),
            row("D2231", "Voltaire", "Frederick II", "1740-06-15")
        ],
        "{:#?}",
        summary(&c)
    );
    let (first, answer) = (&c.letters[0], &c.letters[1]);
    assert!(first.paragraphs.iter().all(|p| p != "MANUSCRIPT" && !p.contains("Bn N24342")), "{:?}", first.paragraphs);
    assert_eq!(notes(first), ["original: Bn N24342, ff.12-13.", "Frederick William I died on 31 May 1740."]);
    assert_eq!(answer.place(), Some("Bruxelles"));
    assert_eq!(cited(answer), ["1740-06-06"], "`Votre lettre du 6`");
    assert_eq!(answer.replies_to, c.find(&first.id));
}
