//! Plain-text letter files as the editions print them (FRUS documents, the 1957 Moscow collection and their kin).
//!
//! The parser reads line by line. Small fixed shapes (`No. 28`, `Received on ...`, a classification) wait for
//! the heading that follows them; a heading opens a letter; body lines gather into blocks that become
//! paragraphs; a date line, `Source:` lines, a separator or a footnote list close the body. Text that belongs to
//! no letter is reported, never made into one.

mod heading;
mod inline;

pub use inline::looked_back;
mod letter;
mod lines;
pub mod names;
mod paragraphs;

use super::{Format, Note, Parsed};
use crate::model::Severity;
use letter::Draft;
use lines::Stamp;
use std::collections::VecDeque;
use std::path::Path;

/// The plain-text format: files ending in `.txt`.
pub struct PlainText;

impl Format for PlainText {
    fn name(&self) -> &'static str {
        "plain text"
    }

    fn accepts(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
    }

    fn parse(&self, file: &str, text: &str) -> Parsed {
        let mut p = Parser { file, ..Parser::default() };
        // A window of three lines slides over the text (the line and the two after it, for a wrapped heading):
        // no list of every line, whose size would follow the number of lines rather than the bytes.
        let mut lines = text.split('\n');
        let mut window: VecDeque<&str> = lines.by_ref().take(3).collect();
        let mut no = 1;
        while let [line, next @ ..] = window.make_contiguous() {
            let used = p.line(no, line, next);
            for _ in 0..=used {
                window.pop_front();
                window.extend(lines.next());
                no += 1;
            }
        }
        p.finish()
    }
}

/// Where the parser stands in the current letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Zone {
    /// Reading the body.
    #[default]
    Body,
    /// Past the body: date line, sources, footnotes.
    After,
}

/// What the previous non-blank line was, for continuation lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Last {
    #[default]
    Blank,
    Body,
    Pre,
    Heading,
    Source,
    Footnote,
    Other,
    Orphan,
}

/// Lines seen before a heading: they belong to the letter the heading opens.
#[derive(Debug, Default)]
struct Pending<'a> {
    number: Option<String>,
    classification: Option<String>,
    stamp: Option<(Stamp, crate::model::date::Found)>,
    raw: Vec<(usize, &'a str)>,
}

#[derive(Default)]
struct Parser<'a> {
    file: &'a str,
    out: Parsed,
    pending: Pending<'a>,
    cur: Option<Draft>,
    zone: Zone,
    block: Vec<(usize, &'a str)>,
    last: Last,
}

