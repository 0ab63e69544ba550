//! `letters export`: the whole model as JSON (version 1), streamed to stdout.

use super::{corpus_arg, out};
use crate::model::Input;
use crate::presentation::export;
use std::process::ExitCode;

pub(crate) fn run(input: &Input) -> anyhow::Result<ExitCode> {
    let corpus = corpus_arg::load(input)?;
    let mut stdout = out::stdout();
    let written = export::write_json(&corpus, &mut stdout).map_err(std::io::Error::from);
    let written = written.and_then(|()| std::io::Write::write_all(&mut stdout, b"\n"));
    out::leak_at_exit(corpus);
    out::finish(written, stdout, ExitCode::SUCCESS)
}
