//! What a single line of a plain-text letter file is, read on its own: the small fixed shapes around a letter
//! (`No. 28`, `Received on ...`, a classification, a date line, `Source: ...`, `* * *`, a footnote item, a page
//! marker alone). Headings have their own module; anything else is body text.

use super::words::QuickTrim;
use super::words::{Lexicon, has_digit, lower_is, with_lowercase};
use crate::model::Date;
use crate::model::date::{Found, may_end_date, names_month, scan_date};
use crate::model::weekdays::{is_time_of_day, is_weekday};

pub use super::words::strip_prefix_ci;

/// Whether a line holds nothing but spaces (including no-break and other Unicode spaces).
pub fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ') || line.chars().all(char::is_whitespace)
}

/// The first byte of a line's text in lower case (ASCII), read without trimming its end: the small shapes are
/// told apart by it before the line is trimmed (the end of a line that ends in a wide character takes decoding).
pub fn first_lower(line: &str) -> Option<u8> {
    line.quick_trim_start().as_bytes().first().map(u8::to_ascii_lowercase)
}

/// `No. 28`, `No 28`, `№ 28`, `Núm. 28`, `N.º 28`: the collection number.
pub fn number_line(line: &str) -> Option<&str> {
    // `No`, `№` (its first byte E2) or a document word (`letter`, `epistle`, `document`) comes first, or a
    // series code's capital.
    let first = line.bytes().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| b.is_ascii_uppercase() && line.len() <= 16)
        && let Some(n) = series_code(line.quick_trim()).or_else(|| cited_number(line.quick_trim()))
    {
        return Some(n);
    }
    let lead = first_lower(line);
    if !matches!(lead, Some(b'n' | b'l' | b'e' | b'd' | b'c' | 0xe2)) {
        return None;
    }
    let t = line.quick_trim();
    // A document word opens with `l`, `e`, `d` or `c`; `No`, `Núm.`, `N.º` and `№` with none of them.
    if matches!(lead, Some(b'l' | b'e' | b'd' | b'c')) {
        return numbered_document(t);
    }
    let rest = ["No.", "No ", "№", "Núm.", "Num.", "N.º", "N.°", "Nr."].iter().find_map(|p| t.strip_prefix(p))?;
    let n = rest.quick_trim().trim_end_matches('.');
    let ok = !n.is_empty()
        && n.len() <= 8
        && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    // `No. IV.`: an exchange's number in roman figures.
    let roman = || rest.starts_with(' ') && !n.is_empty() && n.len() <= 8 && n.bytes().all(|b| b"IVXLCDM".contains(&b));
    (ok || roman()).then_some(n)
}

/// `No. 643 NAI DFA 26/94`: a web edition's document number, then the archive's reference for the document (a code
/// in capitals first, a figure somewhere). The number and the reference.
pub fn number_and_file(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim();
    let rest = ["No. ", "No "].iter().find_map(|p| t.strip_prefix(p))?.quick_trim_start();
    let (n, file) = rest.split_once(' ')?;
    let n = n.trim_end_matches('.');
    let file = file.quick_trim();
    let code = file.split(' ').next().unwrap_or("");
    let ok = (1..=6).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && file.len() <= 60
        && (2..=6).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && has_digit(file.as_bytes());
    ok.then_some((n, file))
}

/// `1673`, `2.`: a number of one to five digits alone on its line.
/// An edition's number may join the year's figures and the letter's of that year (`44-5`).
pub fn bare_number(line: &str) -> Option<&str> {
    let n = line.quick_trim().trim_end_matches('.');
    let figures = |p: &str| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let yearly = || n.split_once('-').is_some_and(|(y, k)| y.len() <= 4 && figures(y) && k.len() <= 4 && figures(k));
    (figures(n) || yearly()).then_some(n)
}

/// `CCXII.`, `XL.`: an edition's number in roman figures (capitals) with its full stop, alone on its line.
pub fn roman_number(line: &str) -> Option<&str> {
    let t = line.quick_trim().strip_suffix('.')?;
    ((1..=9).contains(&t.len()) && t.bytes().all(|b| b"IVXLCDM".contains(&b))).then_some(t)
}

/// `L412`, `J 88`, `EL 7a`: an edition's code for a letter, a capital or two and a number of one to five figures
/// (perhaps a space between, a small letter after), alone on its line.
pub fn edition_code(line: &str) -> Option<&str> {
    let t = line.quick_trim().trim_end_matches('.');
    let b = t.as_bytes();
    let caps = b.iter().take(3).take_while(|c| c.is_ascii_uppercase()).count();
    let start = caps + usize::from(b.get(caps) == Some(&b' '));
    let digits = b[start..].iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    let end = start + digits + usize::from(b.get(start + digits).is_some_and(u8::is_ascii_lowercase));
    ((1..=2).contains(&caps) && (1..=5).contains(&digits) && end == b.len()).then_some(t)
}

/// `NOTES`, `Notes.`, `Endnotes`, `Anmerkungen:` alone on a line: the head of a list of notes.
pub fn notes_head(line: &str) -> bool {
    let t = line.quick_trim().trim_end_matches(['.', ':']);
    // The word in English, German, Danish and Swedish (`Noter`), Dutch (`Noten`), Spanish and Portuguese (`Notas`).
    const HEADS: [&str; 7] = ["notes", "footnotes", "endnotes", "anmerkungen", "noter", "noten", "notas"];
    // A definitive edition's apparatus under each letter, its heads in capitals (`MANUSCRIPT`, `EDITIONS`,
    // `TEXTUAL NOTES`).
    const APPARATUS: [&str; 4] = ["MANUSCRIPT", "MANUSCRIPTS", "EDITIONS", "TEXTUAL NOTES"];
    t.len() <= 11 && HEADS.iter().any(|w| t.eq_ignore_ascii_case(w)) || t.len() <= 13 && APPARATUS.contains(&t)
}

/// `Fam. XI, 2.`, `Ep. 23`, `Att. XII. 40`: a letter's place in a collected work, as a humanist's or a classical
/// edition numbers it: the work's short name with its stop, perhaps a book in roman figures, then the letter's
/// number, alone on its line.
pub fn work_number(line: &str) -> Option<&str> {
    let t = line.quick_trim().trim_end_matches('.');
    let b = t.as_bytes();
    let word = b.iter().skip(1).take_while(|c| c.is_ascii_lowercase()).count();
    if t.len() > 24 || !b.first().is_some_and(u8::is_ascii_uppercase) || !(1..=6).contains(&word) {
        return None;
    }
    let rest = t[1 + word..].strip_prefix(". ")?;
    let roman = rest.bytes().take_while(|c| b"IVXLC".contains(c)).count();
    let number = match roman {
        0 => rest,
        _ => rest[roman..].strip_prefix(", ").or_else(|| rest[roman..].strip_prefix(". "))?,
    };
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &number.as_bytes()[digits..];
    ((1..=4).contains(&digits) && (tail.is_empty() || tail.len() == 1 && tail[0].is_ascii_lowercase())).then_some(t)
}

/// `1 Source: ...`, `12 [Not printed.]`, `¹ The letter was delivered ...`: a note whose number (in figures or
/// superscript) is set apart by a space only (label in ASCII digits, text).
pub fn bare_note(line: &str) -> Option<(std::borrow::Cow<'_, str>, &str)> {
    let t = line.quick_trim();
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    let (label, rest) = match n {
        0 => {
            let (digits, len) = super::words::superscript_run(t)?;
            (std::borrow::Cow::Owned(digits), &t[len..])
        }
        _ => (std::borrow::Cow::Borrowed(&t[..n]), &t[n..]),
    };
    let text = rest.strip_prefix(' ')?;
    let opens = text.starts_with(|c: char| c.is_uppercase() || matches!(c, '[' | '“' | '"'));
    ((1..=3).contains(&label.len()) && opens).then_some((label, text))
}

/// `R-115`, `C-46`, `C-151/1`: an edition's code for a letter, a series letter or two and a number, alone on its
/// line (a two-way correspondence numbers each writer's letters in a series of its own).
fn series_code(t: &str) -> Option<&str> {
    let t = t.trim_end_matches('.');
    let (series, n) = t.split_once('-')?;
    let n_ok = n.len() <= 8
        && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b.is_ascii_lowercase());
    ((1..=2).contains(&series.len()) && series.bytes().all(|b| b.is_ascii_uppercase()) && n_ok).then_some(t)
}

/// `Fam. XXI, 10.`, `Ep. XLIX.`, `Sen. V, 2.`: the way an edition of a classical collection cites the letter, its
/// work cut short, its book in Roman figures and perhaps its number in the book. Gives the book and the number.
fn cited_number(t: &str) -> Option<&str> {
    let (work, n) = t.split_once(". ")?;
    let work_ok = (2..=5).contains(&work.len())
        && work.starts_with(|c: char| c.is_ascii_uppercase())
        && work[1..].bytes().all(|b| b.is_ascii_lowercase())
        && !super::parties::is_title(work);
    let n = n.trim_end_matches('.');
    let (book, number) = n.split_once(", ").unwrap_or((n, ""));
    let book_ok = !book.is_empty() && book.len() <= 8 && book.bytes().all(|b| b"IVXLCDM".contains(&b));
    let number_ok = number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit());
    (work_ok && book_ok && number_ok).then_some(n)
}

/// `LETTER XLII.`, `Letter 12`, `EPISTLE IV`, `LETTRE XII.`, `Lettera 12.`, `CARTA IV.`: a document word and its
/// number alone on a line, numbering the letter whose heading (or opening) follows.
fn numbered_document(t: &str) -> Option<&str> {
    let (word, n) = t.split_once(' ')?;
    let words = ["letter", "epistle", "document", "lettre", "lettera", "carta", "epistola"];
    if !words.iter().any(|d| d.eq_ignore_ascii_case(word)) {
        return None;
    }
    let n = n.quick_trim().trim_end_matches('.');
    let arabic = !n.is_empty() && n.len() <= 5 && n.bytes().all(|b| b.is_ascii_digit());
    let roman = !n.is_empty()
        && n.len() <= 8
        && (n.bytes().all(|b| b"IVXLCDM".contains(&b)) || n.bytes().all(|b| b"ivxlcdm".contains(&b)));
    (arabic || roman).then_some(n)
}

/// Whether a `Received on`/`Sent on` line says received or sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    Received,
    Sent,
}

/// `Received on January 5, 1942`, `Sent on January 8, 1942`, `Received January 5, 1942`.
pub fn stamp_line(line: &str) -> Option<(Stamp, Found)> {
    if !matches!(first_lower(line), Some(b'r' | b's')) {
        return None;
    }
    let t = line.quick_trim();
    let (stamp, rest) = if let Some(r) = strip_prefix_ci(t, "received") {
        (Stamp::Received, r)
    } else if let Some(r) = strip_prefix_ci(t, "sent") {
        (Stamp::Sent, r)
    } else {
        return None;
    };
    let rest = rest.quick_trim_start();
    let rest = strip_prefix_ci(rest, "on ").unwrap_or(rest);
    let found = scan_date(rest.quick_trim_start())?;
    found.year?;
    Some((stamp, found))
}

/// Words a classification line is made of.
const CLASSIFICATION_WORDS: &[&str] = &[
    "personal",
    "and",
    "secret",
    "most",
    "top",
    "confidential",
    "strictly",
    "private",
    "urgent",
    "immediate",
    "only",
    "for",
    "your",
    "eyes",
    "very",
    "priority",
    "operational",
    "niact",
    "routine",
    "flash",
    "restricted",
    "classified",
];

/// The words of a classification line ([`CLASSIFICATION_WORDS`], bit 1), its key words among them (bit 2).
static CLASSIFICATION: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
    Lexicon::new(&[
        (CLASSIFICATION_WORDS, 1),
        (&["secret", "personal", "confidential", "private", "priority", "restricted", "urgent"], 2),
    ])
});

/// Whether a classification line may hold the word `w` (compared in any ASCII case).
pub fn classification_word(w: &str) -> bool {
    CLASSIFICATION.kinds_ascii(w) != 0
}

/// `Personal and Most Secret`, `TOP SECRET`, `Secret and Personal.`, `(Confidential)` in a web edition's brackets.
pub fn classification_line(line: &str) -> Option<&str> {
    let t = line.quick_trim().trim_end_matches('.');
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).map_or(t, QuickTrim::quick_trim);
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    // Each word is in the list; a key word says the line is a classification.
    let mut any_key = false;
    for w in super::words::words_of(t) {
        let kinds = CLASSIFICATION.kinds_ascii(w);
        if kinds == 0 {
            return None;
        }
        any_key |= kinds & 2 != 0;
    }
    any_key.then_some(t)
}

/// Whether `raw` may be a classification line once its markers are taken out. Taking markers out only deletes
/// (numbers, stars, crosses, daggers, superscripts, bracketed numbers, page markers), and none of the ASCII
/// punctuation it deletes is other than `.`, `-`, `*`, `+` and brackets, which a classification's words lack.
pub fn may_be_classification(raw: &str) -> bool {
    // Every byte looked at, without an early exit: a loop the compiler vectorizes.
    !raw.bytes()
        .fold(false, |acc, b| acc | b.is_ascii_punctuation() & !matches!(b, b'.' | b'-' | b'*' | b'+' | b'[' | b']'))
}

/// `Source: ...` or `Source : ...`: the text after the colon.
pub fn source_line(line: &str) -> Option<&str> {
    let t = line.quick_trim_start();
    if let Some(rest) = strip_prefix_ci(t, "source") {
        return rest.quick_trim_start().strip_prefix(':').map(str::trim);
    }
    if source_note(t) || bracketed_endorsement(t) {
        return Some(t.quick_trim_end());
    }
    what_it_is_printed_from(t, false)
}

/// `[Endorsed] Recd 9th April 1813. Ansd 12th April`, `[Docketed:] ...`: an editor's bracketed label for what was
/// written on the document, after its text.
fn bracketed_endorsement(t: &str) -> bool {
    const LABELS: [&str; 7] = ["endorsed", "endorsement", "docketed", "docket", "addressed", "address", "notation"];
    let Some(inner) = t.strip_prefix('[') else { return false };
    let Some(close) = inner.as_bytes().iter().take(14).position(|&b| b == b']') else { return false };
    let label = inner[..close].trim_end_matches([':', '.']);
    LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
}

/// `RC (MHi: Adams Papers); endorsed: ...`, `LbC (Adams Papers).`, `Dft (DLC: Jefferson Papers).`: an edition's
/// note on the document printed, opening with the kind of copy (recipient's copy, draft, letterbook copy, ...) and
/// the archive in brackets. Only the opening bytes are looked at.
pub fn source_note(line: &str) -> bool {
    const KINDS: [&str; 22] = [
        "RC", "Dft", "FC", "LbC", "Lb", "LB", "Tr", "MS", "ALS", "LS", "AL", "ADfS", "ADf", "Df", "Copy", "Extract",
        "PrC", "TLS", "TL", "ADS", "DS", "Dupl",
    ];
    let t = line.quick_trim_start();
    if t.len() > 300 {
        return false;
    }
    // `ALS, THi (7-0871). Published in ...`, `LS, DLC.`: the kind, a comma, the archive's siglum (`DLC`, `THi`,
    // `NjP`: a capital, then letters, no word of text).
    let sigla = || {
        // The kind is a short word: its comma comes within the first bytes.
        let Some(comma) = t.as_bytes().iter().take(8).position(|&b| b == b',') else { return false };
        let (kind, rest) = (&t[..comma], t[comma + 1..].strip_prefix(' ').unwrap_or("\u{0}"));
        let code = rest.split([' ', '.', ',', ';', ':', '(']).next().unwrap_or("");
        // `DLC-USG`: a library's siglum and its collection's.
        KINDS.contains(&kind)
            && (2..=12).contains(&code.len())
            && code.starts_with(|c: char| c.is_ascii_uppercase())
            && code.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            && !code.ends_with('-')
            && code.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    };
    let Some(open) = t.as_bytes().iter().take(9).position(|&b| b == b'(') else { return sigla() };
    open >= 3 && t.as_bytes()[open - 1] == b' ' && KINDS.contains(&&t[..open - 1]) || sigla()
}

