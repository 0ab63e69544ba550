//! What a single line of a plain-text letter file is, read on its own: the small fixed shapes around a letter
//! (`No. 28`, `Received on ...`, a classification, a date line, `Source: ...`, `* * *`, a footnote item, a page
//! marker alone). Headings have their own module; anything else is body text.

use crate::model::date::{Found, scan_date};

/// `s` without an ASCII `prefix` matched in any case. Safe on any text: it compares bytes, never slices mid-char.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.len();
    (s.len() >= n && s.as_bytes()[..n].eq_ignore_ascii_case(prefix.as_bytes())).then(|| &s[n..])
}

/// Whether a line holds nothing but spaces (including no-break and other Unicode spaces).
pub fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ') || line.chars().all(char::is_whitespace)
}

/// `No. 28`, `No 28`, `№ 28`: the collection number.
pub fn number_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let rest = t.strip_prefix("No.").or_else(|| t.strip_prefix("No ")).or_else(|| t.strip_prefix("№"))?;
    let n = rest.trim().trim_end_matches('.');
    let ok = !n.is_empty()
        && n.len() <= 8
        && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then_some(n)
}

/// Whether a `Received on`/`Sent on` line says received or sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    Received,
    Sent,
}

/// `Received on January 5, 1942`, `Sent on January 8, 1942`, `Received January 5, 1942`.
pub fn stamp_line(line: &str) -> Option<(Stamp, Found)> {
    let t = line.trim();
    let (stamp, rest) = if let Some(r) = strip_prefix_ci(t, "received") {
        (Stamp::Received, r)
    } else if let Some(r) = strip_prefix_ci(t, "sent") {
        (Stamp::Sent, r)
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let rest = strip_prefix_ci(rest, "on ").unwrap_or(rest);
    let found = scan_date(rest.trim_start())?;
    found.year?;
    Some((stamp, found))
}

/// Words a classification line is made of.
const CLASSIFICATION_WORDS: &[&str] = &[
    "personal",
    "and",
    "secret",
    "most",
    "top",
    "confidential",
    "strictly",
    "private",
    "urgent",
    "immediate",
    "only",
    "for",
    "your",
    "eyes",
    "very",
];

/// `Personal and Most Secret`, `TOP SECRET`, `Secret and Personal.`
pub fn classification_line(line: &str) -> Option<&str> {
    let t = line.trim().trim_end_matches('.');
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    let mut any_key = false;
    for w in t.split_whitespace() {
        if !CLASSIFICATION_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            return None;
        }
        any_key |= ["secret", "personal", "confidential", "private"].iter().any(|c| c.eq_ignore_ascii_case(w));
    }
    any_key.then_some(t)
}

/// `Source: ...` or `Source : ...`: the text after the colon.
pub fn source_line(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = strip_prefix_ci(t, "source")?.trim_start();
    rest.strip_prefix(':').map(str::trim)
}

/// `* * *`, `***`, `---`, `___`: a separator between letters.
pub fn separator_line(line: &str) -> bool {
    let t = line.trim();
    if !t.starts_with(['*', '-', '_', '=', '~']) || t.len() > 80 {
        return false;
    }
    let marks = t.bytes().filter(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b'~')).count();
    marks >= 3 && t.bytes().all(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b'~' | b' '))
}

/// A page marker alone on its line: `[Page 740]`.
pub fn page_line(line: &str) -> Option<&str> {
    let t = line.trim();
    if !t.starts_with('[') || !t.ends_with(']') {
        return None;
    }
    page_label(t[1..t.len() - 1].trim())
}

/// The label inside a page marker's brackets: `Page 740` and `p. 12a` give `740` and `12a`. Shared by the
/// marker alone on its line and the marker inside a paragraph.
pub fn page_label(body: &str) -> Option<&str> {
    let rest = strip_prefix_ci(body, "page").or_else(|| strip_prefix_ci(body, "p."))?;
    let label = rest.trim_start_matches([' ', '.']);
    let ok = label.len() <= 10
        && label.bytes().next().is_some_and(|x| x.is_ascii_alphanumeric())
        && label.bytes().all(|x| x.is_ascii_alphanumeric() || x == b'-');
    ok.then_some(label)
}

