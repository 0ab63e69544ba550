//! The grammar of a heading as French, Italian and Spanish editions print it, read with each language's own words
//! ([`Tongue`]): the addressee alone after the word for `to` (`À M. Dupré.`, `A Tommaso Baldi in Lucca.`, `AL
//! SEÑOR GENERAL TOMÁS ARRIAGA.`), the recipient of the letter before (`AU MÊME.`, `Al medesimo.`), or both parties
//! (`Mme X à M. Y.`, `Tommaso Baldi a Pietro Neri.`, `De don X a don Y.`), perhaps after the edition's number
//! (`LETTRE XII.`, `CCCXV. —`). Each language's shape is looked for only behind a cheap sign of it (its word for
//! `to` opening the line, or the word between the parties in it), so English pages pay almost nothing.
//!
//! A party's name is its surname without the particle before it (`M. de Vaux` and `M. DE VAUX` are both `Vaux`),
//! as the editions' indexes file people; the party keeps the form printed.

use super::parties::{self, Person};
use super::words::QuickTrim;

/// One language's words of a heading.
pub struct Tongue {
    /// Words of address and rank before a name (lowercase, without a final dot).
    pub titles: &'static [&'static str],
    /// Offices a letter is addressed to without a name (`Au Ministre de la guerre`, `Alla Signoria`).
    pub offices: &'static [&'static str],
    /// Articles and particles inside a party; the first `articles` of them may stand before a title (`le`, `il`).
    pub small: &'static [&'static str],
    pub articles: usize,
    /// The recipient of the letter before (`même`, `medesimo`, `mismo`).
    pub same: &'static [&'static str],
    /// The words opening a heading that names the addressee alone (`À `, `Au `, `Al `, `ALLA `), each with its
    /// space (or apostrophe).
    pub to: &'static [&'static str],
    /// The words between the writer and the addressee (` à `, ` a `); one in capitals only in a line in capitals.
    pub between: &'static [&'static str],
    /// Words before the writer of a heading naming both parties (`De `, `LETTRE DE `).
    pub from: &'static [&'static str],
    /// The word for a letter before its number (`LETTRE XII.`).
    pub letter: &'static [&'static str],
    /// What introduces a place after the addressee's name (`in Venezia`, `en Lima`): no part of the name.
    pub places: &'static [&'static str],
    /// The kinds of a collection's title before its writer (`lettere di `), lowercase.
    pub collections: &'static [&'static str],
    /// Whether a name in capitals of two words at least names an addressee alone (`A PIETRO NERI.`); else a title
    /// must stand before it (`À PARIS.` is a place).
    pub caps_names: bool,
    /// Whether a party between the words names a person by a title or by two words at least (` a ` stands in many
    /// a sentence).
    pub named_between: bool,
    /// The cheap sign, beside the words opening a heading, that a line may name both parties.
    pub linked: fn(&[u8]) -> bool,
}

/// The signs [`Tongue::linked`] of one line, each looked for once however many tongues share it.
#[derive(Default)]
pub struct Signs([Option<(usize, bool)>; 2]);

impl Signs {
    fn linked(&mut self, b: &[u8], tongue: &Tongue) -> bool {
        let key = tongue.linked as usize;
        if let Some((_, found)) = self.0.iter().flatten().find(|(k, _)| *k == key) {
            return *found;
        }
        let found = (tongue.linked)(b);
        if let Some(free) = self.0.iter_mut().find(|s| s.is_none()) {
            *free = Some((key, found));
        }
        found
    }
}

/// The parties a heading names, and its number, for [`super::heading`] to make a heading of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    pub senders: Vec<Person>,
    pub recipients: Vec<Person>,
    /// `Au même.`, `Al medesimo.`: the recipient of the letter before.
    pub same: bool,
    pub number: Option<String>,
    /// Every party opens with one of the tongue's titles or is one of its offices: the heading is surely of this
    /// tongue (`AL EXCMO. SEÑOR ...` reads as a name in capitals in another).
    pub titled: bool,
}

