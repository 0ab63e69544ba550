//! The parties of a heading, read by their grammar rather than from a list of known people: a party is a run of
//! capitalised words, initials, titles and particles (`President F. D. Roosevelt`, `the Ambassador in the Soviet
//! Union (Steinhardt)`, `LORD LIVERPOOL`, `Henry Knox`). The canonical name is the surname as printed, the holder
//! in brackets when an office names one, or the office itself when no person is named.

use super::words::QuickTrim;
use super::words::{Lexicon, lower_is, trim_unless, words_of};
use smallvec::SmallVec;
use std::ops::Range;
use std::sync::LazyLock;

/// Words of rank, office and address. They make a party an office or stand before a name; they are grammar,
/// not names.
const TITLES: &[&str] = &[
    // `Sec. Coke`: a calendar's Secretary cut short.
    "sec",
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
    "herrn",
    "frau",
    "fräulein",
    "frl",
    "señor",
    "signor",
    "don",
    "president",
    "premier",
    "prime",
    "minister",
    "ministers",
    "marshal",
    "maréchal",
    "général",
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
    "commissioners",
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
    // Ranks of other languages' nobility and clergy, as editions print them untranslated.
    "comte",
    "comtesse",
    "vicomte",
    "duc",
    "duchesse",
    "marquise",
    "chevalier",
    "abbé",
    "monseigneur",
    "graf",
    "gräfin",
    "fürst",
    "fürstin",
    "herzog",
    "freiherr",
    "conde",
    "condesa",
    "duque",
    "marchese",
    "principe",
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
    "editor",
    "editors",
    "clerk",
    "registrar",
    // A land office's two officers.
    "register",
    "receiver",
    "inspector",
    "surveyor",
    "comptroller",
    "auditor",
    "solicitor",
    "attorney",
    "attorney-general",
    "postmaster",
    "postmaster-general",
    "collector",
    "curator",
    "librarian",
    "headmaster",
    "principal",
    // Posts signed under a name, and ranks as dispatches abbreviate them (`Maj. Gen.`, `Lt. Col.`, `Asst.`).
    "manager",
    "resident",
    "commandant",
    "adjutant",
    "quartermaster",
    "engineer",
    "maj",
    "lt",
    "brig",
    "genl",
    "adjt",
    "asst",
    "comdg",
    "supt",
    "secy",
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
const KIN: &[&str] = &crate::model::KIN_WORDS;

/// `Mother`, `BOY`: a salutation's addressee named only by a word of family, as a party named so (`Mother`).
pub fn kin(word: &str) -> Option<Person> {
    let w = clean(word.quick_trim());
    if w.contains(' ') || LEXICON.kinds(w) & KINSHIP == 0 {
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

/// The lists a word of a party is in, as bits of [`LEXICON`], and what its letters are, as bits of [`shape`].
const TITLE: u32 = 1;
const PARTICLE: u32 = 1 << 1;
const RELATION: u32 = 1 << 2;
const KINSHIP: u32 = 1 << 3;
const LINK: u32 = 1 << 4;
/// `the`.
const ARTICLE: u32 = 1 << 5;
/// `and`, `&`.
const AND: u32 = 1 << 6;
/// What an office is named without: `the`, `his`, `her`, `acting` (an acting holder answers for the office).
const UNOFFICIAL: u32 = 1 << 7;
/// The small words that may stand inside a party: particles and relations.
const SMALL: u32 = PARTICLE | RELATION;
/// A word that can be part of a name: capitalised, letters with inner `'`, `-`, `’` or `.`, two letters at least.
const NAME: u32 = 1 << 8;
/// `J.`, `F.`, `W`, `J.V.`, `U.S.S.R.`: initials.
const INITIAL: u32 = 1 << 9;
/// Its first character is uppercase.
const UPPER_FIRST: u32 = 1 << 10;
/// Its first character is lowercase.
const LOWER_FIRST: u32 = 1 << 11;
/// It has a dot.
const DOTTED: u32 = 1 << 12;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        (TITLES, TITLE),
        (PARTICLES, PARTICLE),
        (RELATIONS, RELATION),
        (KIN, KINSHIP),
        (OFFICE_LINKS, LINK),
        (&["the"], ARTICLE),
        (&["and", "&"], AND),
        (&["the", "his", "her", "acting"], UNOFFICIAL),
    ])
});

fn clean(w: &str) -> &str {
    trim_unless(
        w,
        |b| !matches!(b, b',' | b';' | b':' | b'"' | b'*'),
        |c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '*' | '†' | '‡'),
    )
}

pub fn is_title(w: &str) -> bool {
    LEXICON.kinds(w.trim_end_matches('.')) & TITLE != 0
}

/// `d'Alembert`, `d’Este`, `l'Hôpital`: a particle elided before a name is the name's; gives the name after it.
pub fn after_elided_particle(w: &str) -> Option<&str> {
    if !matches!(w.as_bytes().first(), Some(b'd' | b'l')) {
        return None;
    }
    w[1..].strip_prefix(['\'', '’']).filter(|r| r.starts_with(char::is_uppercase))
}

/// What the letters of `w` make it: [`NAME`], [`INITIAL`], [`UPPER_FIRST`], [`LOWER_FIRST`], [`DOTTED`], in one
/// pass over its bytes (its characters when it has other than ASCII).
fn shape(w: &str) -> u32 {
    let b = w.as_bytes();
    let Some(&first) = b.first() else { return 0 };
    if let Some(rest) = after_elided_particle(w) {
        return shape(rest);
    }
    let (mut seen, mut letters, mut high) = (0, 0, 0);
    for &x in b {
        let k = ASCII_CLASSES[usize::from(x & 0x7f)];
        seen |= k;
        letters += usize::from(k & LETTER);
        high |= x;
    }
    let (first, count) = match high < 0x80 {
        true => (ASCII_CLASSES[usize::from(first)], b.len()),
        false => {
            (seen, letters) = (0, 0);
            for k in w.chars().map(class) {
                seen |= k;
                letters += usize::from(k & LETTER);
            }
            (w.chars().next().map_or(0, class), w.chars().count())
        }
    };
    let mut bits = 0;
    if seen & DOT != 0 {
        bits |= DOTTED;
    }
    if first & UPPER != 0 {
        bits |= UPPER_FIRST;
        if seen & NOT_MARK == 0 && letters >= 2 {
            bits |= NAME;
        }
    }
    if first & LOWER != 0 {
        bits |= LOWER_FIRST;
    }
    let upper = seen & FLAT == 0;
    let dotted = w.ends_with('.') && letters <= 4 && seen & NOT_DOT == 0;
    if letters > 0 && upper && (dotted || letters == 1 && count == 1) {
        bits |= INITIAL;
    }
    bits
}

