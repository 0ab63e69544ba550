//! Letter headings read by their grammar: an optional run of document words (`Personal and Secret Message`,
//! `LETTER XX.`, `Telegram`), then the parties — `from A to B`, `A to B`, `To B from A`, or `To B` alone — and an
//! optional tail: a date (`, 5 March 1787`, ` 10 March [1860]`), a bracketed note (`(Correspondence Vol. 1,
//! No. 93)`), footnote markers. Whether a party is a person or an office is [`super::parties`]' call; no list
//! of names decides anything.

use super::inline::extract;
use super::parties::{self, Person};
use super::words::QuickTrim;
use super::words::{Lexicon, find_spaced, has_digit, lower_is, spaced_words, trim_unless, words_of};
use crate::model::date::{Found, scan_date};
use std::sync::LazyLock;

/// A recognised heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The heading as printed, without footnote markers.
    pub text: String,
    pub senders: Vec<Person>,
    /// Empty when the heading names only the recipient: the writer comes from the signature or the collection.
    pub recipients: Vec<Person>,
    /// (marker, byte offset in `text`).
    pub markers: Vec<(String, usize)>,
    /// A date the heading carries.
    pub date: Option<Found>,
    /// A number the heading carries (`LETTER XX.`, `(..., No. 93)`).
    pub number: Option<String>,
    /// Whether the heading needs other signs of a letter (two bare one-word parties, as a route would have).
    pub weak: bool,
    /// `TO THE SAME.`: the recipient is the one of the letter before.
    pub same: bool,
    /// `THE SAME TO BRAMWELL.`: the writer is the one of the letter before.
    pub same_writer: bool,
    /// Where the writer's post is (`Sir R. Tolliver (Oslo) to ...`): the letter's place.
    pub place: Option<String>,
    /// The side the heading leaves open is the collection's writer's, as the page's title names him, whatever the
    /// signature spells (a Dutch edition's `Aan X.`, `Van X.`).
    pub collection_side: bool,
    /// `THE VICEROY'S LETTER TO ...`: the heading names the writer by his office alone; the one who signs is he.
    pub by_role: bool,
}

impl Heading {
    /// A heading of only its text: no parties, marks, date or number (a title line, an addressee's block).
    pub fn bare(text: String) -> Heading {
        Heading {
            text,
            senders: Vec::new(),
            recipients: Vec::new(),
            markers: Vec::new(),
            date: None,
            number: None,
            weak: false,
            same: false,
            same_writer: false,
            place: None,
            collection_side: false,
            by_role: false,
        }
    }
}

/// Words that may open a heading before its parties: kinds of document and their classification.
const DOC_WORDS: &[&str] = &[
    "personal",
    "and",
    "secret",
    "most",
    "top",
    "strictly",
    "confidential",
    "private",
    "urgent",
    "immediate",
    "priority",
    "message",
    "messages",
    "telegram",
    "telegrams",
    "cable",
    "letter",
    "letters",
    "note",
    "despatch",
    "dispatch",
    "memorandum",
    "report",
    "minute",
    "airgram",
    "reply",
    "epistle",
    "circular",
    "official",
    "joint",
    "very",
    "special",
    "paraphrase",
    "translation",
    "extract",
    "extracts",
    "copy",
    "duplicate",
];

/// Recognises a heading line; `None` for anything else. `caption` allows the forms a message's own first line
/// takes under an editor's title (`For Prime Minister Churchill from Stalin:`, `... for Marshal Stalin.`).
pub fn parse(line: &str, caption: bool) -> Option<Heading> {
    parse_seen(line, caption, &mut None)
}

/// [`parse`], noting in `seen` what [`opening_words`] said of the trimmed line when it was asked (a caller that
/// asks [`could_open`] of the same text next need not read it again).
pub fn parse_seen(line: &str, caption: bool, seen: &mut Option<Option<bool>>) -> Option<Heading> {
    looked_at(line, caption, seen, |h| h.cloned())
}

/// Whether [`parse`] reads a heading in `line` and, if so, whether it is weak: the heading is looked at where it
/// is remembered, not copied out.
pub fn weak(line: &str, caption: bool) -> Option<bool> {
    looked_at(line, caption, &mut None, |h| h.map(|h| h.weak))
}

/// `look` given the heading [`parse_seen`] reads in `line` (none when it reads none).
fn looked_at<R>(
    line: &str,
    caption: bool,
    seen: &mut Option<Option<bool>>,
    look: impl FnOnce(Option<&Heading>) -> R,
) -> R {
    let t = line.quick_trim();
    if t.len() < 6 || t.len() > 300 || t.starts_with(['“', '"', '‘', '\'', '-', '•']) {
        return look(None);
    }
    // A bracket opens a heading only around the edition's number (`(212) Haydn to his Brother`).
    if t.starts_with('(') && edition_number(t).is_none() {
        return look(None);
    }
    HEADINGS.with_borrow_mut(|known| {
        let known = &mut known[usize::from(caption)];
        // A short line read before is known by its text, and what is looked for below is a function of the text:
        // an edition prints the same heading over many letters. (A long line, most often prose, is turned away by
        // its words sooner than its text is hashed.)
        let short = t.len() <= KNOWN_FIRST;
        if short && let Some((h, whole)) = known.get(t) {
            if *whole {
                *seen = Some(Some(true));
            }
            return look(h.as_ref());
        }
        // ` to ` (or ` for ` in a caption) somewhere, or at the start: looked for without allocating. (A line of
        // more than 45 spaces is no heading; `from_only` refuses one of more than 12, so the count can wait.)
        // `Letters to the Editor`, perhaps under a site's label (`Category: Letters to the Editor`): a kind of
        // document, no party.
        let labelled = || {
            let colon = t.as_bytes()[..t.len().min(16)].iter().position(|&b| b == b':');
            colon.is_some_and(|c| collection_title(t[c + 1..].quick_trim_start()))
        };
        if collection_title(t) || labelled() {
            return look(None);
        }
        // A number joined by a dash (`LETTER 653.—TO JOHN MURRAY.`) is passed over first.
        let dashed = dashed_number(t);
        let opening = dashed.or_else(|| item_number(t)).map_or(t, |(_, after)| &t[after..]);
        let words = opening_words(opening, caption);
        let whole = opening.len() == t.len();
        if whole {
            *seen = Some(words);
        }
        // `Greetings from Seneca to his friend Lucilius.`: the formula's first word is no document's.
        if !caption
            && t.len() <= 120
            && matches!(t.as_bytes().get(..4), Some(b"Gree" | b"GREE" | b"Heal" | b"Salu"))
            && let Some(h) = greeting_formula(t)
        {
            return look(Some(&h));
        }
        if words != Some(true) {
            // `1410. 1635 augustus 3. Aan J. Wtenbogaert.`: a Dutch edition's number, date and direction.
            if !caption
                && t.as_bytes()[0].is_ascii_digit()
                && let Some(h) = dutch(t)
            {
                return look(Some(&h));
            }
            if !caption
                && t.len() <= 120
                && let Some(h) = romance(t, dashed)
            {
                return look(Some(&h));
            }
            if !caption && let Some(h) = german(t).or_else(|| nordic(t)) {
                return look(Some(&h));
            }
            return look((!caption).then(|| from_only(t).or_else(|| memorandum_by(t))).flatten().as_ref());
        }
        if t.len() > 45 && spaces(t) > 45 {
            return look(None);
        }
        if !short && let Some((h, _)) = known.get(t) {
            return look(h.as_ref());
        }
        let h = read_heading(t, caption);
        if known.len() >= REMEMBERED {
            known.clear();
        }
        let found = look(h.as_ref());
        known.insert(t.into(), (h, whole));
        found
    })
}

/// The lines [`read_heading`] read, by their text: the heading (if any), and whether its opening words were read
/// from the whole text.
type KnownHeadings = rustc_hash::FxHashMap<Box<str>, (Option<Heading>, bool)>;

/// The longest line looked up among the lines read before ahead of its words.
const KNOWN_FIRST: usize = 160;

thread_local! {
    /// The lines [`read_heading`] read on this thread, by their text (plain, then as captions), each with whether
    /// its opening words were read from the whole text (no number joined by a dash before them): an edition prints
    /// the same heading for many letters (`Marshal Stalin to President Roosevelt`).
    static HEADINGS: std::cell::RefCell<[KnownHeadings; 2]> =
        std::cell::RefCell::new(Default::default());
}

