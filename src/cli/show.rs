//! `letters show`: one letter as wrapped plain text. A header (id, heading, sender → recipient, date, reply
//! links), the body wrapped to the width with numbered paragraphs hanging, footnote markers shown as `[75]` or
//! `[*]` where they stood, page breaks as a rule with the page number, the source, then the footnotes.

use super::out;
use crate::model::{Corpus, Input, Letter, LetterIx, ReplyBasis};
use crate::text::sanitize::sanitize;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// The narrowest and widest widths `--width` is held to.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 1000;

pub fn run(input: &Input, id: &str, width: Option<usize>) -> anyhow::Result<ExitCode> {
    let width = width.unwrap_or_else(default_width).clamp(MIN_WIDTH, MAX_WIDTH);
    let corpus = super::load(input)?;
    let ix = super::find_letter(&corpus, id)?;
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

/// One letter as text wrapped to `width` columns, ending with a newline.
pub fn render(corpus: &Corpus, ix: LetterIx, width: usize) -> String {
    let l = &corpus.letters[ix];
    let mut out = Vec::new();
    out.push(sanitize(&l.id).into_owned());
    push_pieces(&mut out, &pieces(l, -1), width, "");
    let mut who = format!("{} → {}", l.sender, l.recipient);
    match (l.date, l.date_kind) {
        (Some(d), Some(kind)) => who.push_str(&format!(" · {} {}", kind.as_str(), d.short())),
        (Some(d), None) => who.push_str(&format!(" · {}", d.short())),
        (None, _) => who.push_str(" · undated"),
    }
    push_wrapped(&mut out, &who, width, "", "");
    let meta: Vec<String> =
        [l.number.as_ref().map(|n| format!("No. {n}")), l.classification.clone()].into_iter().flatten().collect();
    if !meta.is_empty() {
        push_wrapped(&mut out, &meta.join(" · "), width, "", "");
    }
    if let Some(parent) = l.replies_to.and_then(|p| corpus.letters.get(p)) {
        let basis = match l.reply_basis {
            Some(ReplyBasis::Explicit) => " (explicit)",
            Some(ReplyBasis::Inferred) => " (inferred)",
            None => "",
        };
        push_wrapped(&mut out, &format!("In reply to {}{basis}", sanitize(&parent.id)), width, "", "");
        if let Some(e) = crate::loader::threads::reply_evidence(corpus, ix) {
            push_wrapped(&mut out, &sanitize(&e), width, "  ", "  ");
        }
    }
    if !l.editions.is_empty() {
        let ids: Vec<String> =
            l.editions.iter().filter_map(|&e| corpus.letters.get(e)).map(|e| sanitize(&e.id).into_owned()).collect();
        push_wrapped(&mut out, &format!("Also printed as: {}", ids.join(", ")), width, "", "");
    }
    if let Some(replies) = corpus.replies.get(ix).filter(|r| !r.is_empty()) {
        let ids: Vec<String> =
            replies.iter().filter_map(|&r| corpus.letters.get(r)).map(|r| sanitize(&r.id).into_owned()).collect();
        push_wrapped(&mut out, &format!("Replies: {}", ids.join(", ")), width, "", "");
    }
    out.push("─".repeat(width));
    for p in 0..l.paragraphs.len() {
        out.push(String::new());
        let text = &l.paragraphs[p];
        push_pieces(&mut out, &pieces(l, p as isize), width, &" ".repeat(hanging(text)));
    }
    if let Some(source) = &l.source {
        out.push(String::new());
        push_wrapped(&mut out, &format!("Source: {source}"), width, "", "");
    }
    push_footnotes(&mut out, l, width);
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The footnotes at the end: one per marker in order of appearance, then the texts no marker points at.
fn push_footnotes(out: &mut Vec<String>, l: &Letter, width: usize) {
    if l.footnote_refs.is_empty() && l.footnotes.is_empty() {
        return;
    }
    out.push(String::new());
    out.push("─".repeat(width.min(20)));
    for r in &l.footnote_refs {
        let tag = format!("[{}] ", r.marker);
        let text = match r.footnote.and_then(|f| l.footnotes.get(f)) {
            Some(f) => f.text.clone(),
            None => "(no footnote text for this marker in the file)".to_string(),
        };
        push_wrapped(out, &format!("{tag}{text}"), width, "", &" ".repeat(tag.chars().count()));
    }
    for (i, f) in l.footnotes.iter().enumerate() {
        if !l.footnote_refs.iter().any(|r| r.footnote == Some(i)) {
            let tag = format!("[{}] ", f.label);
            let text = format!("{tag}{} (no marker in the letter)", f.text);
            push_wrapped(out, &text, width, "", &" ".repeat(tag.chars().count()));
        }
    }
}

/// The indent of a numbered paragraph's following lines: the width of `12. `; 0 for other paragraphs.
fn hanging(text: &str) -> usize {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && text[digits..].starts_with(". ") { digits + 2 } else { 0 }
}

/// A paragraph cut at its page breaks.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    /// Text, with its footnote markers put back as `[75]`.
    Text(String),
    /// A page of the printed edition begins here.
    Page(String),
}

/// Paragraph `p` (-1 = the heading) of a letter with markers and page breaks where they stood.
fn pieces(l: &Letter, p: isize) -> Vec<Piece> {
    let text = l.text_of(p);
    let at = |offset: usize| {
        let mut o = offset.min(text.len());
        while !text.is_char_boundary(o) {
            o -= 1;
        }
        o
    };
    // (offset, 0 = marker / 1 = page, index): a marker glued to a word comes before a page break at its offset.
    let mut events: Vec<(usize, u8, usize)> = Vec::new();
    events.extend(
        l.footnote_refs.iter().enumerate().filter(|(_, r)| r.paragraph == p).map(|(i, r)| (at(r.offset), 0, i)),
    );
    events.extend(l.pages.iter().enumerate().filter(|(_, b)| b.paragraph == p).map(|(i, b)| (at(b.offset), 1, i)));
    events.sort_unstable();
    let mut out = Vec::new();
    let mut cur = String::with_capacity(text.len() + 8 * events.len());
    let mut pos = 0;
    for (offset, kind, i) in events {
        cur.push_str(&text[pos..offset]);
        pos = offset;
        if kind == 0 {
            cur.push('[');
            cur.push_str(&l.footnote_refs[i].marker);
            cur.push(']');
        } else {
            let done = std::mem::take(&mut cur);
            if !done.trim().is_empty() {
                out.push(Piece::Text(done.trim_end().to_string()));
            }
            out.push(Piece::Page(l.pages[i].page.clone()));
        }
    }
    cur.push_str(&text[pos..]);
    if !cur.trim().is_empty() || out.is_empty() {
        out.push(Piece::Text(cur.trim().to_string()));
    }
    out
}

/// Wraps the pieces of one paragraph: its first line flush, the rest (also after a page break) hanging.
fn push_pieces(out: &mut Vec<String>, pieces: &[Piece], width: usize, hang: &str) {
    let mut first = true;
    for piece in pieces {
        match piece {
            Piece::Text(t) => {
                push_wrapped(out, t, width, if first { "" } else { hang }, hang);
                first = false;
            }
            Piece::Page(page) => out.push(page_rule(page, width)),
        }
    }
}

/// `──── page 740 ────` across the width.
fn page_rule(page: &str, width: usize) -> String {
    let label = format!(" page {} ", sanitize(page));
    let fill = width.saturating_sub(label.chars().count());
    let left = fill.min(4);
    format!("{}{label}{}", "─".repeat(left), "─".repeat(fill - left))
}

fn push_wrapped(out: &mut Vec<String>, text: &str, width: usize, first: &str, rest: &str) {
    let opts = textwrap::Options::new(width).initial_indent(first).subsequent_indent(rest);
    out.extend(textwrap::wrap(text, opts).into_iter().map(|line| line.trim_end().to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, DateKind, Footnote, FootnoteRef, PageBreak};

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
Roosevelt[75]
Stalin → Roosevelt · sent 7
Apr 1945
──────────────────────────────

I gave consideration to the
question.

2. The task announced at the
   Crimea Conference[76]
──── page 740 ────────────────
   is to bind the troops of
   the enemy.

────────────────────
[75] Copy of telegram obtained
     from the Library.
[76] (no footnote text for
     this marker in the file)
[2] Unlinked note. (no marker
    in the letter)
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
        assert!(got.contains("С[75]талин"), "{got}");
        assert!(got.contains("Stalin → Roosevelt · undated"), "{got}");
    }
}
