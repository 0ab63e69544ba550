//! Which letters have been opened, as the list, the status line and the unread filter see it.

use crate::model::LetterIx;

/// For each letter whether it has been opened, how many have not, and the one kept unread with `U`.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReadMarks {
    read: Vec<bool>,
    /// How many letters have not been opened.
    pub(crate) unread: usize,
    /// A letter marked unread with `U`: not marked read again until it is left.
    kept_unread: Option<LetterIx>,
}

impl ReadMarks {
    /// `letters` letters, those of `read` opened.
    pub(crate) fn new(letters: usize, read: impl IntoIterator<Item = LetterIx>) -> ReadMarks {
        let mut marks = vec![false; letters];
        for ix in read {
            if let Some(r) = marks.get_mut(ix) {
                *r = true;
            }
        }
        let unread = marks.iter().filter(|r| !**r).count();
        ReadMarks { read: marks, unread, kept_unread: None }
    }

    /// Whether a letter has been opened.
    pub(crate) fn is_read(&self, ix: LetterIx) -> bool {
        self.read.get(ix).copied().unwrap_or(false)
    }

    /// Marks a letter open; true when it was not before (and is not kept unread).
    pub(crate) fn mark(&mut self, ix: LetterIx) -> bool {
        if self.kept_unread.is_some_and(|k| k == ix) {
            return false;
        }
        self.kept_unread = None;
        let Some(r) = self.read.get_mut(ix).filter(|r| !**r) else { return false };
        *r = true;
        self.unread = self.unread.saturating_sub(1);
        true
    }

    /// `U`: a letter unread again, and kept so until another is opened.
    pub(crate) fn unmark(&mut self, ix: LetterIx) {
        if let Some(r) = self.read.get_mut(ix)
            && *r
        {
            *r = false;
            self.unread += 1;
        }
        self.kept_unread = Some(ix);
    }
}
