//! The parties of a heading, read by their grammar rather than from a list of known people: a party is a run of
//! capitalised words, initials, titles and particles (`President F. D. Roosevelt`, `the Ambassador in the Soviet
//! Union (Steinhardt)`, `LORD LIVERPOOL`, `Henry Knox`). The canonical name is the surname as printed, the holder
//! in brackets when an office names one, or the office itself when no person is named.

use super::words::QuickTrim;
use super::words::{WordSet, find_spaced, lower_is, trim_unless, words_of};
use std::sync::LazyLock;

/// Words of rank, office and address. They make a party an office or stand before a name; they are grammar,
/// not names.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "miss",
    "ms",
    "messrs",
    "dr",
    "doctor",
    "sir",
    "dame",
    "lady",
    "lord",
    "madame",
    "madam",
    "monsieur",
    "mme",
    "mlle",
    "herr",
    "frau",
    "señor",
    "signor",
    "don",
    "president",
    "premier",
    "prime",
    "minister",
    "ministers",
    "marshal",
    "field",
    "generalissimo",
    "general",
    "major",
    "major-general",
    "lieutenant",
    "lieutenant-general",
    "brigadier",
    "brigadier-general",
    "colonel",
    "lieut",
    "col",
    "gen",
    "capt",
    "captain",
    "commander",
    "admiral",
    "rear",
    "vice",
    "commodore",
    "sergeant",
    "chairman",
    "commissar",
    "secretary",
    "ambassador",
    "chargé",
    "charge",
    "d'affaires",
    "consul",
    "consul-general",
    "envoy",
    "governor",
    "senator",
    "judge",
    "justice",
    "king",
    "queen",
    "emperor",
    "empress",
    "tsar",
    "czar",
    "prince",
    "princess",
    "duke",
    "duchess",
    "earl",
    "count",
    "countess",
    "baron",
    "baroness",
    "marquis",
    "viscount",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "father",
    "brother",
    "sister",
    "reverend",
    "rev",
    "saint",
    "st",
    "his",
    "her",
    "their",
    "excellency",
    "excellencies",
    "majesty",
    "highness",
    "holiness",
    "grace",
    "honourable",
    "honorable",
    "hon",
    "acting",
    "deputy",
    "under",
    "assistant",
    "chief",
    "people's",
    "peoples",
    "peopled",
    "foreign",
    "american",
    "british",
    "soviet",
    "french",
    "commanding",
    "officer",
    "head",
    "delegate",
    "representative",
    "attaché",
    "attache",
    "agent",
    "mayor",
    "elder",
    "apostle",
    "proconsul",
    "praetor",
    "senate",
    "council",
    "committee",
    "board",
    "director",
    "commissioner",
    "superintendent",
    "officers",
    "department",
    "ministry",
    "office",
    "embassy",
    "legation",
    "consulate",
    "government",
    "mission",
    "delegation",
    "chancellor",
    "viceroy",
    "regent",
    "sultan",
    "shah",
    "khedive",
    "emir",
    "doge",
    "elector",
    "dauphin",
    "abbot",
    "abbess",
    "prior",
    "prioress",
    "dean",
    "vicar",
    "rector",
    "provost",
    "warden",
    "treasurer",
    "sheriff",
    "magistrate",
    "alderman",
    "burgomaster",
    "constable",
    "patriarch",
    "metropolitan",
    "legate",
    "nuncio",
    "steward",
];

/// Small words that may stand inside a party: articles, prepositions of offices, name particles.
/// Words of kinship and friendship that stand before a name in older headings (`Pliny to his friend Tacitus`).
const RELATIONS: &[&str] = &[
    "friend",
    "dear",
    "dearest",
    "beloved",
    "well-beloved",
    "esteemed",
    "honoured",
    "honored",
    "son",
    "daughter",
    "cousin",
    "wife",
    "husband",
    "mother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "good",
    "worthy",
    "excellent",
    "his",
    "her",
    "my",
    "our",
    "their",
];

