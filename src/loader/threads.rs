//! Reply links and threads: the reading order, references resolved to letters, replies inferred only where the
//! page supports them, printings of one letter (editions) found, letters grouped into threads.
//!
//! An explicit reference (`your message of November 8th`) links to the letter from the addressee with that date
//! (a few days' slack for a letter printed on another page: on its own page a letter is cited by its date; the
//! slack runs back from the day cited for a letter dated when written, on from it for one dated when received), or to
//! nothing. Only when no dated letter matches may it link to an undated letter of the
//! same numbered series (FRUS documents, a volume's numbers) that comes just before. An undated
//! acknowledgement (`Thank you for your message`) links to the latest earlier letter from the addressee, at most
//! [`MAX_INFERRED_DAYS`] before, when the writer has not answered it already; thanks for greetings need the
//! support of consecutive numbers too. No link ever points at a later letter.

use super::edition::{self, Previous};
use super::seats::list_key;
use crate::formats::plain::parties;
use crate::model::{Corpus, Date, DateKind, Letter, LetterIx, People, RefTarget, ReplyBasis, Thread, same_name};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Days a referenced date may differ from the letter's (a message is dated sent by one side, received by the other).
const SLACK_DAYS: i64 = 3;
/// How far back an undated acknowledgement may reach: about two months.
pub const MAX_INFERRED_DAYS: i64 = 62;
/// How far back the letter just before in an edition may be answered by an undated acknowledgement: half a year
/// (editions print exchanges in order, but a year's gap is no exchange).
pub const MAX_ADJACENT_DAYS: i64 = 183;

/// Sets `reading_order`, editions, resolves references, sets `replies_to`, `reply_basis` and `reply_evidence`,
/// builds `replies` and `threads`.
pub fn link(corpus: &mut Corpus) {
    let read: &Corpus = corpus;
    // Printings of one letter are found while the other indexes are built: none of them needs another.
    let (editions, ((index, series), (order, (edition, refs)))) = rayon::join(
        || super::editions::find(&read.letters),
        || {
            rayon::join(
                || (PairIndex::build(read), Series::build(&read.letters)),
                || (reading_order(read), (edition::previous(&read.letters), edition::letter_refs(&read.letters))),
            )
        },
    );
    let n = corpus.letters.len();
    let group = groups(&editions);
    let mut links = explicit_links(corpus, &index, &series, &group);
    infer(corpus, (&index, &series), (&group, &editions), &mut links);
    // A link found in one printing holds for the others.
    for ix in 0..n {
        if links[ix].parent.is_none()
            && let Some(o) = editions[ix].iter().find(|&&o| links[o].parent.is_some())
        {
            links[ix].parent = links[*o].parent.clone();
        }
    }
    // Each letter's parent, in a list of its own: the threads' shape and the replies are made from it, not from the
    // letters.
    let parents = parents(&links, &edition);
    let shape = ThreadShape::of(&order, &parents, &edition);
    // The links are given away before the replies' lists are made, so that both are never held at once.
    set_links(&mut corpus.letters, (links, editions, &edition, refs), &shape.root_of);
    corpus.replies = replies(&order, &parents);
    drop(parents);
    corpus.threads = shape.threads(&corpus.letters, &order);
    corpus.reading_order = order;
}

/// What `letters check` reports of the links, and no more: each letter's other printings, and its references
/// resolved as [`link`] resolves them. No reply is inferred, no thread made, no reading order set (a check prints
/// none of them).
pub fn resolve_references(corpus: &mut Corpus) {
    let read: &Corpus = corpus;
    let (editions, (index, series)) =
        rayon::join(|| super::editions::find(&read.letters), || (PairIndex::build(read), Series::build(&read.letters)));
    let group = groups(&editions);
    let links = explicit_links(corpus, &index, &series, &group);
    drop((index, series, group));
    corpus.letters.par_iter_mut().zip(links).zip(editions).for_each(|((l, links), eds)| {
        for (r, f) in l.references.iter_mut().zip(links.references) {
            r.letter = f.or(r.letter);
        }
        l.editions = eds;
    });
}

/// Each letter's group of printings, named by its first letter (the letter itself when it has no other printing).
fn groups(editions: &[Vec<LetterIx>]) -> Vec<LetterIx> {
    editions.par_iter().enumerate().map(|(ix, eds)| eds.iter().copied().chain([ix]).min().unwrap_or(ix)).collect()
}

/// Each letter's references resolved and the letter they make it answer, two letters answering each other
/// broken apart.
fn explicit_links(corpus: &Corpus, index: &PairIndex<'_>, series: &Series, group: &[LetterIx]) -> Vec<Links> {
    let mut links: Vec<Links> =
        (0..corpus.letters.len()).into_par_iter().map(|ix| explicit(corpus, ix, index, series, group)).collect();
    break_cycles(&mut links);
    links
}

/// Each letter's parent (the letter it replies to), from the links found and the edition's own links (which win
/// over those read from the text).
fn parents(links: &[Links], edition: &[Option<Previous>]) -> Vec<Option<LetterIx>> {
    links
        .par_iter()
        .enumerate()
        .map(|(ix, links)| match previous(edition, ix) {
            Some(Previous::Answers(p)) => Some(p),
            _ => links.parent.as_ref().map(|(p, _, _)| *p),
        })
        .collect()
}

/// The letter `ix` follows by the edition's link (one it does not answer).
fn follows(edition: &[Option<Previous>], ix: LetterIx) -> Option<LetterIx> {
    match previous(edition, ix) {
        Some(Previous::Follows(p)) => Some(p),
        _ => None,
    }
}

