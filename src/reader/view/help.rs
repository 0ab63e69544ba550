//! The help overlay: every action with the keys bound to it, as configured.

use super::paint::{fill, pane, put};
use crate::keys::action::Action;
use crate::reader::app::App;
use crate::text::width::str_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The lines of the help: (keys, what they do).
pub fn lines(app: &App) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = Action::ALL
        .iter()
        .filter_map(|&a| {
            let keys = app.config.keymap.describe_keys(a);
            (!keys.is_empty()).then(|| (keys, a.describe().to_string()))
        })
        .collect();
    v.push((String::new(), String::new()));
    v.push(("⁷⁵".into(), "a footnote marker (a link to the footnote)".into()));
    v.push(("underlined".into(), "a reference to another letter (a link)".into()));
    v.push(("●".into(), "in the list: the letter has replies".into()));
    v.push((super::list::UNREAD.into(), "in the list: not opened yet".into()));
    v.push((super::list::BOOKMARK.into(), "in the list: bookmarked".into()));
    v.push((super::list::EDITIONS.trim_end().into(), "in the list: one letter printed in several editions".into()));
    v.push(("d".into(), "in the bookmarks: delete the bookmark".into()));
    v.push(("─ ┄ ◌".into(), "in the thread: reply, inferred reply, letter not in this corpus".into()));
    v
}

fn area_for(screen: Rect, n: usize) -> Rect {
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
pub fn max_scroll(app: &App) -> usize {
    let n = lines(app).len();
    let area = area_for(app.geo.screen, n);
    n.saturating_sub(area.height.saturating_sub(2) as usize)
}

/// Draws the overlay.
pub fn draw(app: &mut App, buf: &mut Buffer, screen: Rect, scroll: usize) {
    if screen.area() == 0 {
        return;
    }
    let lines = lines(app);
    let area = area_for(screen, lines.len()).intersection(buf.area);
    let theme = &app.config.theme;
    fill(buf, area, Style::new());
    let more = if scroll + (area.height.saturating_sub(2) as usize) < lines.len() { " ↓ j/k" } else { "" };
    let body = pane(buf, area, &format!("Keys · Esc closes{more}"), true, theme);
    let key_w = lines.iter().map(|(k, _)| str_width(k)).max().unwrap_or(0).min(22).min(body.width as usize / 3) as u16;
    for (i, (keys, what)) in lines.iter().skip(scroll).take(body.height as usize).enumerate() {
        let y = body.y + i as u16;
        let x = put(buf, body.x + 1, y, body.right(), keys, theme.help_key);
        let x = x.max(body.x + 1 + key_w) + 2;
        put(buf, x, y, body.right(), what, Style::new());
    }
}
