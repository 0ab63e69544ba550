//! Letter headings, in the many styles of the editions: `Personal Message from Stalin to Mr Churchill`,
//! `W. CHURCHILL TO J. V. STALIN*`, `The Chairman of the Council ... (Stalin) to President Roosevelt 75`, ...

use super::inline::extract;
use crate::formats::plain::names::{ends_with_person, join, people};

/// A recognised heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The heading as printed, without footnote markers.
    pub text: String,
    pub sender: String,
    pub recipient: String,
    /// (marker, byte offset in `text`).
    pub markers: Vec<(String, usize)>,
}

/// First words a heading may start with (besides a name, a title or an initial).
const STARTERS: &[&str] = &[
    "personal",
    "secret",
    "most",
    "top",
    "message",
    "messages",
    "from",
    "the",
    "joint",
    "telegram",
    "letter",
    "reply",
    "mr",
    "mr.",
    "premier",
    "president",
    "prime",
    "marshal",
    "generalissimo",
    "ambassador",
    "secretary",
    "his",
    "strictly",
    "confidential",
    "private",
    "urgent",
    "note",
    "memorandum",
    "acting",
    "chairman",
    "commissar",
    "general",
];

/// Recognises a heading line; `None` for anything else.
pub fn parse(line: &str) -> Option<Heading> {
    let t = line.trim();
    if t.len() < 8 || t.len() > 400 {
        return None;
    }
    // Cheap refusals first: a sentence's end, or no ` to ` at all.
    let end = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '*' || c == ' ');
    if end.ends_with(['.', '?', '!', ';', ':', ','])
        || [&b" to "[..], b" TO ", b" To "].iter().all(|w| memchr::memmem::find(t.as_bytes(), w).is_none())
    {
        return None;
    }
    // A number after a space at the very end is a footnote marker: `President Roosevelt 75`.
    let (body, trailing) = split_trailing_number(t);
    let inline = extract(body);
    let text = inline.text.trim_end().to_string();
    if text.split_whitespace().count() > 45 || text.ends_with(['.', '?', '!', ';', ':', ',']) {
        return None;
    }
    let first = text.split_whitespace().next().unwrap_or("");
    let upper = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let first_ok = upper
        || STARTERS.iter().any(|s| s.eq_ignore_ascii_case(first))
        || (first.len() == 2 && first.ends_with('.') && first.starts_with(char::is_uppercase))
        || !people(first).is_empty() && first.starts_with(char::is_uppercase);
    if !first_ok {
        return None;
    }
    let (sender, recipient) = split_parties(&text)?;
    let mut markers = inline.markers;
    if let Some(n) = trailing {
        markers.push((n.to_string(), text.len()));
    }
    Some(Heading { text, sender, recipient, markers })
}

/// `... President Roosevelt 75` → (`... President Roosevelt`, Some(`75`)).
fn split_trailing_number(t: &str) -> (&str, Option<&str>) {
    if let Some(space) = t.rfind(' ') {
        let last = &t[space + 1..];
        let before = t[..space].trim_end();
        if (1..=3).contains(&last.len())
            && last.bytes().all(|b| b.is_ascii_digit())
            && before.ends_with(|c: char| c.is_alphabetic() || c == ')' || c == '*')
        {
            return (before, Some(last));
        }
    }
    (t, None)
}

/// Finds the ` to ` that has a person on each side: sender and recipient, canonical.
fn split_parties(text: &str) -> Option<(String, String)> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(" to ") {
        let at = from + pos;
        let left = &text[..at];
        let right = &text[at + 4..];
        if ends_with_person(left) && ends_with_person(right) {
            let lower_left = &lower[..at];
            let sender_part = match lower_left.rfind("from ") {
                Some(f) if f == 0 || lower_left.as_bytes()[f - 1] == b' ' => &left[f + 5..],
                _ => left,
            };
            let senders = people(sender_part);
            let recipients = people(right);
            if !senders.is_empty() && !recipients.is_empty() {
                return Some((join(&senders), join(&recipients)));
            }
        }
        from = at + 4;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(line: &str) -> Option<(String, String)> {
        parse(line).map(|h| (h.sender, h.recipient))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn heading_styles() {
        assert_eq!(parties("Personal Message from Stalin to Mr Churchill"), pair("Stalin", "Churchill"));
        assert_eq!(
            parties("Personal and Secret Message from Premier Stalin to Prime Minister Churchill"),
            pair("Stalin", "Churchill")
        );
        assert_eq!(
            parties(
                "Most Secret and Personal Message from the Prime Minister, Mr Winston Churchill, to Premier Stalin"
            ),
            pair("Churchill", "Stalin")
        );
        assert_eq!(parties("MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL"), pair("Stalin", "Churchill"));
        assert_eq!(parties("W. CHURCHILL TO J. V. STALIN*"), pair("Churchill", "Stalin"));
        assert_eq!(
            parties("Message from Premier J. V. Stalin to President F. D. Roosevelt"),
            pair("Stalin", "Roosevelt")
        );
        assert_eq!(
            parties(
                "The People's Commissar for Foreign Affairs of the Soviet Union (Molotov) to the American Chargé in the Soviet Union (Henderson)"
            ),
            pair("Molotov", "Henderson")
        );
        assert_eq!(
            parties(
                "Personal and Secret Message from President Roosevelt and Prime Minister Churchill to Marshal Stalin"
            ),
            pair("Roosevelt, Churchill", "Stalin")
        );
    }

    #[test]
    fn later_correspondents() {
        assert_eq!(parties("Message from Prime Minister Attlee to Generalissimo Stalin"), pair("Attlee", "Stalin"));
        assert_eq!(
            parties("Personal and Secret from President Truman to Generalissimo Stalin"),
            pair("Truman", "Stalin")
        );
        assert_eq!(parties("Premier J. V. Stalin to President H. S. Truman*"), pair("Stalin", "Truman"));
        assert_eq!(parties("Message from Premier Stalin to Mr Smith"), pair("Stalin", "Smith"));
    }

    #[test]
    fn frus_heading_with_trailing_marker() {
        let h = parse(
            "The Chairman of the Council of Peopled Commissars of the Soviet Union (Stalin) to President Roosevelt 75",
        )
        .expect("heading");
        assert_eq!((h.sender.as_str(), h.recipient.as_str()), ("Stalin", "Roosevelt"));
        assert!(h.text.ends_with("President Roosevelt"));
        assert_eq!(h.markers, vec![("75".to_string(), h.text.len())]);
        let h = parse("W. CHURCHILL TO J. V. STALIN*").expect("heading");
        assert_eq!(h.text, "W. CHURCHILL TO J. V. STALIN");
        assert_eq!(h.markers, vec![("*".to_string(), h.text.len())]);
    }

    #[test]
    fn body_sentences_are_not_headings() {
        assert_eq!(parse("Allow me to thank you for your two personal messages."), None);
        assert_eq!(parse("I gave Mr Churchill's message to Marshal Stalin who"), None);
        assert_eq!(parse("It would be easier still to open a front in the North"), None);
        assert_eq!(parse("The message went to Stalin."), None);
    }
}
