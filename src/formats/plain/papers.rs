//! What the documentary editions of a founder's or a territory's papers print around a letter: a salutation
//! without its comma (`Dear General`), set apart from the dateline by a wide gap on the same line, a dateline whose
//! place has small words of its own (`Head Quarters White plains Novr 8th 1776`).

use super::heading::Heading;
use super::lines::{self, DateLine};
use super::parties::{self, Person};
use super::words::QuickTrim;
use crate::model::{self, Letter, People, PersonBasis};

/// `From George Washington` over a letter in a volume of one man's papers (`in_papers`): the writer in two
/// capitalised words, which the reading of any page turns away (`From New York` names a place), not a place's
/// first word (`From Fort Edward`). Or any writer a party's words name (`From Vergennes`, `From the Comte de
/// Vergennes`) when an edition's note on the document comes next (`ALS: ...`), as no place has. Weak: a letter
/// must follow.
pub fn from_in_papers(line: &str, next: &[&str], in_papers: bool) -> Option<Heading> {
    const PLACE_WORDS: [&str; 16] = [
        "New", "Fort", "Camp", "Port", "Mount", "Lake", "Cape", "Great", "North", "South", "East", "West", "Saint",
        "St.", "Head", "Little",
    ];
    let t = line.quick_trim();
    let rest = t.strip_prefix("From ")?.trim_end_matches('.');
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || rest.bytes().any(|b| b.is_ascii_digit() || b == b',' || b == b';') {
        return None;
    }
    let name_word =
        |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '-');
    let two_names = matches!(words.as_slice(), [first, last] if name_word(first) && name_word(last)
        && !PLACE_WORDS.contains(first) && last.len() >= 2);
    let noted = || next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| lines::apparatus(l).is_some());
    if !(in_papers && two_names || noted()) {
        return None;
    }
    let senders = parties::named(rest)?;
    Some(Heading { senders, weak: true, ..Heading::bare(t.to_string()) })
}

/// `Dear General`, `Sir`, `Dear and honoured Sir`, `Gentlemen`: a salutation alone on its line as the editions
/// print it, without a comma (or with one). Gives the greeting.
pub fn bare_salutation(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    // Every greeting is short and opens with one of the letters a salutation does ([`lines::salutation`]).
    if t.is_empty() || t.len() > 48 || !matches!(t.as_bytes()[0] | 0x20, b'd' | b'm' | b'e' | b'h' | b's' | b'g') {
        return None;
    }
    if let Some((head, rest)) = lines::salutation(t) {
        return rest.is_empty().then_some(head);
    }
    if t.contains(['.', ',', ':', ';']) || t.split_whitespace().count() > 6 {
        return None;
    }
    let closed = format!("{t},");
    lines::salutation(&closed).is_some().then_some(t)
}

/// The dateline set apart from a salutation on its line, its place perhaps holding small words the strict reading
/// of a date line turns away (`Head Quarters White plains Novr 8th 1776`, `Camp near the bridge Octo. 4. 1776`):
/// the date at its end, with a year, the words before it the place (opening with a capital, without figures).
pub fn gapped_dateline(right: &str) -> Option<DateLine> {
    let t = right.quick_trim();
    if let Some(d) = lines::date_line(t) {
        return Some(d);
    }
    if t.len() > 100 || !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // The date starts at a word: the place before it has at most seven words.
    let starts = t.match_indices(' ').map(|(at, _)| at + 1).take(7);
    for at in starts {
        let place = t[..at].quick_trim().trim_end_matches(',');
        if place.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        if let Some(d) = lines::date_line(&t[at..]).filter(|d| d.found.year.is_some()) {
            let place = match d.place {
                Some(own) => format!("{place} {own}"),
                None => place.to_string(),
            };
            return Some(DateLine { found: d.found, place: Some(place) });
        }
    }
    None
}

