//! The days of the week and the parts of a day, in the languages letters are dated in (English, German, Dutch,
//! French, Italian, Spanish): a dateline names them beside its date (`Homburg. 20 May 1867. Monday.`, `Leipzig,
//! den 6ten Februar 1838.` / `Dienstag.`, `Croisset, mercredi soir`), and they date nothing.

/// The days of the week, lowercase.
const WEEKDAYS: [&str; 42] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
];

/// The parts of a day a dateline names after its weekday, lowercase.
const TIMES: [&str; 20] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "midnight",
    "früh",
    "morgens",
    "vormittag",
    "vormittags",
    "mittag",
    "mittags",
    "nachmittag",
    "nachmittags",
    "abend",
    "abends",
    "nachts",
    "soir",
    "matin",
    "midi",
];

/// Whether `w` in any case is `list`'s word, compared without allocating: most words differ at once.
fn one_of(w: &str, list: &[&str]) -> bool {
    if w.len() > 10 || w.len() < 3 {
        return false;
    }
    // Most words are ASCII, compared without lowering them; the others (`Venerdì`, `früh`) letter by letter.
    if w.is_ascii() {
        return list.iter().any(|d| d.eq_ignore_ascii_case(w));
    }
    list.iter().any(|d| d.len() == w.len() && w.chars().flat_map(char::to_lowercase).eq(d.chars()))
}

/// Whether `w` (in any case) is a day of the week: `Monday`, `Dienstag`, `mercredi`.
pub fn is_weekday(w: &str) -> bool {
    one_of(w, &WEEKDAYS) || w.eq_ignore_ascii_case("domingo")
}

/// Whether `w` (in any case) is a part of a day a dateline names: `evening`, `früh`, `soir`.
pub fn is_time_of_day(w: &str) -> bool {
    one_of(w, &TIMES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_times_of_day_in_the_languages_of_datelines() {
        for day in ["Monday", "TUESDAY", "Dienstag", "Sonnabend", "mercredi", "Venerdì", "miércoles", "Domingo"] {
            assert!(is_weekday(day), "{day}");
        }
        for word in ["Mon", "Mondays", "Tag", "Mittag", ""] {
            assert!(!is_weekday(word), "{word}");
        }
        assert!(is_time_of_day("Evening") && is_time_of_day("früh") && is_time_of_day("soir"));
        assert!(!is_time_of_day("today"));
    }
}
