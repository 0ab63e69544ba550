//! Bytes of a letter file to clean text: a UTF-8 byte-order mark dropped, CRLF and lone CR read as LF, invalid
//! UTF-8 decoded lossily (and the lines noted), control characters made visible, binary files recognised.

use crate::text::sanitize::visible;

/// A file's text, ready for a format parser: only `\n` breaks lines, and no other control character remains.
#[derive(Debug, Default)]
pub struct Decoded {
    pub text: String,
    /// 1-based lines that held bytes that are not UTF-8.
    pub invalid_lines: Vec<usize>,
}

/// Why a file was not decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes in number: a binary file.
    Binary,
}

/// Whether these bytes look like a binary file: NUL bytes in number (a stray one is shown as `␀`).
pub fn looks_binary(bytes: &[u8]) -> bool {
    let nuls = memchr::memchr_iter(0, bytes).take(16).count();
    nuls >= 16 || (nuls > 1 && nuls * 200 > bytes.len())
}

/// Decodes a letter file. Takes the bytes so valid, clean text costs no copy.
pub fn decode(mut bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if looks_binary(&bytes) {
        return Err(NotText::Binary);
    }
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    let mut invalid_lines = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut s = String::with_capacity(bytes.len() + 16);
            let mut line = 1;
            for chunk in bytes.utf8_chunks() {
                let valid = chunk.valid();
                line += memchr::memchr_iter(b'\n', valid.as_bytes()).count();
                s.push_str(valid);
                if !chunk.invalid().is_empty() {
                    if invalid_lines.last() != Some(&line) {
                        invalid_lines.push(line);
                    }
                    s.push('\u{fffd}');
                }
            }
            s
        }
    };
    Ok(Decoded { text: clean(text), invalid_lines })
}

/// Line ends to `\n`, other control characters to visible symbols. No copy when there is nothing to change.
fn clean(text: String) -> String {
    if !needs_cleaning(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            // U+FEFF inside the text (a BOM from concatenated files) is dropped.
            '\u{feff}' => {}
            c => out.push(visible(c)),
        }
    }
    out
}

/// Whether the text holds a control character other than `\n` (CR included), a C1 control or an inner BOM.
/// Runs at memory speed: control bytes are looked for 64 bytes at a time without branches (so the compiler
/// vectorises it), the rare lead bytes of C1 controls and BOMs with memchr.
fn needs_cleaning(b: &[u8]) -> bool {
    let control = |x: u8| (x < 0x20) & (x != b'\n') | (x == 0x7f);
    if b.chunks(64).any(|chunk| chunk.iter().fold(false, |acc, &x| acc | control(x))) {
        return true;
    }
    memchr::memchr2_iter(0xc2, 0xef, b).any(|i| {
        if b[i] == 0xc2 {
            b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n))
        } else {
            b.get(i + 1) == Some(&0xbb) && b.get(i + 2) == Some(&0xbf)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_bom_vanish() {
        let d = decode(b"\xef\xbb\xbfa\r\nb\rc\n".to_vec()).expect("text");
        assert_eq!(d.text, "a\nb\nc\n");
        assert!(d.invalid_lines.is_empty());
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_its_line() {
        let d = decode(b"one\ntwo \xff\xfe\nthree".to_vec()).expect("text");
        assert_eq!(d.text, "one\ntwo \u{fffd}\u{fffd}\nthree");
        assert_eq!(d.invalid_lines, vec![2]);
    }

    #[test]
    fn escapes_become_visible_and_binary_is_refused() {
        let d = decode(b"a\x1b[2Jb\x00c\tz".to_vec()).expect("text");
        assert_eq!(d.text, "a\u{241b}[2Jb\u{2400}c z");
        for clean in ["plain text\n", "no-break\u{a0}space and \u{fffd}", ""] {
            assert!(!needs_cleaning(clean.as_bytes()), "{clean:?}");
        }
        for dirty in ["a\rb", "\u{85}", "x\u{feff}y", "\u{7f}"] {
            assert!(needs_cleaning(format!("{}{dirty}", "long text ".repeat(20)).as_bytes()), "{dirty:?}");
        }
        let bin: Vec<u8> = (0..=255u8).cycle().take(10240).collect();
        assert_eq!(decode(bin).err(), Some(NotText::Binary));
    }
}
