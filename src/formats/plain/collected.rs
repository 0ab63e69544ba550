//! The parser's reading of what a printed collected edition sets around its letters ([`super::collected_lines`]):
//! a running head is a page break and may name the collection's writer; the editions cited under a heading and the
//! address copied from the cover after the text are the letter's source.

use super::collected_lines::{edition_citation, running_head};
use super::look::Look;
use super::{Last, Parser, Zone, lines, opening};

impl<'a> Parser<'a> {
    /// A running head ([`running_head`]): a page break in the letter read, and the writer of the collection its
    /// title names (given to the letters read before it, which named none). True when the line was one.
    pub(super) fn running_head(&mut self, t: &str) -> bool {
        let Some(head) = running_head(t) else { return false };
        self.flush_block();
        if let Some(d) = self.cur.as_mut() {
            d.add_page(head.page);
        }
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
        true
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
