//! The words of a heading in French, Italian and Spanish editions, for [`super::romance`] to read: titles, offices,
//! particles, the words for `to`, `from` and `the same`, and each language's cheap sign of a heading naming both
//! parties.

use super::romance::Tongue;

/// The three languages, in the order their headings are looked for.
pub const ALL: [&Tongue; 3] = [&FRENCH, &ITALIAN, &SPANISH];

/// The words of a French heading.
pub const FRENCH: Tongue = Tongue {
    titles: &[
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
    ],
    offices: &[
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
    ],
    small: &["le", "la", "les", "l", "de", "du", "des", "d"],
    articles: 4,
    same: &["même", "meme"],
    to: &["À ", "A ", "Au ", "AU ", "Aux ", "AUX "],
    between: &[" à ", " À ", " A "],
    from: &["De ", "DE ", "Lettre de ", "LETTRE DE "],
    letter: &["LETTRE ", "Lettre "],
    places: &[],
    collections: &["correspondance de ", "correspondance générale de ", "lettres de ", "lettres inédites de "],
    caps_names: false,
    named_between: false,
    linked: accented_a,
};

/// An `À` or `à` (C3 80, C3 A0) in the line.
fn accented_a(b: &[u8]) -> bool {
    memchr::memchr_iter(0xc3, b).any(|i| matches!(b.get(i + 1), Some(0x80 | 0xa0)))
}

/// The words of an Italian heading.
pub const ITALIAN: Tongue = Tongue {
    titles: &[
        "messer",
        "messere",
        "ser",
        "signor",
        "signore",
        "signora",
        "sig",
        "sigr",
        "don",
        "donna",
        "madonna",
        "monsignore",
        "monsignor",
        "mons",
        "cardinale",
        "magnifico",
        "magnifica",
        "magnifici",
        "eccelsi",
        "spettabili",
        "illustrissimo",
        "illustrissima",
        "ill",
        "illmo",
        "eccellentissimo",
        "eccellentissima",
        "reverendissimo",
        "reverendo",
        "rev",
        "molto",
        "conte",
        "contessa",
        "marchese",
        "marchesa",
        "duca",
        "duchessa",
        "principe",
        "principessa",
        "abate",
        "frate",
        "fra",
        "padre",
        "dottore",
        "dottor",
        "cavaliere",
        "capitano",
        "generale",
        "commissario",
        "oratore",
        "ambasciadore",
        "ambasciatore",
    ],
    offices: &["signoria", "signori", "gonfaloniere", "dieci", "otto", "papa", "re", "regina", "imperatore", "priori"],
    small: &["il", "lo", "la", "i", "gli", "le", "l", "de", "de'", "di", "da", "del", "della", "dei", "degli", "d"],
    articles: 7,
    same: &["medesimo", "medesima", "stesso", "stessa", "detto", "detta"],
    to: &[
        "A ", "Al ", "AL ", "Allo ", "ALLO ", "Alla ", "ALLA ", "All'", "ALL'", "Ai ", "AI ", "Agli ", "AGLI ", "Ad ",
        "AD ",
    ],
    between: &[" a ", " al ", " alla ", " ai ", " A ", " AL ", " ALLA ", " AI "],
    from: &["Di ", "DI ", "Del ", "DEL ", "Lettera di ", "LETTERA DI "],
    letter: &["LETTERA ", "Lettera "],
    places: &[" in ", " IN "],
    collections: &["lettere di ", "lettere familiari di ", "carteggio di ", "epistolario di ", "lettere inedite di "],
    caps_names: true,
    named_between: true,
    linked: between_words,
};

