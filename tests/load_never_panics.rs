//! The loader and the plain-text parser never panic: arbitrary bytes, and seed files mutated with flips, cuts,
//! splices and inserted fragments of the syntax (markers, page markers, stamps, footnote items, escapes).

use letters::formats::Format;
use letters::formats::plain::PlainText;
use letters::loader;
use letters::model::Input;
use proptest::prelude::*;
use std::path::Path;

fn seeds() -> [Vec<u8>; 2] {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    [
        std::fs::read(dir.join("frus-1945-stalin-roosevelt.txt")).expect("seed"),
        std::fs::read(dir.join("moscow-1957-stalin-churchill-1941.txt")).expect("seed"),
    ]
}

const INSERTS: &[&[u8]] = &[
    b"*",
    b"76",
    b" 75\n",
    b"[Page 9",
    b"[Page 741]",
    b"\nReceived on February 30, 1944\n",
    b"\nNo. \n",
    b"\nSent on\n",
    b"\n  1. \n",
    b"\x1b[2J",
    b"\x00",
    b"\xe2\x80",
    b"your message of March 99, 1945",
    b"\nJuly 18, 1941\n",
    b"\nSource:\n",
    b"\t\r",
    b"\xc3\xa9",
    b"\xe2\x90\x91",
    b"\nW. CHURCHILL TO J. V. STALIN*\n\n",
];

/// One edit of a file: (kind, position, length or index, byte).
fn edit() -> impl Strategy<Value = (u8, usize, usize, u8)> {
    (0u8..5, any::<usize>(), 0usize..400, any::<u8>())
}

fn apply(mut s: Vec<u8>, edits: &[(u8, usize, usize, u8)]) -> Vec<u8> {
    for &(kind, pos, len, byte) in edits {
        let at = if s.is_empty() { 0 } else { pos % (s.len() + 1) };
        match kind {
            0 if !s.is_empty() => {
                let i = pos % s.len();
                s[i] = byte;
            }
            1 => {
                let ins = INSERTS[len % INSERTS.len()];
                s.splice(at..at, ins.iter().copied());
            }
            2 => {
                let end = (at + len).min(s.len());
                s.drain(at..end);
            }
            3 if !s.is_empty() => {
                let from = (pos / 7) % s.len();
                let piece: Vec<u8> = s[from..(from + len).min(s.len())].to_vec();
                s.splice(at..at, piece);
            }
            _ => s.truncate(at),
        }
    }
    s
}

/// Parses `bytes` as the loader would (decode, then the plain parser), and through `loader::load` from a file.
fn load_both(bytes: &[u8]) {
    if let Ok(decoded) = loader::decode::decode(bytes) {
        let parsed = PlainText.parse("x.txt", &decoded.text);
        for l in &parsed.letters {
            for r in &l.footnote_refs {
                assert!(r.footnote.is_none_or(|f| f < l.footnotes.len()));
            }
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("x.txt"), bytes).expect("write");
    let c = loader::load(&Input::Paths(vec![dir.path().to_path_buf()])).expect("a folder that exists loads");
    for l in &c.letters {
        assert!(l.thread < c.threads.len().max(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        load_both(&bytes);
    }

    #[test]
    fn mutated_seeds_never_panic(which in 0usize..2, edits in proptest::collection::vec(edit(), 1..12)) {
        let seed = seeds()[which].clone();
        load_both(&apply(seed, &edits));
    }
}

/// Edits that once broke the parser: a multi-byte character where a keyword was being compared.
#[test]
fn multibyte_characters_at_keyword_positions_do_not_panic() {
    for text in
        ["I h\u{2411}ve to tell you", "Only wi\u{fffd}h the purpose", "\u{fffd}\u{fffd}", "Sen\u{e9}", "[p\u{e9}ge 3]"]
    {
        load_both(text.as_bytes());
        load_both(format!("Personal Message from Stalin to Mr Churchill\n\n{text}\n\n{text}\n").as_bytes());
    }
}