/// What the edition says of the letter before letter `ix` (nothing when no letter names one).
fn previous(edition: &[Option<Previous>], ix: LetterIx) -> Option<Previous> {
    edition.get(ix).copied().flatten()
}

/// What [`link`] found for the letters, each's part given to it.
type Found<'a> = (Vec<Links>, Vec<Vec<LetterIx>>, &'a [Option<Previous>], Vec<Vec<Option<LetterIx>>>);

/// Gives each letter (in parallel) what was found: its links to other letters, the letter it replies to or
/// follows, its other printings, its thread.
fn set_links(letters: &mut [Letter], (links, editions, edition, refs): Found<'_>, thread: &[usize]) {
    letters.par_iter_mut().zip(refs).for_each(|(l, found)| {
        let Some(x) = l.extra.as_deref_mut() else { return };
        for (r, f) in x.letter_refs.iter_mut().zip(found) {
            r.letter = f;
        }
        // A pointer without a type that names no letter is no link.
        if x.letter_refs.iter().any(|r| r.unsure && r.letter.is_none()) {
            x.letter_refs.retain(|r| !r.unsure || r.letter.is_some());
        }
    });
    letters.par_iter_mut().zip(links).zip(editions).enumerate().for_each(|(ix, ((l, links), eds))| {
        for (r, f) in l.references.iter_mut().zip(links.references) {
            r.letter = f.or(r.letter);
        }
        // The edition's own link (TEI `correspContext`) wins over one read from the text.
        let parent = match previous(edition, ix) {
            Some(Previous::Answers(p)) => {
                let editor = |a: &crate::model::EditorAnswer| format!("the editor: ‘{}’", a.words);
                let words = l.editor_answers().map_or("the edition's link".to_string(), editor);
                Some((p, ReplyBasis::Edition, words))
            }
            _ => links.parent,
        };
        l.follows = follows(edition, ix);
        (l.replies_to, l.reply_basis, l.reply_evidence) = match parent {
            Some((p, basis, words)) => (Some(p), Some(basis), Some(crate::model::fit::boxed(words))),
            None => (None, None, None),
        };
        l.editions = eds;
        l.thread = thread[ix];
    });
}

/// For each letter, the letters that reply to it, in reading order (each list of its size).
fn replies(order: &[LetterIx], parents: &[Option<LetterIx>]) -> Vec<Vec<LetterIx>> {
    let mut count = vec![0usize; parents.len()];
    for parent in parents.iter().flatten() {
        count[*parent] += 1;
    }
    let mut replies: Vec<Vec<LetterIx>> = count.into_iter().map(Vec::with_capacity).collect();
    for &ix in order {
        if let Some(parent) = parents[ix] {
            replies[parent].push(ix);
        }
    }
    replies
}

/// Letters by date; an undated letter right after the letter before it in its file, or first if it opens it.
fn reading_order(corpus: &Corpus) -> Vec<LetterIx> {
    let mut keys: Vec<u128> = Vec::with_capacity(corpus.letters.len());
    let mut prev: Option<(&str, Option<Date>)> = None;
    for (ix, l) in corpus.letters.iter().enumerate() {
        let inherited = match prev {
            Some((file, d)) if file == l.file => d,
            _ => None,
        };
        let eff = l.date.or(inherited);
        keys.push(order_key(eff, ix));
        prev = Some((l.file.as_str(), eff));
    }
    keys.sort_unstable();
    keys.into_iter().map(|k| (k & u128::from(u64::MAX)) as LetterIx).collect()
}

/// `(date, ix)` as one number ordered as the pair is (no date first, then by year, month and day, then by
/// index), so that the order is one sort of numbers.
fn order_key(date: Option<Date>, ix: usize) -> u128 {
    let day = date.map_or(0, |d| {
        let year = (i64::from(d.year) - i64::from(i32::MIN)) as u64;
        1 << 56 | year << 16 | u64::from(d.month) << 8 | u64::from(d.day)
    });
    u128::from(day) << 64 | ix as u128
}

/// Dated letters from one person to another, by date, and their day numbers (computed once).
#[derive(Default)]
struct Pair {
    by_date: Vec<(Date, LetterIx)>,
    days: Vec<i64>,
}

/// Every (sender, recipient) pair, people of joint letters counted one by one.
struct PairIndex<'a> {
    pairs: HashMap<(&'a str, &'a str), Pair>,
    /// The letters that carry a telegram's own number, by (number, writer's name): made only when some do.
    numbers: HashMap<(String, &'a str), Vec<LetterIx>>,
    /// The same letters by the seats of offices, for explicit citations only.
    seats: super::seats::SeatIndex<'a>,
}

