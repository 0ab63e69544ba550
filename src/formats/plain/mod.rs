//! Plain-text letter files as the editions print them (FRUS documents, the 1957 Moscow collection and their kin).
//!
//! The parser reads line by line. Small fixed shapes (`No. 28`, `Received on ...`, a classification) wait for
//! the heading that follows them; a heading opens a letter; body lines gather into blocks that become
//! paragraphs; a date line, `Source:` lines, a separator or a footnote list close the body. Text that belongs to
//! no letter is reported, never made into one.

mod heading;
mod inline;
mod letter;
mod lines;
mod opening;
mod paragraphs;
pub mod parties;

use super::{Format, Note, Parsed};
use crate::model::Severity;
use crate::model::date::Found;
use letter::Draft;
use lines::Stamp;
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
        let lines: Vec<&str> = text.split('\n').collect();
        let mut i = 0;
        while i < lines.len() {
            let next = &lines[i + 1..lines.len().min(i + 5)];
            i += 1 + p.line(i + 1, lines[i], next);
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

/// A date line waiting for the heading it stands before: the date, its place, and where it was read.
#[derive(Debug, Clone)]
struct PendingDate {
    found: Found,
    place: Option<String>,
    source: String,
}

/// Lines seen before a heading: they belong to the letter the heading opens.
#[derive(Debug, Default)]
struct Pending<'a> {
    number: Option<String>,
    classification: Option<String>,
    stamp: Option<(Stamp, Found)>,
    date: Option<PendingDate>,
    archive: Vec<String>,
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
    /// Inside a footnote list: an indented paragraph after a blank line continues the last note.
    in_notes: bool,
    /// The writer a title line before the first letter names (`The Papers of Thomas Jefferson`).
    writer: Option<parties::Person>,
}

