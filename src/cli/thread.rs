//! `letters thread`: the reply tree that holds a letter.
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input, _id: &str) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`thread` is not implemented yet")
}
