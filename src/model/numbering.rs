//! The number that opens a numbered paragraph (`2. `, `(b) `, `iv) `): one reading of it, for the plain-text
//! parser (which splits paragraphs before one) and for presentation (which indents the lines after the first).

/// The number opening a text: its label, how it is written, and how far the text after it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbering<'a> {
    /// The label between the brackets or before the dot: `2`, `b`, `iv`.
    pub label: &'a str,
    /// Whether an opening bracket comes first: `(b)`.
    pub bracketed: bool,
    /// The character after the label: `.` or `)`.
    pub close: u8,
    /// Bytes up to the text after the number and the spaces following it.
    pub prefix: usize,
    /// Whether text follows the spaces.
    pub followed: bool,
}

impl Numbering<'_> {
    /// The start of a paragraph the plain-text parser begins at: `2. President ...` (one or two digits and a
    /// dot) or `(a) The ...` (one small letter in brackets).
    pub fn splits_paragraph(&self) -> bool {
        let b = self.label.as_bytes();
        if self.bracketed {
            return self.close == b')' && b.len() == 1 && b[0].is_ascii_lowercase();
        }
        self.close == b'.' && (1..=2).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
    }
}

/// The number opening `text` (no spaces before it): up to four digits, one letter or a roman numeral, in
/// brackets or not, then `.` or `)` and at least one space. `None` for anything else (`1941 was`, `In 1941.`).
pub fn numbering(text: &str) -> Option<Numbering<'_>> {
    let b = text.as_bytes();
    let bracketed = b.first() == Some(&b'(');
    let start = usize::from(bracketed);
    let mut i = start;
    while i < b.len() && i - start < 4 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let label = &text[start..i];
    let is_number = !label.is_empty()
        && (label.bytes().all(|c| c.is_ascii_digit())
            || label.len() == 1
            || label.bytes().all(|c| b"ivxlIVXL".contains(&c)));
    let close = *b.get(i)?;
    if !is_number || !(close == b'.' || close == b')') {
        return None;
    }
    let spaces = b[i + 1..].iter().take_while(|c| **c == b' ').count();
    if spaces == 0 {
        return None;
    }
    let prefix = i + 1 + spaces;
    Some(Numbering { label, bracketed, close, prefix, followed: prefix < b.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_with_their_form() {
        let n = numbering("2. The second point").expect("a number");
        assert_eq!((n.label, n.bracketed, n.close, n.prefix, n.followed), ("2", false, b'.', 3, true));
        assert!(n.splits_paragraph());
        let n = numbering("(b) another").expect("a letter in brackets");
        assert_eq!((n.label, n.bracketed, n.prefix), ("b", true, 4));
        assert!(n.splits_paragraph());
        let n = numbering("iv) roman").expect("a roman numeral");
        assert_eq!(n.prefix, 4);
        assert!(!n.splits_paragraph(), "the parser splits only at digits and bracketed letters");
        assert!(!numbering("123. a").expect("three digits").splits_paragraph());
        assert!(!numbering("(1) a").expect("a bracketed digit").splits_paragraph());
        assert!(!numbering("2. ").expect("a number alone").followed);
        assert_eq!(numbering("1941 was a year"), None);
        assert_eq!(numbering("In 1941. Then"), None);
        assert_eq!(numbering("2."), None);
        assert_eq!(numbering("2.\tx"), None);
    }
}
