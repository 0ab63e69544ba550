//! A letter dated in its last sentence, as humanists and the ancients date theirs: `Farewell. Louvain, 10 May
//! 1521.` The place and the date follow the farewell in the same paragraph; they date a letter that has no other
//! date. The text stays as printed.

use super::lines;
use crate::model::Paragraphs;
use crate::model::date::Found;

/// Bytes of a last sentence read as a place and a date, at most.
const MAX_TAIL: usize = 60;

/// The date and place of the letter's last sentence (in its last paragraph, or the one before a signature),
/// when that sentence is a place of one to three capitalised words and a date with its year, after another
/// sentence.
pub fn in_last_sentence(paragraphs: &Paragraphs) -> Option<(Found, Option<String>, String)> {
    let n = paragraphs.len();
    (n.saturating_sub(2)..n).rev().find_map(|k| of_paragraph(&paragraphs[k]))
}

fn of_paragraph(p: &str) -> Option<(Found, Option<String>, String)> {
    let t = p.trim_end();
    // A dated sentence ends in its year (perhaps before a stop): most paragraphs are turned away here.
    if !t.trim_end_matches(['.', ']']).ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The last sentence starts after the last stop but the final one: looked for only near the end.
    let from = (t.len().saturating_sub(MAX_TAIL)..=t.len()).find(|&i| t.is_char_boundary(i))?;
    let near = &t[from..];
    let cut = [". ", "! ", "? "].iter().filter_map(|stop| near.rfind(stop)).max()?;
    let tail = near[cut + 2..].trim();
    let d = lines::date_line(tail)?;
    d.found.year?;
    lines::short_place(d.place.as_deref()?)
        .then(|| (d.found, d.place.clone(), format!("closing date in the last sentence \"{tail}\"")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(paragraphs: &[&str]) -> Option<(String, Option<String>)> {
        let mut p = Paragraphs::new();
        for text in paragraphs {
            p.push(*text);
        }
        in_last_sentence(&p).map(|(f, place, _)| (f.date(0).map(|d| d.to_string()).unwrap_or_default(), place))
    }

    #[test]
    fn a_farewell_then_a_place_and_date_dates_the_letter() {
        let dated = read(&["I have written enough.", "Let them read what I wrote. Farewell. Basel, 3 March 1522."]);
        assert_eq!(dated, Some(("1522-03-03".into(), Some("Basel".into()))));
        let signed = read(&["Farewell, and greet your brother. Freiburg, 9 July 1530.", "Erasmus"]);
        assert_eq!(signed, Some(("1530-07-09".into(), Some("Freiburg".into()))));
    }

    #[test]
    fn a_sentence_of_prose_with_a_date_is_no_dateline() {
        assert_eq!(read(&["We met at last. We met at Worms, 1 May 1521."]), None);
        assert_eq!(read(&["Farewell. Basel, in the spring."]), None, "no date");
        assert_eq!(read(&["Farewell. Basel, 3 March."]), None, "no year");
        assert_eq!(read(&["Basel, 3 March 1522."]), None, "a dateline alone is read as one elsewhere");
    }
}
