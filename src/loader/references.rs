//! References from a letter's text to other letters: explicit ones that name a date (`Your message of January
//! 11 has reached me`, `yours of February 13`, `my telegram of September 5th`) and the implicit thanks that
//! open a reply (`Thank you for your message`). Works on any format's paragraphs; resolving them to letters is
//! [`super::threads`]' work.

use crate::model::Date;
use crate::model::date::{day_word, scan_date};
use crate::model::{Acknowledgement, Letter, Paragraphs, RefTarget, Reference};
use aho_corasick::{AhoCorasick, MatchKind, packed};
use memchr::memmem;
use std::sync::LazyLock;

/// Nouns a reference names the other letter by.
const NOUNS: &[&str] = &[
    "message",
    "messages",
    "letter",
    "letters",
    "telegram",
    "telegrams",
    "cable",
    "cables",
    "note",
    "notes",
    "communication",
    "communications",
    "reply",
    "replies",
    "answer",
    "wire",
    "despatch",
    "despatches",
    "dispatch",
    "dispatches",
    "favour",
    "favours",
    "favor",
    "favors",
    "epistle",
    "lines",
    "memorandum",
    "report",
    "cablegram",
    "enquiry",
    "enquiries",
    "inquiry",
    "inquiries",
    "postcard",
    "postcards",
];

/// Words that may stand between the possessive and the noun: `your personal and secret message`.
const ADJECTIVES: &[&str] = &[
    "personal",
    "secret",
    "most",
    "and",
    "two",
    "three",
    "last",
    "latest",
    "recent",
    "confidential",
    "kind",
    "long",
    "first",
    "second",
    "previous",
    "esteemed",
    "obliging",
    "welcome",
    "valued",
    "friendly",
    "very",
    "top",
    "prompt",
    "full",
    "detailed",
    "interesting",
    "important",
    "frank",
    "cordial",
    "warm",
    "generous",
    "thoughtful",
    "encouraging",
    "informative",
    // `Your joint letter of the 22d ultimo`: one letter of several writers.
    "joint",
    // `Your dear letter of the 23rd`, `your little letter`, `your short note of Monday`: a familiar letter's words.
    "dear",
    "little",
    "nice",
    "short",
    "brief",
    "hasty",
    "sweet",
    "lovely",
    "precious",
    "official",
    "private",
    "own",
];

/// Nouns of an acknowledgement that only may mean a message: thanks for greetings do not always answer one.
const WEAK_NOUNS: &[&str] = &["greetings", "congratulations", "wishes", "regards", "compliments", "good"];

/// Words that acknowledge receipt or thank.
const ACK_WORDS: &[&str] = &[
    "thank",
    "thanks",
    "grateful",
    "received",
    "receive",
    "receipt",
    "hand",
    "reached",
    "acknowledge",
    "obliged",
    "came",
    "arrived",
    // `I have just this moment got your letter`.
    "got",
];

/// The acknowledging words that say a message came (not thanks for it): after a negation (`I have not yet got your
/// letter`, `your note never came`) they acknowledge none.
const RECEIPT_WORDS: &[&str] = &["received", "receive", "receipt", "reached", "came", "arrived", "got"];

/// Words that deny what follows them in the sentence.
const NEGATIONS: &[&str] = &["not", "never", "haven't", "hasn't", "hadn't", "didn't", "don't", "nor"];

/// Bytes of an acknowledgement's sentence kept as the evidence of a link.
const MAX_ACK_WORDS: usize = 160;

/// Finds the references and an undated acknowledgement in `letter`, dating year-less references by `context`
/// (the letter's own date or, for an undated letter, the nearest date in its file), else by `year` (a year the
/// file's name or page gives).
pub fn detect(letter: &mut Letter, context: Option<Date>, year: Option<i32>) {
    detect_cited(letter, context, year);
    detect_thanks(letter);
}

/// The references of [`detect`] alone (what a check reports), without the acknowledgement.
pub fn detect_cited(letter: &mut Letter, context: Option<Date>, year: Option<i32>) {
    let cues = cues(&letter.paragraphs);
    let mut refs = Vec::new();
    let reported = letter.abstracted();
    for hits in cues.chunk_by(|a, b| a.paragraph == b.paragraph) {
        let p = hits[0].paragraph;
        find_in(&letter.paragraphs[p], (p, reported), hits, (context, year), &mut refs);
    }
    // Whose a cable is depends on whether the Department writes: looked at only for a letter that cites one.
    let department = cues.iter().any(|c| c.word == TEL_CUE)
        && letter.sender.names().any(|n| n.contains("Department") || n.contains("Secretary of State"));
    for hits in cues.chunk_by(|a, b| a.paragraph == b.paragraph) {
        let (p, text) = (hits[0].paragraph, &letter.paragraphs[hits[0].paragraph]);
        find_numbered(text, p, hits, (context, year), &mut refs);
        find_telegraphese(text, p, hits, (context, year), department, &mut refs);
        for hit in hits.iter().filter(|h| h.word == VOM_CUE) {
            super::cited_german::at_vom(text, p, hit.at, (context, year), &mut refs);
        }
        find_number_only(text, p, hits, &mut refs);
        // `votre lettre du 3 mars`, `la vostra de' 3 del presente`, `su carta del 12 de abril`: read with the
        // words of each language whose cue it is, the first that reads one winning.
        for hit in hits.iter().filter(|h| h.word >= ROMANCE_CUE) {
            let cue = CUE_WORDS[hit.word];
            for words in super::cited_languages::ALL.iter().filter(|t| t.cues.contains(&cue)) {
                if super::cited_languages::at_cue(text, p, (hit.at, cue.len()), words, (context, year), &mut refs) {
                    break;
                }
            }
        }
    }
    refs.sort_by_key(|r| (r.paragraph, r.start));
    letter.references = refs.into();
}

/// The undated acknowledgement of [`detect`] (`Thank you for your message`), which only a reply inferred rests on.
pub fn detect_thanks(letter: &mut Letter) {
    letter.acknowledgement = letter.paragraphs.iter().take(2).find_map(acknowledgement).map(Box::new);
    letter.thanks_implicitly = letter.acknowledgement.as_ref().is_some_and(|a| !a.weak);
}

/// The words a paragraph is scanned for, all in one pass: the [`SEPARATORS`] before a reference's date (without
/// their leading space, looked at apart), then the starts of `Your 112` and the end of `Deptel 412`. Each ends in
/// a space and none starts with one or holds another, so no two occurrences overlap and a plain scan finds them
/// all.
/// `vom ` opens a German letter's reference ([`super::cited_german`]); the words from `du ` on open a French, an
/// Italian, a Spanish or a Dutch one's ([`super::cited_languages`]: `du `, `de' `, `dell'`, `del `, `de `, `fecha `,
/// `van den `; a Nordic one's `af `, `av `), an Italian article elided before the day's figure ending in its
/// apostrophe instead of a space.
const CUE_WORDS: [&str; 22] = [
    "of ",
    "dated ",
    "received on ",
    "from you on ",
    "your ",
    "Your ",
    "tel ",
    "vom ",
    "du ",
    "de' ",
    "de’ ",
    "del ",
    "dell'",
    "dell’",
    "delli ",
    "dei ",
    "de ",
    "fecha ",
    "van den ",
    "vanden ",
    "af ",
    "av ",
];
const TEL_CUE: usize = 6;
const VOM_CUE: usize = 7;
const ROMANCE_CUE: usize = 8;

/// The cue words but the first, `of `, in one pass; `of `, most of the cues an English text holds (one in some
/// hundred bytes), is found on its own by memchr's searcher, whose call for each costs less than the packed
/// searcher's. No cue overlaps another ([`CUE_WORDS`]), so the two passes find what one pass over all would.
static CUE_SEARCH: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(&CUE_WORDS[1..]));
static OF_SEARCH: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(CUE_WORDS[0]));

