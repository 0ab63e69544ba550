//! The parser's reading of the lines around a letter's text: date lines (whose letter they date), archive,
//! classification and metadata lines, letters that open with a date line and a salutation, and what ends a
//! body (sources, separators, footnote lists).

use super::letter::Draft;
use super::look::Look;
use super::words::QuickTrim;
use super::{
    Address, Last, Parser, PendingDate, Zone, collected_lines, heading, inline, lines, note_bullet, opening, parties,
};

/// The days after the letter before within which a dateline without its year is given that letter's year (see
/// `Parser::year_before`): about half a year, as an edition in the order written moves on.
const YEAR_BEFORE_REACH: i64 = 183;

impl<'a> Parser<'a> {
    /// Date lines: a dateline, a closing date, a date before the next heading, an ISO metadata line, a date split
    /// over two lines. `None` when the line is no date line. `look` is the line's [`Look`].
    pub(super) fn date(
        &mut self,
        no: usize,
        line: &'a str,
        next: &[&'a str],
        fresh: bool,
        look: &Look,
    ) -> Option<usize> {
        let lead = look.lead;
        // A year alone on its line (`1944` over a page of telegrams) gives the century of years in two figures.
        if lead.is_some_and(|b| b.is_ascii_digit())
            && let Some(y) = lines::year_line(line)
        {
            self.year_hint = Some(y);
        }
        // An ISO line opens with a digit or `Date:`, a closing formula with `Given`, `Dated`, `Done` or `Written`.
        if lead.is_some_and(|b| b.is_ascii_digit() || b == b'd')
            && let Some(found) = lines::iso_line(line)
        {
            let source = format!("ISO metadata line \"{}\"", line.quick_trim());
            self.place_date(no, line, PendingDate { found, place: None, source }, next);
            return Some(0);
        }
        if !fresh {
            return None;
        }
        // A station line ends in a comma.
        if line.quick_trim_end().ends_with(',')
            && let Some(station) = lines::station_line(line)
            && let Some(d) = next.first().and_then(|n| lines::date_line(n))
        {
            let source = format!("date line \"{}\" under \"{}\"", next[0].quick_trim(), line.quick_trim());
            let place = d.place.or_else(|| Some(station.to_string()));
            // `(Received 11.40 p.m.)` under the dateline: when the despatch arrived, its routing.
            let received = next.get(1).copied().filter(|n| lines::received_line(n));
            let after = 1 + usize::from(received.is_some());
            self.place_date(no, line, PendingDate { found: d.found, place, source }, &next[after..]);
            if let Some(r) = received {
                self.received(r.quick_trim());
            }
            return Some(after);
        }
        // Whether the line is right under a heading: reading the place lines above a date changes nothing.
        let under_heading = self.under_heading();
        if (under_heading || self.pending.number.is_some() && self.pending.date.is_none())
            && let Some((found, place, used, printed)) = lines::place_then_date(line, next)
            // `DI PIETRO GIORDANI.` over `Firenze, 24 giugno [1826].`, under the edition's number: the heading, not
            // the dateline's place.
            && (under_heading || heading::weak(line, false).is_none())
        {
            let source = format!("date line \"{printed}\"");
            self.place_date(no, line, PendingDate { found, place: Some(place), source }, &next[used..]);
            return Some(used + self.dateline_rest(&next[used..]));
        }
        // `Cablegram 145 WELLINGTON, 11 May 1941` under a heading: the cablegram's number, its place and date.
        if under_heading
            && look.digit
            && lead.is_some_and(|b| b.is_ascii_lowercase())
            && let Some((designation, d)) = super::telegrams::cable_dateline(line)
        {
            if let Some(draft) = self.cur.as_mut()
                && designation.bytes().any(|b| b.is_ascii_digit())
            {
                draft.set_telegram(designation);
            }
            let source = format!("date line \"{}\"", line.quick_trim());
            self.place_date(no, line, PendingDate { found: d.found, place: d.place, source }, next);
            return Some(0);
        }
        // `Cambridge, Saturday.` under a heading, over a salutation: the place of an undated letter, no paragraph of
        // its text.
        if under_heading
            && lead.is_some_and(|b| b.is_ascii_alphabetic())
            && let Some(place) = lines::place_and_day(line)
            && next.iter().find(|n| !lines::is_blank(n)).is_some_and(|n| lines::salutation(n).is_some())
        {
            if let Some(d) = self.cur.as_mut() {
                d.set_place(Some(place.to_string()));
            }
            self.last = Last::Other;
            return Some(0);
        }
        // A date line, with its year or without, holds a digit (its day or year in figures), and so does one whose
        // year is in two figures: a line without one is read by neither.
        let (mut with_year, mut without_year) = if look.digit { lines::date_lines(line) } else { (None, None) };

        // `Camden | Tuesday afternoon | Oct. 7, '73`: the dateline's lines joined by the edition's bars.
        let piped = if with_year.is_none() && without_year.is_none() && look.digit {
            lines::piped_dateline(line)
        } else {
            None
        };
        if let Some(p) = &piped {
            (with_year, without_year) = lines::date_lines(p);
        }
        if with_year.is_none()
            && look.digit
            && let Some(widened) = lines::with_century(piped.as_deref().unwrap_or(line), self.year_hint)
        {
            (with_year, without_year) = lines::date_lines(&widened);
        }
        if let Some(y) = with_year.as_ref().and_then(|d| d.found.year) {
            self.year_hint = Some(y);
            // The page's own date above its first letter (a newspaper's issue).
            if self.cur.is_none() && self.out.letters.is_empty() && self.page_date.is_none() {
                self.page_date = with_year.as_ref().and_then(|d| d.found.date(y));
            }
        }
        // `[Madrid, marzo de 1787]` under a collection's number alone, over the greeting: the letter's month.
        if with_year.is_none()
            && without_year.is_none()
            && look.digit
            && self.number_alone()
            && let Some(span) = lines::month_line(line)
            && next.iter().take(3).find(|l| !lines::is_blank(l)).is_some_and(|l| lines::salutation(l).is_some())
        {
            self.pre(no, line);
            self.pending.month = Some((span, format!("month line \"{}\"", look.text)));
            return Some(0);
        }
        // `early April 1862` under the heading or the signature: only the days the month spans are known.
        if with_year.is_none()
            && without_year.is_none()
            && look.digit
            && (under_heading || self.text_read())
            && let Some(used) = self.approximate_or_month(no, line, next, look, under_heading)
        {
            return Some(used);
        }
        let formula = || matches!(lead, Some(b'g' | b'd' | b'w')).then(|| lines::formula_date(line)).flatten();
        let (dl, used, printed) = match with_year.or_else(formula) {
            Some(d) => (d, 0, line.quick_trim().to_string()),
            None => {
                let mut d = without_year?;
                match next.first().and_then(|y| lines::year_line(y).map(|year| (y, year))) {
                    Some((year_line, year)) => {
                        d.found.year = Some(year);
                        (d, 1, format!("{} {}", line.quick_trim(), year_line.quick_trim()))
                    }
                    None => {
                        let (year, from) = match self.closing_year(&d) {
                            Some((year, page)) => (year, format!("the page's date \"{page}")),
                            None => {
                                let (year, before) = self.year_before(&d, under_heading)?;
                                (year, format!("the letter before, \"{before}"))
                            }
                        };
                        d.found.year = Some(year);
                        (d, 0, format!("{}\", its year from {from}", line.quick_trim()))
                    }
                }
            }
        };
        // `Leipzig, den 6ten Februar 1838.` / `Dienstag.`: the day of the week under the date is the dateline's.
        let (used, printed) = match next.get(used) {
            Some(day) if super::pair_headings::day_alone(day.quick_trim()) => {
                (used + 1, format!("{printed} {}", day.quick_trim()))
            }
            _ => (used, printed),
        };
        let source = format!("date line \"{printed}\"");
        self.place_date(no, line, PendingDate { found: dl.found, place: dl.place, source }, &next[used..]);
        let rest = if under_heading { self.dateline_rest(&next[used..]) } else { 0 };
        Some(used + rest)
    }

    /// The current letter's text is read, undated so far, and nothing waits for a heading: a place and month under
    /// it may close it.
    fn text_read(&self) -> bool {
        self.block.is_empty()
            && self.pending.raw.is_empty()
            && self.zone == Zone::Body
            && self.cur.as_ref().is_some_and(|d| d.paragraph_count() > 0 && !d.has_written() && d.month_span.is_none())
    }

    /// A line with a digit that is no date line, under a heading or a letter's text: a dateline with the editor's
    /// approximation in brackets (`BASEL, (about April 2,) 1540.`, [`collected_lines::approximated_dateline`]) under the
    /// heading, or a month line (`early April 1862`; under the text with its place, `Cambridge. Nov: 1671.`), which
    /// gives the letter the days it may be of. Returns the lines of `next` taken, `None` when it is neither.
    fn approximate_or_month(
        &mut self,
        no: usize,
        line: &'a str,
        next: &[&'a str],
        look: &Look,
        under_heading: bool,
    ) -> Option<usize> {
        let plain = under_heading.then(|| collected_lines::approximated_dateline(look.text)).flatten();
        if let Some(dl) = plain.as_deref().and_then(lines::date_line) {
            let source = format!("date line \"{}\"", look.text);
            self.place_date(no, line, PendingDate { found: dl.found, place: dl.place, source }, next);
            return Some(self.dateline_rest(next));
        }
        let span = lines::month_line_placed(plain.as_deref().unwrap_or(line), !under_heading)?;
        let d = self.cur.as_mut()?;
        d.month_span = Some((span, format!("month line \"{}\"", look.text)));
        if !under_heading {
            // Under the text: the letter's close.
            self.zone = Zone::After;
            self.dated_close = true;
        }
        self.last = Last::Other;
        Some(0)
    }

    /// An archive portal's labelled blocks under the editor's title (`Citation:` / its text, `Original Language:
    /// Russian`): the document's source, not its text, so that the message's own caption under them is still the
    /// same letter's. Returns the lines of `next` taken (the label's value, up to a blank line).
    pub(super) fn portal_block(&mut self, no: usize, line: &str, next: &[&str]) -> Option<usize> {
        if self.cur.is_none() && self.block.is_empty() {
            // `Citation:` over the page's first letter: the site's reference to the page, no letter's.
            let (_, value) = lines::portal_label(line)?;
            let used = if value.is_empty() { next.iter().take_while(|n| !lines::is_blank(n)).count() } else { 0 };
            self.orphan(no);
            self.last = Last::Orphan;
            return Some(used);
        }
        if !self.under_heading() {
            return self.note_block(line).then_some(0);
        }
        let (label, value) = lines::portal_label(line)?;
        let used = if value.is_empty() { next.iter().take_while(|n| !lines::is_blank(n)).count() } else { 0 };
        let value = if value.is_empty() {
            next[..used].iter().map(|n| n.quick_trim()).collect::<Vec<_>>().join(" ")
        } else {
            value.to_string()
        };
        if let Some(d) = self.cur.as_mut() {
            d.add_source(&format!("{label}: {value}"));
        }
        self.last = Last::Other;
        Some(used)
    }

    /// An editor's labelled note under a letter's text (`Manuscript: ...`, `Publication: ...`, `Dated: ...`): it
    /// ends the body and is the letter's source (a line wrapped under it too); footnotes numbered `1 ...` may
    /// follow. True when the line was one.
    fn note_block(&mut self, line: &str) -> bool {
        let has_text = self.cur.as_ref().is_some_and(|d| d.paragraph_count() > 0) || !self.block.is_empty();
        if !has_text || self.in_notes && self.last == Last::Footnote {
            return false;
        }
        let Some((label, value)) = lines::note_label(line) else { return false };
        self.flush_block();
        if let Some(d) = self.cur.as_mut() {
            d.add_source(&format!("{label}: {value}"));
        }
        self.zone = Zone::After;
        self.last = Last::Source;
        self.note_block = true;
        true
    }

    /// An official letter's address block: `From` alone, the writer's lines, `To` alone, the addressee's lines,
    /// then the dateline or salutation, before which the letter opens (`From` / `THE SECRETARY TO THE GOVERNMENT
    /// OF BENGAL,` / `To` / `THE SECRETARY TO THE GOVERNMENT OF INDIA,` / `HOME DEPARTMENT.`). Returns the lines
    /// taken, `None` when the line is not the block's.
    pub(super) fn address_block(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        let word = line.quick_trim().trim_end_matches([':', '.', ',']);
        let Some(block) = self.address.as_mut() else {
            let opens = word.eq_ignore_ascii_case("from")
                && self.block.is_empty()
                && next
                    .iter()
                    .find(|n| !lines::is_blank(n))
                    .is_some_and(|n| n.quick_trim_start().starts_with(char::is_uppercase));
            if opens {
                self.address = Some(Address { line: no, ..Address::default() });
                return Some(0);
            }
            return None;
        };
        if word.eq_ignore_ascii_case("to") && !block.in_to && !block.from.is_empty() {
            block.in_to = true;
            return Some(0);
        }
        let ends = block.in_to
            && !block.to.is_empty()
            && (lines::date_line(line).is_some() || lines::salutation(line).is_some());
        let side = if block.in_to { &mut block.to } else { &mut block.from };
        if !ends && side.len() < 4 && line.quick_trim().len() <= 120 {
            side.push((no, line));
            return Some(0);
        }
        let block = self.address.take().unwrap_or_default();
        let sender = block.from.first().and_then(|(_, l)| parties::addressed(l));
        let recipient = block.to.first().and_then(|(_, l)| parties::addressed(l));
        match (sender, recipient) {
            (Some(s), Some(r)) if ends => {
                let joined = |side: &[(usize, &str)]| {
                    side.iter().map(|(_, l)| l.quick_trim().trim_end_matches([',', '.'])).collect::<Vec<_>>().join(", ")
                };
                let text = format!("From {} to {}", joined(&block.from), joined(&block.to));
                self.open(
                    block.line,
                    heading::Heading { senders: vec![s], recipients: vec![r], ..heading::Heading::bare(text) },
                );
            }
            // Not an address block after all: its lines are read as any others.
            _ => {
                for (n, l) in block.from.into_iter().chain(block.to) {
                    self.line(n, l, &[]);
                }
            }
        }
        None
    }

    /// Where the addressee is, on a line of its own under the heading (`ENGELS TO MARX` / `IN LONDON`): part of
    /// the heading, not the text. True when the line was one.
    pub(super) fn whereabouts(&mut self, line: &str) -> bool {
        let t = line.quick_trim();
        let place = lines::strip_prefix_ci(t, "in ").or_else(|| lines::strip_prefix_ci(t, "at "));
        let Some(place) = place.filter(|p| p.len() <= 40) else { return false };
        let place_like = place.starts_with(char::is_uppercase)
            && place.split_whitespace().count() <= 4
            && !place.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?'));
        if !place_like || !self.under_heading() {
            return false;
        }
        if let Some(d) = self.cur.as_mut() {
            d.extend_heading(t);
        }
        self.last = Last::Heading;
        true
    }

    /// A memorandum's subject under its heading: `SUBJECT` alone with the subject on the next line, or
    /// `Subject: ...` on one line. It is the letter's caption, never a heading or body text. Returns the lines
    /// of `next` taken.
    pub(super) fn subject(&mut self, line: &str, next: &[&str]) -> Option<usize> {
        let t = line.quick_trim();
        if t.len() < 7 || !t.as_bytes()[..7].eq_ignore_ascii_case(b"subject") || !self.under_heading() {
            return None;
        }
        let rest = t[7..].quick_trim_start();
        let (text, used) = match rest.strip_prefix(':') {
            Some(text) => (text.quick_trim(), 0),
            None if rest.is_empty() => (next.first()?.quick_trim(), 1),
            None => return None,
        };
        if text.is_empty() || lines::date_line(text).is_some() {
            return None;
        }
        let caption = format!("{}: {text}", &t[..7]);
        if let Some(d) = self.cur.as_mut() {
            d.set_caption(&caption, heading::Heading::bare(String::new()));
        }
        self.last = Last::Heading;
        Some(used)
    }

    /// The lines of a dateline block under a heading after its date line: a place (`13 Queen Square, Bath`) and
    /// an inside address (`Lieutenant General Grant.`), each followed by a blank line, a salutation or another
    /// such line. Returns how many were taken.
    fn dateline_rest(&mut self, next: &[&str]) -> usize {
        let mut taken = 0;
        while let Some(l) = next.get(taken) {
            let after = next.get(taken + 1).copied();
            let ends_block = after.is_none_or(|a| lines::is_blank(a) || lines::salutation(a).is_some());
            let place = lines::place_line(l);
            let address = !place && lines::inside_address(l);
            if !(place || address) || !(ends_block || after.is_some_and(lines::place_line)) {
                break;
            }
            if let Some(d) = self.cur.as_mut() {
                if place {
                    d.add_place(l.quick_trim().trim_end_matches(','));
                } else {
                    d.inside_address(l.quick_trim().trim_end_matches(['.', ',']));
                }
            }
            taken += 1;
        }
        taken
    }

    /// A received line under a dateline: the routing of the letter the dateline dates, or of the one it waits for.
    fn received(&mut self, text: &str) {
        if self.pending.date.is_some() {
            self.pending.classification.get_or_insert_with(|| text.to_string());
        } else if let Some(d) = self.cur.as_mut() {
            d.add_classification(text);
        }
    }

    /// `Wien, Freitag d. 16. Febr.` under a heading, the letter before dated `11 February 1838`: a dateline without
    /// its year in an edition printed in the order written takes the year of the letter before, when the day falls
    /// on or after that letter's and within [`YEAR_BEFORE_REACH`] days of it (a day earlier in the year would be
    /// the next year's, or a letter out of order: no year is guessed).
    fn year_before(&self, d: &lines::DateLine, under_heading: bool) -> Option<(i32, crate::model::Date)> {
        // Only the dateline of a letter not dated yet (`R. March 11.` under a dated despatch is its receipt).
        if !under_heading || self.cur.as_ref().is_none_or(Draft::has_written) {
            return None;
        }
        let before = self.out.letters.last()?.date?;
        let same = d.found.date(before.year)?;
        let gap = same.day_number() - before.day_number();
        (0..=YEAR_BEFORE_REACH).contains(&gap).then_some((before.year, before))
    }

    /// The year of a closing date line without one (`Denmark Hill, Jan. 2.` under a signature) on a page dated at
    /// its head, as a newspaper's issue is: the page's year, or the year before when the day would come after the
    /// page's date (`Dec. 30.` in an issue of 4 January). Only for a signed letter not dated yet.
    fn closing_year(&self, d: &lines::DateLine) -> Option<(i32, crate::model::Date)> {
        let page = self.page_date?;
        let draft = self.cur.as_ref()?;
        if !draft.signed_off() || draft.has_written() {
            return None;
        }
        let same = d.found.date(page.year)?;
        Some((if same > page { page.year - 1 } else { page.year }, page))
    }

    /// Whose date a date line is: the current letter's (a dateline under its heading, a closing date), or the
    /// next letter's (after a number, a repeated closing date, before a salutation that opens a letter).
    pub(super) fn place_date(&mut self, no: usize, line: &'a str, mut date: PendingDate, next: &[&str]) {
        self.flush_block();
        // `[Briefkopf: ...]`: the editor's note on the paper between the date and the salutation is passed over.
        let mut bracket = false;
        let mut editorial = |l: &str| {
            let t = l.quick_trim();
            let inside = bracket || t.starts_with('[');
            bracket = inside && !t.ends_with(']');
            inside
        };
        let opens_next = next
            .iter()
            .position(|l| !lines::is_blank(l) && !lines::received_line(l) && !editorial(l))
            .is_some_and(|k| {
                lines::salutation(next[k]).is_some()
                    || lines::addressee_with_office(next[k], &next[k + 1..]).is_some()
                    || lines::inside_address_above(next[k], &next[k + 1..]).is_some()
            });
        let written = date.found.year.and_then(|y| date.found.date(y));
        let cur = self.cur.as_mut().filter(|_| self.pending.raw.is_empty());
        match cur {
            Some(d) if d.paragraph_count() == 0 && self.zone == Zone::Body => {
                date.source = format!("dateline after the heading: {}", date.source);
                d.set_written(date.found, date.source);
                d.set_place(date.place);
                self.last = Last::Other;
            }
            Some(d) if !opens_next && !d.has_written() => {
                date.source = format!("closing {}", date.source);
                d.set_written(date.found, date.source);
                d.set_place(date.place);
                self.zone = Zone::After;
                self.last = Last::Other;
                self.dated_close = true;
            }
            Some(d) if !opens_next && (d.written_date() == written || self.superscribed && d.signed_off()) => {
                // The letter's place, when its heading dated it and named none (`Uyt Leyden, den 6 Maert 1642.`).
                d.set_place(date.place);
                self.zone = Zone::After;
                self.last = Last::Other;
                self.dated_close = true;
            }
            _ => {
                date.source = format!("{} before the heading", date.source);
                self.pre(no, line);
                self.pending.date = Some(date);
            }
        }
    }

    /// `[Briefkopf: Arbeiter-Unfall-Versicherungs-Anstalt ...]` (perhaps wrapped over a second line or a third)
    /// under a date line that waits for its letter: the editor's note on the paper, the letter's source. Returns
    /// the lines of `next` taken.
    pub(super) fn note_under_date(&mut self, no: usize, line: &'a str, next: &[&'a str]) -> Option<usize> {
        if self.pending.date.is_none() || self.pending.stamp.is_some() {
            return None;
        }
        let first = line.quick_trim();
        let more = if first.ends_with(']') {
            0
        } else {
            next.iter().take(2).position(|n| n.quick_trim_end().ends_with(']')).map(|k| k + 1)?
        };
        let joined = std::iter::once(first).chain(next[..more].iter().map(|n| n.quick_trim())).collect::<Vec<_>>();
        let note = opening::bracketed_note(&joined.join(" "))?.to_string();
        self.pre(no, line);
        for (k, n) in next[..more].iter().enumerate() {
            self.pre(no + 1 + k, n);
        }
        self.pending.archive.push(note);
        Some(more)
    }

    /// Archive and file lines, classification lines: before a heading they wait for it; right under a heading
    /// they are the letter's.
    pub(super) fn before_heading(&mut self, no: usize, line: &'a str, next: &[&str], fresh: bool) -> bool {
        let under_heading = self.under_heading();
        // An archive line right above a heading starts the next document, even where the last one's signature
        // was not recognised as ending its body.
        // (A blank line may stand between them: `No. 184` / `2369/495063-64` / the heading, each set apart.)
        let heading_next = || {
            let k = usize::from(next.first().is_some_and(|n| lines::is_blank(n)));
            next.get(k).is_some_and(|n| {
                heading::weak(n, false).is_some_and(|weak| !weak || opening::letter_follows(&next[k + 1..]))
            })
        };
        // So does one above a date line or salutation (perhaps under more of them): a business letter's `Our ref.`
        // and `Your ref.` over its date.
        let opening_next = || {
            let more = next.iter().take(3).take_while(|n| lines::archive_line(n)).count();
            opening::letter_follows(&next[more..])
        };
        if lines::archive_line(line)
            && (self.cur.is_none() || self.zone == Zone::After || under_heading || heading_next() || opening_next())
        {
            let text = line.quick_trim().to_string();
            if under_heading {
                if let Some(d) = self.cur.as_mut() {
                    d.add_source(&text);
                }
                self.last = Last::Other;
            } else {
                self.pre(no, line);
                if let Some(date) = lines::file_number_date(&text) {
                    self.pending.archive.push(format!("\u{1}{date}"));
                }
                self.pending.archive.push(text);
            }
            return true;
        }
        if under_heading
            && opening::editorial_bracket(line).is_none()
            && let Some(note) = opening::bracketed_note(line)
        {
            if let Some(d) = self.cur.as_mut() {
                d.add_source(note);
            }
            self.last = Last::Other;
            return true;
        }
        // `(Received 10 a.m.)` under a dateline: when the despatch arrived, as a routing line says it.
        if (under_heading || self.pending.date.is_some())
            && line.quick_trim_start().starts_with('(')
            && let Some(receipt) = lines::receipt_line(line)
        {
            if under_heading {
                if let Some(d) = self.cur.as_mut() {
                    d.add_classification(receipt);
                }
                self.last = Last::Other;
            } else {
                self.pre(no, line);
                let c = self.pending.classification.take();
                self.pending.classification =
                    Some(c.map_or_else(|| receipt.to_string(), |c| format!("{c}; {receipt}")));
            }
            return true;
        }
        if under_heading && let Some(routing) = lines::routing_line(line) {
            if let Some(d) = self.cur.as_mut() {
                d.add_classification(routing.trim_end_matches('.'));
            }
            self.last = Last::Other;
            return true;
        }
        if under_heading && self.source_under_heading(line, next) {
            return true;
        }
        if line.quick_trim().len() > 80 {
            return false;
        }
        let trimmed = line.quick_trim();
        // A first word of letters followed by a space and a letter (or alone) is the first word of the text once
        // markers are out (they start at digits, stars, brackets and the like, and take no letter or space before
        // them): when no classification holds it, the line is none, nor an editor's bracket.
        let b = trimmed.as_bytes();
        let word = b.iter().position(|c| !c.is_ascii_alphabetic()).unwrap_or(b.len());
        let alone = word == b.len() || b[word] == b' ' && b.get(word + 1).is_some_and(u8::is_ascii_alphabetic);
        if word > 0 && alone && !lines::classification_word(&trimmed[..word]) {
            return false;
        }
        // The text without markers: the line itself when it holds none (most lines), without a copy.
        let (text, markers) = if inline::plain(trimmed) {
            (std::borrow::Cow::Borrowed(trimmed), Vec::new())
        } else if !lines::may_be_classification(trimmed) && memchr::memchr(b'[', trimmed.as_bytes()).is_none() {
            // Neither a classification nor an editor's bracket (which opens with `[`) once its markers are out.
            return false;
        } else {
            let inline = inline::extract(trimmed);
            (std::borrow::Cow::Owned(inline.text), inline.markers)
        };
        let editorial = opening::editorial_bracket(&text);
        if let Some(c) = lines::classification_line(&text).or(editorial) {
            if under_heading {
                if let Some(d) = self.cur.as_mut() {
                    d.add_classification(c);
                    d.heading_markers(markers);
                }
                self.last = Last::Other;
                return true;
            }
            if fresh && editorial.is_none() {
                self.pre(no, line);
                self.pending.classification = Some(c.to_string());
                return true;
            }
        }
        false
    }

    /// `JOHN ARBUTHNOT TO SWIFT` / `Longleat xiii (Harleian transcripts)` / the dateline: a collected edition's
    /// short line on the copy printed, alone right under the heading (a blank line after it), without a sentence's
    /// stop, before the dateline or the text set in. Neither a date, a greeting, nor a classification. True when
    /// the line was one, and made the letter's source.
    fn source_under_heading(&mut self, line: &str, next: &[&str]) -> bool {
        let t = line.quick_trim();
        if t.len() > 50
            || t.ends_with(['.', ',', ':', ';', '!', '?'])
            || !next.first().is_some_and(|n| lines::is_blank(n))
            || !t.starts_with(|c: char| c.is_uppercase())
        {
            return false;
        }
        // A reference, not a place (a place line stands there too: `Down Bromley Kent`): in brackets, with a word
        // in small letters other than a place's link (`Longleat xiii`), or ending in the year of a printing
        // (`Deane Swift 1768`).
        const LINKS: [&str; 12] = ["of", "the", "de", "du", "la", "upon", "on", "near", "in", "by", "am", "bei"];
        let small =
            t.split(' ').any(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_lowercase()) && !LINKS.contains(&w));
        let printing = t.rsplit(' ').next().is_some_and(|w| lines::year_line(w).is_some()) && t.contains(' ');
        // Or any line over a dateline that names its own place (`Rothschild` over `Letcomb. July 1st 1714.`).
        let Some(below) = next.iter().find(|n| !lines::is_blank(n)) else { return false };
        let (with_year, without) = lines::date_lines(below);
        let placed = with_year.as_ref().or(without.as_ref()).is_some_and(|d| d.place.is_some());
        if !(t.contains('(') || small || printing || placed) {
            return false;
        }
        let set_in_text = below.starts_with("   ") && below.quick_trim().len() > 60;
        if !(set_in_text || with_year.is_some() || without.is_some()) {
            return false;
        }
        let itself = lines::salutation(t).is_some()
            || lines::date_line(t).is_some()
            || lines::month_line(t).is_some()
            || lines::classification_line(t).is_some()
            || lines::place_and_day(t).is_some()
            || heading::weak(t, false).is_some();
        if itself {
            return false;
        }
        if let Some(d) = self.cur.as_mut() {
            d.add_source(t);
        }
        self.last = Last::Source;
        true
    }

