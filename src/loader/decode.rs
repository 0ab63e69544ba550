//! Bytes of a letter file to clean text: a UTF-8 byte-order mark dropped, CRLF and lone CR read as LF, invalid
//! UTF-8 decoded lossily (and the lines noted), control characters made visible, binary files recognised; a file
//! that names another encoding (UTF-16, Latin-1: `encoding.rs`) read in it.

use crate::text::sanitize::visible;
use std::borrow::Cow;

/// A file's text, ready for a format parser: only `\n` breaks lines, and no other control character remains.
/// Borrows the file's bytes when they needed no change.
#[derive(Debug, Default)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
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

/// Decodes a letter file. Valid, clean text costs no copy.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, NotText> {
    // UTF-16, which its byte-order mark names (its NUL bytes are no binary file's).
    if let Some(text) = super::encoding::utf16(bytes) {
        let text = if needs_cleaning(text.as_bytes()) { clean(&text) } else { text };
        return Ok(Decoded { text: Cow::Owned(text), invalid_lines: Vec::new() });
    }
    if looks_binary(bytes) {
        return Err(NotText::Binary);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut invalid_lines = Vec::new();
    // Checked with the processor's vector instructions where it has them (the answer is the standard library's).
    let text = match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) if let Some(text) = super::encoding::declared_latin1(bytes) => Cow::Owned(text),
        Err(_) => {
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
            Cow::Owned(s)
        }
    };
    let text = if needs_cleaning(text.as_bytes()) { Cow::Owned(clean(&text)) } else { text };
    Ok(Decoded { text, invalid_lines })
}

const WIDE: usize = 64;

/// Whether `block` holds only printable ASCII and newlines (no table and no branch, so that the compiler
/// vectorizes it): a byte below 0x20 but `\n`, 0x7F, or any byte from 0x80 up makes it not plain.
fn block_plain(block: &[u8; WIDE]) -> bool {
    let mut acc = 0u8;
    for &x in block {
        // 0x7F..=0xFF wrap to 0x80..=0x00 and 0x00..=0x1F go to 0x01..=0x20: as signed bytes, all below 0x21.
        acc |= u8::from(((x.wrapping_add(1) as i8) < 0x21) & (x != b'\n'));
    }
    acc == 0
}

/// Line ends to `\n`, other control characters to visible symbols.
fn clean(text: &str) -> String {
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

/// Whether any byte needs [`clean`]: a control character other than `\n`, DEL, a C1 code (C2 80..9F), a bidi
/// control (lead bytes D8, E2) or an inner byte-order mark (EF BB BF). Sixty-four bytes at a time
/// (tests the compiler vectorizes): a block of printable ASCII and newlines needs nothing; in another, only the
/// bytes [`suspects`] marks are looked at one by one.
fn needs_cleaning(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(block) = b.get(at..at + WIDE).and_then(|c| <&[u8; WIDE]>::try_from(c).ok()) {
        if !block_plain(block) {
            let marks = suspects(block);
            for (w, word) in marks.as_chunks::<8>().0.iter().enumerate() {
                // One bit a marked byte: each is looked at exactly, none other.
                let mut bits = u64::from_le_bytes(*word);
                while bits != 0 {
                    if byte_needs_cleaning(b, at + w * 8 + (bits.trailing_zeros() / 8) as usize) {
                        return true;
                    }
                    bits &= bits - 1;
                }
            }
        }
        at += WIDE;
    }
    (at..b.len()).any(|i| byte_needs_cleaning(b, i))
}

/// The bytes of `block` that may need cleaning, marked 1 (others 0): a byte below 0x20 other than a newline,
/// 0x7F, 0xC2, 0xD8, 0xE2 or 0xEF (no table and no branch, so that the compiler vectorizes it).
fn suspects(block: &[u8; WIDE]) -> [u8; WIDE] {
    let mut marks = [0u8; WIDE];
    for (m, &x) in marks.iter_mut().zip(block) {
        let control = (x < 0x20) & (x != b'\n') | (x == 0x7f);
        *m = u8::from(control | (x & 0xdf == 0xc2) | (x == 0xd8) | (x == 0xef));
    }
    marks
}

fn byte_needs_cleaning(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'\n' => false,
        x if x < 0x20 || x == 0x7f => true,
        0xc2 => b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xef => b.get(i + 1) == Some(&0xbb) && b.get(i + 2) == Some(&0xbf),
        // Bidi controls: U+061C (D8 9C), U+200E/F (E2 80 8E/8F), U+202A..E (E2 80 AA..AE), U+2066..9 (E2 81 A6..A9).
        0xd8 => b.get(i + 1) == Some(&0x9c),
        0xe2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(x)) => matches!(x, 0x8e | 0x8f | 0xaa..=0xae),
            (Some(0x81), Some(x)) => matches!(x, 0xa6..=0xa9),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_bom_vanish() {
        let d = decode(b"\xef\xbb\xbfa\r\nb\rc\n").expect("text");
        assert_eq!(d.text, "a\nb\nc\n");
        assert!(d.invalid_lines.is_empty());
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_its_line() {
        let d = decode(b"one\ntwo \xff\xfe\nthree").expect("text");
        assert_eq!(d.text, "one\ntwo \u{fffd}\u{fffd}\nthree");
        assert_eq!(d.invalid_lines, vec![2]);
    }

    #[test]
    fn escapes_become_visible_and_binary_is_refused() {
        let d = decode(b"a\x1b[2Jb\x00c\tz").expect("text");
        assert_eq!(d.text, "a\u{241b}[2Jb\u{2400}c z");
        for at in 0..20 {
            let mut bytes = b"The letter of July 18, 1941".to_vec();
            bytes.insert(at, 0x1b);
            assert!(decode(&bytes).expect("text").text.contains('\u{241b}'), "ESC at {at}");
            let mut bytes = "Premier Stalin — “Overlord”, aaaa".as_bytes().to_vec();
            bytes.splice(at..at, [0xc2, 0x9b]);
            assert!(decode(&bytes).expect("text").text.contains('\u{fffd}'), "CSI at {at}");
            let mut bytes = "Premier Stalin — “Overlord”, aaaa".as_bytes().to_vec();
            bytes.splice(at..at, "\u{202e}".bytes());
            assert!(decode(&bytes).expect("text").text.contains('\u{fffd}'), "RLO at {at}");
        }
        let bin: Vec<u8> = (0..=255u8).cycle().take(10240).collect();
        assert_eq!(decode(&bin).err(), Some(NotText::Binary));
    }
}
