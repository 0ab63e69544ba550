//! Footnote markers and page markers inside a paragraph's text: found, recorded with their byte offsets, and
//! taken out of the text.
//!
//! Markers: a number glued to a word or to closing punctuation (`Conference76`, `“Overlord.”50`), superscript
//! digits, asterisks glued to a word (`STALIN*`, `you*`). Not markers: numbers after a space (`three`, `1945`),
//! decimals and times (`3.5`, `10:30`), `No.28`, all-capital codes (`PQ17`). Page markers: `[Page 740]`, `[p. 12]`.

use super::lines::page_label;
use super::words::superscript_run;

/// A paragraph's text with its markers taken out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    /// (marker as printed, byte offset in `text`).
    pub markers: Vec<(String, usize)>,
    /// (page label, byte offset in `text`).
    pub pages: Vec<(String, usize)>,
    /// Whether markers were left in the text because the budget was spent.
    pub capped: bool,
}

/// Letters looked back at for the word a marker is glued to: no word is longer, and the scan stays linear on a
/// line that is one endless word.
const MAX_WORD: usize = 40;

/// Words after which a glued number is a reference number, not a footnote: `No.28`, `p.12`, `Vol.3`.
const NUMBERING_WORDS: &[&str] = &["no", "nos", "p", "pp", "vol", "art", "para", "ch", "sec", "fig", "n", "nr"];

/// Bytes that may start a marker: looked up first, as most bytes are not.
static MAYBE: [bool; 256] = {
    let mut t = [false; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = true;
        d += 1;
    }
    t[b'*' as usize] = true;
    t[b'[' as usize] = true;
    t[b'+' as usize] = true;
    t[0xc2] = true;
    t[0xe2] = true;
    t
};

/// Whether the byte at `i` may start a marker or a page marker: a digit, `*`, `[`, or a superscript digit
/// (`¹²³` are C2 B9/B2/B3, `⁰⁴⁵⁶⁷⁸⁹` are E2 81 B0/B4..B9).
fn special(b: &[u8], i: usize) -> bool {
    if !MAYBE[b[i] as usize] {
        return false;
    }
    match b[i] {
        b'0'..=b'9' | b'*' | b'[' | b'+' => true,
        0xc2 => matches!(b.get(i + 1), Some(0xb2 | 0xb3 | 0xb9)),
        // Superscript digits, and the dagger and double dagger (E2 80 A0/A1).
        0xe2 => {
            b.get(i + 1) == Some(&0x81) && matches!(b.get(i + 2), Some(0xb0 | 0xb4..=0xb9))
                || b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa0 | 0xa1))
        }
        _ => false,
    }
}

/// The first byte at or after `from` that [`special`] accepts, or the end. Thirty-two bytes at a time (tests the
/// compiler vectorizes): in a block that may hold one, only the bytes that may start one are looked at.
fn next_special(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() {
        let n = (b.len() - i).min(BLOCK);
        let mut padded = [0u8; BLOCK];
        let block = match b.get(i..i + BLOCK).and_then(|c| <&[u8; BLOCK]>::try_from(c).ok()) {
            Some(block) => block,
            None => {
                // The end of the text, padded with bytes that start nothing.
                padded[..n].copy_from_slice(&b[i..]);
                &padded
            }
        };
        if !block_may_hold_special(block) {
            i += n;
            continue;
        }
        for (w, word) in may_start(block).as_chunks::<8>().0.iter().enumerate() {
            // One bit a marked byte.
            let mut bits = u64::from_le_bytes(*word);
            while bits != 0 {
                let k = i + w * 8 + (bits.trailing_zeros() / 8) as usize;
                if special(b, k) {
                    return k;
                }
                bits &= bits - 1;
            }
        }
        i += n;
    }
    b.len()
}

const BLOCK: usize = 32;