/// Fixed words found in one pass over a text: with a packed searcher (Teddy) where the processor has one, whose
/// cost per call is small, else with an Aho-Corasick automaton.
enum WordSearch {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl WordSearch {
    fn new(words: &[&str]) -> WordSearch {
        let mut builder = packed::Config::new().match_kind(packed::MatchKind::LeftmostFirst).builder();
        match builder.extend(words).build() {
            Some(searcher) => WordSearch::Packed(searcher),
            None => WordSearch::automaton(words),
        }
    }

    fn automaton(words: &[&str]) -> WordSearch {
        let automaton = AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).build(words);
        WordSearch::Automaton(automaton.expect("a few fixed words build"))
    }

    /// Calls `found` with each occurrence's word (its index) and first byte, from left to right, never
    /// overlapping (the leftmost word first).
    fn each(&self, text: &[u8], mut found: impl FnMut(usize, usize)) {
        match self {
            WordSearch::Packed(s) => s.find_iter(text).for_each(|m| found(m.pattern().as_usize(), m.start())),
            WordSearch::Automaton(a) => a.find_iter(text).for_each(|m| found(m.pattern().as_usize(), m.start())),
        }
    }
}

/// One of [`CUE_WORDS`] (by its index) in a paragraph, at the byte where the word starts.
#[derive(Debug, Clone, Copy)]
struct Cue {
    paragraph: usize,
    word: usize,
    at: usize,
}

/// Every cue word in the paragraphs, in the order of paragraphs and bytes: one pass over their text run together,
/// leaving out the words that would span two paragraphs (as no two occurrences overlap, this finds exactly what a
/// pass over each paragraph would).
fn cues(paragraphs: &Paragraphs) -> Vec<Cue> {
    let mut out = Vec::new();
    let (mut paragraph, mut start, mut end) = (0, 0, paragraphs.get(0).map_or(0, str::len));
    let mut add = |word: usize, at: usize| {
        while at >= end && paragraph + 1 < paragraphs.len() {
            paragraph += 1;
            start = end;
            end += paragraphs[paragraph].len();
        }
        if at + CUE_WORDS[word].len() <= end {
            out.push(Cue { paragraph, word, at: at - start });
        }
    };
    // The occurrences of `of ` are merged in, in the order of their bytes.
    let text = paragraphs.as_str().as_bytes();
    let mut ofs = OF_SEARCH.find_iter(text).peekable();
    CUE_SEARCH.each(text, |word, at| {
        while let Some(of) = ofs.next_if(|&of| of < at) {
            add(0, of);
        }
        add(word + 1, at);
    });
    ofs.for_each(|of| add(0, of));
    out
}

/// The opening sentences' acknowledgement of a message without a date: `Thank you for the message`, `I am very
/// glad to receive your kind telegram`, `Your note came safely to hand`.
fn acknowledgement(paragraph: &str) -> Option<Acknowledgement> {
    let mut cut = paragraph.len().min(HEAD_BYTES);
    while !paragraph.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &paragraph[..cut];
    let mut lower = [0u8; HEAD_BYTES];
    let lower = &mut lower[..cut];
    for (l, &c) in lower.iter_mut().zip(head.as_bytes()) {
        // Branch-free, so that the compiler vectorizes it: what `to_ascii_lowercase` gives.
        *l = c | (u8::from(c.wrapping_sub(b'A') < 26) << 5);
    }
    // Where the stems start: one pass over the head, and none at all for most paragraphs.
    let mut stems = Vec::new();
    STEM_SEARCH.each(lower, |_, at| stems.push(at));
    if stems.is_empty() {
        return None;
    }
    let mut from = 0;
    // The sentences, each with its end mark (ASCII, so a byte split gives the same pieces).
    lower.split_inclusive(|b| matches!(b, b'.' | b'!' | b'?')).find_map(|sentence| {
        let range = from..from + sentence.len();
        from = range.end;
        // A sentence holding no stem holds no acknowledging word (a stem never spans a sentence's end).
        let held = stems.iter().any(|s| range.contains(s)) || KNOWLEDG.find(sentence).is_some();
        held.then(|| sentence_acknowledgement(&head[range])).flatten()
    })
}

/// Bytes of a paragraph's start looked at for an acknowledgement.
const HEAD_BYTES: usize = 400;

/// Stems of the acknowledging words (small letters) a paragraph's head must hold before its sentences are read.
const HEAD_STEMS: [&str; 10] =
    ["thank", "grateful", "receiv", "receipt", "hand", "reach", "oblig", "came", "arriv", "got"];

static STEM_SEARCH: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(&HEAD_STEMS));

/// The stem of `acknowledge`, the one acknowledging word without a stem among [`HEAD_STEMS`].
static KNOWLEDG: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"knowledg"));

/// What a word is to a reference, as bits: which of the word lists hold it (in any case).
mod kind {
    pub const ACK: u16 = 1;
    pub const ADJECTIVE: u16 = 2;
    pub const NOUN: u16 = 4;
    pub const WEAK: u16 = 8;
    pub const YOUR: u16 = 16;
    pub const THE: u16 = 32;
    pub const BOTH: u16 = 64;
    /// `reply`, `answer`: nouns of a message that do not acknowledge one.
    pub const REPLY: u16 = 128;
    pub const MY: u16 = 256;
    /// An acknowledging word that says a message came ([`super::RECEIPT_WORDS`]).
    pub const RECEIPT: u16 = 512;
    /// A negation ([`super::NEGATIONS`]).
    pub const NOT: u16 = 1024;
    /// A word of no list shaped as an adjective (`pleasant`, `charming`, `agreeable`): [`super::adjective_shaped`].
    pub const SHAPED: u16 = 2048;
}

/// The longest word of the lists [`word_kind`] knows, in bytes.
const LONGEST_LISTED: usize = 16;

/// The listed words, each (small letters, packed) with its [`kind`] bits in a table addressed by its hash (open,
/// probed forward; a key of 0 is an empty slot, as no word packs to 0); and for each length, the first letters
/// its words start with (a bit per letter), which turn most other words away at once.
struct Kinds {
    slots: Vec<(u128, u16)>,
    first: [u32; LONGEST_LISTED + 1],
}

/// Slots of [`Kinds`]: a power of two, several times the words listed.
const KIND_SLOTS: usize = 512;

impl Kinds {
    fn slot(key: u128) -> usize {
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - KIND_SLOTS.trailing_zeros())) as usize
    }

    fn get(&self, key: u128) -> u16 {
        let mut at = Kinds::slot(key);
        loop {
            match self.slots[at] {
                (0, _) => return 0,
                (k, bits) if k == key => return bits,
                _ => at = (at + 1) % KIND_SLOTS,
            }
        }
    }

    fn add(&mut self, key: u128, bit: u16) {
        let mut at = Kinds::slot(key);
        while self.slots[at].0 != 0 && self.slots[at].0 != key {
            at = (at + 1) % KIND_SLOTS;
        }
        self.slots[at].0 = key;
        self.slots[at].1 |= bit;
    }
}

/// Eight bytes with their ASCII capitals made small (all at once; other bytes kept).
fn lower_eight(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    let from_a = low + 0x0101_0101_0101_0101 * u64::from(0x80 - b'A');
    let past_z = low + 0x0101_0101_0101_0101 * u64::from(0x7f - b'Z');
    let capital = from_a & !past_z & !x & HIGH;
    x | (capital >> 2)
}

