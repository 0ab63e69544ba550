//! TEI files written for these tests (tests/tei/): a FRUS volume with documents, a teiCorpus of two letters, a
//! file without namespace named `.tei` whose people come from a `listperson.xml` beside it, a CMIF list, and a
//! folder that mixes text pages and TEI files, a `correspDesc` in the draft form without `correspAction`, and an
//! older P4 file rooted in `TEI.2`.

use letters::loader;
use letters::model::{Corpus, Input, Letter, ReplyBasis, Role};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tei")
}

fn load(names: &[&str]) -> Corpus {
    loader::load(&Input::Paths(names.iter().map(|n| dir().join(n)).collect())).expect("test files load")
}

fn by_heading<'a>(c: &'a Corpus, start: &str) -> &'a Letter {
    c.letters.iter().find(|l| l.heading.starts_with(start)).expect("letter with this heading")
}

#[test]
fn a_frus_volume_holds_documents_letters_among_them() {
    let c = load(&["frus-volume.xml"]);
    let heads: Vec<&str> = c.letters.iter().map(|l| l.heading.as_str()).collect();
    assert_eq!(
        heads,
        [
            "No. 47 The Secretary of State to the President",
            "No. 48 Minutes of a Meeting of the Combined Chiefs of Staff",
            "No. 49 The Department of State to the British Embassy"
        ]
    );
    let [d47, d48, d49] = &c.letters[..] else { panic!("three documents") };
    assert_eq!(
        (d47.sender.to_string().as_str(), d47.recipient.to_string().as_str()),
        ("The Secretary of State", "the President")
    );
    assert_eq!((d47.number.as_deref(), d47.document), (Some("47"), false));
    assert_eq!(d47.date.map(|d| d.to_string()).as_deref(), Some("1944-09-01"));
    assert_eq!(d47.date_range(), None);
    assert_eq!(d47.place(), Some("Washington"));
    assert_eq!(d47.source.as_deref(), Some("Department files, 740.0011/9-144."));
    assert_eq!(
        d47.paragraphs,
        [
            "Washington, September 1, 1944.",
            "I enclose the memorandum you asked for on the zones of occupation.",
            "See also page 218.",
            "Cordell Hull"
        ]
    );
    assert_eq!(d47.roles(), [Role::Dateline, Role::Body, Role::Body, Role::Signed]);
    // The head's note, the source note and the note in the text, each with its marker where it stood.
    let notes: Vec<(&str, &str)> = d47.footnotes.iter().map(|f| (f.label.as_str(), f.text.as_str())).collect();
    assert_eq!(notes, [("1", "Sent by courier."), ("*", "Department files, 740.0011/9-144."), ("2", "Not printed.")]);
    let marks: Vec<(isize, usize)> = d47.footnote_refs.iter().map(|r| (r.paragraph, r.offset)).collect();
    assert_eq!(marks, [(-1, d47.heading.len()), (0, 0), (1, "I enclose the memorandum you asked for".len())]);
    assert_eq!(d47.footnote_kinds(), [None, Some("source".to_string()), None]);
    let pages: Vec<(&str, isize)> = d47.pages.iter().map(|p| (p.page.as_str(), p.paragraph)).collect();
    assert_eq!(pages, [("29", 2)]);
    // Minutes name no parties: a document, dated by the volume's range.
    assert!(d48.document && d48.sender.is_empty() && d48.recipient.is_empty());
    assert_eq!(d48.date_label().as_deref(), Some("between 2 and 4 September 1944"));
    // An office as the sender (`gloss type="from"`).
    assert_eq!(
        (d49.sender.to_string().as_str(), d49.recipient.to_string().as_str(), d49.document),
        ("The Department of State", "the British Embassy", false)
    );
    assert_eq!(d49.ids(), ["d49", "frus1944v04"]);
}