/// Whether a byte of `c` may start what [`special`] accepts (the bytes [`may_start`] marks), tested alone first:
/// most blocks hold none.
fn block_may_hold_special(c: &[u8; BLOCK]) -> bool {
    let mut acc = 0u8;
    for &x in c {
        acc |= u8::from((x.wrapping_sub(b'0') < 10) | (x & 0xfe == b'*') | (x == b'[') | (x & 0xdf == 0xc2));
    }
    acc != 0
}

/// The bytes of `c` that may start what [`special`] accepts, marked 1 (others 0): a digit, `*`, `+`, `[`, or the
/// lead byte C2 or E2 (tests on the whole block with no table and no branch, so that the compiler vectorizes
/// them).
fn may_start(c: &[u8; BLOCK]) -> [u8; BLOCK] {
    let mut marks = [0u8; BLOCK];
    for (m, &x) in marks.iter_mut().zip(c) {
        *m = u8::from((x.wrapping_sub(b'0') < 10) | (x & 0xfe == b'*') | (x == b'[') | (x & 0xdf == 0xc2));
    }
    marks
}

/// The most footnote markers taken out of one letter: real letters have tens. Beyond it, digits and asterisks
/// stay in the text, so that a file of glued numbers costs memory in proportion to its size, not ten times more.
pub const MAX_MARKERS: usize = 2000;

/// The longest run of asterisks read as one marker (`*`, `**`, `***`, `****`); a longer one is text.
const MAX_STARS: usize = 4;

/// Whether `raw` holds nothing [`extract`] would take out (no byte that may start a marker): its text is itself.
pub fn plain(raw: &str) -> bool {
    next_special(raw.as_bytes(), 0) == raw.len()
}

/// Takes markers and page markers out of `raw`.
pub fn extract(raw: &str) -> Inline {
    extract_at_most(raw, MAX_MARKERS)
}

/// Takes markers (at most `budget`; [`Inline::capped`] says when more were left in the text) and page markers
/// out of `raw`.
pub fn extract_at_most(raw: &str, budget: usize) -> Inline {
    let mut text = String::with_capacity(raw.len());
    let marks = extract_into(raw, budget, &mut text);
    Inline { text, markers: marks.markers, pages: marks.pages, capped: marks.capped }
}

/// What [`extract_into`] took out of a text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// (marker as printed, byte offset in the text written).
    pub markers: Vec<(String, usize)>,
    /// (page label, byte offset in the text written).
    pub pages: Vec<(String, usize)>,
    /// Whether markers were left in the text because the budget was spent.
    pub capped: bool,
}

impl Marks {
    /// Whether another marker may be taken out; notes when one may not.
    fn has_room(&mut self, budget: usize) -> bool {
        let room = self.markers.len() < budget;
        self.capped |= !room;
        room
    }
}

/// The text being written: what `buf` holds past `start`.
struct Out<'b> {
    buf: &'b mut String,
    start: usize,
}

impl Out<'_> {
    fn len(&self) -> usize {
        self.buf.len() - self.start
    }

    fn ends_with_space(&self) -> bool {
        self.len() > 0 && self.buf.ends_with(' ')
    }

    fn pop(&mut self) {
        if self.len() > 0 {
            self.buf.pop();
        }
    }
}

