//! Synthetic letter corpora in the styles of the wartime correspondence: headings of every style, dates before
//! or after the body, numbered paragraphs, footnote markers with and without texts, page markers, explicit and
//! implicit replies, references to letters that are not there. Deterministic for a given seed.
//!
//! Shared by the `gen_corpus` example and the `load` benchmark (included with `#[path]`).

use letters::model::date::MONTH_NAMES as MONTHS;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Stop after this many letters...
    pub letters: Option<usize>,
    /// ... or once this many bytes are written (whichever comes first; neither: 1,000 letters).
    pub bytes: Option<u64>,
    /// Files are cut at about this size.
    pub file_bytes: usize,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options { letters: None, bytes: None, file_bytes: 200_000, seed: 1941 }
    }
}

/// What was generated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub letters: usize,
    pub files: usize,
    pub bytes: u64,
}

/// A small, fast, deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

/// A day of the calendar, counted from 22 June 1941.
#[derive(Debug, Clone, Copy)]
struct Day {
    year: i32,
    month: usize,
    day: u32,
}

fn days_in(year: i32, month: usize) -> u32 {
    match month {
        1 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

impl Day {
    fn plus(mut self, mut n: u32) -> Day {
        while n > 0 {
            n -= 1;
            self.day += 1;
            if self.day > days_in(self.year, self.month) {
                self.day = 1;
                self.month += 1;
                if self.month == 12 {
                    self.month = 0;
                    self.year += 1;
                }
            }
        }
        self
    }
    /// `July 18, 1941`, `July 18th, 1941` or `18 July 1941`.
    fn long(self, rng: &mut Rng) -> String {
        let (m, d, y) = (MONTHS[self.month], self.day, self.year);
        match rng.below(4) {
            0 => format!("{m} {d}{}, {y}", ordinal(d)),
            1 => format!("{d} {m} {y}"),
            _ => format!("{m} {d}, {y}"),
        }
    }
    /// `March 25` (same year as the letter) or `March 25, 1945`.
    fn in_text(self, rng: &mut Rng) -> String {
        if rng.chance(50) {
            format!("{} {}", MONTHS[self.month], self.day)
        } else {
            format!("{} {}, {}", MONTHS[self.month], self.day, self.year)
        }
    }
}

fn ordinal(d: u32) -> &'static str {
    match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// A correspondent: surname, title before the name, initials, FRUS office.
struct Person {
    name: &'static str,
    title: &'static str,
    initials: &'static str,
    office: &'static str,
}

const PEOPLE: [Person; 5] = [
    Person {
        name: "Stalin",
        title: "Premier",
        initials: "J. V.",
        office: "The Chairman of the Council of People's Commissars of the Soviet Union",
    },
    Person { name: "Churchill", title: "Prime Minister", initials: "W.", office: "The British Prime Minister" },
    Person { name: "Roosevelt", title: "President", initials: "F. D.", office: "President" },
    Person { name: "Truman", title: "President", initials: "H. S.", office: "President" },
    Person { name: "Attlee", title: "Prime Minister", initials: "C. R.", office: "The British Prime Minister" },
];

/// Pairs of correspondents (indexes into PEOPLE), weighted by repetition.
const PAIRS: [(usize, usize); 8] = [(0, 1), (1, 0), (0, 1), (1, 0), (0, 2), (2, 0), (0, 3), (4, 0)];

const CLASSIFICATIONS: [&str; 4] =
    ["Personal and Most Secret", "Personal and Secret", "Most Secret", "Secret and Personal"];

const SUBJECTS: [&str; 16] = [
    "the convoys to the northern ports",
    "the situation on the Soviet-German front",
    "the second front in Western Europe",
    "the supply of aircraft and tanks",
    "the question of Poland",
    "the operations in Northern Italy",
    "the meeting of the three Heads of Government",
    "the declaration on liberated Europe",
    "the deliveries through Persia",
    "the Finnish question",
    "the arrangements for the conference",
    "the exchange of military missions",
    "the operations in the Pacific",
    "the negotiations in Bern",
    "the plan for the post-war organisation of peace",
    "the reparations question",
];

const VERBS: [&str; 12] = [
    "I have received your proposal concerning",
    "My colleagues and I have carefully considered",
    "I fully share your view on",
    "It is necessary to say frankly that",
    "I must tell you plainly about",
    "We attach the greatest importance to",
    "The Soviet Government has studied",
    "His Majesty's Government cannot accept the present state of",
    "I should be glad to hear your views on",
    "There can be no doubt about the importance of",
    "The Chiefs of Staff have examined",
    "I hope that we shall soon reach agreement on",
];

const TAILS: [&str; 12] = [
    "and I trust that the matter will be settled without delay.",
    "which is of great significance for our common cause.",
    "and the difficulties which have arisen should not be exaggerated.",
    "in spite of all the difficulties of the present moment.",
    "as was agreed at our last meeting.",
    "and I have given the necessary instructions.",
    "since the enemy is still strong and the struggle is far from over.",
    "and we shall do our utmost to meet your wishes.",
    "which three divisions could not have achieved alone.",
    "as the Foreign Secretary will explain to you in detail.",
    "and I am sure that the results will justify our hopes.",
    "for the time being, at least until the end of the month.",
];

const SOURCES: [&str; 3] = [
    "Correspondence between the Chairman of the Council of Ministers of the U.S.S.R. and the Presidents of the U.S.A and the Prime Ministers of Great Britain during the Great Patriotic War of 1941-1945. Moscow 1957.",
    "Stalin: Works, Vol. 17",
    "Foreign Relations of the United States, Diplomatic Papers, 1945.",
];

/// A letter already written, for later references to it.
struct Sent {
    from: usize,
    to: usize,
    day: Day,
}

/// Writes one letter into `out`. Returns the letter's date (the day it carries, or the day it would have had).
fn letter(out: &mut String, rng: &mut Rng, k: usize, day: Day, from: usize, to: usize, history: &[Sent]) {
    let (s, r) = (&PEOPLE[from], &PEOPLE[to]);
    // Lines before the heading.
    if rng.chance(30) {
        out.push_str(&format!("No. {}\n\n", k % 400 + 1));
    }
    let dated_before = rng.below(10);
    match dated_before {
        0..=2 => out.push_str(&format!("Received on {}\n\n", day.long(rng))),
        3 => out.push_str(&format!("Sent on {}\n\n", day.long(rng))),
        _ => {}
    }
    if rng.chance(25) {
        out.push_str(rng.word(&CLASSIFICATIONS));
        out.push_str("\n\n");
    }
    // The heading, in one of the styles of the editions.
    let mut footnotes = Vec::new();
    let frus = rng.chance(15);
    let heading = if frus {
        let marker = 70 + rng.below(20);
        footnotes.push("Copy of telegram obtained from the Franklin D. Roosevelt Library, Hyde Park, N.Y.");
        format!("{} ({}) to {} {} {marker}", s.office, s.name, r.title, r.name)
    } else {
        match rng.below(7) {
            0 => format!("Personal Message from {} to Mr {}", s.name, r.name),
            1 => format!("Personal and Secret Message from {} {} to {} {}", s.title, s.name, r.title, r.name),
            2 => format!("MESSAGE FROM {} {} TO {} {}", s.title, s.name, r.title, r.name).to_uppercase(),
            3 => format!("{} {} TO {} {}*", s.initials, s.name, r.initials, r.name).to_uppercase(),
            4 => format!("Message from {} {} {} to {} {} {}", s.title, s.initials, s.name, r.title, r.initials, r.name),
            5 if from == 1 => format!(
                "Most Secret and Personal Message from the Prime Minister, Mr Winston Churchill, to {} {}",
                r.title, r.name
            ),
            _ => format!("Personal and Secret from {} {} to {} {}", s.title, s.name, r.title, r.name),
        }
    };
    out.push_str(&heading);
    out.push_str("\n\n");
    // Asterisk markers (never with texts in these files) and numbered ones (with texts) do not mix in a letter.
    let stars = heading.ends_with('*') || (!frus && rng.chance(15));
    // The opening: a reply to a dated letter (in the corpus or not), thanks without a date, or nothing.
    let earlier = history.iter().rev().take(40).find(|h| h.from == to && h.to == from);
    let opening = match (rng.below(6), earlier) {
        (0 | 1, Some(e)) => format!("Your message of {} has reached me.", e.day.in_text(rng)),
        (2, Some(e)) => format!(
            "I gave consideration to the question you raised before me in the letter of {} [{}], {}.",
            format_args!("{} {}", MONTHS[e.day.month], e.day.day % 28 + 1),
            e.day.day,
            e.day.year
        ),
        (2 | 3, _) => format!("Your messages of {} {} and {} received.", MONTHS[day.month], 1, 3),
        (4, _) => "Thank you for your message.".to_string(),
        (5, _) => "Many thanks for your message just received.".to_string(),
        _ => String::new(),
    };
    // The body.
    let paragraphs = 2 + rng.below(6);
    let numbered = rng.chance(20);
    let mut page = 700 + rng.below(300);
    for p in 0..paragraphs {
        if numbered && p > 0 {
            out.push_str(&format!("{}. ", p + 1));
        }
        if p == 0 && !opening.is_empty() {
            out.push_str(&opening);
            out.push(' ');
        }
        let sentences = 2 + rng.below(5);
        for i in 0..sentences {
            out.push_str(rng.word(&VERBS));
            out.push(' ');
            out.push_str(rng.word(&SUBJECTS));
            if !stars && rng.chance(8) && footnotes.len() < 3 {
                // A marker glued to the word, with its text in the footnote list.
                out.push_str(&format!("{}", 76 + footnotes.len()));
                footnotes.push("Reference is to section I of the Report of the Crimea Conference, p. 969.");
            } else if stars && rng.chance(10) {
                // An asterisk with no footnote text in the file.
                out.push('*');
            }
            out.push(' ');
            out.push_str(rng.word(&TAILS));
            if rng.chance(5) {
                out.push_str(&format!(" [Page {page}]"));
                page += 1;
            }
            // Hard-wrapped lines, as in pages from the wild.
            out.push(if i + 1 < sentences && rng.chance(30) { '\n' } else { ' ' });
        }
        if rng.chance(3) {
            out.push_str(&format!("My telegram of {} still stands.", day.plus(300).in_text(rng)));
        }
        out.truncate(out.trim_end().len());
        out.push_str("\n\n");
    }
    // After the body: a date line, a source, a footnote list, a separator.
    if dated_before > 3 && rng.chance(70) {
        out.push_str(&day.long(rng));
        out.push_str("\n\n");
    }
    if rng.chance(40) {
        out.push_str("Source: ");
        out.push_str(rng.word(&SOURCES));
        out.push_str("\n\n");
    }
    for (i, f) in footnotes.iter().enumerate() {
        out.push_str(&format!("  {}. {f}\n", i + 1));
    }
    if !footnotes.is_empty() {
        out.push('\n');
    }
    if rng.chance(20) {
        out.push_str("* * *\n\n");
    }
}

/// Generates a corpus into `dir` (created if needed) as `part00000.txt`, `part00001.txt`, ...
pub fn generate(dir: &Path, opts: &Options) -> io::Result<Stats> {
    fs::create_dir_all(dir)?;
    let max_letters = match (opts.letters, opts.bytes) {
        (None, None) => Some(1000),
        (l, _) => l,
    };
    let mut rng = Rng(opts.seed);
    let mut stats = Stats::default();
    let mut history: Vec<Sent> = Vec::new();
    let mut day = Day { year: 1941, month: 5, day: 22 };
    let mut buf = String::with_capacity(opts.file_bytes + 16_384);
    loop {
        let done = max_letters.is_some_and(|n| stats.letters >= n)
            || opts.bytes.is_some_and(|b| stats.bytes + buf.len() as u64 >= b);
        if done || buf.len() >= opts.file_bytes {
            if !buf.is_empty() {
                let mut f = fs::File::create(dir.join(format!("part{:05}.txt", stats.files)))?;
                f.write_all(buf.as_bytes())?;
                stats.files += 1;
                stats.bytes += buf.len() as u64;
                buf.clear();
            }
            if done {
                return Ok(stats);
            }
        }
        let (from, to) = *rng.pick(&PAIRS);
        day = day.plus(rng.below(4) as u32);
        letter(&mut buf, &mut rng, stats.letters, day, from, to, &history);
        history.push(Sent { from, to, day });
        if history.len() > 4096 {
            history.drain(..2048);
        }
        stats.letters += 1;
    }
}
