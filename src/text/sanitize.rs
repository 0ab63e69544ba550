//! Untrusted text made safe to draw: every control character becomes a visible symbol.
//!
//! A letter file may hold terminal escape sequences (ESC, CSI, OSC, BEL, C1 codes) or NUL bytes. The loader runs
//! every line through [`sanitize`] so nothing of them can reach the terminal raw; ratatui would otherwise pass
//! the printable tail of a sequence through and the terminal would act on the rest.

use std::borrow::Cow;

/// Replaces control characters with visible symbols: C0 codes with their Control Pictures (`␛` for ESC, `␀` for
/// NUL, `␇` for BEL), DEL with `␡`, C1 codes (U+0080..U+009F) with `�`, and a tab with a space. Newlines are not
/// expected here (callers sanitize line by line) and become `␊`.
pub fn sanitize(line: &str) -> Cow<'_, str> {
    if !needs_sanitizing(line) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        out.push(visible(c));
    }
    Cow::Owned(out)
}

/// The visible stand-in for one character (itself when it is printable).
pub fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        c => c,
    }
}

/// Whether `line` holds anything [`sanitize`] would change. Fast: one pass over the bytes.
pub fn needs_sanitizing(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x20 || x == 0x7f {
            return true;
        }
        // C1 controls are encoded as C2 80..C2 9F.
        if x == 0xc2 && i + 1 < b.len() && (0x80..=0x9f).contains(&b[i + 1]) {
            return true;
        }
        i += 1;
    }
    false
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
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize("Premier Stalin — “Overlord”"), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\tb"), "a b");
    }
}
