//! `letters list`: one line per letter.
use super::{FilterOpts, ReaderOpts};
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input, _filter: &FilterOpts, _reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`list` is not implemented yet")
}