/// What a character is to [`shape`], as bits: a letter, uppercase, lowercase, a dot; and what a word having it
/// cannot be: a letter not uppercase (no initial), other than a letter or a dot (no initial), other than a letter or
/// a mark inside names (`'`, `’`, `-`, `.`: no name).
const LETTER: u8 = 1;
const UPPER: u8 = 1 << 1;
const LOWER: u8 = 1 << 2;
const DOT: u8 = 1 << 3;
const FLAT: u8 = 1 << 4;
const NOT_DOT: u8 = 1 << 5;
const NOT_MARK: u8 = 1 << 6;

fn class(c: char) -> u8 {
    if c.is_ascii() {
        return ASCII_CLASSES[c as usize];
    }
    let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
    let (letter, upper) = (c.is_alphabetic(), c.is_uppercase());
    bit(letter, LETTER)
        | bit(upper, UPPER)
        | bit(c.is_lowercase(), LOWER)
        | bit(letter && !upper, FLAT)
        | bit(!letter, NOT_DOT)
        | bit(!letter && c != '’', NOT_MARK)
}

/// [`class`] of the ASCII characters.
static ASCII_CLASSES: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            LETTER | LOWER | FLAT
        } else if c == b'.' {
            DOT
        } else if c == b'\'' || c == b'-' {
            NOT_DOT
        } else {
            NOT_DOT | NOT_MARK
        };
        b += 1;
    }
    t
};

/// A word of a party, cleaned ([`clean`]), with its lists and shape found once.
#[derive(Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    kinds: u32,
}

impl<'a> Word<'a> {
    fn of(text: &'a str) -> Word<'a> {
        let shape = shape(text);
        // No listed word has a dot; a title is looked up without a final one (`Rev.`, `St.`).
        let listed = if shape & DOTTED == 0 { LEXICON.kinds(text) } else { 0 };
        let title = match text.strip_suffix('.') {
            Some(_) => LEXICON.kinds(text.trim_end_matches('.')),
            None => listed,
        } & TITLE;
        let title = if title == 0 && shape & DOTTED == 0 { hyphened_title(text) } else { title };
        // `O. v. Bismarck`, `v. Moltke`: the particle `von` cut short, in small letters (`V.` is an initial).
        let particle = if text == "v." { PARTICLE } else { 0 };
        Word { text, kinds: listed & !TITLE | title | shape | particle }
    }

    fn is(&self, kinds: u32) -> bool {
        self.kinds & kinds != 0
    }

    /// The byte offset of the word in `within`, the text it was read from.
    fn offset_in(&self, within: &str) -> usize {
        (self.text.as_ptr() as usize).wrapping_sub(within.as_ptr() as usize)
    }
}

/// `Under-Secretary`, `Vice-Consul`, `Governor-General`: an office's word after a hyphen, its first part a word
/// that ranks it (`Under`, `Vice`, `Sub`, `Deputy`, `Assistant`, `Acting`) or an office's word too. A surname
/// joined to another (`Smith-King`) is none.
fn hyphened_title(text: &str) -> u32 {
    const RANKS: [&str; 6] = ["under", "vice", "sub", "deputy", "assistant", "acting"];
    let Some((first, last)) = text.split_once('-') else { return 0 };
    let ranked = RANKS.iter().any(|r| first.eq_ignore_ascii_case(r)) || LEXICON.kinds(first) & TITLE != 0;
    if ranked && !last.contains('-') { LEXICON.kinds(last) & TITLE } else { 0 }
}

/// The words of a party's text, cleaned, the empty ones left out.
fn party_words(t: &str) -> impl Iterator<Item = Word<'_>> {
    words_of(t).map(clean).filter(|w| !w.is_empty()).map(Word::of)
}

/// The words of a party on the stack (most parties have a few).
type Words<'a> = SmallVec<[Word<'a>; 16]>;

/// Whether two printed forms of one surname (`surname`, as the people's `name`) name different people by their
/// given names (`Cassandra Austen`, `Jane Austen`); initials and titles do not tell. A given name stands before
/// the surname: a rank or post printed after it (`U. S. GRANT Lt. Gen.`) is no given name.
pub fn different_people<'a>(a: &'a str, b: &'a str, surname: &str) -> bool {
    let key = surname.split_whitespace().next().unwrap_or_default();
    // Only a plain `Given Surname` form tells: an inverted (`Adams, John`) or office form (`The Ambassador in
    // Japan (Grew)`) does not, nor one whose surname is not printed as a word of it.
    // The first given name before the surname's first word, read in one pass without a list of the words.
    let given = |s: &'a str| -> Option<&'a str> {
        if s.contains([',', '(', ')']) || key.is_empty() {
            return None;
        }
        let mut first = None;
        for w in s.split_whitespace() {
            if w.trim_end_matches(['.', ',']).eq_ignore_ascii_case(key) {
                return first;
            }
            // An office with its seat before the holder (`Gesandte im Haag von Kessenich`, `Gesandten im Haag von
            // Kessenich` as the accusative prints it): its words are no given names.
            if OFFICE_SEAT_LINKS.contains(&w) {
                return None;
            }
            if first.is_none() && given_name(w) {
                first = Some(w);
            }
        }
        None
    };
    match (given(a), given(b)) {
        // Compared in small letters: ASCII ones without making them.
        (Some(x), Some(y)) if x.is_ascii() && y.is_ascii() => !x.eq_ignore_ascii_case(y),
        (Some(x), Some(y)) => x.to_lowercase() != y.to_lowercase(),
        _ => false,
    }
}

/// The small words that tie an office to its seat before its holder's name (`Botschafter in Rom Graf von Solms`,
/// `Staatssekretär des Auswärtigen Amtes ...`).
const OFFICE_SEAT_LINKS: [&str; 7] = ["in", "im", "am", "des", "of", "at", "for"];

/// Whether a word printed before a surname is a given name (`Cassandra`), not an initial, a title or `the`.
fn given_name(w: &str) -> bool {
    let bare = w.trim_end_matches(['.', ',']);
    bare.chars().count() > 1
        && bare.chars().all(char::is_alphabetic)
        && bare.starts_with(char::is_uppercase)
        && !w.ends_with('.')
        && !is_title(bare)
        && !bare.eq_ignore_ascii_case("the")
}