    /// Metadata lines of an archive portal: `Title:` opens a letter, `From:`/`To:` name its people (opening it
    /// when no title did), `Date:` (or `Sent:`) dates it, its source the line as `printed`. True when the line was
    /// taken.
    pub(super) fn metadata(&mut self, no: usize, key: lines::Meta, value: &str, printed: &str) -> bool {
        let fresh_letter = self.under_heading();
        match key {
            lines::Meta::Title => {
                // An e-book's title page (`Title: The Letters of Gertrude Bell, Volume 2`) names a book, no letter.
                if heading::book_title(value) {
                    self.book = true;
                    return false;
                }
                let parsed = heading::parse(value, false);
                // `Title: The Life and Letters of Sir Hugh Vane`: a book's title page, naming its writer, no letter.
                if parsed.is_none()
                    && self.cur.is_none()
                    && let Some(w) = opening::collection_writer(value)
                {
                    self.writer.get_or_insert(w);
                    self.last = Last::Other;
                    return true;
                }
                let h = parsed.unwrap_or_else(|| heading::Heading::bare(value.to_string()));
                let h = heading::Heading { text: value.to_string(), ..h };
                // `Author: Kerr, John` before the title opened the letter: the title is its heading.
                match self.cur.as_mut() {
                    Some(d) if fresh_letter && self.meta_opened => {
                        d.retitle(h);
                        self.meta_opened = false;
                    }
                    _ => self.open(no, h),
                }
            }
            lines::Meta::From | lines::Meta::To => {
                if !fresh_letter && self.book {
                    return false;
                }
                if !fresh_letter {
                    // `Recipient:` opens a letter only in an archive's item begun by its ID.
                    if key == lines::Meta::To && !self.item_begun {
                        return false;
                    }
                    let word = if key == lines::Meta::To { "To" } else { "From" };
                    self.open(no, heading::Heading::bare(format!("{word}: {value}")));
                    self.meta_opened = true;
                }
                if let Some(d) = self.cur.as_mut() {
                    d.metadata_party(key == lines::Meta::From, value);
                }
            }
            lines::Meta::Date => {
                // In an archive's item begun by its ID, the date before the title opens the letter.
                if !fresh_letter && self.item_begun {
                    self.open(no, heading::Heading::bare(format!("Date: {value}")));
                    self.meta_opened = true;
                }
                let fresh_letter = fresh_letter || self.meta_opened && self.under_heading();
                if fresh_letter && self.item_date(value, printed) {
                    self.last = Last::Heading;
                    return true;
                }
                let found = lines::iso_line(value).or_else(|| lines::date_line(value).map(|d| d.found));
                let (Some(found), true) = (found, fresh_letter) else { return false };
                if let Some(d) = self.cur.as_mut() {
                    // The line as printed: `Date: 1787-03-05`, or a mail program's `Sent: ...`.
                    d.set_written(found, format!("metadata line \"{printed}\""));
                }
            }
        }
        self.last = Last::Heading;
        true
    }

