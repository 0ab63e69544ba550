//! An editor's headnote between a letter's heading (with the note on the document printed, `LS: Archives ...`)
//! and the letter's dateline and salutation, as the documentary editions of American papers print it: held
//! apart while it is read, it becomes the letter's source once the text opens, or the letter's text when no
//! greeting or dateline comes.

use super::Parser;
use super::inline;
use super::papers::{self, HEADNOTE_LINE};
use super::paragraphs;
use super::words::QuickTrim;

/// The most paragraphs an editor's headnote is read to have: more, and they were the letter's text.
const HEADNOTE_PARAGRAPHS: usize = 3;

impl<'a> Parser<'a> {
    /// Under an edition's note on the document, before a paragraph of prose: what follows is held as a headnote.
    pub(super) fn headnote_may_follow(&mut self, next: &[&str]) {
        if self.intro.is_none() && self.headnote.is_none() && papers::headnote_follows(next) {
            self.headnote = Some(Vec::new());
        }
    }

    /// A paragraph read while a headnote is held: kept with it (true), unless it is too short for an editor's
    /// prose, when what was held is the letter's text after all.
    pub(super) fn hold_in_headnote(&mut self) -> bool {
        let Some(held) = self.headnote.as_mut() else { return false };
        let len: usize = self.block.iter().map(|(_, l)| l.quick_trim().len()).sum();
        if len >= HEADNOTE_LINE && held.len() < HEADNOTE_PARAGRAPHS {
            held.push(std::mem::take(&mut self.block));
            return true;
        }
        self.release_headnote();
        false
    }

    /// The line, at a paragraph's start while a headnote is held, opens the letter's text (a salutation, a
    /// dateline over one): the headnote is the letter's source.
    pub(super) fn headnote_ends(&mut self, line: &str, next: &[&str]) {
        if !self.block.is_empty() || self.headnote.as_ref().is_none_or(Vec::is_empty) {
            return;
        }
        if !papers::opens_text(line, next) {
            // A note, a number or a page mark at a paragraph's start: the letter's text was read, no headnote.
            if line.quick_trim_start().starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '*' | '(')) {
                self.release_headnote();
            }
            return;
        }
        let held = self.headnote.take().unwrap_or_default();
        let words: Vec<&str> = held.iter().flatten().map(|(_, l)| l.quick_trim()).collect();
        let inline = inline::extract(&words.join(" "));
        if let Some(d) = self.cur.as_mut() {
            d.add_headnote(&inline.text, inline.markers);
        }
    }

    /// What was held as a headnote is the letter's text.
    pub(super) fn release_headnote(&mut self) {
        let Some(held) = self.headnote.take() else { return };
        if let Some(d) = self.cur.as_mut() {
            for block in &held {
                paragraphs::split_each(block, |para| d.add_paragraph(para));
            }
        }
    }
}
