//! What opens a letter besides a heading, and what the page around it says: the collection's writer named by a
//! title line, editorial brackets under a title, and whether a letter follows a line.

use super::lines;
use super::parties::{self, Person};
use super::words::QuickTrim;
use crate::model::{Letter, PersonBasis};

/// A title line naming the writer of a collection: `The Papers of Thomas Jefferson`, `Papers and Writings of
/// Abraham Lincoln`, `The Works of John Adams`, `Charles Darwin: Collected Works`, `Stalin's Works`.
pub fn collection_writer(line: &str) -> Option<Person> {
    let t = line.quick_trim().trim_end_matches(['.', ',']);
    if t.len() > 160 || t.is_empty() {
        return None;
    }
    // `GOYA · CARTAS A MARTÍN ZAPATER`: a running head naming the writer, then his letters to one person.
    if let Some((name, title)) = dotted_head(t)
        && collection_reader(title).is_some()
    {
        return writer(name).filter(|p| !p.office);
    }
    // `MS Yale. Published: Letters, iii, 118.`: an edition's note on the text, whose `Letters` is a book cited.
    if lines::source_note(t) || lines::apparatus(t).is_some() {
        return None;
    }
    // A title often goes on after its name with a volume, a part or years (`The Letters of Virginia Woolf,
    // Volume III: 1923-1928`, `The Works of Charles Lamb. Volume VI. Letters`): the part before each separator is
    // read first, shortest first, then the whole line (`J. V. Stalin: Works`).
    separators(t)
        .filter(|&at| at > 0)
        .find_map(|at| titled_writer(t[..at].trim_end_matches(['.', ',', ' '])))
        .or_else(|| titled_writer(t))
        .or_else(|| romance_writer(t))
        // `Briefwisseling van Constantijn Huygens (1608-1687). Deel 2`: a part before a separator.
        .or_else(|| {
            separators(t).filter(|&at| at > 0).find_map(|at| romance_writer(t[..at].trim_end_matches(['.', ',', ' '])))
        })
}

/// `Correspondance de M. de Vernange`, `LETTERE DI TOMMASO BALDI`, `Cartas del general Arriaga`, `Briefwisseling
/// van Constantijn Huygens`: the writer a French, Italian, Spanish or Dutch collection's title names.
fn romance_writer(t: &str) -> Option<Person> {
    let t = t.trim_end_matches('.');
    if t.len() > 80 || !matches!(t.as_bytes().first(), Some(b'C' | b'L' | b'E' | b'B')) {
        return None;
    }
    let tongues = super::tongues::ALL.iter().copied().chain([&super::tongues::DUTCH]);
    tongues.into_iter().find_map(|tongue| super::romance::collection_writer(t, tongue))
}

/// Where a title's parts may end: before `, `, `: `, `; `, ` (`, ` - `, ` — ` and `. ` (not after an initial).
fn separators(t: &str) -> impl Iterator<Item = usize> + '_ {
    t.char_indices().filter_map(move |(at, c)| {
        let next = t[at + c.len_utf8()..].chars().next();
        let spaced = next == Some(' ');
        let after_initial = || {
            let word = t[..at].rsplit(' ').next().unwrap_or("");
            word.chars().count() <= 2 && word.chars().all(|c| c.is_uppercase() || c == '.')
        };
        match c {
            ',' | ':' | ';' if spaced => Some(at),
            '.' if spaced && !after_initial() => Some(at),
            '(' | '—' | '–' => Some(at),
            '-' if spaced && t[..at].ends_with(' ') => Some(at),
            _ => None,
        }
    })
}

