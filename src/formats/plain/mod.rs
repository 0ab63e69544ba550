//! Plain-text letter files as the editions print them (FRUS documents, the 1957 Moscow collection and their kin).
//!
//! The parser reads line by line. Small fixed shapes (`No. 28`, `Received on ...`, a classification) wait for
//! the heading that follows them; a heading opens a letter; body lines gather into blocks that become
//! paragraphs; a date line, `Source:` lines, a separator or a footnote list close the body. Text that belongs to
//! no letter is reported, never made into one.

use words::QuickTrim;
mod around;
mod barred;
mod calendar;
mod calendar_headings;
mod closing_date;
mod collected;
mod collected_lines;
mod covering;
mod dutch;
mod editor_answer;
mod french;
mod german;
mod german_salutes;
mod given_names;
mod heading;
mod headnote;
mod initialled;
mod initials;
mod inline;
mod italian;
mod item_lines;
mod items;
mod kin;

pub use inline::looked_back;
pub use lines::short_place;
pub use telegrams::{numbered as telegram_number, numbers_of as telegram_numbers};
mod letter;
mod lines;
mod look;
mod margin_dates;
mod narrative;
mod official;
mod opening;
mod page_names;
mod pair_headings;
mod papers;
mod paragraphs;
pub mod parties;
mod posts;
mod principal;
mod quoted;
mod romance;
mod sovereigns;
mod spanish;
mod telegrams;
mod tongues;
mod viewer;
mod words;

use super::{Format, Note, Parsed};
use crate::model::date::Found;
use crate::model::{Carried, Severity};
use letter::Draft;
use lines::Stamp;
use look::Look;
use std::path::Path;

/// The plain-text format: files ending in `.txt`.
pub struct PlainText;

impl Format for PlainText {
    fn name(&self) -> &'static str {
        "plain text"
    }

    fn accepts(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
    }

    fn parse(&self, file: &str, text: &str) -> Parsed {
        letter::begin_file(text.len());
        let mut p = Parser { file, year_hint: crate::model::year_in_name(file), ..Parser::default() };
        // Room for a letter a kilobyte (the letters are moved once, not at each doubling).
        p.out.letters.reserve(text.len() / 1024);
        // A window of five lines slides over the text (the line and the four after it, for wrapped headings and
        // opening blocks): no list of every line, whose size would follow the number of lines, not the bytes. The
        // lines are read into a buffer of a few dozen at a time, the window a slice of it.
        let mut lines = quoted::Unquoted::new(lines_of(text));
        let mut buffer: Vec<&str> = Vec::with_capacity(BUFFERED);
        let (mut at, mut no) = (0, 1);
        loop {
            if buffer.len() - at < WINDOW {
                // Too few lines left for a whole window: the rest moves to the front and more are read.
                buffer.drain(..at);
                at = 0;
                let room = BUFFERED - buffer.len();
                buffer.extend(lines.by_ref().take(room));
            }
            let window = &buffer[at..buffer.len().min(at + WINDOW)];
            let [line, next @ ..] = window else { break };
            // A line and the lines of `next` it took go.
            let done = (p.line(no, line, next) + 1).min(window.len());
            at += done;
            no += done;
        }
        let initialled = std::mem::take(&mut p.initialled);
        let (mut parsed, writer, signed) = p.finish();
        letter::end_file(&mut parsed.letters);
        initialled::resolve(&mut parsed.letters, &initialled);
        let page = page_names::Page::new(text, writer.as_ref());
        initials::resolve(&mut parsed.letters, &signed, &page);
        given_names::resolve(&mut parsed.letters, &page);
        if writer.is_none() {
            principal::resolve(&mut parsed.letters);
        }
        kin::resolve(&mut parsed.letters, &page);
        sovereigns::resolve(&mut parsed.letters);
        papers::office_holders(&mut parsed.letters);
        parsed
    }
}

/// The lines the parser sees at once: the line read and the four after it.
const WINDOW: usize = 5;
/// The lines read ahead into the window's buffer.
const BUFFERED: usize = 64;

/// The lines of `text` as `text.split('\n')` gives them, their ends found by the memchr crate's vectorized search;
/// an empty line (half a page's lines are blank) ends where it starts, and is known by its first byte without one.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let end = match b.get(from) {
            Some(b'\n') => Some(from),
            _ => memchr::memchr(b'\n', &b[from..]).map(|k| from + k),
        };
        match end {
            Some(at) => {
                start = Some(at + 1);
                Some(&text[from..at])
            }
            None => {
                start = None;
                Some(&text[from..])
            }
        }
    })
}

/// Where the parser stands in the current letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Zone {
    /// Reading the body.
    #[default]
    Body,
    /// Past the body: date line, sources, footnotes.
    After,
}

/// What the previous non-blank line was, for continuation lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Last {
    #[default]
    Blank,
    Body,
    Pre,
    Heading,
    Source,
    Footnote,
    Other,
    Orphan,
    /// The addressee named under the signature.
    Address,
}

/// A date line waiting for the heading it stands before: the date, its place, and where it was read.
#[derive(Debug, Clone)]
struct PendingDate {
    found: Found,
    place: Option<String>,
    source: String,
}

/// Lines seen before a heading: they belong to the letter the heading opens.
#[derive(Debug, Default)]
struct Pending<'a> {
    number: Option<String>,
    classification: Option<String>,
    stamp: Option<(Stamp, Found)>,
    date: Option<PendingDate>,
    /// The editor's month under a collection's number (`[Madrid, marzo de 1787]`): the days the letter may be of.
    month: Option<((crate::model::Date, crate::model::Date), String)>,
    archive: Vec<String>,
    raw: Vec<(usize, &'a str)>,
}

