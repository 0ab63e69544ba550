//! Wrapping a paragraph to a width in terminal cells, with textwrap's line breaking (Unicode line break
//! opportunities, so CJK text breaks between characters) and first-fit algorithm, measured per grapheme cluster.
//! Lines are returned as byte ranges of the text, so the screen can map a row back to the paragraph.

use super::width::{clusters, grapheme_width, str_width};
use std::ops::Range;
use textwrap::WordSeparator;

/// A word with its trailing spaces, as byte offsets and widths.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    /// End of the word itself, before its trailing spaces.
    word_end: usize,
    width: usize,
    space: usize,
}

/// Splits a word wider than `max` into pieces of at most `max` cells (one grapheme at least), between clusters,
/// and hands each to `put`; stops when `put` says so.
fn split_long(text: &str, piece: Piece, max: usize, put: &mut impl FnMut(Piece) -> bool) -> bool {
    let word = &text[piece.start..piece.word_end];
    let mut start = piece.start;
    let mut width = 0;
    for (i, g) in clusters(word) {
        let w = grapheme_width(g);
        if width > 0 && width + w > max {
            if !put(Piece { start, word_end: piece.start + i, width, space: 0 }) {
                return false;
            }
            start = piece.start + i;
            width = 0;
        }
        width += w;
    }
    put(Piece { start, word_end: piece.word_end, width, space: piece.space })
}

/// First fit, one piece at a time: a line takes pieces while they fit (the first piece always), as textwrap's
/// `wrap_first_fit` does, without a list of all pieces or all lines.
struct FirstFit {
    first: usize,
    rest: usize,
    lines: usize,
    /// The line being filled: its start and the end of its last word.
    open: Option<(usize, usize)>,
    width: usize,
}

impl FirstFit {
    /// Adds a piece; gives the line it closed, if it closed one.
    fn push(&mut self, p: Piece) -> Option<Range<usize>> {
        let room = if self.lines == 0 { self.first } else { self.rest };
        let mut closed = None;
        if let Some((start, end)) = self.open
            && self.width + p.width > room
        {
            closed = Some(start..end);
            self.lines += 1;
            self.open = None;
            self.width = 0;
        }
        self.open = Some((self.open.map_or(p.start, |(start, _)| start), p.word_end));
        self.width += p.width + p.space;
        closed
    }
}

/// How much text is handed to textwrap's word finder at a time. It lists every break opportunity and copies the
/// text it is given, so a whole 10 MB paragraph at once would cost several times its size.
const WINDOW: usize = 16 << 10;

/// The first window of a wrap.
const FIRST_WINDOW: usize = 1 << 10;

/// Wraps `text` as [`wrap`] does and calls `line` with each line's byte range in order, keeping no list: memory
/// stays flat however many lines there are, and the work stops as soon as `line` returns false.
///
/// The text is wrapped a window at a time. All lines of a window but its last two are given out (those could end
/// differently once the text after the window is seen); the next window starts where the first line kept back
/// starts, with the width of a following line, which is how first fit would have gone on.
pub(crate) fn wrap_each(text: &str, first: usize, rest: usize, mut line: impl FnMut(Range<usize>) -> bool) {
    let mut start = 0;
    let mut width = first;
    // Small at first (a lookup of a few rows stops early), larger as the wrapping goes on.
    let mut window = FIRST_WINDOW;
    let mut lines: Vec<Range<usize>> = Vec::new();
    loop {
        let mut end = (start + window).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let last = end == text.len();
        lines.clear();
        wrap_whole(&text[start..end], width, rest, |r| {
            lines.push(start + r.start..start + r.end);
            true
        });
        if last {
            for r in lines.drain(..) {
                if !line(r) {
                    return;
                }
            }
            return;
        }
        if lines.len() <= 2 || lines[lines.len() - 2].start == start {
            // Too few lines to keep any: a longer window.
            window *= 2;
            continue;
        }
        let next = lines[lines.len() - 2].start;
        for r in lines.drain(..lines.len() - 2) {
            if !line(r) {
                return;
            }
        }
        start = next;
        width = rest;
        window = (window * 2).min(WINDOW);
    }
}

/// [`wrap_each`] on the whole text at once.
fn wrap_whole(text: &str, first: usize, rest: usize, mut line: impl FnMut(Range<usize>) -> bool) {
    let (first, rest) = (first.max(1), rest.max(1));
    let max = first.min(rest);
    let mut fit = FirstFit { first, rest, lines: 0, open: None, width: 0 };
    let mut any = false;
    let mut put = |p: Piece| match fit.push(p) {
        Some(r) if r.start <= r.end && r.end <= text.len() => {
            any = true;
            line(r)
        }
        _ => true,
    };
    let mut offset = 0;
    for word in WordSeparator::UnicodeBreakProperties.find_words(text) {
        let start = offset;
        let word_end = start + word.word.len();
        offset = word_end + word.whitespace.len() + word.penalty.len();
        let piece = Piece { start, word_end, width: str_width(word.word), space: word.whitespace.len() };
        let go_on = if piece.width > max { split_long(text, piece, max, &mut put) } else { put(piece) };
        if !go_on {
            return;
        }
    }
    match fit.open {
        Some((start, end)) if start <= end && end <= text.len() => {
            line(start..end);
        }
        _ if !any => {
            line(0..0);
        }
        _ => {}
    }
}

/// Wraps `text` into lines of at most `first` cells for the first line and `rest` cells for the others.
/// Returns the byte range of each line, trailing spaces left out. An empty text gives one empty line.
/// A single grapheme wider than the line (a wide character in a one-cell pane) gets a line of its own.
pub(crate) fn wrap(text: &str, first: usize, rest: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    wrap_each(text, first, rest, |r| {
        out.push(r);
        true
    });
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
    fn wrapping_a_window_at_a_time_gives_the_lines_of_a_whole_wrap() {
        let unit = "Premier Stalin wrote: 日本語のテキスト Ze\u{301}lie 👩\u{200d}👩\u{200d}👧 \
                    averyveryverylongwordthatmustbesplitacrosslines, and 3,000 more. ";
        let text = unit.repeat(3 * WINDOW / unit.len() + 7);
        for (first, rest) in [(1, 1), (2, 2), (7, 5), (20, 20), (80, 76), (300, 300)] {
            let mut whole = Vec::new();
            wrap_whole(&text, first, rest, |r| {
                whole.push(r);
                true
            });
            assert_eq!(wrap(&text, first, rest), whole, "width {first}/{rest}");
        }
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
