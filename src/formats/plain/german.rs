//! German editions of a foreign office's documents: the headings and the lines around a document.
//!
//! The edition names the parties by office and holder, the heading perhaps wrapped
//! over two lines: `Der Botschafter in Rom Graf von Solms an das Auswärtige Amt`, `Der Staatssekretär des
//! Auswärtigen Amtes Freiherr von Richthofen an den Botschafter in Rom Grafen von Solms` (the holder after his
//! office, declined as the grammar wants: `Grafen`, `Fürsten`, `Freiherrn`). The holder is recorded by his
//! surname; an office without a holder by the office. Under the heading stand the document's kind (`Telegramm.
//! Entzifferung.`, `Bericht.`), the telegram's own number beside its dateline, and the day it arrived (`Ankunft: 4.
//! Januar, 7 Uhr 40 Min. nachm.`): none of them is text. A running head (`32     Kapitel LXIII. Die
//! Venezuela-Frage`) is a page break.

use super::parties::Person;
use super::words::{QuickTrim, find_spaced};

/// A heading by office and holder, its text as printed (the lines it was wrapped over joined), the writer and the
/// addressee. A sentence may name two offices so: a letter must follow it (or a number stand above it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    pub text: String,
    pub sender: Person,
    pub recipient: Person,
}

/// A heading by office and holder ([`office_heading`]) on `line`, or wrapped over it and the one or two lines
/// after it: the heading and the lines of `next` it took, the longest reading first (a first line may read alone as
/// a heading whose addressee's name the next line ends: `... an den Reichskanzler` / `Fürsten von Lauenthal`).
pub fn wrapped(line: &str, next: &[&str]) -> Option<(Parties, usize)> {
    let first = line.quick_trim();
    if !may_open(first) {
        return None;
    }
    let more = next.iter().take(2).take_while(|n| continues(n)).count();
    let mut joined: Vec<String> = Vec::with_capacity(more + 1);
    joined.push(first.to_string());
    for n in &next[..more] {
        let last = joined.last().map_or(String::new(), Clone::clone);
        joined.push(format!("{last} {}", n.quick_trim()));
    }
    (0..=more).rev().find_map(|k| office_heading(&joined[k]).map(|h| (h, k)))
}

/// Whether a line under a heading's first may go on with it: no blank line, no kind of document (`Telegramm.
/// Entzifferung.`), number or dateline set under a heading printed without blank lines, nothing ended by a full
/// stop but a numeral's.
fn continues(n: &str) -> bool {
    let t = n.quick_trim();
    !t.is_empty()
        && t.len() <= 120
        && without_stop(t).len() == t.len()
        && !t.starts_with("Nr")
        && super::lines::split_gap(n).is_none()
}

/// Whether a line may open a heading by office: an article or a sovereign's title, then a capital; short, and no
/// sentence (it ends in no full stop but an abbreviation's or a numeral's: `Kaiser Wilhelm II.`).
fn may_open(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() > 160 || !matches!(b.first(), Some(b'D' | b'K')) {
        return false;
    }
    let Some((first, rest)) = t.split_once(' ') else { return false };
    (matches!(first, "Der" | "Die" | "Das") || SOVEREIGNS.iter().any(|s| first.eq_ignore_ascii_case(s)))
        && rest.starts_with(char::is_uppercase)
}

/// `Der Botschafter in Rom Graf von Solms an das Auswärtige Amt`: each party an office (perhaps with where it is
/// or what it is for: `in Rom`, `des Auswärtigen Amtes`) and perhaps its holder (`Graf von Solms`), or a sovereign
/// (`Kaiser Wilhelm II.`), the sender after `Der`, `Die` or `Das` and the addressee after `an den`, `an die`, `an
/// das`, `an dem`.
pub fn office_heading(t: &str) -> Option<Parties> {
    let core = t.quick_trim();
    if core.len() > 240 || !may_open(core) {
        return None;
    }
    let mut from = 0;
    while let Some(k) = find_spaced(&core[from..], " an ") {
        let at = from + k;
        from = at + 3;
        let (s, r) = (&core[..at], core[at + 4..].quick_trim());
        let r = ["den ", "die ", "das ", "dem "].iter().find_map(|a| r.strip_prefix(a)).unwrap_or(r);
        let s = ["Der ", "Die ", "Das "].iter().find_map(|a| s.strip_prefix(a)).unwrap_or(s);
        let neuter = core.starts_with("Das ");
        let (Some(sender), Some(recipient)) = (party(s, neuter), party(r, core[at + 4..].starts_with("das "))) else {
            continue;
        };
        // Two offices of one word each (`Der Brief an den Vater`) may be a sentence's words: a holder, a
        // sovereign or an office of more words must be named.
        let named = |p: &Person| !p.office || p.name.contains(' ');
        if !named(&sender) && !named(&recipient) {
            return None;
        }
        return Some(Parties { text: without_stop(core).to_string(), sender, recipient });
    }
    None
}