/// A line holding a salutation and a dateline set apart by a gap, either way round: the greeting's side and the
/// dateline read.
pub fn greeting_beside_date(line: &str) -> Option<(&str, DateLine)> {
    let (left, right) = lines::split_gap(line)?;
    if bare_salutation(left).is_some() {
        return gapped_dateline(right).map(|d| (left, d));
    }
    None
}

/// Whether the lines after an edition's note on the document (`LS: Archives ...`) under a heading are an editor's
/// commentary before the letter (a headnote): a blank line, then a paragraph of prose (its lines in view long
/// enough), whose first line is neither a greeting, a dateline, nor more of the apparatus.
pub fn headnote_follows(next: &[&str]) -> bool {
    // The note may run on over a line or two (`LS: Archives ...; copy: National` / `Archives`).
    let on = next.iter().take(3).take_while(|l| !lines::is_blank(l) && !opens_text(l, &[])).count();
    let next = &next[on..];
    if !next.first().is_some_and(|l| lines::is_blank(l)) {
        return false;
    }
    let Some(k) = next.iter().position(|l| !lines::is_blank(l)) else { return false };
    let l = next[k].quick_trim();
    // The paragraph's lines in view (a printed page's headnote is wrapped).
    let run: usize = next[k..].iter().take_while(|l| !lines::is_blank(l)).map(|l| l.quick_trim().len()).sum();
    run >= HEADNOTE_LINE
        && l.starts_with(|c: char| c.is_uppercase())
        && lines::apparatus(l).is_none()
        && !opens_text(l, &next[k + 1..])
}

/// The shortest first line of a headnote's prose, and the shortest paragraph of one: an editor's commentary is
/// written in sentences, a letter's close and signature are short.
pub const HEADNOTE_LINE: usize = 60;

/// Whether `line` (with the lines after it) opens a letter's text under its heading: a salutation, a salutation
/// beside its dateline, or a dateline (perhaps under place lines) over a salutation.
pub fn opens_text(line: &str, next: &[&str]) -> bool {
    if bare_salutation(line).is_some() || lines::salutation(line).is_some() || greeting_beside_date(line).is_some() {
        return true;
    }
    let t = line.quick_trim();
    let dated = t.len() <= 100 && (lines::date_line(t).is_some() || lines::place_then_date(t, next).is_some());
    if !dated {
        return false;
    }
    // The first line after the dateline's that is no date or place line greets.
    next.iter()
        .filter(|l| !lines::is_blank(l))
        .find(|l| lines::date_line(l).is_none() && !lines::place_line(l))
        .is_some_and(|l| bare_salutation(l).is_some() || lines::salutation(l).is_some())
}

/// `Jno Badgley Register` / `Nathl Ewart Receiver` (or `B Whitcombe` / `Silas Orne` / `Arthur Pell`), each on its own
/// line under a close in the plural (`We are Sir very respectfully your obt Servts`): a letter signed by several,
/// each a writer of it. `lines` are the lines of a block of the text; `close_before` is the paragraph before it,
/// for a block of the names alone. The signers, in their order, each printed with his office.
pub fn joint_signers(lines: &[(usize, &str)], close_before: Option<&str>) -> Option<Vec<Person>> {
    // The addressee written under the names (`His Excellency the Count de Vergennes.`) is none of them.
    let under = lines.iter().rev().take(2).take_while(|(_, l)| addressee_line(l)).count();
    let lines = &lines[..lines.len() - under];
    let names = lines.iter().rev().take(MAX_SIGNERS + 1).take_while(|(_, l)| signer(l).is_some()).count();
    if !(2..=MAX_SIGNERS).contains(&names) {
        return None;
    }
    let first = lines.len() - names;
    let close = if first == 0 { close_before } else { Some(lines[first - 1].1) };
    if !close.is_some_and(plural_close) {
        return None;
    }
    lines[first..].iter().map(|(_, l)| signer(l)).collect()
}

