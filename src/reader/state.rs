//! The reader's state, apart from the corpus: focus, selections, scroll positions, history, overlays, prompts.

use crate::model::LetterIx;
use crate::model::filter::Pair;
use crate::presentation::layout::Anchor;
use ratatui::layout::Rect;
use std::rc::Rc;

/// A pane of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    List,
    Reader,
    Chain,
}

impl Pane {
    /// The panes in Tab order.
    pub(crate) const ALL: [Pane; 3] = [Pane::List, Pane::Reader, Pane::Chain];

    /// The tab name.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Pane::List => "Letters",
            Pane::Reader => "Letter",
            Pane::Chain => "Thread",
        }
    }

    /// The next pane (Tab), or the previous one (Shift-Tab).
    pub(crate) fn cycle(self, forward: bool) -> Pane {
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0);
        let n = Pane::ALL.len();
        Pane::ALL[if forward { (i + 1) % n } else { (i + n - 1) % n }]
    }
}

/// Where the reader is in a letter: its scroll and its selected link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReaderPos {
    pub(crate) anchor: Anchor,
    /// Index into the letter's links.
    pub link: Option<usize>,
}

/// A place the reader can go back to: letter, scroll, selected link, focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub letter: LetterIx,
    pub(crate) pos: ReaderPos,
    pub focus: Pane,
}

/// Back and forward stacks.
#[derive(Debug, Clone, Default)]
pub(crate) struct History {
    pub(crate) back: Vec<Location>,
    pub(crate) forward: Vec<Location>,
}

/// Steps kept at most.
const HISTORY_MAX: usize = 1000;

impl History {
    /// Records `from` before a jump; the forward stack is dropped.
    pub(crate) fn push(&mut self, from: Location) {
        if self.back.last() != Some(&from) {
            self.back.push(from);
            if self.back.len() > HISTORY_MAX {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    /// Goes back from `here`: the location to restore.
    pub(crate) fn back(&mut self, here: Location) -> Option<Location> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    /// Goes forward from `here`.
    pub(crate) fn forward(&mut self, here: Location) -> Option<Location> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }
}

/// Rows of context kept above and below the cursor of a list (as less and vim's `scrolloff`).
pub(crate) const SCROLLOFF: usize = 2;

/// Selection and scroll of a list-like pane (the letter list, the chain view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ListState {
    pub(crate) selected: usize,
    pub(crate) top: usize,
}

impl ListState {
    /// Scrolls so the selected row is in a view of `height` rows, with [`SCROLLOFF`] rows of context around it
    /// where the view has room.
    pub(crate) fn keep_visible(&mut self, height: usize) {
        let h = height.max(1);
        let off = SCROLLOFF.min(h.saturating_sub(1) / 2);
        if self.selected < self.top + off {
            self.top = self.selected.saturating_sub(off);
        } else if self.selected + off >= self.top + h {
            self.top = self.selected + off + 1 - h;
        }
    }

    /// Keeps selection and scroll inside `len` rows.
    pub(crate) fn clamp(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.top = self.top.min(len.saturating_sub(height.max(1)));
    }
}

/// What an overlay shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help, scrolled by this many rows.
    Help { scroll: usize },
    /// The bookmarks (letter, note, date added), the cursor on row `selected`.
    Bookmarks { selected: usize },
    /// A menu of filters to choose from.
    Menu(Menu),
    /// What `letters check` reports, the cursor on row `selected`.
    Diagnostics { selected: usize },
}

/// What a filter menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MenuKind {
    /// Pairs of correspondents (`c`).
    Correspondents,
    /// Years (`y`).
    Years,
}

/// One choice of a filter menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Choice {
    Pair(Pair),
    Year(i32),
    /// Letters without a date.
    Undated,
}

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Choice::Pair(p) => p.fmt(f),
            Choice::Year(y) => y.fmt(f),
            Choice::Undated => f.write_str("undated"),
        }
    }
}

/// A filter menu: its choices with their letter counts, and the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub(crate) kind: MenuKind,
    pub(crate) items: Rc<[(Choice, usize)]>,
    pub(crate) selected: usize,
}

/// What a prompt asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PromptKind {
    Search,
    /// The note of a new bookmark on the current letter (`M`).
    BookmarkNote,
    /// A letter to go to: id, number or date (`:`).
    GoTo,
    /// The file to save the letter to (`s`).
    Save,
    /// The shell command to pipe the letter to (`|`).
    Pipe,
}

/// A one-line prompt in the status line.
#[derive(Debug, Clone)]
pub(crate) struct Prompt {
    pub(crate) kind: PromptKind,
    /// The text typed so far and the cursor in it.
    pub(crate) input: tui_input::Input,
    /// Where the reader was when the prompt opened (Esc returns there).
    pub(crate) origin: Option<Location>,
}

/// Where things were drawn last, for the mouse and for paging.
#[derive(Debug, Clone, Default)]
pub struct Geometry {
    pub(crate) screen: Rect,
    pub(crate) tabs: Option<Rect>,
    /// Tabs of the narrow layout: (x from, x to, pane).
    pub(crate) tabs_at: Vec<(u16, u16, Pane)>,
    /// Inner areas of the panes shown.
    pub(crate) list: Option<Rect>,
    pub(crate) reader: Option<Rect>,
    pub(crate) chain: Option<Rect>,
    /// Links visible in the reader: (x from, x to, y, link index).
    pub links: Vec<(u16, u16, u16, usize)>,
}

impl Geometry {
    /// The pane at a screen position.
    pub(crate) fn pane_at(&self, x: u16, y: u16) -> Option<(Pane, Rect)> {
        let p = ratatui::layout::Position { x, y };
        [(Pane::List, self.list), (Pane::Reader, self.reader), (Pane::Chain, self.chain)]
            .into_iter()
            .find_map(|(pane, r)| r.filter(|r| r.contains(p)).map(|r| (pane, r)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(letter: LetterIx) -> Location {
        Location { letter, pos: ReaderPos::default(), focus: Pane::Reader }
    }

    #[test]
    fn back_and_forward_retrace_the_steps() {
        let mut h = History::default();
        h.push(loc(1));
        h.push(loc(2));
        assert_eq!(h.back(loc(3)), Some(loc(2)));
        assert_eq!(h.back(loc(2)), Some(loc(1)));
        assert_eq!(h.back(loc(1)), None);
        assert_eq!(h.forward(loc(1)), Some(loc(2)));
        assert_eq!(h.forward(loc(2)), Some(loc(3)));
        h.push(loc(3));
        assert!(h.forward.is_empty());
    }

    #[test]
    fn lists_keep_two_rows_of_context_round_the_cursor() {
        let mut s = ListState::default();
        for row in 1..=8 {
            s.selected = row;
            s.keep_visible(10);
        }
        assert_eq!(s.top, 1, "row 8 of a 10-row view starting at 1 has rows 9 and 10 below it");
        s.selected = 2;
        s.keep_visible(10);
        assert_eq!(s.top, 0);
        s.selected = 5;
        s.top = 5;
        s.keep_visible(3);
        assert_eq!(s.top, 4, "a 3-row view keeps one row round the cursor");
    }

    #[test]
    fn tab_cycles_the_panes() {
        assert_eq!(Pane::List.cycle(true), Pane::Reader);
        assert_eq!(Pane::List.cycle(false), Pane::Chain);
    }
}