#[derive(Default)]
struct Parser<'a> {
    file: &'a str,
    out: Parsed,
    pending: Pending<'a>,
    cur: Option<Draft>,
    zone: Zone,
    block: Vec<(usize, &'a str)>,
    last: Last,
    /// Inside a footnote list: an indented paragraph after a blank line continues the last note.
    in_notes: bool,
    /// Past the letter's text, in an editor's labelled notes (`Manuscript: ...`): a line numbered `1 ...` is a
    /// footnote.
    note_block: bool,
    /// Under a collection's heading `1488 / From Conrad Peutinger`, before the greeting line in capitals: the
    /// editor's introduction read so far (no text of the letter, unless no greeting comes).
    intro: Option<Vec<(usize, &'a str)>>,
    /// The writer a title line before the first letter names (`The Papers of Thomas Jefferson`).
    writer: Option<parties::Person>,
    /// The one addressee a title line before the first letter names (`Lettres à Madame Hanska`).
    reader: Option<parties::Person>,
    /// The letters (by index) that sign with initials alone and name no writer otherwise, with the initials.
    signed_initials: Vec<(usize, String)>,
    /// The covering letter (its index among the letters read) whose enclosure comes next.
    enclosed_by: Option<usize>,
    /// An official letter's `From` / `To` address block being read.
    address: Option<Address<'a>>,
    /// The recipients the last heading naming any named, for a heading `TO THE SAME.`
    last_recipients: Vec<parties::Person>,
    /// The writers the last heading naming any named, for a heading `THE SAME TO ...`.
    last_senders: Vec<parties::Person>,
    /// The page's year nearest before the line (the file's name, a year alone on a line, the last date line's):
    /// the century of a year printed in two figures (`7 June 44`).
    year_hint: Option<i32>,
    /// The page's own date, read above its first letter (a newspaper issue's date line).
    page_date: Option<crate::model::Date>,
    /// An e-book's title page was read (`Title: The Letters of ...`): its `Author:` is the book's, no letter's.
    book: bool,
    /// An archive's item begun by its ID (`Document ID: 77120`), its title not read yet.
    item_begun: bool,
    /// The letter read was opened by a metadata line before its `Title:` (`Author: Kerr, John`): the title names it.
    meta_opened: bool,
    /// What is passed over until the next item: an item that is no letter, a list of related items.
    skip: Option<item_lines::Skip>,
    /// The page's dates in figures and the order they are printed in.
    figures: item_lines::Figures,
    /// In a chapter's table of documents (`No. AND NAME   DATE   MAIN SUBJECT   PAGE`): its rows are no text.
    contents: bool,
    /// The letters opened by a number with the writer's initial (`171 J`): their index and the initial.
    initialled: Vec<(usize, u8)>,
    /// The number of the last `LETTER XXI.` line, for the superscription an editor's commentary may stand before.
    chapter: Option<String>,
    /// An editor's headnote under the heading and the note on the document, held while it is read (its paragraphs):
    /// the letter's source once its text opens, else its text.
    headnote: Option<Vec<Vec<(usize, &'a str)>>>,
    /// Inside a letter the commentary quotes, in quotation marks.
    quoting: bool,
    /// The lines of the last paragraph that belongs to no letter (an editor's commentary).
    aside: Vec<&'a str>,
    /// The current letter opened with a superscription, or under an edition's heading that dates it (a Dutch
    /// edition's `1410. 1635 augustus 3. Aan ...`): a date line under its signature closes it, whatever its date.
    superscribed: bool,
    /// The last line closed the current letter's text with its date: the writer's name may follow, as Italian
    /// editions print it (`In Roma, a dì 16 d'agosto 1514.` / `Tommaso Baldi, Oratore.`).
    dated_close: bool,
    /// The current letter is a couple's, headed by their initials (`H.A. to C.P.`).
    paired: bool,
    /// The chapter's title a volume's running head names (`Kapitel LXIII. Die Venezuela-Frage`), for the head of the
    /// facing page (`Die Venezuela-Frage      33`).
    running_title: Option<String>,
}

/// The lines of an address block read so far (with their numbers): the writer's, then after `To` the addressee's.
#[derive(Debug, Default)]
struct Address<'a> {
    line: usize,
    from: Vec<(usize, &'a str)>,
    to: Vec<(usize, &'a str)>,
    in_to: bool,
}

impl<'a> Parser<'a> {
    /// Reads one line; `next` holds the lines after it (up to four), for headings and dates wrapped over several
    /// lines and for what follows a date line. Returns how many of them it took.
    fn line(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> usize {
        if self.skip.is_some()
            && let Some(used) = self.skipping(no, line, next)
        {
            return used;
        }
        if lines::is_blank(line) {
            self.blank();
            return 0;
        }
        if self.headnote.is_some() {
            self.headnote_ends(line, next);
        }
        // The line looked at once ([`Look`]): its first letter (lowered) tells an address block's `From`, a
        // `Subject`, `In ...`/`At ...`, a number, a stamp, an enclosure and what ends a body, each opening with its
        // own few; its digits, a date.
        let look = Look::of(line);
        let lead = look.lead;
        // Furniture is read trimmed: the text looked at.
        if lines::furniture_line(look.text) {
            return 0;
        }
        // A collected edition's running head, with its page's number (see `collected_lines::running_head`).
        if look.digit && self.collected_running_head(look.text) {
            return 0;
        }
        // A documentary edition's viewer and its volume's running head (see `viewer`).
        if (look.digit || matches!(lead, Some(b'<' | b'g' | b'v' | b'c'))) && self.viewer_line(&look) {
            return 0;
        }
        if (self.contents || lead == Some(b'n') || look.digit && line.starts_with(' '))
            && self.diplomatic_furniture(line, &look, next)
        {
            return 0;
        }
        // A pager's commands and a site's notice at the page's foot, on lines of their own.
        if matches!(lead, Some(b'<' | b'c' | 0xc2)) && telegrams::site_foot(look.text) {
            return 0;
        }
        // A site's menu between letters; in a body such a line may be a table's head, and is kept.
        if (self.cur.is_none() || self.zone == Zone::After)
            && (lines::menu_line(look.text)
                // A web page's furniture stands on lines of its own, set apart by blank lines.
                || look.text.len() <= 120
                    && (self.cur.is_none() || self.last == Last::Blank)
                    && telegrams::site_line(look.text))
        {
            return 0;
        }
        // An archive's item fields and the site's lines around its items open with a letter.
        // Every field has a colon within its first 21 bytes, every other such line is short (a fold over so few
        // bytes, which the compiler vectorizes, rather than memchr).
        let b = look.text.as_bytes();
        let colon = || b[..b.len().min(21)].iter().fold(false, |acc, &c| acc | (c == b':'));
        let item_shaped = lead.is_some_and(|b| b.is_ascii_lowercase()) && (b.len() <= 40 || colon());
        if item_shaped && self.item_line(no, &look, b.len() > 40 || colon()) || self.breadcrumb(look.text) {
            return 0;
        }
        // A letter quoted in an editor's commentary opens with a quotation mark (`"`, or `“`, whose first byte is E2).
        if (self.quoting || matches!(lead, Some(b'"' | 0xe2))) && self.quoted_letter(no, line) {
            return 0;
        }
        if (self.address.is_some() || lead == Some(b'f'))
            && let Some(used) = self.address_block(no, line, next)
        {
            return used;
        }
        // `Portsmouth.  41. Edward Nicholas to Sir James Bagg. The Duke ...`: an older calendar's entry, its place
        // in the margin two spaces or more before its number.
        if look.digit
            && lead.is_some_and(|b| b.is_ascii_lowercase())
            && let Some(stop) = memchr::memchr(b'.', &look.text.as_bytes()[..look.text.len().min(32)])
            && look.text.as_bytes().get(stop + 1..stop + 3) == Some(b"  ")
            && let Some(used) =
                self.margin_calendar_entry(no, (&look.text[..=stop], look.text[stop + 1..].quick_trim_start()), next)
        {
            return used;
        }
        // `     37. Sir John Berry ... to Sir Wm.` set in under the margin's day and place lines.
        if look.digit
            && line.starts_with("   ")
            && lead.is_some_and(|b| b.is_ascii_digit())
            && (1..=6).contains(&if self.cur.is_some() { self.block.len() } else { self.aside.len() })
            && let Some(used) = self.entry_under_margin(no, line, next)
        {
            return used;
        }
        if look.digit
            && let Some(used) = self.gapped(no, line, next)
        {
            return used;
        }
        if matches!(look.lead, Some(b't' | b'f'))
            && let Some(used) = self.heading_beside_column(no, line, next)
        {
            return used;
        }
        if self.humanist(no, line, &look) {
            return 0;
        }
        if lead == Some(b's')
            && let Some(used) = self.subject(line, next)
        {
            return used;
        }
        // A portal's label opens with one of these letters (see `lines::portal_label`).
        // An editor's note label after a letter's text (see `lines::note_label`) opens with one of these, or `m`, `n`,
        // `w`.
        if matches!(
            lead,
            Some(b'c' | b's' | b'o' | b'l' | b'd' | b'a' | b'k' | b'r' | b'e' | b'p' | b'm' | b'n' | b'w')
        ) && let Some(used) = self.portal_block(no, line, next)
        {
            return used;
        }
        // `A.D. 1471.` (over `MARCH 8.`): an editor's date in the margin.
        if lead == Some(b'a')
            && look.digit
            && let Some(used) = self.margin_date(no, line, next)
        {
            return used;
        }
        if matches!(lead, Some(b'i' | b'a')) && self.whereabouts(line) {
            return 0;
        }
        if self.continuation(line, next) || self.small_shape(no, line, next, &look) {
            return 0;
        }
        // Whether a new paragraph may start here: a heading or a date does not interrupt a sentence.
        let fresh = self.block.is_empty() || self.block.last().is_some_and(|(_, l)| paragraphs_end(l));
        // A calendar's entry opens with a date in figures (`. 1625, Aug. 14.`).
        if fresh && look.digit && self.calendar_entry(no, line) {
            return 0;
        }
        if let Some(used) = self.letter_start(no, line, next, fresh, &look) {
            return used;
        }
        self.text_line(no, line, fresh, lead);
        0
    }

    /// A line under the text that says where the letter is kept (`src`): its source, which ends its text.
    fn source_ends_text(&mut self, src: &str, last: Last) {
        self.flush_block();
        if let Some(d) = self.cur.as_mut() {
            d.add_source(src);
        }
        self.zone = Zone::After;
        self.last = last;
    }

    /// A humanist collection's heading (`1488 / From Conrad Peutinger`, opening a letter whose editor's introduction
    /// comes first), or the greeting in capitals under it that opens the letter's text and names both parties (the
    /// introduction is then the letter's source). True when the line was one of them. `look` is the line's [`Look`].
    fn humanist(&mut self, no: usize, line: &'a str, look: &Look) -> bool {
        if self.intro.is_some()
            && look.lead.is_some_and(|b| b.is_ascii_lowercase())
            && let Some((writer, reader)) = heading::greeting(line)
        {
            self.block_into_intro();
            let intro = self.intro.take().unwrap_or_default();
            if let Some(d) = self.cur.as_mut() {
                let h = heading::Heading {
                    senders: vec![writer],
                    recipients: vec![reader],
                    ..heading::Heading::bare(String::new())
                };
                d.fill_parties(h);
                if !intro.is_empty() {
                    let words: Vec<&str> = intro.iter().map(|(_, l)| l.quick_trim()).collect();
                    d.add_source(&format!("Introduction: {}", words.join(" ")));
                }
            }
            self.block.push((no, line));
            self.flush_block();
            self.last = Last::Body;
            return true;
        }
        // A collection's number, then a slash, within the first bytes (the slash looked for only after a digit).
        let slash = || look.text.as_bytes().iter().take(8).any(|&b| b == b'/');
        if !look.lead.is_some_and(|b| b.is_ascii_digit()) || !self.block.is_empty() || !slash() {
            return false;
        }
        let Some(h) = heading::slashed(line) else { return false };
        self.open(no, h);
        self.intro = Some(Vec::new());
        true
    }

    /// A printed collection's lines that are no text: the rows of a chapter's table of documents under its head
    /// (`No. AND NAME   DATE   MAIN SUBJECT   PAGE`), and a running page number at the right margin (a page break).
    /// True when the line was one.
    fn diplomatic_furniture(&mut self, line: &str, look: &Look, next: &[&str]) -> bool {
        if self.contents {
            if telegrams::contents_row(line) {
                return true;
            }
            self.contents = false;
        }
        if look.lead == Some(b'n') && telegrams::contents_head(look.text) {
            self.flush_block();
            self.contents = true;
            return true;
        }
        if look.digit
            && let Some(page) = telegrams::right_page_number(line)
            && !centred_over_heading(next)
        {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.add_page(page);
            }
            return true;
        }
        false
    }

    /// The lines of the block, read under a collection's heading before its greeting, join the introduction.
    fn block_into_intro(&mut self) {
        if let Some(intro) = self.intro.as_mut() {
            intro.append(&mut self.block);
        }
    }

    /// A blank line ends the block; after one, a footnote list goes on only when its last line was a note.
    fn blank(&mut self) {
        self.flush_block();
        if self.last != Last::Footnote {
            self.in_notes = self.in_notes && self.last != Last::Orphan;
        }
        self.last = Last::Blank;
    }

    /// The small fixed shapes read before anything else: a metadata line, a collection number, a received or sent
    /// line, an enclosure line. True when the line was one of them.
    /// `look` is the line's [`Look`].
    fn small_shape(&mut self, no: usize, line: &'a str, next: &[&'a str], look: &Look) -> bool {
        let lead = look.lead;
        // A German document's kind and arrival (see `document_line`): a short line ending in a full stop, or
        // `Ankunft:`.
        if (matches!(lead, Some(b'a')) || look.text.len() <= 60 && look.text.ends_with('.'))
            && self.under_heading()
            && self.document_line(look.text)
        {
            return true;
        }
        // `No. 57 Telegraphic [N 1203/88/30]`, `Circular telegram`, `Telegram` under a heading: the telegram's own
        // number and file, no text.
        if matches!(lead, Some(b'n' | b'c' | b't'))
            && self.under_heading()
            && let Some((designation, file)) = telegrams::telegram_line(line)
        {
            if let Some(d) = self.cur.as_mut() {
                d.set_telegram(designation);
                if let Some(file) = file {
                    d.add_source(file);
                }
            }
            self.last = Last::Other;
            return true;
        }
        // `321. Tu. 17 Aug. '73. Mrs. Thrale.`: an edition's number, a short date and the addressee.
        if look.digit
            && lead.is_some_and(|b| b.is_ascii_digit())
            && memchr::memchr2(b'\'', 0xe2, look.text.as_bytes()).is_some()
            && let Some((n, p)) = calendar_headings::dated_recipient(line)
        {
            let text = look.text.trim_end_matches('.').to_string();
            let number = Some(n.to_string());
            self.open(no, heading::Heading { recipients: vec![p], number, ..heading::Heading::bare(text) });
            return true;
        }
        if look.digit && self.under_heading() && calendar_headings::printing(line) {
            if let Some(d) = self.cur.as_mut() {
                d.add_source(look.text);
            }
            self.last = Last::Source;
            return true;
        }
        // `171 J` alone over a date line or a greeting: a correspondence's number with its writer's initial.
        if look.text.len() <= 6
            && lead.is_some_and(|b| b.is_ascii_digit())
            && let Some(initial) = initialled::number(look.text)
            && (opening::letter_follows(next)
                || next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| initialled::dateline(l).is_some()))
        {
            let text = look.text.to_string();
            self.open(no, heading::Heading { number: Some(text.clone()), ..heading::Heading::bare(text) });
            self.initialled.push((self.out.letters.len(), initial));
            return true;
        }
        // Its dateline, with the writer's address and letterhead.
        if look.digit
            && self.initialled.last().is_some_and(|&(ix, _)| ix == self.out.letters.len())
            && self.under_heading()
            && let Some(d) = initialled::dateline(look.text)
        {
            let source = format!("dateline after the heading: date line \"{}\"", look.text);
            if let Some(draft) = self.cur.as_mut() {
                draft.set_written(d.found, source);
                draft.set_place(d.place);
            }
            self.last = Last::Other;
            return true;
        }
        if let Some((key, value)) = lines::metadata_line(line)
            && !lines::archive_line(line)
            && self.metadata(no, key, value, line.quick_trim())
        {
            return true;
        }
        // A number line is a short series code or opens with one of these (see `number_line`).
        // Not in the middle of a sentence of commentary (`as he says in his` / `LETTER XXXV.` / `to them`).
        if (line.len() <= 16 || matches!(lead, Some(b'n' | b'l' | b'e' | b'd' | 0xe2)))
            && self.last != Last::Orphan
            && let Some(n) = lines::number_line(line)
        {
            self.pre(no, line);
            self.pending.number = Some(n.to_string());
            self.chapter = Some(n.to_string());
            return true;
        }
        if lead == Some(b'n')
            && self.last != Last::Orphan
            && let Some((n, file)) = lines::number_and_file(line)
        {
            self.pre(no, line);
            self.pending.number = Some(n.to_string());
            self.pending.archive.push(file.to_string());
            return true;
        }
        // `1673` (or `L412`) alone over `To George Catlett Marshall`: an edition's running number, even right after
        // a body.
        let number = || match lead {
            Some(b'0'..=b'9') => lines::bare_number(line),
            Some(b'a'..=b'z') if look.text.len() <= 10 => {
                lines::edition_code(line).or_else(|| lines::roman_number(line)).or_else(|| lines::work_number(line))
            }
            Some(b'a'..=b'z') if look.text.len() <= 25 => lines::work_number(line),
            _ => None,
        };
        // The heading may be wrapped over the lines after it (`From Hester Marlowe` / `11 June 1859`), or set a
        // blank line or two below the number when an edition centres both: then a weak heading is one too (a year
        // alone over a heading at the margin is the page's).
        let centred = || line.starts_with("        ") && (centred_over_heading(next) || over_dateline(next));
        let heading_below = |k: usize| {
            let h = next.get(k)?;
            let plain = heading::weak(h, false).map(|weak| (weak, k + 1));
            let wrapped = || wrapped_heading(h, &next[k + 1..], None).map(|(h, used)| (h.weak, k + used + 1));
            plain.or_else(|| if lines::is_blank(h) { None } else { wrapped() })
        };
        // `CCXII.` alone, a blank line, then the heading: an edition's number in roman figures, which numbers the
        // letter under it whatever stands between them and its text (a superscription, an editor's date).
        let gap = lead.is_some_and(|b| b.is_ascii_lowercase())
            && next.first().is_some_and(|l| lines::is_blank(l))
            && lines::roman_number(line).is_some();
        // A weak heading on the very next line, a line of its own (`4.` / `Goethe an Schiller.` / a blank): the
        // number and the heading together open the letter, whose text may come at once.
        let own_line = |used: usize| used == 1 && next.get(1).is_none_or(|l| lines::is_blank(l));
        if let Some(n) = number()
            && (centred()
                || heading_below(usize::from(gap)).is_some_and(|(weak, used)| {
                    !weak || gap || own_line(used) || opening::letter_follows(&next[used.min(next.len())..])
                })
                // (Not under a heading, whose own lines these are, nor a year alone, which dates.)
                || lead.is_some_and(|b| b.is_ascii_digit())
                    && !line.starts_with(' ')
                    && !self.under_heading()
                    && lines::year_line(line).is_none()
                    && over_greeting(next))
        {
            self.pre(no, line);
            self.pending.number = Some(n.to_string());
            return true;
        }
        // A stamp's date has its year in figures.
        if matches!(lead, Some(b'r' | b's'))
            && look.digit
            && let Some(stamp) = lines::stamp_line(line)
        {
            // `Received 14 May 1941` under a cablegram's dateline: its own.
            if self.under_heading()
                && let Some(d) = self.cur.as_mut().filter(|d| d.has_written() && d.stamp.is_none())
            {
                d.stamp = Some(stamp);
                self.last = Last::Other;
                return true;
            }
            self.pre(no, line);
            self.pending.stamp = Some(stamp);
            return true;
        }
        // An enclosure line is short (at most 40 bytes).
        if self.cur.is_some()
            && matches!(lead, Some(b'[' | b'e' | b'i'))
            && look.text.len() <= 40
            && lines::enclosure_line(line)
        {
            // The letter after it is the one this letter passes on.
            self.flush_block();
            self.enclosed_by = Some(self.out.letters.len());
            self.zone = Zone::After;
            self.last = Last::Other;
            return true;
        }
        false
    }

    /// What may open a letter or stand around its opening: a date line, archive and classification lines, a
    /// heading, a salutation. Returns the lines of `next` it took, `None` when the line is none of them. `look` is
    /// the line's [`Look`].
    fn letter_start(&mut self, no: usize, line: &'a str, next: &[&'a str], fresh: bool, look: &Look) -> Option<usize> {
        // `Noter:`, `NOTES`: the head of the notes opens nothing (it ends a body, see `text_line`), though it may
        // look like an addressee's line.
        if matches!(look.lead, Some(b'n' | b'e' | b'a' | b'f' | b'm' | b't')) && lines::notes_head(line) {
            return None;
        }
        // The edition's apparatus between the heading and the text (`ALS: ...`, `MS. ...`, `Postmark: ...`): the
        // letter's source, which ends nothing, and no date line (a postmark's day is not the day written).
        if self.under_heading()
            && let Some(source) = lines::apparatus(line)
        {
            if let Some(d) = self.cur.as_mut() {
                d.add_source(source);
            }
            self.last = Last::Source;
            self.headnote_may_follow(next);
            return Some(0);
        }
        // `Magnifico viro ... domino suo.` under an Italian heading: the Latin superscription, as the letter was
        // addressed, is the letter's source.
        if look.lead.is_some_and(|b| b.is_ascii_lowercase())
            && look.text.ends_with('.')
            && self.under_heading()
            && italian::superscription(look.text)
        {
            if let Some(d) = self.cur.as_mut() {
                d.add_source(look.text);
            }
            self.last = Last::Source;
            return Some(0);
        }
        if self.pair_line(no, look, next, fresh) || self.barred_dateline(look) {
            return Some(0);
        }
        // `For ...: These.`, `To ...: These.`: a superscription, after an editor's commentary under `LETTER XXI.`.
        if matches!(look.lead, Some(b'f' | b't'))
            && look.text.ends_with("hese.")
            && let Some(p) = narrative::superscription(look.text)
        {
            let number = self.chapter.take();
            self.open(no, heading::Heading { recipients: vec![p], number, ..heading::Heading::bare(look.text.into()) });
            self.superscribed = true;
            return Some(0);
        }
        if let Some(used) = self.date(no, line, next, fresh, look) {
            return Some(used);
        }
        if look.lead == Some(b'[')
            && let Some(used) = self.note_under_date(no, line, next)
        {
            return Some(used);
        }
        if self.cited_or_addressed(line, look) {
            return Some(0);
        }
        if self.before_heading(no, line, next, fresh) {
            return Some(0);
        }
        if (fresh || !self.pending.raw.is_empty())
            && let Some(used) = self.heading(no, line, next)
        {
            return Some(used);
        }
        self.opening(no, line, next, look.lead)
    }

    /// A line of text: what ends a body (sources, separators, notes), a page marker alone, or body text.
    /// `lead` is the line's first letter ([`lines::first_lower`]).
    fn text_line(&mut self, no: usize, line: &'a str, fresh: bool, lead: Option<u8>) {
        // What ends a body opens with one of these: `Source` or `From a copy:`, a separator's mark, a bullet, an
        // item's number, star, dagger or bracket (square or round; see `after_body`).
        // A superscript number's first byte is C2 (`¹`, `²`, `³`) or E2 (the others).
        let ending = matches!(
            lead,
            Some(b's' | b'f' | b'*' | b'-' | b'_' | b'=' | b'~' | b'[' | b'(' | b'0'..=b'9' | 0xc2 | 0xe2)
        );
        // So does the head of the notes (`NOTES`, `Footnotes`, `Endnotes`, `Anmerkungen`), looked at whole.
        let ending = ending || matches!(lead, Some(b'n' | b'e' | b'a' | b'm' | b't')) && lines::notes_head(line);
        // `RC (MHi: Adams Papers)`: an edition's note on the copy printed opens with a capital.
        let ending = ending || lead.is_some_and(|b| b.is_ascii_lowercase()) && lines::source_note(line);
        // `MS. Trinity College, Cambridge.` under the signature: where the manuscript is.
        let ending = ending || lead == Some(b'm') && self.cur.is_some() && lines::apparatus(line).is_some();
        // `[AA : A3195, 1940, 1.4122]` after a cablegram: the archive's reference, its source, ends its text.
        if lead == Some(b'[')
            && self.cur.is_some()
            && let Some(archive) = telegrams::archive_bracket(line)
        {
            self.source_ends_text(archive, Last::Other);
            return;
        }
        // `Repeated to Paris and Cairo.`: the routing sentence closes a telegram's text; notes may follow.
        if matches!(lead, Some(b'r' | b's' | b'a' | b'p' | b'c'))
            && fresh
            && self.zone == Zone::Body
            && self.cur.is_some()
            && telegrams::routing_sentence(line)
        {
            self.flush_block();
            self.block.push((no, line));
            self.flush_block();
            self.zone = Zone::After;
            self.note_block = true;
            self.last = Last::Other;
            return;
        }
        // `Ms. Arsenal, 2, fo 9.`, `Autógrafo. Museo del Prado.` under the text: where the manuscript is, the
        // letter's source.
        if (lead == Some(b'm') || lead == Some(b'a') && lines::autograph(line.quick_trim()))
            && self.zone == Zone::Body
            && lines::source_line(line).is_none()
            && self.cur.is_some()
            && let Some(src) = lines::apparatus(line)
        {
            self.source_ends_text(src, Last::Source);
            return;
        }
        // `545. Library of Congress. Addressed: ...` under the signature: the edition's note on the copy printed,
        // numbered as the letter is, opens its notes (a short name over it, `Walt.`, signs; in a text, `3. Please
        // convey ...` is its third paragraph).
        if lead.is_some_and(|b| b.is_ascii_digit())
            && fresh
            && self.zone == Zone::Body
            && self.block.is_empty()
            && let Some(d) = self.cur.as_ref()
            && (d.signed_off()
                || d.last_paragraph().is_some_and(|p| p.len() <= 24 && !p.starts_with(|c: char| c.is_ascii_digit())))
            && let Some(rest) = d.number.as_deref().and_then(|n| line.quick_trim().strip_prefix(n))
            && let Some(src) = rest.strip_prefix(". ").filter(|r| r.starts_with(char::is_uppercase))
        {
            self.source_ends_text(src, Last::Source);
            self.in_notes = true;
            return;
        }
        if ending && self.cur.is_some() && self.after_body(no, line, fresh) {
            return;
        }
        if lead == Some(b'[') && lines::page_line(line).is_some() && (self.cur.is_none() || self.zone == Zone::After) {
            // A page break among the notes or in front matter: no body text to place it in.
            return;
        }
        // `[13]` alone between paragraphs: the page that opens with the next one.
        if lead == Some(b'[')
            && fresh
            && let Some(page) = lines::bare_page(line)
            && self.cur.is_some()
        {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.add_page(page);
            }
            return;
        }
        if self.cur.is_none() && self.writer.is_none() {
            self.writer = opening::collection_writer(line);
        }
        if self.cur.is_none() && self.reader.is_none() {
            self.reader = opening::collection_reader(line);
        }
        self.body(no, line);
    }

    /// A date set apart by a wide gap on a line with something else (`MY LORD,      Cartaxo, 2nd January, 1811.`):
    /// the date is read first, then the rest as a line of its own. Returns the lines of `next` taken. Only a line
    /// with a digit holds one (a date line has one).
    fn gapped(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        let (left, right) = lines::split_gap(line)?;
        let (date, other) = if lines::date_line(right).is_some() {
            (right, left)
        } else if lines::date_line(left).is_some() {
            (left, right)
        } else if self.running_head(line) {
            return Some(0);
        } else if lines::month_line(right).is_some() && heading::weak(left, false).is_some() {
            // `To Mrs. J. G. Holland          late March 1863`: a heading, the editor's month beside it.
            return Some(self.heading_beside_month(no, left, right, next));
        } else {
            return self.greeting_beside_date(no, line, next);
        };
        // `Nr. 3                      Rom, den 4. Januar 1896` under a German telegram's heading: its own number.
        if let Some(number) = german::own_number(other)
            && self.under_heading()
            && let Some(d) = self.cur.as_mut()
        {
            if d.classification().is_some_and(|c| c.starts_with("Telegramm")) {
                d.set_telegram(&format!("Telegramm {number}"));
            }
            return Some(self.line(no, date, next));
        }
        if heading::weak(line, false).is_some() {
            // `To J. D. Hooker   12 [July 1857]`: a heading's own date.
            return None;
        }

        // What stands beside the date is read after it: as the line after it only when it greets (an addressee
        // beside it, `Hon. J. K. Wendell`, is no place of the date's).
        let beside: &[&str] = if lines::salutation(other).is_some() { &[other] } else { &[] };
        self.line(no, date, beside);
        Some(self.line(no, other, next))
    }

    /// A heading with the editor's month (or season) beside it, read as the heading over a line of the month: the
    /// lines of `next` taken.
    fn heading_beside_month(&mut self, no: usize, heading: &'a str, month: &'a str, next: &[&'a str]) -> usize {
        let below: smallvec::SmallVec<[&'a str; WINDOW]> =
            std::iter::once(month).chain(next.iter().copied()).take(WINDOW - 1).collect();
        match self.line(no, heading, &below) {
            // The month was read with the heading.
            used @ 1.. => used - 1,
            0 => self.line(no, month, next),
        }
    }

    /// `TO GEORGE CATLETT MARSHALL              Diaries`: a heading in the left column, the edition's note on
    /// where the document is kept in the right (`Eisenhower Mss.,` above it, its date below). The heading is read
    /// alone, the note is the letter's source. Returns the lines of `next` taken.
    fn heading_beside_column(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        let (left, right) = lines::split_gap(line)?;
        let to_or_from = ["to ", "from "].iter().any(|w| lines::strip_prefix_ci(left, w).is_some());
        if !to_or_from
            || heading::weak(left, false).is_none()
            || heading::weak(right, false).is_some()
            || right.split_whitespace().count() > 4
            // `TO WORTLEY 28 FEB. [1710]        21`: a running head and its page's number.
            || right.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        let used = self.line(no, left, next);
        if let Some(d) = self.cur.as_mut().filter(|d| d.paragraph_count() == 0) {
            d.add_source(right);
        }
        Some(used)
    }

    /// A running head of a printed volume (`32     Kapitel LXIII. Die Venezuela-Frage`, `Die Venezuela-Frage      33`):
    /// the page that opens, no text. A title is known by its chapter's word or as the one the last chapter's head
    /// named (a number beside other words may be a table's row). True when the line was one.
    fn running_head(&mut self, line: &str) -> bool {
        let Some((page, title)) = german::running_head(line) else { return false };
        let chapter = german::chapter_title(title);
        if chapter.is_none() && self.running_title.as_deref() != Some(title) {
            return false;
        }
        if let Some(c) = chapter {
            self.running_title = Some(c.to_string());
        }
        // The notes at a page's foot end with it: the next page goes on with the letter's text.
        self.turn_page(page, true);
        true
    }

    /// Under a German document's heading: its kind (`Telegramm. Entzifferung.`, the letter's classification) and
    /// the day it arrived (`Ankunft: 4. Januar, 7 Uhr 40 Min. nachm.`, a stamp of receipt). True when the line was
    /// one of them.
    fn document_line(&mut self, text: &str) -> bool {
        let year_hint = self.year_hint;
        let Some(d) = self.cur.as_mut() else { return false };
        if let Some(kind) = german::document_kind(text) {
            d.add_classification(kind);
        } else if let Some(mut found) = german::arrival(text) {
            found.year = found.year.or_else(|| d.written_date().map(|w| w.year)).or(year_hint);
            if found.year.is_some() && d.stamp.is_none() {
                d.stamp = Some((Stamp::Received, found));
            }
        } else {
            return false;
        }
        self.last = Last::Other;
        true
    }

    /// `Dear General          Head Quarters White plains Novr 8th 1776`: a salutation beside a dateline whose
    /// place the strict reading of a date line turns away ([`papers::greeting_beside_date`]). The date is the
    /// letter's (or the next one's, as any date line's), the greeting read as a line of its own. Returns the lines
    /// of `next` taken.
    fn greeting_beside_date(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        if !self.block.is_empty() {
            return None;
        }
        let (greeting, d) = papers::greeting_beside_date(line)?;
        let source = format!("date line \"{}\"", line.quick_trim()[greeting.len()..].quick_trim());
        self.place_date(no, line, PendingDate { found: d.found, place: d.place, source }, &[greeting]);
        Some(self.line(no, greeting, next))
    }

    /// Continuations of a footnote or a source line.
    fn continuation(&mut self, line: &str, next: &[&str]) -> bool {
        let in_block = self.last != Last::Blank;
        let is_item = || {
            lines::item_line(line).is_some()
                || note_bullet(line).is_some()
                || lines::bare_note(line)
                    .is_some_and(|(label, _)| self.cur.as_ref().is_some_and(|d| d.explains_marker(&label)))
        };
        let footnote_goes_on = self.last == Last::Footnote && in_block
            || self.in_notes && self.last == Last::Blank && line.starts_with([' ', '\t', '\u{a0}']);
        // `L413` alone after a note: the next letter's number, no words of the note.
        // (Centred, perhaps: looked at trimmed.)
        let code = || {
            let t = line.quick_trim();
            t.len() <= 16
                && (lines::edition_code(t).is_some()
                    || lines::bare_number(t).is_some()
                    || german::own_number(t).is_some())
                || initialled::number(t).is_some()
                || lines::work_number(t).is_some()
        };
        // Under an editor's notes a heading opens the next letter; under any notes, a heading that is surely one,
        // comes under a letter's number or over a letter's opening (an indented page centres its headings as its
        // notes' paragraphs are indented).
        let numbered = self.pending.number.is_some();
        let heading = || {
            heading::weak(line, false)
                .is_some_and(|weak| self.note_block || !weak || numbered || opening::letter_follows(next))
                || numbered && german::wrapped(line, next).is_some()
        };
        if footnote_goes_on
            && self.zone == Zone::After
            && !is_item()
            && !lines::notes_head(line)
            && lines::source_line(line).is_none()
            && !code()
            && !heading()
            // `44-6.` over `Passy, jeudi 1er février [1844].`: the dateline of the letter the number opens.
            && !(numbered && lines::date_line(line).is_some())
        {
            if let Some(d) = self.cur.as_mut() {
                d.continue_footnote(line.quick_trim(), self.last == Last::Blank);
            }
            self.last = Last::Footnote;
            return true;
        }
        if in_block
            && self.last == Last::Source
            && lines::source_line(line).is_none()
            && !(self.note_block && (lines::bare_note(line).is_some() || code()))
            // `¹ James Garth Marshall ...` under `MS. Tennyson Research Centre.`: the notes to the text's markers.
            && !is_item()
            // `[Translation]` under `From the original in ...`: the text's classification, its text after it.
            && lines::classification_line(line).is_none()
            && opening::bracketed_note(line).is_none_or(|n| n.len() > 30)
            && lines::date_line(line).is_none()
            && lines::month_line(line).is_none()
            // A source under a heading is followed by the letter's text, which may open with a greeting.
            && (self.zone == Zone::After || lines::salutation(line).is_none())
            // Under an editor's notes a heading opens the next letter, weak or not.
            && heading::weak(line, false).is_none_or(|weak| weak && !self.note_block)
        {
            if let Some(d) = self.cur.as_mut() {
                d.continue_source(line.quick_trim());
            }
            return true;
        }
        false
    }

    /// Whether the current letter has only its heading so far: nothing waits for another heading, no body text
    /// is read (flushed or not) and the body zone is open. Lines here belong to the heading (source, caption,
    /// classification, metadata).
    fn under_heading(&self) -> bool {
        self.pending.raw.is_empty()
            && self.block.is_empty()
            && self.cur.as_ref().is_some_and(|d| d.paragraph_count() == 0)
            && self.zone == Zone::Body
            && self.intro.as_ref().is_none_or(Vec::is_empty)
            && self.headnote.as_ref().is_none_or(Vec::is_empty)
    }

    /// A heading (or a caption under one). Returns the lines it took.
    fn heading(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        if self.block.is_empty()
            && official::may_open(line)
            && let Some(used) = self.official(no, line, next)
        {
            return Some(used);
        }
        // `Der Botschafter in Rom Graf von Solms an das` / `Auswärtige Amt`: a German document's heading by office
        // and holder, perhaps wrapped.
        if self.block.is_empty()
            && let Some((p, used)) = german::wrapped(line, next)
            && (!self.pending.raw.is_empty() || opening::letter_follows(&next[used.min(next.len())..]))
        {
            let h = heading::Heading {
                senders: vec![p.sender],
                recipients: vec![p.recipient],
                ..heading::Heading::bare(p.text)
            };
            self.open(no, h);
            return Some(used);
        }
        // A calendar's entry given by its apparatus alone (`Summary in ...`): the next dated heading is the next
        // letter's, no caption of it.
        let summarised = || {
            self.cur.as_ref().is_some_and(Draft::has_source)
                && heading::parse(line, false).is_some_and(|h| h.date.is_some() && !h.recipients.is_empty())
        };
        let under_heading = self.under_heading() && !summarised();
        // What the reading as a caption said of the line's opening words, when it looked.
        let mut as_caption = None;
        if under_heading && let Some(h) = heading::parse_seen(line, true, &mut as_caption) {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.set_caption(&h.text.clone(), h);
            }
            self.last = Last::Heading;
            return Some(0);
        }
        // Under a number line (`LETTER XLII.`) a heading may end in a full stop (`To the Rev. John Newton.`).
        let numbered = || {
            let t = line.quick_trim_end();
            let bare = t.strip_suffix('.').filter(|_| self.pending.number.is_some())?;
            heading::parse(bare, false).map(|h| heading::Heading { text: t.to_string(), ..h })
        };
        // What the reading said of the line's opening words, for a heading wrapped over lines. Read as a caption,
        // they said the same as they say read plainly, unless a `to` or a `for` came first: then only a writer's
        // heading (`From J. D. Hooker 12 March [1860]`) is left to look for.
        let mut seen = None;
        let plain = match as_caption {
            Some(words) if words != Some(true) => {
                seen = Some(words);
                heading::from_only_line(line)
            }
            _ => heading::parse_seen(line, false, &mut seen),
        };
        // `From George Washington` in a volume of one man's papers, `From Vergennes` over `ALS: ...`.
        let papers = || papers::from_in_papers(line, next, self.writer.is_some());
        let (h, used) = match plain.or_else(numbered).or_else(papers) {
            Some(h) => description_below(line, next).unwrap_or((h, 0)),
            None if self.block.is_empty() => wrapped_heading(line, next, seen)?,
            None => return None,
        };
        if h.weak
            && self.pending.raw.is_empty()
            && !opening::letter_follows(&next[used.min(next.len())..])
            && !self.collection_heading(&h, &next[used.min(next.len())..])
        {
            return None;
        }
        // `1410. 1635 augustus 3. Aan ...` over the next such line: a list of the letters (a page's contents), no
        // letter of them.
        if h.collection_side
            && next.iter().find(|l| !lines::is_blank(l)).is_some_and(|l| dutch::heading(l.quick_trim()).is_some())
        {
            return None;
        }
        // `W. GREY, Secretary to the Government of Bengal.` under `your most obedient servant,`: the signature
        // with the writer's office, not a heading.
        if self.cur.as_ref().is_some_and(Draft::awaits_signature) && signature_with_office(&h.text) {
            return None;
        }
        self.open(no, h);
        Some(used)
    }

    /// An official record's paragraph heading ([`official::read`]), perhaps wrapped over three lines: opens its
    /// letter, the place of its `Dated` clause the letter's. Returns the lines of `next` it took.
    fn official(&mut self, no: usize, line: &str, next: &[&str]) -> Option<usize> {
        let numbered = self.pending.number.is_some();
        let mut joined = line.quick_trim().to_string();
        let mut found = official::read(&joined, numbered).map(|o| (o, 0));
        for (k, n) in next.iter().take(2).enumerate() {
            if found.is_some() || lines::is_blank(n) {
                break;
            }
            joined.push(' ');
            joined.push_str(n.quick_trim());
            found = official::read(&joined, numbered).map(|o| (o, k + 1));
        }
        let (o, used) = found?;
        self.open(no, o.heading);
        if let Some(d) = self.cur.as_mut() {
            d.set_place(o.place);
        }
        Some(used)
    }

    /// Opens a letter with what waited for its heading.
    fn open(&mut self, no: usize, mut h: heading::Heading) {
        self.flush_block();
        self.close_letter();
        if h.same {
            h.recipients.clone_from(&self.last_recipients);
        } else if !h.recipients.is_empty() {
            self.last_recipients.clone_from(&h.recipients);
        }
        if h.same_writer {
            h.senders.clone_from(&self.last_senders);
        } else if !h.senders.is_empty() {
            self.last_senders.clone_from(&h.senders);
        }
        if h.collection_side
            && let Some(w) = &self.writer
        {
            // `Aan X.` / `Van X.`: the other side is the collection's writer, as the title names him.
            let side = if h.senders.is_empty() { &mut h.senders } else { &mut h.recipients };
            if side.is_empty() {
                side.push(w.clone());
            }
        }
        let pending = std::mem::take(&mut self.pending);
        // `LETTER XII.` / `TO THE COUNTESS OF MAR.`: a numbered heading in capitals names a peer by the title's place.
        if pending.number.is_some()
            && h.senders.is_empty()
            && let [only] = h.recipients.as_mut_slice()
            && !h.text.bytes().any(|b| b.is_ascii_lowercase())
            && let Some(place) = parties::title_place(&only.name)
        {
            only.name = place.to_string();
        }
        let dated_heading = h.collection_side && h.date.is_some();
        let mut d = Draft::new(self.file, no, h);
        d.number = d.number.take().or(pending.number);
        d.classification = pending.classification;
        d.stamp = pending.stamp;
        d.month_span = d.month_span.take().or(pending.month);
        if let Some(pd) = pending.date {
            d.set_written(pd.found, pd.source);
            d.set_place(pd.place);
        }
        for a in pending.archive {
            match a.strip_prefix('\u{1}') {
                Some(date) => {
                    if let Some(date) = crate::model::Date::parse_iso(date) {
                        d.file_date = Some((date, format!("file number only ({date}), not a printed date")));
                    }
                }
                None => d.add_source(&a),
            }
        }
        self.cur = Some(d);
        self.item_begun = false;
        self.meta_opened = false;
        self.zone = Zone::Body;
        self.last = Last::Heading;
        self.in_notes = false;
        self.note_block = false;
        self.chapter = None;
        self.superscribed = dated_heading;
        self.dated_close = false;
        self.paired = false;
    }

    /// A line of a letter the commentary quotes (`"SIR,--I have received ...` to `"Windsor, 9th May 1645."`), or
    /// its first: true when it was one. Its addressee is the edition's writer when the commentary before it says it
    /// was written to him.
    fn quoted_letter(&mut self, no: usize, line: &'a str) -> bool {
        if !self.quoting {
            if self.cur.is_some() && self.zone != Zone::After {
                return false;
            }
            let Some(rest) = narrative::quoted_opening(line) else { return false };
            let to_writer = self.writer.as_ref().filter(|w| narrative::written_to(&self.aside, &w.name)).cloned();
            let greeting = line.quick_trim().trim_start_matches(['"', '\u{201c}']);
            let greeting = greeting.split(",-").next().unwrap_or(greeting);
            let text = format!("{greeting} (quoted in the commentary)");
            self.open(
                no,
                heading::Heading { recipients: to_writer.into_iter().collect(), ..heading::Heading::bare(text) },
            );
            self.quoting = true;
            self.block.push((no, rest));
            self.last = Last::Body;
            return true;
        }
        let (text, closes) = narrative::unquoted(line);
        if line.quick_trim_start().starts_with(['"', '\u{201c}']) {
            self.flush_block();
        }
        match lines::date_line(text).filter(|_| closes) {
            Some(dl) => {
                self.flush_block();
                if let Some(d) = self.cur.as_mut() {
                    d.set_written(dl.found, format!("closing date line \"{text}\""));
                    d.set_place(dl.place);
                }
            }
            None => self.block.push((no, text)),
        }
        if closes {
            self.flush_block();
            self.quoting = false;
            self.zone = Zone::After;
            self.last = Last::Other;
        } else {
            self.last = Last::Body;
        }
        true
    }

    /// A line that waits for a heading.
    fn pre(&mut self, no: usize, line: &'a str) {
        self.flush_block();
        self.pending.raw.push((no, line));
        self.last = Last::Pre;
    }

    /// A body line, or text that belongs to no letter.
    fn body(&mut self, no: usize, line: &'a str) {
        if !self.pending.raw.is_empty() {
            // What looked like lines before a heading was not: give them back to the body, or report them.
            let raw = std::mem::take(&mut self.pending.raw);
            self.pending = Pending::default();
            if self.cur.is_some() && self.zone == Zone::Body {
                for (n, l) in raw {
                    self.block.push((n, l));
                    self.flush_block();
                }
            } else {
                self.orphan(raw[0].0);
            }
        }
        if self.zone == Zone::Body
            && self.block.is_empty()
            && self.cur.as_ref().is_some_and(Draft::signed_off)
            && !opening::postscript(line)
        {
            // Past the signature: narrative around a quoted letter, not the letter; but first the addressee as
            // official letters name him under the signature (`The Earl of Clarendon, K.G.,` / `&c. &c. &c.`).
            self.zone = Zone::After;
            if let Some(name) = lines::addressee_below(line)
                && let Some(d) = self.cur.as_mut()
            {
                d.inside_address(name);
                self.last = Last::Address;
                return;
            }
        }
        if self.last == Last::Address && lines::honours_unsaid(line) {
            return;
        }
        if self.zone == Zone::After && self.cur.is_some() && !self.in_notes && opening::postscript(line) {
            // `P.S.` under a closing date line (`London, 14 April 1767.`) still belongs to the letter.
            self.zone = Zone::Body;
        }
        if std::mem::take(&mut self.dated_close) && self.zone == Zone::After && self.signed_below(no, line) {
            return;
        }
        if self.cur.is_none() || self.zone == Zone::After {
            if self.last != Last::Orphan {
                self.orphan(no);
                self.aside.clear();
            }
            self.aside.push(line);
            self.last = Last::Orphan;
            return;
        }
        self.block.push((no, line));
        self.last = Last::Body;
    }

    /// The writer's name under the closing date (`Tommaso Baldi, in Villa.`, [`italian::signature_below`];
    /// `Schiller.`, [`lines::surname_alone`]): the
    /// letter's last paragraph, and its writer when none is named yet or he is the one named. True when it was.
    fn signed_below(&mut self, no: usize, line: &'a str) -> bool {
        let Some(name) = italian::signature_below(line).or_else(|| lines::surname_alone(line)) else { return false };
        let Some(person) = parties::person(name) else { return false };
        let Some(d) = self.cur.as_mut().filter(|d| d.may_sign(&person)) else { return false };
        d.sign(parties::Person { printed: line.quick_trim().trim_end_matches('.').to_string(), ..person });
        self.block.push((no, line));
        self.flush_block();
        self.last = Last::Other;
        true
    }

    fn orphan(&mut self, no: usize) {
        let message = match &self.cur {
            _ if matches!(self.skip, Some(item_lines::Skip::Untitled | item_lines::Skip::Titled)) => {
                "an archive's item that is no letter (its type says so) belongs to no letter".to_string()
            }
            None => "text before the first letter belongs to no letter".to_string(),
            Some(d) => format!("text after the end of the letter at line {} belongs to no letter", d.line()),
        };
        self.out.notes.push(Note { line: no, severity: Severity::Warning, message });
    }

    fn flush_block(&mut self) {
        if self.block.is_empty() {
            return;
        }
        if let Some(intro) = self.intro.as_mut() {
            intro.append(&mut self.block);
            return;
        }
        if self.headnote.is_some() && self.hold_in_headnote() {
            return;
        }
        // Names on lines of their own at the block's end (short lines): perhaps several signing together.
        if self.block.len() >= 2
            && self.block.last().is_some_and(|(_, l)| l.len() <= 60)
            && let Some(d) = self.cur.as_mut()
            && let Some(signers) = papers::joint_signers(&self.block, d.last_paragraph())
        {
            d.set_signers(signers);
        }
        if let Some(d) = self.cur.as_mut() {
            paragraphs::split_each(&self.block, |para| d.add_paragraph(para));
        }
        self.block.clear();
    }

    fn close_letter(&mut self) {
        self.release_headnote();
        if let Some(intro) = self.intro.take()
            && let Some(d) = self.cur.as_mut()
        {
            // No greeting came: what was read is the letter's text.
            paragraphs::split_each(&intro, |para| d.add_paragraph(para));
        }
        if let Some(d) = self.cur.take() {
            let initials = d.signed_initials();
            let (mut letter, notes) = d.finish();
            self.close_figures(&letter);
            if let Some(i) = initials.filter(|_| letter.sender.is_empty()) {
                self.signed_initials.push((self.out.letters.len(), i));
            }
            if let Some(w) = &self.writer {
                if letter.sender.is_empty() {
                    opening::give_writer(&mut letter, w);
                } else {
                    opening::signed_by_writer(&mut letter, w);
                }
                opening::give_reader(&mut letter, w);
            }
            if let Some(r) = &self.reader {
                opening::give_addressee(&mut letter, r);
            }
            opening::kin_of_writer(&mut letter);
            // `To LORD JEFFREY, [?6 FEBRUARY 1841]` / `Mention in Jeffrey to CD, ...`: a calendar's entry for a
            // letter known only from another's mention of it, no text of its own: no letter of the page.
            if letter.paragraphs.is_empty() && letter.source.as_deref().is_some_and(|s| s.starts_with("Mention")) {
                let message = format!("a letter known only from a mention, without text: {}", letter.heading);
                self.out.notes.push(Note { line: letter.line, severity: Severity::Warning, message });
                self.out.notes.extend(notes);
                return;
            }
            if let Some(ix) = self.enclosed_by.filter(|&ix| ix + 1 == self.out.letters.len()) {
                self.enclosed_by = None;
                let words = format!("the enclosure printed after it ({})", letter.heading);
                self.out.letters[ix].carries = Some(Box::new(Carried {
                    sender: letter.sender.clone(),
                    recipient: letter.recipient.clone(),
                    words,
                }));
            }
            self.out.letters.push(letter);
            self.out.notes.extend(notes);
        }
    }

    /// The letters and notes read, with the title line's writer and the letters signed with initials alone.
    fn finish(mut self) -> (Parsed, Option<parties::Person>, Vec<(usize, String)>) {
        self.flush_block();
        self.close_letter();
        self.settle_figures();
        if let Some((no, _)) = self.pending.raw.first() {
            let message = "lines that open a letter are followed by no heading".to_string();
            self.out.notes.push(Note { line: *no, severity: Severity::Warning, message });
        }
        (self.out, self.writer, self.signed_initials)
    }
}

