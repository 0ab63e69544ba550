//! Finding a letter from what a user types at a go-to prompt: its id, its number in the edition (`No. 93`, `93`),
//! or a date (`1942-12-06`: the letter nearest to it; `1942-12` or `1942`: the first letter of that month or year).

use super::date::Date;
use super::letter::{Corpus, LetterIx};

/// The letter `query` names, if any. Letters are tried in reading order, so the first match is the earliest.
pub fn find(corpus: &Corpus, query: &str) -> Option<LetterIx> {
    let q = query.trim();
    if q.is_empty() {
        return None;
    }
    let order = reading(corpus);
    if let Some(ix) = order.iter().copied().find(|&ix| corpus.letters[ix].id == q) {
        return Some(ix);
    }
    if let Some(n) = number(q) {
        let hit = order.iter().copied().find(|&ix| corpus.letters[ix].number.as_deref().is_some_and(|m| m == n));
        if hit.is_some() {
            return hit;
        }
    }
    if let Some(d) = Date::parse_iso(q) {
        return nearest(corpus, &order, d);
    }
    let parts: Vec<&str> = q.split('-').collect();
    let year: i32 = parts.first()?.parse().ok()?;
    let month: Option<u8> = match parts.get(1) {
        Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    if parts.len() > 2 || parts[0].len() != 4 {
        return None;
    }
    let start = Date::new(year, month.unwrap_or(1), 1)?;
    order.iter().copied().find(|&ix| {
        corpus.letters[ix].date.is_some_and(|d| d >= start && d.year == year && month.is_none_or(|m| d.month == m))
    })
}

fn reading(corpus: &Corpus) -> Vec<LetterIx> {
    if corpus.reading_order.len() == corpus.letters.len() {
        corpus.reading_order.clone()
    } else {
        (0..corpus.letters.len()).collect()
    }
}

/// `No. 93`, `no 93`, `#93` or `93` gives `93`.
fn number(q: &str) -> Option<&str> {
    let lower = q.to_ascii_lowercase();
    let rest = if lower.starts_with("no.") {
        &q[3..]
    } else if lower.starts_with("no ") || lower.starts_with('#') {
        &q[lower.find([' ', '#']).map_or(0, |i| i + 1)..]
    } else {
        q
    };
    let rest = rest.trim();
    (!rest.is_empty() && rest.chars().next().is_some_and(|c| c.is_ascii_digit()) && !rest.contains('-')).then_some(rest)
}

/// The dated letter closest to `d` (the earlier one on a tie).
fn nearest(corpus: &Corpus, order: &[LetterIx], d: Date) -> Option<LetterIx> {
    let target = d.day_number();
    order
        .iter()
        .copied()
        .filter_map(|ix| corpus.letters[ix].date.map(|ld| ((ld.day_number() - target).abs(), ld, ix)))
        .min_by_key(|&(dist, ld, _)| (dist, ld))
        .map(|(_, _, ix)| ix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Letter;

    fn corpus() -> Corpus {
        let dated = [
            (Some("93"), Some((1942, 12, 3))),
            (Some("94"), Some((1942, 12, 9))),
            (None, None),
            (Some("95"), Some((1943, 2, 1))),
        ];
        let letters = dated
            .iter()
            .enumerate()
            .map(|(i, (n, d))| {
                let mut l = Letter::new("f.txt", i + 1, String::new(), "A".into(), "B".into());
                l.id = format!("f/{}", i + 1);
                l.number = n.map(Into::into);
                l.date = d.and_then(|(y, m, d)| Date::new(y, m, d));
                l
            })
            .collect();
        Corpus { letters, ..Corpus::default() }
    }

    #[test]
    fn ids_numbers_and_dates_find_their_letter() {
        let c = corpus();
        assert_eq!(find(&c, "f/3"), Some(2));
        assert_eq!(find(&c, "No. 94"), Some(1));
        assert_eq!(find(&c, "no 95"), Some(3));
        assert_eq!(find(&c, "#93"), Some(0));
        assert_eq!(find(&c, "93"), Some(0));
        // 6 December is three days from both: the earlier letter wins; 7 December is nearer the 9th.
        assert_eq!(find(&c, "1942-12-06"), Some(0));
        assert_eq!(find(&c, "1942-12-07"), Some(1));
        assert_eq!(find(&c, "1943-02"), Some(3));
        assert_eq!(find(&c, "1943"), Some(3));
        assert_eq!(find(&c, "1950"), None);
        assert_eq!(find(&c, "No. 12"), None);
        assert_eq!(find(&c, "  "), None);
        assert_eq!(find(&c, "1942-13"), None);
    }
}
