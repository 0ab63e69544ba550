//! The letter list: one row per letter, painting only the rows in view. Painted by hand rather than with
//! ratatui's `List`: on a 100,000-letter corpus the widget made a key press to frame about 0.15 ms slower
//! (benches/reader.rs), and the list is drawn on every frame.

use super::labels::{BOOKMARK, EDITIONS, UNREAD, date_label, summary};
use super::paint::{fill, pane, put};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::text::width::{ellipsize, str_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Draws the list pane.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let focused = app.focus == Pane::List;
    let at = if app.list.rows.is_empty() { 0 } else { app.list.state.selected + 1 };
    let filtered = if app.list.is_filtered() { " · filtered" } else { "" };
    let title = format!("{} {at}/{}{filtered}", Pane::List.title(), app.list.rows.len());
    let body = pane(buf, area, &title, focused, &app.config.theme);
    let h = body.height as usize;
    let st = &app.list.state;
    let Some(corpus) = app.corpus.as_ref() else { return };
    let theme = &app.config.theme;
    if app.list.rows.is_empty() {
        put(buf, body.x, body.y, body.right(), "no letters", theme.dim);
        return;
    }
    let right = body.right();
    // The names column: as wide as the widest visible pair, leaving room for the text.
    let names_of = |ix: usize| corpus.letters.get(ix).map(|l| format!("{} → {}", l.sender, l.recipient));
    let widest = app.list.rows.iter().skip(st.top).take(h).filter_map(|&ix| names_of(ix)).map(|n| str_width(&n)).max();
    // The snippet gets at least a third of the row, the names at least 12 columns.
    let width = body.width as usize;
    let names_w = widest.unwrap_or(0).min(width.saturating_sub(18 + width / 3).max(12)).min(40);
    for (i, &ix) in app.list.rows.iter().enumerate().skip(st.top).take(h) {
        let y = body.y + (i - st.top) as u16;
        let Some(l) = corpus.letters.get(ix) else { continue };
        let selected = i == st.selected;
        let row_style = match (selected, focused) {
            (true, true) => Some(theme.selected),
            (true, false) => Some(theme.selected_unfocused),
            _ => None,
        };
        if let Some(s) = row_style {
            fill(buf, Rect::new(body.x, y, body.width, 1), s);
        }
        let st_of = |s: ratatui::style::Style| row_style.map_or(s, |r| s.patch(r));
        let has_replies = corpus.replies.get(ix).is_some_and(|r| !r.is_empty());
        let read = app.marks.is_read(ix);
        let marked = app.state.bookmark(&l.id).is_some();
        let mut x = put(buf, body.x, y, right, if read { " " } else { UNREAD }, st_of(theme.unread));
        x = put(buf, x, y, right, if marked { BOOKMARK } else { " " }, st_of(theme.bookmark));
        x = put(buf, x, y, right, if has_replies { "●" } else { " " }, st_of(theme.reply_mark));
        x = put(buf, x, y, right, " ", st_of(Default::default()));
        let date = format!("{:>11}", date_label(l));
        x = put(buf, x, y, right, &date, st_of(theme.date));
        x = put(buf, x, y, right, " ", st_of(Default::default()));
        let names = format!("{} → {}", l.sender, l.recipient);
        let names = ellipsize(&names, names_w);
        let end = x + names_w as u16;
        x = put(buf, x, y, right, &names, st_of(theme.names));
        x = x.max(end.min(right));
        x = put(buf, x, y, right, "  ", st_of(Default::default()));
        if !l.editions.is_empty() {
            x = put(buf, x, y, right, EDITIONS, st_of(theme.reply_mark));
        }
        let room = right.saturating_sub(x) as usize;
        if room > 0 {
            let text = summary(l, room + 1);
            put(buf, x, y, right, &ellipsize(&text, room), st_of(Default::default()));
        }
    }
}
