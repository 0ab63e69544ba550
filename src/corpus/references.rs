//! References from a letter's text to other letters: explicit ones that name a date (`Your message of January
//! 11 has reached me`, `yours of February 13`, `my telegram of September 5th`) and the implicit thanks that
//! open a reply (`Thank you for your message`). Works on any format's paragraphs; resolving them to letters is
//! [`super::threads`]' work.

use super::Date;
use super::date::scan_date;
use super::model::{Letter, RefTarget, Reference};
use memchr::memmem;

/// Nouns a reference names the other letter by.
const NOUNS: &[&str] = &[
    "message",
    "messages",
    "letter",
    "letters",
    "telegram",
    "telegrams",
    "cable",
    "cables",
    "note",
    "notes",
    "communication",
    "communications",
    "reply",
    "replies",
    "answer",
    "wire",
];

/// Words that may stand between the possessive and the noun: `your personal and secret message`.
const ADJECTIVES: &[&str] = &[
    "personal",
    "secret",
    "most",
    "and",
    "two",
    "three",
    "last",
    "latest",
    "recent",
    "confidential",
    "kind",
    "long",
    "first",
    "second",
    "previous",
];

/// Phrases that open a reply without naming the date of the message answered, split around their `your`:
/// what comes before it, and what comes after it.
const THANKS: &[(&str, &str)] = &[
    ("thank you for ", ""),
    ("thanks for ", ""),
    ("thank you very much for ", ""),
    ("grateful for ", ""),
    ("i have received ", ""),
    ("i received ", ""),
    ("in reply to ", ""),
    ("in answer to ", ""),
    ("", " message just received"),
    ("", " message has reached me"),
    ("", " message received"),
];

/// Finds the references and the implicit thanks in `letter`, dating year-less references by `context`
/// (the letter's own date or, for an undated letter, the nearest date in its file).
pub fn detect(letter: &mut Letter, context: Option<Date>) {
    let mut refs = Vec::new();
    for (p, text) in letter.paragraphs.iter().enumerate() {
        find_in(text, p, context, &mut refs);
    }
    letter.references = refs;
    letter.thanks_implicitly = letter.paragraphs.iter().take(2).any(|p| opens_with_thanks(p));
}

fn opens_with_thanks(paragraph: &str) -> bool {
    let head = &paragraph.as_bytes()[..paragraph.len().min(400)];
    let ends_with_ci = |s: &[u8], suffix: &str| {
        s.len() >= suffix.len() && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    let starts_with_ci =
        |s: &[u8], prefix: &str| s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes());
    // Every phrase holds `your`: look only where it stands.
    [&b"your"[..], b"Your", b"YOUR"].iter().any(|word| {
        memmem::find_iter(head, word).any(|at| {
            let (before, after) = (&head[..at], &head[at + 4..]);
            THANKS.iter().any(|(b, a)| ends_with_ci(before, b) && starts_with_ci(after, a))
        })
    })
}

