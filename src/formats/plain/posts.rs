//! The writer's rank or post printed under a signature (`G. W. TRELAWNEY` / `Maj. Gen.`, `Arthur Penrose` /
//! `Colonial Secretary`, `K. L. Ormsby` / `Director.`), joined to the name when the lines became one paragraph,
//! and the firm a signer signs for (`for BRANDLEY & HOOK LTD.`). A post is read by the grammar of such lines: a
//! short run of title words, abbreviated ranks and the small words of an office (`Capt. and Asst. Quartermaster`,
//! `Secretary to the Government of Bengal`), after a full name (a given name or initials, then a surname). It is
//! no part of the name: the name is the one before it; the printed form keeps the post.

use super::parties;
use super::words::QuickTrim;

/// The nouns of an office a writer signs under in one word (`Director.`, `Secretary`): offices held, not words
/// that also stand before a name as a style or are common surnames (`King`, `Bishop`, `Prior`, `Major`).
const POSTS: &[&str] = &[
    "secretary",
    "director",
    "manager",
    "chairman",
    "president",
    "treasurer",
    "resident",
    "commanding",
    "commissioner",
    "superintendent",
    "governor",
    "consul",
    "ambassador",
    "minister",
    "registrar",
    "register",
    "receiver",
    "inspector",
    "editor",
    "agent",
    "commandant",
    "adjutant",
    "chancellor",
    "librarian",
    "curator",
    "principal",
    "headmaster",
    "solicitor",
    "attorney",
    "auditor",
    "comptroller",
    "postmaster",
    "surveyor",
    "quartermaster",
    "engineer",
    // A firm's: `T. Grayson` / `Partner.`, `Managing Clerk.`
    "partner",
    "clerk",
    "cashier",
    "accountant",
    "proprietor",
];

/// The small words inside an office's name (`Secretary to the Government of Bengal`, `Capt. and Asst. ...`).
const LINKS: &[&str] = &["of", "to", "the", "and", "&", "for", "in", "at", "on"];

/// The most words a post printed under a name has.
const MAX_POST: usize = 8;

/// A word as looked up: without the commas around it.
fn bare(w: &str) -> &str {
    w.trim_matches(',')
}

fn is_link(w: &str) -> bool {
    LINKS.iter().any(|l| l.eq_ignore_ascii_case(bare(w)))
}

/// A word of rank or office, whole or hyphenated (`Lieut.-Col.`, `Adjutant-General`), with or without its dot.
fn is_title_word(w: &str) -> bool {
    let w = bare(w);
    !w.is_empty() && w.split('-').all(|part| !part.is_empty() && (parties::is_title(part) || is_link(part)))
}

/// `Col.`, `Gen.`, `Capt.`: a rank cut short, as only a rank is.
fn is_abbreviated(w: &str) -> bool {
    let w = bare(w);
    w.ends_with('.') && w.len() <= 6 && w.split('-').all(parties::is_title)
}