fn titled_writer(t: &str) -> Option<Person> {
    if t.len() > 100 || t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    const KINDS: &[&str] = &[
        "papers",
        "works",
        "writings",
        "letters",
        "correspondence",
        "memoirs",
        "despatches",
        "dispatches",
        "journals",
    ];
    // `... Works of NAME`, `Papers and Writings of NAME`.
    if let Some(at) = lower.rfind(" of ") {
        let head = &lower[..at];
        if KINDS.iter().any(|k| head.ends_with(k)) {
            // `The Letters of Robert Louis Stevenson to his Family and Friends`: the writer ends before `to`.
            let name = &t[at + 4..];
            let to = lower[at + 4..].find(" to ").map_or(name.len(), |i| i);
            return writer(&name[..to]);
        }
    }
    // `Letters written by NAME to his Son`, `Letters from NAME to ...`, `Dispatches by NAME`.
    for sep in [" by ", " from "] {
        if let Some(at) = lower.find(sep) {
            let head = lower[..at].trim_end_matches(" written");
            if KINDS.iter().any(|k| head.ends_with(k)) {
                let name = &t[at + sep.len()..];
                let to = lower[at + sep.len()..].find(" to ");
                let name = &name[..to.unwrap_or(name.len())];
                // `from` may name a place (`Letters from the Front`, `Letters from Italy to a Friend`): only a
                // name of two words or more, before a `to`, is a writer there.
                if sep == " from " && (to.is_none() || name.split_whitespace().count() < 2) {
                    continue;
                }
                return writer(name);
            }
        }
    }
    // `NAME: Works`, `NAME, Collected Works`, `NAME - The Letters`, `NAME's Works`.
    for k in KINDS {
        if lower.ends_with(k) {
            // `MARK TWAIN'S LETTERS`.
            let head = ["'s", "’s", "'S", "’S"].iter().find_map(|s| head_of(t, k).strip_suffix(s));
            return writer(head.unwrap_or_else(|| head_of(t, k)));
        }
    }
    None
}

/// The text of a title before its kind (`Letters`), without the words that may stand between them (`Collected`,
/// `Selected`, the article of `The Letters`) and the separators before those (`NAME - The Letters`, `NAME:
/// Collected Works`).
fn head_of<'a>(t: &'a str, kind: &str) -> &'a str {
    let separators = |c: char| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '–' | '-');
    let mut head = t[..t.len() - kind.len()].trim_end_matches(separators);
    let strip = |head: &'a str, w: &str| {
        let at = head.len().checked_sub(w.len())?;
        let (before, word) = (head.get(..at)?, head.get(at..)?);
        (word.eq_ignore_ascii_case(w) && (before.is_empty() || before.ends_with(separators))).then_some(before)
    };
    while let Some(shorter) = ["collected", "selected", "complete", "the"].iter().find_map(|w| strip(head, w)) {
        head = shorter.trim_end_matches(separators);
    }
    head
}

fn writer(name: &str) -> Option<Person> {
    let name = name.quick_trim();
    // `Letters of a Naval Surgeon`: an unnamed writer names no one.
    if ["a ", "an "].iter().any(|a| super::lines::strip_prefix_ci(name, a).is_some()) {
        return None;
    }
    let joint = name.split_whitespace().any(|w| w.eq_ignore_ascii_case("and") || w == "&");
    if name.is_empty() || joint || !parties::valid(name) || name.split_whitespace().count() > 5 {
        return None;
    }
    // An office or a peer's title writes a collection too (`The Earl of Chesterfield`).
    parties::person(name)
}