/// A name, a comma, then an office with its `to` (`W. GREY, Secretary to the Government of Bengal.`): the comma
/// comes before the first `to`.
fn signature_with_office(line: &str) -> bool {
    let t = line.quick_trim();
    heading::find_word(t, "to").is_some_and(|at| t[..at].contains(','))
}

/// `- Copy of telegram ...↩`: a footnote in a bulleted list (its marker was numbered in the text).
fn note_bullet(line: &str) -> Option<&str> {
    let t = line.quick_trim_start().strip_prefix("- ")?;
    let t = t.quick_trim();
    let number_alone = t.len() <= 4 && t.ends_with('.');
    (!t.is_empty() && !number_alone).then_some(t)
}

/// Whether the line after a number set far in (perhaps after a blank line or two) is a heading set far in too: the
/// number is then an edition's, centred over its letter's heading, and no running page number.
fn centred_over_heading(next: &[&str]) -> bool {
    let at = next.iter().take(2).take_while(|l| lines::is_blank(l)).count();
    // A long heading, centred too, is set in less (`     TO POPE INNOCENT, ON BEHALF OF THE CHURCH OF LANGRES`).
    next.get(at).is_some_and(|h| {
        h.starts_with("   ") && heading::weak(h, false).is_some()
            // `M. BIHOURD, AMBASSADEUR DE FRANCE À BERLIN,` / `À M. DELCASSÉ, ...`: wrapped over two lines.
            || h.quick_trim_end().ends_with(',') && wrapped_heading(h, &next[at + 1..], None).is_some()
    })
}

