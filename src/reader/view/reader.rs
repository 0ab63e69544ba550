//! The reading pane: only the rows in view of the letter's cached layout, with markers, references, the selected
//! link and search matches styled.

use super::layout::reader_text;
use super::paint::{pane, put};
use super::segments::segments;
use crate::model::{Emphasis, Role};
use crate::presentation::doc::{BlockKind, MarkKind};
use crate::presentation::layout::{CUT_SIGN, RowKind, rule_line};
use crate::reader::app::App;
use crate::reader::state::Pane;
use crate::reader::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// Draws the reading pane.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let focused = app.focus == Pane::Reader;
    let theme = &app.config.theme;
    let Some((cur, doc, layout)) = app.prepared.reader.as_ref().filter(|r| Some(r.0) == app.current) else {
        pane(buf, area, Pane::Reader.title(), focused, theme);
        return;
    };
    let cur = *cur;
    let text = reader_text(area, app.config.layout.max_width).intersection(buf.area);
    let h = text.height as usize;
    let top = app.reader_top(layout, cur);
    let id = app.corpus.as_ref().and_then(|c| c.letters.get(cur)).map(|l| l.id.as_str()).unwrap_or_default();
    let shown = (top + h).min(layout.len());
    let pct = if layout.len() <= h {
        "all".to_string()
    } else if top == 0 {
        "Top".to_string()
    } else if shown >= layout.len() {
        "Bot".to_string()
    } else {
        format!("{}%", shown * 100 / layout.len().max(1))
    };
    pane(buf, area, &format!("{id}  {pct}"), focused, theme);
    if text.width == 0 || h == 0 {
        return;
    }
    let show_hl = app.search.as_ref().is_some_and(|s| !s.hidden);
    let current_match = app.search.as_ref().filter(|s| !s.hidden).and_then(|s| s.current);
    let selected_link = app.pos(cur).link;
    for (i, row) in layout.rows(top, h).iter().enumerate().map(|(k, r)| (top + k, r)) {
        let y = text.y + (i - top) as u16;
        let Some(block) = doc.blocks.get(row.block as usize) else { continue };
        match row.kind {
            RowKind::Gap => {}
            RowKind::Rule => {
                put(buf, text.x, y, text.right(), &rule_line(&block.text, text.width as usize), theme.dim);
            }
            RowKind::Text => {
                let mut base = match (block.kind, block.role) {
                    (BlockKind::Heading, _) => theme.heading,
                    (_, Role::Salute | Role::Signed) => theme.names,
                    (_, Role::Opener | Role::Dateline | Role::Closer) => theme.dim,
                    _ => theme.text,
                };
                if app.reader_pane.flash == Some((cur, row.block)) {
                    base = base.patch(theme.link_selected);
                }
                let mut x = text.x + row.indent;
                for seg in segments(block, row, &app.prepared.highlights, show_hl) {
                    let mut style = base;
                    for kind in &seg.marks {
                        style = style.patch(match kind {
                            MarkKind::Label => theme.label,
                            MarkKind::Marker(_) => theme.marker,
                            MarkKind::Reference(_) => theme.reference,
                            MarkKind::Missing => theme.reference_missing,
                            MarkKind::Emphasis(e) => emphasis_style(*e, theme),
                        });
                    }
                    for m in &seg.matches {
                        style =
                            style.patch(if Some(*m) == current_match { theme.match_current } else { theme.matched });
                    }
                    if seg.link.is_some() && seg.link == selected_link {
                        style = style.patch(theme.link_selected);
                    }
                    x = put(buf, x, y, text.right(), &block.text[seg.start..seg.end], style);
                }
                if layout.is_cut(row.block as usize) {
                    put(buf, x, y, text.right(), CUT_SIGN, theme.dim);
                }
            }
        }
    }
}

/// How words the markup sets apart look: as the edition sets them where a terminal can (italic, bold,
/// underlined, struck out), superscripts and the editor's and unclear words dimmed, a note's words in the colour
/// of its marker.
fn emphasis_style(e: Emphasis, theme: &Theme) -> Style {
    let m = match e {
        Emphasis::Italic | Emphasis::Added => Modifier::ITALIC,
        Emphasis::Bold => Modifier::BOLD,
        Emphasis::Underline => Modifier::UNDERLINED,
        Emphasis::Superscript | Emphasis::Subscript => Modifier::ITALIC | Modifier::DIM,
        Emphasis::Deleted => Modifier::CROSSED_OUT,
        Emphasis::Unclear | Emphasis::Editorial => Modifier::DIM,
        Emphasis::Anchored => return theme.marker.add_modifier(Modifier::UNDERLINED),
    };
    Style::default().add_modifier(m)
}