/// A title line naming the one person a collection's letters went to: `LETTRES À MADAME HANSKA`, `Letters to
/// Olivia Langdon`, `Briefe an Felice Bauer`, `Lettere a Paolina`, `Cartas a Manuela Sáenz` (a running head, its
/// page's number set apart before or after it, perhaps). Never a bond of kin (`Letters to his Son`: see `kin`).
pub fn collection_reader(line: &str) -> Option<Person> {
    let t = line.quick_trim();
    if t.len() > 100 || t.is_empty() {
        return None;
    }
    if let Some((_, title)) = dotted_head(t) {
        return collection_reader(title);
    }
    let t = without_page_number(t);
    let t = t.trim_end_matches(['.', ',']);
    let (kind, rest) = t.split_once(' ')?;
    let (to, name) = rest.split_once(' ')?;
    let pairs = [
        ("letters", "to"),
        ("lettres", "à"),
        ("lettres", "a"),
        ("briefe", "an"),
        ("lettere", "a"),
        ("cartas", "a"),
        ("brieven", "aan"),
    ];
    let lower = |s: &str| s.to_lowercase();
    if !pairs.iter().any(|(k, w)| lower(kind) == *k && lower(to) == *w) {
        return None;
    }
    // `Briefe an Felice Bauer und andere Korrespondenz`: the name ends before a separator or a conjunction.
    let name = separators(name).next().map_or(name, |at| &name[..at]);
    let name = [" und ", " and ", " et ", " e ", " y ", " en "]
        .iter()
        .find_map(|c| name.find(c))
        .map_or(name, |at| &name[..at]);
    let name = name.trim_end_matches(['.', ',', ' ']);
    if name
        .split_whitespace()
        .next()
        .is_some_and(|w| lower(w) == "his" || lower(w) == "her" || crate::model::shares_writers_name(w))
    {
        return None;
    }
    writer(name).filter(|p| !p.office)
}

/// A running head in two parts set apart by a middle dot (`GOYA · CARTAS A MARTÍN ZAPATER   163`): the part
/// before it and the part after it, the page's number set apart at either end left out.
fn dotted_head(t: &str) -> Option<(&str, &str)> {
    let (before, after) = without_page_number(t).split_once(" · ")?;
    Some((before.quick_trim(), after.quick_trim()))
}

/// A running head without its page's number, set apart by a gap at either end (`163   GOYA · CARTAS ...`,
/// `LETTRES À MADAME HANSKA      412`), trimmed.
fn without_page_number(t: &str) -> &str {
    let figures = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let t = match t.split_once("  ") {
        Some((n, rest)) if figures(n) => rest.quick_trim_start(),
        _ => t,
    };
    match t.rsplit_once("  ") {
        Some((rest, n)) if figures(n.quick_trim_start()) => rest.quick_trim_end(),
        _ => t,
    }
}

/// The collection's writer given to a letter whose page names no writer, marked as inferred.
pub fn give_writer(letter: &mut Letter, w: &Person) {
    // A letter to the writer is not by the writer; one to a namesake of another given name is (`To Cassandra
    // Austen` among Jane Austen's letters).
    if letter.recipient.0.iter().any(|r| is_writer(r, w)) {
        return;
    }
    letter.sender = crate::model::People::one(crate::model::Person::new(&w.name, &w.printed, PersonBasis::Collection));
}

/// A signature that is the collection's writer signing short (`Jane`, `J. A.`, `V.`, `A. Lincoln`) gives way to
/// the writer's name as the title prints it: each word of the signature is a word of that name or its initial.
pub fn signed_by_writer(letter: &mut Letter, w: &Person) {
    // An office or an epithet the title names (`CARTAS DEL LIBERTADOR`) is signed with the man's own name.
    if w.office {
        return;
    }
    let [p] = &*letter.sender.0 else { return };
    if p.basis != PersonBasis::Signature || *p.name == *w.name {
        return;
    }
    let names: Vec<&str> = w.printed.split_whitespace().map(|x| x.trim_matches(|c: char| !c.is_alphabetic())).collect();
    let matches = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '.');
        let bare = word.trim_end_matches('.');
        let initial = bare.chars().count() == 1 || word.ends_with('.') && bare.chars().all(|c| c.is_uppercase());
        names.iter().any(|n| {
            n.eq_ignore_ascii_case(bare) || initial && bare.chars().all(|c| names.iter().any(|n| n.starts_with(c)))
        })
    };
    let words: Vec<&str> = p.printed.split_whitespace().collect();
    // Under a heading that names only the addressee, the edition says the writer wrote it: a single word signed
    // under it is a pet name (`Your Johnnie`, `Tiny`) or what the family called him (`BHAIJI`), not another
    // writer; another writer signs in full (a letter to the addressee printed among the writer's, in an appendix).
    // (A short word in capitals is initials or an abbreviation: `RTA`, `USA`.)
    let one_name = matches!(words.as_slice(), [one] if one.chars().all(char::is_alphabetic)
        && (one.chars().count() >= 5 || one.chars().count() >= 3 && one.chars().any(char::is_lowercase)));
    let to_only = !letter.recipient.is_empty()
        && letter.recipient.0.iter().all(|r| r.basis == PersonBasis::Heading && !is_writer(r, w));
    if !words.is_empty() && words.len() <= 4 && words.iter().all(|x| matches(x)) || one_name && to_only {
        letter.sender =
            crate::model::People::one(crate::model::Person::new(&w.name, &*p.printed, PersonBasis::Signature));
    }
}

