//! The months as letters in other languages than English name them (German, Dutch, French, Italian, Spanish, the
//! Latin of old datelines, Danish and Swedish), each language's table looked at only for a word that starts as one of its months
//! does: most words of a text are no month, and are turned away by their first three letters.

/// One language's months where their names differ from the English ones (lowercase), and the first three bytes
/// (lowercase, an accented letter by its two bytes) that its names start with.
struct Months {
    heads: &'static [&'static [u8; 3]],
    names: &'static [(&'static str, u8)],
}

const GERMAN: Months = Months {
    heads: &[
        b"jan",
        b"j\xc3\xa4",
        b"jen",
        b"feb",
        b"m\xc3\xa4",
        b"mer",
        b"mai",
        b"jun",
        b"jul",
        b"okt",
        b"oct",
        b"dez",
    ],
    names: &[
        ("januar", 1),
        ("jänner", 1),
        ("jenner", 1),
        ("febr", 2),
        ("februar", 2),
        ("märz", 3),
        ("merz", 3),
        ("mai", 5),
        ("juni", 6),
        ("juli", 7),
        ("okt", 10),
        ("oktober", 10),
        ("octbr", 10),
        ("dez", 12),
        ("dezember", 12),
    ],
};

/// Dutch months, with the spellings of the seventeenth century (`Junij`, `Maert`, `Meij`) and its months by
/// their Latin number (`Xbris`; `7bris` is read with the day, see `date::old_style_month`).
const DUTCH: Months = Months {
    heads: &[b"jan", b"feb", b"maa", b"mae", b"mar", b"mee", b"mei", b"mey", b"jun", b"jul", b"okt", b"xbr"],
    names: &[
        ("januari", 1),
        ("januarij", 1),
        ("februari", 2),
        ("februarij", 2),
        ("maart", 3),
        ("maert", 3),
        ("meert", 3),
        ("martij", 3),
        ("mei", 5),
        ("meij", 5),
        ("mey", 5),
        ("junij", 6),
        ("juny", 6),
        ("julij", 7),
        ("july", 7),
        ("oktober", 10),
        ("xbris", 12),
    ],
};

/// Old French prints write the last four months by number (`7bre` for septembre, `Xbre` for décembre).
const FRENCH: Months = Months {
    heads: &[
        b"jan",
        b"f\xc3\xa9",
        b"fev",
        b"mar",
        b"avr",
        b"jui",
        b"ao\xc3",
        b"aou",
        b"sep",
        b"oct",
        b"nov",
        b"d\xc3\xa9",
        b"dec",
        b"xbr",
    ],
    names: &[
        ("janvier", 1),
        ("janv", 1),
        ("février", 2),
        ("fevrier", 2),
        ("févr", 2),
        ("fevr", 2),
        ("mars", 3),
        ("avril", 4),
        ("avr", 4),
        ("juin", 6),
        ("juillet", 7),
        ("juill", 7),
        ("juil", 7),
        ("août", 8),
        ("aout", 8),
        ("septembre", 9),
        ("octobre", 10),
        ("novembre", 11),
        ("décembre", 12),
        ("decembre", 12),
        ("déc", 12),
        ("xbre", 12),
    ],
};

