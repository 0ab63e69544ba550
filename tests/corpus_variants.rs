//! Variants of the correspondence's page styles, written for these tests (tests/variants/): lines before a
//! heading, every heading style, date lines, sources, separators, numbered and hard-wrapped paragraphs,
//! footnotes, page markers, boilerplate, CRLF and BOM, and the reply chains between them.

use letters::loader;
use letters::model::{Corpus, DateKind, Input, Letter, ReplyBasis, Severity};
use std::path::PathBuf;

fn load(names: &[&str]) -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/variants");
    loader::load(&Input::Paths(names.iter().map(|n| dir.join(n)).collect())).expect("variants load")
}

fn date(l: &Letter) -> (String, Option<DateKind>) {
    (l.date.map(|d| d.to_string()).unwrap_or_default(), l.date_kind)
}

#[test]
fn moscow_style_page_with_five_letters() {
    let c = load(&["moscow-1942.txt"]);
    let named: Vec<(String, String)> =
        c.letters.iter().map(|l| (l.sender.to_string(), l.recipient.to_string())).collect();
    let who: Vec<(&str, &str)> = named.iter().map(|(s, r)| (s.as_str(), r.as_str())).collect();
    assert_eq!(
        who,
        [
            ("Churchill", "Stalin"),
            ("Stalin", "Churchill"),
            ("Stalin", "Churchill"),
            ("Roosevelt, Churchill", "Stalin"),
            ("Stalin", "Roosevelt")
        ]
    );
    let [l1, l2, l3, l4, l5] = &c.letters[..] else { panic!("five letters") };

    // Lines before the heading.
    assert_eq!(l1.number.as_deref(), Some("28"));
    assert_eq!(l1.classification.as_deref(), Some("Personal and Most Secret"));
    assert_eq!(date(l1), ("1942-01-05".into(), Some(DateKind::Received)));
    assert_eq!(l2.number.as_deref(), Some("29"));
    // A date line after the body wins over the `Sent on` line.
    assert_eq!(date(l2), ("1942-01-08".into(), Some(DateKind::Written)));
    assert_eq!(date(l3), ("1942-01-11".into(), Some(DateKind::Written)));

    // Hard-wrapped lines joined, numbered paragraphs kept apart, a line of spaces is a blank line.
    assert_eq!(l1.paragraphs.len(), 3, "{:#?}", l1.paragraphs);
    assert!(
        l1.paragraphs[0].starts_with("I have been thinking")
            && l1.paragraphs[0].ends_with("We shall keep you informed.")
    );
    assert!(l1.paragraphs[0].contains("Mr Eden and about the operation “Overlord.” which"));
    assert_eq!(&l1.paragraphs[1], "2. President Beneš is coming to London next week and I shall see him.");
    assert_eq!(&l1.paragraphs[2], "3. The convoys will sail as arranged.");
    assert_eq!(l1.footnote_refs.len(), 1);
    assert_eq!(l1.footnote_refs[0].marker, "50");
    assert_eq!(l1.footnote_refs[0].footnote, None);
    assert_eq!(l1.source.as_deref(), Some("Correspondence, Vol. One, Moscow 1957."));

    // Headings keep no markers; the star marker is recorded.
    assert_eq!(l3.heading, "J. V. STALIN TO W. CHURCHILL");
    assert_eq!(l3.footnote_refs[0].marker, "*");

    // Explicit replies, several dates in one reference, an inferred reply to a joint message.
    let id = |l: &Letter| c.find(&l.id);
    assert_eq!((l2.replies_to, l2.reply_basis), (id(l1), Some(ReplyBasis::Explicit)));
    let l3_refs: Vec<(String, Option<usize>)> =
        l3.references.iter().map(|r| (r.date.map(|d| d.to_string()).unwrap_or_default(), r.letter)).collect();
    assert_eq!(l3_refs, [("1942-01-05".into(), id(l1)), ("1942-01-07".into(), None), ("1941-12-30".into(), None)]);
    assert_eq!((l3.replies_to, l3.reply_basis), (id(l1), Some(ReplyBasis::Explicit)));
    assert_eq!((l4.replies_to, l4.reply_basis), (id(l3), Some(ReplyBasis::Inferred)));
    assert_eq!((l5.replies_to, l5.reply_basis), (id(l4), Some(ReplyBasis::Explicit)));
    // `my message of January 11` is the writer's own letter, to Roosevelt: not in the corpus, and not a reply.
    let own = l5.references.iter().find(|r| r.text.starts_with("my message")).expect("own reference");
    assert_eq!((own.date.map(|d| d.to_string()), own.letter), (Some("1942-01-11".into()), None));

    // One thread; the title block reported as belonging to no letter.
    assert!(c.letters.iter().all(|l| l.thread == l1.thread));
    let orphans: Vec<usize> =
        c.warnings.iter().filter(|w| w.message.contains("belongs to no letter")).map(|w| w.line).collect();
    assert_eq!(orphans, [1]);
}