/// `Haydn to his Brother`: an addressee the heading prints as its writer's near kin bears the writer's surname. (A
/// heading that names the addressee alone, `[To his sister.]`, leaves the bond as printed: the writer a signature
/// or the book's title gives may not be the one the bond is to.)
pub fn kin_of_writer(letter: &mut Letter) {
    let ([s], [r]) = (&*letter.sender.0, &*letter.recipient.0) else { return };
    if !crate::model::named_by_kin(&r.printed) {
        return;
    }
    let by_heading = s.basis == PersonBasis::Heading && r.basis == PersonBasis::Heading;
    let name = match by_heading {
        true => s.name.to_string(),
        // The bond itself names the addressee, as a salutation's `Mother` does.
        false => {
            r.printed.split_whitespace().nth(1).and_then(parties::kin).map_or_else(|| r.name.to_string(), |k| k.name)
        }
    };
    let kin = crate::model::Person::new(name, &*r.printed, r.basis);
    letter.recipient = crate::model::People::one(kin);
}

/// The collection's writer as the recipient of a letter whose heading names only its writer (`From J. D.
/// Hooker ...` in Darwin's correspondence), marked as inferred.
/// The collection's addressee (its title's, see [`collection_reader`]) given to a letter whose page names none, or
/// names one by a given name alone in the greeting (`Chère Line,`, `Liebste Felice!`): not to a letter the
/// addressee wrote.
pub fn give_addressee(letter: &mut Letter, r: &Person) {
    if letter.sender.0.iter().any(|s| is_writer(s, r)) {
        return;
    }
    let unnamed = match &*letter.recipient.0 {
        [] => true,
        [p] => p.basis == PersonBasis::Salutation && !p.printed.contains(' ') && !is_writer(p, r),
        _ => false,
    };
    if unnamed {
        letter.recipient =
            crate::model::People::one(crate::model::Person::new(&r.name, &r.printed, PersonBasis::Collection));
    }
}

pub fn give_reader(letter: &mut Letter, w: &Person) {
    // A letter by the writer is not to the writer; one by a namesake of another given name is (`From Cassandra
    // Austen` among Jane Austen's letters).
    if letter.sender.0.iter().any(|s| is_writer(s, w)) {
        return;
    }
    // Under a heading that names only the writer (`From Thomas Crane`), a greeting by a name of one word in small
    // letters (`Dearest Hettie`) is a pet name of the collection's writer, as a pet name signed is (see
    // [`signed_by_writer`]); a greeting by a surname or a full name stays.
    let by_heading = !letter.sender.is_empty() && letter.sender.0.iter().all(|s| s.basis == PersonBasis::Heading);
    let unnamed = match &*letter.recipient.0 {
        [] => true,
        [r] => by_heading && r.basis == PersonBasis::Salutation && (is_pet_name(&r.printed) || r.is_near_kin()),
        _ => false,
    };
    if !unnamed {
        return;
    }
    letter.recipient =
        crate::model::People::one(crate::model::Person::new(&w.name, &w.printed, PersonBasis::Collection));
}

/// A name of one word in small letters but its first (`Hettie`, `Johnnie`): a given or pet name, not a surname
/// signed in capitals, nor an initial.
fn is_pet_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase)
}

