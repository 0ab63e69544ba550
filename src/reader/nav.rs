//! What the actions do: moving in the panes, following links and replies, history, search.

use super::app::App;
use super::search::Search;
use super::state::{Location, Pane, PromptKind, ReaderPos};
use super::view::layout::{inner, panes_for, reader_text};
use crate::model::LetterIx;
use crate::presentation::doc::{self, LinkTarget};
use crate::presentation::layout::Layout;
use crate::presentation::tree::{Node, missing_label, missing_parents};
use ratatui::layout::Rect;
use std::rc::Rc;

/// Rows the mouse wheel scrolls.
const WHEEL: usize = 3;

impl App {
    fn screen(&self) -> Rect {
        if self.geo.screen.area() == 0 { Rect::new(0, 0, 120, 40) } else { self.geo.screen }
    }

    /// Width and height of the reading pane's text.
    pub(crate) fn reader_view(&self) -> (usize, usize) {
        let r = panes_for(self.screen(), Pane::Reader, &self.config.layout)
            .reader
            .map(|r| reader_text(r, self.config.layout.max_width))
            .unwrap_or_default();
        (r.width.max(1) as usize, r.height.max(1) as usize)
    }

    /// Rows of the letter list.
    pub(crate) fn list_height(&self) -> usize {
        panes_for(self.screen(), Pane::List, &self.config.layout).list.map(inner).map(|r| r.height).unwrap_or(1).max(1)
            as usize
    }

    /// Width and height of the chain view.
    pub(crate) fn chain_view(&self) -> (usize, usize) {
        let r = panes_for(self.screen(), Pane::Chain, &self.config.layout).chain.map(inner).unwrap_or_default();
        (r.width.max(1) as usize, r.height.max(1) as usize)
    }

    /// The current letter's layout at the reading pane's width.
    pub(crate) fn layout_of(&mut self, letter: LetterIx) -> Option<(Rc<doc::Doc>, Rc<Layout>)> {
        let width = self.reader_view().0;
        let headers = self.headers_of(letter);
        let corpus = self.corpus.as_ref()?;
        Some(self.reader_pane.layout(corpus, letter, width, headers))
    }

    /// The top row shown for `letter`, kept inside the letter.
    pub(crate) fn reader_top(&self, layout: &Layout, letter: LetterIx) -> usize {
        self.reader_pane.top(layout, letter, self.reader_view().1)
    }

    /// Scrolls the reading pane by `delta` rows.
    pub(crate) fn scroll_reader(&mut self, delta: isize) {
        let Some(cur) = self.current else { return };
        let Some((_, layout)) = self.layout_of(cur) else { return };
        let h = self.reader_view().1;
        self.reader_pane.scroll(cur, &layout, delta, h);
    }

