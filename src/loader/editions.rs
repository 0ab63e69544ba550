//! One letter printed in several editions: two letters with the same people, dates at most [`MAX_DAYS_APART`]
//! days apart (or both undated) and most of their word 5-grams shared are printings of one letter. Each letter is compared with a
//! bounded number of neighbours (same people, nearby dates), so the work grows linearly with the corpus.

use crate::model::{Letter, LetterIx};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;
use std::sync::{Arc, Mutex};

/// Days two printings' dates may differ (one edition prints the date sent, another the date received).
pub const MAX_DAYS_APART: i64 = 3;
/// Share of the shorter text's word 5-grams the other printing must hold.
pub const MIN_SHARED: f64 = 0.8;
/// Neighbours each letter is compared with, at most.
const NEIGHBOURS: usize = 4;
/// Printings listed for one letter, at most.
const MAX_EDITIONS: usize = 8;

/// Senders, recipients (sorted) and whether the letters are dated: who may be printings of one letter.
type GroupKey<'a> = (Names<'a>, Names<'a>, bool);

/// The sorted names of one side: most letters have one person on each side, kept without a list.
#[derive(PartialEq, Eq, Hash)]
enum Names<'a> {
    One(&'a str),
    Many(Vec<&'a str>),
}

impl<'a> Names<'a> {
    /// The names of `people`, sorted (`None` when there are none).
    fn of(people: &'a crate::model::People) -> Option<Names<'a>> {
        match &*people.0 {
            [] => None,
            [one] => Some(Names::One(&one.name)),
            _ => {
                let mut names: Vec<&str> = people.names().collect();
                names.sort_unstable();
                Some(Names::Many(names))
            }
        }
    }
}

/// For each letter, the other printings of it (empty for most letters).
pub fn find(letters: &[Letter]) -> Vec<Vec<LetterIx>> {
    find_counting(letters).0
}

/// [`find`], and the work done: the pairs of texts compared.
fn find_counting(letters: &[Letter]) -> (Vec<Vec<LetterIx>>, usize) {
    // Dated letters are compared with dated ones of nearby dates; undated ones with undated ones only. Letters
    // are grouped in parallel parts, whose groups are then joined.
    let groups = letters
        .par_iter()
        .enumerate()
        .fold(FxHashMap::default, |mut groups: FxHashMap<GroupKey<'_>, Vec<(i64, LetterIx)>>, (ix, l)| {
            if let (Some(s), Some(r)) = (Names::of(&l.sender), Names::of(&l.recipient)) {
                let day = l.date.map_or(0, |d| d.day_number());
                groups.entry((s, r, l.date.is_some())).or_default().push((day, ix));
            }
            groups
        })
        .reduce(FxHashMap::default, |mut a, mut b| {
            if a.len() < b.len() {
                std::mem::swap(&mut a, &mut b);
            }
            for (key, mut list) in b {
                a.entry(key).or_default().append(&mut list);
            }
            a
        });
    // Groups hold different letters, and no two letters more than MAX_DAYS_APART apart are compared: each run of
    // a group's letters without such a gap is linked on its own (in parallel), and their links joined.
    let mut lists: Vec<Vec<(i64, LetterIx)>> = groups.into_values().filter(|l| l.len() > 1).collect();
    lists.par_iter_mut().for_each(|l| l.sort_unstable());
    let runs: Vec<&[(i64, LetterIx)]> = lists
        .iter()
        .flat_map(|list| list.chunk_by(|a, b| b.0 - a.0 <= MAX_DAYS_APART))
        .filter(|run| run.len() > 1)
        .collect();
    let texts = Texts::default();
    let joined: Vec<(Vec<(LetterIx, LetterIx)>, usize)> =
        runs.into_par_iter().map(|run| link_run(letters, run, &texts)).collect();
    let compared = joined.iter().map(|(_, n)| n).sum();
    let mut parent: Vec<LetterIx> = (0..letters.len()).collect();
    for (a, b) in joined.into_iter().flat_map(|(pairs, _)| pairs) {
        let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
        parent[rb] = ra;
    }
    // Each printing with the first letter of its set (the root of the union), sorted: the sets, each in order.
    let mut members: Vec<(LetterIx, LetterIx)> = Vec::new();
    for ix in 0..letters.len() {
        let root = find_root(&mut parent, ix);
        if root != ix {
            members.extend([(root, root), (root, ix)]);
        }
    }
    members.sort_unstable();
    members.dedup();
    let mut out = vec![Vec::new(); letters.len()];
    for set in members.chunk_by(|a, b| a.0 == b.0) {
        for &(_, ix) in set {
            // A list of its size: it is kept for the whole session.
            let mut others = Vec::with_capacity((set.len() - 1).min(MAX_EDITIONS));
            others.extend(set.iter().map(|&(_, o)| o).filter(|&o| o != ix).take(MAX_EDITIONS));
            out[ix] = others;
        }
    }
    (out, compared)
}

/// The printings found among a run of one group's letters (same people, by date), each letter compared with at
/// most [`NEIGHBOURS`] of the next dates: pairs of letters found to be one letter, and the pairs compared.
fn link_run(letters: &[Letter], list: &[(i64, LetterIx)], texts: &Texts) -> (Vec<(LetterIx, LetterIx)>, usize) {
    let mut parent: Vec<usize> = (0..list.len()).collect();
    let (mut joined, mut compared) = (Vec::new(), 0);
    let mut window = Window { slots: vec![Slot::default(); NEIGHBOURS + 1] };
    for (k, &(day, a)) in list.iter().enumerate() {
        for (j, &(other_day, b)) in list.iter().enumerate().skip(k + 1).take(NEIGHBOURS) {
            if other_day - day > MAX_DAYS_APART {
                break;
            }
            if letters[a].file == letters[b].file || find_root(&mut parent, k) == find_root(&mut parent, j) {
                continue;
            }
            compared += 1;
            let same = if letters[a].paragraphs == letters[b].paragraphs {
                // One text twice: the same shingles, shared whole when there are enough of them.
                window.enough_grams(letters, (k, a))
            } else {
                window.same_text(letters, texts, (k, a), (j, b))
            };
            if same {
                let (rk, rj) = (find_root(&mut parent, k), find_root(&mut parent, j));
                parent[rj] = rk;
                joined.push((a, b));
            }
        }
    }
    (joined, compared)
}

/// What the runs linked in parallel learn of texts: the first letter of each text (letters of equal paragraphs
/// have one text), whether two texts were found to be printings of one letter, and the 5-grams of texts met more
/// than once. A corpus may hold one text many times (reprints, copies): each pair of texts is compared once, and
/// the 5-grams of a text made at most twice, up to [`MEMO_TEXTS`] texts.
#[derive(Default)]
struct Texts {
    first: Mutex<FxHashMap<u64, LetterIx>>,
    same: Mutex<FxHashMap<(LetterIx, LetterIx), bool>>,
    grams: Mutex<FxHashMap<LetterIx, Arc<[u64]>>>,
}

/// Texts whose 5-grams are kept for their next letters, at most: a bound on the room (2 KB a text at most).
const MEMO_TEXTS: usize = 4096;

impl Texts {
    /// The first letter with the text of letter `ix` (`None` when another text has the same key: that text's
    /// comparisons are not kept).
    fn of(&self, letters: &[Letter], ix: LetterIx) -> Option<LetterIx> {
        let first = *lock(&self.first).entry(text_key(&letters[ix])).or_insert(ix);
        (first == ix || letters[first].paragraphs == letters[ix].paragraphs).then_some(first)
    }

    /// The 5-grams of letter `ix`, whose text is that of the earlier letter `repeats` (if any): kept for the
    /// letters after it with the same text.
    fn grams(&self, letters: &[Letter], ix: LetterIx, repeats: Option<LetterIx>) -> Arc<[u64]> {
        let Some(first) = repeats else { return five_grams(&letters[ix]).into() };
        if let Some(g) = lock(&self.grams).get(&first) {
            return Arc::clone(g);
        }
        let g: Arc<[u64]> = five_grams(&letters[ix]).into();
        let mut memo = lock(&self.grams);
        if memo.len() < MEMO_TEXTS {
            memo.insert(first, Arc::clone(&g));
        }
        g
    }
}

/// Bytes of a text's start and of its end that its key is made of.
const KEY_BYTES: usize = 64;

/// A number equal for equal paragraphs, and seldom for others: a hash of the text's length, its paragraphs' count,
/// and its first and last [`KEY_BYTES`] bytes (the text is not read whole: texts of one key are compared whole).
fn text_key(l: &Letter) -> u64 {
    let text = l.paragraphs.as_str().as_bytes();
    let mut hasher = FxHasher::default();
    hasher.write_usize(text.len());
    hasher.write_usize(l.paragraphs.len());
    hasher.write(&text[..text.len().min(KEY_BYTES)]);
    hasher.write(&text[text.len().saturating_sub(KEY_BYTES)..]);
    hasher.finish()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What is known of the letters of the window being compared, by position modulo the window's size: a letter's
/// is dropped once no later letter can be compared with it.
struct Window {
    slots: Vec<Slot>,
}

#[derive(Clone)]
struct Slot {
    pos: usize,
    text: Option<Option<LetterIx>>,
    grams: Option<Arc<[u64]>>,
    enough: Option<bool>,
}

impl Default for Slot {
    fn default() -> Slot {
        Slot { pos: usize::MAX, text: None, grams: None, enough: None }
    }
}

impl Window {
    /// The slot of the letter at `pos`, emptied when it held another letter.
    fn slot(&mut self, pos: usize) -> &mut Slot {
        let n = self.slots.len();
        let slot = &mut self.slots[pos % n];
        if slot.pos != pos {
            *slot = Slot { pos, ..Slot::default() };
        }
        slot
    }

    /// The 5-grams of the letter at `pos`, when they were made.
    fn known_grams(&self, pos: usize) -> Option<&[u64]> {
        let slot = &self.slots[pos % self.slots.len()];
        slot.grams.as_deref().filter(|_| slot.pos == pos)
    }

    /// Whether the letter `a` at `pos` has enough 5-grams to be compared (see [`enough_grams`]).
    fn enough_grams(&mut self, letters: &[Letter], (pos, a): (usize, LetterIx)) -> bool {
        if let Some(g) = self.known_grams(pos) {
            return g.len() >= 3;
        }
        *self.slot(pos).enough.get_or_insert_with(|| enough_grams(&letters[a]))
    }

    /// [`same_text`] for the letters `a` and `b` at their positions, as decided before for the same two texts.
    fn same_text(&mut self, letters: &[Letter], texts: &Texts, (k, a): (usize, usize), (j, b): (usize, usize)) -> bool {
        let mut text = |pos: usize, ix: LetterIx| *self.slot(pos).text.get_or_insert_with(|| texts.of(letters, ix));
        let key = text(k, a).zip(text(j, b)).map(|(x, y)| (x.min(y), x.max(y)));
        if let Some(same) = key.and_then(|key| lock(&texts.same).get(&key).copied()) {
            return same;
        }
        for (pos, ix) in [(k, a), (j, b)] {
            let slot = self.slot(pos);
            let repeats = slot.text.flatten().filter(|&first| first != ix);
            slot.grams.get_or_insert_with(|| texts.grams(letters, ix, repeats));
        }
        let same = same_text(self.known_grams(k).unwrap_or(&[]), self.known_grams(j).unwrap_or(&[]));
        if let Some(key) = key {
            lock(&texts.same).insert(key, same);
        }
        same
    }
}

fn find_root(parent: &mut [LetterIx], mut ix: LetterIx) -> LetterIx {
    while parent[ix] != ix {
        parent[ix] = parent[parent[ix]];
        ix = parent[ix];
    }
    ix
}

/// Words of a letter's opening compared: enough to tell one text from another, and a bound on the work.
const SAMPLE_WORDS: usize = 250;

/// A word's hash over its lowercase letters and digits: ASCII ones packed eight to a step, any other one a
/// step of its own (so that a word hashes alike in ASCII text and in text with other characters).
#[derive(Default)]
struct WordHasher {
    h: u64,
    packed: u64,
    n: u32,
    any: bool,
}

impl WordHasher {
    fn step(h: u64, x: u64) -> u64 {
        (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
    }

    /// Takes a lowercase ASCII letter or digit.
    fn ascii(&mut self, b: u8) {
        self.any = true;
        self.packed = (self.packed << 8) | u64::from(b);
        self.n += 1;
        if self.n == 8 {
            (self.h, self.packed, self.n) = (Self::step(self.h, self.packed), 0, 0);
        }
    }

    /// Takes a lowercase letter or digit.
    fn char(&mut self, c: char) {
        if c.is_ascii() {
            return self.ascii(c as u8);
        }
        if self.n > 0 {
            (self.h, self.packed, self.n) = (Self::step(self.h, self.packed), 0, 0);
        }
        self.any = true;
        self.h = Self::step(self.h, u64::from(c) | 1 << 63);
    }

    /// One ASCII byte of a text, by table: a letter or digit goes into the word, white space ends it. True when
    /// `words` holds `cap`.
    #[inline(always)]
    fn ascii_byte(&mut self, b: u8, words: &mut Vec<u64>, cap: usize) -> bool {
        match ASCII_CLASS[usize::from(b)] {
            0 => false,
            1 => self.end_word(words, cap),
            c => {
                self.ascii(c);
                false
            }
        }
    }

    /// Ends the word at white space: its hash into `words` (when it has a letter or digit), the hasher ready for
    /// the next. True when `words` holds `cap`.
    #[inline(always)]
    fn end_word(&mut self, words: &mut Vec<u64>, cap: usize) -> bool {
        if !self.any {
            return false;
        }
        words.push(self.hash());
        *self = WordHasher::default();
        words.len() == cap
    }

    /// The hash of the word so far (its last letters not yet stepped in are stepped in).
    fn hash(&self) -> u64 {
        if self.n > 0 { Self::step(self.h, self.packed) } else { self.h }
    }

    /// The word's hash (`None` for a word of no letter or digit), and the hasher ready for the next word.
    #[cfg(test)]
    fn finish(&mut self) -> Option<u64> {
        let done = std::mem::take(self);
        done.any.then(|| done.hash())
    }
}

/// A word's hash over its lowercase letters and digits; `None` for a word of neither. (What
/// [`text_word_hashes`] gives each word, word by word.)
#[cfg(test)]
fn word_hash(w: &str) -> Option<u64> {
    let mut hasher = WordHasher::default();
    w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).for_each(|c| hasher.char(c));
    hasher.finish()
}

/// What an ASCII byte is to a word: its lowercase self for a letter or digit, 1 for white space (what
/// `char::is_whitespace` holds to be white in ASCII, where `split_whitespace` splits), 0 for anything else.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c == b' ' || (c >= b'\t' && c <= b'\r') {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Hashes of the word 5-grams of the letter's first [`SAMPLE_WORDS`] words (lowercased, letters and digits only),
/// sorted, without repeats.
fn five_grams(l: &Letter) -> Vec<u64> {
    grams(&word_hashes(l, SAMPLE_WORDS))
}

/// Words of a text's opening that decide whether it has enough 5-grams to compare, in most texts.
const OPENING_WORDS: usize = 16;

/// Whether the letter has the three different 5-grams [`same_text`] asks for: seen in its opening words when
/// they have them, else counted over all the words compared.
fn enough_grams(l: &Letter) -> bool {
    // Most texts show three different 5-grams in their first seven words (whose 5-grams are some of the
    // opening's): only the others are read further.
    let first = word_hashes(l, FIRST_WORDS);
    if distinct_at_least(&first, 3) {
        return true;
    }
    let opening = word_hashes(l, OPENING_WORDS);
    // The opening's 5-grams are some of the sample's: three there are three in the sample.
    grams(&opening).len() >= 3 || (opening.len() == OPENING_WORDS && five_grams(l).len() >= 3)
}

/// Words whose three 5-grams decide at once that a text has enough of them.
const FIRST_WORDS: usize = 7;

/// Whether the 5-grams of `words` hold at least `n` different hashes (what `grams(words).len() >= n` says).
fn distinct_at_least(words: &[u64], n: usize) -> bool {
    let mut seen: Vec<u64> = Vec::with_capacity(n);
    for w in words.windows(5) {
        let g = gram_hash(w);
        if !seen.contains(&g) {
            seen.push(g);
            if seen.len() >= n {
                return true;
            }
        }
    }
    false
}

/// The hash of one 5-gram of words' hashes.
fn gram_hash(w: &[u64]) -> u64 {
    w.iter().fold(0u64, |acc, &x| acc.rotate_left(13) ^ x.wrapping_mul(GRAM_MIX))
}

const GRAM_MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// [`word_hash`] of the letter's first `cap` words.
fn word_hashes(l: &Letter, cap: usize) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(cap);
    for p in &l.paragraphs {
        if words.len() == cap {
            break;
        }
        text_word_hashes(p, &mut words, cap);
    }
    words
}

/// The hashes of the 5-grams of words' hashes, sorted, without repeats.
fn grams(words: &[u64]) -> Vec<u64> {
    // Each word's part in a 5-gram's hash, made once (the fold of [`gram_hash`], its rotations spread over the
    // words: a rotation of an exclusive or is the exclusive or of the rotations).
    let parts: Vec<u64> = words.iter().map(|&x| x.wrapping_mul(GRAM_MIX)).collect();
    let grams: Vec<u64> = parts
        .windows(5)
        .map(|p| p[0].rotate_left(52) ^ p[1].rotate_left(39) ^ p[2].rotate_left(26) ^ p[3].rotate_left(13) ^ p[4])
        .collect();
    let mut grams = sorted_hashes(grams);
    grams.dedup();
    grams
}

/// Hashes sorted: as `sort_unstable` sorts them, but in a few passes over them, as hashes are spread evenly
/// over their range: placed by their first byte (counted first), then each run of one first byte put in order.
fn sorted_hashes(hashes: Vec<u64>) -> Vec<u64> {
    if hashes.len() < 64 {
        let mut hashes = hashes;
        hashes.sort_unstable();
        return hashes;
    }
    let mut starts = [0usize; 257];
    for &h in &hashes {
        starts[(h >> 56) as usize + 1] += 1;
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut sorted = vec![0u64; hashes.len()];
    for &h in &hashes {
        let at = &mut starts[(h >> 56) as usize];
        sorted[*at] = h;
        *at += 1;
    }
    // Each run of one first byte holds a few hashes: put in order by insertion.
    for i in 1..sorted.len() {
        let h = sorted[i];
        let mut j = i;
        while j > 0 && sorted[j - 1] > h {
            sorted[j] = sorted[j - 1];
            j -= 1;
        }
        sorted[j] = h;
    }
    sorted
}

/// [`word_hash`] of each whitespace-separated word of the text (as `split_whitespace` splits), in one pass over
/// its bytes (ASCII ones by table), until `words` holds `cap`.
fn text_word_hashes(text: &str, words: &mut Vec<u64>, cap: usize) {
    if words.len() >= cap {
        return;
    }
    let bytes = text.as_bytes();
    let mut hasher = WordHasher::default();
    if bytes.is_ascii() {
        for &b in bytes {
            if hasher.ascii_byte(b, words, cap) {
                return;
            }
        }
    } else {
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                if hasher.ascii_byte(b, words, cap) {
                    return;
                }
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            i += c.len_utf8();
            if c.is_whitespace() {
                if hasher.end_word(words, cap) {
                    return;
                }
            } else if c.is_alphanumeric() {
                c.to_lowercase().for_each(|c| hasher.char(c));
            }
        }
    }
    if hasher.any {
        words.push(hasher.hash());
    }
}

/// Whether the shorter text's 5-grams are mostly in the longer one's (both sorted, without repeats).
fn same_text(a: &[u64], b: &[u64]) -> bool {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.len() < 3 {
        return false;
    }
    // One walk along both sorted lists.
    let (mut shared, mut j) = (0usize, 0usize);
    for h in small {
        while big.get(j).is_some_and(|x| x < h) {
            j += 1;
        }
        if big.get(j) == Some(h) {
            shared += 1;
        }
    }
    shared as f64 >= MIN_SHARED * small.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn letter(text: &str) -> Letter {
        let mut l = Letter::new("a.txt", 1, String::new(), "A".into(), "B".into());
        l.paragraphs = text.split("\n\n").map(str::to_string).collect();
        l
    }

    proptest! {
        /// The 5-grams made from each word's part are the folds of their words.
        #[test]
        fn grams_are_folds_of_their_words(words in prop::collection::vec(any::<u64>(), 0..40)) {
            let mut folded: Vec<u64> = words.windows(5).map(gram_hash).collect();
            folded.sort_unstable();
            folded.dedup();
            prop_assert_eq!(grams(&words), folded);
        }

        /// Hashes placed by their first byte come out as a sort puts them, however many share one.
        #[test]
        fn hashes_are_sorted_as_a_sort_sorts_them(v in prop::collection::vec(any::<u64>(), 0..300), same_top in any::<bool>()) {
            let v: Vec<u64> = if same_top { v.iter().map(|h| h & 0x00ff_ffff_ffff_ffff).collect() } else { v };
            let mut expected = v.clone();
            expected.sort_unstable();
            prop_assert_eq!(sorted_hashes(v), expected);
        }

        /// The walk along both lists counts what a search of each shingle would.
        #[test]
        fn one_walk_counts_as_searching_would(a in prop::collection::vec(0u64..40, 0..30), b in prop::collection::vec(0u64..40, 0..30)) {
            let sorted = |mut v: Vec<u64>| { v.sort_unstable(); v.dedup(); v };
            let (a, b) = (sorted(a), sorted(b));
            let (small, big) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
            let searched = small.iter().filter(|h| big.binary_search(h).is_ok()).count();
            let expected = small.len() >= 3 && searched as f64 >= MIN_SHARED * small.len() as f64;
            prop_assert_eq!(same_text(&a, &b), expected);
        }

        /// The opening decides as all words compared would: repeated words, short texts, long ones.
        #[test]
        fn the_opening_says_what_all_words_say(words in prop::collection::vec("(a|b|c)", 0..40), n in 1usize..4) {
            let text = words.iter().map(|w| w.repeat(n)).collect::<Vec<_>>().join(" ");
            let l = letter(&text);
            prop_assert_eq!(enough_grams(&l), five_grams(&l).len() >= 3);
        }

        /// One pass over the bytes finds the words `split_whitespace` finds, hashed as each word alone is.
        #[test]
        fn one_pass_hashes_the_words_one_by_one(text in "([a-zA-Z0-9]{0,6}|[ \t\n]|[\u{a0}\u{2003}]|[äÉİßK—’.,-]){0,40}", cap in 1usize..12) {
            let mut words = Vec::new();
            text_word_hashes(&text, &mut words, cap);
            let alone: Vec<u64> = text.split_whitespace().filter_map(word_hash).take(cap).collect();
            prop_assert_eq!(words, alone);
        }
    }

    /// `n` letters of one writer to one addressee on one day, each in a file of its own, two texts taking turns.
    fn one_day(n: usize) -> Vec<Letter> {
        let texts = [
            "We have received your message of the eighth and thank you for the news it brings of the front.",
            "The weather here is cold and the roads are closed until the spring thaw comes at last.",
        ];
        (0..n)
            .map(|k| {
                let mut l = letter(texts[k % 2]);
                l.file = format!("f{k}.txt").into();
                l.date = crate::model::Date::new(1942, 3, 5);
                l
            })
            .collect()
    }

    #[test]
    fn letters_of_one_day_and_one_pair_of_people_cost_linear_work() {
        let (small, small_work) = find_counting(&one_day(1_000));
        let (large, large_work) = find_counting(&one_day(10_000));
        assert!(large_work <= 11 * small_work, "{small_work} comparisons for 1,000 letters, {large_work} for 10,000");
        // Printings of one text are found, not those of the other: the first letter's are the next even ones.
        assert_eq!(small[0], vec![2, 4, 6, 8, 10, 12, 14, 16]);
        assert_eq!(large[1], vec![3, 5, 7, 9, 11, 13, 15, 17]);
    }

    #[test]
    fn a_text_printed_twice_is_one_letter_and_a_different_one_is_not() {
        let text = "We have received your message of the eighth and thank you for the news it brings of the front.";
        let (a, b) = (letter(text), letter(&text.to_uppercase()));
        assert!(same_text(&five_grams(&a), &five_grams(&b)));
        let other = letter("The weather here is cold and the roads are closed until the spring thaw comes at last.");
        assert!(!same_text(&five_grams(&a), &five_grams(&other)));
        assert!(enough_grams(&a));
        assert!(!enough_grams(&letter("Yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes")));
    }
}
