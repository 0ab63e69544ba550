//! A letter while its file is being read: paragraphs come in with their markers still in, footnotes and sources
//! are added, and `finish` links markers to footnotes and settles the date.

use super::heading::Heading;
use super::inline::{MAX_MARKERS, extract_at_most};
use super::lines::Stamp;
use super::paragraphs::RawParagraph;
use crate::formats::Note;
use crate::model::date::Found;
use crate::model::{DateKind, Footnote, FootnoteRef, Letter, PageBreak, Severity};
use std::collections::HashMap;

/// A letter being read.
pub struct Draft {
    letter: Letter,
    pub number: Option<String>,
    pub classification: Option<String>,
    pub stamp: Option<(Stamp, Found)>,
    written: Option<Found>,
    /// Page breaks seen in paragraphs that held nothing else: they belong at the start of the next paragraph.
    pending_pages: Vec<String>,
    /// Markers seen so far, by kind: they decide whether an indented numbered line is a footnote.
    star_markers: usize,
    other_markers: usize,
    /// Whether [`MAX_MARKERS`] was reached (reported once).
    capped: bool,
    /// Notes gathered while reading, given out by `finish`.
    notes: Vec<Note>,
}

impl Draft {
    pub fn new(file: &str, line: usize, h: Heading) -> Draft {
        let letter = Letter::new(file, line, h.text, h.sender.into(), h.recipient.into());
        let mut d = Draft {
            letter,
            number: None,
            classification: None,
            stamp: None,
            written: None,
            pending_pages: Vec::new(),
            star_markers: 0,
            other_markers: 0,
            capped: false,
            notes: Vec::new(),
        };
        for (marker, offset) in h.markers {
            d.push_ref(marker, -1, offset);
        }
        d
    }

    /// The heading's line.
    pub fn line(&self) -> usize {
        self.letter.line
    }

    pub fn paragraph_count(&self) -> usize {
        self.letter.paragraphs.len()
    }

    /// Whether the letter has a marker of the kind an item with this label would explain (digits or stars).
    pub fn has_marker_like(&self, label: &str) -> bool {
        if label.starts_with('*') { self.star_markers > 0 } else { self.other_markers > 0 }
    }

    fn push_ref(&mut self, marker: String, paragraph: isize, offset: usize) {
        if marker.starts_with('*') {
            self.star_markers += 1;
        } else {
            self.other_markers += 1;
        }
        self.letter.footnote_refs.push(FootnoteRef { marker, paragraph, offset, footnote: None });
    }

    pub fn add_paragraph(&mut self, raw: RawParagraph) {
        let inline = extract_at_most(&raw.text, MAX_MARKERS.saturating_sub(self.letter.footnote_refs.len()));
        if inline.capped && !self.capped {
            self.capped = true;
            let message = format!("more than {MAX_MARKERS} footnote markers: the rest are left in the text");
            self.notes.push(Note { line: raw.line, severity: Severity::Warning, message });
        }
        let mut text = inline.text;
        text.truncate(text.trim_end().len());
        if text.is_empty() {
            // A page marker alone: it opens the next paragraph. A stray marker alone is kept at the heading's end.
            self.pending_pages.extend(inline.pages.into_iter().map(|(p, _)| p));
            for (marker, _) in inline.markers {
                let offset = self.letter.heading.len();
                self.push_ref(marker, -1, offset);
            }
            return;
        }
        let p = self.letter.paragraphs.len() as isize;
        for page in self.pending_pages.drain(..) {
            self.letter.pages.push(PageBreak { page, paragraph: p, offset: 0 });
        }
        for (page, offset) in inline.pages {
            self.letter.pages.push(PageBreak { page, paragraph: p, offset: offset.min(text.len()) });
        }
        for (marker, offset) in inline.markers {
            self.push_ref(marker, p, offset.min(text.len()));
        }
        self.letter.paragraphs.push(text);
        self.letter.paragraph_lines.push(raw.line);
    }

