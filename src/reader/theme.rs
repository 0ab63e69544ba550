//! Colours and emphasis of every element, in one place. With `NO_COLOR` set, emphasis uses bold, underline and
//! reverse only.

use crate::config::{ThemeSlot, ThemeSpec};
use ratatui::style::{Color, Modifier, Style};

/// The style of each thing the reader draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Pane borders, unfocused and focused.
    pub(crate) border: Style,
    pub(crate) border_focused: Style,
    /// Pane titles, unfocused and focused.
    pub(crate) title: Style,
    pub(crate) title_focused: Style,
    /// The selected row in the focused pane, and in a pane without focus.
    pub(crate) selected: Style,
    pub(crate) selected_unfocused: Style,
    /// The date column of the list and the chain.
    pub(crate) date: Style,
    /// Correspondents' names in rows.
    pub(crate) names: Style,
    /// The mark of letters that have replies.
    pub(crate) reply_mark: Style,
    /// The letter's heading in the reading pane.
    pub(crate) heading: Style,
    /// Field labels in the header (`From:`).
    pub(crate) label: Style,
    /// Page-break rules, separators, greyed tree nodes and other quiet text.
    pub(crate) dim: Style,
    /// Footnote markers in the text.
    pub(crate) marker: Style,
    /// A reference to another letter that is in the corpus (a link).
    pub(crate) reference: Style,
    /// A reference to a letter not in the corpus.
    pub(crate) reference_missing: Style,
    /// The link selected with f / F.
    pub(crate) link_selected: Style,
    /// Search matches, and the current one.
    pub matched: Style,
    pub match_current: Style,
    /// The current letter in the reply-chain view.
    pub(crate) current_node: Style,
    /// An inferred reply link in the chain view.
    pub(crate) inferred: Style,
    /// The status line, its key hints and its messages.
    pub(crate) status: Style,
    pub(crate) status_key: Style,
    pub(crate) message: Style,
    /// Tabs of the narrow layout.
    pub(crate) tab: Style,
    pub(crate) tab_active: Style,
    /// Keys in the help overlay.
    pub(crate) help_key: Style,
    /// The progress bar while loading.
    pub(crate) progress: Style,
    /// Letter text in the reading pane.
    pub(crate) text: Style,
    /// The mark of unread letters in the list.
    pub(crate) unread: Style,
    /// The mark of bookmarked letters in the list.
    pub(crate) bookmark: Style,
    /// Problems in the status line: a bad config, a corrupt state file.
    pub(crate) error: Style,
}

impl Theme {
    /// The colour theme.
    pub fn colored() -> Theme {
        let plain = Style::new();
        Theme {
            border: plain.fg(Color::DarkGray),
            border_focused: plain.fg(Color::Cyan),
            title: plain.fg(Color::Gray),
            title_focused: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: plain.bg(Color::Blue).fg(Color::White).add_modifier(Modifier::BOLD),
            selected_unfocused: plain.bg(Color::DarkGray).fg(Color::White),
            date: plain.fg(Color::Yellow),
            names: plain.fg(Color::Green),
            reply_mark: plain.fg(Color::Magenta),
            heading: plain.add_modifier(Modifier::BOLD),
            label: plain.fg(Color::Cyan),
            dim: plain.fg(Color::DarkGray),
            marker: plain.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            reference: plain.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            reference_missing: plain.fg(Color::DarkGray).add_modifier(Modifier::UNDERLINED),
            link_selected: plain.bg(Color::Magenta).fg(Color::Black).add_modifier(Modifier::BOLD),
            matched: plain.bg(Color::Yellow).fg(Color::Black),
            match_current: plain.bg(Color::LightRed).fg(Color::Black).add_modifier(Modifier::BOLD),
            current_node: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            inferred: plain.fg(Color::Gray).add_modifier(Modifier::ITALIC),
            status: plain.bg(Color::DarkGray).fg(Color::White),
            status_key: plain.bg(Color::DarkGray).fg(Color::Yellow).add_modifier(Modifier::BOLD),
            message: plain.bg(Color::DarkGray).fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            tab: plain.fg(Color::Gray),
            tab_active: plain.fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
            help_key: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            progress: plain.fg(Color::Cyan),
            text: plain,
            unread: plain.fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            bookmark: plain.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            error: plain.bg(Color::DarkGray).fg(Color::LightRed).add_modifier(Modifier::BOLD),
        }
    }

