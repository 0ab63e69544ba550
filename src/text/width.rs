//! Widths in terminal cells, measured per grapheme cluster the way the screen buffer measures them, so that
//! wide CJK characters, combining accents and emoji sequences are never split and never misalign.

use super::sanitize::{is_zero_width_format, visible};
use std::borrow::Cow;
use unicode_segmentation::{GraphemeIndices, UnicodeSegmentation};
use unicode_width::UnicodeWidthStr;

/// The clusters of `s` as the screen draws them, with their byte offsets: grapheme clusters, cut after each
/// zero-width format character (a joiner), since that character is left out when drawing and terminals draw the
/// parts of a joined emoji apart. Every measure and every cut of text on screen goes by these.
pub(crate) fn clusters(s: &str) -> Clusters<'_> {
    Clusters { inner: s.grapheme_indices(true), rest: None }
}

/// The iterator of [`clusters`].
pub(crate) struct Clusters<'a> {
    inner: GraphemeIndices<'a>,
    rest: Option<(usize, &'a str)>,
}

impl<'a> Iterator for Clusters<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let (i, g) = self.rest.take().or_else(|| self.inner.next())?;
        if let Some((k, c)) = g.char_indices().find(|&(_, c)| is_zero_width_format(c)) {
            let end = k + c.len_utf8();
            if end < g.len() {
                self.rest = Some((i + end, &g[end..]));
                return Some((i, &g[..end]));
            }
        }
        Some((i, g))
    }
}

/// The halfwidth katakana sound marks, drawn by terminals in a cell of their own though Unicode calls them extending.
const HALFWIDTH_SOUND_MARKS: [char; 2] = ['\u{ff9e}', '\u{ff9f}'];

/// Width in cells of one grapheme cluster as drawn. A control character counts as the one-cell symbol that
/// stands in for it, a zero-width format character as nothing (see [`displayed`]).
pub(crate) fn grapheme_width(g: &str) -> usize {
    if g.len() == 1 {
        return 1;
    }
    if g.chars().any(changed_on_screen) {
        return displayed(g).width();
    }
    g.width() + g.chars().filter(|c| HALFWIDTH_SOUND_MARKS.contains(c)).count()
}

/// Text (a grapheme, or a whole string handed to a ratatui widget) as it may reach the terminal: itself, or with
/// every control character and bidi control replaced by a visible symbol and the zero-width format characters
/// (joiners, zero-width spaces) left out, so that the terminal draws exactly the cells measured here.
pub(crate) fn displayed(g: &str) -> Cow<'_, str> {
    if g.chars().any(changed_on_screen) {
        Cow::Owned(g.chars().filter(|&c| !is_zero_width_format(c)).map(visible).collect())
    } else {
        Cow::Borrowed(g)
    }
}

fn changed_on_screen(c: char) -> bool {
    visible(c) != c || is_zero_width_format(c)
}

/// Width in cells of a string.
pub fn str_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    let head = ascii_head(s);
    head + clusters(&s[head..]).map(|(_, g)| grapheme_width(g)).sum::<usize>()
}

/// How many bytes at the start of `s` are clusters of one ASCII character each, one cell wide: the ASCII bytes
/// up to the last one before a non-ASCII character (which may join it, as an accent does) or a carriage return
/// (which joins a line feed).
fn ascii_head(s: &str) -> usize {
    match s.bytes().position(|b| !b.is_ascii() || b == b'\r') {
        Some(k) => k.saturating_sub(1),
        None => s.len(),
    }
}

/// The longest prefix of `s` that fits in `max` cells, cut between grapheme clusters, and its width.
pub(crate) fn truncate(s: &str, max: usize) -> (&str, usize) {
    if s.is_ascii() {
        let n = s.len().min(max);
        return (&s[..n], n);
    }
    let head = ascii_head(s);
    if head >= max {
        return (&s[..max], max);
    }
    let mut used = head;
    for (i, g) in clusters(&s[head..]) {
        let w = grapheme_width(g);
        if used + w > max {
            return (&s[..head + i], used);
        }
        used += w;
    }
    (s, used)
}

/// `s` cut to `max` cells, ending in `…` when it had to be cut.
pub(crate) fn ellipsize(s: &str, max: usize) -> Cow<'_, str> {
    if str_width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let (head, _) = truncate(s, max - 1);
    Cow::Owned(format!("{}…", head.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_grapheme_clusters() {
        assert_eq!(str_width("abc"), 3);
        assert_eq!(str_width("日本語"), 6);
        assert_eq!(str_width("e\u{301}te\u{301}"), 3, "combining accents take no cell");
        assert_eq!(str_width("👩\u{200d}👩\u{200d}👧"), 6, "joiners are left out: three wide emoji");
        assert_eq!(str_width("a\u{200d}b\u{200b}c\u{2060}"), 3, "zero-width format characters take no cell");
        assert_eq!(str_width("a\u{202e}b"), 3, "a bidi control shows as one symbol");
        assert_eq!(str_width("a\u{1b}b"), 3, "a control character shows as one symbol");
    }

    #[test]
    fn truncation_never_splits_a_cluster() {
        assert_eq!(truncate("日本語", 3), ("日", 2));
        assert_eq!(truncate("e\u{301}x", 1), ("e\u{301}", 1));
        assert_eq!(truncate("ab👩\u{200d}👩\u{200d}👧", 3), ("ab", 2));
        assert_eq!(truncate("ab👩\u{200d}👩\u{200d}👧", 5), ("ab👩\u{200d}", 4), "a joined emoji is cut at a joiner");
        assert_eq!(ellipsize("Churchill", 6), "Churc…");
        assert_eq!(ellipsize("Stalin", 6), "Stalin");
    }

    #[test]
    fn an_ascii_start_is_measured_as_the_clusters_are() {
        let mixed = ["Churchill …", "cafe\u{301} au lait", "a\r\nb é", "ab\r\n日本", "x\u{1b}y → z", "日本 abc"];
        for s in mixed {
            let by_clusters: usize = clusters(s).map(|(_, g)| grapheme_width(g)).sum();
            assert_eq!(str_width(s), by_clusters, "{s:?}");
            for max in 0..=by_clusters + 1 {
                let mut used = 0;
                let mut cut = s.len();
                for (i, g) in clusters(s) {
                    if used + grapheme_width(g) > max {
                        cut = i;
                        break;
                    }
                    used += grapheme_width(g);
                }
                assert_eq!(truncate(s, max), (&s[..cut], used), "{s:?} cut to {max}");
            }
        }
    }

    #[test]
    fn displayed_text_has_no_control_characters() {
        assert_eq!(displayed("\u{1b}"), "␛");
        assert_eq!(displayed("\r\n"), "␍␊");
        assert_eq!(displayed("é"), "é");
        assert_eq!(displayed("a\u{200d}"), "a");
        assert_eq!(displayed("\u{202e}"), "\u{fffd}");
    }
}
