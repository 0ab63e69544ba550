//! The reader app: state and the way keys and the mouse change it. Every change goes through an [`Action`]
//! (keys are mapped to actions by the [`KeyMap`]), so tests drive the app without a terminal; drawing (in
//! [`super::view`]) only reads the state and fills caches.

use super::panes::{ChainPane, ListPane, OverlayStep, PromptEvent, PromptLine, ReaderPane, Room, StatusLine};
use super::prepared::{Highlight, Prepared};
use super::read_marks::ReadMarks;
use super::reading_order::ReadingOrder;
use super::search::Search;
use super::state::{Geometry, History, Location, MenuKind, Overlay, Pane, Prompt, PromptKind, ReaderPos};
use super::theme::Theme;
use crate::config::{Config, LayoutSpec};
use crate::keys::action::Action;
use crate::keys::map::KeyMap;
use crate::model::{Corpus, LetterIx, Severity};
use crate::presentation::tree::Tree;
use crate::state::ReadingState;
use crossterm::event::KeyEvent;

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

/// The reader: the corpus and what the panes share (the current letter, focus, history, search, the reading state
/// and read marks), and one component per pane owning its own state. Actions arrive here and go to the panes.
pub struct App {
    pub(crate) config: AppConfig,
    pub(crate) corpus: Option<Corpus>,
    /// The letters in reading order, and each letter's place in it and in its thread.
    pub(crate) order: ReadingOrder,
    /// The letter in the reading pane.
    pub current: Option<LetterIx>,
    pub focus: Pane,
    pub(crate) history: History,
    pub search: Option<Search>,
    /// The search runs backwards: its first match is the one before where it started, n goes back.
    pub(crate) search_backward: bool,
    /// The remembered reading state: read marks and bookmarks are kept in it as they change; the position is
    /// put in by [`App::snapshot_state`]. Set it before the corpus; the corpus applies it.
    pub state: ReadingState,
    /// Which letters have been opened.
    pub(crate) marks: ReadMarks,
    /// The letter list.
    pub list: ListPane,
    /// The reading pane.
    pub(crate) reader_pane: ReaderPane,
    /// The reply chain.
    pub(crate) chain: ChainPane,
    /// The status line.
    pub(crate) status: StatusLine,
    /// The prompt in the status line.
    pub(crate) prompt: PromptLine,
    /// The overlay over the panes, while one is open.
    pub overlay: Option<Overlay>,
    /// What `letters check` reports, computed when `!` first asks for it.
    pub(crate) diagnostics: Vec<crate::model::Warning>,
    /// Where the panes were laid out last, for the mouse and for paging.
    pub geo: Geometry,
    /// What the update step prepared for the next frame.
    pub(crate) prepared: Prepared,
    pub(crate) quit: bool,
    /// A count typed before a key (`5j`), until the key.
    pub(crate) count: Option<usize>,
}

impl App {
    /// A reader waiting for its corpus.
    pub fn new(config: AppConfig) -> App {
        App {
            config,
            corpus: None,
            order: ReadingOrder::default(),
            current: None,
            focus: Pane::List,
            history: History::default(),
            search: None,
            search_backward: false,
            state: ReadingState::default(),
            marks: ReadMarks::default(),
            list: ListPane::default(),
            reader_pane: ReaderPane::default(),
            chain: ChainPane::default(),
            status: StatusLine::default(),
            prompt: PromptLine::default(),
            overlay: None,
            diagnostics: Vec::new(),
            geo: Geometry::default(),
            prepared: Prepared::default(),
            quit: false,
            count: None,
        }
    }

    /// Where the reader is now.
    pub fn location(&self) -> Option<Location> {
        let letter = self.current?;
        Some(Location { letter, pos: self.pos(letter), focus: self.focus })
    }

    /// The scroll and link of a letter (the top and nothing, the first time).
    pub fn pos(&self, letter: LetterIx) -> ReaderPos {
        self.reader_pane.pos(letter)
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

    /// An action while an overlay is open: the overlay moves its cursor, the app does what Enter chooses.
    fn overlay_action(&mut self, overlay: Overlay, action: Action) {
        let help_max = match overlay {
            Overlay::Help { .. } => super::view::help_lines::max_scroll(&self.config.keymap, self.geo.screen),
            _ => 0,
        };
        let room = Room {
            bookmarks: self.state.bookmarks.len(),
            diagnostics: self.diagnostics.len(),
            help_max,
            screen_height: self.geo.screen.height,
        };
        match overlay.step(action, room) {
            OverlayStep::Stay(o) => self.overlay = Some(o),
            OverlayStep::Close => self.overlay = None,
            OverlayStep::Bookmark(selected) => self.jump_to_bookmark(selected),
            OverlayStep::Choose(menu) => self.choose(&menu),
            OverlayStep::Diagnostic(selected) => self.jump_to_diagnostic(selected),
        }
    }

    /// Esc: dismisses a notice, else hides search highlights, else clears the filter, else drops the selected
    /// link.
    fn close(&mut self) {
        if self.status.dismiss() {
            return;
        }
        if let Some(s) = self.search.as_mut().filter(|s| !s.hidden) {
            s.hidden = true;
        } else if self.list.is_filtered() {
            self.clear_filter();
        } else if let Some(cur) = self.current {
            self.reader_pane.set_link(cur, None);
        }
    }

    /// A key while the prompt is open: the prompt edits its text; the app does what Enter, Esc and Up ask.
    pub(crate) fn prompt_key(&mut self, key: KeyEvent) {
        match self.prompt.key(key) {
            PromptEvent::Nothing => {}
            PromptEvent::Quit => self.quit = true,
            PromptEvent::Changed => self.prompt_changed(),
            PromptEvent::Recall { older } => {
                if self.prompt.recall(&self.state.searches, older) {
                    self.prompt_changed();
                }
            }
            PromptEvent::Cancelled(p) => self.prompt_cancelled(p),
            PromptEvent::Submitted(p) => self.prompt_submitted(p),
        }
    }

    pub(crate) fn prompt_changed(&mut self) {
        let Some(p) = &self.prompt.open else { return };
        match p.kind {
            PromptKind::Search => {
                let (query, origin) = (p.input.value().to_string(), p.origin);
                self.search_preview(&query, origin);
            }
            PromptKind::BookmarkNote | PromptKind::GoTo | PromptKind::Save | PromptKind::Pipe => {}
        }
    }

    fn prompt_submitted(&mut self, p: Prompt) {
        match p.kind {
            PromptKind::Search => self.search_confirm(p.input.value(), p.origin),
            PromptKind::BookmarkNote => self.add_bookmark_note(p.input.value().trim()),
            PromptKind::GoTo => self.goto_submitted(p.input.value()),
            PromptKind::Save => self.save_submitted(p.input.value()),
            PromptKind::Pipe => self.pipe_submitted(p.input.value()),
        }
    }

    fn prompt_cancelled(&mut self, p: Prompt) {
        match p.kind {
            PromptKind::Search => {
                self.search = None;
                if let Some(o) = p.origin {
                    self.go(o);
                }
            }
            PromptKind::BookmarkNote => self.status.say("no bookmark added"),
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
        let Some(corpus) = self.corpus.as_ref() else { return Rc::default() };
        self.reader_pane.highlights(corpus, self.search.as_ref(), &self.order.pos, letter)
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