    /// Without colours: bold, underline and reverse only (for `NO_COLOR`).
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        let under = plain.add_modifier(Modifier::UNDERLINED);
        let rev = plain.add_modifier(Modifier::REVERSED);
        Theme {
            border: plain,
            border_focused: bold,
            title: plain,
            title_focused: bold.add_modifier(Modifier::UNDERLINED),
            selected: rev.add_modifier(Modifier::BOLD),
            selected_unfocused: under,
            date: plain,
            names: plain,
            reply_mark: bold,
            heading: bold,
            label: bold,
            dim: plain,
            marker: bold.add_modifier(Modifier::UNDERLINED),
            reference: under,
            reference_missing: plain,
            link_selected: rev.add_modifier(Modifier::BOLD),
            matched: under.add_modifier(Modifier::BOLD),
            match_current: rev,
            current_node: bold.add_modifier(Modifier::UNDERLINED),
            inferred: plain,
            status: rev,
            status_key: rev.add_modifier(Modifier::BOLD),
            message: rev.add_modifier(Modifier::BOLD),
            tab: plain,
            tab_active: rev.add_modifier(Modifier::BOLD),
            help_key: bold,
            progress: bold,
            text: plain,
            unread: bold,
            bookmark: bold,
            error: rev.add_modifier(Modifier::BOLD),
        }
    }

    /// The monochrome theme when `NO_COLOR` is set to anything non-empty, the colour theme otherwise.
    pub(crate) fn from_env() -> Theme {
        Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    /// The theme for this value of `NO_COLOR` (see <https://no-color.org>: set and non-empty means no colour).
    pub(crate) fn for_no_color(value: Option<&std::ffi::OsStr>) -> Theme {
        match value {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::colored(),
        }
    }

    /// The theme for a config's colours: the colour theme with every slot the config file set put in, or the
    /// monochrome theme when `NO_COLOR` is set (colours are then left out, whatever the config says).
    pub(crate) fn from_spec(spec: &ThemeSpec, no_color: Option<&std::ffi::OsStr>) -> Theme {
        let mut t = Theme::for_no_color(no_color);
        if t.uses_color() {
            spec.apply(|slot, color| {
                if spec.is_set(slot) {
                    t.set_slot(slot, color);
                }
            });
        }
        t
    }

    /// Puts a slot's colour into every style it colours.
    pub(crate) fn set_slot(&mut self, slot: ThemeSlot, c: Color) {
        let fg = |s: &mut Style| *s = s.fg(c);
        let bg = |s: &mut Style| *s = s.bg(c);
        match slot {
            ThemeSlot::Accent => {
                for s in [&mut self.border_focused, &mut self.title_focused, &mut self.label, &mut self.current_node] {
                    fg(s);
                }
                fg(&mut self.progress);
                bg(&mut self.tab_active);
            }
            ThemeSlot::Text => fg(&mut self.text),
            ThemeSlot::Dim => {
                fg(&mut self.dim);
                fg(&mut self.reference_missing);
            }
            ThemeSlot::Border => fg(&mut self.border),
            ThemeSlot::Selection => bg(&mut self.selected),
            ThemeSlot::Date => fg(&mut self.date),
            ThemeSlot::Names => fg(&mut self.names),
            ThemeSlot::ReplyMark => fg(&mut self.reply_mark),
            ThemeSlot::Marker => fg(&mut self.marker),
            ThemeSlot::Link => fg(&mut self.reference),
            ThemeSlot::LinkSelected => bg(&mut self.link_selected),
            ThemeSlot::Match => bg(&mut self.matched),
            ThemeSlot::MatchCurrent => bg(&mut self.match_current),
            ThemeSlot::Status => {
                for s in [&mut self.status, &mut self.status_key, &mut self.message, &mut self.error] {
                    bg(s);
                }
            }
            ThemeSlot::Key => {
                fg(&mut self.status_key);
                fg(&mut self.help_key);
            }
            ThemeSlot::Message => fg(&mut self.message),
            ThemeSlot::Unread => fg(&mut self.unread),
            ThemeSlot::Bookmark => fg(&mut self.bookmark),
            ThemeSlot::Error => fg(&mut self.error),
        }
    }

    /// Whether any style of the theme sets a colour.
    pub(crate) fn uses_color(&self) -> bool {
        self.all().iter().any(|s| s.fg.is_some() || s.bg.is_some())
    }

    fn all(&self) -> Vec<Style> {
        vec![
            self.border,
            self.border_focused,
            self.title,
            self.title_focused,
            self.selected,
            self.selected_unfocused,
            self.date,
            self.names,
            self.reply_mark,
            self.heading,
            self.label,
            self.dim,
            self.marker,
            self.reference,
            self.reference_missing,
            self.link_selected,
            self.matched,
            self.match_current,
            self.current_node,
            self.inferred,
            self.status,
            self.status_key,
            self.message,
            self.tab,
            self.tab_active,
            self.help_key,
            self.progress,
            self.text,
            self.unread,
            self.bookmark,
            self.error,
        ]
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::from_env()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn no_color_means_modifiers_only() {
        let t = Theme::for_no_color(Some(OsStr::new("1")));
        assert!(!t.uses_color());
        let allowed = Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED;
        assert!(t.all().iter().all(|s| allowed.contains(s.add_modifier)));
        assert!(Theme::for_no_color(Some(OsStr::new(""))).uses_color(), "an empty NO_COLOR does not count");
        assert!(Theme::for_no_color(None).uses_color());
    }

    #[test]
    fn config_colours_go_into_the_styles_unless_no_color() {
        let mut spec = ThemeSpec::default();
        assert_eq!(Theme::from_spec(&spec, None), Theme::colored(), "the defaults are the colour theme");
        spec.set(ThemeSlot::Accent, Color::Rgb(1, 2, 3));
        spec.set(ThemeSlot::Unread, Color::Red);
        let t = Theme::from_spec(&spec, None);
        assert_eq!(t.border_focused.fg, Some(Color::Rgb(1, 2, 3)));
        assert_eq!(t.tab_active.bg, Some(Color::Rgb(1, 2, 3)));
        assert_eq!(t.unread.fg, Some(Color::Red));
        assert!(!Theme::from_spec(&spec, Some(OsStr::new("1"))).uses_color());
    }
}