impl<'a> Parser<'a> {
    /// Reads one line; `next` holds the lines after it (up to four), for headings and dates wrapped over several
    /// lines and for what follows a date line. Returns how many of them it took.
    fn line(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> usize {
        if lines::is_blank(line) {
            self.flush_block();
            if self.last != Last::Footnote {
                self.in_notes = self.in_notes && self.last != Last::Orphan;
            }
            self.last = Last::Blank;
            return 0;
        }
        if lines::furniture_line(line) {
            return 0;
        }
        if self.continuation(line) {
            return 0;
        }
        if let Some((key, value)) = lines::metadata_line(line)
            && self.metadata(no, key, value)
        {
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
        let fresh = self.block.is_empty() || self.block.last().is_some_and(|(_, l)| paragraphs_end(l));
        if let Some(used) = self.date(no, line, next, fresh) {
            return used;
        }
        if self.before_heading(no, line, fresh) {
            return 0;
        }
        if (fresh || !self.pending.raw.is_empty())
            && let Some(used) = self.heading(no, line, next)
        {
            return used;
        }
        if self.opening(no, line) {
            return 0;
        }
        if self.cur.is_some() && self.after_body(no, line, fresh) {
            return 0;
        }
        if lines::page_line(line).is_some() && (self.cur.is_none() || self.zone == Zone::After) {
            // A page break among the notes or in front matter: no body text to place it in.
            return 0;
        }
        if self.cur.is_none() && self.writer.is_none() {
            self.writer = opening::collection_writer(line);
        }
        self.body(no, line);
        0
    }

    /// Continuations of a footnote or a source line.
    fn continuation(&mut self, line: &str) -> bool {
        let in_block = self.last != Last::Blank;
        let is_item = lines::item_line(line).is_some() || note_bullet(line).is_some();
        let footnote_goes_on = self.last == Last::Footnote && in_block
            || self.in_notes && self.last == Last::Blank && line.starts_with([' ', '\t', '\u{a0}']);
        if footnote_goes_on && !is_item && lines::source_line(line).is_none() && self.zone == Zone::After {
            if let Some(d) = self.cur.as_mut() {
                d.continue_footnote(line.trim(), self.last == Last::Blank);
            }
            self.last = Last::Footnote;
            return true;
        }
        if in_block
            && self.last == Last::Source
            && lines::source_line(line).is_none()
            && lines::date_line(line).is_none()
        {
            if let Some(d) = self.cur.as_mut() {
                d.continue_source(line.trim());
            }
            return true;
        }
        false
    }

    /// Date lines: a dateline, a closing date, a date before the next heading, an ISO metadata line, a date split
    /// over two lines. `None` when the line is no date line.
    fn date(&mut self, no: usize, line: &'a str, next: &[&'a str], fresh: bool) -> Option<usize> {
        if let Some(found) = lines::iso_line(line) {
            let source = format!("ISO metadata line \"{}\"", line.trim());
            self.place_date(no, line, PendingDate { found, place: None, source }, next);
            return Some(0);
        }
        if !fresh {
            return None;
        }
        let (dl, used, printed) = match lines::date_line(line) {
            Some(d) => (d, 0, line.trim().to_string()),
            None => {
                let mut d = lines::date_line_without_year(line)?;
                let year_line = next.first()?;
                d.found.year = Some(lines::year_line(year_line)?);
                (d, 1, format!("{} {}", line.trim(), year_line.trim()))
            }
        };
        let source = format!("date line \"{printed}\"");
        self.place_date(no, line, PendingDate { found: dl.found, place: dl.place, source }, &next[used..]);
        Some(used)
    }

    /// Whose date a date line is: the current letter's (a dateline under its heading, a closing date), or the
    /// next letter's (after a number, a repeated closing date, before a salutation that opens a letter).
    fn place_date(&mut self, no: usize, line: &'a str, mut date: PendingDate, next: &[&str]) {
        self.flush_block();
        let opens_next = next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| lines::salutation(l).is_some());
        let written = date.found.year.and_then(|y| date.found.date(y));
        let cur = self.cur.as_mut().filter(|_| self.pending.raw.is_empty());
        match cur {
            Some(d) if d.paragraph_count() == 0 && self.zone == Zone::Body => {
                date.source = format!("dateline after the heading: {}", date.source);
                d.set_written(date.found, date.source);
                d.set_place(date.place);
                self.last = Last::Other;
            }
            Some(d) if !opens_next && !d.has_written() => {
                date.source = format!("closing {}", date.source);
                d.set_written(date.found, date.source);
                d.set_place(date.place);
                self.zone = Zone::After;
                self.last = Last::Other;
            }
            Some(d) if !opens_next && d.written_date() == written => {
                self.zone = Zone::After;
                self.last = Last::Other;
            }
            _ => {
                date.source = format!("{} before the heading", date.source);
                self.pre(no, line);
                self.pending.date = Some(date);
            }
        }
    }

    /// Archive and file lines, classification lines: before a heading they wait for it; right under a heading
    /// they are the letter's.
    fn before_heading(&mut self, no: usize, line: &'a str, fresh: bool) -> bool {
        let under_heading = self.pending.raw.is_empty()
            && self.cur.as_ref().is_some_and(|d| d.paragraph_count() == 0)
            && self.zone == Zone::Body;
        if lines::archive_line(line) && (self.cur.is_none() || self.zone == Zone::After || under_heading) {
            let text = line.trim().to_string();
            if under_heading {
                if let Some(d) = self.cur.as_mut() {
                    d.add_source(&text);
                }
                self.last = Last::Other;
            } else {
                self.pre(no, line);
                if let Some(date) = lines::file_number_date(&text) {
                    self.pending.archive.push(format!("\u{1}{date}"));
                }
                self.pending.archive.push(text);
            }
            return true;
        }
        if line.trim().len() > 80 {
            return false;
        }
        let inline = inline::extract(line.trim());
        let editorial = opening::editorial_bracket(&inline.text);
        if let Some(c) = lines::classification_line(&inline.text).or(editorial) {
            if under_heading {
                if let Some(d) = self.cur.as_mut() {
                    d.add_classification(c);
                    d.heading_markers(inline.markers);
                }
                self.last = Last::Other;
                return true;
            }
            if fresh && editorial.is_none() {
                self.pre(no, line);
                self.pending.classification = Some(c.to_string());
                return true;
            }
        }
        false
    }

