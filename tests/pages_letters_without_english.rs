//! Letters in editions whose letters carry no English heading (`TO X`, `X to Y`): the letter opens at its
//! dateline and salutation, or under a heading in German, or under a classical collection's citation.
//!
//! German letters without a heading (german_unheaded_letters/, german_family_letters/, german_friend_letters/): a
//! poet's letters to his publisher and a family's letters, each opened by a dateline and a German salutation
//! (`Sehr geehrter Herr Doktor!`, `Liebe Mutter,`, `Mein lieber, alter Freund,`, `Gnädige Frau!`, `Liebster! Heute
//! kam ...` run into the text) and signed under a German close (`Ihr ergebener` / `Dr. Hans Weber`, `Dein
//! Theodor.`, `Deine Emilie.`); the close's feeling (`in treuer Verehrung`, `Mit ergebener Hochachtung`) names no
//! one; the editor's note on the letter paper (`[Briefkopf: ...]`, wrapped over two lines) between the dateline and
//! the salutation is the letter's source.
//!
//! Central European datelines in figures (central_european_dates/, weekday_under_dateline/): an Austrian and a Czech
//! scholar's letters dated `Wien, 28. 9. 1905`, `Prag, 20. IX. 1912` (the month in Roman figures), `Prag, 3. XI.
//! 12` (the year in two figures on a page of 1912), `Graz d. 21. Jan. 38.`; a musician's letter to his publisher
//! with the weekday on the line under the dateline (`Leipzig, den 6ten Februar 1838.` / `Dienstag.`).
//!
//! German headings: a collected edition's `24.   AN HEINRICH MÜLLER` (the number set apart by a wide space, the
//! addressee in capitals, no stop), a married couple's `81        Emilie an Theodor`, a statesman's `343. Bismarck an
//! Kaiser Wilhelm (Immediatbericht).` (the kind of document in brackets) and `342. An Leopold von Gerlach.`, an
//! organist's `17. An Franz Xaver Huber`.
//!
//! Translated editions: a Russian novelist's letters dated in both styles (`Yasnaya Polyana. 16 (28) August 1867.`,
//! `Moscow. 29 September (11 October) 1867.`, `Homburg. 20 May 1867. Monday.`) with a greeting that holds a close's
//! word (`My dear friend Sonechka,`); a Roman consul's letters cited by book and number (`Ep. IV, 12.`) under the
//! editor's description (`To Cornelius Tacitus, a historian, on the eruption` / `of the mountain.`) or the Latin
//! greeting put into English (`Greetings from Pliny to his friend Tacitus.`).
//!
//! Papers in two columns (papers_two_columns/): `TO GEORGE CATLETT MARSHALL          Pentagon Files`, the archive's
//! note at the right; a lady's letters under running heads (running_heads_letters/): `TO WORTLEY 28 FEB. [1710]
//! 21` over the letter headed `To Wortley 28 Feb. [1710]`.

mod pages_support;

use pages_support::{by_start, cited, date, numbered_rows, pages, pair, people, summary};

