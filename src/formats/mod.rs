//! File formats the loader reads. Each format is one module behind the [`Format`] trait: it turns one file's
//! decoded text into letters and diagnostics. Ids, reply links and threads are the loader's work, not a format's.
//! A new format is a new module and one line in [`FORMATS`]. A file is read by the format its name says,
//! unless its content says otherwise ([`Format::sniff`]: an XML file is recognised by its root element).

mod format;
pub mod plain;
pub mod tei;

pub use format::{Format, Note, Parsed};
use std::path::Path;

/// Every format the loader knows.
pub static FORMATS: &[&dyn Format] = &[&plain::PlainText, &tei::Tei];

/// How many bytes of a file [`for_content`] looks at.
pub const SNIFF_BYTES: usize = 4096;

/// The format that claims a file by its content, if any.
pub fn for_content(bytes: &[u8]) -> Option<&'static dyn Format> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    FORMATS.iter().copied().find(|f| f.sniff(head))
}

/// The format for a path found in a folder, if any.
pub fn for_path(path: &Path) -> Option<&'static dyn Format> {
    FORMATS.iter().copied().find(|f| f.accepts(path))
}

/// The format for a file named on the command line: its own, or plain text.
pub fn for_named_file(path: &Path) -> &'static dyn Format {
    for_path(path).unwrap_or(&plain::PlainText)
}