impl<'a> PairIndex<'a> {
    fn build(corpus: &'a Corpus) -> PairIndex<'a> {
        let letters = &corpus.letters;
        // Letters of one file come together: each run of them is a page, with the office holders it names.
        let mut pages = Vec::new();
        let mut start = 0;
        while start < letters.len() {
            let file = &letters[start].file;
            let end = start + letters[start..].iter().take_while(|l| l.file == *file).count();
            pages.push(start..end);
            start = end;
        }
        let (mut pairs, seats) =
            rayon::join(|| Self::pairs(letters, pages), || super::seats::SeatIndex::build(letters));
        pairs.par_iter_mut().for_each(|(_, p)| {
            p.by_date.sort_unstable();
            p.days = p.by_date.iter().map(|(d, _)| d.day_number()).collect();
        });
        PairIndex { pairs, seats, numbers: telegram_numbers(letters) }
    }

    /// The one letter from the addressee of letter `ix` to its writer that carries the telegram number `number`,
    /// dated on or before it and at most [`MAX_NUMBER_DAYS`] before; none when there are none or several.
    fn by_number(&self, letters: &[Letter], ix: LetterIx, number: &str, group: &[LetterIx]) -> Option<LetterIx> {
        let l = &letters[ix];
        let day = l.date?.day_number();
        let mut found: Option<LetterIx> = None;
        for (from, to) in pairs_of(&l.recipient, &l.sender) {
            let Some(carriers) = self.numbers.get(&(number.to_string(), from)) else { continue };
            for &c in carriers {
                let dated = letters[c].date.is_some_and(|d| (0..=MAX_NUMBER_DAYS).contains(&(day - d.day_number())));
                if !dated || group[c] == group[ix] || !letters[c].recipient.names().any(|r| r == to) {
                    continue;
                }
                match found {
                    Some(f) if group[f] != group[c] => return None,
                    _ => found = Some(c),
                }
            }
        }
        found
    }

    /// The dated letters of the pages, by pair of names (unsorted).
    fn pairs(letters: &'a [Letter], pages: Vec<std::ops::Range<usize>>) -> HashMap<(&'a str, &'a str), Pair> {
        pages
            .into_par_iter()
            .fold(HashMap::default, |mut pairs, page| {
                index_page(letters, page, &mut pairs);
                pairs
            })
            .reduce(HashMap::default, |mut a, mut b| {
                if a.len() < b.len() {
                    std::mem::swap(&mut a, &mut b);
                }
                for (key, mut pair) in b {
                    a.entry(key).or_default().by_date.append(&mut pair.by_date);
                }
                a
            })
    }

    /// Dated letters from `from` to `to` within `slack` days of `date`, closest first.
    fn near(&self, from: &str, to: &str, date: Date, slack: i64) -> Vec<(i64, LetterIx)> {
        let Some(pair) = self.pairs.get(&(from, to)) else { return Vec::new() };
        let day = date.day_number();
        let lo = pair.days.partition_point(|&d| d < day - slack);
        let mut out: Vec<(i64, LetterIx)> = pair.days[lo..]
            .iter()
            .zip(&pair.by_date[lo..])
            .take_while(|(d, _)| **d <= day + slack)
            .map(|(d, (_, ix))| ((d - day).abs(), *ix))
            .collect();
        out.sort();
        out
    }

    /// The latest dated letter from `from` to `to` dated on or before `date` and not before `earliest`.
    fn latest(&self, from: &str, to: &str, date: Date, earliest: i64) -> Option<(Date, LetterIx)> {
        let pair = self.pairs.get(&(from, to))?;
        let k = pair.by_date.partition_point(|(d, _)| *d <= date);
        let last = k.checked_sub(1)?;
        let (d, ix) = *pair.by_date.get(last)?;
        (pair.days[last] >= earliest).then_some((d, ix))
    }
}

/// How far back a telegram cited by its number alone may be: a year (numbers start again each year).
const MAX_NUMBER_DAYS: i64 = 366;

/// The letters that carry a telegram's own number, by (number, writer's name); empty when none does.
fn telegram_numbers(letters: &[Letter]) -> HashMap<(String, &str), Vec<LetterIx>> {
    let mut out: HashMap<(String, &str), Vec<LetterIx>> = HashMap::default();
    for (ix, l) in letters.iter().enumerate() {
        let Some(designation) = l.telegram() else { continue };
        for n in crate::formats::plain::telegram_numbers(designation) {
            for s in l.sender.names() {
                out.entry((n.clone(), s)).or_default().push(ix);
            }
        }
    }
    out
}

/// Adds the dated letters of one page (a run of letters of one file) to `pairs`.
fn index_page<'a>(letters: &'a [Letter], page: std::ops::Range<usize>, pairs: &mut HashMap<(&'a str, &'a str), Pair>) {
    let lists = PageLists::of(&letters[page.clone()]);
    let holders = page_holders(&lists.own);
    // The names a party answers to on its page: its own, its office, and the holder the page names for it; made
    // once for each list of people (the letters of a file share their lists).
    let names = |p: &'a crate::model::Person| {
        let holder = holders.iter().find(|(o, _)| **o == *p.name).and_then(|(_, h)| *h);
        aliases(p).chain(holder.filter(|h| **h != *p.name)).chain(super::firms::house(&p.name))
    };
    let mut arena: Vec<&'a str> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::with_capacity(lists.lists.len());
    for people in &lists.lists {
        let start = arena.len();
        arena.extend(people.0.iter().flat_map(names));
        spans.push(start..arena.len());
    }
    // The dated letters of each (senders, recipients) pair of lists, in letter order.
    let mut by_lists: HashMap<(u32, u32), Vec<(Date, LetterIx)>> = HashMap::default();
    for (ix, l) in letters.iter().enumerate().take(page.end).skip(page.start) {
        let Some(d) = l.date else { continue };
        // A covering note stands also for the letter it passes on, which has no record of its own.
        let own = (lists.id(&l.sender), lists.id(&l.recipient));
        let carried = l.carries.as_deref().map(|c| (lists.id(&c.sender), lists.id(&c.recipient)));
        for key in std::iter::once(own).chain(carried) {
            by_lists.entry(key).or_default().push((d, ix));
        }
    }
    for ((s, r), dated) in by_lists {
        for &from in &arena[spans[s as usize].clone()] {
            for &to in &arena[spans[r as usize].clone()] {
                pairs.entry((from, to)).or_default().by_date.extend_from_slice(&dated);
            }
        }
    }
}

