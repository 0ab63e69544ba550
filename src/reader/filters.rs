//! Filters of the letter list in the app: a pair of correspondents (`c`), a year (`y`), unread letters only (`u`).
//! A letter opened from outside the filter (a reply, a link, a bookmark) is shown, and the filter stays.

use super::app::App;
use super::search::Search;
use super::state::{Choice, Menu, MenuKind, Overlay};
use crate::model::filter::{pairs, years};
use std::rc::Rc;

impl App {
    /// Whether the list is narrowed.
    pub(crate) fn is_filtered(&self) -> bool {
        !self.list.filter.is_empty() || self.list.unread_only || self.list.undated
    }

    /// `Stalin ↔ Churchill, 1942, unread`: the filter for the status line; `None` when there is none.
    pub(crate) fn filter_label(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.list.filter.is_empty() {
            parts.push(self.list.filter.describe());
        }
        if self.list.undated {
            parts.push("undated".to_string());
        }
        if self.list.unread_only {
            parts.push("unread".to_string());
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

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
            self.status.message = Some(match kind {
                MenuKind::Correspondents => "no correspondents to filter by".into(),
                MenuKind::Years => "no letters to filter by".into(),
            });
            return;
        }
        let now = match kind {
            MenuKind::Correspondents => self.list.filter.between.clone().map(Choice::Pair),
            MenuKind::Years if self.list.undated => Some(Choice::Undated),
            MenuKind::Years => self.list.filter.year.map(Choice::Year),
        };
        let selected = now.and_then(|c| items.iter().position(|(i, _)| *i == c)).unwrap_or(0);
        self.overlay = Some(Overlay::Menu(Menu { kind, items: Rc::from(items), selected }));
    }

    /// Enter in a filter menu: narrows the list.
    pub(crate) fn choose(&mut self, menu: &Menu) {
        self.overlay = None;
        match menu.items.get(menu.selected).map(|(c, _)| c.clone()) {
            Some(Choice::Pair(p)) => self.list.filter.between = Some(p),
            Some(Choice::Year(y)) => {
                self.list.filter.year = Some(y);
                self.list.undated = false;
            }
            Some(Choice::Undated) => {
                self.list.filter.year = None;
                self.list.undated = true;
            }
            None => return,
        }
        self.refilter();
    }

    /// `u`: unread letters only, or all again.
    pub(crate) fn toggle_unread_only(&mut self) {
        self.list.unread_only = !self.list.unread_only;
        self.refilter();
    }

    /// Esc with a filter and nothing else to close: every letter again.
    pub(crate) fn clear_filter(&mut self) {
        self.list.filter = Default::default();
        self.list.unread_only = false;
        self.list.undated = false;
        self.refilter();
    }

    /// `o`: the list sorted by the next order (date, file, correspondent); search matches follow the new order.
    pub(crate) fn cycle_sort(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        self.list.sort = self.list.sort.next();
        self.reading = crate::model::order::sorted(corpus, self.list.sort);
        for (p, &ix) in self.reading.iter().enumerate() {
            if let Some(x) = self.order_pos.get_mut(ix) {
                *x = p;
            }
        }
        self.refilter();
        self.status.message = Some(format!("sorted by {}", self.list.sort.name()));
    }

    /// Rebuilds the list after the filter changed. The current letter stays if it passes; otherwise the first letter
    /// that passes is opened (Backspace returns). A search runs again within the new list.
    pub(crate) fn refilter(&mut self) {
        let Some(corpus) = self.corpus.as_ref() else { return };
        let list: Vec<_> = self
            .reading
            .iter()
            .copied()
            .filter(|&ix| corpus.letters.get(ix).is_some_and(|l| self.list.filter.matches(l)))
            // One letter printed in several editions is listed once, at its first printing (`e` switches).
            .filter(|&ix| corpus.letters.get(ix).is_none_or(|l| l.editions.iter().all(|&e| e > ix)))
            .filter(|&ix| !self.list.unread_only || !self.is_read(ix))
            .filter(|&ix| !self.list.undated || corpus.letters.get(ix).is_some_and(|l| l.date.is_none()))
            .collect();
        self.list.row_of = vec![usize::MAX; corpus.letters.len()];
        for (row, &ix) in list.iter().enumerate() {
            self.list.row_of[ix] = row;
        }
        self.list.rows = list;
        self.list.state = Default::default();
        if let Some(s) = self.search.take() {
            self.search = Some(Search::run(corpus, &self.list.rows, &s.query));
            self.search_generation += 1;
        }
        let listed = self.current.is_some_and(|c| self.list.row_of.get(c).is_some_and(|&r| r != usize::MAX));
        match self.list.rows.first().copied() {
            _ if listed => self.sync_chain(),
            Some(first) => self.jump_to_letter(first, self.focus),
            None => {}
        }
        self.status.message = Some(match (self.filter_label(), self.list.rows.len()) {
            (Some(_), 0) => "no letter passes the filter (Esc clears it)".to_string(),
            (Some(_), n) => format!("{n} letter{} (Esc clears the filter)", if n == 1 { "" } else { "s" }),
            (None, _) => "filter cleared".to_string(),
        });
    }
}
