//! Text handling shared by the loader and the screen: sanitizing untrusted text, widths and wrapping.

pub mod decimal;
pub mod sanitize;
pub mod width;
pub(crate) mod wrap;

pub(crate) use sanitize::say;