/// A poet's letters to his publisher and the publisher's answer: no heading, the dateline and the salutation open
/// each letter, the signature under the close names its writer.
#[test]
fn german_letters_without_a_heading_open_at_their_dateline_and_salutation() {
    let c = pages("german_unheaded_letters");
    assert_eq!(c.letters.len(), 3, "one letter for each dateline over a salutation: {:#?}", summary(&c));

    let first = by_start(&c, "Sehr geehrter Herr Doktor!");
    assert_eq!(
        first.sender.to_string(),
        "Weber",
        "`Ihr ergebener` / `Dr. Hans Weber`: the surname of the signature, without the title: {:#?}",
        summary(&c)
    );
    assert_eq!(
        (date(first).as_deref(), first.place(), first.number.as_deref()),
        (Some("1896-03-12"), Some("Berlin"), None),
        "`Berlin, den 12. März 1896.`"
    );
    assert_eq!(first.paragraphs.first(), Some("Sehr geehrter Herr Doktor!"), "the salutation opens the text");
    assert!(
        first.paragraphs.iter().all(|p| !p.contains("1896")),
        "the dateline is no paragraph: {:?}",
        first.paragraphs
    );

    let answer = by_start(&c, "Das Manuskript ist heute früh");
    assert_eq!(
        answer.sender.to_string(),
        "Kessler",
        "`Mit ergebener Hochachtung` / `Friedrich Kessler.`: the feeling names no one, the signer writes: {:#?}",
        summary(&c)
    );
    assert_eq!((date(answer).as_deref(), answer.place()), (Some("1896-03-16"), Some("Stuttgart")));
    assert_eq!(
        answer.paragraphs.first(),
        Some("Sehr geehrter Herr Doktor!"),
        "the editor's note between the dateline and the salutation: the letter still opens at the salutation"
    );
    assert_eq!(
        answer.source.as_deref(),
        Some("[Briefkopf: Verlag Kessler & Sohn, Buchhandlung und Druckerei in Stuttgart]"),
        "the note on the letter paper, wrapped over two lines, is the letter's source"
    );
    assert!(
        answer.paragraphs.iter().all(|p| !p.contains("Briefkopf") && !p.contains("Druckerei")),
        "no line of the note in the text: {:?}",
        answer.paragraphs
    );

    let lady = by_start(&c, "Gnädige Frau!");
    assert_eq!(
        people(lady),
        pair("Weber", ""),
        "`in treuer Verehrung` / `Ihr ergebener` / `Hans Weber.`: the signer, not the feeling; `Gnädige Frau!` names \
         no one: {:#?}",
        summary(&c)
    );
    assert_eq!((date(lady).as_deref(), lady.place()), (Some("1896-04-02"), Some("Berlin")));
    assert_eq!(lady.paragraphs.len(), 3, "salutation, text and close: {:?}", lady.paragraphs);
}

