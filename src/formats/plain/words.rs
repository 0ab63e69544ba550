//! Fixed word lists of the grammar (titles, particles, document words) looked up in any case without allocating,
//! and the small scanners of words the plain-text reader is built on.

/// The longest word a [`Lexicon`] holds, in bytes.
const LONGEST: usize = 32;

/// Fixed lists of lowercase words, each word with the bits of the lists it is in. One open-addressed table keyed by
/// a word's length and its first and last bytes in lowercase: a lookup reads those, not the whole word, and compares
/// the word itself with the one or two it finds. Most words of a text are in no list: a bit set by the same key turns
/// nearly all of them away before that.
pub struct Lexicon {
    /// A power of two of slots; an empty word marks an empty slot.
    slots: Vec<(&'static str, u32)>,
    /// The listed words' [`key`]s, as bits (4096).
    sieve: Vec<u64>,
}

/// The key of a word of bytes `b` (not empty): its length and first and last bytes in lowercase.
#[inline]
fn key(b: &[u8]) -> usize {
    let (first, last) = (b[0].to_ascii_lowercase(), b[b.len() - 1].to_ascii_lowercase());
    usize::from(first) * 31 + usize::from(last) * 7 + b.len() * 131
}

/// The slot a word of [`key`] `key` hashes to, among `size`.
#[inline]
fn slot(key: usize, size: usize) -> usize {
    (key as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) as usize >> 40 & (size - 1)
}

impl Lexicon {
    /// The lexicon of `lists`, each (lowercase words, bits): a word in several lists has all their bits.
    pub fn new(lists: &[(&[&'static str], u32)]) -> Lexicon {
        let count: usize = lists.iter().map(|(words, _)| words.len()).sum();
        let size = (count * 4).next_power_of_two().max(64);
        let mut slots = vec![("", 0); size];
        let mut sieve = vec![0u64; 64];
        for &(words, bits) in lists {
            for &w in words {
                debug_assert!(w.to_lowercase() == w && !w.is_empty() && w.len() <= LONGEST, "{w:?}");
                let key = key(w.as_bytes());
                sieve[key / 64 % 64] |= 1 << (key % 64);
                let mut i = slot(key, size);
                while !slots[i].0.is_empty() && slots[i].0 != w {
                    i = (i + 1) & (size - 1);
                }
                slots[i] = (w, slots[i].1 | bits);
            }
        }
        Lexicon { slots, sieve }
    }

    /// The bits of `w` lowercased by Unicode rules (`str::to_lowercase`); 0 for a word in no list.
    pub fn kinds(&self, w: &str) -> u32 {
        if w.is_ascii() {
            return self.kinds_ascii(w);
        }
        // Lowercased a character at a time: only a final sigma lowers otherwise in a whole word, and no listed word
        // holds one.
        let mut buf = [0u8; LONGEST];
        let mut n = 0;
        for c in w.chars().flat_map(char::to_lowercase) {
            let len = c.len_utf8();
            if n + len > LONGEST {
                return 0;
            }
            c.encode_utf8(&mut buf[n..]);
            n += len;
        }
        self.kinds_ascii_bytes(&buf[..n])
    }

    /// The bits of `w` compared with `eq_ignore_ascii_case` (a word with other than ASCII letters is found only
    /// as printed in lowercase).
    #[inline]
    pub fn kinds_ascii(&self, w: &str) -> u32 {
        self.kinds_ascii_bytes(w.as_bytes())
    }

    /// The sieve is looked at where the word is (most words stop there); the table only when it may hold the word.
    #[inline]
    fn kinds_ascii_bytes(&self, b: &[u8]) -> u32 {
        if b.is_empty() || b.len() > LONGEST {
            return 0;
        }
        let key = key(b);
        if self.sieve[key / 64 % 64] & 1 << (key % 64) == 0 {
            return 0;
        }
        self.listed(b, key)
    }

    /// The bits of the word `b` of [`key`] `key` in the table.
    #[inline(never)]
    fn listed(&self, b: &[u8], key: usize) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = slot(key, self.slots.len());
        loop {
            let (w, bits) = self.slots[i];
            // The listed word is lowercase: only `b` is lowered.
            if w.len() == b.len() && w.bytes().zip(b).all(|(l, x)| l == x.to_ascii_lowercase()) {
                return bits;
            }
            if w.is_empty() {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Whether `w` lowercased (`str::to_lowercase`) is `x`; an ASCII word compares without allocating.
pub fn lower_is(w: &str, x: &str) -> bool {
    if w.is_ascii() { w.eq_ignore_ascii_case(x) } else { w.to_lowercase() == x }
}

/// `f` applied to `t` lowercased (`str::to_lowercase`): on the stack when `t` is short ASCII.
pub fn with_lowercase<R>(t: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 128;
    if t.len() <= MAX && t.is_ascii() {
        let mut buf = [0u8; MAX];
        let b = &mut buf[..t.len()];
        b.copy_from_slice(t.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(s) = std::str::from_utf8(b) {
            return f(s);
        }
    }
    f(&t.to_lowercase())
}

/// `str::trim`, `trim_start` and `trim_end` that look at one byte first: a line that starts (or ends) with a
/// printable ASCII character, as most do, has nothing to trim there, and no character is decoded.
pub trait QuickTrim {
    fn quick_trim(&self) -> &str;
    fn quick_trim_start(&self) -> &str;
    fn quick_trim_end(&self) -> &str;
}

/// Whether `b` is a byte no trimmed text starts or ends at: ASCII white space, a control byte, or a byte of a
/// character that may be white space.
fn may_be_space(b: Option<&u8>) -> bool {
    !b.is_some_and(|&b| (0x21..0x80).contains(&b))
}

impl QuickTrim for str {
    #[inline]
    fn quick_trim(&self) -> &str {
        let b = self.as_bytes();
        if may_be_space(b.first()) || may_be_space(b.last()) { self.trim() } else { self }
    }

    #[inline]
    fn quick_trim_start(&self) -> &str {
        if may_be_space(self.as_bytes().first()) { self.trim_start() } else { self }
    }

    #[inline]
    fn quick_trim_end(&self) -> &str {
        if may_be_space(self.as_bytes().last()) { self.trim_end() } else { self }
    }
}

/// ASCII white space as `char::is_whitespace` has it (with the vertical tab, unlike `u8::is_ascii_whitespace`).
#[inline(always)]
fn is_ascii_space(x: u8) -> bool {
    x == b' ' || (b'\t'..=b'\r').contains(&x)
}

/// Whether the character at byte `i` of `t` (a char boundary, not ASCII) is white space, and its length.
#[cold]
#[inline(never)]
fn wide_space_at(t: &str, i: usize) -> (bool, usize) {
    t[i..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8()))
}

/// The words of `t` between white space, as `str::split_whitespace` gives them, with less decoding.
pub fn words_of(t: &str) -> WordsOf<'_> {
    WordsOf { t, i: 0 }
}

/// The iterator of [`words_of`].
pub struct WordsOf<'a> {
    t: &'a str,
    i: usize,
}

impl<'a> Iterator for WordsOf<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let (t, b) = (self.t, self.t.as_bytes());
        let mut i = self.i;
        // Through white space, then through the word: ASCII bytes in a tight loop, other characters decoded.
        let start = loop {
            match b.get(i) {
                None => {
                    self.i = i;
                    return None;
                }
                Some(&x) if x < 0x80 => {
                    if !is_ascii_space(x) {
                        break i;
                    }
                    i += 1;
                }
                Some(_) => match wide_space_at(t, i) {
                    (true, n) => i += n,
                    (false, _) => break i,
                },
            }
        };
        while let Some(&x) = b.get(i) {
            if x < 0x80 {
                if is_ascii_space(x) {
                    break;
                }
                i += 1;
            } else {
                match wide_space_at(t, i) {
                    (false, n) => i += n,
                    (true, _) => break,
                }
            }
        }
        self.i = i;
        Some(&t[start..i])
    }
}

/// The words of `t` between spaces (`t.split(' ')` without the empty ones), with their byte offsets.
pub fn spaced_words(t: &str) -> SpacedWords<'_> {
    SpacedWords { t, i: 0 }
}

/// The iterator of [`spaced_words`].
pub struct SpacedWords<'a> {
    t: &'a str,
    i: usize,
}

impl<'a> Iterator for SpacedWords<'a> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let b = self.t.as_bytes();
        let start = self.i + b.get(self.i..)?.iter().position(|&x| x != b' ')?;
        let end = b[start..].iter().position(|&x| x == b' ').map_or(b.len(), |n| start + n);
        self.i = end;
        Some((start, &self.t[start..end]))
    }
}

