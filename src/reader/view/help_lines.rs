//! What the help overlay lists (every action with its keys, then the marks) and where it goes on the screen.

use super::labels::{BOOKMARK, EDITIONS, UNREAD};
use crate::keys::action::Action;
use crate::keys::map::KeyMap;
use crate::text::width::str_width;
use crate::text::wrap::wrap;
use ratatui::layout::Rect;

/// The lines of the help: (keys, what they do).
pub(crate) fn lines(keymap: &KeyMap) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = Action::all()
        .filter_map(|a| {
            let keys = keymap.describe_keys(a);
            (!keys.is_empty()).then(|| (keys, a.describe().to_string()))
        })
        .collect();
    v.push((String::new(), String::new()));
    v.push(("⁷⁵".into(), "a footnote marker (a link to the footnote)".into()));
    v.push(("underlined".into(), "a reference to another letter (a link)".into()));
    v.push(("●".into(), "in the list: the letter has replies".into()));
    v.push((UNREAD.into(), "in the list: not opened yet".into()));
    v.push((BOOKMARK.into(), "in the list: bookmarked".into()));
    v.push((EDITIONS.trim_end().into(), "in the list: one letter printed in several editions".into()));
    v.push(("d".into(), "in the bookmarks: delete the bookmark".into()));
    v.push(("─ ┄ ◌".into(), "in the thread: reply, inferred reply, letter not in this corpus".into()));
    v
}

/// The help as drawn on `screen`: the width of the keys column, and the rows, each description wrapped to the
/// room beside the keys (a continuation row has no keys).
pub(crate) fn rows(keymap: &KeyMap, screen: Rect) -> (usize, Vec<(String, String)>) {
    let lines = lines(keymap);
    let body_w = area_for(screen, lines.len()).width.saturating_sub(2) as usize;
    let key_w = lines.iter().map(|(k, _)| str_width(k)).max().unwrap_or(0).min(22).min(body_w / 3);
    let desc_w = body_w.saturating_sub(key_w + 4).max(1);
    let mut out = Vec::with_capacity(lines.len());
    for (keys, what) in lines {
        for (i, r) in wrap(&what, desc_w, desc_w).into_iter().enumerate() {
            let k = if i == 0 { keys.clone() } else { String::new() };
            out.push((k, what[r].to_string()));
        }
    }
    (key_w, out)
}

pub(crate) fn area_for(screen: Rect, n: usize) -> Rect {
    let w = screen.width.saturating_sub(4).clamp(1, 84);
    let h = screen.height.saturating_sub(2).clamp(1, n as u16 + 2);
    Rect::new(
        screen.x + (screen.width - w) / 2,
        screen.y + (screen.height.saturating_sub(1) - h.min(screen.height.saturating_sub(1))) / 2,
        w,
        h,
    )
}

/// How far the help can scroll.
pub(crate) fn max_scroll(keymap: &KeyMap, screen: Rect) -> usize {
    let n = rows(keymap, screen).1.len();
    let area = area_for(screen, n);
    n.saturating_sub(area.height.saturating_sub(2) as usize)
}
