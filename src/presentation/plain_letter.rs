//! One letter as plain text, as `letters show` prints it and the reader pipes or saves it: the id, the heading,
//! who wrote to whom and when, the reply links, a rule, then the body and the notes as the reading pane lays them
//! out at the same width, with the source between them.

use super::doc::Doc;
use super::layout::{Layout, row_text, rule_line};
use crate::model::{Corpus, LetterIx, ReplyBasis};
use crate::text::sanitize::sanitize;
use crate::text::wrap::wrap;
use std::io::{self, Write};
use std::rc::Rc;

/// One letter as text wrapped to `width` columns, ending with a newline: the id, the heading, who wrote to whom
/// and when, the reply links, a rule, then the body and the notes row by row as the reading pane lays them out at
/// that width, with the source between them.
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
    let l = &corpus.letters[ix];
    let doc = Rc::new(Doc::build(corpus, ix));
    let layout = Layout::new(Rc::clone(&doc), width);
    let rows_of = |blocks: std::ops::Range<usize>, w: &mut dyn Write| -> io::Result<()> {
        // No blocks (a letter without notes has none after its body): nothing to write.
        if blocks.start >= doc.blocks.len() {
            return Ok(());
        }
        let end = if blocks.end >= doc.blocks.len() { layout.len() } else { layout.first_row_of(blocks.end) };
        let mut at = layout.first_row_of(blocks.start).min(end);
        while at < end {
            let n = CHUNK_ROWS.min(end - at);
            for r in layout.rows(at, n) {
                writeln!(w, "{}", row_text(&doc, &layout, &r))?;
            }
            at += n;
        }
        Ok(())
    };
    writeln!(w, "{}", sanitize(&l.id))?;
    rows_of(0..1, w)?;
    let mut lines = Vec::new();
    for line in header(corpus, ix) {
        push_wrapped(&mut lines, &line, width);
    }
    lines.push(rule_line("", width));
    for line in lines.drain(..) {
        writeln!(w, "{line}")?;
    }
    rows_of(doc.body..doc.notes, w)?;
    if let Some(source) = &l.source {
        lines.push(String::new());
        push_wrapped(&mut lines, &format!("Source: {source}"), width);
        for line in lines.drain(..) {
            writeln!(w, "{line}")?;
        }
    }
    rows_of(doc.notes..doc.blocks.len(), w)
}

/// The lines under the heading: the caption, sender → recipient · date, number and classification, the reply links.
fn header(corpus: &Corpus, ix: LetterIx) -> Vec<String> {
    let l = &corpus.letters[ix];
    let mut out: Vec<String> = l.caption().map(str::to_string).into_iter().collect();
    let mut who = format!("{} → {}", l.sender, l.recipient);
    match (l.date_label(), l.date_kind) {
        (Some(d), Some(kind)) => who.push_str(&format!(" · {} {d}", kind.as_str())),
        (Some(d), None) => who.push_str(&format!(" · {d}")),
        (None, _) => who.push_str(" · undated"),
    }
    out.push(who);
    if let Some(place) = l.place() {
        out.push(format!("Place: {place}"));
    }
    if l.document {
        out.push("A document: it names no sender or recipient.".into());
    }
    if let Some(at) = l.text_at() {
        out.push(format!("Text: not in this file; the edition gives it at {at}"));
    }
    let meta: Vec<String> =
        [l.number.as_ref().map(|n| format!("No. {n}")), l.classification.as_deref().map(str::to_string)]
            .into_iter()
            .flatten()
            .collect();
    if !meta.is_empty() {
        out.push(meta.join(" · "));
    }
    if let Some(parent) = l.replies_to.and_then(|p| corpus.letters.get(p)) {
        let basis = match l.reply_basis {
            Some(ReplyBasis::Explicit) => " (explicit)",
            Some(ReplyBasis::Inferred) => " (inferred)",
            Some(ReplyBasis::Edition) => " (the edition)",
            None => "",
        };
        out.push(format!("In reply to {}{basis}", sanitize(&parent.id)));
        if let Some(e) = crate::loader::threads::reply_evidence(corpus, ix) {
            out.push(sanitize(&e).into_owned());
        }
    }
    if !l.editions.is_empty() {
        let ids: Vec<String> =
            l.editions.iter().filter_map(|&e| corpus.letters.get(e)).map(|e| sanitize(&e.id).into_owned()).collect();
        out.push(format!("Also printed as: {}", ids.join(", ")));
    }
    if let Some(replies) = corpus.replies.get(ix).filter(|r| !r.is_empty()) {
        let ids: Vec<String> =
            replies.iter().filter_map(|&r| corpus.letters.get(r)).map(|r| sanitize(&r.id).into_owned()).collect();
        out.push(format!("Replies: {}", ids.join(", ")));
    }
    out
}

/// Wraps a header line with the one wrapper the letter's rows use.
fn push_wrapped(out: &mut Vec<String>, text: &str, width: usize) {
    out.extend(wrap(text, width, width).into_iter().map(|r| text[r].to_string()));
}
