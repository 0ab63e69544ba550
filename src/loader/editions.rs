//! One letter printed in several editions: two letters with the same people, dates at most [`MAX_DAYS_APART`]
//! days apart (or both undated) and most of their word 5-grams shared are printings of one letter. Each letter is compared with a
//! bounded number of neighbours (same people, nearby dates), so the work grows linearly with the corpus.

use crate::model::{Letter, LetterIx};
use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

/// Days two printings' dates may differ (one edition prints the date sent, another the date received).
pub const MAX_DAYS_APART: i64 = 3;
/// Share of the shorter text's word 5-grams the other printing must hold.
pub const MIN_SHARED: f64 = 0.8;
/// Neighbours each letter is compared with, at most.
const NEIGHBOURS: usize = 6;
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
    let mut shingles: HashMap<LetterIx, HashSet<u64>> = HashMap::new();
    for list in groups.values_mut() {
        list.sort_unstable();
        for (k, &(day, a)) in list.iter().enumerate() {
            for &(other_day, b) in list[k + 1..].iter().take(NEIGHBOURS) {
                if other_day - day > MAX_DAYS_APART {
                    break;
                }
                if letters[a].file == letters[b].file || find_root(&mut parent, a) == find_root(&mut parent, b) {
                    continue;
                }
                let sa = shingles.entry(a).or_insert_with(|| five_grams(&letters[a])).clone();
                let sb = shingles.entry(b).or_insert_with(|| five_grams(&letters[b]));
                if same_text(&sa, sb) {
                    let (ra, rb) = (find_root(&mut parent, a), find_root(&mut parent, b));
                    parent[rb] = ra;
                }
            }
        }
        // Shingles are only needed within one group.
        shingles.clear();
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

/// Hashes of the letter's word 5-grams (words lowercased, letters and digits only).
fn five_grams(l: &Letter) -> HashSet<u64> {
    let words: Vec<String> = l
        .paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(5)
        .map(|w| {
            let mut h = DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

fn same_text(a: &HashSet<u64>, b: &HashSet<u64>) -> bool {
    let (small, big) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.len() < 3 {
        return false;
    }
    let shared = small.iter().filter(|h| big.contains(h)).count();
    shared as f64 >= MIN_SHARED * small.len() as f64
}
