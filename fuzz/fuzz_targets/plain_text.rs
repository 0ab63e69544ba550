//! The plain-text parser on any bytes, as the loader gives them to it (decoded first): no panic, and no control
//! or bidi character left in what the reader and the commands draw.
#![no_main]

use letters::formats::Format;
use letters::formats::plain::PlainText;
use letters::loader::decode::decode;
use letters::text::sanitize::needs_sanitizing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = decode(bytes) else { return };
    let parsed = PlainText.parse("fuzz.txt", &decoded.text);
    for letter in &parsed.letters {
        assert!(!needs_sanitizing(&letter.heading), "heading {:?}", letter.heading);
        for p in &letter.paragraphs {
            assert!(!needs_sanitizing(p), "paragraph {p:?}");
        }
        for r in &letter.footnote_refs {
            let text = letter.text_of(r.paragraph);
            assert!(r.offset <= text.len(), "marker offset {} past {}", r.offset, text.len());
        }
        assert!(letter.footnote_refs.len() <= 2000 + 16, "markers bounded: {}", letter.footnote_refs.len());
    }
});
