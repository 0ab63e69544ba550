//! Reader speed: a key press to a drawn frame (TestBackend 120x40) on a 1 MB letter and on a 100,000-letter
//! corpus, and the time to the first frame (loader started, the short wait for it, one frame drawn) on a corpus
//! the size of the real correspondence and on the 100,000-letter one. The corpora are generated in-process.
//!
//! Run: `cargo bench --bench reader`.

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use letters::loader;
use letters::model::date::MONTH_NAMES as MONTHS;
use letters::model::{Corpus, Input};
use letters::reader::event_loop::{FIRST_FRAME_WAIT, Msg, Wait, spawn_loader, wait_for_load};
use letters::reader::screen::Screen;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

// The screen under test: the reader itself.
use letters::reader::app::{App as BenchScreen, AppConfig};
fn new_screen() -> BenchScreen {
    BenchScreen::new(AppConfig::default())
}

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

const PARAGRAPH: &str = "It seems to me, furthermore, that the military position of the Soviet Union, and by the same \
token that of Great Britain, would improve substantially if a front were established against Hitler in the West \
(Northern France) and the North (the Arctic). I am aware of the difficulty of establishing such a front, but it \
seems to me that, notwithstanding the difficulties, it should be done.";

/// The date `days` days after January 1, 1800, as a letter prints it (`July 18, 1941`).
fn date_words(days: usize) -> String {
    let (mut year, mut left) = (1800_usize, days);
    loop {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let len = if leap { 366 } else { 365 };
        if left < len {
            let month_lens = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            for (m, &ml) in month_lens.iter().enumerate() {
                if left < ml {
                    return format!("{} {}, {year}", MONTHS[m], left + 1);
                }
                left -= ml;
            }
        }
        left -= len;
        year += 1;
    }
}

/// Writes `n` letters into 100 files under a new folder of `dir`: pairs of correspondents writing to each other
/// in reply chains of 20 letters, two paragraphs each, one letter every other day.
fn write_corpus(dir: &Path, n: usize) -> PathBuf {
    let folder = dir.join(format!("corpus-{n}"));
    std::fs::create_dir_all(&folder).expect("corpus folder");
    let pairs = [("Stalin", "Churchill"), ("Stalin", "Roosevelt"), ("Churchill", "Roosevelt")];
    let per_file = n.div_ceil(100);
    let mut text = String::new();
    for i in 0..n {
        let chain = i / 20;
        let (a, b) = pairs[chain % pairs.len()];
        let (from, to) = if i % 2 == 0 { (a, b) } else { (b, a) };
        let _ = write!(text, "Personal Message from {from} to {to}\n\n");
        if i % 20 == 0 {
            let _ = write!(text, "I write to you on the matter of letter {i}. {PARAGRAPH}\n\n");
        } else {
            let _ = write!(text, "Many thanks for your message of {}. {PARAGRAPH}\n\n", date_words(2 * (i - 1)));
        }
        let _ = write!(text, "{PARAGRAPH}\n\n{}\n\n", date_words(2 * i));
        if (i + 1) % per_file == 0 || i + 1 == n {
            std::fs::write(folder.join(format!("{:03}.txt", i / per_file)), &text).expect("corpus file");
            text.clear();
        }
    }
    folder
}

/// Writes one letter of about 1 MB, with a footnote marker in its heading and the footnote after the body.
fn write_long_letter(dir: &Path) -> PathBuf {
    let mut text = String::from("Personal Message from Stalin to Mr Churchill 1\n\n");
    while text.len() < 1_000_000 {
        text += PARAGRAPH;
        text += "\n\n";
    }
    text += "July 18, 1941\n\n  1. A note on this long letter.\n";
    let path = dir.join("long.txt");
    std::fs::write(&path, text).expect("long letter");
    path
}

fn load(path: &Path) -> Corpus {
    loader::load(&Input::Paths(vec![path.to_path_buf()])).expect("corpus loads")
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A screen on `corpus`, with its first frame drawn and `setup` typed.
fn ready(corpus: Corpus, setup: &[KeyEvent]) -> (BenchScreen, Terminal<TestBackend>) {
    let mut screen = new_screen();
    screen.set_corpus(corpus);
    let mut term = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
    term.draw(|f| screen.frame(f)).expect("draws");
    for &k in setup {
        screen.handle_key(k);
        term.draw(|f| screen.frame(f)).expect("draws");
    }
    (screen, term)
}

/// Benchmarks one key press and the frame drawn after it, with keys taken in turn from `keys`.
fn bench_keys(c: &mut Criterion, name: &str, corpus: Corpus, setup: &[KeyEvent], keys: &[KeyEvent]) {
    let (mut screen, mut term) = ready(corpus, setup);
    let mut next = keys.iter().cycle();
    c.bench_function(name, |b| {
        b.iter(|| {
            if let Some(&k) = next.next() {
                screen.handle_key(k);
            }
            term.draw(|f| screen.frame(f)).expect("draws");
        })
    });
}

/// Keys for the long letter: the heading's footnote link focuses the reading pane, then page down and line down
/// in turn, back to the top now and then.
fn long_letter_keys() -> (Vec<KeyEvent>, Vec<KeyEvent>) {
    let mut keys: Vec<KeyEvent> =
        (0..400).map(|i| key(if i % 2 == 0 { KeyCode::PageDown } else { KeyCode::Char('j') })).collect();
    keys.push(key(KeyCode::Char('g')));
    (vec![key(KeyCode::Char('f'))], keys)
}

/// Keys for the big corpus: down the letter list, back to the top now and then.
fn list_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (0..2000).map(|_| key(KeyCode::Char('j'))).collect();
    keys.push(key(KeyCode::Char('g')));
    keys
}

/// The time from starting the loader to the first frame drawn, as the terminal loop does it. The loader is left
/// to finish (untimed) before the next round. Reports whether the corpus was complete in the first frame.
fn first_frame(path: &Path) -> (Duration, bool) {
    let start = Instant::now();
    let (tx, rx) = channel();
    let progress = spawn_loader(Input::Paths(vec![path.to_path_buf()]), tx).expect("loader");
    let mut screen = new_screen();
    let mut term = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
    let waited = wait_for_load(&mut screen, &rx, &progress, start + FIRST_FRAME_WAIT).expect("no load error");
    term.draw(|f| screen.frame(f)).expect("draws");
    let took = start.elapsed();
    if waited == Wait::StillLoading {
        while let Ok(msg) = rx.recv() {
            if matches!(msg, Msg::Loaded(_)) {
                break;
            }
        }
    }
    (took, waited == Wait::Loaded)
}

fn bench_first_frame(c: &mut Criterion, name: &str, path: &Path) {
    let (_, complete) = first_frame(path);
    eprintln!("{name}: the corpus is {} in the first frame", if complete { "complete" } else { "still loading" });
    let mut group = c.benchmark_group("first frame");
    group.sample_size(10);
    group.bench_function(name, |b| b.iter_custom(|iters| (0..iters).map(|_| first_frame(path).0).sum()));
    group.finish();
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = write_long_letter(dir.path());
    let (setup, keys) = long_letter_keys();
    bench_keys(c, "key to frame: 1 MB letter", load(&long), &setup, &keys);
    let big = write_corpus(dir.path(), 100_000);
    bench_keys(c, "key to frame: 100,000 letters", load(&big), &[], &list_keys());
    let real_size = write_corpus(dir.path(), 1_000);
    bench_first_frame(c, "1,000 letters", &real_size);
    bench_first_frame(c, "100,000 letters", &big);
}

criterion_group!(reader, benches);
criterion_main!(reader);
