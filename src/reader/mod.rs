//! The interactive reader: app state and actions, key map, one render module per pane, and the terminal.

pub mod app;
mod app_screen;
mod diagnostics;
pub mod event_loop;
mod filters;
mod habits;
mod headers;
pub mod headless;
mod nav;
mod opts;
pub mod panes;
pub(crate) mod prepared;
mod prompt_keys;
mod read_marks;
pub(crate) mod reader_cache;
mod reading_order;
mod remember;
pub mod screen;
pub(crate) mod search;
#[cfg(test)]
mod search_tests;
pub mod state;
mod suspend;
mod take_out;
pub(crate) mod terminal;
pub mod theme;
pub(crate) mod update;
pub(crate) mod view;

use crate::config::LoadedConfig;
use crate::model::Input;
use crate::state::{Loaded, StateStore};
pub(crate) use opts::ReaderOpts;
use ratatui::layout::Rect;
use std::process::ExitCode;

/// Opens the reader in the terminal; returns when the user quits (status 0) or a signal ends it (128 + signal).
/// Starts from the remembered reading state and the config file; saves the state when the loop ends (quit, Ctrl-C,
/// SIGTERM, SIGHUP, SIGINT, or a terminal gone), unless `--no-state`.
pub(crate) fn run(input: Input, opts: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let config = crate::config::load(opts.config.as_deref());
    let mut store = StateStore::open(&input, opts.no_state);
    let mut app = app_for(&config, store.load());
    if let Ok((w, h)) = crossterm::terminal::size() {
        app.geo.screen = Rect::new(0, 0, w, h);
    }
    let result = event_loop::run_screen(&mut app, input);
    if let Some(state) = app.snapshot_state()
        && let Err(e) = store.save(&state)
    {
        // Not eprintln!: after a hang-up stderr may be gone, and that must not turn into a panic.
        let path = store.path().map(|p| p.display().to_string()).unwrap_or_default();
        crate::text::say!("could not save the reading state to {path}: {e}");
    }
    result
}

/// The app as the reader and `letters render` start it: the config's keys, colours and layout, the remembered
/// state (applied when the corpus is set), and the config's problems and the state's message as notices shown until
/// dismissed.
pub fn app_for(config: &LoadedConfig, loaded: Loaded) -> app::App {
    let mut app = app::App::new(app::AppConfig::from_config(&config.config));
    app.status.notices.extend(config.problems.iter().map(|p| format!("config: {p}")));
    app.status.notices.extend(loaded.message);
    app.state = loaded.state;
    app
}
