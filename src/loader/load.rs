//! The loader: finds letter files, reads and decodes them, hands each to its format's parser (in parallel),
//! then gives letters their ids and links replies into threads.

use super::decode::{NotText, decode};
use super::{references, threads};
use crate::formats::{self, Format};
use crate::model::{Corpus, FileName, Input, Letter, People, Person, PersonBasis, Severity, Warning};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The letters bundled in the binary: (file name, text).
pub const BUNDLED: [(&str, &[u8]); 2] = [
    ("frus-1945-stalin-roosevelt.txt", include_bytes!("../../assets/frus-1945-stalin-roosevelt.txt")),
    ("moscow-1957-stalin-churchill-1941.txt", include_bytes!("../../assets/moscow-1957-stalin-churchill-1941.txt")),
];

/// A failure that stops loading altogether. Problems with single files are warnings in the corpus instead.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{path}: cannot read folder: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
}

/// One file to read.
struct Job {
    /// The name letters and diagnostics carry (shared by them).
    name: FileName,
    path: Option<PathBuf>,
    bundled: Option<&'static [u8]>,
    format: &'static dyn Format,
    size: u64,
}

/// Loads a corpus.
pub fn load(input: &Input) -> Result<Corpus, LoadError> {
    load_with_progress(input, &|_, _| {})
}

/// Loads a corpus, calling `progress(bytes_done, bytes_total)` as files are parsed (from several threads).
pub fn load_with_progress(input: &Input, progress: &(dyn Fn(u64, u64) + Sync)) -> Result<Corpus, LoadError> {
    let mut corpus = read(input, progress, Replies::Linked)?;
    // The passes after parsing make what they add (ids, editions, reply evidence) of the size it needs.
    threads::link(&mut corpus);
    Ok(corpus)
}

/// Loads a corpus for what `letters check` reports: as [`load`] does, but with only the editions found and the
/// references resolved (no reply links, threads or reading order, and no acknowledgement read, which only an
/// inferred reply rests on: a check prints none of them).
pub fn load_for_check(input: &Input) -> Result<Corpus, LoadError> {
    let mut corpus = read(input, &|_, _| {}, Replies::Unlinked)?;
    threads::resolve_references(&mut corpus);
    Ok(corpus)
}

/// Whether the letters read will be linked as replies: only then is each letter's acknowledgement looked for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Replies {
    Linked,
    Unlinked,
}

/// Reads and parses every file of the input: the letters with their ids, before any link between them.
fn read(input: &Input, progress: &(dyn Fn(u64, u64) + Sync), replies: Replies) -> Result<Corpus, LoadError> {
    let mut warnings = Vec::new();
    let jobs = collect(input, &mut warnings)?;
    let total: u64 = jobs.iter().map(|j| j.size).sum();
    let done = AtomicU64::new(0);
    let mut corpus = Corpus::default();
    let mut registry: HashMap<String, String> = HashMap::new();
    // Files are parsed in batches, so that the letters of only one batch wait beside the corpus's: all files'
    // letters parsed at once would hold every letter twice at the peak.
    for batch in batches(&jobs) {
        let results: Vec<(Vec<Letter>, Vec<Warning>, u64, Registry)> = batch
            .par_iter()
            .map(|job| {
                let r = read_one(job, replies);
                let d = done.fetch_add(job.size, Ordering::Relaxed) + job.size;
                progress(d, total);
                r
            })
            .collect();
        let mut rest_of_batch: usize = results.iter().map(|r| r.0.len()).sum();
        let found = rest_of_batch;
        for (mut letters, mut w, bytes, people) in results {
            rest_of_batch -= letters.len();
            // The first file's letters are moved, not copied (a single large volume is never held twice); room
            // for the others is made once, then.
            if corpus.letters.is_empty() {
                std::mem::swap(&mut corpus.letters, &mut letters);
                corpus.letters.reserve_exact(rest_of_batch + later_letters(found, batch, total));
            } else {
                corpus.letters.append(&mut letters);
            }
            warnings.append(&mut w);
            corpus.bytes += bytes;
            registry.extend(people);
        }
    }
    name_people(&mut corpus.letters, &registry);
    if corpus.letters.is_empty() && !jobs.is_empty() {
        let what = match input {
            Input::Bundled => "the bundled letters".to_string(),
            Input::Paths(p) => p.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
        };
        warnings.push(Warning {
            file: what.into(),
            line: 0,
            severity: Severity::Warning,
            message: "no letters found".into(),
        });
    }
    corpus.warnings = warnings;
    corpus.files = jobs.len();
    infer_writers(&mut corpus.letters);
    assign_ids(&mut corpus.letters);
    Ok(corpus)
}

