//! The app on a virtual screen: what `letters render` and the tests use. A frame is drawn first, then after
//! every key, as the terminal app does.

use super::app::App;
use super::screen::Screen;
use crate::keys::map::parse_keys;
use crate::text::width::grapheme_width;
use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Runs the app on `keys` (key notation, see [`parse_keys`]) and returns the final screen as text.
pub fn render_screen(app: &mut App, width: u16, height: u16, keys: &str) -> anyhow::Result<String> {
    let buf = render_buffer(app, width, height, keys)?;
    Ok(buffer_text(&buf))
}

/// Runs the app on `keys` and returns the final screen buffer, styles and all.
pub fn render_buffer(app: &mut App, width: u16, height: u16, keys: &str) -> anyhow::Result<Buffer> {
    let keys = parse_keys(keys).map_err(|e| anyhow::anyhow!("--keys: {e}"))?;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).context("virtual screen")?;
    terminal.draw(|f| app.frame(f)).context("drawing")?;
    for key in keys {
        if app.should_quit() {
            break;
        }
        app.handle_key(key);
        terminal.draw(|f| app.frame(f)).context("drawing")?;
    }
    Ok(terminal.backend().buffer().clone())
}

/// The buffer as text: one line per row, a wide character once, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut x = area.left();
        while x < area.right() {
            let sym = buf.cell((x, y)).map(|c| c.symbol()).unwrap_or(" ");
            let sym = if sym.is_empty() { " " } else { sym };
            line.push_str(sym);
            x += grapheme_width(sym).max(1) as u16;
        }
        out.push_str(line.trim_end_matches(' '));
        out.push('\n');
    }
    out
}
