//! The reader app: state and the way keys and the mouse change it. Every change goes through an [`Action`]
//! (keys are mapped to actions by the [`KeyMap`]), so tests drive the app without a terminal; drawing (in
//! [`super::view`]) only reads the state and fills caches.

use super::reader_cache::ReaderCache;
use super::screen::Screen;
use super::search::Search;
use super::state::{Geometry, History, ListState, Location, MenuKind, Overlay, Pane, Prompt, PromptKind, ReaderPos};
use super::theme::Theme;
use super::tree::Tree;
use crate::config::{Config, LayoutSpec};
use crate::keys::action::Action;
use crate::keys::map::KeyMap;
use crate::model::filter::Filter;
use crate::model::{Corpus, LetterIx, Severity};
use crate::state::ReadingState;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use std::collections::{HashMap, VecDeque};

/// Reply trees kept built: moving between letters of a few threads never rebuilds one.
const TREES_KEPT: usize = 8;
use std::rc::Rc;

/// What the app is built with: key bindings, colours and layout (the config file fills it in).
#[derive(Debug, Clone, Default)]
pub struct AppConfig {
    pub keymap: KeyMap,
    pub theme: Theme,
    pub layout: LayoutSpec,
}

impl AppConfig {
    /// The app's config from the config file's: its keys and layout, its colours unless `NO_COLOR` is set.
    pub fn from_config(config: &Config) -> AppConfig {
        AppConfig {
            keymap: config.keymap.clone(),
            theme: Theme::from_spec(&config.theme, std::env::var_os("NO_COLOR").as_deref()),
            layout: config.layout,
        }
    }
}

/// A search match located in the current letter's blocks: block, display range, match index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub index: usize,
}

/// The reader.
pub struct App {
    pub config: AppConfig,
    pub corpus: Option<Corpus>,
    /// Loading progress in bytes (done, total).
    pub progress: (u64, u64),
    /// Every letter, in reading order.
    pub reading: Vec<LetterIx>,
    /// The letters of the list, in reading order.
    pub list: Vec<LetterIx>,
    /// For each letter, its row in the list (`usize::MAX` when not listed).
    pub list_row: Vec<usize>,
    /// For each letter, its position in reading order.
    pub order_pos: Vec<usize>,
    /// For each letter, its position in its thread.
    pub thread_pos: Vec<usize>,
    pub list_state: ListState,
    /// The letter in the reading pane.
    pub current: Option<LetterIx>,
    /// Scroll and selected link of each letter visited.
    pub positions: HashMap<LetterIx, ReaderPos>,
    /// Cursor and scroll of the chain view.
    pub chain_state: ListState,
    /// Reply trees of the threads seen last, most recent first.
    pub trees: VecDeque<Rc<Tree>>,
    pub focus: Pane,
    pub overlay: Option<Overlay>,
    pub prompt: Option<Prompt>,
    pub search: Option<Search>,
    /// Bumped by every new search, to refresh highlights.
    pub search_generation: u64,
    /// A message for the status line, until the next key.
    pub message: Option<String>,
    pub history: History,
    pub cache: ReaderCache,
    /// Highlights of the current letter: (letter, search generation, highlights).
    pub highlights: Option<(LetterIx, u64, Rc<Vec<Highlight>>)>,
    pub geo: Geometry,
    /// The remembered reading state: read marks and bookmarks are kept in it as they change; the position is
    /// put in by [`App::snapshot_state`]. Set it before the corpus; the corpus applies it.
    pub state: ReadingState,
    /// For each letter, whether it has been opened.
    pub read: Vec<bool>,
    /// How many letters have not been opened.
    pub unread: usize,
    /// Problems to show in the status line until dismissed with Esc (a bad config, a corrupt state file).
    pub notices: Vec<String>,
    /// The filter of the list (correspondents, year).
    pub filter: Filter,
    /// Unread letters only in the list.
    pub unread_only: bool,
    quit: bool,
}