/// Italian months, with the older spellings of printed letters (`genaio`, `decembre`) and a few short forms.
const ITALIAN: Months = Months {
    heads: &[b"gen", b"feb", b"mar", b"apr", b"mag", b"giu", b"lug", b"ago", b"set", b"ott", b"nov", b"dic", b"dec"],
    names: &[
        ("gennaio", 1),
        ("genaio", 1),
        ("genn", 1),
        ("febbraio", 2),
        ("febraio", 2),
        ("febbr", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("setembre", 9),
        ("sett", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
        ("decembre", 12),
    ],
};

/// Spanish months (`setiembre` as many American prints spell it).
const SPANISH: Months = Months {
    heads: &[b"ene", b"feb", b"mar", b"abr", b"may", b"jun", b"jul", b"ago", b"sep", b"set", b"oct", b"nov", b"dic"],
    names: &[
        ("enero", 1),
        ("febrero", 2),
        ("marzo", 3),
        ("abril", 4),
        ("mayo", 5),
        ("junio", 6),
        ("julio", 7),
        ("agosto", 8),
        ("septiembre", 9),
        ("setiembre", 9),
        ("octubre", 10),
        ("noviembre", 11),
        ("diciembre", 12),
    ],
};

/// The Latin of a dateline (`Die 3 Augusti`, `die 9 Iulio`): the month's genitive and ablative.
const LATIN: Months = Months {
    heads: &[
        b"ian", b"jan", b"feb", b"mar", b"apr", b"mai", b"iun", b"jun", b"iul", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ],
    names: &[
        ("ianuarii", 1),
        ("januarii", 1),
        ("ianuario", 1),
        ("januario", 1),
        ("februarii", 2),
        ("februario", 2),
        ("martii", 3),
        ("martio", 3),
        ("aprilis", 4),
        ("aprili", 4),
        ("maii", 5),
        ("maio", 5),
        ("iunii", 6),
        ("junii", 6),
        ("iunio", 6),
        ("junio", 6),
        ("iulii", 7),
        ("julii", 7),
        ("iulio", 7),
        ("julio", 7),
        ("augusti", 8),
        ("augusto", 8),
        ("septembris", 9),
        ("septembri", 9),
        ("octobris", 10),
        ("octobri", 10),
        ("novembris", 11),
        ("novembri", 11),
        ("decembris", 12),
        ("decembri", 12),
    ],
};

/// Danish and Swedish months where they differ from the others' (`Marts`, `augusti`). (`Maj` is left out: it is
/// also a major's title.)
const NORDIC: Months = Months { heads: &[b"mar", b"aug"], names: &[("marts", 3), ("augusti", 8)] };

const TABLES: [&Months; 7] = [&GERMAN, &DUTCH, &FRENCH, &ITALIAN, &SPANISH, &LATIN, &NORDIC];

/// The first three bytes of `w` in lower case, an accented capital (`É`, C3 89) as its small letter (C3 A9).
fn head(w: &[u8]) -> [u8; 3] {
    let mut h = [w[0], w[1], w[2]].map(|x| x.to_ascii_lowercase());
    for k in 1..3 {
        if h[k - 1] == 0xc3 && (0x80..0x9f).contains(&h[k]) {
            h[k] += 0x20;
        }
    }
    h
}

/// The month a word names in one of the languages (any case; `é` and `É` alike), looked up only in the tables of
/// the languages one of whose months starts as the word does.
pub fn other_month(w: &[u8]) -> Option<u8> {
    if w.len() < 3 {
        return None;
    }
    let h = head(w);
    TABLES
        .iter()
        .filter(|t| t.heads.contains(&&h))
        .find_map(|t| t.names.iter().find(|(name, _)| same_letters(name.as_bytes(), w)).map(|(_, m)| *m))
}

/// Whether `w` spells `lower` (lowercase) in any case, an accented capital (C3 80 to C3 9E) standing for its small
/// letter (C3 A0 to C3 BE).
fn same_letters(lower: &[u8], w: &[u8]) -> bool {
    lower.len() == w.len()
        && lower.iter().zip(w).all(|(a, b)| *a == b.to_ascii_lowercase() || (0x80..0x9f).contains(b) && *a == b + 0x20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_six_languages_by_their_own_names() {
        for (w, m) in [
            ("maart", 3),
            ("Maert", 3),
            ("Junij", 6),
            ("Julij", 7),
            ("Meij", 5),
            ("Xbris", 12),
            ("März", 3),
            ("FÉVRIER", 2),
            ("août", 8),
            ("gennaio", 1),
            ("Maggio", 5),
            ("settembre", 9),
            ("DICEMBRE", 12),
            ("enero", 1),
            ("Setiembre", 9),
            ("diciembre", 12),
            ("Augusti", 8),
            ("Marts", 3),
            ("augusti", 8),
            ("Maii", 5),
            ("Septembris", 9),
        ] {
            assert_eq!(other_month(w.as_bytes()), Some(m), "{w}");
        }
        for w in [
            "maarten",
            "meijer",
            "julius",
            "junior",
            "augustijn",
            "agostino",
            "maggiore",
            "general",
            "ago",
            "mag",
            "lug",
            "gen",
            "setter",
            "enerva",
            "Augustus",
        ] {
            assert_eq!(other_month(w.as_bytes()), None, "{w}");
        }
        assert_eq!(head("ÉTÉ".as_bytes()), *b"\xc3\xa9t");
    }
}