/// [`parse`] of a trimmed line that may open a heading ([`opening_words`]).
fn read_heading(t: &str, caption: bool) -> Option<Heading> {
    // `[To his sister.]`: a life-and-letters book's heading, in the editor's brackets between narrative paragraphs.
    let bracketed = t.strip_prefix('[').and_then(|x| x.strip_suffix(']')).filter(|x| !x.contains(['[', ']']));
    let t = bracketed.map_or(t, QuickTrim::quick_trim);
    // `TC TO JANE WELSH CARLYLE ; 21 May 1834; DOI: 10.1215/...; CL 7: 178-182.`: a web edition's identifiers
    // after the heading's own parts.
    let t = t.find("; DOI").map_or(t, |at| t[..at].quick_trim_end());
    let (body, trailing) = split_trailing_number(t);
    let inline = extract(body);
    let mut text = inline.text;
    text.truncate(text.quick_trim_end().len());
    let ended = text.ends_with(['.', ':']);
    if text.ends_with(['?', '!', ';']) || more_words_than(&text, 40) {
        return None;
    }
    // A final full stop or colon belongs to the heading's typography (`TELEGRAM TO GENERAL MEADE.`).
    let core = without_received(text.trim_end_matches(['.', ':']).quick_trim_end());
    // `(212) Haydn to his Brother`, `59 Kessler to his Brother`: the edition's number before the parties.
    let (edition, after) = edition_number(core).map_or((None, 0), |(n, at, how)| (Some((n, how)), at));
    // `Item 12: Letter, A to B, October 14, 1863`: a digital collection's item, its number the letter's.
    let (item, after) = match item_number(core) {
        Some((n, at)) if edition.is_none() => (Some(n), at),
        _ => (None, after),
    };
    let (words_start, number, doc_prefix) = skip_prefix(&core[after..]);
    let rest = &core[after + words_start..];
    let stopped = edition.is_some_and(|(_, how)| how == Numbered::Stopped);
    let mut h = parties_of(rest, caption).or_else(|| stopped.then(|| to_a_body(rest)).flatten())?;
    // A number alone (not bracketed) before a writer and his addressee: both must be named.
    // (`THE SAME TO THE SAME.` names them as the letter before did.)
    let unnamed = h.senders.is_empty() && !h.same_writer || h.recipients.is_empty() && !h.same;
    if edition.is_some_and(|(_, how)| how != Numbered::Bracketed) && unnamed {
        return None;
    }
    // A full stop after a recipient alone may end a sentence, unless it ends the heading's date.
    let whereabouts = whereabouts_at(core);
    let caps = is_caps(&core[..whereabouts.unwrap_or(core.len())]);
    let sentence = bracketed.is_none() && !caps && whereabouts.is_none();
    // Under an edition's number (`1234. To the Rev. William Cole.`, `Letter 654.—To Thomas Moore.`) it is the
    // heading's; alone (`To Joshua F. Speed.`), a letter must follow it.
    let sentence_like = ended && !caption && !doc_prefix && h.senders.is_empty() && h.date.is_none() && sentence;
    if sentence_like && number.is_none() && edition.is_none() {
        h.weak = true;
    }
    h.number = h.number.or(number);
    h.number = h.number.or(edition.map(|(n, _)| n.to_string())).or(item.map(str::to_string));
    if h.weak && (doc_prefix || h.date.is_some() || h.number.is_some()) {
        h.weak = false;
    }
    // Figures without a stop before `To` may be a page's number over a running head: a letter must follow.
    let first = core[after..].split(' ').next().unwrap_or_default();
    h.weak |= edition.is_none() && gapped_figures(&core[after..], first);
    // A footnote cites a letter so too (`(2) Haydn to Genzinger, 14 May 1790.`): a heading under the edition's
    // number needs a letter to follow it, unless it is an edition's pair heading in capitals, two people with their
    // number and stop (`618. HOLT TO BRAMWELL.`), over the editor's sources that may stand before the letter.
    let stopped_pair = || {
        edition.is_some_and(|(_, how)| how == Numbered::Stopped)
            && caps
            && h.senders.iter().chain(&h.recipients).all(|p| !p.office)
    };
    // A number in a series' capital and figures (`D10389.  Voltaire to ...`) is no footnote's.
    let lettered = edition.is_some_and(|(n, _)| n.starts_with(|c: char| c.is_ascii_uppercase()));
    h.weak |= edition.is_some() && !stopped_pair() && !lettered;
    // An editor's bracket holds notes too (`[To be read with the letter before.]`): a letter must follow.
    h.weak |= bracketed.is_some();
    let mut markers = inline.markers;
    if let Some(n) = trailing {
        markers.push((n.to_string(), text.len()));
    }
    text.truncate(text.quick_trim_end().len());
    h.text = text;
    h.markers = markers;
    Some(h)
}

/// A heading without the day of receipt a printed series adds to it (`Lord Lyons to Lord Stanley.—(Received
/// February 18.)`, `Sir A. Kellaway (Lisbon) to Mr. Oddie (Received October 3, 9.15 a.m.)`): the parties end
/// before it, and the dash and stop that set it off are no part of their names. (The day the letter was written
/// is read from its date line.)
fn without_received(core: &str) -> &str {
    if !core.ends_with([')', ']']) {
        return core;
    }
    let Some(open) = core.rfind(['(', '[']) else { return core };
    let inside = &core[open + 1..];
    if !(inside.starts_with("Received") || inside.starts_with("received") || inside.starts_with("Recd")) {
        return core;
    }
    core[..open].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '-' | '–' | '—'))
}

/// `1488 / From Conrad Peutinger`, `1490 / To Willibald Pirckheimer`: a collection's number, a slash, and the one
/// party other than the collection's writer (who is named elsewhere: the page's title, the greeting line).
pub fn slashed(line: &str) -> Option<Heading> {
    let t = line.quick_trim();
    let digits = t.bytes().take(6).take_while(u8::is_ascii_digit).count();
    if !(1..=5).contains(&digits) {
        return None;
    }
    let rest = t[digits..].quick_trim_start().strip_prefix('/')?.quick_trim_start();
    let (from, party) = match super::lines::strip_prefix_ci(rest, "from ") {
        Some(p) => (true, p),
        None => (false, super::lines::strip_prefix_ci(rest, "to ")?),
    };
    let party = party.quick_trim().trim_end_matches('.');
    if party.len() > 80 || !party.starts_with(char::is_uppercase) || party.contains([',', ';', ':']) {
        return None;
    }
    let person = parties::person(party).filter(|p| !p.office)?;
    let (senders, recipients) = if from { (vec![person], Vec::new()) } else { (Vec::new(), vec![person]) };
    Some(Heading { senders, recipients, number: Some(t[..digits].to_string()), ..Heading::bare(t.to_string()) })
}

/// `CONRAD PEUTINGER TO THE MOST LEARNED ERASMUS OF ROTTERDAM, GREETING`: a humanist letter's greeting in
/// capitals, naming the writer and the reader (the reader's praise, `THE MOST LEARNED`, left out). Its parties.
pub fn greeting(line: &str) -> Option<(Person, Person)> {
    let t = line.quick_trim().trim_end_matches('.');
    if t.len() > 160 || t.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let body = t.strip_suffix("GREETINGS").or_else(|| t.strip_suffix("GREETING"))?.quick_trim_end();
    let body = body.strip_suffix(',').or_else(|| body.strip_suffix(" SENDS"))?;
    let at = find_word(body, "TO")?;
    let (writer, reader) = (body[..at].quick_trim(), body[at + 3..].quick_trim());
    let mut words: Vec<&str> = reader.split_whitespace().collect();
    if words.first() == Some(&"THE") && words.len() > 2 {
        words.remove(0);
    }
    // `MOST LEARNED AND MOST FAITHFUL`: each degree word with its adjective, and the links between them.
    while words.len() > 2 && matches!(words[0], "MOST" | "VERY" | "AND") {
        let n = if words[0] == "AND" { 1 } else { 2 };
        words.drain(..n);
    }
    let reader = words.join(" ");
    Some((parties::person(writer)?, parties::person(&reader)?))
}

/// How an edition's number stands before a heading's parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbered {
    /// `(212) Haydn to his Brother`.
    Bracketed,
    /// `59 Kessler to his Brother`.
    Bare,
    /// `412. HOLT TO BRAMWELL.`: with a full stop, before a writer (a number with its stop before `To` or `From` is
    /// [`skip_prefix`]'s).
    Stopped,
}

/// `(212) Haydn to his Brother`, `59 Kessler to his Brother`, `412. HOLT TO BRAMWELL.`, `D8840. Voltaire to ...`: an
/// edition's number of one to five figures (perhaps after its series' capital), in round brackets, alone or with a
/// full stop, then a space and a capital. Gives the number,
/// where the words after it start, and how it stands.
fn edition_number(t: &str) -> Option<(&str, usize, Numbered)> {
    let b = t.as_bytes();
    let bracketed = b.first() == Some(&b'(');
    let start = usize::from(bracketed);
    // `D8840. Voltaire to ...`: a capital joined to the figures is the edition's series (its number keeps it),
    // read only with the full stop after the figures.
    let lettered =
        !bracketed && b.first().is_some_and(u8::is_ascii_uppercase) && b.get(1).is_some_and(u8::is_ascii_digit);
    let first = start + usize::from(lettered);
    let digits = b[first..].iter().take(6).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=5).contains(&digits) || lettered && b.get(first + digits) != Some(&b'.') {
        return None;
    }
    let digits = digits + usize::from(lettered);
    let mut end = start + digits;
    let mut how = Numbered::Bare;
    if bracketed {
        if b.get(end) != Some(&b')') {
            return None;
        }
        end += 1;
        how = Numbered::Bracketed;
    } else if b.get(end) == Some(&b'.') {
        end += 1;
        how = Numbered::Stopped;
        // `412.  HOLT TO BRAMWELL.`: a centred heading may set its number apart by a space or two more.
        while b.get(end + 1) == Some(&b' ') && end < start + digits + 3 {
            end += 1;
        }
    }
    // `2156  To Sidney Colvin`: figures set apart by a wider space before `To` are read with the heading's own
    // words ([`skip_prefix`]); before the parties (`165  NEWTON TO OLDENBURG`), here, the gap a few spaces.
    if how == Numbered::Bare && b.get(end..end + 2) == Some(b"  ") {
        let gap = b[end..].iter().take(8).take_while(|&&c| c == b' ').count();
        let rest = &t[end + gap..];
        let own = ["to ", "from "].iter().any(|w| super::lines::strip_prefix_ci(rest, w).is_some());
        if gap > 6 || own {
            return None;
        }
        end += gap - 1;
    }
    let opens = b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_uppercase);
    // `212. To Robert Southey`, `10. LETTER FROM LORD IRWIN`: the number of a heading that opens with its own words.
    let own_words = || {
        let rest = &t[end + 1..];
        super::lines::strip_prefix_ci(rest, "to ").is_some()
            || super::lines::strip_prefix_ci(rest, "from ").is_some()
            || rest.split(' ').next().is_some_and(|w| HEADING_WORDS.kinds(w.trim_end_matches('.')) & DOC != 0)
    };
    (opens && !(how == Numbered::Stopped && own_words())).then(|| (&t[start..start + digits], end + 1, how))
}

/// `Item 12: `, `ITEM 7. `: a digital collection's item number before its title. Gives the number and where the
/// words after it start.
fn item_number(t: &str) -> Option<(&str, usize)> {
    let rest = super::lines::strip_prefix_ci(t, "item ")?;
    let digits = rest.bytes().take(6).take_while(u8::is_ascii_digit).count();
    if !(1..=5).contains(&digits) {
        return None;
    }
    let after = rest[digits..].strip_prefix([':', '.'])?.strip_prefix(' ')?;
    after.starts_with(|c: char| c.is_uppercase()).then(|| (&rest[..digits], t.len() - after.len()))
}