/// A word of at most [`LONGEST_LISTED`] bytes, in small letters, packed in one number.
fn packed_lower(b: &[u8]) -> u128 {
    let mut bytes = [0u8; LONGEST_LISTED];
    bytes[..b.len()].copy_from_slice(b);
    let (lo, hi) = bytes.split_at(8);
    let half = |h: &[u8]| lower_eight(u64::from_le_bytes(h.try_into().unwrap_or_default()));
    u128::from(half(lo)) | u128::from(half(hi)) << 64
}

/// The bit of a first letter in [`Kinds::first`] (none for a byte that is no ASCII letter).
fn first_bit(c: u8) -> u32 {
    if c.is_ascii_alphabetic() { 1 << (c.to_ascii_lowercase() - b'a') } else { 0 }
}

/// Made from the lists themselves.
static KINDS: LazyLock<Kinds> = LazyLock::new(|| {
    let mut kinds = Kinds { slots: vec![(0, 0); KIND_SLOTS], first: [0; LONGEST_LISTED + 1] };
    let lists: [(&[&'static str], u16); 11] = [
        (ACK_WORDS, kind::ACK),
        (RECEIPT_WORDS, kind::RECEIPT),
        (NEGATIONS, kind::NOT),
        (ADJECTIVES, kind::ADJECTIVE),
        (NOUNS, kind::NOUN),
        (WEAK_NOUNS, kind::WEAK),
        (&["your"], kind::YOUR),
        (&["the"], kind::THE),
        (&["both"], kind::BOTH),
        (&["reply", "answer"], kind::REPLY),
        (&["my", "our"], kind::MY),
    ];
    for (list, bit) in lists {
        for w in list {
            kinds.first[w.len()] |= first_bit(w.as_bytes()[0]);
            kinds.add(packed_lower(w.as_bytes()), bit);
        }
    }
    kinds
});

/// The [`kind`] bits of `word` (0 for a word of no list): the lists are compared in any case, as
/// `eq_ignore_ascii_case` compares (a byte outside ASCII matches none of their words).
fn word_kind(word: &str) -> u16 {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > LONGEST_LISTED {
        return 0;
    }
    let kinds = &*KINDS;
    if kinds.first[b.len()] & first_bit(b[0]) == 0 {
        return 0;
    }
    kinds.get(packed_lower(b))
}

/// The first words of `sentence` (as many as `words` holds) without the punctuation around them, into `words`:
/// how many. (What [`sentence_acknowledgement`] reads, word by word.)
#[cfg(test)]
fn bare_words<'s>(sentence: &'s str, words: &mut [&'s str]) -> usize {
    let mut n = 0;
    each_bare_word(sentence, |w| {
        words[n] = w;
        n += 1;
        n < words.len()
    });
    n
}

/// Gives `found` the words of `sentence` without the punctuation around them, in order, while it says go on. A
/// sentence in ASCII is split and trimmed byte by byte, to the same words.
fn each_bare_word<'s>(sentence: &'s str, mut found: impl FnMut(&'s str) -> bool) {
    if sentence.is_ascii() && !sentence.contains('\u{b}') {
        // Outside ASCII whitespace only a vertical tab is whitespace to `split_whitespace`.
        for w in sentence.split_ascii_whitespace() {
            let b = w.as_bytes();
            let start = b.iter().position(u8::is_ascii_alphanumeric).unwrap_or(b.len());
            let end = b.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |e| e + 1);
            if !found(&w[start..end]) {
                return;
            }
        }
        return;
    }
    for w in sentence.split_whitespace() {
        if !found(w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return;
        }
    }
}

/// Words of a sentence looked at for an acknowledgement, at most.
const SENTENCE_WORDS: usize = 256;

/// One sentence's acknowledgement: an acknowledging word and a possessive or article before a message's noun.
/// The words are read only as far as needed: to the first possessive before a noun (a few words on), then, when
/// no acknowledging word came before it, on until one comes.
fn sentence_acknowledgement(sentence: &str) -> Option<Acknowledgement> {
    let mut kinds = [0u16; SENTENCE_WORDS];
    let (mut n, mut ack, mut next) = (0, false, 0);
    // A negation read, and a receipt denied by one before it.
    let (mut not, mut denied) = (false, false);
    let mut found: Option<bool> = None;
    each_bare_word(sentence, |w| {
        kinds[n] = word_kind(w);
        if kinds[n] == 0 && adjective_shaped(w) {
            kinds[n] = kind::SHAPED;
        }
        not |= kinds[n] & kind::NOT != 0;
        denied |= not && kinds[n] & kind::RECEIPT != 0;
        ack |= kinds[n] & kind::ACK != 0;
        n += 1;
        // A possessive is judged once the words it may reach (five on) are read.
        while found.is_none() && next + 6 <= n {
            found = possessive_before_noun(&kinds[..n], next);
            next += 1;
        }
        n < SENTENCE_WORDS && !(found.is_some() && ack)
    });
    while found.is_none() && next < n {
        found = possessive_before_noun(&kinds[..n], next);
        next += 1;
    }
    let strong = !found?;
    if !ack || denied {
        return None;
    }
    let words = sentence.trim();
    let mut cut = words.len().min(MAX_ACK_WORDS);
    while !words.is_char_boundary(cut) {
        cut -= 1;
    }
    let words = if cut < words.len() { format!("{}…", &words[..cut]) } else { words.to_string() };
    Some(Acknowledgement { words, weak: !strong })
}

/// Whether a word no list holds is shaped as an adjective of praise may be (`pleasant`, `obliging`, `agreeable`,
/// `delightful`, `generous`, `lovely`): small letters only, five at least, with an adjective's ending.
fn adjective_shaped(w: &str) -> bool {
    const ENDINGS: [&str; 9] = ["ing", "ant", "ent", "ble", "ful", "ous", "ive", "ate", "ly"];
    w.len() >= 5 && w.bytes().all(|b| b.is_ascii_lowercase()) && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether word `k` of `kinds` is a possessive or article before a message's noun (a few adjectives between):
/// `Some(weak)` when it is (weak for greetings after `your`).
fn possessive_before_noun(kinds: &[u16], k: usize) -> Option<bool> {
    let w = kinds[k];
    if w & (kind::YOUR | kind::THE | kind::BOTH) == 0 {
        return None;
    }
    let mut j = k + 1;
    while j < kinds.len() && j <= k + 4 && kinds[j] & (kind::ADJECTIVE | kind::YOUR | kind::SHAPED) != 0 {
        j += 1;
    }
    let noun = *kinds.get(j)?;
    let strong = noun & kind::NOUN != 0 && noun & kind::REPLY == 0;
    let weak = w & kind::YOUR != 0 && noun & kind::WEAK != 0;
    (strong || weak).then_some(!strong)
}

/// The words after which a reference's date stands (the first [`CUE_WORDS`], with their leading space).
const SEPARATORS: [&str; 4] = [" of ", " dated ", " received on ", " from you on "];

/// Whether a date may start at the start of `rest` (cheap, before looking back for whose letter it is).
fn may_be_date(rest: &str) -> bool {
    let b = rest.as_bytes();
    let first = b.first().copied().unwrap_or(b' ');
    if first.is_ascii_digit() || first.is_ascii_uppercase() {
        return true;
    }
    if b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"the ") {
        // The commonest word after ` of `: a date only as `the 14th` or `the first`, `the twenty-second`.
        return b.get(4).is_some_and(u8::is_ascii_digit)
            || matches!(b.get(4).map(u8::to_ascii_lowercase), Some(b'f' | b's' | b't' | b'e' | b'n'))
                && day_word(&rest[4..]).is_some();
    }
    // The words are in small letters: only those that start with `first` are compared.
    let starts =
        |w: &str| w.as_bytes()[0] == first && b.len() >= w.len() && b[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    matches!(first, b'y' | b'l' | b't' | b'e' | b's' | b'm' | b'w' | b'f')
        && (RELATIVE_DAYS.iter().any(|(w, _)| starts(w)) || WEEKDAYS.iter().any(|w| starts(w)))
}

/// Words that name a day by its distance from the letter's own date: `yesterday`, `7 a.m. to-day`, `last night`.
const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("yesterday", 1),
    ("last night", 1),
    ("last evening", 1),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("this day", 0),
    ("today", 0),
    ("to-day", 0),
    ("tonight", 0),
    ("to-night", 0),
    ("this date", 0),
    ("even date", 0),
];

/// Days of the week: `your letter of Tuesday` is the last Tuesday before the letter's date.
const WEEKDAYS: [&str; 7] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/// `Tuesday` in a letter of `context`: the last such day before it (a week back when it is the same day), with the
/// bytes the name spans.
fn weekday_back(lower: &str, context: Date) -> Option<(usize, Vec<Date>)> {
    let (k, name) = WEEKDAYS.iter().enumerate().find(|(_, d)| lower.starts_with(*d))?;
    if lower.as_bytes().get(name.len()).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    // 1970-01-01 was a Thursday.
    let today = (context.day_number() + 4).rem_euclid(7);
    let back = match (today - k as i64).rem_euclid(7) {
        0 => 7,
        n => n,
    };
    Date::from_day_number(context.day_number() - back).map(|d| (name.len(), vec![d]))
}

/// The references of paragraph `p` that name a date after one of [`SEPARATORS`], its cue words being `hits`.
/// Each separator is looked at in turn, its occurrences from left to right and never overlapping.
/// `reported`: the text is an editor's abstract in the third person (see [`owner_before`]).
fn find_in(
    text: &str,
    (p, reported): (usize, bool),
    hits: &[Cue],
    (context, year): (Option<Date>, Option<i32>),
    out: &mut Vec<Reference>,
) {
    for (k, sep) in SEPARATORS.iter().enumerate() {
        let mut free = 0;
        for hit in hits.iter().filter(|h| h.word == k) {
            let Some(at) = hit.at.checked_sub(1).filter(|&a| a >= free && text.as_bytes()[a] == b' ') else {
                continue;
            };
            free = at + sep.len();
            let date_start = at + sep.len();
            let dated_at = *sep == " dated " && text[date_start..].starts_with("at ");
            if !dated_at && !may_be_date(&text[date_start..]) {
                continue;
            }
            let owner = if *sep == " of " || *sep == " dated " {
                owner_before(&text[..at], reported)
            } else {
                received_owner(&text[..at], reported)
            };
            let Some((start, target)) = owner else { continue };
            let rest = &text[date_start..];
            // `your letter dated Rarotonga, 2 November 1832`: the place it was dated at, then its date.
            let dates = dates_at(rest, context, year).map(|(len, d)| (0, len, d)).or_else(|| {
                let skip = (*sep == " dated ").then(|| place_before_date(rest)).flatten()?;
                dates_at(&rest[skip..], context, year).map(|(len, d)| (skip, len, d))
            });
            let Some((skip, len, dates)) = dates else { continue };
            let end = date_start + skip + len;
            for date in dates {
                out.push(Reference::read(text, p, (start, end), date, target));
            }
        }
    }
    out.sort_by_key(|r| (r.paragraph, r.start));
    out.dedup_by(|a, b| a.paragraph == b.paragraph && a.start == b.start && a.date == b.date);
}

/// The bytes a place takes before a date after `dated` (`Rarotonga, `, `at Lucknow, `, `Fort William, the`): one
/// to three capitalised words without figures, then a comma, then what may be a date. `None` when no such place
/// is there.
fn place_before_date(rest: &str) -> Option<usize> {
    // The comma is looked for in the first 48 bytes (cut at a character's edge: the text may be in any script).
    let cut = (0..=rest.len().min(48)).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(0);
    let head = &rest[..cut];
    let comma = head.find(", ")?;
    let place = head[..comma].strip_prefix("at ").unwrap_or(&head[..comma]);
    (crate::formats::plain::short_place(place) && may_be_date(&rest[comma + 2..])).then_some(comma + 2)
}

/// `Your 112, March 7, 4 p.m.`, `my 47, March 9`: a telegram cited by its number, then its date.
fn find_numbered(text: &str, p: usize, hits: &[Cue], dates: (Option<Date>, Option<i32>), out: &mut Vec<Reference>) {
    let b = text.as_bytes();
    for start in hits.iter().filter(|h| CUE_WORDS[h.word].eq_ignore_ascii_case("your ")).map(|h| h.at) {
        // Read by `find_in` already (`Your telegram No. 31 of February 26`): not twice.
        if start > 0 && b[start - 1].is_ascii_alphanumeric() || out.iter().any(|r| r.paragraph == p && r.start == start)
        {
            continue;
        }
        let cited = Cited { text, p, start, target: RefTarget::Addressee, dates };
        cited.number_then_date(past_kinds(b, start + "your ".len()), &[", ", " of "], out);
    }
}

/// Words that may stand between `your` and a telegram's number cited alone (any case).
const NUMBER_KINDS: [&str; 9] =
    ["telegram", "cablegram", "cable", "circular", "despatch", "dispatch", "savingram", "tel.", "no."];

/// `Your telegram No. 611.`, `Your No. 611`, `Re your 611.`, `Your circular telegram D.287`: a telegram of the
/// addressee's cited by its number alone, which ends the words (a stop or the end follows it). A citation with a
/// date is read by [`Cited::number_then_date`] or [`find_in`] (from the same start: then it is left alone).
fn find_number_only(text: &str, p: usize, hits: &[Cue], out: &mut Vec<Reference>) {
    let b = text.as_bytes();
    for start in hits.iter().filter(|h| CUE_WORDS[h.word].eq_ignore_ascii_case("your ")).map(|h| h.at) {
        if start > 0 && b[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let at = past_kinds(b, start + "your ".len());
        if !b.get(at).is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            continue;
        }
        let len = b[at..].iter().take(10).take_while(|c| c.is_ascii_alphanumeric() || **c == b'.').count();
        let token = text[at..at + len].trim_end_matches('.');
        let after = &b[at + token.len()..];
        let ends = after.first().is_none_or(|c| matches!(c, b'.' | b';' | b':' | b')' | b','));
        if !ends
            || !crate::formats::plain::telegram_number(token)
            || out.iter().any(|r| r.paragraph == p && r.start == start)
        {
            continue;
        }
        let end = at + token.len();
        out.push(Reference {
            text: text[start..end].to_string(),
            date: None,
            target: RefTarget::Addressee,
            paragraph: p,
            start,
            end,
            letter: None,
            number: Some(token.replace('.', "").into()),
        });
    }
}

/// Where the number starts after `your `'s kind words (`telegram`, `circular telegram`, `No.`), at most three.
fn past_kinds(b: &[u8], mut at: usize) -> usize {
    for _ in 0..3 {
        // Every kind opens with one of these letters: most words after `your` are turned away by their first.
        if !b.get(at).is_some_and(|c| matches!(c.to_ascii_lowercase(), b't' | b'c' | b'd' | b's' | b'n')) {
            break;
        }
        let Some(space) = memchr::memchr(b' ', &b[at..]) else { break };
        if !NUMBER_KINDS.iter().any(|k| b[at..at + space].eq_ignore_ascii_case(k.as_bytes())) {
            break;
        }
        at += space + 1;
    }
    at
}

/// A telegram cited by its number from `start`, whose telegram it is, for [`Cited::number_then_date`].
struct Cited<'t> {
    text: &'t str,
    p: usize,
    start: usize,
    target: RefTarget,
    dates: (Option<Date>, Option<i32>),
}

