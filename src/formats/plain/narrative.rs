//! An editor's narrative edition ("Letters and Speeches", "Life and Letters"): under `LETTER XXI.` the editor's
//! commentary comes first, then the letter's superscription naming its addressee (`For my noble Friend Sir
//! Thomas Lacy, General of the Western Army: These.`), and letters the commentary quotes stand in quotation marks
//! (`"SIR,--I have received ...` to `"Windsor, 9th May 1645."`).

use super::lines::strip_prefix_ci;
use super::parties::{self, Person};

/// `For the Honourable the Committee of the County sitting at Bedford: These.`, `To my loving Brother Colonel
/// Hugh Barton, at his house at Elstow: These.`: the addressee a superscription names. A body of people is named
/// by its head word and where it sits (`Committee at Bedford`); a person, as a party is.
pub fn superscription(text: &str) -> Option<Person> {
    let t = text.trim();
    if t.len() > 240 {
        return None;
    }
    let body = t.strip_suffix("These.").or_else(|| t.strip_suffix("these."))?;
    let body = body.trim_end().trim_end_matches([':', ',', ';']).trim_end();
    let rest = strip_prefix_ci(body, "for ").or_else(|| strip_prefix_ci(body, "to "))?;
    // What follows the first comma is an office or an abode (`, at his house at Elstow`).
    let head = rest.split(',').next()?.trim();
    let mut words = head.split(' ').peekable();
    // Courtesies before the name: `my noble`, `the Honourable`, `the Right Worshipful`.
    let courtesy = |w: &str| {
        w.starts_with(char::is_lowercase)
            || ["Honourable", "Honorable", "Right", "Worshipful", "Noble"].iter().any(|c| w.eq_ignore_ascii_case(c))
    };
    let mut body_of_people = false;
    let mut skipped = 0;
    while let Some(w) = words.next_if(|w| courtesy(w)) {
        // `the Honourable the Committee`: a second `the` names a body, not a person.
        body_of_people |= skipped > 0 && w.eq_ignore_ascii_case("the");
        skipped += 1;
    }
    let named: Vec<&str> = words.collect();
    if named.is_empty() {
        return None;
    }
    if body_of_people {
        let noun: Vec<&str> =
            named.iter().copied().take_while(|w| w.starts_with(char::is_uppercase) || *w == "and").collect();
        let seat = head.rsplit_once(" at ").map(|(_, p)| p.trim()).filter(|p| p.starts_with(char::is_uppercase));
        let noun = noun.join(" ");
        let name = match seat {
            Some(p) => format!("{noun} at {p}"),
            None => noun,
        };
        return Some(Person { name, printed: rest.trim().to_string(), office: true });
    }
    let party = named.join(" ");
    parties::person(&party).map(|p| Person { printed: rest.trim().to_string(), ..p })
}

/// `"SIR,--I have received ...`: a letter quoted in the commentary opens with a quotation mark, its greeting in
/// capitals and a dash. Gives the text after the dash.
pub fn quoted_opening(text: &str) -> Option<&str> {
    let t = text.trim().strip_prefix(['"', '\u{201c}'])?;
    let (greeting, rest) = t.split_once(",--").or_else(|| t.split_once(",\u{2014}"))?;
    let ok = !greeting.is_empty()
        && greeting.len() <= 30
        && greeting.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.');
    ok.then_some(rest.trim_start())
}

/// A quoted letter's line without its opening quotation mark, and whether it closes the quotation.
pub fn unquoted(line: &str) -> (&str, bool) {
    let t = line.trim();
    let t = t.strip_prefix(['"', '\u{201c}']).unwrap_or(t);
    match t.strip_suffix(['"', '\u{201d}']) {
        Some(inner) => (inner.trim_end(), true),
        None => (t, false),
    }
}

/// Whether the commentary before a quoted letter says it was written to the edition's writer, named by `surname`:
/// `he wrote to Ashdown as follows`, `the letter to him`.
pub fn written_to(commentary: &[&str], surname: &str) -> bool {
    commentary.iter().any(|l| {
        l.match_indices(" to ").any(|(at, _)| {
            let after = &l[at + 4..];
            after.starts_with("him") || after.starts_with(surname)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn superscriptions_name_a_body_or_a_person() {
        let name = |t: &str| superscription(t).map(|p| (p.name, p.office));
        assert_eq!(
            name("For the Honourable the Committee of the County sitting at Bedford: These."),
            Some(("Committee at Bedford".to_string(), true))
        );
        assert_eq!(
            name("For my noble Friend Sir Thomas Lacy, General of the Western Army: These."),
            Some(("Lacy".to_string(), false))
        );
        assert_eq!(
            name("To my loving Brother Colonel Hugh Barton, at his house at Elstow: These."),
            Some(("Barton".to_string(), false))
        );
        assert_eq!(name("For these reasons I stayed."), None);
    }

    #[test]
    fn quoted_letters_open_with_a_greeting_in_capitals() {
        assert_eq!(quoted_opening("\"SIR,--I have received command"), Some("I have received command"));
        assert_eq!(quoted_opening("\"Sir, said he, I will not"), None);
        assert_eq!(unquoted("\"Windsor, 9th May 1645.\""), ("Windsor, 9th May 1645.", true));
    }
}