/// The bytes of files parsed together before their letters join the corpus.
const BATCH_BYTES: u64 = 8 << 20;

/// Consecutive runs of jobs of about [`BATCH_BYTES`] each (at least one job each).
fn batches(jobs: &[Job]) -> impl Iterator<Item = &[Job]> {
    let mut rest = jobs;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut bytes = 0;
        let n = rest.iter().take_while(|j| {
            bytes += j.size;
            bytes <= BATCH_BYTES
        });
        let n = n.count().max(1);
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
}

/// Letters the files after `batch` will likely add, at the batch's rate of letters per byte (with a margin), so
/// that the corpus's letters are seldom moved: room never written to costs no memory.
fn later_letters(found: usize, batch: &[Job], total: u64) -> usize {
    let bytes: u64 = batch.iter().map(|j| j.size).sum::<u64>().max(1);
    let later = total.saturating_sub(bytes);
    (found as u128 * later as u128 * 5 / 4 / bytes as u128) as usize
}

/// The files to read, in sorted path order within each folder, folders and files in the order given.
fn collect(input: &Input, warnings: &mut Vec<Warning>) -> Result<Vec<Job>, LoadError> {
    let paths = match input {
        Input::Bundled => {
            return Ok(BUNDLED
                .iter()
                .map(|(name, bytes)| Job {
                    name: (*name).into(),
                    path: None,
                    bundled: Some(bytes),
                    format: formats::for_named_file(Path::new(name)),
                    size: bytes.len() as u64,
                })
                .collect());
        }
        Input::Paths(p) => p,
    };
    let mut jobs = Vec::new();
    for given in paths {
        let meta = std::fs::metadata(given).map_err(|_| LoadError::Missing(given.clone()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(given).follow_links(true) {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        let file = e.path().unwrap_or(given).display().to_string().into();
                        warnings.push(Warning {
                            file,
                            line: 0,
                            severity: Severity::Error,
                            message: format!("cannot read: {e}"),
                        });
                        continue;
                    }
                };
                if !entry.file_type().is_file() {
                    continue;
                }
                if let Some(format) = formats::for_path(entry.path()).or_else(|| sniff(entry.path())) {
                    let rel = entry.path().strip_prefix(given).unwrap_or(entry.path());
                    let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                    found.push(Job {
                        name: rel.to_string_lossy().into_owned().into(),
                        path: Some(entry.path().to_path_buf()),
                        bundled: None,
                        format,
                        size,
                    });
                }
            }
            if found.is_empty() {
                warnings.push(Warning {
                    file: given.display().to_string().into(),
                    line: 0,
                    severity: Severity::Warning,
                    message: "folder holds no letter files (*.txt, TEI XML)".into(),
                });
            }
            found.sort_by(|a, b| a.path.cmp(&b.path));
            jobs.extend(found);
        } else if !meta.is_file() {
            // A FIFO would block the load and a device would never end: neither is a letter file.
            warnings.push(Warning {
                file: given.display().to_string().into(),
                line: 0,
                severity: Severity::Error,
                message: format!("cannot read: {}", crate::files::not_regular(&meta)),
            });
        } else {
            jobs.push(Job {
                name: given.to_string_lossy().into_owned().into(),
                path: Some(given.clone()),
                bundled: None,
                format: formats::for_named_file(given),
                size: meta.len(),
            });
        }
    }
    Ok(jobs)
}

