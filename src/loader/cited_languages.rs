//! References in French, Italian, Spanish, Dutch and Nordic letters, read with each language's words
//! ([`Cited`]): `votre lettre du 12 de ce mois`, `la vôtre du 5 courant`, `ma lettre du 28 du mois dernier`; `la
//! vostra de' 3 del presente`, `la vostra lettera dell'11 di maggio`; `su carta del 12 de abril`, `su apreciable de
//! 3 del corriente`, `la de usted de 20 del pasado`; in old Dutch ones, whose grammar is the same, `UE. missive van
//! den 2en deser`, `de uwe van den 24 Junij`; and `Deres Brev af 3die Marts`, `ditt bref af den 12:e mars`. Whose
//! letter the possessive says (the addressee's, or the writer's own); the date is a calendar date, or a day of this
//! month (`de ce mois`, `del presente`, `del corriente`, or the day alone when it is not after the letter's) or of
//! the month before (`du mois dernier`, `del passato`, `del pasado`, or the day alone when it is after the
//! letter's). Found from the word before the date (`du`, `de'`, `del`, `de`, `af`), which [`super::references`]
//! finds in the same pass as its own cue words.

use crate::model::date::{day_figure, scan_cited, scan_date};
use crate::model::{Date, RefTarget, Reference};

/// One language's words of a reference to a letter.
pub struct Cited {
    /// The words the date follows (`du `, `dell'`), each with its space or apostrophe.
    pub cues: &'static [&'static str],
    /// The nouns a letter names another letter by.
    nouns: &'static [&'static str],
    /// The possessives before the noun: the addressee's, then the writer's own.
    yours: &'static [&'static str],
    mine: &'static [&'static str],
    /// Words standing for the letter (`la vôtre`, `la vostra`, `la de usted`), with whose it is; an article may
    /// stand before them.
    pronouns: &'static [(&'static str, RefTarget)],
    articles: &'static [&'static str],
    /// What says this month after the day (`de ce mois`, `del presente`), and the month before.
    this_month: &'static [&'static str],
    last_month: &'static [&'static str],
    /// What may follow the day's figure (`1er`, `2en`).
    day_suffixes: &'static [&'static str],
    /// A word that may stand between the cue and the day's figure (`la vostra de' dì 3`, `Brev af den 3die`).
    before_day: &'static [&'static str],
}

pub const FRENCH: Cited = Cited {
    cues: &["du "],
    nouns: &["lettre", "lettres", "billet", "mot", "réponse", "dépêche", "missive", "épître"],
    yours: &["votre", "vos", "ta", "ton", "tes", "vôtre"],
    mine: &["ma", "mon", "mes"],
    pronouns: &[
        ("vôtre", RefTarget::Addressee),
        ("votre", RefTarget::Addressee),
        ("tienne", RefTarget::Addressee),
        ("mienne", RefTarget::Own),
    ],
    articles: &["la", "les"],
    this_month: &[" de ce mois", " courant", " du courant", " ct"],
    last_month: &[" du mois dernier", " du mois passé", " dernier"],
    day_suffixes: &["er"],
    before_day: &[],
};

pub const ITALIAN: Cited = Cited {
    cues: &["de' ", "de’ ", "del ", "dell'", "dell’", "delli ", "dei ", "de "],
    nouns: &["lettera", "lettere", "polizza", "risposta", "littera", "lettra"],
    yours: &["vostra", "vostre", "tua", "tue", "sua"],
    mine: &["mia", "mie"],
    pronouns: &[
        ("vostra", RefTarget::Addressee),
        ("vostre", RefTarget::Addressee),
        ("tua", RefTarget::Addressee),
        // `la sua dei 10`: the courtesy form's, the addressee's.
        ("sua", RefTarget::Addressee),
        ("mia", RefTarget::Own),
        ("mie", RefTarget::Own),
        ("di v. s.", RefTarget::Addressee),
        ("di vostra signoria", RefTarget::Addressee),
    ],
    articles: &["la", "le", "per la", "colla", "con la"],
    this_month: &[" del presente", " di questo mese", " di questo", " del corrente", " del mese presente", " presente"],
    last_month: &[" del passato", " del mese passato", " di detto mese passato", " passato"],
    day_suffixes: &[],
    before_day: &["dì "],
};

