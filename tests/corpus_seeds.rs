//! The bundled seed letters, loaded through the real loader, against what a careful reader sees in them.

use letters::loader;
use letters::model::{Corpus, DateKind, Input, Letter, RefTarget, ReplyBasis};

fn seeds() -> Corpus {
    loader::load(&Input::Bundled).expect("bundled letters load")
}

fn by_start<'a>(c: &'a Corpus, start: &str) -> &'a Letter {
    c.letters
        .iter()
        .find(|l| l.paragraphs.first().is_some_and(|p| p.starts_with(start)))
        .unwrap_or_else(|| panic!("no letter opens with {start:?}"))
}

#[test]
fn four_letters_with_their_people() {
    let c = seeds();
    let named: Vec<(String, String)> =
        c.letters.iter().map(|l| (l.sender.to_string(), l.recipient.to_string())).collect();
    let who: Vec<(&str, &str)> = named.iter().map(|(s, r)| (s.as_str(), r.as_str())).collect();
    assert_eq!(
        who,
        [("Stalin", "Roosevelt"), ("Stalin", "Churchill"), ("Churchill", "Stalin"), ("Stalin", "Churchill")]
    );
    let ids: Vec<&str> = c.letters.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "frus-1945-stalin-roosevelt/1",
            "moscow-1957-stalin-churchill-1941/1",
            "moscow-1957-stalin-churchill-1941/2",
            "moscow-1957-stalin-churchill-1941/3"
        ]
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn the_frus_letter() {
    let c = seeds();
    let a = by_start(&c, "I gave consideration to the question");
    assert_eq!(
        a.heading,
        "The Chairman of the Council of Peopled Commissars of the Soviet Union (Stalin) to President Roosevelt"
    );
    assert_eq!(a.date, None);
    assert_eq!(a.paragraphs.len(), 9);
    let body = a.paragraphs.join("\n");
    assert!(!body.contains("[Page 740]") && !body.contains("Conference76") && !body.contains("Copy of telegram"));
    assert!(body.contains("March 25 [24], 1945"));
    let markers: Vec<(&str, isize, Option<usize>)> =
        a.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.footnote)).collect();
    assert_eq!(markers, [("75", -1, Some(0)), ("76", 5, Some(1))]);
    assert_eq!(a.footnote_refs[0].offset, a.heading.len());
    let crimea = &a.paragraphs[5];
    assert_eq!(
        &crimea[..a.footnote_refs[1].offset],
        "The task of coordinated operations with a blow upon the Germans from the West, South and East, announced at the Crimea Conference"
    );
    assert_eq!(a.footnote_refs[1].offset, 129);
    assert_eq!(a.footnotes.len(), 2);
    assert_eq!(a.footnotes[0].label, "1");
    assert!(a.footnotes[0].text.starts_with("Copy of telegram obtained from the Franklin D. Roosevelt Library"));
    assert!(a.footnotes[1].text.starts_with("Reference is to section I of the Report of the Crimea Conference"));
    assert_eq!(a.pages.len(), 1);
    assert_eq!((a.pages[0].page.as_str(), a.pages[0].paragraph, a.pages[0].offset), ("740", 5, 130));
    assert!(crimea[130..].starts_with("is to bind"));
    assert_eq!(a.references.len(), 1);
    let r = &a.references[0];
    assert_eq!(
        (r.text.as_str(), r.date.map(|d| d.to_string()), r.target, r.letter),
        ("the letter of March 25 [24], 1945", Some("1945-03-24".to_string()), RefTarget::Addressee, None)
    );
    assert_eq!(a.replies_to, None);
}

#[test]
fn the_moscow_letters() {
    let c = seeds();
    let b = by_start(&c, "Allow me to thank you");
    assert_eq!((b.date.map(|d| d.to_string()), b.date_kind), (Some("1941-07-18".into()), Some(DateKind::Written)));
    assert_eq!(b.source.as_deref(), Some("Stalin: Works, Vol. 17: 1941"));
    assert_eq!(b.paragraphs.len(), 6);
    assert_eq!(b.replies_to, None);

    let cc = by_start(&c, "Many thanks for your message just received");
    assert_eq!(cc.heading, "W. CHURCHILL TO J. V. STALIN");
    assert_eq!((cc.date.map(|d| d.to_string()), cc.date_kind), (Some("1941-11-22".into()), Some(DateKind::Received)));
    let stars: Vec<(&str, isize, Option<usize>)> =
        cc.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.footnote)).collect();
    assert_eq!(stars, [("*", -1, None), ("*", 4, None)]);
    assert_eq!(cc.paragraphs.len(), 6);
    assert!(cc.source.as_deref().is_some_and(|s| s.starts_with("Correspondence between the Chairman")));
    assert_eq!(cc.replies_to, Some(c.find(&b.id).expect("b")));
    assert_eq!(cc.reply_basis, Some(ReplyBasis::Inferred));
    let own: Vec<(&str, String, RefTarget)> = cc
        .references
        .iter()
        .map(|r| (r.text.as_str(), r.date.map(|d| d.to_string()).unwrap_or_default(), r.target))
        .collect();
    assert_eq!(own, [("my telegram of September 5th", "1941-09-05".to_string(), RefTarget::Own)]);

    let d = by_start(&c, "Thank you for your message.");
    assert_eq!(d.heading, "MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL");
    assert_eq!(d.date, None);
    assert_eq!(d.paragraphs.len(), 6);
    assert_eq!(d.replies_to, Some(c.find(&cc.id).expect("c")));
    assert_eq!(d.reply_basis, Some(ReplyBasis::Inferred));
}

#[test]
fn threads_and_reading_order() {
    let c = seeds();
    let t: Vec<usize> = c.letters.iter().map(|l| l.thread).collect();
    assert_eq!(t[1], t[2]);
    assert_eq!(t[2], t[3]);
    assert_ne!(t[0], t[1]);
    assert_eq!(c.threads.len(), 2);
    assert_eq!(c.threads[t[1]].letters, [1, 2, 3]);
    assert_eq!(c.threads[t[1]].id, "moscow-1957-stalin-churchill-1941/1");
    assert_eq!(c.reading_order, [0, 1, 2, 3]);
    assert_eq!(c.replies[1], [2]);
    assert_eq!(c.replies[2], [3]);
}
