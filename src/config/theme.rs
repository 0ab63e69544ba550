//! The `[theme]` table: named colour slots, colours by name, `#rrggbb` or 256-colour index.
//!
//! The app owns its `Theme` (styles per widget); this module only says which colour each slot has, and hands the
//! slots over with [`ThemeSpec::apply`].

use ratatui::style::Color;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

/// A colour the user can set, named as in `[theme]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThemeSlot {
    Accent,
    Text,
    Dim,
    Border,
    Selection,
    Date,
    Names,
    ReplyMark,
    Marker,
    Link,
    LinkSelected,
    Match,
    MatchCurrent,
    Status,
    Key,
    Message,
    Unread,
    Bookmark,
    Error,
}

impl ThemeSlot {
    /// Every slot, in the order of the default config file.
    pub const ALL: [ThemeSlot; 19] = [
        ThemeSlot::Accent,
        ThemeSlot::Text,
        ThemeSlot::Dim,
        ThemeSlot::Border,
        ThemeSlot::Selection,
        ThemeSlot::Date,
        ThemeSlot::Names,
        ThemeSlot::ReplyMark,
        ThemeSlot::Marker,
        ThemeSlot::Link,
        ThemeSlot::LinkSelected,
        ThemeSlot::Match,
        ThemeSlot::MatchCurrent,
        ThemeSlot::Status,
        ThemeSlot::Key,
        ThemeSlot::Message,
        ThemeSlot::Unread,
        ThemeSlot::Bookmark,
        ThemeSlot::Error,
    ];

    /// The name in `[theme]`.
    pub fn name(self) -> &'static str {
        match self {
            ThemeSlot::Accent => "accent",
            ThemeSlot::Text => "text",
            ThemeSlot::Dim => "dim",
            ThemeSlot::Border => "border",
            ThemeSlot::Selection => "selection",
            ThemeSlot::Date => "date",
            ThemeSlot::Names => "names",
            ThemeSlot::ReplyMark => "reply_mark",
            ThemeSlot::Marker => "marker",
            ThemeSlot::Link => "link",
            ThemeSlot::LinkSelected => "link_selected",
            ThemeSlot::Match => "match",
            ThemeSlot::MatchCurrent => "match_current",
            ThemeSlot::Status => "status",
            ThemeSlot::Key => "key",
            ThemeSlot::Message => "message",
            ThemeSlot::Unread => "unread",
            ThemeSlot::Bookmark => "bookmark",
            ThemeSlot::Error => "error",
        }
    }

    /// The slot with this name.
    pub fn from_name(name: &str) -> Option<ThemeSlot> {
        ThemeSlot::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What the slot colours, for the default config file.
    pub fn describe(self) -> &'static str {
        match self {
            ThemeSlot::Accent => "focused border and title, labels, current letter in the chain",
            ThemeSlot::Text => "letter text",
            ThemeSlot::Dim => "quiet text: page rules, separators, references to letters not in the corpus",
            ThemeSlot::Border => "borders of panes without focus",
            ThemeSlot::Selection => "background of the selected row",
            ThemeSlot::Date => "dates in the list and the chain",
            ThemeSlot::Names => "correspondents' names in rows",
            ThemeSlot::ReplyMark => "the mark of letters that have replies",
            ThemeSlot::Marker => "footnote markers",
            ThemeSlot::Link => "references to other letters in the corpus",
            ThemeSlot::LinkSelected => "background of the link selected with f / F",
            ThemeSlot::Match => "background of search matches",
            ThemeSlot::MatchCurrent => "background of the current search match",
            ThemeSlot::Status => "background of the status line",
            ThemeSlot::Key => "keys in the status line and the help overlay",
            ThemeSlot::Message => "messages in the status line",
            ThemeSlot::Unread => "the mark of unread letters",
            ThemeSlot::Bookmark => "the mark of bookmarked letters",
            ThemeSlot::Error => "problems: a bad config, a corrupt state file",
        }
    }

    /// The built-in colour (the reader's colour theme): the 16 ANSI colours only, so every terminal shows it.
    pub fn default_color(self) -> Color {
        match self {
            ThemeSlot::Accent => Color::Cyan,
            ThemeSlot::Text => Color::Reset,
            ThemeSlot::Dim => Color::DarkGray,
            ThemeSlot::Border => Color::DarkGray,
            ThemeSlot::Selection => Color::Blue,
            ThemeSlot::Date => Color::Yellow,
            ThemeSlot::Names => Color::Green,
            ThemeSlot::ReplyMark => Color::Magenta,
            ThemeSlot::Marker => Color::Magenta,
            ThemeSlot::Link => Color::Cyan,
            ThemeSlot::LinkSelected => Color::Magenta,
            ThemeSlot::Match => Color::Yellow,
            ThemeSlot::MatchCurrent => Color::LightRed,
            ThemeSlot::Status => Color::DarkGray,
            ThemeSlot::Key => Color::Yellow,
            ThemeSlot::Message => Color::LightYellow,
            ThemeSlot::Unread => Color::LightGreen,
            ThemeSlot::Bookmark => Color::LightYellow,
            ThemeSlot::Error => Color::LightRed,
        }
    }
}

