//! The interactive reader: app state and actions, key map, one render module per pane, and the terminal.

pub mod action;
pub mod app;
pub mod doc;
pub mod headless;
pub mod keys;
mod nav;
pub mod reader_cache;
pub mod screen;
pub mod search;
pub mod state;
pub mod theme;
pub mod tree;
pub mod view;

use crate::cli::ReaderOpts;
use crate::corpus::Input;
use std::process::ExitCode;

/// Opens the reader in the terminal.
pub fn run(_input: Input, _opts: &ReaderOpts) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the reader is not implemented yet")
}
