//! What a documentary edition's web viewer copies with each page of a volume: its pager with the page's number
//! (`< Previous page    Page 213    Next page >`), the box to go to a page (`Go to page: [    ]  Go`), the links to
//! the other edition and to a citation (`View original language edition`, `Cite this page`); and the volume's own
//! running head (`DOC. 47   JUNE 1905          212`, [`super::collected_lines::doc_head`]). A page turns at each; none
//! is any letter's text.

use super::collected_lines::doc_head;
use super::look::Look;
use super::words::QuickTrim;
use super::{Last, Parser, Zone};

/// A viewer's line: `Some(Some(page))` for the pager naming the page it shows, `Some(None)` for the other
/// controls, `None` for any other line.
pub fn control(t: &str) -> Option<Option<&str>> {
    if t.len() > 80 {
        return None;
    }
    if let Some(inner) = t.strip_prefix('<').and_then(|i| i.strip_suffix('>')) {
        // `< Previous page    Page 213    Next page >`: the pager, the page between its two commands.
        let inner = inner.quick_trim();
        let mut parts = inner.split("  ").map(QuickTrim::quick_trim).filter(|p| !p.is_empty());
        let (Some(back), Some(page), Some(on), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let number = page.strip_prefix("Page ").or_else(|| page.strip_prefix("page "))?;
        let pager = back.eq_ignore_ascii_case("previous page") && on.eq_ignore_ascii_case("next page");
        let figures = (1..=5).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_alphanumeric());
        return (pager && figures).then_some(Some(number));
    }
    // `Go to page: [    ]  Go`: the box to type a page into.
    if let Some(rest) = t.strip_prefix("Go to page:") {
        let rest = rest.quick_trim();
        let boxed = rest.strip_prefix('[').and_then(|r| r.split_once(']')).is_some_and(|(inside, after)| {
            inside.bytes().all(|b| b == b' ') && matches!(after.quick_trim(), "" | "Go")
        });
        return (rest.is_empty() || boxed).then_some(None);
    }
    const LINKS: [&str; 4] =
        ["View original language edition", "View English translation", "View translation", "Cite this page"];
    LINKS.iter().any(|l| t.eq_ignore_ascii_case(l)).then_some(None)
}

impl Parser<'_> {
    /// A viewer's control or a documentary volume's running head (see the module's comment): no text, the page it
    /// names a page break in the letter read. True when the line was one.
    pub(super) fn viewer_line(&mut self, look: &Look) -> bool {
        let t = look.text;
        let page = match look.lead {
            Some(b'<' | b'g' | b'v' | b'c') => match control(t) {
                Some(page) => page,
                None => return false,
            },
            _ if look.digit => match doc_head(t) {
                Some(page) => Some(page),
                None => return false,
            },
            _ => return false,
        };
        if let Some(page) = page {
            self.turn_page(page, false);
        }
        true
    }

    /// A page that opens in the letter read: its text goes on after the notes at the foot of the page before (the
    /// notes end with their page when the letter is not signed yet, or in any case when `signed_too`).
    pub(super) fn turn_page(&mut self, page: &str, signed_too: bool) {
        if self.in_notes && self.cur.as_ref().is_some_and(|d| signed_too || !d.signed_off()) {
            self.in_notes = false;
            self.zone = Zone::Body;
            self.last = Last::Blank;
        }
        self.flush_block();
        if let Some(d) = self.cur.as_mut() {
            d.add_page(page);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_viewers_controls() {
        assert_eq!(control("< Previous page    Page 213    Next page >"), Some(Some("213")));
        assert_eq!(control("<  Previous Page   Page xiv   Next Page  >"), Some(Some("xiv")));
        assert_eq!(control("Go to page: [    ]  Go"), Some(None));
        assert_eq!(control("Go to page:"), Some(None));
        assert_eq!(control("View original language edition"), Some(None));
        assert_eq!(control("Cite this page"), Some(None));
        assert_eq!(control("< 3 miles >"), None);
        assert_eq!(control("Go to page 4 of the enclosed report"), None);
        assert_eq!(control("Cite this page of your letter, if you can."), None);
    }
}
