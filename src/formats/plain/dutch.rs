//! A Dutch web edition's heading of a letter in a scholar's correspondence: the edition's number, the date year
//! first with the month's Dutch name, then the direction (`1410. 1635 augustus 3. Aan J. Wtenbogaert.`, from the
//! collection's writer; `1411. 1635 augustus 11. Van J. Wtenbogaert.`, to him). The page's title names the writer
//! (`Briefwisseling van ...`, read with [`super::tongues::DUTCH`]): the side the heading leaves open is his,
//! however his signature is spelt.

use super::parties::Person;
use super::romance;
use super::tongues::DUTCH;
use super::words::QuickTrim;
use crate::model::date::{Found, month_from_word};

/// A heading read: its text as printed (without its final full stop), the edition's number, the date (none when the
/// closing line alone dates the letter), whether the letter went to the party named (`Aan`) or came from him
/// (`Van`), and the party (perhaps several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directed {
    pub text: String,
    pub number: String,
    pub date: Option<Found>,
    pub to: bool,
    pub people: Vec<Person>,
}

/// The heading in `t` (trimmed), if it is one.
pub fn heading(t: &str) -> Option<Directed> {
    // The edition's number of one to five figures and its full stop, then the year's first figure.
    let b = t.as_bytes();
    let digits = b.iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    // `1410a.`: a letter found after the numbering, between two numbers.
    let end = digits + usize::from(b.get(digits).is_some_and(u8::is_ascii_lowercase));
    if !(1..=5).contains(&digits) || t.len() > 160 || !t[end..].starts_with(". ") {
        return None;
    }
    // Every direction ends in `an ` or `en ` (`Aan`, `Aen`, `Van`, in capitals `AN `): a line without one is
    // turned away before its words are copied.
    let direction = |w: &[u8]| matches!(w[0] | 0x20, b'a' | b'e') && w[1] | 0x20 == b'n' && w[2] == b' ';
    if !b[end..].windows(3).any(direction) {
        return None;
    }
    // Spaces run together as the page's copy may double them (`1410.  1635 augustus 3.  Aan ...`).
    let spaced = t[end + 2..].split_whitespace().collect::<Vec<_>>().join(" ");
    let rest = spaced.as_str();
    // The direction after the date's full stop (or right after the number, when the edition dates the letter by
    // its closing line alone): `Aan ` or `Van `.
    let at = DIRECTIONS.iter().filter_map(|d| direction_at(rest, d)).min()?;
    let date = if at == 0 { None } else { date(rest[..at].trim_end())? };
    let (word, party) = rest[at..].split_once(' ')?;
    let to = matches!(word, "Aan" | "Aen" | "AAN");
    // The editor's doubt after the name (`Aan J. Wtenbogaert (?).`) is no part of it.
    let party = party.quick_trim().trim_end_matches('.');
    let party = [" (?)", " [?]", "(?)", "[?]"].iter().find_map(|d| party.strip_suffix(d)).unwrap_or(party);
    let people =
        party.split(" en ").map(|p| romance::party(p.quick_trim(), false, &DUTCH)).collect::<Option<Vec<Person>>>()?;
    let text = t.trim_end_matches('.').to_string();
    Some(Directed { text, number: t[..end].to_string(), date, to, people })
}

/// The words of the direction: from the collection's writer, then to him.
const DIRECTIONS: [&str; 4] = ["Aan ", "Aen ", "AAN ", "Van "];

/// Where `word` stands in `t` as the direction: at its start, or after a full stop and a space.
fn direction_at(t: &str, word: &str) -> Option<usize> {
    if t.starts_with(word) {
        return Some(0);
    }
    // After the date's full stop, an editor's bracket or the day's figure.
    t.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = t[..at].trim_end().as_bytes();
        at > 0 && t.as_bytes()[at - 1] == b' ' && matches!(before.last(), Some(b'.' | b']' | b')' | b'0'..=b'9'))
    })
}