/// Takes markers (at most `budget`) and page markers out of `raw`, writing the text left at the end of `buf` (no
/// text of its own made and copied again); offsets are from where the text begins in `buf`.
pub fn extract_into(raw: &str, budget: usize, buf: &mut String) -> Marks {
    let b = raw.as_bytes();
    let mut marks = Marks::default();
    let first = next_special(b, 0);
    buf.reserve(raw.len());
    let start = buf.len();
    let mut out = Out { buf, start };
    out.buf.push_str(&raw[..first]);
    let mut i = first;
    while i < b.len() {
        let c = b[i];
        if c == b'['
            && let Some((label, len)) = page_marker(&raw[i..])
        {
            let next = raw[i + len..].chars().next();
            let mut skip = len;
            if out.ends_with_space() {
                match next {
                    Some(' ') => skip += 1,
                    None => {
                        out.pop();
                    }
                    Some(n) if n.is_ascii_punctuation() => {
                        out.pop();
                    }
                    _ => {}
                }
            } else if out.len() == 0 && next == Some(' ') {
                skip += 1;
            }
            marks.pages.push((label.to_string(), out.len()));
            i += skip;
        } else if c == b'['
            && marks.has_room(budget)
            && let Some(len) = bracket_marker(&raw[..i], &b[i..])
        {
            let ends = raw[i + len..].chars().next().is_none_or(|n| n.is_ascii_punctuation());
            if ends && out.ends_with_space() {
                out.pop();
            }
            marks.markers.push((raw[i + 1..i + len - 1].to_string(), out.len()));
            i += len;
        } else if c.is_ascii_digit()
            && i >= 2
            && b[i - 1] == b'('
            && marks.has_room(budget)
            && let Some(len) = round_marker(&b[i - 2..])
                .filter(|_| memchr::memchr(0xc3, b).is_some())
                .or_else(|| glued_round_marker(&b[i - 2..]))
        {
            // `vos vers (1), et`: a French edition's marker in round brackets after a space, in a paragraph written
            // in French (an accented letter in it, C3); the bracket and the space go with it. In an English
            // paragraph `(1)` after a space stays as printed; glued to its word or stop (`"frontier."(1) He`), as
            // a diplomatic series prints it, it is a marker in any paragraph.
            out.pop();
            if out.ends_with_space() {
                out.pop();
            }
            marks.markers.push((raw[i..i + len].to_string(), out.len()));
            i += len + 1;
        } else if c.is_ascii_digit()
            && marks.has_room(budget)
            && (glued_before(&raw[..i]) || i == 0 && opens_paragraph(&b[i..]) || spaced_marker(&raw[..i], &raw[i..]))
            && let Some(len) = marker_digits(&b[i..]).or_else(|| (i == 0).then(|| leading_digits(&b[i..])).flatten())
        {
            marks.markers.push((raw[i..i + len].to_string(), out.len()));
            i += len;
        } else if c == b'*' || c == b'+' || c == 0xe2 && b.get(i + 1) == Some(&0x80) {
            let sym = if c == 0xe2 { 3 } else { 1 };
            let mut run = sym;
            // The whole run, however long, is looked at once: a marker when short, text when longer.
            while b.get(i + run..i + run + sym) == Some(&b[i..i + sym]) {
                run += sym;
            }
            let glued = raw[..i].chars().next_back().is_some_and(|p| !p.is_whitespace());
            let ends = raw[i + run..].chars().next().is_none_or(|n| !n.is_alphanumeric() || n.is_ascii_digit());
            if run <= MAX_STARS * sym
                && marks.has_room(budget)
                && glued
                && (c != b'+' || ends && raw[..i].ends_with(|p: char| p.is_lowercase() || p == '.'))
            {
                marks.markers.push((raw[i..i + run].to_string(), out.len()));
                i += run;
                // `Abschrift*) fertig`: a German edition's star closes with a bracket no `(` opened.
                if c == b'*' && b.get(i) == Some(&b')') && !bracket_open(&b[i.saturating_sub(120)..i]) {
                    i += 1;
                }
                // `STALIN*2`: a numbered marker right after a starred one.
                if let Some(len) = marker_digits(&b[i..]).filter(|_| b.get(i).is_some_and(u8::is_ascii_digit)) {
                    marks.markers.push((raw[i..i + len].to_string(), out.len()));
                    i += len;
                }
            } else {
                out.buf.push_str(&raw[i..i + run]);
                i += run;
            }
        } else if (c == 0xc2 || c == 0xe2)
            && marks.has_room(budget)
            && let Some((digits, len)) = superscript_run(&raw[i..])
            && raw[..i].chars().next_back().is_some_and(|p| !p.is_whitespace())
        {
            marks.markers.push((digits, out.len()));
            i += len;
        } else {
            // Copy up to the next byte that may start a marker, in one go (at least this one character). A digit
            // right after a digit never starts one: the whole number goes.
            let digits =
                if c.is_ascii_digit() { b[i + 1..].iter().take_while(|x| x.is_ascii_digit()).count() } else { 0 };
            let mut j = next_special(b, i + 1 + digits);
            while !raw.is_char_boundary(j) {
                j += 1;
            }
            out.buf.push_str(&raw[i..j]);
            i = j;
        }
    }
    marks
}