/// The lists of people a page's letters name (their own and those of the letters they carry), each once, in the
/// order first met: a file's letters share their lists, so most pages have a few.
struct PageLists<'a> {
    lists: Vec<&'a People>,
    ids: HashMap<(usize, usize), u32>,
    /// The lists of the letters' own senders and recipients (not of the letters they carry), each once.
    own: Vec<&'a People>,
}

impl<'a> PageLists<'a> {
    fn of(page: &'a [Letter]) -> PageLists<'a> {
        let mut found = PageLists { lists: Vec::new(), ids: HashMap::default(), own: Vec::new() };
        let mut own = rustc_hash::FxHashSet::default();
        for l in page {
            let carried = l.carries.as_deref().map(|c| [&c.sender, &c.recipient]);
            for (k, people) in [&l.sender, &l.recipient].into_iter().chain(carried.into_iter().flatten()).enumerate() {
                let next = found.lists.len() as u32;
                if *found.ids.entry(list_key(people)).or_insert(next) == next {
                    found.lists.push(people);
                }
                if k < 2 && own.insert(list_key(people)) {
                    found.own.push(people);
                }
            }
        }
        found
    }

    fn id(&self, people: &People) -> u32 {
        self.ids.get(&list_key(people)).copied().unwrap_or_default()
    }
}

/// Offices whose holder a page names (`The President (Roosevelt) to ...`), by file and office: there a party named
/// by the office alone answers to the holder too. Never by a list: an office the page gives two holders names none,
/// and another page's `the President` is not this one's. `lists` are the page's lists of people in the order first
/// met (a list met again adds nothing: the same people name the same holders).
fn page_holders<'a>(lists: &[&'a People]) -> Vec<(&'a str, Option<&'a str>)> {
    let mut holders: Vec<(&str, Option<&str>)> = Vec::new();
    for p in lists.iter().flat_map(|people| people.0.iter()) {
        let Some(office) = aliases(p).nth(1) else { continue };
        match holders.iter_mut().find(|(o, _)| *o == office) {
            Some((_, h)) if *h != Some(&*p.name) => *h = None,
            Some(_) => {}
            None => holders.push((office, Some(&*p.name))),
        }
    }
    holders
}

/// The names a party answers to: its canonical name, and the office whose holder it is (`The Minister in Austria
/// (Wiley)` is also `Minister in Austria`), so that a reply addressed to the office finds the holder's letter.
fn aliases(p: &crate::model::Person) -> impl Iterator<Item = &str> {
    let printed = p.printed.trim();
    let office = p
        .held_office()
        .or_else(|| signed_office(printed))
        .map(|o| o.strip_prefix("The ").or_else(|| o.strip_prefix("the ")).unwrap_or(o))
        .filter(|o| !o.is_empty() && *o != &*p.name);
    std::iter::once(&*p.name).chain(office)
}

/// `EDWIN M. STANTON, Secretary of War`: an office with its domain signed under a name. A bare rank
/// (`Major-General, Commanding`) names no office a letter could be addressed to.
fn signed_office(printed: &str) -> Option<&str> {
    let at = printed.as_bytes().windows(2).position(|w| w == b", ")?;
    let office = printed[at + 2..].trim_end_matches('.');
    let mut words = office.split(' ');
    let first = words.next().filter(|w| w.starts_with(char::is_uppercase))?;
    let rest = &office[first.len()..];
    let linked = [" of ", " in ", " for ", " at "].iter().any(|l| rest.contains(l));
    (linked && !office.contains(',') && words.all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3))
        .then_some(office)
}

/// Numbered series: one-document pages of one edition (`frus_1943_d617`, `frus_1943_d618`), or the numbered
/// letters of one file (`No. 219`, `No. 220`). Every numbered letter is a member of one list of all series, sorted
/// by series, number and letter; each letter knows its place in it.
struct Series {
    /// Where each letter stands in `members` (`u32::MAX` when in no series).
    at: Vec<u32>,
    members: Vec<Member>,
}

/// A letter of a series (numbered in the order the series are first met) with its number.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Member {
    series: u32,
    n: u64,
    ix: u32,
}

/// A series: the numbered letters of one file, or the pages of one folder named alike but for their number
/// (folder, name before the number).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum SeriesKey<'a> {
    File(&'a str),
    Named(&'a str, &'a str),
}

impl Series {
    fn build(letters: &[Letter]) -> Series {
        // Letters of one file come together (a file given twice comes twice): counted, and looked up, run by run.
        let runs: Vec<std::ops::Range<usize>> = letters
            .chunk_by(|a, b| a.file == b.file)
            .scan(0, |start, run| {
                *start += run.len();
                Some(*start - run.len()..*start)
            })
            .collect();
        let mut per_file: HashMap<&str, usize> = HashMap::default();
        for run in &runs {
            *per_file.entry(letters[run.start].file.as_str()).or_default() += run.len();
        }
        let mut ids: HashMap<SeriesKey<'_>, u32> = HashMap::default();
        let mut members = Vec::new();
        let in_file = runs.iter().flat_map(|run| {
            let n = per_file[letters[run.start].file.as_str()];
            run.clone().map(move |ix| (ix, n))
        });
        for (ix, in_file) in in_file {
            let l = &letters[ix];
            let numbered = l.number.as_deref().and_then(number_value);
            let found = match numbered {
                Some(n) if in_file > 1 => Some((SeriesKey::File(&l.file), n)),
                _ if in_file == 1 => name_number(&l.file),
                _ => None,
            };
            let Some((key, n)) = found else { continue };
            let next = ids.len() as u32;
            let series = *ids.entry(key).or_insert(next);
            members.push(Member { series, n, ix: ix as u32 });
        }
        members.sort_unstable();
        let mut at = vec![u32::MAX; letters.len()];
        for (k, m) in members.iter().enumerate() {
            at[m.ix as usize] = k as u32;
        }
        Series { at, members }
    }