/// An edition's apparatus printed between a letter's heading and its text: where the document is and what it is
/// (`ALS: American Philosophical Society`, `LS:1 Archives ...`, `MS. British Museum. Hitherto unpublished.`, an
/// archive's reference in brackets `[NA, GLO, Misc. Lets. Recd., V-1]`), its address, postmark, endorsement or
/// docket (`Address: Mr. Thomas Poole | Nether Stowey`, `Postmark: 29 March 1799.`). Read only there: after the
/// text such a line may be the text's own.
pub fn apparatus(line: &str) -> Option<&str> {
    const LABELS: [&str; 9] = [
        "Address:",
        "Addressed:",
        "Postmark:",
        "Post-mark:",
        "Endorsed:",
        "Endorsement:",
        "Docketed:",
        "Docket:",
        // The editor's reasons for a date (`Date: the Thursday after ...`), where no date is the whole value.
        "Date:",
    ];
    const KINDS: [&str; 10] = ["ALS", "LS", "AL", "ADS", "ADfS", "DS", "Dft", "Copy", "Draft", "Transcript"];
    let t = line.quick_trim();
    let b = t.as_bytes();
    // `(Reply to Letter 12)`, `[Answer to No. 603.]`: the editor's statement of the letter answered (read from the
    // source when the letter is finished).
    if matches!(b.first(), Some(b'(' | b'['))
        && b.len() <= 80
        && let Some(inner) = t[1..].strip_suffix([')', ']'])
        && super::editor_answer::stated(inner).is_some()
    {
        return Some(t);
    }
    if b.len() > 300 || !b.first().is_some_and(|&c| c.is_ascii_uppercase() || c == b'[') {
        return None;
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        // An archive's code in capitals, then its series after a comma or colon: `NA, SD, Terr. Papers`.
        let code = inner.bytes().take_while(u8::is_ascii_uppercase).count();
        let after = inner.as_bytes().get(code..).unwrap_or_default();
        let coded = (2..=5).contains(&code) && (after.starts_with(b", ") || after.starts_with(b" : "));
        return (coded && inner.len() <= 120 && !inner.contains(['[', ']'])).then_some(inner);
    }
    if LABELS.iter().any(|l| t.starts_with(l)) {
        return Some(t);
    }
    // `From the original in IEE MS SC 2`, `From a copy in the Public Record Office`: where the text printed is.
    if b[0] == b'F'
        && let Some(at) = what_it_is_printed_from(t, true)
    {
        return Some(at);
    }
    let word = t.split([' ', ':']).next().unwrap_or_default();
    let after = &t[word.len()..];
    // `Extract in F, II, ix, 163.`, `Text from N, I, 290.`: where the text printed was taken from.
    let printed_in = || {
        (matches!(word, "Extract" | "Extracts" | "Text" | "Summary" | "Facsimile" | "Copy" | "Mention")
            // A Dutch edition's: `Handschrift in Leiden, UB, ...`, `Minuut in ...`, `Gedrukt in ...`.
            || matches!(word, "Handschrift" | "Minuut" | "Afschrift" | "Kopie" | "Copie" | "Gedrukt" | "Concept" | "Klad"))
            && [" in ", " from "].iter().any(|p| {
                // `in 's-Gravenhage`: a Dutch place opens with its article's apostrophe.
                let place = |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '\'' | '’');
                after.strip_prefix(p).is_some_and(|r| r.starts_with(place))
            })
    };
    let manuscript = matches!(word, "MS." | "MSS.") && after.starts_with(' ') && after[1..].starts_with(char::is_uppercase)
            || matches!(word, "MS" | "MSS") && after.starts_with(' ') && holder(&after[1..])
            // `MS: Yale.`, `MS: National Library of Scotland. Extract published: ...`.
            || matches!(word, "MS" | "MSS") && after.starts_with(": ") && holder(&after[2..])
            // `Ms. Lov., A 301, fos 12-15.`, `Ms. Arsenal, 2, fo 8.`: a French edition's, its folios in figures, no
            // word in small letters but the folio's (no sentence about a Ms. Smith).
            || matches!(word, "Ms." | "Mss.")
                && t.len() <= 60
                && t.ends_with('.')
                && after.starts_with(' ')
                && after[1..].starts_with(char::is_uppercase)
                && after.bytes().any(|b| b.is_ascii_digit())
                && after.split_whitespace().all(|w| !w.starts_with(char::is_lowercase) || w.len() <= 3);
    // `Text MS Dartmouth; Watts 116`, `Text TS Yale; Jean-Aubry 1, 270`: a collected edition's line on the copy
    // its text is printed from.
    let text_from = || {
        word == "Text"
            && ["MS ", "TS ", "MS copy ", "Copy ", "Draft ", "Telegram "]
                .iter()
                .any(|k| after.strip_prefix(' ').is_some_and(|a| a.starts_with(k)))
    };
    (manuscript || KINDS.contains(&word) && after.starts_with(':') || printed_in() || text_from() || autograph(t))
        .then_some(t)
}

/// `Autógrafo. Museo Nacional del Prado, Archivo`, `Autograph: SBB PK, Mus. Nachl. R. Schumann 4`: the editor's
/// word for the writer's own hand, then where it is kept (a capital after it).
pub fn autograph(t: &str) -> bool {
    const WORDS: [&str; 5] = ["Autógrafo", "Autografo", "Autograph", "Autographe", "Autograf"];
    let Some(after) = WORDS.iter().find_map(|w| t.strip_prefix(w)) else { return false };
    let rest = after.strip_prefix(". ").or_else(|| after.strip_prefix(": "));
    t.len() <= 200 && rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// `Morgan Library.`, `Free Library of Philadelphia. Address: ...`: where a manuscript is, after `MS` without its
/// stop: a first sentence of a few capitalised words (or links between them), ended by a full stop.
fn holder(t: &str) -> bool {
    let first = t.split(". ").next().unwrap_or(t);
    let Some(name) = first.strip_suffix('.').or_else(|| (first.len() < t.len()).then_some(first)) else {
        return false;
    };
    let mut words = 0;
    name.split_whitespace().all(|w| {
        words += 1;
        w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "de" | "du" | "in")
    }) && (1..=8).contains(&words)
}

/// `From a photostat: G.N. 1234`, `From a copy: C.W. 9876`, `From the original.`: a collected works' line on what
/// the text was printed from (the whole line is the source). The document's kind comes right after the article,
/// then a colon or the line's end; or, when `located` (under a heading only: in a text it may open a sentence),
/// where it is kept (`From the original in the Royal Institution`).
fn what_it_is_printed_from(t: &str, located: bool) -> Option<&str> {
    let t = t.quick_trim_end();
    let rest = strip_prefix_ci(t, "from ")?;
    let rest = strip_prefix_ci(rest, "a ")
        .or_else(|| strip_prefix_ci(rest, "an "))
        .or_else(|| strip_prefix_ci(rest, "the "))?;
    let kinds = [
        "photostat",
        "copy",
        "original",
        "manuscript",
        "draft",
        "facsimile",
        "microfilm",
        "transcript",
        "typescript",
        "photocopy",
        "letter-book",
        "letterbook",
        "press",
        "carbon",
        "autograph",
        "file",
    ];
    let end = rest.find([':', ' ', '.']).unwrap_or(rest.len());
    let kind = &rest[..end];
    let after = rest[end..].quick_trim_start();
    // `From a copy: ...` or `From the original.`; `From a carbon copy: ...`, `From a press copy.`
    let after = match after.strip_prefix("copy") {
        Some(more) if ["carbon", "press"].contains(&kind) => more,
        _ => after,
    };
    let known = kinds.iter().any(|k| kind.eq_ignore_ascii_case(k));
    let shaped = after.starts_with(':') || after.is_empty() || after == "." || located && after.starts_with("in ");
    (known && shaped && t.len() <= 120).then_some(t)
}

/// `* * *`, `***`, `---`, `___`: a separator between letters.
pub fn separator_line(line: &str) -> bool {
    if !matches!(first_lower(line), Some(b'*' | b'-' | b'_' | b'=' | b'~')) {
        return false;
    }
    let t = line.quick_trim();
    if !t.starts_with(['*', '-', '_', '=', '~']) || t.len() > 80 {
        return false;
    }
    let marks = t.bytes().filter(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b'~')).count();
    marks >= 3 && t.bytes().all(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b'~' | b' '))
}

/// A page marker alone on its line: `[Page 740]`.
pub fn page_line(line: &str) -> Option<&str> {
    if first_lower(line) != Some(b'[') {
        return None;
    }
    let t = line.quick_trim();
    if !t.starts_with('[') || !t.ends_with(']') {
        return None;
    }
    page_label(t[1..t.len() - 1].quick_trim()).or_else(|| bare_page(t))
}

/// `[13]` alone on its line: a printed page's number as an online edition keeps it between paragraphs. Gives the
/// number.
pub fn bare_page(line: &str) -> Option<&str> {
    let inner = line.quick_trim().strip_prefix('[')?.strip_suffix(']')?;
    ((1..=4).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit())).then_some(inner)
}

/// The label inside a page marker's brackets: `Page 740` and `p. 12a` give `740` and `12a`. Shared by the
/// marker alone on its line and the marker inside a paragraph.
pub fn page_label(body: &str) -> Option<&str> {
    let rest = strip_prefix_ci(body, "page").or_else(|| strip_prefix_ci(body, "p."))?;
    let label = rest.trim_start_matches([' ', '.']);
    let ok = label.len() <= 10
        && label.bytes().next().is_some_and(|x| x.is_ascii_alphanumeric())
        && label.bytes().all(|x| x.is_ascii_alphanumeric() || x == b'-');
    ok.then_some(label)
}

/// A footnote item: its label, its text, and whether the line was indented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub label: &'a str,
    pub text: &'a str,
    pub indented: bool,
}

/// `  1. Copy of telegram ...`, `2. Reference ...`, `* The message ...`: a numbered or starred item.
/// Whether it is a footnote or a numbered paragraph is the caller's call (indentation, place after the body).
pub fn item_line(line: &str) -> Option<Item<'_>> {
    let indented = line.starts_with([' ', '\u{a0}']);
    let t = line.quick_trim_start();
    let b = t.as_bytes();
    // `(1) Not found.`: a note numbered in brackets, as older printings set them under a letter.
    if b.first() == Some(&b'(')
        && let Some(close) = t.find(')')
        && (2..=4).contains(&close)
        && t[1..close].bytes().all(|x| x.is_ascii_digit())
        && t[close + 1..].starts_with(' ')
    {
        let text = t[close + 1..].quick_trim();
        return (!text.is_empty()).then_some(Item { label: &t[1..close], text, indented });
    }
    // `[Footnote 1: She had been ill.]`: an e-book's note, in brackets with its label.
    if let Some(rest) = t.strip_prefix("[Footnote ")
        && let Some((label, text)) = rest.split_once(':')
        && (1..=4).contains(&label.len())
        && label.bytes().all(|x| x.is_ascii_alphanumeric())
    {
        let text = text.quick_trim();
        let text = if text.ends_with(']') && !text.contains('[') { &text[..text.len() - 1] } else { text };
        return (!text.is_empty()).then_some(Item { label, text, indented });
    }
    if b.first() == Some(&b'[')
        && let Some(close) = t.find(']')
        && (2..=5).contains(&close)
        && t[1..close].bytes().all(|x| x.is_ascii_alphanumeric())
        && t[1..close].bytes().next().is_some_and(|x| x.is_ascii_digit())
        && t[close + 1..].starts_with(' ')
    {
        let text = t[close + 1..].quick_trim();
        return (!text.is_empty()).then_some(Item { label: &t[1..close], text, indented });
    }
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if n > 0 {
        if n > 3 {
            return None;
        }
        let rest = &t[n..];
        let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
        if !rest.starts_with(' ') {
            return None;
        }
        let text = rest.quick_trim();
        return (!text.is_empty()).then_some(Item { label: &t[..n], text, indented });
    }
    if let Some(rest) = t.strip_prefix('†').or_else(|| t.strip_prefix('‡')) {
        let text = rest.quick_trim();
        let label = &t[..t.len() - rest.len()];
        return (rest.starts_with(' ') && !text.is_empty()).then_some(Item { label, text, indented });
    }
    let stars = b.iter().take_while(|&&x| x == b'*').count();
    // `*) Die Abschrift ...`: a German edition's star closes with a bracket.
    let closed = usize::from(stars > 0 && t[stars..].starts_with(") "));
    if stars > 0 && stars <= 4 {
        let text = t[stars + closed..].quick_trim();
        if text.is_empty()
            || text.starts_with('*')
            || !t[stars + closed..].starts_with(' ') && !t[stars..].starts_with(char::is_alphabetic)
        {
            return None;
        }
        return Some(Item { label: &t[..stars], text, indented });
    }
    None
}

/// What a metadata line (`Title: ...`, `From: Knox, Henry`, `To: ...`, `Date: ...`) says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta {
    Title,
    From,
    To,
    Date,
}

/// `Title: From George Washington to Henry Knox`, `From: Washington, George`, `Author: ...`, `Recipient: ...`,
/// `Date: 1787-03-05`, `Sent: ...`: an archive portal's (or a mail program's) metadata line, with its value.
pub fn metadata_line(line: &str) -> Option<(Meta, &str)> {
    // A colon among the first bytes, looked for before the line is trimmed (too few bytes for memchr).
    let start = line.quick_trim_start().as_bytes();
    if !start[..start.len().min(13)].iter().fold(false, |acc, &b| acc | (b == b':')) {
        return None;
    }
    let t = line.quick_trim();
    let colon = t.bytes().take(13).position(|b| b == b':')?;
    let value = t[colon + 1..].quick_trim();
    if value.is_empty() || value.len() > 300 {
        return None;
    }
    let name = t[..colon].quick_trim();
    let is = |keys: &[&str]| keys.iter().any(|k| name.eq_ignore_ascii_case(k));
    let key = if is(&["title"]) {
        Meta::Title
    } else if is(&["from", "author", "sender", "writer", "creator"]) {
        Meta::From
    } else if is(&["to", "recipient", "addressee"]) {
        Meta::To
    } else if is(&["date", "sent"]) {
        // `Sent: Tuesday, March 3, 2009 10:15 AM`: a message printed from a mail program.
        Meta::Date
    } else {
        return None;
    };
    Some((key, value))
}

/// The labels an archive portal prints over a document's text (`Citation:`, `Summary:`, `Original Language:`).
const PORTAL_LABELS: [&str; 18] = [
    "citation",
    "source status",
    "location",
    "provenance",
    "copy-text",
    "summary",
    "original language",
    "language",
    "contents",
    "description",
    "abstract",
    "keywords",
    "subjects",
    "rights",
    "credits",
    "repository",
    "collection",
    "extent",
];

/// `Summary:` alone (its value on the lines after it) or `Original Language: Russian`: an archive portal's label
/// over a document, with its value on the line when there is one.
pub fn portal_label(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim();
    let colon = memchr::memchr(b':', &t.as_bytes()[..t.len().min(20)])?;
    let label = &t[..colon];
    let value = t[colon + 1..].quick_trim();
    // `Date: The letter was written a few days before ...`: an editor's reasoning on the date, in words; a date
    // after the label is the metadata's (`Date: 5 December 1883`).
    let reasoning = || label.eq_ignore_ascii_case("date") && value.split(' ').count() > 6 && date_line(value).is_none();
    (PORTAL_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) || reasoning()).then_some((label, value))
}

/// The labels of an editor's notes under a letter's text (`Manuscript: ...`, `Publication: ...`, `Dated: ...`).
/// (A portal's `Transcription:` or `Text:` stands over the letter's text, and is none of them.)
const NOTE_LABELS: [&str; 20] = [
    // A Dutch edition's address under the letter (`Adres: Mijn Heer, Mijn Heer ...`).
    "adres",
    "manuscript",
    "notation",
    "ms",
    "mss",
    "publication",
    "published",
    "printed",
    "dated",
    "dating",
    "copy text",
    "endorsed",
    "endorsement",
    "docket",
    "docketed",
    "address",
    "addressed",
    "postmark",
    "postmarked",
    "watermark",
];

/// `Manuscript: Wren papers, box 4.`, `Dated: by the postmark.`: an editor's labelled note under a letter's text
/// (a label of [`NOTE_LABELS`] with its value on the line), with its value.
pub fn note_label(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim();
    let colon = memchr::memchr(b':', &t.as_bytes()[..t.len().min(20)])?;
    let label = &t[..colon];
    let value = t[colon + 1..].quick_trim();
    (!value.is_empty() && NOTE_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))).then_some((label, value))
}

/// A date line: the date, and the place printed before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    pub found: Found,
    pub place: Option<String>,
}

/// A line that is a date and nothing else, perhaps after a place and before a time: `July 18, 1941`,
/// `January 11th, 1943.`, `Moscow, July 18, 1941`, `[Moscow,] August 22, 1945.`, `Braintree Feb. 3. 1790.`,
/// `The Kremlin, Moscow, 18 July 1941`, `July 4, 1863—10 p.m.`. Needs a year.
pub fn date_line(line: &str) -> Option<DateLine> {
    date_lines(line).0
}

/// `LONDON, April 26, O. S. 1748.`: the line without its calendar mark (Old or New Style), when it has one. Only
/// short lines are looked at, as only they can be date lines.
fn without_style_mark(line: &str) -> Option<String> {
    // Every mark holds `S.`: a line without one is not searched for each.
    let b = line.as_bytes();
    if line.len() > 100 || !memchr::memchr_iter(b'S', b).any(|at| b.get(at + 1) == Some(&b'.')) {
        return None;
    }
    let mark = ["O. S. ", "N. S. ", "O.S. ", "N.S. ", ", O. S.", ", N. S.", ", O.S.", ", N.S."]
        .iter()
        .find(|m| line.contains(*m))?;
    Some(line.replacen(mark, "", 1))
}

