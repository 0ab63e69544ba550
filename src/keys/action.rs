//! Everything the reader can be asked to do by a key. Key bindings map keys to these; the config file names them.

use serde::{Deserialize, Serialize};

/// A user action, in the order the help overlay lists them. The snake_case names are the ones used in
/// `config.toml`'s `[keys]` table.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    Help,
    Quit,
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
    HalfPageDown,
    HalfPageUp,
    LineDown,
    LineUp,
    NextLetter,
    PrevLetter,
    NextUnread,
    MarkUnread,
    GoTo,
    Sort,
    Save,
    Pipe,
    Diagnostics,
    SearchBackward,
    NarrowList,
    WidenList,
    Edition,
    Headers,
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub fn all() -> impl Iterator<Item = Action> {
        <Action as strum::IntoEnumIterator>::iter()
    }

    /// How many actions there are.
    pub const COUNT: usize = <Action as strum::EnumCount>::COUNT;

    /// The config name (`next_link`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The action with this config name.
    pub(crate) fn from_name(name: &str) -> Option<Action> {
        name.parse().ok()
    }

    /// One line for the help overlay.
    pub(crate) fn describe(self) -> &'static str {
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
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::LineDown => "one line down",
            Action::LineUp => "one line up",
            Action::NextLetter => "next letter of the list, from any pane",
            Action::PrevLetter => "previous letter of the list, from any pane",
            Action::NextUnread => "next unread letter",
            Action::MarkUnread => "mark this letter unread again",
            Action::GoTo => "go to a letter by id, number (No. 93) or date",
            Action::Sort => "sort the list by date, file order or correspondent",
            Action::Save => "save the letter to a file (as letters show prints it)",
            Action::Pipe => "pipe the letter to a shell command",
            Action::Diagnostics => "what letters check reports; Enter opens the letter",
            Action::SearchBackward => "search backwards (n then goes back, N on)",
            Action::NarrowList => "narrower list and thread panes",
            Action::WidenList => "wider list and thread panes",
            Action::Edition => "the same letter in another edition",
            Action::Headers => "header lines in full, or cut to one row each (cut on low screens)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Action::all() {
            assert_eq!(Action::from_name(a.name()), Some(a));
            let json = serde_json::to_string(&a).expect("an action serializes");
            assert_eq!(json, format!("\"{}\"", a.name()), "serde and the config agree on the name");
        }
        assert_eq!(Action::from_name("no_such_action"), None);
        assert_eq!(Action::from_name("next_link"), Some(Action::NextLink));
        assert_eq!(Action::all().next(), Some(Action::Help), "the help lists itself first");
        assert_eq!(Action::all().count(), Action::COUNT);
    }
}