/// Family letters signed with a given name (`Dein Theodor.`, `Deine Emilie.`), and a friend's letters signed with a
/// surname (`Dein getreuer` / `Theodor Reinhold.`).
#[test]
fn family_letters_are_signed_with_a_given_name_and_a_friends_with_a_surname() {
    let c = pages("german_family_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));

    let son = by_start(&c, "Liebe Mutter,");
    assert_eq!(people(son), pair("Theodor", "Mutter"), "`Liebe Mutter,` ... `Dein Theodor.`: {:#?}", summary(&c));
    assert_eq!((date(son).as_deref(), son.place()), (Some("1857-05-14"), Some("London")));
    assert_eq!(son.paragraphs.first(), Some("Liebe Mutter,"));

    let wife = by_start(&c, "Liebster! Heute kam Dein Brief");
    assert_eq!(people(wife), pair("Emilie", ""), "`Deine Emilie.`; `Liebster!` names no one: {:#?}", summary(&c));
    assert_eq!((date(wife).as_deref(), wife.place()), (Some("1857-05-20"), Some("Berlin")));
    assert!(
        wife.paragraphs.first().is_some_and(|p| p.starts_with("Liebster! Heute kam Dein Brief an die Mutter,")),
        "the greeting run into the text opens the letter's first paragraph: {:?}",
        wife.paragraphs
    );

    let c = pages("german_friend_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let friend = by_start(&c, "Mein lieber, alter Freund,");
    assert_eq!(
        friend.sender.to_string(),
        "Reinhold",
        "`Dein getreuer` / `Theodor Reinhold.`: the surname signed: {:#?}",
        summary(&c)
    );
    assert_eq!((date(friend).as_deref(), friend.place()), (Some("1857-06-02"), Some("London")));
    assert_eq!(friend.paragraphs.first(), Some("Mein lieber, alter Freund,"), "the salutation opens the text");
    let answer = by_start(&c, "Mein lieber Reinhold,");
    assert_eq!(people(answer), pair("Lessen", "Reinhold"), "{:#?}", summary(&c));
    assert_eq!(date(answer).as_deref(), Some("1857-06-19"));
}

/// A scholar's datelines in figures: the month in Arabic or Roman figures, the year in four figures or two.
#[test]
fn central_european_datelines_in_figures() {
    let c = pages("central_european_dates");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let got: Vec<_> = c
        .letters
        .iter()
        .map(|l| (l.sender.to_string(), date(l).unwrap_or_default(), l.place().unwrap_or_default().to_string()))
        .collect();
    let row = |s: &str, d: &str, p: &str| (s.to_string(), d.to_string(), p.to_string());
    assert_eq!(
        got,
        [
            row("Hrubý", "1905-09-28", "Wien"),
            row("Hrubý", "1912-09-20", "Prag"),
            row("Hrubý", "1912-11-03", "Prag"),
            row("Pichler", "1938-01-21", "Graz"),
        ],
        "`Wien, 28. 9. 1905`, `Prag, 20. IX. 1912`, `Prag, 3. XI. 12` (a page of 1912), `Graz d. 21. Jan. 38.`: {:#?}",
        summary(&c)
    );
    let firsts: Vec<_> = c.letters.iter().map(|l| l.paragraphs.first().unwrap_or_default()).collect();
    assert_eq!(
        firsts,
        ["Verehrter Herr Kollege!", "Lieber Freund!", "Lieber Freund!", "Lieber, verehrter Freund!"],
        "each letter opens at its salutation, the dateline is no text"
    );
    assert!(
        c.letters.iter().all(|l| l.number.is_none()),
        "`20. IX.`: a day and a month, no number: {:#?}",
        summary(&c)
    );
}

/// `Leipzig, den 6ten Februar 1838.` / `Dienstag.`: the weekday under the dateline is the dateline's, and the
/// salutation under it opens the letter.
#[test]
fn a_weekday_under_a_dateline_belongs_to_it() {
    let c = pages("weekday_under_dateline");
    assert_eq!(c.letters.len(), 1, "{:#?}", summary(&c));
    let l = &c.letters[0];
    assert_eq!(
        (date(l).as_deref(), l.place()),
        (Some("1838-02-06"), Some("Leipzig")),
        "`den 6ten Februar 1838.`: {:#?}",
        summary(&c)
    );
    assert_eq!(
        people(l),
        pair("Tauber", "Hofmeister"),
        "`Ihr ergebenster` / `Wilhelm Tauber.`; `Geehrtester Herr!` names no one, the book's title \
         (`Briefe an den Verleger Hofmeister.`) names him"
    );
    assert_eq!(l.paragraphs.first(), Some("Geehrtester Herr!"), "the salutation under the weekday opens the letter");
    assert!(l.paragraphs.iter().all(|p| !p.starts_with("Dienstag")), "the weekday is no text: {:?}", l.paragraphs);
}

/// A collected edition's `24.   AN HEINRICH MÜLLER`: the number set apart by a wide space, the addressee in
/// capitals; the writer is the collection's, and his signatures (`Röder.`, `K. A. Röder.`) agree.
#[test]
fn a_numbered_heading_naming_the_addressee_in_capitals() {
    let c = pages("german_numbered_headings");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), l.number.as_deref(), date(l))).collect();
    let row = |r: &str, n: &'static str, d: &str| (pair("Röder", r), Some(n), Some(d.to_string()));
    assert_eq!(
        got,
        [row("Müller", "24", "1871-07-03"), row("Baumann", "25", "1871-07-19"), row("Müller", "26", "1871-08-08")],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].heading, "24.   AN HEINRICH MÜLLER", "the heading as printed");
    assert_eq!(c.letters[0].paragraphs.first(), Some("Lieber Müller!"));
    assert_eq!(c.letters[1].paragraphs.first(), Some("Verehrter Freund!"));
}

