//! Keys and actions: the names of keys, the actions the reader knows and the default bindings. Beneath both the
//! config (which reads bindings) and the reader (which maps key presses to actions); imports neither.

pub mod action;
pub mod map;

pub use action::Action;
pub use map::{KeyMap, is_ctrl_c};
