//! The letter list: one row per letter, ratatui's `List` of only the rows in view.

use super::labels::{BOOKMARK, UNREAD, date_label, summary};
use super::paint::{pane, put};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::text::sanitize::sanitize;
use crate::text::width::{ellipsize, str_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

/// Draws the list pane.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let focused = app.focus == Pane::List;
    let at = if app.list.rows.is_empty() { 0 } else { app.list.state.selected + 1 };
    let filtered = if app.is_filtered() { " · filtered" } else { "" };
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
    // The names column: as wide as the widest visible pair, leaving room for the text.
    let names_of = |ix: usize| corpus.letters.get(ix).map(|l| format!("{} → {}", l.sender, l.recipient));
    let visible = || app.list.rows.iter().skip(st.top).take(h);
    let widest = visible().filter_map(|&ix| names_of(ix)).map(|n| str_width(&n)).max();
    // The snippet gets at least a third of the row, the names at least 12 columns.
    let width = body.width as usize;
    let names_w = widest.unwrap_or(0).min(width.saturating_sub(18 + width / 3).max(12)).min(40);
    let items: Vec<ListItem> = visible()
        .filter_map(|&ix| corpus.letters.get(ix).map(|l| (ix, l)))
        .map(|(ix, l)| {
            let has_replies = corpus.replies.get(ix).is_some_and(|r| !r.is_empty());
            let read = app.read.get(ix).copied().unwrap_or(false);
            let marked = app.state.bookmark(&l.id).is_some();
            let names = format!("{} → {}", l.sender, l.recipient);
            let names = ellipsize(&names, names_w);
            let pad = " ".repeat(names_w.saturating_sub(str_width(&names)));
            let used = 4 + 11 + 1 + names_w + 2;
            let room = (body.width as usize).saturating_sub(used);
            let text = if room > 0 { ellipsize(&summary(l, room + 1), room).into_owned() } else { String::new() };
            ListItem::new(Line::from(vec![
                Span::styled(if read { " " } else { UNREAD }, theme.unread),
                Span::styled(if marked { BOOKMARK } else { " " }, theme.bookmark),
                Span::styled(if has_replies { "●" } else { " " }, theme.reply_mark),
                Span::raw(" "),
                Span::styled(format!("{:>11}", date_label(l)), theme.date),
                Span::raw(" "),
                Span::styled(sanitize(&names).into_owned(), theme.names),
                Span::raw(pad),
                Span::raw("  "),
                Span::raw(sanitize(&text).into_owned()),
            ]))
        })
        .collect();
    let highlight = if focused { theme.selected } else { theme.selected_unfocused };
    let mut state = ListState::default().with_selected(st.selected.checked_sub(st.top));
    StatefulWidget::render(List::new(items).highlight_style(highlight), body, buf, &mut state);
}