/// Words of family a salutation may name its addressee by alone.
const KIN: &[&str] = &[
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "boy",
    "girl",
    "child",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandmother",
    "grandfather",
    "mamma",
    "papa",
];

/// `Mother`, `BOY`: a salutation's addressee named only by a word of family, as a party named so (`Mother`).
pub fn kin(word: &str) -> Option<Person> {
    let w = clean(word.quick_trim());
    if w.contains(' ') || !KIN_SET.has(w) {
        return None;
    }
    let mut chars = w.chars();
    let first = chars.next()?;
    let name: String = first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect();
    Some(Person { name, printed: w.to_string(), office: false })
}

const PARTICLES: &[&str] = &[
    "the", "of", "in", "for", "at", "and", "de", "du", "da", "di", "van", "von", "der", "den", "la", "le", "des",
    "del", "y", "&", "on", "ibn", "bin", "al", "ter", "zu",
];

/// Prepositions that tie an office to its domain: `Secretary of State`, `Minister in Austria`.
const OFFICE_LINKS: &[&str] = &["of", "in", "for", "at", "to", "on"];

/// How a party was named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Canonical: the surname as printed (`Jefferson`), the holder (`Dodd`), or the office (`Secretary of State`).
    pub name: String,
    /// The party as printed.
    pub printed: String,
    /// Whether the name is an office with no person named.
    pub office: bool,
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

static TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLES));
static PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PARTICLES));
static KIN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(KIN));
/// Particles and relations: the small words that may stand inside a party.
static SMALL_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[PARTICLES, RELATIONS].concat()));

fn clean(w: &str) -> &str {
    trim_unless(
        w,
        |b| !matches!(b, b',' | b';' | b':' | b'"' | b'*'),
        |c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '*' | '†' | '‡'),
    )
}

pub fn is_title(w: &str) -> bool {
    TITLE_SET.has(w.trim_end_matches('.'))
}

fn is_particle(w: &str) -> bool {
    SMALL_SET.has(w)
}

/// `J.`, `F.`, `W`, `J.V.`, `U.S.S.R.`: initials.
fn is_initial(w: &str) -> bool {
    let (mut letters, mut chars, mut upper, mut letters_and_dots) = (0, 0, true, true);
    for c in w.chars() {
        chars += 1;
        if c.is_alphabetic() {
            letters += 1;
            upper &= c.is_uppercase();
        } else if c != '.' {
            letters_and_dots = false;
        }
    }
    letters > 0 && upper && (w.ends_with('.') && letters <= 4 && letters_and_dots || letters == 1 && chars == 1)
}

/// `K.B.`, `F.R.S.`, `Esq.`, `Bart.`, `Jr.`: letters after a name (orders, degrees, styles), never the name.
fn is_postnominal(part: &str) -> bool {
    part.split_whitespace().all(|w| {
        let w = w.trim_end_matches(['.', ',']);
        let dotted = w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
        dotted || ["esq", "bart", "jr", "sr", "junior", "senior"].iter().any(|x| x.eq_ignore_ascii_case(w))
    })
}

/// Whether two printed forms of one surname name different people by their given names (`Cassandra Austen`,
/// `Jane Austen`); initials and titles do not tell.
pub fn different_people(a: &str, b: &str) -> bool {
    // Only a plain `Given Surname` form tells: an inverted (`Adams, John`) or office form (`The Ambassador in
    // Japan (Grew)`) does not.
    let given = |s: &str| -> Option<String> {
        if s.contains([',', '(', ')']) {
            return None;
        }
        let words: Vec<&str> = s.split_whitespace().collect();
        let first = words.iter().rev().skip(1).rev().find(|w| {
            let bare = w.trim_end_matches(['.', ',']);
            bare.chars().count() > 1
                && bare.chars().all(char::is_alphabetic)
                && bare.starts_with(char::is_uppercase)
                && !w.ends_with('.')
                && !is_title(bare)
                && !bare.eq_ignore_ascii_case("the")
        })?;
        Some(first.to_lowercase())
    };
    matches!((given(a), given(b)), (Some(x), Some(y)) if x != y)
}

