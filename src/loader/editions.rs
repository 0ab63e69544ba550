//! One letter printed in several editions: two letters with the same people, dates at most [`MAX_DAYS_APART`]
//! days apart (or both undated) and most of their word 5-grams shared are printings of one letter. Each letter is compared with a
//! bounded number of neighbours (same people, nearby dates), so the work grows linearly with the corpus.

use crate::model::{Letter, LetterIx};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Days two printings' dates may differ (one edition prints the date sent, another the date received).
pub const MAX_DAYS_APART: i64 = 3;
/// Share of the shorter text's word 5-grams the other printing must hold.
pub const MIN_SHARED: f64 = 0.8;
/// Neighbours each letter is compared with, at most.
const NEIGHBOURS: usize = 4;
/// Printings listed for one letter, at most.
const MAX_EDITIONS: usize = 8;

/// Senders, recipients (sorted) and whether the letters are dated: who may be printings of one letter.
type GroupKey<'a> = (Vec<&'a str>, Vec<&'a str>, bool);

/// For each letter, the other printings of it (empty for most letters).
pub fn find(letters: &[Letter]) -> Vec<Vec<LetterIx>> {
    // Dated letters are compared with dated ones of nearby dates; undated ones with undated ones only.
    let mut groups: FxHashMap<GroupKey<'_>, Vec<(i64, LetterIx)>> = FxHashMap::default();
    for (ix, l) in letters.iter().enumerate() {
        let day = l.date.map_or(0, |d| d.day_number());
        let mut s: Vec<&str> = l.sender.names().collect();
        let mut r: Vec<&str> = l.recipient.names().collect();
        if s.is_empty() || r.is_empty() {
            continue;
        }
        s.sort_unstable();
        r.sort_unstable();
        groups.entry((s, r, l.date.is_some())).or_default().push((day, ix));
    }
    // Groups hold different letters, so each is linked on its own (in parallel), and their links joined.
    let lists: Vec<Vec<(i64, LetterIx)>> = groups.into_values().filter(|l| l.len() > 1).collect();
    let joined: Vec<Vec<(LetterIx, LetterIx)>> = lists.into_par_iter().map(|list| link_group(letters, list)).collect();
    let mut parent: Vec<LetterIx> = (0..letters.len()).collect();
    for (a, b) in joined.into_iter().flatten() {
        let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
        parent[rb] = ra;
    }
    let mut members: FxHashMap<LetterIx, Vec<LetterIx>> = FxHashMap::default();
    for ix in 0..letters.len() {
        if parent[ix] != ix || members.contains_key(&ix) {
            let root = find_root(&mut parent, ix);
            members.entry(root).or_default().push(ix);
        }
    }
    let mut out = vec![Vec::new(); letters.len()];
    for (root, mut list) in members {
        if !list.contains(&root) {
            list.push(root);
        }
        list.sort_unstable();
        for &ix in &list {
            out[ix] = list.iter().copied().filter(|&o| o != ix).take(MAX_EDITIONS).collect();
        }
    }
    out
}

/// The printings found among one group's letters (same people), each letter compared with at most
/// [`NEIGHBOURS`] of the next dates: pairs of letters found to be one letter.
fn link_group(letters: &[Letter], mut list: Vec<(i64, LetterIx)>) -> Vec<(LetterIx, LetterIx)> {
    list.sort_unstable();
    let mut parent: Vec<usize> = (0..list.len()).collect();
    let mut joined = Vec::new();
    // Shingles of the letters in the window being compared, by position modulo the window's size: a letter's
    // are dropped once no later letter can be compared with it.
    let mut window: Vec<(usize, Option<Vec<u64>>)> = vec![(usize::MAX, None); NEIGHBOURS + 1];
    for (k, &(day, a)) in list.iter().enumerate() {
        for (j, &(other_day, b)) in list.iter().enumerate().skip(k + 1).take(NEIGHBOURS) {
            if other_day - day > MAX_DAYS_APART {
                break;
            }
            if letters[a].file == letters[b].file || find_root(&mut parent, k) == find_root(&mut parent, j) {
                continue;
            }
            let same = if letters[a].paragraphs == letters[b].paragraphs {
                // One text twice: the same shingles, shared whole when there are enough of them.
                match &window[k % window.len()] {
                    (at, Some(g)) if *at == k => g.len() >= 3,
                    _ => enough_grams(&letters[a]),
                }
            } else {
                for (pos, ix) in [(k, a), (j, b)] {
                    let slot = pos % window.len();
                    if window[slot].0 != pos {
                        window[slot] = (pos, Some(five_grams(&letters[ix])));
                    }
                }
                let grams = |pos: usize| window[pos % window.len()].1.as_deref().unwrap_or(&[]);
                same_text(grams(k), grams(j))
            };
            if same {
                let (rk, rj) = (find_root(&mut parent, k), find_root(&mut parent, j));
                parent[rj] = rk;
                joined.push((a, b));
            }
        }
    }
    joined
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

/// FNV-1a over a word's lowercase letters and digits; `None` for a word of neither.
fn word_hash(w: &str) -> Option<u64> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut any = false;
    let mut eat = |c: u64| {
        any = true;
        h = (h ^ c).wrapping_mul(0x0100_0000_01b3);
    };
    if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_alphanumeric).for_each(|b| eat(u64::from(b.to_ascii_lowercase())));
    } else {
        w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).for_each(|c| eat(c as u64));
    }
    any.then_some(h)
}

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
    let opening = word_hashes(l, OPENING_WORDS);
    // The opening's 5-grams are some of the sample's: three there are three in the sample.
    grams(&opening).len() >= 3 || (opening.len() == OPENING_WORDS && five_grams(l).len() >= 3)
}

/// [`word_hash`] of the letter's first `cap` words.
fn word_hashes(l: &Letter, cap: usize) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(cap);
    for p in &l.paragraphs {
        if words.len() == cap {
            break;
        }
        if p.is_ascii() {
            ascii_word_hashes(p.as_bytes(), &mut words, cap);
            continue;
        }
        for w in p.split_whitespace() {
            if words.len() == cap {
                break;
            }
            if let Some(h) = word_hash(w) {
                words.push(h);
            }
        }
    }
    words
}

/// The hashes of the 5-grams of words' hashes, sorted, without repeats.
fn grams(words: &[u64]) -> Vec<u64> {
    let mut grams: Vec<u64> = words
        .windows(5)
        .map(|w| w.iter().fold(0u64, |acc, &x| acc.rotate_left(13) ^ x.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// [`word_hash`] of each whitespace-separated word of ASCII text, in one pass over its bytes, until `words`
/// holds `cap`.
fn ascii_word_hashes(text: &[u8], words: &mut Vec<u64>, cap: usize) {
    const START: u64 = 0xcbf2_9ce4_8422_2325;
    let (mut h, mut any) = (START, false);
    // The bytes `char::is_whitespace` (what `split_whitespace` splits on) holds to be white in ASCII.
    for &b in text.iter().chain([b' '].iter()) {
        if b == b' ' || (b'\t'..=b'\r').contains(&b) {
            if any {
                if words.len() == cap {
                    return;
                }
                words.push(h);
            }
            (h, any) = (START, false);
        } else if b.is_ascii_alphanumeric() {
            any = true;
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
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
