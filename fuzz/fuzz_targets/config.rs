//! The config parser on any text: no panic, and every problem names a line of the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let (_, problems) = letters::config::parse_str(&text, Path::new("fuzz.toml"));
    let lines = text.split('\n').count();
    for p in &problems {
        assert!(p.line >= 1 && p.line <= lines, "line {} of {lines}: {}", p.line, p.message);
    }
});
