//! Two families of editions in other languages than English.
//!
//! A Dutch web edition of a seventeenth-century scholar's correspondence: the title names the collection's writer
//! (`Briefwisseling van ...`), each letter is headed by its number, its date year first with a Dutch month and its
//! direction (`2302. 1642 maart 6. Aan P. van Arckel.` from the writer, `Van ...` to him), the manuscript's place
//! under it (`Handschrift in ...`), the closing dateline in the old spellings (`den 6 Maert 1642`, `den 28 7bris
//! 1642`), the address (`Adres: ...`) and the notes (`1 Zie no. 2302.`) after it; references `UE. missive van den
//! 6en deser`, `De uwe van den 20 Februarij`.
//!
//! A German edition of a foreign office's documents: a running head with the page's number, the document's number
//! centred (`Nr. 3114`), a heading by office and holder wrapped over two lines (`Der Botschafter in Lissabon Graf
//! von Wendelstein an das` / `Auswärtige Amt`), the document's kind (`Telegramm. Entzifferung.`), the telegram's
//! own number beside its dateline, its arrival, the signature alone at the right, asterisk notes; references
//! `Antwort auf Telegramm Nr. 12 vom 9. d. M.`, `Euerer Exzellenz Telegramm Nr. 7 vom 10. d. M.`.
//!
//! Danish and Swedish letters (nordic_letters/): `Nils Holmboe til Jens Krag` on a portal's page with its `Noter:`,
//! `412. Till OSKAR LINDHOLM` in a numbered edition, closes such as `Din vän` and `Deres trofaste`; a Danish
//! poet's collected letters dated with the ordinal's ending joined to the day (`d. 2den Februar 1852`, `9de`,
//! `21de`) and citing `Deres Brev af 2den Februar`; a Swedish pair dated `den 3:e april 1891` citing `ditt bref af
//! den 28:e mars`, `Ditt bref av den 3:e april`.
//!
//! A German composers' exchange (german_yearless_datelines/) whose datelines the editor left without their year.

mod pages_support;

use letters::model::{DateKind, ReplyBasis};
use pages_support::{by_start, cited, date, markers, notes, numbered_rows, pages, pair, people, row, summary};

#[test]
fn a_dutch_scholars_letters_by_number_date_and_direction() {
    let c = pages("dutch_scholar");
    assert_eq!(c.letters.len(), 5, "the list of the page's letters over them opens none: {:#?}", summary(&c));

    let first = by_start(&c, "Mijn Heer ende Neve,");
    assert_eq!(people(first), pair("Arckel", "Sterrenburg"), "`Van P. van Arckel.`: to the writer the title names");
    assert_eq!((first.number.as_deref(), date(first).as_deref()), (Some("2301"), Some("1642-02-20")));
    assert_eq!(first.place(), Some("Tot Utrecht"), "`Tot Utrecht, den 20 Februarij 1642.`");
    assert_eq!(markers(first), ["1", "2"], "`tractaet1`, `drucker2`: the notes' figures glued to the words");
    assert_eq!(
        notes(first),
        ["Het tractaet over de zeevaert; zie no. 2287.", "Jan Harmensz. Boogaert, boeckdrucker tot Utrecht."]
    );
    let source = first.source.as_deref().unwrap_or_default();
    assert!(
        source.starts_with("Handschrift in Utrecht") && source.contains("Adres: Mijn Heer"),
        "the manuscript and the address are the letter's source: {source:?}"
    );
    assert!(
        first
            .paragraphs
            .iter()
            .all(|p| !p.starts_with("Handschrift") && !p.starts_with("Adres") && !p.contains("1642")),
        "no source, address or dateline in the text: {:?}",
        first.paragraphs
    );

    let answer = by_start(&c, "Edele Heer ende Neve,");
    assert_eq!(
        people(answer),
        pair("Sterrenburg", "Arckel"),
        "`Aan P. van Arckel.`: from the writer, though he signs `W. Sterrenborch.`"
    );
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1642-03-06"), Some("Uyt Leyden")));
    assert_eq!(cited(answer), ["1642-02-20"], "`De uwe van den 20 Februarij`");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));

    let third = c.letters.iter().find(|l| l.number.as_deref() == Some("2303")).expect("letter 2303");
    assert_eq!(people(third), pair("Arckel", "Sterrenburg"));
    assert_eq!(cited(third), ["1642-03-06"], "`UE. missive van den 6en deser`: the sixth of this month");
    assert_eq!(third.replies_to, c.find(&answer.id));

    let fourth = c.letters.iter().find(|l| l.number.as_deref() == Some("2304")).expect("letter 2304");
    assert_eq!(people(fourth), pair("Sterrenburg", "Oosterwijck"));
    assert_eq!(cited(fourth), ["1641-06-24"], "`uwe brieven van den 24 Junij`: June before March is last year's");
    assert_eq!(fourth.replies_to, None, "no letter of Oosterwijck's of that day is printed");
    assert!(
        fourth.references.iter().all(|r| !r.text.contains("sijne")),
        "`de sijne van den 18en deser`: his cousin's letter, no reference of the addressee's"
    );

    let last = c.letters.iter().find(|l| l.number.as_deref() == Some("2305")).expect("letter 2305");
    assert_eq!(people(last), pair("Oosterwijck", "Sterrenburg"));
    assert_eq!(
        (date(last).as_deref(), last.place()),
        (Some("1642-09-28"), Some("In 's Graven-Hage")),
        "`In 's Graven-Hage, den 28 7bris 1642.`: the seventh month of the Latin year is September"
    );
    assert_eq!(last.replies_to, c.find(&fourth.id), "`UE. brief van den 27 Maert`");
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("Zoeken") && !p.contains("vorige"))),
        "the site's menu and pager are no letter's text"
    );
}