/// `w` without the characters `trim` takes from both ends, looked at first by its end bytes: a word whose end bytes
/// are ASCII that `keep` accepts is returned as it is, without decoding.
#[inline]
pub fn trim_unless(w: &str, keep: impl Fn(u8) -> bool, trim: impl Fn(char) -> bool) -> &str {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if f < 0x80 && l < 0x80 && keep(f) && keep(l) => w,
        _ => w.trim_matches(trim),
    }
}

/// The byte offset of the first `pat` in `s`, as `s.find(pat)` gives it, for a pattern that starts with a space:
/// only the spaces of `s` are tried (no searcher is built for a short text).
pub fn find_spaced(s: &str, pat: &str) -> Option<usize> {
    debug_assert!(pat.starts_with(' '));
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let mut from = 0;
    while let Some(k) = memchr::memchr(b' ', &b[from..]) {
        let at = from + k;
        if b[at..].starts_with(p) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `b` holds an ASCII digit: 32 bytes at a time, each block tested with no branch (a loop the compiler
/// vectorizes); the bytes past the last whole block are read as the last 32 bytes, or padded when there are fewer.
pub fn has_digit(b: &[u8]) -> bool {
    const BLOCK: usize = 32;
    let any = |c: &[u8; BLOCK]| c.iter().fold(0u8, |acc, &x| acc | u8::from(x.wrapping_sub(b'0') < 10)) != 0;
    let mut chunks = b.chunks_exact(BLOCK);
    if chunks.by_ref().any(|c| <&[u8; BLOCK]>::try_from(c).is_ok_and(any)) {
        return true;
    }
    let rest = chunks.remainder();
    if rest.is_empty() {
        return false;
    }
    match b.len().checked_sub(BLOCK).and_then(|at| <&[u8; BLOCK]>::try_from(&b[at..]).ok()) {
        Some(last) => any(last),
        None => {
            let mut pad = [0u8; BLOCK];
            pad[..rest.len()].copy_from_slice(rest);
            any(&pad)
        }
    }
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// A run of superscript digits: its ASCII digits and byte length.
pub fn superscript_run(s: &str) -> Option<(String, usize)> {
    let mut digits = String::new();
    let mut len = 0;
    for c in s.chars() {
        match SUPERSCRIPTS.iter().position(|&x| x == c) {
            Some(d) if digits.len() < 3 => {
                digits.push(char::from(b'0' + d as u8));
                len += c.len_utf8();
            }
            _ => break,
        }
    }
    (!digits.is_empty()).then_some((digits, len))
}

/// `s` without an ASCII `prefix` matched in any case. Safe on any text: it compares bytes, never slices mid-char.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.len();
    (s.len() >= n && s.as_bytes()[..n].eq_ignore_ascii_case(prefix.as_bytes())).then(|| &s[n..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digit_is_found_at_any_place_of_any_length() {
        for len in 0..100 {
            assert!(!has_digit(&vec![b'a'; len]), "none in {len}");
            for at in 0..len {
                let mut b = vec![b'/'; len];
                b[at] = b"0123456789"[at % 10];
                assert!(has_digit(&b), "at {at} of {len}");
                b[at] = b':';
                assert!(!has_digit(&b), "a colon at {at} of {len}");
            }
        }
    }

    #[test]
    fn words_are_found_in_any_case() {
        let set = Lexicon::new(&[(&["mr", "señor", "chargé", "&"], 1), (&["mr", "king"], 2)]);
        let has = |w: &str| set.kinds(w) & 1 != 0;
        assert!(has("Mr") && has("MR") && has("mr") && set.kinds("Mr") == 3);
        assert!(has("SEÑOR") && has("Chargé") && has("&"));
        assert!(!has("Mrs") && !has("") && !has("m") && !has("señores"));
        assert_eq!(set.kinds("\u{212a}ING"), 2, "the Kelvin sign lowers to k");
        assert!(set.kinds_ascii("MR") == 3 && set.kinds_ascii("SEÑOR") == 0 && set.kinds_ascii("señor") == 1);
        assert!(lower_is("THE", "the") && lower_is("ÉTÉ", "été") && !lower_is("then", "the"));
        assert_eq!(with_lowercase("Back To", str::to_string), "back to");
        assert_eq!(with_lowercase("ÉTÉ", str::to_string), "été");
    }

    #[test]
    fn words_split_as_the_standard_library_does() {
        for t in
            ["", "  ", "a", " The  Hon.\u{a0}Mr\tX\u{2003}y ", "a\u{0b}b\u{85}c\u{1c}d", "Señor  Ñ é ", "x\u{3000}"]
        {
            assert_eq!(words_of(t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
            let spaced: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(spaced_words(t).map(|(_, w)| w).collect::<Vec<_>>(), spaced, "{t:?}");
            assert!(spaced_words(t).all(|(at, w)| &t[at..at + w.len()] == w));
        }
    }

    #[test]
    fn quick_trims_trim_as_the_standard_library_does() {
        for t in ["", " ", "a", " a ", "\u{a0}a\u{2003}", "x\t", "“a”", "\u{1c}a\u{1f}", "é"] {
            assert_eq!(t.quick_trim(), t.trim(), "{t:?}");
            assert_eq!(t.quick_trim_start(), t.trim_start(), "{t:?}");
            assert_eq!(t.quick_trim_end(), t.trim_end(), "{t:?}");
        }
    }

    #[test]
    fn words_trim_as_trim_matches_does() {
        let odd = |c: char| !c.is_alphanumeric();
        for w in ["", "a", "(a)", "“Word”", "x,", "é", "1", ",", "ab"] {
            assert_eq!(trim_unless(w, |b| b.is_ascii_alphanumeric(), odd), w.trim_matches(odd), "{w:?}");
        }
    }

    #[test]
    fn spaced_patterns_and_digits() {
        for (s, pat) in
            [("Roosevelt and Churchill", " and "), ("a and b and c", " and "), ("x  and", " and"), ("and x", " and ")]
        {
            assert_eq!(find_spaced(s, pat), s.find(pat), "{s:?}");
        }
        assert!(
            has_digit(b"no digit here at all, none at all, 1") && !has_digit("none — at all, none at all".as_bytes())
        );
    }
}
