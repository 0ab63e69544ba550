//! What a printed collected edition sets around its letters, read line by line: the running head copied with each
//! page (`214   HOLT TO BRAMWELL   [1667`, `312     LETTERS OF EDWARD THRALE`), the line citing the editions a letter
//! is printed from (`Roget, iii. 41. Opera (Leipzig, 1869), ix. 1. 88.`), and the editor's approximation of a date
//! in round brackets on a dateline (`BASEL, (about April 2,) 1540.`).

use super::words::QuickTrim;
use smallvec::SmallVec;

/// A running head: the page's number and the words between the gaps (the book's title, or the letter's pair).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunningHead<'a> {
    pub page: &'a str,
    pub title: &'a str,
}

/// The parts of `t` set apart by gaps (three spaces or more, or a tab), at most four (none allocated).
fn gapped_parts(t: &str) -> Option<SmallVec<[&str; 4]>> {
    let b = t.as_bytes();
    let mut parts = SmallVec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let run = b[i..].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
        if run >= 3 || run >= 1 && b[i..i + run].contains(&b'\t') {
            parts.push(t[start..i].quick_trim());
            if parts.len() > 3 {
                return None;
            }
            start = i + run;
        }
        i += run.max(1);
    }
    parts.push(t[start..].quick_trim());
    Some(parts)
}

/// `214`: a page's number, one to four figures.
fn page_number(p: &str) -> bool {
    (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
}

/// `[1667`, `1667]`, `[1667]`, `1667`: the year an editor sets at the running head's outer edge.
/// `[1809.`, `1809.]`: the same with a stop. `[CHAP. XXXIX.`, `CHAP. XXXIX.]`: an official record's chapter.
fn head_year(p: &str) -> bool {
    let y = p.trim_start_matches('[').trim_end_matches(']').trim_end_matches('.');
    if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 7 {
        return true;
    }
    let chapter = y.strip_prefix("CHAP. ").or_else(|| y.strip_prefix("CHAPTER "));
    p.contains(['[', ']'])
        && chapter
            .is_some_and(|n| (1..=8).contains(&n.len()) && n.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L')))
}

/// A title or a pair in capitals: letters, spaces and a few marks, no small letter, four letters at least.
fn capitals(p: &str) -> bool {
    let letters = p.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4
        && p.len() <= 90
        && p.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | ',' | '&' | '\'' | '’' | '-'))
}

/// `214            HOLT TO BRAMWELL            [1667`, `[1667     BRAMWELL TO HOLT     215`, `312     LETTERS OF
/// EDWARD THRALE`, `LETTERS OF EDWARD THRALE     313`: a page's number at one edge, words in capitals between gaps,
/// perhaps the year in the editor's bracket at the other edge. Only a line opening or ending with a figure or a
/// bracket is read.
pub fn running_head(t: &str) -> Option<RunningHead<'_>> {
    let b = t.as_bytes();
    let edge = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'[' | b']'));
    if t.len() > 140 || !(edge(b.first()) || edge(b.last())) {
        return None;
    }
    // Its words are in capitals: a small letter anywhere turns the line away (a line of prose, a date line), but in
    // the date at an edge of a definitive edition's head.
    if b.iter().any(u8::is_ascii_lowercase) {
        return dated_head(t);
    }
    let parts = gapped_parts(t)?;
    let (page, title) = match parts.as_slice() {
        [a, b] if page_number(a) => (*a, *b),
        [a, b] if page_number(b) => (*b, *a),
        [a, m, b] if page_number(a) && head_year(b) => (*a, *m),
        [a, m, b] if head_year(a) && page_number(b) => (*b, *m),
        _ => return tight_head(t),
    };
    capitals(title).then_some(RunningHead { page, title: title.trim_end_matches('.') })
}

/// `8 April 1760        LETTER D8840        101`, `102        LETTER D8851        16 April 1760`: a head with the
/// page's number at one edge and the date of its letters at the other, a title in capitals between.
fn dated_head(t: &str) -> Option<RunningHead<'_>> {
    let parts = gapped_parts(t)?;
    let (page, title, date) = match parts.as_slice() {
        [a, m, c] if page_number(a) => (*a, *m, *c),
        [a, m, c] if page_number(c) => (*c, *m, *a),
        _ => return None,
    };
    let whole_date = crate::model::date::scan_date(date).is_some_and(|f| f.len == date.len() && f.year.is_some());
    // `32      SWIFT TO JOHN ARBUTHNOT      [16 June`: the day of the page's letter in the editor's open bracket,
    // its year in the facing page's head.
    let bracketed_day = || {
        date.strip_prefix('[').is_some_and(|d| {
            crate::model::date::scan_date(d).is_some_and(|f| f.len == d.len() && f.day > 0 && f.year.is_none())
        })
    };
    let whole_date = whole_date || bracketed_day();
    // The title may hold the letters' numbers (`LETTER D8851`).
    let title_ok = title.len() <= 90
        && !title.bytes().any(|c| c.is_ascii_lowercase())
        && title.chars().filter(|c| c.is_uppercase()).count() >= 4;
    (whole_date && title_ok).then_some(RunningHead { page, title: title.trim_end_matches('.') })
}

