//! `letters show`: one letter as wrapped plain text. A header (id, heading, sender → recipient, date, reply
//! links), then the letter as the reading pane lays it out at the same width (presentation): numbered paragraphs
//! hanging, footnote markers where they stood (`⁷⁵`, `[*]`), page breaks as rules, the source, then the notes.

use super::{corpus_arg, out};
use crate::model::{Corpus, Input, LetterIx, ReplyBasis};
use crate::presentation::doc::Doc;
use crate::presentation::layout::{Layout, row_text, rule_line};
use crate::text::sanitize::sanitize;
use crate::text::wrap::wrap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;

/// The narrowest and widest widths `--width` is held to.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 1000;

pub(crate) fn run(input: &Input, id: &str, width: Option<usize>) -> anyhow::Result<ExitCode> {
    let width = width.unwrap_or_else(default_width).clamp(MIN_WIDTH, MAX_WIDTH);
    let corpus = corpus_arg::load(input)?;
    let ix = corpus_arg::find_letter(&corpus, id)?;
    let text = render(&corpus, ix, width);
    let mut stdout = out::stdout();
    let written = stdout.write_all(text.as_bytes());
    out::finish(written, stdout, ExitCode::SUCCESS)
}

/// The terminal's width when stdout is one, else 80.
fn default_width() -> usize {
    if std::io::stdout().is_terminal() {
        if let Ok((w, _)) = crossterm::terminal::size() {
            if w > 0 {
                return w as usize;
            }
        }
    }
    80
}

/// One letter as text wrapped to `width` columns, ending with a newline: the id, the heading, who wrote to whom
/// and when, the reply links, a rule, then the body and the notes row by row as the reading pane lays them out at
/// that width, with the source between them.
pub(crate) fn render(corpus: &Corpus, ix: LetterIx, width: usize) -> String {
    let l = &corpus.letters[ix];
    let doc = Doc::build(corpus, ix);
    let doc = Rc::new(doc);
    let layout = Layout::new(Rc::clone(&doc), width);
    let rows_of = |blocks: std::ops::Range<usize>, out: &mut Vec<String>| {
        let first = layout.first_row_of(blocks.start);
        let end = if blocks.end >= doc.blocks.len() { layout.len() } else { layout.first_row_of(blocks.end) };
        let first = first.min(end);
        out.extend(layout.rows(first, end - first).iter().map(|r| row_text(&doc, &layout, r)));
    };
    let mut out = vec![sanitize(&l.id).into_owned()];
    rows_of(0..1, &mut out);
    for line in header(corpus, ix) {
        push_wrapped(&mut out, &line, width);
    }
    out.push(rule_line("", width));
    rows_of(doc.body..doc.notes, &mut out);
    if let Some(source) = &l.source {
        out.push(String::new());
        push_wrapped(&mut out, &format!("Source: {source}"), width);
    }
    rows_of(doc.notes..doc.blocks.len(), &mut out);
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The lines under the heading: sender → recipient · date, number and classification, the reply links.
fn header(corpus: &Corpus, ix: LetterIx) -> Vec<String> {
    let l = &corpus.letters[ix];
    let mut out = Vec::new();
    let mut who = format!("{} → {}", l.sender, l.recipient);
    match (l.date_label(), l.date_kind) {
        (Some(d), Some(kind)) => who.push_str(&format!(" · {} {d}", kind.as_str())),
        (Some(d), None) => who.push_str(&format!(" · {d}")),
        (None, _) => who.push_str(" · undated"),
    }
    out.push(who);
    if let Some(place) = &l.place {
        out.push(format!("Place: {place}"));
    }
    if l.document {
        out.push("A document: it names no sender or recipient.".into());
    }
    if let Some(at) = &l.text_at {
        out.push(format!("Text: not in this file; the edition gives it at {at}"));
    }
    let meta: Vec<String> =
        [l.number.as_ref().map(|n| format!("No. {n}")), l.classification.clone()].into_iter().flatten().collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, DateKind, Footnote, FootnoteRef, Letter, PageBreak};

    fn letter() -> Letter {
        let mut l =
            Letter::new("f.txt", 1, "Stalin to President Roosevelt".into(), "Stalin".into(), "Roosevelt".into());
        l.id = "f/1".into();
        l.paragraphs = vec![
            "I gave consideration to the question.".into(),
            "2. The task announced at the Crimea Conference is to bind the troops of the enemy.".into(),
        ];
        l.footnote_refs = vec![
            FootnoteRef { marker: "75".into(), paragraph: -1, offset: 29, footnote: Some(0) },
            FootnoteRef { marker: "76".into(), paragraph: 1, offset: 46, footnote: None },
        ];
        l.footnotes = vec![
            Footnote { label: "1".into(), text: "Copy of telegram obtained from the Library.".into(), line: 9 },
            Footnote { label: "2".into(), text: "Unlinked note.".into(), line: 10 },
        ];
        l.pages = vec![PageBreak { page: "740".into(), paragraph: 1, offset: 47 }];
        l
    }

    #[test]
    fn header_body_page_rule_and_footnotes() {
        let mut l = letter();
        l.date = Date::new(1945, 4, 7);
        l.date_kind = Some(DateKind::Sent);
        let corpus = Corpus { letters: vec![l], ..Corpus::default() };
        let got = render(&corpus, 0, 30);
        let want = "\
f/1
Stalin to President
Roosevelt⁷⁵
Stalin → Roosevelt · sent 7
Apr 1945
──────────────────────────────
I gave consideration to the
question.

2. The task announced at the
   Crimea Conference⁷⁶
── page 740 ──────────────────
is to bind the troops of the
enemy.

── Notes ─────────────────────
⁷⁵ Copy of telegram obtained
   from the Library.

² Unlinked note.

⁷⁶ (no text for this footnote
in the source)
";
        assert_eq!(got, want);
    }

    #[test]
    fn undated_letters_say_so_and_offsets_inside_a_character_do_not_panic() {
        let mut l = letter();
        l.heading = "Сталин".into();
        l.footnote_refs[0].offset = 3;
        let corpus = Corpus { letters: vec![l], ..Corpus::default() };
        let got = render(&corpus, 0, 80);
        assert!(got.contains("С⁷⁵талин"), "{got}");
        assert!(got.contains("Stalin → Roosevelt · undated"), "{got}");
    }
}
