//! `!`: what `letters check` reports for the corpus, in an overlay; Enter opens the letter a report is about.

use super::app::App;
use super::state::{Overlay, Pane};
use crate::model::{Corpus, LetterIx, Warning};
use crate::presentation::export::all_warnings;

impl App {
    /// `!`: opens the diagnostics overlay (computed the first time).
    pub(crate) fn open_diagnostics(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        if self.diagnostics.is_empty() {
            self.diagnostics = all_warnings(corpus);
        }
        self.overlay = Some(Overlay::Diagnostics { selected: 0 });
    }

    /// Enter in the diagnostics overlay: the letter the report is about (the last one starting at or before its
    /// line in its file).
    pub(crate) fn jump_to_diagnostic(&mut self, selected: usize) {
        let Some(w) = self.diagnostics.get(selected) else { return };
        let found = self.corpus.as_ref().and_then(|c| letter_at(c, w));
        match found {
            Some(ix) => {
                self.overlay = None;
                self.jump_to_letter(ix, Pane::Reader);
            }
            None => self.status.say("this report is about no letter (a whole file)"),
        }
    }
}

/// The letter a report points into: in its file, the last letter starting at or before its line.
fn letter_at(corpus: &Corpus, w: &Warning) -> Option<LetterIx> {
    let in_file = corpus.letters.iter().enumerate().filter(|(_, l)| l.file == w.file);
    let before = in_file.clone().filter(|(_, l)| l.line <= w.line).max_by_key(|(_, l)| l.line).map(|(i, _)| i);
    before.or_else(|| (w.line > 0).then(|| in_file.min_by_key(|(_, l)| l.line).map(|(i, _)| i)).flatten())
}