#[test]
fn a_tei_corpus_holds_letters_and_their_links() {
    let c = load(&["corpus.xml"]);
    assert_eq!(c.letters.len(), 2);
    let a = by_heading(&c, "Anna Gruber an Karl Weiss");
    let b = by_heading(&c, "Karl Weiss an Anna Gruber");
    // Index-form names read as names.
    assert_eq!((a.sender.to_string().as_str(), a.recipient.to_string().as_str()), ("Anna Gruber", "Karl Weiss"));
    // A range, uncertain, sorted by its start.
    assert_eq!(a.date_label().as_deref(), Some("between 6 and 8 May 1892?"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("1892-05-06"));
    assert_eq!(a.place(), Some("Graz"));
    assert_eq!(
        a.paragraphs,
        [
            "Graz, Mai 1892",
            "Lieber Karl!",
            "Dein Brief kam u. ich schreibe gleich.",
            "Die Verhandlung ist ⟦morgen⟧ ⸌heute⸍ […] vorbei[?].",
            "Deine",
            "Anna",
            "Grüße an alle."
        ]
    );
    assert_eq!(
        a.roles(),
        [Role::Dateline, Role::Salute, Role::Body, Role::Body, Role::Closer, Role::Signed, Role::Postscript]
    );
    // The abbreviation as written, its expansion kept as another reading of those words.
    let r = &a.readings()[0];
    assert_eq!((r.paragraph, &a.paragraphs[2][r.start..r.end], r.text.as_str()), (2, "u.", "und"));
    assert_eq!(a.footnotes.len(), 1);
    assert_eq!(a.footnote_refs[0].offset, "Dein Brief kam u. ich schreibe gleich".len());
    assert_eq!(a.footnote_kinds(), [Some("commentary".to_string())]);
    // The answer names its predecessor by the edition's id: a reply on the edition's word.
    let ai = c.find(&a.id).expect("a");
    assert_eq!((b.replies_to, b.reply_basis), (Some(ai), Some(ReplyBasis::Edition)));
    assert_eq!(c.threads[b.thread].letters.len(), 2);
    // Links in the text to letters by their ids: an empty one shows its target; one not loaded leads nowhere.
    assert_eq!(b.paragraphs, ["Danke für deinen Brief [→ a1] und den vom März."]);
    let links: Vec<(&str, &str, Option<usize>)> =
        b.letter_refs().iter().map(|r| (&b.paragraphs[0][r.start..r.end], r.target.as_str(), r.letter)).collect();
    assert_eq!(links, [("[→ a1]", "a1", Some(ai)), ("vom März", "x9", None)]);
}

#[test]
fn no_namespace_other_name_and_a_registry_beside() {
    let c = load(&["plain-root.tei", "listperson.xml"]);
    assert_eq!(c.letters.len(), 1, "the registry is no letter");
    let l = &c.letters[0];
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Jane Doe", "John Roe"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1916-03-03"));
    assert_eq!(l.paragraphs, ["Dear John, all is well. Yours, Jane"]);
    let pages: Vec<(&str, usize)> = l.pages.iter().map(|p| (p.page.as_str(), p.offset)).collect();
    assert_eq!(pages, [("1", 0), ("2", "Dear John, all is well.".len())]);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn cmif_gives_letters_without_text_that_say_where_it_is() {
    let c = load(&["cmif.xml"]);
    let who: Vec<(String, String, String)> = c
        .letters
        .iter()
        .map(|l| (l.sender.to_string(), l.recipient.to_string(), l.date_label().unwrap_or_default()))
        .collect();
    assert_eq!(
        who,
        [
            ("Anna Gruber".to_string(), "Karl Weiss".to_string(), "2 Jan 1893".to_string()),
            ("Karl Weiss".to_string(), "Anna Gruber".to_string(), "between 1 and 3 February 1893".to_string())
        ]
    );
    assert!(c.letters.iter().all(|l| l.paragraphs.is_empty()));
    assert_eq!(c.letters[0].text_at(), Some("https://example.org/letters/1"));
    assert_eq!(c.letters[0].heading, "Anna Gruber to Karl Weiss");
    assert_eq!(c.letters[0].place(), Some("Graz"));
}