/// The heading without its final full stop, unless it ends a numeral (`Kaiser Wilhelm II.`).
fn without_stop(t: &str) -> &str {
    let last = t.rsplit(' ').next().unwrap_or(t);
    let numeral = last.len() > 1 && last.trim_end_matches('.').bytes().all(|b| b"IVX".contains(&b));
    if numeral { t } else { t.trim_end_matches('.') }
}

/// Titles of nobility and address before a holder's name, in their declined forms too (lowercase).
const HOLDER_TITLES: [&str; 17] = [
    "graf",
    "grafen",
    "fürst",
    "fürsten",
    "freiherr",
    "freiherrn",
    "prinz",
    "prinzen",
    "herzog",
    "baron",
    "ritter",
    "edler",
    "edlen",
    "herr",
    "herrn",
    "dr.",
    "generalleutnant",
];

/// A sovereign's title before his name (`Kaiser Wilhelm II.`), or alone the sovereign (`an den Kaiser`).
const SOVEREIGNS: [&str; 9] =
    ["kaiser", "kaiserin", "könig", "königin", "zar", "zaren", "sultan", "papst", "großherzog"];

/// The particles before a holder's surname.
pub(super) const NAME_PARTICLES: [&str; 4] = ["von", "zu", "vom", "zur"];

/// The small words that tie an office to where it is or what it is for (`in Rom`, `des Auswärtigen Amtes`, `für
/// Elsaß-Lothringen`).
const OFFICE_LINKS: [&str; 13] =
    ["in", "im", "am", "zu", "zum", "zur", "des", "der", "für", "bei", "beim", "und", "a."];

/// One party of a heading by office, its article cut off: the holder's surname when one is named, else the office
/// (`Auswärtiges Amt`: after `das`, the adjective of a neuter office takes its own ending once the article is gone).
pub fn party(p: &str, neuter: bool) -> Option<Person> {
    let p = p.quick_trim().trim_end_matches(',');
    let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 12 || !words[0].starts_with(char::is_uppercase) {
        return None;
    }
    let lower = |w: &str| w.to_lowercase();
    let is_in = |w: &str, list: &[&str]| list.contains(&lower(w).as_str());
    let fits = |w: &&str| {
        w.starts_with(char::is_uppercase) && !w.bytes().any(|b| b.is_ascii_digit() || b"!?;:,()".contains(&b))
            || is_in(w, &OFFICE_LINKS)
            || is_in(w, &NAME_PARTICLES)
            || *w == "D."
    };
    // A word ending in a full stop is an initial, a short title or a numeral (`Dr.`, `Wilhelm II.`), never a
    // sentence's end.
    let stopped = |w: &&str| w.ends_with('.') && w.chars().count() > 4 && without_stop(w).len() != w.len();
    if !words.iter().all(fits) || words.iter().any(stopped) {
        return None;
    }
    // `Kaiser Wilhelm II.`: a sovereign, named by his name and numeral.
    if words.len() > 1 && is_in(words[0], &SOVEREIGNS) && !is_in(words[1], &OFFICE_LINKS) {
        let name = words[1..].join(" ");
        return Some(Person { name, printed: p.to_string(), office: false });
    }
    // The holder opens with a title or a particle after the office's first word.
    let holder = (1..words.len()).find(|&k| is_in(words[k], &HOLDER_TITLES) || is_in(words[k], &NAME_PARTICLES));
    let Some(k) = holder else {
        // The office alone: its words, the last of them no link.
        if is_in(words[words.len() - 1], &OFFICE_LINKS) {
            return None;
        }
        let name = match words.as_slice() {
            [adjective, noun] if neuter && adjective.ends_with('e') => format!("{adjective}s {noun}"),
            _ => words.join(" "),
        };
        return Some(Person { name, printed: p.to_string(), office: true });
    };
    let name: Vec<&str> = words[k..]
        .iter()
        .copied()
        .skip_while(|w| is_in(w, &HOLDER_TITLES))
        .skip_while(|w| is_in(w, &NAME_PARTICLES))
        .collect();
    // A name, capitalised, after the office (its last word no link: `Der Gesandte in` is cut short).
    if name.is_empty() || !name.iter().all(|w| w.starts_with(char::is_uppercase)) || is_in(words[k - 1], &OFFICE_LINKS)
    {
        return None;
    }
    Some(Person { name: name.join(" "), printed: p.to_string(), office: false })
}

