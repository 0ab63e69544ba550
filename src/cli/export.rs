//! `letters export`: the whole model as JSON (version 1).
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`export` is not implemented yet")
}