/// A date line whose year is on the next line: `[Moscow,] August 22,` then `1945.`.
#[cfg(test)]
pub fn date_line_without_year(line: &str) -> Option<DateLine> {
    date_lines(line).1
}

/// `t.trim_end_matches(['.', ','])`, read as bytes (both are ASCII, so the cut is a character's edge).
fn without_final_stops(t: &str) -> &str {
    // `London, 25 May, 1834—`: a dash after the date, as a writer ran on into the text.
    let t = t.strip_suffix('—').unwrap_or(t);
    let n = t.bytes().rev().take_while(|&b| b == b'.' || b == b',').count();
    &t[..t.len() - n]
}

/// `Camden | Tuesday afternoon | Oct. 7, '73`, `Camden, New Jersey | Oct. 10, '73 | 322 Stevens st.`: a dateline
/// whose printed lines an edition joins with `|`. Read as its place (the first part, without figures) and its date
/// (the one part with a month and a figure); the day of the week, the hour and an address after the date are left
/// out. `None` when the line has no such parts.
pub fn piped_dateline(line: &str) -> Option<String> {
    let t = line.quick_trim();
    if t.len() > 120 || memchr::memmem::find(t.as_bytes(), b" | ").is_none() {
        return None;
    }
    let parts: Vec<&str> = t.split(" | ").map(QuickTrim::quick_trim).collect();
    if parts.len() > 4 || parts.iter().any(|p| p.is_empty() || p.len() > 48) {
        return None;
    }
    let dated = |p: &str| has_digit(p.as_bytes()) && names_month(p);
    let mut dates = parts.iter().enumerate().filter(|(_, p)| dated(p));
    let (at, date) = dates.next()?;
    if dates.next().is_some() {
        return None;
    }
    let place = parts[0];
    let placed = at > 0 && !has_digit(place.as_bytes()) && !is_weekday(place) && !is_time_of_day(place);
    Some(if placed { format!("{place}, {date}") } else { date.to_string() })
}

/// `2 avril 1762, aux Délices`, `4 avril [1762], aux Délices`, `5 April 1762, at Ferney`: a definitive edition's
/// dateline, the date first and the place after it (perhaps after its preposition), a few capitalised words.
fn date_then_place(t: &str) -> Option<DateLine> {
    // It ends with its place's letters, after the last comma (found without a searcher built for each line).
    if !t.as_bytes().last().is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80) {
        return None;
    }
    let comma = memchr::memrchr(b',', t.as_bytes())?;
    let (date, place) = (&t[..comma], t[comma + 1..].strip_prefix(' ')?);
    let place = ["aux ", "au ", "à ", "at ", "in "].iter().find_map(|p| place.strip_prefix(p)).unwrap_or(place);
    let words = place.split(' ').count();
    let named = (1..=4).contains(&words)
        && !has_digit(place.as_bytes())
        && place.split(' ').all(|w| w.starts_with(char::is_uppercase) || PLACE_LINKS.contains(&w));
    if !named || !place.starts_with(char::is_uppercase) || is_weekday(place) || is_time_of_day(place) {
        return None;
    }
    let d = readings_of(date).0.filter(|d| d.place.is_none())?;
    Some(DateLine { found: d.found, place: Some(place.to_string()) })
}

/// `1945.` alone: the year of a date line split over two lines.
pub fn year_line(line: &str) -> Option<i32> {
    let t = line.quick_trim().trim_end_matches(['.', ',']);
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// A line read as a date line once: the date line it is with a year ([`date_line`]) and, when it is none, the one
/// it is without a year ([`date_line_without_year`]), each the first reading that covers the rest of the line,
/// after no place or a place of one word more at each step.
pub fn date_lines(line: &str) -> (Option<DateLine>, Option<DateLine>) {
    // `"Hopedale, Aug. 24th, 1847.`: a letter printed within quotation marks opens each of its lines with one.
    let t = line.quick_trim();
    let t = t.strip_prefix(['"', '“']).unwrap_or(t);
    let t = without_final_stops(t);
    // Every reading needs a digit in a short line; a line without its calendar mark has no more digits, nor more
    // bytes, than the line (and a dateline in figures ends in four digits).
    if t.len() > 100 || !has_digit(t.as_bytes()) {
        return (None, None);
    }
    let (with_year, without) = readings_of(t);
    let with_year = with_year
        .or_else(|| readings(&without_style_mark(line)?).0)
        .or_else(|| numeric_date_line(line))
        .or_else(|| bracketed_equivalent(t))
        .or_else(|| bulleted(t))
        .or_else(|| date_then_place(t));
    // A range whose first part has a year of its own is read as the kind without one, and so is no date line.
    (with_year, without.filter(|d| d.found.year.is_none()))
}

/// `April 1862`, `early April 1862`, `late June 1863`, `[mid-May 1862?]`, `[1859]`: a month of a year (or a year)
/// alone on its line, perhaps with an editor's word for the part of a month (early: the 1st to the 10th, mid: the 11th to the 20th, late:
/// the 21st to its end; about, around, c.: the whole month). The first and last day the letter may be of.
pub fn month_line(line: &str) -> Option<(Date, Date)> {
    month_line_placed(line, false)
}

/// [`month_line`], or with `placed` only a month line that names its place first (`Cambridge. Nov: 1671.`): a
/// letter's close, under its text.
pub fn month_line_placed(line: &str, placed: bool) -> Option<(Date, Date)> {
    let t = without_final_stops(line.quick_trim());
    if t.len() > 48 || !has_digit(t.as_bytes()) {
        return None;
    }
    let t = t.trim_start_matches('[').trim_end_matches([']', '?']).trim_end_matches(['.', ',']).trim();
    let whole = || if placed { None } else { month_words(t) };
    whole().or_else(|| {
        // `[Hampstead, November, 1817.]`, `Cambridge. Nov: 1671.`: the place the letter was written at, then its
        // month.
        let (place, rest) = t.split_once(", ").or_else(|| t.split_once(". "))?;
        let span = (short_place(place) && rest.contains(' ')).then(|| month_words(rest))??;
        // Under a text, a month of a year: no year alone.
        (!placed || span.0.month == span.1.month).then_some(span)
    })
}

/// [`month_line`] of a line's words without brackets and stops: `early April 1862`, `November, 1817`, `1859`.
fn month_words(t: &str) -> Option<(Date, Date)> {
    let t = ["mid-", "mi-"]
        .iter()
        .find_map(|p| strip_prefix_ci(t, p).map(|rest| format!("{} {rest}", &p[..p.len() - 1])))
        .unwrap_or_else(|| t.to_string());
    let words: Vec<&str> = t.split_whitespace().collect();
    let (part, month, year) = match words.as_slice() {
        // A year alone: the whole of it.
        [y] => {
            let year = year_line(y)?;
            return Some((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?));
        }
        [m, y] => (None, *m, *y),
        // `marzo de 1787`, `março de 1822`: the Spanish and Portuguese `de` between the month and its year.
        [m, de, y] if de.eq_ignore_ascii_case("de") && crate::model::date::month_from_word(m).is_some() => {
            (None, *m, *y)
        }
        [p, m, y] => (Some(p.to_ascii_lowercase()), *m, *y),
        // `end of November 1830`, `the beginning of May 1790`, `début de décembre 1866`, `fines de mayo 1810`: the
        // part of the month in words.
        [.., p, of, m, y] if ["of", "de", "di"].iter().any(|w| of.eq_ignore_ascii_case(w)) && words.len() <= 5 => {
            let part = match p.to_lowercase().as_str() {
                "beginning" | "start" | "début" | "commencement" | "principios" | "inizio" => "early",
                "middle" | "milieu" | "mediados" | "metà" => "mid",
                "end" | "fin" | "fines" | "fine" => "late",
                _ => return None,
            };
            if words.len() == 5 && !words[0].eq_ignore_ascii_case("the") {
                return None;
            }
            (Some(part.to_string()), *m, *y)
        }
        _ => return None,
    };
    let year = year_line(year)?;
    // German letters name the part of the month too (`Anfang Septembers 1794`, `Mitte Mai`, `Ende Juni`), the
    // month perhaps in the genitive.
    // French ones too, without the `de` (`fin avril 1866`, `mi-mai`), or with it elided (`fin d'avril 1866`).
    let part = part.map(|p| match p.as_str() {
        "anfang" | "début" => "early".to_string(),
        "mitte" | "mi" => "mid".to_string(),
        "ende" | "fin" => "late".to_string(),
        _ => p,
    });
    let bare = month.trim_end_matches([',', '.', ':']);
    let bare = ["d'", "d’"].iter().find_map(|d| bare.strip_prefix(d)).unwrap_or(bare);
    let named = crate::model::date::month_from_word(bare).or_else(|| {
        let german_part =
            matches!(part.as_deref(), Some("early" | "mid" | "late")) && words[0].starts_with(char::is_uppercase);
        bare.strip_suffix('s').filter(|_| german_part).and_then(crate::model::date::month_from_word)
    });
    let Some(month) = named else {
        return season_span(part.as_deref(), month, year);
    };
    let last = (28..=31).rev().find(|&d| Date::new(year, month, d).is_some())?;
    let (from, to) = match part.as_deref() {
        None | Some("about" | "around" | "c." | "ca." | "circa") => (1, last),
        Some("early") => (1, 10),
        Some("mid" | "middle") => (11, 20),
        Some("late") => (21, last),
        Some(_) => return None,
    };
    Some((Date::new(year, month, from)?, Date::new(year, month, to)?))
}

/// `summer 1860`, `early spring 1861`: the months of a season of the year (the first, middle or last of them
/// after early, mid, late). A winter spans the turn of two years, and which one the editor meant is not said: the
/// year is all that is known.
fn season_span(part: Option<&str>, word: &str, year: i32) -> Option<(Date, Date)> {
    let first = match word.to_ascii_lowercase().as_str() {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => return Some((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?)),
        _ => return None,
    };
    let (from, to) = match part {
        None | Some("about" | "around" | "c." | "ca." | "circa") => (first, first + 2),
        Some("early") => (first, first),
        Some("mid" | "middle") => (first + 1, first + 1),
        Some("late") => (first + 2, first + 2),
        Some(_) => return None,
    };
    let last = (28..=31).rev().find(|&d| Date::new(year, to, d).is_some())?;
    Some((Date::new(year, from, 1)?, Date::new(year, to, last)?))
}

/// A place named in a sentence before its date (`Louvain`, `Fort William`): one to three capitalised words,
/// without figures.
pub fn short_place(place: &str) -> bool {
    (1..=3).contains(&place.split(' ').count())
        && place.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !place.bytes().any(|b| b.is_ascii_digit())
}

/// `9 March 1869 • Hartford, Conn. (UCCL 00254)`: an edition's heading line of date and place set apart by a
/// bullet, perhaps with its catalogue number in brackets. The part that is a date line with a year dates it; the
/// other part, without its bracket, is the place.
fn bulleted(t: &str) -> Option<DateLine> {
    // The bullet's first byte (E2) is looked for before the bullet.
    if memchr::memchr(0xe2, t.as_bytes()).is_none() || !t.contains(" • ") {
        return None;
    }
    let parts: Vec<&str> = t.split(" • ").map(str::trim).collect();
    if parts.len() != 2 {
        return None;
    }
    let (at, date) = parts
        .iter()
        .enumerate()
        .find_map(|(k, p)| readings_of(without_final_stops(p)).0.filter(|d| d.found.year.is_some()).map(|d| (k, d)))?;
    let other = parts[1 - at];
    let place = match other.rfind(" (") {
        Some(open) if other.ends_with(')') => &other[..open],
        _ => other,
    };
    let place = without_final_stops(place.trim());
    let place_shaped = place.starts_with(char::is_uppercase) && !has_digit(place.as_bytes()) && place.len() <= 40;
    place_shaped.then(|| DateLine { place: Some(place.to_string()), ..date })
}

/// `Paris, 10 Ventôse, Year VIII (1 March 1800)`: a date in another calendar, then the editor's equivalent in
/// ours in brackets. The bracketed date, with a year, dates the line; the place is what comes before the first
/// comma when it is a word in capitals without figures.
fn bracketed_equivalent(t: &str) -> Option<DateLine> {
    let close = match t.as_bytes().last()? {
        b')' => '(',
        b']' => '[',
        _ => return None,
    };
    let open = t.rfind(close)?;
    let inner = &t[open + 1..t.len() - 1];
    let before = t[..open].trim_end().trim_end_matches(',');
    // The other calendar's date: figures or a year's word before the brackets, on a short line.
    if before.is_empty() || before.len() > 60 || !(has_digit(before.as_bytes()) || before.contains("Year")) {
        return None;
    }
    let date = readings_of(without_final_stops(inner.trim())).0.filter(|d| d.found.year.is_some())?;
    let place = before
        .split_once(',')
        .map(|(p, _)| p.trim())
        .filter(|p| p.starts_with(char::is_uppercase) && !has_digit(p.as_bytes()) && p.split(' ').count() <= 3);
    Some(DateLine { place: place.map(str::to_string).or(date.place), ..date })
}

/// `7 June 44`, `Dec. 3, '62`: a date line whose year is printed in two figures, given the century of `year`
/// (the page's year nearest before it): the line with its year in four figures, to be read as any date line.
pub fn with_century(line: &str, year: Option<i32>) -> Option<String> {
    let t = without_final_stops(line.quick_trim());
    let b = t.as_bytes();
    // Two figures at the end after a space or an apostrophe: looked at before anything else.
    let n = b.len();
    if n < 8 || !b[n - 2].is_ascii_digit() || !b[n - 1].is_ascii_digit() || b[n - 3].is_ascii_digit() {
        return None;
    }
    let year = year?;
    // `Oct 25 /63`: a soldier's slash before the year.
    let head = t[..n - 2].trim_end_matches(['\'', '’', '/']);
    // What comes before is a whole day and month (`7 June`, `Dec. 3,`): `August 22` is a day, not a year. The day
    // and month are read first: most heads are turned away there at once (no digit, no date at their end), before
    // all their words are looked at for a month.
    // `1. XI. 12`: a day and a month in Roman figures, each with its full stop.
    let roman = || {
        let dm = head.trim_end_matches(' ').strip_suffix('.');
        dm.and_then(|dm| figures_before(dm, '.')).is_some_and(|((_, m), _)| matches!(m, Month::Roman(_)))
    };
    if !head.ends_with(' ')
        || (date_lines(head.trim_end_matches([' ', ','])).1.is_none() || !names_month(head)) && !roman()
    {
        return None;
    }
    let yy = i32::from(b[n - 2] - b'0') * 10 + i32::from(b[n - 1] - b'0');
    // The year of that century nearest the page's, never more than 50 years from it.
    let mut full = year - year.rem_euclid(100) + yy;
    if full > year + 50 {
        full -= 100;
    } else if full < year - 50 {
        full += 100;
    }
    Some(format!("{head}{full}"))
}

/// `Executive Mansion, 5/17/1863.`, `Paris, 17.5.1863`, `Wien, 28. 9. 1905`, `20. IX. 1912`: a date in figures
/// ending the line, read only where it can be read one way (with a slash a part above 12 is the day, month and day
/// alike staying unread; with full stops the day comes first, as everywhere they are so written; a month in Roman
/// figures is the month), with the place before it.
fn numeric_date_line(line: &str) -> Option<DateLine> {
    let t = line.quick_trim().trim_end_matches(['.', ',']);
    let b = t.as_bytes();
    // Ends in four digits after a slash or a full stop (and perhaps a space): looked at before anything is split.
    if t.len() > 80 || b.len() < 8 || !b[b.len() - 4..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let before_year = t[..t.len() - 4].trim_end_matches(' ');
    let sep = *before_year.as_bytes().last()?;
    if sep != b'/' && sep != b'.' {
        return None;
    }
    let year = t[t.len() - 4..].parse::<i32>().ok()?;
    // The day and the month before the year, each ended by the separator (a space may follow a full stop).
    let (day_month, start) = figures_before(&before_year[..before_year.len() - 1], char::from(sep))?;
    let (a, b2) = day_month;
    let (month, day) = match (a, b2) {
        (a, Month::Roman(m)) if sep == b'.' => (m, a),
        (a, Month::Figures(m)) if sep == b'.' && a > 0 => (m, a),
        (a, Month::Figures(b2)) => match (a > 12, b2 > 12) {
            (false, true) => (a, b2),
            (true, false) => (b2, a),
            _ => return None,
        },
        _ => return None,
    };
    crate::model::Date::new(year, month, day)?;
    let found = Found { month, day, corrected_day: None, year: Some(year), more_days: [None; 3], len: t.len() - start };
    // Before the date only a place: a few capitalised words (`I wrote on 5/17/1863` is a sentence).
    let place = t[..start].trim_end_matches([',', ' ']);
    let place_ok = !place.bytes().any(|b| b.is_ascii_digit())
        && place.split([' ', ',']).filter(|w| !w.is_empty()).take(7).enumerate().all(|(k, w)| k < 6 && place_word(w));
    place_ok.then(|| DateLine { found, place: (!place.is_empty()).then(|| place_of(place)).flatten() })
}

/// A month in a date in figures: `9`, or `IX` (a Roman numeral, which is never a day).
enum Month {
    Figures(u8),
    Roman(u8),
}

/// The day and the month at the end of `t` (the separator after the month cut off), each of one or two figures
/// (the month perhaps in Roman figures, with full stops), `sep` between them and perhaps a space after a full
/// stop; and where the day starts.
fn figures_before(t: &str, sep: char) -> Option<((u8, Month), usize)> {
    let month_at = t.rfind([' ', sep]).map_or(0, |i| i + 1);
    let word = &t[month_at..];
    let month = match word.parse::<u8>() {
        Ok(m) if (1..=2).contains(&word.len()) => Month::Figures(m),
        _ if sep == '.' => Month::Roman(roman_month(word)?),
        _ => return None,
    };
    let rest = t[..month_at].trim_end_matches(' ');
    // A space stands only after a full stop: `28. 9.`, never `5/ 17`.
    if rest.len() < t[..month_at].len() && sep != '.' {
        return None;
    }
    let rest = rest.strip_suffix(sep)?;
    let start = rest.rfind([' ', ',']).map_or(0, |i| i + 1);
    let day = &rest[start..];
    let day = day.parse::<u8>().ok().filter(|_| (1..=2).contains(&day.len()))?;
    Some(((day, month), start))
}

/// `I` to `XII`: a month in Roman figures, as Central Europe dates letters (`20. IX. 1912`).
fn roman_month(w: &str) -> Option<u8> {
    const ROMAN: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    ROMAN.iter().position(|r| *r == w).and_then(|k| u8::try_from(k + 1).ok())
}

/// The readings of [`date_lines`], the second one perhaps a range with a year, and looked for only while the first
/// is not found.
fn readings(line: &str) -> (Option<DateLine>, Option<DateLine>) {
    let t = without_final_stops(line.quick_trim());
    if t.len() > 100 || !has_digit(t.as_bytes()) {
        return (None, None);
    }
    readings_of(t)
}

/// [`readings`] of a line trimmed, without its final stops and commas, of at most 100 bytes and with a digit.
fn readings_of(t: &str) -> (Option<DateLine>, Option<DateLine>) {
    let mut found = (None, None);
    let t = weekday_after(strip_time(within_brackets(t)));
    // Every reading below is a date that ends where `t` ends, read from a part of `t` that starts and ends at the
    // edge of a run of letters (stripping an hour or a weekday in front takes no month and leaves the end).
    if !may_end_date(t) || !names_month(t) {
        return found;
    }
    let t = strip_weekday(strip_leading_time(t));
    if t.len() < 5 || t.len() > 80 || !has_digit(t.as_bytes()) {
        return found;
    }
    // A date covering the whole of `s`, of either kind: `[28 March 1927]`, a date the editor supplied, is the date.
    fn unbracketed(s: &str) -> &str {
        s.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(s)
    }
    let covering = |s: &str| -> Option<Found> {
        let s = unbracketed(s);
        // `Erfurt den 9. März 1791`, `Gotha, d. 17ten März`, `am 5. April 1903`: a German date's article.
        let s = ["den ", "d. ", "am "].iter().find_map(|a| s.strip_prefix(a)).unwrap_or(s);
        // `À Cirey, le 24 octobre 1738`, `Croisset, mercredi soir, 14 [janvier 1857]`: a French date's article
        // and weekday; `mardi [27 novembre 1866]`, the date after it the editor's.
        let s = unbracketed(super::french::date_article(s));
        // `a dì 16 d'agosto 1514`, `addì 10`, `Die 3 Augusti`: an Italian or a Latin date's formula; `a 3 de
        // enero`: a Spanish date's.
        let s = super::spanish::date_a(super::italian::date_formula(s));
        scan_date(s).filter(|f| f.len == s.len())
    };
    let all = covering(t);
    // A range needs a dash (`-`, or `–` and `—`, whose first byte is E2).
    let dashed = memchr::memchr2(b'-', 0xe2, t.as_bytes()).is_some();
    for need_year in [true, false] {
        let whole = |s: &str| covering(s).filter(|f| f.year.is_some() == need_year);
        let slot = if need_year { &mut found.0 } else { &mut found.1 };
        let range = || dashed.then(|| first_of_range(t, &whole)).flatten();
        *slot =
            all.filter(|f| f.year.is_some() == need_year).or_else(range).map(|found| DateLine { found, place: None });
        if found.0.is_some() {
            return found;
        }
    }
    // Keeps the first reading of each kind not found yet; true when the one with a year is found.
    let mut keep = |s: &str, place: &str| -> bool {
        if let Some(f) = covering(s) {
            let slot = if f.year.is_some() { &mut found.0 } else { &mut found.1 };
            if slot.is_none() {
                *slot = Some(DateLine { found: f, place: place_of(place) });
            }
        }
        found.0.is_some()
    };
    // A place first: capitalised words, perhaps bracketed by an editor, perhaps ending in a comma.
    let mut words = 0;
    for (i, c) in t.char_indices() {
        if c != ' ' {
            continue;
        }
        words += 1;
        if words > 6 {
            break;
        }
        let place = t[..i].trim_matches(|c: char| matches!(c, '[' | ']' | ',' | ' '));
        let first = place.split(' ').next().unwrap_or("");
        let place_ok = !place.is_empty()
            && !["to", "from", "letter", "message", "telegram"].iter().any(|w| lower_is(first, w))
            && !place.bytes().any(|b| b.is_ascii_digit())
            // `[Leipzig,] Sonntag`: the editor's closing bracket after a comma stands alone, no word of the place.
            && place.split([' ', ',']).map(|w| w.trim_matches(['[', ']'])).filter(|w| !w.is_empty()).all(place_word);
        if !place_ok || keep(t[i..].quick_trim_start(), place) {
            break;
        }
    }
    found
}

/// A word of a place before a date: capitalised, or a small word inside places ([`PLACE_LINKS`]).
fn place_word(w: &str) -> bool {
    // `JOHN BLACKWOOD TO GE, EDINBURGH, 14 APRIL 1859`: a `TO` between names in capitals makes a heading.
    w.starts_with(char::is_uppercase) && w != "TO" || PLACE_LINKS.contains(&w)
}

/// `[Norwich, 27 October 1465.]`, `(Firenze, 4 maggio 1513.)`: a whole line an editor supplied, read without its
/// brackets.
fn within_brackets(t: &str) -> &str {
    let inner = match t.as_bytes().first() {
        Some(b'[') => t.strip_prefix('[').and_then(|x| x.strip_suffix(']')),
        Some(b'(') => t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).filter(|x| !x.contains(['(', ')'])),
        _ => None,
    };
    match inner {
        Some(inner) if memchr::memchr2(b'[', b']', inner.as_bytes()).is_none() => inner.trim_end_matches(['.', ',']),
        _ => t,
    }
}

/// The place the words before a date name, without brackets: not an editor's `Written`, `Dated at` or `Sent
/// from`, nor a time of day (`Friday Evening`).
fn place_of(words: &str) -> Option<String> {
    let mut p = words.trim_matches(|c: char| matches!(c, '[' | ']' | ',' | ' '));
    // `Vienna, D. March 4, 1908`: the blue book's mark of the day the despatch left is no part of the place.
    if let Some(place) = p.strip_suffix(", D.") {
        p = place;
    }
    if let Some(rest) = ["written ", "dated ", "sent "].iter().find_map(|w| strip_prefix_ci(p, w)) {
        p = rest.quick_trim_start();
        if let Some(rest) =
            ["at ", "from ", "in ", "on ", "before ", "after "].iter().find_map(|w| strip_prefix_ci(p, w))
        {
            p = rest.quick_trim_start();
        }
    }
    let editors = ["written", "dated", "sent", "before", "after"];
    let times = ["morning", "forenoon", "noon", "afternoon", "evening", "night", "midnight"];
    // `[Kiel, before 20 March 1911]`: the editor's bound on the date after the place is no part of it.
    if matches!(p.as_bytes().last(), Some(b'e' | b'E' | b'r' | b'R'))
        && let Some((place, word)) = p.rsplit_once(' ')
        && ["before", "after"].iter().any(|w| word.eq_ignore_ascii_case(w))
        && place.ends_with(',')
    {
        p = place.trim_end_matches(',');
    }
    let bare = p.trim_matches(|c: char| matches!(c, '[' | ']' | ',' | ' '));
    let no_place = bare.is_empty() || editors.iter().chain(&times).any(|w| bare.eq_ignore_ascii_case(w));
    // `Ashby, Friday, June 3`: the day of the week after the place is no part of it.
    if let Some((place, day)) = bare.rsplit_once(',')
        && is_weekday(day.trim_matches(|c: char| !c.is_alphabetic()))
        && !place.trim().is_empty()
    {
        return Some(place.trim_end().replace(['[', ']'], ""));
    }
    // `Trin: Coll. Thursday`: so is it after a space; `Oxford.`: the stop after a whole word ends the place.
    let p = match p.rsplit_once(' ') {
        Some((place, day)) if is_weekday(day) => place.quick_trim_end(),
        _ => p,
    };
    let whole_word = |w: &str| w.len() > 4 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let p = match p.strip_suffix('.') {
        Some(word) if word.rsplit(' ').next().is_some_and(whole_word) => word,
        _ => p,
    };
    // `Farewell. Basel`: the farewell's sentence before the place is no part of it.
    let p = match p.rsplit_once(". ") {
        Some((farewell, place))
            if farewell.len() >= 4
                && farewell.starts_with(char::is_uppercase)
                && farewell.chars().skip(1).all(char::is_lowercase) =>
        {
            place
        }
        _ => p,
    };
    // `À Cirey`, `In Roma`, `Data in Firenze`: the place without the word before it.
    let p = super::italian::place_without_in(super::french::place_without_a(p));
    (!no_place).then(|| p.replace(['[', ']'], ""))
}

/// Small words inside a place before a date: `Victory, off Cape Sicie`, `On board the Bellerophon`, `Newcastle
/// upon Tyne`.
const PLACE_LINKS: &[&str] = &[
    "the", "of", "de", "near", "at", "off", "on", "board", "upon", "before", "in", "by", "la", "le", "du", "des", "en",
    "sur", // `In 's Graven-Hage`, `Uyt den Hage`, `Huys ten Bosch`: the Dutch ones.
    "'s", "’s", "den", "ten", "ter", "op",
    // `Frankfurt a. M.`, `Frankfurt an der Oder`, `Versailles vor Paris`, `Rothenburg ob der Tauber`: the German ones.
    "a.", "am", "an", "der", "bei", "im", "ob", "vor", "zu",
];

/// Whether `b` holds three spaces in a row or a tab: the gap a copied right margin leaves. Read in windows of
/// [`GAP_WINDOW`] starting places (and the two bytes after the last), each tested with no branch (a loop the
/// compiler vectorizes); the end of the text is padded with bytes that are neither.
fn has_gap(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let found = match b.get(i..i + GAP_WINDOW + 2).and_then(|c| <&[u8; GAP_WINDOW + 2]>::try_from(c).ok()) {
            Some(window) => gap_in(window),
            None => {
                let mut window = [0u8; GAP_WINDOW + 2];
                window[..b.len() - i].copy_from_slice(&b[i..]);
                gap_in(&window)
            }
        };
        if found {
            return true;
        }
        i += GAP_WINDOW;
    }
    false
}