    /// A letter that opens without a heading: a date line, then a salutation or an addressee line ending in a
    /// colon (`Major-General HALLECK:`). A salutation right under a heading names the addressee.
    /// `lead` is the line's first letter ([`lines::first_lower`]).
    pub(super) fn opening(&mut self, no: usize, line: &'a str, next: &[&'a str], lead: Option<u8>) -> Option<usize> {
        let waiting = self.pending.date.is_some() && self.pending.stamp.is_none();
        if waiting && let Some(head) = lines::addressee_with_office(line, next) {
            self.open_by_date(no, head);
            self.last = Last::Other;
            return Some(1);
        }
        if waiting && let Some(head) = lines::inside_address_above(line, next) {
            // The addressee above the salutation: no paragraph of the text.
            self.open_by_date(no, head);
            self.last = Last::Other;
            return Some(0);
        }
        if waiting && let Some((head, more)) = lines::address_lines_above(line, next) {
            // `Messrs. Blake & Co.,` / `Liverpool.` above `Dear Sirs,`: the addressee, then the address; the
            // block stays the letter's first paragraph.
            self.open_by_date(no, head);
            self.body(no, line);
            for (k, l) in next[..more].iter().enumerate() {
                self.body(no + k + 1, l);
            }
            self.flush_block();
            self.last = Last::Other;
            return Some(more);
        }
        // After a signed letter (or before any), an addressee block opens the next letter even without a date
        // line: official records print some reports addressee first and dated at the foot.
        let free = self.pending.raw.is_empty() && self.block.is_empty();
        // Only a line ending in `,` or `:` can be an addressee: the look at the last letter's close comes after.
        let addressee = || {
            let t = line.quick_trim_end();
            if !t.ends_with([',', ':']) {
                return None;
            }
            let alone = || {
                lines::salutation(line)
                    .filter(|(h, rest)| rest.is_empty() && t.ends_with(':') && !h.to_lowercase().contains("dear"))
                    .map(|(h, _)| (h, 0))
            };
            lines::addressee_with_office(line, next).map(|h| (h, 1)).or_else(alone)
        };
        let ended =
            || self.cur.is_none() || self.zone == Zone::After || self.cur.as_ref().is_some_and(Draft::signed_off);
        if free
            && let Some((head, used)) = addressee()
            && ended()
        {
            self.open(no, heading::Heading::bare(line.quick_trim().to_string()));
            if let Some(d) = self.cur.as_mut() {
                d.salutation(head);
            }
            self.last = Last::Other;
            return Some(used);
        }
        // `Mr. SECRETARY: I have the honor ...` as the first line of the text: the salutation is a paragraph of its
        // own, the text begins after its colon.
        if (waiting || self.under_heading())
            && let Some((head, rest)) = lines::run_in_salutation(line)
        {
            let name = head.trim_end_matches(':');
            if waiting {
                self.open_by_date(no, name);
            } else if let Some(d) = self.cur.as_mut() {
                d.salutation(name);
            }
            self.block.push((no, head));
            self.flush_block();
            self.body(no, rest);
            self.last = Last::Body;
            return Some(0);
        }
        // A salutation opens with one of these letters (perhaps after a quotation mark; `Chère amie,`, `Caro
        // amico,`, `Querido amigo:`, `Amigo:`, `Illustrissimo Signore,` with theirs), or one of a German
        // greeting's (`Liebe Lou,`), or ends in a colon.
        let may_salute = matches!(
            lead,
            Some(b'd' | b'm' | b'e' | b'h' | b's' | b'g' | b'y' | b'c' | b'q' | b'a' | b'i' | b'"' | 0xe2)
        ) || lead.is_some_and(super::german_salutes::may_open) && super::german_salutes::opens(line)
            || line.quick_trim_end().ends_with(':');
        let saluted = if may_salute { lines::salutation(line) } else { None };
        // `44-6.` over `Passy, jeudi 1er février [1844].`: an edition's number alone on its line and a dateline
        // wait, and the text opens at once, with no greeting (a letter in a series to one person).
        if saluted.is_none()
            && waiting
            && self.pending.raw.len() >= 2
            && self.pending.raw.first().is_some_and(|(_, l)| lines::bare_number(l).is_some())
            && self.last == Last::Blank
            && line.quick_trim_start().starts_with(char::is_uppercase)
        {
            self.open_by_date(no, "");
            self.body(no, line);
            self.last = Last::Body;
            return Some(0);
        }
        let (head, rest) = saluted?;
        // `96` alone over `Martín mío: Te doy mil gracias ...`: a collection's number and the greeting open the
        // letter, dated at its foot.
        let numbered = self.number_alone() && self.last == Last::Blank
            || self.pending.month.is_some() && self.pending.raw.len() == 2;
        if waiting || numbered {
            self.open_by_date(no, head);
            if rest.is_empty() && line.quick_trim_end().ends_with(':') {
                // An addressee line alone is no paragraph of the text.
                if line.split_whitespace().count() <= 4 && !line.to_lowercase().contains("dear") {
                    self.last = Last::Other;
                    return Some(0);
                }
            }
            self.body(no, line);
            return Some(0);
        }
        if let Some(d) = self.cur.as_mut()
            && d.paragraph_count() == 0
            && self.pending.raw.is_empty()
        {
            d.salutation(head);
        }
        None
    }

    /// A collection's number read alone, waiting for its letter: no date line nor any other line with it.
    fn number_alone(&self) -> bool {
        self.pending.number.is_some() && self.pending.date.is_none() && self.pending.raw.len() == 1
    }

    /// Opens the letter a waiting date line and an addressee (`head`) begin.
    fn open_by_date(&mut self, no: usize, head: &str) {
        {
            let date = self.pending.date.clone();
            let text = date.as_ref().map(|d| d.source.clone()).unwrap_or_default();
            let heading_text = self.pending.raw.first().map(|(_, l)| l.quick_trim().to_string()).unwrap_or(text);
            let h = heading::Heading::bare(heading_text);
            let at = self.pending.raw.first().map_or(no, |(n, _)| *n);
            self.open(at, h);
            if let Some(d) = self.cur.as_mut() {
                d.salutation(head);
            }
        }
    }

    /// Lines after (or ending) the body: sources, separators, footnote items. True when the line was one.
    pub(super) fn after_body(&mut self, no: usize, line: &'a str, fresh: bool) -> bool {
        let _ = fresh;
        if let Some(src) = lines::source_line(line) {
            // Under a heading, before any text: the letter's metadata, which ends nothing.
            let under = self.under_heading();
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                d.add_source(src);
            }
            if under {
                self.last = Last::Source;
                return true;
            }
            self.zone = Zone::After;
            self.last = Last::Source;
            return true;
        }
        if lines::notes_head(line) {
            // `NOTES` alone under the text: the letter's notes follow, and the next heading ends them.
            self.flush_block();
            self.zone = Zone::After;
            self.last = Last::Other;
            self.note_block = true;
            return true;
        }
        if lines::separator_line(line) {
            // `Item 12: Letter, ...` between two rules: the rule under a heading closes no body.
            if self.under_heading() {
                return true;
            }
            self.flush_block();
            self.zone = Zone::After;
            self.last = Last::Other;
            return true;
        }
        let bullet = note_bullet(line);
        if let Some(text) = bullet
            && (self.zone == Zone::After || text.ends_with('↩'))
        {
            self.flush_block();
            if let Some(d) = self.cur.as_mut() {
                let label = (d.footnote_count() + 1).to_string();
                d.add_footnote(&label, text.trim_end_matches('↩').quick_trim_end(), no);
            }
            self.zone = Zone::After;
            self.last = Last::Footnote;
            self.in_notes = true;
            return true;
        }
        if let Some(item) = lines::item_line(line) {
            let is_note = self.cur.as_ref().is_some_and(|d| {
                self.zone == Zone::After
                    || (item.indented
                        || item.label.starts_with(['*', '†', '‡'])
                        || line.quick_trim_start().starts_with('['))
                        && d.has_marker_like(item.label)
                    || self.block.is_empty() && d.explains_marker(item.label)
                    // `(1) Not found.` under the signature: the letter's note, whose `(1)` stays in the text.
                    || self.block.is_empty() && line.quick_trim_start().starts_with('(') && d.signed_off()
            });
            if is_note {
                self.note(item.label, item.text, no);
                return true;
            }
        }
        // `1 Source: Department of State ...`: a printed volume's note, its number set apart by a space only, is
        // read as one only where the letter has that marker waiting for its text.
        if let Some((label, text)) = lines::bare_note(line)
            && self.block.is_empty()
            && (self.note_block && self.zone == Zone::After
                || self.cur.as_ref().is_some_and(|d| d.explains_marker(&label)))
        {
            self.note(&label, text, no);
            return true;
        }
        false
    }

    /// A footnote's first line: the notes zone begins.
    fn note(&mut self, label: &str, text: &str, no: usize) {
        self.flush_block();
        if let Some(d) = self.cur.as_mut() {
            d.add_footnote(label, text.trim_end_matches('↩').quick_trim_end(), no);
        }
        self.zone = Zone::After;
        self.last = Last::Footnote;
        self.in_notes = true;
    }
}