/// The word between the writer and the addressee as Italian and Spanish print it: ` a ` before a capital (`Tommaso
/// Baldi a Pietro Neri`; ` a ` before a small word is a sentence's), ` al `, ` alla `, ` ai ` before anything
/// (`al general Arriaga`), or ` A `, ` AL `, ` AI ` in capitals; the writer's second word capitalised.
pub fn between_words(b: &[u8]) -> bool {
    // A writer is named by two words at least, the second capitalised (`Tommaso Baldi`, `Il Cardinale`, `DEL
    // GENERAL`): a sentence's second word most often is not, and the line is turned away before its words are read.
    let Some(space) = memchr::memchr(b' ', b) else { return false };
    if !b.get(space + 1).is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc3) {
        return false;
    }
    // Each space read a byte at a time (too many in a line for a call of memchr for each to pay).
    (space..b.len()).filter(|&i| b[i] == b' ').any(|i| {
        let word = &b[i + 1..];
        match word {
            [b'a', b' ', c, ..] => c.is_ascii_uppercase() || *c >= 0xc3,
            [b'a' | b'A', b'l' | b'L' | b'i' | b'I', b' ', ..]
            | [b'a', b'l', b'l', b'a', b' ', ..]
            | [b'A', b' ', ..] => true,
            _ => false,
        }
    })
}

/// The words of a Spanish heading.
pub const SPANISH: Tongue = Tongue {
    titles: &[
        "señor",
        "señora",
        "señorita",
        "señores",
        "sr",
        "sra",
        "srta",
        "sres",
        "don",
        "doña",
        "d",
        "dn",
        "general",
        "coronel",
        "teniente",
        "capitán",
        "comandante",
        "almirante",
        "brigadier",
        "mariscal",
        "excelentísimo",
        "excelentísima",
        "excmo",
        "exmo",
        "ilustrísimo",
        "ilustrísima",
        "ilmo",
        "honorable",
        "doctor",
        "dr",
        "presbítero",
        "fray",
        "padre",
        "conde",
        "condesa",
        "marqués",
        "marquesa",
        "duque",
        "duquesa",
        "obispo",
        "arzobispo",
        "licenciado",
        "lic",
    ],
    offices: &[
        "ministro",
        "secretario",
        "presidente",
        "vicepresidente",
        "gobernador",
        "intendente",
        "virrey",
        "rey",
        "reina",
        "congreso",
        "cabildo",
        "ayuntamiento",
        "junta",
        "prefecto",
        "libertador",
    ],
    small: &["el", "la", "los", "las", "de", "del", "y", "d"],
    articles: 4,
    same: &["mismo", "misma"],
    to: &["A ", "AL ", "Al ", "A LA ", "A la "],
    between: &[" a ", " al ", " A ", " AL "],
    from: &["De ", "DE ", "Del ", "DEL ", "Carta de ", "CARTA DE "],
    letter: &["CARTA ", "Carta "],
    places: &[" en ", " EN "],
    collections: &["cartas de ", "cartas del ", "correspondencia de ", "correspondencia del ", "epistolario de "],
    caps_names: true,
    named_between: true,
    linked: between_words,
};

/// The words of a Dutch edition's parties and its collection's title (`Briefwisseling van ...`), read by
/// [`super::dutch`]'s headings (`Aan J. Wtenbogaert.`, `Van P. van Arckel.`), whose grammar is not the Romance one:
/// no line is read as a Romance heading with them.
pub const DUTCH: Tongue = Tongue {
    titles: &[
        "heer",
        "heeren",
        "mijnheer",
        "mynheer",
        "mijn",
        "myn",
        "jonkheer",
        "jonkvrouw",
        "juffrouw",
        "mevrouw",
        "vrouw",
        "dominee",
        "domine",
        "ds",
        "dr",
        "mr",
        "prof",
        "professor",
        "ridder",
        "graaf",
        "gravin",
        "baron",
        "prins",
        "prinses",
        "hertog",
        "hertogin",
        "edele",
        "sr",
        "sieur",
        "monsieur",
    ],
    offices: &["staten", "stadhouder", "burgemeesters", "magistraat", "koning", "koningin", "curatoren", "raad"],
    small: &["de", "het", "'t", "den", "der", "van", "ten", "ter", "te", "vander", "vanden"],
    articles: 5,
    same: &["dezelfde", "denzelfden", "denzelven"],
    to: &["Aan ", "Aen ", "AAN "],
    between: &[" aan ", " aen "],
    from: &["Van ", "VAN "],
    letter: &["Brief ", "BRIEF "],
    places: &[" te ", " tot ", " aan "],
    collections: &["briefwisseling van ", "brieven van ", "correspondentie van "],
    caps_names: true,
    named_between: true,
    linked: never,
};