/// The starting places [`has_gap`] tests at once.
const GAP_WINDOW: usize = 32;

/// Whether three spaces in a row or a tab start at one of the first [`GAP_WINDOW`] bytes of `w`.
fn gap_in(w: &[u8; GAP_WINDOW + 2]) -> bool {
    let mut acc = 0u8;
    for k in 0..GAP_WINDOW {
        let run = u8::from(w[k] == b' ') & u8::from(w[k + 1] == b' ') & u8::from(w[k + 2] == b' ');
        acc |= run | u8::from(w[k] == b'\t');
    }
    acc != 0
}

/// `MY LORD,          Cartaxo, 2nd January, 1811.`: two parts set apart by a wide gap, as a printed line with a
/// date at its right margin is copied. Gives (left, right) around the last gap of three or more spaces or a tab.
pub fn split_gap(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim();
    if t.len() > 200 || !has_gap(t.as_bytes()) {
        return None;
    }
    let (mut run, mut found) = (0, None);
    for (i, c) in t.bytes().enumerate() {
        match c {
            b' ' => run += 1,
            b'\t' => run += 3,
            _ => {
                if run >= 3 {
                    found = Some(i);
                }
                run = 0;
            }
        }
    }
    let at = found?;
    let left = t[..at].quick_trim_end();
    (!left.is_empty()).then_some((left, &t[at..]))
}

/// `[Enclosure]`, `[Inclosure No. 2.]`, `Enclosure.`: the line that opens the letter a covering note passes on.
pub fn enclosure_line(line: &str) -> bool {
    if !matches!(first_lower(line), Some(b'[' | b'e' | b'i')) {
        return false;
    }
    let t = line.quick_trim();
    if t.len() > 40 || !t.starts_with(['[', 'E', 'e', 'I', 'i']) {
        return false;
    }
    let t = t.trim_start_matches('[').trim_end_matches([']', '.', ':']);
    let first = t.split_whitespace().next().unwrap_or("");
    t.split_whitespace().count() <= 4
        && ["enclosure", "inclosure", "enclosures", "inclosures"].iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// An inside address above a salutation, as memoirs and letter-books print it: a party with its rank or initials,
/// then its command or place after a comma (`Major-General R. T. BRANDON, commanding Armies near the Coast.`,
/// `Lieutenant-General J. HARLOW, City Point, Virginia.`). `next` must open with a salutation. Gives the party.
pub fn inside_address_above<'a>(line: &'a str, next: &[&str]) -> Option<&'a str> {
    let t = line.quick_trim();
    let (head, rest) = t.split_once(',')?;
    if rest.len() > 80 {
        return None;
    }
    let head = head.quick_trim();
    // Only up to 7 words are a party's: the eighth is enough to tell (a sentence's head may be long).
    let words = head.split_whitespace().take(8).count();
    // A rank (`Major-General`), an initial (`R.`) or a surname in capitals marks a person, not a clause.
    let marked = |w: &str| {
        w.len() <= 3 && w.ends_with('.') || w.contains('-') || w.len() > 3 && !w.chars().any(char::is_lowercase)
    };
    let ok = (2..=7).contains(&words) && head.split_whitespace().any(marked);
    let follows = || next.iter().find(|l| !is_blank(l)).is_some_and(|l| salutation(l).is_some() || address_word(l));
    // The name is read last, as the dearest test.
    (ok && follows() && super::parties::valid(head)).then_some(head)
}

/// An inside address of several lines under a dateline, then a salutation (`Messrs. Blake & Co.,` / `Liverpool.` /
/// `Dear Sirs,`): the addressee (the first line, without its comma or stop) and the address lines after it.
pub fn address_lines_above<'a>(line: &'a str, next: &[&str]) -> Option<(&'a str, usize)> {
    // The addressee's line opens with a capital; a street's may open with its number (`12 High Street,`).
    let short = |l: &str, numbered: bool| {
        let t = l.quick_trim();
        (2..=60).contains(&t.len())
            && (t.starts_with(char::is_uppercase) || numbered && t.starts_with(|c: char| c.is_ascii_digit()))
            && !t.ends_with([':', ';', '!', '?'])
            && t.split_whitespace().count() <= 7
            && salutation(l).is_none()
    };
    if !short(line, false) {
        return None;
    }
    let more = next.iter().take(3).take_while(|l| !is_blank(l) && short(l, true)).count();
    let after = next[more..].iter().find(|l| !is_blank(l))?;
    let head = line.quick_trim().trim_end_matches([',', '.']);
    (more >= 1 && salutation(after).is_some() && super::parties::valid(head)).then_some((head, more))
}

/// `GENERAL: The little that ...`, `SIR: I have ...`: a form of address in capitals before a colon opens the text.
fn address_word(line: &str) -> bool {
    let t = line.quick_trim();
    let Some(colon) = t.bytes().take(30).position(|b| b == b':') else { return false };
    let head = &t[..colon];
    (1..=3).contains(&head.split_whitespace().count())
        && !head.chars().any(char::is_lowercase)
        && super::parties::valid(head)
}