/// `81        Emilie an Theodor`: the number, a wide gap, both parties.
#[test]
fn a_number_set_apart_from_both_parties() {
    let c = pages("german_couple_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let husband = by_start(&c, "Liebe Frau,");
    assert_eq!(people(husband), pair("Theodor", "Emilie"), "`80        Theodor an Emilie`");
    assert_eq!((husband.number.as_deref(), date(husband).as_deref()), (Some("80"), Some("1857-06-11")));
    let wife = by_start(&c, "Liebster! Dein Gruß in Eile");
    assert_eq!(people(wife), pair("Emilie", "Theodor"), "`81        Emilie an Theodor`: {:#?}", summary(&c));
    assert_eq!(
        (wife.number.as_deref(), date(wife).as_deref(), wife.place()),
        (Some("81"), Some("1857-06-15"), Some("Berlin"))
    );
}

/// A statesman's letters and reports: the kind of document in brackets after the addressee is no part of his name
/// (`343. Bismarck an Kaiser Wilhelm (Immediatbericht).`), a particle is no part of a surname (`An Leopold von
/// Gerlach.`), nor the given names before it (`17. An Franz Xaver Huber`).
#[test]
fn german_headings_name_the_addressee_by_surname() {
    let c = pages("german_statesman_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let friend = by_start(&c, "Verehrter Freund!");
    assert_eq!(
        people(friend),
        pair("v. Bismarck", "Gerlach"),
        "`342. An Leopold von Gerlach.`, signed `Ihr getreuer` / `v. Bismarck.`: {:#?}",
        summary(&c)
    );
    assert_eq!((friend.number.as_deref(), date(friend).as_deref()), (Some("342"), Some("1857-05-02")));

    let report = by_start(&c, "Eure Majestät wollen mir huldreichst gestatten");
    assert_eq!(
        people(report),
        pair("Bismarck", "Wilhelm"),
        "`(Immediatbericht)` is the report's kind, not the emperor's name: {:#?}",
        summary(&c)
    );
    assert_eq!(
        (report.number.as_deref(), date(report).as_deref(), report.place()),
        (Some("343"), Some("1872-03-14"), Some("Berlin"))
    );
    assert_eq!(report.heading, "343. Bismarck an Kaiser Wilhelm (Immediatbericht).");

    let c = pages("austrian_composer_letters");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), l.number.as_deref(), date(l))).collect();
    assert_eq!(
        got,
        [
            (pair("Lechner", "Huber"), Some("17"), Some("1868-10-04".to_string())),
            (pair("Lechner", "Huber"), Some("18"), Some("1868-10-30".to_string())),
        ],
        "`An Franz Xaver Huber`: the addressee by his surname: {:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].paragraphs.first(), Some("Hochverehrter Herr Stiftsorganist!"));
}

