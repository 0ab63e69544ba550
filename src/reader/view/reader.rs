//! The reading pane: only the rows in view of the letter's cached layout, with markers, references, the selected
//! link and search matches styled.

use super::layout::text_area;
use super::paint::{pane, put};
use crate::reader::app::{App, Highlight};
use crate::reader::doc::{BlockKind, MarkKind};
use crate::reader::reader_cache::RowKind;
use crate::reader::state::Pane;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Draws the reading pane.
pub fn draw(app: &mut App, buf: &mut Buffer, area: Rect) {
    let focused = app.focus == Pane::Reader;
    let Some(cur) = app.current else {
        pane(buf, area, Pane::Reader.title(), focused, &app.config.theme);
        return;
    };
    let Some((doc, layout)) = app.layout_of(cur) else { return };
    let text = text_area(area).intersection(buf.area);
    let h = text.height as usize;
    let top = app.reader_top(&layout, cur);
    let id = app.corpus.as_ref().and_then(|c| c.letters.get(cur)).map(|l| l.id.clone()).unwrap_or_default();
    let shown = (top + h).min(layout.len());
    let pct = if layout.len() <= h { "all".to_string() } else { format!("{}%", shown * 100 / layout.len().max(1)) };
    pane(buf, area, &format!("{id}  {pct}"), focused, &app.config.theme);
    app.geo.reader = Some(text);
    if text.width == 0 || h == 0 {
        return;
    }
    let hl = app.highlights_of(cur);
    let search = app.search.as_ref().filter(|s| !s.hidden);
    let show_hl = search.is_some();
    let current_match = search.and_then(|s| s.current);
    let selected_link = app.pos(cur).link;
    let theme = &app.config.theme;
    for (i, row) in layout.rows.iter().enumerate().skip(top).take(h) {
        let y = text.y + (i - top) as u16;
        let Some(block) = doc.blocks.get(row.block as usize) else { continue };
        match row.kind {
            RowKind::Gap => {}
            RowKind::Rule => {
                let label = &block.text;
                let mut x = text.x;
                if !label.is_empty() {
                    x = put(buf, x, y, text.right(), "── ", theme.dim);
                    x = put(buf, x, y, text.right(), label, theme.dim);
                    x = put(buf, x, y, text.right(), " ", theme.dim);
                }
                let rest = text.right().saturating_sub(x) as usize;
                put(buf, x, y, text.right(), &"─".repeat(rest), theme.dim);
            }
            RowKind::Text => {
                let base = match block.kind {
                    BlockKind::Heading => theme.heading,
                    _ => theme.text,
                };
                let (s, e) = (row.start as usize, row.end as usize);
                // Cut points: marks, highlights and the selected link that overlap the row.
                let first = block.marks.partition_point(|m| m.end <= s);
                let marks: Vec<_> =
                    block.marks[first..].iter().take_while(|m| m.start < e).filter(|m| m.end > s).collect();
                let hls: Vec<&Highlight> = if show_hl {
                    let b = row.block as usize;
                    let from = hl.partition_point(|x| (x.block, x.end) <= (b, s));
                    hl[from..].iter().take_while(|x| x.block == b && x.start < e).filter(|x| x.end > s).collect()
                } else {
                    Vec::new()
                };
                let mut cuts = vec![s, e];
                for m in &marks {
                    cuts.extend([m.start.max(s), m.end.min(e)]);
                }
                for x in &hls {
                    cuts.extend([x.start.max(s), x.end.min(e)]);
                }
                cuts.sort_unstable();
                cuts.dedup();
                let mut x = text.x + row.indent;
                for w in cuts.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    let Some(piece) = block.text.get(a..b) else { continue };
                    let mut style = base;
                    let mut link = None;
                    for m in marks.iter().filter(|m| m.start <= a && m.end >= b) {
                        style = style.patch(match m.kind {
                            MarkKind::Label => theme.label,
                            MarkKind::Marker(l) => {
                                link = Some(l);
                                theme.marker
                            }
                            MarkKind::Reference(l) => {
                                link = Some(l);
                                theme.reference
                            }
                            MarkKind::Missing => theme.reference_missing,
                        });
                    }
                    for h in hls.iter().filter(|h| h.start <= a && h.end >= b) {
                        style = style.patch(if Some(h.index) == current_match {
                            theme.match_current
                        } else {
                            theme.matched
                        });
                    }
                    if link.is_some() && link == selected_link {
                        style = style.patch(theme.link_selected);
                    }
                    let x0 = x;
                    x = put(buf, x, y, text.right(), piece, style);
                    if let Some(l) = link {
                        app.geo.links.push((x0, x, y, l));
                    }
                }
            }
        }
    }
}
