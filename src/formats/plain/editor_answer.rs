//! An editor's statement of the letter a letter answers, in the headnote or the note on the document above it, or
//! in a bracketed line of its own: `This is evidently an answer to the preceding letter.`, `It appears to be an
//! answer to Calle's letter immediately preceding.`, `A reply to the foregoing.`, `(Reply to Letter 12)`, `[In
//! answer to No. 603.]`. The loader links it to that letter when the parties fit (see `loader::edition`).

use crate::model::Answered;

/// The most bytes between `answer to`/`reply to` and the word that names the letter (`Calle's letter
/// immediately preceding`).
const REACH: usize = 48;

/// The words that name the letter printed just before.
const PRECEDING: [&str; 5] = ["preceding", "foregoing", "previous letter", "letter above", "above letter"];

/// The words before a number that name a letter of the edition.
const NUMBERED: [&str; 6] = ["no. ", "no ", "letter ", "doc. ", "document ", "number "];

/// The statement in `text`, with the editor's words from `answer`/`reply` to the name of the letter.
pub fn stated(text: &str) -> Option<(Answered, String)> {
    // Only an editor's short text is read (a headnote, a bracketed line), never a long letter.
    if text.len() > 2000 {
        return None;
    }
    cues(text.as_bytes()).find_map(|(at, cue)| after_cue(text, at, cue))
}

/// Each `answer to `, `answers `, `reply to `, `replies to ` in `b` (any case), with its length: found from their
/// rarer letters, `w` and `p`, without building a searcher for each short text.
fn cues(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr2_iter(b'w', b'p', b).filter_map(move |i| {
        // `answer`'s `w` is its fourth letter, `reply`'s `p` its third.
        let at = i.checked_sub(if b[i] == b'w' { 3 } else { 2 })?;
        let rest = &b[at..];
        let cue = ["answer to ", "answers ", "reply to ", "replies to "]
            .iter()
            .find(|c| rest.get(..c.len()).is_some_and(|r| r.eq_ignore_ascii_case(c.as_bytes())))?;
        Some((at, cue.len()))
    })
}

/// The statement whose cue (`cue` bytes) starts at byte `at` of `text`, unless denied.
fn after_cue(text: &str, at: usize, cue: usize) -> Option<(Answered, String)> {
    let b = text.as_bytes();
    // A whole word: `in answer to`, not `manswer`.
    if at > 0 && b[at - 1].is_ascii_alphabetic() {
        return None;
    }
    // `No reply to the preceding letter is known`, `not an answer to`: denied.
    let before = text[..at].trim_end().as_bytes();
    let ends = |w: &[u8]| before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w);
    if ends(b"no") || ends(b"not an") || ends(b"not a") {
        return None;
    }
    let from = at + cue;
    let rest = text[from..floor_boundary(text, from + REACH + 16)].to_ascii_lowercase();
    // `the preceding letter`: the letter before, within the sentence.
    let sentence = rest[..floor_boundary(&rest, REACH)].split(['.', ';']).next().unwrap_or("");
    if let Some((k, w)) = PRECEDING.iter().find_map(|w| sentence.find(w).map(|k| (k, w))) {
        return Some((Answered::Preceding, text[at..from + k + w.len()].to_string()));
    }
    // `No. 603`, `Letter 12`: a number right after the word for the letter.
    let w = NUMBERED.iter().find(|w| rest.starts_with(*w))?;
    let digits = rest[w.len()..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || rest.as_bytes().get(w.len() + digits).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let number = rest[w.len()..w.len() + digits].to_string();
    Some((Answered::Number(number), text[at..from + w.len() + digits].to_string()))
}

/// The largest char boundary of `s` at or below `max`.
fn floor_boundary(s: &str, max: usize) -> usize {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Option<(Answered, String)> {
        stated(text)
    }

    #[test]
    fn the_preceding_letter_and_a_numbered_one_are_named() {
        let (a, words) = said("This is evidently an answer to the preceding letter.").expect("stated");
        assert_eq!((a, words.as_str()), (Answered::Preceding, "answer to the preceding"));
        let (a, words) = said("It appears to be an answer to Calle's letter immediately preceding.").expect("stated");
        assert_eq!((a, words.as_str()), (Answered::Preceding, "answer to Calle's letter immediately preceding"));
        assert_eq!(said("A reply to the foregoing.").map(|x| x.0), Some(Answered::Preceding));
        let (a, words) = said("(Reply to Letter 12)").expect("stated");
        assert_eq!((a, words.as_str()), (Answered::Number("12".into()), "Reply to Letter 12"));
        assert_eq!(said("[In answer to No. 603.]").map(|x| x.0), Some(Answered::Number("603".into())));
    }

    #[test]
    fn other_words_name_no_letter() {
        assert_eq!(said("The answer to this question is not known."), None);
        assert_eq!(said("No reply to this letter has been found; see the preceding volume."), None);
        assert_eq!(said("A reply to No. 12b of the series."), None, "no plain number");
        assert_eq!(said("Manswer to the preceding"), None);
        assert_eq!(said("No reply to the preceding letter is known."), None, "denied");
    }
}