/// A word that can be part of a name: capitalised, letters with inner `'`, `-`, `’` or `.`.
fn is_name_word(w: &str) -> bool {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            letters += 1;
        } else if !matches!(c, '\'' | '’' | '-' | '.') {
            return false;
        }
    }
    letters >= 2
}

/// Whether `segment` reads as a party: every word a name word, an initial, a title or a particle, at least one
/// of them capitalised, at most 16 words, brackets only around a holder's name.
pub fn valid(segment: &str) -> bool {
    let (outside, holder) = split_holder(segment);
    if holder.is_some_and(|h| !words_of(h).all(|w| is_name_word(clean(w)) || is_initial(clean(w)))) {
        return false;
    }
    if outside.contains(['(', ')', '[', ']']) {
        return false;
    }
    let (mut capital, mut count, mut last_particle) = (false, 0, false);
    for w in words_of(outside).map(clean).filter(|w| !w.is_empty()) {
        count += 1;
        if count > 16 {
            return false;
        }
        last_particle = is_particle(w);
        if last_particle {
            continue;
        }
        if is_name_word(w) || is_initial(w) || is_title(w) && w.starts_with(char::is_uppercase) {
            capital = true;
            continue;
        }
        return false;
    }
    // `the Ambassador in Germany`, `THE KING OF THE BELGIANS`: an article opens an office, never a bare name (`THE
    // MARCH TO THE SEA` is a chapter's title, not a letter from `the March`).
    let article = outside.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if article && holder.is_none() && !outside.split_whitespace().map(clean).any(is_title) {
        return false;
    }
    capital && (holder.is_some() || !last_particle)
}

/// `the Ambassador in Germany (Dodd)` → (`the Ambassador in Germany`, Some(`Dodd`)).
fn split_holder(segment: &str) -> (&str, Option<&str>) {
    let t = segment.quick_trim().trim_end_matches([',', ';', '.']);
    if let Some(open) = t.rfind('(')
        && t.ends_with(')')
    {
        let inner = t[open + 1..t.len() - 1].quick_trim();
        if !inner.is_empty() && inner.len() <= 60 {
            return (t[..open].quick_trim_end(), Some(inner));
        }
    }
    (t, None)
}

