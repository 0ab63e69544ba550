//! The interactive reader: app state and actions, key map, one render module per pane, and the terminal.

pub mod action;
pub mod event_loop;
pub mod keys;
pub mod placeholder;
pub mod screen;
pub mod terminal;

use crate::cli::ReaderOpts;
use crate::corpus::Input;
use std::process::ExitCode;

/// Opens the reader in the terminal; returns when the user quits (status 0) or a signal ends it (128 + signal).
pub fn run(input: Input, _opts: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let mut screen = placeholder::Placeholder::new();
    event_loop::run_screen(&mut screen, input)
}
