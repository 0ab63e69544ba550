//! The interactive reader: app state and actions, key map, one render module per pane, and the terminal.

pub mod action;
pub mod app;
pub mod doc;
pub mod event_loop;
pub mod headless;
pub mod keys;
mod nav;
pub mod reader_cache;
pub mod screen;
pub mod search;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod tree;
pub mod view;

use crate::cli::ReaderOpts;
use crate::corpus::Input;
use std::process::ExitCode;

/// Opens the reader in the terminal; returns when the user quits (status 0) or a signal ends it (128 + signal).
pub fn run(input: Input, _opts: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let mut screen = app::App::new(app::AppConfig::default());
    event_loop::run_screen(&mut screen, input)
}