/// The largest read buffer a worker keeps for its next file.
const KEEP_BUFFER: usize = 4 << 20;

/// Reads, decodes and parses one file. Each worker thread reads into one buffer it keeps, so a large corpus
/// costs no allocation per file for its bytes.
fn read_one(job: &Job, replies: Replies) -> (Vec<Letter>, Vec<Warning>, u64, Registry) {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUFFER.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.clear();
        let warn = |line: usize, severity: Severity, message: String| Warning {
            file: job.name.clone(),
            line,
            severity,
            message,
        };
        let bytes: &[u8] = match (job.bundled, &job.path) {
            (Some(b), _) => b,
            (None, Some(p)) => {
                match std::fs::File::open(p).and_then(|mut f| std::io::Read::read_to_end(&mut f, &mut buf)) {
                    Ok(_) => &buf,
                    Err(e) => {
                        let w = warn(0, Severity::Error, format!("cannot read: {e}"));
                        return (Vec::new(), vec![w], 0, Vec::new());
                    }
                }
            }
            (None, None) => &[],
        };
        let parsed = parse_bytes(job, bytes, &warn, replies);
        // A large file's buffer is not kept for the next (nor held while replies are linked).
        if buf.capacity() > KEEP_BUFFER {
            *buf = Vec::new();
        }
        parsed
    })
}

/// Decodes and parses one file's bytes.
fn parse_bytes(
    job: &Job,
    bytes: &[u8],
    warn: &dyn Fn(usize, Severity, String) -> Warning,
    replies: Replies,
) -> (Vec<Letter>, Vec<Warning>, u64, Registry) {
    let len = bytes.len() as u64;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return (Vec::new(), vec![warn(0, Severity::Warning, "empty file: no letters".into())], len, Vec::new());
    }
    let decoded = match decode(bytes) {
        Ok(d) => d,
        Err(NotText::Binary) => {
            let w = warn(0, Severity::Error, "binary file (NUL bytes): skipped".into());
            return (Vec::new(), vec![w], len, Vec::new());
        }
    };
    let mut warnings: Vec<Warning> = decoded
        .invalid_lines
        .iter()
        .map(|&l| warn(l, Severity::Warning, "bytes that are not UTF-8, shown as \u{fffd}".into()))
        .collect();
    // The content decides when it is of a format of its own (a TEI file named `.txt`); else the name does.
    let format = formats::for_content(decoded.text.as_bytes()).unwrap_or(job.format);
    let mut parsed = format.parse(&job.name, &decoded.text);
    detect_references(&mut parsed.letters, &job.name, replies);
    // Finished: the letters share the file's name and the lists of people they name alike, and give back the
    // room their parts grew beyond.
    let mut texts: Vec<&mut crate::model::Paragraphs> = parsed.letters.iter_mut().map(|l| &mut l.paragraphs).collect();
    crate::model::Paragraphs::share(&mut texts);
    let mut people = rustc_hash::FxHashSet::default();
    for l in &mut parsed.letters {
        l.file = job.name.clone();
        l.sender.share(&mut people);
        l.recipient.share(&mut people);
        l.tidy();
    }
    warnings.extend(parsed.notes.into_iter().map(|n| warn(n.line, n.severity, n.message)));
    if parsed.letters.is_empty() && parsed.registry.is_empty() {
        warnings.push(warn(0, Severity::Warning, format!("no letters found ({})", format.name())));
    }
    (parsed.letters, warnings, len, parsed.registry)
}

/// People a registry file names, by id.
type Registry = Vec<(String, String)>;