/// A footnote item: its label, its text, and whether the line was indented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub label: &'a str,
    pub text: &'a str,
    pub indented: bool,
}

/// `  1. Copy of telegram ...`, `2. Reference ...`, `* The message ...`: a numbered or starred item.
/// Whether it is a footnote or a numbered paragraph is the caller's call (indentation, place after the body).
pub fn item_line(line: &str) -> Option<Item<'_>> {
    let indented = line.starts_with([' ', '\u{a0}']);
    let t = line.trim_start();
    let b = t.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n > 0 {
        if n > 3 {
            return None;
        }
        let rest = &t[n..];
        let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
        if !rest.starts_with(' ') {
            return None;
        }
        let text = rest.trim();
        return (!text.is_empty()).then_some(Item { label: &t[..n], text, indented });
    }
    let stars = b.iter().take_while(|&&x| x == b'*').count();
    if stars > 0 && stars <= 4 {
        let text = t[stars..].trim();
        if text.is_empty()
            || text.starts_with('*')
            || !t[stars..].starts_with(' ') && !t[stars..].starts_with(char::is_alphabetic)
        {
            return None;
        }
        return Some(Item { label: &t[..stars], text, indented });
    }
    None
}

/// A line that is a date and nothing else, perhaps after a place: `July 18, 1941`, `January 11th, 1943.`,
/// `Moscow, July 18, 1941`, `The Kremlin, Moscow, 18 July 1941`. Needs a year.
pub fn date_line(line: &str) -> Option<Found> {
    let t = line.trim().trim_end_matches('.');
    if t.len() < 8 || t.len() > 70 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = |s: &str| -> Option<Found> {
        let f = scan_date(s)?;
        f.year?;
        (f.len == s.len()).then_some(f)
    };
    if let Some(f) = whole(t) {
        return Some(f);
    }
    // A place first: capitalised words, each part ending in a comma.
    let mut rest = t;
    for _ in 0..3 {
        let comma = rest.find(',')?;
        let place = &rest[..comma];
        let words: Vec<&str> = place.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 4
            || !words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || *w == "the")
            || place.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        rest = rest[comma + 1..].trim_start();
        if let Some(f) = whole(rest) {
            return Some(f);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_fixed_shapes() {
        assert_eq!(number_line("No. 28"), Some("28"));
        assert_eq!(number_line("No. 28 was"), None);
        assert_eq!(stamp_line("Received on November 22, 1941").map(|(s, f)| (s, f.day)), Some((Stamp::Received, 22)));
        assert_eq!(stamp_line("Sent on January 8, 1942").map(|(s, f)| (s, f.month)), Some((Stamp::Sent, 1)));
        assert_eq!(stamp_line("Sent on"), None);
        assert_eq!(classification_line("Personal and Most Secret"), Some("Personal and Most Secret"));
        assert_eq!(classification_line("Personal and Secret Message from"), None);
        assert_eq!(classification_line("And most"), None);
        assert_eq!(source_line("Source : Stalin: Works"), Some("Stalin: Works"));
        assert_eq!(source_line("Sources of"), None);
        assert!(separator_line("* * *"));
        assert!(!separator_line("* a"));
        assert_eq!(page_line("[Page 740]"), Some("740"));
    }

    #[test]
    fn items() {
        let i = item_line("  1. Copy of telegram obtained").expect("item");
        assert_eq!((i.label, i.text, i.indented), ("1", "Copy of telegram obtained", true));
        let i = item_line("2. President Beneš is coming").expect("item");
        assert!(!i.indented);
        assert_eq!(item_line("1945. The year"), None);
        assert_eq!(item_line("* The reference is to").map(|i| i.label), Some("*"));
        assert_eq!(item_line("* * *"), None);
    }

    #[test]
    fn date_lines() {
        assert_eq!(date_line("July 18, 1941").map(|f| f.day), Some(18));
        assert_eq!(date_line("January 11th, 1943.").map(|f| f.day), Some(11));
        assert_eq!(date_line("Moscow, July 18, 1941").map(|f| f.month), Some(7));
        assert_eq!(date_line("The Kremlin, Moscow, 18 July 1941").map(|f| f.year), Some(Some(1941)));
        assert_eq!(date_line("July 18, 1941 was the day"), None);
        assert_eq!(date_line("January 11"), None);
    }
}