/// `1635 augustus 3.`, `[1635] augustus 3.`, `1635 aug. 3.`, `1635 augustus 3 of 4.`, `1635 augustus.`, `[1635].`:
/// the date (none without a day); `None` when the words are no date.
fn date(head: &str) -> Option<Option<Found>> {
    let head = head.trim_end_matches(['.', ' ']);
    let mut words = head.split(' ').map(|w| w.trim_matches(['[', ']', '?', '.', '(', ')']));
    let year = words.next().filter(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))?;
    // `augustus` in small letters, as the heading prints it (capitalised, it may be the emperor's name).
    let month = match words.next() {
        Some(m) => Some(if m == "augustus" { 8 } else { month_from_word(m)? }),
        None => None,
    };
    // The day, perhaps with the editor's doubt after it (`3 of 4`, `3 (?)`).
    let day = match words.next() {
        Some(d) => Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    let Some(month) = month else { return Some(None) };
    let found = day.map(|day| Found {
        month,
        day,
        corrected_day: None,
        year: year.parse().ok(),
        more_days: [None; 3],
        len: head.len(),
    });
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heading's senders, recipients, date and number.
    type Read = (Vec<String>, Vec<String>, Option<String>, Option<String>);

    fn read(t: &str) -> Option<Read> {
        let h = heading(t)?;
        let names: Vec<String> = h.people.iter().map(|p| p.name.clone()).collect();
        let date = h.date.and_then(|f| f.date(0)).map(|d| d.to_string());
        let (s, r) = if h.to { (Vec::new(), names) } else { (names, Vec::new()) };
        Some((s, r, date, Some(h.number)))
    }

    #[test]
    fn a_number_a_date_year_first_and_the_direction() {
        let (s, r, d, n) = read("2301. 1642 februari 20. Van P. van Arckel.").expect("a letter to the writer");
        assert_eq!((s, r), (vec!["Arckel".to_string()], Vec::new()));
        assert_eq!((d.as_deref(), n.as_deref()), (Some("1642-02-20"), Some("2301")));
        let (s, r, d, _) = read("17. 1630 Julij 2. Aan Mevrouw van der Myle.").expect("a letter from the writer");
        assert_eq!((s, r, d.as_deref()), (Vec::new(), vec!["Myle".to_string()], Some("1630-07-02")));
        let (_, _, d, _) = read("1410. 1635 augustus 3. Aan J. Wtenbogaert.").expect("the eighth month");
        assert_eq!(d.as_deref(), Some("1635-08-03"));
        let (_, _, d, _) = read("88. [1631] maart. Aan J. de Laet.").expect("a month without its day");
        assert_eq!(d, None);
        let (_, r, d, n) = read("412a. 1639 Junij 3 of 4. Aan den Prins van Oranje.").expect("a day in doubt");
        assert_eq!((r, d.as_deref(), n.as_deref()), (vec!["Oranje".to_string()], Some("1639-06-03"), Some("412a")));
        let (s, _, d, _) = read("97. 1633 sept. 12. Van C. Barlaeus.").expect("a month cut short");
        assert_eq!((s, d.as_deref()), (vec!["Barlaeus".to_string()], Some("1633-09-12")));
        let (s, _, d, _) = read("99.  1633  sept. 12  Van C. Barlaeus (?).").expect("spaces doubled, no stop");
        assert_eq!((s, d.as_deref()), (vec!["Barlaeus".to_string()], Some("1633-09-12")));
        let (s, _, d, _) = read("98. Van C. Barlaeus.").expect("dated by its closing line alone");
        assert_eq!((s, d), (vec!["Barlaeus".to_string()], None));
        for no in [
            "1642. Van Arckel kwam in maart 3 boeken halen.",
            "12. 1642 februari 20. Daarna vertrok hij.",
            "2301 1642 februari 20. Van P. van Arckel.",
            "3. 1642 waren er 20. Van de boeken.",
        ] {
            assert_eq!(read(no), None, "{no}");
        }
    }
}