/// Letters translated from the Russian, dated in both styles: the New Style's day in round brackets is the date,
/// and a weekday after the date's full stop is no part of the place.
#[test]
fn old_and_new_style_dates_in_round_brackets() {
    let c = pages("russian_dual_dates");
    assert_eq!(c.letters.len(), 3, "the editor's note on the styles opens no letter: {:#?}", summary(&c));
    let got: Vec<_> = c
        .letters
        .iter()
        .map(|l| (people(l), l.number.as_deref(), date(l).unwrap_or_default(), l.place().unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            (pair("Tolstoy", "Fet"), Some("112"), "1867-08-28".to_string(), "Yasnaya Polyana"),
            (pair("Tolstoy", "Behrs"), Some("113"), "1867-10-11".to_string(), "Moscow"),
            (pair("Turgenev", "Tolstoy"), Some("114"), "1867-05-20".to_string(), "Homburg"),
        ],
        "`16 (28) August 1867.`, `29 September (11 October) 1867.`, `20 May 1867. Monday.`: {:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].paragraphs.first(), Some("Dear Afanasy Afanasyevich,"));
    assert_eq!(c.letters[2].paragraphs.first(), Some("Dear Count,"), "the weekday is no text");
}

/// `My dear friend Sonechka,`: a greeting that holds a close's word (`friend`) is no signature; the letter keeps its
/// text and is signed below.
#[test]
fn a_greeting_with_a_closes_word_signs_nothing() {
    let c = pages("russian_dual_dates");
    let l = by_start(&c, "My dear friend Sonechka,");
    assert_eq!(people(l), pair("Tolstoy", "Behrs"), "signed `Your loving` / `L. Tolstoy.`: {:#?}", summary(&c));
    assert_eq!(
        l.paragraphs.iter().collect::<Vec<_>>(),
        [
            "My dear friend Sonechka,",
            "I am writing to you from your mother's drawing-room, where everybody is talking at once and I cannot \
             hear myself think. The printers are slow and the proofs come back full of mistakes.",
            "Kiss the children for me and do not let them forget their father.",
            "Your loving L. Tolstoy.",
        ],
        "the text after the greeting stays the letter's"
    );
}

/// A classical collection: the citation (`Ep. IV, 12.`) is the letter's number; the editor's description under it,
/// wrapped onto a second line, is the heading; the Latin greeting in English names both parties.
#[test]
fn classical_letters_cited_by_book_and_number() {
    let c = pages("classical_citations");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));

    let eruption = by_start(&c, "You ask me to write you an account");
    assert_eq!(
        people(eruption),
        pair("Pliny", "Tacitus"),
        "`To Cornelius Tacitus, a historian, ...`, the writer the title's: {:#?}",
        summary(&c)
    );
    assert_eq!(eruption.number.as_deref(), Some("IV, 12"), "`Ep. IV, 12.`");
    assert_eq!(
        eruption.heading, "To Cornelius Tacitus, a historian, on the eruption of the mountain.",
        "the description's second line is the heading's"
    );
    assert!(
        eruption.paragraphs.first().is_some_and(|p| p.starts_with("You ask me")),
        "`of the mountain.` is not the first paragraph: {:?}",
        eruption.paragraphs
    );
    assert_eq!(date(eruption), None);

    let greeting = by_start(&c, "I have read your book");
    assert_eq!(
        people(greeting),
        pair("Pliny", "Tacitus"),
        "`Greetings from Pliny to his friend Tacitus.`: {:#?}",
        summary(&c)
    );
    assert_eq!(greeting.number.as_deref(), Some("IV, 13"));
    assert_eq!(greeting.paragraphs.last(), Some("Farewell."));
}

/// `TO GEORGE CATLETT MARSHALL          Pentagon Files`: the heading at the left, the archive's note at the right.
#[test]
fn a_heading_beside_the_archives_note() {
    let c = pages("papers_two_columns");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let first = by_start(&c, "Dear General Marshall:");
    assert_eq!(people(first), pair("Ashford", "Marshall"), "not `Files`: {:#?}", summary(&c));
    assert_eq!(first.heading, "TO GEORGE CATLETT MARSHALL");
    assert_eq!(first.source.as_deref(), Some("Pentagon Files"), "the right column is the letter's source");
    assert_eq!(date(first).as_deref(), Some("1943-03-04"));
    let answer = by_start(&c, "Dear Ashford:");
    assert_eq!(people(answer), pair("Marshall", "Ashford"), "{:#?}", summary(&c));
    assert_eq!((answer.heading.as_str(), answer.source.as_deref()), ("TO HENRY L. ASHFORD", Some("Ashford Papers")));
    assert_eq!(date(answer).as_deref(), Some("1943-03-09"));
}

/// `TO WORTLEY 28 FEB. [1710]          21`: the running head of the page the letter headed `To Wortley 28 Feb.
/// [1710]` opens; it opens no letter of its own.
#[test]
fn a_running_head_over_the_letter_it_names_opens_no_letter() {
    let c = pages("running_heads_letters");
    assert_eq!(c.letters.len(), 2, "the running head is no heading: {:#?}", summary(&c));
    let first = by_start(&c, "I had your letter this morning");
    assert_eq!(people(first), pair("Carew", "Wortley"), "the writer the title's: {:#?}", summary(&c));
    assert_eq!(date(first).as_deref(), Some("1710-02-20"), "`To Wortley 20 Feb. [1710]`");
    let second = by_start(&c, "Your second letter came");
    assert_eq!(people(second), pair("Carew", "Wortley"));
    assert_eq!(
        (second.heading.as_str(), date(second).as_deref()),
        ("To Wortley 28 Feb. [1710]", Some("1710-02-28")),
        "the letter under the running head: {:#?}",
        summary(&c)
    );
    assert_eq!(second.paragraphs.len(), 2, "{:?}", second.paragraphs);
}