impl App {
    /// A reader waiting for its corpus.
    pub fn new(config: AppConfig) -> App {
        App {
            config,
            corpus: None,
            progress: (0, 0),
            reading: Vec::new(),
            list: Vec::new(),
            list_row: Vec::new(),
            order_pos: Vec::new(),
            thread_pos: Vec::new(),
            list_state: ListState::default(),
            current: None,
            positions: HashMap::new(),
            chain_state: ListState::default(),
            trees: VecDeque::new(),
            focus: Pane::List,
            overlay: None,
            prompt: None,
            search: None,
            search_generation: 0,
            message: None,
            history: History::default(),
            cache: ReaderCache::default(),
            highlights: None,
            geo: Geometry::default(),
            state: ReadingState::default(),
            read: Vec::new(),
            unread: 0,
            notices: Vec::new(),
            filter: Filter::default(),
            unread_only: false,
            quit: false,
        }
    }

    /// Asks the app to quit.
    pub fn request_quit(&mut self) {
        self.quit = true;
    }

    /// Where the reader is now.
    pub fn location(&self) -> Option<Location> {
        let letter = self.current?;
        Some(Location { letter, pos: self.pos(letter), focus: self.focus })
    }

    /// The scroll and link of a letter (the top and nothing, the first time).
    pub fn pos(&self, letter: LetterIx) -> ReaderPos {
        self.positions.get(&letter).copied().unwrap_or_default()
    }

    /// Runs one action.
    pub fn apply(&mut self, action: Action) {
        if let Some(overlay) = self.overlay.clone() {
            self.overlay_action(overlay, action);
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Close => self.close(),
            _ if self.corpus.is_none() => {}
            Action::FocusNext => self.set_focus(self.focus.cycle(true)),
            Action::FocusPrev => self.set_focus(self.focus.cycle(false)),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageDown => self.page(true),
            Action::PageUp => self.page(false),
            Action::Top => self.move_to_end(false),
            Action::Bottom => self.move_to_end(true),
            Action::Open => self.open(),
            Action::ReplyParent => self.reply_parent(),
            Action::FirstReply => self.first_reply(),
            Action::ThreadPrev => self.thread_step(false),
            Action::ThreadNext => self.thread_step(true),
            Action::NextLink => self.select_link(true),
            Action::PrevLink => self.select_link(false),
            Action::Back => self.back(),
            Action::Forward => self.forward(),
            Action::Search => self.open_search(),
            Action::NextMatch => self.next_match(true),
            Action::PrevMatch => self.next_match(false),
            Action::Bookmark => self.toggle_bookmark(),
            Action::BookmarkNote => self.open_note_prompt(),
            Action::Bookmarks => self.overlay = Some(Overlay::Bookmarks { selected: 0 }),
            Action::FilterCorrespondent => self.open_menu(MenuKind::Correspondents),
            Action::FilterYear => self.open_menu(MenuKind::Years),
            Action::UnreadOnly => self.toggle_unread_only(),
            Action::Edition => self.next_edition(),
        }
        self.note_read();
    }

    /// An action while an overlay is open.
    fn overlay_action(&mut self, overlay: Overlay, action: Action) {
        match (overlay, action) {
            (_, Action::Quit) => self.quit = true,
            (_, Action::Close | Action::Help) => self.overlay = None,
            (Overlay::Bookmarks { .. }, Action::Bookmarks) => self.overlay = None,
            (Overlay::Bookmarks { selected }, Action::Open) => self.jump_to_bookmark(selected),
            (Overlay::Bookmarks { selected }, a) => {
                let n = self.state.bookmarks.len();
                self.overlay = Some(Overlay::Bookmarks { selected: self.menu_step(selected, n, a) });
            }
            (Overlay::Menu(menu), Action::Open) => self.choose(&menu),
            (Overlay::Menu(mut menu), a) => {
                menu.selected = self.menu_step(menu.selected, menu.items.len(), a);
                self.overlay = Some(Overlay::Menu(menu));
            }
            (Overlay::Help { scroll }, a) => {
                let max = super::view::help::max_scroll(self);
                let page = self.geo.screen.height.saturating_sub(4).max(1) as usize;
                self.overlay = Some(Overlay::Help { scroll: stepped(scroll, a, page, max) });
            }
        }
    }

    /// A cursor row moved by an action in a list of `n` rows (the bookmarks overlay, a filter menu).
    fn menu_step(&self, selected: usize, n: usize, action: Action) -> usize {
        let page = self.geo.screen.height.saturating_sub(6).max(1) as usize;
        stepped(selected, action, page, n.saturating_sub(1))
    }

