//! Drawing is a function of the state: the update step prepares a frame, and `draw` (which takes `&App`) gives the
//! same buffer however often it runs.

mod tui_support;
use letters::reader::headless::buffer_text;
use letters::reader::screen::Screen;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use tui_support::{app_on, buffer_of, bundled};

/// Draws the app's state (already updated) on a fresh `w`×`h` screen, without the update step.
fn draw_only(app: &letters::reader::app::App, w: u16, h: u16) -> Buffer {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("virtual screen");
    term.draw(|f| app.draw(f)).expect("draws");
    term.backend().buffer().clone()
}

#[test]
fn the_same_state_drawn_twice_gives_the_same_buffer() {
    for (w, h, keys) in [
        (120, 40, ""),
        (120, 40, "j<Tab>f"),
        (120, 40, "/Finland<Enter>n"),
        (120, 40, "<Tab><Tab>j"),
        (80, 24, "<Tab>"),
        (120, 40, "?"),
        (120, 40, "'"),
        (30, 8, "jj"),
    ] {
        let mut app = app_on(bundled());
        let after_keys = buffer_of(&mut app, w, h, keys);
        let first = draw_only(&app, w, h);
        let second = draw_only(&app, w, h);
        assert_eq!(first, second, "{w}x{h} after {keys:?}: two draws of one state differ");
        assert_eq!(first, after_keys, "{w}x{h} after {keys:?}: drawing again changes the screen");
        assert!(buffer_text(&first).contains("Letters"), "{}", buffer_text(&first));
    }
}

#[test]
fn the_update_step_is_what_puts_the_links_on_the_screen() {
    let mut app = app_on(bundled());
    buffer_of(&mut app, 120, 40, "<Tab>");
    assert!(!app.geo.links.is_empty(), "the update step found the heading's marker on the screen");
    let links = app.geo.links.clone();
    let _ = draw_only(&app, 120, 40);
    assert_eq!(app.geo.links, links, "drawing left the geometry as the update step made it");
    app.update(ratatui::layout::Rect::new(0, 0, 120, 40));
    assert_eq!(app.geo.links, links, "the update step is repeatable");
}
