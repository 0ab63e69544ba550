//! Reply links and threads: the reading order, references resolved to letters, implicit replies inferred,
//! letters grouped into threads.

use super::edition::{self, Previous};
use crate::model::Date;
use crate::model::{Corpus, LetterIx, RefTarget, ReplyBasis, Thread};
use std::collections::{HashMap, HashSet};

/// Days a referenced date may differ from the letter's (a message is dated sent by one side, received by the other).
const SLACK_DAYS: i64 = 3;

/// Sets `reading_order`, resolves references, sets `replies_to` and `reply_basis`, builds `replies` and `threads`.
pub fn link(corpus: &mut Corpus) {
    corpus.reading_order = reading_order(corpus);
    let n = corpus.letters.len();
    let mut pos = vec![0usize; n];
    for (k, &ix) in corpus.reading_order.iter().enumerate() {
        pos[ix] = k;
    }
    let index = PairIndex::build(corpus, &pos);
    let links: Vec<Links> = (0..n).map(|ix| resolve(corpus, ix, &index, &pos)).collect();
    drop(index);
    let edition = edition::previous(&corpus.letters);
    let refs = edition::letter_refs(&corpus.letters);
    for (l, found) in corpus.letters.iter_mut().zip(refs) {
        for (r, f) in l.letter_refs.iter_mut().zip(found) {
            r.letter = f;
        }
    }
    for ((l, links), prev) in corpus.letters.iter_mut().zip(links).zip(edition) {
        for (r, f) in l.references.iter_mut().zip(links.references) {
            r.letter = f.or(r.letter);
        }
        // The edition's own link wins over one read from the text.
        let parent = match prev {
            Some(Previous::Answers(p)) => Some((p, ReplyBasis::Edition)),
            _ => links.parent,
        };
        l.follows = match prev {
            Some(Previous::Follows(p)) => Some(p),
            _ => None,
        };
        (l.replies_to, l.reply_basis) = match parent {
            Some((p, basis)) => (Some(p), Some(basis)),
            None => (None, None),
        };
    }
    let mut replies = vec![Vec::new(); n];
    for &ix in &corpus.reading_order {
        if let Some(parent) = corpus.letters[ix].replies_to {
            replies[parent].push(ix);
        }
    }
    corpus.replies = replies;
    corpus.threads = threads(corpus);
}

/// Letters by date; an undated letter right after the letter before it in its file, or first if it opens it.
fn reading_order(corpus: &Corpus) -> Vec<LetterIx> {
    let mut keys: Vec<(Option<Date>, usize)> = Vec::with_capacity(corpus.letters.len());
    let mut prev: Option<(&str, Option<Date>)> = None;
    for (ix, l) in corpus.letters.iter().enumerate() {
        let inherited = match prev {
            Some((file, d)) if file == l.file => d,
            _ => None,
        };
        let eff = l.date.or(inherited);
        keys.push((eff, ix));
        prev = Some((l.file.as_str(), eff));
    }
    keys.sort();
    keys.into_iter().map(|(_, ix)| ix).collect()
}

/// Letters from one person to another: by date (dated ones) and by reading position (all).
#[derive(Default)]
struct Pair {
    by_date: Vec<(Date, LetterIx)>,
    by_pos: Vec<usize>,
}

/// Every (sender, recipient) pair, people of joint letters counted one by one.
struct PairIndex<'a> {
    pairs: HashMap<(&'a str, &'a str), Pair>,
}