/// The kinds of a German document and the words on its copy (`Telegramm. Entzifferung.`, `Privatbrief.
/// Eigenhändig.`), lowercase.
const KINDS: [&str; 24] = [
    "telegramm",
    "bericht",
    "privatbrief",
    "privatschreiben",
    "brief",
    "schreiben",
    "erlaß",
    "erlass",
    "runderlaß",
    "runderlass",
    "aufzeichnung",
    "konzept",
    "entzifferung",
    "abschrift",
    "ausfertigung",
    "entwurf",
    "note",
    "denkschrift",
    "promemoria",
    "eigenhändig",
    "eigenhändiges",
    "zifferntelegramm",
    "geheim",
    "vertraulich",
];

/// `Telegramm. Entzifferung.`, `Bericht.`, `Privatbrief. Eigenhändig.`, `Eigenhändiges Konzept.`: the line under a
/// German document's heading that says what it is, every word one of [`KINDS`] (perhaps a word of who made the
/// copy after one: `Konzept von der Hand des Geheimrats`) and every sentence short. The kind, its full stops kept.
pub fn document_kind(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    if t.len() > 60 || !t.ends_with('.') || !t.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // Compared without a lowered copy: a kind's words are ASCII but for `ä`, whose capital never opens one.
    let kind = |w: &str| {
        let w = w.trim_end_matches('.');
        KINDS.iter().any(|k| k.len() == w.len() && w.chars().zip(k.chars()).all(|(a, b)| a.to_lowercase().eq([b])))
    };
    let first = t.split(' ').next()?;
    (kind(first) && t.split(". ").all(|s| s.split(' ').count() <= 3 && s.split(' ').any(kind))).then_some(t)
}

