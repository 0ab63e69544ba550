//! `letters render`: the reader on a virtual screen, driven by a key string.
use super::ReaderOpts;
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: Input, _size: &str, _keys: &str, _reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`render` is not implemented yet")
}