/// `K.B.`, `F.R.S.`, `Esq.`, `Bart.`, `Jr.`: letters after a name (orders, degrees, styles), never the name.
pub fn is_postnominal(part: &str) -> bool {
    words_of(part).all(|w| {
        let w = w.trim_end_matches(['.', ',']);
        let dotted = w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
        dotted || ["esq", "bart", "jr", "sr", "junior", "senior"].iter().any(|x| x.eq_ignore_ascii_case(w))
    })
}

/// Whether `segment` reads as a party: every word a name word, an initial, a title or a particle, at least one
/// of them capitalised, at most 16 words, brackets only around a holder's name.
pub fn valid(segment: &str) -> bool {
    let (outside, holder) = split_holder(segment);
    reads_as_party(outside, holder, party_words(outside))
}

/// [`valid`] of a party split by [`split_holder`], its words outside the brackets given (read as far as needed).
fn reads_as_party<'a>(outside: &str, holder: Option<&str>, words: impl Iterator<Item = Word<'a>>) -> bool {
    if holder.is_some_and(|h| !words_of(h).all(|w| shape(clean(w)) & (NAME | INITIAL) != 0)) {
        return false;
    }
    if outside.bytes().any(|b| matches!(b, b'(' | b')' | b'[' | b']')) {
        return false;
    }
    // `all the bishops of Sicily`: a body of people, its words in small letters.
    if holder.is_none() && outside.len() <= 60 && body_of_people(outside).is_some() {
        return true;
    }
    let (mut capital, mut count, mut last_particle, mut titled) = (false, 0, false, false);
    let mut possessive = false;
    for w in words {
        count += 1;
        // `LETTERS TO KEATS FROM HIS CIRCLE`: a possessive opens a party only before a title (`Her Majesty`, `His
        // Excellency the Ambassador`) or a kinship (`HIS FRIEND LUCILIUS`, `MOZART TO HIS FATHER`).
        if count == 1 && POSSESSIVES.iter().any(|p| w.text.eq_ignore_ascii_case(p)) {
            possessive = true;
            continue;
        }
        // `To his Socrates`, `To my Lucilius`: a friend named by the writer's own name for him, the party's last
        // word, in small letters after its capital (`HIS CIRCLE` in capitals may be a group).
        let pet_name = || {
            w.is(NAME) && w.is(UPPER_FIRST) && w.text.bytes().any(|b| b.is_ascii_lowercase()) && {
                let mut rest = outside.split_whitespace();
                rest.nth(2).is_none()
            }
        };
        if possessive
            && count == 2
            && !w.is(TITLE | KINSHIP)
            && !BONDS.iter().any(|k| w.text.eq_ignore_ascii_case(k))
            && !pet_name()
        {
            return false;
        }
        // `[To his sister.]`: a bond of family after the possessive names the party in any case.
        if possessive && count == 2 && w.is(KINSHIP) {
            (capital, last_particle) = (true, false);
            continue;
        }
        if count > 16 {
            return false;
        }
        titled |= w.is(TITLE);
        last_particle = w.is(SMALL);
        if last_particle {
            continue;
        }
        // (`Frederick II, king of Prussia`: after the name, a title in small letters in apposition.)
        if w.is(NAME | INITIAL) || w.is(TITLE) && (w.is(UPPER_FIRST) || capital) {
            capital = true;
            continue;
        }
        return false;
    }
    // `the Ambassador in Germany`, `THE KING OF THE BELGIANS`: an article opens an office, never a bare name (`THE
    // MARCH TO THE SEA` is a chapter's title, not a letter from `the March`).
    let article = words_of(outside).next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if article && holder.is_none() && !titled && body_of_people(outside).is_none() {
        return false;
    }
    capital && (holder.is_some() || !last_particle)
}

/// `the Directors, London Missionary Society`, `the Trustees`: a body of people, the article and one plural word
/// in capitals (before the comma that may name whose body it is). The body as printed.
///
/// `all the bishops of Sicily`, `the Clergy of Milan`, `the monks in Gaul`: a body named by where it is, its noun
/// in small letters too (a plural, or a word for a body: `clergy`, `faithful`), `all` before it kept.
fn body_of_people(outside: &str) -> Option<&str> {
    let part = outside.split(',').next()?.quick_trim();
    let bare = super::words::strip_prefix_ci(part, "all ").unwrap_or(part);
    let (article, rest) = bare.split_once(' ')?;
    // `TO HIS MONKS OF CLAIRVAUX`: the writer's own body, named with its place.
    let possessed = ["his", "her", "their"].iter().any(|p| article.eq_ignore_ascii_case(p));
    if !article.eq_ignore_ascii_case("the") && !possessed {
        return None;
    }
    let (noun, place) = match rest.split_once(' ') {
        Some((noun, place)) => (noun, Some(place)),
        None => (rest, None),
    };
    let capital = noun.starts_with(|c: char| c.is_ascii_uppercase());
    // In small letters; in a heading in capitals, one of the words for people in a body (`THE CANONS OF
    // LANGRES`; `THE AFFAIRS OF KHELAT` are no one).
    let plural = noun.len() >= 5
        && (noun.bytes().skip(1).all(|b| b.is_ascii_lowercase()) && noun.ends_with('s') && !noun.ends_with("ss")
            || noun.bytes().all(|b| b.is_ascii_uppercase())
                && PEOPLE_IN_BODIES.iter().any(|p| noun.eq_ignore_ascii_case(p)));
    let collective = BODIES.iter().any(|b| noun.eq_ignore_ascii_case(b));
    let named = match place {
        None => capital && plural && bare.len() == part.len(),
        // Where the body is: `of` or `in`, then a place of a few capitalised words (`of the Franks`).
        Some(place) => {
            let (link, at) = place.split_once(' ').unwrap_or((place, ""));
            let mut words = 0;
            (plural && noun.starts_with(|c: char| c.is_ascii_alphabetic()) || collective)
                && matches!(link, "of" | "in" | "OF" | "IN")
                && (at.starts_with(char::is_uppercase) || at.starts_with("the "))
                && at.split(' ').all(|w| {
                    words += 1;
                    words <= 4 && (w.starts_with(char::is_uppercase) || matches!(w, "the" | "of"))
                })
        }
    };
    // With its place the body is named without its article (`Officers of the Navy`, `bishops of Sicily`); alone,
    // with it (`the Trustees`).
    (named && (!possessed || place.is_some())).then(|| if place.is_some() { &bare[article.len() + 1..] } else { part })
}

