//! The one seam between the terminal runtime and the app: anything that can be drawn and driven by events.
//! The real terminal loop and the headless `render` command both drive a [`Screen`] the same way.

use crate::model::Corpus;
use crossterm::event::{KeyEvent, MouseEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

pub trait Screen {
    /// Loading progress, in bytes, while the corpus loads in the background.
    fn set_progress(&mut self, done: u64, total: u64);
    /// The corpus, fully loaded.
    fn set_corpus(&mut self, corpus: Corpus);
    /// A key press.
    fn handle_key(&mut self, key: KeyEvent);
    /// A mouse event (wheel, click), in screen coordinates.
    fn handle_mouse(&mut self, event: MouseEvent);
    /// The update step before a frame of `area`: computes and caches what drawing needs (pane geometry for the
    /// mouse, wrapped lines, trees).
    fn update(&mut self, area: Rect);
    /// Draws the whole screen from the state; changes nothing.
    fn draw(&self, frame: &mut Frame);
    /// The update step, then the frame.
    fn frame(&mut self, frame: &mut Frame) {
        self.update(frame.area());
        self.draw(frame);
    }
    /// Whether the user asked to quit.
    fn should_quit(&self) -> bool;
    /// A shell command to run with the given text on its input and the terminal restored around it (`|`).
    fn take_pipe(&mut self) -> Option<(String, String)> {
        None
    }
    /// A message for the status line.
    fn say(&mut self, _message: String) {}
}