/// `[Page 740]`, `[page 12a]`, `[p. 5]`: the label and the marker's length in bytes.
/// `discipline[1]`, `said.[12]`: a bracketed number glued to a word or its punctuation (not to a digit: `18[17]` is
/// an editor's correction of a date). Gives the length, brackets included.
/// After a space it is one too when a word or punctuation comes before the space and the bracket ends the text
/// or is followed by punctuation (`To Ulysses S. Grant [1]`, `as he said [2], and`).
fn bracket_marker(before: &str, b: &[u8]) -> Option<usize> {
    let mut back = before.chars().rev();
    let prev = back.next()?;
    let n = b.iter().skip(1).take(4).take_while(|x| x.is_ascii_digit()).count();
    if !(1..=3).contains(&n) || b.get(n + 1) != Some(&b']') {
        return None;
    }
    if prev == ' ' {
        let word = back.next().is_some_and(|c| !c.is_whitespace() && !c.is_ascii_digit() && c != '[');
        let after = b.get(n + 2).is_none_or(|&x| x.is_ascii_punctuation() && x != b'[');
        return (word && after).then_some(n + 2);
    }
    if prev.is_whitespace() || prev.is_ascii_digit() || prev == '[' {
        return None;
    }
    Some(n + 2)
}

/// `s (1),`: from the byte before a `(`, a word's end or a space after one, then one or two digits and `)` followed
/// by the end, a space or punctuation (not a bracket). Gives the digits' length.
fn round_marker(b: &[u8]) -> Option<usize> {
    if b[0] != b' ' && !b[0].is_ascii_alphabetic() && b[0] < 0x80 {
        return None;
    }
    bracketed_figures(b)
}

/// After the byte before a `(` (`b[0]`): one or two figures not opening with 0, then `)` followed by the end, a
/// space or punctuation (not a bracket). Gives the figures' length.
fn bracketed_figures(b: &[u8]) -> Option<usize> {
    let n = b[2..].iter().take(3).take_while(|x| x.is_ascii_digit()).count();
    if !(1..=2).contains(&n) || b.get(2 + n) != Some(&b')') || b[2] == b'0' {
        return None;
    }
    let after = b.get(3 + n).is_none_or(|&x| x == b' ' || x.is_ascii_punctuation() && !matches!(x, b'(' | b'['));
    after.then_some(n)
}

/// `word(1)`, `said.(2)`, `"frontier."(1)`: a number of one or two figures in round brackets glued to a word in
/// small letters or to its stop or quotation mark (not to a capital or a figure: `IV(2)`, `3(1)` cite a clause),
/// before a space, a stop or the end. `b` starts at the byte before the bracket; gives the number's length.
fn glued_round_marker(b: &[u8]) -> Option<usize> {
    // `”` and `’` end in 9D and 99.
    if !(b[0].is_ascii_lowercase() || matches!(b[0], b'.' | b',' | b';' | b':' | b'"' | b'\'' | 0x9d | 0x99)) {
        return None;
    }
    bracketed_figures(b)
}

/// Whether a `(` in `before` is left open (the last round bracket in it opens).
fn bracket_open(before: &[u8]) -> bool {
    before.iter().rev().find(|&&x| x == b'(' || x == b')') == Some(&b'(')
}

fn page_marker(s: &str) -> Option<(&str, usize)> {
    let inner = s.get(1..)?;
    let close = inner.as_bytes().iter().take(24).position(|&x| x == b']')?;
    Some((page_label(&inner[..close])?, close + 2))
}

