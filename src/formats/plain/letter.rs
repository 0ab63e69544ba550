//! A letter while its file is being read: paragraphs come in with their markers still in, footnotes and sources
//! are added, and `finish` links markers to footnotes and settles the date.

use super::heading::Heading;
use super::inline::{MAX_MARKERS, Marks, extract_into};
use super::lines::Stamp;
use super::paragraphs::RawParagraph;
use super::parties::{self, Person};
use super::posts;
use super::words::QuickTrim;
use crate::formats::Note;
use crate::model::date::Found;
use crate::model::fit::boxed;
use crate::model::{
    Date, DateKind, Footnote, FootnoteRef, Letter, PageBreak, Paragraphs, People, PersonBasis, Severity,
};
use crate::model::{FileName, FileText};
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::sync::LazyLock;

thread_local! {
    /// The text of the letters of the file read on this thread: each letter's paragraphs are written at its end
    /// (no text of a letter's own made, nor copied), and the file's letters share it once the file is read.
    static FILE_TEXT: Cell<Option<FileText>> = const { Cell::new(None) };
    /// The name of the file read on this thread, shared by its letters.
    static FILE_NAME: RefCell<FileName> = RefCell::new(FileName::default());
    /// The sides of the last letters read on this thread, as the model keeps them: a file's letters mostly name
    /// the people of the letters before them, whose lists they then share instead of making their own.
    static RECENT_SIDES: RefCell<Vec<People>> = const { RefCell::new(Vec::new()) };
}

/// The sides [`RECENT_SIDES`] keeps (an exchange between two people has two, a file of several a few more).
const RECENT: usize = 4;

/// Starts reading a file of `len` bytes on this thread: its letters' text, made of its lines, is no longer.
pub fn begin_file(len: usize) {
    FILE_TEXT.set(Some(Box::new(String::with_capacity(len))));
}

/// The file read on this thread is done: its letters (all read) are given the text they were written in.
pub fn end_file(letters: &mut [Letter]) {
    if let Some(text) = FILE_TEXT.take() {
        Paragraphs::share_file(letters.iter_mut().map(|l| &mut l.paragraphs), *text);
    }
}

/// The name of the file read, made once for its letters.
fn file_name(file: &str) -> FileName {
    FILE_NAME.with_borrow_mut(|name| {
        if **name != *file {
            *name = file.into();
        }
        name.clone()
    })
}

/// The people of one side of a letter being read, and what names them.
struct Side(Vec<Person>, PersonBasis);

impl Side {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The side as the model keeps it: the list of a recent letter's side that names the same people alike.
    fn people(self) -> People {
        let Side(list, basis) = self;
        RECENT_SIDES.with_borrow_mut(|recent| {
            let alike = |kept: &&People| {
                kept.0.len() == list.len()
                    && kept
                        .0
                        .iter()
                        .zip(&list)
                        .all(|(k, p)| k.basis == basis && *k.name == p.name && *k.printed == p.printed)
            };
            if let Some(kept) = recent.iter().find(alike) {
                return kept.clone();
            }
            let made = People(list.into_iter().map(|p| crate::model::Person::new(p.name, p.printed, basis)).collect());
            if recent.len() == RECENT {
                recent.remove(0);
            }
            recent.push(made.clone());
            made
        })
    }
}

/// A letter being read: kept behind one pointer, so that the parser moves a pointer, not the letter, as it opens
/// and closes letters.
pub struct Draft(Box<Parts>);

impl std::ops::Deref for Draft {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.0
    }
}

impl std::ops::DerefMut for Draft {
    fn deref_mut(&mut self) -> &mut Parts {
        &mut self.0
    }
}

/// What a letter being read holds.
pub struct Parts {
    letter: Letter,
    pub number: Option<String>,
    pub classification: Option<String>,
    pub stamp: Option<(Stamp, Found)>,
    written: Option<(Found, String)>,
    /// The editor's postmark (`[Post-mark, March 3, 1852.]`): the date of a letter that gives none itself.
    postmark: Option<(Found, String)>,
    /// A date a file number encodes: used only as bounds, never as the letter's date.
    pub file_date: Option<(Date, String)>,
    /// A month alone under the heading (`early April 1862`): the days it spans, and where it was read.
    pub month_span: Option<((Date, Date), String)>,
    /// The people of each side, and what names them (one ground for a whole side: a side is named at once).
    senders: Side,
    recipients: Side,
    /// Page breaks seen in paragraphs that held nothing else: they belong at the start of the next paragraph.
    pending_pages: Vec<String>,
    /// Markers seen so far, by kind: they decide whether an indented numbered line is a footnote.
    star_markers: usize,
    other_markers: usize,
    /// Whether [`MAX_MARKERS`] was reached (reported once).
    capped: bool,
    /// Notes gathered while reading, given out by `finish`.
    notes: Vec<Note>,
    /// Several writers signing on lines of their own under a close in the plural (`Jno Badgley Register` /
    /// `Nathl Ewart Receiver`): the senders, unless the heading names other people.
    signers: Vec<Person>,
    /// The markers of an editor's headnote kept as the source (their notes follow the letter's text).
    headnote_markers: Vec<String>,
    /// The heading named the writer by his office (`THE VICEROY'S LETTER TO ...`): the one who signs is the writer.
    by_role: bool,
}

impl Draft {
    pub fn new(file: &str, line: usize, h: Heading) -> Draft {
        let mut letter = Letter::new(file_name(file), line, h.text, People::default(), People::default());
        // Written after the letters before it in the file.
        letter.paragraphs = match Paragraphs::open(FILE_TEXT.take().unwrap_or_default()) {
            Ok(p) => p,
            Err(full) => {
                FILE_TEXT.set(Some(full));
                Paragraphs::new()
            }
        };
        let mut d = Draft(Box::new(Parts {
            letter,
            number: h.number,
            classification: None,
            stamp: None,
            written: h.date.map(|f| (f, "heading".to_string())),
            postmark: None,
            file_date: None,
            month_span: None,
            senders: Side(h.senders, PersonBasis::Heading),
            recipients: Side(h.recipients, PersonBasis::Heading),
            pending_pages: Vec::new(),
            star_markers: 0,
            other_markers: 0,
            capped: false,
            notes: Vec::new(),
            signers: Vec::new(),
            headnote_markers: Vec::new(),
            by_role: h.by_role,
        }));
        for (marker, offset) in h.markers {
            d.push_ref(marker, -1, offset);
        }
        d.set_place(h.place);
        d
    }

    /// A telegram's own designation with its number (`No. 57 Telegraphic`), the first one read.
    pub fn set_telegram(&mut self, designation: &str) {
        if self.letter.telegram().is_none() {
            self.letter.extra_mut().telegram = Some(designation.to_string());
        }
    }

    /// The text to come is a calendar's abstract in the third person (see `LetterExtra::abstracted`).
    pub fn set_abstracted(&mut self) {
        self.letter.extra_mut().abstracted = true;
    }

    /// The heading's line.
    pub fn line(&self) -> usize {
        self.letter.line
    }

    pub fn paragraph_count(&self) -> usize {
        self.letter.paragraphs.len()
    }

