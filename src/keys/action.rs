//! Everything the reader can be asked to do by a key. Key bindings map keys to these; the config file names them.

use serde::{Deserialize, Serialize};

/// A user action. The snake_case names are the ones used in `config.toml`'s `[keys]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Help,
    Close,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Open,
    ReplyParent,
    FirstReply,
    ThreadPrev,
    ThreadNext,
    NextLink,
    PrevLink,
    Back,
    Forward,
    Search,
    NextMatch,
    PrevMatch,
    Bookmark,
    BookmarkNote,
    Bookmarks,
    FilterCorrespondent,
    FilterYear,
    UnreadOnly,
    Edition,
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 30] = [
        Action::Help,
        Action::Quit,
        Action::Close,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Up,
        Action::Down,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::ReplyParent,
        Action::FirstReply,
        Action::ThreadPrev,
        Action::ThreadNext,
        Action::NextLink,
        Action::PrevLink,
        Action::Back,
        Action::Forward,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Bookmark,
        Action::BookmarkNote,
        Action::Bookmarks,
        Action::FilterCorrespondent,
        Action::FilterYear,
        Action::UnreadOnly,
        Action::Edition,
    ];

    /// The config name (`next_link`).
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Close => "close",
            Action::FocusNext => "focus_next",
            Action::FocusPrev => "focus_prev",
            Action::Up => "up",
            Action::Down => "down",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::ReplyParent => "reply_parent",
            Action::FirstReply => "first_reply",
            Action::ThreadPrev => "thread_prev",
            Action::ThreadNext => "thread_next",
            Action::NextLink => "next_link",
            Action::PrevLink => "prev_link",
            Action::Back => "back",
            Action::Forward => "forward",
            Action::Search => "search",
            Action::NextMatch => "next_match",
            Action::PrevMatch => "prev_match",
            Action::Bookmark => "bookmark",
            Action::BookmarkNote => "bookmark_note",
            Action::Bookmarks => "bookmarks",
            Action::FilterCorrespondent => "filter_correspondent",
            Action::FilterYear => "filter_year",
            Action::UnreadOnly => "unread_only",
            Action::Edition => "edition",
        }
    }

    /// The action with this config name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// One line for the help overlay.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "this help",
            Action::Close => "close the overlay, prompt or filter",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::Up => "move up / scroll up",
            Action::Down => "move down / scroll down",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::Open => "open the letter / follow the link",
            Action::ReplyParent => "the letter this one replies to",
            Action::FirstReply => "the first reply to this letter",
            Action::ThreadPrev => "previous letter in the thread",
            Action::ThreadNext => "next letter in the thread",
            Action::NextLink => "next link (footnote marker or reference)",
            Action::PrevLink => "previous link",
            Action::Back => "back to where you were",
            Action::Forward => "forward again",
            Action::Search => "search all letters",
            Action::NextMatch => "next search match",
            Action::PrevMatch => "previous search match",
            Action::Bookmark => "toggle a bookmark",
            Action::BookmarkNote => "bookmark with a note",
            Action::Bookmarks => "list bookmarks",
            Action::FilterCorrespondent => "filter by correspondents",
            Action::FilterYear => "filter by year",
            Action::UnreadOnly => "show unread letters only",
            Action::Edition => "the same letter in another edition",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(a));
        }
        assert_eq!(Action::from_name("no_such_action"), None);
    }
}