thread_local! {
    /// Characters looked at again by [`glued_before`] on this thread: the work that must stay linear in the input.
    static LOOKED_BACK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn count_work(n: usize) {
    LOOKED_BACK.with(|w| w.set(w.get() + n as u64));
}

/// How many characters the marker scanner has looked at again (behind a digit) on this thread so far: a work
/// counter for tests that grow an input and check the work grows with it, not faster.
pub fn looked_back() -> u64 {
    LOOKED_BACK.with(std::cell::Cell::get)
}

/// `3The whole world`: a marker glued to the first word of a paragraph (a capital, then a small letter).
fn opens_paragraph(b: &[u8]) -> bool {
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    (1..=3).contains(&n)
        && b.get(n).is_some_and(u8::is_ascii_uppercase)
        && b.get(n + 1).is_some_and(u8::is_ascii_lowercase)
}

/// The digits of a paragraph-opening marker.
fn leading_digits(b: &[u8]) -> Option<usize> {
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    (1..=3).contains(&n).then_some(n)
}

/// Small words no count of things is followed by: a number before one of them, after a date and a comma, is a
/// footnote marker printed after a space (`the Pravda of December 31st, 17 as it is assumed`).
const FUNCTION_WORDS: &[&str] = &["as", "which", "that", "it", "is", "was", "and", "but", "since", "because", "where"];

fn spaced_marker(before: &str, rest: &str) -> bool {
    let Some(head) = before.strip_suffix(", ") else { return false };
    let last = head.rsplit(' ').next().unwrap_or("");
    let dated = last.len() == 4 && last.bytes().all(|b| b.is_ascii_digit())
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| last.strip_suffix(s).is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit())));
    if !dated {
        return false;
    }
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&n) || rest.as_bytes().get(n) != Some(&b' ') {
        return false;
    }
    let word: String = rest[n + 1..].chars().take(12).take_while(|c| c.is_alphabetic()).collect();
    FUNCTION_WORDS.contains(&word.as_str())
}

/// Whether a number right after `before` is glued to it as a footnote marker is.
fn glued_before(before: &str) -> bool {
    let mut rev = before.chars().rev();
    let Some(p) = rev.next() else { return false };
    if p.is_lowercase() {
        // `Conference76`, but not inside a code mixing digits and letters (`a1b2`). The look back stops at the
        // first digit and at MAX_WORD letters: linear on a token of glued markers or one endless word.
        let mut seen = 0;
        let digit = before
            .chars()
            .rev()
            .take(MAX_WORD)
            .take_while(|c| c.is_alphanumeric())
            .inspect(|_| seen += 1)
            .any(|c| c.is_ascii_digit());
        count_work(seen);
        return !digit;
    }
    if p.is_uppercase() {
        // `PQ17` is a name; `ConferenceA1` is too rare to guess at.
        return false;
    }
    match p {
        '.' | ',' | ':' | ';' | '!' | '?' => {
            let q = rev.next();
            if q.is_some_and(|q| q.is_ascii_digit()) && matches!(p, '.' | ',') {
                // `of September 10.2 I`, `the note of February 27,1 which`: a marker after a date's day, not a
                // decimal or a thousands comma.
                return after_month_day(&before[..before.len() - 1]);
            }
            // `[?15 MARCH`: an editor's query opening a bracket, before the day it doubts.
            if q.is_none_or(|q| q.is_ascii_digit() || q.is_whitespace() || matches!(q, '[' | '(')) {
                return false;
            }
            if p == '.' {
                let word: String = before[..before.len() - 1]
                    .chars()
                    .rev()
                    .take(MAX_WORD)
                    .take_while(|c| c.is_alphabetic())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                // `p.m.91` is glued to an abbreviation; `J.1` or `p.12` is not a marker.
                count_work(word.len());
                let abbreviation = before[..before.len() - 1 - word.len()].ends_with('.');
                if word.chars().count() <= 1 && !abbreviation
                    || NUMBERING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(&word))
                {
                    return false;
                }
            }
            true
        }
        // `dell'11`, `all’8`: an Italian article elided before a day's figure, no closing quote.
        '’' | '\'' => !elided_article(&before[..before.len() - p.len_utf8()]),
        ')' | ']' | '”' | '"' | '»' => true,
        _ => false,
    }
}