/// Plurals of people who write or are written to as a body, read in a heading in capitals.
const PEOPLE_IN_BODIES: [&str; 24] = [
    "monks",
    "nuns",
    "canons",
    "bishops",
    "priests",
    "brothers",
    "sisters",
    "citizens",
    "magistrates",
    "consuls",
    "directors",
    "trustees",
    "officers",
    "commissioners",
    "lords",
    "inhabitants",
    "electors",
    "deputies",
    "members",
    "governors",
    "friends",
    "burgesses",
    "aldermen",
    "clergymen",
];

/// Words for a body of people that are no plural (`the clergy of Milan`).
const BODIES: [&str; 6] = ["clergy", "faithful", "brethren", "people", "senate", "chapter"];

/// The words that make a party someone's: `his circle`, `her friends`.
const POSSESSIVES: [&str; 8] = ["his", "her", "their", "its", "my", "our", "your", "thy"];

/// Bonds other than family ([`KIN`]) a writer names a party by (`TO HIS FRIEND LUCILIUS`).
/// One person each: `FROM HIS FRIENDS` names a group, no writer.
const BONDS: [&str; 3] = ["friend", "lover", "betrothed"];
/// `the Ambassador in Germany (Dodd)` → (`the Ambassador in Germany`, Some(`Dodd`)).
fn split_holder(segment: &str) -> (&str, Option<&str>) {
    let t = segment.quick_trim();
    let t = if t.ends_with([',', ';', '.']) { t.trim_end_matches([',', ';', '.']) } else { t };
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
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
fn surname(words: &[Word]) -> Option<String> {
    let (words, k) = surname_at(words)?;
    Some(surname_of(words, k))
}

/// Where [`surname`] finds the surname: the words it reads (a peer's second title cut off) and the surname's index.
fn surname_at<'w, 'a>(words: &'w [Word<'a>]) -> Option<(&'w [Word<'a>], usize)> {
    // `NELSON AND BRONTE`: one word after `and` is a peer's second title, not a second person (people are split
    // before a party is read as one).
    let words = match words.iter().position(|w| w.is(AND)) {
        Some(a) if a > 0 && a + 2 == words.len() => &words[..a],
        _ => words,
    };
    // `J. Madison Jr.`, `John Adams, Junr.`: the generation after the surname is no surname.
    let generation = |w: &Word| {
        ["jr", "junr", "jun", "sr", "senr", "sen", "junior", "senior"]
            .iter()
            .any(|g| g.eq_ignore_ascii_case(w.text.trim_end_matches(['.', ','])))
    };
    let named = words.iter().rposition(|w| !w.is(INITIAL | SMALL) && w.is(NAME))?;
    let k = if generation(&words[named]) {
        words[..named].iter().rposition(|w| !w.is(INITIAL | SMALL) && w.is(NAME)).unwrap_or(named)
    } else {
        named
    };
    Some((words, k))
}

/// The surname as [`surname`] gives it, its word at `k` in `words`.
fn surname_of(words: &[Word], k: usize) -> String {
    // `Pliny the Younger`, `Alfred the Great`: an epithet after `the` is no surname.
    if k >= 2 && words[k - 1].is(ARTICLE) && words[k - 2].is(NAME) && !words[k - 2].is(TITLE) {
        return as_printed_name(words[k - 2].text.trim_end_matches('.'));
    }
    // `Leo XIII`, `GEORGE III`: a regnal number belongs to the name before it.
    if k > 0 && is_regnal(words[k].text) && words[k - 1].is(NAME) {
        return format!("{} {}", as_printed_name(words[k - 1].text), words[k].text);
    }
    let name = as_printed_name(words[k].text.trim_end_matches('.'));
    // `de Gaulle`, `van Dyck`; but `of` ties a place to a title (`Lord Grey of Howick`), it is no part of a name.
    if k > 0 && words[k - 1].is(PARTICLE) && words[k - 1].is(LOWER_FIRST) && !words[k - 1].is(LINK) {
        return format!("{} {name}", words[k - 1].text);
    }
    name
}

