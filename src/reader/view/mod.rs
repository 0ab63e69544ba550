//! Drawing: one module per pane. Drawing reads the app's state and changes nothing; what it needs computed (pane
//! geometry, layouts, trees) the update step (`reader/update.rs`) prepared.

pub(crate) mod chain;
pub(crate) mod help;
pub(crate) mod help_lines;
pub(crate) mod labels;
pub(crate) mod layout;
pub(crate) mod list;
pub(crate) mod loading;
pub(crate) mod notices;
pub(crate) mod paint;
pub(crate) mod picker;
pub(crate) mod reader;
pub(crate) mod segments;
pub(crate) mod status;

use super::app::App;
use super::state::{Overlay, Pane};
use layout::panes_for;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Tabs, Widget};

/// Draws the whole screen.
pub(crate) fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    let p = panes_for(area, app.focus, &app.config.layout);
    if app.corpus.is_none() {
        let main = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
        loading::draw(app, buf, main);
    } else {
        if let Some(t) = p.tabs {
            tabs(app, buf, t);
        }
        if let Some(r) = p.list {
            list::draw(app, buf, r);
        }
        if let Some(r) = p.reader {
            reader::draw(app, buf, r);
        }
        if let Some(r) = p.chain {
            chain::draw(app, buf, r);
        }
        if app.overlay.is_none() {
            notices::draw(app, buf, Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1)));
        }
    }
    if let Some(s) = p.status {
        status::draw(app, buf, s);
    }
    match &app.overlay {
        Some(Overlay::Help { scroll }) => {
            let scroll = *scroll;
            help::draw(app, buf, area, scroll);
        }
        Some(Overlay::Bookmarks { selected }) => picker::draw_bookmarks(app, buf, area, *selected),
        Some(Overlay::Menu(menu)) => picker::draw_menu(app, buf, area, menu),
        Some(Overlay::Diagnostics { selected }) => picker::draw_diagnostics(app, buf, area, *selected),
        None => {}
    }
}

/// The tab line of the narrow layout.
fn tabs(app: &App, buf: &mut Buffer, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = &app.config.theme;
    let selected = Pane::ALL.iter().position(|p| *p == app.focus);
    // The padding inside each title, so the active tab's colour covers it.
    Tabs::new(Pane::ALL.map(|p| format!(" {} ", p.title())))
        .select(selected)
        .style(theme.tab)
        .highlight_style(theme.tab_active)
        .padding("", "")
        .divider(" ")
        .render(area, buf);
}
