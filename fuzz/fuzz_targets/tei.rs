//! The TEI parser on any bytes, decoded as the loader decodes them: no panic, and every marker offset inside the
//! text it belongs to.
#![no_main]

use letters::formats::Format;
use letters::formats::tei::Tei;
use letters::loader::decode::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = decode(bytes) else { return };
    let parsed = Tei.parse("fuzz.xml", &decoded.text);
    for letter in &parsed.letters {
        for r in &letter.footnote_refs {
            let text = letter.text_of(r.paragraph);
            assert!(r.offset <= text.len(), "marker offset {} past {}", r.offset, text.len());
        }
    }
});
