//! The parser's reading of what a printed collected edition sets around its letters ([`super::collected_lines`]):
//! a running head is a page break and may name the collection's writer; the editions cited under a heading and the
//! address copied from the cover after the text are the letter's source.

use super::collected_lines::{edition_citation, running_head};
use super::look::Look;
use super::words::QuickTrim;
use super::{Last, Parser, Zone, heading, lines, opening};

impl<'a> Parser<'a> {
    /// A running head ([`running_head`]): a page break in the letter read, and the writer of the collection its
    /// title names (given to the letters read before it, which named none). True when the line was one.
    pub(super) fn collected_running_head(&mut self, t: &str) -> bool {
        let Some(head) = running_head(t) else { return false };
        self.turn_page(head.page, false);
        if self.writer.is_none()
            && let Some(w) = opening::collection_writer(head.title)
        {
            for l in &mut self.out.letters {
                if l.sender.is_empty() {
                    opening::give_writer(l, &w);
                }
                opening::give_reader(l, &w);
            }
            self.writer = Some(w);
        }
        // `796     LETTRES À MADAME HANSKA`: the one addressee of the book's letters.
        if self.reader.is_none()
            && let Some(r) = opening::collection_reader(head.title)
        {
            for l in &mut self.out.letters {
                opening::give_addressee(l, &r);
            }
            self.reader = Some(r);
        }
        true
    }

    /// `To John Ashby` alone between blank lines over a paragraph, in a collection whose writer its title named
    /// (`312     LETTERS OF EDWARD THRALE`): a heading naming the addressee of the writer's letter, as the edition
    /// prints every letter, even with no dateline or greeting under it. The addressee a person of two words or more.
    pub(super) fn collection_heading(&self, h: &heading::Heading, next: &[&str]) -> bool {
        let person = |p: &super::parties::Person| !p.office && p.printed.split_whitespace().count() >= 2;
        self.writer.is_some()
            && self.block.is_empty()
            && h.senders.is_empty()
            && !h.recipients.is_empty()
            && h.recipients.iter().all(person)
            && next.first().is_some_and(|l| lines::is_blank(l))
            && next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| {
                let t = l.quick_trim();
                t.len() > 40 && t.starts_with(|c: char| c.is_uppercase()) && heading::weak(t, false).is_none()
            })
    }

    /// Under a numbered heading, the line citing the editions the letter is printed from ([`edition_citation`]):
    /// the letter's source. After its signature, the address and postmark the editor copied from the cover
    /// (`Address: To Mr Halden at ... Postmark: 9 OC.`): its source too, no text and no date. True when the line was
    /// one of them.
    pub(super) fn cited_or_addressed(&mut self, line: &str, look: &Look) -> bool {
        let cited = look.digit
            && look.lead.is_some_and(|b| b.is_ascii_lowercase())
            && self.under_heading()
            && edition_citation(look.text).is_some();
        // An apparatus' label (`Address:`, `Postmark:`, `Endorsed:`) ends in its colon within the first bytes.
        let labelled = || {
            matches!(look.lead, Some(b'a' | b'p' | b'e' | b'd'))
                && look.text.as_bytes().iter().take(14).any(|&b| b == b':')
                && self.block.is_empty()
                && self.pending.raw.is_empty()
                && self.cur.as_ref().is_some_and(super::letter::Draft::signed_off)
                && lines::apparatus(line).is_some()
        };
        if !cited && !labelled() {
            return false;
        }
        if let Some(d) = self.cur.as_mut() {
            d.add_source(look.text);
        }
        if !cited {
            self.zone = Zone::After;
        }
        self.last = Last::Source;
        true
    }
}
