//! The complete, commented default config file that `letters config --print-default` prints. It is generated from
//! the same data the program uses (default bindings, theme slots, layout), so it can never drift from them.

use super::layout::{LayoutSpec, Panes};
use super::theme::{ThemeSlot, color_name};
use crate::keys::action::Action;
use crate::keys::map::DEFAULT_BINDINGS;
use std::fmt::Write;

/// A TOML string literal for `s`.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `name = value` followed by a comment, the comments lined up.
fn commented(out: &mut String, assignment: &str, comment: &str) {
    let _ = writeln!(out, "{assignment:<36} # {comment}");
}

/// The default config file: valid TOML that reads back as exactly the built-in defaults.
pub fn default_file() -> String {
    let mut out = String::from(
        "# letters: configuration file.
#
# Read from $XDG_CONFIG_HOME/letters/config.toml (usually ~/.config/letters/config.toml), or from the file given
# with --config PATH. Everything below is the default: keep only what you change. A mistake is reported with its
# file and line when the reader starts, and only that entry falls back to its default.

[keys]
# Each action takes a list of keys. A key is one character (\"f\", \"G\", \"?\") or a name in angle brackets:
#   <Enter> <Esc> <Tab> <S-Tab> <BS> <Space> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <F1>..<F12>
#   and <lt> for a literal <, with the modifiers C- (Ctrl), A- (Alt) and S- (Shift): \"<C-n>\", \"<A-x>\",
#   \"<S-Up>\" (an uppercase letter is itself: \"G\").
# A key given to one action is taken from any other. An empty list [] leaves an action without a key.
",
    );
    for action in Action::all() {
        let keys = DEFAULT_BINDINGS.iter().find(|(a, _)| *a == action).map(|(_, keys)| *keys).unwrap_or(&[]);
        let list: Vec<String> = keys.iter().map(|k| quoted(k)).collect();
        commented(&mut out, &format!("{} = [{}]", action.name(), list.join(", ")), action.describe());
    }
    out.push_str(
        "
[theme]
# Colours by name (black, red, green, yellow, blue, magenta, cyan, gray, dark_gray, light_red, light_green,
# light_yellow, light_blue, light_magenta, light_cyan, white, default), as \"#rrggbb\", or as a 256-colour
# number \"0\"..\"255\". With NO_COLOR set in the environment, no colour is used at all.
",
    );
    for slot in ThemeSlot::ALL {
        commented(
            &mut out,
            &format!("{} = {}", slot.name(), quoted(&color_name(slot.default_color()))),
            slot.describe(),
        );
    }
    let layout = LayoutSpec::default();
    let names: Vec<String> = Panes::ALL.iter().map(|p| quoted(p.name())).collect();
    let _ = write!(
        out,
        "
[layout]
# panes: {names}. \"auto\" shows three panes (list, letter, thread) from three_pane_min_width
# columns up and one pane at a time, with a tab line, below that.
panes = {panes}
three_pane_min_width = {width}
# The list's and the thread's share of the screen with three panes, in percent (20 to 70; < and > change it).
list_width = {list_width}

[reader]
# The widest the letter's text is set, in columns, centred in a wider pane (0: as wide as the pane).
max_width = {max_width}
",
        names = names.join(", "),
        panes = quoted(layout.panes.name()),
        width = layout.three_pane_min_width,
        max_width = layout.max_width,
        list_width = layout.list_percent,
    );
    out
}