/// Whether a letter's party is the collection's writer: the writer's surname, printed with no other given name.
fn is_writer(p: &crate::model::Person, w: &Person) -> bool {
    crate::model::same_name(&p.name, &w.name) && !parties::different_people(&p.printed, &w.printed, &w.name)
}

/// `[Translation]`, `[Paraphrase]`, `[Extract]`: an editor's bracket under a title, read as classification.
pub fn editorial_bracket(text: &str) -> Option<&str> {
    let t = text.quick_trim();
    let inner = t.strip_prefix('[')?.strip_suffix(']')?;
    let lower = inner.to_ascii_lowercase();
    if (lower.starts_with("received ") || lower.starts_with("sent ")) && inner.len() <= 60 {
        // A routing line: `[Received March 3—11:10 a.m.]`.
        return Some(t);
    }
    let ok = !inner.is_empty()
        && inner.len() <= 30
        && inner.split_whitespace().count() <= 3
        && inner.chars().all(|c| c.is_alphabetic() || c == ' ')
        && inner.starts_with(char::is_uppercase);
    ok.then_some(t)
}

/// `[Letter-Book.]`, `[Autograph, in the Wellesley Papers.]`: a whole line in an editor's square brackets under a
/// heading, saying where the text comes from (not a page marker, not a date).
pub fn bracketed_note(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    let inner = t.strip_prefix('[')?.strip_suffix(']')?;
    // `[a Bologna.]`, `[à Paris]`: where the letter was sent, a small word before the place.
    let sent_to = || {
        inner.len() <= 40
            && inner.split_once(' ').is_some_and(|(w, place)| w.len() <= 2 && place.starts_with(char::is_uppercase))
    };
    let ok = !inner.is_empty()
        && t.len() <= 160
        && !inner.contains(['[', ']'])
        && (inner.starts_with(char::is_uppercase) || sent_to())
        && lines::page_label(inner).is_none()
        && lines::date_line(inner).is_none();
    ok.then_some(t)
}

/// `P.S.`, `PS`, `N.B.`, `Postscript`: text after the signature that is still the letter's.
pub fn postscript(line: &str) -> bool {
    // The opening bytes compared in any case, without lowering the line.
    let t = line.quick_trim_start().as_bytes();
    ["p.s", "ps.", "ps ", "n.b", "postscript", "p. s"]
        .iter()
        .any(|p| t.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes())))
}

