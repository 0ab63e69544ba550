//! Shared helpers of the reader tests: apps on the bundled letters or on hand-built corpora, screens as text.
#![allow(dead_code)]

use letters::config::LoadedConfig;
use letters::keys::map::KeyMap;
use letters::model::{Corpus, Date, Footnote, FootnoteRef, Input, Letter, LetterIx, ReplyBasis, Thread};
use letters::reader::app::{App, AppConfig};
use letters::reader::app_for;
use letters::reader::headless::{render_buffer, render_screen};
use letters::reader::screen::Screen;
use letters::reader::theme::Theme;
use letters::state::StateStore;
use ratatui::buffer::Buffer;

/// The bundled letters.
pub fn bundled() -> Corpus {
    letters::loader::load(&Input::Bundled).expect("bundled letters load")
}

/// An app on a corpus, with the default keys and the colour theme.
pub fn app_on(corpus: Corpus) -> App {
    let mut app = App::new(AppConfig { keymap: KeyMap::default(), theme: Theme::colored(), ..AppConfig::default() });
    app.set_corpus(corpus);
    app
}

/// The screen after typing `keys` into a fresh app on `corpus`.
pub fn screen_of(corpus: Corpus, w: u16, h: u16, keys: &str) -> String {
    render_screen(&mut app_on(corpus), w, h, keys).expect("render")
}

/// The screen of the bundled letters after `keys`.
pub fn bundled_screen(w: u16, h: u16, keys: &str) -> String {
    screen_of(bundled(), w, h, keys)
}

/// The reader on the bundled letters as it starts: the store loaded, the app built from it (default config).
pub fn open_app(store: &mut StateStore) -> App {
    let mut app = app_for(&LoadedConfig::default(), store.load());
    app.set_corpus(bundled());
    app
}

/// A state store for the bundled letters in a new temp dir (dropped with the dir), and the reader started on it.
pub fn fresh_reader() -> (tempfile::TempDir, StateStore, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = StateStore::in_dir(dir.path(), &Input::Bundled);
    let app = open_app(&mut store);
    (dir, store, app)
}

/// Quits as the reader does: the app's state saved in the store.
pub fn quit(app: &mut App, store: &StateStore) {
    let state = app.snapshot_state().expect("a corpus is loaded");
    store.save(&state).expect("saved");
}

/// Quits, then starts the reader again on the same store.
pub fn reopen(app: &mut App, store: &mut StateStore) -> App {
    quit(app, store);
    open_app(store)
}

/// Types more keys into an existing app and returns the screen.
pub fn more(app: &mut App, w: u16, h: u16, keys: &str) -> String {
    render_screen(app, w, h, keys).expect("render")
}

/// The buffer (with styles) after `keys`.
pub fn buffer_of(app: &mut App, w: u16, h: u16, keys: &str) -> Buffer {
    render_buffer(app, w, h, keys).expect("render")
}

/// A letter with a date and paragraphs.
pub fn letter(sender: &str, recipient: &str, date: Option<(i32, u8, u8)>, paragraphs: &[&str]) -> Letter {
    let mut l = Letter::new("test.txt", 1, format!("{sender} to {recipient}"), sender.into(), recipient.into());
    l.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
    l.paragraphs = paragraphs.iter().map(|p| p.to_string()).collect();
    (0..paragraphs.len()).for_each(|i| l.push_paragraph_line(3 + 2 * i));
    l
}

/// Adds a footnote marker at `offset` of paragraph `p` pointing at a new footnote with `text` (or none).
pub fn footnote(l: &mut Letter, p: isize, offset: usize, marker: &str, text: Option<&str>) {
    let footnote = text.map(|t| {
        l.footnotes.push(Footnote { label: (l.footnotes.len() + 1).to_string(), text: t.into(), line: 99 });
        l.footnotes.len() - 1
    });
    l.footnote_refs.push(FootnoteRef { marker: marker.into(), paragraph: p, offset, footnote });
}

/// A corpus of these letters in this order, with reply links `(reply, parent, basis)`; threads are the connected
/// groups.
pub fn corpus_of(mut letters: Vec<Letter>, links: &[(LetterIx, LetterIx, ReplyBasis)]) -> Corpus {
    let n = letters.len();
    for (i, l) in letters.iter_mut().enumerate() {
        l.id = format!("test/{}", i + 1);
        l.ordinal = i + 1;
    }
    let mut replies = vec![Vec::new(); n];
    for &(child, parent, basis) in links {
        letters[child].replies_to = Some(parent);
        letters[child].reply_basis = Some(basis);
        replies[parent].push(child);
    }
    for r in &mut replies {
        r.sort();
    }
    // Threads: follow replies_to up to a root.
    let root_of = |mut i: usize| {
        while let Some(p) = letters[i].replies_to {
            i = p;
        }
        i
    };
    let mut threads: Vec<Thread> = Vec::new();
    let mut thread_of_root = std::collections::HashMap::new();
    for i in 0..n {
        let r = root_of(i);
        let t = *thread_of_root.entry(r).or_insert_with(|| {
            threads.push(Thread { id: format!("test/{}", r + 1), roots: vec![r], letters: vec![] });
            threads.len() - 1
        });
        threads[t].letters.push(i);
    }
    for (t, th) in threads.iter().enumerate() {
        for &i in &th.letters {
            letters[i].thread = t;
        }
    }
    Corpus { letters, threads, replies, reading_order: (0..n).collect(), ..Corpus::default() }
}

/// The last row of a screen: the status line.
pub fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

/// The rows of a screen.
pub fn rows(screen: &str) -> Vec<&str> {
    screen.lines().collect()
}
