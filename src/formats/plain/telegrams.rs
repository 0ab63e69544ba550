//! The lines of printed diplomatic document collections (a foreign office's telegrams and despatches, a
//! dominion's cablegrams) around a document's text: the telegram's own number and file reference under the
//! heading (`No. 57 Telegraphic [N 1203/88/30]`), a cablegram's kind, number, place and date on one line
//! (`Cablegram 145 WELLINGTON, 11 May 1941`), the routing sentences that close a telegram (`Repeated to Paris and
//! Cairo.`), a chapter's table of documents, a running page number at the right margin.

use super::lines::{self, DateLine};
use super::words::QuickTrim;

/// Words of a telegram line that say how it went (any case): `Telegraphic`, `Saving`, `by bag`, `en clair`.
const KINDS: [&str; 9] = ["telegraphic", "tel.", "saving", "telegram", "by", "bag", "en", "clair", "circular"];

/// What a telegram line under a heading gives: the designation as printed without its file reference (`No. 57
/// Telegraphic`, `Circular telegram`), and the file reference (`N 1203/88/30`) when it has one.
pub fn telegram_line(line: &str) -> Option<(&str, Option<&str>)> {
    let t = line.quick_trim();
    if t.len() > 120 || !matches!(t.as_bytes().first(), Some(b'N' | b'C' | b'c' | b'T')) {
        return None;
    }
    // `Telegram` alone under a heading (`Telegram.`, `Telegram en clair`): the kind without a number.
    if t.starts_with('T') {
        let rest = t.trim_end_matches('.');
        return (rest.starts_with("Tele") && rest.split(' ').all(kind_word)).then_some((rest, None));
    }
    // The file reference in square brackets at the end.
    let (rest, file) = match t.strip_suffix(']').and_then(|x| x.rfind('[').map(|at| (x, at))) {
        Some((x, at)) => {
            let inner = x[at + 1..].quick_trim();
            let coded = inner.bytes().any(|b| b.is_ascii_digit()) && inner.contains('/');
            if !coded {
                return None;
            }
            (x[..at].quick_trim_end(), Some(inner))
        }
        None => (t, None),
    };
    let rest = rest.trim_end_matches(['.', ',']);
    if rest.is_empty() {
        return None;
    }
    if let Some(kind) = lines::strip_prefix_ci(rest, "circular") {
        // `Circular telegram`, `Circular telegram No. 12`, `Circular`.
        let kind = kind.quick_trim();
        let words_ok = kind.split(' ').all(|w| w.is_empty() || kind_word(w) || numbered(w) || w == "No.");
        return words_ok.then_some((rest, file));
    }
    // `No. 57 Telegraphic`, `No. 233 to Paris, No. 321 to Rome Telegraphic`, `No. 88 Saving`, `No. 212`.
    let mut kinds = false;
    for part in rest.split(", ") {
        let after = part.strip_prefix("No. ")?;
        let (number, tail) = after.split_once(' ').unwrap_or((after, ""));
        if !numbered(number) {
            return None;
        }
        let mut words = tail.split(' ').filter(|w| !w.is_empty()).peekable();
        if words.next_if(|w| *w == "to").is_some() {
            // The post the number is for: capitalised words, up to the kind.
            let place = words.by_ref().take_while(|w| !kind_word(w)).count();
            if place == 0 || place > 3 {
                return None;
            }
            kinds |= tail.split(' ').any(kind_word);
            continue;
        }
        for w in words {
            if !kind_word(w) {
                return None;
            }
            kinds = true;
        }
    }
    // `No. 212` alone is the edition's number: a telegram's needs its kind or its file reference.
    (kinds || file.is_some()).then_some((rest, file))
}

fn kind_word(w: &str) -> bool {
    KINDS.iter().any(|k| w.eq_ignore_ascii_case(k))
}

/// A telegram's number: one to five digits, perhaps after a series' capitals (`D287`, `D.287`).
pub fn numbered(w: &str) -> bool {
    let w = w.trim_end_matches([',', ':']);
    let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = &w[letters..];
    let rest = if letters > 0 { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
    letters <= 3 && (1..=5).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit())
}

/// Words that name a cablegram's kind at the start of its dateline (any case).
const CABLE_KINDS: [&str; 7] = ["cablegram", "cable", "telegram", "savingram", "letter", "despatch", "memorandum"];