/// `DOC. 47   JUNE 1905          212`, `JUNE 1905   DOC. 48          213`: a documentary edition's running head, the
/// number of the document the page holds and its month (on the facing page the other way round), the page's number
/// at the outer edge. The page.
pub fn doc_head(t: &str) -> Option<&str> {
    // It opens with the document's number, the month in capitals, or the page's number before the document's.
    // Read only when its first two bytes may open one: `DO`/`Do`, a month's capitals, a figure.
    let b = t.as_bytes();
    if t.len() > 100 || b.len() < 8 || !(b[0].is_ascii_digit() || b[0] == b'D' || b[1].is_ascii_uppercase()) {
        return None;
    }
    let first = t.split(' ').next().unwrap_or_default();
    let doc = |w: &str| w == "DOC." || w == "Doc.";
    let opens = doc(first)
        || first.len() >= 3
            && first.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'/')
            && crate::model::date::month_from_word(first.split(['-', '/']).next().unwrap_or_default()).is_some()
        || page_number(first) && doc(t[first.len()..].quick_trim_start().split(' ').next().unwrap_or_default());
    if !opens {
        return None;
    }
    let parts = gapped_parts(t)?;
    let (page, inner) = match parts.as_slice() {
        [a, b, c] if page_number(c) => (*c, [*a, *b]),
        [a, b, c] if page_number(a) => (*a, [*b, *c]),
        _ => return None,
    };
    matches!(inner, [d, m] | [m, d] if doc_number(d) && month_of_year(m)).then_some(page)
}

/// `DOC. 47`, `Doc. 112a`: a documentary edition's number of a document.
pub fn doc_number(p: &str) -> bool {
    let Some(n) = p.strip_prefix("DOC. ").or_else(|| p.strip_prefix("Doc. ")) else { return false };
    let digits = n.bytes().take_while(u8::is_ascii_digit).count();
    (1..=5).contains(&digits) && n.len() - digits <= 1 && n.bytes().skip(digits).all(|b| b.is_ascii_alphabetic())
}

/// `JUNE 1905`, `MAY-JUNE 1905`: a month (or two) and a year, in capitals as a running head sets them.
fn month_of_year(p: &str) -> bool {
    let Some((months, year)) = p.rsplit_once(' ') else { return false };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && !months.bytes().any(|b| b.is_ascii_lowercase())
        && months.split(['-', '–', '/']).all(|m| crate::model::date::month_from_word(m.quick_trim()).is_some())
}

/// A running head copied with its gaps closed up (`542 HOLT TO BRAMWELL [1667`, `312 LETTERS OF EDWARD THRALE`):
/// the year keeps its editor's bracket, or the words are a book's title ([`super::heading::book_title`]).
fn tight_head(t: &str) -> Option<RunningHead<'_>> {
    let (first, rest) = t.split_once(' ')?;
    let (middle, last) = rest.rsplit_once(' ')?;
    let bracketed = |p: &str| head_year(p) && p.contains(['[', ']']);
    let (page, title) = if page_number(first) && bracketed(last) || bracketed(first) && page_number(last) {
        let page = if page_number(first) { first } else { last };
        (page, middle.quick_trim())
    } else if page_number(first) {
        (first, rest.quick_trim())
    } else if page_number(last) {
        (last, t[..t.len() - last.len()].quick_trim())
    } else {
        return None;
    };
    let titled = || bracketed(first) || bracketed(last) || super::heading::book_title(title);
    (capitals(title) && titled()).then_some(RunningHead { page, title: title.trim_end_matches('.') })
}

/// `Roget, iii. 41. Opera (Leipzig, 1869), ix. 1. 88.`: an edition's line citing where a letter is printed before,
/// each citation a capitalised title (perhaps with its place and year in brackets) and a volume in small roman
/// figures with its page; no word of a sentence. The line as printed.
pub fn edition_citation(t: &str) -> Option<&str> {
    if t.len() > 200 || !t.ends_with('.') || !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut volumes = 0;
    for (k, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';'));
        if bare.is_empty() || bare.bytes().all(|b| b.is_ascii_digit()) || bare.starts_with(char::is_uppercase) {
            continue;
        }
        // `iii.` before a page in figures: a volume.
        let roman = bare.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l' | b'c'));
        let page_next = words.get(k + 1).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        if roman && w.ends_with('.') && page_next {
            volumes += 1;
            continue;
        }
        // `p.`, `col.`, `ed.`, `vol.`: a short abbreviation of a citation.
        if w.ends_with('.') && bare.len() <= 3 {
            continue;
        }
        return None;
    }
    (volumes >= 1).then_some(t)
}