    /// Esc: dismisses a notice, else hides search highlights, else clears the filter, else drops the selected
    /// link.
    fn close(&mut self) {
        if !self.notices.is_empty() {
            self.notices.remove(0);
        } else if let Some(s) = self.search.as_mut().filter(|s| !s.hidden) {
            s.hidden = true;
        } else if self.is_filtered() {
            self.clear_filter();
        } else if let Some(cur) = self.current {
            if let Some(p) = self.positions.get_mut(&cur) {
                p.link = None;
            }
        }
    }

    /// A key while the prompt is open: text editing, Enter, Esc.
    fn prompt_key(&mut self, key: KeyEvent) {
        let Some(prompt) = self.prompt.as_mut() else { return };
        match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            KeyCode::Esc => {
                let p = self.prompt.take();
                self.prompt_cancelled(p);
            }
            KeyCode::Enter => {
                let p = self.prompt.take();
                self.prompt_submitted(p);
            }
            KeyCode::Backspace => {
                prompt.input.pop();
                self.prompt_changed();
            }
            KeyCode::Char(c) if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                prompt.input.push(c);
                self.prompt_changed();
            }
            _ => {}
        }
    }

    fn prompt_changed(&mut self) {
        let Some(p) = &self.prompt else { return };
        match p.kind {
            PromptKind::Search => {
                let (query, origin) = (p.input.clone(), p.origin);
                self.search_preview(&query, origin);
            }
            PromptKind::BookmarkNote => {}
        }
    }

    fn prompt_submitted(&mut self, prompt: Option<Prompt>) {
        let Some(p) = prompt else { return };
        match p.kind {
            PromptKind::Search => self.search_confirm(&p.input, p.origin),
            PromptKind::BookmarkNote => self.add_bookmark_note(p.input.trim()),
        }
    }

    fn prompt_cancelled(&mut self, prompt: Option<Prompt>) {
        let Some(p) = prompt else { return };
        match p.kind {
            PromptKind::Search => {
                self.search = None;
                if let Some(o) = p.origin {
                    self.go(o);
                }
            }
            PromptKind::BookmarkNote => self.message = Some("no bookmark added".into()),
        }
    }

    /// Moves focus; the chain view's cursor starts on the current letter.
    pub fn set_focus(&mut self, pane: Pane) {
        if pane == Pane::Chain && self.focus != Pane::Chain {
            self.sync_chain();
        }
        self.focus = pane;
    }

    /// The highlights of search matches in `letter`, located in its blocks (cached per search).
    pub fn highlights_of(&mut self, letter: LetterIx) -> Rc<Vec<Highlight>> {
        let generation = self.search_generation;
        if let Some((l, g, h)) = &self.highlights
            && *l == letter
            && *g == generation
        {
            return Rc::clone(h);
        }
        let mut out = Vec::new();
        if let (Some(search), Some(corpus)) = (&self.search, &self.corpus) {
            let range = search.in_letter(letter, &self.order_pos);
            if !range.is_empty() {
                let doc = self.cache.doc(corpus, letter);
                for i in range {
                    let m = search.matches[i];
                    if let Some((block, start, end)) = doc.locate(m.part, m.start, m.end) {
                        out.push(Highlight { block, start, end, index: i });
                    }
                }
            }
        }
        let h = Rc::new(out);
        self.highlights = Some((letter, generation, Rc::clone(&h)));
        h
    }

    /// The reply-chain tree of the current letter's thread, built when the thread changes.
    pub fn tree(&mut self) -> Option<Rc<Tree>> {
        let corpus = self.corpus.as_ref()?;
        let thread = corpus.letters.get(self.current?)?.thread;
        let cap = self.tree_cap();
        if let Some(i) = self.trees.iter().position(|t| t.thread == thread && t.cap == cap) {
            if i > 0
                && let Some(t) = self.trees.remove(i)
            {
                self.trees.push_front(t);
            }
        } else {
            self.trees.push_front(Rc::new(Tree::build(corpus, thread, cap)));
            self.trees.truncate(TREES_KEPT);
        }
        self.trees.front().cloned()
    }

    /// How far the chain view indents at most: a third of its width.
    fn tree_cap(&self) -> usize {
        let w = self.chain_view().0;
        ((w / 3).clamp(4, 24)) & !1
    }
}

impl Screen for App {
    fn set_progress(&mut self, done: u64, total: u64) {
        self.progress = (done, total);
    }

