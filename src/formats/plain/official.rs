//! The paragraph heading of official records: `From J. T. Harcourt, Esq., Commissioner of the Nerbudda Division,
//! to the Secretary to the Government of the North-Western Provinces. Dated the 11th June 1849.` Each party may be
//! an office whose own `to` joins a title to its domain (`Secretary to the Government`); the parties are parted at
//! the first `to` after a comma, else at the first `to` that follows no title. A `Dated` clause at the end gives
//! the date and perhaps the place; without one the heading stands only under a number line (`No. 87.`).

use super::heading::Heading;
use super::lines;
use super::parties::{self, Person};
use super::words::QuickTrim;

/// An official heading read: the heading, and the place its `Dated` clause names.
pub struct Official {
    pub heading: Heading,
    pub place: Option<String>,
}

/// The longest heading read (three wrapped lines of an official record).
const LONGEST: usize = 600;

/// Reads `text` (a line, or lines joined by spaces) as an official heading. `numbered`: a number line stands
/// above it, so that a heading without a `Dated` clause may stand.
pub fn read(text: &str, numbered: bool) -> Option<Official> {
    let t = text.quick_trim();
    if t.len() > LONGEST {
        return None;
    }
    let rest = lines::strip_prefix_ci(t, "from ")?;
    // `... the 19th March 1852. (No. 1034.)`: the letter's own number in brackets after the clause.
    let (rest, bracketed) = bracketed_number(rest);
    let (parties_part, dated) = match dated_clause(rest) {
        Some((at, d)) => (&rest[..at], Some(d)),
        None if numbered && t.ends_with('.') => (rest.trim_end_matches('.'), None),
        None => return None,
    };
    let parties_part = parties_part.quick_trim_end().trim_end_matches([',', '.', ';']).quick_trim_end();
    let (parties_part, number) = own_number(parties_part);
    let (sender, recipient) = split_parties(parties_part)?;
    let senders = vec![party(sender)?];
    let recipients = vec![party(recipient)?];
    let (date, place) = match dated {
        Some(d) => (Some(d.found), d.place),
        None => (None, None),
    };
    let heading = Heading {
        text: t.to_string(),
        senders,
        recipients,
        markers: Vec::new(),
        date,
        // The edition's number above comes first; the letter's own stands only without one.
        number: number.or(bracketed).filter(|_| !numbered),
        weak: false,
        same: false,
        same_writer: false,
        place: None,
        collection_side: false,
        by_role: false,
    };
    Some(Official { heading, place })
}

/// The date of a `Dated` clause ending the heading (`. Dated the 11th June 1849`, `, dated Fort St. George, the
/// 19th March 1861.`): where the clause starts (its separator) and the date line it holds.
fn dated_clause(t: &str) -> Option<(usize, lines::DateLine)> {
    let b = t.as_bytes();
    // The last `dated ` after a space: the clause ends the heading.
    let at = (1..b.len().saturating_sub(6))
        .rev()
        .find(|&i| b[i - 1] == b' ' && b[i..i + 6].eq_ignore_ascii_case(b"dated "))?;
    let before = t[..at].quick_trim_end();
    // A sentence's `dated` follows a word; the clause follows a stop or a comma.
    if !before.ends_with(['.', ',', ';']) {
        return None;
    }
    let clause = t[at + 6..].quick_trim();
    let d = lines::date_line(clause)?;
    Some((before.len(), d))
}

/// `... 1852. (No. 1034.)` → (`... 1852.`, `1034`): the letter's own number in brackets at the heading's end.
fn bracketed_number(t: &str) -> (&str, Option<String>) {
    let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) else { return (t, None) };
    let inner = t[open + 1..t.len() - 1].quick_trim().trim_end_matches('.');
    let n = lines::strip_prefix_ci(inner, "no. ").or_else(|| lines::strip_prefix_ci(inner, "no "));
    match n.filter(|n| !n.is_empty() && n.len() <= 8 && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')) {
        Some(n) => (t[..open].quick_trim_end(), Some(n.to_string())),
        None => (t, None),
    }
}

/// `..., No. 231`: the letter's own number, printed after its parties.
fn own_number(t: &str) -> (&str, Option<String>) {
    if let Some(comma) = t.rfind(',') {
        let last = t[comma + 1..].quick_trim();
        let n = lines::strip_prefix_ci(last, "no. ").or_else(|| lines::strip_prefix_ci(last, "no "));
        if let Some(n) = n.filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')) {
            return (t[..comma].quick_trim_end(), Some(n.to_string()));
        }
    }
    (t, None)
}

