//! The seam every file format stands behind: one file's text in, letters and diagnostics out.

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
    /// People a registry file (a TEI `listPerson`) names: (id, name). The loader resolves the `#id` keys of
    /// letters in other files through them once every file is read.
    pub registry: Vec<(String, String)>,
}

/// One file format.
pub trait Format: Sync {
    /// Short name, for messages.
    fn name(&self) -> &'static str;
    /// Whether a file found in a folder is of this format (by its name).
    fn accepts(&self, path: &Path) -> bool;
    /// Parses one file's text. `file` is the name letters and notes carry. Must not panic on any input.
    fn parse(&self, file: &str, text: &str) -> Parsed;
    /// Whether a file's first bytes are of this format whatever its name (a TEI root element, say).
    fn sniff(&self, _head: &[u8]) -> bool {
        false
    }
}