    fn set_corpus(&mut self, corpus: Corpus) {
        let n = corpus.letters.len();
        let mut order: Vec<LetterIx> = corpus.reading_order.iter().copied().filter(|&i| i < n).collect();
        if order.len() != n {
            order = (0..n).collect();
        }
        self.order_pos = vec![usize::MAX; n];
        for (p, &ix) in order.iter().enumerate() {
            self.order_pos[ix] = p;
        }
        self.list_row = self.order_pos.clone();
        self.thread_pos = vec![0; n];
        for t in &corpus.threads {
            for (p, &ix) in t.letters.iter().enumerate() {
                if let Some(x) = self.thread_pos.get_mut(ix) {
                    *x = p;
                }
            }
        }
        self.reading = order.clone();
        // One letter printed in several editions is listed once, at its first printing (`e` switches).
        let once = |ix: &LetterIx| corpus.letters.get(*ix).is_none_or(|l| l.editions.iter().all(|&e| e > *ix));
        if order.iter().any(|ix| !once(ix)) {
            self.list_row = vec![usize::MAX; n];
            for (row, &ix) in order.iter().filter(|ix| once(ix)).enumerate() {
                self.list_row[ix] = row;
            }
        }
        self.list = order.into_iter().filter(once).collect();
        self.list_state = ListState::default();
        self.current = self.list.first().copied();
        self.positions.clear();
        self.history = History::default();
        self.search = None;
        self.highlights = None;
        self.trees.clear();
        self.cache.clear();
        self.notices.extend(load_notices(&corpus));
        self.corpus = Some(corpus);
        self.progress = (self.progress.1, self.progress.1);
        self.sync_chain();
        self.restore_state();
    }

    fn handle_key(&mut self, key: KeyEvent) {
        // A terminal sends Esc as a lone ESC byte, and Alt-x as ESC x: an Esc typed just before a key reaches us
        // as Alt and that key. Unless Alt-x is bound, read it as the two keys the user typed.
        if key.modifiers.contains(KeyModifiers::ALT)
            && matches!(key.code, KeyCode::Char(_))
            && self.config.keymap.action(key).is_none()
        {
            self.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            self.handle_key(KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT));
            return;
        }
        self.message = None;
        if self.prompt.is_some() {
            self.prompt_key(key);
        } else if matches!(self.overlay, Some(Overlay::Bookmarks { .. }))
            && matches!(key.code, KeyCode::Char('d') | KeyCode::Delete)
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            self.delete_selected_bookmark();
        } else if let Some(action) = self.config.keymap.action(key) {
            self.apply(action);
        }
        self.note_read();
    }

    fn handle_mouse(&mut self, event: MouseEvent) {
        if self.overlay.is_some() || self.prompt.is_some() || self.corpus.is_none() {
            return;
        }
        let (x, y) = (event.column, event.row);
        match event.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = event.kind == MouseEventKind::ScrollDown;
                if let Some((pane, _)) = self.geo.pane_at(x, y) {
                    self.wheel(pane, down);
                }
            }
            MouseEventKind::Down(MouseButton::Left) => self.click(x, y),
            _ => {}
        }
        self.note_read();
    }

    fn draw(&mut self, frame: &mut Frame) {
        super::view::draw(self, frame);
    }

    fn should_quit(&self) -> bool {
        self.quit
    }
}

/// A position moved by a movement action (a row, a page of `page` rows, the top, the bottom), kept within `last`.
fn stepped(pos: usize, action: Action, page: usize, last: usize) -> usize {
    let to = match action {
        Action::Up => pos.saturating_sub(1),
        Action::Down => pos + 1,
        Action::PageUp => pos.saturating_sub(page),
        Action::PageDown => pos + page,
        Action::Top => 0,
        Action::Bottom => last,
        _ => pos,
    };
    to.min(last)
}

/// What the reader says at once about a load: files that could not be read, and why there are no letters.
fn load_notices(corpus: &Corpus) -> Vec<String> {
    let mut out = Vec::new();
    let errors = corpus.warnings.iter().filter(|w| w.severity == Severity::Error).count();
    if errors > 0 {
        let s = if errors == 1 { "" } else { "s" };
        out.push(format!("{errors} file{s} could not be read (`letters check` lists them)"));
    }
    if corpus.letters.is_empty()
        && let Some(w) = corpus.warnings.iter().find(|w| w.severity == Severity::Warning)
    {
        out.push(format!("{}: {}", w.file, w.message));
    }
    out
}