    /// Letter `ix` as a member of its series, if it has one.
    fn member(&self, ix: LetterIx) -> Option<Member> {
        self.members.get(*self.at.get(ix)? as usize).copied()
    }

    /// The letter just before `ix` in its series, if any.
    fn previous(&self, ix: LetterIx) -> Option<LetterIx> {
        let m = self.member(ix)?;
        let k = self.members.partition_point(|o| (o.series, o.n) < (m.series, m.n));
        let p = self.members.get(k.checked_sub(1)?)?;
        (p.series == m.series).then_some(p.ix as LetterIx)
    }

    /// The letter just before `ix` in its edition: the previous number of its series, or (for a letter not
    /// numbered) the letter before it in the file, numbered or not (`No. IV.` may number an exchange's group of
    /// letters, printed one after another).
    fn adjacent(&self, letters: &[Letter], ix: LetterIx) -> Option<LetterIx> {
        if let Some(m) = self.member(ix) {
            let p = self.previous(ix)?;
            return self.member(p).is_some_and(|o| o.n + 1 == m.n).then_some(p);
        }
        let p = ix.checked_sub(1)?;
        (letters[p].file == letters[ix].file && letters[ix].number.is_none()).then_some(p)
    }
}

/// `28`, `XXI`, `lxxxvi`, `171 J` (a correspondence's number with its writer's initial): a letter's number as a
/// value.
fn number_value(n: &str) -> Option<u64> {
    if let Ok(v) = n.parse::<u64>() {
        return Some(v);
    }
    if let Some((figures, initial)) = n.split_once(' ')
        && initial.len() == 1
        && initial.bytes().all(|b| b.is_ascii_uppercase())
    {
        return figures.parse().ok();
    }
    let digit = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Vec<u64> = n.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, v) in values.iter().enumerate() {
        if values.get(k + 1).is_some_and(|next| next > v) { total -= *v as i64 } else { total += *v as i64 }
    }
    u64::try_from(total).ok().filter(|&t| t > 0)
}

/// `frus_1943_d617.txt` → (`frus_1943_d`, 617): a page named by its edition and document number.
fn name_number(file: &str) -> Option<(SeriesKey<'_>, u64)> {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let digits = stem.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 || digits == stem.len() {
        return None;
    }
    let (key, n) = stem.split_at(stem.len() - digits);
    let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
    Some((SeriesKey::Named(dir, key), n.parse().ok()?))
}

/// Two letters that would answer each other: a reply cannot come before the letter it answers, so the link that
/// rests on a date farther from its target's (a slack match) goes; with equal distances, the earlier letter's.
fn break_cycles(links: &mut [Links]) {
    for a in 0..links.len() {
        let Some((b, _, _)) = links[a].parent else { continue };
        if b <= a || links[b].parent.as_ref().is_none_or(|(p, _, _)| *p != a) {
            continue;
        }
        let drop = if links[a].gap >= links[b].gap { a } else { b };
        links[drop].parent = None;
        for r in links[drop].references.iter_mut() {
            if *r == Some(if drop == a { b } else { a }) {
                *r = None;
            }
        }
    }
}

/// What a letter's references resolve to, and the letter it replies to with the words that say so.
#[derive(Default)]
struct Links {
    references: Vec<Option<LetterIx>>,
    parent: Option<(LetterIx, ReplyBasis, String)>,
    /// Days between the date the reply cites and its parent's date.
    gap: i64,
    /// Whether the letter cites a message of the addressee by date: it is then no undated acknowledgement.
    cites: bool,
}

/// `Dear Wife ... your kind letter of the 18th` from Samuel Pike: the dated letter cited came from a Pike (near
/// kin bear the writer's surname) to him, by his surname or as her salutation named him (`Dear Samuel`). Only
/// for a dated citation, where the date is the evidence; `near` finds a letter from one name to another.
fn kin_answered(l: &Letter, target: RefTarget, near: impl Fn(&str, &str) -> Option<LetterIx>) -> Option<LetterIx> {
    if target != RefTarget::Addressee || !l.recipient.0.iter().any(|p| p.is_near_kin()) {
        return None;
    }
    l.sender.0.iter().find_map(|me| {
        let given = me.given_name();
        [Some(&*me.name), given.as_deref()].into_iter().flatten().find_map(|to| near(&me.name, to))
    })
}

fn pairs_of<'a>(from: &'a People, to: &'a People) -> impl Iterator<Item = (&'a str, &'a str)> {
    // A firm also by the name of its house (`Blake & Co` as `Blake`), as the index holds its partners' letters.
    let names = |people: &'a People| people.names().flat_map(|n| std::iter::once(n).chain(super::firms::house(n)));
    names(from).flat_map(move |f| names(to).map(move |t| (f, t)))
}

