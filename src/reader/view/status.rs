//! The status line: position in the list, position in the thread, search state, unread count, filter, then a
//! message, a notice (until dismissed), what the selected link leads to, or a key hint; the search or
//! bookmark-note prompt while one is open.

use super::paint::{fill, put};
use crate::keys::action::Action;
use crate::reader::app::App;
use crate::reader::state::{Prompt, PromptKind};
use crate::text::width::displayed;
use crate::text::width::str_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Draws the status line.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let link_hint = if !app.prompt.is_open() { app.prepared.link_hint.as_deref() } else { None };
    let theme = &app.config.theme;
    fill(buf, area, theme.status);
    let (y, right) = (area.y, area.right());
    if let Some(p) = &app.prompt.open {
        prompt(app, p, buf, area);
        return;
    }
    let hint = {
        let k = |a: Action| app.config.keymap.keys(a).first().map(|k| crate::keys::map::key_name(*k));
        let mut parts = Vec::new();
        for (a, what) in [(Action::Help, "help"), (Action::Quit, "quit")] {
            if let Some(key) = k(a) {
                parts.push(format!("{key} {what}"));
            }
        }
        parts.join("  ")
    };
    let mut left = String::new();
    if let (Some(corpus), Some(cur)) = (app.corpus.as_ref(), app.current) {
        let row = app.list.row_of.get(cur).copied().filter(|&r| r != usize::MAX).map(|r| (r + 1).to_string());
        left.push_str(&format!(" {}/{}", row.unwrap_or_else(|| "–".into()), app.list.rows.len()));
        if let Some(t) = corpus.letters.get(cur).and_then(|l| corpus.threads.get(l.thread)) {
            let p = app.order.in_thread(cur) + 1;
            left.push_str(&format!("  thread {p}/{}", t.letters.len()));
        }
        if let Some(s) = &app.search {
            let sign = if app.search_backward { "?" } else { "/" };
            left.push_str(&format!("  {sign}{} {}", s.query, s.counter()));
        }
        left.push_str(&format!("  {} unread", app.marks.unread));
        if let Some(f) = app.list.filter_label() {
            left.push_str(&format!("  filter: {f}"));
        }
    } else if app.corpus.is_some() {
        left.push_str(" no letters");
        if let Some(f) = app.list.filter_label() {
            left.push_str(&format!("  filter: {f}"));
        }
    } else {
        left.push_str(" loading…");
    }
    let x = put(buf, area.x, y, right, &left, theme.status);
    if let Some(m) = &app.status.message {
        put(buf, x + 2, y, right, m, theme.message);
    } else if let Some(n) = app.status.notices.first() {
        let more = match app.status.notices.len() {
            1 => " (Esc dismisses)".to_string(),
            k => format!(" (+{} more; Esc dismisses)", k - 1),
        };
        let x = put(buf, x + 2, y, right, n, theme.error);
        put(buf, x, y, right, &more, theme.status);
    } else if let Some(h) = link_hint {
        put(buf, x + 2, y, right, h, theme.status_key);
    } else {
        let w = str_width(&hint) as u16 + 1;
        if right >= area.x + w && right - w > x + 1 {
            put(buf, right - w, y, right, &hint, theme.status_key);
        }
    }
}

/// The open prompt: its sign, the text typed with the cursor where it stands, and the search counter or a hint.
fn prompt(app: &App, p: &Prompt, buf: &mut Buffer, area: Rect) {
    let theme = &app.config.theme;
    let (sign, counter) = match p.kind {
        PromptKind::Search => {
            let sign = if app.search_backward { "?" } else { "/" };
            (sign, app.search.as_ref().map(|s| s.counter()).unwrap_or_default())
        }
        PromptKind::BookmarkNote => ("bookmark note: ", "Enter adds, Esc cancels".to_string()),
        PromptKind::Save => ("save to: ", "  Enter saves; an existing file is never overwritten".to_string()),
        PromptKind::Pipe => ("| ", "  a shell command; the letter is its input".to_string()),
        PromptKind::GoTo => (":", "  id, No. 93, 1942-12-06, 1942-12 or 1942".to_string()),
    };
    let value = p.input.value();
    let at = value.char_indices().nth(p.input.cursor()).map_or(value.len(), |(i, _)| i);
    let mut spans = vec![
        Span::styled(sign, theme.status_key),
        Span::styled(displayed(&value[..at]), theme.status),
        Span::styled("▏", theme.status_key),
        Span::styled(displayed(&value[at..]), theme.status),
    ];
    if !counter.is_empty() {
        spans.push(Span::styled(format!(" {counter}"), theme.status));
    }
    Paragraph::new(Line::from(spans)).style(theme.status).render(area, buf);
}
