//! One letter printed in several editions: two letters with the same people, dates at most [`MAX_DAYS_APART`]
//! days apart (or both undated) and most of their word 5-grams shared are printings of one letter. Each letter is compared with a
//! bounded number of neighbours (same people, nearby dates), so the work grows linearly with the corpus.

use crate::model::{Letter, LetterIx};
use std::collections::HashMap;

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
    let mut groups: HashMap<GroupKey<'_>, Vec<(i64, LetterIx)>> = HashMap::new();
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
    let mut parent: Vec<LetterIx> = (0..letters.len()).collect();
    for list in groups.values_mut() {
        list.sort_unstable();
        // Shingles of the letters in the window being compared: a letter's are dropped once no later letter
        // can be compared with it.
        let mut window: HashMap<usize, Vec<u64>> = HashMap::new();
        for (k, &(day, a)) in list.iter().enumerate() {
            if k > NEIGHBOURS {
                window.remove(&(k - NEIGHBOURS - 1));
            }
            for (j, &(other_day, b)) in list.iter().enumerate().skip(k + 1).take(NEIGHBOURS) {
                if other_day - day > MAX_DAYS_APART {
                    break;
                }
                if letters[a].file == letters[b].file || find_root(&mut parent, a) == find_root(&mut parent, b) {
                    continue;
                }
                window.entry(k).or_insert_with(|| five_grams(&letters[a]));
                window.entry(j).or_insert_with(|| five_grams(&letters[b]));
                if same_text(&window[&k], &window[&j]) {
                    let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
                    parent[rb] = ra;
                }
            }
        }
    }
    let mut members: HashMap<LetterIx, Vec<LetterIx>> = HashMap::new();
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
    let mut words: Vec<u64> = Vec::with_capacity(SAMPLE_WORDS);
    'all: for p in &l.paragraphs {
        for w in p.split_whitespace() {
            if words.len() == SAMPLE_WORDS {
                break 'all;
            }
            if let Some(h) = word_hash(w) {
                words.push(h);
            }
        }
    }
    let mut grams: Vec<u64> = words
        .windows(5)
        .map(|w| w.iter().fold(0u64, |acc, &x| acc.rotate_left(13) ^ x.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Whether the shorter text's 5-grams are mostly in the longer one's (both sorted).
fn same_text(a: &[u64], b: &[u64]) -> bool {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.len() < 3 {
        return false;
    }
    let shared = small.iter().filter(|h| big.binary_search(h).is_ok()).count();
    shared as f64 >= MIN_SHARED * small.len() as f64
}
