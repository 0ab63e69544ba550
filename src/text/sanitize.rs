//! Untrusted text made safe to draw: every control character becomes a visible symbol.
//!
//! A letter file, a file name, a path typed by the user, a config key or an error message from the OS may hold
//! terminal escape sequences (ESC, CSI, OSC, BEL, C1 codes), NUL bytes or bidi controls that reorder what follows.
//! The loader runs every line through [`sanitize`]; every command's stdout goes through [`SafeWriter`] and every
//! message on stderr through [`say`], so nothing of them can reach the terminal raw.

use std::borrow::Cow;
use std::io::{self, Write};

/// The stand-in drawn for a C1 code or a bidi control.
pub const REPLACEMENT: char = '\u{fffd}';

/// Replaces control characters with visible symbols: C0 codes with their Control Pictures (`␛` for ESC, `␀` for
/// NUL, `␇` for BEL), DEL with `␡`, C1 codes (U+0080..U+009F) and bidi controls with `�`, and a tab with a space.
/// Newlines are not expected here (callers sanitize line by line) and become `␊`.
pub fn sanitize(line: &str) -> Cow<'_, str> {
    if !needs_sanitizing(line) {
        return Cow::Borrowed(line);
    }
    Cow::Owned(line.chars().map(visible).collect())
}

/// Like [`sanitize`] for text of several lines that goes out as it is: newlines and tabs are kept.
pub fn sanitize_output(text: &str) -> Cow<'_, str> {
    if !needs_change(text, true) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if c == '\n' || c == '\t' { c } else { visible(c) }).collect())
}

/// The visible stand-in for one character (itself when it is printable).
pub fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or(REPLACEMENT),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => REPLACEMENT,
        c if is_bidi_control(c) => REPLACEMENT,
        c => c,
    }
}

/// The bidi embeddings, overrides, isolates and marks: U+202A..U+202E, U+2066..U+2069, U+200E, U+200F (and
/// U+061C, the Arabic letter mark).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Zero-width format characters (zero-width space, non-joiner, joiner, word joiner, invisible operators, an inner
/// byte-order mark, the Mongolian vowel separator). Terminals disagree about them (tmux glues the next character
/// onto the cell before a joiner), so the screen leaves them out, both when measuring and when drawing.
pub fn is_zero_width_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{180e}')
}

/// Whether `line` holds anything [`sanitize`] would change. Fast: ASCII bytes are looked at one by one, and
/// only the lead bytes of C1 codes (C2) and bidi controls (D8, E2) lead to decoding a character.
pub fn needs_sanitizing(line: &str) -> bool {
    needs_change(line, false)
}

fn needs_change(text: &str, keep_lines: bool) -> bool {
    let b = text.as_bytes();
    let mut chunks = b.chunks_exact(32);
    let mut base = 0;
    for chunk in &mut chunks {
        if let Ok(block) = <&[u8; 32]>::try_from(chunk)
            && block_suspect(block, keep_lines)
            && (base..base + 32).any(|i| SUSPECT[usize::from(b[i])] && byte_needs_change(text, i, keep_lines))
        {
            return true;
        }
        base += 32;
    }
    // The last bytes, padded with spaces (which need no change) to a block of their own.
    let mut last = [b' '; 32];
    last[..b.len() - base].copy_from_slice(&b[base..]);
    block_suspect(&last, keep_lines) && (base..b.len()).any(|i| byte_needs_change(text, i, keep_lines))
}

/// Whether a byte of `block` may need a change: a control character (but for newlines and tabs with
/// `keep_lines`), DEL, or the lead byte of a C1 code or a bidi control (C2, D8, E2). Thirty-two bytes tested at
/// once, with no table and no branch, so that the compiler vectorizes it; only a block that holds one is looked at
/// byte by byte.
fn block_suspect(block: &[u8; 32], keep_lines: bool) -> bool {
    let mut acc = 0u8;
    for &x in block {
        let control = (x < 0x20) & !(keep_lines & ((x == b'\n') | (x == b'\t')));
        acc |= u8::from(control | (x == 0x7f) | (x & 0xdf == 0xc2) | (x == 0xd8));
    }
    acc != 0
}

/// The bytes [`block_suspect`] looks for (newlines and tabs too), one by one: looked up before the exact test.
static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut x = 0;
    while x < 256 {
        table[x] = x < 0x20 || matches!(x, 0x7f | 0xc2 | 0xd8 | 0xe2);
        x += 1;
    }
    table
};

/// Whether the byte at `i` starts something [`sanitize`] (or, with `keep_lines`, [`sanitize_output`]) changes.
fn byte_needs_change(text: &str, i: usize, keep_lines: bool) -> bool {
    match text.as_bytes()[i] {
        b'\n' | b'\t' => !keep_lines,
        0..=0x1f | 0x7f => true,
        // In UTF-8 (which `text` is) the characters led by these bytes that change, read by their bytes: the C1
        // codes (C2 80..9F), the Arabic letter mark (D8 9C), the bidi marks, embeddings and overrides (E2 80 8E,
        // 8F, AA..AE) and isolates (E2 81 A6..A9).
        lead @ (0xc2 | 0xd8 | 0xe2) => {
            let next = |k: usize| text.as_bytes().get(i + k).copied().unwrap_or(0);
            match (lead, next(1)) {
                (0xc2, b) => (0x80..=0x9f).contains(&b),
                (0xd8, b) => b == 0x9c,
                (_, 0x80) => matches!(next(2), 0x8e | 0x8f | 0xaa..=0xae),
                (_, 0x81) => (0xa6..=0xa9).contains(&next(2)),
                _ => false,
            }
        }
        _ => false,
    }
}