    /// Metadata lines of an archive portal: `Title:` opens a letter, `From:`/`To:` name its people (opening it
    /// when no title did), `Date:` dates it. True when the line was taken.
    fn metadata(&mut self, no: usize, key: lines::Meta, value: &str) -> bool {
        let fresh_letter = self.pending.raw.is_empty()
            && self.cur.as_ref().is_some_and(|d| d.paragraph_count() == 0)
            && self.zone == Zone::Body;
        let bare = |text: &str| heading::Heading {
            text: text.to_string(),
            senders: Vec::new(),
            recipients: Vec::new(),
            markers: Vec::new(),
            date: None,
            number: None,
            weak: false,
        };
        match key {
            lines::Meta::Title => {
                let h = heading::parse(value, false).unwrap_or_else(|| bare(value));
                self.open(no, heading::Heading { text: value.to_string(), ..h });
            }
            lines::Meta::From | lines::Meta::To => {
                if !fresh_letter {
                    if key == lines::Meta::To {
                        return false;
                    }
                    self.open(no, bare(&format!("From: {value}")));
                }
                if let Some(d) = self.cur.as_mut() {
                    d.metadata_party(key == lines::Meta::From, value);
                }
            }
            lines::Meta::Date => {
                let found = lines::iso_line(value).or_else(|| lines::date_line(value).map(|d| d.found));
                let (Some(found), true) = (found, fresh_letter) else { return false };
                if let Some(d) = self.cur.as_mut() {
                    d.set_written(found, format!("metadata line \"Date: {value}\""));
                }
            }
        }
        self.last = Last::Heading;
        true
    }