    /// Whether the letter has signed off: its last paragraph is a close with the writer's name, or the name
    /// after a close. Text after that is no longer the letter's (but for a postscript).
    pub fn signed_off(&self) -> bool {
        let p = &self.letter.paragraphs;
        let Some(last) = p.last() else { return false };
        // Several signed together: the last paragraph ends with the last of them.
        if let Some(signer) = self.signers.last()
            && last.quick_trim_end().ends_with(signer.printed.as_str())
        {
            return true;
        }
        // A long paragraph signs nothing, whatever is before it (most are long): the close is not looked for.
        if close_text(last).len() >= MAX_SIGNED {
            return false;
        }
        let after_close = p.len() >= 2 && is_close(&p[p.len() - 2]);
        signed(last, after_close).is_some() || after_close && initials_alone(last)
    }

    /// The writer's initials alone at the foot of the text (`A. Q.`, `Your loving father, T. J.`), as printed: a
    /// signature that names no one by itself ([`super::initials`] finds whom the page names so).
    pub fn signed_initials(&self) -> Option<String> {
        let p = &self.letter.paragraphs;
        // `R H:`: initials signed with a colon, as the seventeenth century did.
        let last = close_text(p.last()?).trim_end_matches(':');
        if last.len() > 60 || p.len() < 2 || !last.ends_with(|c: char| c.is_ascii_uppercase() || c == '.') {
            return None;
        }
        let tail = match last.rfind([',', '|']) {
            Some(at) if is_close(&last[..=at]) => last[at + 1..].quick_trim(),
            Some(_) => return None,
            // `Dein alter Th. F.`: a close without a comma runs into the initials (no sentence ends before them).
            None => last
                .match_indices(' ')
                .map(|(at, _)| at)
                .find(|&at| {
                    !last[..at].ends_with(['.', '!', '?', ';', ':'])
                        && super::initials::letters_of(&last[at + 1..]).is_some()
                })
                .map_or(last, |at| &last[at + 1..]),
        };
        super::initials::letters_of(tail).map(|_| tail.to_string())
    }

    /// The text of the last paragraph read.
    pub fn last_paragraph(&self) -> Option<&str> {
        self.letter.paragraphs.last()
    }

    /// An editor's headnote before the text, kept as the letter's source; its markers are explained by notes
    /// after the text.
    pub fn add_headnote(&mut self, text: &str, markers: Vec<(String, usize)>) {
        self.add_source(&format!("Headnote: {text}"));
        for (marker, _) in markers {
            if marker.starts_with(['*', '†', '‡', '+']) {
                self.star_markers += 1;
            } else {
                self.other_markers += 1;
            }
            self.headnote_markers.push(marker);
        }
    }

    /// The writers who sign together under the text ([`super::papers::joint_signers`]).
    pub fn set_signers(&mut self, signers: Vec<Person>) {
        self.signers = signers;
    }

    /// Whether the last paragraph is a close waiting for the writer's name (`your most obedient servant,`).
    pub fn awaits_signature(&self) -> bool {
        self.letter.paragraphs.last().is_some_and(is_close)
    }

    /// Whether a numbered item explains a marker of this letter, in a letter with no numbered paragraphs (but
    /// the first: a telegram's number opens its text).
    pub fn explains_marker(&self, label: &str) -> bool {
        (self.letter.footnote_refs.iter().any(|r| r.marker == label)
            || self.headnote_markers.iter().any(|m| m == label))
            && !self.letter.paragraphs.iter().skip(1).any(super::paragraphs::starts_numbered)
    }

    /// Whether the letter has a marker of the kind an item with this label would explain (digits or stars).
    pub fn has_marker_like(&self, label: &str) -> bool {
        if label.starts_with('*') || label.starts_with(['†', '‡']) {
            self.star_markers > 0
        } else {
            self.other_markers > 0
        }
    }

    fn push_ref(&mut self, marker: String, paragraph: isize, offset: usize) {
        if marker.starts_with(['*', '†', '‡', '+']) {
            self.star_markers += 1;
        } else {
            self.other_markers += 1;
        }
        self.letter.footnote_refs.push(FootnoteRef { marker, paragraph, offset, footnote: None });
    }

    pub fn add_paragraph(&mut self, raw: RawParagraph) {
        let budget = MAX_MARKERS.saturating_sub(self.letter.footnote_refs.len());
        // The text goes straight to the end of the letter's text, its end trimmed; nothing stays of it when it is
        // empty.
        let mut marks = Marks::default();
        let mut len = 0;
        let added = self.letter.paragraphs.push_with(|buf, start| {
            marks = extract_into(&raw.text, budget, buf);
            len = buf[start..].quick_trim_end().len();
            buf.truncate(start + len);
        });
        if marks.capped && !self.capped {
            self.capped = true;
            let message = format!("more than {MAX_MARKERS} footnote markers: the rest are left in the text");
            self.notes.push(Note { line: raw.line, severity: Severity::Warning, message });
        }
        if !added {
            // A page marker alone: it opens the next paragraph. A stray marker alone is kept at the heading's end.
            self.pending_pages.extend(marks.pages.into_iter().map(|(p, _)| p));
            for (marker, _) in marks.markers {
                let offset = self.letter.heading.len();
                self.push_ref(marker, -1, offset);
            }
            return;
        }
        let p = self.letter.paragraphs.len() as isize - 1;
        let Parts { letter, pending_pages, .. } = &mut *self.0;
        for page in pending_pages.drain(..) {
            letter.pages.push(PageBreak { page, paragraph: p, offset: 0 });
        }
        for (page, offset) in marks.pages {
            self.letter.pages.push(PageBreak { page, paragraph: p, offset: offset.min(len) });
        }
        for (marker, offset) in marks.markers {
            self.push_ref(marker, p, offset.min(len));
        }
        self.letter.push_paragraph_line(raw.line);
    }

    /// A page break alone on its line: the page opens with the next paragraph.
    pub fn add_page(&mut self, label: &str) {
        // A page named twice in a row (a viewer's pager and the volume's running head) turns once.
        let last = self.pending_pages.last().or_else(|| self.letter.pages.last().map(|b| &b.page));
        if last.is_some_and(|p| p == label) {
            return;
        }
        self.pending_pages.push(label.to_string());
    }

    pub fn add_source(&mut self, text: &str) {
        match &mut self.letter.source {
            Some(s) => {
                s.push_str("; ");
                s.push_str(text);
            }
            None => self.letter.source = Some(text.to_string()),
        }
    }

    /// Whether a source line (an apparatus, a note on the copy) was read.
    pub fn has_source(&self) -> bool {
        self.letter.source.is_some()
    }

    pub fn continue_source(&mut self, text: &str) {
        if let Some(s) = &mut self.letter.source {
            s.push(' ');
            s.push_str(text);
        }
    }

    /// The written date and where it was read (`closing date line "November 10, 1943."`).
    pub fn set_written(&mut self, date: Found, source: String) {
        if self.written.is_none() {
            self.written = Some((date, source));
        }
    }

    /// The editor's postmark and where it was read, the first one.
    pub fn set_postmark(&mut self, date: Found, source: String) {
        self.postmark.get_or_insert((date, source));
    }

    pub fn has_written(&self) -> bool {
        self.written.is_some()
    }