/// A heading in `t` (trimmed, any number joined by a dash already cut off and given as `number`) in `tongue`.
pub fn heading(t: &str, number: Option<&str>, tongue: &Tongue, signs: &mut Signs) -> Option<Parties> {
    let b = t.as_bytes();
    if t.len() > 120 || t.len() < 4 || !may_be_heading(b, tongue, signs) {
        return None;
    }
    let (own, rest) = letter_number(t, tongue);
    let number = number.map(str::to_string).or(own);
    // `M. BIHOURD, AMBASSADEUR DE FRANCE À BERLIN,` over `À M. DELCASSÉ, ...`: a heading that ends in a comma
    // goes on on the next line, where it is read whole.
    if rest.ends_with(',') {
        return None;
    }
    let core = rest.trim_end_matches('.').quick_trim_end();
    // `AD ANTONIO FORTUNATO STELLA — Milano.`: where the letter went, after a dash, is no part of the name.
    let core = core.split_once(" — ").map_or(core, |(c, _)| c.quick_trim_end());
    if let Some(r) = tongue.to.iter().find_map(|w| core.strip_prefix(w)) {
        return recipient_only(r, number, tongue);
    }
    // `Mme X à M. Y`, `DE M. X À M. Y`: the writer, then the addressee after the word between.
    // The word between at its first place; but when the writer is given with his office after a comma, the word
    // after the office's comma (`M. BIHOURD, AMBASSADEUR DE FRANCE À BERLIN, À M. DELCASSÉ`; `CHOPIN À TITUS
    // WOYCIECHOWSKI, À PORUSZYN` names where the letter went).
    let first = tongue.between.iter().filter_map(|w| core.find(w).map(|at| (at, *w))).min();
    let office = first.is_some_and(|(at, _)| core[..at].contains(','));
    let after_comma = || tongue.between.iter().filter_map(|w| core.find(&format!(",{w}")).map(|at| (at + 1, *w))).min();
    let Some((at, word)) = office.then(after_comma).flatten().or(first) else {
        // `DI ANTONIO FORTUNATO STELLA.`: the writer alone, in capitals or after the number; the addressee is the
        // collection's.
        let s = tongue.from.iter().find_map(|d| core.strip_prefix(d)).filter(|_| number.is_some() || is_caps(core))?;
        let senders = vec![party(s, false, tongue).filter(|p| p.office || titled_or_two(&p.printed, tongue))?];
        let titled = titled(&senders, tongue);
        return Some(Parties { senders, recipients: Vec::new(), same: false, number, titled });
    };
    if word.bytes().all(|c| !c.is_ascii_lowercase()) && word.is_ascii() && !is_caps(core) {
        return None;
    }
    let (s, r) = (&core[..at], core[at + word.len()..].quick_trim_start());
    let s = tongue.from.iter().find_map(|d| s.strip_prefix(d)).unwrap_or(s);
    let named =
        |p: Option<Person>| p.filter(|p| !tongue.named_between || p.office || titled_or_two(&p.printed, tongue));
    let senders = vec![named(party(s, false, tongue))?];
    let recipients = vec![named(party(r, false, tongue))?];
    let titled = titled(&senders, tongue) && titled(&recipients, tongue);
    Some(Parties { senders, recipients, same: false, number, titled })
}

/// Whether every party is an office or opens (after its article) with one of the tongue's titles.
fn titled(parties: &[Person], tongue: &Tongue) -> bool {
    let articles = &tongue.small[..tongue.articles];
    parties.iter().all(|p| {
        p.office || p.printed.split(' ').find(|w| !is_one_of(w, articles)).is_some_and(|w| is_one_of(w, tongue.titles))
    })
}

/// Whether a party as printed opens with a title or has two words at least.
fn titled_or_two(printed: &str, tongue: &Tongue) -> bool {
    let mut words = printed.split(' ');
    words.next().is_some_and(|w| is_one_of(w, tongue.titles)) || words.next().is_some()
}

/// The cheap sign of a heading: after a number ending in a full stop (and a dash), the line opening with one of the
/// tongue's words for `to` or `from` or `letter`; else [`Tongue::linked`].
fn may_be_heading(b: &[u8], tongue: &Tongue, signs: &mut Signs) -> bool {
    if !b[0].is_ascii_alphanumeric() && b[0] < 0x80 {
        return false;
    }
    let mut at = 0;
    if (b[0].is_ascii_digit() || b"IVXLCDM".contains(&b[0]))
        && let Some(space) = memchr::memchr(b' ', &b[..b.len().min(16)]).filter(|&s| b[s - 1] == b'.')
    {
        at = space + 1;
        // `— `, `– ` (E2 80 94, E2 80 93).
        if b.get(at) == Some(&0xe2) {
            at += 4;
        }
    }
    let rest = b.get(at..).unwrap_or_default();
    // Every word for `to`, `from` and `letter` opens with one of these pairs of bytes (`À` is C3 80): `And`,
    // `As`, `During`, `Lord` are turned away by them.
    let may_open = matches!(
        rest,
        [b'A', b' ' | b'u' | b'U' | b'l' | b'L' | b'\'' | b'i' | b'I' | b'g' | b'G' | b'd' | b'D', ..]
            | [b'D', b'e' | b'E' | b'i' | b'I', ..]
            | [b'L', b'e' | b'E', ..]
            | [b'C', b'a' | b'A', ..]
            | [0xc3, 0x80, ..]
    );
    let opens = |words: &[&str]| words.iter().any(|w| rest.starts_with(w.as_bytes()));
    may_open && (opens(tongue.to) || opens(tongue.from) || opens(tongue.letter)) || signs.linked(b, tongue)
}