/// `95` alone over `Madrid 17 de Enero de 1787` and `Querido Martín: ...`, or right over the greeting: a
/// collection's running number over a letter that opens with its dateline and greeting, or its greeting alone
/// (each a blank line or two apart; the dateline's year may be the editor's, or missing).
pub(super) fn over_greeting(next: &[&str]) -> bool {
    let mut lines = next.iter().filter(|l| !lines::is_blank(l));
    let blanks = next.iter().take_while(|l| lines::is_blank(l)).count();
    let Some(first) = lines.next() else { return false };
    if blanks > 2 {
        return false;
    }
    if lines::salutation(first).is_some() {
        return true;
    }
    let (with_year, without) = lines::date_lines(first);
    let dated = with_year.is_some() || without.is_some() || lines::month_line(first).is_some();
    dated && lines.next().is_some_and(|l| lines::salutation(l).is_some())
}

/// `44-5.` centred, then (perhaps after a blank line) `Passy, jeudi 25 janvier [1844].` set in: an edition's
/// number over a letter's dateline, where no heading names the parties.
fn over_dateline(next: &[&str]) -> bool {
    let at = next.iter().take(2).take_while(|l| lines::is_blank(l)).count();
    next.get(at).is_some_and(|d| d.starts_with("        ") && lines::date_line(d).is_some())
}