/// `Given at Rome, at St. Peter's, the 22nd day of January, 1899, the twenty-first year of Our Pontificate.`,
/// `Dated at Paris the 3rd of May 1815.`: the closing formula of briefs, charters and old letters, with its place
/// and the first full date in it.
pub fn formula_date(line: &str) -> Option<DateLine> {
    // Every formula's first word starts with one of these letters.
    if !matches!(first_lower(line), Some(b'g' | b'd' | b'w')) {
        return None;
    }
    let t = line.quick_trim();
    if t.len() > 200 {
        return None;
    }
    let rest = ["given at ", "dated at ", "written at ", "done at ", "given in ", "dated in ", "written in "]
        .iter()
        .find_map(|w| strip_prefix_ci(t, w))?;
    let mut at = 0;
    for word in rest.split(' ') {
        let cand = &rest[at..];
        at += word.len() + 1;
        if !cand.starts_with(|c: char| c.is_ascii_digit()) && strip_prefix_ci(cand, "the ").is_none() {
            continue;
        }
        if let Some(found) = scan_date(cand).filter(|f| f.year.is_some()) {
            // The place: the words before the first comma or `the`, when they hold no number.
            let head = rest.split(',').next().unwrap_or("");
            let head = head.split(" the ").next().unwrap_or("").quick_trim();
            let place = (!head.is_empty() && head.split(' ').count() <= 6 && !head.bytes().any(|b| b.is_ascii_digit()))
                .then(|| head.to_string());
            return Some(DateLine { found, place });
        }
    }
    None
}

/// `Monday [28 March 1927]`, `Tues. 4 May 1790`: the day of the week before a date is not part of it (nor a
/// place).
fn strip_weekday(t: &str) -> &str {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let word = &t[..end];
    let is_day = word.len() >= 3
        && DAYS.iter().any(|d| d.len() >= word.len() && d[..word.len()].eq_ignore_ascii_case(word))
        && (word.len() >= 6 || t[end..].starts_with('.'));
    if !is_day {
        return t;
    }
    let rest = t[end..].trim_start_matches(['.', ',']);
    if rest.starts_with(' ') { rest.quick_trim_start() } else { t }
}

/// `8 - Sunday 9 June 1799`, `30 June–1 July 1845`: a letter written over days is dated by its first day, with
/// the month and year the last part gives when the first has none.
fn first_of_range(t: &str, whole: &dyn Fn(&str) -> Option<Found>) -> Option<Found> {
    let (at, dash) = t.char_indices().find(|&(_, c)| matches!(c, '-' | '–' | '—'))?;
    let first = t[..at].quick_trim();
    let last = whole(strip_weekday(t[at + dash.len_utf8()..].quick_trim()))?;
    if first.bytes().all(|b| b.is_ascii_digit()) {
        let day: u8 = first.parse().ok().filter(|d| (1..=31).contains(d))?;
        return Some(Found { day, corrected_day: None, more_days: [None; 3], ..last });
    }
    let f = scan_date(first).filter(|f| f.len == first.len())?;
    Some(Found { year: f.year.or(last.year), ..f })
}

/// `Cambridge, Saturday.`, `Down, Wednesday evening`, `Meilen, undated`: the whole dateline of an undated letter, a
/// place of one to four capitalised words, a comma, and a day of the week (perhaps with its time of day) or the
/// editor's `undated`. Gives the place.
pub fn place_and_day(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    if t.len() > 60 || !t.starts_with(char::is_uppercase) {
        return None;
    }
    let (place, day) = t.trim_end_matches(['.', ',']).rsplit_once(',')?;
    let mut day = day.split_whitespace();
    let (Some(weekday), time) = (day.next(), day.next()) else { return None };
    let undated = weekday.eq_ignore_ascii_case("undated") && time.is_none();
    // `Croisset, lundi.`, `Nohant, mercredi soir`, `Weimar, Dienstag früh`.
    let day_ok = day.next().is_none() && (undated || is_weekday(weekday) && time.is_none_or(is_time_of_day));
    let place = place.quick_trim();
    let words = place.split_whitespace().count();
    let place_ok = (1..=4).contains(&words)
        && place.starts_with(char::is_uppercase)
        && !place.contains(',')
        && place.split_whitespace().all(|w| place_word(w) && !w.contains(|c: char| c.is_ascii_digit()));
    (day_ok && place_ok).then_some(place)
}

/// `New York, 5 May, 1789, Tuesday` → `New York, 5 May, 1789`: the day of the week after the date is no part of it.
fn weekday_after(t: &str) -> &str {
    let Some(at) = t.rfind([',', ' ']) else { return t };
    let word = &t[at + 1..];
    if !is_weekday(word) {
        return t;
    }
    t[..at].trim_end_matches([',', ' ', '.'])
}

/// `July 4, 1863—10 p.m.` → `July 4, 1863`: a time after the date is not part of it.
fn strip_time(t: &str) -> &str {
    let end = t.trim_end_matches('.').as_bytes();
    let dotted = ["p.m", "a.m", "p. m", "a. m", "noon", "midnight", "o'clock"].iter().find_map(|s| {
        let cut = end.len().checked_sub(s.len())?;
        end[cut..].eq_ignore_ascii_case(s.as_bytes()).then_some(cut)
    });
    // `10:15 AM`, as a mail program prints it: ` AM` or ` PM` right after the hour's figures.
    let bare = [" am", " pm"].iter().find_map(|s| {
        let cut = end.len().checked_sub(s.len())?;
        (end[cut..].eq_ignore_ascii_case(s.as_bytes()) && cut > 0 && end[cut - 1].is_ascii_digit()).then_some(cut)
    });
    let Some(cut) = dotted.or(bare) else {
        return french_hour(t);
    };
    let head = t[..cut].quick_trim_end();
    // `2·30 P.M.`: a blue book's hour with a raised dot.
    let head = head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ':' | '.' | '·'));
    head.trim_end_matches([',', '—', '–', '-', ' ', '.'])
}

/// `Berlin, 1er avril 1905, 1 h. 40 soir.` → `Berlin, 1er avril 1905`: a French dispatch's hour after the date
/// (`6 h. soir`, `10 h. 15 matin`, `midi`, `minuit`), after the last comma.
fn french_hour(t: &str) -> &str {
    let Some(comma) = t.rfind(", ") else { return t };
    let tail = t[comma + 2..].trim_end_matches('.');
    let mut words = tail.split(' ');
    let hour = |w: Option<&str>| w.is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    let is_hour = match words.next() {
        Some("midi" | "minuit") => words.next().is_none(),
        first => {
            hour(first)
                && matches!(words.next(), Some("h." | "h"))
                && words.all(|w| hour(Some(w)) || matches!(w, "soir" | "matin" | "du" | "de" | "l'après-midi"))
        }
    };
    if is_hour { t[..comma].trim_end() } else { t }
}

/// `5 P.M., April 30th, 1863` → `April 30th, 1863`: an hour before the date, as dispatches print it.
fn strip_leading_time(t: &str) -> &str {
    let digits = t.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b':')).count();
    if digits == 0 || digits > 5 {
        return t;
    }
    let rest = t[digits..].quick_trim_start();
    let head = rest.get(..4);
    let Some(len) = ["p.m.", "a.m."].iter().find(|s| head.is_some_and(|h| h.eq_ignore_ascii_case(s))).map(|s| s.len())
    else {
        return t;
    };
    rest[len..].trim_start_matches([',', ' ', '—', '–', '-'])
}

/// `1942-12-06 Correspondence V1, No. 93, to Churchill`, `Date: 1787-03-05`: an ISO date opening a short metadata
/// line.
pub fn iso_line(line: &str) -> Option<Found> {
    // A digit of the year, or `date:`, comes first.
    if !first_lower(line).is_some_and(|b| b.is_ascii_digit() || b == b'd') {
        return None;
    }
    let t = line.quick_trim();
    let t = strip_prefix_ci(t, "date:").map(str::trim_start).unwrap_or(t);
    if t.len() > 140 || t.len() < 10 {
        return None;
    }
    let b = t.as_bytes();
    let shape = b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shape || b.get(10).is_some_and(|c| !matches!(c, b' ' | b',' | b'.' | b';')) {
        return None;
    }
    let d = crate::model::Date::parse_iso(&t[..10])?;
    Some(Found { month: d.month, day: d.day, corrected_day: None, year: Some(d.year), more_days: [None; 3], len: 10 })
}

/// An archive or file line before a FRUS title: `861.24/638: Telegram`, `740.00119 PW/8–2245`, `Roosevelt
/// Papers: Telegram`, `Moscow Embassy Files: Lot F–96`.
pub fn archive_line(line: &str) -> bool {
    let t = line.quick_trim();
    if t.len() > 90 || t.is_empty() {
        return false;
    }
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits >= 2 && b.get(digits) == Some(&b'.') && memchr::memchr(b'/', b).is_some() {
        return true;
    }
    if file_reference(t) || serial_frames(b) {
        return true;
    }
    if matches!(b[0], b'O' | b'Y' | b'R') && business_reference(t) {
        return true;
    }
    let Some(colon) = memchr::memchr(b':', b) else { return false };
    let head = &t[..colon];
    head.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && head
            .split_whitespace()
            .any(|w| matches!(w, "Papers" | "Files" | "File" | "Archives" | "Records" | "Library" | "Collection"))
}

/// A business letter's references at its head (`Our ref. JHB/MM`, `Your ref. 14/B`, `Ref: PL/7`): the letter's
/// file marks, one short code after the label.
fn business_reference(t: &str) -> bool {
    let rest = ["Our ref", "Your ref", "Ref"].iter().find_map(|label| strip_prefix_ci(t, label));
    let Some(rest) = rest else { return false };
    let rest = rest.strip_prefix("erence").unwrap_or(rest);
    let Some(code) = rest.strip_prefix(['.', ':']).or_else(|| rest.strip_prefix(' ')) else { return false };
    let code = code.trim_start_matches(['.', ':', ' ']).trim();
    !code.is_empty()
        && code.split(' ').count() <= 2
        && code.bytes().any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// An archive's reference alone on its line: a code in capitals, then numbers joined by slashes (`F.O. 371/2162.`,
/// `CAB 65/4`, `PRO 30/22/14`).
/// `2369/495063-64`, `1613/386521`: a filmed file's serial and its frames (the first frame, perhaps the last
/// after a dash), as an edition of microfilmed records prints them over a document. A frame has five figures or
/// more, which no day or month of a date in figures has.
fn serial_frames(b: &[u8]) -> bool {
    let figures = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let serial = figures(b);
    if !(1..=6).contains(&serial) || b.len() > 24 || b.get(serial) != Some(&b'/') {
        return false;
    }
    let rest = &b[serial + 1..];
    let frame = figures(rest);
    (5..=8).contains(&frame) && {
        let tail = &rest[frame..];
        tail.is_empty()
            || tail[0] == b'-' && (1..=8).contains(&figures(&tail[1..])) && figures(&tail[1..]) == tail.len() - 1
    }
}

fn file_reference(t: &str) -> bool {
    // Short, opening with a capital, holding a slash: looked at before the words are.
    let b = t.as_bytes();
    if b.len() > 32 || !b[0].is_ascii_uppercase() || memchr::memchr(b'/', b).is_none() {
        return false;
    }
    let mut words = t.trim_end_matches('.').split(' ').filter(|w| !w.is_empty());
    let Some(code) = words.next() else { return false };
    let code_ok = code.len() <= 6 && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    let numbers = |w: &str| w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b','));
    let (mut count, mut slashed) = (0, false);
    for w in words {
        count += 1;
        if count > 2 || !numbers(w) {
            return false;
        }
        slashed |= w.contains('/') && w.starts_with(|c: char| c.is_ascii_digit());
    }
    code_ok && count >= 1 && slashed
}

/// A routing line under a heading: the despatch's own number in its series, perhaps with its classification
/// (`(No. 402.) Confidential.`), when it left or arrived (`R. August 4.`, `D. 3·10 P.M.`), or how it went with its
/// number (`Cable S-51234. Top secret`, `Telegram No. 412`).
pub fn routing_line(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    if t.len() > 40 {
        return None;
    }
    if transmission(t) {
        return Some(t);
    }
    // `Tel. (No. 31.)`: a telegram's number in its series.
    let numbered = t.strip_prefix("Tel. ").unwrap_or(t);
    if let Some(inner) = numbered.strip_prefix("(No").and_then(|r| r.strip_prefix('.').or(Some(r))) {
        let close = inner.find(')')?;
        let n = inner[..close].trim().trim_end_matches('.');
        let rest = inner[close + 1..].quick_trim();
        let numbered = !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_alphanumeric());
        return (numbered && (rest.is_empty() || classification_line(rest).is_some())).then_some(t);
    }
    let rest = t.strip_prefix("R. ").or_else(|| t.strip_prefix("D. "))?;
    let timed = rest.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && ["P.M", "A.M", "p.m", "a.m", "noon", "midnight"].iter().any(|m| rest.contains(m));
    (timed || date_lines(rest).1.is_some() || date_line(rest).is_some()).then_some(t)
}

/// `Cable S-51234. Top secret`, `Telegram No. 412.`, `Radio W-77`: a kind of transmission, its number (a word with
/// a digit, after `No.` or not), then nothing or a classification.
fn transmission(t: &str) -> bool {
    let Some((kind, rest)) = t.split_once(' ') else { return false };
    let kinds = ["cable", "telegram", "radiogram", "radio", "teletype", "wire", "despatch", "dispatch"];
    if !kinds.iter().any(|k| kind.trim_end_matches('.').eq_ignore_ascii_case(k)) {
        return false;
    }
    let rest = rest.strip_prefix("No. ").or_else(|| rest.strip_prefix("no. ")).unwrap_or(rest);
    let (number, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let number = number.trim_end_matches(['.', ',']);
    let numbered = !number.is_empty()
        && number.len() <= 12
        && number.bytes().any(|b| b.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/');
    numbered && (after.quick_trim().is_empty() || classification_line(after).is_some())
}

/// `(Received 11.40 p.m.)`, `[Received March 3—11:10 a.m.]`: when a despatch arrived, in an editor's brackets
/// under its dateline.
pub fn received_line(line: &str) -> bool {
    let t = line.quick_trim();
    let inner = match t.as_bytes().first() {
        Some(b'(') => t[1..].strip_suffix(')'),
        Some(b'[') => t[1..].strip_suffix(']'),
        _ => None,
    };
    inner.is_some_and(|i| i.len() <= 60 && strip_prefix_ci(i, "received ").is_some())
}

/// A date a file number encodes: `PW/8–2245` is 22 August 1945, `Potsdam/6–645` 6 June 1945 (month, then day
/// and two-digit year). Years are taken in the 1900s, as the State Department's decimal files run.
pub fn file_number_date(line: &str) -> Option<crate::model::Date> {
    let t = line.quick_trim();
    let slash = t.rfind('/')?;
    let tail = &t[slash + 1..];
    let (m, rest) = tail.split_once(['–', '-'])?;
    let m: u8 = m.parse().ok()?;
    if !(3..=4).contains(&rest.len()) || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (d, y) = rest.split_at(rest.len() - 2);
    crate::model::Date::new(1900 + y.parse::<i32>().ok()?, m, d.parse().ok()?)
}

/// Page furniture: site navigation and running heads (`← Back to index`, `Back to top`, `Series I, Volume
/// XXXVI, Part 2 - Page 412`). It belongs to no letter.
pub fn furniture_line(line: &str) -> bool {
    let t = line.quick_trim();
    // The arrows' first bytes are E2 (`←`, `→`, `↑`) and C2 (`«`, `»`); `→` and `»` end in 92 and BB.
    let b = t.as_bytes();
    let arrow_first = matches!(b.first(), Some(0xe2 | 0xc2)) && t.starts_with(['←', '→', '↑', '«', '»']);
    if arrow_first || matches!(b.last(), Some(0x92 | 0xbb)) && t.ends_with(['→', '»']) {
        return true;
    }
    if matches!(b.first(), Some(b'-' | 0xe2)) && page_number_between_dashes(t) {
        return true;
    }
    if t.len() > 90 {
        return false;
    }
    // What the tests below need, looked for before lowering: a short line's first letter, or `page `. Lowering
    // gives none of these ASCII letters (nor the space) from a wider character.
    let b = t.as_bytes();
    let short = t.len() <= 60 && matches!(b.first().map(u8::to_ascii_lowercase), Some(b'b' | b't' | b'n' | b'r'));
    // A running head ends in its page's number, letters or digits (perhaps a wide letter lowered to one): a line
    // ending in a stop or any other mark is none, and `page ` is not looked for in it.
    if !short && !b.last().is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80) {
        return false;
    }
    let page = |&at: &usize| b[at..].get(..5).is_some_and(|w| w.eq_ignore_ascii_case(b"page "));
    if !short && memchr::memrchr2_iter(b'p', b'P', b).find(page).is_none() {
        return false;
    }
    if t.is_ascii() {
        // The same tests in any case, the line lowered only for a running head's words.
        let next = || t.len() < 20 && strip_prefix_ci(t, "next ").is_some();
        // `Back to top`, `Return to Search Results`: a link back (a sentence so opening has its stops).
        let link = !t.ends_with(['.', ',', ';', '!', '?']) && !t.contains(", ");
        let back = || strip_prefix_ci(t, "back to ").is_some() || link && strip_prefix_ci(t, "return to ").is_some();
        if t.len() <= 60 && (back() || t.eq_ignore_ascii_case("top") || next()) {
            return true;
        }
        let Some(at) = memchr::memrchr2_iter(b'p', b'P', b).find(page) else { return false };
        return with_lowercase(t, |lower| page_of_volume(lower, at));
    }
    with_lowercase(t, |lower| {
        let link = !t.ends_with(['.', ',', ';', '!', '?']) && !t.contains(", ");
        let back = lower.starts_with("back to ") || link && lower.starts_with("return to ");
        if t.len() <= 60 && (back || lower == "top" || lower.starts_with("next ") && lower.len() < 20) {
            return true;
        }
        lower.rfind("page ").is_some_and(|at| page_of_volume(lower, at))
    })
}

/// A wide gap between a menu's items.
static MENU_GAP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"   "));

