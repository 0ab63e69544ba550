//! The screen shown while the corpus loads: a progress bar. The app answers q, ? and Esc meanwhile.

use super::paint::put;
use crate::reader::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// Draws the loading screen.
pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let theme = &app.config.theme;
    let (done, total) = app.status.progress;
    let frac = if total == 0 { 0.0 } else { (done as f64 / total as f64).min(1.0) };
    let mid = area.y + area.height / 2;
    let title = if total == 0 {
        "Loading letters…".to_string()
    } else {
        format!("Loading letters… {:.0}%  ({} of {})", frac * 100.0, mb(done), mb(total))
    };
    let w = area.width.min(60);
    let x0 = area.x + (area.width - w) / 2;
    put(buf, x0, mid.saturating_sub(1).max(area.y), x0 + w, &title, theme.progress);
    if area.height >= 3 && mid + 1 < area.bottom() {
        let filled = (frac * w as f64) as usize;
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(w as usize - filled));
        put(buf, x0, mid + 1, x0 + w, &bar, theme.progress);
    }
}