/// `LETTERS TO THE EDITOR`, `Letters of Ellen Ward to her husband`: a plural of a document's kind opens the title of
/// a collection or a section, never one letter's heading.
fn collection_title(t: &str) -> bool {
    // The first word (up to the first space) is looked for among the first eleven bytes only: a longer one is no
    // kind's plural.
    let b = t.as_bytes();
    // Each plural opens with one of these letters.
    if !matches!(b.first().map(u8::to_ascii_lowercase), Some(b'l' | b'm' | b't' | b'd' | b'c')) {
        return false;
    }
    let end = b.iter().take(11).position(|&c| c == b' ').unwrap_or(b.len());
    let first = &t[..end];
    (5..=10).contains(&end)
        && ["letters", "messages", "telegrams", "despatches", "dispatches", "cables", "memoranda"]
            .iter()
            .any(|p| first.eq_ignore_ascii_case(p))
}

/// A book's title (`The Letters of Gertrude Bell, Volume 2`, `Life and Letters of Henry Maule`, `Correspondence of
/// William Cowper`): a collection's kind, perhaps after `The` and `Life and`, then `of`.
pub fn book_title(t: &str) -> bool {
    let t = t.quick_trim();
    let t = super::lines::strip_prefix_ci(t, "the ").unwrap_or(t);
    let t = super::lines::strip_prefix_ci(t, "life and ").unwrap_or(t);
    let Some((kind, rest)) = t.split_once(' ') else { return false };
    ["letters", "correspondence", "papers", "works", "journals", "writings", "memoirs"]
        .iter()
        .any(|k| kind.eq_ignore_ascii_case(k))
        && super::lines::strip_prefix_ci(rest, "of ").is_some()
}

/// The spaces of `t` (a loop the compiler vectorizes).
fn spaces(t: &str) -> usize {
    t.bytes().map(|b| usize::from(b == b' ')).sum()
}

/// Whether `t` has more than `n` words ([`words_of`]); only a text with as many bytes that may be white space is
/// counted.
fn more_words_than(t: &str, n: usize) -> bool {
    let blanks: usize = t.bytes().map(|b| usize::from(b <= b' ' || b >= 0x80)).sum();
    blanks >= n && words_of(t).count() > n
}

fn is_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// [`from_only`] of a line trimmed: what [`parse`] reads in a line whose opening words, read up to a `to`, were
/// found no heading's (an ending with no `to` in it, or a word no heading has).
pub fn from_only_line(line: &str) -> Option<Heading> {
    from_only(line.quick_trim())
}

/// `From J. D. Hooker 12 March [1860]`: a heading that names only the writer, as editions of one person's
/// correspondence print letters to him; the recipient is the collection's. Without a date (`From George Catlett
/// Marshall`) it is weak: a line of prose may start with `From`, so a letter must follow.
fn from_only(t: &str) -> Option<Heading> {
    // A running number and document words may come first (`10. LETTER FROM LORD IRWIN`): looked for only when
    // `from ` is among the first bytes.
    // `from ` ends in a space: only the four bytes before each space are compared (a line of prose has a few spaces
    // among its first bytes, and every other window of five bytes is passed over). So few bytes are read one by one
    // sooner than by memchr, whose every call costs more than a short run of them.
    let head = &t.as_bytes()[..t.len().min(48)];
    if !(4..head.len()).any(|s| head[s] == b' ' && head[s - 4..s].eq_ignore_ascii_case(b"from")) {
        return None;
    }
    let (start, running, _) = skip_prefix(t);
    let rest = super::lines::strip_prefix_ci(t[start..].quick_trim_start(), "from ")?;
    if spaces(rest) > 12 {
        return None;
    }
    let inline = extract(rest);
    let (s, date, number) = tail(inline.text.quick_trim().trim_end_matches('.'));
    // Undated, only a person's name of a few words, no more than a sentence's opening (`From there we went on`)
    // or a place (`From Washington`, `From New York`): three words, or two with a title or an initial, or two in
    // small letters after their capitals that open no place's name (`From John Coffee`).
    // `the Rev. Nathaniel Pell`: the article before a title is no part of the name.
    let s = super::lines::strip_prefix_ci(s, "the ")
        .filter(|r| r.split(' ').next().is_some_and(parties::is_title))
        .unwrap_or(s);
    if date.is_none() && !undated_writer(s, running.is_some()) {
        return None;
    }
    let senders = read(s)?;
    let text = t.trim_end_matches('.').to_string();
    let weak = date.is_none();
    let number = number.or(running);
    Some(Heading { senders, date, number, weak, ..Heading::bare(text) })
}

/// `Brandau an Vollmer.`, `Von Brandau an Vollmer`: a German edition's heading, `an` for `to` and `von` for
/// `from`; each party a few capitalised words (perhaps with a particle), nothing else on the line. Read as the
/// English heading it stands for, its text as printed.
fn german(t: &str) -> Option<Heading> {
    // Only a short line with the word `an` in it.
    if t.len() > 90 {
        return None;
    }
    if let Some(h) = german_addressee(t) {
        return Some(h);
    }
    let (number, core) = numbered(t.trim_end_matches('.').quick_trim_end());
    let at = find_word(core, "an")?;
    if !matches!(&core[at + 1..at + 3], "an" | "AN") {
        return None;
    }
    let sender = core[..at].quick_trim();
    let sender = ["Von ", "VON "].iter().find_map(|v| sender.strip_prefix(v)).unwrap_or(sender);
    let recipient = core.get(at + 4..)?.quick_trim();
    // `Metternich an Kaiser Franz (Vortrag)`: the kind of the document in brackets after the addressee.
    let recipient = match recipient.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((party, kind)) if kind.split(' ').count() <= 2 && !kind.bytes().any(|b| b.is_ascii_digit()) => {
            party.quick_trim_end()
        }
        _ => recipient,
    };
    let party = |p: &str| named_plainly(p, &GERMAN_PARTICLES);
    // An English line in capitals may hold `AN` (`LETTER FROM AN OFFICER`): none of its small words may stand in a
    // German heading.
    let english = |p: &str| p.split(' ').any(|w| ENGLISH_SMALL.iter().any(|e| e.eq_ignore_ascii_case(w)));
    if !party(sender) || !party(recipient) || english(sender) || english(recipient) {
        return None;
    }
    let senders = read(sender)?;
    let recipients = read(recipient)?;
    // A sentence may name two people so (`Brief an Goethe`): a letter must follow, unless the edition numbers it.
    Some(Heading {
        senders,
        recipients,
        weak: number.is_none(),
        number: number.map(str::to_string),
        ..Heading::bare(t.to_string())
    })
}

/// `Greetings from Seneca to his friend Lucilius.`, `Health from Pliny to his dear Tacitus`: the ancient letter's
/// opening formula, as a translation prints it on a line of its own, naming the writer and the addressee (what the
/// writer calls the addressee, `his friend`, is no part of the name).
fn greeting_formula(t: &str) -> Option<Heading> {
    let formulas = ["Greetings from ", "Greeting from ", "GREETINGS FROM ", "Health from ", "Salutations from "];
    let core = formulas.iter().find_map(|g| t.strip_prefix(g))?.trim_end_matches('.').quick_trim_end();
    let at = find_word(core, "to")?;
    let sender = core[..at].quick_trim();
    let mut recipient = core.get(at + 4..)?.quick_trim();
    let fond = ["his ", "her ", "their ", "dearest ", "dear ", "beloved ", "good ", "friend ", "brother ", "own "];
    while let Some(rest) = fond.iter().find_map(|w| recipient.strip_prefix(w)) {
        recipient = rest.quick_trim_start();
    }
    Some(Heading { senders: read(sender)?, recipients: read(recipient)?, ..Heading::bare(t.to_string()) })
}

/// `763. Till ALBERT BONNIER` → (`763`, `Till ALBERT BONNIER`): an edition's number of one to five figures and its
/// stop before the heading's words, if any.
fn numbered(core: &str) -> (Option<&str>, &str) {
    let figures = core.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=5).contains(&figures) {
        return (None, core);
    }
    let (n, rest) = core.split_at(figures);
    // `24.   AN FRANZ XAVER KAPPUS`: the number set apart by a wider space; `81      Clara an Robert`, by the
    // wide space alone.
    match rest.strip_prefix(". ") {
        Some(rest) => (Some(n), rest.quick_trim_start()),
        None if gapped_figures(core, n) => (Some(n), rest.quick_trim_start()),
        None => (None, core),
    }
}

/// `241. An Leopold von Gerlach.`, `An den Ministerpräsidenten Freiherrn von Manteuffel.`, `An den Bruder.`: a
/// German collected edition's heading naming the addressee alone (by name, or by office and holder, its article
/// cut off); the writer is the collection's. Without the edition's number a letter must follow. In a family's
/// letters the addressee is the writer's kin, after a possessive (`An seine Frau.`, `An seinen Sohn Theodor.`):
/// named by the bond, the given name after it set aside (see `kin`).
fn german_addressee(t: &str) -> Option<Heading> {
    let (number, core) = numbered(t.trim_end_matches('.').quick_trim_end());
    let rest = ["An ", "AN "].iter().find_map(|w| core.strip_prefix(w))?.quick_trim_start();
    let article = ["den ", "die ", "das ", "dem "].iter().find(|a| rest.starts_with(**a));
    let possessive =
        ["seine ", "seinen ", "seinem ", "ihre ", "ihren ", "ihrem "].iter().find(|a| rest.starts_with(**a));
    if let Some(p) = possessive {
        let bond = rest[p.len()..].split(' ').next().filter(|w| super::kin::is_bond(w))?;
        let recipient = Person { name: bond.to_string(), printed: rest.to_string(), office: false };
        return Some(Heading {
            recipients: vec![recipient],
            weak: number.is_none(),
            number: number.map(str::to_string),
            collection_side: true,
            ..Heading::bare(t.to_string())
        });
    }
    let party = &rest[article.map_or(0, |a| a.len())..];
    // The English small words never stand in it (`AN OFFICER OF THE GUARD`).
    if party.split(' ').any(|w| ENGLISH_SMALL.iter().any(|e| e.eq_ignore_ascii_case(w))) {
        return None;
    }
    // Printed with its article (`den Bruder`: the writer's brother). Without one or a particle (`Leopold von
    // Gerlach` is Gerlach), a person's name (`Franz Xaver Kappus`) is read as any name is, by its surname.
    let particle = party.split(' ').any(|w| super::german::NAME_PARTICLES.contains(&w) || w == "v.");
    let named =
        || (article.is_none() && !particle).then(|| super::parties::named(party)).flatten().filter(|p| p.len() == 1);
    let read = match named() {
        Some(mut people) => people.pop()?,
        None => super::german::party(party, article == Some(&"das "))?,
    };
    let recipient = Person { printed: rest.to_string(), ..read };
    Some(Heading {
        recipients: vec![recipient],
        weak: number.is_none(),
        number: number.map(str::to_string),
        collection_side: true,
        ..Heading::bare(t.to_string())
    })
}

