//! The help overlay: every action with the keys bound to it, as configured.

use super::help_lines::{area_for, rows};
use super::paint::{pane, put};
use crate::reader::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

/// Draws the overlay.
pub(crate) fn draw(app: &App, buf: &mut Buffer, screen: Rect, scroll: usize) {
    if screen.area() == 0 {
        return;
    }
    let (key_w, lines) = rows(&app.config.keymap, screen);
    let area = area_for(screen, lines.len()).intersection(buf.area);
    let theme = &app.config.theme;
    Clear.render(area, buf);
    let more = if scroll + (area.height.saturating_sub(2) as usize) < lines.len() { " ↓ j/k" } else { "" };
    let body = pane(buf, area, &format!("Keys · Esc closes{more}"), true, theme);
    let key_w = key_w as u16;
    for (i, (keys, what)) in lines.iter().skip(scroll).take(body.height as usize).enumerate() {
        let y = body.y + i as u16;
        put(buf, body.x + 1, y, body.x + 1 + key_w, keys, theme.help_key);
        put(buf, body.x + 1 + key_w + 2, y, body.right(), what, Style::new());
    }
}