impl<'a> PairIndex<'a> {
    fn build(corpus: &'a Corpus, pos: &[usize]) -> PairIndex<'a> {
        let mut pairs: HashMap<(&str, &str), Pair> = HashMap::new();
        for &ix in &corpus.reading_order {
            let l = &corpus.letters[ix];
            for s in l.sender.names() {
                for r in l.recipient.names() {
                    let pair = pairs.entry((s, r)).or_default();
                    pair.by_pos.push(pos[ix]);
                    if let Some(d) = l.date {
                        pair.by_date.push((d, ix));
                    }
                }
            }
        }
        for p in pairs.values_mut() {
            p.by_date.sort();
        }
        PairIndex { pairs }
    }

    /// The letter from `from` to `to` closest to `date` (within `slack` days), earlier in reading order than `before`.
    /// Letters in `taken` are left to the reference that took them.
    #[allow(clippy::too_many_arguments)]
    fn dated(
        &self,
        from: &str,
        to: &str,
        date: Date,
        slack: i64,
        before: usize,
        pos: &[usize],
        taken: &HashSet<LetterIx>,
    ) -> Option<LetterIx> {
        let pair = self.pairs.get(&(from, to))?;
        let day = date.day_number();
        let lo = pair.by_date.partition_point(|(d, _)| d.day_number() < day - slack);
        pair.by_date[lo..]
            .iter()
            .take_while(|(d, _)| d.day_number() <= day + slack)
            .filter(|(_, ix)| pos[*ix] < before && !taken.contains(ix))
            .min_by_key(|(d, _)| ((d.day_number() - day).abs(), std::cmp::Reverse(*d)))
            .map(|(_, ix)| *ix)
    }

    /// The latest letter from `from` to `to` earlier in reading order than `before`.
    fn latest_before(&self, from: &str, to: &str, before: usize, order: &[LetterIx]) -> Option<(usize, LetterIx)> {
        let pair = self.pairs.get(&(from, to))?;
        let k = pair.by_pos.partition_point(|&p| p < before);
        let p = *pair.by_pos.get(k.checked_sub(1)?)?;
        Some((p, order[p]))
    }
}

/// What a letter's references resolve to, and the letter it replies to.
struct Links {
    references: Vec<Option<LetterIx>>,
    parent: Option<(LetterIx, ReplyBasis)>,
}

fn resolve(corpus: &Corpus, ix: LetterIx, index: &PairIndex<'_>, pos: &[usize]) -> Links {
    let me = pos[ix];
    let l = &corpus.letters[ix];
    // Exact dates first; then, with a few days' slack, letters no other reference of this letter took exactly.
    let mut found: Vec<Option<LetterIx>> = vec![None; l.references.len()];
    let mut taken: HashSet<LetterIx> = HashSet::new();
    for slack in [0, SLACK_DAYS] {
        for (k, r) in l.references.iter().enumerate() {
            if found[k].is_some() {
                continue;
            }
            let Some(d) = r.date else { continue };
            let (from, to) = match r.target {
                RefTarget::Addressee => (&l.recipient, &l.sender),
                RefTarget::Own => (&l.sender, &l.recipient),
            };
            found[k] = from
                .names()
                .flat_map(|f| to.names().map(move |t| (f, t)))
                .find_map(|(f, t)| index.dated(f, t, d, slack, me, pos, &taken));
            taken.extend(found[k]);
        }
    }
    let explicit_addressee = l.references.iter().any(|r| r.target == RefTarget::Addressee);
    let parent_explicit = l
        .references
        .iter()
        .zip(&found)
        .filter(|(r, _)| r.target == RefTarget::Addressee)
        .filter_map(|(_, f)| *f)
        .max_by_key(|&t| pos[t]);
    let parent_inferred = if explicit_addressee || !l.thanks_implicitly {
        None
    } else {
        l.recipient
            .names()
            .flat_map(|f| l.sender.names().map(move |t| (f, t)))
            .filter_map(|(f, t)| index.latest_before(f, t, me, &corpus.reading_order))
            .max_by_key(|(p, _)| *p)
            .map(|(_, ix)| ix)
    };
    let parent = match (parent_explicit, parent_inferred) {
        (Some(p), _) => Some((p, ReplyBasis::Explicit)),
        (None, Some(p)) => Some((p, ReplyBasis::Inferred)),
        (None, None) => None,
    };
    Links { references: found, parent }
}

/// Groups letters by their reply links: each connected tree is a thread, its id the id of its first letter.
fn threads(corpus: &mut Corpus) -> Vec<Thread> {
    let n = corpus.letters.len();
    let mut root_of = vec![usize::MAX; n];
    let mut threads: Vec<Thread> = Vec::new();
    // Parents come earlier in reading order, so one pass in that order finds every letter's thread.
    for &ix in &corpus.reading_order {
        let l = &corpus.letters[ix];
        let t = match l.replies_to.or(l.follows) {
            Some(p) if root_of[p] != usize::MAX => {
                if l.replies_to.is_none() {
                    // It continues the thread without answering a letter in it.
                    threads[root_of[p]].roots.push(ix);
                }
                root_of[p]
            }
            _ => {
                threads.push(Thread { id: corpus.letters[ix].id.clone(), roots: vec![ix], letters: Vec::new() });
                threads.len() - 1
            }
        };
        root_of[ix] = t;
        threads[t].letters.push(ix);
    }
    for (ix, l) in corpus.letters.iter_mut().enumerate() {
        l.thread = root_of[ix];
    }
    threads
}