/// `Nr. 3` beside a dateline under a telegram's heading: the telegram's own number as printed.
pub fn own_number(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("Nr. ").or_else(|| t.strip_prefix("Nr "))?;
    ((1..=5).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// `Ankunft: 4. Januar, 7 Uhr 40 Min. nachm.`, `Ankunft: 16. März.`: the day a document arrived (its year, when it
/// names none, the letter's), a stamp of receipt, not the day written.
pub fn arrival(line: &str) -> Option<crate::model::date::Found> {
    let t = line.quick_trim();
    let rest = t.strip_prefix("Ankunft:").or_else(|| t.strip_prefix("Angekommen:"))?.quick_trim_start();
    crate::model::date::scan_date(rest)
}

/// A running head: a page number and a chapter's title set apart by a wide gap, the number on the left (`32
/// Kapitel LXIII. Die Venezuela-Frage`) or on the right (`Die Venezuela-Frage      33`). The page number and the
/// title.
pub fn running_head(line: &str) -> Option<(&str, &str)> {
    let (left, right) = super::lines::split_gap(line)?;
    let number = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let (page, title) = match (number(left), number(right)) {
        (true, false) => (left, right),
        (false, true) => (right, left),
        _ => return None,
    };
    let titled = title.len() <= 90
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', ',', ';', ':'])
        && !title.bytes().any(|b| b.is_ascii_digit());
    titled.then_some((page, title))
}

/// `Kapitel LXIII. Die Venezuela-Frage` → `Die Venezuela-Frage`: a chapter's title without its number.
pub fn chapter_title(title: &str) -> Option<&str> {
    let rest = title.strip_prefix("Kapitel ")?;
    let (number, name) = rest.split_once(". ")?;
    number.bytes().all(|b| b"IVXLCDM".contains(&b)).then_some(name.quick_trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(t: &str) -> Option<(String, String, bool, bool)> {
        let h = office_heading(t)?;
        let (s, r) = (&h.sender, &h.recipient);
        Some((s.name.clone(), r.name.clone(), s.office, r.office))
    }

    #[test]
    fn offices_and_their_holders() {
        let p = |s: &str, r: &str, so, ro| Some((s.to_string(), r.to_string(), so, ro));
        assert_eq!(
            parties("Der Botschafter in Lissabon Graf von Wendelstein an das Auswärtige Amt"),
            p("Wendelstein", "Auswärtiges Amt", false, true)
        );
        assert_eq!(
            parties(
                "Der Staatssekretär des Auswärtigen Amtes Freiherr von Harlingen an den Botschafter in Lissabon \
                 Grafen von Wendelstein"
            ),
            p("Harlingen", "Wendelstein", false, false)
        );
        assert_eq!(
            parties("Der Gesandte im Haag von Kessenich an den Reichskanzler Fürsten von Lauenthal"),
            p("Kessenich", "Lauenthal", false, false)
        );
        assert_eq!(parties("Der Reichskanzler an den Kaiser"), None, "two offices of a word each may be a sentence's");
        assert_eq!(
            parties("Das Auswärtige Amt an den Botschafter in Rom"),
            p("Auswärtiges Amt", "Botschafter in Rom", true, true)
        );
        assert_eq!(
            parties("Kaiser Wilhelm II. an den Reichskanzler Grafen von Caprivi"),
            p("Wilhelm II.", "Caprivi", false, false)
        );
        assert_eq!(
            parties("Der Botschafter in London Graf Hatzfeldt an das Auswärtige Amt").map(|p| p.0),
            Some("Hatzfeldt".into())
        );
        for no in [
            "Der Botschafter in Lissabon Graf von Wendelstein an das",
            "Der Gesandte im Haag von Kessenich an den Reichskanzler Fürsten von",
            "Der Minister dachte an den Frieden und schwieg.",
            "Der Brief an den Vater kam nie an.",
            "Die Antwort an Herrn von Kessenich ging am 3. März ab",
            "Brandau an Vollmer",
        ] {
            assert_eq!(parties(no), None, "{no}");
        }
    }

    #[test]
    fn a_heading_ends_before_the_kind_or_the_dateline_printed_right_under_it() {
        let (h, used) =
            wrapped("Der Botschafter in Rom Graf von Sorben an das Auswärtige Amt", &["    Telegramm. Entzifferung."])
                .expect("a heading");
        assert_eq!((h.recipient.name.as_str(), used), ("Auswärtiges Amt", 0));
        let (h, used) = wrapped(
            "Der Staatssekretär Freiherr von Richtenau an den",
            &["Botschafter in Rom Grafen von Sorben", "    Bericht.", "Nr. 2       Berlin, den 5. Januar 1896"],
        )
        .expect("a wrapped heading");
        assert_eq!((h.recipient.name.as_str(), used), ("Sorben", 1));
    }

    #[test]
    fn a_heading_wrapped_over_two_lines_is_read_whole() {
        let (h, used) =
            wrapped("   Der Gesandte im Haag von Kessenich an den Reichskanzler", &["     Fürsten von Lauenthal", ""])
                .expect("a wrapped heading");
        assert_eq!((h.recipient.name.as_str(), used), ("Lauenthal", 1));
        assert_eq!(h.text, "Der Gesandte im Haag von Kessenich an den Reichskanzler Fürsten von Lauenthal");
    }

    #[test]
    fn the_lines_under_a_documents_heading() {
        assert_eq!(document_kind("   Telegramm. Entzifferung."), Some("Telegramm. Entzifferung."));
        assert_eq!(document_kind("Privatbrief. Eigenhändig."), Some("Privatbrief. Eigenhändig."));
        assert_eq!(document_kind("Bericht."), Some("Bericht."));
        assert_eq!(document_kind("Bericht über die Lage in Rom."), None);
        assert_eq!(document_kind("Telegramm Nr. 5 erhalten."), None);
        assert_eq!(own_number("Nr. 12"), Some("Nr. 12"));
        assert_eq!(own_number("Nr. 12a"), None);
        assert_eq!(
            arrival("Ankunft: 9. März, 11 Uhr 15 Min. vorm.").map(|f| (f.day, f.month, f.year)),
            Some((9, 3, None))
        );
        assert_eq!(
            running_head("86                Kapitel LXXXII. Der Grenzstreit"),
            Some(("86", "Kapitel LXXXII. Der Grenzstreit"))
        );
        assert_eq!(
            running_head("Der Grenzstreit am Tanganjika          87"),
            Some(("87", "Der Grenzstreit am Tanganjika"))
        );
        assert_eq!(running_head("Weizen      45 Zentner"), None);
        assert_eq!(chapter_title("Kapitel LXXXII. Der Grenzstreit"), Some("Der Grenzstreit"));
    }
}
