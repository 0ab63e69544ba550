//! The loader: finds letter files, decodes them, chooses each one's format, parses them in parallel, then gives
//! letters their ids and links replies into threads. It stands on the formats and the model.

mod cited_german;
mod cited_languages;
pub mod decode;
pub mod diagnose;
pub mod edition;
pub mod editions;
mod encoding;
mod firms;
mod load;
pub mod references;
mod seats;
pub mod threads;

pub use load::{BUNDLED, LoadError, load, load_for_check, load_with_progress};