pub const SPANISH: Cited = Cited {
    cues: &["del ", "de ", "fecha "],
    nouns: &["carta", "cartas", "apreciable", "estimada", "favorecida", "oficio", "nota", "comunicación", "esquela"],
    yours: &["su", "sus", "tu", "tus", "vuestra"],
    mine: &["mi", "mis"],
    pronouns: &[
        ("de usted", RefTarget::Addressee),
        ("de vd.", RefTarget::Addressee),
        ("de v.", RefTarget::Addressee),
        ("de v. e.", RefTarget::Addressee),
        ("de vuestra excelencia", RefTarget::Addressee),
        ("suya", RefTarget::Addressee),
        ("tuya", RefTarget::Addressee),
        // The older spellings (`Con la tuia del 28 del pasado`).
        ("suia", RefTarget::Addressee),
        ("tuia", RefTarget::Addressee),
        ("mía", RefTarget::Own),
    ],
    articles: &["la", "las"],
    this_month: &[" del corriente", " del presente", " del mes corriente", " del presente mes", " de este mes"],
    last_month: &[" del pasado", " del mes pasado", " del mes anterior", " del próximo pasado"],
    day_suffixes: &[],
    before_day: &[],
};

/// The seventeenth century's Dutch (`UE.` is Uwe Edelheid, your honour; `deser` of this month; `passato`, borrowed
/// from the Italian of merchants, and `lestleden` of the month before).
pub const DUTCH: Cited = Cited {
    cues: &["van den ", "vanden "],
    nouns: &[
        "missive",
        "missiven",
        "brief",
        "brieven",
        "briefken",
        "schrijven",
        "schrijvens",
        "letteren",
        "aengename",
        "aangename",
    ],
    yours: &["uwe", "uw", "ue.", "ued.", "u.e.", "uwer", "uwen", "ul.", "u.l."],
    mine: &["mijn", "mijne", "mijnen", "myn", "myne"],
    pronouns: &[("uwe", RefTarget::Addressee), ("mijne", RefTarget::Own), ("myne", RefTarget::Own)],
    articles: &["de", "die"],
    this_month: &[" deser", " dezer", " deses", " dezes", " stantis", " loopende"],
    last_month: &[" passato", " lestleden", " laetstleden", " leden"],
    day_suffixes: &["en", "e"],
    before_day: &[],
};

/// Danish, Norwegian and Swedish (`Deres Brev af 3die Marts`, `Dit Brev af den 21de`, `ditt bref af den 12:e
/// mars`, `Ert bref av den 2 d. M.`): the day perhaps after `den`, its ordinal's ending joined to it.
pub const NORDIC: Cited = Cited {
    cues: &["af ", "av "],
    nouns: &["brev", "brevet", "breve", "bref", "brefvet", "skrivelse", "skrivelsen", "telegram", "billet", "linier"],
    yours: &["deres", "dit", "din", "dine", "eders", "ert", "er", "ditt", "dina", "eder", "edert"],
    mine: &["mit", "min", "mine", "mitt", "mina"],
    pronouns: &[],
    articles: &[],
    this_month: &[" d. M.", " dennes", " ds.", " denne Maaned", " denne måned", " denna månad", " innevarande månad"],
    last_month: &[" f. M.", " forrige Maaned", " forrige måned", " förra månaden", " sidste Maaned"],
    day_suffixes: &["den", "die", "ste", "de", "te", ":a", ":e"],
    before_day: &["den "],
};

/// The languages whose references are read, each with its cue words.
pub const ALL: [&Cited; 5] = [&FRENCH, &ITALIAN, &SPANISH, &DUTCH, &NORDIC];

