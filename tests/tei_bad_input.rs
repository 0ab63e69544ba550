//! Broken TEI: unclosed elements, unknown entities, an entity-expansion bomb, a truncated file, XML that is not
//! TEI, and mutated files (proptest): what reads is loaded, `check` names the file, line and problem, and
//! nothing panics.

use letters::loader;
use letters::model::{Corpus, Input, Severity, TextPart};
use proptest::prelude::*;

const GOOD: &str = r#"<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Anna Gruber an Karl Weiss, 6. 5. 1892</title></titleStmt></fileDesc>
<profileDesc><correspDesc>
<correspAction type="sent"><persName>Anna Gruber</persName><date when="1892-05-06"/></correspAction>
<correspAction type="received"><persName>Karl Weiss</persName></correspAction>
</correspDesc></profileDesc></teiHeader>
<text><body>
<p>Erster Absatz<note>Eine Anmerkung.</note> mit Text.</p>
<pb n="2"/>
<p>Zweiter Absatz &amp; mehr.</p>
</body></text>
</TEI>
"#;

fn load_text(name: &str, text: &[u8]) -> Corpus {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join(name);
    std::fs::write(&path, text).expect("write");
    loader::load(&Input::Paths(vec![path])).expect("load")
}

fn errors(c: &Corpus) -> Vec<(usize, String)> {
    c.warnings.iter().filter(|w| w.severity == Severity::Error).map(|w| (w.line, w.message.clone())).collect()
}

#[test]
fn the_good_file_reads_whole() {
    let c = load_text("a.xml", GOOD.as_bytes());
    let l = &c.letters[0];
    assert_eq!(l.paragraphs, ["Erster Absatz mit Text.", "Zweiter Absatz & mehr."]);
    assert_eq!((l.footnotes.len(), l.pages.len()), (1, 1));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn an_unclosed_element_keeps_what_was_read_and_says_where() {
    let text = GOOD.replace("<p>Zweiter Absatz &amp; mehr.</p>", "<p>Zweiter Absatz <hi>offen.</p>");
    let c = load_text("a.xml", text.as_bytes());
    let l = &c.letters[0];
    assert_eq!((l.sender.to_string().as_str(), l.recipient.to_string().as_str()), ("Anna Gruber", "Karl Weiss"));
    assert_eq!(l.paragraphs, ["Erster Absatz mit Text.", "Zweiter Absatz offen."]);
    let e = errors(&c);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, 11);
    assert!(e[0].1.starts_with("broken XML, read up to here:") && e[0].1.contains("hi"), "{e:?}");
    assert_eq!(c.warnings[0].file.rsplit('/').next(), Some("a.xml"));
}

#[test]
fn a_truncated_file_keeps_its_beginning() {
    let cut = GOOD.find("<pb").expect("pb");
    let c = load_text("a.xml", &GOOD.as_bytes()[..cut]);
    let l = &c.letters[0];
    assert_eq!(l.paragraphs, ["Erster Absatz mit Text."]);
    let e = errors(&c);
    assert_eq!(e.len(), 1);
    assert!(e[0].1.contains("ends inside"), "{e:?}");
}

