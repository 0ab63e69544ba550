//! The problems shown until dismissed (a bad config, a corrupt state file, files that could not be read): every
//! one of them, wrapped, in a box above the status line, so that none is cut off or hidden behind another (one
//! short notice stays in the status line alone).

use super::paint::{pane, put};
use crate::reader::app::App;
use crate::text::width::str_width;
use crate::text::wrap::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

/// Draws the notices over the bottom of `main` (the screen above the status line).
pub(crate) fn draw(app: &App, buf: &mut Buffer, main: Rect) {
    let notices = &app.status.notices;
    // One short notice fits the status line; the box is for more, or for a long one.
    let fits = notices.len() == 1 && notices.iter().all(|n| str_width(n) <= main.width as usize / 2);
    if notices.is_empty() || fits || main.width < 20 || main.height < 10 {
        return;
    }
    let text_w = main.width.saturating_sub(4) as usize;
    let mut rows: Vec<String> = Vec::new();
    for n in notices {
        let n = crate::text::sanitize::sanitize(n);
        for (i, r) in wrap(&n, text_w.saturating_sub(2), text_w.saturating_sub(2)).into_iter().enumerate() {
            rows.push(format!("{}{}", if i == 0 { "• " } else { "  " }, &n[r]));
        }
    }
    let h = (rows.len() as u16 + 2).min(main.height / 2).max(3);
    let area = Rect::new(main.x, main.bottom() - h, main.width, h).intersection(buf.area);
    Clear.render(area, buf);
    let s = if notices.len() == 1 { "" } else { "s" };
    let title = format!("{} problem{s} · Esc dismisses the first", notices.len());
    let body = pane(buf, area, &title, true, &app.config.theme);
    for (i, row) in rows.iter().take(body.height as usize).enumerate() {
        put(buf, body.x + 1, body.y + i as u16, body.right(), row, app.config.theme.error);
    }
}
