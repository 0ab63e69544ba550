//! The correspondence as an in-memory model, and the loader that builds it.
//!
//! Nothing here knows about terminals: the TUI and the command line both read a [`Corpus`].

pub mod date;
pub mod decode;
pub mod diagnose;
pub mod editions;
pub mod export;
pub mod export_v2;
pub mod filter;
pub mod load;
pub mod model;
pub mod references;
pub mod threads;

pub use date::Date;
pub use load::{Input, LoadError, load, load_with_progress};
pub use model::*;
