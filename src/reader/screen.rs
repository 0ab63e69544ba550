//! The one seam between the terminal runtime and the app: anything that can be drawn and driven by events.
//! The real terminal loop and the headless `render` command both drive a [`Screen`] the same way.

use crate::model::Corpus;
use crossterm::event::{KeyEvent, MouseEvent};
use ratatui::Frame;

pub trait Screen {
    /// Loading progress, in bytes, while the corpus loads in the background.
    fn set_progress(&mut self, done: u64, total: u64);
    /// The corpus, fully loaded.
    fn set_corpus(&mut self, corpus: Corpus);
    /// A key press.
    fn handle_key(&mut self, key: KeyEvent);
    /// A mouse event (wheel, click), in screen coordinates.
    fn handle_mouse(&mut self, event: MouseEvent);
    /// Draws the whole screen. Takes `&mut self` only to fill caches (wrapped lines, pane geometry for the mouse).
    fn draw(&mut self, frame: &mut Frame);
    /// Whether the user asked to quit.
    fn should_quit(&self) -> bool;
}
