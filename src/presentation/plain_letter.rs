//! One letter as plain text, as `letters show` prints it and the reader pipes or saves it: the id, then the
//! letter's display document (heading, header fields, rule, body, notes) row by row as the reading pane lays it out
//! at the same width.

use super::doc::Doc;
use super::layout::{Layout, row_text};
use crate::model::{Corpus, LetterIx};
use crate::text::sanitize::sanitize;
use std::io::{self, Write};
use std::rc::Rc;

/// One letter as text wrapped to `width` columns, ending with a newline: the id, then the rows the reading pane
/// lays out at that width (heading, header fields, rule, body, notes).
pub(crate) fn render(corpus: &Corpus, ix: LetterIx, width: usize) -> String {
    let mut buf = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(corpus, ix, width, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Rows laid out and written this many at a time: a long letter at a narrow width is never held as rows whole.
const CHUNK_ROWS: usize = 512;

/// [`render`], written to `w` as it is laid out, a chunk of rows at a time.
pub(crate) fn write(corpus: &Corpus, ix: LetterIx, width: usize, w: &mut dyn Write) -> io::Result<()> {
    let Some(l) = corpus.letters.get(ix) else { return Ok(()) };
    let doc = Rc::new(Doc::build(corpus, ix));
    let layout = Layout::new(Rc::clone(&doc), width);
    writeln!(w, "{}", sanitize(&l.id))?;
    let mut at = 0;
    while at < layout.len() {
        let n = CHUNK_ROWS.min(layout.len() - at);
        for r in layout.rows(at, n) {
            writeln!(w, "{}", row_text(&doc, &layout, &r))?;
        }
        at += n;
    }
    Ok(())
}
