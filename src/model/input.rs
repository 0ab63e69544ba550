//! What the user asked to read: the bundled letters or paths.

use std::path::PathBuf;

/// Where the letters come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The letters bundled in the binary.
    Bundled,
    /// Files, or folders read recursively, as given on the command line.
    Paths(Vec<PathBuf>),
}