    /// A heading (or a caption under one). Returns the lines it took.
    fn heading(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        let under_heading = self.pending.raw.is_empty()
            && self.cur.as_ref().is_some_and(|d| d.paragraph_count() == 0)
            && self.zone == Zone::Body;
        if under_heading && let Some(h) = heading::parse(line, true) {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.set_caption(&h.text.clone(), h);
            }
            self.last = Last::Heading;
            return Some(0);
        }
        let (h, used) = match heading::parse(line, false) {
            Some(h) => (h, 0),
            None if self.block.is_empty() => wrapped_heading(line, next)?,
            None => return None,
        };
        if h.weak && self.pending.raw.is_empty() && !opening::letter_follows(&next[used.min(next.len())..]) {
            return None;
        }
        self.open(no, h);
        Some(used)
    }

    /// Opens a letter with what waited for its heading.
    fn open(&mut self, no: usize, h: heading::Heading) {
        self.flush_block();
        self.close_letter();
        let pending = std::mem::take(&mut self.pending);
        let mut d = Draft::new(self.file, no, h);
        d.number = d.number.take().or(pending.number);
        d.classification = pending.classification;
        d.stamp = pending.stamp;
        if let Some(pd) = pending.date {
            d.set_written(pd.found, pd.source);
            d.set_place(pd.place);
        }
        for a in pending.archive {
            match a.strip_prefix('\u{1}') {
                Some(date) => {
                    if let Some(date) = crate::model::Date::parse_iso(date) {
                        d.file_date = Some((date, format!("file number only ({date}), not a printed date")));
                    }
                }
                None => d.add_source(&a),
            }
        }
        self.cur = Some(d);
        self.zone = Zone::Body;
        self.last = Last::Heading;
        self.in_notes = false;
    }

    /// A letter that opens without a heading: a date line, then a salutation or an addressee line ending in a
    /// colon (`Major-General HALLECK:`). A salutation right under a heading names the addressee.
    fn opening(&mut self, no: usize, line: &'a str) -> bool {
        let Some((head, rest)) = lines::salutation(line) else { return false };
        if self.pending.date.is_some() && self.pending.number.is_none() && self.pending.stamp.is_none() {
            let date = self.pending.date.clone();
            let text = date.as_ref().map(|d| d.source.clone()).unwrap_or_default();
            let heading_text = self.pending.raw.first().map(|(_, l)| l.trim().to_string()).unwrap_or(text);
            let h = heading::Heading {
                text: heading_text,
                senders: Vec::new(),
                recipients: Vec::new(),
                markers: Vec::new(),
                date: None,
                number: None,
                weak: false,
            };
            let at = self.pending.raw.first().map_or(no, |(n, _)| *n);
            self.open(at, h);
            if let Some(d) = self.cur.as_mut() {
                d.salutation(head);
            }
            if rest.is_empty() && line.trim_end().ends_with(':') && lines::salutation(line).is_some() {
                // An addressee line alone is no paragraph of the text.
                if line.split_whitespace().count() <= 4 && !line.to_lowercase().contains("dear") {
                    self.last = Last::Other;
                    return true;
                }
            }
            self.body(no, line);
            return true;
        }
        if let Some(d) = self.cur.as_mut()
            && d.paragraph_count() == 0
            && self.pending.raw.is_empty()
        {
            d.salutation(head);
        }
        false
    }

    /// Lines after (or ending) the body: sources, separators, footnote items. True when the line was one.
    fn after_body(&mut self, no: usize, line: &'a str, fresh: bool) -> bool {
        let _ = fresh;
        if let Some(src) = lines::source_line(line) {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.add_source(src);
            }
            self.zone = Zone::After;
            self.last = Last::Source;
            return true;
        }
        if lines::separator_line(line) {
            self.flush_block();
            self.zone = Zone::After;
            self.last = Last::Other;
            return true;
        }
        let bullet = note_bullet(line);
        if let Some(text) = bullet
            && (self.zone == Zone::After || text.ends_with('↩'))
        {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                let label = (d.footnote_count() + 1).to_string();
                d.add_footnote(&label, text.trim_end_matches('↩').trim_end(), no);
            }
            self.zone = Zone::After;
            self.last = Last::Footnote;
            self.in_notes = true;
            return true;
        }
        if let Some(item) = lines::item_line(line) {
            let is_note = self.cur.as_ref().is_some_and(|d| {
                self.zone == Zone::After
                    || (item.indented || item.label.starts_with(['*', '†', '‡']) || line.trim_start().starts_with('['))
                        && d.has_marker_like(item.label)
                    || self.block.is_empty() && d.explains_marker(item.label)
            });
            if is_note {
                self.flush_block();
                if let Some(d) = self.cur.as_mut() {
                    d.add_footnote(item.label, item.text.trim_end_matches('↩').trim_end(), no);
                }
                self.zone = Zone::After;
                self.last = Last::Footnote;
                self.in_notes = true;
                return true;
            }
        }
        false
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
        if self.zone == Zone::Body
            && self.block.is_empty()
            && self.cur.as_ref().is_some_and(Draft::signed_off)
            && !opening::postscript(line)
        {
            // Past the signature: narrative around a quoted letter, not the letter.
            self.zone = Zone::After;
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
            let (mut letter, notes) = d.finish();
            if letter.sender.is_empty()
                && let Some(w) = &self.writer
            {
                opening::give_writer(&mut letter, w);
            }
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

/// `- Copy of telegram ...↩`: a footnote in a bulleted list (its marker was numbered in the text).
fn note_bullet(line: &str) -> Option<&str> {
    let t = line.trim_start().strip_prefix("- ")?;
    let t = t.trim();
    let number_alone = t.len() <= 4 && t.ends_with('.');
    (!t.is_empty() && !number_alone).then_some(t)
}

/// A heading hard-wrapped over two or three lines: `... (Stalin) to` / `President Roosevelt 75`.
fn wrapped_heading(line: &str, next: &[&str]) -> Option<(heading::Heading, usize)> {
    let first = line.trim_end();
    if first.ends_with(['.', '!', '?', ';', ':']) || first.len() > 300 || !heading::could_open(first) {
        return None;
    }
    let mut joined = first.to_string();
    for (k, n) in next.iter().enumerate() {
        if lines::is_blank(n) || n.len() > 300 {
            return None;
        }
        joined.push(' ');
        joined.push_str(n.trim());
        if let Some(h) = heading::parse(&joined, false) {
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
