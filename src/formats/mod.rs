//! File formats the loader reads. Each format is one module behind the [`Format`] trait: it turns one file's
//! decoded text into letters and diagnostics. Ids, reply links and threads are the loader's work, not a format's.
//! A new format (TEI XML, say) is a new module and one line in [`for_path`].

mod format;
pub mod plain;

pub use format::{Format, Note, Parsed};
use std::path::Path;

/// Every format the loader knows.
pub static FORMATS: &[&dyn Format] = &[&plain::PlainText];

/// The format for a path found in a folder, if any.
pub fn for_path(path: &Path) -> Option<&'static dyn Format> {
    FORMATS.iter().copied().find(|f| f.accepts(path))
}

/// The format for a file named on the command line: its own, or plain text.
pub fn for_named_file(path: &Path) -> &'static dyn Format {
    for_path(path).unwrap_or(&plain::PlainText)
}
