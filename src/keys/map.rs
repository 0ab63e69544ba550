//! Key notation (`f`, `<C-n>`, `<Enter>`, `<S-Tab>`, `<lt>`), shared by `letters render --keys` and the config file,
//! and the default key bindings, kept as data.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// Why a key name was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("unknown key name {0:?}")]
    Unknown(String),
    #[error("unclosed key name {0:?} (a literal < is written <lt>)")]
    Unclosed(String),
    #[error("empty key")]
    Empty,
}

/// Named keys, as written between angle brackets.
const NAMED: [(&str, KeyCode); 20] = [
    ("enter", KeyCode::Enter),
    ("cr", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("bs", KeyCode::Backspace),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgdn", KeyCode::PageDown),
    ("pagedown", KeyCode::PageDown),
    ("pgup", KeyCode::PageUp),
    ("pageup", KeyCode::PageUp),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("space", KeyCode::Char(' ')),
    ("lt", KeyCode::Char('<')),
    ("del", KeyCode::Delete),
    ("delete", KeyCode::Delete),
];

/// Parses the inside of `<...>`: `Enter`, `C-o`, `S-Tab`, `A-x`, `lt`.
fn parse_named(inner: &str) -> Result<KeyEvent, KeyError> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = inner;
    loop {
        let b = rest.as_bytes();
        if b.len() > 2 && b[1] == b'-' {
            match b[0].to_ascii_lowercase() {
                b'c' => mods |= KeyModifiers::CONTROL,
                b's' => mods |= KeyModifiers::SHIFT,
                b'a' | b'm' => mods |= KeyModifiers::ALT,
                _ => return Err(KeyError::Unknown(format!("<{inner}>"))),
            }
            rest = &rest[2..];
        } else {
            break;
        }
    }
    let lower = rest.to_ascii_lowercase();
    let code = if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
        *code
    } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n))
    {
        KeyCode::F(n)
    } else {
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => return Err(KeyError::Unknown(format!("<{inner}>"))),
        }
    };
    Ok(normalize(KeyEvent::new(code, mods)))
}

/// Makes equal keys compare equal: `<S-Tab>` is BackTab, `<C-x>` is lowercase, a plain uppercase letter carries no SHIFT.
pub(crate) fn normalize(key: KeyEvent) -> KeyEvent {
    let mut mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT);
    let code = match key.code {
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    if matches!(code, KeyCode::BackTab | KeyCode::Char(_)) {
        mods.remove(KeyModifiers::SHIFT);
    }
    KeyEvent::new(code, mods)
}

/// Parses one key as written in the config file: `f`, `G`, `<C-n>`, `<Enter>`.
pub fn parse_key(spec: &str) -> Result<KeyEvent, KeyError> {
    let keys = parse_keys(spec)?;
    match keys.as_slice() {
        [one] => Ok(*one),
        [] => Err(KeyError::Empty),
        _ => Err(KeyError::Unknown(spec.to_string())),
    }
}

/// Parses a string of keys as `letters render --keys` takes it: `jj<Tab>f<Enter><C-o>`.
pub(crate) fn parse_keys(spec: &str) -> Result<Vec<KeyEvent>, KeyError> {
    let mut keys = Vec::new();
    let mut rest = spec;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let Some(end) = rest.find('>') else {
                return Err(KeyError::Unclosed(rest.chars().take(12).collect()));
            };
            let inner = &rest[1..end];
            if inner.is_empty() {
                return Err(KeyError::Unknown("<>".to_string()));
            }
            keys.push(parse_named(inner)?);
            rest = &rest[end + 1..];
        } else {
            let code = match c {
                '\n' | '\r' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            };
            keys.push(KeyEvent::new(code, KeyModifiers::NONE));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(keys)
}

/// Writes a key the way the config file and the help overlay show it.
pub(crate) fn key_name(key: KeyEvent) -> String {
    let key = normalize(key);
    let mut prefix = String::new();
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        prefix.push_str("C-");
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        prefix.push_str("A-");
    }
    if key.modifiers.contains(KeyModifiers::SHIFT) {
        prefix.push_str("S-");
    }
    let base = match key.code {
        KeyCode::Char('<') => "lt".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) if prefix.is_empty() => return c.to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Backspace => "BS".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    format!("<{prefix}{base}>")
}

