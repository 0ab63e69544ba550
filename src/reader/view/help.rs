//! The help overlay: every action with the keys bound to it, as configured.

use super::help_lines::{area_for, lines};
use super::paint::{pane, put};
use crate::reader::app::App;
use crate::text::width::str_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

/// Draws the overlay.
pub(crate) fn draw(app: &App, buf: &mut Buffer, screen: Rect, scroll: usize) {
    if screen.area() == 0 {
        return;
    }
    let lines = lines(&app.config.keymap);
    let area = area_for(screen, lines.len()).intersection(buf.area);
    let theme = &app.config.theme;
    Clear.render(area, buf);
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