/// Whether the lines after a weak heading show a letter: a salutation or a date line comes first, or a place
/// line right above a date line (`Executive Mansion,` / `Washington, April 30, 1864.`).
pub fn letter_follows(next: &[&str]) -> bool {
    // An editor's note on the source (`[Letter-Book.]`), a classification (`Secret`) or a routing line (`Cable
    // S-51234. Top secret`) may stand between.
    let between = |l: &str| {
        lines::is_blank(l)
            // (`[April 1760]`, in brackets too, is the editor's date: the letter's own line.)
            || bracketed_note(l).is_some() && lines::month_line(l).is_none()
            || lines::classification_line(l).is_some()
            || lines::routing_line(l).is_some()
            // `Telegramm. Entzifferung.`: a German document's kind.
            || super::german::document_kind(l).is_some()
            // `Magnifico viro ... domino suo.`: an Italian edition's Latin superscription.
            || l.len() > 12 && super::italian::superscription(l.quick_trim())
            // `Roget, iii. 41. Opera (Leipzig, 1869), ix. 1. 88.`: the editions a letter is printed from.
            || l.len() > 12 && super::collected_lines::edition_citation(l.quick_trim()).is_some()
    };
    let Some(k) = next.iter().position(|l| !between(l)) else { return false };
    let l = next[k];
    // `Cambridge, Saturday.` over `My dear Father,`: an undated letter's dateline.
    let day_then_salutation = || {
        lines::place_and_day(l).is_some()
            && next[k + 1..].iter().find(|n| !lines::is_blank(n)).is_some_and(|n| lines::salutation(n).is_some())
    };
    // `Tent Lodge, Coniston` / `Oct. 9.` / `[1850]` set in at the right over `My dear Forster,`: a dateline block
    // of short lines, the place, the day and the year each on its own, then the greeting.
    let block_then_salutation = || {
        let set_in = |n: &str| n.starts_with("   ") && n.quick_trim().len() <= 40;
        let mut rest = next[k..].iter().filter(|n| !lines::is_blank(n)).take(4);
        rest.by_ref().take_while(|n| set_in(n)).count() >= 2
            && next[k..]
                .iter()
                .filter(|n| !lines::is_blank(n))
                .find(|n| !set_in(n))
                .is_some_and(|n| lines::salutation(n).is_some())
    };
    lines::salutation(l).is_some()
        || lines::date_line(l).is_some()
        // `Compare carissimo. Io ebbi ...`: an Italian salutation running into the text.
        || super::italian::run_in_salutation(l).is_some()
        // `ALS: American Philosophical Society`, `MS Morgan Library.`, `Extract in F, V, iv, 432.`: an edition's
        // apparatus on the document printed, under its heading.
        || lines::apparatus(l).is_some()
        // `ALS, NLS-RLS.`, `RC (DLC).`: a documentary edition's note of the copy printed.
        || lines::source_note(l)
        || day_then_salutation()
        || block_then_salutation()
        || lines::iso_line(l).is_some()
        || lines::place_then_date(l, &next[k + 1..]).is_some()
        || lines::month_line(l).is_some()
        // `Cablegram 145 WELLINGTON, 11 May 1941`: a cablegram's number, place and date.
        || super::telegrams::cable_dateline(l).is_some()
        // `Hon. J. K. Wendell          Riverton, June 9, 1858`: the addressee and the date set apart on one line.
        || lines::split_gap(l).is_some_and(|(_, right)| lines::date_line(right).is_some())
        // `Dear General          Head Quarters White plains Novr 8th 1776`: the greeting beside the dateline.
        || super::papers::greeting_beside_date(l).is_some()
        // `BASEL, (about April 2,) 1540.`: a dateline with the editor's approximation.
        || super::collected_lines::approximated_dateline(l.quick_trim())
            .is_some_and(|d| lines::date_line(&d).is_some() || lines::month_line(&d).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_may_name_the_one_addressee_of_a_collection() {
        let reader = |t: &str| collection_reader(t).map(|p| p.name);
        assert_eq!(reader("796                        LETTRES À MADAME HANSKA").as_deref(), Some("Hanska"));
        assert_eq!(reader("Letters to Olivia Langdon").as_deref(), Some("Langdon"));
        assert_eq!(
            reader("Briefe an Felice Bauer und andere Korrespondenz aus der Verlobungszeit").as_deref(),
            Some("Bauer")
        );
        assert_eq!(reader("Lettere a Paolina Leopardi   112").as_deref(), Some("Leopardi"));
        for not in [
            "Letters to his Son",
            "Letters to the Editor",
            "Letters to a Young Poet",
            "Letters from Italy",
            "Briefe an seine Frau",
        ] {
            assert_eq!(reader(not), None, "{not}");
        }
    }

    #[test]
    fn title_lines_name_the_writer() {
        let name = |s: &str| collection_writer(s).map(|p| p.name);
        assert_eq!(name("The Papers of Thomas Jefferson").as_deref(), Some("Jefferson"));
        assert_eq!(name("Papers and Writings of Abraham Lincoln, Volume 5").as_deref(), Some("Lincoln"));
        assert_eq!(name("Papers and Writings of Abraham Lincoln").as_deref(), Some("Lincoln"));
        assert_eq!(name("Charles Darwin: Collected Works").as_deref(), Some("Darwin"));
        assert_eq!(name("MS Yale. Published: Letters, iii, 118 (extract)."), None, "a note on the text");
        assert_eq!(name("J. V. Stalin: Works").as_deref(), Some("Stalin"));
        assert_eq!(name("Briefwisseling van Willem Sterrenburg").as_deref(), Some("Sterrenburg"));
        assert_eq!(name("Briefwisseling van Willem Sterrenburg (1601-1668). Deel 3").as_deref(), Some("Sterrenburg"));
        assert_eq!(name("Brieven van Pieter van Arckel").as_deref(), Some("Arckel"));
        assert_eq!(name("Brieven van de Staten aan de koning").as_deref(), Some("Staten"), "to whom is no writer");
        assert_eq!(name("Correspondence with Winston S. Churchill and Clement R. Attlee"), None);
        assert_eq!(name("War Telegrams"), None);
        assert_eq!(name("Life and Letters of Thomas Huxley").as_deref(), Some("Huxley"));
        assert_eq!(name("The Collected Letters of Elizabeth Gaskell").as_deref(), Some("Gaskell"));
        assert_eq!(name("Papers of John Jay").as_deref(), Some("Jay"));
        assert_eq!(name("The Correspondence of Michael Faraday").as_deref(), Some("Faraday"));
        assert_eq!(name("The Works of Benjamin Franklin").as_deref(), Some("Franklin"));
        assert_eq!(name("Familiar Letters of John Keats").as_deref(), Some("Keats"));
        // Volumes, parts and years after the name.
        assert_eq!(
            name("The Collected Papers of Mary Somerville, Volume II: 1831-1848").as_deref(),
            Some("Somerville")
        );
        assert_eq!(name("Selected Writings of Thomas Paine. Volume 3.").as_deref(), Some("Paine"));
        assert_eq!(name("The Correspondence of William Cowper (1782-1786)").as_deref(), Some("Cowper"));
        assert_eq!(name("Fanny Burney's Letters, edited with notes").as_deref(), Some("Burney"));
        assert_eq!(name("Letters, 1914-1918"), None);
        assert_eq!(name("LETTERS WRITTEN BY THE EARL OF ORRERY TO HIS SON").as_deref(), Some("Earl of Orrery"));
        assert_eq!(name("Letters from Madame de Sevigne to her Daughter").as_deref(), Some("de Sevigne"));
        assert_eq!(name("Letters from the Front"), None);
        assert_eq!(name("Letters from Italy to a Friend"), None);
        assert_eq!(name("The Works of Charles Lamb. Volume VI. Letters.").as_deref(), Some("Lamb"));
        assert!(parties::different_people("Cassandra Austen", "Jane Austen", "Austen"));
        assert!(!parties::different_people("Mrs Austen", "Jane Austen", "Austen"), "a title tells nothing");
        assert!(!parties::different_people("C. Darwin", "Charles Darwin", "Darwin"), "nor does an initial");
        assert!(!parties::different_people("Adams, John", "John Adams", "Adams"), "nor an inverted form");
        assert!(!parties::different_people("The Ambassador in Japan (Grew)", "Joseph Grew", "Grew"), "nor an office");
        // A rank printed after the signature's name is no given name: one man, in the heading and the signature.
        assert!(!parties::different_people("U. S. GRANT Lt. Gen.", "Lt. Gen. Ulysses S. Grant", "Grant"));
        assert!(parties::different_people("Ulysses Grant", "Lt. Gen. Frederick D. Grant", "Grant"));
        assert_eq!(name("The Letters, Papers and Notes of the Committee"), None);
        // A site's title: the name, a dash or a colon, then the kind with its article.
        assert_eq!(name("Odile Ferrand - The Letters").as_deref(), Some("Ferrand"));
        assert_eq!(name("Odile Ferrand: Letters").as_deref(), Some("Ferrand"));
        assert_eq!(name("ODILE FERRAND — THE COLLECTED LETTERS").as_deref(), Some("Ferrand"));
        assert_eq!(name("The Letters of Odile Ferrand").as_deref(), Some("Ferrand"));
        assert_eq!(name("The Letters"), None);
    }

    #[test]
    fn editorial_brackets() {
        assert_eq!(editorial_bracket("[Translation]"), Some("[Translation]"));
        assert_eq!(editorial_bracket("[Page 79]"), None);
        assert!(editorial_bracket("[Received March 3—11:10 a.m.]").is_some());
    }
}
