//! TEI dates: `@when` (a day, a month or a year), `@notBefore`/`@notAfter` and `@from`/`@to` as ranges, the
//! element's text when it is an ISO date, and uncertainty from `@cert` or `@evidence`.

use super::tree::Node;
use crate::model::{Date, DateRange, date::scan_date};

/// The attributes and text of one `date` element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateSpec {
    pub when: Option<String>,
    pub not_before: Option<String>,
    pub not_after: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub uncertain: bool,
    pub text: String,
}

/// A date as a letter holds it: a day, or a range (then `date` is its start).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dated {
    pub date: Option<Date>,
    pub range: Option<DateRange>,
    pub uncertain: bool,
}

impl DateSpec {
    pub fn of(n: &Node) -> DateSpec {
        DateSpec::of_attrs(|k| n.attr(k).map(str::to_string), n.text())
    }

    /// A date from its attributes, as `attr` gives them by name, and its text (a `date` in the text, read as it
    /// streams past).
    pub fn of_attrs(attr: impl Fn(&str) -> Option<String>, text: String) -> DateSpec {
        let a = |k: &str| attr(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let cert = a("cert").is_some_and(|c| c != "high");
        let evidence = a("evidence").is_some_and(|e| matches!(e.as_str(), "conjecture" | "inferred"));
        // Each attribute also in the ISO form some editions write instead (`notBefore-iso`, `from-iso`).
        let a_or_iso = |k: &str| a(k).or_else(|| a(&format!("{k}-iso")));
        DateSpec {
            when: a_or_iso("when"),
            not_before: a_or_iso("notBefore"),
            not_after: a_or_iso("notAfter"),
            from: a_or_iso("from"),
            to: a_or_iso("to"),
            uncertain: cert || evidence,
            text,
        }
    }

    /// The date this element gives, or nothing.
    pub fn resolve(&self) -> Dated {
        let uncertain = self.uncertain || self.text.contains('?');
        let span = |a: &Option<String>, b: &Option<String>| {
            let (a, b) = (a.as_deref().and_then(span_of), b.as_deref().and_then(span_of));
            match (a, b) {
                (Some(a), Some(b)) => Some(DateRange::new(a.start, b.end)),
                (Some(a), None) => Some(a),
                (None, Some(b)) => Some(b),
                (None, None) => None,
            }
        };
        let found = self
            .when
            .as_deref()
            .and_then(span_of)
            .or_else(|| span(&self.not_before, &self.not_after))
            .or_else(|| span(&self.from, &self.to))
            .or_else(|| span_of(self.text.trim()))
            .or_else(|| text_date(&self.text).map(|d| DateRange::new(d, d)));
        dated(found, uncertain)
    }
}

/// A range made a day when it is one.
pub fn dated(found: Option<DateRange>, uncertain: bool) -> Dated {
    match found {
        Some(r) if r.start == r.end => Dated { date: Some(r.start), range: None, uncertain },
        Some(r) => Dated { date: Some(r.start), range: Some(r), uncertain },
        None => Dated::default(),
    }
}

/// The days an ISO value covers: `1867-06-20`, `1867-06`, `1867`, or a dateTime `1944-09-01T10:00:00-04:00`.
pub fn span_of(iso: &str) -> Option<DateRange> {
    let iso = iso.split('T').next().unwrap_or(iso);
    let mut parts = iso.splitn(3, '-');
    let y: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: Option<u8> = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    let d: Option<u8> = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    match (m, d) {
        (Some(m), Some(0)) | (Some(m), None) => {
            let first = Date::new(y, m, 1)?;
            let last = (28..=31).rev().find_map(|d| Date::new(y, m, d))?;
            Some(DateRange::new(first, last))
        }
        (Some(m), Some(d)) => Date::new(y, m, d).map(|d| DateRange::new(d, d)),
        (None, _) => Some(DateRange::new(Date::new(y, 1, 1)?, Date::new(y, 12, 31)?)),
    }
}

/// A date written out in words or numbers (`16 April 1916`, `20. Juni 1867`, `2. 8. 1889`), for titles and
/// datelines without attributes.
pub fn text_date(text: &str) -> Option<Date> {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(40).collect();
    for i in 0..words.len() {
        let rest = words[i..].join(" ");
        if let Some(d) = scan_date(&rest).and_then(|f| f.year.and_then(|y| f.date(y))) {
            return Some(d);
        }
        if let Some(d) = german_or_numeric(&words[i..]) {
            return Some(d);
        }
    }
    None
}

/// A day or, failing one, a month (`May 1916`, `c. August 1916`, `Juni 1867`) written out in a title, with
/// whether it is hedged (`c.`, `ca.`, `?`).
pub fn text_span(text: &str) -> Option<(DateRange, bool)> {
    let hedged = text.contains('?') || text.split_whitespace().any(|w| matches!(w, "c." | "ca." | "circa" | "um"));
    if let Some(d) = text_date(text) {
        return Some((DateRange::new(d, d), hedged));
    }
    // An ISO day or month among the words (`Copy Typed Letter A to B 1985-12-15`).
    let iso = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| w.len() >= 7 && w.as_bytes().get(4) == Some(&b'-') && span_of(w).is_some());
    if let Some(r) = iso.and_then(span_of) {
        return Some((r, hedged));
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']')
        .filter(|w| !w.is_empty())
        .take(40)
        .collect();
    words.windows(2).find_map(|w| {
        let month = crate::model::date::month_from_word(w[0])
            .or_else(|| GERMAN_MONTHS.iter().position(|g| w[0].eq_ignore_ascii_case(g)).map(|i| i as u8 + 1))?;
        let year = w[1].trim_end_matches(['.', '?']);
        if year.len() != 4 {
            return None;
        }
        span_of(&format!("{year}-{month:02}")).map(|r| (r, hedged))
    })
}

