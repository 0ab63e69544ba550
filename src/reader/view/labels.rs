//! How a letter is named in a row of the list, the chain and the bookmarks, and the list's marks.

use crate::model::Letter;

/// The mark of an unread letter.
pub(crate) const UNREAD: &str = "•";
/// The mark of a letter printed in several editions (listed once).
pub(crate) const EDITIONS: &str = "⧉ ";
/// The mark of a bookmarked letter.
pub(crate) const BOOKMARK: &str = "★";

/// `18 Jul 1941`, `Nov 1846` when only the month is known, or `undated`.
pub(crate) fn date_label(l: &Letter) -> String {
    l.date.map(|d| d.short()).or_else(|| l.date_range().and_then(|r| r.short())).unwrap_or_else(|| "undated".into())
}

/// The first words of the body, past the short label lines a letter may open with (a classification such as
/// `top secret`, an editor's `[Translation]`); the heading when there is no body.
pub(crate) fn summary(l: &Letter, max_chars: usize) -> String {
    let body = l.paragraphs.iter().find(|p| !is_label_line(p)).or(l.paragraphs.first());
    let text = match body {
        Some(p) if !p.trim().is_empty() => p.trim(),
        _ => l.heading.trim(),
    };
    let mut out: String = text.chars().take(max_chars).collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// A line that labels rather than says: bracketed whole, or at most three words ending without punctuation.
fn is_label_line(p: &str) -> bool {
    let p = p.trim();
    let bracketed = p.starts_with('[') && p.ends_with(']');
    let short = p.split_whitespace().nth(3).is_none() && !p.ends_with(|c: char| c.is_ascii_punctuation() && c != ')');
    bracketed || short
}