#[test]
fn a_dutch_editions_introduction_opens_no_letter() {
    let c = pages("dutch_introduction");
    assert!(c.letters.is_empty(), "`1. Van de handschriften.`, a date in a sentence: {:#?}", summary(&c));
}

#[test]
fn a_german_foreign_offices_documents_by_office_and_holder() {
    let c = pages("german_documents");
    assert_eq!(c.letters.len(), 5, "{:#?}", summary(&c));

    let first = by_start(&c, "Der Minister des Äußern teilte mir heute");
    assert_eq!(people(first), pair("Wendelstein", "Auswärtiges Amt"), "an office without a holder is the office");
    assert_eq!(first.number.as_deref(), Some("3114"), "the document's number centred over its heading");
    assert_eq!(
        first.heading, "Der Botschafter in Lissabon Graf von Wendelstein an das Auswärtige Amt",
        "the heading wrapped over two lines is read whole"
    );
    assert_eq!(first.classification.as_deref(), Some("Telegramm. Entzifferung."), "the document's kind, no text");
    assert_eq!(first.telegram(), Some("Telegramm Nr. 12"), "the telegram's own number beside its dateline");
    assert_eq!(
        (date(first).as_deref(), first.date_kind, first.place()),
        (Some("1898-03-09"), Some(DateKind::Written), Some("Lissabon")),
        "the dateline's day, not the arrival's"
    );
    assert_eq!((markers(first), notes(first)), (vec!["*"], vec!["Siehe Nr. 3110."]));
    assert_eq!(first.paragraphs.last(), Some("Wendelstein"), "the signature alone at the right");
    assert!(
        first.paragraphs.iter().all(|p| !p.contains("Ankunft") && !p.contains("Kapitel") && !p.contains("Telegramm.")),
        "arrival, running head and kind are no text: {:?}",
        first.paragraphs
    );

    let answer = by_start(&c, "Antwort auf Telegramm Nr. 12");
    assert_eq!(
        people(answer),
        pair("Harlingen", "Wendelstein"),
        "`Freiherr von Harlingen an ... Grafen von Wendelstein`"
    );
    assert_eq!((answer.number.as_deref(), date(answer).as_deref()), (Some("3115"), Some("1898-03-10")));
    assert_eq!(answer.telegram(), Some("Telegramm Nr. 7"));
    assert_eq!(cited(answer), ["1898-03-09"], "`vom 9. d. M.`: the ninth of this month");
    assert_eq!(
        (answer.replies_to, answer.reply_basis),
        (c.find(&first.id), Some(ReplyBasis::Explicit)),
        "the ambassador's telegram to the Foreign Office, whose secretary answers"
    );
    assert_eq!(answer.pages.len(), 1, "the running head `... 87` opens a page");
    assert_eq!(answer.pages[0].page, "87");

    let third = by_start(&c, "Euerer Exzellenz Telegramm Nr. 7");
    assert_eq!(people(third), pair("Wendelstein", "Auswärtiges Amt"));
    assert_eq!((markers(third), notes(third)), (vec!["**"], vec!["Die Ernennung erfolgte am 16. März."]));
    assert_eq!(third.replies_to, c.find(&answer.id), "`Euerer Exzellenz Telegramm Nr. 7 vom 10. d. M.`");
    assert_eq!(
        third.paragraphs.iter().skip(1).collect::<Vec<_>>(),
        ["Der Minister bat, die Sache bis dahin geheim zu halten.", "Wendelstein"],
        "the text goes on over the page's foot: its note ends with the page, the running head is no text"
    );
    assert_eq!(third.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["88"]);

    let report = by_start(&c, "Der hiesige Minister des Äußern");
    assert_eq!(
        people(report),
        pair("Kessenich", "Lauenthal"),
        "`Der Gesandte im Haag von Kessenich an den Reichskanzler Fürsten von` / `Lauenthal`"
    );
    assert_eq!(report.classification.as_deref(), Some("Bericht."));
    assert_eq!(report.telegram(), None, "a report's number is no telegram's");
    assert_eq!(cited(report), ["1898-03-10"], "`Euerer Durchlaucht Erlaß vom 10. d. M.`");
    assert_eq!(
        report.replies_to, None,
        "the letter of the 10th printed is the secretary's to Lisbon, not the chancellor's"
    );

    let private = by_start(&c, "Ihren Bericht vom 14. d. M.");
    assert_eq!(people(private), pair("Lauenthal", "Kessenich"));
    assert_eq!(
        (private.classification.as_deref(), date(private).as_deref()),
        (Some("Privatbrief. Eigenhändig."), Some("1898-03-20"))
    );
    assert_eq!(private.replies_to, c.find(&report.id));
    assert_eq!(
        private.references.iter().filter(|r| r.text.contains("Nr. 5")).count(),
        0,
        "`Telegramm Nr. 5 erhalten`: no date and no possessive, no reference"
    );
}

