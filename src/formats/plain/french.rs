//! The words of letters printed in French editions, in one place: headings (`À M. Dupré.`, `AU MÊME.`, `Mme X à
//! M. Y.`, `DE M. X À M. Y.`, `LETTRE XII. À ...`), the article of a date line (`le 24 octobre`, `ce lundi 3
//! août`), salutations (`Monsieur,`, `Ma chère fille,`) and closings (`votre très humble serviteur`). Each shape is
//! looked for only behind a cheap sign of it (an `À` or `à`, a line opening with `A`), so English pages pay
//! almost nothing.
//!
//! A party's name is its surname without the particle before it (`M. de Vaux` and `M. DE VAUX` are both `Vaux`),
//! as a French index files people; the party keeps the form printed.

use super::parties::{self, Person};
use super::words::QuickTrim;

/// The parties a French heading names, and its number, for [`super::heading`] to make a heading of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    pub senders: Vec<Person>,
    pub recipients: Vec<Person>,
    /// `Au même.`, `À la même.`: the recipient of the letter before.
    pub same: bool,
    pub number: Option<String>,
}

/// Words of address and rank that stand before a French name (compared in lower case, without a final dot).
const TITLES: [&str; 31] = [
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "monsieur",
    "messieurs",
    "madame",
    "mesdames",
    "mademoiselle",
    "mgr",
    "monseigneur",
    "comte",
    "comtesse",
    "marquis",
    "marquise",
    "duc",
    "duchesse",
    "vicomte",
    "vicomtesse",
    "baron",
    "baronne",
    "prince",
    "princesse",
    "abbé",
    "chevalier",
    "maréchal",
    "général",
    "président",
    "citoyen",
];

/// Offices a letter is addressed to without a name (`Au Ministre de la guerre`, `À M. le Garde des sceaux`).
const OFFICES: [&str; 12] = [
    "ministre",
    "garde",
    "roi",
    "reine",
    "empereur",
    "impératrice",
    "préfet",
    "maire",
    "procureur",
    "directeur",
    "secrétaire",
    "rédacteur",
];

/// Articles and particles inside a French party.
const SMALL: [&str; 8] = ["le", "la", "les", "de", "du", "des", "l", "d"];

/// The recipient of the letter before: `même` (`Au même`, `À la même`).
const SAME: [&str; 2] = ["même", "meme"];

/// A French heading in `t` (trimmed, any number joined by a dash already cut off and given as `number`).
pub fn heading(t: &str, number: Option<&str>) -> Option<Parties> {
    // A heading is short and holds `À`/`à` (C3 80, C3 A0) or opens with `A`: looked at before its words.
    let b = t.as_bytes();
    if t.len() > 120 || t.len() < 4 || !may_be_heading(b) {
        return None;
    }
    let (own, rest) = lettre_number(t);
    let number = number.map(str::to_string).or(own);
    let core = rest.trim_end_matches('.').quick_trim_end();
    if let Some(r) = to_prefix(core) {
        return recipient_only(r, number);
    }
    // `Mme X à M. Y`, `DE M. X À M. Y`: the writer, then the addressee after `à`.
    let (at, word) = [" à ", " À ", " A "].iter().filter_map(|w| core.find(w).map(|at| (at, *w))).min()?;
    if word == " A " && !is_caps(core) {
        return None;
    }
    let (s, r) = (&core[..at], core[at + word.len()..].quick_trim_start());
    let s = ["De ", "DE ", "Lettre de ", "LETTRE DE "].iter().find_map(|d| s.strip_prefix(d)).unwrap_or(s);
    let senders = vec![party(s, false)?];
    let recipients = vec![party(r, false)?];
    Some(Parties { senders, recipients, same: false, number })
}

/// The cheap sign of a French heading: an `À` or `à` (C3 80, C3 A0) in the line, or, after a number ending in a
/// full stop (and a dash), the line opening with `A `, `AU`, `Au `, `DE ` or `De ` (capitals printed without
/// their accent).
fn may_be_heading(b: &[u8]) -> bool {
    if memchr::memchr_iter(0xc3, b).any(|i| matches!(b.get(i + 1), Some(0x80 | 0xa0))) {
        return true;
    }
    let mut at = 0;
    if b[0].is_ascii_digit() || b"IVXLCDM".contains(&b[0]) {
        let Some(space) = memchr::memchr(b' ', &b[..b.len().min(16)]) else { return false };
        if b[space - 1] != b'.' {
            return false;
        }
        at = space + 1;
        // `— `, `– ` (E2 80 94, E2 80 93).
        if b.get(at) == Some(&0xe2) {
            at += 4;
        }
    }
    let rest = b.get(at..).unwrap_or_default();
    [b"A ".as_slice(), b"AU ", b"Au ", b"AUX ", b"Aux ", b"DE ", b"De ", b"LETTRE ", b"Lettre "]
        .iter()
        .any(|p| rest.starts_with(p))
}