/// The reference whose cue word (`cue` bytes long) starts at byte `at` of paragraph `p`'s `text`, read with
/// `words`, dated by the letter's own date `context` (or the page's `year` for a date without one), pushed to
/// `out`; true when one was.
pub fn at_cue(
    text: &str,
    p: usize,
    (at, cue): (usize, usize),
    words: &Cited,
    (context, year): (Option<Date>, Option<i32>),
    out: &mut Vec<Reference>,
) -> bool {
    // The date's first figure right after the cue (or after a word of the language's `before_day`: `la vostra de'
    // dì 3`): most cues in a text are followed by a word.
    let b = text.as_bytes();
    let day = words.before_day.iter().find(|w| b.get(at + cue..).is_some_and(|r| r.starts_with(w.as_bytes())));
    let day = day.map_or(0, |w| w.len());
    if at == 0 || b[at - 1] != b' ' || !b.get(at + cue + day).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((start, target)) = owner(&text[..at - 1], words) else { return false };
    let date_at = at + cue + day;
    let Some((len, date)) = date(&text[date_at..], words, context, year) else { return false };
    out.push(Reference::read(text, p, (start, date_at + len), date, target));
    true
}

/// The words of `before` from its end, each with the byte it starts at.
fn words_back(before: &str) -> impl Iterator<Item = (usize, &str)> {
    before.rsplit(' ').scan(before.len(), |end, w| {
        *end -= w.len();
        let start = *end;
        *end = end.saturating_sub(1);
        Some((start, w))
    })
}

