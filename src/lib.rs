#![forbid(unsafe_code)]
//! `letters`: a terminal reader for historical correspondence.
//!
//! Layers, from the bottom up:
//! - [`corpus`]: the domain model (letters, footnotes, references, threads) and the loader; knows nothing of terminals.
//! - [`format`]: one module per file format read by the loader (today: plain text).
//! - [`text`]: sanitizing untrusted text, grapheme-aware widths and wrapping.
//! - [`tui`]: the interactive reader (state, actions, key map, one render module per pane).
//! - [`state`]: the reading state remembered between runs (JSON, one file per corpus), bookmarks.
//! - [`config`]: the config file (`config.toml`): key bindings, colours, layout.
//! - [`cli`]: the command line (list, show, thread, check, export, render, ...).

pub mod cli;
pub mod config;
pub mod corpus;
pub mod files;
pub mod format;
pub mod state;
pub mod text;
pub mod tui;
