//! The three real TEI slices in ../shared/corpora/tei: letters of the Schnitzler edition, the Escher–Welti
//! correspondence and Letters 1916-1923. Exact expectations on a few letters of each: people, dates and ranges,
//! paragraphs and their roles, notes and their markers, pages, the edition's links.

use letters::loader;
use letters::model::{Corpus, Input, Letter, ReplyBasis, Role, Severity};
use std::path::PathBuf;
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/tei");
        loader::load(&Input::Paths(vec![dir])).expect("the slices load")
    })
}

fn letter(id: &str) -> &'static Letter {
    let c = corpus();
    &c.letters[c.find(id).unwrap_or_else(|| panic!("no letter {id}"))]
}

fn ix(id: &str) -> usize {
    corpus().find(id).unwrap_or_else(|| panic!("no letter {id}"))
}

#[test]
fn every_file_with_a_corresp_desc_is_one_letter() {
    let c = corpus();
    assert_eq!(c.letters.len(), 1073);
    let per_folder = |f: &str| c.letters.iter().filter(|l| l.file.starts_with(f)).count();
    assert_eq!((per_folder("schnitzler/"), per_folder("escher-welti/"), per_folder("letters1916/")), (300, 295, 478));
    // The person index beside Letters 1916 is a registry, not a letter, and no file is broken.
    assert!(c.letters.iter().all(|l| !l.file.ends_with("listperson.xml")));
    assert!(!c.has_errors(), "{:?}", c.warnings.iter().filter(|w| w.severity == Severity::Error).collect::<Vec<_>>());
}

#[test]
fn schnitzler_mamroth_1889() {
    let l = letter("schnitzler/L00001/1");
    assert_eq!(
        (l.sender.to_string().as_str(), l.recipient.to_string().as_str()),
        ("Fedor Mamroth", "Arthur Schnitzler")
    );
    // The edition's no-break spaces are kept (XML white space is only space, tab and line ends).
    assert_eq!(l.heading, "Fedor Mamroth an Arthur Schnitzler, 2.\u{a0}8.\u{a0}1889");
    assert_eq!(l.date_label().as_deref(), Some("2 Aug 1889"));
    assert_eq!(l.place(), Some("Frankfurt am Main"));
    assert_eq!(l.ids(), ["L00001"]);
    assert_eq!(
        l.paragraphs.to_vec()[4..],
        [
            "Hochgeehrter Herr Doctor!",
            "»Der Sohn« ist leider auch mir zu düster, so kunstvoll das psychologische Motiv immer entwickelt ist.",
            "Seien Sie mir nicht böse, wenn ich Ihnen das Ms zurücksende, erfreuen Sie mich bald durch einen anderen \
             Beitrag u. empfangen Sie meine höflichsten Grüße.",
            "Ihr ergebener",
            "Dr\u{a0}FMamroth",
        ]
    );
    assert_eq!(&l.paragraphs[0], "Frankfurter Zeitung und Handelsblatt.");
    assert_eq!(
        l.roles(),
        [[Role::Opener; 4].as_slice(), &[Role::Salute, Role::Body, Role::Body, Role::Closer, Role::Signed]].concat()
    );
    // Two commentary notes, their markers after the anchored words.
    assert_eq!(l.footnote_kinds(), [Some("commentary".to_string()), Some("commentary".to_string())]);
    let marks: Vec<(&str, isize, usize)> =
        l.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.offset)).collect();
    assert_eq!(marks, [("1", 5, "»Der Sohn".len()), ("2", 6, "Seien Sie mir nicht böse, wenn ich Ihnen das Ms zurücksende, erfreuen Sie mich bald durch einen anderen Beitrag".len())]);
    assert!(l.footnotes[0].text.starts_with("Die Erzählung entstand im Sommer 1889"));
    // One page break without a number: counted.
    assert_eq!(l.pages.len(), 1);
    assert_eq!((l.pages[0].page.as_str(), l.pages[0].paragraph, l.pages[0].offset), ("1", 0, 0));
    // Its predecessor in the correspondence is not in the slice: no link.
    assert_eq!((l.replies_to, l.follows), (None, None));
}