/// `LETTRE XII. À M. ...`, `Lettre 12. — À ...`, `CCCXVIII. — À ...`: a number, perhaps after the word for
/// letter, ending in a full stop; gives it and the rest.
fn lettre_number(t: &str) -> (Option<String>, &str) {
    let word = ["LETTRE ", "Lettre "].iter().find_map(|w| t.strip_prefix(w));
    let after = word.unwrap_or(t);
    let Some((n, rest)) = after.split_once(' ') else { return (None, t) };
    let bare = n.trim_end_matches(['.', ',']);
    let numeric = bare.bytes().all(|c| c.is_ascii_digit()) || bare.bytes().all(|c| b"IVXLCDM".contains(&c));
    if bare.is_empty() || bare.len() > 10 || !numeric || word.is_none() && !n.ends_with('.') {
        return (None, t);
    }
    let n = bare;
    let rest = rest.quick_trim_start();
    let rest = rest.strip_prefix('—').or_else(|| rest.strip_prefix('–')).map_or(rest, QuickTrim::quick_trim_start);
    (Some(n.to_string()), rest)
}

/// The party after `À`, `A`, `Au`, `Aux` opening a heading (`Au` keeps its article: `Au Ministre` is `le Ministre`).
fn to_prefix(core: &str) -> Option<&str> {
    ["À ", "A ", "Au ", "AU ", "Aux ", "AUX "].iter().find_map(|w| core.strip_prefix(w))
}

/// `À M. Dupré`, `Au même`, `À Mlle Lenoir, à Rouen`, `Au Ministre de la guerre`.
fn recipient_only(r: &str, number: Option<String>) -> Option<Parties> {
    let bare = ["la ", "LA "].iter().find_map(|a| r.strip_prefix(a)).unwrap_or(r);
    if SAME.iter().any(|s| lower_eq(bare, s)) {
        return Some(Parties { senders: Vec::new(), recipients: Vec::new(), same: true, number });
    }
    let recipients = vec![party(r, true)?];
    Some(Parties { senders: Vec::new(), recipients, same: false, number })
}

/// Whether `w` is `lower` in any case (`MÊME` is `même`).
fn lower_eq(w: &str, lower: &str) -> bool {
    w.len() == lower.len() && w.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

fn is_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// A word of the party without its final dot or comma, lowercased when it is one of `list`.
fn is_one_of(w: &str, list: &[&str]) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    w.len() <= 14 && list.iter().any(|x| lower_eq(w, x))
}

/// A French party: titles, perhaps an article and a particle, then a name (`M. le comte de Vaux`, `MADAME LA
/// MARQUISE D'ESPAGNAC`, `Louis Bertrand`), or an office (`le Ministre de l'Instruction publique`). A place after a
/// comma (`Mlle Lenoir, à Rouen`) is no part of it. `alone` (the heading names only this party): a party without
/// a title must be a name of two words at least (`À Paris` is a place).
fn party(p: &str, alone: bool) -> Option<Person> {
    // A party opens with a capital or an article (`le Ministre`): `A few words` is turned away first.
    if !p.starts_with(char::is_uppercase) && !["le ", "la ", "l'"].iter().any(|a| p.starts_with(a)) {
        return None;
    }
    let p = p.split(',').next()?.quick_trim().trim_end_matches('.');
    let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 8 || p.bytes().any(|b| b.is_ascii_digit() || b"!?;:()".contains(&b)) {
        return None;
    }
    let mut k = 0;
    let mut titled = false;
    while k < words.len() && (is_one_of(words[k], &TITLES) || is_one_of(words[k], &SMALL[..3])) {
        titled |= is_one_of(words[k], &TITLES);
        k += 1;
    }
    let printed = p.to_string();
    if k < words.len() && is_one_of(words[k], &OFFICES) {
        let office = words[k..].join(" ");
        return Some(Person { name: upper_first(&office), printed, office: true });
    }
    // The particle before the surname (`de Vaux`, `D'ESPAGNAC`, `du Plessis`).
    while k < words.len() && is_one_of(words[k], &SMALL) {
        k += 1;
    }
    let name: Vec<&str> = words[k..].iter().map(|w| strip_elided(w)).collect();
    let capitalised = !name.is_empty()
        && name.iter().all(|w| w.starts_with(char::is_uppercase) || is_one_of(w, &SMALL))
        && name.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    // Alone and without a title, a party is a name of two words at least, not in capitals (`À PARIS.`).
    let bare_place = alone && !titled && (name.len() < 2 || is_caps(p));
    if !capitalised || bare_place {
        return None;
    }
    let person = parties::person(&name.join(" "))?;
    Some(Person { name: without_particle(&person.name).to_string(), printed, office: false })
}

