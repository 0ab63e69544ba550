//! What several commands share on the command line: the list's filters and the usage exit status.

use clap::Args;

/// Exit code for a missing path or bad usage.
pub(crate) const EXIT_USAGE: u8 = 2;

/// Filters of the letter list.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct FilterOpts {
    /// Only letters between these two correspondents, in either direction: `Stalin,Churchill`.
    #[arg(long, value_name = "A,B")]
    pub(crate) between: Option<String>,
    /// Only letters dated in this year.
    #[arg(long, value_name = "YEAR")]
    pub(crate) year: Option<i32>,
    /// Only letters not yet opened in the reader.
    #[arg(long)]
    pub(crate) unread: bool,
}