/// `His Excellency the Count de Vergennes.`, `The Honble the Secretary of War`, `To Genl Gates`: a short line
/// opening with a title or an article, as the addressee is written under a signature.
fn addressee_line(line: &str) -> bool {
    let t = line.quick_trim();
    let first = t.split_whitespace().next().unwrap_or_default().trim_end_matches('.');
    t.len() <= 60 && (parties::is_title(first) || ["the", "to"].iter().any(|w| first.eq_ignore_ascii_case(w)))
}

/// The most signers read under one close: a board or a commission, no list of names.
const MAX_SIGNERS: usize = 6;

/// A close written for several (`We are, Sir, your obedient servants`, `your affectionate friends and humble
/// servants`, `your obt Servts`).
fn plural_close(t: &str) -> bool {
    let t = t.quick_trim().trim_end_matches(['.', ',', ' ']);
    t.len() <= 240
        && super::words::with_lowercase(t, |lower| {
            ["servants", "servts", "serv'ts", "friends"].iter().any(|w| lower.ends_with(w))
                || lower.starts_with("we ") && lower.contains("serv")
        })
}

/// A signer's line: a name of two to five words, perhaps with the office after it (`Nathl Ewart Receiver`), no
/// title before it (an addressee is written `Hon. A. Gallatin`), no sentence, no date.
fn signer(line: &str) -> Option<Person> {
    let t = line.quick_trim().trim_end_matches(['.', ',']);
    let words = t.split_whitespace().count();
    if t.len() > 50 || !(2..=5).contains(&words) || !t.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let first = t.split_whitespace().next().unwrap_or_default();
    // Each word of a name is capitalised but its particles (`Your daughter` is a close).
    let named = t.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase()) || ["de", "van", "von", "la", "le", "du", "da"].contains(&w)
    });
    if !named
        || ["your", "yours", "thy", "our"].iter().any(|w| first.eq_ignore_ascii_case(w))
        || parties::is_title(first)
        || first.eq_ignore_ascii_case("the")
        || plural_close(t)
        || t.ends_with(':')
    {
        return None;
    }
    let name = super::posts::name_before_post(t).unwrap_or(t);
    if !parties::valid(name) || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    parties::person(name).filter(|p| !p.office).map(|p| Person { printed: t.to_string(), ..p })
}

/// The office a signer's line prints after the name (`Jno Badgley Register` → `Register`), if any.
pub fn signer_office(printed: &str) -> Option<&str> {
    let name = super::posts::name_before_post(printed)?;
    Some(printed[name.len()..].quick_trim())
}

/// `TO THE REGISTER AND RECEIVER AT PALMYRA` over a letter after one the holders signed together (`Jno Badgley
/// Register` / `Nathl Ewart Receiver` under `THE REGISTER AND RECEIVER AT PALMYRA TO ...`): the offices the heading
/// names are the people who signed for them, when the earlier heading names the same offices and each is the office
/// of exactly one signer. Else the offices stay.
pub fn office_holders(letters: &mut [Letter]) {
    let joint = |l: &Letter| l.sender.0.len() >= 2 && l.sender.0.iter().all(|p| p.basis == PersonBasis::Signature);
    if !letters.iter().any(joint) {
        return;
    }
    for i in 1..letters.len() {
        let offices = &letters[i].recipient.0;
        let by_office = |p: &model::Person| {
            p.basis == PersonBasis::Heading && p.name.split(' ').next().is_some_and(parties::is_title)
        };
        if offices.is_empty() || !offices.iter().all(by_office) {
            continue;
        }
        let found = letters[..i].iter().rev().filter(|l| joint(l)).find_map(|l| holders_in(l, offices));
        if let Some(people) = found {
            letters[i].recipient = People(people.into());
        }
    }
}