    /// The written date, for telling a repeated closing date from the next letter's.
    pub fn written_date(&self) -> Option<Date> {
        self.written.as_ref().and_then(|(f, _)| f.year.and_then(|y| f.date(y)))
    }

    pub fn set_place(&mut self, place: Option<String>) {
        // No place given leaves the letter's part for what few letters have unmade.
        if place.is_some() && self.letter.place().is_none() {
            self.letter.extra_mut().place = place;
        }
    }

    /// A caption line under the heading: kept, and its people fill what the heading left open.
    /// The people a greeting names, on the sides the heading left open.
    pub fn fill_parties(&mut self, h: Heading) {
        if self.senders.is_empty() {
            self.senders = Side(h.senders, PersonBasis::Salutation);
        }
        if self.recipients.is_empty() {
            self.recipients = Side(h.recipients, PersonBasis::Salutation);
        }
    }

    /// Whether `p` may sign the letter: it names no writer yet, or names him.
    pub fn may_sign(&self, p: &Person) -> bool {
        self.senders.is_empty() || self.senders.0.iter().any(|s| s.name == p.name)
    }

    /// The writer named by the signature, when the letter names none yet.
    pub fn sign(&mut self, p: Person) {
        if self.senders.is_empty() {
            self.senders = Side(vec![p], PersonBasis::Signature);
        }
    }

    /// The heading of a letter opened by a metadata line before its title: the title, whose parties and date
    /// fill what the metadata left empty.
    pub fn retitle(&mut self, h: Heading) {
        self.letter.heading = h.text;
        if self.senders.is_empty() {
            self.senders = Side(h.senders, PersonBasis::Heading);
        }
        if self.recipients.is_empty() {
            self.recipients = Side(h.recipients, PersonBasis::Heading);
        }
        if self.written.is_none() {
            self.written = h.date.map(|f| (f, "heading".to_string()));
        }
    }

    /// A line that goes on the heading (`IN LONDON` under `ENGELS TO MARX`).
    pub fn extend_heading(&mut self, line: &str) {
        self.letter.heading.push(' ');
        self.letter.heading.push_str(line.quick_trim());
    }

    pub fn set_caption(&mut self, text: &str, h: Heading) {
        if self.letter.caption().is_none() {
            self.letter.extra_mut().caption = Some(text.quick_trim().to_string());
        }
        if self.senders.is_empty() {
            self.senders = Side(h.senders, PersonBasis::Caption);
        }
        if self.recipients.is_empty() {
            self.recipients = Side(h.recipients, PersonBasis::Caption);
        }
        let offset = self.letter.heading.len();
        for (m, _) in h.markers {
            self.push_ref(m, -1, offset);
        }
    }

    /// Markers on a line that is no paragraph (`[Translation]33a`): counted at the heading's end.
    pub fn heading_markers(&mut self, markers: Vec<(String, usize)>) {
        let offset = self.letter.heading.len();
        for (m, _) in markers {
            self.push_ref(m, -1, offset);
        }
    }

    /// The classification read so far (a German document's kind: `Telegramm. Entzifferung.`).
    pub fn classification(&self) -> Option<&str> {
        self.classification.as_deref()
    }

    pub fn add_classification(&mut self, text: &str) {
        match &mut self.classification {
            Some(c) => {
                c.push_str("; ");
                c.push_str(text);
            }
            None => self.classification = Some(text.to_string()),
        }
    }

    /// `From: Washington, George` / `To: Knox, Henry`: metadata names win over the heading's.
    pub fn metadata_party(&mut self, sender: bool, value: &str) {
        let people: Vec<Person> = value
            .split(';')
            .map(without_life_dates)
            .flat_map(|v| {
                // `Washington (Nomura and Kurusu)`: two holders of the post in its brackets.
                if v.contains('(') {
                    let both = parties::people(v);
                    if both.len() > 1 {
                        return both;
                    }
                }
                // `Surname, Given Names` as catalogues write it.
                let (surname, given) = v.split_once(',').unwrap_or((v, ""));
                let inverted =
                    !given.quick_trim().is_empty() && !surname.contains(' ') && parties::valid(given.quick_trim());
                let name = if inverted {
                    format!("{} {}", given.quick_trim(), surname.quick_trim())
                } else {
                    v.quick_trim().to_string()
                };
                parties::person(&name)
                    .map(|p| Person { printed: v.quick_trim().to_string(), ..p })
                    .into_iter()
                    .collect()
            })
            .collect();
        if people.is_empty() {
            return;
        }
        let side = if sender { &mut self.senders } else { &mut self.recipients };
        // A second `Author:` line names a joint writer.
        if side.1 == PersonBasis::Metadata {
            side.0.extend(people);
        } else {
            *side = Side(people, PersonBasis::Metadata);
        }
    }

