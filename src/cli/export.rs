//! `letters export`: the whole model as JSON (version 2, or version 1 with `--schema 1`), streamed to stdout.

use super::{corpus_arg, out};
use crate::model::Input;
use crate::presentation::{export, export_v2};
use std::process::ExitCode;

pub(crate) fn run(input: &Input, schema: u32) -> anyhow::Result<ExitCode> {
    if !matches!(schema, 1 | 2) {
        anyhow::bail!("--schema wants 1 or 2 (got {schema})");
    }
    let corpus = corpus_arg::load(input)?;
    let mut stdout = out::stdout();
    let written = match schema {
        1 => export::write_json(&corpus, &mut stdout),
        _ => export_v2::write_json(&corpus, &mut stdout),
    };
    let written = written.map_err(std::io::Error::from);
    let written = written.and_then(|()| std::io::Write::write_all(&mut stdout, b"\n"));
    out::leak_at_exit(corpus);
    out::finish(written, stdout, ExitCode::SUCCESS)
}
