//! People: registries (`listPerson`, in a file or in a `listperson.xml` beside the files), names as a reader
//! sees them ("Bahr, Hermann" is Hermann Bahr), surnames for comparing, and the parties a title names
//! ("A an B, ...", "Letter from A to B, ...").

use super::tree::Node;
use std::collections::HashMap;

/// A person a registry names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// As shown: forename and surname.
    pub name: String,
    pub surname: Option<String>,
}

/// People by id (without `#`).
pub type Registry = HashMap<String, Person>;

/// The id a `@ref`/`@key` points at: `#pmb10815` and `pmb10815` are one.
pub fn key_id(key: &str) -> &str {
    let k = key.trim();
    let k = k.split_whitespace().next().unwrap_or(k);
    k.strip_prefix('#').unwrap_or(k)
}

/// The ids a link's target may name a letter by: `#L00977` and `L00977` name `L00977`; a file or address
/// (`c2.xml`, `https://example.org/letters/c2.html#c2`, `wega:A040002`) names its last part without extension,
/// and its fragment, when it has one, too.
pub fn target_ids(target: &str) -> Vec<&str> {
    let t = key_id(target);
    let (base, fragment) = t.split_once('#').unwrap_or((t, ""));
    let base = base.rsplit(['/', '=', ':']).next().unwrap_or(base);
    let base = [".xml", ".html", ".htm", ".tei"]
        .iter()
        .find_map(|e| {
            let n = base.len().checked_sub(e.len())?;
            base.get(n..).filter(|x| x.eq_ignore_ascii_case(e)).and_then(|_| base.get(..n))
        })
        .unwrap_or(base);
    let mut ids: Vec<&str> = [fragment, base].into_iter().filter(|s| !s.is_empty()).collect();
    ids.dedup();
    ids
}

/// Adds every `person` of a `listPerson` (or any element holding them).
pub fn read_list(list: &Node, registry: &mut Registry) {
    let mut people = Vec::new();
    list.descendants("person", &mut people);
    for p in people {
        let Some(id) = p.attr("id") else { continue };
        let Some(pn) = p.first("persName").or_else(|| p.find("persName")) else { continue };
        let forenames: Vec<String> = pn.all("forename").map(Node::text).filter(|t| !t.is_empty()).collect();
        let surname = pn.first("surname").map(Node::text).filter(|t| !t.is_empty());
        let name = match (&surname, forenames.is_empty()) {
            (Some(s), false) => format!("{} {s}", forenames.join(" ")),
            _ => p.attr("n").map(str::to_string).filter(|n| !n.is_empty()).unwrap_or_else(|| pn.text()),
        };
        if !name.is_empty() {
            registry.insert(id.to_string(), Person { name, surname });
        }
    }
}

/// A name as shown: `Mamroth, Fedor` (index form, confirmed by the registry's surname or plain in shape)
/// becomes `Fedor Mamroth`; a comma left in a name becomes a dash, since commas separate joint people.
pub fn display_name(text: &str, person: Option<&Person>) -> String {
    let t = text.trim();
    if t.is_empty() {
        return person.map(|p| p.name.clone()).unwrap_or_default();
    }
    if let Some((last, first)) = t.split_once(',') {
        let (last, first) = (last.trim(), first.trim());
        let confirmed = person.and_then(|p| p.surname.as_deref()).is_some_and(|s| s == last);
        // A surname of one word after any particles written in lower case (`van Gogh, Vincent`).
        let surname_words = last.split_whitespace().filter(|w| !w.starts_with(char::is_lowercase)).count();
        let shaped = !first.contains(',')
            && surname_words == 1
            && (1..=4).contains(&first.split_whitespace().count())
            && !first.is_empty();
        if confirmed || shaped {
            return format!("{first} {last}");
        }
        return t.replace(',', " –");
    }
    t.to_string()
}