/// `Cablegram 145 WELLINGTON, 11 May 1941`, `Circular cablegram D412 LONDON, 15 May 1941, 2.30 a.m.`,
/// `Letter LONDON, 3 June 1940`: the kind with its number (when it has one), then a date line whose place is
/// set in capitals. Gives the designation and the date line.
pub fn cable_dateline(line: &str) -> Option<(&str, DateLine)> {
    let t = line.quick_trim();
    if t.len() > 100 || !t.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let mut at = 0;
    let mut words = t.split(' ');
    let mut first = words.next()?;
    if first.eq_ignore_ascii_case("circular") {
        at += first.len() + 1;
        first = words.next()?;
    }
    if !CABLE_KINDS.iter().any(|k| first.eq_ignore_ascii_case(k)) {
        return None;
    }
    at += first.len() + 1;
    let next = words.next()?;
    if numbered(next) {
        at += next.len() + 1;
    }
    let dated = t.get(at..)?;
    // The place in capitals: the kind's words are not the place's.
    let place_word = dated.split([' ', ',']).next()?;
    if place_word.len() < 2 || !place_word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'.') {
        return None;
    }
    let d = lines::date_line(dated)?;
    d.place.as_ref()?;
    Some((t[..at].quick_trim_end(), d))
}

/// Verbs of a telegram's routing sentence (`Repeated to Paris and Cairo.`, `Sent to Foreign Office.`,
/// `Addressed to Berlin No. 41.`): a sentence of this verb and `to` is no heading.
const ROUTING_VERBS: [&str; 5] = ["repeated", "sent", "addressed", "passed", "copy"];

/// Whether a heading's writer is the verb of a routing sentence.
pub fn routing_verb(writer: &str) -> bool {
    let w = writer.quick_trim();
    ROUTING_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
}

/// Whether a line is a routing sentence: one of [`ROUTING_VERBS`], then `to` and where.
pub fn routing_sentence(line: &str) -> bool {
    if line.len() > 170 {
        return false;
    }
    let t = line.quick_trim();
    let Some((verb, rest)) = t.split_once(' ') else { return false };
    verb.starts_with(|c: char| c.is_ascii_uppercase())
        && t.ends_with('.')
        && routing_verb(verb)
        && rest.starts_with("to ")
        && rest[3..].starts_with(|c: char| c.is_uppercase())
}

/// A running page number at the right margin: digits alone after a wide indent (at least twenty spaces), or after
/// the running head's date set in the middle (`8 Feb 1841          209`, a calendar's head giving the day the page
/// opens with).
pub fn right_page_number(line: &str) -> Option<&str> {
    let indent = line.bytes().take_while(|&b| b == b' ').count();
    if indent < 20 {
        return None;
    }
    let t = line[indent..].quick_trim_end();
    let page = |t: &str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    if page(t) {
        return Some(t);
    }
    let (head, number) = t.rsplit_once("   ")?;
    let head = head.quick_trim_end();
    let dated = head.len() <= 24
        && crate::model::date::scan_date(head).is_some_and(|f| f.len == head.len() && f.year.is_some());
    (dated && page(number)).then_some(number)
}

/// The head of a chapter's table of documents: `No. AND NAME   DATE   MAIN SUBJECT   PAGE`.
pub fn contents_head(line: &str) -> bool {
    let t = line.quick_trim();
    let b = t.as_bytes();
    b.len() <= 160
        && b.get(..12).is_some_and(|h| h.eq_ignore_ascii_case(b"no. and name"))
        && memchr::memmem::find(b, b"SUBJECT").is_some()
}

/// A row of a table of documents (or its wrapped subject): words in columns set apart by wide gaps, or indented.
pub fn contents_row(line: &str) -> bool {
    line.starts_with("  ") || lines::split_gap(line).is_some()
}

/// An archive's reference in square brackets after a document (`[AA : A3195, 1940, 1.4122]`, `[DO 114/113; AA :
/// A1608, 27/1/2]`): an archive's code in capitals, then a series with figures after a colon or a slash. The
/// reference without its brackets.
pub fn archive_bracket(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    let inner = t.strip_prefix('[')?.strip_suffix(']')?.quick_trim();
    let code = inner.bytes().take_while(u8::is_ascii_uppercase).count();
    let b = inner.as_bytes();
    let ok = (2..=5).contains(&code)
        && inner.len() <= 120
        && !inner.contains(['[', ']'])
        && matches!(b.get(code), Some(b' ' | b':'))
        && (inner.contains(" : ") || memchr::memchr(b'/', b).is_some())
        && b.iter().any(u8::is_ascii_digit);
    ok.then_some(inner)
}