    /// j / k.
    pub(crate) fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::List => {
                let sel = self.list.state.selected.saturating_add_signed(delta);
                self.select_row(sel);
            }
            Pane::Reader => self.scroll_reader(delta),
            Pane::Chain => self.move_chain(delta),
        }
    }

    /// Space / b.
    pub(crate) fn page(&mut self, down: bool) {
        let sign = if down { 1 } else { -1 };
        match self.focus {
            Pane::List => self.move_by(sign * self.list_height() as isize),
            Pane::Reader => {
                if !self.page_beyond(down) {
                    self.scroll_reader(sign * (self.reader_view().1.saturating_sub(1).max(1)) as isize)
                }
            }
            Pane::Chain => self.move_chain(sign * self.chain_view().1 as isize),
        }
    }

    /// Space at the end of a letter or b at its top: the next or previous letter. False when the page stays in
    /// this letter.
    fn page_beyond(&mut self, down: bool) -> bool {
        let Some(cur) = self.current else { return false };
        let Some((_, layout)) = self.layout_of(cur) else { return false };
        let top = self.reader_top(&layout, cur);
        if down && top >= layout.max_top(self.reader_view().1) {
            self.page_into_next()
        } else if !down && top == 0 {
            self.page_into_prev()
        } else {
            false
        }
    }

    /// g / G.
    pub(crate) fn move_to_end(&mut self, bottom: bool) {
        match self.focus {
            Pane::List => self.select_row(if bottom { self.list.rows.len().saturating_sub(1) } else { 0 }),
            Pane::Reader => self.scroll_reader(if bottom { isize::MAX / 2 } else { isize::MIN / 2 }),
            Pane::Chain => self.move_chain(if bottom { isize::MAX / 2 } else { isize::MIN / 2 }),
        }
    }

    /// Selects a row of the list; the reading pane follows.
    pub(crate) fn select_row(&mut self, row: usize) {
        if self.list.rows.is_empty() {
            return;
        }
        let height = self.list_height();
        self.current = self.list.select(row, height);
        self.sync_chain();
    }

    fn move_chain(&mut self, delta: isize) {
        let Some(tree) = self.tree() else { return };
        self.chain.move_by(delta, tree.rows.len(), self.chain_view().1);
    }

    /// Puts the chain view's cursor on the current letter, and the list's selection too.
    pub(crate) fn sync_chain(&mut self) {
        let Some(cur) = self.current else { return };
        self.list.follow(cur, self.list_height());
        if let Some(tree) = self.tree()
            && let Some(row) = tree.row_of(cur)
        {
            self.chain.follow(row, tree.rows.len(), self.chain_view().1);
        }
    }

    /// Enter.
    pub(crate) fn open(&mut self) {
        match self.focus {
            Pane::List => self.set_focus(Pane::Reader),
            Pane::Reader => self.follow(),
            Pane::Chain => {
                let Some(tree) = self.tree() else { return };
                match tree.rows.get(self.chain.state.selected).map(|r| &r.node) {
                    Some(Node::Letter(ix)) => {
                        let ix = *ix;
                        self.jump_to_letter(ix, Pane::Reader);
                    }
                    Some(Node::Missing { sender, date }) => self.status.say(missing_label(sender, *date)),
                    None => {}
                }
            }
        }
    }

    /// Goes to a place without recording history.
    pub(crate) fn go(&mut self, to: Location) {
        self.current = Some(to.letter);
        self.reader_pane.positions.insert(to.letter, to.pos);
        self.focus = to.focus;
        self.sync_chain();
    }

    /// Goes to a place, recording where the reader was.
    pub(crate) fn jump(&mut self, to: Location) {
        if let Some(here) = self.location() {
            if here == to {
                return;
            }
            self.history.push(here);
        }
        self.go(to);
    }

    /// Jumps to a letter, where it was last left.
    pub(crate) fn jump_to_letter(&mut self, letter: LetterIx, focus: Pane) {
        let pos = self.pos(letter);
        self.jump(Location { letter, pos, focus });
    }

    pub(crate) fn back(&mut self) {
        let Some(here) = self.location() else { return };
        match self.history.back(here) {
            Some(to) => self.go(to),
            None => self.status.say("nothing to go back to"),
        }
    }

    pub(crate) fn forward(&mut self) {
        let Some(here) = self.location() else { return };
        match self.history.forward(here) {
            Some(to) => self.go(to),
            None => self.status.say("nothing to go forward to"),
        }
    }

    /// e: the same letter as another edition prints it (the next printing, round to the first).
    pub(crate) fn next_edition(&mut self) {
        let Some(cur) = self.current else { return };
        let Some(letter) = self.corpus.as_ref().and_then(|c| c.letters.get(cur)) else { return };
        let mut all: Vec<LetterIx> = letter.editions.iter().copied().chain([cur]).collect();
        all.sort_unstable();
        match all.iter().position(|&i| i == cur) {
            Some(k) if all.len() > 1 => {
                let next = all[(k + 1) % all.len()];
                self.jump_to_letter(next, self.focus);
            }
            _ => self.status.say("this letter is printed in no other edition here"),
        }
    }

    /// r: the letter this one replies to.
    pub(crate) fn reply_parent(&mut self) {
        let Some(cur) = self.current else { return };
        let Some(letter) = self.corpus.as_ref().and_then(|c| c.letters.get(cur)) else { return };
        match letter.replies_to {
            Some(p) => self.jump_to_letter(p, self.focus),
            None => {
                let missing = self.corpus.as_ref().map(|c| missing_parents(c, cur)).unwrap_or_default();
                self.status.say(match missing.first() {
                    Some(Node::Missing { sender, date }) => format!("replies to {}", missing_label(sender, *date)),
                    _ => "this letter replies to no letter in the corpus".into(),
                });
            }
        }
    }

    /// R: the first reply to this letter.
    pub(crate) fn first_reply(&mut self) {
        let Some(cur) = self.current else { return };
        match self.corpus.as_ref().and_then(|c| c.replies.get(cur)).and_then(|r| r.first()).copied() {
            Some(r) => self.jump_to_letter(r, self.focus),
            None => self.status.say("no reply to this letter in the corpus"),
        }
    }

    /// [ and ]: the previous and next letter of the thread.
    pub(crate) fn thread_step(&mut self, next: bool) {
        let Some(cur) = self.current else { return };
        let Some(corpus) = self.corpus.as_ref() else { return };
        let Some(thread) = corpus.letters.get(cur).and_then(|l| corpus.threads.get(l.thread)) else { return };
        let p = self.order.in_thread(cur);
        let to = if next { thread.letters.get(p + 1) } else { p.checked_sub(1).and_then(|p| thread.letters.get(p)) };
        match to.copied() {
            Some(ix) => self.jump_to_letter(ix, self.focus),
            None => self.status.say(if next { "last letter of the thread" } else { "first letter of the thread" }),
        }
    }

    /// f / F: selects the next or previous link, counted from the selected one if it is in view, else from the
    /// top of the view; scrolls to it and focuses the reading pane.
    pub(crate) fn select_link(&mut self, next: bool) {
        let Some(cur) = self.current else { return };
        let Some((doc, layout)) = self.layout_of(cur) else { return };
        self.focus = Pane::Reader;
        let h = self.reader_view().1;
        if let Err(message) = self.reader_pane.select_link(cur, (&doc, &layout), h, next) {
            self.status.say(message);
        }
    }

    /// Enter in the reading pane: follows the selected link.
    pub(crate) fn follow(&mut self) {
        let Some(cur) = self.current else { return };
        let Some((doc, layout)) = self.layout_of(cur) else { return };
        let pos = self.pos(cur);
        let Some(link) = pos.link.and_then(|l| doc.links.get(l)) else {
            let key = self.config.keymap.describe_keys(crate::keys::action::Action::NextLink);
            self.status.say(format!("no link selected ({key} selects one)"));
            return;
        };
        match &link.target {
            LinkTarget::Footnote { footnote: Some(f), .. } => {
                let Some(block) = doc.footnote_blocks.get(*f).copied().flatten() else { return };
                let row = layout.first_row_of(block).min(layout.max_top(self.reader_view().1));
                let anchor = layout.anchor_of(row);
                self.jump(Location { letter: cur, pos: ReaderPos { anchor, link: pos.link }, focus: Pane::Reader });
                self.reader_pane.flash = Some((cur, block as u32));
                let n = doc.footnote_blocks.len();
                let back = self
                    .config
                    .keymap
                    .keys(crate::keys::action::Action::Back)
                    .first()
                    .map(|k| crate::keys::map::key_name(*k));
                let back = back.map(|k| format!("; {} returns", k.replace("<BS>", "Backspace"))).unwrap_or_default();
                self.status.say(format!("note {} of {n}{back}", f + 1));
            }
            LinkTarget::Footnote { marker, footnote: None } => {
                self.status.say(format!("footnote {}: its text is not in the source", doc::marker_text(marker)));
            }
            LinkTarget::Letter(ix) => {
                let ix = *ix;
                self.jump_to_letter(ix, Pane::Reader);
            }
        }
    }

    /// What the selected link of the current letter leads to, for the status line: a footnote, or the letter a
    /// reference opens.
    pub(crate) fn link_hint(&mut self) -> Option<String> {
        let cur = self.current?;
        let link = self.pos(cur).link?;
        let (doc, _) = self.layout_of(cur)?;
        let corpus = self.corpus.as_ref()?;
        Some(match &doc.links.get(link)?.target {
            LinkTarget::Footnote { marker, footnote: Some(_) } => {
                format!("footnote {} (Enter shows its text)", doc::marker_text(marker))
            }
            LinkTarget::Footnote { marker, footnote: None } => {
                format!("{}: no footnote text in the source", doc::marker_text(marker))
            }
            LinkTarget::Letter(ix) => {
                let l = corpus.letters.get(*ix)?;
                let date = super::view::labels::date_label(l);
                format!("→ {} to {}, {date} (Enter opens it)", l.sender, l.recipient)
            }
        })
    }

    /// `/`: opens the search prompt.
    pub(crate) fn open_search(&mut self) {
        self.prompt.ask(PromptKind::Search, String::new(), self.location());
        self.search_backward = false;
    }

    fn run_search(&mut self, query: &str) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        let s = Search::run(corpus, &self.list.rows, query);
        self.search = Some(s);
        self.reader_pane.forget_highlights();
    }

    /// The search as typed so far: shows the first match at or after where the prompt opened.
    pub(crate) fn search_preview(&mut self, query: &str, origin: Option<Location>) {
        self.run_search(query);
        let from = origin.map(|o| o.letter).or(self.current);
        let backward = self.search_backward;
        let first = from.and_then(|f| {
            let pos = self.order.pos.get(f).copied()?;
            let s = self.search.as_ref()?;
            if backward { s.last_until(pos, &self.order.pos) } else { s.first_from(pos, &self.order.pos) }
        });
        if let Some(o) = origin {
            self.go(o);
        }
        if let Some(i) = first {
            self.show_match(i);
        }
    }

    /// Enter in the search prompt.
    pub(crate) fn search_confirm(&mut self, query: &str, origin: Option<Location>) {
        if query.is_empty() {
            self.search = None;
            return;
        }
        if self.search.as_ref().is_none_or(|s| s.query != query) {
            self.search_preview(query, origin);
        }
        self.state.add_search(query);
        let found = self.search.as_ref().is_some_and(|s| s.current.is_some());
        if !found {
            self.status.say(format!("no match for “{query}”"));
            return;
        }
        self.focus = Pane::Reader;
        if let Some(o) = origin
            && Some(o) != self.location()
        {
            self.history.push(o);
        }
    }

    /// n / N.
    pub(crate) fn next_match(&mut self, next: bool) {
        let next = next != self.search_backward;
        let Some(s) = self.search.as_mut().filter(|s| !s.matches.is_empty()) else {
            self.status.say(match &self.search {
                Some(s) => format!("no match for “{}”", s.query),
                None => "no search (/ searches)".into(),
            });
            return;
        };
        s.hidden = false;
        let n = s.matches.len();
        let wraps = match s.current {
            Some(c) => (next && c + 1 == n) || (!next && c == 0),
            None => false,
        };
        if wraps && s.truncated && s.tail == next {
            let before = self.location();
            self.rerun_from_other_end(next);
            if let Some(b) = before
                && self.current != Some(b.letter)
            {
                self.history.push(b);
            }
            return;
        }
        if wraps && s.truncated {
            let kept = if s.tail { "last" } else { "first" };
            self.status.say(format!("only the {kept} {n} matches are kept: a longer query finds fewer"));
            return;
        }
        let i = match s.current {
            Some(c) if next => (c + 1) % n,
            Some(c) => (c + n - 1) % n,
            None => 0,
        };
        let before = self.location();
        self.show_match(i);
        if let Some(b) = before
            && self.current != Some(b.letter)
        {
            self.history.push(b);
        }
    }

    /// N from the first match when the search keeps only the first ones, or n from the last when it keeps the last
    /// ones: the search runs again from the end (N) or from the start (n), and the true last or first match is
    /// shown.
    fn rerun_from_other_end(&mut self, next: bool) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        let Some(query) = self.search.as_ref().map(|s| s.query.clone()) else { return };
        let cap = self.search.as_ref().map_or(0, |s| s.matches.len()).max(1);
        let s = if next {
            let mut s = Search::run_with(corpus, &self.list.rows, &query, cap);
            s.current = (!s.matches.is_empty()).then_some(0);
            s
        } else {
            Search::run_tail(corpus, &self.list.rows, &query, cap)
        };
        let current = s.current;
        self.search = Some(s);
        self.reader_pane.forget_highlights();
        if let Some(i) = current {
            self.show_match(i);
        }
    }

    /// Makes match `i` current: opens its letter and scrolls it into view.
    pub(crate) fn show_match(&mut self, i: usize) {
        let Some(m) = self.search.as_ref().and_then(|s| s.matches.get(i)).copied() else { return };
        if let Some(s) = self.search.as_mut() {
            s.current = Some(i);
            s.hidden = false;
        }
        if self.current != Some(m.letter) {
            self.current = Some(m.letter);
            self.sync_chain();
        }
        let Some((doc, layout)) = self.layout_of(m.letter) else { return };
        let Some((block, start, _)) = doc.locate(m.part, m.start, m.end) else { return };
        let h = self.reader_view().1;
        self.reader_pane.reveal(m.letter, &layout, (block, start), h);
    }

    /// The mouse wheel over a pane.
    pub(crate) fn wheel(&mut self, pane: Pane, down: bool) {
        let d = if down { WHEEL as isize } else { -(WHEEL as isize) };
        match pane {
            Pane::Reader => self.scroll_reader(d),
            Pane::List => self.list.wheel(d, self.list_height()),
            Pane::Chain => {
                let n = self.tree().map(|t| t.rows.len()).unwrap_or(0);
                self.chain.wheel(d, n, self.chain_view().1);
            }
        }
    }

    /// A click: a tab, a row of the list or the chain, a link in the reading pane.
    pub(crate) fn click(&mut self, x: u16, y: u16) {
        if let Some(&(_, _, pane)) = self.geo.tabs_at.iter().find(|(a, b, _)| (*a..*b).contains(&x))
            && self.geo.tabs.is_some_and(|t| t.y == y)
        {
            self.set_focus(pane);
            return;
        }
        let Some((pane, area)) = self.geo.pane_at(x, y) else { return };
        let row = (y - area.y) as usize;
        match pane {
            Pane::List => {
                self.focus = Pane::List;
                let r = self.list.state.top + row;
                if r < self.list.rows.len() {
                    let top = self.list.state.top;
                    self.select_row(r);
                    self.list.state.top = top;
                }
            }
            Pane::Chain => {
                self.focus = Pane::Chain;
                let r = self.chain.state.top + row;
                if self.tree().is_some_and(|t| r < t.rows.len()) {
                    self.chain.state.selected = r;
                    self.open();
                }
            }
            Pane::Reader => {
                self.focus = Pane::Reader;
                let hit = self.geo.links.iter().find(|(a, b, ly, _)| *ly == y && (*a..*b).contains(&x)).map(|l| l.3);
                if let (Some(link), Some(cur)) = (hit, self.current) {
                    self.reader_pane.set_link(cur, Some(link));
                    self.follow();
                }
            }
        }
    }
}