/// Whether a name as written needs a registry to be shown: it is empty, or has a comma its shape does not
/// explain.
pub fn needs_registry(name: &str) -> bool {
    name.trim().is_empty() || display_name(name, None).contains(" –")
}

const PARTICLES: [&str; 6] = ["von", "van", "de", "der", "vom", "zu"];

/// The surname of a name, lower case: the part before a comma in index form, else the last word that is not a
/// particle; bracketed additions left out.
pub fn surname(name: &str) -> String {
    let mut clean = String::with_capacity(name.len());
    let mut depth = 0i32;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            c if depth == 0 => clean.push(c),
            _ => clean.push(' '),
        }
    }
    let part = clean.split(',').next().unwrap_or("");
    let words: Vec<&str> = part
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-' && c != '.'))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let named: Vec<&str> = words.iter().copied().filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str())).collect();
    let pick = if named.is_empty() { words.last() } else { named.last() };
    pick.map(|w| w.trim_end_matches('.').to_lowercase()).unwrap_or_default()
}

/// Whether `name` contains the surname `s` (lower case), as a reader would find it.
pub fn names(name: &str, s: &str) -> bool {
    !s.is_empty() && name.to_lowercase().contains(s)
}

/// The parties a title names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleParties {
    pub sender: Option<String>,
    pub recipient: String,
    /// Said in so many words (`Letter from A to B`, `Letter to B from A`), not only `A an B`.
    pub explicit: bool,
    /// Said by naming the kind of document before the writer (`Brief A an B`): two parties, whatever their names.
    pub described: bool,
}

/// The parties a title names: `Emil Welti an Alfred Escher, Bern, ...`, `Letter from A to B, 16 April 1916`,
/// `Letter to B from A, ...`, `Letter to B, ...` (no sender).
pub fn title_parties(title: &str) -> Option<TitleParties> {
    let t = unnumbered(title.trim());
    // The recipient ends at a comma, a bracket, what came with the letter (`with Typescript ...`) or a date in
    // figures (`Stella Musulin 1963-05-12`).
    let cut = |s: &str| {
        let s = s.split([',', '(']).next().unwrap_or("");
        // An editor's gloss in brackets (`[= copy of ...]`) is no part of the name.
        let s = s.split(" [=").next().unwrap_or("");
        let s = split_at_word(s, &[" with ", " mit ", " avec "]).map_or(s, |(a, _)| a);
        // A date, not a number of the name (`Neues 8 Uhr Blatt`): a year, or figures joined by stops or dashes.
        let dated = |w: &str| {
            let figures = w.bytes().filter(u8::is_ascii_digit).count();
            figures >= 4 || figures >= 2 && w.trim_end_matches(['.', ',']).contains(['.', '-', '/'])
        };
        let date = s
            .char_indices()
            .find(|&(i, c)| {
                c.is_ascii_digit() && s[..i].ends_with(' ') && dated(s[i..].split_whitespace().next().unwrap_or(""))
            })
            .map_or(s.len(), |(i, _)| i);
        s[..date].trim().to_string()
    };
    if let Some((w, rest)) = t.split_once(' ').filter(|(w, _)| starts_upper(w)) {
        let lower = rest.to_lowercase();
        // `Letter from`, `Brief von`, `Lettre de`; `Brief van`, `Lettera di` only after a word for a letter (there a
        // particle after a forename is part of the name: `Pierre di Rossi an ...`).
        let opening = |p: &&&str| {
            lower.starts_with(**p)
                && (matches!(**p, "from " | "von " | "de ")
                    || is_description(w)
                    || LETTER_WORDS.contains(&w.to_lowercase().as_str()))
        };
        if let Some(p) = ["from ", "von ", "de ", "van ", "di ", "da "].iter().find(opening) {
            let (a, b) = split_at_word(&rest[p.len()..], &[" an ", " to ", " à ", " aan ", " a "])?;
            return party(Some(a.trim().to_string()), cut(b), true);
        }
        if lower.starts_with("to ") || lower.starts_with("an ") {
            let rest = &rest[3..];
            return match split_at_word(rest, &[" from ", " von "]) {
                Some((b, a)) => party(Some(cut(a)), b.trim().to_string(), true),
                None => party(None, cut(rest), true),
            };
        }
        // `To Paul Gauguin. Arles, ...`, `An Luise Almer`, `À Madame Roland`: the addressee alone.
        if ADDRESSED.iter().any(|a| w.eq_ignore_ascii_case(a)) && starts_upper(rest.trim_start()) {
            let rest = rest.trim_start();
            let rest = sentence_end(rest).map_or(rest, |i| &rest[..i]);
            return match split_at_word(rest, &[" from ", " von ", " de "]) {
                Some((b, a)) => party(Some(cut(a)), cut(b), true),
                None => party(None, cut(rest), true),
            };
        }
    }
    let (a, b) = split_at_word(t, &[" an ", " to "])?;
    // `Brief Samek an Kraus`: a title saying what the document is before its writer says who wrote to whom.
    let (writer, said) = described(a.trim());
    party(Some(writer.to_string()), cut(b), said).map(|tp| TitleParties { described: said, ..tp })
}