/// `D'ESPAGNAC` → `ESPAGNAC`, `d’Aubigny` → `Aubigny`: an elided particle glued to the name.
fn strip_elided(w: &str) -> &str {
    ["d'", "D'", "d’", "D’"].iter().find_map(|p| w.strip_prefix(p)).filter(|r| !r.is_empty()).unwrap_or(w)
}

/// A surname without the particle [`parties::person`] keeps before it (`de Vaux` → `Vaux`).
fn without_particle(name: &str) -> &str {
    match name.split_once(' ') {
        Some((p, rest)) if is_one_of(p, &SMALL) => rest,
        _ => name,
    }
}

/// `ministre de la guerre` → `Ministre de la guerre`.
fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The article or weekday before a French date (`le 24 octobre`, `ce 3 mars`, `Ce lundi 3 août`, `mercredi soir,
/// 14 [janvier 1857]`): the date after it, or `s` when none stands first. Only `s` opening with `l`, `c` or a
/// weekday's first letter is read further.
pub fn date_article(s: &str) -> &str {
    // Most dates open with their day's figure or an English month: no article (`le`, `ce`), no weekday (`lundi`,
    // `mardi`, `mercredi`, `jeudi`, `vendredi`, `samedi`, `dimanche`), whose first two letters are looked at.
    let b = s.as_bytes();
    let two = [b.first().map_or(0, |c| c | 0x20), b.get(1).map_or(0, |c| c | 0x20)];
    if !matches!(&two, b"le" | b"ce" | b"lu" | b"ma" | b"me" | b"je" | b"ve" | b"sa" | b"di") {
        return s;
    }
    let mut s = s;
    if let Some(r) = ["le ", "Le ", "ce ", "Ce ", "LE ", "CE "].iter().find_map(|a| s.strip_prefix(a)) {
        s = r;
    }
    let Some(first) = s.as_bytes().first() else { return s };
    if !matches!(first | 0x20, b'l' | b'm' | b'j' | b'v' | b's' | b'd') {
        return s;
    }
    let end = s.find([' ', ',']).unwrap_or(s.len());
    if !WEEKDAYS.iter().any(|d| lower_eq(&s[..end], d)) {
        return s;
    }
    let mut rest = s[end..].trim_start_matches([' ', ',']);
    if let Some(r) = ["soir", "matin", "midi"].iter().find_map(|t| rest.strip_prefix(t)) {
        rest = r.trim_start_matches([' ', ',']);
    }
    // A weekday alone gives no date: one must follow.
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '[') { rest } else { s }
}

/// `lundi`, `mercredi soir`: a day of the week, perhaps with its time of day, as an undated letter's dateline
/// gives it after the place.
pub fn weekday_and_time(day: &str, time: Option<&str>) -> bool {
    (5..=8).contains(&day.len())
        && WEEKDAYS.iter().any(|d| lower_eq(day, d))
        && time.is_none_or(|t| ["soir", "matin"].iter().any(|x| lower_eq(t, x)))
}

/// The French days of the week.
const WEEKDAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// `À Cirey`, `A Ferney`: the place of a date line without the `à` before it (`Aux Délices`, `Au Caire` keep
/// their article, which is part of the name).
pub fn place_without_a(place: &str) -> &str {
    ["À ", "A "].iter().find_map(|a| place.strip_prefix(a)).map_or(place, QuickTrim::quick_trim_start)
}

/// A French salutation's words before its comma (`Monsieur`, `Madame`, `Ma chère fille`, `Mon cher maître`,
/// `Monsieur le Ministre`): it greets, naming no one. Its first word is looked at first, without allocating.
pub fn salutation(head: &str) -> bool {
    let head = head.quick_trim();
    let mut words = head.split(' ');
    let first = words.next().unwrap_or("");
    if head.len() > 48 || first.len() > 12 {
        return false;
    }
    if !matches!(first.as_bytes()[0] | 0x20, b'm' | b's' | b'c') {
        return false;
    }
    let count = head.split(' ').count();
    if is_one_of(first, &["monsieur", "madame", "mademoiselle", "monseigneur"]) {
        return count <= 3;
    }
    if count == 1 {
        return is_one_of(first, &["sire", "messieurs", "mesdames", "citoyen", "citoyenne"]);
    }
    // `Mon cher ami`, `Ma très chère fille`, `Cher maître`, `Mon bon papa`.
    let fond = ["cher", "chère", "chers", "chères", "bon", "bonne"];
    let second = words.next().unwrap_or("");
    let opens = if is_one_of(first, &["mon", "ma", "mes"]) {
        is_one_of(second, &fond) || lower_eq(second, "très") && words.next().is_some_and(|w| is_one_of(w, &fond))
    } else {
        is_one_of(first, &fond[..4])
    };
    opens && count <= 5
}

