//! The overlays one picks from: the bookmarks (`'`) and the filter menus (`c`, `y`). A centred box of rows in
//! three columns, the cursor row highlighted and kept in view.

use super::labels::date_label;
use super::paint::{fill, pane, put};
use crate::keys::action::Action;
use crate::reader::app::App;
use crate::reader::state::{Menu, MenuKind};
use crate::text::width::{ellipsize, str_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

/// One row: a label, a middle text and a right-hand column.
type Row = [String; 3];

/// The rows of the bookmarks overlay: letter (date and correspondents, or its id when the corpus no longer has
/// it), note, date added.
pub(crate) fn bookmark_rows(app: &App) -> Vec<Row> {
    let corpus = app.corpus.as_ref();
    app.state
        .bookmarks
        .iter()
        .map(|b| {
            let letter = corpus.and_then(|c| c.find(&b.letter).map(|ix| &c.letters[ix]));
            let label = match letter {
                Some(l) => format!("{} {} → {}", date_label(l), l.sender, l.recipient),
                None => format!("{} (not in this corpus)", b.letter),
            };
            let note =
                if b.note.is_empty() { letter.map(|l| l.heading.clone()).unwrap_or_default() } else { b.note.clone() };
            let added = b.added.get(..16).unwrap_or(&b.added).replace('T', " ");
            [label, note, added]
        })
        .collect()
}

/// The rows of a filter menu: the pair or year, and its number of letters.
pub(crate) fn menu_rows(menu: &Menu) -> Vec<Row> {
    menu.items
        .iter()
        .map(|(c, n)| [c.to_string(), String::new(), format!("{n} letter{}", if *n == 1 { "" } else { "s" })])
        .collect()
}

/// Draws the bookmarks overlay.
pub(crate) fn draw_bookmarks(app: &App, buf: &mut Buffer, screen: Rect, selected: usize) {
    let key = |a: Action| app.config.keymap.describe_keys(a);
    let title = format!("Bookmarks · Enter opens · d deletes · {} closes", key(Action::Close));
    let empty = format!("no bookmarks: {} bookmarks the letter shown", key(Action::Bookmark));
    draw(app, buf, screen, &title, &bookmark_rows(app), selected, &empty);
}

/// The rows of the diagnostics overlay: where (file and line), what, and how bad.
pub(crate) fn diagnostic_rows(app: &App) -> Vec<Row> {
    app.diagnostics
        .iter()
        .map(|w| [format!("{}:{}", w.file, w.line), w.message.clone(), w.severity.as_str().to_string()])
        .collect()
}

/// Draws the diagnostics overlay.
pub(crate) fn draw_diagnostics(app: &App, buf: &mut Buffer, screen: Rect, selected: usize) {
    let title =
        format!("letters check · Enter opens the letter · {} closes", app.config.keymap.describe_keys(Action::Close));
    draw(app, buf, screen, &title, &diagnostic_rows(app), selected, "letters check reports nothing for this corpus");
}

/// Draws a filter menu.
pub(crate) fn draw_menu(app: &App, buf: &mut Buffer, screen: Rect, menu: &Menu) {
    let what = match menu.kind {
        MenuKind::Correspondents => "Correspondents",
        MenuKind::Years => "Years",
    };
    let title = format!("{what} · Enter filters · {} closes", app.config.keymap.describe_keys(Action::Close));
    draw(app, buf, screen, &title, &menu_rows(menu), menu.selected, "nothing to choose");
}

/// Labels cut to `width`: when some do not fit, the words all of them begin with give way to `…`, so what tells
/// them apart stays (`…Churchill`, `…Roosevelt` rather than `Stali…` twice).
pub(crate) fn keep_differences<'a>(labels: impl Iterator<Item = &'a str> + Clone, width: usize) -> Vec<String> {
    let all: Vec<&str> = labels.collect();
    if all.len() < 2 || all.iter().all(|l| str_width(l) <= width) {
        return all.iter().map(|l| l.to_string()).collect();
    }
    let first = all[0];
    let mut common = first.len();
    for l in &all[1..] {
        common = common.min(first.bytes().zip(l.bytes()).take_while(|(a, b)| a == b).count());
    }
    // Back to a word's start, on a character boundary.
    let cut = first[..common].rfind(' ').map_or(0, |i| i + 1);
    if cut < 2 {
        return all.iter().map(|l| l.to_string()).collect();
    }
    all.iter().map(|l| format!("…{}", &l[cut..])).collect()
}

fn draw(app: &App, buf: &mut Buffer, screen: Rect, title: &str, rows: &[Row], selected: usize, empty: &str) {
    if screen.width < 3 || screen.height < 2 {
        return;
    }
    let theme = &app.config.theme;
    let w = screen.width.saturating_sub(4).clamp(1, 96);
    let h = screen.height.saturating_sub(2).clamp(1, rows.len().max(1) as u16 + 2);
    let area = Rect::new(
        screen.x + (screen.width - w) / 2,
        screen.y + (screen.height - 1 - h.min(screen.height - 1)) / 2,
        w,
        h,
    )
    .intersection(buf.area);
    Clear.render(area, buf);
    let body = pane(buf, area, title, true, theme);
    if body.width == 0 || body.height == 0 {
        return;
    }
    if rows.is_empty() {
        put(buf, body.x + 1, body.y, body.right(), empty, theme.dim);
        return;
    }
    let height = body.height as usize;
    let top = selected.saturating_sub(height - 1);
    let width = body.width.saturating_sub(2) as usize;
    let right_w = rows.iter().map(|r| str_width(&r[2])).max().unwrap_or(0).min(width / 3);
    let left_w =
        rows.iter().map(|r| str_width(&r[0])).max().unwrap_or(0).min(width.saturating_sub(right_w + 4) * 3 / 5);
    let mid_w = width.saturating_sub(left_w + right_w + 4);
    let labels = keep_differences(rows.iter().map(|r| r[0].as_str()), left_w);
    for (i, row) in rows.iter().enumerate().skip(top).take(height) {
        let y = body.y + (i - top) as u16;
        let sel = i == selected;
        let st = |s: Style| if sel { s.patch(theme.selected) } else { s };
        if sel {
            fill(buf, Rect::new(body.x, y, body.width, 1), theme.selected);
        }
        let x = body.x + 1;
        put(buf, x, y, body.right(), &ellipsize(&labels[i], left_w), st(theme.names));
        let x = x + left_w as u16 + 2;
        if mid_w > 0 {
            put(buf, x, y, body.right(), &ellipsize(&row[1], mid_w), st(theme.text));
        }
        let rx = body.x + 1 + (width - right_w) as u16;
        put(buf, rx, y, body.right(), &ellipsize(&row[2], right_w), st(theme.date));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_labels_keep_what_differs() {
        let pairs = ["Stalin ↔ Churchill", "Stalin ↔ Roosevelt"];
        assert_eq!(keep_differences(pairs.iter().copied(), 12), ["…Churchill", "…Roosevelt"]);
        assert_eq!(keep_differences(pairs.iter().copied(), 40), pairs, "whole when they fit");
        let years = ["1941", "1942"];
        assert_eq!(keep_differences(years.iter().copied(), 2), years, "no common words: as they are");
    }
}
