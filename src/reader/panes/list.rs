//! The letter list: its rows, its cursor and scroll, and what it is filtered by.

use crate::model::filter::Filter;
use crate::model::{Letter, LetterIx};
use crate::reader::state::{Choice, ListState, MenuKind};

/// The letter list: its rows, its cursor and scroll, and what it is filtered by.
#[derive(Debug, Clone, Default)]
pub struct ListPane {
    /// The letters listed, in reading order.
    pub rows: Vec<LetterIx>,
    /// For each letter, its row (`usize::MAX` when not listed).
    pub row_of: Vec<usize>,
    pub(crate) state: ListState,
    /// The filter (correspondents, year).
    pub(crate) filter: Filter,
    /// Unread letters only.
    pub(crate) unread_only: bool,
    /// Undated letters only (the year menu's last entry).
    pub(crate) undated: bool,
    /// The order of the rows.
    pub(crate) sort: crate::model::order::SortOrder,
}

impl ListPane {
    /// Puts the cursor on `row` (kept in the list) and in a view of `height` rows; the letter there.
    pub(crate) fn select(&mut self, row: usize, height: usize) -> Option<LetterIx> {
        let row = row.min(self.rows.len().checked_sub(1)?);
        self.state.selected = row;
        self.state.keep_visible(height);
        self.rows.get(row).copied()
    }

    /// The row of a letter, when it is listed.
    pub(crate) fn row(&self, letter: LetterIx) -> Option<usize> {
        self.row_of.get(letter).copied().filter(|&r| r < self.rows.len())
    }

    /// Puts the cursor on a letter's row when it is listed, in a view of `height` rows.
    pub(crate) fn follow(&mut self, letter: LetterIx, height: usize) {
        if let Some(&row) = self.row_of.get(letter)
            && row != usize::MAX
        {
            self.state.selected = row;
            self.state.keep_visible(height);
        }
    }

    /// New rows out of `letters` letters: the cursor at the top.
    pub(crate) fn set_rows(&mut self, rows: Vec<LetterIx>, letters: usize) {
        self.row_of = vec![usize::MAX; letters];
        for (row, &ix) in rows.iter().enumerate() {
            if let Some(r) = self.row_of.get_mut(ix) {
                *r = row;
            }
        }
        self.rows = rows;
        self.state = ListState::default();
    }

    /// The row J or K goes to from `from` (the current letter's row, if listed); the message at either end.
    pub(crate) fn step(&self, from: Option<usize>, next: bool) -> Result<usize, &'static str> {
        let n = self.rows.len();
        match (from.filter(|&r| r < n), next) {
            (Some(r), true) if r + 1 < n => Ok(r + 1),
            (Some(r), false) if r > 0 => Ok(r - 1),
            (Some(_), true) => Err("last letter of the list"),
            (Some(_), false) => Err("first letter of the list"),
            (None, _) => Ok(0),
        }
    }

    /// The mouse wheel: scrolls by `delta` rows in a view of `height`, the cursor where it is.
    pub(crate) fn wheel(&mut self, delta: isize, height: usize) {
        let max = self.rows.len().saturating_sub(height);
        self.state.top = self.state.top.saturating_add_signed(delta).min(max);
    }

    /// Whether the list is narrowed.
    pub(crate) fn is_filtered(&self) -> bool {
        !self.filter.is_empty() || self.unread_only || self.undated
    }

    /// `Stalin ↔ Churchill, 1942, unread`: the filter for the status line; `None` when there is none.
    pub(crate) fn filter_label(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.filter.is_empty() {
            parts.push(self.filter.describe());
        }
        if self.undated {
            parts.push("undated".to_string());
        }
        if self.unread_only {
            parts.push("unread".to_string());
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// The choice of a filter menu in force now, for the menu's cursor.
    pub(crate) fn chosen(&self, kind: MenuKind) -> Option<Choice> {
        match kind {
            MenuKind::Correspondents => self.filter.between.clone().map(Choice::Pair),
            MenuKind::Years if self.undated => Some(Choice::Undated),
            MenuKind::Years => self.filter.year.map(Choice::Year),
        }
    }

    /// Narrows the list by a choice of a filter menu (the rows are rebuilt by the app).
    pub(crate) fn choose(&mut self, choice: Choice) {
        match choice {
            Choice::Pair(p) => self.filter.between = Some(p),
            Choice::Year(y) => {
                self.filter.year = Some(y);
                self.undated = false;
            }
            Choice::Undated => {
                self.filter.year = None;
                self.undated = true;
            }
        }
    }

    /// No filter any more (the rows are rebuilt by the app).
    pub(crate) fn clear_filter(&mut self) {
        self.filter = Default::default();
        self.unread_only = false;
        self.undated = false;
    }

    /// Whether letter `ix` is listed under the filter; `read` tells whether it has been opened. A letter printed in
    /// several editions is listed once, at its first printing (`e` switches).
    pub(crate) fn passes(&self, letter: &Letter, ix: LetterIx, read: bool) -> bool {
        self.filter.matches(letter)
            && letter.editions.iter().all(|&e| e > ix)
            && (!self.unread_only || !read)
            && (!self.undated || letter.date.is_none())
    }
}