fn is_regnal(w: &str) -> bool {
    w.len() <= 6 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// One party (not joint) read: holder, person or office.
/// `Countess of Mar` → `Mar`: a peer named by the title alone, whose name, as an eighteenth-century edition's
/// headings give it and its editor indexes it, is the title's place.
pub fn title_place(name: &str) -> Option<&str> {
    const PEERS: [&str; 13] = [
        "countess",
        "earl",
        "duke",
        "duchess",
        "marquis",
        "marquess",
        "marchioness",
        "viscount",
        "viscountess",
        "baron",
        "baroness",
        "lord",
        "lady",
    ];
    let (title, place) = name.split_once(" of ")?;
    let place = place.trim();
    let named = place.split(' ').count() <= 3 && place.split(' ').all(|w| w.starts_with(char::is_uppercase));
    (named && PEERS.iter().any(|p| title.eq_ignore_ascii_case(p))).then_some(place)
}

pub fn person(segment: &str) -> Option<Person> {
    if let Some(f) = firm(segment) {
        return Some(f);
    }
    let (outside, holder) = split_holder(segment);
    let words: Words = if holder.is_some() { Words::new() } else { party_words(outside).collect() };
    one_party(segment, outside, holder, &words)
}

/// [`person`] of a party split by [`split_holder`], with its words outside the brackets when it has no holder. A
/// word for a kind of document is no one's name (`PRIME MINISTER'S LETTER`, `Governor's reply`), wherever it
/// stands.
fn one_party(segment: &str, outside: &str, holder: Option<&str>, words: &[Word]) -> Option<Person> {
    read_one_party(segment, outside, holder, words).filter(|p| p.office || !document_kind(&p.name))
}

/// `Letter`, `REPLY`, `Memorandum`: a word for a kind of document, which names no person.
pub fn document_kind(word: &str) -> bool {
    const KINDS: [&str; 11] = [
        "letter",
        "letters",
        "reply",
        "memorandum",
        "telegram",
        "despatch",
        "dispatch",
        "epistle",
        "message",
        "note",
        "report",
    ];
    (4..=10).contains(&word.len()) && KINDS.iter().any(|k| word.eq_ignore_ascii_case(k))
}

fn read_one_party(segment: &str, outside: &str, holder: Option<&str>, words: &[Word]) -> Option<Person> {
    let printed = || segment.quick_trim().trim_end_matches([',', ';', ':']).quick_trim().to_string();
    if let Some(h) = holder {
        // `Sir R. Tolliver (Oslo)`: the person, at the place of his post.
        if let Some(name) = person_at_post(outside, h) {
            return Some(Person { name, printed: printed(), office: false });
        }
        let words: Words = words_of(h).map(|w| Word::of(clean(w))).collect();
        let name = surname(&words)?;
        return Some(Person { name, printed: printed(), office: false });
    }
    if let Some(body) = body_of_people(outside) {
        // `MONKS OF CLAIRVAUX` in a heading in capitals: named as a line in small letters names it.
        let name = if body.chars().any(char::is_lowercase) {
            body.to_string()
        } else {
            let word = |w: &str| match w {
                "OF" | "IN" | "THE" => w.to_lowercase(),
                _ => w.chars().take(1).chain(w.chars().skip(1).flat_map(char::to_lowercase)).collect(),
            };
            body.split(' ').map(word).collect::<Vec<_>>().join(" ")
        };
        return Some(Person { name, printed: printed(), office: true });
    }
    // `the Prime Minister, Mr Winston Churchill`: the part that names a person; the first when it does
    // (`CAPTAIN RICHARD KEATS, H.M. SHIP SUPERB`: what follows is his ship or post).
    let parts: SmallVec<[&str; 4]> =
        outside.split(',').map(QuickTrim::quick_trim).filter(|p| !p.is_empty() && !is_postnominal(p)).collect();
    // A part's words are the party's between its commas, unless a comma stands inside a word: then read anew.
    let owned: Words;
    let (all, spans): (&[Word], SmallVec<[Range<usize>; 4]>) = if words.iter().any(|w| w.text.contains(',')) {
        let mut spans = SmallVec::new();
        let mut read = Words::new();
        for part in &parts {
            let start = read.len();
            read.extend(party_words(part));
            spans.push(start..read.len());
        }
        owned = read;
        (&owned, spans)
    } else {
        (words, parts.iter().map(|part| words_within(words, outside, part)).collect())
    };
    let read = |k: usize| read_part(&all[spans[k].clone()]);
    // The first part is read once: it is the answer when it names a person, and the last resort otherwise.
    let first = (!spans.is_empty()).then(|| read(0)).flatten();
    if spans.len() > 1 && first.as_ref().is_some_and(|p| !p.is_office()) {
        return first.map(|p| p.person(printed()));
    }
    for k in (1..spans.len()).rev() {
        if let Some(p) = read(k)
            && !p.is_office()
        {
            return Some(p.person(printed()));
        }
    }
    first.map(|p| p.person(printed()))
}

/// `Sir R. Tolliver (Oslo)`, `Mr. Wragge (Rome)`, `Joseph P. Walshe (Dublin)`: a person named with his title,
/// initials or given name (no article, no office), and in brackets the place of his post, one to three capitalised
/// words without an initial or a title (FRUS brackets the holder after an office instead: `the Ambassador in
/// Germany (Dodd)`). The person's surname.
fn person_at_post(outside: &str, inner: &str) -> Option<String> {
    let place: Words = words_of(inner).map(|w| Word::of(clean(w))).collect();
    let placed = (1..=3).contains(&place.len())
        && place.iter().all(|w| w.is(NAME | ARTICLE) && !w.is(INITIAL | TITLE) && w.is(UPPER_FIRST));
    if !placed || !place.last().is_some_and(|w| w.is(NAME) && !w.is(ARTICLE)) {
        return None;
    }
    // `Earl of Halifax (Washington)`: a peer, named by his title's place, at his post.
    if let Some(peer) = title_place(outside.trim_start_matches("the ").trim_start_matches("The ")) {
        return Some(peer.to_string());
    }
    let words: Words = party_words(outside).take(8).collect();
    let first = words.first()?;
    // A given name opens a name as a title does: a capitalised word that is no office's (`Joseph P. Walshe`).
    let given = first.is(NAME) && first.is(UPPER_FIRST) && !first.is(TITLE | SMALL | LINK | AND);
    let titled = (first.is(TITLE | INITIAL) || given) && !first.is(ARTICLE | UNOFFICIAL);
    let k = words.iter().rposition(|w| !w.is(INITIAL | SMALL) && w.is(NAME))?;
    let plain = words.iter().all(|w| w.is(NAME | INITIAL | TITLE) && !w.is(ARTICLE | LINK));
    // A last word that names an office too is a surname after an initial (`Sir G. Clerk (Paris)`).
    let office_last = words[k].is(TITLE) && !(k > 0 && words[k - 1].is(INITIAL));
    if !titled || !plain || office_last || words.len() < 2 {
        return None;
    }
    Some(surname_of(&words, k))
}

/// The place of a party's post, when the party is a person with it in brackets ([`person_at_post`]).
pub fn post_place(segment: &str) -> Option<&str> {
    let (outside, holder) = split_holder(segment);
    let inner = holder?;
    person_at_post(outside, inner).map(|_| inner)
}

/// The range of `words` (read from `outside`, in order) that stand in `part`, a slice of `outside`.
fn words_within(words: &[Word], outside: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(outside.as_ptr() as usize);
    let from = words.partition_point(|w| w.offset_in(outside) < start);
    let to = words.partition_point(|w| w.offset_in(outside) < start + part.len());
    from..to
}

/// A part of a party read, before its names are written out: an office, or the words of a person's surname.
enum Part<'w, 'a> {
    Office(&'w [Word<'a>]),
    /// The words [`surname_at`] reads and the surname's index.
    Named(&'w [Word<'a>], usize),
}

impl Part<'_, '_> {
    fn is_office(&self) -> bool {
        matches!(self, Part::Office(_))
    }

    /// The party `printed`, named by this part.
    fn person(&self, printed: String) -> Person {
        match *self {
            Part::Office(words) => Person { name: office(words), printed, office: true },
            Part::Named(words, k) => Person { name: surname_of(words, k), printed, office: false },
        }
    }
}

