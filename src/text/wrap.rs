//! Wrapping a paragraph to a width in terminal cells, with textwrap's line breaking (Unicode line break
//! opportunities, so CJK text breaks between characters) and first-fit algorithm, measured per grapheme cluster.
//! Lines are returned as byte ranges of the text, so the screen can map a row back to the paragraph.

use super::width::{grapheme_width, str_width};
use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use unicode_segmentation::UnicodeSegmentation;

/// A word with its trailing spaces, as byte offsets and widths.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    /// End of the word itself, before its trailing spaces.
    word_end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Splits a word wider than `max` into pieces of at most `max` cells (one grapheme at least), between clusters.
fn split_long(text: &str, piece: Piece, max: usize, out: &mut Vec<Piece>) {
    let word = &text[piece.start..piece.word_end];
    let mut start = piece.start;
    let mut width = 0;
    for (i, g) in word.grapheme_indices(true) {
        let w = grapheme_width(g);
        if width > 0 && width + w > max {
            out.push(Piece { start, word_end: piece.start + i, width, space: 0 });
            start = piece.start + i;
            width = 0;
        }
        width += w;
    }
    out.push(Piece { start, word_end: piece.word_end, width, space: piece.space });
}

/// Wraps `text` into lines of at most `first` cells for the first line and `rest` cells for the others.
/// Returns the byte range of each line, trailing spaces left out. An empty text gives one empty line.
/// A single grapheme wider than the line (a wide character in a one-cell pane) gets a line of its own.
#[allow(clippy::single_range_in_vec_init)]
pub(crate) fn wrap(text: &str, first: usize, rest: usize) -> Vec<Range<usize>> {
    let (first, rest) = (first.max(1), rest.max(1));
    let max = first.min(rest);
    if text.is_empty() {
        return vec![0..0];
    }
    let mut pieces = Vec::with_capacity(text.len() / 5 + 1);
    let mut offset = 0;
    for word in WordSeparator::UnicodeBreakProperties.find_words(text) {
        let start = offset;
        let word_end = start + word.word.len();
        offset = word_end + word.whitespace.len() + word.penalty.len();
        let space = word.whitespace.len();
        let piece = Piece { start, word_end, width: str_width(word.word), space };
        if piece.width > max {
            split_long(text, piece, max, &mut pieces);
        } else {
            pieces.push(piece);
        }
    }
    let lines = textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[first as f64, rest as f64]);
    let mut out: Vec<Range<usize>> = lines
        .iter()
        .filter_map(|line| Some(line.first()?.start..line.last()?.word_end))
        .filter(|r| r.start <= r.end && r.end <= text.len())
        .collect();
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lines(text: &str, first: usize, rest: usize) -> Vec<&str> {
        wrap(text, first, rest).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_words_to_the_width() {
        assert_eq!(
            lines("I am not against and, more than this", 12, 12),
            ["I am not", "against and,", "more than", "this"]
        );
        assert_eq!(lines("", 10, 10), [""]);
    }

    #[test]
    fn hanging_indent_gives_later_lines_less_room() {
        assert_eq!(lines("2. one two three four", 10, 7), ["2. one two", "three", "four"]);
    }

    #[test]
    fn cjk_breaks_between_characters_and_never_splits_one() {
        let l = lines("日本語のテキストです", 5, 5);
        assert!(l.iter().all(|s| str_width(s) <= 5), "{l:?}");
        assert_eq!(l.concat(), "日本語のテキストです");
    }

    #[test]
    fn combining_accents_and_emoji_stay_whole() {
        let text =
            "cafe\u{301}cafe\u{301}cafe\u{301} 👩\u{200d}👩\u{200d}👧👩\u{200d}👩\u{200d}👧👩\u{200d}👩\u{200d}👧";
        for w in 1..8 {
            for r in wrap(text, w, w) {
                let s = &text[r];
                assert!(!s.starts_with('\u{301}') && !s.starts_with('\u{200d}'), "split cluster at width {w}: {s:?}");
                assert!(str_width(s) <= w.max(2), "{s:?} wider than {w}");
            }
        }
    }

    proptest! {
        #[test]
        fn lines_cover_the_text_and_fit(text in "[a-z é日👍\u{301} ]{0,80}", width in 1usize..30) {
            let ranges = wrap(&text, width, width);
            let mut last = 0;
            for r in &ranges {
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                prop_assert!(r.start >= last);
                prop_assert!(text[last..r.start].trim().is_empty() || last == 0 && text[..r.start].trim().is_empty());
                prop_assert!(str_width(&text[r.clone()]) <= width.max(2));
                last = r.end;
            }
            prop_assert!(text[last..].trim().is_empty());
        }
    }
}