/// Writes `text` to stderr sanitized (newlines and tabs kept) and ignores a failure: a message about an error
/// must not become a panic when stderr is gone.
pub fn write_stderr(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(sanitize_output(text).as_bytes()).and_then(|()| err.flush());
}

/// `letters: MESSAGE` and a newline on stderr, sanitized: `crate::text::say!("cannot read {}", path.display())`.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::text::sanitize::write_stderr(&format!("letters: {}\n", format_args!($($arg)*)))
    };
}
pub(crate) use say;

/// A writer that passes text through [`sanitize_output`]: the one gate between a command's output and stdout.
/// Bytes that end in the middle of a UTF-8 sequence wait for the next write; bytes that are not UTF-8 are written
/// as `�`.
pub struct SafeWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> SafeWriter<W> {
    pub fn new(inner: W) -> Self {
        SafeWriter { inner, pending: Vec::new() }
    }

    /// The writer inside (what was pending is dropped: call `flush` first).
    pub fn into_inner(self) -> W {
        self.inner
    }

    fn write_text(&mut self, bytes: &[u8]) -> io::Result<()> {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return self.inner.write_all(sanitize_output(text).as_bytes());
        }
        for chunk in bytes.utf8_chunks() {
            self.inner.write_all(sanitize_output(chunk.valid()).as_bytes())?;
            if !chunk.invalid().is_empty() {
                self.inner.write_all(REPLACEMENT.encode_utf8(&mut [0; 4]).as_bytes())?;
            }
        }
        Ok(())
    }
}

/// How many bytes at the end of `b` start a UTF-8 sequence that is not complete yet.
fn incomplete_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let x = b[b.len() - back];
        if x & 0xc0 == 0x80 {
            continue;
        }
        let need = match x {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}

impl<W: Write> Write for SafeWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            // Nothing held back: the bytes are written from where they are, but for an unfinished character.
            let keep = incomplete_tail(buf);
            let (done, rest) = buf.split_at(buf.len() - keep);
            self.write_text(done)?;
            self.pending.extend_from_slice(rest);
            return Ok(buf.len());
        }
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        let keep = incomplete_tail(&bytes);
        let (done, rest) = bytes.split_at(bytes.len() - keep);
        self.write_text(done)?;
        self.pending = rest.to_vec();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.write_text(&rest)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        let s = sanitize("a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc\u{9b}31m\u{0}");
        assert_eq!(s, "a␛]0;pwned␇b␛[2Jc�31m␀");
        assert!(!s.chars().any(|c| c.is_control()));
    }

    #[test]
    fn bidi_controls_become_visible() {
        assert_eq!(sanitize("a\u{202e}b\u{2066}c\u{200f}d"), "a�b�c�d");
        assert!(needs_sanitizing("x\u{202a}"));
        assert!(!needs_sanitizing("“Overlord” — ok"));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize("Premier Stalin — “Overlord”"), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\tb"), "a b");
    }

    #[test]
    fn lead_bytes_tell_what_a_character_scan_tells() {
        for c in (0x80..0x3000).filter_map(char::from_u32) {
            let text = c.to_string();
            for keep_lines in [false, true] {
                assert_eq!(byte_needs_change(&text, 0, keep_lines), visible(c) != c, "{:x}", c as u32);
            }
        }
    }

    #[test]
    fn blocks_find_what_a_character_scan_finds() {
        let plain = "It is regretted that an analogy does not suit this case at all, none of it";
        for piece in ["\u{1b}", "\u{9b}", "\u{202e}", "\u{61c}", "\t", "\n", "\u{7f}", "é", "“", "\u{a0}"] {
            for at in 0..70 {
                let text = format!("{}{piece}{}", &plain[..at], &plain[at..]);
                let line = text.chars().any(|c| visible(c) != c);
                let output = text.chars().any(|c| c != '\n' && c != '\t' && visible(c) != c);
                assert_eq!(needs_sanitizing(&text), line, "{text:?}");
                assert_eq!(needs_change(&text, true), output, "{text:?}");
            }
        }
    }

    #[test]
    fn output_keeps_lines_and_tabs() {
        assert_eq!(sanitize_output("a\tb\nc\u{1b}[2J\n"), "a\tb\nc␛[2J\n");
    }

    #[test]
    fn the_writer_sanitizes_across_split_writes() {
        let mut w = SafeWriter::new(Vec::new());
        let text = "é\u{202e}\u{9b}\u{1b}x\n".as_bytes();
        for b in text {
            w.write_all(std::slice::from_ref(b)).expect("written");
        }
        w.write_all(b"\xff").expect("written");
        w.flush().expect("flushed");
        assert_eq!(String::from_utf8(w.into_inner()).expect("utf-8"), "é��␛x\n�");
    }
}