/// A site's menu: four or more short items (or three of a site's commands) in capitals set apart by wide gaps or bars
/// (`Search   Historical Documents   Department History   Guide to Countries   About`, `Home | Collections | Search`,
/// `Print   Cite   Share`). Each item is a
/// few words, every one capitalised but the small words joining them (`to`, `of`, `and`, `&`); no item holds a
/// figure or a stop. Outside a letter's body it is furniture.
pub fn menu_line(line: &str) -> bool {
    let t = line.quick_trim();
    let b = t.as_bytes();
    // A menu is short, opens with a capital and ends in no stop: most lines are turned away here.
    let ends_stopped = matches!(b.last(), Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'));
    if b.len() > 200 || ends_stopped || !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // Gaps or bars (a middle dot's or a bullet's first byte is C2 or E2).
    let gapped = memchr::memchr(b' ', b).is_some() && MENU_GAP.find(b).is_some();
    let barred = || memchr::memchr(b'|', b).is_some();
    let dotted = || memchr::memchr2(0xc2, 0xe2, b).is_some() && (t.contains(" · ") || t.contains(" • "));
    if !(gapped || barred() || dotted()) {
        return false;
    }
    let items: Vec<&str> = t
        .split(['|', '·', '•', '\t'])
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    let small = |w: &str| ["to", "of", "and", "the", "&", "a", "in", "for"].contains(&w);
    let item_shaped = |item: &&str| {
        let words: Vec<&str> = item.split(' ').collect();
        words.len() <= 4
            && words[0].starts_with(char::is_uppercase)
            && words.iter().all(|w| {
                small(w)
                    || w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            })
    };
    // Three items are a page's tools when each is a site's command (`Print   Cite   Share`).
    const COMMANDS: [&str; 8] = ["print", "cite", "share", "email", "download", "save", "bookmark", "export"];
    let tools = items.len() == 3 && items.iter().all(|item| COMMANDS.iter().any(|c| item.eq_ignore_ascii_case(c)));
    (items.len() >= 4 || tools) && items.iter().all(item_shaped)
}

/// `The Earl of Clarendon, K.G., &c. &c. &c.`, `John F. Crampton, Esq.`, `Sir Edward Grey.`: the addressee as
/// official letters name him under the signature. The name is returned: it carries a title, or the honours after
/// a comma (`Esq.`, `K.G.`, `&c.`) say it is an address.
pub fn addressee_below(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    if t.len() > 80 || t.ends_with([':', ';', '?', '!']) {
        return None;
    }
    let (name, honours) = match t.split_once(", ") {
        Some((name, tail)) => (name, Some(tail)),
        None => (t.trim_end_matches('.'), None),
    };
    let honour = |w: &str| {
        let w = w.trim_end_matches(',');
        ["&c.", "&c", "etc.", "Esq.", "Esq", "Bart.", "Knt."].contains(&w)
            || w.len() >= 2 && w.contains('.') && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
    };
    let honoured = honours.is_some_and(|h| h.split_whitespace().all(honour));
    if honours.is_some() && !honoured {
        return None;
    }
    let first = name.split(' ').next().unwrap_or_default();
    let titled = super::parties::is_title(first) || ["The", "His", "Her", "To"].contains(&first);
    let words = name.split_whitespace().count();
    ((honoured || titled) && (2..=8).contains(&words) && super::parties::person(name).is_some()).then_some(name)
}

/// `&c. &c. &c.`: the honours an address leaves unsaid, on a line of their own.
pub fn honours_unsaid(line: &str) -> bool {
    let t = line.quick_trim();
    !t.is_empty() && t.split_whitespace().all(|w| matches!(w.trim_end_matches(','), "&c." | "&c" | "etc."))
}

/// `— 78 —`, `- xii -`: a page's number between dashes, alone on its line.
fn page_number_between_dashes(t: &str) -> bool {
    let dashes = ['-', '–', '—'];
    let Some(inner) = t.strip_prefix(dashes).and_then(|r| r.strip_suffix(dashes)) else { return false };
    let n = inner.trim_matches(dashes).quick_trim();
    let roman = n.len() <= 8 && n.bytes().all(|b| b"ivxlcdmIVXLCDM".contains(&b));
    !n.is_empty() && (n.len() <= 5 && n.bytes().all(|b| b.is_ascii_digit()) || roman)
}

/// Whether a lowered line with `page ` at `at` is a running head: a short page number after it, and a volume, a
/// series or a part named.
fn page_of_volume(lower: &str, at: usize) -> bool {
    let num = lower[at + 5..].quick_trim();
    !num.is_empty()
        && num.len() <= 6
        && num.bytes().all(|b| b.is_ascii_alphanumeric())
        && (lower.contains("volume") || lower.contains("vol.") || lower.contains("series") || lower.contains("part "))
}

/// `Dear Sir,`, `My dear Brother,`, `Esteemed Mr. Henderson:`, `Major-General Meade:`, `Sir:`: the salutation or
/// inside address that opens a letter's text. Gives the text before the final comma or colon, and the body that
/// follows it on the same line, if any.
pub fn salutation(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim().trim_start_matches(['“', '"']);
    // An opener starts with one of the letters below; an address ends in its colon.
    let first = t.as_bytes().first().map(u8::to_ascii_lowercase);
    // `Cher maître,`, `Chère amie,`: a French greeting opening with `c` is short, alone on its line or run into
    // the text (`Chère comtesse, j'ai reçu votre lettre du 3, ...`).
    let french_c =
        first == Some(b'c') && (t.len() <= 32 || memchr::memchr(b',', &t.as_bytes()[..32.min(t.len())]).is_some());
    // `Illustrissimo Signore,`: an Italian greeting may open with `i`.
    // `Lieber Hermann,`, `Sehr geehrtes Fräulein!`: a German greeting opens with one of its own letters.
    let german = first.is_some_and(super::german_salutes::may_open) && super::german_salutes::opens(t);
    // `Querido Martín: Recibí la tuya`, `Amigo: no tengo tiempo`: a Spanish greeting run into the text after its
    // colon (looked at whole below).
    let spanish_q =
        matches!(first, Some(b'q' | b'a')) && memchr::memchr(b':', &t.as_bytes()[..t.len().min(49)]).is_some();
    if !matches!(first, Some(b'd' | b'm' | b'e' | b'h' | b's' | b'g' | b'y' | b'i'))
        && !french_c
        && !german
        && !spanish_q
        && !t.ends_with(':')
    {
        return None;
    }
    // `Mein lieber, guter Robert,`: a German greeting alone on its line may hold a comma of its own; an older
    // print ends it with a full stop (`Meine liebe Frau.`).
    let whole_german =
        german && t.len() <= 60 && t.ends_with([',', '!', '.']) && super::german_salutes::salutation(&t[..t.len() - 1]);
    let end = match memchr::memchr3(b':', b',', b'!', &t.as_bytes()[..t.len().min(61)]) {
        _ if whole_german => t.len() - 1,
        Some(end) => end,
        // `Dear Sister.`, `Dear friend.`: a greeting alone on its line, ended by a full stop; `My dear Keats`, by
        // nothing.
        None if t.len() <= 40 && t.ends_with('.') && dear_greeting(&t[..t.len() - 1]) => t.len() - 1,
        None if t.len() <= 40 && dear_greeting(t) => t.len(),
        None => return None,
    };
    let head = &t[..end];
    let rest = t.get(end + 1..).unwrap_or_default().quick_trim();
    let starts = |o: &str| strip_prefix_ci(head, o).is_some();
    // Every opener starts with one of these letters.
    let initial = head.as_bytes().first().map(u8::to_ascii_lowercase);
    let opener = matches!(initial, Some(b'd' | b'm' | b'e' | b'h' | b's' | b'g' | b'y'))
        && (["dear ", "my dear ", "dearest ", "esteemed ", "honoured ", "honored ", "most ", "my very dear "]
            .iter()
            .any(|o| starts(o))
            || ["sir", "madam", "gentlemen", "dear sir", "my lord", "your excellency", "your majesty"]
                .iter()
                .any(|o| o.eq_ignore_ascii_case(head))
            // `Dr Sir`, `My Dr Friend`: `Dear` as the eighteenth century wrote it short, before a courtesy.
            || ["dr sir", "dr. sir", "dr madam", "dr. madam", "my dr ", "dr friend", "dr brother", "dr sister"]
                .iter()
                .any(|o| starts(o)))
        // `Monsieur,`, `Ma chère fille,`, `Mon cher maître,`.
        || matches!(initial, Some(b'm' | b's' | b'c')) && super::french::salutation(head)
        // `Mi querido general:`, `Señor:`, `Excelentísimo señor:`, alone on their line, or run into the text
        // after the colon.
        || (rest.is_empty() || t.as_bytes()[end] == b':')
            && matches!(initial, Some(b'm' | b's' | b'e' | b'q' | b'a' | b'i'))
            && super::spanish::salutation(head)
        // `Magnifico Ambasciadore,`, `Compare carissimo,`, alone on their line.
        || rest.is_empty()
            && matches!(initial, Some(b'm' | b's' | b'c' | b'i' | b'e' | b'd'))
            && super::italian::greeting(head)
        // `Liebe Lou,`, `Gnädiges Fräulein!`, `Liebste! Es ist ½2 Uhr nachts`.
        || german && super::german_salutes::salutation(head);
    // `R H:`, `T. G:`: initials signed with a colon under the close, no addressee.
    let initials = || head.split_whitespace().all(|w| w.trim_end_matches('.').chars().count() == 1);
    let address = t.as_bytes().get(end) == Some(&b':')
        && rest.is_empty()
        && head.split_whitespace().count() <= 6
        && !initials()
        && super::parties::valid(head);
    (opener && head.split_whitespace().count() <= 7 || address).then_some((head, rest))
}

/// `Schiller.`, `Goethe.`: a surname alone with its full stop, as a writer signs under the closing date line. One
/// word of three letters or more, a capital and then small letters (a hyphen or apostrophe inside), and no word
/// that closes or greets (`Adieu.`, `Yours.`).
pub fn surname_alone(line: &str) -> Option<&str> {
    let t = line.quick_trim().strip_suffix('.')?;
    let mut chars = t.chars();
    let shaped = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        && t.chars().count() >= 3;
    let said = ["Adieu", "Amen", "Vale", "Finis", "Yours", "Ever", "Farewell", "Lebewohl", "Leben"];
    (shaped && !said.contains(&t)).then_some(t)
}

/// `Dear Sister`, `My dear Friend`, `Dearest Mother`: an English greeting by its opener and a few words (no initial,
/// whose stop may end the line: `Dear J.`), each capitalised but the opener's.
fn dear_greeting(head: &str) -> bool {
    let rest = ["dear ", "my dear ", "dearest ", "my dearest "].iter().find_map(|o| strip_prefix_ci(head, o));
    rest.is_some_and(|r| {
        let words: Vec<&str> = r.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_alphabetic()) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            })
            && words.last().is_some_and(|w| w.starts_with(char::is_uppercase) || w.eq_ignore_ascii_case("friend"))
    })
}

/// `Mr. SECRETARY: I have the honor ...`, `GENERAL: Your dispatch of ...`: an official record's salutation in
/// capitals (perhaps after `Mr.` or `My`) run into the first paragraph with a colon. Gives the salutation with its
/// colon and the text after it. Only a colon within the first 32 bytes, followed by a space and a capital, is read.
pub fn run_in_salutation(line: &str) -> Option<(&str, &str)> {
    let t = line.quick_trim_start();
    // A capital first (`M` of `Mr.` or `MY`, `G`, `S`), then the colon.
    if !t.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let colon = memchr::memchr(b':', &t.as_bytes()[..t.len().min(32)])?;
    let t = t.quick_trim_end();
    let after = &t[colon + 1..];
    let rest = after.quick_trim_start();
    if !after.starts_with(' ') || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let head = &t[..colon];
    let capitals = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_uppercase() || c == '-');
    let mut words = 0;
    let ok = head.split_whitespace().all(|w| {
        words += 1;
        words <= 3 && (capitals(w) || matches!(w, "Mr." | "Mrs." | "My" | "MY" | "Dear" | "DEAR"))
    });
    let last = head.split_whitespace().next_back().is_some_and(capitals);
    (ok && last).then_some((&t[..=colon], rest))
}

/// `(Received 10 a.m.)`, `(Received May 12, 4.30 p.m.)`: under an official record's dateline, when the despatch
/// arrived, in round brackets.
pub fn receipt_line(line: &str) -> Option<&str> {
    let t = line.quick_trim();
    let inner = t.strip_prefix('(')?.strip_suffix(')')?;
    let rest = strip_prefix_ci(inner, "received ")?;
    (t.len() <= 60 && rest.bytes().any(|b| b.is_ascii_digit())).then_some(t)
}

/// An addressee over two lines, as dispatches print it: a name ending in a comma, then an office or command ending
/// in a colon (`Major-General SLOCUM,` / `Commanding Twelfth Corps:`). Gives the name.
pub fn addressee_with_office<'a>(line: &'a str, next: &[&str]) -> Option<&'a str> {
    let head = line.quick_trim().strip_suffix(',')?;
    let office = next.first()?.quick_trim();
    let short = |s: &str| (1..=6).contains(&s.split_whitespace().count());
    // `President of the Confederate States, Richmond, Va.:`: the office, then where it sits (a few capitalised
    // words, or `near` a place).
    let (post, seat) = office.split_once(", ").unwrap_or((office, ""));
    let seat_ok = seat.split_whitespace().count() <= 4
        && seat.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "near" | "at" | "in"));
    let office_ok = office.ends_with(':') && short(post) && seat_ok && office.starts_with(char::is_uppercase);
    let name_ok = short(head) && !head.contains(',') && super::parties::valid(head);
    (office_ok && name_ok).then_some(head)
}

/// A headquarters or office line ending in a comma above a date line (`HEADQUARTERS ARMY OF THE POTOMAC,` /
/// `WAR DEPARTMENT,`): capitalised words, no digits. Gives the place.
pub fn station_line(line: &str) -> Option<&str> {
    let head = line.quick_trim().strip_suffix(',')?;
    let words = head.split_whitespace().count();
    let ok = (1..=8).contains(&words)
        && !head.bytes().any(|b| b.is_ascii_digit())
        && head
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and" | "de" | "at" | "near"))
        && lines_upper(head);
    ok.then_some(head)
}

/// A line of a letter's dateline block that names where it was written, above or below the date (`Executive
/// Mansion,`, `13 Queen Square, Bath`, `Down Bromley Kent`): a few capitalised words (house numbers allowed), no
/// sentence, no salutation. Only read next to a date line.
pub fn place_line(line: &str) -> bool {
    // The first letter is looked at first, before the line is trimmed.
    if !line.quick_trim_start().starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let t = line.quick_trim();
    if t.len() > 60 {
        return false;
    }
    let head = t.trim_end_matches(',');
    // `From Hester Marlowe` over a date: a writer's heading wrapped, no place.
    if strip_prefix_ci(head, "from ").is_some() {
        return false;
    }
    if head.ends_with([':', ';', '!', '?']) {
        return false;
    }
    // Each word capitalised (or a small link) first: a sentence fails at its first word in lower case, and a line
    // fails at its eighth word (one to seven are a place's), read in the same pass.
    // A `TO` between capitalised words makes a heading (`MARGARET PASTON TO JOHN PASTON.`), not a place.
    let mut words = 0;
    head.split_whitespace().all(|w| {
        words += 1;
        words <= 7
            && (w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !w.eq_ignore_ascii_case("to")
                || matches!(w, "and" | "upon")
                // `Paris, 11 rue Toullier`: the small words of a French street.
                || matches!(w, "rue" | "quai" | "boulevard" | "avenue" | "faubourg")
                || PLACE_LINKS.contains(&w)
                // `Viareggio bei Pisa (Italien),`: the country in brackets, one word (`(No. 31.)` is a number).
                || w.strip_prefix('(').and_then(|c| c.trim_end_matches([',', '.']).strip_suffix(')')).is_some_and(|c| {
                    c.starts_with(char::is_uppercase) && c.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                }))
    }) && words >= 1
        && (!head.ends_with('.')
            || head.rsplit(' ').next().is_some_and(|w| {
                // `LONDON.`, `N.Y.`, or a state's or county's abbreviation (`Va.`, `Mass.`).
                w.chars().all(|c| c.is_uppercase() || c == '.') || w.len() <= 5 && w.starts_with(char::is_uppercase)
            }))
        && head.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && salutation(line).is_none()
}