const GERMAN_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// `20. Juni 1867` or `2. 8. 1889`.
fn german_or_numeric(w: &[&str]) -> Option<Date> {
    let [d, m, y, ..] = w else { return None };
    let day: u8 = d.strip_suffix('.')?.parse().ok()?;
    let month = match m.strip_suffix('.') {
        Some(n) => n.parse().ok()?,
        None => GERMAN_MONTHS.iter().position(|g| m.eq_ignore_ascii_case(g)).map(|i| i as u8 + 1)?,
    };
    let year: i32 = y.trim_end_matches(['.', ']', ')']).parse().ok().filter(|y| (1000..=2999).contains(y))?;
    Date::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_values_of_every_precision() {
        assert_eq!(span_of("1867-06-20").map(|r| r.label()).as_deref(), Some("20 June 1867"));
        assert_eq!(span_of("1869-09").map(|r| r.label()).as_deref(), Some("September 1869"));
        assert_eq!(span_of("1869-09-00").map(|r| r.label()).as_deref(), Some("September 1869"));
        assert_eq!(span_of("1944-09-01T10:00:00-04:00").map(|r| r.start.to_string()).as_deref(), Some("1944-09-01"));
        assert_eq!(span_of("2. 8. 1889"), None);
    }

    #[test]
    fn an_iso_date_among_a_title_s_words() {
        let d = text_span("Copy Typed Letter A to B 1985-12-15").map(|(r, _)| r.label());
        assert_eq!(d.as_deref(), Some("15 December 1985"));
        assert_eq!(text_span("Notes 1985-11-29--1990-03-28"), None, "a span written as one word is no day");
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(
            text_date("Letter from A to B, 16 April 1916").map(|d| d.to_string()).as_deref(),
            Some("1916-04-16")
        );
        assert_eq!(text_date("Bern, Montag, 10. Juni 1867").map(|d| d.to_string()).as_deref(), Some("1867-06-10"));
        assert_eq!(
            text_date("Mamroth an Schnitzler, 2. 8. 1889").map(|d| d.to_string()).as_deref(),
            Some("1889-08-02")
        );
    }
}