impl Cited<'_> {
    /// At `num_at`, a number of one to five digits (perhaps after a series' capitals and a dash or a stop:
    /// `W-33211`, `D.287`), one of `seps`, then a date (a month's name first, or a day's figure): one reference per date named, spanning from the start of the citation to
    /// the end of the date.
    fn number_then_date(&self, num_at: usize, seps: &[&str], out: &mut Vec<Reference>) {
        let (text, b) = (self.text, self.text.as_bytes());
        let series = b[num_at..].iter().take(4).take_while(|c| c.is_ascii_uppercase()).count();
        let num_at = match b.get(num_at + series) {
            Some(b'-' | b'.') if series > 0 => num_at + series + 1,
            _ => num_at,
        };
        let digits = b[num_at..].iter().take(6).take_while(|c| c.is_ascii_digit()).count();
        let Some(sep) = seps.iter().find(|s| b[num_at + digits..].starts_with(s.as_bytes())) else { return };
        if !(1..=5).contains(&digits) {
            return;
        }
        let date_start = num_at + digits + sep.len();
        let rest = &text[date_start..];
        // `June 4`, or day first: `4th June`, `4 June 1940` (a figure that is no date is turned away below).
        if !rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return;
        }
        let Some((len, dates)) = dates_at(rest, self.dates.0, self.dates.1) else { return };
        let (start, end) = (self.start, date_start + len);
        for date in dates {
            let text = text[start..end].to_string();
            let (target, paragraph) = (self.target, self.p);
            out.push(Reference { text, date: Some(date), target, paragraph, start, end, letter: None, number: None });
        }
    }
}

