//! The reply-chain view: the current letter's thread as a tree (presentation's rows), ratatui's `List` of the
//! rows in view, the current letter highlighted, the cursor shown while the pane has the focus.

use super::labels::{date_label, summary};
use super::paint::pane;
use crate::model::{Letter, ReplyBasis};
use crate::presentation::tree::{Node, missing_label};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::text::sanitize::sanitize;
use crate::text::width::{ellipsize, str_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

/// Draws the chain view.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let focused = app.focus == Pane::Chain;
    let tree = app.prepared.tree.as_ref();
    let cur = app.current;
    let title = match (app.corpus.as_ref(), cur) {
        (Some(c), Some(ix)) => {
            let total = c.letters.get(ix).and_then(|l| c.threads.get(l.thread)).map(|t| t.letters.len()).unwrap_or(0);
            let p = app.thread_pos.get(ix).copied().unwrap_or(0) + 1;
            format!("{} {p}/{total} · ─ reply ┄ inferred", Pane::Chain.title())
        }
        _ => Pane::Chain.title().to_string(),
    };
    let body = pane(buf, area, &title, focused, &app.config.theme);
    let h = body.height as usize;
    let Some(tree) = tree else { return };
    let (st, theme) = (app.chain.state, &app.config.theme);
    let Some(corpus) = app.corpus.as_ref() else { return };
    let width = body.width as usize;
    let items: Vec<ListItem> = tree
        .rows
        .iter()
        .skip(st.top)
        .take(h)
        .map(|row| {
            let mut spans = vec![Span::styled(row.prefix.as_str(), theme.dim)];
            let used = str_width(&row.prefix) + 2;
            match &row.node {
                Node::Missing { sender, date } => {
                    spans.push(Span::styled("◌ ", theme.dim));
                    let label = ellipsize(&missing_label(sender, *date), width.saturating_sub(used)).into_owned();
                    spans.push(Span::styled(sanitize(&label).into_owned(), theme.dim));
                }
                Node::Letter(ix) => {
                    if let Some(l) = corpus.letters.get(*ix) {
                        spans.extend(letter_spans(app, l, row.basis, Some(*ix) == cur, width.saturating_sub(used)));
                    }
                }
            }
            ListItem::new(Line::from(spans))
        })
        .collect();
    let selected = if focused { st.selected.checked_sub(st.top) } else { None };
    let mut state = ListState::default().with_selected(selected);
    StatefulWidget::render(List::new(items).highlight_style(theme.selected), body, buf, &mut state);
}

/// A letter's node: its mark (● reply, ○ inferred), date, correspondents and first words, in `room` cells.
fn letter_spans<'a>(app: &App, l: &Letter, basis: Option<ReplyBasis>, current: bool, room: usize) -> Vec<Span<'a>> {
    let theme = &app.config.theme;
    let inferred = basis == Some(ReplyBasis::Inferred);
    let text_style = if current {
        theme.current_node
    } else if inferred {
        theme.inferred
    } else {
        Default::default()
    };
    // A one-digit day padded, so that ` 1 Sep` lines up under `30 Aug`.
    let date = date_label(l);
    let date = if date.as_bytes().get(1) == Some(&b' ') { format!(" {date}") } else { date };
    let names = sanitize(&format!("{} → {}", l.sender, l.recipient)).into_owned();
    let left = room.saturating_sub(str_width(&date) + 1 + str_width(&names) + 2);
    let mut spans = vec![
        Span::styled(if inferred { "○ " } else { "● " }, text_style),
        Span::styled(date, theme.date.patch(text_style)),
        Span::styled(" ", text_style),
        Span::styled(names, theme.names.patch(text_style)),
        Span::styled("  ", text_style),
    ];
    if left > 0 {
        spans.push(Span::styled(sanitize(&ellipsize(&summary(l, left + 1), left)).into_owned(), text_style));
    }
    spans
}