/// `H.C. Andersen til Edvard Collin`, `763. Till ALBERT BONNIER`: a Danish, Norwegian or Swedish edition's heading,
/// `til`/`till` for `to`; with the recipient alone, under the edition's number, the writer is the collection's. A
/// letter must follow a heading without a number.
fn nordic(t: &str) -> Option<Heading> {
    // `til` in any case, looked for at once: most lines hold none.
    let b = t.as_bytes();
    let til = |w: &[u8]| w[0] | 0x20 == b't' && w[1] | 0x20 == b'i' && w[2] | 0x20 == b'l';
    if t.len() > 90 || !b.windows(3).any(til) {
        return None;
    }
    // The edition's number first (`763.`): the recipient may stand alone after it.
    let (number, core) = numbered(t.trim_end_matches('.').quick_trim_end());
    let (sender, recipient) = match ["Till ", "TILL ", "Til ", "TIL "].iter().find_map(|w| core.strip_prefix(w)) {
        Some(r) if number.is_some() => ("", r.quick_trim()),
        Some(_) => return None,
        None => {
            let at = find_word(core, "till").or_else(|| find_word(core, "til"))?;
            let word = core[at + 1..].split(' ').next().unwrap_or("");
            if !["till", "til", "TILL", "TIL"].contains(&word) {
                return None;
            }
            (core[..at].quick_trim(), core[at + 1 + word.len()..].quick_trim())
        }
    };
    let party = |p: &str| named_plainly(p, &NORDIC_PARTICLES);
    if !party(recipient) || !sender.is_empty() && !party(sender) {
        return None;
    }
    let senders = if sender.is_empty() { Vec::new() } else { read(sender)? };
    let recipients = read(recipient)?;
    let weak = number.is_none();
    Some(Heading { senders, recipients, weak, number: number.map(str::to_string), ..Heading::bare(t.to_string()) })
}

/// The small words inside a Nordic party's name (`Carl von Linné`, `Hans af Ugglas`).
const NORDIC_PARTICLES: [&str; 4] = ["von", "af", "de", "og"];

/// A party of a heading in another tongue, its words read plainly: one to five, capitalised but for the tongue's
/// `particles` (`Frau von Stein`, `Hans af Ugglas`), no figure and no stop inside.
fn named_plainly(p: &str, particles: &[&str]) -> bool {
    let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).collect();
    (1..=5).contains(&words.len())
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || particles.contains(w))
        && !p.bytes().any(|b| b.is_ascii_digit() || matches!(b, b',' | b';' | b':' | b'!' | b'?'))
}

/// English words of grammar that a German heading's parties never hold.
const ENGLISH_SMALL: [&str; 9] = ["from", "the", "of", "a", "to", "by", "for", "in", "and"];

/// The small words inside a German party's name (`Frau von Stein`, `Brandau und Sohn`).
const GERMAN_PARTICLES: [&str; 6] = ["von", "van", "vom", "zu", "und", "der"];

/// `1410. 1635 augustus 3. Aan J. Wtenbogaert.`: a Dutch edition's heading ([`super::dutch::heading`]), whose
/// open side is the collection's writer. Undated, a numbered line of a list may look so (`3. Van Dyck.`): a letter
/// must follow it.
fn dutch(t: &str) -> Option<Heading> {
    let d = super::dutch::heading(t)?;
    let (senders, recipients) = if d.to { (Vec::new(), d.people) } else { (d.people, Vec::new()) };
    Some(Heading {
        senders,
        recipients,
        date: d.date,
        number: Some(d.number),
        weak: d.date.is_none(),
        collection_side: true,
        ..Heading::bare(d.text)
    })
}

/// A French, Italian or Spanish edition's heading ([`super::romance::heading`]: `À M. Dupré.`, `CCCXV. — AU
/// MÊME.`, `Mme X à M. Y.`, `A Tommaso Baldi in Lucca.`, `AL SEÑOR GENERAL TOMÁS ARRIAGA.`), read as the English
/// heading it stands for, its text as printed. Unnumbered, a letter must follow it.
fn romance(t: &str, dashed: Option<(&str, usize)>) -> Option<Heading> {
    let (number, after) = dashed.map_or((None, 0), |(n, after)| (Some(n), after));
    // The first tongue that reads it with titles, else the first that reads it at all.
    let mut signs = super::romance::Signs::default();
    let mut read = super::tongues::ALL
        .iter()
        .filter_map(|tongue| super::romance::heading(&t[after..], number, tongue, &mut signs));
    let first = read.next()?;
    let p = if first.titled { first } else { read.find(|p| p.titled).unwrap_or(first) };
    let text = t.trim_end_matches('.').to_string();
    let weak = p.number.is_none();
    let date = None;
    let (senders, recipients, number, same) = (p.senders, p.recipients, p.number, p.same);
    Some(Heading {
        text,
        senders,
        recipients,
        markers: Vec::new(),
        date,
        number,
        weak,
        same,
        same_writer: false,
        place: None,
        collection_side: false,
        by_role: false,
    })
}

/// Whether the words after an undated `From` can only be a person: a name of three to six words, or of two with a
/// title or an initial (`Lord Byron`, `J. Hooker`), every word capitalised. Under an edition's running number
/// (`813. From Nathaniel Pell`) two capitalised words are a name.
fn undated_writer(s: &str, numbered: bool) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    // `From Jean Baptiste de Ternant`: a particle inside the name.
    const PARTICLES: [&str; 10] = ["de", "du", "des", "van", "von", "da", "di", "del", "della", "ten"];
    let inside = |k: usize| k > 0 && k + 1 < words.len();
    let capitalised =
        words.iter().enumerate().all(|(k, w)| w.starts_with(char::is_uppercase) || inside(k) && PARTICLES.contains(w));
    let marked = |w: &&str| parties::is_title(w) || (w.len() == 2 && w.ends_with('.'));
    // Two words in small letters after their capitals (`From John Coffee`): a name, weak as every undated heading
    // is (a dateline or greeting must follow); in capitals (`FROM NEW YORK`) they may be a place.
    let lettered = |w: &&str| w.bytes().skip(1).any(|b| b.is_ascii_lowercase()) && w.bytes().all(|b| b != b'.');
    // `From New York`, `From Fort Wayne`: the first word of a place's name.
    const PLACE_FIRST: [&str; 12] =
        ["New", "San", "Santa", "Saint", "Fort", "Port", "Mount", "Cape", "Lake", "North", "South", "West"];
    let placed = words.first().is_some_and(|w| PLACE_FIRST.contains(w));
    capitalised && (3..=6).contains(&words.len())
        || words.len() == 2
            && capitalised
            && (numbered || words.iter().any(marked) || !placed && words.iter().all(lettered))
        // `From his Father`: the writer's kin, by the bond alone.
        || crate::model::named_by_kin(s)
}

/// Whether the first line of a heading wrapped over several lines could open one: its words so far could be a
/// heading's (the `to` may come on the next line).
pub fn could_open(t: &str) -> bool {
    opening_words(t, false) != Some(false)
}

/// Reads words up to the first `to`: `Some(true)` when they could be a heading's and a `to` follows, `Some(false)`
/// when a word cannot stand in a heading, `None` when the line ends first.
///
/// A cheap look at a line before reading it as a heading: the words before its first ` to ` (or ` for ` in a
/// caption) must be capitalised, particles or document words, as a heading's are (`I have received your message
/// to` is no heading). No allocation. The words are those between spaces ([`spaced_words`]), read a byte at a time.
fn opening_words(t: &str, caption: bool) -> Option<bool> {
    let b = t.as_bytes();
    let (mut i, mut k) = (0, 0);
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let (start, first) = (i, b[i]);
        while i < b.len() && b[i] != b' ' {
            i += 1;
        }
        // The word's index among the words.
        let index = k;
        k += 1;
        // A word opening with a digit or a capital other than `T` and `F` is neither `to`, `for` nor small.
        if index <= 30 && (first.is_ascii_digit() || first.is_ascii_uppercase() && !matches!(first, b'T' | b'F')) {
            continue;
        }
        let w = &t[start..i];
        let bare = trim_unless(w, |b| b.is_ascii_alphanumeric(), |c: char| !c.is_alphanumeric());
        let is = |x: &str| bare.eq_ignore_ascii_case(x);
        if is("to") || caption && is("for") {
            return Some(true);
        }
        // Only a small word is looked up among the words of grammar (most words of a text line are small).
        let small = bare.starts_with(|c: char| c.is_lowercase()) && parties::after_elided_particle(bare).is_none();
        // (`Frederick II, king of Prussia, to Voltaire`: a title in small letters in the writer's apposition.)
        if index > 30 || small && HEADING_WORDS.kinds_ascii(bare) == 0 && !parties::is_title(bare) {
            return Some(false);
        }
    }
    None
}

/// The small words of grammar that may stand before a heading's `to`.
const GRAMMAR_WORDS: &[&str] =
    &["from", "by", "the", "of", "in", "and", "for", "de", "van", "von", "du", "da", "di", "la", "le", "at", "a", "an"];

/// Document words ([`DOC`]) and words of grammar ([`GRAMMAR`]).
static HEADING_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&[(DOC_WORDS, DOC), (GRAMMAR_WORDS, GRAMMAR)]));
const DOC: u32 = 1;
const GRAMMAR: u32 = 2;

/// `2156  To Sidney Colvin`: the line's first word all figures, two spaces after it.
fn gapped_figures(s: &str, w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) && s.as_bytes().get(w.len()..w.len() + 2) == Some(b"  ")
}

