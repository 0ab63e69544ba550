//! The letter list: one row per letter, as ratatui's `List` over the rows in view only (a `List` over every row
//! would cost a key press about 0.15 ms on a 100,000-letter corpus; over the window it costs nothing).

use super::labels::{BOOKMARK, EDITIONS, UNREAD, date_label, summary};
use super::paint::{cells, pane, put};
use crate::model::{Corpus, Letter, LetterIx};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::text::width::{ellipsize, str_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

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
    let window = &app.list.rows[st.top.min(app.list.rows.len())..(st.top + h).min(app.list.rows.len())];
    // The names column: as wide as the widest visible pair, leaving room for the text.
    let names_of = |ix: usize| corpus.letters.get(ix).map(|l| format!("{} → {}", l.sender, l.recipient));
    let widest = window.iter().filter_map(|&ix| names_of(ix)).map(|n| str_width(&n)).max();
    // The snippet gets at least a third of the row, the names at least 12 columns.
    let width = body.width as usize;
    let names_w = widest.unwrap_or(0).min(width.saturating_sub(18 + width / 3).max(12)).min(40);
    let items: Vec<ListItem> = window
        .iter()
        .map(|&ix| match corpus.letters.get(ix) {
            Some(l) => ListItem::new(row(app, corpus, (ix, l), names_w, width)),
            None => ListItem::new(""),
        })
        .collect();
    let highlight = if focused { theme.selected } else { theme.selected_unfocused };
    let mut state = ListState::default().with_selected(st.selected.checked_sub(st.top).filter(|&r| r < window.len()));
    List::new(items).highlight_style(highlight).render(body, buf, &mut state);
}

/// One letter's row, `width` cells at most: marks (unread, bookmark, replies), date, names in a column
/// `names_w` wide, the editions mark, and the first words of the letter in the rest.
fn row(app: &App, corpus: &Corpus, (ix, l): (LetterIx, &Letter), names_w: usize, width: usize) -> Line<'static> {
    let theme = &app.config.theme;
    let has_replies = corpus.replies.get(ix).is_some_and(|r| !r.is_empty());
    let read = app.marks.is_read(ix);
    let marked = app.state.bookmark(&l.id).is_some();
    let names = format!("{} → {}", l.sender, l.recipient);
    let names = ellipsize(&names, names_w);
    let pad = names_w.saturating_sub(str_width(&names));
    let marks =
        [if read { " " } else { UNREAD }, if marked { BOOKMARK } else { " " }, if has_replies { "●" } else { " " }];
    let date = format!("{:>11}", date_label(l));
    let editions = if l.editions.is_empty() { "" } else { EDITIONS };
    // Measured by parts: the names fill their column.
    let used = marks.iter().map(|m| str_width(m)).sum::<usize>() + str_width(&date) + names_w + str_width(editions) + 4;
    let mut spans = vec![
        cells(marks[0], theme.unread),
        cells(marks[1], theme.bookmark),
        cells(marks[2], theme.reply_mark),
        cells(" ", Style::default()),
        cells(&date, theme.date),
        cells(" ", Style::default()),
        cells(&names, theme.names),
        cells(&format!("{:pad$}  ", ""), Style::default()),
    ];
    if !editions.is_empty() {
        spans.push(cells(editions, theme.reply_mark));
    }
    let room = width.saturating_sub(used);
    if room > 0 {
        spans.push(cells(&ellipsize(&summary(l, room + 1), room), Style::default()));
    }
    Line::from(spans)
}