/// The telegraphese of State Department cables: `Re Deptel 412, January 9`, `urtel 88 of March 3`, `Reurtel 17,
/// May 2`, `mytel 40, June 1`, `Embtel 1184, January 12`. Whose telegram: `ur`/`reur` the addressee's, `my` the
/// writer's, `Dep` the Department's and `Emb` the embassy's (the writer's or the addressee's as the writer is the
/// Department or not).
fn find_telegraphese(
    text: &str,
    p: usize,
    hits: &[Cue],
    dates: (Option<Date>, Option<i32>),
    department: bool,
    out: &mut Vec<Reference>,
) {
    let b = text.as_bytes();
    for at in hits.iter().filter(|h| h.word == TEL_CUE).map(|h| h.at) {
        let start = b[..at].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
        let target = match text[start..at].to_ascii_lowercase().as_str() {
            "ur" | "reur" => RefTarget::Addressee,
            "my" => RefTarget::Own,
            "dep" if department => RefTarget::Own,
            "dep" => RefTarget::Addressee,
            "emb" if department => RefTarget::Addressee,
            "emb" => RefTarget::Own,
            _ => continue,
        };
        let cited = Cited { text, p, start, target, dates };
        cited.number_then_date(at + 4, &[", ", " of "], out);
    }
}

/// The dates a reference names at the start of `rest`, with the bytes they span: a calendar date (year inferred
/// from `context` or `year`), `the 14th [instant|ult.]`, `9 A.M. yesterday`, `yesterday`, `this morning`.
fn dates_at(rest: &str, context: Option<Date>, year: Option<i32>) -> Option<(usize, Vec<Date>)> {
    let next = rest.as_bytes().first().copied().unwrap_or(b' ');
    // `the 3d of April`: a day-first date with its month is the month the text gives, not the letter's.
    let day_first = rest.starts_with("the ")
        && (rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit) || day_word(&rest[4..]).is_some());
    if (next.is_ascii_alphabetic() && next.is_ascii_uppercase() || next.is_ascii_digit() || day_first)
        && let Some(found) = scan_date(rest)
    {
        let y = found.year.or_else(|| context.map(|c| infer_year(c, found.month))).or(year)?;
        let first = Date::new(y, found.month, found.corrected_day.unwrap_or(found.day));
        let more = found.more_days.iter().flatten().map(|&(m, d)| Date::new(y, m, d));
        let dates: Vec<Date> = std::iter::once(first).chain(more).flatten().collect();
        return (!dates.is_empty()).then_some((found.len, dates));
    }
    relative_date(rest, context?)
}

/// `the 14th`, `the 5th instant`, `the 20th ult.`, `9 A.M. yesterday`, `yesterday`, `this morning`: a date the
/// letter's own date gives.
fn relative_date(rest: &str, context: Date) -> Option<(usize, Vec<Date>)> {
    let lower = rest.get(..rest.len().min(40)).unwrap_or(rest).to_ascii_lowercase();
    if let Some(found) = day_of_month(&lower, context).or_else(|| weekday_back(&lower, context)) {
        return Some(found);
    }
    // A time before the day: `9 A.M. yesterday`, `10 o'clock last night`, `7 p.m. 19th`.
    let i = time_prefix(&lower);
    if i > 0
        && let Some((len, dates)) = day_of_month(&lower[i..], context)
    {
        return Some((i + len, dates));
    }
    let days_back = RELATIVE_DAYS.iter().find(|(w, _)| lower[i..].starts_with(w)).map(|(w, back)| (*back, w.len()))?;
    let day = context.day_number() - days_back.0;
    Date::from_day_number(day).map(|d| (i + days_back.1, vec![d]))
}

/// `the 14th`, `14th`, `the 5th instant`, `the 20th ult.`: a day of the letter's month (or the month before, when
/// the day is later than the letter's or `ultimo` says so), with the bytes it spans.
fn day_of_month(lower: &str, context: Date) -> Option<(usize, Vec<Date>)> {
    let after = lower.strip_prefix("the ").unwrap_or(lower);
    let mut len = lower.len() - after.len();
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    let (day, tail) = if n == 0 && len > 0 {
        // `the first instant`, `the fifth,`: a day in words, after `the` and before `instant`, `ult.` or a stop
        // (`the first week` is no date).
        let (day, n) = day_word(after)?;
        let tail = &after[n..];
        let dated = [" inst", " ult"].iter().any(|w| tail.starts_with(w))
            || tail.is_empty()
            || tail.starts_with([',', '.', ';', ':', ')']);
        if !dated {
            return None;
        }
        len += n;
        (day, tail)
    } else {
        if !(1..=2).contains(&n) {
            return None;
        }
        let day: u8 = after[..n].parse().ok()?;
        len += n;
        let tail = &after[n..];
        let suffix = ["st", "nd", "rd", "th", "d"].iter().find(|s| tail.starts_with(*s))?;
        len += suffix.len();
        (day, &tail[suffix.len()..])
    };
    if tail.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let (back, extra) = if let Some(t) = tail.strip_prefix(" instant").or_else(|| tail.strip_prefix(" inst.")) {
        (0, tail.len() - t.len())
    } else if let Some(t) = tail.strip_prefix(" ultimo").or_else(|| tail.strip_prefix(" ult.")) {
        (1, tail.len() - t.len())
    } else {
        (i32::from(day > context.day), 0)
    };
    context.day_of_month_back(back, day).map(|d| (len + extra, vec![d]))
}

/// `9 a.m. `, `10.30 p. m. `, `10 o'clock `, `noon `: an hour before a day word, with the bytes it spans (0 when
/// there is none).
fn time_prefix(lower: &str) -> usize {
    if let Some(rest) = lower.strip_prefix("noon ") {
        return lower.len() - rest.len();
    }
    let b = lower.as_bytes();
    let mut i = b.iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    if i == 0 {
        return 0;
    }
    if matches!(b.get(i), Some(b':' | b'.')) && b.get(i + 1..i + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit)) {
        i += 3;
    }
    let rest = lower[i..].trim_start();
    let Some(after) = ["a.m.", "p.m.", "a. m.", "p. m.", "am", "pm", "o'clock"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .filter(|a| a.starts_with(' '))
    else {
        return 0;
    };
    lower.len() - after.trim_start().len()
}