/// A web page's furniture around a document, outside its text: `Skip to main content`, the trail of pages above
/// it (`Home > About us > Publications`), a bar of short commands (`Search this site | Print | Share`).
pub fn site_line(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() > 200 || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    if b.len() <= 40 && b[0] == b'S' && lines::strip_prefix_ci(t, "skip to ").is_some() {
        return true;
    }
    // One scan for the marks of both: most lines have neither.
    let Some(mark) = memchr::memchr2(b'>', b'|', b) else { return false };
    if b[mark] == b'>' {
        let trail = t.split(" > ").count();
        return trail >= 3
            && t.split(" > ").all(|item| item.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    }
    if t.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let mut items = t.split('|').map(str::trim);
    items.clone().count() >= 2
        && items.all(|item| {
            !item.is_empty() && item.split(' ').count() <= 4 && item.starts_with(|c: char| c.is_uppercase())
        })
}

/// A web page's furniture that no letter's text holds, wherever it stands: a pager's commands between arrows
/// (`< Previous Page | Next Page >`) and the site's notice at its foot (`Copyright © 2009 ...`, `© The Trustees`).
pub fn site_foot(t: &str) -> bool {
    if let Some(inner) = t.strip_prefix("< ").and_then(|i| i.strip_suffix(" >")) {
        return inner.contains(" | ") && site_line(inner);
    }
    t.len() <= 200 && (t.starts_with("Copyright ©") || t.starts_with('©'))
}

/// The numbers a telegram's designation carries, as they are cited: `No. 19 to Brussels, No. 36 to Oslo
/// Telegraphic` gives `19` and `36`, `Circular cablegram D.412` gives `D412`.
pub fn numbers_of(designation: &str) -> impl Iterator<Item = String> + '_ {
    designation.split([' ', ',']).filter(|w| numbered(w)).map(|w| w.replace('.', ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_feet() {
        assert!(site_foot("< Previous Page | Next Page >"));
        assert!(site_foot("Copyright © eHistory at a university. All Rights Reserved."));
        assert!(site_foot("© The Trustees of the Museum"));
        assert!(!site_foot("< 3 miles >") && !site_foot("<Previous | Next>"));
        assert!(!site_foot("Copyright of the letters rests with the family."));
    }

    #[test]
    fn telegram_lines() {
        assert_eq!(
            telegram_line("No. 611 Telegraphic [C 7712/40/18]"),
            Some(("No. 611 Telegraphic", Some("C 7712/40/18")))
        );
        assert_eq!(
            telegram_line("No. 233 to Paris, No. 321 to Rome Telegraphic [R 12/1/22]").map(|t| t.0),
            Some("No. 233 to Paris, No. 321 to Rome Telegraphic")
        );
        assert_eq!(telegram_line("Circular telegram"), Some(("Circular telegram", None)));
        assert_eq!(telegram_line("No. 88 Saving"), Some(("No. 88 Saving", None)));
        assert_eq!(telegram_line("No. 212 [C 14/4/18]"), Some(("No. 212", Some("C 14/4/18"))));
        assert_eq!(telegram_line("No. 212"), None, "the edition's number");
        assert_eq!(telegram_line("No. 5 was sent yesterday"), None);
        assert_eq!(telegram_line("Circular letters were read"), None);
    }

    #[test]
    fn cable_datelines() {
        let (kind, d) = cable_dateline("Cablegram 212 CANBERRA, 4 June 1940").expect("a cablegram");
        assert_eq!((kind, d.place.as_deref(), d.found.day), ("Cablegram 212", Some("CANBERRA"), 4));
        let (kind, _) = cable_dateline("Circular cablegram D287 LONDON, 7 June 1940, 2.30 a.m.").expect("circular");
        assert_eq!(kind, "Circular cablegram D287");
        assert_eq!(cable_dateline("Letter LONDON, 3 June 1940").map(|c| c.0), Some("Letter"));
        assert!(cable_dateline("Cablegram received in London, 4 June 1940").is_none());
    }

    #[test]
    fn routing_and_numbers() {
        assert!(routing_sentence("Repeated to Paris and Cairo."));
        assert!(routing_sentence("Sent to Foreign Office."));
        assert!(!routing_sentence("Sent to him at once, it reached Paris."));
        assert_eq!(numbers_of("No. 19 to Brussels, No. 36 to Oslo Telegraphic").collect::<Vec<_>>(), ["19", "36"]);
        assert_eq!(numbers_of("Circular cablegram D.412").collect::<Vec<_>>(), ["D412"]);
        assert_eq!(right_page_number(&format!("{}571", " ".repeat(40))), Some("571"));
        assert_eq!(right_page_number("571"), None);
        assert_eq!(right_page_number(&format!("{}8 Feb 1841{}209", " ".repeat(33), " ".repeat(35))), Some("209"));
        assert_eq!(right_page_number(&format!("{}the 8th of February{}209", " ".repeat(33), " ".repeat(5))), None);
        assert_eq!(archive_bracket("[AA : A3195, 1940, 1.4122]"), Some("AA : A3195, 1940, 1.4122"));
        assert_eq!(archive_bracket("[DO 114/113; AA : A1608, 27/1/2]"), Some("DO 114/113; AA : A1608, 27/1/2"));
        assert_eq!(archive_bracket("[1]"), None);
        assert!(site_line("Skip to main content"));
        assert!(site_line("Home > About us > Publications > Volume 3"));
        assert!(site_line("Search this site | Print | Share"));
        assert!(!site_line("He went home > and slept."));
        assert!(!site_line("The ratio was 3 | 4 in the end."));
        assert_eq!(archive_bracket("[See Document 12]"), None);
    }
}
