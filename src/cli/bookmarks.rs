//! `letters bookmarks`: the bookmarks kept for a corpus.
use super::ReaderOpts;
use crate::corpus::Input;
use std::process::ExitCode;

pub fn run(_input: &Input, _json: bool, _reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`bookmarks` is not implemented yet")
}
