//! The reply-chain view: the current letter's thread as a tree, the current letter highlighted and in view.
//! Painted by hand rather than with ratatui's `List`: the widget made a key press to frame about 0.15 ms slower on
//! 100,000 letters (benches/reader.rs), as it did for the letter list.

use super::labels::{date_label, summary};
use super::paint::{fill, pane, put};
use crate::model::ReplyBasis;
use crate::presentation::tree::{Node, missing_label};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::text::width::ellipsize;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

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
    let right = body.right();
    for (i, row) in tree.rows.iter().enumerate().skip(st.top).take(h) {
        let y = body.y + (i - st.top) as u16;
        let is_cursor = focused && i == st.selected;
        let is_current = matches!(row.node, Node::Letter(ix) if Some(ix) == cur);
        let row_style = if is_cursor { Some(theme.selected) } else { None };
        if let Some(s) = row_style {
            fill(buf, Rect::new(body.x, y, body.width, 1), s);
        }
        let st_of = |s: ratatui::style::Style| row_style.map_or(s, |r| s.patch(r));
        let mut x = put(buf, body.x, y, right, &row.prefix, st_of(theme.dim));
        match &row.node {
            Node::Missing { sender, date } => {
                x = put(buf, x, y, right, "◌ ", st_of(theme.dim));
                let room = right.saturating_sub(x) as usize;
                put(buf, x, y, right, &ellipsize(&missing_label(sender, *date), room), st_of(theme.dim));
            }
            Node::Letter(ix) => {
                let Some(l) = corpus.letters.get(*ix) else { continue };
                let inferred = row.basis == Some(ReplyBasis::Inferred);
                let text_style = if is_current {
                    theme.current_node
                } else if inferred {
                    theme.inferred
                } else {
                    Default::default()
                };
                x = put(buf, x, y, right, if inferred { "○ " } else { "● " }, st_of(text_style));
                // A one-digit day padded, so that ` 1 Sep` lines up under `30 Aug`.
                let date = date_label(l);
                let date = if date.as_bytes().get(1) == Some(&b' ') { format!(" {date}") } else { date };
                x = put(buf, x, y, right, &date, st_of(theme.date.patch(text_style)));
                x = put(buf, x, y, right, " ", st_of(text_style));
                let names = format!("{} → {}", l.sender, l.recipient);
                x = put(buf, x, y, right, &names, st_of(theme.names.patch(text_style)));
                x = put(buf, x, y, right, "  ", st_of(text_style));
                let room = right.saturating_sub(x) as usize;
                if room > 0 {
                    put(buf, x, y, right, &ellipsize(&summary(l, room + 1), room), st_of(text_style));
                }
            }
        }
    }
}