    /// The addressee named by a salutation or inside address, when the heading named none.
    pub fn salutation(&mut self, head: &str) {
        if !self.recipients.is_empty() {
            return;
        }
        let words: Vec<&str> = head.split_whitespace().collect();
        let skip = words
            .iter()
            .take_while(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "my" | "dear" | "dearest" | "very" | "esteemed" | "honoured" | "honored" | "most" | "and"
                ) || super::german_salutes::greeting_word(w)
                    || super::romance::is_one_of(w.trim_end_matches(','), &ROMANCE_GREETING_WORDS)
            })
            .count();
        // `Martín mío`, `Hija mía`: the possessive after the name names no one.
        let end = words.len()
            - usize::from(
                words.len() > skip + 1
                    && words.last().is_some_and(|w| super::romance::is_one_of(w, &["mío", "mía", "mio", "mia"])),
            );
        let words = &words[..end];
        let rest = words[skip..].join(" ");
        // `Sehr geehrter Herr Doktor`, `Lieber Freund`, `Verehrter Herr Kollege`: a German greeting by courtesy,
        // rank or bond names no one; nor does one by a given name and patronymic (`My dear Leo Nikolayevich`).
        // So does a Romance greeting by the bond of friendship alone (`Amigo:`, `Caro amico,`), and an English one
        // by the bond of a calling (`Dear Colleague,`).
        const GREETED: [&str; 20] = [
            "colleague",
            "colleagues",
            "amigo",
            "amiga",
            "amico",
            "amica",
            "ami",
            "amie",
            "herr",
            "frau",
            "fräulein",
            "doktor",
            "professor",
            "kollege",
            "kollegin",
            "freund",
            "freundin",
            "meister",
            "gönner",
            "geheimrat",
        ];
        let by_rank = words[skip..].iter().all(|w| super::romance::is_one_of(w.trim_end_matches(['!', ',']), &GREETED));
        let patronymic = match &words[skip..] {
            [given, w] if !parties::is_title(given) => {
                let w = w.trim_end_matches([',', '!', ':']);
                ["vich", "vna", "ichna"].iter().any(|e| w.len() > e.len() + 3 && w.ends_with(e))
            }
            _ => false,
        };
        if skip < words.len() && by_rank || patronymic {
            return;
        }
        // `Dear Sir Giles`: a knight is greeted by his given name, which is not the name he is recorded by; the
        // page (a heading, the collection's title) names him.
        if let [sir, given] = &words[skip..]
            && ["sir", "dame"].iter().any(|t| sir.eq_ignore_ascii_case(t))
            && given.starts_with(char::is_uppercase)
            && !given.ends_with('.')
        {
            return;
        }
        // An address to an office (`The President:`, `The Secretary of War:`) names it; so does a greeting to an
        // office holder by the office alone (`Dear Mr. President`), when nothing else names the addressee. A bare
        // courtesy (`Sir`) names no one.
        let office_address = skip == 0 && super::lines::strip_prefix_ci(&rest, "the ").is_some();
        let courtesy =
            ["mr. ", "mr ", "madam ", "madame "].iter().find_map(|c| super::lines::strip_prefix_ci(&rest, c));
        let office = courtesy.and_then(parties::person).filter(|p| p.office);
        if let Some(p) = office.or_else(|| parties::person(&rest).filter(|p| !p.office || office_address)) {
            self.recipients = Side(vec![p], PersonBasis::Salutation);
        } else if let Some(kin) = parties::kin(&rest) {
            // `Dear Mother,`, `DEAR BOY:`: the family word is all the letter says of its addressee.
            self.recipients = Side(vec![kin], PersonBasis::Salutation);
        }
    }

    /// A place line of the dateline block: added to the place the date line gave, or the place.
    pub fn add_place(&mut self, line: &str) {
        let place = &mut self.letter.extra_mut().place;
        *place = Some(match place.take() {
            Some(p) => format!("{p}, {line}"),
            None => line.to_string(),
        });
    }

    /// An inside address under the dateline (`Lieutenant General Grant.`): the recipient when the heading named
    /// none; a person, or an office when it names one.
    pub fn inside_address(&mut self, text: &str) {
        if self.recipients.is_empty()
            && let Some(p) = parties::person(text)
        {
            self.recipients = Side(vec![p], PersonBasis::Salutation);
        }
    }

    pub fn add_footnote(&mut self, label: &str, text: &str, line: usize) {
        self.letter.footnotes.push(Footnote { label: label.to_string(), text: text.to_string(), line });
    }

    pub fn footnote_count(&self) -> usize {
        self.letter.footnotes.len()
    }

    /// More text of the last footnote; `paragraph` when it is a new paragraph of it (kept as a blank line).
    pub fn continue_footnote(&mut self, text: &str, paragraph: bool) {
        if let Some(f) = self.letter.footnotes.last_mut() {
            f.text.push_str(if paragraph { "\n\n" } else { " " });
            f.text.push_str(text);
        }
    }

    /// The finished letter, and what is worth reporting about it.
    /// Drops a letter that turned out to be none (an archive's item that is a photograph), giving the file's text
    /// back for the next letter.
    pub fn discard(self) {
        let _ = self.finish();
    }

    pub fn finish(self) -> (Letter, Vec<Note>) {
        // Its parts are taken out of the box one by one: the whole is not moved.
        let mut this = self.0;
        let mut notes = std::mem::take(&mut this.notes);
        // Several who sign together are the writers, when the heading names none of them or only offices (`THE
        // REGISTER AND RECEIVER AT ...`, `The Committee of ...`), or only some of them.
        let signers = std::mem::take(&mut this.signers);
        let among = |p: &Person| signers.iter().any(|s| s.name == p.name);
        if !signers.is_empty() && this.senders.0.iter().all(|p| p.office || among(p)) {
            this.senders = Side(signers, PersonBasis::Signature);
        }
        if (this.senders.is_empty() || this.by_role)
            && let Some(p) = signature(&this.letter.paragraphs)
        {
            this.senders = Side(vec![p], PersonBasis::Signature);
        }
        let own = |p: &Person, side: &Side| side.0.iter().any(|o| o.name == p.name);
        let passed = super::covering::carried(&this.letter.paragraphs).filter(|(s, r, _)| {
            !(s.iter().all(|p| own(p, &this.senders)) && r.iter().all(|p| own(p, &this.recipients)))
        });
        if passed.is_none()
            && let Some(holder) = office_signed(&this.senders, &this.letter.paragraphs)
        {
            this.senders = Side(vec![holder], PersonBasis::Signature);
        }
        let l = &mut this.letter;
        let as_people = |list: Vec<Person>| {
            People(
                list.into_iter().map(|p| crate::model::Person::new(p.name, p.printed, PersonBasis::Caption)).collect(),
            )
        };
        l.carries = passed.map(|(s, r, words)| {
            Box::new(crate::model::Carried { sender: as_people(s), recipient: as_people(r), words })
        });
        l.number = this.number.map(boxed);
        l.classification = this.classification.map(boxed);
        l.sender = this.senders.people();
        l.recipient = this.recipients.people();
        l.sender_from_collection = l.sender.is_empty();
        // A written date wins over a sent date, which wins over a received one.
        if this.written.is_none()
            && this.stamp.is_none()
            && let Some((found, place, source)) = super::closing_date::in_last_sentence(&l.paragraphs)
        {
            this.written = Some((found, source));
            if place.is_some() && l.place().is_none() {
                l.extra_mut().place = place;
            }
        }
        let dated = match (&this.written, &this.stamp) {
            (Some((w, src)), _) => w.year.and_then(|y| w.date(y)).map(|d| (d, DateKind::Written, src.clone())),
            (None, Some((stamp, f))) => f.year.and_then(|y| f.date(y)).map(|d| {
                let (kind, source) = if *stamp == Stamp::Sent {
                    (DateKind::Sent, "sent line")
                } else {
                    (DateKind::Received, "received line")
                };
                (d, kind, source.to_string())
            }),
            (None, None) => None,
        };
        // The postmark dates a letter that is dated no other way (`Wednesday Evening.`).
        let dated = dated.or_else(|| {
            let (f, src) = this.postmark.take()?;
            f.year.and_then(|y| f.date(y)).map(|d| (d, DateKind::Sent, src))
        });
        if let Some((d, k, src)) = dated {
            l.date = Some(d);
            l.date_kind = Some(k);
            l.date_source = Some(boxed(src));
        } else if let Some(((first, last), src)) = this.month_span.take() {
            l.extra_mut().date_range = Some(crate::model::DateRange::new(first, last));
            l.date_source = Some(boxed(src));
        } else if let Some((d, src)) = this.file_date.take() {
            // Only bounds: the file number is no printed date.
            l.extra_mut().date_range = Some(crate::model::DateRange::new(d, d));
            l.date_source = Some(boxed(src));
        }
        if l.date.is_none() && (this.written.is_some() || this.stamp.is_some()) {
            notes.push(Note {
                line: l.line,
                severity: Severity::Warning,
                message: "the letter's date is not a calendar date".into(),
            });
        }
        for page in this.pending_pages.drain(..) {
            let p = l.paragraphs.len() as isize - 1;
            let offset = l.text_of(p).len();
            l.pages.push(PageBreak { page, paragraph: p, offset });
        }
        if l.paragraphs.is_empty() {
            notes.push(Note { line: l.line, severity: Severity::Warning, message: "letter has no body text".into() });
        }
        link_footnotes(l);
        // The editor's statement of the letter this one answers: in the headnote or the note on the document (its
        // source), in a short bracketed line opening the text, or in a headnote of a few lines kept as the first
        // paragraph.
        let editorial = |(k, p): &(usize, &str)| p.len() < 120 && p.starts_with(['(', '[']) || *k == 0 && p.len() < 300;
        let said = l.source.as_deref().and_then(super::editor_answer::stated).or_else(|| {
            l.paragraphs.iter().enumerate().take(2).filter(editorial).find_map(|(_, p)| super::editor_answer::stated(p))
        });
        if let Some((answered, words)) = said {
            l.extra_mut().editor_answers = Some(crate::model::EditorAnswer { answered, words });
        }
        if let Some(text) = l.paragraphs.close() {
            FILE_TEXT.set(Some(text));
        }
        (this.letter, notes)
    }
}

