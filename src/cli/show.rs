//! `letters show`: one letter as wrapped plain text.
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input, _id: &str, _width: Option<usize>) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`show` is not implemented yet")
}