/// Words for a letter in other languages than the archive's descriptions have (`Lettera di A a B`, `Carta de A a B`).
const LETTER_WORDS: [&str; 3] = ["lettera", "carta", "brev"];

/// The words that open a heading naming its addressee alone (`To ...`, `An ...`, `À ...`, `Aan ...`).
const ADDRESSED: [&str; 6] = ["to", "an", "à", "aan", "till", "til"];

/// Where a name ends at a full stop closing a sentence before the place and date (`Paul Gauguin. Arles, 3 May`),
/// not one of an initial or a title (`J. G. Maxwell`, `Mrs. Hall`, `Prof. Kern`).
fn sentence_end(s: &str) -> Option<usize> {
    if !s.contains(',') {
        return None;
    }
    const SHORT: [&str; 12] =
        ["mrs", "rev", "hon", "col", "gen", "capt", "prof", "sen", "jun", "bros", "messrs", "lieut"];
    s.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = s[..i].rsplit([' ', '.']).next().unwrap_or("");
        word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && word.chars().last().is_some_and(char::is_lowercase)
            && !SHORT.contains(&word.to_lowercase().as_str())
    })
}

/// A title without the number an edition files its documents under (`31.13 Brief A an B`, `12. A an B`): a
/// first word of figures and stops is no part of a name.
fn unnumbered(t: &str) -> &str {
    match t.split_once(' ') {
        Some((w, rest))
            if w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-' | b':')) =>
        {
            rest.trim_start()
        }
        _ => t,
    }
}

/// The words an archive uses for what a document is (`Autograph Letter Signed`, `Typed Letter`, `Aerogram
/// Signed`, `Postkarte`, `Abschrift des Telegramms`), which may open a title before the writer's name.
const DESCRIPTIONS: [&str; 35] = [
    "autograph",
    "typed",
    "holograph",
    "manuscript",
    "letter",
    "signed",
    "unsigned",
    "aerogram",
    "aerogramme",
    "telegram",
    "envelope",
    "postcard",
    "picture",
    "card",
    "draft",
    "copy",
    "fragment",
    "brief",
    "briefes",
    "postkarte",
    "karte",
    "ansichtskarte",
    "visitenkarte",
    "kartenbrief",
    "telegramm",
    "telegramms",
    "radiogramm",
    "abschrift",
    "entwurf",
    "konzept",
    "anfrage",
    "mitteilung",
    "notiz",
    "schreiben",
    "lettre",
];

/// The small words that join two descriptions (`Abschrift des Telegramms`, `Copy of a Letter`).
const JOINS: [&str; 7] = ["des", "eines", "einer", "der", "of", "a", "the"];

