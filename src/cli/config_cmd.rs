//! `letters config`: print the default config file, or check the config in use.
use super::{ReaderOpts, out};
use crate::config;
use std::io::{self, Write};
use std::process::ExitCode;

/// `--print-default`: the complete, commented default file on stdout. Without it: which file is read, and every
/// problem in it as FILE:LINE: message (exit 1 when there is one), among them a config that leaves no key to quit.
pub(crate) fn run(print_default: bool, reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    if print_default {
        return out::print_all(config::default_file().as_bytes(), ExitCode::SUCCESS);
    }
    let loaded = config::load(reader.config.as_deref());
    let code = if loaded.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) };
    let mut stdout = out::stdout();
    let written = write_report(&mut stdout, &loaded, reader);
    out::finish(written, stdout, code)
}

fn write_report(out: &mut impl Write, loaded: &config::LoadedConfig, reader: &ReaderOpts) -> io::Result<()> {
    match (&loaded.path, reader.config.as_ref().or(config::default_path().as_ref())) {
        (Some(path), _) => writeln!(out, "config file: {}", path.display())?,
        (None, Some(path)) if loaded.problems.is_empty() => {
            writeln!(out, "config file: {} (none there: the defaults apply)", path.display())?
        }
        (None, Some(path)) => writeln!(out, "config file: {}", path.display())?,
        (None, None) => writeln!(out, "config file: none (no home directory: the defaults apply)")?,
    }
    for problem in &loaded.problems {
        writeln!(out, "{problem}")?;
    }
    if loaded.problems.is_empty() {
        writeln!(out, "no problems")?;
    }
    Ok(())
}