/// Whether `s` ends with an article or a preposition that Italian and French elide before a vowel or a figure
/// (`dell`, `all`, `nell`, `l`, `d`, `quell`), a whole word.
fn elided_article(s: &str) -> bool {
    const ELIDED: [&str; 10] = ["l", "d", "dell", "all", "nell", "dall", "sull", "coll", "quell", "un"];
    let word = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(s);
    word.len() <= 5 && ELIDED.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Whether `s` ends with a month name and a day: `of September 10`.
fn after_month_day(s: &str) -> bool {
    // Only the last few bytes matter: `September 10` is at most a dozen letters and two digits.
    let mut start = s.len().saturating_sub(16);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    let mut words = s[start..].rsplit(' ');
    let day = words.next().unwrap_or("");
    let month = words.next().unwrap_or("");
    (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && crate::model::date::month_from_word(month).is_some()
}

/// The length of a 1–3 digit marker at the start of `b`, if what follows ends it.
fn marker_digits(b: &[u8]) -> Option<usize> {
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n == 0 || n > 3 {
        return None;
    }
    // `33a`: a number and one small letter.
    if b.get(n).is_some_and(u8::is_ascii_lowercase) && b.get(n + 1).is_none_or(|x| !x.is_ascii_alphanumeric()) && n <= 3
    {
        let suffix = &b[n..];
        if !(suffix.starts_with(b"st")
            || suffix.starts_with(b"nd")
            || suffix.starts_with(b"rd")
            || suffix.starts_with(b"th"))
        {
            return Some(n + 1);
        }
    }
    match b.get(n) {
        None => Some(n),
        Some(x)
            if x.is_ascii_alphanumeric()
                || *x == b'%'
                || *x >= 0x80 && !matches!(b.get(n..n + 3), Some([0xe2, 0x80, _])) =>
        {
            None
        }
        // `1.5`, `3,000`: a number, not a marker.
        Some(b'.' | b',' | b':') if b.get(n + 1).is_some_and(u8::is_ascii_digit) => None,
        Some(_) => Some(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_find_the_first_special_byte_as_a_byte_scan_does() {
        let naive = |b: &[u8], from: usize| (from..b.len()).find(|&i| special(b, i)).unwrap_or(b.len());
        let plain = "It is regretted that an analogy does not suit this case at all, none";
        for piece in ["’", "“", "—", "¹", "²", "⁴", "†", "‡", "7", "*", "+", "[", "é", "€"] {
            for at in 0..40 {
                let text = format!("{}{piece}{}", &plain[..at], &plain[at..]);
                let b = text.as_bytes();
                for from in [0, 1, 17, 33] {
                    assert_eq!(next_special(b, from.min(b.len())), naive(b, from.min(b.len())), "{text:?} from {from}");
                }
            }
        }
    }

    fn markers(s: &str) -> (String, Vec<(String, usize)>) {
        let i = extract(s);
        (i.text, i.markers)
    }

    #[test]
    fn glued_numbers_are_markers() {
        let (t, m) = markers("announced at the Crimea Conference76 is");
        assert_eq!(t, "announced at the Crimea Conference is");
        assert_eq!(m, vec![("76".to_string(), 34)]);
        let (t, m) = markers("the operation “Overlord.”50 will");
        assert_eq!(t, "the operation “Overlord.” will");
        assert_eq!(m[0].0, "50");
    }

    #[test]
    fn figures_in_round_brackets_glued_to_a_word_or_stop_are_markers() {
        let (t, m) = markers("the word \"frontier.\"(1) He then");
        assert_eq!((t.as_str(), m), ("the word \"frontier.\" He then", vec![("1".to_string(), 20)]));
        let (t, m) = markers("accept the treaty,(2) but");
        assert_eq!((t.as_str(), m[0].0.as_str()), ("accept the treaty, but", "2"));
        for s in [
            "(No. 77.) Secret.",
            "He said that (1) the scheme",
            "under Article IV(2) of",
            "section 3(1) says",
            "a(1)(b)",
        ] {
            assert!(markers(s).1.is_empty(), "{s}");
        }
    }

    #[test]
    fn numbers_that_are_text_stay() {
        for s in [
            "March 25 [24], 1945",
            "No. 28",
            "No.28",
            "three divisions",
            "PQ17 sailed",
            "at 10:30 and 3.5 miles",
            "18,1941",
            "2. President Beneš",
            "in 1940s",
        ] {
            let (t, m) = markers(s);
            assert_eq!(t, s);
            assert!(m.is_empty(), "{s}: {m:?}");
        }
    }

    #[test]
    fn asterisks_glued_to_words() {
        let (t, m) = markers("W. CHURCHILL TO J. V. STALIN*");
        assert_eq!(t, "W. CHURCHILL TO J. V. STALIN");
        assert_eq!(m, vec![("*".to_string(), 28)]);
        let (t, m) = markers("consultation with you* to the utmost; a * b");
        assert_eq!(t, "consultation with you to the utmost; a * b");
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn page_markers_leave_no_double_space() {
        let i = extract("Conference76 [Page 740] is to bind");
        assert_eq!(i.text, "Conference is to bind");
        assert_eq!(i.markers, vec![("76".to_string(), 10)]);
        assert_eq!(i.pages, vec![("740".to_string(), 11)]);
        let i = extract("end of page [Page 3].");
        assert_eq!(i.text, "end of page.");
        assert_eq!(i.pages, vec![("3".to_string(), 11)]);
        let i = extract("[[[Page 1]]]");
        assert_eq!(i.pages.len(), 1);
    }

    #[test]
    fn markers_in_other_styles() {
        assert_eq!(markers("[Translation]33a").1, vec![("33a".to_string(), 13)]);
        assert_eq!(
            markers("want of discipline[1] in"),
            ("want of discipline in".to_string(), vec![("1".to_string(), 18)])
        );
        assert!(markers("August 18[17] and March 25 [24]").1.is_empty(), "an editor's corrections are no markers");
        assert_eq!(
            markers("To Sir Joseph Banks [1]"),
            ("To Sir Joseph Banks".to_string(), vec![("1".to_string(), 19)])
        );
        assert_eq!(markers("as he told me [2], the").1, vec![("2".to_string(), 13)]);
        assert!(markers("items [1] and [2] of the list").1.is_empty(), "a bracket followed by a word is text");
        assert_eq!(markers("3The whole world").0, "The whole world");
        assert_eq!(markers("J. V. STALIN*2").1.len(), 2);
        assert_eq!(markers("Your 1718, September 28, 4 p.m.91 For").1[0].0, "91");
        assert_eq!(markers("the Pravda of December 31st, 17 as it is").1[0].0, "17");
        assert!(markers("your messages of April 29, 30 and May 1").1.is_empty());
        assert_eq!(markers("the King† said").1[0].0, "†");
        assert_eq!(markers("your message of September 10.2 I congratulate").1[0].0, "2");
        assert!(markers("a rise of 10.2 per cent").1.is_empty());
        assert_eq!(markers("the Soviet note of February 27,1 which").1[0].0, "1");
        assert!(markers("some 27,100 men").1.is_empty());
        assert!(markers("1st and 2nd, in 3 days, a 5th man").1.is_empty());
    }

    #[test]
    fn superscripts_are_markers() {
        let (t, m) = markers("Conference⁷⁶ is");
        assert_eq!(t, "Conference is");
        assert_eq!(m, vec![("76".to_string(), 10)]);
    }
}