/// A greeting by courtesy, rank or bond (`Sehr geehrter Herr Doktor!`, `Lieber Freund!`) or by a given name and a
/// patronymic (`My dear Leo Pavlovich,`) names no addressee; one with a surname (`Herr Professor Lindner`) does.
#[test]
fn a_greeting_by_rank_bond_or_patronymic_names_no_one() {
    let c = pages("greetings_naming_no_one");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    for start in ["Sehr geehrter Herr Doktor!", "Lieber Freund!", "My dear Leo Pavlovich,"] {
        let l = by_start(&c, start);
        assert!(l.recipient.is_empty(), "{start}: no addressee, not {}", l.recipient);
        assert_eq!(l.sender.to_string(), "Reiter", "{start}: the signer");
    }
    let named = by_start(&c, "Sehr geehrter Herr Professor Lindner!");
    assert_eq!(people(named), pair("Reiter", "Lindner"));
    assert_eq!(date(by_start(&c, "My dear Leo Pavlovich,")).as_deref(), Some("1907-03-26"), "the New Style's day");
}

/// A family's letters in a collected edition (`An seine Mutter.`, `An seinen Bruder Otto.`, `An seine Frau.`): the
/// heading names the writer's kin by the bond after a possessive (a given name may follow), and they bear the
/// writer's name, a wife her husband's. The older print ends the greeting with a full stop (`Liebe Mutter.`); the
/// writer signs with a given name cut short and his initial (`Th. S.`), which the page prints in full elsewhere
/// (`Theodor Storm.`); the last letter's date stands under its text.
#[test]
fn a_familys_letters_under_headings_of_kin_bear_the_writers_name() {
    let c = pages("german_family_headings");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (pair("Storm", "Storm"), "1866-03-03".to_string()),
            (pair("Storm", "Storm"), "1866-03-10".to_string()),
            (pair("Storm", "Storm"), "1866-03-14".to_string()),
        ]
    );
    let printed: Vec<&str> = c.letters.iter().map(|l| &*l.recipient.0[0].printed).collect();
    assert_eq!(printed, ["seine Mutter", "seinen Bruder Otto", "seine Frau"], "the bond stays the printed form");
    assert_eq!(c.letters[0].sender.0[0].printed.as_ref(), "Th. S.", "the initials as signed");
    assert_eq!(c.letters[0].paragraphs.first(), Some("Liebe Mutter."));
    assert!(c.letters[2].paragraphs.iter().all(|p| !p.contains("Heiligenstadt, d.")), "{:?}", c.letters[2].paragraphs);
    assert_eq!(cited(&c.letters[0]), ["1866-02-27"], "`Deinen Brief vom 27. v. M.`: of the month before");
}

