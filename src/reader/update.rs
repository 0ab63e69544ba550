//! The update step before every frame: pane geometry for the mouse and for paging, the current letter's layout,
//! its search highlights and the links in view, the reply tree, the list's and the chain's scroll. Drawing
//! (`view`) then reads the app and changes nothing.

use super::app::App;
use super::prepared::Prepared;
use super::state::{Geometry, Pane};
use super::view::layout::{body_of, inner, panes_for, reader_text};
use super::view::segments::segments;
use crate::presentation::layout::RowKind;
use crate::text::width::str_width;
use ratatui::layout::Rect;

impl App {
    /// Prepares the next frame of a screen of `area`: everything drawing needs that is computed or cached.
    pub(crate) fn update(&mut self, area: Rect) {
        self.geo = Geometry { screen: area, ..Geometry::default() };
        self.prepared = Prepared::default();
        if self.corpus.is_none() {
            return;
        }
        let p = panes_for(area, self.focus, &self.config.layout);
        if let Some(t) = p.tabs.filter(|t| t.height > 0) {
            let mut x = t.x;
            for pane in Pane::ALL {
                let start = x;
                x = (x + str_width(pane.title()) as u16 + 2).min(t.right());
                self.geo.tabs_at.push((start, x, pane));
                x = (x + 1).min(t.right());
            }
            self.geo.tabs = Some(t);
        }
        if let Some(r) = p.list {
            let body = body_of(r, area);
            self.geo.list = Some(inner(r).intersection(body));
            self.list.state.clamp(self.list.rows.len(), body.height as usize);
        }
        if let Some(r) = p.chain {
            self.update_chain(r, area);
        }
        if let Some(r) = p.reader {
            self.update_reader(r, area);
        }
        if !self.prompt.is_open() {
            self.prepared.link_hint = self.link_hint();
        }
    }

    /// The chain pane: its tree, and the current letter in view unless the reader moves the cursor there.
    fn update_chain(&mut self, r: Rect, screen: Rect) {
        let body = body_of(r, screen);
        self.geo.chain = Some(inner(r).intersection(body));
        let Some(tree) = self.tree() else { return };
        let h = body.height as usize;
        self.chain.state.clamp(tree.rows.len(), h);
        if self.focus != Pane::Chain
            && let Some(row) = self.current.and_then(|c| tree.row_of(c))
        {
            self.chain.state.selected = row;
            self.chain.state.keep_visible(h);
        }
        self.prepared.tree = Some(tree);
    }

    /// The reading pane: the letter's layout, its highlights, and where its links are on the screen.
    fn update_reader(&mut self, r: Rect, screen: Rect) {
        let text = reader_text(r, self.config.layout.max_width).intersection(screen);
        self.geo.reader = Some(text);
        let Some(cur) = self.current else { return };
        let Some((doc, layout)) = self.layout_of(cur) else { return };
        let highlights = self.highlights_of(cur);
        let top = self.reader_top(&layout, cur);
        let show_hl = self.search.as_ref().is_some_and(|s| !s.hidden);
        for (i, row) in layout.rows(top, text.height as usize).iter().enumerate().map(|(k, r)| (top + k, r)) {
            let Some(block) = doc.blocks.get(row.block as usize) else { continue };
            if row.kind != RowKind::Text {
                continue;
            }
            let y = text.y + (i - top) as u16;
            let mut x = text.x + row.indent;
            for seg in segments(block, row, &highlights, show_hl) {
                let x0 = x;
                x = (x + str_width(&block.text[seg.start..seg.end]) as u16).min(text.right());
                if let Some(link) = seg.link {
                    self.geo.links.push((x0, x, y, link));
                }
            }
        }
        if let Some(l) = self.pos(cur).link
            && !self.geo.links.iter().any(|g| g.3 == l)
        {
            self.reader_pane.set_link(cur, None);
        }
        self.prepared.reader = Some((cur, doc, layout));
        self.prepared.highlights = highlights;
    }
}
