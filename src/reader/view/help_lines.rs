//! What the help overlay lists (every action with its keys, then the marks) and where it goes on the screen.

use super::labels::{BOOKMARK, EDITIONS, UNREAD};
use crate::keys::action::Action;
use crate::keys::map::{KeyMap, key_name};
use crate::text::width::str_width;
use crate::text::wrap::wrap;
use ratatui::layout::Rect;

/// The lines of the help: (the names of the keys, what they do).
pub(crate) fn lines(keymap: &KeyMap) -> Vec<(Vec<String>, String)> {
    let mut v: Vec<(Vec<String>, String)> = Action::all()
        .filter_map(|a| {
            let keys: Vec<String> = keymap.keys(a).iter().map(|&k| key_name(k)).collect();
            (!keys.is_empty()).then(|| (keys, a.describe().to_string()))
        })
        .collect();
    let marks = [
        ("", ""),
        ("⁷⁵", "a footnote marker (a link to the footnote)"),
        ("underlined", "a reference to another letter (a link)"),
        ("●", "in the list: the letter has replies"),
        (UNREAD, "in the list: not opened yet"),
        (BOOKMARK, "in the list: bookmarked"),
        (EDITIONS.trim_end(), "in the list: one letter printed in several editions"),
        ("d", "in the bookmarks: delete the bookmark"),
        ("─ ┄ ◌", "in the thread: reply, inferred reply, letter not in this corpus"),
    ];
    for (k, what) in marks {
        let keys = if k.is_empty() { Vec::new() } else { vec![k.to_string()] };
        v.push((keys, what.to_string()));
    }
    v
}

/// Widest the keys column gets: longer key lists wrap within it.
const KEYS_MAX: usize = 22;

/// The names of keys as rows of at most `width` cells: `a, b,` then `c`; a name wider than the column is broken
/// across rows.
fn key_rows(keys: &[String], width: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for (i, name) in keys.iter().enumerate() {
        let item = if i + 1 < keys.len() { format!("{name},") } else { name.clone() };
        let need = str_width(&item) + usize::from(!row.is_empty());
        if !row.is_empty() && str_width(&row) + need > width {
            rows.push(std::mem::take(&mut row));
        }
        if str_width(&item) > width {
            let mut parts = split_name(&item, width);
            row = parts.pop().unwrap_or_default();
            rows.extend(parts);
            continue;
        }
        if !row.is_empty() {
            row.push(' ');
        }
        row.push_str(&item);
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

/// A key name wider than `width` as rows: broken after a modifier's hyphen (`<C-A-` `S-PgDn>`), else anywhere.
fn split_name(name: &str, width: usize) -> Vec<String> {
    let mut rows = vec![String::new()];
    for piece in name.split_inclusive('-') {
        let last = rows.len() - 1;
        if !rows[last].is_empty() && str_width(&rows[last]) + str_width(piece) > width {
            rows.push(String::new());
        }
        for r in wrap(piece, width, width).into_iter().map(|r| &piece[r]) {
            let last = rows.len() - 1;
            if !rows[last].is_empty() && str_width(&rows[last]) + str_width(r) > width {
                rows.push(String::new());
            }
            let last = rows.len() - 1;
            rows[last].push_str(r);
        }
    }
    rows
}

/// The help as drawn on `screen`: the width of the keys column, and the rows, the keys wrapped within their
/// column and each description wrapped to the room beside it (a continuation row has empty cells).
pub(crate) fn rows(keymap: &KeyMap, screen: Rect) -> (usize, Vec<(String, String)>) {
    let lines = lines(keymap);
    let body_w = area_for(screen, lines.len()).width.saturating_sub(2) as usize;
    let on_a_row = |k: &[String]| k.iter().map(|n| str_width(n) + 2).sum::<usize>().saturating_sub(2);
    let key_w = lines.iter().map(|(k, _)| on_a_row(k)).max().unwrap_or(0).min(KEYS_MAX).min(body_w / 3).max(1);
    let desc_w = body_w.saturating_sub(key_w + 4).max(1);
    let mut out = Vec::with_capacity(lines.len());
    for (keys, what) in lines {
        let keys = key_rows(&keys, key_w);
        let descs: Vec<&str> = wrap(&what, desc_w, desc_w).into_iter().map(|r| &what[r]).collect();
        for i in 0..keys.len().max(descs.len()).max(1) {
            let k = keys.get(i).cloned().unwrap_or_default();
            out.push((k, descs.get(i).copied().unwrap_or_default().to_string()));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn keys_fill_their_column_and_a_long_name_breaks_after_a_modifier() {
        assert_eq!(key_rows(&names(&["j", "<Down>"]), 22), ["j, <Down>"]);
        assert_eq!(
            key_rows(&names(&["<C-A-S-PgDn>", "<Space>", "<PgDn>"]), 14),
            ["<C-A-S-PgDn>,", "<Space>,", "<PgDn>"]
        );
        assert_eq!(key_rows(&names(&["<C-A-S-PgDn>", "<Space>", "x"]), 10), ["<C-A-S-", "PgDn>,", "<Space>, x"]);
        let rows = key_rows(&names(&["<C-A-S-PgDn>"]), 3);
        assert!(rows.iter().all(|r| str_width(r) <= 3), "{rows:?}");
        assert_eq!(rows.concat(), "<C-A-S-PgDn>", "nothing is lost");
    }
}