/// Words of a complimentary close: the name after them is the signature.
const CLOSES: &[&str] = &[
    "yours",
    "yrs",
    "servant",
    "sincerely",
    "faithfully",
    "truly",
    "affectionately",
    "affectionate",
    "loving",
    "dutiful",
    "humble",
    "respectfully",
    "obediently",
    "friend",
    // `Yr most obt Servt`: the eighteenth century's short forms.
    "servt",
    // `Your obliged | S. T. Coleridge`.
    "obliged",
    // `Soy de usted afectísimo amigo,`, `su atento servidor`, `Dios guarde a V. E. muchos años.`, `vostro
    // servitore`, `Suo affmo servitore ed amico`, `Il suo affmo figlio`: the Spanish and Italian closes.
    "amigo",
    "servidor",
    "años",
    "servitore",
    "amico",
    "figlio",
    "figlia",
    // `Soy de Vd. de corazón,`.
    "corazón",
    // `Er tillgivne`, `Din vän`, `Deres trofaste`, `Deres hengivne`: the Swedish and Danish closes.
    "tillgivne",
    "vän",
    "trofaste",
    "hengivne",
    // `Ew. Excellenz gehorsamster Diener`, `Ihr ergebenster`, `Dein treuster`, `Dein getreuer Freund`: the German
    // ones.
    "gehorsamster",
    "ergebenster",
    "treuster",
    "getreuer",
    "diener",
    "freund",
    // `Ihr ergebener`, `Ihre ergebene`.
    "ergebener",
    "ergebene",
];

/// The feelings a German close ends in (`in treuer Verehrung`, `mit ergebener Hochachtung`), lowercase: no name.
const FEELINGS: [&str; 10] = [
    "verehrung",
    "hochachtung",
    "ergebenheit",
    "freundschaft",
    "treue",
    "dankbarkeit",
    "liebe",
    "gesinnung",
    "ehrerbietung",
    "hochschätzung",
];

/// The bytes a paragraph that signs a letter is shorter than (a close, a name, a rank: no long sentence), its
/// quotes and spaces around it trimmed ([`close_text`]).
const MAX_SIGNED: usize = 200;

/// `J. Q.`, `T.B.`, `R H:`: a writer's initials alone under a close (they sign, but name no one).
fn initials_alone(t: &str) -> bool {
    let t = close_text(t).trim_end_matches(':');
    let b = t.as_bytes();
    (2..=12).contains(&b.len())
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && b.iter().all(|&c| c.is_ascii_uppercase() || c == b'.' || c == b' ')
        && b.windows(2).all(|w| !(w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()))
}

/// A paragraph as a signature is read in: without the spaces and quotes around it.
fn close_text(t: &str) -> &str {
    t.quick_trim().trim_matches(['“', '”', '"']).quick_trim()
}

/// Whether `t` is a complimentary close that ends with the writer's name (`Your obedient servant, B. RUSH.`), or a
/// name alone after such a close.
fn signed(t: &str, after_close: bool) -> Option<Person> {
    let t = close_text(t);
    // `My dear friend Sonechka,`: a greeting alone holds a close's word, and signs nothing.
    if !after_close
        && t.len() <= 60
        && t.ends_with(',')
        && matches!(t.as_bytes().first(), Some(b'M' | b'D'))
        && super::lines::salutation(t).is_some_and(|(_, rest)| rest.is_empty())
    {
        return None;
    }
    if let Some(name) = after_possessive(t) {
        return signed(name, true);
    }
    // `I am, &c. | CLARENDON.`: the official close cut short, then the name.
    if let Some(rest) = formula_cut_short(t) {
        return if rest.is_empty() { None } else { signed(rest, true) };
    }
    // `Ever yours | C. Darwin`: a pipe stands for the line break after the close, as a comma does; so does a close
    // that opens a short paragraph (`Ever yours C. Darwin`, its two lines joined).
    if t.len() >= MAX_SIGNED
        || !after_close && memchr::memchr2(b',', b'|', t.as_bytes()).is_none() && !opens_with_close(t)
    {
        return None;
    }
    if let Some(k) = close_end(t).max(servant_cut_short(t)) {
        // `Yours most truly, | C. Darwin`: a pipe stands for the line break of the print.
        // A final dot is kept until the post is read (`Col.` is a rank cut short).
        let rest = t[k..].trim_start_matches([',', '.', ' ', '|']).trim_end_matches([',', '”', '"']);
        // `yours, &c., | J. SMITH.`
        let rest = rest
            .strip_prefix("&c.")
            .or_else(|| rest.strip_prefix("etc."))
            .map_or(rest, |r| r.trim_start_matches([',', ' ']));
        let rest = unsigned(after_role(rest));
        // `Alexander Hamilton | The Secretary of State.`: the addressee's office at the foot, under the name, is
        // no part of the signature.
        let rest = match rest.find(" The ") {
            Some(at) if at > 0 && rest[at + 5..].starts_with(char::is_uppercase) => &rest[..at],
            _ => rest,
        };
        // The printed form keeps the office (`EDWIN M. STANTON, Secretary of War`): the page names its holder.
        let printed = posts::as_printed(rest);
        let rest = without_post(rest).trim_end_matches(['.', ',']);
        if super::romance::is_one_of(rest, &FEELINGS) {
            return None;
        }
        return (!rest.is_empty() && parties::valid(rest))
            .then(|| parties::person(rest))
            .flatten()
            .filter(|p| !p.office)
            .map(|p| Person { printed: printed.to_string(), ..p });
    }
    let full = unsigned(t).trim_end_matches(',');
    if !after_close || posts::post_alone(full) {
        return None;
    }
    let name = without_post(full).trim_end_matches(['.', ',']);
    (name.split_whitespace().nth(6).is_none() && parties::valid(name))
        .then(|| parties::person(name))
        .flatten()
        .filter(|p| !p.office)
        .map(|p| Person { printed: posts::as_printed(full).to_string(), ..p })
}

/// For each byte, the words of [`CLOSES`] (a bit each) that end with it (in either case): `[0]` as their last
/// byte, `[1]` as the one before it.
static CLOSE_ENDS: LazyLock<[[u64; 256]; 2]> = LazyLock::new(|| {
    let mut ends = [[0u64; 256]; 2];
    for (bit, c) in CLOSES.iter().enumerate() {
        let b = c.as_bytes();
        for (k, &l) in b.iter().rev().take(2).enumerate() {
            ends[k][usize::from(l)] |= 1 << bit;
            ends[k][usize::from(l.to_ascii_uppercase())] |= 1 << bit;
        }
    }
    ends
});