fn explicit(corpus: &Corpus, ix: LetterIx, index: &PairIndex<'_>, series: &Series, group: &[LetterIx]) -> Links {
    let l = &corpus.letters[ix];
    let mut links = Links { references: vec![None; l.references.len()], ..Links::default() };
    let mut taken: Vec<LetterIx> = Vec::new();
    for slack in [0, SLACK_DAYS] {
        for (k, r) in l.references.iter().enumerate() {
            let Some(d) = r.date else { continue };
            if links.references[k].is_some() {
                continue;
            }
            let (from, to) = match r.target {
                RefTarget::Addressee => (&l.recipient, &l.sender),
                RefTarget::Own => (&l.sender, &l.recipient),
            };
            // A covering note's text is mostly the letter it passes on: that letter's people cite too.
            let carried = l.carries.as_deref().map(|c| match r.target {
                RefTarget::Addressee => (&c.recipient, &c.sender),
                RefTarget::Own => (&c.sender, &c.recipient),
            });
            let carried_pairs = carried.into_iter().flat_map(|(f, t)| pairs_of(f, t));
            let fits = |c: LetterIx| {
                let before = match (corpus.letters[c].date, l.date) {
                    (Some(cd), Some(ld)) => cd <= ld,
                    _ => true,
                };
                // One page prints its letters' dates as their answers cite them: there a cited date is the day of
                // the letter cited, and the slack (a message dated when sent by one side, when received by the
                // other) is for letters printed apart.
                let same_page = slack > 0 && corpus.letters[c].file == l.file && corpus.letters[c].date != Some(d);
                // The slack runs one way: a letter dated when written was written on the day cited or before it
                // (cited by the day it came), one dated when received came on that day or after it, as did a
                // covering note passing on a message written before it.
                let cited = &corpus.letters[c];
                let one_way = match (cited.date, cited.date_kind) {
                    (Some(cd), Some(DateKind::Received)) => cd >= d,
                    (Some(cd), _) => cd <= d || cited.carries.is_some(),
                    (None, _) => true,
                };
                !same_page
                    && one_way
                    && group[c] != group[ix]
                    && before
                    && !taken.contains(&c)
                    && !namesakes(&corpus.letters[c], from, to)
            };
            // An undated letter's citation has no year of its own: only the one letter of its page of that day.
            if l.date.is_none() {
                let on_page = if slack == 0 { same_page_day(corpus, ix, (from, to), d) } else { None };
                links.references[k] = on_page.filter(|&c| fits(c));
                taken.extend(links.references[k]);
                continue;
            }
            let found = pairs_of(from, to)
                .chain(carried_pairs)
                .find_map(|(f, t)| index.near(f, t, d, slack).into_iter().map(|(_, c)| c).find(|&c| fits(c)))
                // `Re Deptel 412, January 9` from the chargé to the Department: the Secretary's telegram to the
                // Embassy, one seat writing to the other.
                .or_else(|| index.seats.near(from, to, d.day_number(), slack).into_iter().find(|&c| fits(c)))
                .or_else(|| {
                    kin_answered(l, r.target, |f, t| {
                        index.near(f, t, d, slack).into_iter().map(|(_, c)| c).find(|&c| fits(c))
                    })
                });
            links.references[k] = found;
            taken.extend(found);
        }
    }
    // `Your telegram No. 57.`: the one letter of the addressee's that carries the number.
    if !index.numbers.is_empty() {
        for (k, r) in l.references.iter().enumerate() {
            if let (None, Some(n)) = (r.date, r.number.as_deref()) {
                links.references[k] = index.by_number(&corpus.letters, ix, n, group);
            }
        }
    }
    let addressee: Vec<usize> =
        (0..l.references.len()).filter(|&k| l.references[k].target == RefTarget::Addressee).collect();
    // A number cited that names no letter here says nothing of which letter is answered.
    links.cites = addressee.iter().any(|&k| l.references[k].date.is_some() || links.references[k].is_some());
    let best = addressee
        .iter()
        .filter_map(|&k| links.references[k].map(|t| (k, t)))
        .max_by_key(|&(_, t)| corpus.letters[t].date);
    if let Some((k, t)) = best {
        links.parent = Some((t, ReplyBasis::Explicit, quote(&l.references[k].text)));
        links.gap = match (l.references[k].date, corpus.letters[t].date) {
            (Some(r), Some(d)) => (r.day_number() - d.day_number()).abs(),
            _ => 0,
        };
    } else if let Some(&k) = addressee.first()
        && let Some(p) = series.previous(ix)
        && corpus.letters[p].date.is_none()
        && pairs_of(&l.recipient, &l.sender).any(|pair| pair_matches(&corpus.letters[p], pair))
        && !namesakes(&corpus.letters[p], &l.recipient, &l.sender)
    {
        // No dated letter carries the cited date: the document just before in the series, undated, from the
        // addressee to the writer (FRUS prints a volume's documents in order).
        let mut words = format!("{} (the undated document before it in the series)", quote(&l.references[k].text));
        crate::model::fit::fit_str(&mut words);
        links.parent = Some((p, ReplyBasis::Explicit, words));
    }
    links
}

/// The letters an undated letter's page is looked through, each way, for the letter it cites.
const PAGE_SCAN: usize = 50;