#[test]
fn a_german_editions_preface_opens_no_letter() {
    let c = pages("german_preface");
    assert!(
        c.letters.is_empty(),
        "a heading's words in a sentence, a telegram's number and dateline without a heading: {:#?}",
        summary(&c)
    );
}

#[test]
fn danish_and_swedish_headings_say_to_with_til_and_till() {
    let c = pages("nordic_letters");
    assert_eq!(c.letters.len(), 7, "{:#?}", summary(&c));
    // `Nils Holmboe til Jens Krag`: both parties; `Noter:` heads the notes, no letter of its own.
    let first = by_start(&c, "Kjære Krag!");
    assert_eq!(people(first), pair("Holmboe", "Krag"));
    assert_eq!(notes(first), ["Holmboe kom hjem 1. marts."]);
    let second = by_start(&c, "Kjære Holmboe!");
    assert_eq!(people(second), pair("Krag", "Holmboe"));
    // `412. Till OSKAR LINDHOLM`: the recipient under the edition's number; the close `Din vän` signs.
    let swedish = by_start(&c, "Bäste Lindholm,");
    assert_eq!(people(swedish), pair("Sandel", "Lindholm"));
    assert_eq!((swedish.number.as_deref(), date(swedish).as_deref()), (Some("412"), Some("1887-03-04")));
}

#[test]
fn nordic_days_with_their_ordinals_ending_date_letters_and_their_references() {
    let c = pages("nordic_letters");
    // `Kjøbenhavn d. 2den Februar 1852.`: the Danish ordinal's ending joined to the day.
    let winther = by_start(&c, "Kjære Hauch!");
    assert_eq!((people(winther), date(winther).as_deref()), (pair("Winther", "Hauch"), Some("1852-02-02")));
    assert_eq!(cited(winther), ["1852-01-21"], "`Deres Brev af 21de Januar`: a letter not printed");
    assert_eq!(winther.replies_to, None);
    let hauch = by_start(&c, "Kjære Winther!");
    assert_eq!(date(hauch).as_deref(), Some("1852-02-09"), "`d. 9de Februar 1852.`");
    assert_eq!(cited(hauch), ["1852-02-02"]);
    assert_eq!((hauch.replies_to, hauch.reply_basis), (c.find(&winther.id), Some(ReplyBasis::Explicit)));

    // `Naddö den 3:e april 1891.`: the Swedish ordinal after a colon.
    let first = by_start(&c, "Käre vän,");
    assert_eq!((people(first), date(first).as_deref()), (pair("von Heidenstam", "Levertin"), Some("1891-04-03")));
    assert_eq!(cited(first), ["1891-03-28"], "`ditt bref af den 28:e mars`");
    assert_eq!(first.replies_to, None);
    let answer = by_start(&c, "Käre Verner,");
    assert_eq!(cited(answer), ["1891-04-03"], "`Ditt bref av den 3:e april`");
    assert_eq!(answer.replies_to, c.find(&first.id));
}