fn is_description(w: &str) -> bool {
    let w = w.trim_matches(['[', ']']);
    DESCRIPTIONS.iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// A title's writer without the description of the document before the name (`Autograph Letter Signed W. H.
/// Auden` gives `W. H. Auden`), and whether there was one; the words as they are when nothing else is left.
fn described(a: &str) -> (&str, bool) {
    let mut rest = a;
    while let Some((w, more)) = rest.split_once(' ') {
        let more = more.trim_start();
        if is_description(w) {
            rest = more;
            continue;
        }
        // A joining word counts only between descriptions, after one and before another.
        let joined = rest.len() < a.len() && JOINS.iter().any(|j| w.eq_ignore_ascii_case(j));
        match more.split_once(' ') {
            Some((next, _))
                if joined && (is_description(next) || JOINS.iter().any(|j| next.eq_ignore_ascii_case(j))) =>
            {
                rest = more;
            }
            _ => break,
        }
    }
    if rest.is_empty() || is_description(rest) { (a, false) } else { (rest, rest.len() < a.len()) }
}

/// The one word before a title's ` an ` or ` to ` (`Cunier an Alfred Escher, s.l., [1845]`): a sender's name, or a
/// document's word (`Letter to W. Burrows`); [`title_parties`] reads it as the latter, the markup's people decide.
pub fn title_first_word(title: &str) -> Option<&str> {
    let (w, rest) = unnumbered(title.trim()).split_once(' ')?;
    let rest = rest.get(..3)?;
    (starts_upper(w) && (rest.eq_ignore_ascii_case("an ") || rest.eq_ignore_ascii_case("to "))).then_some(w)
}

fn party(sender: Option<String>, recipient: String, explicit: bool) -> Option<TitleParties> {
    let sender = sender.filter(|s| !s.is_empty());
    if recipient.is_empty() || (!explicit && sender.is_none()) {
        return None;
    }
    Some(TitleParties { sender, recipient, explicit, described: false })
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn split_at_word<'a>(s: &'a str, seps: &[&str]) -> Option<(&'a str, &'a str)> {
    seps.iter().filter_map(|sep| s.find(sep).map(|i| (i, sep.len()))).min().map(|(i, l)| (&s[..i], &s[i + l..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_form_and_surnames() {
        assert_eq!(display_name("Bahr, Hermann", None), "Hermann Bahr");
        assert_eq!(display_name("The Commandant, Frongach Camp", None), "The Commandant – Frongach Camp");
        assert_eq!(display_name("van Gogh, Vincent", None), "Vincent van Gogh");
        assert_eq!(display_name("de la Motte Fouqué, Friedrich", None), "de la Motte Fouqué – Friedrich");
        assert_eq!(surname("van Gogh, Vincent"), "gogh");
        assert_eq!(surname("Bahr, Hermann"), "bahr");
        assert_eq!(surname("Hugo von Hofmannsthal"), "hofmannsthal");
        assert_eq!(surname("Sir Robert Chalmers (the Under-Secretary)"), "chalmers");
        assert_eq!(surname("J. Simpson"), "simpson");
    }

    #[test]
    fn an_archive_s_description_and_a_date_in_figures_are_no_parties() {
        let tp = title_parties("Autograph Letter Signed W. H. Auden to Stella Musulin 1963-05-12").expect("parties");
        assert_eq!((tp.sender.as_deref(), tp.recipient.as_str()), (Some("W. H. Auden"), "Stella Musulin"));
        let tp = title_parties("Autograph Letter Signed W. H. Auden to Stella Musulin with Typescript W. H. Auden")
            .expect("parties");
        assert_eq!(tp.recipient, "Stella Musulin", "what came with the letter is no part of its addressee");
        assert_eq!(
            described("Autograph Letter Signed"),
            ("Autograph Letter Signed", false),
            "nothing but the description"
        );
        assert_eq!(described("Emil Welti"), ("Emil Welti", false));
        assert_eq!(described("Abschrift des Telegramms Hanna Roth"), ("Hanna Roth", true));
        assert_eq!(described("Copy of a Letter Jo Marsh"), ("Jo Marsh", true));
        assert_eq!(
            described("Brief der Stadtrat"),
            ("der Stadtrat", true),
            "a join before no description is the name's"
        );
    }

    #[test]
    fn link_targets_as_ids() {
        assert_eq!(target_ids("#L00977"), ["L00977"]);
        assert_eq!(target_ids("c1.xml"), ["c1"]);
        assert_eq!(target_ids("wega:A040002"), ["A040002"]);
        assert_eq!(target_ids("https://example.org/letters/c2.html#c2"), ["c2"]);
        assert_eq!(target_ids("../briefe/B12.xml#text"), ["text", "B12"]);
        assert_eq!(target_ids("Brief-ä.XML"), ["Brief-ä"]);
        assert!(target_ids("#").is_empty());
    }

    #[test]
    fn titles_name_their_parties() {
        let p = |t: &str| title_parties(t).map(|p| (p.sender, p.recipient, p.explicit));
        let some = |a: &str| Some(a.to_string());
        assert_eq!(
            p("Emil Welti an Alfred Escher, Bern, 10. Juni 1867"),
            Some((some("Emil Welti"), "Alfred Escher".into(), false))
        );
        assert_eq!(
            p("Letter from Marie Martin to her mother, Mary Martin, 15 July 1916"),
            Some((some("Marie Martin"), "her mother".into(), true))
        );
        assert_eq!(p("Letter to Sir J. G. Maxwell, 5 May 1916"), Some((None, "Sir J. G. Maxwell".into(), true)));
        assert_eq!(
            p("Letter to Robert Anderson from John Bristow, 19 April 1916"),
            Some((some("John Bristow"), "Robert Anderson".into(), true))
        );
        assert_eq!(p("Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren"), None);
        // A filing number and the kind of document before the writer: neither is a name; the kind says who wrote
        // to whom in so many words.
        assert_eq!(
            p("14.3 Brief Anna Roth an Verlag Sonnenberg [= Abschrift]"),
            Some((some("Anna Roth"), "Verlag Sonnenberg".into(), true))
        );
        assert_eq!(p("2/7 Telegramm Kurt Bell an Eva Stein"), Some((some("Kurt Bell"), "Eva Stein".into(), true)));
        assert_eq!(p("14.4 Anna Roth an Kurt Bell"), Some((some("Anna Roth"), "Kurt Bell".into(), false)));
        assert_eq!(p("14.5 Vollmacht"), None);
        // A heading naming the addressee alone, up to the stop that ends it; initials and titles end nothing.
        assert_eq!(p("To Paul Hall. Arles, 3 May 1888."), Some((None, "Paul Hall".into(), true)));
        assert_eq!(p("12. An Luise Almer"), Some((None, "Luise Almer".into(), true)));
        assert_eq!(p("To Mrs. J. G. Ward, 5 May 1850"), Some((None, "Mrs. J. G. Ward".into(), true)));
        assert_eq!(p("To the Lighthouse"), None, "a lower-case word after `To` is no name");
        // A letter's word and the writer in other languages; a particle after a forename is part of the name.
        assert_eq!(p("Lettre de Jeanne Roux à Paul Morel"), Some((some("Jeanne Roux"), "Paul Morel".into(), true)));
        assert_eq!(p("Brief van Piet Hals aan Anna Mol"), Some((some("Piet Hals"), "Anna Mol".into(), true)));
        assert_eq!(p("Lettera di Anna Fini a Carlo Neri"), Some((some("Anna Fini"), "Carlo Neri".into(), true)));
        assert_eq!(p("Pietro di Rossi an Emma Bach"), Some((some("Pietro di Rossi"), "Emma Bach".into(), false)));
        assert_eq!(
            p("Brief Ida Kern an Neue 6 Uhr Post 1931-02-03"),
            Some((some("Ida Kern"), "Neue 6 Uhr Post".into(), true)),
            "a figure in a paper's name is no date"
        );
    }
}
