//! The reader's options from the command line (also used by `render`, which runs the same app headlessly).

use clap::Args;
use std::path::PathBuf;

/// Options of the interactive reader (and of `render`, which runs the same app headlessly).
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct ReaderOpts {
    /// Neither read nor write the remembered reading state.
    #[arg(long, global = true)]
    pub(crate) no_state: bool,
    /// Read this config file instead of $XDG_CONFIG_HOME/letters/config.toml.
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) config: Option<PathBuf>,
}