/// A year-less date in a letter of `context`: the same year, or the year before when the month is later.
fn infer_year(context: Date, month: u8) -> i32 {
    if month > context.month { context.year - 1 } else { context.year }
}

/// Before ` received on`: `your message which I`, `the message which I`, `your telegram, which I`.
fn received_owner(before: &str, reported: bool) -> Option<(usize, RefTarget)> {
    let t = before.trim_end();
    let lower = t.to_ascii_lowercase();
    for tail in [" which i have", " which i", " that i", ", which i", " i", " which we", " we"] {
        if let Some(head) = lower.strip_suffix(tail) {
            let head = &t[..head.len()];
            return owner_before(head.trim_end_matches(','), reported);
        }
    }
    None
}

/// Looks back from ` of`: `your message`, `yours`, `my telegram`, `the letter`, `your personal message No. 12`.
/// Gives the byte where the reference starts and whose letter it means.
/// In an editor's abstract in the third person (`reported`, a calendar's entry), the addressee's letter is `his`,
/// `hers` or `theirs` (`Has received his of the 11th`, `In answer to theirs of the 14th`, `Received his letter of
/// the 10th`, `Has his Grace's of the 14th`), as it is `your` and `yours` in the letter itself.
fn owner_before(before: &str, reported: bool) -> Option<(usize, RefTarget)> {
    // The last word must be `yours`, a number or a noun of a message: looked at before the words are gathered.
    let last = before.trim_end();
    let last_at = last_space(last).map_or(0, |i| i + 1);
    let last = last[last_at..].trim_matches(|c: char| !c.is_alphanumeric());
    let capital = last.starts_with(|c: char| c.is_uppercase());
    if reported && (third_person(last) || capital && possessive(last)) {
        // `his Grace's of the 14th`: the addressee by the form of address, after `his`.
        return third_person_at(before, last_at, third_person(last));
    }
    if !last.eq_ignore_ascii_case("yours")
        && !last.bytes().all(|b| b.is_ascii_digit())
        && word_kind(last) & kind::NOUN == 0
    {
        // `yours from Adrianople of the first of April`: the place it came from (capitalised) stands between.
        return if capital { from_place(before).and_then(|b| owner_before(b, reported)) } else { None };
    }
    // The last eight words, back to front, with their first bytes: found as they are looked at.
    let (mut end, mut taken) = (Some(before.len()), 0);
    let words = std::iter::from_fn(|| {
        let e = end.filter(|_| taken < 8)?;
        let trimmed = before[..e].trim_end();
        let start = last_space(trimmed).map_or(0, |i| i + 1);
        taken += 1;
        end = (start > 0).then_some(start);
        Some((start, &trimmed[start..]))
    });
    let mut it = words.peekable();
    let (start0, first) = it.next()?;
    let bare = first.trim_matches(|c: char| !c.is_alphanumeric());
    if bare.eq_ignore_ascii_case("yours") {
        return Some((start0, RefTarget::Addressee));
    }
    // Skip a number: `No. 12`.
    let mut noun = (start0, bare);
    if bare.bytes().all(|b| b.is_ascii_digit()) {
        it.next_if(|(_, w)| w.eq_ignore_ascii_case("no.") || w.eq_ignore_ascii_case("no"));
        let (s, w) = it.next()?;
        noun = (s, w);
    }
    if word_kind(noun.1) & kind::NOUN == 0 {
        return None;
    }
    // `your Lordship's letter`, `Your Majesty's gracious letter`, `your Honours letter` (the old possessive
    // without its apostrophe): the addressee named by the form of address.
    let mut addressed = false;
    for (s, w) in it {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let yours = w.eq_ignore_ascii_case("your") || reported && third_person(w);
        if addressed && !yours {
            return None;
        }
        if !addressed && w.starts_with(char::is_uppercase) && possessive(w) {
            addressed = true;
            continue;
        }
        let k = word_kind(w);
        if k & (kind::YOUR | kind::THE) != 0 || yours {
            return Some((s, RefTarget::Addressee));
        }
        if k & kind::MY != 0 {
            return Some((s, RefTarget::Own));
        }
        // `your charming letter`, `your affectionate note`: a word of no list shaped as an adjective.
        if k & kind::ADJECTIVE == 0 && !adjective_shaped(w) {
            return None;
        }
    }
    None
}

/// `his`, `her`, `hers`, `their`, `theirs`: the addressee's in an editor's abstract (see [`owner_before`]).
fn third_person(w: &str) -> bool {
    ["his", "her", "hers", "their", "theirs"].iter().any(|t| w.eq_ignore_ascii_case(t))
}

/// A word in the possessive: `Grace's`, `Majesty’s`, or the old form without its apostrophe (`Honours`).
fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.len() > 3 && w.ends_with(['s', '\'', '’'])
}

/// The addressee's letter in an abstract, named without a noun by its last word (at byte `at` of `before`):
/// `his` or `theirs` itself (`alone`), or a form of address in the possessive with `his`, `her` or `their` just
/// before it (`his Grace's`).
#[cold]
fn third_person_at(before: &str, at: usize, alone: bool) -> Option<(usize, RefTarget)> {
    if alone {
        return Some((at, RefTarget::Addressee));
    }
    let head = before[..at].trim_end();
    let start = last_space(head).map_or(0, |i| i + 1);
    third_person(&head[start..]).then_some((start, RefTarget::Addressee))
}

/// `yours from Adrianople` → `yours`: the text before a place of one to three capitalised words after `from`,
/// read back a word at a time.
#[cold]
fn from_place(before: &str) -> Option<&str> {
    let t = before.trim_end();
    let mut end = t.len();
    for _ in 0..4 {
        let space = t[..end].rfind(' ')?;
        let word = &t[space + 1..end];
        if word == "from" {
            return (end < t.len()).then_some(&t[..space]);
        }
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        end = space;
    }
    None
}

/// Where the last space of `s` is (a byte scan back: the space is a word away), or the last byte of a dash that
/// joins two words (`MY DEAR HOWELLS,—Your letter`): the next word starts after it.
fn last_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    b.iter().enumerate().rev().find(|&(i, &c)| c == b' ' || dash_ends(b, i)).map(|(i, _)| i)
}