/// Whether `w` is `lower` in any case.
fn is(w: &str, lower: &str) -> bool {
    w.len() == lower.len() && w.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Looks back from the cue: a noun of a letter, perhaps one adjective (`votre aimable lettre`), then a
/// possessive; or a word standing for the letter (`la vôtre`, `la de usted`). Gives the byte the reference starts
/// at and whose letter it is.
fn owner(before: &str, words: &Cited) -> Option<(usize, RefTarget)> {
    let back: Vec<(usize, &str)> = words_back(before).take(6).collect();
    pronoun_owner(&back, words)
        .or_else(|| {
            // `la vostra ultima de' 3`: one adjective (a word in small letters) after the word for the letter.
            let skip = back.first().is_some_and(|(_, w)| w.starts_with(|c: char| c.is_lowercase()));
            skip.then(|| pronoun_owner(&back[1..], words)).flatten()
        })
        .or_else(|| noun_owner(&back, words))
}

/// [`owner`] by a word standing for the letter (`la vôtre`, `la de usted`, `la di V. S.`) ending `back`.
fn pronoun_owner(back: &[(usize, &str)], words: &Cited) -> Option<(usize, RefTarget)> {
    for (pronoun, target) in words.pronouns {
        let n = pronoun.split(' ').count();
        let matched = back.len() >= n && pronoun.split(' ').rev().zip(back).all(|(p, (_, w))| is(w, p));
        if !matched {
            continue;
        }
        let start = back[n - 1].0;
        // `la vôtre`, `per la vostra`, `la de usted`: the article before goes with it.
        let article = words.articles.iter().find(|a| {
            let k = a.split(' ').count();
            back.len() >= n + k && a.split(' ').rev().zip(&back[n..]).all(|(x, (_, w))| is(w, x))
        });
        let start = article.map_or(start, |a| back[n + a.split(' ').count() - 1].0);
        return Some((start, *target));
    }
    None
}

/// [`owner`] by a noun of a letter after a possessive (`votre aimable lettre`, `su carta`) ending `back`.
fn noun_owner(back: &[(usize, &str)], words: &Cited) -> Option<(usize, RefTarget)> {
    let (_, noun) = back.first()?;
    if !words.nouns.iter().any(|n| is(noun, n)) {
        return None;
    }
    for &(start, w) in back.iter().skip(1).take(2) {
        if words.yours.iter().any(|y| is(w, y)) {
            return Some((start, RefTarget::Addressee));
        }
        if words.mine.iter().any(|m| is(w, m)) {
            return Some((start, RefTarget::Own));
        }
        // Only an adjective (a word in small letters) may stand between.
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
    }
    None
}

/// The date at the start of `rest`, with the bytes it spans: `3 mars 1851`, `20 d'ottobre`, `12 de abril`, `12 de
/// ce mois`, `3 del presente`, `20 del pasado`, `24`.
fn date(rest: &str, words: &Cited, context: Option<Date>, year: Option<i32>) -> Option<(usize, Date)> {
    if scan_date(rest).is_some() {
        return scan_cited(rest, context, year);
    }
    let context = context?;
    let (day, n) = day_figure(rest)?;
    let suffix = words.day_suffixes.iter().find(|s| rest[n..].starts_with(*s)).map_or(0, |s| s.len());
    let after = &rest[n + suffix..];
    let found = |list: &[&str]| list.iter().find(|w| after.starts_with(*w)).map(|w| w.len());
    let (len, back) = match (found(words.this_month), found(words.last_month)) {
        (Some(l), _) => (l, 0),
        (None, Some(l)) => (l, 1),
        // The day alone: this month's day, or the month before's when it is later than the letter's.
        (None, None) if !after.starts_with(|c: char| c.is_alphanumeric()) => (0, i32::from(day > context.day)),
        _ => return None,
    };
    Some((n + suffix + len, context.day_of_month_back(back, day)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(text: &str, words: &Cited, context: Date) -> Vec<(String, Option<Date>, RefTarget)> {
        let mut out = Vec::new();
        for cue in words.cues {
            for at in memchr::memmem::find_iter(text.as_bytes(), cue.as_bytes()) {
                at_cue(text, 0, (at, cue.len()), words, (Some(context), None), &mut out);
            }
        }
        out.into_iter().map(|r| (r.text, r.date, r.target)).collect()
    }

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("a date")
    }

    #[test]
    fn french_references_name_a_date_a_day_of_this_month_or_the_month_before() {
        let at = d(1851, 3, 17);
        let f = |t: &str| cited(t, &FRENCH, at);
        assert_eq!(
            f("J'ai reçu votre lettre du 12 de ce mois, et je"),
            [("votre lettre du 12 de ce mois".to_string(), Some(d(1851, 3, 12)), RefTarget::Addressee)]
        );
        assert_eq!(f("votre lettre du 3 mars m'a")[0].1, Some(d(1851, 3, 3)));
        assert_eq!(f("votre lettre du 9 octobre")[0].1, Some(d(1850, 10, 9)));
        assert_eq!(f("votre aimable lettre du 24, qui")[0].1, Some(d(1851, 2, 24)));
        assert_eq!(f("votre billet du 5 courant")[0].1, Some(d(1851, 3, 5)));
        assert_eq!(
            f("la vôtre du 1er mars")[0],
            ("la vôtre du 1er mars".to_string(), Some(d(1851, 3, 1)), RefTarget::Addressee)
        );
        assert_eq!(f("ma lettre du 28 du mois dernier")[0].1, Some(d(1851, 2, 28)));
        assert_eq!(f("ma lettre du 28 du mois dernier")[0].2, RefTarget::Own);
        assert!(f("une lettre du 9 mars arriva").is_empty(), "no possessive, no owner");
        assert!(f("votre lettre du roi").is_empty());
        assert!(f("votre lettre du 5e bataillon").is_empty(), "a number that is no day");
    }

    #[test]
    fn italian_references_by_the_addressees_letter_or_the_day_of_this_month() {
        let at = d(1513, 5, 11);
        let f = |t: &str| cited(t, &ITALIAN, at);
        assert_eq!(
            f("Io ebbi la vostra de' 4 del presente, e ho fatto"),
            [("la vostra de' 4 del presente".to_string(), Some(d(1513, 5, 4)), RefTarget::Addressee)]
        );
        assert_eq!(f("ho avuto la vostra de' 28 d'aprile, e")[0].1, Some(d(1513, 4, 28)));
        assert_eq!(f("la vostra lettera del 5 di questo mese")[0].1, Some(d(1513, 5, 5)));
        assert_eq!(f("Ho veduto la vostra lettera dell'11 di maggio")[0].1, Some(d(1513, 5, 11)));
        assert_eq!(f("per la vostra de' 20 di ottobre")[0].1, Some(d(1512, 10, 20)));
        assert_eq!(
            f("la mia de' 2 del passato")[0],
            ("la mia de' 2 del passato".to_string(), Some(d(1513, 4, 2)), RefTarget::Own)
        );
        assert_eq!(f("per la vostra ultima de' 3 del presente")[0].0, "la vostra ultima de' 3 del presente");
        assert_eq!(f("la di V. S. de' 9 di maggio")[0].1, Some(d(1513, 5, 9)));
        assert_eq!(f("la vostra de' dì 3 di questo")[0].1, Some(d(1513, 5, 3)));
        assert!(f("il fatto del 5 di maggio").is_empty(), "no letter is named");
        assert!(f("la vostra de' Medici").is_empty());
    }

    #[test]
    fn spanish_references_by_the_addressees_letter_or_the_day_of_this_month() {
        let at = d(1828, 5, 5);
        let f = |t: &str| cited(t, &SPANISH, at);
        assert_eq!(
            f("He recibido su carta del 12 de abril, y"),
            [("su carta del 12 de abril".to_string(), Some(d(1828, 4, 12)), RefTarget::Addressee)]
        );
        assert_eq!(f("Contesto su apreciable de 3 del corriente")[0].1, Some(d(1828, 5, 3)));
        assert_eq!(
            f("recibí la de usted de 20 del pasado con")[0],
            ("la de usted de 20 del pasado".to_string(), Some(d(1828, 4, 20)), RefTarget::Addressee)
        );
        assert_eq!(f("mi carta de 2 de mayo")[0].2, RefTarget::Own);
        assert_eq!(f("Con la tuia del 28 del pasado recibí")[0].1, Some(d(1828, 4, 28)), "the older spelling");
        assert_eq!(f("la de V. E. de 30 de abril")[0].1, Some(d(1828, 4, 30)));
        assert_eq!(f("su oficio fecha 2 del corriente")[0].1, Some(d(1828, 5, 2)));
        assert!(f("la batalla del 12 de abril").is_empty(), "no letter is named");
        assert!(f("su carta de 300 pesos").is_empty());
    }

    #[test]
    fn dutch_references_by_the_addressees_letter_of_this_month_or_a_date() {
        let at = d(1642, 3, 18);
        let f = |t: &str| cited(t, &DUTCH, at);
        assert_eq!(
            f("UE. missive van den 6en deser is my behandicht"),
            [("UE. missive van den 6en deser".to_string(), Some(d(1642, 3, 6)), RefTarget::Addressee)]
        );
        assert_eq!(f("De uwe van den 20 Februarij hebbe ick")[0].0, "De uwe van den 20 Februarij");
        assert_eq!(f("De uwe van den 20 Februarij hebbe ick")[0].1, Some(d(1642, 2, 20)));
        assert_eq!(f("uwe brieven van den 24 Junij noyt")[0].1, Some(d(1641, 6, 24)), "June after March: last year");
        assert_eq!(f("mijne vanden 2en passato")[0].2, RefTarget::Own);
        assert_eq!(f("mijne vanden 2en passato")[0].1, Some(d(1642, 2, 2)));
        assert!(f("de sijne van den 18en deser").is_empty(), "his letter, not the addressee's");
        assert!(f("de copie van den 3en druck").is_empty(), "no letter is named");
        assert!(f("Jan van den Berg").is_empty());
    }

    #[test]
    fn nordic_references_by_the_addressees_letter_with_the_ordinals_ending() {
        let at = d(1852, 2, 9);
        let f = |t: &str| cited(t, &NORDIC, at);
        assert_eq!(
            f("Deres Brev af 2den Februar kom mig ihænde"),
            [("Deres Brev af 2den Februar".to_string(), Some(d(1852, 2, 2)), RefTarget::Addressee)]
        );
        assert_eq!(f("Tak for Dit kjære Brev af 21de Januar")[0].1, Some(d(1852, 1, 21)));
        assert_eq!(f("ditt bref af den 3:e februari")[0].1, Some(d(1852, 2, 3)));
        assert_eq!(
            f("mit Brev af 4de d. M.")[0],
            ("mit Brev af 4de d. M.".to_string(), Some(d(1852, 2, 4)), RefTarget::Own)
        );
        assert!(f("et Brev af 2den Februar").is_empty(), "no possessive, no owner");
        assert!(f("Deres Brev af Kongen").is_empty());
    }
}