impl<'a> Parser<'a> {
    /// Reads one line; `next` holds the two lines after it, for a heading wrapped over several lines. Returns how
    /// many of them it took.
    fn line(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> usize {
        if lines::is_blank(line) {
            self.flush_block();
            self.last = Last::Blank;
            return 0;
        }
        let in_block = self.last != Last::Blank;
        let fresh = self.block.is_empty() || self.block.last().is_some_and(|(_, l)| paragraphs_end(l));

        // Continuations of a footnote or a source line, in the same block.
        if in_block
            && self.last == Last::Footnote
            && lines::item_line(line).is_none()
            && lines::source_line(line).is_none()
        {
            if let Some(d) = self.cur.as_mut() {
                d.continue_footnote(line.trim());
            }
            return 0;
        }
        if in_block
            && self.last == Last::Source
            && lines::source_line(line).is_none()
            && lines::date_line(line).is_none()
        {
            if let Some(d) = self.cur.as_mut() {
                d.continue_source(line.trim());
            }
            return 0;
        }

        if let Some(n) = lines::number_line(line) {
            self.pre(no, line);
            self.pending.number = Some(n.to_string());
            return 0;
        }
        if let Some(stamp) = lines::stamp_line(line) {
            self.pre(no, line);
            self.pending.stamp = Some(stamp);
            return 0;
        }
        if fresh {
            if let Some(c) = lines::classification_line(line) {
                self.pre(no, line);
                self.pending.classification = Some(c.to_string());
                return 0;
            }
            let heading = heading::parse(line).map(|h| (h, 0)).or_else(|| match self.block.is_empty() {
                true => wrapped_heading(line, next),
                false => None,
            });
            if let Some((h, used)) = heading {
                self.flush_block();
                self.close_letter();
                let pending = std::mem::take(&mut self.pending);
                let mut d = Draft::new(self.file, no, h);
                d.number = pending.number;
                d.classification = pending.classification;
                d.stamp = pending.stamp;
                self.cur = Some(d);
                self.zone = Zone::Body;
                self.last = Last::Heading;
                return used;
            }
        }
        if self.cur.is_some() {
            if let Some(src) = lines::source_line(line) {
                self.flush_block();
                if let Some(d) = self.cur.as_mut() {
                    d.add_source(src);
                }
                self.zone = Zone::After;
                self.last = Last::Source;
                return 0;
            }
            if fresh && let Some(date) = lines::date_line(line) {
                self.flush_block();
                if let Some(d) = self.cur.as_mut() {
                    let opening = d.paragraph_count() == 0;
                    d.set_written(date);
                    if !opening {
                        self.zone = Zone::After;
                    }
                }
                self.last = Last::Other;
                return 0;
            }
            if lines::separator_line(line) {
                self.flush_block();
                self.zone = Zone::After;
                self.last = Last::Other;
                return 0;
            }
            if let Some(item) = lines::item_line(line) {
                self.flush_block();
                let is_note = self.cur.as_ref().is_some_and(|d| {
                    self.zone == Zone::After
                        || (item.indented || item.label.starts_with('*')) && d.has_marker_like(item.label)
                });
                if is_note {
                    if let Some(d) = self.cur.as_mut() {
                        d.add_footnote(item.label, item.text, no);
                    }
                    self.zone = Zone::After;
                    self.last = Last::Footnote;
                    return 0;
                }
            }
        }
        if lines::page_line(line).is_some() && (self.cur.is_none() || self.zone == Zone::After) {
            // A page break among the notes or in front matter: no body text to place it in.
            return 0;
        }
        self.body(no, line);
        0
    }

    /// A line that waits for a heading.
    fn pre(&mut self, no: usize, line: &'a str) {
        self.flush_block();
        self.pending.raw.push((no, line));
        self.last = Last::Pre;
    }

    /// A body line, or text that belongs to no letter.
    fn body(&mut self, no: usize, line: &'a str) {
        if !self.pending.raw.is_empty() {
            // What looked like lines before a heading was not: give them back to the body, or report them.
            let raw = std::mem::take(&mut self.pending.raw);
            self.pending = Pending::default();
            if self.cur.is_some() && self.zone == Zone::Body {
                for (n, l) in raw {
                    self.block.push((n, l));
                    self.flush_block();
                }
            } else {
                self.orphan(raw[0].0);
            }
        }
        if self.cur.is_none() || self.zone == Zone::After {
            if self.last != Last::Orphan {
                self.orphan(no);
            }
            self.last = Last::Orphan;
            return;
        }
        self.block.push((no, line));
        self.last = Last::Body;
    }

    fn orphan(&mut self, no: usize) {
        let message = match &self.cur {
            None => "text before the first letter belongs to no letter".to_string(),
            Some(d) => format!("text after the end of the letter at line {} belongs to no letter", d.line()),
        };
        self.out.notes.push(Note { line: no, severity: Severity::Warning, message });
    }

    fn flush_block(&mut self) {
        if self.block.is_empty() {
            return;
        }
        if let Some(d) = self.cur.as_mut() {
            for para in paragraphs::split(&self.block) {
                d.add_paragraph(para);
            }
        }
        self.block.clear();
    }

    fn close_letter(&mut self) {
        if let Some(d) = self.cur.take() {
            let (letter, notes) = d.finish();
            self.out.letters.push(letter);
            self.out.notes.extend(notes);
        }
    }

    fn finish(mut self) -> Parsed {
        self.flush_block();
        self.close_letter();
        if let Some((no, _)) = self.pending.raw.first() {
            let message = "lines that open a letter are followed by no heading".to_string();
            self.out.notes.push(Note { line: *no, severity: Severity::Warning, message });
        }
        self.out
    }
}

/// A heading hard-wrapped over two or three lines: `... (Stalin) to` / `President Roosevelt 75`.
fn wrapped_heading(line: &str, next: &[&str]) -> Option<(heading::Heading, usize)> {
    let first = line.trim_end();
    if first.ends_with(['.', '!', '?', ';', ':']) || first.len() > 300 {
        return None;
    }
    let mut joined = first.to_string();
    for (k, n) in next.iter().enumerate() {
        if lines::is_blank(n) || n.len() > 300 {
            return None;
        }
        joined.push(' ');
        joined.push_str(n.trim());
        if let Some(h) = heading::parse(&joined) {
            return Some((h, k + 1));
        }
    }
    None
}

/// Whether a body line ends a sentence, so that a heading or a date may follow it in the same block.
fn paragraphs_end(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '"', '”'])
}