#[test]
fn unknown_entities_stay_as_written_and_a_bomb_costs_nothing() {
    let mut bomb = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
        bomb.push_str(&format!("<!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10)));
    }
    bomb.push_str("]>\n");
    let text = GOOD.replacen("<?xml version=\"1.0\"?>\n", &bomb, 1).replace("&amp; mehr", "&lol9; &nbsp; &nosuch;");
    let c = load_text("bomb.xml", text.as_bytes());
    let l = &c.letters[0];
    // A declared entity is its value as declared, never expanded again; an HTML name is its character.
    assert_eq!(&l.paragraphs[1], &format!("Zweiter Absatz {} \u{a0} &nosuch;.", "&lol8;".repeat(10)));
    let w: Vec<&str> = c.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(w, ["unknown entity &nosuch; (neither declared in the file nor an HTML name): kept as written"]);
    assert!(c.warnings.iter().all(|w| w.line == 23), "{:?}", c.warnings);
}

#[test]
fn xml_that_is_not_tei_is_skipped_with_a_warning() {
    let c = load_text("feed.xml", b"<?xml version=\"1.0\"?><rss><channel><title>News</title></channel></rss>");
    assert!(c.letters.is_empty());
    assert!(c.warnings.iter().any(|w| w.message.starts_with("not a TEI file")), "{:?}", c.warnings);
}

#[test]
fn control_characters_from_references_are_made_visible() {
    let text = GOOD.replace("&amp; mehr", "&#27;[2J &#x202E;x");
    let c = load_text("a.xml", text.as_bytes());
    let p = &c.letters[0].paragraphs[1];
    assert!(p.contains('\u{241b}') && !p.contains('\u{1b}'), "{p:?}");
}

/// Every mark of every letter points into its text, at a character boundary.
fn marks_are_in_the_text(c: &Corpus) -> Result<(), TestCaseError> {
    for l in &c.letters {
        let marks = l
            .footnote_refs
            .iter()
            .map(|r| (r.paragraph, r.offset))
            .chain(l.pages.iter().map(|p| (p.paragraph, p.offset)));
        for (p, o) in marks {
            let text = l.text_of(p);
            prop_assert!(p < l.paragraphs.len() as isize && text.is_char_boundary(o), "{p}:{o} in {:?}", l.paragraphs);
        }
        for r in &l.footnote_refs {
            prop_assert!(r.footnote.is_some_and(|f| f < l.footnotes.len()));
        }
        let text_of = |part: TextPart| match part {
            TextPart::Para(p) => l.paragraphs.get(p),
            TextPart::Note(n) => l.footnotes.get(n).map(|f| f.text.as_str()),
        };
        for r in l.letter_refs() {
            let part = r.note.map_or(TextPart::Para(r.paragraph), TextPart::Note);
            prop_assert!(text_of(part).is_some_and(|t| r.start < r.end && t.get(r.start..r.end).is_some()));
        }
        for s in l.styles() {
            prop_assert!(text_of(s.part).is_some_and(|t| s.start < s.end && t.get(s.start..s.end).is_some()), "{s:?}");
        }
        for b in l.line_breaks() {
            prop_assert!(text_of(b.part).is_some_and(|t| b.offset < t.len() && t.is_char_boundary(b.offset)), "{b:?}");
        }
    }
    Ok(())
}

/// The file of inline markup (anchors, notes with links, `hi`, `lb`, `del`...), for mutations.
const INLINE: &str = include_str!("tei/inline.xml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Damaged inline markup leaves every emphasis, line break and link inside the text it marks; a letter still
    /// reads when the damage is in its text.
    #[test]
    fn mutated_inline_markup_stays_in_its_text(at in 0usize..INLINE.len(), len in 0usize..40, insert in "[<>&/\"a-z ]{0,6}") {
        let mut at = at;
        while !INLINE.is_char_boundary(at) { at -= 1; }
        let mut end = (at + len).min(INLINE.len());
        while !INLINE.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{}{}", &INLINE[..at], insert, &INLINE[end..]);
        let c = load_text("i.xml", text.as_bytes());
        marks_are_in_the_text(&c)?;
        prop_assert!(c.letters.len() <= 2);
        if at > INLINE.find("<text>").expect("text") + 10 {
            prop_assert!(!c.letters.is_empty(), "the first letter reads as far as it goes");
        }
    }

    /// A damaged text after the header still gives the letter its people; the damage, when it breaks the XML,
    /// is named with a line in the file.
    #[test]
    fn mutated_tei_loads_what_it_can(at in 0usize..GOOD.len(), len in 0usize..40, insert in "[<>&/\"a-z ]{0,6}") {
        let body = GOOD.find("<text>").expect("text");
        let mut at = at;
        while !GOOD.is_char_boundary(at) { at -= 1; }
        let mut end = (at + len).min(GOOD.len());
        while !GOOD.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{}{}", &GOOD[..at], insert, &GOOD[end..]);
        let c = load_text("m.xml", text.as_bytes());
        marks_are_in_the_text(&c)?;
        prop_assert!(c.letters.len() <= 1);
        if at > body {
            prop_assert_eq!(c.letters.len(), 1);
            prop_assert_eq!(c.letters[0].sender.to_string(), "Anna Gruber");
            prop_assert_eq!(c.letters[0].date.map(|d| d.to_string()), Some("1892-05-06".to_string()));
        }
        for w in &c.warnings {
            prop_assert!(w.file.ends_with("m.xml"));
            if w.severity == Severity::Error {
                prop_assert!(w.line >= 1 && w.line <= text.lines().count() + 1, "{:?}", w);
            }
        }
    }
}

#[test]
fn deep_nesting_is_read_flat_below_a_depth() {
    // 100,000 nested elements in the title and in a paragraph: read without deep walks, their text kept.
    let n = 100_000;
    let deep =
        |name: &str, inner: &str| format!("{}{inner}{}", format!("<{name}>").repeat(n), format!("</{name}>").repeat(n));
    let text = GOOD
        .replace(
            "<title>Anna Gruber an Karl Weiss, 6. 5. 1892</title>",
            &format!("<title>{}</title>", deep("seg", "Anna Gruber an Karl Weiss")),
        )
        .replace("<p>Zweiter Absatz &amp; mehr.</p>", &format!("<p>{}</p>", deep("hi", "Zweiter Absatz tief.")));
    let c = load_text("deep.xml", text.as_bytes());
    let l = &c.letters[0];
    assert_eq!(l.heading, "Anna Gruber an Karl Weiss");
    assert_eq!(l.paragraphs, ["Erster Absatz mit Text.", "Zweiter Absatz tief."]);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

/// Found by fuzzing: a quote left open makes an attribute run over lines; its value (here where the letter's text
/// is, shown in the reading pane) reads with spaces for the line ends, as XML normalises attributes.
#[test]
fn an_attribute_over_several_lines_is_one_line() {
    let cmif = r#"<?xml version="1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>List</title></titleStmt></fileDesc>
<profileDesc>
<correspDesc ref="https://example.org/a
	b"><correspAction type="sent"><persName>Anna Gruber</persName><date when="1892-05-06"/></correspAction>
<correspAction type="received"><persName>Karl Weiss</persName></correspAction></correspDesc>
<correspDesc ref="https://example.org/c"><correspAction type="sent"><persName>Karl Weiss</persName></correspAction>
<correspAction type="received"><persName>Anna Gruber</persName></correspAction></correspDesc>
</profileDesc></teiHeader></TEI>
"#;
    let c = load_text("list.xml", cmif.as_bytes());
    assert_eq!(c.letters[0].text_at(), Some("https://example.org/a  b"));
    assert_eq!(c.letters[1].text_at(), Some("https://example.org/c"));
}