/// Skips document words and a document number: `Personal and Secret Message from` stops before `from`;
/// `LETTER XX.` gives the number `XX`. Returns (byte offset of the parties, number, whether words were skipped).
fn skip_prefix(s: &str) -> (usize, Option<String>, bool) {
    // `XXIII.—TO BENJAMIN BAILEY.`: a collection's number joined to the heading by a dash.
    if let Some((n, after)) = dashed_number(s) {
        let (at, number, doc) = skip_prefix(&s[after..]);
        return (after + at, number.or(Some(n.to_string())), doc);
    }
    let mut at = 0;
    let mut number = None;
    let mut skipped = false;
    let mut prev_doc = false;
    for (start, w) in word_spans(s) {
        let bare = w.trim_end_matches(['.', ',', ':']);
        // `19. To Cassandra Austen`, `1742: To V. Sackville-West`, `31. Telegram From the Department of State to
        // ...`: an edition's running number opens the line. Only before `To`/`From`, document words allowed
        // between (a numbered note `1. Repeated to London` is no heading).
        let to_or_from = || {
            let mut rest = s[w.len()..].quick_trim_start();
            while let Some((word, after)) = rest.split_once(' ')
                && HEADING_WORDS.kinds(word) & DOC != 0
            {
                rest = after.quick_trim_start();
            }
            super::lines::strip_prefix_ci(rest, "to ")
                .or_else(|| super::lines::strip_prefix_ci(rest, "from "))
                .is_some()
        };
        if start == 0
            && (w.ends_with(['.', ':']) || gapped_figures(s, w))
            && (1..=8).contains(&bare.len())
            && (running_number(bare, 5) || is_upper_roman(bare))
            && to_or_from()
        {
            number = Some(bare.to_string());
            at = w.len();
            continue;
        }
        if HEADING_WORDS.kinds(bare) & DOC != 0 || doc_abbreviated(w) {
            prev_doc = true;
            skipped = true;
            at = start + w.len();
            continue;
        }
        if (prev_doc || lower_is(bare, "no")) && (is_roman(bare) || running_number(bare, usize::MAX)) {
            number = Some(w.trim_end_matches(['.', ',', ':']).to_string());
            at = start + w.len();
            prev_doc = false;
            continue;
        }
        // `Extract of a letter from ...`, `Copy of the despatch ...`: small words between document words.
        if lower_is(bare, "no") || prev_doc && ["of", "a", "an", "the"].iter().any(|x| lower_is(bare, x)) {
            continue;
        }
        break;
    }
    let rest = &s[at..];
    (at + (rest.len() - rest.quick_trim_start().len()), number, skipped)
}

/// `Doc.`, `DOC.`: a documentary edition's word before its document's number (`Doc. 47. To Conrad Habicht`);
/// without its stop, `Doc` may be a man's by-name.
fn doc_abbreviated(w: &str) -> bool {
    w.len() == 4 && w.ends_with('.') && w[..3].eq_ignore_ascii_case("doc")
}

/// An edition's running number: figures (at most `most`), perhaps with a letter after them for a letter put
/// between two numbers (`15a`, `15(C)`).
fn running_number(w: &str, most: usize) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &w.as_bytes()[digits..];
    (1..=most).contains(&digits)
        && match suffix {
            [] => true,
            [c] => c.is_ascii_alphabetic(),
            [b'(', c, b')'] => c.is_ascii_alphabetic(),
            _ => false,
        }
}

/// A roman numeral in capitals (`XXIII`), as editions number letters.
fn is_upper_roman(w: &str) -> bool {
    w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')) && is_roman(w)
}

/// A collection's number joined to its heading by a dash: `XXIII.—TO BENJAMIN BAILEY.`, `LETTER 653.—TO JOHN
/// MURRAY.`, `No. 2214—The King to Lord North.` Gives the number and where the heading's words start. A number
/// alone needs its full stop before the dash (a year and a dash open many a sentence).
fn dashed_number(s: &str) -> Option<(&str, usize)> {
    // A dash (its first byte E2) among the first bytes, looked for first, after a capital or a digit.
    let b = s.as_bytes();
    if !b.first().is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || !b[..b.len().min(24)].iter().fold(false, |acc, &c| acc | (c == 0xe2))
    {
        return None;
    }
    let first = s.split(' ').next().unwrap_or("");
    let prefixed = first.len() < s.len()
        && (HEADING_WORDS.kinds(first.trim_end_matches('.')) & DOC != 0 || lower_is(first.trim_end_matches('.'), "no"));
    let at = if prefixed { first.len() + 1 } else { 0 };
    let rest = &s[at..];
    let end = rest.find(['.', '—', '–', ' ']).unwrap_or(rest.len());
    let n = &rest[..end];
    let ok = (1..=6).contains(&n.len()) && (n.bytes().all(|b| b.is_ascii_digit()) || is_upper_roman(n));
    let after_n = &rest[end..];
    let (dotted, after_dot) = match after_n.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after_n),
    };
    let after_dot = after_dot.strip_prefix(' ').unwrap_or(after_dot);
    let dash = after_dot.chars().next().filter(|c| matches!(c, '—' | '–'))?;
    let tail = &after_dot[dash.len_utf8()..];
    let tail = tail.strip_prefix(' ').unwrap_or(tail);
    let opens = tail.starts_with(|c: char| c.is_uppercase());
    (ok && opens && (dotted || prefixed)).then_some((n, s.len() - tail.len()))
}

/// A Roman number in any case (`xx`, `XIV`).
fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 8
        && w.bytes().all(|b| matches!(b.to_ascii_lowercase(), b'i' | b'v' | b'x' | b'l' | b'c'))
}

fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    spaced_words(s)
}

/// The parties after the prefix.
fn parties_of(rest: &str, caption: bool) -> Option<Heading> {
    let empty = |senders: Vec<Person>, recipients: Vec<Person>, date, number, weak| Heading {
        senders,
        recipients,
        date,
        number,
        weak,
        ..Heading::bare(String::new())
    };
    if let Some(after) = strip_word(rest, "to") {
        // `To B`, `To B from A`.
        let off = rest.len() - after.len();
        let (recipient_part, sender_part) = match find_word(&rest[off..], "from") {
            Some(f) => (&rest[off..off + f], Some(&rest[off + f + 6..])),
            None => (&rest[off..], None),
        };
        let (r, date, number) = tail(recipient_part);
        // `TO THE SAME.`: the addressee of the letter before, as collections print a run of letters to one person.
        if sender_part.is_none() && r.trim_end_matches('.').eq_ignore_ascii_case("the same") {
            return Some(Heading { same: true, ..empty(Vec::new(), Vec::new(), date, number, true) });
        }
        let (s, date, number) = match sender_part {
            Some(sp) => {
                let (s, d2, n2) = tail(sp);
                (Some(s), date.or(d2), number.or(n2))
            }
            None => (None, date, number),
        };
        let recipients = read(r)?;
        let senders = match s {
            Some(s) => read(s)?,
            None => Vec::new(),
        };
        // `To B` alone (no writer, date or document word) needs a letter to follow it: a dedication is no letter.
        let weak = parties::weak(r) && s.is_none_or(parties::weak) || s.is_none();
        return Some(empty(senders, recipients, date, number, weak));
    }
    if caption && let Some(after) = strip_word(rest, "for") {
        let off = rest.len() - after.len();
        let f = find_word(&rest[off..], "from")?;
        let r = read(&rest[off..off + f])?;
        let (s, date, number) = tail(&rest[off + f + 6..]);
        return Some(empty(read(s)?, r, date, number, false));
    }
    // `from A to B`; `Memorandum by A to B` as FRUS titles a memorandum sent as a letter.
    let (from_off, had_from) = match strip_word(rest, "from").or_else(|| strip_word(rest, "by")) {
        Some(after) => (rest.len() - after.len(), true),
        None => (0, false),
    };
    let seps: &[&str] = if caption { &["to", "for"] } else { &["to"] };
    let mut search = from_off;
    while let Some((at, sep)) =
        seps.iter().filter_map(|s| find_word(&rest[search..], s).map(|a| (search + a, *s))).min()
    {
        // `Frederick II, king of Prussia, to Voltaire`: the comma closing the writer's apposition is no part of him.
        let sender = rest[from_off..at].trim_end_matches(',');
        // `Repeated to Paris and Cairo.`: a telegram's routing sentence, no writer.
        if super::telegrams::routing_verb(sender) {
            return None;
        }
        // `THE VICEROY'S LETTER TO NEHRU`, `Governor's reply to the Council`: a writer named by his office.
        if !had_from && let Some(role) = role_writer(sender) {
            let (r, date, number) = tail(&rest[at + sep.len() + 2..]);
            let by_role = role.office;
            return read(r).map(|recipients| Heading { by_role, ..empty(vec![role], recipients, date, number, true) });
        }
        // `THE SAME TO BRAMWELL.`: from the writer of the letter before.
        let same_writer = sender.quick_trim().eq_ignore_ascii_case("the same");
        let senders = if same_writer { Some(Vec::new()) } else { read(sender) };
        let (r, date, number) = match senders {
            Some(_) => tail(&rest[at + sep.len() + 2..]),
            None => ("", None, None),
        };
        // `From Br. C. Freitag to the same.`: to the addressee of the letter before.
        if let Some(senders) = senders.as_ref().filter(|_| r.trim_end_matches('.').eq_ignore_ascii_case("the same")) {
            let weak = same_writer || parties::weak(sender);
            return Some(Heading { same: true, same_writer, ..empty(senders.clone(), Vec::new(), date, number, weak) });
        }
        if same_writer && let Some(recipients) = read(r) {
            return Some(Heading { same_writer, ..empty(Vec::new(), recipients, date, number, true) });
        }
        if let (Some(senders), Some(recipients)) = (senders, read(r)) {
            let weak = parties::weak(sender) && parties::weak(r) && (had_from || !is_caps(rest));
            let place = parties::post_place(sender).map(str::to_string);
            return Some(Heading { place, ..empty(senders, recipients, date, number, weak) });
        }
        search = at + sep.len() + 1;
    }
    None
}

/// `Memorandum by the State Secretary`, `Minute by Sir Eyre Crowe`: a paper for the file, its writer alone named
/// (an office or a person), no addressee (a heading with `to` is read by [`parties_of`]). Weak: a letter must
/// follow it.
fn memorandum_by(t: &str) -> Option<Heading> {
    if t.len() > 80 || !matches!(t.as_bytes().first(), Some(b'M' | b'N')) {
        return None;
    }
    let (kind, rest) = t.split_once(' ')?;
    if !["memorandum", "minute", "note"].iter().any(|k| kind.eq_ignore_ascii_case(k)) {
        return None;
    }
    let writer = strip_word(rest, "by")?.trim_end_matches('.');
    let senders = read(writer)?;
    Some(Heading { senders, weak: true, ..Heading::bare(t.trim_end_matches('.').to_string()) })
}