/// One of [`POSTS`], with or without a final dot.
fn is_office_noun(w: &str) -> bool {
    let w = bare(w).trim_end_matches('.');
    POSTS.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// `Colonial`, `Private`, `Managing`, `Honorary`: a word that says which office of its kind (an adjective's
/// ending), standing before the office's noun.
fn is_modifier(w: &str) -> bool {
    let w = bare(w);
    let lower = w.to_ascii_lowercase();
    w.starts_with(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && ["al", "ary", "ing", "ive", "ic", "ate"].iter().any(|s| lower.ends_with(s))
}

/// Whether `words` are a post: title words, the small words of an office and, after one of those, the words of
/// its domain (`of Bengal`); opened by a title word (or a modifier before the office's noun) and ended by none of
/// the small words. One word is a post when it is an abbreviated rank or an office's noun; several, when two are
/// words of rank or office, one is abbreviated, or the last is an office's noun.
pub fn is_post(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    if words.len() > MAX_POST || is_link(last) {
        return false;
    }
    if let [one] = words {
        return is_abbreviated(one) || is_office_noun(one);
    }
    let modified = words.len() == 2 && is_modifier(first) && is_office_noun(last);
    if !is_title_word(first) && !modified {
        return false;
    }
    let mut linked = false;
    let mut titles = 0;
    for (k, w) in words.iter().enumerate() {
        if is_link(w) {
            linked = true;
        } else if is_title_word(w) {
            titles += 1;
        } else if !(linked && w.starts_with(char::is_uppercase) || modified && k == 0) {
            return false;
        }
    }
    titles >= 2 || words.iter().any(|w| is_abbreviated(w)) || is_office_noun(last)
}

/// Whether `words` are a full name: two words at least, each capitalised or a particle of a name (`de`, `van`),
/// the last a surname (letters, not an initial; a word of rank may be one: `John King`).
fn is_full_name(words: &[&str]) -> bool {
    let Some(last) = words.last().map(|w| bare(w)) else { return false };
    let surname = last.chars().count() >= 2
        && last.starts_with(char::is_uppercase)
        && last.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || ["de", "van", "von", "la", "le", "du", "da"].contains(&bare(w)));
    words.len() >= 2 && surname && capitalised
}

/// `G. W. TRELAWNEY Maj. Gen.` → `G. W. TRELAWNEY`, `Arthur Penrose Colonial Secretary` → `Arthur Penrose`: the name
/// before a post printed after it (see the module). The post begins at the first word from which the rest is a
/// post and before which a full name stands (`John King Director` keeps `King`); a name that would be left as a
/// given name alone keeps its last word (`Henry Marshal`). A post set off by a comma is [`is_rank`]'s to read.
pub fn name_before_post(t: &str) -> Option<&str> {
    let t = t.quick_trim().trim_end_matches(',');
    if t.contains(',') {
        return None;
    }
    // The words and where each starts.
    let mut starts = Vec::new();
    let mut words = Vec::new();
    let mut at = 0;
    for w in t.split(' ') {
        if !w.is_empty() {
            starts.push(at);
            words.push(w);
        }
        at += w.len() + 1;
        if words.len() > 16 {
            return None;
        }
    }
    let n = words.len();
    (2.max(n.saturating_sub(MAX_POST))..n)
        .find(|&s| is_post(&words[s..]) && is_full_name(&words[..s]))
        .map(|s| t[..starts[s]].quick_trim_end().trim_end_matches(','))
}

/// `Maj. Gen.`, `Colonial Secretary`, `Capt. and Asst. Quartermaster.`: a paragraph that is a post alone, which
/// names its holder's office, not him.
pub fn post_alone(t: &str) -> bool {
    let t = t.quick_trim().trim_end_matches(',');
    let words: Vec<&str> = t.split_whitespace().take(MAX_POST + 1).collect();
    is_post(&words)
}

/// A signature as printed, without the stops after it, but for the dot of a rank cut short (`Maj. Gen.`).
pub fn as_printed(t: &str) -> &str {
    let t = t.trim_end_matches(',');
    let last = t.rsplit(' ').next().unwrap_or("");
    if is_abbreviated(last) { t } else { t.trim_end_matches(['.', ',']) }
}

/// `for BRANDLEY & HOOK LTD. K. L. Ormsby` → (`BRANDLEY & HOOK LTD.`, `K. L. Ormsby`): the firm a signer signs
/// for, as its style names it (`& Sons`, `Ltd.`, `Co.`), and what follows it; `p.p.` and `per pro.` say the same.
pub fn signing_for(t: &str) -> Option<(&str, &str)> {
    let t = t.quick_trim_start();
    let rest = ["for ", "p.p. ", "pp. ", "per pro. ", "per pro "]
        .iter()
        .find_map(|p| super::lines::strip_prefix_ci(t, p))?
        .quick_trim_start();
    // The firm ends at the first word after which its text reads as a firm's name (at most eight words).
    let mut end = 0;
    for (k, w) in rest.split(' ').enumerate().take(8) {
        end += w.len() + usize::from(k > 0);
        let firm = &rest[..end];
        if parties::is_firm(firm) {
            return Some((firm.trim_end_matches(','), rest[end..].trim_start_matches([',', ' '])));
        }
    }
    // `for GRAYSON & LOWE, T. Grayson`: partners' names joined by `&`, then a comma before the signer.
    let (firm, signer) = rest.split_once(',')?;
    let words: Vec<&str> = firm.split_whitespace().collect();
    let partners = words.len() <= 6
        && words.contains(&"&")
        && words.iter().all(|w| *w == "&" || w.starts_with(|c: char| c.is_uppercase()));
    partners.then(|| (firm.quick_trim(), signer.quick_trim_start()))
}

/// `J. HARTLEY Director`: a name in capitals, then (on the next line of the print) a rank in small letters.
pub fn caps_name_before_rank(t: &str) -> Option<&str> {
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    // Where the first word with a small letter starts.
    let end = t.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    let end = end.filter(|(_, w)| !w.is_empty()).find(|(_, w)| !caps(w)).map(|(start, _)| start)?;
    let (name, rank) = (t[..end].quick_trim(), t[end..].quick_trim());
    let upper_words = name.split_whitespace().filter(|w| w.len() > 2).count();
    (upper_words >= 1 && !rank.is_empty() && rank.chars().any(char::is_lowercase) && is_rank(rank)).then_some(name)
}

/// `Assistant Adjutant-General`, `Major-General, Chief of Staff`: a short rank or office after a signature, each
/// part capitalised.
pub fn is_rank(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && t.split(',').all(|part| part.quick_trim().starts_with(char::is_uppercase))
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "in"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_after_a_full_name_is_no_part_of_it() {
        assert_eq!(name_before_post("G. W. TRELAWNEY Maj. Gen."), Some("G. W. TRELAWNEY"));
        assert_eq!(name_before_post("Arthur Penrose Colonial Secretary"), Some("Arthur Penrose"));
        assert_eq!(name_before_post("Thomas Vane Foreign Secretary"), Some("Thomas Vane"));
        assert_eq!(name_before_post("K. L. Ormsby Director."), Some("K. L. Ormsby"));
        assert_eq!(name_before_post("W. T. Fenby Assistant Resident"), Some("W. T. Fenby"));
        assert_eq!(name_before_post("L. M. Cassidy Capt. and Asst. Quartermaster."), Some("L. M. Cassidy"));
        assert_eq!(name_before_post("Walter Grey Secretary to the Government of Bengal"), Some("Walter Grey"));
        assert_eq!(name_before_post("John King Managing Director"), Some("John King"));
        assert_eq!(name_before_post("Ruth Hale Lt. Col."), Some("Ruth Hale"));
    }

    #[test]
    fn a_surname_that_is_a_word_of_rank_stays_the_name() {
        assert_eq!(name_before_post("Henry Marshal"), None, "a given name alone would be left");
        assert_eq!(name_before_post("Mary Ann Prior"), None, "a surname, no office held");
        assert_eq!(name_before_post("John Bishop"), None);
        assert_eq!(name_before_post("Anne Sterling Smith"), None, "no title word at all");
        assert_eq!(name_before_post("I remain your friend"), None);
    }

    #[test]
    fn a_post_alone_is_an_office() {
        for post in
            ["Maj. Gen.", "Col.", "Brig. Gen.", "Foreign Secretary", "Director.", "Capt. and Asst. Quartermaster."]
        {
            assert!(post_alone(post), "{post}");
        }
        for name in ["Henry Marshal", "Prior", "J. Smith", "Your obedient servant"] {
            assert!(!post_alone(name), "{name}");
        }
    }

    #[test]
    fn the_firm_signed_for_goes_before_the_signer() {
        assert_eq!(
            signing_for("for BRANDLEY & HOOK LTD. K. L. Ormsby Director"),
            Some(("BRANDLEY & HOOK LTD.", "K. L. Ormsby Director"))
        );
        assert_eq!(signing_for("p.p. Hartley & Sons, J. Hart"), Some(("Hartley & Sons", "J. Hart")));
        assert_eq!(signing_for("for ever and ever"), None);
        assert_eq!(signing_for("for DENBY & ROSS, P. Ross Partner"), Some(("DENBY & ROSS", "P. Ross Partner")));
        assert_eq!(signing_for("for you & me, as ever"), None, "no partners' names");
        assert_eq!(signing_for("K. L. Ormsby"), None);
    }
}