/// The titles [`heading`] reads before a name, for the collection's title (`Correspondance de M. de Vernange`).
pub fn collection_writer(line: &str) -> Option<Person> {
    let t = line.quick_trim().trim_end_matches('.');
    if t.len() > 80 || !matches!(t.as_bytes().first(), Some(b'C' | b'L')) {
        return None;
    }
    let kinds = ["correspondance de ", "correspondance générale de ", "lettres de ", "lettres inédites de "];
    let lower: String = t.chars().flat_map(char::to_lowercase).collect();
    let kind = kinds.iter().find(|k| lower.starts_with(*k))?;
    // The lowercase text has as many bytes as the kind's (no capital in it changes its length).
    let name = t.get(kind.len()..)?;
    party(name, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &Parties) -> (Vec<String>, Vec<String>) {
        let n = |v: &[Person]| v.iter().map(|x| x.name.clone()).collect();
        (n(&p.senders), n(&p.recipients))
    }

    #[test]
    fn french_headings_name_the_addressee_or_both_parties() {
        let to = |t: &str| heading(t, None).map(|p| names(&p).1);
        assert_eq!(to("À M. de Vaux."), Some(vec!["Vaux".to_string()]));
        assert_eq!(to("A MADAME DE SAINT-ALBAN."), Some(vec!["Saint-Alban".to_string()]));
        assert_eq!(to("À Mlle Lenoir, à Rouen."), Some(vec!["Lenoir".to_string()]));
        assert_eq!(to("À M. le comte de Vaux."), Some(vec!["Vaux".to_string()]));
        assert_eq!(to("À MADAME LA MARQUISE D'ESPAGNAC."), Some(vec!["Espagnac".to_string()]));
        assert_eq!(to("Au Ministre de la guerre."), Some(vec!["Ministre de la guerre".to_string()]));
        assert_eq!(to("À Louis Bertrand."), Some(vec!["Bertrand".to_string()]));
        let both = heading("DE M. DE LORMEUIL À M. DE VERNANGE.", None).map(|p| names(&p));
        assert_eq!(both, Some((vec!["Lormeuil".to_string()], vec!["Vernange".to_string()])));
        let both = heading("Mme Roland à M. Bosc.", None).map(|p| names(&p));
        assert_eq!(both, Some((vec!["Roland".to_string()], vec!["Bosc".to_string()])));
        let numbered = heading("LETTRE XII. À M. Dupré.", None).expect("a heading");
        assert_eq!(numbered.number.as_deref(), Some("XII"));
        let numbered = heading("CCCXVIII. — DE M. DUPRÉ À M. DE VAUX.", None).expect("a heading");
        assert_eq!((numbered.number.as_deref(), names(&numbered).0), (Some("CCCXVIII"), vec!["Dupré".to_string()]));
        assert!(heading("Au même.", None).is_some_and(|p| p.same));
        assert!(heading("À LA MÊME.", None).is_some_and(|p| p.same));
        for no in [
            "À Paris.",
            "A PARIS.",
            "À Rouen, le 3 mars.",
            "A letter from home.",
            "Au revoir, mon ami.",
            "Il pensait à sa mère.",
        ] {
            assert_eq!(heading(no, None), None, "{no}");
        }
    }

    #[test]
    fn a_french_date_line_loses_its_article_and_weekday() {
        assert_eq!(date_article("le 24 octobre 1738"), "24 octobre 1738");
        assert_eq!(date_article("Ce lundi 3 août"), "3 août");
        assert_eq!(date_article("mercredi soir, 14 [janvier 1857]"), "14 [janvier 1857]");
        assert_eq!(date_article("Ce lundi"), "lundi", "a weekday alone gives no date");
        assert_eq!(place_without_a("À Cirey"), "Cirey");
        assert_eq!(place_without_a("Aux Délices"), "Aux Délices");
    }

    #[test]
    fn french_salutations_greet_no_one() {
        for s in
            ["Monsieur", "Madame", "Ma chère fille", "Mon cher ami", "Mon cher maître", "Monsieur le Ministre", "Sire"]
        {
            assert!(salutation(s), "{s}");
        }
        assert!(!salutation("Monsieur Dupré arriva hier au soir avec toute sa famille et ses gens"));
    }
}