/// The default bindings: each action with its keys, first key first in the help.
pub(crate) const DEFAULT_BINDINGS: [(Action, &[&str]); 47] = [
    (Action::Quit, &["q", "<C-c>"]),
    (Action::Help, &["?"]),
    (Action::Close, &["<Esc>"]),
    (Action::FocusNext, &["<Tab>"]),
    (Action::FocusPrev, &["<S-Tab>"]),
    (Action::Up, &["k", "<Up>"]),
    (Action::Down, &["j", "<Down>"]),
    (Action::PageDown, &["<Space>", "<PgDn>"]),
    (Action::PageUp, &["b", "<PgUp>"]),
    (Action::Top, &["g", "<Home>"]),
    (Action::Bottom, &["G", "<End>"]),
    (Action::Open, &["<Enter>"]),
    (Action::ReplyParent, &["r"]),
    (Action::FirstReply, &["R"]),
    (Action::ThreadPrev, &["["]),
    (Action::ThreadNext, &["]"]),
    (Action::NextLink, &["f"]),
    (Action::PrevLink, &["F"]),
    (Action::Back, &["<BS>", "<C-o>"]),
    (Action::Forward, &["<C-f>"]),
    (Action::Search, &["/"]),
    (Action::NextMatch, &["n"]),
    (Action::PrevMatch, &["N"]),
    (Action::Bookmark, &["m"]),
    (Action::BookmarkNote, &["M"]),
    (Action::Bookmarks, &["'"]),
    (Action::FilterCorrespondent, &["c"]),
    (Action::FilterYear, &["y"]),
    (Action::UnreadOnly, &["u"]),
    (Action::HalfPageDown, &["<C-d>"]),
    (Action::HalfPageUp, &["<C-u>"]),
    (Action::LineDown, &["<C-e>"]),
    (Action::LineUp, &["<C-y>"]),
    (Action::NextLetter, &["J"]),
    (Action::PrevLetter, &["K"]),
    (Action::NextUnread, &["."]),
    (Action::MarkUnread, &["U"]),
    (Action::GoTo, &[":"]),
    (Action::Sort, &["o"]),
    (Action::Save, &["s"]),
    (Action::Pipe, &["|"]),
    (Action::Diagnostics, &["!"]),
    (Action::SearchBackward, &["<C-r>"]),
    (Action::NarrowList, &["<lt>"]),
    (Action::WidenList, &[">"]),
    (Action::Edition, &["e"]),
    (Action::Headers, &["H"]),
];

/// Keys to actions. Built from the defaults, then changed by the config file.
/// Whether `key` is Ctrl-C, which always quits the reader.
pub fn is_ctrl_c(key: KeyEvent) -> bool {
    let key = normalize(key);
    key.code == KeyCode::Char('c') && key.modifiers == KeyModifiers::CONTROL
}

#[derive(Debug, Clone)]
pub struct KeyMap {
    by_key: HashMap<KeyEvent, Action>,
    by_action: Vec<(Action, Vec<KeyEvent>)>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let mut map = KeyMap { by_key: HashMap::new(), by_action: Vec::new() };
        for (action, specs) in DEFAULT_BINDINGS {
            let keys = specs.iter().filter_map(|s| parse_key(s).ok()).collect();
            map.bind(action, keys);
        }
        map
    }
}

impl KeyMap {
    /// Replaces the keys of `action` with `keys`; a key bound elsewhere moves to `action`.
    pub fn bind(&mut self, action: Action, keys: Vec<KeyEvent>) {
        let keys: Vec<KeyEvent> = keys.into_iter().map(normalize).collect();
        if let Some((_, old)) = self.by_action.iter().find(|(a, _)| *a == action) {
            for k in old {
                self.by_key.remove(k);
            }
        }
        for k in &keys {
            if let Some(prev) = self.by_key.insert(*k, action)
                && prev != action
                && let Some((_, ks)) = self.by_action.iter_mut().find(|(a, _)| *a == prev)
            {
                ks.retain(|x| x != k);
            }
        }
        match self.by_action.iter_mut().find(|(a, _)| *a == action) {
            Some((_, ks)) => *ks = keys,
            None => self.by_action.push((action, keys)),
        }
    }

    /// The action bound to this key.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        self.by_key.get(&normalize(key)).copied()
    }

    /// The keys bound to this action, in the order configured.
    pub fn keys(&self, action: Action) -> &[KeyEvent] {
        self.by_action.iter().find(|(a, _)| *a == action).map(|(_, k)| k.as_slice()).unwrap_or(&[])
    }

    /// Whether a key other than Ctrl-C (which always quits) is bound to quit.
    pub fn has_quit_key(&self) -> bool {
        self.keys(Action::Quit).iter().any(|&k| !is_ctrl_c(k))
    }

    /// `f, <C-n>`: the keys of an action as the help overlay shows them.
    pub fn describe_keys(&self, action: Action) -> String {
        self.keys(action).iter().map(|k| key_name(*k)).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_render_key_strings() {
        let keys = parse_keys("j<Tab><S-Tab><C-o><lt>G").expect("keys");
        let names: Vec<String> = keys.into_iter().map(key_name).collect();
        assert_eq!(names, ["j", "<Tab>", "<S-Tab>", "<C-o>", "<lt>", "G"]);
        let shifted = parse_keys("<C-A-S-PageDown><S-Up>").expect("keys");
        let names: Vec<String> = shifted.into_iter().map(key_name).collect();
        assert_eq!(names, ["<C-A-S-PgDn>", "<S-Up>"], "Shift is named where it makes another key");
    }

    #[test]
    fn rejects_unknown_names() {
        assert!(matches!(parse_keys("<NoSuchKey>"), Err(KeyError::Unknown(_))));
        assert!(matches!(parse_keys("ab<Enter"), Err(KeyError::Unclosed(_))));
    }

    #[test]
    fn default_map_has_every_action() {
        let map = KeyMap::default();
        for a in Action::all() {
            assert!(!map.keys(a).is_empty(), "{a:?} has no key");
        }
        assert_eq!(map.action(KeyEvent::new(KeyCode::Char('f'), KeyModifiers::NONE)), Some(Action::NextLink));
        assert_eq!(map.action(KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT)), Some(Action::FocusPrev));
        assert_eq!(map.action(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::Bottom));
    }

    #[test]
    fn rebinding_moves_a_key() {
        let mut map = KeyMap::default();
        map.bind(Action::Help, vec![parse_key("H").expect("key")]);
        assert_eq!(map.action(parse_key("H").expect("key")), Some(Action::Help));
        assert_eq!(map.action(parse_key("?").expect("key")), None);
    }
}
