//! `letters check`: diagnostics, one per line, and a summary.
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`check` is not implemented yet")
}
