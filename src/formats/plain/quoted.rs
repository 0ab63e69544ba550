//! Editions that print each document in quotation marks (the nineteenth-century collections of a commander's or a
//! statesman's dispatches): under a heading without one (`To Viscount Castlereagh.`), every line that opens a part
//! of the document opens with the edition's mark (`'Coimbra, 14th May, 1809.`, `'MY LORD,`, `'I have the honor
//! ...`), and the signature closes it (`'ARTHUR WELLESLEY.'`). The marks are the edition's, not the letter's: the
//! parser reads the lines without them, as other editions print their letters.
//!
//! A document's quotation opens on a line after a blank one that holds, past its mark, a date line or a salutation
//! alone (a letter quoted in running prose opens otherwise); from there each line opening with the same mark loses
//! it (but a line set to the right right under another, whose indentation tells it apart), a line after a blank one
//! without it ends the quotation (a footnote, the next heading), and a closing mark after a stop at a line's end is
//! dropped (on a short line, the signature's, it ends the quotation too). A
//! quotation inside a paragraph keeps its marks.

use super::lines;
use super::words::QuickTrim;

/// The lines of an iterator, without the marks of an edition that quotes its documents.
pub struct Unquoted<I> {
    lines: I,
    /// The mark that opens the lines of the document being read (`'`, `"`, `‘`, `“`), and the one that closes it.
    mark: Option<(char, char)>,
    /// The line before was blank (or there was none): the line read opens a paragraph.
    after_blank: bool,
}

impl<I> Unquoted<I> {
    pub fn new(lines: I) -> Unquoted<I> {
        Unquoted { lines, mark: None, after_blank: true }
    }
}

impl<'a, I: Iterator<Item = &'a str>> Iterator for Unquoted<I> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let line = self.lines.next()?;
        // Most lines open with a letter or a figure (no mark, not blank), or are empty: known by the first byte.
        match line.as_bytes().first() {
            Some(b) if b.is_ascii_alphanumeric() => {
                if std::mem::replace(&mut self.after_blank, false) {
                    self.mark = None;
                }
                return Some(line);
            }
            None => {
                self.after_blank = true;
                return Some(line);
            }
            Some(_) => {}
        }
        // The others trimmed once: blank when nothing is left.
        let t = line.quick_trim_start();
        let after_blank = std::mem::replace(&mut self.after_blank, t.is_empty());
        if self.after_blank {
            return Some(line);
        }
        let Some(first) = t.chars().next().filter(|c| matches!(c, '\'' | '"' | '‘' | '“')) else {
            if after_blank {
                self.mark = None;
            }
            return Some(line);
        };
        match self.mark {
            // A line set to the right under another (a closing, a signature) keeps its mark: the mark cannot go
            // without its indentation, which tells the line apart from the paragraph's.
            Some((open, _)) if first == open && !after_blank && t.len() < line.len() => Some(line),
            Some((open, close)) if first == open => Some(self.unquote(&t[first.len_utf8()..], close)),
            Some(_) if after_blank => {
                self.mark = None;
                Some(line)
            }
            Some(_) => Some(line),
            None => {
                let rest = &t[first.len_utf8()..];
                if !after_blank || !opens_document(rest) {
                    return Some(line);
                }
                let close = match first {
                    '‘' => '’',
                    '“' => '”',
                    c => c,
                };
                self.mark = Some((first, close));
                Some(self.unquote(rest, close))
            }
        }
    }
}

impl<I> Unquoted<I> {
    /// The line past its opening mark, without the closing one after a stop at its end; a short line so closed
    /// (the signature) ends the quotation.
    fn unquote<'a>(&mut self, rest: &'a str, close: char) -> &'a str {
        let t = rest.quick_trim_end();
        let Some(inner) = t.strip_suffix(close) else { return rest };
        if !inner.ends_with(['.', ',', '!', '?', ')', ';']) {
            return rest;
        }
        if inner.len() <= 60 {
            self.mark = None;
        }
        inner
    }
}

/// The first line of a document quoted whole: past its mark, a date line or a salutation alone on its line.
fn opens_document(rest: &str) -> bool {
    let t = rest.quick_trim();
    if t.is_empty() || t.len() > 100 {
        return false;
    }
    lines::salutation(t).is_some_and(|(_, after)| after.is_empty()) || lines::date_line(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<&str> {
        Unquoted::new(text.split('\n')).collect()
    }

    #[test]
    fn an_editions_marks_leave_the_document() {
        let page = "To Viscount Castlereagh.\n\n        'Coimbra, 14th May, 1809.\n\n'MY LORD,\n\n'I have the honor \
                    to report that\nthe people 'will come.'\n\n'ARTHUR WELLESLEY.'\n\n* A note.\n\n'Tis said.";
        assert_eq!(
            read(page),
            [
                "To Viscount Castlereagh.",
                "",
                "Coimbra, 14th May, 1809.",
                "",
                "MY LORD,",
                "",
                "I have the honor to report that",
                "the people 'will come.'",
                "",
                "ARTHUR WELLESLEY.",
                "",
                "* A note.",
                "",
                "'Tis said."
            ]
        );
    }

    #[test]
    fn a_closing_set_to_the_right_under_the_paragraph_keeps_its_mark() {
        let page =
            "\n      \"Lichtenfels, July 20th, 1852.\n\n  \"DEAR BROTHER,--The brig came in.\n            \"Yours,";
        assert_eq!(
            read(page),
            ["", "Lichtenfels, July 20th, 1852.", "", "DEAR BROTHER,--The brig came in.", "            \"Yours,"]
        );
    }

    #[test]
    fn a_letter_quoted_in_prose_keeps_its_marks() {
        let page = "He wrote:\n\n\"SIR,--I have received yours.\n\n\"I am, &c.\"";
        assert_eq!(read(page), ["He wrote:", "", "\"SIR,--I have received yours.", "", "\"I am, &c.\""]);
        let curly = "\n“MY DEAR LORD,\n\n“I write.\n\n“C.”";
        assert_eq!(read(curly), ["", "MY DEAR LORD,", "", "I write.", "", "C."]);
    }
}
