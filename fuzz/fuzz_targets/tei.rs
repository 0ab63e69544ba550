//! The TEI parser on any bytes, as the loader gives them to it (decoded first): no panic; no control or bidi
//! character left in what the reader and the commands draw; every mark (note markers, page breaks, links,
//! emphasis, line ends, other readings) inside the text it marks, on character boundaries.
#![no_main]

use letters::formats::Format;
use letters::formats::tei::Tei;
use letters::loader::decode::decode;
use letters::model::{Letter, TextPart};
use letters::text::sanitize::needs_sanitizing;
use libfuzzer_sys::fuzz_target;

/// The text of a part of a letter, if there is one.
fn text_of(l: &Letter, part: TextPart) -> Option<&str> {
    match part {
        TextPart::Para(p) => l.paragraphs.get(p),
        TextPart::Note(n) => l.footnotes.get(n).map(|f| f.text.as_str()),
    }
}

fn in_text(l: &Letter, part: TextPart, start: usize, end: usize) -> bool {
    text_of(l, part).is_some_and(|t| start <= end && t.get(start..end).is_some())
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = decode(bytes) else { return };
    let parsed = Tei.parse("fuzz.xml", &decoded.text);
    for l in &parsed.letters {
        let shown = [l.heading.as_str()]
            .into_iter()
            .chain(&l.paragraphs)
            .chain(l.footnotes.iter().map(|f| f.text.as_str()))
            .chain(l.footnotes.iter().map(|f| f.label.as_str()))
            .chain(l.place())
            .chain(l.source.as_deref())
            .chain(l.text_at());
        for s in shown {
            assert!(!needs_sanitizing(s), "unsanitised: {s:?}");
        }
        for name in l.sender.names().chain(l.recipient.names()) {
            assert!(!needs_sanitizing(name), "unsanitised name: {name:?}");
        }
        for r in &l.footnote_refs {
            assert!(r.paragraph < l.paragraphs.len() as isize, "marker in paragraph {}", r.paragraph);
            assert!(l.text_of(r.paragraph).is_char_boundary(r.offset), "marker at {}", r.offset);
            assert!(r.footnote.is_none_or(|f| f < l.footnotes.len()), "marker's note {:?}", r.footnote);
        }
        for p in &l.pages {
            assert!(p.paragraph < l.paragraphs.len() as isize, "page break in paragraph {}", p.paragraph);
            assert!(l.text_of(p.paragraph).is_char_boundary(p.offset), "page break at {}", p.offset);
        }
        for r in l.letter_refs() {
            let part = r.note.map_or(TextPart::Para(r.paragraph), TextPart::Note);
            assert!(r.start < r.end && in_text(l, part, r.start, r.end), "link {r:?}");
        }
        for s in l.styles() {
            assert!(s.start < s.end && in_text(l, s.part, s.start, s.end), "emphasis {s:?}");
        }
        for b in l.line_breaks() {
            assert!(in_text(l, b.part, 0, b.offset), "line end {b:?}");
        }
        for r in l.readings() {
            assert!(in_text(l, TextPart::Para(r.paragraph), r.start, r.end), "reading {r:?}");
            assert!(!needs_sanitizing(&r.text), "unsanitised reading {:?}", r.text);
        }
        assert!(l.roles().is_empty() || l.roles().len() == l.paragraphs.len(), "a role per paragraph");
    }
});