#[test]
fn a_folder_of_text_pages_and_tei_files_is_one_corpus() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let assets = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets");
    std::fs::copy(assets.join("moscow-1957-stalin-churchill-1941.txt"), tmp.path().join("moscow.txt")).expect("copy");
    std::fs::copy(dir().join("corpus.xml"), tmp.path().join("corpus.xml")).expect("copy");
    // A TEI file without a TEI name is found by its content; a non-TEI XML file is skipped with a warning.
    std::fs::copy(dir().join("cmif.xml"), tmp.path().join("cmif-list")).expect("copy");
    std::fs::write(tmp.path().join("notes.xml"), "<html><body>not a letter</body></html>").expect("write");
    std::fs::write(tmp.path().join("picture.png"), [0x89, b'P', b'N', b'G', 0, 0, 0, 0]).expect("write");
    let c = loader::load(&Input::Paths(vec![tmp.path().to_path_buf()])).expect("load");
    let files: std::collections::BTreeSet<&str> = c.letters.iter().map(|l| l.file.as_str()).collect();
    assert_eq!(files.into_iter().collect::<Vec<_>>(), ["cmif-list", "corpus.xml", "moscow.txt"]);
    assert!(
        c.letters.iter().any(|l| l.sender.to_string().as_str() == "Stalin")
            && c.letters.iter().any(|l| l.sender.to_string().as_str() == "Anna Gruber")
    );
    let w: Vec<(&str, &str)> = c.warnings.iter().map(|w| (w.file.as_str(), w.message.as_str())).collect();
    assert!(w.iter().any(|(f, m)| *f == "notes.xml" && m.starts_with("not a TEI file")), "{w:?}");
    assert!(!w.iter().any(|(f, _)| *f == "picture.png"), "{w:?}");
}

/// Editions made before `correspAction` write `sender`, `addressee`, `placeSender` and `dateSender` straight
/// inside `correspDesc`: the letter's people, place and date come from them all the same.
#[test]
fn a_correspdesc_in_the_draft_form_without_correspaction_names_people_place_and_date() {
    let c = load(&["draft-corresp.xml"]);
    let [l] = &c.letters[..] else { panic!("one letter: {:?}", c.letters) };
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Karl Weber", "Paul Lindner"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1894-03-12"));
    assert_eq!(l.place(), Some("Graz"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn a_title_corrects_swapped_labels_even_when_one_word_or_a_shared_surname_names_a_side() {
    let c = load(&["labels-and-joint.xml"]);
    let people = |start: &str| {
        let l = by_heading(&c, start);
        (l.sender.to_string(), l.recipient.to_string())
    };
    // `Stadtrat an Lukas Moser`: one word before `an` is the sender when the markup names it as a party.
    assert_eq!(people("Stadtrat an Lukas Moser"), ("Stadtrat".to_string(), "Lukas Moser".to_string()));
    // Both sides are Mosers: the full names decide which label is wrong.
    assert_eq!(people("Lukas Moser an Anna"), ("Lukas Moser".to_string(), "Anna Moser Keller".to_string()));
    let warned = c.warnings.iter().filter(|w| w.message.contains("labels contradict the title")).count();
    assert_eq!(warned, 2);
}

#[test]
fn a_reply_to_one_writer_of_a_joint_letter_answers_the_latest_letter_the_edition_names() {
    let c = load(&["labels-and-joint.xml"]);
    let ix = |start: &str| c.find(&by_heading(&c, start).id).expect("loaded");
    // The joint letter answers the brother's letter to one of its writers.
    let joint = by_heading(&c, "Anna Moser Keller und Jakob Brunner");
    assert_eq!((joint.replies_to, joint.reply_basis), (Some(ix("Lukas Moser an Anna")), Some(ReplyBasis::Edition)));
    // Of the two letters the edition names as previous, the reply answers the later one, which one of its
    // addressee's names wrote jointly.
    let reply = by_heading(&c, "Lukas Moser an Jakob Brunner");
    assert_eq!(reply.replies_to, Some(ix("Anna Moser Keller und Jakob Brunner")));
}

#[test]
fn an_older_p4_edition_rooted_in_tei_2_is_read_as_tei() {
    // TEI P4's root is `TEI.2`, without namespace: the file is a letter, not a file skipped as no TEI.
    let c = load(&["p4-letter.xml"]);
    assert_eq!(c.letters.len(), 1, "{:?}", c.warnings);
    let l = &c.letters[0];
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Josiah Pell", "Hannah Pell"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1790-05-04"));
    assert!(l.paragraphs.iter().any(|p| p.starts_with("I write in haste")), "{:?}", l.paragraphs);
    assert!(c.warnings.iter().all(|w| !w.message.contains("not a TEI file")), "{:?}", c.warnings);
}