    pub fn add_source(&mut self, text: &str) {
        match &mut self.letter.source {
            Some(s) => {
                s.push_str("; ");
                s.push_str(text);
            }
            None => self.letter.source = Some(text.to_string()),
        }
    }

    pub fn continue_source(&mut self, text: &str) {
        if let Some(s) = &mut self.letter.source {
            s.push(' ');
            s.push_str(text);
        }
    }

    pub fn set_written(&mut self, date: Found) {
        if self.written.is_none() {
            self.written = Some(date);
        }
    }

    pub fn add_footnote(&mut self, label: &str, text: &str, line: usize) {
        self.letter.footnotes.push(Footnote { label: label.to_string(), text: text.to_string(), line });
    }

    pub fn continue_footnote(&mut self, text: &str) {
        if let Some(f) = self.letter.footnotes.last_mut() {
            f.text.push(' ');
            f.text.push_str(text);
        }
    }

    /// The finished letter, and what is worth reporting about it.
    pub fn finish(mut self) -> (Letter, Vec<Note>) {
        let mut notes = std::mem::take(&mut self.notes);
        let l = &mut self.letter;
        l.number = self.number;
        l.classification = self.classification;
        // A written date wins over a sent date, which wins over a received one.
        let dated = match (self.written, self.stamp) {
            (Some(w), _) => w.year.and_then(|y| w.date(y)).map(|d| (d, DateKind::Written)),
            (None, Some((stamp, f))) => f
                .year
                .and_then(|y| f.date(y))
                .map(|d| (d, if stamp == Stamp::Sent { DateKind::Sent } else { DateKind::Received })),
            (None, None) => None,
        };
        if let Some((d, k)) = dated {
            l.date = Some(d);
            l.date_kind = Some(k);
        } else if self.written.is_some() || self.stamp.is_some() {
            notes.push(Note {
                line: l.line,
                severity: Severity::Warning,
                message: "the letter's date is not a calendar date".into(),
            });
        }
        for page in self.pending_pages.drain(..) {
            let p = l.paragraphs.len() as isize - 1;
            let offset = l.text_of(p).len();
            l.pages.push(PageBreak { page, paragraph: p, offset });
        }
        if l.paragraphs.is_empty() {
            notes.push(Note { line: l.line, severity: Severity::Warning, message: "letter has no body text".into() });
        }
        link_footnotes(l);
        (self.letter, notes)
    }
}

/// Links markers to footnote texts: by label when every marker's label is in the list, else in order of
/// appearance (FRUS numbers its markers across a volume but its notes from 1 on each page). Numbers and
/// asterisks are linked separately.
fn link_footnotes(l: &mut Letter) {
    for star in [false, true] {
        let refs: Vec<usize> =
            (0..l.footnote_refs.len()).filter(|&i| l.footnote_refs[i].marker.starts_with('*') == star).collect();
        let notes: Vec<usize> =
            (0..l.footnotes.len()).filter(|&i| l.footnotes[i].label.starts_with('*') == star).collect();
        if refs.is_empty() || notes.is_empty() {
            continue;
        }
        let mut by_label: HashMap<&str, usize> = HashMap::with_capacity(notes.len());
        for &n in notes.iter().rev() {
            by_label.insert(l.footnotes[n].label.as_str(), n);
        }
        let all_labelled = refs.iter().all(|&r| by_label.contains_key(l.footnote_refs[r].marker.as_str()));
        let links: Vec<Option<usize>> = refs
            .iter()
            .enumerate()
            .map(|(k, &r)| {
                if all_labelled {
                    by_label.get(l.footnote_refs[r].marker.as_str()).copied()
                } else {
                    notes.get(k).copied()
                }
            })
            .collect();
        for (&r, link) in refs.iter().zip(links) {
            l.footnote_refs[r].footnote = link;
        }
    }
}
