//! The overlays over the panes (help, bookmarks, filter menus, diagnostics): what a key does inside one.

use crate::keys::action::Action;
use crate::reader::state::{Menu, Overlay};

/// What an overlay needs to know to move its cursor: the rows it lists and the screen's height.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Room {
    /// Bookmarks listed.
    pub(crate) bookmarks: usize,
    /// Reports listed.
    pub(crate) diagnostics: usize,
    /// How far the help scrolls at most.
    pub(crate) help_max: usize,
    /// Rows of the screen.
    pub(crate) screen_height: u16,
}

/// What an action in an overlay leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OverlayStep {
    /// The overlay stays open, as it is now.
    Stay(Overlay),
    /// The overlay closes.
    Close,
    /// Enter on a bookmark: its letter.
    Bookmark(usize),
    /// Enter on a filter menu's choice.
    Choose(Menu),
    /// Enter on a report: the letter it is about.
    Diagnostic(usize),
}

impl Overlay {
    /// Runs an action inside the overlay: Esc, q and ? close it, Enter chooses, movement keys move the cursor.
    pub(crate) fn step(self, action: Action, room: Room) -> OverlayStep {
        let list_page = room.screen_height.saturating_sub(6).max(1) as usize;
        let menu = |selected: usize, n: usize| stepped(selected, action, list_page, n.saturating_sub(1));
        match (self, action) {
            (_, Action::Quit | Action::Close | Action::Help) => OverlayStep::Close,
            (Overlay::Bookmarks { .. }, Action::Bookmarks) => OverlayStep::Close,
            (Overlay::Bookmarks { selected }, Action::Open) => OverlayStep::Bookmark(selected),
            (Overlay::Bookmarks { selected }, _) => {
                OverlayStep::Stay(Overlay::Bookmarks { selected: menu(selected, room.bookmarks) })
            }
            (Overlay::Menu(m), Action::Open) => OverlayStep::Choose(m),
            (Overlay::Diagnostics { selected }, Action::Open) => OverlayStep::Diagnostic(selected),
            (Overlay::Diagnostics { selected }, _) => {
                OverlayStep::Stay(Overlay::Diagnostics { selected: menu(selected, room.diagnostics) })
            }
            (Overlay::Menu(mut m), _) => {
                m.selected = menu(m.selected, m.items.len());
                OverlayStep::Stay(Overlay::Menu(m))
            }
            (Overlay::Help { scroll }, _) => {
                let page = room.screen_height.saturating_sub(4).max(1) as usize;
                OverlayStep::Stay(Overlay::Help { scroll: stepped(scroll, action, page, room.help_max) })
            }
        }
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