#[test]
fn frus_style_document_with_office_heading() {
    let c = load(&["frus-1941.txt"]);
    assert_eq!(c.letters.len(), 1);
    let l = &c.letters[0];
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Molotov", "Henderson"));
    assert!(l.heading.ends_with("(Henderson)"));
    assert_eq!(date(l), ("1941-10-01".into(), Some(DateKind::Written)));
    assert_eq!(l.paragraphs.len(), 2);
    assert!(l.paragraphs[0].contains("the aircraft and to inform you"));
    assert!(l.paragraphs[1].starts_with("The question of the route was settled on March 25 [24], 1941"));
    let links: Vec<(&str, isize, Option<usize>)> =
        l.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.footnote)).collect();
    assert_eq!(links, [("1", -1, Some(0)), ("2", 0, Some(1))]);
    assert_eq!(
        l.footnotes[1].text,
        "See telegram No. 1698, September 30, from the Chargé in the Soviet Union, p. 840."
    );
    assert_eq!((l.pages[0].page.as_str(), l.pages[0].paragraph, l.pages[0].offset), ("12", 1, 0));
    assert!(l.references.is_empty());
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn crlf_and_bom_read_as_plain_lines() {
    let c = load(&["crlf.txt", "bom.txt"]);
    assert_eq!(c.letters.len(), 2);
    assert_eq!(c.letters[0].paragraphs, ["Allow me to thank you."]);
    assert_eq!(date(&c.letters[0]), ("1941-07-18".into(), Some(DateKind::Written)));
    assert_eq!(c.letters[1].heading, "MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL");
    assert_eq!(c.letters[1].paragraphs, ["Thank you for your message."]);
    assert!(c.warnings.iter().all(|w| w.severity == Severity::Warning));
}

#[test]
fn a_folder_reads_in_sorted_order() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/variants");
    let c = loader::load(&Input::Paths(vec![dir])).expect("folder loads");
    let files: Vec<&str> = c.letters.iter().map(|l| l.file.as_str()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert_eq!(c.letters.len(), 8);
    assert!(c.letters.iter().any(|l| l.id == "moscow-1942/5"));
}

#[test]
fn footnote_list_after_body_markers_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "Personal Message from Stalin to Mr Churchill\n\nAs agreed at the Conference76 and more.\n\nThe second operation*\nfollows.\n\n  1. Reference is to the Moscow Conference.\n  * The operation in the North.\n",
    )
    .expect("written");
    let c = loader::load(&Input::Paths(vec![path])).expect("loads");
    let l = &c.letters[0];
    assert_eq!(l.paragraphs.len(), 2, "{:?}", l.paragraphs);
    let links: Vec<(&str, isize, Option<usize>)> =
        l.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.footnote)).collect();
    assert_eq!(links, [("76", 0, Some(0)), ("*", 1, Some(1))]);
    assert_eq!(l.footnotes[1].text, "The operation in the North.");
}

#[test]
fn a_heading_wrapped_over_two_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wrapped.txt");
    std::fs::write(
        &path,
        "The Chairman of the Council of People's Commissars of the Soviet Union (Stalin) to\nPresident Roosevelt 75\n\nYour message of January 11 has reached me. The opening of\nthe front to the West is as agreed.\n\nJanuary 13, 1943\n\n  1. Copy of telegram.\n",
    )
    .expect("written");
    let c = loader::load(&Input::Paths(vec![path])).expect("loads");
    assert_eq!(c.letters.len(), 1);
    let l = &c.letters[0];
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Stalin", "Roosevelt"));
    assert!(l.heading.ends_with("(Stalin) to President Roosevelt"), "{}", l.heading);
    assert_eq!(l.footnote_refs[0].footnote, Some(0));
    assert_eq!(l.paragraphs.len(), 1);
    assert_eq!(l.references[0].date.map(|d| d.to_string()).as_deref(), Some("1943-01-11"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}
