//! The reply-chain view: the current letter's thread as a tree, the current letter highlighted and in view. A
//! ratatui `List` over the rows in view only, as the letter list is.

use super::labels::{date_label, summary};
use super::paint::{cells, pane};
use crate::model::{Corpus, ReplyBasis};
use crate::presentation::tree::{Node, TreeRow, missing_label};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::reader::theme::Theme;
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
            let p = app.order.in_thread(ix) + 1;
            format!("{} {p}/{total} · ─ reply ┄ inferred", Pane::Chain.title())
        }
        _ => Pane::Chain.title().to_string(),
    };
    let body = pane(buf, area, &title, focused, &app.config.theme);
    let h = body.height as usize;
    let Some(tree) = tree else { return };
    let (st, theme) = (app.chain.state, &app.config.theme);
    let Some(corpus) = app.corpus.as_ref() else { return };
    let n = tree.rows.len();
    let window = &tree.rows[st.top.min(n)..(st.top + h).min(n)];
    let items: Vec<ListItem> =
        window.iter().map(|r| ListItem::new(row(corpus, theme, r, cur, body.width as usize))).collect();
    let selected = st.selected.checked_sub(st.top).filter(|&r| focused && r < window.len());
    let mut state = ListState::default().with_selected(selected);
    List::new(items).highlight_style(theme.selected).render(body, buf, &mut state);
}

/// One row of the tree, `width` cells at most: its prefix, then a missing letter's label or a letter's mark,
/// date, names and first words (the current letter, and an inferred reply, in their own style).
fn row(corpus: &Corpus, theme: &Theme, r: &TreeRow, cur: Option<usize>, width: usize) -> Line<'static> {
    let mut spans = vec![cells(&r.prefix, theme.dim)];
    let used = |spans: &[Span]| spans.iter().map(|s| str_width(&s.content)).sum::<usize>();
    match &r.node {
        Node::Missing { sender, date } => {
            spans.push(cells("◌ ", theme.dim));
            let room = width.saturating_sub(used(&spans));
            spans.push(cells(&ellipsize(&missing_label(sender, *date), room), theme.dim));
        }
        Node::Letter(ix) => {
            let Some(l) = corpus.letters.get(*ix) else { return Line::from(spans) };
            let inferred = r.basis == Some(ReplyBasis::Inferred);
            let text_style = if Some(*ix) == cur {
                theme.current_node
            } else if inferred {
                theme.inferred
            } else {
                Default::default()
            };
            // A one-digit day padded, so that ` 1 Sep` lines up under `30 Aug`.
            let date = date_label(l);
            let date = if date.as_bytes().get(1) == Some(&b' ') { format!(" {date}") } else { date };
            spans.extend([
                cells(if inferred { "○ " } else { "● " }, text_style),
                cells(&date, theme.date.patch(text_style)),
                cells(" ", text_style),
                cells(&format!("{} → {}", l.sender, l.recipient), theme.names.patch(text_style)),
                cells("  ", text_style),
            ]);
            let room = width.saturating_sub(used(&spans));
            if room > 0 {
                spans.push(cells(&ellipsize(&summary(l, room + 1), room), text_style));
            }
        }
    }
    Line::from(spans)
}
