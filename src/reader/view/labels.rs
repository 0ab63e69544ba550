//! How a letter is named in a row of the list, the chain and the bookmarks, and the list's marks.

use crate::model::Letter;

/// The mark of an unread letter.
pub(crate) const UNREAD: &str = "•";
/// The mark of a letter printed in several editions (listed once).
pub(crate) const EDITIONS: &str = "⧉ ";
/// The mark of a bookmarked letter.
pub(crate) const BOOKMARK: &str = "★";

/// `18 Jul 1941`, or `undated`.
pub(crate) fn date_label(l: &Letter) -> String {
    l.date.map(|d| d.short()).unwrap_or_else(|| "undated".to_string())
}

/// The heading, or the first words when the heading only names the correspondents.
pub(crate) fn summary(l: &Letter, max_chars: usize) -> String {
    let h = l.heading.to_lowercase();
    let names_only = |side: &crate::model::People| {
        side.names().all(|name| {
            let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
            !last.is_empty() && h.contains(&last)
        }) && !side.is_empty()
    };
    if l.heading.trim().is_empty() || (names_only(&l.sender) && names_only(&l.recipient) && !l.paragraphs.is_empty()) {
        l.first_words(max_chars)
    } else {
        l.heading.chars().take(max_chars).collect()
    }
}