/// Whether an em or en dash (`E2 80 94`, `E2 80 93`) ends at byte `i` of `b`.
fn dash_ends(b: &[u8], i: usize) -> bool {
    matches!(b[i], 0x93 | 0x94) && i >= 2 && b[i - 2] == 0xe2 && b[i - 1] == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_of(text: &str) -> Vec<Cue> {
        let mut paragraphs = Paragraphs::new();
        paragraphs.push(text);
        cues(&paragraphs)
    }

    fn found(text: &str, context: Option<Date>, year: Option<i32>) -> Vec<Reference> {
        let mut out = Vec::new();
        find_in(text, (0, false), &cues_of(text), (context, year), &mut out);
        out
    }

    #[test]
    fn in_an_abstract_his_and_theirs_are_the_addressees() {
        fn owner(before: &str, reported: bool) -> Option<(&str, RefTarget)> {
            owner_before(before, reported).map(|(at, t)| (&before[at..], t))
        }
        for before in [
            "Has received his",
            "In answer to theirs",
            "Received his letter",
            "Has his Grace's",
            "his Grace's despatch",
        ] {
            assert_eq!(owner(before, true).map(|o| o.1), Some(RefTarget::Addressee), "{before}");
            assert_eq!(owner(before, false), None, "in a letter itself, {before:?} is a third man's");
        }
        assert_eq!(owner("Has his Grace's", true).map(|o| o.0), Some("his Grace's"));
        assert_eq!(owner("Lord Conway's letter", true), None, "a named man's letter is his own");
        assert_eq!(owner("Received your letter", true).map(|o| o.1), Some(RefTarget::Addressee));
    }

    fn refs(text: &str, context: Option<Date>) -> Vec<(String, String, RefTarget)> {
        let out = found(text, context, None);
        out.into_iter().map(|r| (r.text, r.date.map(|d| d.to_string()).unwrap_or_default(), r.target)).collect()
    }

    #[test]
    fn explicit_references() {
        let ctx = Date::new(1943, 1, 20);
        assert_eq!(
            refs("the question you raised before me in the letter of March 25 [24], 1945, and have found", None),
            vec![("the letter of March 25 [24], 1945".into(), "1945-03-24".into(), RefTarget::Addressee)]
        );
        assert_eq!(
            refs("Your message of January 11 has reached me.", ctx),
            vec![("Your message of January 11".into(), "1943-01-11".into(), RefTarget::Addressee)]
        );
        let two = refs("Your messages of January 5 and 7 received.", ctx);
        assert_eq!(two.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(), ["1943-01-05", "1943-01-07"]);
        assert_eq!(refs("I have yours of February 13.", Date::new(1943, 2, 20))[0].1, "1943-02-13");
        assert_eq!(
            refs("when I sent you my telegram of September 5th. Later", Date::new(1941, 11, 22)),
            vec![("my telegram of September 5th".into(), "1941-09-05".into(), RefTarget::Own)]
        );
        assert_eq!(refs("Your message of December 28 arrived.", ctx)[0].1, "1942-12-28");
        assert_eq!(refs("We thank you for your enquiry of the 28th ult. and enclose", ctx)[0].1, "1942-12-28");
    }

    #[test]
    fn a_familiar_letters_words_may_stand_between_the_possessive_and_the_noun() {
        let ctx = Date::new(1901, 3, 27);
        assert_eq!(
            refs("Your dear letter of the 23rd came this morning.", ctx),
            vec![("Your dear letter of the 23rd".into(), "1901-03-23".into(), RefTarget::Addressee)]
        );
        assert_eq!(refs("Your little letter of the 26th arrived.", ctx)[0].1, "1901-03-26");
        assert_eq!(refs("your charming letter of the 20th", ctx)[0].1, "1901-03-20", "shaped as an adjective");
        assert_eq!(refs("my own letter of the 2nd", ctx)[0].2, RefTarget::Own);
        assert!(refs("your brother's letter of the 20th", ctx).is_empty(), "a third person's letter");
        assert!(refs("your Father letter of the 20th", ctx).is_empty());
    }

    #[test]
    fn a_letter_dated_at_a_place_is_cited_by_its_date() {
        let ctx = Date::new(1833, 6, 1);
        assert_eq!(
            refs("We have received your letter dated Rarotonga, 2 November 1832, with its enclosures.", ctx),
            vec![("your letter dated Rarotonga, 2 November 1832".into(), "1832-11-02".into(), RefTarget::Addressee)]
        );
        assert_eq!(refs("your despatch dated at Fort William, the 4th March last", ctx)[0].1, "1833-03-04");
        assert_eq!(
            refs("I am directed to acknowledge the receipt of your letter No. 87, dated the 11th June 1849.", ctx)
                .iter()
                .map(|r| r.1.as_str())
                .collect::<Vec<_>>(),
            ["1849-06-11"]
        );
        // A place with figures, or prose after `dated`, is no place before a date.
        assert!(refs("your letter dated 12 Rue Royale, 2 November 1832", ctx).iter().all(|r| r.1 != "1832-11-02"));
        assert!(refs("your letter dated and signed by all of them, 2 November 1832", ctx).is_empty());
        // A wide character across the 48th byte after `dated` cuts nothing in two.
        let wide = format!("your letter dated Abcdef{}, 2 November 1832", "Zürich ".repeat(8));
        assert!(refs(&wide, ctx).iter().all(|r| r.1 != "1832-11-02"));
    }

    #[test]
    fn cable_telegraphese() {
        let tel = |text: &str, department: bool| {
            let mut out = Vec::new();
            let hits = cues_of(text);
            find_telegraphese(text, 0, &hits, (Date::new(1953, 1, 12), None), department, &mut out);
            out.into_iter()
                .map(|r| (r.text, r.date.map(|d| d.to_string()).unwrap_or_default(), r.target))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tel("1184. Re Deptel 412, January 9. No member", false),
            vec![("Deptel 412, January 9".into(), "1953-01-09".into(), RefTarget::Addressee)]
        );
        assert_eq!(tel("Reurtel 17 of January 3 the Minister", true)[0].2, RefTarget::Addressee);
        assert_eq!(tel("Deptel 40, January 2, repeated", true)[0].2, RefTarget::Own, "the Department's own");
        assert_eq!(tel("as in mytel 88, December 30.", false)[0].1, "1952-12-30");
        assert!(tel("the hotel 12, January 9", false).is_empty(), "a word ending in `tel` is no cable");
        assert!(tel("urtel 412 was garbled", false).is_empty());
    }

    #[test]
    fn other_dates_are_not_references() {
        assert!(refs("the Report of the Crimea Conference, February 12, 1945, Conferences at Malta", None).is_empty());
        assert!(refs("the events of June 22, 1941 showed", None).is_empty());
        assert!(refs("Your message of", None).is_empty());
    }

    #[test]
    fn references_in_writers_words() {
        let ctx = Date::new(1790, 3, 20);
        assert_eq!(refs("Yours of the 14th came to hand.", ctx)[0].1, "1790-03-14");
        assert_eq!(refs("your favour of the 5th instant is before me", ctx)[0].1, "1790-03-05");
        assert_eq!(refs("I am in receipt of yours of the first instant.", ctx)[0].1, "1790-03-01");
        assert_eq!(refs("your letter of the fifth of February came", ctx)[0].1, "1790-02-05");
        assert!(refs("your letter of the first week of the session", ctx).is_empty());
        // A cable cited by its series and number: `Your W-33211 of May 4`.
        let numbered = |text: &str, ctx: Option<Date>| {
            let mut out = Vec::new();
            find_numbered(text, 0, &cues_of(text), (ctx, None), &mut out);
            out.into_iter().map(|r| (r.text, r.date.map(|d| d.to_string()).unwrap_or_default())).collect::<Vec<_>>()
        };
        let cable = numbered("Your W-33211 of May 4 received.", Date::new(1944, 5, 6));
        assert_eq!(cable, [("Your W-33211 of May 4".to_string(), "1944-05-04".to_string())]);
        assert_eq!(numbered("Thank you for your S-51234 of May 6.", Date::new(1944, 5, 8))[0].1, "1944-05-06");
        assert!(numbered("Your 3 of them came", Date::new(1944, 5, 8)).is_empty());
        assert_eq!(refs("your letter of the 28th ult. arrived", ctx)[0].1, "1790-02-28");
        assert_eq!(refs("your despatch of 9 A.M. yesterday", ctx)[0].1, "1790-03-19");
        assert_eq!(refs("Your despatch of 7 a.m. to-day is received.", ctx)[0].1, "1790-03-20");
        assert_eq!(refs("Your report of this morning is received.", ctx)[0].1, "1790-03-20");
        assert_eq!(refs("your note of last night", ctx)[0].1, "1790-03-19");
        assert_eq!(refs("your despatch of 10 o'clock last night", ctx)[0].1, "1790-03-19");
        assert_eq!(refs("Your telegram of 7 p.m. 19th is received.", ctx)[0].1, "1790-03-19");
        assert_eq!(refs("your despatch of 10.30 a.m. to-day", ctx)[0].1, "1790-03-20");
        assert!(refs("your despatch of 9 men yesterday", ctx).is_empty());
        assert_eq!(refs("your communication of even date", ctx)[0].1, "1790-03-20");
        // 20 March 1790 was a Saturday.
        assert_eq!(refs("your letter of Tuesday came", ctx)[0].1, "1790-03-16");
        assert_eq!(refs("your letter of Saturday came", ctx)[0].1, "1790-03-13");
        assert!(refs("your letter of Tuesdays past", ctx).is_empty());
        let two = refs("your messages of April 29 and May 1 reached me", Date::new(1945, 5, 2));
        assert_eq!(two.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(), ["1945-04-29", "1945-05-01"]);
        assert_eq!(refs("your message of August 18[17].", Date::new(1945, 8, 22))[0].1, "1945-08-17");
        let got = refs("I thank you for your message which I received on November 21.", None);
        assert!(got.is_empty());
        let out = found("I thank you for your message which I received on November 21.", None, Some(1942));
        assert_eq!(out[0].date.map(|d| d.to_string()).as_deref(), Some("1942-11-21"));
        assert_eq!(refs("my letter of March 3 told you", ctx)[0].2, RefTarget::Own);
        assert_eq!(refs("Your Lordship's letter of the 2nd of January", ctx)[0].1, "1790-01-02");
        assert!(refs("General Hill's letter of the 2nd of January", ctx).is_empty(), "a third man's letter");
        // The old possessive without its apostrophe, or after the plural.
        assert_eq!(refs("your Honours letter of the 2nd of January", ctx)[0].2, RefTarget::Addressee);
        assert_eq!(refs("your Excellencies' letter of the 2nd of January", ctx)[0].1, "1790-01-02");
        assert!(refs("General Hills letter of the 2nd of January", ctx).is_empty(), "a third man's letter");
        assert_eq!(refs("your message of November fifth which", Date::new(1943, 11, 12))[0].1, "1943-11-05");
    }

    #[test]
    fn word_kinds_are_the_lists_in_any_case() {
        let lists: [&[&str]; 4] = [ACK_WORDS, ADJECTIVES, NOUNS, WEAK_NOUNS];
        let listed: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        for w in listed.iter().copied().chain(["your", "the", "both", "my", "our", "reply", "answer"]) {
            for form in [w.to_string(), w.to_uppercase(), format!("{}{}", w[..1].to_uppercase(), &w[1..])] {
                assert_eq!(word_kind(&form), word_kind(w), "{form}");
            }
            assert_ne!(word_kind(w), 0, "{w}");
            assert_eq!(word_kind(&format!("{w}s{w}")), 0, "{w}");
        }
        assert_eq!(word_kind("received"), kind::ACK | kind::RECEIPT);
        assert_eq!(word_kind("your"), kind::YOUR);
        assert_eq!(word_kind("answer"), kind::NOUN | kind::REPLY);
        for other in ["", "x", "thanked", "Lettér", "[message]", "message\u{e9}", "communicationsss"] {
            assert_eq!(word_kind(other), 0, "{other}");
        }
        assert_eq!(lower_eight(u64::from_le_bytes(*b"AZaz@[\x80\xc1")), u64::from_le_bytes(*b"azaz@[\x80\xc1"));
    }

    #[test]
    fn every_acknowledging_word_holds_a_stem() {
        for w in ACK_WORDS {
            assert!(HEAD_STEMS.iter().any(|s| w.contains(s)) || KNOWLEDG.find(w.as_bytes()).is_some(), "{w}");
        }
    }

    #[test]
    fn both_searches_find_the_same_words() {
        let text = b"Your letter of March 3, dated received on your hotel tel of of from you on Your 5";
        let (mut packed, mut automaton) = (Vec::new(), Vec::new());
        WordSearch::new(&CUE_WORDS).each(text, |w, at| packed.push((w, at)));
        WordSearch::automaton(&CUE_WORDS).each(text, |w, at| automaton.push((w, at)));
        assert_eq!(packed, automaton);
        assert_eq!(packed.len(), 11, "{packed:?}");
    }

    #[test]
    fn cues_are_found_per_paragraph() {
        let mut paragraphs = Paragraphs::new();
        for p in ["your letter o", "", "f March 3 and your", " note of ", "tel 4"] {
            paragraphs.push(p);
        }
        let found: Vec<_> = cues(&paragraphs).iter().map(|c| (c.paragraph, CUE_WORDS[c.word], c.at)).collect();
        assert_eq!(found, [(0, "your ", 0), (3, "of ", 6), (4, "tel ", 0)]);
        // `of ` found on its own and merged in: the cues of one pass over all the words, in order.
        let text = "of your letter of March 3, dated of the roof of de la of du 4 proof of";
        let mut one_pass = Vec::new();
        WordSearch::new(&CUE_WORDS).each(text.as_bytes(), |w, at| one_pass.push((w, at)));
        let merged: Vec<_> = cues(&Paragraphs::from([text])).iter().map(|c| (c.word, c.at)).collect();
        assert_eq!(merged, one_pass);
        assert_eq!(merged.iter().filter(|(w, _)| *w == 0).count(), 7, "inside `roof` and `proof` too: {merged:?}");
    }

    #[test]
    fn cue_words_never_overlap() {
        // Each ends in a space, none starts with one, and a space inside one is never where another ends.
        for a in CUE_WORDS {
            assert!(a.ends_with([' ', '\'', '’']) && !a.starts_with(' '), "{a}");
            for b in CUE_WORDS {
                assert!(a == b || !a.contains(b), "{b} in {a}");
                let mut inner = a.trim_end().match_indices(' ').map(|(i, _)| &a[..=i]);
                assert!(inner.all(|head| !b.ends_with(head)), "{b} ends as {a} begins");
            }
        }
    }

    #[test]
    fn ascii_words_are_split_as_any_words_are() {
        for s in ["  Thank you, (for) your \"kind\" note--of May 1.", "I -- am\t\"x\" ...  ok\r\n", "a\u{b}b", "..."] {
            let mut fast = [""; 8];
            let n = bare_words(s, &mut fast);
            let slow: Vec<&str> =
                s.split_whitespace().take(8).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
            assert_eq!(fast[..n], slow[..], "{s:?}");
        }
    }

    #[test]
    fn acknowledgements() {
        let a = |s: &str| acknowledgement(s).map(|a| a.weak);
        assert_eq!(a("Thank you for your message."), Some(false));
        assert_eq!(a("Thank you for the message and your solicitude."), Some(false));
        assert_eq!(a("I am very glad to receive your kind telegram, which"), Some(false));
        assert_eq!(a("Your note came safely to hand."), Some(false));
        assert_eq!(a("2201. Thank you for your prompt report."), Some(false));
        assert_eq!(a("Many thanks for your full and interesting letter."), Some(false));
        assert_eq!(a("Molotov has asked me to thank you on his behalf for your greetings."), Some(true));
        assert_eq!(a("I gave consideration to the question"), None);
        assert_eq!(a("The message went to Stalin."), None);
        assert_eq!(a("Your letter came on Saturday, and I have read it twice."), Some(false));
        assert_eq!(a("Your kind letter arrived this morning."), Some(false));
        assert_eq!(a("Your brother came on Saturday."), None);
        assert_eq!(a("Your brother's letter came on Saturday."), None);
        // Getting a letter, and adjectives of praise no list holds.
        assert_eq!(a("I have just this moment got your letter, and send the books."), Some(false));
        assert_eq!(a("I received with much satisfaction your pleasant and obliging letter."), Some(false));
        assert_eq!(a("I got your charming note on Monday."), Some(false));
        // A receipt denied, a letter of the writer's own, a thing that is no message.
        assert_eq!(a("I have not yet got your letter of which the carrier spoke."), None);
        assert_eq!(a("Your letter never arrived, and I fear it is lost."), None);
        assert_eq!(a("I hope you got my letter of Tuesday."), None);
        assert_eq!(a("I got your pleasant parcel of books."), None);
        assert_eq!(a("He got your brother's letter before I did."), None);
    }
}
