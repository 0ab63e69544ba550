//! Header blocks (the heading and the From/To, Date, Source... lines under it) in full or cut to one row each:
//! cut by default when the reading pane is low, so the letter's text keeps most of the pane; `H` toggles. The
//! header line holding the search match shown is in full.

use super::app::App;
use crate::model::LetterIx;
use crate::presentation::layout::Headers;

/// Below this many rows of text in the reading pane (a terminal under 24 rows), header blocks are cut to one row
/// each unless asked for in full.
pub(crate) const FULL_HEADERS_FROM: usize = 20;

impl App {
    /// Whether header blocks are cut to a row each: as asked with `H`, else when the reading pane is low.
    pub(crate) fn headers_cut(&self) -> bool {
        match self.reader_pane.headers_full {
            Some(full) => !full,
            None => self.reader_view().1 < FULL_HEADERS_FROM,
        }
    }

    /// `H`: header blocks in full, or cut to one row each.
    pub(crate) fn toggle_headers(&mut self) {
        let full = self.headers_cut();
        self.reader_pane.headers_full = Some(full);
        self.status.message = Some(if full { "header lines in full" } else { "header lines cut to a row each" }.into());
    }

    /// How `letter`'s header blocks are laid out: in full, or cut but for the block holding the search match
    /// shown, which a search for words cut away would otherwise hide.
    pub(crate) fn headers_of(&mut self, letter: LetterIx) -> Headers {
        if !self.headers_cut() {
            return Headers::Full;
        }
        let m = self.search.as_ref().filter(|s| !s.hidden).and_then(|s| s.matches.get(s.current?)).copied();
        let except = match (m, &self.corpus) {
            (Some(m), Some(corpus)) if m.letter == letter => {
                let doc = self.reader_pane.cache.doc(corpus, letter);
                doc.locate(m.part, m.start, m.end).map(|(block, _, _)| block).filter(|&b| b < doc.body)
            }
            _ => None,
        };
        Headers::Cut { except }
    }
}
