//! The reader app: state and the way keys and the mouse change it. Every change goes through an [`Action`]
//! (keys are mapped to actions by the [`KeyMap`]), so tests drive the app without a terminal; drawing (in
//! [`super::view`]) only reads the state and fills caches.

use super::panes::{ChainPane, ListPane, ReaderPane, StatusLine};
use super::prepared::{Highlight, Prepared};
use super::search::Search;
use super::state::{Geometry, History, Location, MenuKind, Overlay, Pane, Prompt, PromptKind, ReaderPos};
use super::theme::Theme;
use crate::config::{Config, LayoutSpec};
use crate::keys::action::Action;
use crate::keys::map::KeyMap;
use crate::model::{Corpus, LetterIx, Severity};
use crate::presentation::tree::Tree;
use crate::state::ReadingState;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    pub(crate) fn from_config(config: &Config) -> AppConfig {
        AppConfig {
            keymap: config.keymap.clone(),
            theme: Theme::from_spec(&config.theme, std::env::var_os("NO_COLOR").as_deref()),
            layout: config.layout,
        }
    }
}

/// The reader: the corpus and what every pane shares (the current letter, focus, history, search, the reading
/// state), and one component per pane owning its own state. Actions arrive here and go to the panes.
pub struct App {
    pub(crate) config: AppConfig,
    pub(crate) corpus: Option<Corpus>,
    /// Loading progress in bytes (done, total).
    pub(crate) progress: (u64, u64),
    /// Every letter, in reading order.
    pub(crate) reading: Vec<LetterIx>,
    /// For each letter, its position in reading order.
    pub(crate) order_pos: Vec<usize>,
    /// For each letter, its position in its thread.
    pub(crate) thread_pos: Vec<usize>,
    /// The letter in the reading pane.
    pub current: Option<LetterIx>,
    pub focus: Pane,
    pub(crate) history: History,
    pub search: Option<Search>,
    /// Bumped by every new search, to refresh highlights.
    pub(crate) search_generation: u64,
    /// The remembered reading state: read marks and bookmarks are kept in it as they change; the position is
    /// put in by [`App::snapshot_state`]. Set it before the corpus; the corpus applies it.
    pub state: ReadingState,
    /// For each letter, whether it has been opened.
    pub(crate) read: Vec<bool>,
    /// How many letters have not been opened.
    pub(crate) unread: usize,
    /// The letter list.
    pub list: ListPane,
    /// The reading pane.
    pub(crate) reader_pane: ReaderPane,
    /// The reply chain.
    pub(crate) chain: ChainPane,
    /// The status line.
    pub(crate) status: StatusLine,
    /// The prompt in the status line, while one is open.
    pub(crate) prompt: Option<Prompt>,
    /// The overlay over the panes, while one is open.
    pub overlay: Option<Overlay>,
    /// Where the panes were laid out last, for the mouse and for paging.
    pub geo: Geometry,
    /// What the update step prepared for the next frame.
    pub(crate) prepared: Prepared,
    pub(crate) quit: bool,
    /// A count typed before a key (`5j`), until the key.
    pub(crate) count: Option<usize>,
    /// A letter marked unread with `U`: not marked read again until it is left.
    pub(crate) kept_unread: Option<LetterIx>,
    /// A shell command to run with the letter on its input, the terminal restored around it (`|`): taken by the
    /// event loop.
    pub(crate) pipe: Option<(String, String)>,
    /// What `letters check` reports, computed when `!` first asks for it.
    pub(crate) diagnostics: Vec<crate::model::Warning>,
    /// The search runs backwards: its first match is the one before where it started, n goes back.
    pub(crate) search_backward: bool,
    /// While Up and Down browse the searches made: which one is shown.
    pub(crate) recall: Option<usize>,
}

impl App {
    /// A reader waiting for its corpus.
    pub fn new(config: AppConfig) -> App {
        App {
            config,
            corpus: None,
            progress: (0, 0),
            reading: Vec::new(),
            order_pos: Vec::new(),
            thread_pos: Vec::new(),
            current: None,
            focus: Pane::List,
            history: History::default(),
            search: None,
            search_generation: 0,
            state: ReadingState::default(),
            read: Vec::new(),
            unread: 0,
            list: ListPane::default(),
            reader_pane: ReaderPane::default(),
            chain: ChainPane::default(),
            status: StatusLine::default(),
            prompt: None,
            overlay: None,
            geo: Geometry::default(),
            prepared: Prepared::default(),
            quit: false,
            count: None,
            kept_unread: None,
            pipe: None,
            diagnostics: Vec::new(),
            search_backward: false,
            recall: None,
        }
    }

    /// Where the reader is now.
    pub fn location(&self) -> Option<Location> {
        let letter = self.current?;
        Some(Location { letter, pos: self.pos(letter), focus: self.focus })
    }

    /// The scroll and link of a letter (the top and nothing, the first time).
    pub fn pos(&self, letter: LetterIx) -> ReaderPos {
        self.reader_pane.positions.get(&letter).copied().unwrap_or_default()
    }