/// `LETTRE XII. À M. ...`, `Lettre 12. — À ...`, `CCCXVIII. — À ...`: a number, perhaps after the word for
/// letter, ending in a full stop; gives it and the rest.
fn letter_number<'a>(t: &'a str, tongue: &Tongue) -> (Option<String>, &'a str) {
    let word = tongue.letter.iter().find_map(|w| t.strip_prefix(w));
    let after = word.unwrap_or(t);
    let Some((n, rest)) = after.split_once(' ') else { return (None, t) };
    let bare = n.trim_end_matches(['.', ',']);
    let numeric = bare.bytes().all(|c| c.is_ascii_digit()) || bare.bytes().all(|c| b"IVXLCDM".contains(&c));
    // `M. BIHOURD`: `M.` before a name is Monsieur, no number in roman figures.
    let monsieur = bare == "M" && word.is_none();
    if bare.is_empty() || bare.len() > 10 || !numeric || monsieur || word.is_none() && !n.ends_with('.') {
        return (None, t);
    }
    let rest = rest.quick_trim_start();
    let rest = rest.strip_prefix('—').or_else(|| rest.strip_prefix('–')).map_or(rest, QuickTrim::quick_trim_start);
    (Some(bare.to_string()), rest)
}

/// `À M. Dupré`, `Au même`, `À Mlle Lenoir, à Rouen`, `A Tommaso Baldi in Lucca`, `Al medesimo`.
fn recipient_only(r: &str, number: Option<String>, tongue: &Tongue) -> Option<Parties> {
    let bare = after_article(r, tongue).unwrap_or(r);
    if tongue.same.iter().any(|s| lower_eq(bare, s)) {
        return Some(Parties { senders: Vec::new(), recipients: Vec::new(), same: true, number, titled: true });
    }
    // Under an edition's number (`241. — À SOPHIE VOLLAND`) a name in capitals is a person's, not a place's.
    let recipients = vec![party(r, number.is_none(), tongue)?];
    let titled = titled(&recipients, tongue);
    Some(Parties { senders: Vec::new(), recipients, same: false, number, titled })
}

/// The rest after an article in any case (`la même`, `LA MÊME`).
fn after_article<'a>(r: &'a str, tongue: &Tongue) -> Option<&'a str> {
    let (first, rest) = r.split_once(' ')?;
    tongue.small[..tongue.articles].iter().any(|a| lower_eq(first, a)).then_some(rest)
}

/// Whether `w` is `lower` in any case (`MÊME` is `même`).
pub fn lower_eq(w: &str, lower: &str) -> bool {
    // Two first letters in ASCII that differ tell the words apart before their letters are lowered.
    let (a, b) = (w.as_bytes().first(), lower.as_bytes().first());
    let differ = a.zip(b).is_some_and(|(a, b)| a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(b));
    w.len() == lower.len() && !differ && w.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

pub fn is_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// A word of the party without its final dot or comma, lowercased when it is one of `list`.
pub fn is_one_of(w: &str, list: &[&str]) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    w.len() <= 16 && list.iter().any(|x| lower_eq(w, x))
}