/// A file found in a folder under a name no format claims: read by its first bytes when they are of a format
/// that says so by content (a TEI file without `.xml`).
fn sniff(path: &Path) -> Option<&'static dyn Format> {
    let mut head = Vec::with_capacity(formats::SNIFF_BYTES);
    let file = std::fs::File::open(path).ok()?;
    std::io::Read::read_to_end(&mut std::io::Read::take(file, formats::SNIFF_BYTES as u64), &mut head).ok()?;
    formats::for_content(&head)
}

/// Names people that letters know only by a key, from the registries read.
fn name_people(letters: &mut [Letter], registry: &HashMap<String, String>) {
    letters.par_iter_mut().filter(|l| !l.person_keys().is_empty()).for_each(|l| {
        for (recipient, key) in std::mem::take(&mut l.extra_mut().person_keys) {
            let Some(name) = registry.get(&key) else { continue };
            let field = if recipient { &mut l.recipient } else { &mut l.sender };
            let mut people = field.0.to_vec();
            // A name the title gave in its stead gives way to the registry's.
            let surname = crate::formats::tei::surname;
            if let [only] = people.as_slice()
                && surname(&only.name) == surname(name)
            {
                people.clear();
            }
            let name = name.replace(',', " –");
            people.push(Person::new(name.clone(), name, PersonBasis::Markup));
            field.0 = people.into();
        }
        // Finished again: the people lists grown and the keys taken give back their room.
        l.tidy();
    });
}

/// Finds each letter's references, dating year-less ones by the letter's date (the last day its range allows, when
/// only its month or year is known: `vom 18.` in a letter of late April is of 18 April) or, for an undated letter,
/// by the nearest dated letter before it in its file (or after it, when none is before).
fn detect_references(letters: &mut [Letter], file: &str, replies: Replies) {
    let own = |l: &Letter| l.date.or_else(|| l.date_range().map(|r| r.end));
    let mut context = letters.iter().find_map(own);
    // A year the file's name carries dates a year-less reference in a file where no letter has a date.
    let year = crate::model::year_in_name(file);
    for l in letters.iter_mut() {
        if let Some(d) = own(l) {
            context = Some(d);
        }
        references::detect_cited(l, context, year);
        if replies == Replies::Linked {
            references::detect_thanks(l);
        }
    }
}

/// Letters whose pages name no writer (`Message to W. Churchill` on a page of one writer's messages) get the
/// writer of most letters in their folder, marked as inferred from the collection, when one person wrote more
/// than half of the folder's letters whose writer is printed.
fn infer_writers(letters: &mut [Letter]) {
    // Only a letter that names no writer or no addressee is given one.
    if letters.par_iter().all(|l| !l.sender.is_empty() && !l.recipient.is_empty()) {
        return;
    }
    let writers = folder_writers(letters);
    if writers.is_empty() {
        return;
    }
    letters.par_iter_mut().filter(|l| l.sender.is_empty() || l.recipient.is_empty()).for_each(|l| {
        let Some(writer) = writers.get(folder(&l.file)) else { return };
        let name = &writer.0[0].name;
        if l.recipient.has(name) || l.sender.has(name) {
            return;
        }
        // One list for the folder's letters.
        let writer = writer.clone();
        // A letter to the collection's writer names only its sender; one by him names only its recipient.
        if l.sender.is_empty() {
            l.sender = writer;
        } else if l.recipient.is_empty() && !l.sender.is_empty() {
            l.recipient = writer;
        }
    });
}

fn folder(f: &str) -> &str {
    f.rsplit_once('/').map_or("", |(d, _)| d)
}

