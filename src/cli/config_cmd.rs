//! `letters config`: the configuration file.
use super::ReaderOpts;
use std::process::ExitCode;

pub fn run(_print_default: bool, _reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`config` is not implemented yet")
}