/// One or two place lines, then a date line (`Executive Mansion,` / `Washington, April 30, 1864.`): the date, the
/// place (the place lines joined before the date line's own), the place lines taken, and the block as printed.
pub fn place_then_date(line: &str, next: &[&str]) -> Option<(Found, String, usize, String)> {
    if !place_line(line) {
        return None;
    }
    let mut places = vec![line.quick_trim().trim_end_matches(',')];
    for (k, n) in next.iter().enumerate().take(2) {
        let (dated, yearless) = date_lines(n);
        // `Oct. 9.` / `[1850]`: the year on the line under the day, the editor's in brackets or not.
        let year_below = || {
            let t = next.get(k + 1)?.quick_trim();
            let bare = t.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(t).trim_end_matches('.');
            (bare.len() == 4).then(|| bare.parse::<i32>().ok()).flatten().map(|year| (year, t))
        };
        let read = match (dated, yearless) {
            (Some(d), _) => Some((d, k + 1, None)),
            (None, Some(mut d)) => year_below().map(|(year, t)| {
                d.found.year = Some(year);
                (d, k + 2, Some(t))
            }),
            (None, None) => None,
        };
        if let Some((d, used, below)) = read {
            let printed =
                places.iter().chain([&n.quick_trim()]).chain(below.as_ref()).copied().collect::<Vec<_>>().join(" ");
            let place = places.iter().copied().chain(d.place.as_deref()).collect::<Vec<_>>().join(", ");
            return Some((d.found, place, used, printed));
        }
        if !place_line(n) {
            return None;
        }
        places.push(n.quick_trim().trim_end_matches(','));
    }
    None
}

/// An inside address under a dateline (`Lieutenant General Grant.`, `Hon. Secretary of War.`): a short name or
/// office alone on its line, ending in a stop or comma.
pub fn inside_address(line: &str) -> bool {
    let t = line.quick_trim();
    let head = t.trim_end_matches(['.', ',']);
    head.len() < t.len()
        && (1..=6).contains(&head.split_whitespace().count())
        && super::parties::valid(head)
        && salutation(line).is_none()
}