/// A party: titles, perhaps an article and a particle, then a name (`M. le comte de Vaux`, `MADAME LA MARQUISE
/// D'ESPAGNAC`, `il Magnifico Tommaso Baldi`, `SEÑOR GENERAL TOMÁS ARRIAGA`), or an office (`le Ministre de
/// l'Instruction publique`). A place after a comma (`Mlle Lenoir, à Rouen`) or after the tongue's word for it
/// (`Tommaso Baldi in Lucca`) is no part of it. `alone` (the heading names only this party): a party without a
/// title must be a name of two words at least (`À Paris` is a place).
pub fn party(p: &str, alone: bool, tongue: &Tongue) -> Option<Person> {
    // A party opens with a capital, an article or a title (`le Ministre`, `don Ramón`): `A few words` is turned
    // away first.
    let first = p.split(' ').next().unwrap_or(p);
    if !p.starts_with(char::is_uppercase)
        && !tongue.small[..tongue.articles]
            .iter()
            .any(|a| first == *a || p.strip_prefix(a).is_some_and(|r| r.starts_with(['\'', '’'])))
        && !is_one_of(first, tongue.titles)
    {
        return None;
    }
    let p = p.split(',').next()?.quick_trim().trim_end_matches('.');
    let p = tongue.places.iter().find_map(|w| p.find(w).map(|at| &p[..at])).unwrap_or(p);
    let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 8 || p.bytes().any(|b| b.is_ascii_digit() || b"!?;:()".contains(&b)) {
        return None;
    }
    let articles = &tongue.small[..tongue.articles];
    let mut k = 0;
    let mut titled = false;
    // A title may carry its article elided (`M. l'abbé Moussinot`, `L'ABBÉ PRÉVOST`).
    let title = |w: &str| is_one_of(without_elided_article(w), tongue.titles);
    while k < words.len() && (title(words[k]) || is_one_of(words[k], articles)) {
        titled |= title(words[k]);
        k += 1;
    }
    let printed = p.to_string();
    if k < words.len() && is_one_of(words[k], tongue.offices) {
        return Some(Person { name: office_name(&words[k..], tongue), printed, office: true });
    }
    // The particle before the surname (`de Vaux`, `D'ESPAGNAC`, `du Plessis`, `de' Neri`).
    while k < words.len() && is_one_of(words[k], tongue.small) {
        k += 1;
    }
    let name: Vec<&str> = words[k..].iter().map(|w| strip_elided(w)).collect();
    let capitalised = !name.is_empty()
        && name.iter().all(|w| w.starts_with(char::is_uppercase) || is_one_of(w, tongue.small))
        && name.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    // Alone and without a title, a party is a name of two words at least, not in capitals (`À PARIS.`).
    let bare_place = alone && !titled && (name.len() < 2 || is_caps(p) && !tongue.caps_names);
    if !capitalised || bare_place {
        return None;
    }
    let person = parties::person(&name.join(" "))?;
    Some(Person { name: without_particle(&person.name, tongue).to_string(), printed, office: false })
}

/// `l'abbé` → `abbé`, `L'ABBÉ` → `ABBÉ`: a word without the elided article glued to it.
fn without_elided_article(w: &str) -> &str {
    ["l'", "L'", "l’", "L’"].iter().find_map(|p| w.strip_prefix(p)).filter(|r| !r.is_empty()).unwrap_or(w)
}

/// `D'ESPAGNAC` → `ESPAGNAC`, `d’Aubigny` → `Aubigny`: an elided particle glued to the name.
fn strip_elided(w: &str) -> &str {
    ["d'", "D'", "d’", "D’"].iter().find_map(|p| w.strip_prefix(p)).filter(|r| !r.is_empty()).unwrap_or(w)
}

/// A surname without the particle [`parties::person`] keeps before it (`de Vaux` → `Vaux`).
fn without_particle<'a>(name: &'a str, tongue: &Tongue) -> &'a str {
    match name.split_once(' ') {
        Some((p, rest)) if is_one_of(p, tongue.small) => without_particle(rest, tongue),
        _ => name,
    }
}

/// `ministre de la guerre` → `Ministre de la guerre`; in capitals, `VICEPRESIDENTE DE LA REPÚBLICA` →
/// `Vicepresidente de la República` (the small words in small letters, the others capitalised).
fn office_name(words: &[&str], tongue: &Tongue) -> String {
    let caps = words.iter().all(|w| is_caps(w));
    let word = |(k, w): (usize, &&str)| -> String {
        let lower: String = if caps { w.chars().flat_map(char::to_lowercase).collect() } else { w.to_string() };
        if k > 0 && (!caps || is_one_of(w, tongue.small)) { lower } else { upper_first(&lower) }
    };
    words.iter().enumerate().map(word).collect::<Vec<_>>().join(" ")
}

/// `ministre` → `Ministre`.
fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The writer a collection's title names after one of the tongue's kinds (`Correspondance de M. de Vernange`,
/// `LETTERE DI TOMMASO BALDI`).
pub fn collection_writer(t: &str, tongue: &Tongue) -> Option<Person> {
    let lower: String = t.chars().flat_map(char::to_lowercase).collect();
    let kind = tongue.collections.iter().find(|k| lower.starts_with(*k))?;
    // The lowercase text has as many bytes as the kind's (no capital in it changes its length).
    let name = t.get(kind.len()..)?;
    // `CARTAS DEL LIBERTADOR`: one word after the article is what the writer was called (an epithet, as an office
    // is named), no name of his: his letters sign with theirs.
    let epithet = kind.ends_with("del ") && name.split_whitespace().count() == 1;
    party(name, false, tongue).map(|p| Person { office: p.office || epithet, ..p })
}
