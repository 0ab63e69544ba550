//! One look at a line before the detectors read it: the facts their cheapest necessary conditions need, found
//! once and shared, so that a line of prose is turned away by each detector without being read again.

use super::words::{QuickTrim, has_digit};

/// What one look at a line that is not blank found.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    /// The line trimmed at both ends.
    pub text: &'a str,
    /// The text's first byte in lower case (ASCII): the small shapes open with their own few.
    pub lead: Option<u8>,
    /// Whether the text may hold an ASCII digit, as every date line does (its year, or its day, in figures):
    /// false only for a text of at most [`DIGITS_READ`] bytes without one.
    pub digit: bool,
}

impl<'a> Look<'a> {
    /// The look at `line`.
    pub fn of(line: &'a str) -> Look<'a> {
        let text = line.quick_trim();
        let lead = text.as_bytes().first().map(u8::to_ascii_lowercase);
        let digit = text.len() > DIGITS_READ || has_digit(text.as_bytes());
        Look { text, lead, digit }
    }
}

/// The longest text whose digits are looked for: the shapes that need one are shorter (a date line has at most 100
/// bytes, a line with a date set apart by a gap 200), and a paragraph's long line is not read for them.
const DIGITS_READ: usize = 200;