/// Where the last word of a close in `t` ends (in any case): the greatest end of any of [`CLOSES`] found in it,
/// looked for from the end of `t` without lowering it. Only the words whose last two bytes end there are compared.
fn close_end(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let [last, before] = &*CLOSE_ENDS;
    let mut e = b.len();
    while e >= 2 {
        let mut words = last[usize::from(b[e - 1])] & before[usize::from(b[e - 2])];
        while words != 0 {
            let c = CLOSES[words.trailing_zeros() as usize].as_bytes();
            if e >= c.len() && b[e - c.len()..e].eq_ignore_ascii_case(c) {
                return Some(e);
            }
            words &= words - 1;
        }
        e -= 1;
    }
    None
}

/// `yr mo. obt. serv. Andrew Jackson`: the servant cut shorter than [`CLOSES`] holds it, before the name; where
/// the close ends.
fn servant_cut_short(t: &str) -> Option<usize> {
    // A signing paragraph is short (under [`MAX_SIGNED`] bytes): its bytes are read back from the end, without a
    // searcher built for each of the three spellings.
    let b = t.as_bytes();
    (5..b.len()).rev().find(|&e| {
        b[e] == b' ' && b[e - 1] == b'.' && [b"serv".as_slice(), b"Serv", b"SERV"].contains(&&b[e - 5..e - 1])
    })
}

/// `(Signed) U. S. GRANT` → `U. S. GRANT`: a copy's note that the original was signed.
fn unsigned(t: &str) -> &str {
    let t = t.quick_trim_start();
    ["(signed)", "[signed]", "(sgd.)", "(sd.)", "signed "]
        .iter()
        .find_map(|w| super::lines::strip_prefix_ci(t, w))
        .map_or(t, str::trim_start)
}

/// The name of a signature without the firm it is signed for (`for BRANDLEY & HOOK LTD. K. L. Ormsby`: a firm alone
/// signs as itself) and without the rank or post after it: `S. WILLIAMS, Assistant Adjutant-General`, `J. HARTLEY
/// Director`, `Arthur Penrose Colonial Secretary` (see [`posts`]).
fn without_post(t: &str) -> &str {
    let t = match posts::signing_for(t) {
        Some((firm, "")) => return firm,
        Some((_, signer)) => signer,
        None => t,
    };
    match t.split_once(',') {
        Some((name, rank)) if posts::is_rank(rank) && parties::valid(name.quick_trim()) => name.quick_trim(),
        _ => posts::caps_name_before_rank(t).or_else(|| posts::name_before_post(t)).unwrap_or(t),
    }
}

/// `brother, JAMES WARD` → `JAMES WARD`: the writer's tie to the reader (lower-case words before a comma) is no
/// part of the name.
fn after_role(rest: &str) -> &str {
    match rest.split_once(',') {
        Some((role, name))
            if role.split_whitespace().count() <= 4
                && role.split_whitespace().all(|w| w.starts_with(char::is_lowercase)) =>
        {
            name.trim_start_matches([' ', '|'])
        }
        _ => rest,
    }
}

/// `Ever yours ...`, `Yours affectionately ...`, `Your obedient servant ...`: a short text whose first three words
/// hold a word of a close.
fn opens_with_close(t: &str) -> bool {
    t.len() <= 80
        && t.split_whitespace().take(3).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            is_close_word(w)
        })
        || opens_with_formula(t)
}

/// `I am Dr Sir Yr most obt Servt | Go: Washington`, `I have the honor to be ... humble servt | Saml Huntington`:
/// the eighteenth century's close, a formula written without commas, then the name.
fn opens_with_formula(t: &str) -> bool {
    t.len() <= 200
        && ["I am ", "I have the hono", "I remain ", "I have been ", "Believe me "]
            .iter()
            .any(|o| t.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
        && t.split_whitespace().rev().nth(6).is_some()
        // The formula ends in its servant (`Servt`, `servant`): `I am glad to see my friend Tom Jones` is none.
        && super::words::with_lowercase(t, |lower| lower.contains("serv"))
}

/// A close waiting for the name on the next line: it ends in a comma (`Your obedient servant,`), or in a word of
/// a close itself (`Your most obedient & affectionate servant`).
fn is_close(t: &str) -> bool {
    let t = t.quick_trim_end();
    if t.len() >= 120 {
        return false;
    }
    if formula_cut_short(t).is_some_and(str::is_empty) || bond_close(t) {
        return true;
    }
    let last = t.rsplit(' ').next().unwrap_or("").trim_end_matches(['.', ',', ':']);
    t.ends_with(',') && super::words::with_lowercase(t, |lower| CLOSES.iter().any(|c| lower.contains(c)))
        || is_close_word(last)
        // `... and am your`, `bin Ihr`, `Ihr:`: a bare possessive ends the text (no sentence ends there), the
        // name under it.
        || !t.ends_with('.') && ["your", "Your", "Ihr", "Dein", "Deine", "Ihre", "Euer"].contains(&last)
        // `yr mo. obt. serv.`: the servant cut shorter still, as the last word only.
        || last.eq_ignore_ascii_case("serv")
}

/// The words of a French, Italian or Spanish greeting before the addressee's name (`Mon cher`, `Ma très chère`,
/// `Carissimo`, `Mi querido`, `Muy estimado`), lowercase: skipped to reach the name, as `My dear` is.
const ROMANCE_GREETING_WORDS: [&str; 26] = [
    "mon",
    "ma",
    "mes",
    "cher",
    "chère",
    "chers",
    "chères",
    "très",
    "bon",
    "bonne",
    "caro",
    "cara",
    "carissimo",
    "carissima",
    "mio",
    "mia",
    "amatissimo",
    "mi",
    "querido",
    "querida",
    "queridísimo",
    "queridísima",
    "muy",
    "estimado",
    "estimada",
    "distinguido",
];

/// Whether `w` is one of [`CLOSES`] (in any case): only a word whose last two bytes end one of them (as
/// [`CLOSE_ENDS`] tells) is compared with them.
fn is_close_word(w: &str) -> bool {
    let b = w.as_bytes();
    let [last, before] = &*CLOSE_ENDS;
    b.len() >= 2
        && last[usize::from(b[b.len() - 1])] & before[usize::from(b[b.len() - 2])] != 0
        && CLOSES.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// `I am, &c.`, `I have, &c., | CLARENDON.`, `I have the honour to be, etc.`: an official close cut short by the
/// printer's `&c.`; what follows it (the name, or nothing).
fn formula_cut_short(t: &str) -> Option<&str> {
    let opens = ["I am", "I have", "I remain", "We are", "We have", "We remain", "Believe me"];
    if t.len() > 60 || !opens.iter().any(|o| super::lines::strip_prefix_ci(t, o).is_some()) {
        return None;
    }
    let at = t.find("&c.").map(|a| a + 3).or_else(|| t.find("etc.").map(|a| a + 4))?;
    let rest = t[at..].trim_start_matches(|c: char| c == ',' || c == '|' || c.is_whitespace());
    Some(rest.trim_start_matches("&c.").trim_start_matches([',', ' ', '|']))
}

/// A signature without a close, as official records print it: `GEO. G. MEADE, Major-General.` — a name in
/// capitals or with initials, perhaps followed by a rank.
fn bare_signature(t: &str) -> Option<Person> {
    let t = unsigned(t);
    if let Some(name) = after_possessive(t) {
        return bare_signature(name);
    }
    if t.split_whitespace().nth(8).is_some() || t.quick_trim_end().ends_with(':') {
        return None;
    }
    let name = t.split(',').next().unwrap_or(t).quick_trim();
    // `G. W. TRELAWNEY` / `Maj. Gen.`: the post after the name is no part of it, and alone names no one.
    if posts::post_alone(name) {
        return None;
    }
    let name = posts::caps_name_before_rank(name).or_else(|| posts::name_before_post(name)).unwrap_or(name);
    let name = name.trim_end_matches('.');
    let caps = !name.chars().any(char::is_lowercase);
    let initials = name.split_whitespace().any(|w| w.len() <= 4 && w.ends_with('.'));
    let printed = posts::as_printed(t.quick_trim());
    ((caps || initials) && parties::valid(name))
        .then(|| parties::person(name))
        .flatten()
        .filter(|p| !p.office)
        .map(|p| Person { printed: printed.to_string(), ..p })
}

/// `Your | K. M.`, `Thy | Fred`, `Your own | Jane`: a bare possessive closes a letter as `Yours` does, and the name follows it
/// (`Your Excellency` is an address, not a close). Gives the name.
fn after_possessive(t: &str) -> Option<&str> {
    let name = possessed(t)?;
    let first = name.split_whitespace().next()?;
    (first.starts_with(char::is_uppercase)
        && !parties::is_title(first)
        && !is_bond(first)
        && name.split_whitespace().nth(4).is_none())
    .then_some(name)
}

/// What follows a bare possessive (`Your`, `Thy`, `Your own`) opening a short text.
fn possessed(t: &str) -> Option<&str> {
    if t.len() > 60 {
        return None;
    }
    // `Ihr Franz Kafka`, `Dein Robert.`, `Deine Clara.`: the German possessives.
    let rest = ["Your ", "Thy ", "Ihr ", "Ihre ", "Dein ", "Deine ", "Euer ", "Eure "]
        .iter()
        .find_map(|p| t.strip_prefix(p))?
        .quick_trim_start();
    // `Your own | JANE W. CARLYLE.`
    Some(rest.strip_prefix("own ").map_or(rest, str::quick_trim_start))
}

/// `Scholar`, `friend`, `Affectionate`, `Brother`: what a writer is to the reader, or a word of a close's feeling.
fn is_bond(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',', '!']);
    SELF_WORDS.iter().chain(CLOSES).chain(&crate::model::KIN_WORDS).any(|b| b.eq_ignore_ascii_case(w))
}

