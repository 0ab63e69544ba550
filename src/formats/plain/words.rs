//! Fixed word lists of the grammar (titles, particles, document words) looked up in any case without allocating
//! for ASCII words: the words are kept in buckets by their first byte, so a lookup compares a handful of words,
//! not the whole list.

/// A list of lowercase words.
pub struct WordSet {
    /// Words by their first byte.
    buckets: Vec<Vec<&'static str>>,
}

impl WordSet {
    /// The set of `words`, which must be lowercase.
    pub fn new(words: &[&'static str]) -> WordSet {
        let mut buckets = vec![Vec::new(); 256];
        for w in words {
            debug_assert_eq!(w.to_lowercase(), *w, "word lists hold lowercase words");
            if let Some(&b) = w.as_bytes().first() {
                buckets[usize::from(b)].push(*w);
            }
        }
        WordSet { buckets }
    }

    /// Whether `w`, lowercased (Unicode case rules), is in the set: `w.to_lowercase()` compared, without the
    /// allocation for an ASCII word.
    pub fn has(&self, w: &str) -> bool {
        if w.is_ascii() {
            return self.has_ascii(w);
        }
        let l = w.to_lowercase();
        l.as_bytes().first().is_some_and(|&b| self.buckets[usize::from(b)].contains(&l.as_str()))
    }

    /// Whether `w` is in the set compared with `eq_ignore_ascii_case` (a word with other than ASCII letters is
    /// in it only as printed in lowercase).
    pub fn has_ascii(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else { return false };
        self.buckets[usize::from(first.to_ascii_lowercase())]
            .iter()
            .any(|x| x.len() == w.len() && x.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
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

/// Whether `b` holds an ASCII digit: sixteen bytes at a time (a loop the compiler vectorizes).
pub fn has_digit(b: &[u8]) -> bool {
    let digit = |x: u8| x.wrapping_sub(b'0') < 10;
    let mut chunks = b.chunks_exact(16);
    (&mut chunks).any(|c| c.iter().fold(false, |acc, &x| acc | digit(x)))
        || chunks.remainder().iter().any(|&x| digit(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_in_any_case() {
        let set = WordSet::new(&["mr", "señor", "chargé", "&"]);
        assert!(set.has("Mr") && set.has("MR") && set.has("mr"));
        assert!(set.has("SEÑOR") && set.has("Chargé") && set.has("&"));
        assert!(!set.has("Mrs") && !set.has("") && !set.has("m"));
        assert!(set.has_ascii("MR") && !set.has_ascii("SEÑOR") && set.has_ascii("señor"));
        assert!(lower_is("THE", "the") && lower_is("ÉTÉ", "été") && !lower_is("then", "the"));
        assert_eq!(with_lowercase("Back To", str::to_string), "back to");
        assert_eq!(with_lowercase("ÉTÉ", str::to_string), "été");
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
