//! Drawing: one module per pane. Drawing reads the app's state; it only writes caches and the geometry the mouse
//! needs.

pub mod chain;
pub mod help;
pub mod layout;
pub mod list;
pub mod loading;
pub mod paint;
pub mod picker;
pub mod reader;
pub mod status;

use super::app::App;
use super::state::{Geometry, Overlay, Pane};
use layout::panes_for;
use paint::put;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Draws the whole screen.
pub fn draw(app: &mut App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    app.geo = Geometry { screen: area, ..Geometry::default() };
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
        None => {}
    }
}

/// The tab line of the narrow layout.
fn tabs(app: &mut App, buf: &mut Buffer, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = &app.config.theme;
    let mut x = area.x;
    for pane in Pane::ALL {
        let style = if pane == app.focus { theme.tab_active } else { theme.tab };
        let start = x;
        x = put(buf, x, area.y, area.right(), &format!(" {} ", pane.title()), style);
        app.geo.tabs_at.push((start, x, pane));
        x = put(buf, x, area.y, area.right(), " ", theme.tab);
    }
    app.geo.tabs = Some(area);
}