/// One writer's letters to one person, as a French edition prints them: the book's title in the running head names
/// the addressee (`LETTRES À SOPHIE VOLLAND`); each letter under its yearly number (`59-5.`) and a dateline set
/// in, the greeting run into the text (`Ma bonne amie, j'ai reçu ...`, `Chère Sophie, ...`) or none at all; the
/// manuscript's place under the text (`Ms. Arsenal, 2, fo 9.`) is the letter's source, never its signature.
#[test]
fn letters_to_one_reader_under_yearly_numbers() {
    let c = pages("letters_to_one_reader");
    let got: Vec<_> = c
        .letters
        .iter()
        .map(|l| (l.number.as_deref().unwrap_or_default(), l.recipient.to_string(), date(l).unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            ("59-4", "Volland".to_string(), "1759-05-10".to_string()),
            ("59-5", "Volland".to_string(), "1759-05-14".to_string()),
            ("59-6", "Volland".to_string(), "1759-05-19".to_string()),
        ],
        "{:#?}",
        summary(&c)
    );
    assert!(c.letters.iter().all(|l| l.recipient.0[0].basis.as_str() == "collection"));
    let unsigned = &c.letters[1];
    assert!(unsigned.sender.is_empty(), "the manuscript's place signs nothing: {}", unsigned.sender);
    assert_eq!(unsigned.source.as_deref(), Some("Ms. Arsenal, 2, fo 9."));
    assert!(unsigned.paragraphs.iter().all(|p| !p.contains("Arsenal")), "{:?}", unsigned.paragraphs);
    assert!(c.letters[2].paragraphs.first().is_some_and(|p| p.starts_with("Chère Sophie, votre lettre du 16")));
    let all: Vec<String> = c.letters.iter().flat_map(cited).collect();
    assert_eq!(all, ["1759-05-06", "1759-05-16"], "`votre lettre du 6`, `votre lettre du 16`");
}

/// An Italian epistolario: under each number, a heading in capitals naming the writer alone (`DI VINCENZO
/// MONTI.`, to the collection's writer) or the addressee with where the letter went (`AL CAV. VINCENZO MONTI —
/// Milano.`); the editor's `[a Pavia.]` over the dateline is the letter's source. The courtesy form cites the
/// addressee's letter (`Ricevo la sua dei 3`), and a close ending in `amico` signs with the name under it.
#[test]
fn an_italian_epistolarios_headings_of_one_party() {
    let c = pages("italian_epistolario");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let [monti, foscolo] = &c.letters[..] else { unreachable!() };
    assert_eq!((people(monti).0, date(monti).as_deref()), ("Monti".to_string(), Some("1808-03-03")));
    assert_eq!(monti.source.as_deref(), Some("[a Pavia.]"));
    assert_eq!(people(foscolo), pair("Foscolo", "Monti"), "`Suo affmo servitore ed amico` / `Ugo Foscolo.`");
    assert_eq!(date(foscolo).as_deref(), Some("1808-03-09"));
    let cited: Vec<(&str, String)> = foscolo
        .references
        .iter()
        .map(|r| (r.text.as_str(), r.date.map(|d| d.to_string()).unwrap_or_default()))
        .collect();
    assert_eq!(cited, [("la sua dei 3", "1808-03-03".to_string())]);
    assert_eq!(foscolo.replies_to, c.find(&monti.id));
}

/// A collection titled by what its writer was called (`CARTAS DEL PACIFICADOR`): an epithet, no name, so the
/// letters signed with his name (`MORILLO.`, under `Soy de Vd. de corazón,` or `Su mejor amigo,`) are his by that
/// name; the title's word never takes the signature's place.
#[test]
fn a_title_naming_an_epithet_gives_way_to_the_signature() {
    let c = pages("spanish_epithet_title");
    let got: Vec<_> = c.letters.iter().map(|l| (l.sender.to_string(), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [("Morillo".to_string(), "1816-08-03".to_string()), ("Morillo".to_string(), "1816-08-09".to_string())],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[0].recipient.to_string(), "Moxó");
}

/// A French diplomatic volume: under each centred number, a heading over two lines, the writer with his office after
/// a comma, then `À` the addressee with his (`M. JULES CAMBON, AMBASSADEUR DE FRANCE À BERLIN,` / `À M. CRUPPI,
/// ...`). The `À` of the writer's post is no addressee, and `M.` is Monsieur, no number in roman figures. The hour
/// after a telegram's date (`Berlin, 4 mai 1911, 7 h. 30 soir.`) is no part of it.
#[test]
fn a_french_diplomatic_heading_over_two_lines() {
    let c = pages("french_documents");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [
            ("112", pair("Cambon", "Cruppi"), "1911-05-04".to_string()),
            ("113", pair("Cruppi", "Cambon"), "1911-05-09".to_string()),
        ],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(c.letters[1].replies_to, c.find(&c.letters[0].id), "`votre dépêche du 4 mai`");
}