/// `THE VICEROY'S LETTER`, `PRIME MINISTER'S LETTER`, `Governor's reply`, `Gandhi's letter`: a writer in the
/// possessive before the word for the document. The writer: an office (whose holder signs the letter), or a person
/// named so.
fn role_writer(sender: &str) -> Option<Person> {
    let t = sender.quick_trim();
    let (owner, kind) = t.rsplit_once(' ')?;
    if t.len() > 60 || !parties::document_kind(kind) {
        return None;
    }
    let owner = ["'s", "’s", "'S", "’S"].iter().find_map(|s| owner.strip_suffix(s))?;
    let owner = super::lines::strip_prefix_ci(owner, "the ").unwrap_or(owner).quick_trim();
    let words = owner.split(' ').count();
    if owner.is_empty() || words > 4 || !owner.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    match parties::person(owner) {
        Some(p) if p.office || parties::valid(owner) => Some(p),
        // An office the reading of parties does not know (`Chairman's reply`): one capitalised word or a few.
        _ => owner
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
            .then(|| Person { name: owner.to_string(), printed: owner.to_string(), office: true }),
    }
}

/// How many parties [`read`] keeps on a thread before it forgets them all (a few dozen are named in a file).
const REMEMBERED: usize = 512;

thread_local! {
    /// The parties [`read`] found on this thread, by their text: a file's headings name the same few parties over
    /// and over, and reading one is a pure function of its text.
    static PARTIES: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<Vec<Person>>>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// The people a party's text names ([`read_anew`]), read once for each text.
fn read(segment: &str) -> Option<Vec<Person>> {
    PARTIES.with_borrow_mut(|known| {
        if let Some(people) = known.get(segment) {
            return people.clone();
        }
        let people = read_anew(segment);
        if known.len() >= REMEMBERED {
            known.clear();
        }
        known.insert(segment.into(), people.clone());
        people
    })
}

fn read_anew(segment: &str) -> Option<Vec<Person>> {
    // `President Roosevelt and to Premier Minister Churchill`: the second `to` repeats the first.
    if find_spaced(segment, " and to ").is_some() || find_spaced(segment, " AND TO ").is_some() {
        return parties::named(&segment.replace(" and to ", " and ").replace(" AND TO ", " AND "));
    }
    parties::named(segment).or_else(|| initials_party(segment)).or_else(|| kin_of_named(segment))
}

/// `Mozart's Mother`, `Goethe's Wife`: a party named by a bond to a person the heading names, who bears his family
/// name. The person's surname, the bond as printed.
fn kin_of_named(segment: &str) -> Option<Vec<Person>> {
    let t = segment.quick_trim();
    let (owner, bond) = t.split_once("'s ").or_else(|| t.split_once("’s "))?;
    const BONDS: [&str; 6] = ["mother", "wife", "father", "son", "daughter", "sister"];
    let single = !owner.contains(' ') && owner.starts_with(char::is_uppercase);
    if !single || !BONDS.iter().any(|b| bond.eq_ignore_ascii_case(b)) {
        return None;
    }
    let p = parties::person(owner).filter(|p| !p.office)?;
    Some(vec![Person { printed: t.to_string(), ..p }])
}

/// `B. D. S.`: a writer an edition heads by his initials alone, spaced (`HENRY OLDENBURG TO B. D. S.`); the
/// initials are his name there. (A signature's initials are read elsewhere, and resolved against the page.)
fn initials_party(segment: &str) -> Option<Vec<Person>> {
    let t = segment.quick_trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    // Each a capital and its stop; the heading's own last stop may have been taken off the last.
    let initial = |w: &str| w.len() <= 2 && w.as_bytes()[0].is_ascii_uppercase() && w[1..].bytes().all(|b| b == b'.');
    let n = words.len();
    if !(2..=4).contains(&n) || !words[..n - 1].iter().all(|w| w.len() == 2 && initial(w)) || !initial(words[n - 1]) {
        return None;
    }
    Some(vec![Person { name: t.trim_end_matches('.').to_string(), printed: t.to_string(), office: false }])
}

/// `word ` at the start of `s` in any ASCII case (`word` lowercase): what follows.
fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    super::lines::strip_prefix_ci(s, word)?.strip_prefix(' ')
}

/// ` word ` inside `s` in any ASCII case (`word` lowercase): the byte offset of its leading space.
pub(super) fn find_word(s: &str, word: &str) -> Option<usize> {
    let (b, w) = (s.as_bytes(), word.as_bytes());
    // The spaces are read a byte at a time: in text one comes every few bytes, too often for a call of memchr
    // for each to pay.
    (0..b.len()).find(|&at| {
        let end = at + 1 + w.len();
        b[at] == b' ' && b.get(at + 1..end).is_some_and(|x| x.eq_ignore_ascii_case(w)) && b.get(end) == Some(&b' ')
    })
}

/// A recipient part's tail: a date (`, 5 March 1787`, ` 10 March [1860]`) or a bracketed note with a number.
/// Returns the part without it.
fn tail(part: &str) -> (&str, Option<Found>, Option<String>) {
    let mut p = part.quick_trim().trim_end_matches([',', '.']);
    // `CICERO TO ATTICUS, GREETING.`: the greeting is no party.
    for g in [", greeting", ", greetings", ", health", ", sends greeting", ", salutation"] {
        if p.len() > g.len() && p.is_char_boundary(p.len() - g.len()) && p[p.len() - g.len()..].eq_ignore_ascii_case(g)
        {
            p = &p[..p.len() - g.len()];
        }
    }
    // `TO THOMAS CARLYLE, Edinburgh`, `To W. D. Howells, in Cambridge`: where the addressee was is no party.
    if let Some(comma) = whereabouts_at(p) {
        p = p[..comma].quick_trim_end();
    }
    // `HOLT TO BRAMWELL AT LEYDEN.`: nor is it without the comma, after a person's name.
    if let Some(at) = place_after_person(p) {
        p = p[..at].quick_trim_end();
    }
    // `Churchill, via U.S. Navy code`: how the letter went, after a comma in small letters, is no party; nor is
    // an editor's account of the addressee and the letter (`Francesco Nelli, prior of the Church, concerning the
    // fevers of the body`), each part after its comma.
    while let Some(comma) = memchr::memrchr(b',', p.as_bytes())
        && let Some(how) = p[comma + 1..].strip_prefix(' ')
        && how.starts_with(|c: char| c.is_lowercase())
        && !how.starts_with("the ")
        && !how.starts_with("and ")
        // `, p. 41`: a reference to a page is a note's, and no heading's.
        && !how.bytes().any(|b| b.is_ascii_digit())
    {
        p = p[..comma].quick_trim_end();
    }
    let mut number = None;
    if p.ends_with(')')
        && let Some(open) = p.rfind('(')
    {
        let inner = &p[open + 1..p.len() - 1];
        if inner.bytes().any(|b| b.is_ascii_digit()) {
            number = number_in(inner);
            p = p[..open].quick_trim_end();
        }
    }
    if let Some(comma) = p.rfind(',') {
        let last = p[comma + 1..].quick_trim();
        let starts = |x: &str| super::lines::strip_prefix_ci(last, x).is_some();
        if starts("number ") || starts("no. ") || starts("no ") {
            number = last.split_whitespace().nth(1).map(str::to_string);
            p = p[..comma].quick_trim_end();
        }
    }
    // `[?MARCH 1846]`, `[Late 1846]`: the editor's month or year, no day of it (`10 March [1860]` is a day).
    if p.ends_with(']')
        && dated(p).is_none()
        && let Some(open) = p.rfind('[')
        && super::lines::month_line(p[open..].trim_start_matches(['[', '?']).trim_end_matches(']')).is_some()
    {
        p = p[..open].quick_trim_end().trim_end_matches(',');
    }
    match dated(p) {
        Some((start, f)) => {
            let party = p[..start].quick_trim_end().trim_end_matches([',', '.']);
            // `General Washington, dated Camden, 30 April 1781`: the editor's `dated` and its place are no party.
            let party = [", dated ", " dated "].iter().find_map(|d| party.find(d)).map_or(party, |at| &party[..at]);
            let party = without_place(party);
            (unbracketed(party), Some(f), number)
        }
        None => (unbracketed(p), None, number),
    }
}

/// `[JOHN FORSTER]` → `JOHN FORSTER`: the editor's reading of an addressee the letter does not name.
fn unbracketed(p: &str) -> &str {
    let inner = p.strip_prefix('[').and_then(|x| x.strip_suffix(']')).filter(|x| !x.contains(['[', ']']));
    inner.map_or(p, |x| x.trim_start_matches('?'))
}

/// Where an editor's note of the addressee's whereabouts starts (its comma): `, in Cambridge`, `, at Keokuk`, or,
/// after a name set in capitals, a place set in small letters (`TO THOMAS CARLYLE, Edinburgh`).
fn whereabouts_at(p: &str) -> Option<usize> {
    let comma = memchr::memrchr(b',', p.as_bytes())?;
    let after = p[comma + 1..].quick_trim().trim_end_matches(['.', ':']);
    let place = |x: &str| {
        let mut n = 0;
        let capitalised = x.split_whitespace().all(|w| {
            n += 1;
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        });
        capitalised && (1..=3).contains(&n)
    };
    let preposition = ["in ", "at "].iter().find_map(|x| after.strip_prefix(x));
    let ok = match preposition {
        Some(rest) => place(rest),
        None => {
            let before = &p[..comma];
            place(after)
                && after.chars().any(char::is_lowercase)
                && before.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && is_caps(before)
        }
    };
    ok.then_some(comma)
}