/// `To Francesco Nelli, prior of the Church of the Holy Apostles, concerning` / `the fevers of the body and of the
/// mind.`: an editor's account of the letter after its heading, run on to the next line (the heading's last word
/// and the next line's first in small letters). The heading with it, and the one line taken.
fn description_below(line: &str, next: &[&str]) -> Option<(heading::Heading, usize)> {
    let t = line.quick_trim_end();
    let below = next.first()?.quick_trim();
    if !t.ends_with(|c: char| c.is_lowercase()) || !below.starts_with(|c: char| c.is_lowercase()) || below.len() > 120 {
        return None;
    }
    let joined = format!("{} {below}", t.quick_trim_start());
    let h = heading::parse(joined.trim_end_matches('.'), false)?;
    Some((heading::Heading { text: joined, ..h }, 1))
}

/// A heading hard-wrapped over two or three lines: `... (Stalin) to` / `President Roosevelt 75`. `seen` is what
/// [`heading::parse_seen`] found of the line's opening words, if it looked.
fn wrapped_heading(line: &str, next: &[&str], seen: Option<Option<bool>>) -> Option<(heading::Heading, usize)> {
    let first = line.quick_trim_end();
    if first.ends_with(['.', '!', '?', ';', ':']) || first.len() > 300 {
        return None;
    }
    // The words were read from the line trimmed at both ends: the same text when nothing leads it.
    let could_open = match seen {
        Some(opening) if line.quick_trim().len() == first.len() => opening != Some(false),
        _ => heading::could_open(first),
    };
    if !could_open {
        return None;
    }
    let mut joined = first.to_string();
    for (k, n) in next.iter().enumerate() {
        // A site's menu under a site's name (`Office of the Historian` / `Search   Documents   ...`) wraps no
        // heading.
        if lines::is_blank(n) || n.len() > 300 || lines::menu_line(n) {
            return None;
        }
        joined.push(' ');
        joined.push_str(n.quick_trim());
        if let Some(h) = heading::parse(&joined, false) {
            return Some((h, k + 1));
        }
    }
    None
}

/// Whether a body line ends a sentence, so that a heading or a date may follow it in the same block.
fn paragraphs_end(line: &str) -> bool {
    // A footnote's mark glued after the stop (`OLIVER MARSTON.*`) ends nothing of its own.
    let t = line.quick_trim_end();
    // Only a line ending in `*` or in a character of several bytes is looked at again.
    let t = match t.as_bytes().last() {
        Some(b'*' | 0x80..=0xbf) => t.trim_end_matches(['*', '†', '‡']),
        _ => t,
    };
    t.ends_with(['.', '!', '?', '"', '”'])
        // `R H:`, `T. G:`: initials signed with a colon.
        || t.ends_with(':') && {
            let t = t.quick_trim_start();
            t.len() <= 8
                && t.bytes().filter(u8::is_ascii_uppercase).count() >= 2
                && t.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b':'))
        }
}