/// `Your Scholar`, `Your devoted Pupil`, `Thy loving Brother`: a possessive and the writer's bond to the reader, a
/// close that names no one; the name, if any, follows it.
fn bond_close(t: &str) -> bool {
    let Some(rest) = possessed(t.trim_end_matches([',', '.'])) else { return false };
    let mut words = rest.split_whitespace();
    let last = words.next_back();
    last.is_some_and(is_bond)
        && rest.split_whitespace().nth(3).is_none()
        && words.all(|w| is_bond(w) || w.starts_with(char::is_lowercase))
}

/// What a writer calls himself after a possessive instead of his name (`Your Scholar`, `Your devoted Pupil`): his
/// bond to the reader, and the words of feeling a close is made of.
const SELF_WORDS: &[&str] = &[
    "scholar",
    "pupil",
    "disciple",
    "student",
    "admirer",
    "friend",
    "servant",
    "subject",
    "debtor",
    "well-wisher",
    "votary",
    "companion",
    "comrade",
    "colleague",
    "correspondent",
    "petitioner",
    "devoted",
    "faithful",
    "obedient",
    "grateful",
    "attached",
    "old",
    "ever",
    "very",
    "most",
];

/// The writer from the signature: the last short paragraphs, after a complimentary close (`Yours very sincerely,
/// Franklin D. Roosevelt.`, `Your obedient servant, / J. SMITH, / Colonel.`).
fn signature(paragraphs: &Paragraphs) -> Option<Person> {
    let tail = paragraphs.iter().skip(paragraphs.len().saturating_sub(4));
    let mut after_close = false;
    for p in tail {
        if let Some(person) = signed(p, after_close) {
            return Some(person);
        }
        after_close = is_close(p);
    }
    // A bare name closes a letter of some length; the first paragraph (an addressee line) never signs it.
    paragraphs.iter().skip(1).rev().take(2).find_map(bare_signature)
}

/// `The Minister in Czechoslovakia to the Foreign Ministry` signed `EISENLOHR`: the office's holder, named as
/// `The Ambassador in Germany (Dodd)` names him in a heading, so that a letter to the office still finds his. Not a
/// see's bishop (`W. EBOR` signs for York), a peer signing by his title (`WELLINGTON`), nor a name in quotation
/// marks (a message passed on).
fn office_signed(senders: &Side, paragraphs: &Paragraphs) -> Option<Person> {
    let [office] = senders.0.as_slice() else { return None };
    let lower = office.name.to_lowercase();
    if !office.office || senders.1 != PersonBasis::Heading || lower.contains("bishop") {
        return None;
    }
    // A letter that quotes a message in its own paragraphs may end with the message's signature.
    if paragraphs.iter().any(|t| t.starts_with(['"', '“'])) {
        return None;
    }
    let p = signature(paragraphs)?;
    // A name has no figures (`LONDON, May 22, 1938` is a dateline).
    if p.printed.contains(['"', '“', '”'])
        || p.printed.bytes().any(|b| b.is_ascii_digit())
        || lower.contains(&p.name.to_lowercase())
    {
        return None;
    }
    let printed = format!("{} ({})", office.name, p.printed);
    Some(Person { printed, ..p })
}

/// Links markers to footnote texts: by label when every marker's label is in the list, else in order of
/// appearance (FRUS numbers its markers across a volume but its notes from 1 on each page). Numbers and
/// asterisks are linked separately.
fn link_footnotes(l: &mut Letter) {
    if l.footnote_refs.is_empty() || l.footnotes.is_empty() {
        return;
    }
    for star in [false, true] {
        let refs: Vec<usize> =
            (0..l.footnote_refs.len()).filter(|&i| l.footnote_refs[i].marker.starts_with('*') == star).collect();
        let notes: Vec<usize> =
            (0..l.footnotes.len()).filter(|&i| l.footnotes[i].label.starts_with('*') == star).collect();
        if refs.is_empty() || notes.is_empty() {
            continue;
        }
        let mut by_label: FxHashMap<&str, usize> = FxHashMap::default();
        by_label.reserve(notes.len());
        for &n in notes.iter().rev() {
            by_label.insert(l.footnotes[n].label.as_str(), n);
        }
        let all_labelled = refs.iter().all(|&r| by_label.contains_key(l.footnote_refs[r].marker.as_str()));
        let links: Vec<Option<usize>> = refs
            .iter()
            .enumerate()
            .map(|(k, &r)| {
                if all_labelled {
                    by_label.get(l.footnote_refs[r].marker.as_str()).copied()
                } else {
                    notes.get(k).copied()
                }
            })
            .collect();
        for (&r, link) in refs.iter().zip(links) {
            l.footnote_refs[r].footnote = link;
        }
    }
}