/// The colour of every slot: the defaults, with the config file's `[theme]` on top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeSpec {
    colors: BTreeMap<ThemeSlot, Color>,
    /// Slots the config file set.
    set: BTreeSet<ThemeSlot>,
}

impl Default for ThemeSpec {
    fn default() -> Self {
        ThemeSpec { colors: ThemeSlot::ALL.into_iter().map(|s| (s, s.default_color())).collect(), set: BTreeSet::new() }
    }
}

impl ThemeSpec {
    /// The colour of a slot.
    pub fn color(&self, slot: ThemeSlot) -> Color {
        self.colors.get(&slot).copied().unwrap_or_else(|| slot.default_color())
    }

    /// Sets a slot's colour (as the config file does).
    pub fn set(&mut self, slot: ThemeSlot, color: Color) {
        self.colors.insert(slot, color);
        self.set.insert(slot);
    }

    /// Whether the config file set this slot.
    pub fn is_set(&self, slot: ThemeSlot) -> bool {
        self.set.contains(&slot)
    }

    /// Hands every slot and its colour to `set_slot`, which writes it into the app's own theme.
    pub fn apply(&self, mut set_slot: impl FnMut(ThemeSlot, Color)) {
        for slot in ThemeSlot::ALL {
            set_slot(slot, self.color(slot));
        }
    }
}

/// Parses a colour: a name (`cyan`, `dark_gray`, `light-blue`, `grey`, `default`), `#rrggbb`, or a 256-colour index.
pub fn parse_color(text: &str) -> Result<Color, String> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("default") || t.eq_ignore_ascii_case("none") {
        return Ok(Color::Reset);
    }
    if t.starts_with('#') && !(t.len() == 7 && t[1..].chars().all(|c| c.is_ascii_hexdigit())) {
        return Err(format!("bad colour {text:?}: a hex colour is written #rrggbb"));
    }
    Color::from_str(t).map_err(|_| {
        format!("bad colour {text:?}: use a name (cyan, dark_gray, light_blue, ...), #rrggbb or a number 0-255")
    })
}

/// Writes a colour the way [`parse_color`] reads it back.
pub fn color_name(color: Color) -> String {
    let name = match color {
        Color::Reset => "default",
        Color::Black => "black",
        Color::Red => "red",
        Color::Green => "green",
        Color::Yellow => "yellow",
        Color::Blue => "blue",
        Color::Magenta => "magenta",
        Color::Cyan => "cyan",
        Color::Gray => "gray",
        Color::DarkGray => "dark_gray",
        Color::LightRed => "light_red",
        Color::LightGreen => "light_green",
        Color::LightYellow => "light_yellow",
        Color::LightBlue => "light_blue",
        Color::LightMagenta => "light_magenta",
        Color::LightCyan => "light_cyan",
        Color::White => "white",
        Color::Rgb(r, g, b) => return format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(n) => return n.to_string(),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_hex_and_indexes() {
        assert_eq!(parse_color("cyan"), Ok(Color::Cyan));
        assert_eq!(parse_color("Dark_Gray"), Ok(Color::DarkGray));
        assert_eq!(parse_color("light-blue"), Ok(Color::LightBlue));
        assert_eq!(parse_color("grey"), Ok(Color::Gray));
        assert_eq!(parse_color("default"), Ok(Color::Reset));
        assert_eq!(parse_color("#1e90FF"), Ok(Color::Rgb(0x1e, 0x90, 0xff)));
        assert_eq!(parse_color("208"), Ok(Color::Indexed(208)));
        assert!(parse_color("notacolour").is_err());
        assert!(parse_color("#12345").is_err());
        assert!(parse_color("#gggggg").is_err());
        assert!(parse_color("256").is_err());
    }

    #[test]
    fn every_colour_name_reads_back() {
        let mut all = vec![Color::Rgb(1, 2, 255), Color::Indexed(17)];
        all.extend(ThemeSlot::ALL.map(ThemeSlot::default_color));
        all.extend([Color::Black, Color::Red, Color::Green, Color::Gray, Color::LightMagenta, Color::LightCyan]);
        all.push(Color::White);
        for c in all {
            assert_eq!(parse_color(&color_name(c)), Ok(c), "{}", color_name(c));
        }
    }

    #[test]
    fn apply_hands_over_every_slot() {
        let mut spec = ThemeSpec::default();
        spec.set(ThemeSlot::Accent, Color::Rgb(1, 2, 3));
        let mut seen = Vec::new();
        spec.apply(|slot, color| seen.push((slot, color)));
        assert_eq!(seen.len(), ThemeSlot::ALL.len());
        assert!(seen.contains(&(ThemeSlot::Accent, Color::Rgb(1, 2, 3))));
        assert!(seen.contains(&(ThemeSlot::Marker, Color::Magenta)));
        assert!(spec.is_set(ThemeSlot::Accent) && !spec.is_set(ThemeSlot::Marker));
    }
}
