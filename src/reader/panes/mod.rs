//! The panes as components, each owning its state and the actions that concern it alone: the letter list, the
//! reading pane, the reply chain, the status line, the prompt and the overlays. The app routes actions to them
//! and does what concerns several panes; the update step and drawing read them.

mod chain;
mod list;
mod overlays;
mod prompt;
mod reading;
mod status;

pub use chain::ChainPane;
pub use list::ListPane;
pub(crate) use overlays::{OverlayStep, Room};
pub(crate) use prompt::{PromptEvent, PromptLine};
pub use reading::ReaderPane;
pub use status::StatusLine;