    /// Runs one action.
    pub(crate) fn apply(&mut self, action: Action) {
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
            Action::HalfPageDown => self.half_page(true),
            Action::HalfPageUp => self.half_page(false),
            Action::LineDown => self.move_by(1),
            Action::LineUp => self.move_by(-1),
            Action::NextLetter => self.step_letter(true),
            Action::PrevLetter => self.step_letter(false),
            Action::NextUnread => self.next_unread(),
            Action::MarkUnread => self.mark_unread(),
            Action::GoTo => self.open_goto(),
            Action::Sort => self.cycle_sort(),
            Action::Save => self.open_save(),
            Action::Pipe => self.open_pipe(),
            Action::Diagnostics => self.open_diagnostics(),
            Action::NarrowList => self.resize_list(-5),
            Action::WidenList => self.resize_list(5),
            Action::SearchBackward => {
                self.open_search();
                self.search_backward = true;
            }
            Action::Edition => self.next_edition(),
            Action::Headers => self.toggle_headers(),
        }
        self.note_read();
    }

    /// An action while an overlay is open.
    fn overlay_action(&mut self, overlay: Overlay, action: Action) {
        match (overlay, action) {
            (_, Action::Quit | Action::Close | Action::Help) => self.overlay = None,
            (Overlay::Bookmarks { .. }, Action::Bookmarks) => self.overlay = None,
            (Overlay::Bookmarks { selected }, Action::Open) => self.jump_to_bookmark(selected),
            (Overlay::Bookmarks { selected }, a) => {
                let n = self.state.bookmarks.len();
                self.overlay = Some(Overlay::Bookmarks { selected: self.menu_step(selected, n, a) });
            }
            (Overlay::Menu(menu), Action::Open) => self.choose(&menu),
            (Overlay::Diagnostics { selected }, Action::Open) => self.jump_to_diagnostic(selected),
            (Overlay::Diagnostics { selected }, a) => {
                let n = self.diagnostics.len();
                self.overlay = Some(Overlay::Diagnostics { selected: self.menu_step(selected, n, a) });
            }
            (Overlay::Menu(mut menu), a) => {
                menu.selected = self.menu_step(menu.selected, menu.items.len(), a);
                self.overlay = Some(Overlay::Menu(menu));
            }
            (Overlay::Help { scroll }, a) => {
                let max = super::view::help_lines::max_scroll(&self.config.keymap, self.geo.screen);
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
        if !self.status.notices.is_empty() {
            self.status.notices.remove(0);
        } else if let Some(s) = self.search.as_mut().filter(|s| !s.hidden) {
            s.hidden = true;
        } else if self.is_filtered() {
            self.clear_filter();
        } else if let Some(cur) = self.current
            && let Some(p) = self.reader_pane.positions.get_mut(&cur)
        {
            p.link = None;
        }
    }

    /// A key while the prompt is open: text editing, Enter, Esc.
    pub(crate) fn prompt_key(&mut self, key: KeyEvent) {
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
            KeyCode::Up | KeyCode::Down if prompt.kind == PromptKind::Search => {
                self.recall_search(key.code == KeyCode::Up);
            }
            _ => {
                let Some(request) = super::prompt_keys::request(key) else { return };
                if prompt.input.handle(request).is_some_and(|changed| changed.value) {
                    self.prompt_changed();
                }
            }
        }
    }

    pub(crate) fn prompt_changed(&mut self) {
        let Some(p) = &self.prompt else { return };
        match p.kind {
            PromptKind::Search => {
                let (query, origin) = (p.input.value().to_string(), p.origin);
                self.search_preview(&query, origin);
            }
            PromptKind::BookmarkNote | PromptKind::GoTo | PromptKind::Save | PromptKind::Pipe => {}
        }
    }

    fn prompt_submitted(&mut self, prompt: Option<Prompt>) {
        let Some(p) = prompt else { return };
        match p.kind {
            PromptKind::Search => self.search_confirm(p.input.value(), p.origin),
            PromptKind::BookmarkNote => self.add_bookmark_note(p.input.value().trim()),
            PromptKind::GoTo => self.goto_submitted(p.input.value()),
            PromptKind::Save => self.save_submitted(p.input.value()),
            PromptKind::Pipe => self.pipe_submitted(p.input.value()),
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
            PromptKind::BookmarkNote => self.status.message = Some("no bookmark added".into()),
            PromptKind::GoTo | PromptKind::Save | PromptKind::Pipe => {}
        }
    }

    /// Moves focus; the chain view's cursor starts on the current letter.
    pub(crate) fn set_focus(&mut self, pane: Pane) {
        if pane == Pane::Chain && self.focus != Pane::Chain {
            self.sync_chain();
        }
        self.focus = pane;
    }

    /// The highlights of search matches in `letter`, located in its blocks (cached per search).
    pub(crate) fn highlights_of(&mut self, letter: LetterIx) -> Rc<Vec<Highlight>> {
        let generation = self.search_generation;
        if let Some((l, g, h)) = &self.reader_pane.highlights
            && *l == letter
            && *g == generation
        {
            return Rc::clone(h);
        }
        let mut out = Vec::new();
        if let (Some(search), Some(corpus)) = (&self.search, &self.corpus) {
            let range = search.in_letter(letter, &self.order_pos);
            if !range.is_empty() {
                let doc = self.reader_pane.cache.doc(corpus, letter);
                for i in range {
                    let m = search.matches[i];
                    if let Some((block, start, end)) = doc.locate(m.part, m.start, m.end) {
                        out.push(Highlight { block, start, end, index: i });
                    }
                }
            }
        }
        let h = Rc::new(out);
        self.reader_pane.highlights = Some((letter, generation, Rc::clone(&h)));
        h
    }

    /// The reply-chain tree of the current letter's thread, built when the thread changes.
    pub(crate) fn tree(&mut self) -> Option<Rc<Tree>> {
        let corpus = self.corpus.as_ref()?;
        let thread = corpus.letters.get(self.current?)?.thread;
        let cap = self.tree_cap();
        Some(self.chain.tree(corpus, thread, cap))
    }

    /// How far the chain view indents at most.
    fn tree_cap(&self) -> usize {
        crate::presentation::tree::indent_cap(self.chain_view().0)
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
pub(crate) fn load_notices(corpus: &Corpus) -> Vec<String> {
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