fn read_part<'w, 'a>(words: &'w [Word<'a>]) -> Option<Part<'w, 'a>> {
    // `Commonwealth Government`, `Government of New Zealand`, `the Government of the Union`: a government is an
    // office, whatever names it.
    if words.iter().any(|w| w.text.eq_ignore_ascii_case("government")) && words.iter().all(|w| w.is(NAME | SMALL)) {
        return Some(Part::Office(words));
    }
    let k = words.iter().position(|w| !w.is(TITLE | ARTICLE)).unwrap_or(words.len());
    let has_title = words[..k].iter().any(|w| w.is(TITLE));
    let rest = &words[k..];
    if has_title && rest.first().is_some_and(|w| w.is(LINK)) {
        // `Secretary of State`, `Minister in Austria`, `Duke of Wellington`: an office; a titled domain that is
        // one name after `of` is a peer's title and the name (`Wellington`).
        return Some(titled_holder(&words[..k], &rest[1..]).unwrap_or(Part::Office(words)));
    }
    if !has_title && let Some(named) = personal_name_of_place(rest) {
        return surname_at(named).map(|(named, k)| Part::Named(named, k));
    }
    // `the State Secretary`, `the Permanent Under-Secretary`: after an article, capitalised words ending in an
    // office's word are the office (a person is not named with an article).
    let article = words[..k].iter().any(|w| w.is(ARTICLE));
    if article
        && rest.len() >= 2
        && rest.last().is_some_and(|w| w.is(TITLE))
        && rest.iter().all(|w| w.is(UPPER_FIRST) && !w.is(INITIAL | LINK | SMALL))
    {
        return Some(Part::Office(words));
    }
    match surname_at(rest) {
        Some((named, k)) => Some(Part::Named(named, k)),
        None if has_title => Some(Part::Office(words)),
        None => None,
    }
}

/// `DESIDERIUS OF GOUDA`, `Catherine of Aragon`, `Thomas Hobbes of Malmesbury`: a personal name, with no title before
/// it, then `of` and a place: the person is the name, the place only says where he is from (after a title the
/// place is the title's name, `Duke of Wellington`, read by [`read_part`]). Gives the words of the name.
fn personal_name_of_place<'w, 'a>(words: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    let of = words.iter().position(|w| w.text.eq_ignore_ascii_case("of"))?;
    let (name, place) = (&words[..of], &words[of + 1..]);
    let named = !name.is_empty() && name.iter().all(|w| w.is(NAME | INITIAL) && !w.is(SMALL | TITLE));
    let placed = !place.is_empty() && place.len() <= 3 && place.iter().all(|w| w.is(NAME) && !w.is(TITLE));
    (named && placed && name.iter().any(|w| w.is(NAME) && !w.is(INITIAL))).then_some(name)
}

/// `Secretary of State Rusk`, `Minister of Foreign Affairs Gromyko`: an office printed as a title, without an
/// article, before its holder's surname (`the Secretary of State` is the office alone). The last word is the
/// holder unless it ends the name of a department (`Secretary of Foreign Affairs`).
fn titled_holder<'w, 'a>(title: &[Word], domain: &'w [Word<'a>]) -> Option<Part<'w, 'a>> {
    let capitalised = |w: &Word| w.text.starts_with(char::is_uppercase) && !w.is(LINK | SMALL | ARTICLE);
    let last = domain.last()?;
    let department = DOMAIN_ENDS.iter().any(|d| last.text.eq_ignore_ascii_case(d));
    if title.iter().any(|w| w.is(ARTICLE)) || domain.len() < 2 || !domain.iter().all(capitalised) || department {
        return None;
    }
    let (named, k) = surname_at(&domain[domain.len() - 1..])?;
    Some(Part::Named(named, k))
}

/// Words that end the names of departments and ministries (`of State`, `of Foreign Affairs`, `of the Navy`).
const DOMAIN_ENDS: &[&str] = &[
    "state",
    "affairs",
    "war",
    "navy",
    "treasury",
    "defense",
    "defence",
    "commerce",
    "interior",
    "agriculture",
    "labor",
    "labour",
    "justice",
    "health",
    "finance",
    "trade",
    "colonies",
    "education",
    "transport",
    "energy",
];

/// The party of an official letter's address block (`THE SECRETARY TO THE GOVERNMENT OF BENGAL,`): an office,
/// whose `to` is part of its name, or a person. Only the part before a comma names it (`..., HOME DEPARTMENT.`).
pub fn addressed(text: &str) -> Option<Person> {
    let printed = text.quick_trim().trim_end_matches([',', '.', ';', ':']).quick_trim();
    let first = printed.split(',').next().unwrap_or(printed).quick_trim();
    let words: Words = party_words(first).take(17).collect();
    let shaped = |w: &Word| w.is(UPPER_FIRST | SMALL | NAME | INITIAL) || w.text.eq_ignore_ascii_case("to");
    if words.is_empty() || words.len() > 16 || !words.iter().all(shaped) {
        return None;
    }
    if !words.iter().any(|w| w.is(TITLE)) {
        return person(printed);
    }
    let name = office(&words);
    let name: Vec<&str> = name.split(' ').map(|w| if w.eq_ignore_ascii_case("to") { "to" } else { w }).collect();
    Some(Person { name: name.join(" "), printed: printed.to_string(), office: true })
}

/// An office's name: its words without the article and without `Acting` (an acting holder answers for the
/// office), capitals of a caps heading softened (`KING OF THE BELGIANS` → `King of the Belgians`).
fn office(words: &[Word]) -> String {
    let mut start = words.iter().position(|w| !w.is(UNOFFICIAL)).unwrap_or(0);
    // `His Excellency the Governor of Virginia`, `the Honorable the President of Congress`: the style before an
    // office is no part of its name.
    const STYLES: [&str; 8] =
        ["excellency", "majesty", "highness", "holiness", "grace", "lordship", "honorable", "honourable"];
    if start > 0 && start + 2 < words.len() && STYLES.iter().any(|x| words[start].text.eq_ignore_ascii_case(x)) {
        start += 1;
        start += words[start..].iter().take_while(|w| w.is(UNOFFICIAL)).count();
    }
    let caps = words.iter().all(|w| !w.text.chars().any(char::is_lowercase));
    let name: Vec<String> = words[start..]
        .iter()
        .map(|w| match (caps, w.is(SMALL)) {
            (true, true) => w.text.to_lowercase(),
            (true, false) => as_printed_name(w.text),
            _ => w.text.to_string(),
        })
        .collect();
    name.join(" ")
}

/// A party that may be joint: `President Roosevelt and Prime Minister Churchill`, `F. Roosevelt and W.
/// Churchill`. Splits on `and` / `&` only where both sides read as parties and the left side is not an office
/// still running on (`Commissar for Army and Navy Affairs` stays one).
pub fn people(segment: &str) -> Vec<Person> {
    let t = segment.quick_trim();
    let (_, holder) = split_holder(t);
    holder.and_then(|h| joint_holders(t, h)).or_else(|| joint(t)).unwrap_or_else(|| person(t).into_iter().collect())
}

