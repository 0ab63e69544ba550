//! What the markup says about words of a letter beyond their text: emphasis and superscript, deletions and
//! additions, unclear and supplied words, words a note comments on (TEI `anchor`), and the lines of the original.

/// Which text of a letter: a paragraph or a footnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextPart {
    Para(usize),
    Note(usize),
}

/// How words are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Emphasis {
    Italic,
    Bold,
    Underline,
    Superscript,
    Subscript,
    /// Struck out by the writer (TEI `del`).
    Deleted,
    /// Added by the writer (TEI `add`).
    Added,
    /// Hard to read (TEI `unclear`).
    Unclear,
    /// The editor's: a gap or words supplied.
    Editorial,
    /// Words a note comments on (TEI `anchor` and `note corresp`).
    Anchored,
}

impl Emphasis {
    /// The emphasis a TEI `rend` token names, if any.
    pub fn of_rend(token: &str) -> Option<Emphasis> {
        Some(match token {
            "italic" | "italics" | "i" | "it" | "em" => Emphasis::Italic,
            "bold" | "b" | "strong" | "spaced-out" | "spaced" | "letterspace" => Emphasis::Bold,
            "underline" | "underlined" | "u" | "double-underline" => Emphasis::Underline,
            "sup" | "superscript" | "super" => Emphasis::Superscript,
            "sub" | "subscript" => Emphasis::Subscript,
            _ => return None,
        })
    }
}

/// Emphasis over bytes `start..end` of a part of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styled {
    pub part: TextPart,
    pub start: usize,
    pub end: usize,
    pub emphasis: Emphasis,
}

/// A line of the original ends at byte `offset` of `part`: the next line begins there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineBreak {
    pub part: TextPart,
    pub offset: usize,
}