/// `HOLT TO THE ROYAL ACADEMY` under an edition's number with its stop: a writer to a body the article and two to
/// four words in capitals name (an office, which the reading of parties leaves to titles it knows).
fn to_a_body(rest: &str) -> Option<Heading> {
    let at = find_word(rest, "TO")?;
    let senders = read(&rest[..at])?;
    let body = rest[at + 4..].quick_trim().trim_end_matches(['.', ',']);
    let words: Vec<&str> = body.split(' ').filter(|w| !w.is_empty()).collect();
    let [the, named @ ..] = words.as_slice() else { return None };
    let caps = |w: &&str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    if *the != "THE" || !(2..=4).contains(&named.len()) || !named.iter().all(caps) {
        return None;
    }
    let small = ["OF", "AT", "IN", "AND"];
    let name: Vec<String> = named
        .iter()
        .map(|w| {
            if small.contains(w) {
                w.to_ascii_lowercase()
            } else {
                format!("{}{}", &w[..1], w[1..].to_ascii_lowercase())
            }
        })
        .collect();
    let person = Person { name: name.join(" "), printed: body.to_string(), office: true };
    Some(Heading { senders, recipients: vec![person], weak: true, ..Heading::bare(String::new()) })
}

/// Where ` AT LEYDEN`, ` at Leyden`, ` IN LONDON` starts at the end of a party that names a person (not an office,
/// as `the Minister at Vienna` is; no article before it): one to three capitalised words of a place after `at` or
/// `in`.
fn place_after_person(p: &str) -> Option<usize> {
    let at = find_word(p, "at").or_else(|| find_word(p, "in"))?;
    let (name, place) = (&p[..at], p[at + 4..].quick_trim().trim_end_matches(['.', ',']));
    let mut n = 0;
    let placed = place.split(' ').all(|w| {
        n += 1;
        w.starts_with(|c: char| c.is_ascii_uppercase()) && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphabetic())
    });
    let first = name.quick_trim_start().split(' ').next().unwrap_or("");
    if !placed || !(1..=3).contains(&n) || lower_is(first, "the") || name.len() > 60 {
        return None;
    }
    let person = parties::person(name)?;
    (!person.office && find_word(&p[at + 1..], "at").is_none()).then_some(at)
}

/// The date that ends `p` (`5 March 1787`, `10 March [1860]`), the first word it starts at, and that word's
/// byte offset.
fn dated(p: &str) -> Option<(usize, Found)> {
    if !may_hold_date(p) {
        return None;
    }
    word_spans(p).find_map(|(start, _)| {
        let cand = &p[start..];
        // `[?5 MARCH 1846]`, `[5 MARCH 1846?]`: the editor's conjecture is the date.
        let opened = cand.strip_prefix("[?").map_or_else(|| cand.trim_start_matches('['), str::trim_start);
        // `[4-5 MARCH 1846]`: a letter written over two days is dated by the first.
        let (first, opened) = first_of_days(opened).map_or((None, opened), |(d, rest)| (Some(d), rest));
        let f = may_open_date(opened).then(|| scan_date(opened))??;
        let f = Found { day: first.unwrap_or(f.day), corrected_day: first.map_or(f.corrected_day, |_| None), ..f };
        ((f.len + cand.len() - opened.len()) >= cand.trim_end_matches([']', '.', ',', '?']).len()).then_some((start, f))
    })
}

/// `4-5 MARCH`, `30–31 May`: the first day of two joined by a dash, and the text after the dash.
fn first_of_days(t: &str) -> Option<(u8, &str)> {
    let digits = t.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = t[digits..].strip_prefix('-').or_else(|| t[digits..].strip_prefix('\u{2013}'))?;
    let day: u8 = t[..digits].parse().ok().filter(|d| (1..=31).contains(d))?;
    rest.starts_with(|c: char| c.is_ascii_digit()).then_some((day, rest))
}

/// Whether [`scan_date`] may find a date at the start of `t`: it opens with a digit, a month's name or `the`.
fn may_open_date(t: &str) -> bool {
    t.as_bytes().first().is_some_and(|&b| {
        b.is_ascii_digit()
            || matches!(b.to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b't')
    })
}

/// Whether `t` may hold a date: every date has its day in digits or written out, as a run of letters and hyphens
/// ending as the days do (`fifth`, `twenty-first`).
fn may_hold_date(t: &str) -> bool {
    let b = t.as_bytes();
    let in_word = |x: &u8| x.is_ascii_alphabetic() || *x == b'-';
    has_digit(b)
        || (2..=b.len()).any(|end| {
            let day_end = |x: &[u8; 2]| b[end - 2..end].eq_ignore_ascii_case(x);
            !b.get(end).is_some_and(in_word) && (day_end(b"st") || day_end(b"nd") || day_end(b"rd") || day_end(b"th"))
        })
}

/// `Theo van Gogh. Arles, Sunday`: a party, then after a full stop the place (and weekday) the date belongs to.
/// The stop must end a word, not an initial or a title (`J. D. Hooker`, `the Rev. John Newton`).
fn without_place(s: &str) -> &str {
    let Some(stop) = s.rfind(". ") else { return s };
    let word = s[..stop].rsplit(' ').next().unwrap_or_default();
    let place = s[stop + 2..].quick_trim_start();
    let ends_word = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().any(char::is_lowercase)
        && !parties::is_title(word);
    if ends_word && place.starts_with(char::is_uppercase) { &s[..stop] } else { s }
}

/// `Correspondence Vol. 1, No. 93` → `93`.
fn number_in(s: &str) -> Option<String> {
    let at = s.find("No.").or_else(|| s.find("No "))?;
    let n: String = s[at + 3..].quick_trim_start().chars().take_while(char::is_ascii_alphanumeric).collect();
    (!n.is_empty()).then_some(n)
}

