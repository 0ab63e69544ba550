#![forbid(unsafe_code)]
//! `letters`: a terminal reader for historical correspondence.
//!
//! The floors, bottom up (ARCHITECTURE.md; `tests/architecture.rs` holds every import to them):
//! - [`model`], [`text`], [`keys`]: the letters and their parts; sanitizing, widths and wrapping of untrusted text;
//!   key names and actions. They import nothing of the project.
//! - [`formats`], [`state`]: one module per file format behind one seam; the reading state remembered between runs.
//! - [`loader`]: files found, decoded, parsed by their format in parallel, replies linked into threads.
//! - [`presentation`], [`config`]: a letter and a thread laid out once for every way of showing them; the config file.
//! - [`reader`]: the interactive terminal reader.
//! - [`cli`]: the command line (list, show, thread, check, export, render, ...).

pub mod cli;
pub mod config;
pub mod files;
pub mod formats;
pub mod keys;
pub mod loader;
pub mod model;
pub mod presentation;
pub mod reader;
pub mod state;
pub mod text;
