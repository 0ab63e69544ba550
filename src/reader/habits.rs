//! Habits of less and mutt users: half pages and single lines, the next and previous letter from any pane, the
//! next unread letter, marking a letter unread again, counts before a key, and the `:` go-to prompt.

use super::app::App;
use super::state::{Pane, PromptKind, ReaderPos};
use crate::keys::action::Action;

/// A count typed before a key is kept at most this large.
const MAX_COUNT: usize = 1_000_000;

/// Repeated actions run at most this many times, whatever the count.
const MAX_REPEAT: usize = 10_000;

impl App {
    /// Ctrl-d / Ctrl-u: half a page in the focused pane.
    pub(crate) fn half_page(&mut self, down: bool) {
        let sign = if down { 1 } else { -1 };
        match self.focus {
            Pane::List => self.move_by(sign * (self.list_height() / 2).max(1) as isize),
            Pane::Reader => self.scroll_reader(sign * (self.reader_view().1 / 2).max(1) as isize),
            Pane::Chain => self.move_by(sign * (self.chain_view().1 / 2).max(1) as isize),
        }
    }

    /// J / K: the next or previous letter of the list, from any pane; the focus stays where it is.
    pub(crate) fn step_letter(&mut self, next: bool) {
        if self.list.rows.is_empty() {
            return;
        }
        match self.list.step(self.current_row(), next) {
            Ok(to) => self.select_row(to),
            Err(message) => self.status.say(message),
        }
    }

    /// Space at the end of a letter: the next letter, at its top. False when there is none.
    pub(crate) fn page_into_next(&mut self) -> bool {
        let Some(row) = self.current_row() else { return false };
        if row + 1 >= self.list.rows.len() {
            self.status.say("end of the last letter");
            return true;
        }
        self.select_row(row + 1);
        if let Some(cur) = self.current {
            self.reader_pane.positions.insert(cur, ReaderPos::default());
        }
        true
    }

    /// b at the top of a letter: the previous letter, at its end. False when there is none.
    pub(crate) fn page_into_prev(&mut self) -> bool {
        let Some(row) = self.current_row() else { return false };
        if row == 0 {
            self.status.say("top of the first letter");
            return true;
        }
        self.select_row(row - 1);
        self.scroll_reader(isize::MAX / 2);
        true
    }

    /// The list row of the current letter, if it is listed.
    pub(crate) fn current_row(&self) -> Option<usize> {
        self.list.row(self.current?)
    }

    /// The next unread letter of the list after the current one, wrapping round.
    pub(crate) fn next_unread(&mut self) {
        let n = self.list.rows.len();
        let start = self.current_row().map_or(0, |r| r + 1);
        let found = (0..n).map(|i| (start + i) % n).find(|&r| !self.marks.is_read(self.list.rows[r]));
        match found {
            Some(r) => {
                self.select_row(r);
                if self.focus == Pane::List {
                    self.set_focus(Pane::Reader);
                }
            }
            None => self.status.say("no unread letter"),
        }
    }

    /// U: the current letter is unread again (until it is left and opened again).
    pub(crate) fn mark_unread(&mut self) {
        let Some(cur) = self.current else { return };
        self.marks.unmark(cur);
        if let Some(id) = self.corpus.as_ref().and_then(|c| c.letters.get(cur)).map(|l| l.id.clone()) {
            self.state.read.remove(&id);
        }
        self.status.say("marked unread");
    }

    /// A digit typed before a key: adds to the count. False when the key is not part of a count.
    pub(crate) fn count_digit(&mut self, digit: u32) -> bool {
        if digit == 0 && self.count.is_none() {
            return false;
        }
        let c = self.count.unwrap_or(0).saturating_mul(10).saturating_add(digit as usize).min(MAX_COUNT);
        self.count = Some(c);
        self.status.say(c.to_string());
        true
    }

    /// Runs an action with the count typed before it: `12G` goes to row or line 12, `5j` moves five rows, others
    /// repeat.
    pub(crate) fn apply_counted(&mut self, action: Action, count: usize) {
        match action {
            Action::Top | Action::Bottom => self.go_to_row(count.saturating_sub(1)),
            Action::Up => self.move_by(-(count as isize)),
            Action::Down => self.move_by(count as isize),
            Action::LineUp | Action::LineDown if self.focus == Pane::Reader => {
                let sign = if action == Action::LineUp { -1 } else { 1 };
                self.scroll_reader(sign * count as isize);
            }
            _ if repeats(action) => {
                for _ in 0..count.min(MAX_REPEAT) {
                    self.apply(action);
                }
            }
            _ => self.apply(action),
        }
    }

    /// Row `row` of the list or the chain, or line `row` at the top of the reading pane.
    fn go_to_row(&mut self, row: usize) {
        match self.focus {
            Pane::List => self.select_row(row),
            Pane::Reader => {
                self.scroll_reader(isize::MIN / 2);
                self.scroll_reader(row as isize);
            }
            Pane::Chain => {
                self.move_by(isize::MIN / 2);
                self.move_by(row as isize);
            }
        }
    }

    /// `:`: opens the go-to prompt.
    pub(crate) fn open_goto(&mut self) {
        self.prompt.ask(PromptKind::GoTo, String::new(), None);
    }

    /// Enter at the go-to prompt: the letter with that id or number, or the nearest to that date.
    pub(crate) fn goto_submitted(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        let found = self.corpus.as_ref().and_then(|c| crate::model::goto::find(c, query));
        match found {
            Some(ix) => self.jump_to_letter(ix, Pane::Reader),
            None => self.status.say(format!("no letter matches “{query}”")),
        }
    }
}

/// Whether a count repeats the action.
fn repeats(action: Action) -> bool {
    matches!(
        action,
        Action::PageDown
            | Action::PageUp
            | Action::HalfPageDown
            | Action::HalfPageUp
            | Action::LineDown
            | Action::LineUp
            | Action::ThreadPrev
            | Action::ThreadNext
            | Action::NextLink
            | Action::PrevLink
            | Action::NextMatch
            | Action::PrevMatch
            | Action::NextLetter
            | Action::PrevLetter
            | Action::NextUnread
            | Action::Back
            | Action::Forward
            | Action::ReplyParent
            | Action::FocusNext
            | Action::FocusPrev
    )
}

impl App {
    /// `<` / `>`: the list and the thread get `delta` percent more or less of the screen; kept in the state.
    pub(crate) fn resize_list(&mut self, delta: i16) {
        use super::view::layout::{MAX_LIST_PERCENT, MIN_LIST_PERCENT};
        let now = self.config.layout.list_percent as i16;
        let to = (now + delta).clamp(MIN_LIST_PERCENT as i16, MAX_LIST_PERCENT as i16) as u16;
        self.config.layout.list_percent = to;
        self.state.list_percent = Some(to);
        self.status.say(format!("list and thread: {to}% of the screen"));
        self.sync_chain();
    }
}
