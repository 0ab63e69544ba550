//! Filters of the letter list in the app: a pair of correspondents (`c`), a year (`y`), unread letters only (`u`).
//! A letter opened from outside the filter (a reply, a link, a bookmark) is shown, and the filter stays.

use super::app::App;
use super::search::Search;
use super::state::{Choice, Menu, MenuKind, Overlay};
use crate::model::filter::{pairs, years};
use std::rc::Rc;

impl App {
    /// `c` and `y`: opens the menu, the cursor on the filter in force.
    pub(crate) fn open_menu(&mut self, kind: MenuKind) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        let items: Vec<(Choice, usize)> = match kind {
            MenuKind::Correspondents => pairs(corpus).into_iter().map(|(p, n)| (Choice::Pair(p), n)).collect(),
            MenuKind::Years => {
                let mut items: Vec<_> = years(corpus).into_iter().map(|(y, n)| (Choice::Year(y), n)).collect();
                let undated = corpus.letters.iter().filter(|l| l.date.is_none()).count();
                if undated > 0 {
                    items.push((Choice::Undated, undated));
                }
                items
            }
        };
        if items.is_empty() {
            self.status.say(match kind {
                MenuKind::Correspondents => "no correspondents to filter by",
                MenuKind::Years => "no letters to filter by",
            });
            return;
        }
        let selected = self.list.chosen(kind).and_then(|c| items.iter().position(|(i, _)| *i == c)).unwrap_or(0);
        self.overlay = Some(Overlay::Menu(Menu { kind, items: Rc::from(items), selected }));
    }

    /// Enter in a filter menu: narrows the list.
    pub(crate) fn choose(&mut self, menu: &Menu) {
        self.overlay = None;
        let Some((choice, _)) = menu.items.get(menu.selected) else { return };
        self.list.choose(choice.clone());
        self.refilter();
    }

    /// `u`: unread letters only, or all again.
    pub(crate) fn toggle_unread_only(&mut self) {
        self.list.unread_only = !self.list.unread_only;
        self.refilter();
    }

    /// Esc with a filter and nothing else to close: every letter again.
    pub(crate) fn clear_filter(&mut self) {
        self.list.clear_filter();
        self.refilter();
    }

    /// `o`: the list sorted by the next order (date, file, correspondent); search matches follow the new order.
    pub(crate) fn cycle_sort(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        self.list.sort = self.list.sort.next();
        self.order.sort(corpus, self.list.sort);
        self.refilter();
        self.status.say(format!("sorted by {}", self.list.sort.name()));
    }

    /// Rebuilds the list after the filter changed. The current letter stays if it passes; otherwise the first letter
    /// that passes is opened (Backspace returns). A search runs again within the new list.
    pub(crate) fn refilter(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        let (list, marks) = (&self.list, &self.marks);
        let rows: Vec<_> = self
            .order
            .letters
            .iter()
            .copied()
            .filter(|&ix| corpus.letters.get(ix).is_some_and(|l| list.passes(l, ix, marks.is_read(ix))))
            .collect();
        self.list.set_rows(rows, corpus.letters.len());
        if let Some(s) = self.search.take() {
            self.search = Some(Search::run(corpus, &self.list.rows, &s.query));
            self.reader_pane.forget_highlights();
        }
        let listed = self.current.and_then(|c| self.list.row(c)).is_some();
        match self.list.rows.first().copied() {
            _ if listed => self.sync_chain(),
            Some(first) => self.jump_to_letter(first, self.focus),
            None => {}
        }
        self.status.say(match (self.list.filter_label(), self.list.rows.len()) {
            (Some(_), 0) => "no letter passes the filter (Esc clears it)".to_string(),
            (Some(_), n) => format!("{n} letter{} (Esc clears the filter)", if n == 1 { "" } else { "s" }),
            (None, _) => "filter cleared".to_string(),
        });
    }
}
