//! People of the correspondence: canonical surnames from the titles, initials and offices that headings use.

/// Surnames known to this correspondence, lowercase, with their canonical spelling.
const PEOPLE: &[(&str, &str)] = &[
    ("stalin", "Stalin"),
    ("churchill", "Churchill"),
    ("roosevelt", "Roosevelt"),
    ("truman", "Truman"),
    ("attlee", "Attlee"),
    ("molotov", "Molotov"),
    ("henderson", "Henderson"),
    ("harriman", "Harriman"),
    ("hopkins", "Hopkins"),
    ("eden", "Eden"),
    ("hull", "Hull"),
    ("maisky", "Maisky"),
    ("litvinov", "Litvinov"),
    ("gromyko", "Gromyko"),
    ("kerr", "Kerr"),
    ("beaverbrook", "Beaverbrook"),
    ("standley", "Standley"),
    ("davies", "Davies"),
    ("gusev", "Gusev"),
    ("cripps", "Cripps"),
    ("stettinius", "Stettinius"),
    ("byrnes", "Byrnes"),
    ("bevin", "Bevin"),
    ("vyshinsky", "Vyshinsky"),
    ("steinhardt", "Steinhardt"),
    ("welles", "Welles"),
    ("umansky", "Umansky"),
    ("halifax", "Halifax"),
    ("winant", "Winant"),
    ("kalinin", "Kalinin"),
    ("eisenhower", "Eisenhower"),
    ("marshall", "Marshall"),
    ("deane", "Deane"),
    ("benes", "Beneš"),
    ("beneš", "Beneš"),
    ("sikorski", "Sikorski"),
    ("mikolajczyk", "Mikołajczyk"),
    ("mikołajczyk", "Mikołajczyk"),
    ("de gaulle", "de Gaulle"),
    ("chiang", "Chiang Kai-shek"),
];

/// Words of titles, offices and headings that are never a name.
const NOT_NAMES: &[&str] = &[
    "the",
    "mr",
    "mrs",
    "sir",
    "premier",
    "president",
    "prime",
    "minister",
    "marshal",
    "generalissimo",
    "chairman",
    "commissar",
    "commissars",
    "people's",
    "peopled",
    "peoples",
    "of",
    "council",
    "and",
    "message",
    "messages",
    "personal",
    "secret",
    "most",
    "top",
    "from",
    "to",
    "his",
    "excellency",
    "general",
    "ambassador",
    "american",
    "british",
    "soviet",
    "union",
    "foreign",
    "affairs",
    "secretary",
    "state",
    "government",
    "chargé",
    "charge",
    "in",
    "for",
    "a",
    "an",
    "acting",
    "deputy",
    "ussr",
    "u.s.s.r.",
    "usa",
    "u.s.a.",
    "great",
    "britain",
    "united",
    "states",
    "kingdom",
    "royal",
    "majesty",
    "his",
    "lord",
    "admiral",
    "commander",
    "chief",
    "war",
    "defence",
    "defense",
    "committee",
    "embassy",
    "telegram",
    "letter",
    "note",
    "reply",
];

/// The canonical name for a single word (`STALIN`, `Stalin's`), if it is a known person.
fn known(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches("'s").trim_end_matches("’s");
    PEOPLE.iter().find(|(k, _)| k.len() == w.len() && w.eq_ignore_ascii_case(k)).map(|(_, v)| *v).or_else(|| {
        // Non-ASCII spellings (Beneš) compare by lowercase.
        if w.is_ascii() {
            return None;
        }
        let lower = w.to_lowercase();
        PEOPLE.iter().find(|(k, _)| *k == lower).map(|(_, v)| *v)
    })
}

/// `SMITH` → `Smith`, `smith` → `Smith`.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Words of a segment, split on spaces and commas, with surrounding punctuation trimmed.
fn words(segment: &str) -> impl Iterator<Item = &str> {
    segment
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '"' | '“' | '”' | '*')))
        .filter(|w| !w.is_empty())
}

/// A name in parentheses, `(Stalin)`, as FRUS headings give the person behind an office.
fn parenthesized(segment: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = segment;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = after[..close].trim();
        if !inner.is_empty() && inner.len() <= 40 && inner.chars().next().is_some_and(char::is_uppercase) {
            let last = inner.rsplit(' ').next().unwrap_or(inner);
            out.push(known(last).map(str::to_string).unwrap_or_else(|| title_case(last)));
        }
        rest = &after[close + 1..];
    }
    out
}

/// Whether a word could be a surname nobody listed: capitalised, alphabetic, not a title, not an initial.
fn plausible_name(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && word.chars().next().is_some_and(char::is_uppercase)
        && !NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// The people a heading's sender or recipient part names, canonical, in order: `["Roosevelt", "Churchill"]`
/// for `President Roosevelt and Prime Minister Churchill`, `["Molotov"]` for `The People's Commissar ... (Molotov)`.
/// An unknown surname at the end of the part counts too (`Mr Smith` → `Smith`).
pub fn people(segment: &str) -> Vec<String> {
    let paren = parenthesized(segment);
    if !paren.is_empty() {
        return paren;
    }
    let mut out: Vec<String> = Vec::new();
    let lower_has_de_gaulle = segment.to_ascii_lowercase().contains("de gaulle");
    if lower_has_de_gaulle {
        out.push("de Gaulle".to_string());
    }
    for w in words(segment) {
        if let Some(name) = known(w)
            && !out.iter().any(|o| o == name)
        {
            out.push(name.to_string());
        }
    }
    if out.is_empty()
        && let Some(last) = words(segment).last()
        && plausible_name(last)
    {
        out.push(title_case(last));
    }
    out
}

/// Whether the part ends with a person: the last word is a known name, a plausible surname, or `(Name)`.
pub fn ends_with_person(segment: &str) -> bool {
    let s = segment.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if s.ends_with(')') {
        return !parenthesized(s).is_empty();
    }
    match words(s).last() {
        Some(w) => known(w).is_some() || plausible_name(w) || s.to_ascii_lowercase().ends_with("de gaulle"),
        None => false,
    }
}

/// Names joined for display and export: `Roosevelt, Churchill`.
pub fn join(names: &[String]) -> String {
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_initials_give_surnames() {
        assert_eq!(people("Premier J. V. Stalin"), ["Stalin"]);
        assert_eq!(people("W. CHURCHILL"), ["Churchill"]);
        assert_eq!(people("the Prime Minister, Mr Winston Churchill,"), ["Churchill"]);
        assert_eq!(people("President Roosevelt and Prime Minister Churchill"), ["Roosevelt", "Churchill"]);
        assert_eq!(people("The People's Commissar for Foreign Affairs of the Soviet Union (Molotov)"), ["Molotov"]);
        assert_eq!(people("the American Chargé in the Soviet Union (Henderson)"), ["Henderson"]);
        assert_eq!(people("Mr Smith"), ["Smith"]);
        assert!(people("the Soviet Government").is_empty());
    }

    #[test]
    fn ends_with_person_needs_a_name_last() {
        assert!(ends_with_person("Message from Premier Stalin"));
        assert!(ends_with_person("the Prime Minister, Mr Winston Churchill,"));
        assert!(!ends_with_person("I gave Mr Churchill's message"));
        assert!(!ends_with_person("the Prime Minister"));
    }
}
