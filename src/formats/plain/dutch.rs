//! A Dutch web edition's heading of a letter in a scholar's correspondence: the edition's number, the date year
//! first with the month's Dutch name, then the direction (`1410. 1635 augustus 3. Aan J. Wtenbogaert.`, from the
//! collection's writer; `1411. 1635 augustus 11. Van J. Wtenbogaert.`, to him). The page's title names the writer
//! (`Briefwisseling van ...`, read with [`super::tongues::DUTCH`]): the side the heading leaves open is his,
//! however his signature is spelt.

use super::heading::Heading;
use super::parties::Person;
use super::romance;
use super::tongues::DUTCH;
use super::words::QuickTrim;
use crate::model::date::{Found, month_from_word};

/// The heading in `t` (trimmed), if it is one: its number, its date and the one party it names.
pub fn heading(t: &str) -> Option<Heading> {
    // The edition's number of one to five figures and its full stop, then the year's first figure.
    let b = t.as_bytes();
    let digits = b.iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=5).contains(&digits) || t.len() > 160 || !t[digits..].starts_with(". ") {
        return None;
    }
    let rest = &t[digits + 2..];
    let (date, rest) = date(rest)?;
    let (to, party) = match rest.split_once(' ')? {
        ("Aan" | "Aen" | "AAN", p) => (true, p),
        ("Van" | "VAN", p) => (false, p),
        _ => return None,
    };
    let party = party.quick_trim().trim_end_matches('.');
    let people =
        party.split(" en ").map(|p| romance::party(p.quick_trim(), false, &DUTCH)).collect::<Option<Vec<Person>>>()?;
    let (senders, recipients) = if to { (Vec::new(), people) } else { (people, Vec::new()) };
    Some(Heading {
        senders,
        recipients,
        date,
        number: Some(t[..digits].to_string()),
        collection_side: true,
        ..Heading::bare(t.trim_end_matches('.').to_string())
    })
}

/// `1635 augustus 3. `, `[1635] augustus 3. `, `1635 augustus. ` at the start of `t`: the date (none without a
/// day), and the rest after its full stop.
fn date(t: &str) -> Option<(Option<Found>, &str)> {
    let (head, rest) = t.split_once(". ")?;
    let mut words = head.split(' ').map(|w| w.trim_matches(['[', ']', '?']));
    let year = words.next().filter(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()))?;
    let month = month_from_word(words.next()?)?;
    let day = match words.next() {
        Some(d) => Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    if words.next().is_some() {
        return None;
    }
    let found = day.map(|day| Found {
        month,
        day,
        corrected_day: None,
        year: year.parse().ok(),
        more_days: [None; 3],
        len: head.len(),
    });
    Some((found, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(Vec<String>, Vec<String>, Option<String>, Option<String>)> {
        let h = heading(t)?;
        let names = |v: &[Person]| v.iter().map(|p| p.name.clone()).collect();
        let date = h.date.and_then(|f| f.date(0)).map(|d| d.to_string());
        Some((names(&h.senders), names(&h.recipients), date, h.number))
    }

    #[test]
    fn a_number_a_date_year_first_and_the_direction() {
        let (s, r, d, n) = read("2301. 1642 februari 20. Van P. van Arckel.").expect("a letter to the writer");
        assert_eq!((s, r), (vec!["Arckel".to_string()], Vec::new()));
        assert_eq!((d.as_deref(), n.as_deref()), (Some("1642-02-20"), Some("2301")));
        let (s, r, d, _) = read("17. 1630 Julij 2. Aan Mevrouw van der Myle.").expect("a letter from the writer");
        assert_eq!((s, r, d.as_deref()), (Vec::new(), vec!["Myle".to_string()], Some("1630-07-02")));
        let (_, _, d, _) = read("88. [1631] maart. Aan J. de Laet.").expect("a month without its day");
        assert_eq!(d, None);
        assert!(heading("2301. 1642 februari 20. Van P. van Arckel.").is_some_and(|h| h.collection_side));
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
