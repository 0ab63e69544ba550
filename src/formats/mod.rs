//! File formats the loader reads. Each format is one module behind the [`Format`] trait: it turns one file's
//! decoded text into letters and diagnostics. Ids, reply links and threads are the loader's work, not a format's.
//! A new format (TEI XML, say) is a new module and one line in [`for_path`].

pub mod plain;

use crate::model::{Letter, Severity};
use std::path::Path;

/// A diagnostic from a parser: 1-based line, severity, message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

/// What a parser makes of one file.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Letters in file order. `id`, `replies_to`, `thread` and reference targets are left for the loader.
    pub letters: Vec<Letter>,
    pub notes: Vec<Note>,
}

/// One file format.
pub trait Format: Sync {
    /// Short name, for messages.
    fn name(&self) -> &'static str;
    /// Whether a file found in a folder is of this format (by its name).
    fn accepts(&self, path: &Path) -> bool;
    /// Parses one file's text. `file` is the name letters and notes carry. Must not panic on any input.
    fn parse(&self, file: &str, text: &str) -> Parsed;
}

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