/// The writer's part and the addressee's: parted at the first `to` after a comma, else at the first `to` after a
/// word that is no title (an office's `to` follows its title: `Secretary to the Government`).
fn split_parties(t: &str) -> Option<(&str, &str)> {
    let tos: Vec<usize> = spaced_to(t).collect();
    let after_comma = tos.iter().copied().find(|&at| t[..at].ends_with(','));
    let at = after_comma.or_else(|| {
        tos.iter().copied().find(|&at| {
            let word = t[..at].rsplit(' ').next().unwrap_or("");
            !parties::is_title(word.trim_end_matches([',', '.']))
        })
    })?;
    let (s, r) = (t[..at].quick_trim_end().trim_end_matches(',').quick_trim_end(), t[at + 4..].quick_trim_start());
    (reads_as_parties(s) && reads_as_parties(r)).then_some((s, r))
}

/// Where ` to ` stands in `t` (its leading space), in any case.
fn spaced_to(t: &str) -> impl Iterator<Item = usize> + '_ {
    let b = t.as_bytes();
    memchr::memchr_iter(b' ', b)
        .filter(move |&at| b.get(at + 1..at + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"to ")))
}

/// Whether every part of a party, between its commas and an office's `to`, reads as a party or letters after a
/// name (`Esq.`): a sentence fails at its first word in small letters.
fn reads_as_parties(t: &str) -> bool {
    !t.is_empty()
        && t.split(',').all(|part| {
            let part = part.quick_trim();
            !part.is_empty()
                && split_at_to(part).all(|p| {
                    // `the Conservator of Forests`: an article opens an office, whatever its title.
                    let p = lines::strip_prefix_ci(p, "the ").unwrap_or(p);
                    parties::valid(p) || parties::is_postnominal(p)
                })
        })
}

/// `part` cut at each ` to `.
fn split_at_to(part: &str) -> impl Iterator<Item = &str> {
    let mut cuts: Vec<usize> = spaced_to(part).collect();
    cuts.push(part.len());
    let mut from = 0;
    cuts.into_iter().map(move |at| {
        let piece = part[from..at].quick_trim();
        from = (at + 4).min(part.len());
        piece
    })
}

/// The person or office a party names: an office named with its `to` as the address blocks print it
/// ([`parties::addressed`]), else the party as any heading's.
fn party(t: &str) -> Option<Person> {
    let first = t.split(',').next().unwrap_or(t).quick_trim();
    if spaced_to(first).next().is_some() {
        return parties::addressed(t);
    }
    // `the Conservator of Forests, Southern Circle`: an office, named by its words before the comma.
    if let Some(office) = lines::strip_prefix_ci(first, "the ")
        && !first.ends_with(')')
    {
        return Some(Person { name: office.to_string(), printed: t.to_string(), office: true });
    }
    parties::person(t)
}

/// Whether [`read`] may find a heading in `line`: it opens with `From ` and is long enough to name two parties.
pub fn may_open(line: &str) -> bool {
    let t = line.quick_trim_start();
    t.len() > 12 && lines::strip_prefix_ci(t, "from ").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(o: &Official) -> (String, String) {
        (parties::join(&o.heading.senders), parties::join(&o.heading.recipients))
    }

    #[test]
    fn offices_with_their_own_to_and_a_dated_clause() {
        let o = read(
            "From R. K. Dalby, Esq., Collector of Surat, to the Secretary to the Government of Bombay. Dated the 2nd \
             May 1852.",
            false,
        )
        .expect("an official heading");
        assert_eq!(names(&o), ("Dalby".to_string(), "Secretary to the Government of Bombay".to_string()));
        assert_eq!(o.heading.date.map(|f| (f.day, f.month, f.year)), Some((2, 5, Some(1852))));
        let o = read(
            "From the Resident at Nagpore to the Secretary to Government, dated Nagpore, the 9th July 1853.",
            false,
        )
        .expect("no comma before the parties' `to`");
        assert_eq!(names(&o), ("Resident at Nagpore".to_string(), "Secretary to Government".to_string()));
        assert_eq!(o.place.as_deref(), Some("Nagpore"));
        let o = read(
            "From A. Lane, Resident at Ava, to the Secretary to Government. Dated Ava, the 2nd May 1852. (No. 61.)",
            false,
        )
        .expect("the letter's own number after the clause");
        assert_eq!((o.heading.number.as_deref(), o.place.as_deref()), (Some("61"), Some("Ava")));
    }

    #[test]
    fn prose_and_undated_routes_are_no_official_heading() {
        assert!(read("From Surat to Broach the road was dated by milestones.", false).is_none());
        assert!(read("From the first survey to the last, dated the 2nd May 1852.", false).is_none());
        assert!(read("From Surat to Broach.", false).is_none(), "no date and no number above");
    }
}
