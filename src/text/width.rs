//! Widths in terminal cells, measured per grapheme cluster the way the screen buffer measures them, so that
//! wide CJK characters, combining accents and emoji sequences are never split and never misalign.

use super::sanitize::{needs_sanitizing, sanitize};
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The halfwidth katakana sound marks, drawn by terminals in a cell of their own though Unicode calls them extending.
const HALFWIDTH_SOUND_MARKS: [char; 2] = ['\u{ff9e}', '\u{ff9f}'];

/// Width in cells of one grapheme cluster as drawn. A control character counts as the one-cell symbol that
/// stands in for it (see [`sanitize`]).
pub(crate) fn grapheme_width(g: &str) -> usize {
    if g.len() == 1 {
        return 1;
    }
    if needs_sanitizing(g) {
        return sanitize(g).width();
    }
    g.width() + g.chars().filter(|c| HALFWIDTH_SOUND_MARKS.contains(c)).count()
}

/// Width in cells of a string.
pub fn str_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

/// The longest prefix of `s` that fits in `max` cells, cut between grapheme clusters, and its width.
pub(crate) fn truncate(s: &str, max: usize) -> (&str, usize) {
    if s.is_ascii() {
        let n = s.len().min(max);
        return (&s[..n], n);
    }
    let mut used = 0;
    for (i, g) in s.grapheme_indices(true) {
        let w = grapheme_width(g);
        if used + w > max {
            return (&s[..i], used);
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
        assert_eq!(str_width("👩\u{200d}👩\u{200d}👧"), 2, "a family emoji is one wide cluster");
        assert_eq!(str_width("a\u{1b}b"), 3, "a control character shows as one symbol");
    }

    #[test]
    fn truncation_never_splits_a_cluster() {
        assert_eq!(truncate("日本語", 3), ("日", 2));
        assert_eq!(truncate("e\u{301}x", 1), ("e\u{301}", 1));
        assert_eq!(truncate("ab👩\u{200d}👩\u{200d}👧", 3), ("ab", 2));
        assert_eq!(ellipsize("Churchill", 6), "Churc…");
        assert_eq!(ellipsize("Stalin", 6), "Stalin");
    }
}
