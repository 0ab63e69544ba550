//! The letters in reading order (the list's sort), and each letter's place in it and in its thread.

use crate::model::order::{SortOrder, sorted};
use crate::model::{Corpus, LetterIx};

/// Every letter in reading order, each letter's position in it, and each letter's position in its thread.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReadingOrder {
    /// Every letter, in reading order.
    pub(crate) letters: Vec<LetterIx>,
    /// For each letter, its position in reading order.
    pub(crate) pos: Vec<usize>,
    /// For each letter, its position in its thread.
    pub(crate) thread_pos: Vec<usize>,
}

impl ReadingOrder {
    /// The corpus's reading order (every letter once, else the letters as loaded).
    pub(crate) fn new(corpus: &Corpus) -> ReadingOrder {
        let n = corpus.letters.len();
        let mut letters: Vec<LetterIx> = corpus.reading_order.iter().copied().filter(|&i| i < n).collect();
        if letters.len() != n {
            letters = (0..n).collect();
        }
        let mut thread_pos = vec![0; n];
        for t in &corpus.threads {
            for (p, &ix) in t.letters.iter().enumerate() {
                if let Some(x) = thread_pos.get_mut(ix) {
                    *x = p;
                }
            }
        }
        let mut order = ReadingOrder { letters, pos: vec![usize::MAX; n], thread_pos };
        order.place();
        order
    }

    /// The letters sorted by `sort`.
    pub(crate) fn sort(&mut self, corpus: &Corpus, sort: SortOrder) {
        self.letters = sorted(corpus, sort);
        self.place();
    }

    fn place(&mut self) {
        for (p, &ix) in self.letters.iter().enumerate() {
            if let Some(x) = self.pos.get_mut(ix) {
                *x = p;
            }
        }
    }

    /// A letter's position in its thread (0 when unknown).
    pub(crate) fn in_thread(&self, ix: LetterIx) -> usize {
        self.thread_pos.get(ix).copied().unwrap_or(0)
    }
}