/// A German collected edition's letters headed by the addressee alone under the edition's number (`112. An Wilhelm
/// von Hertzberg.`, `An den Bruder.`, `An den Oberpräsidenten Grafen von Arnim.`): the writer is the one who signs
/// (`Ew. Hochwohlgeboren / ergebenster / v. Marwitz.`, the German close over three lines, `v.` for `von`), also of
/// the letter signed with initials only; the brother bears the writer's name; an office's holder is named by his
/// surname. A place with `a. S.` (`Halle a. S.`) dates its line.
#[test]
fn numbered_headings_naming_the_addressee_alone() {
    let c = pages("german_addressee_headings");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default(), l.number.clone())).collect();
    let row = |s: &str, r: &str, d: &str, n: &str| (pair(s, r), d.to_string(), Some(n.into()));
    assert_eq!(
        got,
        [
            row("v. Marwitz", "Hertzberg", "1862-05-03", "112"),
            row("v. Marwitz", "v. Marwitz", "1862-05-09", "113"),
            row("v. Marwitz", "Arnim", "1862-05-14", "114"),
        ]
    );
    assert_eq!(c.letters[0].place(), Some("Halle a. S."));
    assert_eq!(c.letters[1].recipient.0[0].printed.as_ref(), "den Bruder", "the bond as printed");
    assert_eq!(c.letters[1].sender.0[0].basis, letters::model::PersonBasis::Collection, "initials only: inferred");
    assert_eq!(c.letters[2].recipient.0[0].printed.as_ref(), "den Oberpräsidenten Grafen von Arnim");
}

/// A German exchange of letters (`12. An Huber.`, `13. An Körner.`): each closes with its dateline and the
/// writer's surname alone under it (`Körner.`), who is the writer; `Dein Brief vom 3. d. M.` answers the letter
/// of that day.
#[test]
fn surnames_alone_under_closing_datelines_sign() {
    let c = pages("german_briefwechsel");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    assert_eq!((people(&c.letters[0]), date(&c.letters[0]).as_deref()), (pair("Körner", "Huber"), Some("1790-05-03")));
    assert_eq!((people(&c.letters[1]), date(&c.letters[1]).as_deref()), (pair("Huber", "Körner"), Some("1790-05-09")));
    assert_eq!(c.letters[0].sender.0[0].basis, letters::model::PersonBasis::Signature);
    assert_eq!(c.letters[1].replies_to, c.find(&c.letters[0].id));
}

/// A German exchange whose datelines the editor left without a year (`Hannover, Sonnabend d. 8. März.`): in an
/// edition printed in the order written, such a dateline takes the year of the letter before when its day comes
/// on or soon after that letter's; a day earlier in the year than the letter before (`d. 2. Januar.` after March)
/// gets no year guessed. `[Düsseldorf,] Montag, den 3ten März [1856].`: the editor's place in brackets before the
/// day of the week.
#[test]
fn yearless_datelines_take_the_year_of_the_letter_before() {
    let c = pages("german_yearless_datelines");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            row("117", "Brahms", "Joachim", "1856-03-03"),
            row("118", "Joachim", "Brahms", "1856-03-08"),
            row("119", "Brahms", "Joachim", ""),
        ],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].place(), Some("Düsseldorf"));
    assert!(c.letters[1].date_source.as_deref().is_some_and(|s| s.contains("its year from the letter before")));
    assert_eq!(c.letters[1].replies_to, c.find(&c.letters[0].id), "`Dein Brief vom 3ten`");
}
