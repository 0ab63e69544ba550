//! A covering note that passes on another letter: the words that name the letter carried (`I inform you herewith
//! of the following message from Premier I. V. Stalin to President Franklin D. Roosevelt:`), or its own caption
//! quoted inside the note (`“Personal and Secret Message from Premier Stalin to President Roosevelt.`).

use super::heading;
use super::parties::Person;

/// The letter a note passes on: its writers, its readers, and the words that name it.
pub type Passed = (Vec<Person>, Vec<Person>, String);

/// Looks in the note's first paragraphs (a bounded head of each) for the letter it passes on.
pub fn carried(paragraphs: &crate::model::Paragraphs) -> Option<Passed> {
    paragraphs.iter().take(4).find_map(|p| following(p).or_else(|| quoted_caption(p)))
}

static FOLLOWING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ollowing "));

/// `... the following message from A to B:`: the clause from the kind of letter to the colon that introduces it.
fn following(p: &str) -> Option<Passed> {
    let mut cut = p.len().min(600);
    while !p.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &p[..cut];
    // `following` or `Following`, found without lowering the text.
    let at = FOLLOWING.find_iter(head.as_bytes()).find(|&k| k > 0 && matches!(head.as_bytes()[k - 1], b'f' | b'F'))?;
    let rest = &head[at + "ollowing ".len()..];
    let clause = rest[..rest.find(':')?].trim();
    let h = heading::parse(clause, false)?;
    let words = format!("following {clause}");
    (!h.senders.is_empty() && !h.recipients.is_empty()).then_some((h.senders, h.recipients, words))
}

/// A paragraph that opens with a quotation mark and is a heading naming both parties: the caption of the letter
/// quoted.
fn quoted_caption(p: &str) -> Option<Passed> {
    let t = p.trim_start().strip_prefix(['“', '"'])?;
    if t.len() > 300 {
        return None;
    }
    let h = heading::parse(t, false)?;
    let words = t.trim().to_string();
    (!h.senders.is_empty() && !h.recipients.is_empty()).then_some((h.senders, h.recipients, words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &str) -> Option<(String, String)> {
        carried(&crate::model::Paragraphs::from([p])).map(|(s, r, _)| (s[0].name.clone(), r[0].name.clone()))
    }

    #[test]
    fn the_letter_a_note_passes_on() {
        let note = "Esteemed Mr. Henderson: I inform you herewith of the following message from Premier I. V. \
                    Stalin to President Franklin D. Roosevelt:";
        assert_eq!(names(note), Some(("Stalin".into(), "Roosevelt".into())));
        let caption = "“Personal and Secret Message from Premier Stalin to President Roosevelt.";
        assert_eq!(names(caption), Some(("Stalin".into(), "Roosevelt".into())));
        assert_eq!(names("The following points were put to the Minister: first, that"), None);
        assert_eq!(names("“I have read your letter to the Governor with care."), None);
    }
}