/// `Washington (Nomura and Kurusu)`: two holders of one post named in its brackets, each a person of the party
/// (printed as the whole party).
fn joint_holders(segment: &str, holder: &str) -> Option<Vec<Person>> {
    let (left, right) = holder.split_once(" and ").or_else(|| holder.split_once(" & "))?;
    let printed = segment.quick_trim().trim_end_matches([',', ';', ':', '.']).quick_trim();
    let one = |side: &str| {
        let words: Words = words_of(side).map(|w| Word::of(clean(w))).collect();
        if words.is_empty() || !words.iter().all(|w| w.is(NAME | INITIAL | TITLE)) {
            return None;
        }
        Some(Person { name: surname(&words)?, printed: printed.to_string(), office: false })
    };
    Some(vec![one(left)?, one(right)?])
}

/// The people of a heading's party when it reads as one ([`valid`], then [`people`]), none when it names none.
pub fn named(segment: &str) -> Option<Vec<Person>> {
    party_people(segment).filter(|people| !people.is_empty())
}

/// A firm (`Messrs. Hartley & Sons Ltd.`, `Blake & Co.`): one party, named as it names itself, without the
/// courtesy `Messrs.`; its `&` joins no two people.
fn firm(segment: &str) -> Option<Person> {
    let t = segment.quick_trim().trim_end_matches([',', ';', ':']).quick_trim();
    let last = t.rsplit(' ').next().unwrap_or("").trim_end_matches('.');
    const FIRM_ENDS: [&str; 8] = ["co", "company", "ltd", "limited", "inc", "bros", "sons", "brothers"];
    let ends = FIRM_ENDS.iter().any(|e| last.eq_ignore_ascii_case(e));
    if !ends
        || !(t.contains(" & ")
            || t.contains(" and ")
            || ["ltd", "limited", "inc"].iter().any(|e| last.eq_ignore_ascii_case(e)))
    {
        return None;
    }
    let name = ["Messrs. ", "Messrs ", "MESSRS. "].iter().find_map(|m| t.strip_prefix(m)).unwrap_or(t).quick_trim();
    let first = name.split_whitespace().next()?;
    (first.starts_with(char::is_uppercase) && name.split_whitespace().count() <= 8).then(|| Person {
        name: name.to_string(),
        printed: t.to_string(),
        office: false,
    })
}

/// Whether `segment` names a firm as its style does (`Hartley & Sons`, `BRANDLEY & HOOK LTD.`).
pub fn is_firm(segment: &str) -> bool {
    firm(segment).is_some()
}

/// [`people`] of a segment that reads as a party ([`valid`]), its words read once for both.
fn party_people(segment: &str) -> Option<Vec<Person>> {
    if let Some(f) = firm(segment) {
        return Some(vec![f]);
    }
    let (outside, holder) = split_holder(segment);
    // `Sir G. Ormsby (Brussels) and Sir R. Tolliver (Oslo)`: people each at his post, joined.
    if holder.is_some() && memchr::memchr(b'(', outside.as_bytes()).is_some() {
        return joint(segment.quick_trim());
    }
    // More than 16 words is no party: the 17th is enough to tell.
    let words: Words = party_words(outside).take(17).collect();
    if !reads_as_party(outside, holder, words.iter().copied()) {
        return None;
    }
    let t = segment.quick_trim();
    if let Some(both) = holder.and_then(|h| joint_holders(t, h)) {
        return Some(both);
    }
    // Only an `and` or `&` between spaces joins two parties: a segment with none as a word is one party.
    let joined = if holder.is_none() && !words.iter().any(|w| w.is(AND)) { None } else { joint(t) };
    Some(joined.unwrap_or_else(|| one_party(t, outside, holder, &words).into_iter().collect()))
}

/// `t` split on its first `and` / `&` where both sides read as parties, into the people of both (two at least).
fn joint(t: &str) -> Option<Vec<Person>> {
    const SEPARATORS: [&str; 6] = [" and to ", " AND TO ", " and ", " AND ", " And ", " & "];
    // Where each separator first stands. Every one is a space before `a`, `A` or `&`: only those are tried.
    let b = t.as_bytes();
    let mut first = [None; SEPARATORS.len()];
    for at in (1..b.len()).filter(|&i| matches!(b[i], b'a' | b'A' | b'&') && b[i - 1] == b' ').map(|i| i - 1) {
        for (found, sep) in first.iter_mut().zip(SEPARATORS) {
            if found.is_none() && b[at..].starts_with(sep.as_bytes()) {
                *found = Some(at);
            }
        }
    }
    for (at, sep) in first.into_iter().zip(SEPARATORS) {
        let Some(at) = at else { continue };
        let (left, right) = (&t[..at], &t[at + sep.len()..]);
        let dangling = words_of(left).any(|w| ["of", "for", "in"].iter().any(|x| lower_is(w, x)))
            && !left.quick_trim_end().ends_with(')');
        if dangling {
            continue;
        }
        if let Some(mut out) = comma_list(left).or_else(|| party_people(left))
            && let Some(more) = party_people(right)
        {
            // `Louise and Frances Norcross`, `John and Abigail Adams`: a given name alone before a full name shares
            // its surname.
            if let ([given], [full]) = (out.as_mut_slice(), more.as_slice())
                && shares_surname(left, right)
            {
                given.name.clone_from(&full.name);
            }
            out.extend(more);
            if out.len() >= 2 {
                return Some(out);
            }
        }
    }
    None
}

/// Whether `left` is a given name alone (one word in small letters after its capital, no title or initial) and
/// `right` a given name and a surname, each such a word: the two share the surname.
fn shares_surname(left: &str, right: &str) -> bool {
    let plain = |w: &str| {
        let word = Word::of(w);
        word.is(NAME) && !word.is(TITLE | INITIAL | SMALL) && w.chars().skip(1).all(char::is_lowercase)
    };
    let mut r = words_of(right);
    let one = |mut ws: std::str::SplitWhitespace| ws.next().is_some_and(plain) && ws.next().is_none();
    one(left.split_whitespace()) && r.next().is_some_and(plain) && r.next().is_some_and(plain) && r.next().is_none()
}

/// `Franklin, Lee` before `& Adams`, `Adams, Franklin,` before `and Jefferson`: the first names of a list, each a
/// person (`W. Grey, Secretary` is one person and his office, no list).
fn comma_list(t: &str) -> Option<Vec<Person>> {
    let parts: Vec<&str> = t.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return None;
    }
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        match party_people(part)?.as_slice() {
            [one] if !one.office => out.push(one.clone()),
            _ => return None,
        }
    }
    Some(out)
}