/// Most letters of `s` in capitals: a station line is set in capitals.
fn lines_upper(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    letters > 0 && upper * 4 >= letters * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editions_apparatus_under_a_heading_is_read_as_such() {
        for line in [
            "ALS: American Philosophical Society",
            "LS:1 Archives du Ministère des affaires étrangères",
            "MS. British Museum. Pub. with omis. Letters, i. 283.",
            "[NA, GLO, Misc. Lets. Recd., V-1]",
            "[AA : A3195, 1940, 1.4122]",
            "Address: Mr. Thomas Poole | Nether Stowey | Bridgewater",
            "Postmark: 29 March 1799.",
            "Endorsed: Recd 9th April 1813",
            "MS Bodleian Library.",
            "Ms. Lov., A 301, fos 12-15.",
            "MS Free Library of Philadelphia. Address: Mr. Hale.",
            "Extract in Tredgold, Life, II, iv, 210. Date: the Monday after.",
            "Text from Frost, Recollections, I, 88.",
            "Text MS Dartmouth; Watts 116",
            "Handschrift in 's-Gravenhage, KB, hs. 72 D 9.",
            "Minuut in Leiden, UB, hs. BPL 1404.",
        ] {
            assert!(apparatus(line).is_some(), "{line}");
        }
        for line in [
            "[Translation]",
            "[Moscow,] August 22, 1942",
            "MS came to see me on Tuesday.",
            "Dear Sir,",
            "Sir: I have the honour to report",
            "LSD was not yet known.",
            "[NA] is the abbreviation used.",
            "MS Morgan came to see me on Tuesday.",
            "MS Morgan",
            "Ms. Morgan came to see me on 3 May.",
            "Text from the first page is missing.",
            "Gedrukt in de stad, want",
        ] {
            assert!(apparatus(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_french_dispatchs_hour_after_its_date_is_no_part_of_it() {
        assert_eq!(french_hour("Berlin, 1er avril 1905, 1 h. 40 soir"), "Berlin, 1er avril 1905");
        assert_eq!(french_hour("Paris, 3 avril 1905, 10 h. 15 du matin"), "Paris, 3 avril 1905");
        assert_eq!(french_hour("Paris, 3 avril 1905, midi"), "Paris, 3 avril 1905");
        assert_eq!(french_hour("Berlin, 1er avril 1905, 1 page"), "Berlin, 1er avril 1905, 1 page");
        assert_eq!(french_hour("Paris, 3 avril 1905"), "Paris, 3 avril 1905");
    }

    #[test]
    fn small_fixed_shapes() {
        assert_eq!(number_line("No. 28"), Some("28"));
        assert_eq!(number_line("No. 28 was"), None);
        assert_eq!(number_line("No. IV."), Some("IV"), "an exchange's number in roman figures");
        assert_eq!(number_line("No. I think not."), None);
        assert_eq!(number_line("LETTER XLII."), Some("XLII"));
        assert_eq!(number_line("Letter 12"), Some("12"));
        assert_eq!(number_line("Epistle iv"), Some("iv"));
        assert_eq!(number_line("Letter to him"), None);
        assert_eq!(number_line("LETTER CLIVE"), None);
        assert_eq!(number_line("Lettera XII."), Some("XII"));
        assert_eq!(number_line("CARTA 45."), Some("45"));
        assert_eq!(number_line("Núm. 312"), Some("312"));
        assert_eq!(number_line("Carta de Lima"), None);
        assert_eq!(roman_number("CCXII."), Some("CCXII"));
        assert_eq!(roman_number("CCXII"), None, "the full stop is the number's");
        assert_eq!(stamp_line("Received on November 22, 1941").map(|(s, f)| (s, f.day)), Some((Stamp::Received, 22)));
        assert_eq!(stamp_line("Sent on January 8, 1942").map(|(s, f)| (s, f.month)), Some((Stamp::Sent, 1)));
        assert_eq!(stamp_line("Sent on"), None);
        assert_eq!(classification_line("Personal and Most Secret"), Some("Personal and Most Secret"));
        assert_eq!(classification_line("Personal and Secret Message from"), None);
        assert_eq!(classification_line("And most"), None);
        assert!(may_be_classification("TOP SECRET*1 [Page 3]"));
        assert!(!may_be_classification("Top secret, he said"));
        assert_eq!(source_line("Source : Stalin: Works"), Some("Stalin: Works"));
        assert!(notes_head("                NOTES") && notes_head("Notes.") && notes_head("Anmerkungen:"));
        assert!(!notes_head("Notes on the voyage") && !notes_head("Note"));
        assert!(notes_head("MANUSCRIPT") && notes_head("TEXTUAL NOTES") && !notes_head("Editions"));
        assert_eq!(apparatus("From the original in IEE MS SC 2"), Some("From the original in IEE MS SC 2"));
        assert_eq!(source_line("From the original in the museum I saw it."), None, "in a text: a sentence");
        assert_eq!(apparatus("From the window in the hall"), None);
        assert_eq!(work_number("   Fam. XI, 2."), Some("Fam. XI, 2"));
        assert_eq!(work_number("Ep. 23"), Some("Ep. 23"));
        assert_eq!(work_number("Att. XII. 40a"), Some("Att. XII. 40a"));
        assert_eq!(work_number("Mr. Smith"), None);
        assert_eq!(work_number("Vol. II, part 3"), None);
        assert_eq!(work_number("St. 12 Street"), None);
        assert_eq!(source_line("Sources of"), None);
        assert_eq!(source_line("From a photostat: G.N. 1234"), Some("From a photostat: G.N. 1234"));
        assert_eq!(source_line("From the original."), Some("From the original."));
        assert_eq!(source_line("From a carbon copy: Jones Papers"), Some("From a carbon copy: Jones Papers"));
        assert_eq!(source_line("From a copy of the treaty he drew the figures."), None);
        assert_eq!(source_line("RC (MHi: Adams Papers); endorsed."), Some("RC (MHi: Adams Papers); endorsed."));
        // The kind, a comma and the archive's siglum: `ALS, DLC (7).`, `ALS, InND: Sherman Family Papers.`
        assert!(source_note("ALS, THi (7-0871). Published in Bassett, 1:320."));
        assert!(source_note("ALS, InND: Sherman Family Papers."));
        assert!(source_note("LB (ScHi). Addressed: \"Mr. Samuel Pryor, Savannah.\""));
        assert!(source_note("PrC (DLC); at foot of text: \"Mr. Cutting.\""));
        assert!(source_note("TLS, DLC."));
        assert!(source_note("ALS, DLC-USG."));
        assert!(!source_note("LS, and then the rest of a sentence."));
        assert!(!source_note("Copy, Sir, what you can of it."));
        assert_eq!(source_line("LbC (Adams Papers)."), Some("LbC (Adams Papers)."));
        assert_eq!(source_line("RC of the treaty (a copy)"), None);
        assert_eq!(source_line("From a distance we saw the town."), None);
        assert!(separator_line("* * *"));
        assert!(!separator_line("* a"));
        assert_eq!(page_line("[Page 740]"), Some("740"));
    }

    #[test]
    fn lowering_a_wide_character_gives_no_letter_furniture_looks_for() {
        let wide = (0x80..=0x10ffff).filter_map(char::from_u32);
        let bad = wide.filter(|c| c.to_lowercase().any(|l| "btnpage ".contains(l))).collect::<Vec<_>>();
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn gaps_are_three_spaces_or_a_tab_anywhere() {
        for len in 0..80 {
            for at in 0..len {
                let mut line = vec![b'a'; len];
                line[at] = b'\t';
                assert!(has_gap(&line), "tab at {at} of {len}");
                if at + 3 <= len {
                    let mut line = vec![b'a'; len];
                    line[at..at + 3].copy_from_slice(b"   ");
                    assert!(has_gap(&line), "spaces at {at} of {len}");
                    line[at + 1] = b'a';
                    assert!(!has_gap(&line), "no run at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn items() {
        let i = item_line("  1. Copy of telegram obtained").expect("item");
        assert_eq!((i.label, i.text, i.indented), ("1", "Copy of telegram obtained", true));
        let i = item_line("2. President Beneš is coming").expect("item");
        assert!(!i.indented);
        assert_eq!(item_line("1945. The year"), None);
        assert_eq!(item_line("* The reference is to").map(|i| i.label), Some("*"));
        assert_eq!(item_line("* * *"), None);
    }

    #[test]
    fn an_editors_written_or_dated_and_a_time_of_day_are_no_place() {
        let place = |l: &str| date_line(l).and_then(|d| d.place);
        assert_eq!(place("Written January 8, 1913"), None);
        assert_eq!(place("Written before February 14, 1913"), None);
        assert_eq!(place("Dated at Moscow, 8 January 1913").as_deref(), Some("Moscow"));
        assert_eq!(place("Friday Evening, 14 July [1775]"), None);
        assert_eq!(place("[Moscow,] August 22, 1945").as_deref(), Some("Moscow"));
        assert_eq!(place("Head Quarters, Newburgh, 4 April 1783").as_deref(), Some("Head Quarters, Newburgh"));
    }

    #[test]
    fn date_lines() {
        assert_eq!(date_line("July 18, 1941").map(|f| f.found.day), Some(18));
        assert_eq!(date_line("January 11th, 1943.").map(|f| f.found.day), Some(11));
        assert_eq!(date_line("Moscow, July 18, 1941").map(|f| f.found.month), Some(7));
        assert_eq!(date_line("The Kremlin, Moscow, 18 July 1941").map(|f| f.found.year), Some(Some(1941)));
        let d = date_line("Braintree Feb. 3. 1790.").expect("date");
        assert_eq!((d.found.day, d.place.as_deref()), (3, Some("Braintree")));
        assert_eq!(date_line("July 4, 1863—10 p.m.").map(|f| f.found.day), Some(4));
        assert_eq!(date_line("Tuesday, March 3, 2009 10:15 AM").map(|f| f.found.day), Some(3));
        assert_eq!(date_line("Birmingham"), None);
        assert_eq!(item_line("(2) The orchard.").map(|i| (i.label, i.text)), Some(("2", "The orchard.")));
        let note = item_line("[Footnote 3: The lane by the mill.]").map(|i| (i.label, i.text));
        assert_eq!(note, Some(("3", "The lane by the mill.")));
        assert_eq!(salutation("Dr Sir,").map(|s| s.0), Some("Dr Sir"));
        assert_eq!(salutation("Dr. Johnson said,"), None);
        // A greeting alone on its line may end with a full stop.
        assert_eq!(salutation("Dear Sister.").map(|s| s.0), Some("Dear Sister"));
        assert_eq!(surname_alone("   Schiller."), Some("Schiller"));
        assert_eq!(surname_alone("Goethe"), None, "no stop: perhaps a word of text");
        assert_eq!(surname_alone("Adieu."), None);
        assert_eq!(surname_alone("SCHILLER."), None, "capitals: a heading's word");
        assert_eq!(salutation("Dear friend.").map(|s| s.0), Some("Dear friend"));
        assert_eq!(salutation("My dear Mrs. Holland.").map(|s| s.0), Some("My dear Mrs. Holland"));
        assert_eq!(salutation("Dear me."), None, "no capital: an exclamation");
        assert_eq!(salutation("My dear Southey").map(|s| s.0), Some("My dear Southey"));
        assert_eq!(salutation("Dear J."), None, "an initial's stop");
        assert!(item_line("(the) orchard").is_none() && item_line("(1234) x").is_none());
        let d = date_line("New York, 5 May, 1789, Tuesday").expect("a date with its weekday after it");
        assert_eq!((d.found.day, d.found.year, d.place.as_deref()), (5, Some(1789), Some("New York")));
        assert_eq!(date_line("To Asa Gray 10 March [1860]"), None);
        let d = date_line_without_year("[Moscow,] August 22,").expect("date");
        assert_eq!((d.found.day, d.place.as_deref()), (22, Some("Moscow")));
        assert_eq!(year_line("1945."), Some(1945));
        assert_eq!(iso_line("1942-12-06 Correspondence V1, No. 93, to Churchill").map(|f| f.day), Some(6));
        assert_eq!(file_number_date("740.00119 PW/8–2245").map(|d| d.to_string()).as_deref(), Some("1945-08-22"));
        assert_eq!(metadata_line("From: Washington, George"), Some((Meta::From, "Washington, George")));
        assert_eq!(metadata_line("Fromage: no"), None);
        assert!(archive_line("Roosevelt Papers: Telegram"));
        assert!(archive_line("861.24/638: Telegram"));
        assert!(!archive_line("Note: the President agreed"));
        assert!(menu_line(
            "Search   Historical Documents   Department History   Guide to Countries   Milestones   About"
        ));
        assert!(menu_line("Home | Letters | Editorial Method | Search"));
        assert!(menu_line("Home · Browse · Search · Help"));
        // Three items, a figure, a stop or a sentence: no menu.
        assert!(!menu_line("Home | Letters | Search"));
        assert!(menu_line("Print   Cite   Share"));
        assert!(!menu_line("MY LORD,      Cartaxo, 2nd January, 1811."));
        assert!(!menu_line("Infantry   Cavalry   Artillery   1,200 men"));
        assert!(!menu_line("We went on   and on   until the night   came down   upon us"));
        assert!(!menu_line("A plain line of prose with no gaps in it at all, to no one."));
        assert!(furniture_line("← Back to index"));
        assert!(furniture_line("Return to Official Records Search Results"));
        assert!(!furniture_line("Return to me soon, my dearest, and write."));
        assert!(furniture_line("Series I, Volume XXXVI, Part 2 - Page 412"));
        assert!(furniture_line("Série I, Volume XXXVI — Page 412"));
        assert!(!furniture_line("Série I, Volume XXXVI — Pages 412"));
        assert!(furniture_line("— 78 —") && furniture_line("- xii -") && furniture_line("–412–"));
        assert_eq!(addressee_below("The Earl of Clarendon, K.G., &c. &c. &c."), Some("The Earl of Clarendon"));
        assert_eq!(addressee_below("John F. Crampton, Esq."), Some("John F. Crampton"));
        assert_eq!(addressee_below("Sir Edward Grey."), Some("Sir Edward Grey"));
        assert_eq!(addressee_below("The weather held, and we sailed."), None);
        assert_eq!(addressee_below("Yours, &c."), None);
        assert!(honours_unsaid("&c. &c. &c.") && !honours_unsaid("&c. and more"));
        assert!(!furniture_line("— 78") && !furniture_line("- Dear Sir -") && !furniture_line("---"));
        assert_eq!(salutation("My Dear Mr. Stalin: This note").map(|s| s.0), Some("My Dear Mr. Stalin"));
        assert_eq!(salutation("Major-General HALLECK:").map(|s| s.0), Some("Major-General HALLECK"));
        assert_eq!(salutation("I beg you, sir, to"), None);
        assert_eq!(date_line("July 18, 1941 was the day"), None);
        assert_eq!(date_line("January 11"), None);
        // Days of the week, editors' brackets, letters written over days.
        let d = date_line("Thursday 14 October 1802").expect("date");
        assert_eq!((d.found.day, d.place.as_deref()), (14, None), "a weekday is no place");
        assert_eq!(date_line("Wed. [3 May 1865]").map(|f| (f.found.day, f.found.month)), Some((3, 5)));
        assert_eq!(date_line("[17 August 1853]").map(|f| f.found.day), Some(17));
        let d = date_line("Friday 30 June – Saturday 1 July 1815").expect("date");
        assert_eq!((d.found.day, d.found.month, d.found.year), (30, 6, Some(1815)));
        assert_eq!(date_line("12-13 March 1790").map(|f| (f.found.day, f.found.month)), Some((12, 3)));
        assert_eq!(date_line("Sundays are 1 to 2 hours long"), None);
        let d = date_line("BATH, May 10, O. S. 1748.").expect("date");
        assert_eq!((d.found.day, d.found.year, d.place.as_deref()), (10, Some(1748), Some("BATH")));
        assert_eq!(date_line("Hague, March 2, 1749, N. S.").map(|d| d.found.day), Some(2));
        let d = date_line("Victory, off Ushant, 4th June, 1805.").expect("date");
        assert_eq!((d.found.day, d.place.as_deref()), (4, Some("Victory, off Ushant")));
        let d = date_line("On board the Bellerophon, 12 August 1815").expect("date");
        assert_eq!(d.place.as_deref(), Some("On board the Bellerophon"));
        assert!(place_line("27 Gower Street, W.C."));
        assert!(place_line("Government House,"));
        assert!(!place_line("Dearest Tom,"), "a salutation is no place");
        assert!(!place_line("We came home at last."));
        assert!(inside_address("Colonel Thomas Pickering."));
        assert!(!inside_address("Come at once."));
    }

    #[test]
    fn closing_formulas() {
        let d = formula_date("Given at Rome, at St. Peter's, the 22nd day of January, 1899, the twenty-first year.");
        let d = d.expect("date");
        assert_eq!((d.found.day, d.found.year, d.place.as_deref()), (22, Some(1899), Some("Rome")));
        assert_eq!(formula_date("Dated at Paris the 3rd of May 1815.").and_then(|d| d.place), Some("Paris".into()));
        assert_eq!(formula_date("Written at Norwich, on the Tuesday next after Michaelmas."), None);
        assert_eq!(formula_date("Given the choice, on the 3rd of May 1815 I would go."), None);
    }

    #[test]
    fn dispatch_lines() {
        assert_eq!(date_line("5 P.M., April 30th, 1863.").map(|f| f.found.day), Some(30));
        assert_eq!(date_line("10.30 a.m., May 2, 1864").map(|f| f.found.month), Some(5));
        assert_eq!(date_line("5 men, April 30th, 1863."), None);
        assert_eq!(station_line("HEADQUARTERS CAVALRY CORPS,"), Some("HEADQUARTERS CAVALRY CORPS"));
        assert_eq!(station_line("NAVY DEPARTMENT,"), Some("NAVY DEPARTMENT"));
        assert_eq!(station_line("Dear Sir,"), None);
        assert_eq!(station_line("IN 1864,"), None);
        let office = ["Commanding Second Division:"];
        assert_eq!(addressee_with_office("Brigadier-General GREGG,", &office), Some("Brigadier-General GREGG"));
        assert_eq!(addressee_with_office("Brigadier-General GREGG,", &["and the rest of them went home."]), None);
        assert_eq!(addressee_with_office("When the rain stopped at last we went,", &office), None);
        let seat = ["President of the Confederate States, Richmond, Va.:"];
        assert_eq!(
            addressee_with_office("His Excellency JEFFERSON DAVIS,", &seat),
            Some("His Excellency JEFFERSON DAVIS")
        );
        let prose = ["President of the Confederate States, who was then at home:"];
        assert_eq!(addressee_with_office("His Excellency JEFFERSON DAVIS,", &prose), None);
        assert_eq!(receipt_line("(Received 10 a.m.)"), Some("(Received 10 a.m.)"));
        assert_eq!(receipt_line("(Received with thanks.)"), None);
    }

    #[test]
    fn salutations_in_capitals_run_into_the_text() {
        assert_eq!(run_in_salutation("Mr. SECRETARY: I have the honor"), Some(("Mr. SECRETARY:", "I have the honor")));
        assert_eq!(
            run_in_salutation("GENERAL: Your dispatch of the 10th"),
            Some(("GENERAL:", "Your dispatch of the 10th"))
        );
        assert_eq!(run_in_salutation("MY DEAR GENERAL: I write"), Some(("MY DEAR GENERAL:", "I write")));
        assert_eq!(run_in_salutation("Sir: I have the honor"), None, "not in capitals");
        assert_eq!(run_in_salutation("GENERAL:"), None, "alone on its line");
        assert_eq!(run_in_salutation("The GENERAL: he came"), None);
    }

    #[test]
    fn archive_references_and_routing_lines_have_their_shapes_and_prose_has_none() {
        for reference in ["F.O. 371/2162.", "CAB 65/4", "PRO 30/22/14", "740.00119 PW/8–2245"] {
            assert!(archive_line(reference), "{reference}");
        }
        for frames in ["2369/495063-64", "1613/386521"] {
            assert!(archive_line(frames), "{frames}");
        }
        for prose in
            ["I. 12 men came.", "F.O. was shut", "See 371/2162 above.", "Rome 3/4", "12/5/1863", "3/14159 of it"]
        {
            assert!(!archive_line(prose), "{prose}");
        }
        assert_eq!(routing_line("(No. 402.) Confidential."), Some("(No. 402.) Confidential."));
        assert_eq!(routing_line("(No. 77.)"), Some("(No. 77.)"));
        assert_eq!(routing_line("R. August 4."), Some("R. August 4."));
        assert_eq!(routing_line("D. 3·10 P.M."), Some("D. 3·10 P.M."));
        assert_eq!(routing_line("Cable S-51234. Top secret"), Some("Cable S-51234. Top secret"));
        assert_eq!(routing_line("Telegram No. 412."), Some("Telegram No. 412."));
        assert_eq!(routing_line("Cable from London"), None);
        assert_eq!(routing_line("Telegram 12 came late"), None);
        for prose in ["(No. 402.) was sent at once.", "R. Smith came.", "(Not now.)", "D. sang"] {
            assert_eq!(routing_line(prose), None, "{prose}");
        }
    }

    #[test]
    fn a_whole_bracketed_date_line_and_a_weekday_after_the_place() {
        let d = date_line("[Norwich, 27 October 1465.]").expect("a date line");
        assert_eq!((d.found.year, d.place.as_deref()), (Some(1465), Some("Norwich")));
        let d = date_line("Ashby, Friday, June 3, 1859.").expect("a date line");
        assert_eq!(d.place.as_deref(), Some("Ashby"));
        assert!(date_line("[Norwich, 27 October 1465.] and more [words]").is_none());
        let d = date_line("[Kiel, before 20 March 1911]").expect("an editor's bound on the date");
        assert_eq!(d.place.as_deref(), Some("Kiel"));
        let d = date_line("[Bern, 18 or 25 May 1905]").expect("two days the editor could not choose between");
        assert_eq!((d.found.day, d.found.month, d.place.as_deref()), (18, 5, Some("Bern")));
        let d = date_line("[Leipzig,] Sonntag, den 11ten Februar [1838]").expect("the editor's place, then a weekday");
        assert_eq!((d.found.day, d.found.year, d.place.as_deref()), (11, Some(1838), Some("Leipzig")));
    }

    #[test]
    fn a_date_in_figures_is_read_only_one_way() {
        let d = date_line("Executive Mansion, 5/17/1863.").expect("month first with a slash");
        assert_eq!((d.found.month, d.found.day, d.found.year), (5, 17, Some(1863)));
        assert_eq!(d.place.as_deref(), Some("Executive Mansion"));
        let d = date_line("Paris, 17.5.1863").expect("day first with a full stop");
        assert_eq!((d.found.month, d.found.day), (5, 17));
        let unread =
            ["Paris, 3/4/1863", "Paris, 5.17.1863", "Paris, 13/13/1863", "Paris, 2/30/1863", "I wrote on 5/17/1863."];
        for unread in unread {
            assert!(date_line(unread).is_none(), "{unread}");
        }
    }

    #[test]
    fn central_europe_dates_in_figures_day_first_and_months_in_roman_figures() {
        let d = date_line("Wien, 28. 9. 1905").expect("full stops and spaces, the day first");
        assert_eq!((d.found.day, d.found.month, d.found.year, d.place.as_deref()), (28, 9, Some(1905), Some("Wien")));
        let d =
            date_line("Wien, 3. 4. 1899").expect("with full stops the day comes first, though both could be months");
        assert_eq!((d.found.day, d.found.month), (3, 4));
        let d = date_line("20. IX. 1912").expect("a month in Roman figures");
        assert_eq!((d.found.day, d.found.month, d.found.year), (20, 9, Some(1912)));
        assert_eq!(with_century("1. XI. 12", Some(1912)).as_deref(), Some("1. XI. 1912"));
        for unread in ["20/IX/1912", "20. XIII. 1912", "Chapter 20. IX. 1912 was", "5/ 17/1863"] {
            assert!(date_line(unread).is_none(), "{unread}");
        }
    }

    #[test]
    fn a_classical_collections_citation_numbers_the_letter() {
        assert_eq!(number_line("Fam. XXI, 10."), Some("XXI, 10"));
        assert_eq!(number_line("Ep. XLIX."), Some("XLIX"));
        for not in ["Fam. friends.", "Mr. XXI, 10.", "FAM. XXI, 10.", "Fam. 21, 10."] {
            assert_eq!(number_line(not), None, "{not}");
        }
    }

    #[test]
    fn a_year_in_two_figures_takes_the_pages_century() {
        assert_eq!(with_century("7 June 44", Some(1944)).as_deref(), Some("7 June 1944"));
        assert_eq!(
            with_century("Camp near Falmouth, Dec. 3, '62.", Some(1861)).as_deref(),
            Some("Camp near Falmouth, Dec. 3, 1862")
        );
        assert_eq!(with_century("Jan. 2, 01", Some(1899)).as_deref(), Some("Jan. 2, 1901"), "the nearer century");
        assert_eq!(with_century("7 June 44", None), None, "no page's year: no guess");
        assert_eq!(with_century("We lost 44", Some(1944)), None, "no month");
        assert_eq!(with_century("7 June 1944", Some(1944)), None);
        assert_eq!(with_century("[Moscow,] August 22,", Some(1945)), None, "a day, its year on the next line");
    }

    #[test]
    fn a_business_letters_references_are_file_lines() {
        assert!(archive_line("Our ref. JHB/MM"));
        assert!(archive_line("Your ref. 14/B"));
        assert!(archive_line("Your Reference: AS/221"));
        assert!(archive_line("Ref: PL/7"));
        assert!(!archive_line("Our refusal was final."));
        assert!(!archive_line("Your ref. is in the post and will reach you on Monday"));
        assert!(!archive_line("Referring to your letter"));
    }

    #[test]
    fn an_inside_address_may_name_a_street_by_its_number() {
        let next = ["12 High Street,", "Leeds.", "", "Dear Sirs,"];
        assert_eq!(address_lines_above("Messrs. Dale & Sons,", &next), Some(("Messrs. Dale & Sons", 2)));
        let next = ["Leeds.", "", "Dear Sirs,"];
        assert_eq!(address_lines_above("12 High Street,", &next), None, "a street is no addressee");
        let next = ["12 of them came back,", "", "Dear Sirs,"];
        assert_eq!(address_lines_above("The carding shed", &next), None, "no party heads it");
    }

    #[test]
    fn an_editions_labels_over_a_letter_are_its_source() {
        assert_eq!(portal_label("Source status: Original manuscript"), Some(("Source status", "Original manuscript")));
        assert_eq!(
            portal_label("Location: Haarlem, Frans Hals Museum, inv. no. b12"),
            Some(("Location", "Haarlem, Frans Hals Museum, inv. no. b12"))
        );
        let reasoning = "Date: The letter was written two days before the next, after the visit to Delft.";
        assert_eq!(portal_label(reasoning).map(|(l, _)| l), Some("Date"));
        assert_eq!(portal_label("Date: 5 December 1883"), None, "a date after the label is the metadata's");
        assert_eq!(portal_label("Date: about 1884"), None, "a few words: no reasoning");
    }

    #[test]
    fn a_month_alone_gives_the_days_it_spans() {
        let span = |l: &str| month_line(l).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(span("April 1862"), Some(("1862-04-01".into(), "1862-04-30".into())));
        assert_eq!(span("early April 1862"), Some(("1862-04-01".into(), "1862-04-10".into())));
        assert_eq!(span("[mid-May 1862?]"), Some(("1862-05-11".into(), "1862-05-20".into())));
        assert_eq!(span("late February 1864"), Some(("1864-02-21".into(), "1864-02-29".into())));
        assert_eq!(span("about June 1863"), Some(("1863-06-01".into(), "1863-06-30".into())));
        assert_eq!(span("Our April 1862"), None, "no part of a month");
        assert_eq!(span("April 18"), None, "a day, no year");
        assert_eq!(span("We wrote in April 1862"), None);
        assert_eq!(span("[1859]"), Some(("1859-01-01".into(), "1859-12-31".into())));
        assert_eq!(span("18591"), None);
        assert_eq!(span("summer 1860"), Some(("1860-06-01".into(), "1860-08-31".into())));
        assert_eq!(span("late Autumn 1851"), Some(("1851-11-01".into(), "1851-11-30".into())));
        assert_eq!(span("winter 1860"), Some(("1860-01-01".into(), "1860-12-31".into())), "which winter is not said");
        assert_eq!(span("harvest 1860"), None);
        // The place the letter was written at, before its month.
        assert_eq!(span("[Hampstead, November, 1817.]"), Some(("1817-11-01".into(), "1817-11-30".into())));
        assert_eq!(span("Weymouth, early May 1790"), Some(("1790-05-01".into(), "1790-05-10".into())));
        assert_eq!(span("November, 1817"), Some(("1817-11-01".into(), "1817-11-30".into())), "no place");
        assert_eq!(span("Hampstead, 1817"), None, "a place and a year alone: too little to be sure of");
        assert_eq!(span("[Vienna, end of November 1830]"), Some(("1830-11-21".into(), "1830-11-30".into())));
        assert_eq!(span("the beginning of May 1790"), Some(("1790-05-01".into(), "1790-05-10".into())));
        assert_eq!(span("a month of May 1790"), None);
        assert_eq!(span("Jena, Anfang Septembers 1794."), Some(("1794-09-01".into(), "1794-09-10".into())));
        assert_eq!(span("Ende Juni 1795"), Some(("1795-06-21".into(), "1795-06-30".into())));
        // French, Spanish and Italian editors' words for the part of a month.
        let december = Some(("1866-12-01".into(), "1866-12-10".into()));
        assert_eq!(span("[Croisset, début de décembre 1866.]"), december);
        assert_eq!(span("fin d'avril 1866"), Some(("1866-04-21".into(), "1866-04-30".into())));
        assert_eq!(span("mi-mai 1866"), Some(("1866-05-11".into(), "1866-05-20".into())));
        assert_eq!(span("fines de mayo 1810"), Some(("1810-05-21".into(), "1810-05-31".into())));
        assert_eq!(span("la fin de mai 1866"), None, "an article before the part: a sentence");
    }

    #[test]
    fn a_bracketed_equivalent_or_a_bulleted_place_dates_the_line() {
        let iso = |d: &DateLine| d.found.date(0).map(|d| d.to_string());
        let republican = date_line("Paris, 10 Ventôse, Year VIII (1 March 1800).").expect("the bracketed date");
        assert_eq!((iso(&republican).as_deref(), republican.place.as_deref()), (Some("1800-03-01"), Some("Paris")));
        let square = date_line("Milan, 29 Floréal an IV [18 May 1796]").expect("in square brackets");
        assert_eq!(iso(&square).as_deref(), Some("1796-05-18"));
        // Brackets holding no date, or a bracketed date after no other date: no date line.
        assert!(date_line("Paris, 10 Ventôse, Year VIII (see note)").is_none());
        assert!(date_line("The roads were bad (1 March 1800)").is_none());
        let bulleted = date_line("14 April 1871 • Elmira, N.Y. (UCCL 00601)").expect("a bulleted heading line");
        assert_eq!((iso(&bulleted).as_deref(), bulleted.place.as_deref()), (Some("1871-04-14"), Some("Elmira, N.Y")));
        let days = date_line("3 and 4 May 1870 • Buffalo, N.Y. (UCCL 00466)").expect("two days");
        assert_eq!(iso(&days).as_deref(), Some("1870-05-03"));
        assert!(date_line("Letters • Writings • Search").is_none());
        assert!(date_line("14 April 1871 • 16 April 1871").is_none(), "two dates: no place");
        let plain_days = date_line("9 and 10 March 1869").expect("two days, day first");
        assert_eq!(iso(&plain_days).as_deref(), Some("1869-03-09"));
    }
}