/// The signers of `signed` who hold `offices`, each named by the part of its heading before its `to`.
fn holders_in(signed: &Letter, offices: &[model::Person]) -> Option<Vec<model::Person>> {
    let heading = signed.heading.to_lowercase();
    let writers = heading.split(" to ").next()?;
    let mut out: Vec<model::Person> = Vec::with_capacity(offices.len());
    for office in offices {
        let name = office.name.to_lowercase();
        let noun = name.split(' ').next()?;
        if !writers.contains(name.as_str()) {
            return None;
        }
        let mut holders =
            signed.sender.0.iter().filter(|s| signer_office(&s.printed).is_some_and(|o| o.eq_ignore_ascii_case(noun)));
        let holder = holders.next()?;
        if holders.next().is_some() || out.iter().any(|p| p.name == holder.name) {
            return None;
        }
        out.push(model::Person::new(&*holder.name, &*holder.printed, PersonBasis::Inferred));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salutations_without_their_comma() {
        assert_eq!(bare_salutation("Dear General"), Some("Dear General"));
        assert_eq!(bare_salutation("Sir"), Some("Sir"));
        assert_eq!(bare_salutation("Dear and honoured Sir"), Some("Dear and honoured Sir"));
        assert_eq!(bare_salutation("Gentlemen,"), Some("Gentlemen"));
        assert_eq!(bare_salutation("Dear Sir, I write in haste."), None);
        assert_eq!(bare_salutation("Some settlers asked"), None);
        assert_eq!(bare_salutation("Dearborn sent the returns."), None);
    }

    #[test]
    fn datelines_beside_a_greeting() {
        let d = gapped_dateline("Head Quarters White plains Novr 8th 1776").expect("a dateline");
        assert_eq!((d.found.day, d.found.month, d.place.as_deref()), (8, 11, Some("Head Quarters White plains")));
        let d = gapped_dateline("Camp near Kings Bridge Octo. 4. 1776").expect("a dateline");
        assert_eq!((d.found.day, d.found.month, d.found.year), (4, 10, Some(1776)));
        assert!(gapped_dateline("we marched 4 miles").is_none());
        assert!(gapped_dateline("Camp 4 miles from the river Octo. 4. 1776").is_none());
        let (greeting, d) =
            greeting_beside_date("Sir                     Camp at White Plains 4th Novr 1776").expect("both");
        assert_eq!((greeting, d.place.as_deref()), ("Sir", Some("Camp at White Plains")));
        assert!(greeting_beside_date("Hon. J. K. Wendell          Riverton, June 9, 1858").is_none());
    }

    #[test]
    fn several_sign_under_a_close_in_the_plural() {
        let names = |lines: &[&str], before: Option<&str>| {
            let numbered: Vec<(usize, &str)> = lines.iter().map(|l| (1, *l)).collect();
            joint_signers(&numbered, before).map(|p| p.into_iter().map(|p| p.name).collect::<Vec<_>>())
        };
        let block = ["We are Sir very respectfully your obt Servts", "Jno Badgley Register", "Nathl Ewart Receiver"];
        assert_eq!(names(&block, None).as_deref(), Some(&["Badgley".to_string(), "Ewart".to_string()][..]));
        let alone = ["B Whitcombe", "Silas Orne", "Arthur Pell"];
        let close = Some("We have the honour to be, Sir, your most obedient humble servants");
        assert_eq!(names(&alone, close).map(|n| n.len()), Some(3));
        assert_eq!(names(&alone, Some("I am Sir your most obedient servant")), None, "one writer's close");
        let addressed = ["Your most obedient servants", "Jno Badgley", "Hon. Albert Gallatin"];
        assert_eq!(names(&addressed, None), None, "the addressee under the names");
        let above = ["B Whitcombe", "Silas Orne", "His Excellency the Count de Vergennes."];
        assert_eq!(names(&above, close).map(|n| n.len()), Some(2));
        assert_eq!(signer_office("Jno Badgley Register"), Some("Register"));
        assert_eq!(signer_office("Silas Orne"), None);
    }
}