fn find_in(text: &str, p: usize, context: Option<Date>, out: &mut Vec<Reference>) {
    for sep in [" of ", " dated "] {
        for at in memmem::find_iter(text.as_bytes(), sep.as_bytes()) {
            let date_start = at + sep.len();
            let next = text.as_bytes().get(date_start).copied().unwrap_or(b' ');
            if !(next.is_ascii_digit() || matches!(next, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')) {
                continue;
            }
            let Some(found) = scan_date(&text[date_start..]) else { continue };
            let Some((start, target)) = owner_before(&text[..at]) else { continue };
            let end = date_start + found.len;
            let year = found.year.or_else(|| context.map(|c| infer_year(c, found.month)));
            let Some(year) = year else { continue };
            let days = std::iter::once((found.month, found.corrected_day.unwrap_or(found.day)))
                .chain(found.more_days.iter().flatten().copied());
            for (month, day) in days {
                out.push(Reference {
                    text: text[start..end].to_string(),
                    date: Date::new(year, month, day),
                    target,
                    paragraph: p,
                    start,
                    end,
                    letter: None,
                });
            }
        }
    }
    out.sort_by_key(|r| (r.paragraph, r.start));
}

/// A year-less date in a letter of `context`: the same year, or the year before when the month is later.
fn infer_year(context: Date, month: u8) -> i32 {
    if month > context.month { context.year - 1 } else { context.year }
}

/// Looks back from ` of`: `your message`, `yours`, `my telegram`, `the letter`, `your personal message No. 12`.
/// Gives the byte where the reference starts and whose letter it means.
fn owner_before(before: &str) -> Option<(usize, RefTarget)> {
    let mut words = Vec::new();
    let mut end = before.len();
    for _ in 0..8 {
        let trimmed = before[..end].trim_end();
        let start = trimmed.rfind(' ').map_or(0, |i| i + 1);
        words.push((start, &trimmed[start..]));
        if start == 0 {
            break;
        }
        end = start;
    }
    let mut it = words.into_iter().peekable();
    let (start0, first) = it.next()?;
    let bare = first.trim_matches(|c: char| !c.is_alphanumeric());
    if bare.eq_ignore_ascii_case("yours") {
        return Some((start0, RefTarget::Addressee));
    }
    // Skip a number: `No. 12`.
    let mut noun = (start0, bare);
    if bare.bytes().all(|b| b.is_ascii_digit()) {
        it.next_if(|(_, w)| w.eq_ignore_ascii_case("no.") || w.eq_ignore_ascii_case("no"));
        let (s, w) = it.next()?;
        noun = (s, w);
    }
    if !NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun.1)) {
        return None;
    }
    for (s, w) in it {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let lower = w.to_ascii_lowercase();
        match lower.as_str() {
            "your" => return Some((s, RefTarget::Addressee)),
            "the" => return Some((s, RefTarget::Addressee)),
            "my" | "our" => return Some((s, RefTarget::Own)),
            l if ADJECTIVES.contains(&l) => continue,
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str, context: Option<Date>) -> Vec<(String, String, RefTarget)> {
        let mut out = Vec::new();
        find_in(text, 0, context, &mut out);
        out.into_iter().map(|r| (r.text, r.date.map(|d| d.to_string()).unwrap_or_default(), r.target)).collect()
    }

    #[test]
    fn explicit_references() {
        let ctx = Date::new(1943, 1, 20);
        assert_eq!(
            refs("the question you raised before me in the letter of March 25 [24], 1945, and have found", None),
            vec![("the letter of March 25 [24], 1945".into(), "1945-03-24".into(), RefTarget::Addressee)]
        );
        assert_eq!(
            refs("Your message of January 11 has reached me.", ctx),
            vec![("Your message of January 11".into(), "1943-01-11".into(), RefTarget::Addressee)]
        );
        let two = refs("Your messages of January 5 and 7 received.", ctx);
        assert_eq!(two.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(), ["1943-01-05", "1943-01-07"]);
        assert_eq!(refs("I have yours of February 13.", Date::new(1943, 2, 20))[0].1, "1943-02-13");
        assert_eq!(
            refs("when I sent you my telegram of September 5th. Later", Date::new(1941, 11, 22)),
            vec![("my telegram of September 5th".into(), "1941-09-05".into(), RefTarget::Own)]
        );
        assert_eq!(refs("Your message of December 28 arrived.", ctx)[0].1, "1942-12-28");
    }

    #[test]
    fn other_dates_are_not_references() {
        assert!(refs("the Report of the Crimea Conference, February 12, 1945, Conferences at Malta", None).is_empty());
        assert!(refs("the events of June 22, 1941 showed", None).is_empty());
        assert!(refs("Your message of", None).is_empty());
    }

    #[test]
    fn thanks() {
        assert!(opens_with_thanks("Thank you for your message."));
        assert!(opens_with_thanks("Many thanks for your message just received. At the very"));
        assert!(!opens_with_thanks("I gave consideration to the question"));
    }
}