/// `SMITH` → `Smith`; a word already in mixed case stays.
fn as_printed_name(w: &str) -> String {
    if w.chars().any(char::is_lowercase) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// The surname of a run of name words: the last word that is not an initial, with a lowercase particle before it
/// (`de Gaulle`).
fn surname(words: &[&str]) -> Option<String> {
    // `NELSON AND BRONTE`: one word after `and` is a peer's second title, not a second person (people are split
    // before a party is read as one).
    let words = match words.iter().position(|w| w.eq_ignore_ascii_case("and") || *w == "&") {
        Some(a) if a > 0 && a + 2 == words.len() => &words[..a],
        _ => words,
    };
    let k = words.iter().rposition(|w| !is_initial(w) && !is_particle(w) && is_name_word(w))?;
    // `Pliny the Younger`, `Alfred the Great`: an epithet after `the` is no surname.
    if k >= 2 && words[k - 1].eq_ignore_ascii_case("the") && is_name_word(words[k - 2]) && !is_title(words[k - 2]) {
        return Some(as_printed_name(words[k - 2].trim_end_matches('.')));
    }
    // `Leo XIII`, `GEORGE III`: a regnal number belongs to the name before it.
    if k > 0 && is_regnal(words[k]) && is_name_word(words[k - 1]) {
        return Some(format!("{} {}", as_printed_name(words[k - 1]), words[k]));
    }
    let mut name = as_printed_name(words[k].trim_end_matches('.'));
    if k > 0 && PARTICLE_SET.has(words[k - 1]) && words[k - 1].starts_with(char::is_lowercase) {
        name = format!("{} {name}", words[k - 1]);
    }
    Some(name)
}

fn is_regnal(w: &str) -> bool {
    w.len() <= 6 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// One party (not joint) read: holder, person or office.
pub fn person(segment: &str) -> Option<Person> {
    let printed = segment.quick_trim().trim_end_matches([',', ';', ':']).quick_trim().to_string();
    let (outside, holder) = split_holder(segment);
    if let Some(h) = holder {
        let words: Vec<&str> = words_of(h).map(clean).collect();
        let name = surname(&words)?;
        return Some(Person { name, printed, office: false });
    }
    // `the Prime Minister, Mr Winston Churchill`: the part that names a person; the first when it does
    // (`CAPTAIN RICHARD KEATS, H.M. SHIP SUPERB`: what follows is his ship or post).
    let parts: Vec<&str> = outside.split(',').map(str::trim).filter(|p| !p.is_empty() && !is_postnominal(p)).collect();
    // The first part is read once: it is the answer when it names a person, and the last resort otherwise.
    let first = parts.first().and_then(|p| read_part(p));
    if parts.len() > 1 && first.as_ref().is_some_and(|p| !p.office) {
        return first.map(|p| Person { printed, ..p });
    }
    for part in parts.iter().skip(1).rev() {
        if let Some(p) = read_part(part)
            && !p.office
        {
            return Some(Person { printed, ..p });
        }
    }
    first.map(|p| Person { printed, ..p })
}

fn read_part(part: &str) -> Option<Person> {
    let words: Vec<&str> = words_of(part).map(clean).filter(|w| !w.is_empty()).collect();
    let mut k = 0;
    let mut has_title = false;
    while k < words.len() {
        let title = is_title(words[k]);
        if !title && !lower_is(words[k], "the") {
            break;
        }
        has_title |= title;
        k += 1;
    }
    let rest = &words[k..];
    if has_title && rest.first().is_some_and(|w| OFFICE_LINKS.iter().any(|x| lower_is(w, x))) {
        // `Secretary of State`, `Minister in Austria`, `Duke of Wellington`: an office; a titled domain that is
        // one name after `of` is a peer's title and the name (`Wellington`).
        return Some(office(&words));
    }
    match surname(rest) {
        // The printed form is the whole party's, which [`person`] sets.
        Some(name) => Some(Person { name, printed: String::new(), office: false }),
        None if has_title => Some(office(&words)),
        None => None,
    }
}

/// An office: its words without the article and without `Acting` (an acting holder answers for the office),
/// capitals of a caps heading softened (`KING OF THE BELGIANS` → `King of the Belgians`).
fn office(words: &[&str]) -> Person {
    let skip = ["the", "his", "her", "acting"];
    let start = words.iter().position(|w| !skip.iter().any(|s| s.eq_ignore_ascii_case(w))).unwrap_or(0);
    let caps = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    let name: Vec<String> = words[start..]
        .iter()
        .map(|w| match (caps, is_particle(w)) {
            (true, true) => lower(w),
            (true, false) => as_printed_name(w),
            _ => w.to_string(),
        })
        .collect();
    Person { name: name.join(" "), printed: words.join(" "), office: true }
}

/// A party that may be joint: `President Roosevelt and Prime Minister Churchill`, `F. Roosevelt and W.
/// Churchill`. Splits on `and` / `&` only where both sides read as parties and the left side is not an office
/// still running on (`Commissar for Army and Navy Affairs` stays one).
pub fn people(segment: &str) -> Vec<Person> {
    let t = segment.quick_trim();
    // Every separator is a space before `a`, `A` or `&`: a segment without one is not searched for them.
    let may_join = t.as_bytes().windows(2).any(|w| w[0] == b' ' && matches!(w[1], b'a' | b'A' | b'&'));
    for sep in [" and to ", " AND TO ", " and ", " AND ", " And ", " & "].into_iter().filter(|_| may_join) {
        if let Some(at) = find_spaced(t, sep) {
            let (left, right) = (&t[..at], &t[at + sep.len()..]);
            let left_words: Vec<&str> = words_of(left).collect();
            let dangling = left_words.iter().any(|w| ["of", "for", "in"].iter().any(|x| lower_is(w, x)))
                && !left.quick_trim_end().ends_with(')');
            if valid(left) && valid(right) && !dangling {
                let mut out = people(left);
                out.extend(people(right));
                if out.len() >= 2 {
                    return out;
                }
            }
        }
    }
    person(t).into_iter().collect()
}

/// Whether a party is weak evidence of a letter: one bare capitalised word, no title, initial or holder, as a
/// place would be (`London`). A heading of two weak parties needs other signs that a letter follows.
pub fn weak(segment: &str) -> bool {
    let (outside, holder) = split_holder(segment);
    if holder.is_some() {
        return false;
    }
    let words: Vec<&str> = words_of(outside).map(clean).filter(|w| !w.is_empty()).collect();
    words.len() == 1 && !is_title(words[0]) && !is_initial(words[0])
}

/// Names joined for display and export: `Roosevelt, Churchill`.
pub fn join(people: &[Person]) -> String {
    people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        people(s).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn surnames_holders_and_offices() {
        assert_eq!(names("Premier J. V. Stalin"), ["Stalin"]);
        assert_eq!(names("W. CHURCHILL"), ["Churchill"]);
        assert_eq!(names("the Prime Minister, Mr Winston Churchill,"), ["Churchill"]);
        assert_eq!(names("President Roosevelt and Prime Minister Churchill"), ["Roosevelt", "Churchill"]);
        assert_eq!(names("The People's Commissar for Foreign Affairs of the Soviet Union (Molotov)"), ["Molotov"]);
        assert_eq!(names("the Ambassador in Germany (Dodd)"), ["Dodd"]);
        assert_eq!(names("The Acting Secretary of State"), ["Secretary of State"]);
        assert_eq!(names("THE KING OF THE BELGIANS"), ["King of the Belgians"]);
        assert_eq!(names("Pope Leo XIII"), ["Leo XIII"]);
        assert_eq!(names("the Department of State"), ["Department of State"]);
        assert_eq!(names("the Minister in Austria"), ["Minister in Austria"]);
        assert_eq!(names("Henry Knox"), ["Knox"]);
        assert_eq!(names("GENERAL MEADE"), ["Meade"]);
        assert_eq!(names("General de Gaulle"), ["de Gaulle"]);
        assert_eq!(names("Lord Liverpool"), ["Liverpool"]);
        assert_eq!(kin("BOY").map(|p| p.name).as_deref(), Some("Boy"));
        assert_eq!(kin("Mother").map(|p| p.name).as_deref(), Some("Mother"));
        assert!(kin("Friend").is_none() && kin("Sir").is_none());
        assert_eq!(names("SIR JOHN MOORE, K.B."), ["Moore"], "letters after a name are no name");
        assert_eq!(names("Josiah Wedgwood, Esq."), ["Wedgwood"]);
        assert_eq!(names("the Rev. Dr. Priestley, F.R.S."), ["Priestley"]);
        assert_eq!(names("the President"), ["President"]);
        assert_eq!(names("Commissar for Army and Navy Affairs"), ["Commissar for Army and Navy Affairs"]);
        assert_eq!(names("CAPTAIN RICHARD KEATS, H.M. SHIP SUPERB"), ["Keats"]);
        assert_eq!(person("NELSON AND BRONTE").map(|p| p.name).as_deref(), Some("Nelson"));
        assert_eq!(person("Pliny the Younger").map(|p| p.name).as_deref(), Some("Pliny"));
        assert!(!valid("THE MARCH"), "an article opens an office, not a name");
    }

    #[test]
    fn sentences_are_not_parties() {
        assert!(!valid("I gave Mr Churchill's message"));
        assert!(!valid("the talks at Yalta were long"));
        assert!(valid("Marshal Stalin"));
        assert!(valid("the Ambassador in the Soviet Union (Steinhardt)"));
        assert!(weak("London"));
        assert!(!weak("Mr Adams"));
    }
}