/// `Brannock, Thomas, 1819-1880`: a catalogue's name without the life dates after it.
fn without_life_dates(v: &str) -> &str {
    match v.rsplit_once(',') {
        Some((name, dates))
            if dates.bytes().any(|b| b.is_ascii_digit())
                && dates.chars().all(|c| c.is_ascii_digit() || " -?.–".contains(c) || c == 'c' || c == 'a') =>
        {
            name
        }
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer(paragraphs: &[&str]) -> Option<String> {
        signature(&Paragraphs::from(paragraphs.to_vec())).map(|p| p.name)
    }

    #[test]
    fn an_eighteenth_century_close_without_commas_signs() {
        let body = "I have received your favor of the 28th ulto. and thank you for the intelligence it contains.";
        assert_eq!(
            writer(&["Dr Sir,", body, "I am Dr Sir Yr most obt Servt Go: Washington"]).as_deref(),
            Some("Washington")
        );
        let close = "I have the honor to be with great respect Your Excellency's most obedt & very humble servt Saml Huntington";
        assert_eq!(writer(&["Sir,", body, close]).as_deref(), Some("Huntington"));
        assert_eq!(writer(&["Sir,", body, "I am glad to hear the news from my old friend Tom Jones"]), None);
    }

    #[test]
    fn an_official_close_cut_short_signs_with_the_name_after_it() {
        let body = "I have received your despatch and approve the course you have taken.";
        assert_eq!(writer(&["Sir,", body, "I am, &c. CLARENDON."]).as_deref(), Some("Clarendon"));
        assert_eq!(writer(&["Sir,", body, "I have, &c.", "J. F. CRAMPTON."]).as_deref(), Some("Crampton"));
        assert_eq!(writer(&["Sir,", "I am sure, &c. that the treaty holds."]), None);
    }

    #[test]
    fn a_bare_possessive_closes_and_is_no_name() {
        let body = "Your letter of the 4th came this morning.";
        assert_eq!(writer(&["Dear Moor,", body, "Your F. E."]), None, "initials alone name nobody");
        assert_eq!(writer(&["Dear Moor,", body, "Your K. Marx"]).as_deref(), Some("Marx"));
        assert_eq!(writer(&["Dear Moor,", body, "Thy Fred"]).as_deref(), Some("Fred"));
        assert_eq!(writer(&["Sir,", body, "Your Excellency's most obedient"]), None);
        for close in ["Your Scholar", "Your friend", "Your Affectionate", "Your devoted Pupil", "Your Brother"] {
            assert_eq!(writer(&["Dear Master,", body, close]), None, "{close}: the writer's bond, no name");
        }
        assert_eq!(writer(&["Dear Master,", body, "Your Scholar", "Anton Berg"]).as_deref(), Some("Berg"));
    }

    #[test]
    fn closes_are_found_from_the_end() {
        assert!(CLOSES.iter().all(|c| c.len() >= 2), "a close's last two bytes are looked at first");
        assert!(CLOSES.len() <= 64, "a bit of a u64 each");
        let cases = ["Yours truly, A. B.", "I remain your obedient SERVANT, X", "no close here", "", "friendly yours"];
        for t in cases.into_iter().chain(["y", "Yours", "affectionate,"]) {
            let lower = t.to_ascii_lowercase();
            let slow = CLOSES.iter().filter_map(|c| lower.rfind(c).map(|at| at + c.len())).max();
            assert_eq!(close_end(t), slow, "{t:?}");
        }
        // A word of a close, in any case, is one; a word that only ends as one does (`yours` in `Ours`, no) is not.
        for (w, close) in [("SERVANT", true), ("Años", true), ("yrs", true), ("Ours", false), ("s", false), ("", false)]
        {
            assert_eq!(is_close_word(w), close, "{w:?}");
        }
    }

    #[test]
    fn a_rank_or_post_under_the_signature_is_no_name() {
        let body = "Your despatch of this morning is received and the wagons will move at dawn.";
        assert_eq!(writer(&[body, "R. K. DUNMORE Maj. Gen."]).as_deref(), Some("Dunmore"));
        assert_eq!(writer(&[body, "R. K. DUNMORE.", "Brig. Gen."]).as_deref(), Some("Dunmore"));
        assert_eq!(writer(&[body, "Yours very truly, Edith Marsh Private Secretary"]).as_deref(), Some("Marsh"));
        let firm = "Yours faithfully, for NORTHCOTE & LYLE LTD. P. J. Quarrie Director.";
        let signed = signature(&Paragraphs::from(vec![body, firm])).expect("the director signs");
        assert_eq!((&*signed.name, &*signed.printed), ("Quarrie", "for NORTHCOTE & LYLE LTD. P. J. Quarrie Director"));
        assert_eq!(
            writer(&[body, "Yours faithfully,", "for NORTHCOTE & LYLE LTD."]).as_deref(),
            Some("NORTHCOTE & LYLE LTD")
        );
        assert_eq!(writer(&[body, "(Signed) W. H. Tolley"]).as_deref(), Some("Tolley"));
        assert_eq!(writer(&[body, "I have, &c.", "(Signed) W. H. Tolley,", "Resident."]).as_deref(), Some("Tolley"));
        assert_eq!(writer(&[body, "Yours, &c.", "Maj. Gen."]), None, "a rank alone names no one");
        assert_eq!(writer(&[body, "Yours truly,", "Walter Bishop"]).as_deref(), Some("Bishop"), "a surname");
    }

    #[test]
    fn signatures_in_the_forms_editions_print() {
        assert_eq!(writer(&["Text.", "Yours ever, | R. Browning"]).as_deref(), Some("Browning"));
        assert_eq!(writer(&["Text.", "Ever yours C. Darwin"]).as_deref(), Some("Darwin"));
        assert_eq!(writer(&["Text.", "(Signed) U. S. GRANT, Lieutenant-General."]).as_deref(), Some("Grant"));
        let founders = ["Text.", "I am, my dear Sir, Your most obedient & affectionate servant", "Go: Washington"];
        assert_eq!(writer(&founders).as_deref(), Some("Washington"));
        assert_eq!(writer(&["Text.", "Your obedient servant,", "(Signed) J. SMITH,"]).as_deref(), Some("Smith"));
        assert_eq!(writer(&["Text.", "Yours of the 5th came today and Hooker"]), None);
        assert_eq!(writer(&["Text.", "Your affectionate sister, ANNE MOORE."]).as_deref(), Some("Moore"));
        let rank = ["Text.", "Very respectfully, your obedient servant, A. PLEASONTON, Major-General, Commanding."];
        assert_eq!(writer(&rank).as_deref(), Some("Pleasonton"));
        let sentence = ["“My dear Sir: I send my friend Paul Revere, who will tell you the rest.", "More text."];
        assert_eq!(writer(&sentence), None, "a friend named in a sentence signs nothing");
    }
}