/// Whether a party is weak evidence of a letter: one bare capitalised word, no title, initial or holder, as a
/// place would be (`London`). A heading of two weak parties needs other signs that a letter follows.
pub fn weak(segment: &str) -> bool {
    let (outside, holder) = split_holder(segment);
    if holder.is_some() {
        return false;
    }
    let mut words = words_of(outside).map(clean).filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (Some(w), None) => !Word::of(w).is(TITLE | INITIAL),
        _ => false,
    }
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
    fn given_names_tell_people_of_one_surname_apart_but_an_offices_words_do_not() {
        assert!(different_people("Cassandra Austen", "Jane Austen", "Austen"));
        assert!(!different_people("J. Austen", "Jane Austen", "Austen"));
        assert!(!different_people("Gesandte im Haag von Kessenich", "Gesandten im Haag von Kessenich", "Kessenich"));
        assert!(!different_people(
            "Reichskanzler Fürst von Lauenthal",
            "Reichskanzler Fürsten von Lauenthal",
            "Lauenthal"
        ));
    }

    #[test]
    fn surnames_holders_and_offices() {
        assert_eq!(names("Premier J. V. Stalin"), ["Stalin"]);
        assert_eq!(names("W. CHURCHILL"), ["Churchill"]);
        assert_eq!(names("the Prime Minister, Mr Winston Churchill,"), ["Churchill"]);
        assert_eq!(names("President Roosevelt and Prime Minister Churchill"), ["Roosevelt", "Churchill"]);
        assert_eq!(names("Franklin, Lee & Adams"), ["Franklin", "Lee", "Adams"]);
        // A given name alone before a full name shares its surname; a title or initial names a surname.
        assert_eq!(names("Louise and Frances Norcross"), ["Norcross", "Norcross"]);
        assert_eq!(names("John and Abigail Adams"), ["Adams", "Adams"]);
        assert_eq!(names("Mr. Holland and Josiah Adams"), ["Holland", "Adams"]);
        assert_eq!(names("Gray and J. D. Hooker"), ["Gray", "Hooker"]);
        // Two holders of one post, in its brackets.
        assert_eq!(names("Lisbon (Ferreira and Baptista)"), ["Ferreira", "Baptista"]);
        assert_eq!(names("The Ambassadors in Rome (Sir R. Hale & Mr. Pryor)"), ["Hale", "Pryor"]);
        assert_eq!(names("Lisbon (Ferreira)"), ["Ferreira"]);
        assert!(names("Lisbon (received and decoded)").len() < 2, "words that are no names join no one");
        assert_eq!(names("B. Franklin, Arthur Lee, and John Adams"), ["Franklin", "Lee", "Adams"]);
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
        assert_eq!(names("the Comte de Vergennes"), ["de Vergennes"]);
        assert_eq!(names("the Honorable the President of Congress"), ["President of Congress"]);
        assert_eq!(names("The American Commissioners"), ["American Commissioners"]);
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
        // An office's word after the article and capitalised words; an office's word after a hyphen.
        assert_eq!(names("the State Secretary"), ["State Secretary"]);
        assert_eq!(names("The Permanent Under-Secretary"), ["Permanent Under-Secretary"]);
        assert_eq!(names("the Vice-Consul at Trieste"), ["Vice-Consul at Trieste"]);
        assert_eq!(names("Mr. Smith-King"), ["Smith-King"], "a surname joined to another is no office");
    }

    #[test]
    fn a_personal_name_of_a_place_is_the_person_a_title_of_a_place_the_peer() {
        assert_eq!(names("ANSELM OF BRUGES"), ["Anselm"], "the place says where he is from");
        assert_eq!(names("Catherine of Aragon"), ["Catherine"]);
        assert_eq!(names("Thomas Hobbes of Malmesbury"), ["Hobbes"]);
        // After a title, the place is the title's name.
        assert_eq!(names("The Duke of Wellington"), ["Duke of Wellington"]);
        assert_eq!(names("LORD FENWICK OF HALTWHISTLE"), ["Haltwhistle"]);
        assert_eq!(names("Lord Grey of Howick"), ["Howick"], "`of` is no particle of a name");
        assert_eq!(names("the Bishop of Durham"), ["Bishop of Durham"]);
        assert_eq!(names("the Secretary of State"), ["Secretary of State"]);
        assert_eq!(names("Leo van Dyck"), ["van Dyck"], "a particle of a name stays");
    }

    #[test]
    fn a_title_before_its_holder_names_the_holder() {
        assert_eq!(names("Secretary of State Rusk"), ["Rusk"]);
        assert_eq!(names("Secretary of Defense McNamara"), ["McNamara"]);
        assert_eq!(names("Minister of Foreign Affairs Gromyko"), ["Gromyko"]);
        assert_eq!(names("Secretary of State"), ["Secretary of State"], "the office alone");
        assert_eq!(names("the Secretary of State"), ["Secretary of State"]);
        assert_eq!(names("Secretary of Foreign Affairs"), ["Secretary of Foreign Affairs"], "a department's name");
    }

    #[test]
    fn listed_words_are_looked_up_as_printed() {
        // A word with a dot is looked up only as a title without its final dot: no listed word has one.
        for w in [TITLES, PARTICLES, RELATIONS, KIN, OFFICE_LINKS].concat() {
            assert!(!w.contains('.') && w.to_lowercase() == w, "{w:?}");
        }
        assert!(is_title("Rev.") && is_title("ST.") && is_title("Chargé") && !is_title("J."));
        assert_eq!(names("Mr. Winston Churchill"), ["Churchill"]);
    }

    #[test]
    fn a_body_of_people_is_named_as_printed() {
        assert_eq!(names("the Trustees, Royal Hospital"), ["the Trustees"]);
        assert!(valid("the Trustees") && !valid("the Sea"), "no plural: no body");
        assert!(!valid("the Glass"), "a word ending in ss is no plural");
        assert_eq!(names("all the bishops of Sicily"), ["bishops of Sicily"]);
        assert_eq!(names("the Clergy of Milan"), ["Clergy of Milan"]);
        assert!(!valid("the bishops were gathered"), "no place: words of a sentence");
        assert!(!valid("the boys of summer"), "a place is capitalised");
        assert!(!valid("all the Trustees"), "`all` before a body only with its place");
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