/// Letters whose writer is printed, by folder, and by folder and writer (with the writer as first printed).
type WriterCounts<'a> = (FxHashMap<&'a str, usize>, FxHashMap<(&'a str, &'a str), (usize, &'a str)>);

/// The writer of more than half of each folder's letters whose writer is printed, if any: folder → (name,
/// printed). Counted in parallel parts, joined in letter order.
fn folder_writers(letters: &[Letter]) -> FxHashMap<String, People> {
    let (known, counts) = letters
        .par_iter()
        .filter(|l| !l.sender_from_collection)
        .fold(WriterCounts::default, |(mut known, mut counts), l| {
            let dir = folder(&l.file);
            *known.entry(dir).or_default() += 1;
            if let [p] = &*l.sender.0 {
                counts.entry((dir, &*p.name)).or_insert((0, &*p.printed)).0 += 1;
            }
            (known, counts)
        })
        .reduce(WriterCounts::default, |(mut known, mut counts), (later_known, later_counts)| {
            for (dir, n) in later_known {
                *known.entry(dir).or_default() += n;
            }
            // The earlier part's printed form stands: it is the first letter's.
            for (key, (n, printed)) in later_counts {
                counts.entry(key).or_insert((0, printed)).0 += n;
            }
            (known, counts)
        });
    // The writer of most letters of each folder, when more than half its letters whose writer is printed (and two
    // at least).
    let mut best: FxHashMap<&str, (usize, &str, &str)> = FxHashMap::default();
    for ((dir, name), (n, printed)) in counts {
        let b = best.entry(dir).or_insert((0, "", ""));
        if n > b.0 || n == b.0 && name < b.1 {
            *b = (n, name, printed);
        }
    }
    best.into_iter()
        // One signed letter is no collection: a writer is the folder's when printed on two letters at least.
        .filter(|(dir, (n, _, _))| *n >= 2 && n * 2 > known.get(dir).copied().unwrap_or(0))
        .map(|(dir, (_, name, printed))| {
            (dir.to_string(), People::one(Person::new(name, printed, PersonBasis::Collection)))
        })
        .collect()
}

/// Ids: the file's name without `.txt`, a slash, the letter's ordinal in the file (`moscow-1957/2`). Made unique
/// with a `~N` suffix when two files give the same name.
fn assign_ids(letters: &mut [Letter]) {
    // Two ids are alike only when their stems and ordinals are: how many times each (stem, ordinal) came. The
    // letters of one file come together: their stem is found once.
    let mut seen: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut ids: Vec<(usize, usize)> = Vec::with_capacity(letters.len());
    let mut start = 0;
    while start < letters.len() {
        let file = &letters[start].file;
        let len = letters[start..].iter().take_while(|l| l.file == *file).count();
        let counts = seen.entry(file_stem(file)).or_default();
        if counts.len() < len {
            counts.resize(len, 0);
        }
        for (k, n) in counts.iter_mut().take(len).enumerate() {
            *n += 1;
            ids.push((k + 1, *n));
        }
        start += len;
    }
    drop(seen);
    letters.par_iter_mut().zip(ids).for_each(|(l, (ordinal, n))| {
        l.ordinal = ordinal;
        l.id = letter_id(file_stem(&l.file), ordinal, n);
    });
}

/// `moscow-1957/2`, or `moscow-1957/2~3` for the third file of that name, in a text of exactly its size.
fn letter_id(stem: &str, ordinal: usize, n: usize) -> String {
    let digits = |v: usize| v.checked_ilog10().map_or(1, |d| d as usize + 1);
    let suffix = if n == 1 { 0 } else { 1 + digits(n) };
    let mut id = String::with_capacity(stem.len() + 1 + digits(ordinal) + suffix);
    id.push_str(stem);
    id.push('/');
    crate::text::decimal::push(&mut id, ordinal);
    if n != 1 {
        id.push('~');
        crate::text::decimal::push(&mut id, n);
    }
    id
}

/// `letters/1942/a.txt` given inside a folder keeps its folders; a file given by an absolute or parent path
/// keeps its file name only.
fn file_stem(file: &str) -> &str {
    let p = [".txt", ".TXT", ".xml", ".XML", ".tei"].iter().find_map(|x| file.strip_suffix(x)).unwrap_or(file);
    let p = p.strip_prefix("./").unwrap_or(p);
    if p.starts_with('/') || p.starts_with("..") { p.rsplit('/').next().unwrap_or(p) } else { p }
}