#[test]
fn schnitzler_a_range_that_answers_by_the_edition() {
    let l = letter("schnitzler/L00017/1");
    assert_eq!(
        (l.sender.to_string().as_str(), l.recipient.to_string().as_str()),
        ("Arthur Schnitzler", "Richard Beer-Hofmann")
    );
    assert_eq!(l.date_label().as_deref(), Some("between 1 June 1891 and 31 December 1900?"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1891-06-01"));
    assert_eq!(
        l.paragraphs,
        [
            "Lieber Richard,",
            "Frl Russell sagt nein, wegen Zeitmangel.",
            "Seh ich Sie heut im Café?\u{a0}– Ich hoffe. Herzlichst",
            "Ihr",
            "Arthur"
        ]
    );
    let prev = ix("schnitzler/L00016/1");
    assert_eq!((l.replies_to, l.reply_basis), (Some(prev), Some(ReplyBasis::Edition)));
    let p = &corpus().letters[prev];
    assert_eq!(
        (p.sender.to_string().as_str(), p.recipient.to_string().as_str()),
        ("Richard Beer-Hofmann", "Arthur Schnitzler")
    );
}

#[test]
fn escher_welti_the_title_wins_and_links_make_the_thread() {
    let c = corpus();
    let a = letter("escher-welti/K_2200_Welti_Emil_an_Escher_1867-06-10/1");
    let b = letter("escher-welti/K_2201_Welti_Emil_an_Escher_1867-06-20/1");
    let r = letter("escher-welti/K_2202_AE_an_Welti_Emil_1867-06-21/1");
    // The names' labels say Escher wrote to Welti; the title says the opposite, and wins (with a warning).
    assert_eq!((b.sender.to_string().as_str(), b.recipient.to_string().as_str()), ("Emil Welti", "Alfred Escher"));
    assert!(c.warnings.iter().any(|w| w.file == b.file && w.message.contains("contradict the title")));
    assert_eq!(b.date_label().as_deref(), Some("20 Jun 1867"));
    assert_eq!(b.ids(), ["K_2201", "K_2201_Welti_Emil_an_Escher_1867-06-20"]);
    assert_eq!(b.edition_previous(), Some("B2200"));
    // `lb break="no"` joins a word; `choice` shows the abbreviation as written.
    assert!(b.paragraphs[1].starts_with("Ich komme eben von einer Besprechung mit Herrn Stämpfli , dem ich"));
    assert!(b.paragraphs[1].contains("überholt u in ihrer Entwicklung"));
    assert_eq!(b.roles()[0], Role::Opener);
    assert_eq!(b.paragraphs.to_vec()[3..], ["Hochachtungsvoll", "E Welti", "20. Juni 1867."]);
    assert_eq!(b.roles()[3..], [Role::Closer, Role::Signed, Role::Dateline]);
    let pages: Vec<(&str, isize)> = b.pages.iter().map(|p| (p.page.as_str(), p.paragraph)).collect();
    assert_eq!(pages, [("2", 1), ("3", 1), ("4", 2)]);
    assert_eq!(b.footnotes.len(), 2);
    assert!(b.footnotes[1].text.starts_with("Stämpfli demissionierte am 7. Juni 1866"));
    // B2200 is K_2200, by Welti like K_2201: it continues the thread; Escher's K_2202 answers K_2201.
    let (ai, bi) = (ix(&a.id), ix(&b.id));
    assert_eq!((b.replies_to, b.follows), (None, Some(ai)));
    assert_eq!((r.replies_to, r.reply_basis), (Some(bi), Some(ReplyBasis::Edition)));
    assert_eq!((r.sender.to_string().as_str(), r.recipient.to_string().as_str()), ("Alfred Escher", "Emil Welti"));
    assert_eq!(b.thread, a.thread);
    assert_eq!(r.thread, a.thread);
    assert_eq!(c.replies[bi], [ix(&r.id)]);
    // The edition's link in the text to the answer (`ref type="letter" target="K_2202"`, empty) shows its id.
    assert!(b.paragraphs[2].ends_with("sehr verbunden. [→ K_2202]"), "{}", &b.paragraphs[2]);
    // A note's link to the letter before (K_2200) is a link too, in that note's text.
    let links: Vec<(&str, Option<usize>, Option<usize>)> =
        b.letter_refs().iter().map(|l| (l.target.as_str(), l.letter, l.note)).collect();
    assert_eq!(links, [("K_2200", Some(ai), Some(0)), ("K_2202", Some(ix(&r.id)), None)]);
    let first = &b.letter_refs()[0];
    assert_eq!(b.footnotes[0].text.get(first.start..first.end), Some("[→ K_2200]"));
}

#[test]
fn letters1916_a_prisoner_of_war_writes_to_lady_clonbrock() {
    let l = letter("letters1916/item__0001/1");
    assert_eq!(
        (l.sender.to_string().as_str(), l.recipient.to_string().as_str()),
        ("Corporal W. Bowes", "Lady Clonbrock")
    );
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1916-04-16"));
    assert_eq!(l.place(), Some("Gustrow, Germany"));
    assert_eq!(l.paragraphs.len(), 1);
    assert!(
        l.paragraphs[0]
            .starts_with("April 16th 1916 8828. Cpl. W. Bowes 2nd Connaught Rangers British Prisoner of War")
    );
    // `sic` shows what the writer wrote.
    assert!(l.paragraphs[0].contains("last weeak I received two parcels"));
    let pages: Vec<&str> = l.pages.iter().map(|p| p.page.as_str()).collect();
    assert_eq!(pages, ["1", "2", "3"]);
    assert!(l.paragraphs[0][l.pages[1].offset..].trim_start().starts_with("Kriegsgefangenensendung"));
    assert!(l.footnotes.is_empty() && l.replies_to.is_none());
}

#[test]
fn letters1916_the_title_names_whom_the_markup_calls_otherwise() {
    // "Letter from 'a loyal subject' to Lord Wimborne": the sender only the title names; the recipient the
    // markup names by his own name, the title by his title.
    let l = corpus()
        .letters
        .iter()
        .find(|l| l.heading.starts_with("Letter from 'a loyal subject' to Lord Wimborne"))
        .expect("letter");
    assert_eq!(
        (l.sender.to_string().as_str(), l.recipient.to_string().as_str()),
        ("'a loyal subject'", "Ivor Churchill Guest (Lord Wimborne)")
    );
}
