//! The parser's reading of a digitized archive's item pages: each letter under a block of metadata fields
//! (`Document ID:`, `Title:`, `Author:`, `Date:`, `Repository:`, `Call number:`, `Document Type:`, ...), the items
//! parted by rules, the site's furniture around them. The fields are the letter's metadata, never its text; an item
//! whose kind is no letter (a photograph, a ledger) is skipped whole; a `Related documents` list names other items
//! and opens none.

use super::item_lines::{self, Field, Site, Skip, Unsure};
use super::look::Look;
use super::words::QuickTrim;
use super::{Last, Parser, Zone, heading, lines};
use crate::model::Date;
use crate::model::date::Found;

impl<'a> Parser<'a> {
    /// A field of an item's block, or the site's furniture around the items. True when the line was one.
    /// `look` is the line's [`Look`]; only a line opening with a letter is read.
    /// `colon` tells whether a colon comes within the first 21 bytes.
    pub(super) fn item_line(&mut self, no: usize, look: &Look, colon: bool) -> bool {
        let text = look.text;
        if colon && self.item_field(no, text) {
            return true;
        }
        match item_lines::site_line(text, look.lead, colon) {
            Some(Site::Furniture) => self.end_body_unless_under_heading(),
            Some(Site::Related) => {
                self.end_body_unless_under_heading();
                self.skip = Some(Skip::Related);
            }
            None => return false,
        }
        true
    }

    /// A breadcrumb outside a letter's body (`Collection > Correspondence > Kerr family`): the site's, passed over.
    /// True when the line was one. Only a line opening with a capital is read.
    pub(super) fn breadcrumb(&mut self, text: &str) -> bool {
        (self.cur.is_none() || self.zone == Zone::After)
            && text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && item_lines::breadcrumb(text)
    }

    /// A line of the site's: it ends the body read (a site's line between the heading and the text ends nothing).
    fn end_body_unless_under_heading(&mut self) {
        if self.cur.is_some() && !self.under_heading() {
            self.flush_block();
            self.zone = Zone::After;
        }
        self.last = Last::Other;
    }

    /// A field of an item's block (see [`item_lines::field`]). True when it was taken as one: an ID begins an item
    /// (outside a paragraph); the other fields are read under a heading with no text yet, or in an item begun whose
    /// title has not come.
    fn item_field(&mut self, no: usize, text: &str) -> bool {
        let Some((field, label, value)) = item_lines::field(text) else { return false };
        if field == Field::Id {
            if !self.block.is_empty() {
                return false;
            }
            // Under its title: the item's own number.
            if self.under_heading() {
                if let Some(d) = self.cur.as_mut() {
                    d.number.get_or_insert_with(|| value.to_string());
                }
                self.last = Last::Heading;
                return true;
            }
            // The item before ends here.
            if self.cur.is_some() {
                self.zone = Zone::After;
            }
            self.pending.number = Some(value.to_string());
            self.item_begun = true;
            self.last = Last::Pre;
            return true;
        }
        let under = self.under_heading();
        let between = self.cur.is_none() || self.zone == Zone::After;
        // Between items, a kind that is no letter begins an item even without its ID.
        let untitled = between && (self.item_begun || field == Field::Kind(false));
        if !under && !untitled {
            return false;
        }
        match field {
            Field::Source if under => {
                if let Some(d) = self.cur.as_mut() {
                    d.add_source(&format!("{label}: {value}"));
                }
            }
            Field::Source => self.pending.archive.push(format!("{label}: {value}")),
            Field::Kind(false) => {
                // The title opened a letter: the item is no letter after all (or no title has come yet).
                if under && let Some(d) = self.cur.take() {
                    d.discard();
                }
                self.skip = Some(if under { Skip::Titled } else { Skip::Untitled });
                self.pending.number = None;
                self.pending.archive.clear();
                self.item_begun = false;
                self.orphan(no);
                self.last = Last::Orphan;
                return true;
            }
            _ => {}
        }
        self.last = if under { Last::Heading } else { Last::Pre };
        true
    }