/// No sign: a tongue whose headings [`super::romance::heading`] never reads.
fn never(_: &[u8]) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::plain::parties::Person;
    use crate::formats::plain::romance::{self, Parties};

    fn heading(t: &str, number: Option<&str>) -> Option<Parties> {
        romance::heading(t, number, &FRENCH, &mut romance::Signs::default())
    }

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

    fn italian(t: &str) -> Option<(Vec<String>, Vec<String>)> {
        let p = romance::heading(t, None, &ITALIAN, &mut romance::Signs::default())?;
        let n = |v: &[super::super::parties::Person]| v.iter().map(|x| x.name.clone()).collect();
        Some((n(&p.senders), n(&p.recipients)))
    }

    #[test]
    fn italian_headings_name_the_addressee_or_both_parties() {
        let to = |t: &str| italian(t).map(|p| p.1);
        assert_eq!(to("A Tommaso Baldi in Lucca."), Some(vec!["Baldi".to_string()]));
        assert_eq!(to("Al Magnifico Tommaso de' Baldi."), Some(vec!["Baldi".to_string()]));
        assert_eq!(to("Alla Signoria di Lucca."), Some(vec!["Signoria di Lucca".to_string()]));
        let both = italian("Tommaso Baldi a Pietro Neri.");
        assert_eq!(both, Some((vec!["Baldi".to_string()], vec!["Neri".to_string()])));
        assert!(
            romance::heading("Al medesimo.", None, &ITALIAN, &mut romance::Signs::default()).is_some_and(|p| p.same)
        );
        for no in
            ["A Lucca.", "Questo a Roma.", "Andò a Roma col fratello.", "A lui piacque molto", "Ai primi di maggio"]
        {
            assert_eq!(italian(no), None, "{no}");
        }
    }

    fn spanish(t: &str) -> Option<(Vec<String>, Vec<String>)> {
        let p = romance::heading(t, None, &SPANISH, &mut romance::Signs::default())?;
        let n = |v: &[super::super::parties::Person]| v.iter().map(|x| x.name.clone()).collect();
        Some((n(&p.senders), n(&p.recipients)))
    }

    #[test]
    fn spanish_headings_name_the_addressee_or_both_parties() {
        let to = |t: &str| spanish(t).map(|p| p.1);
        assert_eq!(to("AL SEÑOR GENERAL TOMÁS ARRIAGA."), Some(vec!["Arriaga".to_string()]));
        assert_eq!(to("A don Ramón Villaverde."), Some(vec!["Villaverde".to_string()]));
        assert_eq!(
            to("AL EXCMO. SEÑOR VICEPRESIDENTE DE LA REPÚBLICA."),
            Some(vec!["Vicepresidente de la República".to_string()])
        );
        let both = spanish("De don Ramón Villaverde al general Arriaga.");
        assert_eq!(both, Some((vec!["Villaverde".to_string()], vec!["Arriaga".to_string()])));
        assert!(romance::heading("Al mismo.", None, &SPANISH, &mut romance::Signs::default()).is_some_and(|p| p.same));
        for no in ["A Quito.", "Llegó a Lima ayer.", "A las cinco de la tarde", "AL PÚBLICO"] {
            assert_eq!(spanish(no), None, "{no}");
        }
    }
}
