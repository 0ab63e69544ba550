//! Low-level drawing: text into the buffer cell by cell, measured by grapheme cluster, clipped, and never with a
//! control character.

use crate::reader::theme::Theme;
use crate::text::width::{clusters, displayed, grapheme_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Widget};

/// Writes `text` from column `x` of row `y`, stopping before column `end`. Returns the column after the text.
/// A wide character that does not fit is left out whole.
pub(crate) fn put(buf: &mut Buffer, x: u16, y: u16, end: u16, text: &str, style: Style) -> u16 {
    let end = end.min(buf.area.right());
    if y < buf.area.top() || y >= buf.area.bottom() || x < buf.area.left() {
        return x;
    }
    let mut x = x;
    if text.is_ascii() {
        for c in text.chars() {
            if x >= end {
                break;
            }
            let c = crate::text::sanitize::visible(c);
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_char(c).set_style(style);
            }
            x += 1;
        }
        return x;
    }
    for (_, g) in clusters(text) {
        let w = grapheme_width(g) as u16;
        if w == 0 {
            continue;
        }
        if x + w > end {
            break;
        }
        if let Some(cell) = buf.cell_mut((x, y)) {
            cell.set_symbol(&displayed(g)).set_style(style);
        }
        for i in 1..w {
            if let Some(cell) = buf.cell_mut((x + i, y)) {
                cell.reset();
                cell.set_style(style);
            }
        }
        x += w;
    }
    x
}

/// A span of text for a ratatui widget, as it may reach the terminal (controls made visible).
pub(crate) fn cells(text: &str, style: Style) -> Span<'static> {
    Span::styled(displayed(text).into_owned(), style)
}

/// Fills the cells of `area` with spaces in `style`.
pub(crate) fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.reset();
                cell.set_char(' ').set_style(style);
            }
        }
    }
}

/// Draws a pane's border and title; returns the area inside.
pub(crate) fn pane(buf: &mut Buffer, area: Rect, title: &str, focused: bool, theme: &Theme) -> Rect {
    let area = area.intersection(buf.area);
    if !super::layout::bordered(area) {
        return area;
    }
    let border = if focused { theme.border_focused } else { theme.border };
    Block::bordered().border_style(border).render(area, buf);
    let title_style = if focused { theme.title_focused } else { theme.title };
    let end = area.right().saturating_sub(2);
    if area.width > 4 {
        let x = put(buf, area.x + 1, area.y, end, " ", border);
        let x = put(buf, x, area.y, end, title, title_style);
        put(buf, x, area.y, end, " ", border);
    }
    super::layout::inner(area)
}