    /// A line passed over while [`Parser::skip`] is set: `None` when the line ends the skip and is read as any
    /// line (a new item's ID or title), else the lines of `next` taken. A rule ends the skip; a blank line ends a
    /// related list unless another title follows it.
    pub(super) fn skipping(&mut self, no: usize, line: &str, next: &[&str]) -> Option<usize> {
        let skip = self.skip?;
        if lines::is_blank(line) {
            let more = next.iter().find(|n| !lines::is_blank(n));
            if skip == Skip::Related && more.is_none_or(|n| heading::parse(n, false).is_none()) {
                self.skip = None;
            }
            self.last = Last::Blank;
            return Some(0);
        }
        if lines::separator_line(line) {
            self.skip = None;
            self.last = Last::Other;
            return Some(0);
        }
        let text = line.quick_trim();
        if item_lines::field(text).is_some_and(|(f, ..)| f == Field::Id) {
            self.skip = None;
            return None;
        }
        if let Some((lines::Meta::Title, _)) = lines::metadata_line(line) {
            if skip == Skip::Untitled {
                self.skip = Some(Skip::Titled);
                return Some(0);
            }
            self.skip = None;
            return None;
        }
        if skip != Skip::Related && self.last != Last::Orphan {
            self.orphan(no);
        }
        self.last = if skip == Skip::Related { Last::Other } else { Last::Orphan };
        Some(0)
    }
}

impl Parser<'_> {
    /// The value of a `Date:` field under a letter's heading, when it is a catalogue's: `n.d.`, a year about
    /// (`c. 1852`, `[1852?]`, the letter dated within it) or figures (`14/06/1852`, read in the page's order; when
    /// both numbers are 12 or less and the page has not shown its order, the letter's own date line or the page's
    /// later dates decide). True when it was one.
    pub(super) fn item_date(&mut self, value: &str, printed: &str) -> bool {
        let Some(d) = self.cur.as_mut() else { return false };
        if item_lines::no_date(value) {
            return true;
        }
        if let Some(year) = item_lines::about_year(value) {
            if let (Some(first), Some(last)) = (Date::new(year, 1, 1), Date::new(year, 12, 31)) {
                d.month_span = Some(((first, last), format!("metadata line \"{printed}\" (the year only)")));
            }
            return true;
        }
        let Some((first, second, year)) = item_lines::numeric_date(value) else {
            // A span of years (`1845-1851`) or another catalogue's form: no day to date the letter by, and no text.
            return value.len() <= 40
                && value.bytes().any(|b| b.is_ascii_digit())
                && lines::iso_line(value).is_none()
                && lines::date_line(value).is_none();
        };
        let shown = if first > 12 {
            Some(true)
        } else if second > 12 {
            Some(false)
        } else {
            None
        };
        if let Some(day_first) = shown {
            self.figures.day_first.get_or_insert(day_first);
        }
        let unsure = Unsure { first, second, year, printed: printed.to_string() };
        match shown.or(self.figures.day_first) {
            Some(day_first) => {
                if let Some(date) = unsure.date(day_first) {
                    d.set_written(found(date), figures_source(printed, day_first));
                }
            }
            None => self.figures.current = Some(unsure),
        }
        true
    }

    /// The letter closed had an unsure date in figures: its own date line, if it has one, shows the page's order;
    /// else it waits for the page's later dates.
    pub(super) fn close_figures(&mut self, letter: &crate::model::Letter) {
        let Some(unsure) = self.figures.current.take() else { return };
        match letter.date {
            Some(d) if (d.month, d.day) == (unsure.second, unsure.first) => {
                self.figures.day_first.get_or_insert(true);
            }
            Some(d) if (d.month, d.day) == (unsure.first, unsure.second) => {
                self.figures.day_first.get_or_insert(false);
            }
            Some(_) => {}
            None => self.figures.left.push((self.out.letters.len(), unsure)),
        }
    }

    /// The letters left with an unsure date in figures are dated in the order the page showed, if it showed one.
    pub(super) fn settle_figures(&mut self) {
        let Some(day_first) = self.figures.day_first else { return };
        for (ix, unsure) in std::mem::take(&mut self.figures.left) {
            let (Some(letter), Some(date)) = (self.out.letters.get_mut(ix), unsure.date(day_first)) else { continue };
            if letter.date.is_none() {
                letter.date = Some(date);
                letter.date_kind = Some(crate::model::DateKind::Written);
                letter.date_source = Some(crate::model::fit::boxed(figures_source(&unsure.printed, day_first)));
            }
        }
    }
}

/// A date read as [`Found`].
fn found(d: Date) -> Found {
    Found { month: d.month, day: d.day, corrected_day: None, year: Some(d.year), more_days: [None; 3], len: 0 }
}

/// Where a date in figures was read, and in which order.
fn figures_source(printed: &str, day_first: bool) -> String {
    let order = if day_first { "day first" } else { "month first" };
    format!("metadata line \"{printed}\" (read {order}, as the page prints its dates)")
}