/// The one letter from `from` to `to` near letter `ix` in its file (its page) dated on the month and day of `d`,
/// when exactly one is: an undated letter cites a day whose year the page does not give.
fn same_page_day(corpus: &Corpus, ix: LetterIx, (from, to): (&People, &People), d: Date) -> Option<LetterIx> {
    let letters = &corpus.letters;
    let file = &letters[ix].file;
    // A file's letters stand together: the page is looked through each way up to the first letter of another.
    let before = (ix.saturating_sub(PAGE_SCAN)..ix).rev().take_while(|&c| letters[c].file.same(file));
    let after = (ix + 1..(ix + PAGE_SCAN + 1).min(letters.len())).take_while(|&c| letters[c].file.same(file));
    let mut found = before.chain(after).filter(|&c| {
        let o = &letters[c];
        o.date.is_some_and(|od| (od.month, od.day) == (d.month, d.day))
            && pairs_of(from, to).any(|pair| pair_matches(o, pair))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// Whether `c` passed between namesakes of `from` and `to`, not them: one surname, other given names as printed
/// (`Jane Austen` is not `Cassandra Austen`).
fn namesakes(c: &Letter, from: &People, to: &People) -> bool {
    let clash = |a: &People, b: &People| {
        a.0.iter().any(|p| {
            // One printed form is one person (the common case, and the cheapest test: a letter of the pair's own
            // names).
            b.0.iter().any(|q| {
                p.printed != q.printed
                    && same_name(&p.name, &q.name)
                    && parties::different_people(&p.printed, &q.printed, &p.name)
            })
        })
    };
    clash(&c.sender, from) || clash(&c.recipient, to) || turned(c, from, to)
}

/// Whether `c` went the other way between two people of one name (`Haydn` to `his Brother`, who bears Haydn's
/// name): its writer is printed as `to` is and `from` is not, or its addressee as `from` is and `to` is not. A
/// form of kinship (`his Brother`) names whoever is the other side, and tells nothing.
fn turned(c: &Letter, from: &People, to: &People) -> bool {
    let one_name = from.0.iter().any(|f| to.0.iter().any(|t| same_name(&f.name, &t.name)));
    let printed_as = |p: &crate::model::Person, side: &People| {
        !crate::model::named_by_kin(&p.printed) && side.0.iter().any(|q| q.printed == p.printed)
    };
    one_name
        && (c.sender.0.iter().any(|s| printed_as(s, to) && !printed_as(s, from))
            || c.recipient.0.iter().any(|r| printed_as(r, from) && !printed_as(r, to)))
}

fn pair_matches(l: &Letter, (from, to): (&str, &str)) -> bool {
    l.sender.names().any(|s| s == from) && l.recipient.names().any(|r| r == to)
}

/// The words in quotation marks, in a text of exactly their size (kept for the whole session).
fn quote(words: &str) -> String {
    let mut quoted = String::with_capacity(words.len() + 2 * '\u{2018}'.len_utf8());
    quoted.push('\u{2018}');
    quoted.push_str(words);
    quoted.push('\u{2019}');
    quoted
}

/// Undated acknowledgements, in date order: the latest earlier letter from the addressee, not yet answered by
/// the writer, at most [`MAX_INFERRED_DAYS`] before. Printings of one letter count as one.
fn infer(
    corpus: &Corpus,
    (index, series): (&PairIndex<'_>, &Series),
    (group, editions): (&[LetterIx], &[Vec<LetterIx>]),
    links: &mut [Links],
) {
    // (group of the answered letter, writer) → group of the answer, for every link made.
    let mut answered: HashMap<(LetterIx, &str), LetterIx> = HashMap::default();
    for (ix, l) in corpus.letters.iter().enumerate() {
        if let Some((p, _, _)) = &links[ix].parent {
            for s in l.sender.names() {
                answered.entry((group[*p], s)).or_insert(group[ix]);
            }
        }
    }
    // The letter each acknowledgement would answer is found in parallel (it depends on no other link made here);
    // whether it was answered already, in order: dated letters by date, then undated ones in file order (an
    // undated letter is answered by adjacency only).
    let read: &[Links] = links;
    let mut found: Vec<(bool, Option<Date>, LetterIx, LetterIx)> = (0..corpus.letters.len())
        .into_par_iter()
        .filter_map(|ix| {
            let l = &corpus.letters[ix];
            let cand = acknowledged(corpus, (index, series), group, &read[ix], ix)?;
            Some((l.date.is_none(), l.date, ix, cand))
        })
        .collect();
    found.sort_unstable();
    for (_, _, ix, cand) in found {
        let l = &corpus.letters[ix];
        // Answered already, by another letter than this one (or another printing of it).
        if l.sender.names().any(|s| answered.get(&(group[cand], s)).is_some_and(|&g| g != group[ix])) {
            continue;
        }
        // Among printings of the letter answered, the one in the reply's own file, else the first.
        let t = std::iter::once(cand)
            .chain(editions[cand].iter().copied())
            .find(|&c| corpus.letters[c].file == l.file)
            .unwrap_or(cand);
        for s in l.sender.names() {
            answered.entry((group[t], s)).or_insert(group[ix]);
        }
        let words = l.acknowledgement.as_ref().map_or("", |a| a.words.as_str());
        links[ix].parent = Some((t, ReplyBasis::Inferred, quote(words)));
    }
}

/// The letter an undated acknowledgement in letter `ix` answers, unless it is answered already: the latest earlier
/// letter from the addressee within [`MAX_INFERRED_DAYS`], else (and for weak thanks only) the letter just before
/// it in its edition.
fn acknowledged(
    corpus: &Corpus,
    (index, series): (&PairIndex<'_>, &Series),
    group: &[LetterIx],
    links: &Links,
    ix: LetterIx,
) -> Option<LetterIx> {
    let l = &corpus.letters[ix];
    let ack = l.acknowledgement.as_ref()?;
    // Writer and addressee under one name (`Austen` to `Austen`): which way a letter went cannot be told by
    // names, so an undated thanks links to nothing.
    if links.cites || links.parent.is_some() || l.sender.names().any(|s| l.recipient.has(s)) {
        return None;
    }
    let window = l.date.and_then(|date| {
        let earliest = date.day_number() - MAX_INFERRED_DAYS;
        pairs_of(&l.recipient, &l.sender)
            .filter_map(|(f, t)| index.latest(f, t, date, earliest))
            .filter(|&(_, c)| group[c] != group[ix])
            .max_by_key(|&(d, c)| (d, std::cmp::Reverse(c)))
            .map(|(_, c)| c)
    });
    let adjacent = series.adjacent(&corpus.letters, ix).filter(|&p| {
        let swapped = pairs_of(&l.recipient, &l.sender).any(|pair| pair_matches(&corpus.letters[p], pair));
        let earlier = match (corpus.letters[p].date, l.date) {
            (Some(pd), Some(ld)) => pd <= ld && ld.day_number() - pd.day_number() <= MAX_ADJACENT_DAYS,
            _ => true,
        };
        swapped && earlier && group[p] != group[ix]
    });
    if ack.weak { adjacent } else { window.or(adjacent) }
}

/// What a letter's reply link rests on, for the reading pane and `show`: `reply to Adams, 29 May 1813: ‘your
/// favour of May 29th’`.
pub fn reply_evidence(corpus: &Corpus, ix: LetterIx) -> Option<String> {
    let l = corpus.letters.get(ix)?;
    let parent = corpus.letters.get(l.replies_to?)?;
    let date = parent.date.map_or_else(|| "undated".to_string(), Date::short);
    let words = l.reply_evidence.as_deref().unwrap_or("");
    Some(format!("reply to {}, {date}: {words}", parent.sender))
}

/// The threads letters make by their reply links (each connected tree is a thread, its id the id of its first
/// letter), before the threads are made: each letter's thread, each thread's first letter and size, and the letters
/// that continue a thread without answering a letter in it.
struct ThreadShape {
    root_of: Vec<usize>,
    first: Vec<LetterIx>,
    size: Vec<usize>,
    more_roots: Vec<(usize, LetterIx)>,
}

impl ThreadShape {
    /// Found from each letter's parent and the edition's links alone (lists of numbers, not the letters).
    fn of(order: &[LetterIx], parents: &[Option<LetterIx>], edition: &[Option<Previous>]) -> ThreadShape {
        let mut shape = ThreadShape {
            root_of: vec![usize::MAX; parents.len()],
            first: Vec::new(),
            size: Vec::new(),
            more_roots: Vec::new(),
        };
        // Parents come earlier in reading order, so one pass in that order finds every letter's thread.
        for &ix in order {
            let t = match parents[ix].or_else(|| follows(edition, ix)) {
                Some(p) if shape.root_of[p] != usize::MAX => {
                    if parents[ix].is_none() {
                        shape.more_roots.push((shape.root_of[p], ix));
                    }
                    shape.root_of[p]
                }
                _ => {
                    shape.first.push(ix);
                    shape.size.push(0);
                    shape.first.len() - 1
                }
            };
            shape.root_of[ix] = t;
            shape.size[t] += 1;
        }
        shape
    }

    /// The threads, with lists of their size (made in parallel: a large corpus has tens of thousands of threads).
    fn threads(self, letters: &[Letter], order: &[LetterIx]) -> Vec<Thread> {
        // The letters of all threads in one list, thread after thread, each thread's in reading order: placed by
        // their thread's start in it (a count of the threads' sizes before it), then each thread's part copied.
        let mut starts: Vec<usize> = Vec::with_capacity(self.size.len() + 1);
        let mut total = 0;
        for &size in &self.size {
            starts.push(total);
            total += size;
        }
        starts.push(total);
        let mut next = starts.clone();
        let mut placed = vec![0; total];
        for &ix in order {
            let at = &mut next[self.root_of[ix]];
            placed[*at] = ix;
            *at += 1;
        }
        let mut threads: Vec<Thread> = self
            .first
            .par_iter()
            .zip(starts.par_windows(2))
            .map(|(&ix, span)| Thread {
                id: letters[ix].id.clone(),
                roots: vec![ix],
                letters: placed[span[0]..span[1]].to_vec(),
            })
            .collect();
        for &(t, ix) in &self.more_roots {
            threads[t].roots.push(ix);
        }
        for &(t, _) in &self.more_roots {
            crate::model::fit::fit(&mut threads[t].roots);
        }
        threads
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_keys_sort_as_the_pairs_do() {
        let dates =
            [None, Date::new(1943, 1, 20), Date::new(-44, 3, 15), Date::new(1943, 12, 1), Date::new(1942, 12, 31)];
        let mut pairs: Vec<(Option<Date>, usize)> =
            dates.iter().enumerate().flat_map(|(k, &d)| [(d, k), (d, 7 - k), (d, usize::MAX - k)]).collect();
        let mut keys: Vec<u128> = pairs.iter().map(|&(d, ix)| order_key(d, ix)).collect();
        pairs.sort();
        keys.sort_unstable();
        let back: Vec<usize> = keys.iter().map(|k| (k & u128::from(u64::MAX)) as usize).collect();
        assert_eq!(back, pairs.iter().map(|&(_, ix)| ix).collect::<Vec<_>>());
    }
}