/// `BASEL, (about April 2,) 1540.`, `GENEVA, (end of June,) 1542.`: a dateline with the editor's approximation in
/// round brackets; the line without the brackets and `about` (`BASEL, April 2, 1540.`, `GENEVA, end of June,
/// 1542.`), to be read as a date line or a month line.
pub fn approximated_dateline(t: &str) -> Option<String> {
    if t.len() > 80 {
        return None;
    }
    let open = memchr::memchr(b'(', t.as_bytes())?;
    let close = open + memchr::memchr(b')', &t.as_bytes()[open..])?;
    let inside = t[open + 1..close].quick_trim();
    let approx = ["about ", "c. ", "circa ", "ca. "].iter().find_map(|w| super::lines::strip_prefix_ci(inside, w));
    let part = ["end of ", "beginning of ", "middle of ", "early ", "late ", "mid-", "mid "]
        .iter()
        .any(|w| super::lines::strip_prefix_ci(inside, w).is_some());
    let inside = match approx {
        Some(rest) => rest,
        None if part => inside,
        None => return None,
    };
    let after = t[close + 1..].quick_trim_start();
    Some(format!("{}{} {}", &t[..open], inside, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_heads_with_a_page_and_capitals() {
        let h = running_head("214            HOLT TO BRAMWELL            [1667").expect("a pair's head");
        assert_eq!((h.page, h.title), ("214", "HOLT TO BRAMWELL"));
        let h = running_head("[1667           BRAMWELL TO HOLT            215").expect("the facing page");
        assert_eq!((h.page, h.title), ("215", "BRAMWELL TO HOLT"));
        let h = running_head("312     LETTERS OF EDWARD THRALE").expect("a title");
        assert_eq!(h.title, "LETTERS OF EDWARD THRALE");
        assert!(running_head("LETTERS OF EDWARD THRALE     313").is_some());
        let h = running_head("214 HOLT TO BRAMWELL [1667").expect("its gaps closed up, the year's bracket kept");
        assert_eq!((h.page, h.title), ("214", "HOLT TO BRAMWELL"));
        assert_eq!(running_head("312 LETTERS OF EDWARD THRALE").map(|h| h.page), Some("312"));
        assert_eq!(running_head("214 HOLT TO BRAMWELL"), None, "an edition's number before a heading");
        assert_eq!(running_head("1667 HOLT TO BRAMWELL 1668"), None);
        assert_eq!(running_head("214            Holt to Bramwell"), None, "small letters");
        assert_eq!(running_head("12.      THE ACCOUNTS"), None, "a number with a stop");
        assert_eq!(running_head("Dear Sir,            London, 4 May 1667"), None);
        let h = running_head("930   N. C., VA., W. VA., MD., PA., ETC.   [CHAP. XXXIX.").expect("an official record's");
        assert_eq!((h.page, h.title), ("930", "N. C., VA., W. VA., MD., PA., ETC"));
        assert!(running_head("CHAP. XXXIX.]   CORRESPONDENCE, ETC.--UNION.   931").is_some());
        assert!(running_head("1809.]      PORTUGAL.      247").is_some(), "the year with a stop");
        let h = running_head("102         LETTER D8851         16 April 1760").expect("the page's letters dated");
        assert_eq!((h.page, h.title), ("102", "LETTER D8851"));
        assert!(running_head("8 April 1760       LETTER D8840       101").is_some());
        assert_eq!(running_head("12       Received       4 May 1760"), None, "small letters in the title");
        assert_eq!(running_head("12       PAID       May 1760"), None, "a month without its day");
    }

    #[test]
    fn a_documentary_editions_running_head() {
        assert_eq!(doc_head("DOC. 47   JUNE 1905                     212"), Some("212"));
        assert_eq!(doc_head("JUNE 1905   DOC. 48          213"), Some("213"));
        assert_eq!(doc_head("341   DOC. 112   MARCH 1911"), Some("341"));
        assert_eq!(doc_head("MAY-JUNE 1905   DOC. 50a   215"), Some("215"));
        assert_eq!(doc_head("DOC. 47   To Conrad   212"), None, "a month and its year");
        assert_eq!(doc_head("JUNE 1905   DOCUMENT 48   213"), None);
        assert_eq!(doc_head("Kiel   3 March 1911   12"), None);
        assert!(doc_number("Doc. 47") && doc_number("DOC. 112a") && !doc_number("Doc. 47.") && !doc_number("Doc. X"));
    }

    #[test]
    fn citations_of_editions() {
        assert!(edition_citation("Roget, iii. 41. Opera (Leipzig, 1869), ix. 1. 88.").is_some());
        assert!(edition_citation("Kessel, ii. 301.").is_some());
        assert_eq!(edition_citation("Grace and peace from the Lord. I have been back here four days."), None);
        assert_eq!(edition_citation("London, 4 May 1667."), None, "no volume");
        assert_eq!(edition_citation("Farewell, vi. 2. and greet the brethren."), None);
    }

    #[test]
    fn the_editors_approximate_dates() {
        assert_eq!(approximated_dateline("BASEL, (about April 2,) 1540.").as_deref(), Some("BASEL, April 2, 1540."));
        assert_eq!(
            approximated_dateline("GENEVA, (end of June,) 1542.").as_deref(),
            Some("GENEVA, end of June, 1542.")
        );
        assert_eq!(approximated_dateline("BASEL, (the printer's house) 1540."), None);
    }
}