/// `... President Roosevelt 75` → (`... President Roosevelt`, Some(`75`)). In capitals a marker may be glued to the
/// last word (`SHELLEY TO JOHN KEATS1`): one or two figures after a word of three capitals at least, the line's
/// words before it in capitals too (`PQ17` alone is a code).
fn split_trailing_number(t: &str) -> (&str, Option<&str>) {
    let figures = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&figures) {
        let (before, n) = t.split_at(t.len() - figures);
        let word = before.rsplit(' ').next().unwrap_or(before);
        let capitals = |w: &str| w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | ',' | '\'' | '’' | '-'));
        if word.chars().count() >= 3
            && word.chars().all(char::is_uppercase)
            && before.split(' ').nth(2).is_some()
            && before.split(' ').all(capitals)
        {
            return (before, Some(n));
        }
    }
    if let Some(space) = t.rfind(' ') {
        let last = &t[space + 1..];
        let before = t[..space].quick_trim_end();
        if (1..=3).contains(&last.len())
            && last.bytes().all(|b| b.is_ascii_digit())
            && before.ends_with(|c: char| c.is_alphabetic() || c == ')' || c == '*')
        {
            return (before, Some(last));
        }
    }
    (t, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(line: &str) -> Option<(String, String)> {
        parse(line, false).map(|h| (parties::join(&h.senders), parties::join(&h.recipients)))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn heading_styles() {
        assert_eq!(parties("Personal Message from Stalin to Mr Churchill"), pair("Stalin", "Churchill"));
        // A marker glued to a heading in capitals.
        let h = parse("PERCY BYSSHE SHELLEY TO JOHN KEATS1", false).expect("a heading with its marker");
        assert_eq!((parties::join(&h.recipients), h.markers.len()), ("Keats".to_string(), 1));
        assert_eq!(split_trailing_number("CONVOY PQ17"), ("CONVOY PQ17", None), "a code in capitals");
        assert_eq!(
            parties(
                "Most Secret and Personal Message from the Prime Minister, Mr Winston Churchill, to Premier Stalin"
            ),
            pair("Churchill", "Stalin")
        );
        assert_eq!(parties("W. CHURCHILL TO J. V. STALIN*"), pair("Churchill", "Stalin"));
        assert_eq!(
            parties("The Secretary of State to the Ambassador in the Soviet Union (Steinhardt)"),
            pair("Secretary of State", "Steinhardt")
        );
        assert_eq!(parties("From George Washington to Henry Knox, 5 March 1787"), pair("Washington", "Knox"));
        assert_eq!(parties("To Henry Knox from George Washington"), pair("Washington", "Knox"));
        assert_eq!(parties("TELEGRAM TO GENERAL MEADE."), pair("", "Meade"));
        assert_eq!(parties("LETTER XX. PLINY TO TACITUS"), pair("Pliny", "Tacitus"));
        assert_eq!(parties("CICERO TO ATTICUS, GREETING."), pair("Cicero", "Atticus"));
        assert_eq!(parties("From J. D. Hooker 12 March [1860]"), pair("Hooker", ""));
        // Undated, the writer alone is a weak heading: a letter must follow it.
        assert_eq!(weak("From George Catlett Marshall", false), Some(true));
        assert_eq!(parties("From there we went on by the coast road"), None);
        assert_eq!(parties("From Boston, where he had gone in May, he wrote often."), None);
        assert_eq!(parties("From New York"), None);
        assert_eq!(parties("HENRY OLDENBURG TO B. D. S."), pair("Oldenburg", "B. D. S"));
        assert_eq!(parties("H.C. Andersen til Edvard Collin"), pair("Andersen", "Collin"));
        let h = parse("763. Till ALBERT BONNIER", false).expect("a Swedish heading");
        assert_eq!((h.number.as_deref(), h.recipients[0].name.as_str(), h.weak), (Some("763"), "Bonnier", false));
        assert_eq!(parse("Jeg kom til Odense i Gaar.", false), None);
        assert!(book_title("The Letters of Gertrude Bell, Volume 2"));
        assert!(book_title("The Life and Letters of Henry Maule, F.R.S., Vol. I"));
        assert!(book_title("Letters of John Keats to His Family and Friends"));
        assert!(!book_title("Letter from George Washington to Henry Knox"), "a letter's title");
        assert!(!book_title("Letters to the Editor"));
        assert_eq!(parties("Category: Letters to the Editor"), None, "a site's label over a kind of document");
        assert_eq!(parties("Letters to the Editor"), None);
        // A letter put between two of the edition's numbers: `15(C)`, `15a`.
        assert_eq!(parties("Letter 15(C). From Cassandra Austen"), pair("Austen", ""));
        assert_eq!(parse("15a. To Martha Lloyd", false).and_then(|h| h.number).as_deref(), Some("15a"));
        assert_eq!(parties("15abc. To Martha Lloyd"), None, "a word, no number");
        assert_eq!(weak("From Lord Byron", false), Some(true));
        let h = parse("10. LETTER FROM LORD IRWIN", false).expect("a numbered letter from its writer");
        assert_eq!((h.number.as_deref(), h.senders[0].name.as_str(), h.weak), (Some("10"), "Irwin", true));
        let h = parse("412. To S. S. Koteliansky", false).expect("heading");
        assert_eq!((h.number.as_deref(), h.recipients[0].name.as_str()), (Some("412"), "Koteliansky"));
        assert_eq!(parse("22. Your telegram of March 3 went to the Chancellor.", false), None);
        assert_eq!(parse("1. Repeated to London and Paris.", false), None);
        assert_eq!(parties("From London we went on to the coast"), None);
        assert_eq!(parties("From Washington"), None);
        // Two words of a name are a writer, weak (a letter must follow); a place's two words are none.
        assert_eq!(weak("From Nathan Gaither", false), Some(true));
        assert_eq!(parties("From New York"), None);
        assert_eq!(parties("FROM HIGH STREET"), None);
        assert_eq!(parties("Pliny to his friend Tacitus"), pair("Pliny", "Tacitus"));
        assert_eq!(
            parties("Memorandum by the Secretary of State to President Roosevelt"),
            pair("Secretary of State", "Roosevelt")
        );
        assert_eq!(parties("The Duke of Wellington to Lord Liverpool"), pair("Duke of Wellington", "Liverpool"));
        assert_eq!(parties("F. Roosevelt and W. Churchill to J. V. Stalin*2"), pair("Roosevelt, Churchill", "Stalin"));
        let h = parse("To Asa Gray 10 March [1860]", false).expect("heading");
        assert_eq!((h.date.map(|d| d.day), h.recipients[0].name.as_str()), (Some(10), "Gray"));
        // A calendar's heading with the editor's conjectured day.
        let h = parse("To MRS. ADELINE FROST, [?15 FEBRUARY 1847]", false).expect("heading");
        assert_eq!((h.date.map(|d| (d.month, d.day)), h.recipients[0].name.as_str()), (Some((2, 15)), "Frost"));
        let h = parse("To THE REV. SILAS BROOKE, [20 FEBRUARY 1847?]", false).expect("heading");
        assert_eq!((h.date.map(|d| (d.month, d.day)), h.recipients[0].name.as_str()), (Some((2, 20)), "Brooke"));
        let h = parse("To JOHN ASHTON, [4-5 MARCH 1846]", false).expect("heading");
        assert_eq!(h.date.map(|d| (d.month, d.day)), Some((3, 4)), "the first of two days");
        let h = parse("To JOHN ASHTON, [?MID-MARCH 1846]", false).expect("heading");
        assert_eq!((h.date, h.recipients[0].name.as_str()), (None, "Ashton"));
        let h = parse("To [JOHN ASHTON], [?MARCH 1846]", false).expect("heading");
        assert_eq!((h.date, h.recipients[0].name.as_str()), (None, "Ashton"), "a month is no day");
        let h = parse("Message to W. Churchill (Correspondence Vol. 1, No. 93)", false).expect("heading");
        assert_eq!((h.number.as_deref(), h.senders.len()), (Some("93"), 0));
        // An edition's running number before the heading.
        let h = parse("212. To Robert Southey", false).expect("heading");
        assert_eq!((h.number.as_deref(), h.recipients[0].name.as_str()), (Some("212"), "Southey"));
        let h = parse("3088: To Lady Ottoline Morrell", false).expect("heading");
        assert_eq!((h.number.as_deref(), h.recipients[0].name.as_str()), (Some("3088"), "Morrell"));
        assert_eq!(parties("2. To the question of supplies I return below."), None);
        // An edition's number with its stop before a pair in capitals: both parties, no letter needed after it.
        let h = parse("412. HOLT TO BRAMWELL.", false).expect("a numbered pair");
        assert_eq!((h.number.as_deref(), h.weak), (Some("412"), false));
        assert_eq!(parties("413. BRAMWELL TO HOLT AT LEYDEN."), pair("Bramwell", "Holt"), "Leyden is where he was");
        assert_eq!(parties("BRAMWELL TO THE MINISTER AT VIENNA"), pair("Bramwell", "Minister at Vienna"));
        assert!(parse("3. Holt to Bramwell, 3 March, above.", false).is_none_or(|h| h.weak), "a note cites so");
        let h = parse("414. THE SAME TO THE SAME.", false).expect("the parties of the letter before");
        assert!(h.same && h.same_writer && !h.weak);
        let h = parse("415. HOLT TO THE ROYAL ACADEMY.", false).expect("a body under an edition's number");
        assert_eq!((parties::join(&h.recipients).as_str(), h.weak), ("Royal Academy", true));
        assert_eq!(parties("1. Repeated to London and Paris."), None, "a numbered note");
    }

    #[test]
    fn routes_are_weak_and_sentences_are_no_headings() {
        assert!(parse("From London to Moscow", false).is_some_and(|h| h.weak));
        assert!(parse("To My Wife", false).is_none_or(|h| h.weak), "a dedication is no letter");
        assert!(parse("TELEGRAM TO GENERAL MEADE.", false).is_some_and(|h| !h.weak));
        assert_eq!(parse("Allow me to thank you for your two personal messages.", false), None);
        assert_eq!(parse("I gave Mr Churchill's message to Marshal Stalin who", false), None);
        assert_eq!(parse("The message went to Stalin.", false), None);
        assert_eq!(parse("“Personal and Secret Message from Premier Stalin to President Roosevelt.", false), None);
    }

    #[test]
    fn an_editions_number_in_brackets_or_alone() {
        let h = parse("(212) Haydn to his Brother", false).expect("a bracketed number");
        assert_eq!((h.number.as_deref(), parties::join(&h.recipients).as_str()), (Some("212"), "Brother"));
        assert!(h.weak, "a letter must follow: a note cites letters so too");
        let h = parse("212 Haydn to Prince Esterházy", false).expect("a number alone");
        assert_eq!(parties::join(&h.senders), "Haydn");
        assert_eq!(parse("(1) Not found.", false), None);
        assert_eq!(parse("212 To the Prince", false), None, "a number alone needs both parties");
        assert_eq!(parse("(a) Haydn to his Brother", false), None);
    }

    fn names(people: &[Person]) -> Vec<String> {
        people.iter().map(|p| p.name.clone()).collect()
    }

    #[test]
    fn a_collections_number_and_slash_and_a_humanists_greeting() {
        let h = slashed("1488 / From Conrad Weiss").expect("a writer's heading");
        assert_eq!(
            (names(&h.senders), h.recipients.len(), h.number.as_deref()),
            (vec!["Weiss".to_string()], 0, Some("1488"))
        );
        let h = slashed("77/To Anna Vogt").expect("a reader's heading");
        assert_eq!(names(&h.recipients), ["Vogt"]);
        assert!(slashed("1488 / 1489").is_none() && slashed("12 / to be read, he said").is_none());
        let (w, r) = greeting("HANS VOGT TO THE MOST LEARNED AND MOST PIOUS PETER ALT, GREETING").expect("a greeting");
        assert_eq!((w.name.as_str(), r.name.as_str()), ("Vogt", "Alt"));
        assert!(greeting("Hans Vogt to Peter Alt, greeting").is_none(), "in capitals only");
        assert!(greeting("HANS VOGT TO PETER ALT").is_none(), "no greeting word");
    }

    #[test]
    fn captions() {
        let h = parse("For Prime Minister Churchill from Stalin:", true).expect("caption");
        assert_eq!(parties::join(&h.senders), "Stalin");
        assert!(parse("Personal and top secret from the President for Marshal Stalin, Number 267.", true).is_some());
    }

    #[test]
    fn a_german_heading_may_name_the_addressee_alone() {
        let h = parse("241. An Leopold von Gerlach.", false).expect("numbered: the writer is the collection's");
        assert_eq!((h.number.as_deref(), h.senders.len(), h.weak), (Some("241"), 0, false));
        assert_eq!(
            (h.recipients[0].name.as_str(), h.recipients[0].printed.as_str()),
            ("Gerlach", "Leopold von Gerlach")
        );
        let h = parse("An den Ministerpräsidenten Freiherrn von Manteuffel.", false).expect("an office and its holder");
        assert_eq!((h.recipients[0].name.as_str(), h.weak), ("Manteuffel", true), "unnumbered: a letter must follow");
        for line in ["AN OFFICER OF THE GUARD", "An den Bruder schrieb er oft, wenn er Zeit hatte."] {
            assert!(parse(line, false).is_none_or(|h| h.recipients.is_empty()), "{line}");
        }
    }

    #[test]
    fn a_documentary_editions_numbered_documents() {
        let h = parse("Doc. 47. To Conrad Habicht", false).expect("a document to the principal's correspondent");
        assert_eq!(
            (names(&h.recipients), h.senders.len(), h.number.as_deref()),
            (vec!["Habicht".into()], 0, Some("47"))
        );
        assert!(!h.weak, "its number makes it a heading");
        let h = from_only_line("Doc. 48. From Conrad Habicht").expect("a document from him");
        assert_eq!((names(&h.senders), h.number.as_deref()), (vec!["Habicht".to_string()], Some("48")));
        let h = parse("DOC. 112a. TO HEDWIG LAUTNER", false).expect("in capitals, a number put between two");
        assert_eq!(h.number.as_deref(), Some("112a"));
        assert!(parse("Doc Holliday to the marshal", false).is_none_or(|h| !h.senders.is_empty()));
    }

    #[test]
    fn a_writer_named_by_his_office_in_the_possessive() {
        let h = parse("THE VICEROY'S LETTER TO NEHRU", false).expect("the viceroy's letter");
        assert!(h.by_role && h.senders.iter().all(|p| p.office), "{:?}", h.senders);
        assert_eq!(names(&h.recipients), ["Nehru"]);
        let h = parse("PRIME MINISTER'S LETTER TO JOSIAH WENDELL", false).expect("the prime minister's");
        assert!(h.by_role && h.senders.iter().all(|p| p.office && p.name != "Letter"));
        let h = parse("Governor's reply to the Council", false).expect("the governor's reply");
        assert!(h.by_role && h.weak);
        let h = parse("Gandhi's letter to Irwin", false).expect("a man's letter");
        assert_eq!((names(&h.senders), h.by_role), (vec!["Gandhi".to_string()], false));
        for kind in ["Letter", "REPLY", "Memorandum"] {
            assert!(parties::person(kind).is_none_or(|p| p.office), "{kind} names no one");
        }
    }
}
