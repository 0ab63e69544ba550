//! The app as the terminal runtime and `render` drive it: corpus, keys, mouse, the update step and drawing.

use super::app::{App, load_notices};
use super::reading_order::ReadingOrder;
use super::screen::Screen;
use super::state::{History, Overlay};
use crate::model::{Corpus, LetterIx};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::Rect;

impl Screen for App {
    fn set_progress(&mut self, done: u64, total: u64) {
        self.status.progress = (done, total);
    }

    fn set_corpus(&mut self, corpus: Corpus) {
        self.order = ReadingOrder::new(&corpus);
        // One letter printed in several editions is listed once, at its first printing (`e` switches).
        let once = |ix: &LetterIx| corpus.letters.get(*ix).is_none_or(|l| l.editions.iter().all(|&e| e > *ix));
        let rows = self.order.letters.iter().copied().filter(once).collect();
        self.list.set_rows(rows, corpus.letters.len());
        self.current = self.list.rows.first().copied();
        self.reader_pane.clear();
        self.history = History::default();
        self.search = None;
        self.chain.clear();
        self.status.notices.extend(load_notices(&corpus));
        self.corpus = Some(corpus);
        self.status.progress = (self.status.progress.1, self.status.progress.1);
        self.sync_chain();
        self.restore_state();
    }

    fn handle_key(&mut self, key: KeyEvent) {
        // A terminal sends Esc as a lone ESC byte, and Alt-x as ESC x: an Esc typed just before a key reaches us
        // as Alt and that key. Unless Alt-x is bound, read it as the two keys the user typed.
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl_c {
            self.quit = true;
            return;
        }
        if key.modifiers.contains(KeyModifiers::ALT)
            && matches!(key.code, KeyCode::Char(_))
            && self.config.keymap.action(key).is_none()
            && (!self.prompt.is_open() || super::prompt_keys::request(key).is_none())
        {
            self.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            self.handle_key(KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT));
            return;
        }
        self.status.message = None;
        self.reader_pane.flash = None;
        if crate::keys::is_ctrl_c(key) {
            // Ctrl-C quits whatever the config binds: there is always a way out.
            self.quit = true;
        } else if self.prompt.is_open() {
            self.prompt_key(key);
        } else if matches!(self.overlay, Some(Overlay::Bookmarks { .. }))
            && matches!(key.code, KeyCode::Char('d') | KeyCode::Delete)
            && !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            self.delete_selected_bookmark();
        } else if let Some(action) = self.config.keymap.action(key) {
            match self.count.take() {
                Some(n) if self.overlay.is_none() => self.apply_counted(action, n),
                _ => self.apply(action),
            }
        } else if let KeyCode::Char(c) = key.code
            && self.overlay.is_none()
            && key.modifiers.is_empty()
            && let Some(d) = c.to_digit(10)
            && self.count_digit(d)
        {
            return;
        } else {
            self.count = None;
        }
        if !self.prompt.is_open() {
            self.note_read();
        }
    }

    fn handle_mouse(&mut self, event: MouseEvent) {
        if self.overlay.is_some() || self.prompt.is_open() || self.corpus.is_none() {
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

    fn update(&mut self, area: Rect) {
        App::update(self, area);
    }

    fn draw(&self, frame: &mut Frame) {
        super::view::draw(self, frame);
    }

    fn should_quit(&self) -> bool {
        self.quit
    }

    fn take_pipe(&mut self) -> Option<(String, String)> {
        App::take_pipe(self)
    }

    fn say(&mut self, message: String) {
        self.status.say(message);
    }
}
